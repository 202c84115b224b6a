import { prisma } from '@/server/db';
import type { ForecastHistory } from '@/domain/forecast/types';
import type { ComputedForecast } from './compute-forecast';
import { loadForecastInputs, type ForecastInputs } from './load-forecast-history';
import { runInWorker } from './run-in-worker';
import { forecastRefusalToAppError } from './forecast-errors';

// The live forecast is the same for everyone, so it is computed once per version of the
// data and hour, in the worker thread, and kept for the next request.
//
// The data version has two parts. The plan (people, the hiring plan, the settings, the
// exchange rates) changes rarely and on purpose: a forecast made before such a change is
// never served after it. The deals change all day (every move is a DealEvent): a forecast
// at most STALE_LIMIT_MS old that differs only in them is served at once while the new
// one is computed in the background, so repeated views never wait for a busy board.

/** The forecast, the history it came from without its deals, and revenue won per scope and month (reporting minor units). */
export type LiveForecast = { forecast: ComputedForecast; history: ForecastHistory; actuals: Map<string, Map<string, number>> };

/** How long a forecast may lag the deals while its successor is computed. */
export const STALE_LIMIT_MS = 5 * 60_000;

/**
 * How many (months, runs) pairs keep a forecast. The API lets a caller choose both, so the
 * slots are bounded: the least recently asked-for pair gives its place up.
 */
export const MAX_SLOTS = 8;

type Settled = { key: string; planKey: string; value: LiveForecast; settledAt: number; startedAt: number };
type Slot = { settled: Settled | null; pending: { key: string; promise: Promise<LiveForecast> } | null };
/** The inputs last read, shared by every runs count of the same horizon and data version. */
type SharedInputs = { key: string; asOf: Date; promise: Promise<ForecastInputs> };
type CacheGlobal = typeof globalThis & { __cadenceForecastSlots?: Map<string, Slot>; __cadenceForecastInputs?: SharedInputs[] };

/** How many read inputs are kept (each is the organisation's people, plan and folded pipeline). */
const MAX_INPUTS = 2;

async function dataVersion(): Promise<{ deals: string; plan: string }> {
  const rows = await prisma.$queryRaw<Array<Record<string, unknown>>>`
    SELECT (SELECT coalesce(max("sequence"), 0) FROM "DealEvent")::text AS events,
           (SELECT count(*) FROM "Deal")::text AS deals,
           (SELECT coalesce(max("updatedAt"), 'epoch') FROM "User")::text AS people,
           (SELECT count(*) FROM "User")::text AS people_count,
           (SELECT count(*) FROM "PlannedHire")::text AS hire_count,
           (SELECT coalesce(max("updatedAt"), 'epoch') FROM "PlannedHire")::text AS hires,
           (SELECT coalesce(max("updatedAt"), 'epoch') FROM "ForecastSettings")::text AS settings,
           (SELECT count(*) FROM "ForecastSettings")::text AS settings_count,
           (SELECT count(*) FROM "ExchangeRate")::text AS rates`;
  const row = rows[0] ?? {};
  const { events, deals, ...plan } = row;
  return { deals: JSON.stringify({ events, deals }), plan: JSON.stringify(plan) };
}

/**
 * The inputs for a horizon at this data version, read once: another runs count of the same
 * horizon (or a second request while the first reads) reuses them, as of the instant they
 * were read. The deals are read in chunks and folded into what the model needs, so what is
 * kept grows with people, months and the open pipeline, not with the deals' history.
 */
function inputsFor(key: string, months: number, now: Date): SharedInputs {
  const holder = globalThis as CacheGlobal;
  const kept = (holder.__cadenceForecastInputs ??= []);
  const inputsKey = `${key}|${months}`;
  const found = kept.find((entry) => entry.key === inputsKey);
  if (found) return found;
  const entry: SharedInputs = { key: inputsKey, asOf: now, promise: loadForecastInputs(prisma, { asOf: now, months }) };
  // A failed read is not kept: the next request tries again.
  entry.promise.catch(() => {
    const index = kept.indexOf(entry);
    if (index >= 0) kept.splice(index, 1);
  });
  kept.unshift(entry);
  kept.length = Math.min(kept.length, MAX_INPUTS);
  return entry;
}

function compute(options: { key: string; months: number; runs: number; now: Date }): Promise<LiveForecast> {
  return (async () => {
    try {
      const inputs = inputsFor(options.key, options.months, options.now);
      const { history, facts, actuals } = await inputs.promise;
      const result = await runInWorker({ kind: 'forecast', history, facts, asOf: inputs.asOf, months: options.months, runs: options.runs, seed: 1 });
      if (result.kind !== 'forecast') throw new Error('The forecast worker answered with a backtest.');
      return { forecast: result.forecast, history, actuals };
    } catch (error) {
      throw forecastRefusalToAppError(error);
    }
  })();
}

export async function getLiveForecast(options: { months: number; runs: number; now?: Date }): Promise<LiveForecast> {
  const now = options.now ?? new Date();
  const version = await dataVersion();
  const planKey = `${now.toISOString().slice(0, 13)}|${version.plan}`;
  const key = `${planKey}|${version.deals}`;
  const slots = ((globalThis as CacheGlobal).__cadenceForecastSlots ??= new Map());
  const slotName = `${options.months}|${options.runs}`;
  let slot = slots.get(slotName);
  if (slot) slots.delete(slotName);
  else slot = { settled: null, pending: null };
  // Most recently asked-for last; the first is the one to give up.
  slots.set(slotName, slot);
  if (slots.size > MAX_SLOTS) slots.delete(slots.keys().next().value!);
  if (slot.settled?.key === key) return slot.settled.value;
  if (slot.pending?.key === key) return slot.pending.promise;

  const current = slot;
  const refresh = (): Promise<LiveForecast> => {
    const startedAt = Date.now();
    const promise = compute({ key, months: options.months, runs: options.runs, now });
    current.pending = { key, promise };
    promise.then(
      (value) => {
        // A slower, older computation never replaces a newer one.
        if (!current.settled || current.settled.startedAt <= startedAt) current.settled = { key, planKey, value, settledAt: Date.now(), startedAt };
        if (current.pending?.promise === promise) current.pending = null;
      },
      () => {
        if (current.pending?.promise === promise) current.pending = null;
      },
    );
    return promise;
  };

  const usable = slot.settled;
  if (usable && usable.planKey === planKey && Date.now() - usable.startedAt < STALE_LIMIT_MS) {
    // Only the deals moved: answer now, and bring the forecast up to date in the background
    // (one computation at a time; its failure is the next request's to report).
    if (!slot.pending) refresh().catch(() => undefined);
    return usable.value;
  }
  return refresh();
}
