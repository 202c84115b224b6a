import type { PrismaClient } from '@/generated/prisma/client';
import type { DealSnapshot, ForecastDeal, ForecastHistory, ForecastStage } from '@/domain/forecast/types';

// Reads the organisation's history for the forecast: deals with their column, amount and
// owner over time (from DealEvent), people with start and deactivation dates (the audit
// log's user.deactivate), exchange rates, the hiring plan and the reps' sprint forecasts.

type SnapshotJson = { stage?: ForecastStage; amountMinor?: number; ownerId?: string; teamId?: string; expectedCloseDate?: string | null };

function toSnapshot(at: Date, json: SnapshotJson, fallback: DealSnapshot): DealSnapshot {
  return {
    at,
    stage: json.stage ?? fallback.stage,
    amountMinor: typeof json.amountMinor === 'number' ? json.amountMinor : fallback.amountMinor,
    ownerId: json.ownerId ?? fallback.ownerId,
    teamId: json.teamId ?? fallback.teamId,
    expectedCloseDate: json.expectedCloseDate ? new Date(json.expectedCloseDate) : null,
  };
}

const TIMELINE_EVENTS = ['CREATED', 'UPDATED', 'MOVED', 'CLOSED', 'REOPENED', 'REASSIGNED'] as const;

type TimelineEvent = { dealId: string; occurredAt: Date; after: unknown };

/**
 * The deal events already read, kept between loads by the live forecast: DealEvent rows
 * are only ever appended, so a later load reads just the ones after `lastSequence`. The
 * count, smallest and largest sequence of the table must match what was read plus what
 * is new, or everything is read again (a database reset, an undone import).
 */
export type DealEventCache = { client?: unknown; count: number; firstSequence: number; lastSequence: number; events: TimelineEvent[]; queue: Promise<unknown> };

export function createDealEventCache(): DealEventCache {
  return { count: 0, firstSequence: 0, lastSequence: 0, events: [], queue: Promise.resolve() };
}

function loadTimelineEvents(prisma: PrismaClient, cache: DealEventCache | undefined): Promise<TimelineEvent[]> {
  if (!cache) return prisma.dealEvent.findMany({ where: { type: { in: [...TIMELINE_EVENTS] } }, select: { dealId: true, occurredAt: true, after: true }, orderBy: { sequence: 'asc' } });
  // One load at a time updates the cache, so two never append the same events.
  const next = cache.queue.then(() => updateTimelineEvents(prisma, cache));
  cache.queue = next.catch(() => undefined);
  return next;
}

async function updateTimelineEvents(prisma: PrismaClient, cache: DealEventCache): Promise<TimelineEvent[]> {
  const summary = await prisma.dealEvent.aggregate({ where: { type: { in: [...TIMELINE_EVENTS] } }, _count: { _all: true }, _min: { sequence: true }, _max: { sequence: true } });
  const count = summary._count._all;
  const firstSequence = summary._min.sequence ?? 0;
  const lastSequence = summary._max.sequence ?? 0;
  if (cache.client === prisma && cache.firstSequence === firstSequence && cache.lastSequence <= lastSequence) {
    const added = lastSequence === cache.lastSequence
      ? []
      : await prisma.dealEvent.findMany({
          where: { type: { in: [...TIMELINE_EVENTS] }, sequence: { gt: cache.lastSequence, lte: lastSequence } },
          select: { dealId: true, occurredAt: true, after: true, sequence: true },
          orderBy: { sequence: 'asc' },
        });
    if (cache.count + added.length === count) {
      for (const event of added) cache.events.push(event);
      cache.count = count;
      cache.lastSequence = lastSequence;
      return cache.events;
    }
  }
  const events = await prisma.dealEvent.findMany({
    where: { type: { in: [...TIMELINE_EVENTS] }, sequence: { lte: lastSequence } },
    select: { dealId: true, occurredAt: true, after: true, sequence: true },
    orderBy: { sequence: 'asc' },
  });
  Object.assign(cache, { client: prisma, count: events.length, firstSequence: events[0]?.sequence ?? 0, lastSequence: events.at(-1)?.sequence ?? 0, events });
  // Rows added between the summary and the read are picked up by the next load.
  if (events.length !== count) Object.assign(cache, { client: undefined });
  return events;
}

/**
 * The history as it is now. With `eventCache` (the live forecast's), only the deal events
 * added since the last load are read; everything else is small and read again.
 */
