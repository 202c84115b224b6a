import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { localDateOf, monthKey, monthRangeInZone, zonedTimeToInstant } from '@/domain/calendar';
import { minorUnitDigits } from '@/domain/money';
import type { PacingDeal } from './deal-contributions';
import type { ExchangeRate } from './exchange-rates';
import { paceAt } from './pace';
import type { ScopeProgress } from './scope-progress';
import { summarizeScopes, type PacingOffice, type PacingTeam, type RepGoal, type SummarizeScopesOptions } from './summarize-scopes';
import { formatLocalDate } from './working-days';

const newYorkZone = 'America/New_York';
const londonZone = 'Europe/London';
const sydneyZone = 'Australia/Sydney';

const at = (timeZone: string, date: string, hour: number, minute = 0) => {
  const [year, month, day] = date.split('-').map(Number);
  return zonedTimeToInstant({ year: year ?? 0, month: month ?? 0, day: day ?? 0, minutes: hour * 60 + minute }, timeZone);
};

type DealOwner = { ownerId: string; teamId: string; officeId: string; currency: string };
let dealCount = 0;
function wonDeal(owner: DealOwner, closedAt: Date, amountMinor: number, closedAmountMinor: number | null = null): PacingDeal {
  dealCount += 1;
  return {
    id: `won-${dealCount}`,
    ...owner,
    stage: 'COMPLETED',
    outcome: 'WON',
    amountMinor,
    closedAmountMinor,
    closedAt,
    expectedCloseDate: null,
  };
}
function openDeal(owner: DealOwner, stage: 'BACKLOG' | 'TODO' | 'IN_PROGRESS', expectedCloseDate: string, amountMinor: number): PacingDeal {
  dealCount += 1;
  return { id: `open-${dealCount}`, ...owner, stage, outcome: null, amountMinor, closedAmountMinor: null, closedAt: null, expectedCloseDate };
}

