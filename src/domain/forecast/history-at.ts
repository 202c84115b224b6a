import type { DealSnapshot, ForecastDeal, ForecastHistory, PlannedHire } from './types';
import { monthStartOf } from './months';

// What the organisation knew at an instant. Deals created, closed, moved or deleted
// after it are seen as they were then; people who start after it are planned hires;
// deactivations after it are unknown. The backtest refits on exactly this view, so a
// prediction can never use what came later.

export type PlannedHireSource = 'plan' | 'later-starters';

/** The deal as it stood at `asOf`, or null when it did not exist then. */
export function dealAt(deal: ForecastDeal, asOf: Date): ForecastDeal | null {
  const time = asOf.getTime();
  if (deal.createdAt.getTime() >= time) return null;
  if (deal.deletedAt && deal.deletedAt.getTime() < time) return null;
  const timeline = deal.timeline.filter((snapshot) => snapshot.at.getTime() < time);
  if (timeline.length === 0) timeline.push(deal.timeline[0] as DealSnapshot);
  const isClosed = deal.closedAt !== null && deal.closedAt.getTime() < time;
  return {
    ...deal,
    deletedAt: null,
    outcome: isClosed ? deal.outcome : null,
    closedAt: isClosed ? deal.closedAt : null,
    closedAmountMinor: isClosed ? deal.closedAmountMinor : null,
    timeline,
  };
}

/** The deal's latest snapshot (its state at the view's instant). */
export function currentSnapshot(deal: ForecastDeal): DealSnapshot {
  return deal.timeline[deal.timeline.length - 1] as DealSnapshot;
}

/**
 * The history as known at `asOf`. With `plannedHires: 'plan'` (a live forecast) the
 * hiring plan counts, and people already invited who start later count once, through
 * the plan entry that names them or else on their own. With 'later-starters' (the
 * backtest, whose plan of the time is not kept) everyone who started later is a
 * planned hire from their start date.
 */
export function viewHistoryAt(history: ForecastHistory, asOf: Date, plannedHires: PlannedHireSource): ForecastHistory {
  const time = asOf.getTime();
  const deals: ForecastDeal[] = [];
  for (const deal of history.deals) {
    const seen = dealAt(deal, asOf);
    if (seen) deals.push(seen);
  }
  const people = history.people
    .filter((person) => person.startDate.getTime() <= time)
    .map((person) => ({
      ...person,
      deactivatedAt: person.deactivatedAt && person.deactivatedAt.getTime() < time ? person.deactivatedAt : null,
    }));
  const visibleIds = new Set(people.map((person) => person.id));
  const hires: PlannedHire[] = [];
  if (plannedHires === 'plan') {
    for (const hire of history.plannedHires) {
      if (hire.personId && visibleIds.has(hire.personId)) continue;
      hires.push(hire);
    }
  }
  const namedInPlan = new Set(hires.map((hire) => hire.personId).filter((id): id is string => id !== null));
  for (const person of history.people) {
    if (person.startDate.getTime() <= time || !person.sells || !person.teamId || namedInPlan.has(person.id)) continue;
    if (person.deactivatedAt && person.deactivatedAt.getTime() < time) continue;
    hires.push({ id: `starter:${person.id}`, teamId: person.teamId, startDate: person.startDate, count: 1, personId: person.id, rampOverride: null });
  }
  const monthStart = monthStartOf(asOf).getTime();
  return {
    ...history,
    deals,
    people,
    plannedHires: hires,
    exchangeRates: history.exchangeRates.filter((rate) => rate.month.getTime() <= monthStart),
    sprintForecasts: history.sprintForecasts.filter((forecast) => forecast.createdAt.getTime() < time),
  };
}