export async function loadForecastHistory(prisma: PrismaClient, options: { eventCache?: DealEventCache } = {}): Promise<ForecastHistory> {
  const [organization, offices, teams, users, deactivations, deals, events, rates, hires, sprintForecasts, settings] = await Promise.all([
    prisma.organization.findFirst({ select: { reportingCurrency: true } }),
    prisma.office.findMany({ select: { id: true, name: true, currency: true }, orderBy: { name: 'asc' } }),
    prisma.team.findMany({ select: { id: true, name: true, officeId: true }, orderBy: { name: 'asc' } }),
    prisma.user.findMany({ select: { id: true, name: true, teamId: true, role: true, startDate: true, active: true, updatedAt: true } }),
    prisma.auditEntry.findMany({ where: { action: 'user.deactivate', objectType: 'User' }, select: { objectId: true, occurredAt: true } }),
    prisma.deal.findMany({
      select: { id: true, currency: true, createdAt: true, outcome: true, closedAt: true, closedAmountMinor: true, deletedAt: true, stage: true, stageChangedAt: true, amountMinor: true, ownerId: true, teamId: true, expectedCloseDate: true },
    }),
    loadTimelineEvents(prisma, options.eventCache),
    prisma.exchangeRate.findMany({ select: { currency: true, month: true, rateToReporting: true } }),
    prisma.plannedHire.findMany(),
    prisma.forecast.findMany({ select: { userId: true, teamId: true, month: true, commitMinor: true, currency: true, createdAt: true } }),
    prisma.forecastSettings.findFirst(),
  ]);
  const deactivatedAt = new Map<string, Date>();
  for (const entry of deactivations) {
    const seen = deactivatedAt.get(entry.objectId);
    if (!seen || entry.occurredAt > seen) deactivatedAt.set(entry.objectId, entry.occurredAt);
  }
  const eventsByDeal = new Map<string, Array<{ occurredAt: Date; after: unknown }>>();
  for (const event of events) {
    const list = eventsByDeal.get(event.dealId) ?? [];
    list.push(event);
    eventsByDeal.set(event.dealId, list);
  }
  const forecastDeals: ForecastDeal[] = deals.map((deal) => {
    const current: DealSnapshot = { at: deal.createdAt, stage: deal.stage, amountMinor: deal.amountMinor, ownerId: deal.ownerId, teamId: deal.teamId, expectedCloseDate: deal.expectedCloseDate };
    const timeline: DealSnapshot[] = [];
    for (const event of eventsByDeal.get(deal.id) ?? []) {
      const previous = timeline[timeline.length - 1] ?? current;
      timeline.push(toSnapshot(event.occurredAt, (event.after ?? {}) as SnapshotJson, previous));
    }
    if (timeline.length === 0 || (timeline[0] as DealSnapshot).at.getTime() > deal.createdAt.getTime()) {
      // A deal without its creation event (imported or seeded): its column since the last change is all that is known.
      const first: DealSnapshot = { ...current, at: deal.createdAt, stage: deal.stage === 'COMPLETED' ? 'IN_PROGRESS' : deal.stage };
      timeline.unshift(first);
      if (deal.stageChangedAt.getTime() > deal.createdAt.getTime() && timeline.length === 1) timeline.push({ ...current, at: deal.stageChangedAt });
    }
    return {
      id: deal.id,
      currency: deal.currency,
      createdAt: deal.createdAt,
      outcome: deal.outcome,
      closedAt: deal.closedAt,
      closedAmountMinor: deal.closedAmountMinor,
      deletedAt: deal.deletedAt,
      timeline,
    };
  });
  return {
    reportingCurrency: organization?.reportingCurrency ?? offices[0]?.currency ?? 'USD',
    offices,
    teams,
    people: users.map((user) => ({
      id: user.id,
      name: user.name,
      teamId: user.teamId,
      sells: user.role === 'REP' || user.role === 'LEAD',
      startDate: user.startDate,
      deactivatedAt: user.active ? null : (deactivatedAt.get(user.id) ?? user.updatedAt),
    })),
    deals: forecastDeals,
    exchangeRates: rates.map((rate) => ({ currency: rate.currency, month: rate.month, rateToReporting: Number(rate.rateToReporting) })),
    plannedHires: hires.map((hire) => ({
      id: hire.id,
      teamId: hire.teamId,
      startDate: hire.startDate,
      count: hire.count,
      personId: hire.personId,
      rampOverride: Array.isArray(hire.rampOverride) ? (hire.rampOverride as number[]) : null,
    })),
    sprintForecasts,
    rampOverride: Array.isArray(settings?.rampOverride) ? (settings.rampOverride as number[]) : null,
  };
}