describe('summarizeScopes: one month across two offices', () => {
  const offices: PacingOffice[] = [
    { id: 'nyc', currency: 'USD', calendar: { timeZone: newYorkZone, holidays: ['2026-11-26', '2026-11-27'] } },
    { id: 'ldn', currency: 'GBP', calendar: { timeZone: londonZone, holidays: [] } },
  ];
  const teams: PacingTeam[] = [
    { id: 'falcons', officeId: 'nyc' },
    { id: 'hawks', officeId: 'nyc', stageWeights: { BACKLOG: 100, TODO: 500, IN_PROGRESS: 900 } },
    { id: 'lions', officeId: 'ldn' },
  ];
  const inTeam = (ownerId: string, teamId: string) => {
    const officeId = teams.find((team) => team.id === teamId)?.officeId ?? '';
    return { ownerId, teamId, officeId, currency: officeId === 'ldn' ? 'GBP' : 'USD' };
  };
  const goal = (userId: string, teamId: string, amountMinor: number): RepGoal => {
    const { officeId, currency } = inTeam(userId, teamId);
    return { userId, teamId, officeId, currency, amountMinor };
  };
  const options: SummarizeScopesOptions = {
    month: '2026-11',
    // Monday 16 November, 13:00 in New York and 18:00 in London.
    now: at(newYorkZone, '2026-11-16', 13),
    offices,
    teams,
    reps: [
      { userId: 'ana', teamId: 'falcons' },
      { userId: 'ben', teamId: 'falcons' },
      { userId: 'cleo', teamId: 'hawks' },
      { userId: 'dev', teamId: 'lions' },
      { userId: 'erin', teamId: 'falcons' },
    ],
    goals: [goal('ana', 'falcons', 5_000_000), goal('ben', 'falcons', 3_000_000), goal('cleo', 'hawks', 4_000_000), goal('dev', 'lions', 2_000_000)],
    deals: [
      // What was actually closed counts, not the amount asked.
      wonDeal(inTeam('ana', 'falcons'), at(newYorkZone, '2026-11-04', 11), 1_000_000, 1_200_000),
      // 23:30 on 31 October in New York is already November in UTC: October's.
      wonDeal(inTeam('ben', 'falcons'), at(newYorkZone, '2026-10-31', 23, 30), 400_000),
      // 23:30 on 30 November in New York is December in UTC: November's.
      wonDeal(inTeam('ben', 'falcons'), at(newYorkZone, '2026-11-30', 23, 30), 700_000),
      // Ben moved to the Hawks for a week: his win there counts for the Hawks.
      wonDeal(inTeam('ben', 'hawks'), at(newYorkZone, '2026-11-12', 10), 50_000),
      { ...wonDeal(inTeam('ana', 'falcons'), at(newYorkZone, '2026-11-05', 10), 3_000_000), outcome: 'LOST' },
      openDeal(inTeam('ana', 'falcons'), 'TODO', '2026-11-30', 2_000_000),
      openDeal(inTeam('cleo', 'hawks'), 'IN_PROGRESS', '2026-11-20', 1_000_000),
      openDeal(inTeam('cleo', 'hawks'), 'IN_PROGRESS', '2026-12-01', 1_000_000),
      openDeal(inTeam('dev', 'lions'), 'BACKLOG', '2026-11-20', 1_000_000),
      wonDeal(inTeam('dev', 'lions'), at(londonZone, '2026-11-10', 15), 500_000),
      // A rep no longer listed still counts for the team of record.
      wonDeal(inTeam('frank', 'falcons'), at(newYorkZone, '2026-11-03', 10), 100_000),
    ],
    exchangeRates: [
      { currency: 'GBP', month: '2026-11', rateToReporting: 1.25 },
      { currency: 'GBP', month: '2026-10', rateToReporting: 1.3 },
    ],
    reportingCurrency: 'USD',
  };
  const totals = (progress: ScopeProgress | undefined) =>
    progress && { goal: progress.goalMinor, won: progress.closedWonMinor, open: progress.weightedOpenMinor, projected: progress.projectedMinor };

  it('totals each rep in each team of record', () => {
    const summary = summarizeScopes(options);
    expect(summary.month).toBe('2026-11');
    expect(summary.reps.map((rep) => `${rep.userId}/${rep.teamId}`)).toEqual([
      'ana/falcons', 'ben/falcons', 'cleo/hawks', 'dev/lions', 'erin/falcons', 'ben/hawks', 'frank/falcons',
    ]);
    const rep = (userId: string, teamId: string) => summary.reps.find((row) => row.userId === userId && row.teamId === teamId)?.progress;
    expect(totals(rep('ana', 'falcons'))).toEqual({ goal: 5_000_000, won: 1_200_000, open: 600_000, projected: 1_800_000 });
    expect(totals(rep('ben', 'falcons'))).toEqual({ goal: 3_000_000, won: 700_000, open: 0, projected: 700_000 });
    expect(totals(rep('ben', 'hawks'))).toEqual({ goal: 0, won: 50_000, open: 0, projected: 50_000 });
    expect(totals(rep('cleo', 'hawks'))).toEqual({ goal: 4_000_000, won: 0, open: 900_000, projected: 900_000 });
    expect(totals(rep('erin', 'falcons'))).toEqual({ goal: 0, won: 0, open: 0, projected: 0 });
    expect(summary.reps.find((row) => row.userId === 'dev')).toMatchObject({ officeId: 'ldn', currency: 'GBP' });
  });

  it('rolls reps up into teams and teams into offices, each in its own currency', () => {
    const summary = summarizeScopes(options);
    const team = (teamId: string) => summary.teams.find((row) => row.teamId === teamId)?.progress;
    expect(totals(team('falcons'))).toEqual({ goal: 8_000_000, won: 2_000_000, open: 600_000, projected: 2_600_000 });
    expect(totals(team('hawks'))).toEqual({ goal: 4_000_000, won: 50_000, open: 900_000, projected: 950_000 });
    expect(totals(team('lions'))).toEqual({ goal: 2_000_000, won: 500_000, open: 0, projected: 500_000 });
    const [newYork, london] = summary.offices;
    expect(newYork).toMatchObject({ officeId: 'nyc', currency: 'USD', rateToReporting: 1 });
    expect(totals(newYork?.progress)).toEqual({ goal: 12_000_000, won: 2_050_000, open: 1_500_000, projected: 3_550_000 });
    expect(london).toMatchObject({ officeId: 'ldn', currency: 'GBP', rateToReporting: 1.25 });
    expect(totals(london?.progress)).toEqual({ goal: 2_000_000, won: 500_000, open: 0, projected: 500_000 });
  });

  it("gives teams their office's pace and the company the goal-weighted pace", () => {
    const summary = summarizeScopes(options);
    // New York: 19 working days (Thanksgiving and the day after are holidays); 10 passed
    // and half of Monday 16th. London: 21 working days; 11 passed by 18:00 on the 16th.
    const newYorkPace = 10.5 / 19;
    const londonPace = 11 / 21;
    expect(summary.offices[0]?.progress.pace).toBeCloseTo(newYorkPace, 12);
    expect(summary.offices[1]?.progress.pace).toBeCloseTo(londonPace, 12);
    expect(summary.teams.find((row) => row.teamId === 'hawks')?.progress.pace).toBeCloseTo(newYorkPace, 12);
    expect(summary.reps.find((row) => row.userId === 'dev')?.progress.pace).toBeCloseTo(londonPace, 12);
    // The company works in dollars: London's £20,000 goal is $25,000.
    const { company } = summary;
    expect(company.currency).toBe('USD');
    expect(totals(company.progress)).toEqual({ goal: 14_500_000, won: 2_675_000, open: 1_500_000, projected: 4_175_000 });
    expect(company.progress.pace).toBeCloseTo((12_000_000 * newYorkPace + 2_500_000 * londonPace) / 14_500_000, 12);
    expect(company.progress.status).toBe('behind');
  });

  it('keeps an office without an exchange rate in its own currency and leaves it out of the company, naming it', () => {
    const withSydney = {
      ...options,
      offices: [...offices, { id: 'syd', currency: 'AUD', calendar: { timeZone: sydneyZone, holidays: [] } }],
      teams: [...options.teams, { id: 'koalas', officeId: 'syd' }],
      goals: [...options.goals, { ...goal('zoe', 'koalas', 90_000_00), officeId: 'syd', currency: 'AUD' }],
    };
    const summary = summarizeScopes(withSydney);
    const sydney = summary.offices.find((office) => office.officeId === 'syd');
    expect(sydney).toMatchObject({ currency: 'AUD', rateToReporting: null });
    expect(sydney?.progress.goalMinor).toBe(90_000_00);
    expect(summary.teams.find((team) => team.teamId === 'koalas')).toMatchObject({ currency: 'AUD' });
    expect(summary.company.missingRates).toEqual([{ currency: 'AUD', officeIds: ['syd'] }]);
    // The rest of the company is exactly what it was without Sydney.
    const without = summarizeScopes(options);
    expect(without.company.missingRates).toEqual([]);
    expect(summary.company.progress).toEqual(without.company.progress);
  });

  it('refuses goals and deals that do not fit their team and office', () => {
    const inEuros = { ...goal('ana', 'falcons', 100), currency: 'EUR' };
    expect(() => summarizeScopes({ ...options, goals: [inEuros] })).toThrow(/in EUR, but office nyc works in USD/);
    const elsewhere = { ...goal('ana', 'falcons', 100), officeId: 'ldn' };
    expect(() => summarizeScopes({ ...options, goals: [elsewhere] })).toThrow(/its team falcons is in office nyc/);
    const orphan = { ...openDeal(inTeam('ana', 'falcons'), 'TODO', '2026-11-30', 1), teamId: 'ghosts' };
    expect(() => summarizeScopes({ ...options, deals: [orphan] })).toThrow(/team ghosts, which is not in the summary/);
    const fractional = openDeal(inTeam('ana', 'falcons'), 'TODO', '2026-11-30', 10.5);
    expect(() => summarizeScopes({ ...options, deals: [fractional] })).toThrow(/whole number of minor units/);
  });
});

