import { prisma } from '@/server/db';
import { loadExchangeRates } from '@/server/load-exchange-rates';
import { AppError } from '@/server/errors';
import { monthKey } from '@/domain/calendar';
import type { MonthSummary, PacingOffice } from '@/domain/pacing/summarize-scopes';
import type { PacingDeal } from '@/domain/pacing/deal-contributions';
import type { ExchangeRate } from '@/domain/pacing/exchange-rates';
import { applyDeal, createMonthLedger, ledgerDeals, summarizeLedger, type MonthLedger, type MonthLedgerOptions } from '@/domain/pacing/month-ledger';
import { isPacingError } from '@/domain/pacing/pacing-error';
import { ZDealCard, type TDealCard, type TDealChange } from '@/schemas/deal';

// Everything one month's wall needs, kept in memory and brought up to date one deal
// change at a time (docs/decisions/007).
//
// - The month's deals are read from the database once. After that, each committed
//   change is applied to a running ledger (src/domain/pacing/month-ledger.ts) from the
//   DealEvent log: the publisher hands over the changes this process committed, and
//   whoever asks for the month reads any events it has not seen (changes made on other
//   instances, or pushed out of order) with one indexed query by sequence.
// - The small tables (offices, teams, reps, goals, rates) are read again when they are
//   older than `summaryRefreshMs`, and at once after an administrative change in this
//   process (`invalidateMonthSummaries`); the ledger is then rebuilt from the deal
//   states it holds, without reading the deals again.
// - The summary (which carries pace, moving with the clock) is cut from the ledger when
//   the figures changed or it is older than `maxAgeMs`.

export type OfficeInfo = { id: string; name: string; locale: string; currency: string; timeZone: string; calendar: PacingOffice['calendar'] };
export type TeamInfo = { id: string; name: string; colour: string; officeId: string };
export type RepInfo = { id: string; name: string; colour: string };

export type LoadedMonth = {
  month: Date;
  /** Every DealEvent up to this sequence is included. */
  sequence: number;
  computedAt: Date;
  reportingCurrency: string;
  offices: OfficeInfo[];
  teams: TeamInfo[];
  reps: Map<string, RepInfo>;
  deals: PacingDeal[];
  rates: ExchangeRate[];
  summary: MonthSummary;
};

export const summaryRefreshMs = 30_000;
/** More events than this behind: read the month's deals again rather than replaying them. */
const catchUpLimit = 2_000;
const dayMs = 86_400_000;

type Setting = {
  loadedAt: number;
  reportingCurrency: string;
  offices: OfficeInfo[];
  teams: TeamInfo[];
  reps: Map<string, RepInfo>;
  rates: ExchangeRate[];
  officeOfTeam: Map<string, string>;
  ledgerOptions: MonthLedgerOptions;
};

type MonthState = {
  month: Date;
  setting: Setting;
  ledger: MonthLedger;
  sequence: number;
  /** The last summary cut, and the sequence it reflects. */
  latest: LoadedMonth | null;
  /** The promise the cache holds for this state. */
  self: Promise<MonthState> | null;
  /** Runs one update at a time: the ledger is never replaced while another applies to it. */
  exclusive: Serializer;
};

type Serializer = (<T>(work: () => Promise<T>) => Promise<T>) & { isIdle: () => boolean };

function serializer(): Serializer {
  let tail: Promise<unknown> = Promise.resolve();
  let queued = 0;
  const run = <T>(work: () => Promise<T>) => {
    queued += 1;
    const running = tail.then(work, work).finally(() => {
      queued -= 1;
    });
    tail = running.catch(() => undefined);
    return running;
  };
  return Object.assign(run, { isIdle: () => queued === 0 });
}

type CacheGlobal = typeof globalThis & { __cadenceMonthStates?: Map<string, Promise<MonthState>>; __cadenceLoadedMonthStates?: Map<string, MonthState> };
function states(): Map<string, Promise<MonthState>> {
  const holder = globalThis as CacheGlobal;
  holder.__cadenceMonthStates ??= new Map();
  return holder.__cadenceMonthStates;
}

/** The months whose read has finished, for the publisher's path with no await. */
function loadedStates(): Map<string, MonthState> {
  const holder = globalThis as CacheGlobal;
  holder.__cadenceLoadedMonthStates ??= new Map();
  return holder.__cadenceLoadedMonthStates;
}

/** The loaded month, when it is still the cached one. */
function currentLoadedState(key: string): MonthState | null {
  const state = loadedStates().get(key);
  return state && state.self !== null && states().get(key) === state.self ? state : null;
}

/** Forgets every month (after a change that leaves no DealEvent, such as a goal edit). */
export function invalidateMonthSummaries(): void {
  states().clear();
  loadedStates().clear();
}

