import { describe, expect, it, vi } from 'vitest';
import { demoLogins, generateDemoData, type DemoData } from './generate-demo-data';
import type { OfficeRecord } from './record-builders';
import { paceAt } from '@/domain/pacing/pace';

// Two years of demo history: generating it again and checking every row takes seconds on a loaded machine.
vi.setConfig({ testTimeout: 90_000 });

const today = new Date('2026-11-18T15:30:00Z');
const data = generateDemoData({ today });

/** The demo as generated at `isoToday` (the one above when that is `today`). */
function demoAt(isoToday: string): { now: Date; demo: DemoData } {
  const now = new Date(isoToday);
  return { now, demo: now.getTime() === today.getTime() ? data : generateDemoData({ today: now }) };
}

const dayLength = 86_400_000;

const formatters = new Map<string, Intl.DateTimeFormat>();
function formatter(key: string, make: () => Intl.DateTimeFormat): Intl.DateTimeFormat {
  let found = formatters.get(key);
  if (!found) formatters.set(key, (found = make()));
  return found;
}

/** YYYY-MM-DD of an instant in an office's time zone. */
function localDate(instant: Date, timeZone: string): string {
  return formatter(`date ${timeZone}`, () => new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' })).format(instant);
}

function localMinuteOfDay(instant: Date, timeZone: string): number {
  const [hour, minute] = formatter(`time ${timeZone}`, () => new Intl.DateTimeFormat('en-GB', { timeZone, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }))
    .format(instant)
    .split(':')
    .map(Number);
  return (hour ?? 0) * 60 + (minute ?? 0);
}

function officeOfTeam(demo: DemoData, teamId: string): OfficeRecord {
  const team = demo.teams.find((candidate) => candidate.id === teamId);
  const office = demo.offices.find((candidate) => candidate.id === team?.officeId);
  if (!office) throw new Error(`No office for team ${teamId}`);
  return office;
}

function isWorkingDay(demo: DemoData, office: OfficeRecord, isoDate: string): boolean {
  const date = new Date(`${isoDate}T00:00:00Z`);
  const weekday = date.getUTCDay();
  const isHoliday = demo.holidays.some(
    (holiday) => holiday.officeId === office.id && holiday.date.getTime() === date.getTime(),
  );
  return weekday !== 0 && weekday !== 6 && !isHoliday;
}

/** The wall's pace for an office at `now` (the pacing module's rule, with the demo's holidays). */
function paceOf(demo: DemoData, office: OfficeRecord, now: Date): number {
  const holidays = demo.holidays
    .filter((holiday) => holiday.officeId === office.id)
    .map((holiday) => holiday.date.toISOString().slice(0, 10));
  const calendar = { timeZone: office.timeZone, businessDayStart: office.businessDayStart, businessDayEnd: office.businessDayEnd, holidays };
  return paceAt(calendar, now.toISOString().slice(0, 7), now);
}

describe('generateDemoData', () => {
  // Comparing two years of rows deeply takes seconds on a loaded machine.
  it('gives the same rows for the same day and seed', { timeout: 60_000 }, () => {
    expect(generateDemoData({ today })).toEqual(data);
  });

  it('gives different rows for a different seed', { timeout: 60_000 }, () => {
    const other = generateDemoData({ today, seed: 7 });
    expect(other.users.map((user) => user.email)).not.toEqual(data.users.map((user) => user.email));
  });

  it('moves the whole history along with today', { timeout: 60_000 }, () => {
    const monthLater = generateDemoData({ today: new Date('2026-12-16T15:30:00Z') });
    const months = (demo: DemoData) =>
      [...new Set(demo.goals.map((goal) => goal.month.toISOString().slice(0, 7)))].sort();
    expect(months(data)).toHaveLength(25);
    expect(months(data)[0]).toBe('2024-11');
    expect(months(data).at(-1)).toBe('2026-11');
    expect(months(monthLater)[0]).toBe('2024-12');
    expect(months(monthLater).at(-1)).toBe('2026-12');
    const latestClose = (demo: DemoData) => Math.max(...demo.deals.map((deal) => deal.closedAt?.getTime() ?? 0));
    expect(latestClose(monthLater)).toBeGreaterThan(new Date('2026-12-01T00:00:00Z').getTime());
  });

  it('has the four demo logins, with the lead and manager over the rep', () => {
    const byEmail = (email: string) => data.users.find((user) => user.email === email);
    const admin = byEmail(demoLogins.admin.email);
    const manager = byEmail(demoLogins.manager.email);
    const lead = byEmail(demoLogins.lead.email);
    const rep = byEmail(demoLogins.rep.email);
    expect(admin).toMatchObject({ role: 'ADMIN', teamId: null, active: true });
    expect(manager).toMatchObject({ role: 'MANAGER', active: true });
    expect(lead).toMatchObject({ role: 'LEAD', active: true });
    expect(rep).toMatchObject({ role: 'REP', active: true });

    const repTeam = data.teams.find((team) => team.id === rep?.teamId);
    expect(repTeam?.name).toBe('NY Enterprise');
    expect(repTeam?.leadId).toBe(lead?.id);
    expect(lead?.teamId).toBe(repTeam?.id);
    const newYork = data.offices.find((office) => office.name === 'New York');
    const managedTeams = data.teams.filter((team) => team.managerId === manager?.id).map((team) => team.officeId);
    expect(managedTeams).toEqual([newYork?.id, newYork?.id, newYork?.id]);
  });

  it('gives a password to nobody (the seed adds it to the logins only)', () => {
    expect(data.users.every((user) => user.passwordHash === null)).toBe(true);
  });

  it('has nine teams of about eight sellers in three offices and three time zones', () => {
    expect(data.organization).toMatchObject({ name: 'Cadence Demo Co', reportingCurrency: 'USD', isDemo: true });
    expect(data.offices).toHaveLength(3);
    expect(new Set(data.offices.map((office) => office.timeZone)).size).toBe(3);
    expect(new Set(data.offices.map((office) => office.currency))).toEqual(new Set(['USD', 'GBP', 'AUD']));
    expect(data.teams).toHaveLength(9);
    expect(new Set(data.teams.map((team) => team.colour)).size).toBe(9);
    for (const office of data.offices) {
      expect(data.teams.filter((team) => team.officeId === office.id)).toHaveLength(3);
    }
    for (const team of data.teams) {
      const activeMembers = data.users.filter((user) => user.teamId === team.id && user.active);
      expect(activeMembers.filter((user) => user.role === 'LEAD').map((user) => user.id)).toEqual([team.leadId]);
      expect(activeMembers.filter((user) => user.role === 'REP')).toHaveLength(7);
    }
    const reps = data.users.filter((user) => user.role === 'REP');
    expect(reps.length).toBeGreaterThanOrEqual(63);
    expect(reps.length).toBeLessThanOrEqual(72);
    expect(data.users.filter((user) => user.role === 'MANAGER')).toHaveLength(3);
    expect(data.users.filter((user) => user.role === 'ADMIN')).toHaveLength(1);
  });

  it('gives people unique emails and sellers distinct swimlane colours', () => {
    expect(new Set(data.users.map((user) => user.email)).size).toBe(data.users.length);
    const sellers = data.users.filter((user) => user.role === 'REP' || user.role === 'LEAD');
    expect(new Set(sellers.map((user) => user.colour)).size).toBe(sellers.length);
    for (const user of data.users) {
      expect(user.email).toMatch(/^[a-z-]+\.?[a-z-]*@cadence\.demo$/);
      expect(user.startDate.getTime()).toBeLessThan(today.getTime());
    }
  });

  it('gives no goals or deals to a seller before their start month', () => {
    for (const goal of data.goals) {
      const user = data.users.find((candidate) => candidate.id === goal.userId);
      const startMonth = user?.startDate.toISOString().slice(0, 7) ?? '';
      expect(goal.month.toISOString().slice(0, 7) >= startMonth).toBe(true);
    }
    for (const deal of data.deals) {
      const user = data.users.find((candidate) => candidate.id === deal.ownerId);
      expect(deal.createdAt.getTime()).toBeGreaterThanOrEqual((user?.startDate.getTime() ?? 0) - dayLength);
    }
    const newHires = data.users.filter((user) => user.startDate >= new Date('2024-12-01T00:00:00Z'));
    expect(newHires.length).toBeGreaterThan(0);
  });

  it('keeps one goal per seller and month in the office currency', () => {
    const keys = data.goals.map((goal) => `${goal.userId}:${goal.month.toISOString()}`);
    expect(new Set(keys).size).toBe(keys.length);
    for (const goal of data.goals) {
      expect(goal.currency).toBe(officeOfTeam(data, goal.teamId).currency);
      expect(Number.isInteger(goal.amountMinor)).toBe(true);
    }
    const managersAndAdmins = new Set(
      data.users.filter((user) => user.role === 'MANAGER' || user.role === 'ADMIN').map((user) => user.id),
    );
    expect(data.goals.some((goal) => managersAndAdmins.has(goal.userId))).toBe(false);
  });

  it('has open deals in every column for every team', () => {
    for (const team of data.teams) {
      for (const stage of ['BACKLOG', 'TODO', 'IN_PROGRESS'] as const) {
        const open = data.deals.filter((deal) => deal.teamId === team.id && deal.stage === stage);
        expect(open.length, `${team.name} ${stage}`).toBeGreaterThan(3);
      }
    }
    const staleDays = 20 * dayLength;
    const stale = data.deals.filter(
      (deal) => deal.stage !== 'COMPLETED' && today.getTime() - deal.stageChangedAt.getTime() > staleDays,
    );
    expect(stale.length).toBeGreaterThan(9);
    expect(data.deals.filter((deal) => deal.stage !== 'COMPLETED' && deal.noteworthy).length).toBeGreaterThan(20);
  });

  it.each([
    ['2026-11-18T15:30:00Z'],
    // Sydney is already in December while New York is still in November.
    ['2026-11-30T14:30:00Z'],
    ['2026-12-01T00:30:00Z'],
    // The first working day of a month, in the afternoon in New York and after hours in London.
    ['2026-12-01T20:00:00Z'],
    ['2027-01-01T12:00:00Z'],
  ])('dates nothing after today except expected close dates (today %s)', (isoToday) => {
    const { now, demo } = demoAt(isoToday);
    for (const deal of demo.deals) {
      expect(deal.createdAt.getTime()).toBeLessThanOrEqual(deal.stageChangedAt.getTime());
      expect(deal.stageChangedAt.getTime()).toBeLessThanOrEqual(now.getTime());
      expect(deal.updatedAt.getTime()).toBeLessThanOrEqual(now.getTime());
      if (deal.closedAt) {
        expect(deal.stageChangedAt.getTime()).toBeLessThanOrEqual(deal.closedAt.getTime());
        expect(deal.closedAt.getTime()).toBeLessThanOrEqual(now.getTime());
      }
    }
    for (const event of demo.dealEvents) expect(event.occurredAt.getTime()).toBeLessThanOrEqual(now.getTime());
    for (const record of [...demo.goals, ...demo.users]) {
      expect(record.createdAt.getTime()).toBeLessThanOrEqual(now.getTime());
    }
  });

  it('keeps completed deals consistent and closed on working days in business hours', () => {
    for (const deal of data.deals) {
      const office = officeOfTeam(data, deal.teamId);
      expect(deal.currency).toBe(office.currency);
      if (deal.stage !== 'COMPLETED') {
        expect(deal.outcome).toBeNull();
        expect(deal.closedAt).toBeNull();
        continue;
      }
      expect(deal.outcome).not.toBeNull();
      expect(deal.closedAmountMinor).toBe(deal.outcome === 'WON' ? deal.amountMinor : null);
      const closedAt = deal.closedAt as Date;
      expect(isWorkingDay(data, office, localDate(closedAt, office.timeZone))).toBe(true);
      const minute = localMinuteOfDay(closedAt, office.timeZone);
      expect(minute).toBeGreaterThanOrEqual(office.businessDayStart);
      expect(minute).toBeLessThan(office.businessDayEnd);
    }
  });

  it('wins between 60% and 140% of each team goal in every past month', () => {
    const currentMonth = today.toISOString().slice(0, 7);
    const goals = new Map<string, number>();
    for (const goal of data.goals) {
      const month = goal.month.toISOString().slice(0, 7);
      if (month === currentMonth) continue;
      const key = `${goal.teamId}:${month}`;
      goals.set(key, (goals.get(key) ?? 0) + goal.amountMinor);
    }
    const won = new Map<string, number>();
    for (const deal of data.deals) {
      if (deal.outcome !== 'WON' || !deal.closedAt) continue;
      const month = localDate(deal.closedAt, officeOfTeam(data, deal.teamId).timeZone).slice(0, 7);
      const key = `${deal.teamId}:${month}`;
      won.set(key, (won.get(key) ?? 0) + (deal.closedAmountMinor ?? 0));
    }
    expect(goals.size).toBe(9 * 24);
    for (const [key, goal] of goals) {
      const attainment = (won.get(key) ?? 0) / goal;
      expect(attainment, key).toBeGreaterThanOrEqual(0.6);
      expect(attainment, key).toBeLessThanOrEqual(1.4);
    }
  });

  it.each([
    ['2026-11-18T15:30:00Z'],
    ['2026-03-12T02:00:00Z'],
    ['2027-07-21T22:00:00Z'],
    // Nothing closed before today, yet pace has begun: today's closes carry the month.
    ['2026-12-01T20:00:00Z'],
  ])('has teams both ahead of and behind pace this month (today %s)', (isoToday) => {
    const { now, demo } = demoAt(isoToday);
    const currentMonth = isoToday.slice(0, 7);
    const verdicts = demo.teams.map((team) => {
      const office = officeOfTeam(demo, team.id);
      const goal = demo.goals
        .filter((candidate) => candidate.teamId === team.id && candidate.month.toISOString().startsWith(currentMonth))
        .reduce((sum, candidate) => sum + candidate.amountMinor, 0);
      const won = demo.deals
        .filter(
          (deal) =>
            deal.teamId === team.id &&
            deal.outcome === 'WON' &&
            deal.closedAt &&
            localDate(deal.closedAt, office.timeZone).startsWith(currentMonth),
        )
        .reduce((sum, deal) => sum + (deal.closedAmountMinor ?? 0), 0);
      // Won against where the team should be by now: above 1 is ahead of pace.
      return won / goal / paceOf(demo, office, now);
    });
    expect(verdicts.some((ratio) => ratio > 1.1)).toBe(true);
    expect(verdicts.some((ratio) => ratio < 0.9)).toBe(true);
  });

  it('records every deal as a time-ordered history that ends in its current state', () => {
    const eventsByDeal = new Map<string, DemoData['dealEvents']>();
    for (const event of data.dealEvents) {
      const events = eventsByDeal.get(event.dealId) ?? [];
      events.push(event);
      eventsByDeal.set(event.dealId, events);
    }
    for (let index = 1; index < data.dealEvents.length; index += 1) {
      const previous = data.dealEvents[index - 1]?.occurredAt.getTime() ?? 0;
      expect(data.dealEvents[index]?.occurredAt.getTime()).toBeGreaterThanOrEqual(previous);
    }
    for (const deal of data.deals) {
      const events = eventsByDeal.get(deal.id) ?? [];
      expect(events.length).toBe(deal.version);
      expect(events[0]?.type).toBe('CREATED');
      expect(events[0]?.occurredAt).toEqual(deal.createdAt);
      for (let index = 1; index < events.length; index += 1) {
        expect(events[index]?.occurredAt.getTime()).toBeGreaterThan(events[index - 1]?.occurredAt.getTime() ?? 0);
      }
      const last = events.at(-1);
      expect(last?.after?.stage).toBe(deal.stage);
      expect(last?.occurredAt).toEqual(deal.stageChangedAt);
      if (deal.stage === 'COMPLETED') expect(last).toMatchObject({ type: 'CLOSED', after: { outcome: deal.outcome } });
      for (const event of events) expect(event).toMatchObject({ actorId: deal.ownerId, teamId: deal.teamId });
    }
  });

  it('orders each swimlane column with distinct positions', () => {
    const positions = data.deals.map((deal) => `${deal.ownerId}:${deal.stage}:${deal.position}`);
    expect(new Set(positions).size).toBe(positions.length);
  });

  it('keeps the volume sensible', () => {
    // Two years of history (the revenue forecast needs them): about twice last year's volume.
    expect(data.deals.length).toBeGreaterThanOrEqual(10_000);
    expect(data.deals.length).toBeLessThanOrEqual(16_000);
    expect(new Set(data.deals.map((deal) => deal.id)).size).toBe(data.deals.length);
  });

  it('has a monthly exchange rate for each currency, near real levels', () => {
    expect(data.exchangeRates).toHaveLength(25 * 3);
    for (const rate of data.exchangeRates) {
      const value = Number(rate.rateToReporting);
      if (rate.currency === 'USD') expect(value).toBe(1);
      if (rate.currency === 'GBP') expect(value).toBeGreaterThanOrEqual(1.25);
      if (rate.currency === 'GBP') expect(value).toBeLessThanOrEqual(1.3);
      if (rate.currency === 'AUD') expect(value).toBeGreaterThanOrEqual(0.63);
      if (rate.currency === 'AUD') expect(value).toBeLessThanOrEqual(0.67);
    }
  });

  it('stores the offices’ public holidays for the twenty-five months', () => {
    const names = (officeName: string) => {
      const office = data.offices.find((candidate) => candidate.name === officeName);
      return data.holidays
        .filter((holiday) => holiday.officeId === office?.id)
        .map((holiday) => `${holiday.date.toISOString().slice(0, 10)} ${holiday.name}`);
    };
    expect(names('New York')).toContain('2026-11-26 Thanksgiving Day');
    expect(names('London')).toContain('2026-04-06 Easter Monday');
    expect(names('Sydney')).toContain('2026-01-26 Australia Day');
    for (const holiday of data.holidays) {
      expect(holiday.date.getTime()).toBeGreaterThanOrEqual(new Date('2024-11-01T00:00:00Z').getTime());
      expect(holiday.date.getTime()).toBeLessThan(new Date('2026-12-01T00:00:00Z').getTime());
    }
  });
});