describe('summarizeScopes at month edges and daylight-saving changes', () => {
  // Each office's month runs from local midnight to local midnight. A win at 23:30 local
  // on the last day belongs to that month, and one at 00:30 local on the 1st to the new
  // month, even where UTC puts them on the other side of the edge.
  // 2026: New York changes clocks on 8 March and on 1 November (the first day of the
  // month), London on 29 March and 25 October, Sydney on 5 April and 4 October.
  const months = [
    { key: '2026-03', previousLastDay: '2026-02-28', lastDay: '2026-03-31', next: '2026-04' },
    { key: '2026-04', previousLastDay: '2026-03-31', lastDay: '2026-04-30', next: '2026-05' },
    { key: '2026-10', previousLastDay: '2026-09-30', lastDay: '2026-10-31', next: '2026-11' },
    { key: '2026-11', previousLastDay: '2026-10-31', lastDay: '2026-11-30', next: '2026-12' },
  ];
  const allFour = months.map((month) => month.key);
  // In which months UTC would put each edge win in another month than the office does.
  const offices: { timeZone: string; currency: string; utcDisagreesAtLastEvening: string[]; utcDisagreesAtFirstMorning: string[] }[] = [
    // 23:30 in New York is already tomorrow in UTC.
    { timeZone: newYorkZone, currency: 'USD', utcDisagreesAtLastEvening: allFour, utcDisagreesAtFirstMorning: [] },
    // 00:30 in London is still yesterday in UTC only in British Summer Time.
    { timeZone: londonZone, currency: 'GBP', utcDisagreesAtLastEvening: [], utcDisagreesAtFirstMorning: ['2026-04', '2026-10'] },
    // 00:30 in Sydney is always yesterday in UTC.
    { timeZone: sydneyZone, currency: 'AUD', utcDisagreesAtLastEvening: [], utcDisagreesAtFirstMorning: allFour },
  ];
  const utcMonthOf = (instant: Date) => instant.toISOString().slice(0, 7);

  for (const { timeZone, currency, utcDisagreesAtLastEvening, utcDisagreesAtFirstMorning } of offices) {
    for (const month of months) {
      it(`counts wins and paces the month in ${timeZone}, ${month.key}`, () => {
        const owner = { ownerId: 'rep', teamId: 'team', officeId: 'office', currency };
        const previousEvening = at(timeZone, month.previousLastDay, 23, 30);
        const firstMorning = at(timeZone, `${month.key}-01`, 0, 30);
        const lastEvening = at(timeZone, month.lastDay, 23, 30);
        const nextMorning = at(timeZone, `${month.next}-01`, 0, 30);
        const { start, end } = monthRangeInZone(new Date(`${month.key}-01T00:00:00Z`), timeZone);
        const summarize = (now: Date) =>
          summarizeScopes({
            month: month.key,
            now,
            offices: [{ id: 'office', currency, calendar: { timeZone, holidays: [] } }],
            teams: [{ id: 'team', officeId: 'office' }],
            reps: [],
            goals: [{ userId: 'rep', teamId: 'team', officeId: 'office', amountMinor: 1_000_000, currency }],
            deals: [
              wonDeal(owner, previousEvening, 1),
              wonDeal(owner, firstMorning, 10),
              wonDeal(owner, lastEvening, 100),
              wonDeal(owner, nextMorning, 1_000),
            ],
            exchangeRates: [{ currency, month: month.key, rateToReporting: 0.5 }],
            reportingCurrency: 'USD',
          });

        // Only the two wins inside the local month count.
        expect(summarize(start).offices[0]?.progress.closedWonMinor).toBe(110);
        expect(utcMonthOf(lastEvening) !== month.key).toBe(utcDisagreesAtLastEvening.includes(month.key));
        expect(utcMonthOf(firstMorning) !== month.key).toBe(utcDisagreesAtFirstMorning.includes(month.key));

        // Pace is 0 up to the first instant of the local month and 1 from its last.
        expect(summarize(new Date(start.getTime() - 1)).offices[0]?.progress.pace).toBe(0);
        expect(summarize(start).offices[0]?.progress.pace).toBe(0);
        expect(summarize(new Date(end.getTime() - 1)).offices[0]?.progress.pace).toBe(1);
        expect(summarize(new Date(end.getTime() - 1)).company.progress.pace).toBe(1);
      });
    }
  }
});