export async function currentSequence(): Promise<number> {
  return (await prisma.dealEvent.aggregate({ _max: { sequence: true } }))._max.sequence ?? 0;
}

function toDateString(date: Date): string {
  return date.toISOString().slice(0, 10);
}

function monthEndOf(month: Date): Date {
  return new Date(Date.UTC(month.getUTCFullYear(), month.getUTCMonth() + 1, 1));
}

/**
 * Whether a deal belongs to the month's deals: won in the month in any office's zone (so
 * a day either side), or open and expected to close in it. The same rule as the query in
 * `loadDeals`, applied to a deal card.
 */
export function isInMonthDeals(card: TDealCard, month: Date): boolean {
  if (card.deletedAt) return false;
  if (card.outcome === 'WON' && card.closedAt) {
    const time = Date.parse(card.closedAt);
    if (time >= month.getTime() - dayMs && time < month.getTime() + 33 * dayMs) return true;
  }
  if (card.stage !== 'COMPLETED' && card.expectedCloseDate) {
    const time = Date.parse(`${card.expectedCloseDate}T00:00:00Z`);
    if (time >= month.getTime() && time < monthEndOf(month).getTime()) return true;
  }
  return false;
}

async function loadSetting(month: Date): Promise<Setting> {
  const [organization, officeRows, teamRows, userRows, goals] = await Promise.all([
    prisma.organization.findFirst({ select: { reportingCurrency: true } }),
    prisma.office.findMany({ orderBy: { name: 'asc' }, include: { holidays: { select: { date: true } } } }),
    prisma.team.findMany({ orderBy: { name: 'asc' } }),
    prisma.user.findMany({
      where: { teamId: { not: null }, role: { in: ['REP', 'LEAD'] } },
      select: { id: true, name: true, colour: true, teamId: true, active: true },
      orderBy: { name: 'asc' },
    }),
    prisma.monthlyGoal.findMany({ where: { month } }),
  ]);
  const reportingCurrency = organization?.reportingCurrency ?? officeRows[0]?.currency ?? 'USD';
  const officeOfTeam = new Map(teamRows.map((team) => [team.id, team.officeId]));
  const offices: OfficeInfo[] = officeRows.map((office) => ({
    id: office.id,
    name: office.name,
    locale: office.locale,
    currency: office.currency,
    timeZone: office.timeZone,
    calendar: {
      timeZone: office.timeZone,
      businessDayStart: office.businessDayStart,
      businessDayEnd: office.businessDayEnd,
      holidays: office.holidays.map((holiday) => toDateString(holiday.date)),
    },
  }));
  const rates = await loadExchangeRates({
    months: [month],
    currencies: [...new Set(offices.map((office) => office.currency))],
    reportingCurrency,
  });
  return {
    loadedAt: Date.now(),
    reportingCurrency,
    offices,
    teams: teamRows.map((team) => ({ id: team.id, name: team.name, colour: team.colour, officeId: team.officeId })),
    // Names for every rep and lead, so a former rep's bar keeps the name.
    reps: new Map(userRows.map((user) => [user.id, { id: user.id, name: user.name, colour: user.colour }])),
    rates,
    officeOfTeam,
    ledgerOptions: {
      month,
      offices: offices.map((office) => ({ id: office.id, currency: office.currency, calendar: office.calendar })),
      teams: teamRows.map((team) => ({
        id: team.id,
        officeId: team.officeId,
        stageWeights: { BACKLOG: team.weightBacklog, TODO: team.weightTodo, IN_PROGRESS: team.weightInProgress },
      })),
      // Listed reps: every active rep and lead in a team. Others show when a goal or a
      // deal of the month gives them figures.
      reps: userRows.filter((user) => user.active).map((user) => ({ userId: user.id, teamId: user.teamId! })),
      goals: goals.flatMap((goal) => {
        const officeId = officeOfTeam.get(goal.teamId);
        return officeId ? [{ userId: goal.userId, teamId: goal.teamId, officeId, amountMinor: goal.amountMinor, currency: goal.currency }] : [];
      }),
      exchangeRates: rates,
      reportingCurrency,
    },
  };
}

const dealSelection = {
  id: true,
  version: true,
  ownerId: true,
  teamId: true,
  stage: true,
  outcome: true,
  amountMinor: true,
  closedAmountMinor: true,
  closedAt: true,
  expectedCloseDate: true,
  currency: true,
} as const;

