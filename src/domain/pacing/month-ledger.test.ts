import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { PacingDeal } from './deal-contributions';
import { applyDeal, createMonthLedger, ledgerDeals, summarizeLedger, type MonthLedgerOptions } from './month-ledger';
import { isDomainError } from '@/domain/domain-error';
import { summarizeScopes } from './summarize-scopes';
import { buildPacingDeal } from './pacing-deal-fixture';

const offices = [
  { id: 'nyc', currency: 'USD', calendar: { timeZone: 'America/New_York', holidays: ['2026-11-26'] } },
  { id: 'ldn', currency: 'GBP', calendar: { timeZone: 'Europe/London', holidays: [] } },
  { id: 'tyo', currency: 'JPY', calendar: { timeZone: 'Asia/Tokyo', holidays: [] } },
];
const teams = [
  { id: 'falcons', officeId: 'nyc' },
  { id: 'hawks', officeId: 'nyc', stageWeights: { BACKLOG: 100, TODO: 500, IN_PROGRESS: 900 } },
  { id: 'lions', officeId: 'ldn' },
  { id: 'cranes', officeId: 'tyo', stageWeights: { BACKLOG: 0, TODO: 333, IN_PROGRESS: 777 } },
];
const base: MonthLedgerOptions = {
  month: '2026-11',
  offices,
  teams,
  reps: [
    { userId: 'ana', teamId: 'falcons' },
    { userId: 'ben', teamId: 'hawks' },
    { userId: 'cleo', teamId: 'lions' },
  ],
  goals: [
    { userId: 'ana', teamId: 'falcons', officeId: 'nyc', currency: 'USD', amountMinor: 5_000_000 },
    { userId: 'dev', teamId: 'lions', officeId: 'ldn', currency: 'GBP', amountMinor: 2_000_000 },
    { userId: 'kai', teamId: 'cranes', officeId: 'tyo', currency: 'JPY', amountMinor: 90_000_000 },
  ],
  exchangeRates: [
    { currency: 'GBP', month: '2026-11', rateToReporting: 1.27 },
    { currency: 'JPY', month: '2026-11', rateToReporting: 0.0066 },
  ],
  reportingCurrency: 'USD',
};
const now = new Date('2026-11-17T15:30:00Z');
const officeOfTeam = new Map(teams.map((team) => [team.id, team.officeId]));
const currencyOfOffice = new Map(offices.map((office) => [office.id, office.currency]));

// A deal's state, anywhere around the month: won or lost either side of its edges (in
// each office's zone), open and expected in, before or after it.
const dealState = (id: string): fc.Arbitrary<PacingDeal> =>
  fc
    .record({
      ownerId: fc.constantFrom('ana', 'ben', 'cleo', 'dev', 'kai', 'zed'),
      teamId: fc.constantFrom(...teams.map((team) => team.id)),
      stage: fc.constantFrom('BACKLOG', 'TODO', 'IN_PROGRESS', 'COMPLETED'),
      outcome: fc.constantFrom('WON', 'LOST'),
      amountMinor: fc.integer({ min: 0, max: 5_000_000 }),
      closedAmountMinor: fc.option(fc.integer({ min: 0, max: 5_000_000 }), { nil: null }),
      closedAt: fc.date({ min: new Date('2026-10-30T00:00:00Z'), max: new Date('2026-12-02T00:00:00Z'), noInvalidDate: true }),
      expectedDay: fc.option(fc.integer({ min: -3, max: 33 }), { nil: null }),
    })
    .map((state) => {
      const officeId = officeOfTeam.get(state.teamId)!;
      const isClosed = state.stage === 'COMPLETED';
      const expected = state.expectedDay === null ? null : new Date(Date.UTC(2026, 10, 1 + state.expectedDay)).toISOString().slice(0, 10);
      return {
        id,
        ownerId: state.ownerId,
        teamId: state.teamId,
        officeId,
        currency: currencyOfOffice.get(officeId)!,
        stage: state.stage,
        outcome: isClosed ? state.outcome : null,
        amountMinor: state.amountMinor,
        closedAmountMinor: isClosed ? state.closedAmountMinor : null,
        closedAt: isClosed ? state.closedAt : null,
        expectedCloseDate: expected,
      } satisfies PacingDeal;
    });

