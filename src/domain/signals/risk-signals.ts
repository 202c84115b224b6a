import type { TDealStage } from '@/schemas/deal';
import { staleness, type StaleThresholds } from '@/domain/board/staleness';
import { hasChampionLeft, type DealContact } from './contacts';
import { localDateKey, nextStepStatus } from './next-step-status';
import type { PushSummary } from './close-date-pushes';

// Named risk signals for an open deal, each with the reason it applies. Pure: the board,
// the deal's details, the standup and the revenue simulation all call this one function.

export const riskSignalKinds = ['pushed', 'stale', 'champion-gone', 'next-step-overdue', 'close-date-past'] as const;
export type RiskSignalKind = (typeof riskSignalKinds)[number];
export type RiskSignal = { kind: RiskSignalKind; label: string; why: string };

export type RiskInput = {
  stage: TDealStage;
  expectedCloseDate: string | null;
  stageChangedAt: Date;
  lastActivityAt?: Date | null;
  deletedAt?: Date | null;
  nextStepDueOn?: string | null;
  contacts?: readonly DealContact[];
};

export type RiskContext = {
  pushes: Pick<PushSummary, 'pushCount' | 'pushedDays' | 'isSlipping'>;
  thresholds: StaleThresholds;
  now: Date;
  /** The office's zone: "today" and "past" are its calendar days. */
  timeZone: string;
};

export const riskSignalLabels: Record<RiskSignalKind, string> = {
  pushed: 'Pushed',
  stale: 'Stale',
  'champion-gone': 'Champion left',
  'next-step-overdue': 'Next step overdue',
  'close-date-past': 'Close date past',
};

const plural = (count: number, unit: string) => `${count} ${unit}${count === 1 ? '' : 's'}`;

/** The signals that apply to a deal, in a fixed order; none for a closed or deleted deal. */
export function riskSignals(deal: RiskInput, context: RiskContext): RiskSignal[] {
  if (deal.stage === 'COMPLETED' || deal.deletedAt) return [];
  const signals: RiskSignal[] = [];
  const add = (kind: RiskSignalKind, why: string) => signals.push({ kind, label: riskSignalLabels[kind], why });

  if (context.pushes.pushCount > 0) {
    add('pushed', `Close date moved later ${plural(context.pushes.pushCount, 'time')}, ${plural(context.pushes.pushedDays, 'day')} in all.`);
  }
  const stale = staleness(deal, context.thresholds, context.now);
  if (stale.isStale) {
    add('stale', `No move or activity for ${plural(stale.idleDays, 'day')}; this column flags after ${stale.staleAfterDays}.`);
  }
  if (deal.contacts && hasChampionLeft(deal.contacts)) {
    const gone = deal.contacts.find((contact) => contact.isChampion && contact.hasLeft);
    add('champion-gone', `${gone?.name ?? 'The champion'} has gone and no new champion is named.`);
  }
  if (nextStepStatus(deal.nextStepDueOn, context.now, context.timeZone) === 'overdue') {
    add('next-step-overdue', `The next step was due on ${deal.nextStepDueOn}.`);
  }
  const today = localDateKey(context.now, context.timeZone);
  if (deal.expectedCloseDate !== null && deal.expectedCloseDate < today) {
    add('close-date-past', `Expected to close on ${deal.expectedCloseDate}, which has passed.`);
  }
  return signals;
}