function toPacingDeal(
  deal: Pick<PacingDeal, 'id' | 'ownerId' | 'teamId' | 'stage' | 'outcome' | 'amountMinor' | 'closedAmountMinor' | 'currency'> & {
    closedAt: Date | null;
    expectedCloseDate: string | null;
  },
  officeOfTeam: Map<string, string>,
): PacingDeal | null {
  const officeId = officeOfTeam.get(deal.teamId);
  if (!officeId) return null;
  return {
    id: deal.id,
    ownerId: deal.ownerId,
    teamId: deal.teamId,
    officeId,
    stage: deal.stage,
    outcome: deal.outcome,
    amountMinor: deal.amountMinor,
    closedAmountMinor: deal.closedAmountMinor,
    closedAt: deal.closedAt,
    expectedCloseDate: deal.expectedCloseDate,
    currency: deal.currency,
  };
}

function cardToPacingDeal(card: TDealCard, month: Date, officeOfTeam: Map<string, string>): PacingDeal | null {
  if (!isInMonthDeals(card, month)) return null;
  return toPacingDeal({ ...card, closedAt: card.closedAt ? new Date(card.closedAt) : null }, officeOfTeam);
}

function toAppError(error: unknown): unknown {
  return isPacingError(error) ? new AppError('UNPROCESSABLE', `The wall cannot be computed: ${error.message}`) : error;
}

/** Reads the month from scratch: the setting, the sequence, then the deals. */
async function loadMonthState(month: Date): Promise<MonthState> {
  const setting = await loadSetting(month);
  // The sequence is read first: any change the deal query already sees is replayed
  // afterwards at the same or an older version, which the ledger ignores.
  const sequence = await currentSequence();
  const monthEnd = monthEndOf(month);
  const dealRows = await prisma.deal.findMany({
    where: {
      deletedAt: null,
      OR: [
        { outcome: 'WON', closedAt: { gte: new Date(month.getTime() - dayMs), lt: new Date(month.getTime() + 33 * dayMs) } },
        { stage: { not: 'COMPLETED' }, expectedCloseDate: { gte: month, lt: monthEnd } },
      ],
    },
    select: dealSelection,
  });
  try {
    const ledger = createMonthLedger(setting.ledgerOptions);
    for (const row of dealRows) {
      const deal = toPacingDeal({ ...row, expectedCloseDate: row.expectedCloseDate ? toDateString(row.expectedCloseDate) : null }, setting.officeOfTeam);
      applyDeal(ledger, row.id, deal, row.version);
    }
    return { month, setting, ledger, sequence, latest: null, self: null, exclusive: serializer() };
  } catch (error) {
    throw toAppError(error);
  }
}

/** A fresh setting with the deal states the ledger already holds (no deal query). */
async function refreshSetting(state: MonthState): Promise<void> {
  const setting = await loadSetting(state.month);
  const ledger = createMonthLedger(setting.ledgerOptions);
  for (const [dealId, entry] of state.ledger.deals) {
    const deal = entry.deal ? toPacingDeal(entry.deal, setting.officeOfTeam) : null;
    applyDeal(ledger, dealId, deal, entry.version);
  }
  state.setting = setting;
  state.ledger = ledger;
  state.latest = null;
}

/** Applies changes in sequence order while they follow on from what the state holds. */
function applyFollowingChanges(state: MonthState, changes: readonly TDealChange[]): void {
  for (const change of [...changes].sort((first, second) => first.sequence - second.sequence)) {
    if (change.sequence <= state.sequence) continue;
    if (change.sequence !== state.sequence + 1) return;
    applyDeal(state.ledger, change.dealId, cardToPacingDeal(change.deal, state.month, state.setting.officeOfTeam), change.deal.version);
    state.sequence = change.sequence;
    state.latest = null;
  }
}

/** Reads and applies the DealEvents after the state's sequence; false when too far behind. */
async function catchUpFromLog(state: MonthState): Promise<boolean> {
  const events = await prisma.dealEvent.findMany({
    where: { sequence: { gt: state.sequence } },
    orderBy: { sequence: 'asc' },
    select: { sequence: true, dealId: true, after: true },
    take: catchUpLimit + 1,
  });
  if (events.length > catchUpLimit) return false;
  for (const event of events) {
    const card = ZDealCard.parse(event.after);
    applyDeal(state.ledger, event.dealId, cardToPacingDeal(card, state.month, state.setting.officeOfTeam), card.version);
  }
  const last = events.at(-1);
  if (last && last.sequence > state.sequence) {
    state.sequence = last.sequence;
    state.latest = null;
  }
  return true;
}

