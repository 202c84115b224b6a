import { DAY_MS, MONTH_DAYS } from './months';

// Ramp: the share of a steady-state rep's deal creation a new rep reaches in each month
// since their start. Learned from reps hired within the history, against each one's own
// steady rate (or the pooled one while they have none); a sensible default stands in
// when the history holds too few hires.

export const RAMP_MONTHS = 6;
export const DEFAULT_RAMP: readonly number[] = [0.1, 0.3, 0.5, 0.7, 0.85, 0.95];
export const MINIMUM_HIRES_FOR_RAMP = 4;

export type RampSource = 'learned' | 'default' | 'override';
export type RampCurve = { values: number[]; source: RampSource; hiresSeen: number };

export type RepActivity = {
  startDate: Date;
  /** When the rep stopped being observed: deactivation or the as-of instant. */
  observedUntil: Date;
  /** Creation instants (ms) of the deals they own. */
  createdAt: readonly number[];
};

const MONTH_MS = MONTH_DAYS * DAY_MS;

/** The ramp factor at a number of months since start (0 before the start, 1 after the ramp). */
export function rampAt(values: readonly number[], monthsSinceStart: number): number {
  if (monthsSinceStart < 0) return 0;
  const index = Math.floor(monthsSinceStart);
  return index < values.length ? (values[index] as number) : 1;
}

/** Pool-adjacent-violators: the closest non-decreasing sequence (weighted least squares). */
export function makeNonDecreasing(values: readonly number[], weights: readonly number[]): number[] {
  const blocks: Array<{ value: number; weight: number; size: number }> = [];
  values.forEach((value, index) => {
    blocks.push({ value, weight: Math.max(weights[index] ?? 1, 1e-9), size: 1 });
    while (blocks.length > 1) {
      const last = blocks[blocks.length - 1] as { value: number; weight: number; size: number };
      const previous = blocks[blocks.length - 2] as { value: number; weight: number; size: number };
      if (previous.value <= last.value) break;
      const weight = previous.weight + last.weight;
      blocks.splice(blocks.length - 2, 2, {
        value: (previous.value * previous.weight + last.value * last.weight) / weight,
        weight,
        size: previous.size + last.size,
      });
    }
  });
  return blocks.flatMap((block) => Array.from({ length: block.size }, () => block.value));
}

export function isValidRamp(values: readonly number[]): boolean {
  return values.length > 0 && values.length <= 24 && values.every((value) => Number.isFinite(value) && value >= 0 && value <= 1);
}

function countBetween(sorted: readonly number[], from: number, to: number): number {
  let count = 0;
  for (const value of sorted) if (value >= from && value < to) count += 1;
  return count;
}

export function fitRamp(options: { reps: readonly RepActivity[]; historyStart: Date; priorStrength?: number }): RampCurve {
  const { reps, historyStart } = options;
  const priorStrength = options.priorStrength ?? 5;
  // Steady-state rates from the months after each rep's ramp.
  const steady = reps.map((rep) => {
    const from = Math.max(rep.startDate.getTime() + RAMP_MONTHS * MONTH_MS, historyStart.getTime());
    const to = rep.observedUntil.getTime();
    const months = Math.max(0, (to - from) / MONTH_MS);
    return { count: months > 0 ? countBetween(rep.createdAt, from, to) : 0, months };
  });
  const pooledCount = steady.reduce((sum, rep) => sum + rep.count, 0);
  const pooledMonths = steady.reduce((sum, rep) => sum + rep.months, 0);
  const pooledRate = pooledMonths > 0 ? pooledCount / pooledMonths : 0;
  const created = new Array<number>(RAMP_MONTHS).fill(0);
  const expected = new Array<number>(RAMP_MONTHS).fill(0);
  let hiresSeen = 0;
  reps.forEach((rep, index) => {
    const start = rep.startDate.getTime();
    if (start < historyStart.getTime()) return;
    const observedMonths = Math.floor((rep.observedUntil.getTime() - start) / MONTH_MS);
    if (observedMonths < 1) return;
    hiresSeen += 1;
    const own = steady[index] as { count: number; months: number };
    const rate = (own.count + 3 * pooledRate) / (own.months + 3);
    for (let month = 0; month < Math.min(observedMonths, RAMP_MONTHS); month += 1) {
      created[month] = (created[month] as number) + countBetween(rep.createdAt, start + month * MONTH_MS, start + (month + 1) * MONTH_MS);
      expected[month] = (expected[month] as number) + rate;
    }
  });
  if (hiresSeen < MINIMUM_HIRES_FOR_RAMP || pooledRate === 0) return { values: [...DEFAULT_RAMP], source: 'default', hiresSeen };
  const raw = created.map((count, month) => (count + priorStrength * (DEFAULT_RAMP[month] as number)) / ((expected[month] as number) + priorStrength));
  const values = makeNonDecreasing(raw, expected).map((value) => Math.min(1, Math.max(0, value)));
  return { values, source: 'learned', hiresSeen };
}
