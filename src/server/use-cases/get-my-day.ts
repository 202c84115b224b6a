import type { SessionUser } from '@/server/auth/session-user';
import { staleness } from '@/domain/board/staleness';
import { summarizePushes } from '@/domain/signals/close-date-pushes';
import { orderMyDay, type MyDayReason } from '@/domain/signals/my-day';
import { nextStepStatus, type NextStepStatus } from '@/domain/signals/next-step-status';
import { riskSignals, type RiskSignal } from '@/domain/signals/risk-signals';
import type { TBoardTeam, TDealCard } from '@/schemas/deal';
import { getBoard } from './get-board';

export type MyDayItem = {
  deal: TDealCard;
  reason: MyDayReason;
  nextStepStatus: NextStepStatus;
  signals: RiskSignal[];
};

export type MyDay = { items: MyDayItem[]; team: TBoardTeam | null; generatedAt: string };

/**
 * A rep's own open deals that need them today: overdue next steps first, then steps due
 * today, then stale or slipping deals, then deals with nothing planned. Reads the rep's
 * board (the same visibility) and orders it with the pure `orderMyDay`.
 */
export async function getMyDay(options: { actor: SessionUser; now?: Date }): Promise<MyDay> {
  const now = options.now ?? new Date();
  const board = await getBoard({ actor: options.actor, scope: { kind: 'rep', userId: options.actor.id }, now });
  const teams = new Map(board.teams.map((team) => [team.id, team]));
  const entries = board.deals
    .filter((deal) => deal.stage !== 'COMPLETED')
    .map((deal) => {
      const team = teams.get(deal.teamId);
      const timeZone = team?.timeZone ?? 'UTC';
      const thresholds = { staleAfterDays: team?.staleAfterDays ?? 14, byStage: team?.staleAfterDaysByStage };
      const pushes = summarizePushes(board.closeDateChanges?.[deal.id] ?? [], deal.expectedCloseDate);
      const clock = { stage: deal.stage, stageChangedAt: new Date(deal.stageChangedAt), lastActivityAt: deal.lastActivityAt ? new Date(deal.lastActivityAt) : null };
      const status = nextStepStatus(deal.nextStepDueOn, now, timeZone);
      return {
        deal,
        dealId: deal.id,
        nextStepStatus: status,
        nextStepDueOn: deal.nextStepDueOn ?? null,
        isStale: staleness(clock, thresholds, now).isStale,
        isSlipping: pushes.isSlipping,
        amountMinor: deal.amountMinor,
        signals: riskSignals({ ...deal, ...clock, deletedAt: null }, { pushes, thresholds, now, timeZone }),
      };
    });
  return {
    items: orderMyDay(entries).map((entry) => ({ deal: entry.deal, reason: entry.reason, nextStepStatus: entry.nextStepStatus, signals: entry.signals })),
    team: board.teams[0] ?? null,
    generatedAt: now.toISOString(),
  };
}