/** The month's state, read once and then shared; concurrent callers wait for one read. */
function monthState(month: Date): Promise<MonthState> {
  const key = monthKey(month);
  const cached = states().get(key);
  if (cached) return cached;
  const pending: Promise<MonthState> = loadMonthState(month).then((state) => {
    state.self = pending;
    if (states().get(key) === pending) loadedStates().set(key, state);
    return state;
  });
  states().set(key, pending);
  pending.catch(() => {
    if (states().get(key) === pending) states().delete(key);
  });
  return pending;
}

/**
 * One month's figures at `now`, including every committed deal change.
 *
 * `changes` are changes this process just committed (in any order): those that follow
 * on from what is held are applied without asking the database. Unless `mayReadLog` is
 * false, the DealEvent log is then read for anything they leave out (a change another
 * instance made, or one whose hand-over is still on its way); with false, the figures
 * include the changes up to the first one missing (the publisher's fast path: it never
 * waits for a database connection, and hands the rest over on its next publish).
 * `maxAgeMs` is how old the pace in a reused summary may be.
 */
export async function loadMonthSummary(options: {
  month: Date;
  now: Date;
  changes?: readonly TDealChange[];
  mayReadLog?: boolean;
  maxAgeMs?: number;
}): Promise<LoadedMonth> {
  const key = monthKey(options.month);
  let state = await monthState(options.month);
  try {
    state = await state.exclusive(async () => {
      if (options.mayReadLog !== false && Date.now() - state.setting.loadedAt >= summaryRefreshMs) await refreshSetting(state);
      if (options.changes) applyFollowingChanges(state, options.changes);
      // Changes pushed by this process need no query once they are all applied; any
      // other ask (a page load, the clock's refresh) reads the log for other instances'.
      const isCaughtUp = options.changes !== undefined && options.changes.length > 0 && options.changes.every((change) => change.sequence <= state.sequence);
      if (isCaughtUp || options.mayReadLog === false || (await catchUpFromLog(state))) return state;
      return reload(key, state);
    });
  } catch (error) {
    // A change the ledger cannot take: read the month from scratch (which reports it).
    if (!isPacingError(error)) throw error;
    state = await reload(key, state);
  }
  return cutSummary(state, options.now, options.maxAgeMs ?? summaryRefreshMs);
}

/**
 * The publisher's path with no await at all: the month's figures with the changes this
 * process just committed, cut at once (so the walls hear before anything else queued on
 * the event loop runs). Null when that cannot be done without waiting: the month is not
 * loaded yet, another update to it is under way, or a change does not fit (the caller
 * then takes `loadMonthSummary`, which deals with each of those).
 */
export function cutMonthSummaryNow(options: { month: Date; now: Date; changes: readonly TDealChange[] }): LoadedMonth | null {
  const state = currentLoadedState(monthKey(options.month));
  if (!state || !state.exclusive.isIdle()) return null;
  try {
    applyFollowingChanges(state, options.changes);
    return cutSummary(state, options.now, 0);
  } catch (error) {
    if (isPacingError(error) || error instanceof AppError) return null;
    throw error;
  }
}

/** The offices, with no await, when a loaded month's setting is fresh; null otherwise. */
export function listWallOfficesNow(now: Date): { id: string; timeZone: string }[] | null {
  for (const [key, state] of loadedStates()) {
    if (currentLoadedState(key) === state && now.getTime() - state.setting.loadedAt < summaryRefreshMs) return state.setting.offices;
  }
  return null;
}

function reload(key: string, stale: MonthState): Promise<MonthState> {
  if (states().get(key) === stale.self) states().delete(key);
  return monthState(stale.month);
}

function cutSummary(state: MonthState, now: Date, maxAgeMs: number): LoadedMonth {
  const latest = state.latest;
  if (latest && latest.sequence === state.sequence && now.getTime() - latest.computedAt.getTime() < maxAgeMs) return latest;
  let summary: MonthSummary;
  try {
    summary = summarizeLedger(state.ledger, now);
  } catch (error) {
    throw toAppError(error);
  }
  const { setting } = state;
  const loaded: LoadedMonth = {
    month: state.month,
    sequence: state.sequence,
    computedAt: now,
    reportingCurrency: setting.reportingCurrency,
    offices: setting.offices,
    teams: setting.teams,
    reps: setting.reps,
    deals: ledgerDeals(state.ledger),
    rates: setting.rates,
    summary,
  };
  state.latest = loaded;
  return loaded;
}

/** The offices by name, with their zones (the first decides the company's month). */
export async function listWallOffices(now: Date): Promise<{ id: string; timeZone: string }[]> {
  for (const pending of states().values()) {
    const state = await pending.catch(() => null);
    if (state && now.getTime() - state.setting.loadedAt < summaryRefreshMs) return state.setting.offices;
  }
  return prisma.office.findMany({ select: { id: true, timeZone: true }, orderBy: { name: 'asc' } });
}
