'use client';

import { useMemo } from 'react';
import { formatPushBadge, type PushSummary } from '@/domain/signals/close-date-pushes';
import { nextStepStatus, nextStepStatusLabels, type NextStepStatus } from '@/domain/signals/next-step-status';
import { riskSignals, type RiskInput, type RiskSignal } from '@/domain/signals/risk-signals';
import type { TBoardTeam, TDealCard } from '@/schemas/deal';
import { useCardPushes } from './board-signals';

// What a card says about its risks: the push badge ("pushed ×2 · +14 days"), champion
// left, close date past, and the next step's dot with its state written out. Each badge
// carries its reason (the risk signal's why) as its title; a screen reader hears the
// same words as part of the card's name.

export type CardRisk = {
  signals: RiskSignal[];
  pushes: PushSummary;
  pushBadge: string | null;
  nextStep: { status: NextStepStatus; label: string } | null;
};

/** What the risk rules read of a card (its dates as instants). */
export function riskInputOf(card: TDealCard): RiskInput {
  return {
    stage: card.stage,
    expectedCloseDate: card.expectedCloseDate,
    stageChangedAt: new Date(card.stageChangedAt),
    lastActivityAt: card.lastActivityAt ? new Date(card.lastActivityAt) : null,
    deletedAt: card.deletedAt ? new Date(card.deletedAt) : null,
    nextStepDueOn: card.nextStepDueOn ?? null,
    contacts: card.contacts ?? [],
  };
}

export function useCardRisk({ card, team, now }: { card: TDealCard; team: TBoardTeam | undefined; now: Date }): CardRisk {
  const pushes = useCardPushes(card);
  const timeZone = team?.timeZone ?? 'UTC';
  const staleAfterDays = team?.staleAfterDays ?? 14;
  const byStage = team?.staleAfterDaysByStage;
  return useMemo(() => {
    const isOpen = card.stage !== 'COMPLETED' && !card.deletedAt;
    const signals = riskSignals(riskInputOf(card), { pushes, thresholds: { staleAfterDays, byStage }, now, timeZone });
    const status = nextStepStatus(card.nextStepDueOn, now, timeZone);
    const nextStep = isOpen ? { status, label: nextStepStatusLabels[status] } : null;
    const pushBadge = isOpen ? formatPushBadge(pushes) : null;
    return { signals, pushes, pushBadge, nextStep };
  }, [card, pushes, staleAfterDays, byStage, now, timeZone]);
}

export function CardSignals({ risk }: { risk: CardRisk }) {
  if (!risk.nextStep) return null;
  const why = (kind: RiskSignal['kind']) => risk.signals.find((signal) => signal.kind === kind)?.why;
  const championGone = why('champion-gone');
  const closePast = why('close-date-past');
  return (
    <div className="deal-card-signals">
      {/* The hidden words are heard as part of the card's name (deal-card.tsx): ", next step overdue, pushed ×2 · +14 days". The status dot is drawn by signals.css. */}
      <span className="visually-hidden">{risk.nextStep.status === 'none' ? ', ' : ', next step '}</span>
      <span className="deal-card-next-step" data-status={risk.nextStep.status} title={why('next-step-overdue') ?? risk.nextStep.label}>
        {shortNextStepLabels[risk.nextStep.status]}
      </span>
      {risk.pushBadge ? <span className="visually-hidden">, </span> : null}
      {risk.pushBadge ? (
        <span className="deal-badge" data-tone="pushed" title={why('pushed')}>
          {risk.pushBadge}
        </span>
      ) : null}
      {championGone ? <span className="visually-hidden">, </span> : null}
      {championGone ? (
        <span className="deal-badge" data-tone="champion-left" title={championGone}>
          Champion left
        </span>
      ) : null}
      {closePast ? <span className="visually-hidden">, </span> : null}
      {closePast ? (
        <span className="deal-badge" data-tone="close-past" title={closePast}>
          Close date past
        </span>
      ) : null}
    </div>
  );
}

const shortNextStepLabels: Record<NextStepStatus, string> = {
  overdue: 'Overdue',
  today: 'Due today',
  none: 'No next step',
  later: 'Planned',
};
