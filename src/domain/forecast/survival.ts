// Time to an event with unfinished cases left open (censored), not counted as failures.
// Kaplan–Meier gives the chance a deal is still open after t days; Aalen–Johansen splits
// the closes into wins and losses, giving the chance a deal has been won by t. Deals
// still open only say "not closed yet", so long deals are not under-counted.

export type Outcome = 0 | 1 | 2; // 0 still open (censored), 1 won, 2 lost
export type Observation = { days: number; outcome: Outcome };

export type SurvivalCurve = {
  /** Distinct event times, ascending. */
  times: Float64Array;
  /** Chance of still being open just after each time. */
  open: Float64Array;
  /** Chance of having been won by each time. */
  won: Float64Array;
  /** How many were still at risk just before each time. */
  atRisk: Float64Array;
  total: number;
};

export function fitSurvival(observations: readonly Observation[]): SurvivalCurve {
  const sorted = [...observations].sort((a, b) => a.days - b.days || a.outcome - b.outcome);
  const times: number[] = [];
  const open: number[] = [];
  const won: number[] = [];
  const atRiskList: number[] = [];
  let atRisk = sorted.length;
  let survival = 1;
  let wonIncidence = 0;
  let index = 0;
  while (index < sorted.length) {
    const time = (sorted[index] as Observation).days;
    let wins = 0;
    let losses = 0;
    let censored = 0;
    while (index < sorted.length && (sorted[index] as Observation).days === time) {
      const outcome = (sorted[index] as Observation).outcome;
      if (outcome === 1) wins += 1;
      else if (outcome === 2) losses += 1;
      else censored += 1;
      index += 1;
    }
    if (wins + losses > 0) {
      wonIncidence += (survival * wins) / atRisk;
      survival *= 1 - (wins + losses) / atRisk;
      times.push(time);
      open.push(survival);
      won.push(wonIncidence);
      atRiskList.push(atRisk);
    }
    atRisk -= wins + losses + censored;
  }
  return {
    times: Float64Array.from(times),
    open: Float64Array.from(open),
    won: Float64Array.from(won),
    atRisk: Float64Array.from(atRiskList),
    total: sorted.length,
  };
}

/** Index of the last event time at or before `days`, or -1. */
function lastIndexAtOrBefore(curve: SurvivalCurve, days: number): number {
  let low = 0;
  let high = curve.times.length - 1;
  let found = -1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    if ((curve.times[middle] as number) <= days) {
      found = middle;
      low = middle + 1;
    } else high = middle - 1;
  }
  return found;
}

export function openAt(curve: SurvivalCurve, days: number): number {
  const index = lastIndexAtOrBefore(curve, days);
  return index < 0 ? 1 : (curve.open[index] as number);
}

export function wonBy(curve: SurvivalCurve, days: number): number {
  const index = lastIndexAtOrBefore(curve, days);
  return index < 0 ? 0 : (curve.won[index] as number);
}

/** How many deals were still open and observed at `days` (to tell data from extrapolation). */
export function atRiskAt(curve: SurvivalCurve, days: number): number {
  const index = lastIndexAtOrBefore(curve, days);
  if (index + 1 < curve.atRisk.length) return curve.atRisk[index + 1] as number;
  return 0;
}

/** Median time to close in days, or null when fewer than half have closed within the data. */
export function medianDaysToClose(curve: SurvivalCurve): number | null {
  for (let index = 0; index < curve.times.length; index += 1) {
    if ((curve.open[index] as number) <= 0.5) return curve.times[index] as number;
  }
  return null;
}