describe('summarizeScopes (properties)', () => {
  const dayLength = 86_400_000;
  const currencies = ['USD', 'EUR', 'GBP', 'JPY'] as const;
  const dealKinds = ['BACKLOG', 'TODO', 'IN_PROGRESS', 'WON', 'LOST'] as const;

  const scenario = fc.record({
    year: fc.integer({ min: 2024, max: 2028 }),
    month: fc.integer({ min: 1, max: 12 }),
    nowOffset: fc.integer({ min: -2 * dayLength, max: 33 * dayLength }),
    offices: fc.array(
      fc.record({ timeZone: fc.constantFrom(newYorkZone, londonZone, sydneyZone), currency: fc.constantFrom(...currencies) }),
      { minLength: 1, maxLength: 3 },
    ),
    teamOffices: fc.array(fc.nat(), { minLength: 1, maxLength: 5 }),
    goals: fc.array(
      fc.record({ rep: fc.integer({ min: 0, max: 5 }), team: fc.nat(), amountMinor: fc.integer({ min: 0, max: 2_000_000_000 }) }),
      { maxLength: 12 },
    ),
    deals: fc.array(
      fc.record({
        rep: fc.integer({ min: 0, max: 5 }),
        team: fc.nat(),
        kind: fc.constantFrom(...dealKinds),
        amountMinor: fc.integer({ min: 0, max: 2_000_000_000 }),
        closedAmountMinor: fc.option(fc.integer({ min: 0, max: 2_000_000_000 })),
        closedOffset: fc.integer({ min: -2 * dayLength, max: 33 * dayLength }),
        expectedDayOffset: fc.integer({ min: -3, max: 33 }),
      }),
      { maxLength: 25 },
    ),
    rates: fc.record({
      EUR: fc.double({ min: 0.5, max: 2, noNaN: true }),
      GBP: fc.double({ min: 0.5, max: 2, noNaN: true }),
      JPY: fc.double({ min: 0.001, max: 0.02, noNaN: true }),
    }),
    reportingCurrency: fc.constantFrom('USD', 'JPY'),
  });

  function build(input: typeof scenario extends fc.Arbitrary<infer Value> ? Value : never): SummarizeScopesOptions {
    const monthStart = new Date(Date.UTC(input.year, input.month - 1, 1));
    const offices = input.offices.map((office, index) => ({
      id: `office-${index}`,
      currency: office.currency,
      calendar: { timeZone: office.timeZone, holidays: [] },
    }));
    const teams = input.teamOffices.map((officeIndex, index) => ({ id: `team-${index}`, officeId: `office-${officeIndex % offices.length}` }));
    const placeIn = (teamIndex: number) => {
      const team = teams[teamIndex % teams.length] ?? teams[0];
      const office = offices.find((candidate) => candidate.id === team?.officeId);
      return { teamId: team?.id ?? '', officeId: office?.id ?? '', currency: office?.currency ?? '' };
    };
    // Every currency is converted to the reporting currency: rates are per unit of USD too.
    const usdPerUnit: Record<string, number> = { USD: 1, ...input.rates };
    const exchangeRates: ExchangeRate[] = currencies.map((currency) => ({
      currency,
      month: monthStart,
      rateToReporting: (usdPerUnit[currency] ?? 1) / (usdPerUnit[input.reportingCurrency] ?? 1),
    }));
    return {
      month: monthStart,
      now: new Date(monthStart.getTime() + input.nowOffset),
      offices,
      teams,
      reps: [],
      goals: input.goals.map((goal) => ({ userId: `rep-${goal.rep}`, amountMinor: goal.amountMinor, ...placeIn(goal.team) })),
      deals: input.deals.map((deal, index) => {
        const isCompleted = deal.kind === 'WON' || deal.kind === 'LOST';
        const expected = new Date(monthStart.getTime() + deal.expectedDayOffset * dayLength);
        return {
          id: `deal-${index}`,
          ownerId: `rep-${deal.rep}`,
          ...placeIn(deal.team),
          stage: isCompleted ? 'COMPLETED' : (deal.kind as 'BACKLOG' | 'TODO' | 'IN_PROGRESS'),
          outcome: isCompleted ? (deal.kind as 'WON' | 'LOST') : null,
          amountMinor: deal.amountMinor,
          closedAmountMinor: isCompleted ? deal.closedAmountMinor : null,
          closedAt: isCompleted ? new Date(monthStart.getTime() + deal.closedOffset) : null,
          expectedCloseDate: formatLocalDate({ year: expected.getUTCFullYear(), month: expected.getUTCMonth() + 1, day: expected.getUTCDate() }),
        } satisfies PacingDeal;
      }),
      exchangeRates,
      reportingCurrency: input.reportingCurrency,
    };
  }

  const amounts = (progress: ScopeProgress) => [progress.goalMinor, progress.closedWonMinor, progress.weightedOpenMinor, progress.projectedMinor];
  const sum = (rows: number[][]) => rows.reduce((total, row) => total.map((value, index) => value + (row[index] ?? 0)), [0, 0, 0, 0]);

  it('makes every roll-up the sum of its parts', () => {
    fc.assert(
      fc.property(scenario, (input) => {
        const options = build(input);
        const summary = summarizeScopes(options);
        for (const team of summary.teams) {
          const reps = summary.reps.filter((rep) => rep.teamId === team.teamId).map((rep) => amounts(rep.progress));
          expect(amounts(team.progress)).toEqual(sum(reps));
        }
        for (const office of summary.offices) {
          const teams = summary.teams.filter((team) => team.officeId === office.officeId).map((team) => amounts(team.progress));
          expect(amounts(office.progress)).toEqual(sum(teams));
        }
        // The company is the converted offices, each rounded once to a whole minor unit.
        const converted = summary.offices.map((office) => {
          const scale = 10 ** (minorUnitDigits(options.reportingCurrency) - minorUnitDigits(office.currency));
          return amounts(office.progress).map((amount) => amount * (office.rateToReporting ?? 0) * scale);
        });
        const exact = sum(converted);
        amounts(summary.company.progress).forEach((amount, index) => {
          // Projected = closed-won + weighted open, so it may be off by two roundings per office.
          const tolerance = (index === 3 ? 1 : 0.5) * summary.offices.length + 1e-12 * Math.abs(exact[index] ?? 0);
          expect(Math.abs(amount - (exact[index] ?? 0))).toBeLessThanOrEqual(tolerance);
        });
      }),
      { numRuns: 100 },
    );
  });

  it("counts every goal once and closed-won by the office's local month", () => {
    fc.assert(
      fc.property(scenario, (input) => {
        const options = build(input);
        const summary = summarizeScopes(options);
        const key = monthKey(new Date(options.month));
        for (const office of summary.offices) {
          const { calendar } = options.offices.find((candidate) => candidate.id === office.officeId) ?? { calendar: { timeZone: 'UTC' } };
          const goals = options.goals.filter((goal) => goal.officeId === office.officeId);
          expect(office.progress.goalMinor).toBe(goals.reduce((total, goal) => total + goal.amountMinor, 0));
          const wonLocally = options.deals.filter((deal) => {
            if (deal.officeId !== office.officeId || deal.outcome !== 'WON' || deal.closedAt === null) return false;
            const local = localDateOf(deal.closedAt, calendar.timeZone);
            return formatLocalDate(local).startsWith(`${key}-`);
          });
          expect(office.progress.closedWonMinor).toBe(wonLocally.reduce((total, deal) => total + (deal.closedAmountMinor ?? deal.amountMinor), 0));
          expect(office.progress.pace).toBe(paceAt(calendar as PacingOffice['calendar'], options.month, options.now));
        }
        const paces = summary.offices.map((office) => office.progress.pace);
        expect(summary.company.progress.pace).toBeGreaterThanOrEqual(Math.min(...paces) - 1e-12);
        expect(summary.company.progress.pace).toBeLessThanOrEqual(Math.max(...paces) + 1e-12);
        for (const row of [...summary.reps, ...summary.teams, ...summary.offices, summary.company]) {
          expect(row.progress.remainingMinor).toBeGreaterThanOrEqual(0);
        }
      }),
      { numRuns: 60 },
    );
  });
});
