import type { PrismaClient } from '@/generated/prisma/client';
import { createActualRevenueFold } from '@/domain/forecast/backtest';
import { createDealFactsFold, type DealFacts } from '@/domain/forecast/deal-facts';
import { dealAt } from '@/domain/forecast/history-at';
import type { DealSnapshot, ForecastDeal, ForecastHistory, ForecastStage } from '@/domain/forecast/types';

// Reads the organisation's history for the forecast: deals with their column, amount and
// owner over time (from DealEvent), people with start and deactivation dates (the audit
// log's user.deactivate), exchange rates, the hiring plan and the reps' sprint forecasts.

type SnapshotJson = { stage?: ForecastStage | null; amountMinor?: number | null; ownerId?: string | null; teamId?: string | null; expectedCloseDate?: string | null };

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

/** A deal's row: what the forecast keeps of it, and its current column, amount and owner. */
type DealRow = Omit<ForecastDeal, 'timeline'> & Omit<DealSnapshot, 'at'> & { stageChangedAt: Date };

const DEAL_SELECT = {
  id: true,
  currency: true,
  createdAt: true,
  outcome: true,
  closedAt: true,
  closedAmountMinor: true,
  deletedAt: true,
  stage: true,
  stageChangedAt: true,
  amountMinor: true,
  ownerId: true,
  teamId: true,
  expectedCloseDate: true,
} as const;

/** A timeline event with the five fields of its card the forecast reads (null where the card lacks one). */
type TimelineRow = SnapshotJson & { dealId: string; occurredAt: Date | string };

/** A deal with its column, amount and owner over time, from its timeline events (oldest first). */
function toForecastDeal(deal: DealRow, events: readonly TimelineRow[]): ForecastDeal {
  const current: DealSnapshot = { at: deal.createdAt, stage: deal.stage, amountMinor: deal.amountMinor, ownerId: deal.ownerId, teamId: deal.teamId, expectedCloseDate: deal.expectedCloseDate };
  const timeline: DealSnapshot[] = [];
  for (const event of events) {
    const previous = timeline[timeline.length - 1] ?? current;
    timeline.push(toSnapshot(new Date(event.occurredAt), event, previous));
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
}

function groupByDeal<T extends { dealId: string }>(events: readonly T[]): Map<string, T[]> {
  const byDeal = new Map<string, T[]>();
  for (const event of events) {
    const list = byDeal.get(event.dealId) ?? [];
    list.push(event);
    byDeal.set(event.dealId, list);
  }
  return byDeal;
}

/** Everything but the deals: people, offices, teams, rates, the hiring plan, sprint forecasts, settings. */
async function loadForecastBase(prisma: PrismaClient): Promise<ForecastHistory> {
  const [organization, offices, teams, users, deactivations, rates, hires, sprintForecasts, settings] = await Promise.all([
    prisma.organization.findFirst({ select: { reportingCurrency: true } }),
    prisma.office.findMany({ select: { id: true, name: true, currency: true }, orderBy: { name: 'asc' } }),
    prisma.team.findMany({ select: { id: true, name: true, officeId: true }, orderBy: { name: 'asc' } }),
    prisma.user.findMany({ select: { id: true, name: true, teamId: true, role: true, startDate: true, active: true, updatedAt: true } }),
    prisma.auditEntry.findMany({ where: { action: 'user.deactivate', objectType: 'User' }, select: { objectId: true, occurredAt: true } }),
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
    deals: [],
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

/**
 * The whole history in memory, every deal with its timeline: what the backtest refits on
 * at each origin. At a large organisation's size this is gigabytes; the live forecast and
 * `npm run forecast` use loadForecastInputs instead.
 */
export async function loadForecastHistory(prisma: PrismaClient): Promise<ForecastHistory> {
  const [base, deals, events] = await Promise.all([
    loadForecastBase(prisma),
    prisma.deal.findMany({ select: DEAL_SELECT }),
    prisma.dealEvent.findMany({ where: { type: { in: [...TIMELINE_EVENTS] } }, select: { dealId: true, occurredAt: true, after: true }, orderBy: { sequence: 'asc' } }),
  ]);
  const eventsByDeal = groupByDeal(events);
  return { ...base, deals: deals.map((deal) => toForecastDeal(deal, eventsByDeal.get(deal.id) ?? [])) };
}

/** What the forecast at one instant needs: the history without its deals, the deals' facts, and revenue won per scope and month. */
export type ForecastInputs = { history: ForecastHistory; facts: DealFacts; actuals: Map<string, Map<string, number>> };

/**
 * The forecast's inputs at `asOf` without holding the deals: they are read in chunks of
 * `chunkSize` (with their timeline events), each deal folded into the model's facts and
 * the actual revenue, then dropped. Memory grows with people, months and the open
 * pipeline, not with the history's deals and events. The chunks come from one cursor in
 * one repeatable-read transaction, so they form one consistent picture, in the table's
 * own order (the order a plain read of all deals gives, which loadForecastHistory and so
 * the backtest see).
 */
export async function loadForecastInputs(prisma: PrismaClient, options: { asOf: Date; months: number; chunkSize?: number }): Promise<ForecastInputs> {
  // Reading and folding a chunk is synchronous work on the app's thread: chunks of 500 keep
  // each stretch short, and the pause after each lets board moves waiting meanwhile run.
  const chunkSize = options.chunkSize ?? 500;
  const history = await loadForecastBase(prisma);
  const facts = createDealFactsFold({ ...history, asOf: options.asOf, months: options.months });
  const actuals = createActualRevenueFold(history, options.asOf);
  await prisma.$transaction(
    async (tx) => {
      await tx.$executeRawUnsafe('DECLARE forecast_deals NO SCROLL CURSOR FOR SELECT id FROM "Deal"');
      for (;;) {
        const ids = (await tx.$queryRawUnsafe<Array<{ id: string }>>(`FETCH FORWARD ${chunkSize} FROM forecast_deals`)).map((row) => row.id);
        if (ids.length === 0) break;
        const [rows, events] = await Promise.all([
          tx.deal.findMany({ where: { id: { in: ids } }, select: DEAL_SELECT }),
          // Only the five fields of each event's card the timeline needs: the whole card (with
          // its contacts and notes) is several times larger, and parsing it was most of the read.
          tx.$queryRaw<TimelineRow[]>`
            SELECT "dealId", "occurredAt",
                   "after"->>'stage' AS "stage",
                   CASE WHEN jsonb_typeof("after"->'amountMinor') = 'number' THEN ("after"->>'amountMinor')::float8 END AS "amountMinor",
                   "after"->>'ownerId' AS "ownerId",
                   "after"->>'teamId' AS "teamId",
                   "after"->>'expectedCloseDate' AS "expectedCloseDate"
            FROM "DealEvent"
            WHERE "dealId" = ANY(${ids}::text[]) AND "type"::text = ANY(${[...TIMELINE_EVENTS]}::text[])
            ORDER BY "sequence"`,
        ]);
        const rowById = new Map(rows.map((row) => [row.id, row]));
        const eventsByDeal = groupByDeal(events);
        for (const id of ids) {
          const row = rowById.get(id);
          if (!row) continue;
          const deal = toForecastDeal(row, eventsByDeal.get(id) ?? []);
          actuals.add(deal);
          const known = dealAt(deal, options.asOf);
          if (known) facts.add(known);
        }
        await new Promise<void>((resolve) => setImmediate(resolve));
      }
    },
    { isolationLevel: 'RepeatableRead', maxWait: 10_000, timeout: 30 * 60_000 },
  );
  return { history, facts: facts.finish(), actuals: actuals.totals };
}