type Step = { dealIndex: number; state: PacingDeal | null; replay: number | null };
const history = fc.array(
  fc.record({
    dealIndex: fc.integer({ min: 0, max: 11 }),
    state: fc.option(fc.integer({ min: 0, max: 11 }).chain((index) => dealState(`deal-${index}`)), { nil: null, freq: 6 }),
    // Now and then an old change arrives again (a retry, or a catch-up overlapping a push).
    replay: fc.option(fc.nat(), { nil: null, freq: 3 }),
  }),
  { maxLength: 60 },
);

describe('month ledger', () => {
  it('gives exactly the figures of a summary computed from scratch, whatever the history of changes', () => {
    fc.assert(
      fc.property(fc.array(dealState('seed'), { maxLength: 12 }), history, (seeds, steps: Step[]) => {
        const ledger = createMonthLedger(base);
        const latest = new Map<string, { version: number; state: PacingDeal | null }>();
        const applied: { id: string; version: number; state: PacingDeal | null }[] = [];
        seeds.forEach((seed, index) => {
          const state = { ...seed, id: `deal-${index}` };
          applyDeal(ledger, state.id, state, 1);
          latest.set(state.id, { version: 1, state });
          applied.push({ id: state.id, version: 1, state });
        });
        for (const step of steps) {
          const id = `deal-${step.dealIndex}`;
          const version = (latest.get(id)?.version ?? 0) + 1;
          const state = step.state && { ...step.state, id };
          expect(applyDeal(ledger, id, state, version)).toBe(true);
          latest.set(id, { version, state });
          applied.push({ id, version, state });
          if (step.replay !== null && applied.length > 0) {
            const old = applied[step.replay % applied.length]!;
            // An old version changes nothing; the latest one again changes nothing either.
            applyDeal(ledger, old.id, old.state, old.version);
          }
        }
        const finalDeals = [...latest.values()].flatMap((entry) => (entry.state ? [entry.state] : []));
        const fromScratch = summarizeScopes({ ...base, now, deals: [...finalDeals].reverse() });
        expect(summarizeLedger(ledger, now)).toEqual(fromScratch);
        expect(ledgerDeals(ledger).sort((a, b) => a.id.localeCompare(b.id))).toEqual(finalDeals.sort((a, b) => a.id.localeCompare(b.id)));
      }),
      { numRuns: 300 },
    );
  });

  it('moves a team bar by exactly the amount won when an open deal closes', () => {
    const ledger = createMonthLedger(base);
    const open = buildPacingDeal({ id: 'd1', ownerId: 'ana', teamId: 'falcons', officeId: 'nyc' });
    applyDeal(ledger, 'd1', open, 1);
    const falcons = () => summarizeLedger(ledger, now).teams.find((team) => team.teamId === 'falcons')!.progress;
    expect(falcons()).toMatchObject({ closedWonMinor: 0, weightedOpenMinor: 800_000 });
    applyDeal(ledger, 'd1', { ...open, stage: 'COMPLETED', outcome: 'WON', closedAmountMinor: 1_100_000, closedAt: now }, 2);
    expect(falcons()).toMatchObject({ closedWonMinor: 1_100_000, weightedOpenMinor: 0 });
    // The same close pushed again, or an older state, changes nothing.
    expect(applyDeal(ledger, 'd1', open, 1)).toBe(false);
    expect(falcons()).toMatchObject({ closedWonMinor: 1_100_000, weightedOpenMinor: 0 });
    // Deleted: the deal no longer counts, and a row only it kept alive goes away.
    applyDeal(ledger, 'd1', null, 3);
    expect(falcons()).toMatchObject({ closedWonMinor: 0, weightedOpenMinor: 0 });
  });

  it('refuses a deal in the wrong currency and leaves the totals as they were', () => {
    const ledger = createMonthLedger(base);
    const before = summarizeLedger(ledger, now);
    const wrong = buildPacingDeal({ id: 'd2', ownerId: 'cleo', teamId: 'lions', officeId: 'ldn', stage: 'COMPLETED', outcome: 'WON', amountMinor: 10, closedAt: now, expectedCloseDate: null });
    let error: unknown;
    try {
      applyDeal(ledger, 'd2', wrong, 1);
    } catch (caught) {
      error = caught;
    }
    expect(isDomainError(error, 'pacing')).toBe(true);
    expect(summarizeLedger(ledger, now)).toEqual(before);
  });
});
