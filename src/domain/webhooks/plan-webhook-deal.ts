import type { TDealStage } from '@/schemas/deal';
import { readAmount } from '@/domain/import/source-values';
import { guessStage, stageKey } from '@/domain/import/stage-mapping';
import type { ImportSource } from '@/domain/import/presets';
import { isLater, type FieldClock } from './field-clock';
import type { WebhookSource } from './normalized-event';

// From what a source last said about a deal (its field clock) to the deal Cadence should
// show, and from there to the one versioned change that gets it there. Stages go through
// the source's stage mapping (shared with the import); owners through its owner mapping,
// or a person with that email. A deal whose owner Cadence cannot name waits, unassigned.

export type DealValues = {
  title?: string;
  account?: string;
  amountMinor?: number;
  stage?: TDealStage;
  outcome?: 'WON' | 'LOST' | null;
  closedAt?: Date | null;
  expectedCloseDate?: string | null;
  ownerId?: string;
  isDeleted: boolean;
};

export type DealPlan = { values: DealValues; waiting: string | null; problem: string | null };

const sourceLabels: Record<WebhookSource, string> = { hubspot: 'HubSpot', pipedrive: 'Pipedrive', salesforce: 'Salesforce', generic: 'CRM' };

/** The import preset whose stage names a webhook source's stages are guessed from. */
function presetOf(source: WebhookSource): ImportSource {
  return source === 'generic' ? 'csv' : source;
}

export function planWebhookDeal(options: {
  source: WebhookSource;
  externalId: string;
  clock: FieldClock;
  /** The Cadence deal exists already (absent fields keep its values). */
  exists: boolean;
  stages: Record<string, TDealStage>;
  resolveOwner: (reference: string) => string | null;
  /** The currency amounts are read in: the owner's office currency. */
  currency: string;
}): DealPlan {
  const { clock } = options;
  const values: DealValues = { isDeleted: clock.deleted?.value === 'true' };
  let waiting: string | null = null;
  let problem: string | null = null;

  const title = clock.title?.value?.trim();
  if (title) values.title = title.slice(0, 200);
  else if (!options.exists) values.title = `${sourceLabels[options.source]} deal ${options.externalId}`;
  const account = clock.account?.value?.trim();
  if (account) values.account = account.slice(0, 200);
  else if (!options.exists) values.account = values.title ?? '';

  if (clock.amount) {
    const amount = readAmount(clock.amount.value ?? '', options.currency);
    if (amount.ok) values.amountMinor = Math.max(0, amount.value);
    else problem = `Amount "${clock.amount.value}": ${amount.message}`;
  } else if (!options.exists) values.amountMinor = 0;

  const outcome = clock.outcome?.value === 'WON' || clock.outcome?.value === 'LOST' ? clock.outcome.value : null;
  const isClosedLatest = outcome !== null && clock.outcome && !isLater(clock.stage ?? { at: '1970-01-01T00:00:00Z', eventId: '' }, clock.outcome);
  let stage: TDealStage | undefined;
  if (clock.stage?.value) {
    const key = stageKey(clock.stage.value);
    stage = options.stages[key] ?? guessStage(key, presetOf(options.source)) ?? undefined;
    if (!stage && !isClosedLatest) waiting = `Stage "${key}" is not mapped to a column.`;
  }
  if (isClosedLatest || (stage === 'COMPLETED' && outcome)) {
    values.stage = 'COMPLETED';
    values.outcome = outcome;
    const closedAt = clock.closedAt?.value ?? clock.closeDate?.value ?? clock.outcome?.at ?? null;
    values.closedAt = closedAt ? new Date(closedAt) : null;
  } else if (stage === 'COMPLETED') {
    problem = `Stage "${clock.stage?.value}" is mapped to Completed, but the source did not say whether the deal was won or lost.`;
  } else if (stage) {
    values.stage = stage;
    values.outcome = null;
    values.closedAt = null;
  } else if (!options.exists && !waiting) {
    values.stage = 'BACKLOG';
    values.outcome = null;
  }
  if (clock.closeDate) values.expectedCloseDate = clock.closeDate.value ? clock.closeDate.value.slice(0, 10) : null;

  const ownerReference = clock.owner?.value?.trim();
  if (ownerReference) {
    const ownerId = options.resolveOwner(ownerReference);
    if (ownerId) values.ownerId = ownerId;
    else waiting ??= `Owner "${ownerReference}" is not mapped to a person in Cadence.`;
  } else if (!options.exists) waiting ??= `${sourceLabels[options.source]} has not named the deal’s owner yet.`;

  return { values, waiting, problem };
}

/** The deal as Cadence has it, as far as a webhook can change it. */
export type CurrentDeal = {
  title: string;
  account: string;
  amountMinor: number;
  stage: TDealStage;
  outcome: 'WON' | 'LOST' | null;
  closedAmountMinor: number | null;
  closedAt: Date | null;
  expectedCloseDate: Date | null;
  ownerId: string;
  deletedAt: Date | null;
};

export type DealWriteType = 'UPDATED' | 'MOVED' | 'CLOSED' | 'REOPENED' | 'REASSIGNED' | 'DELETED' | 'RESTORED';

export type DealWrite = {
  type: DealWriteType;
  data: {
    title?: string;
    account?: string;
    amountMinor?: number;
    stage?: TDealStage;
    outcome?: 'WON' | 'LOST' | null;
    closedAmountMinor?: number | null;
    closedAt?: Date | null;
    expectedCloseDate?: Date | null;
    ownerId?: string;
    deletedAt?: Date | null;
    stageChangedAt?: Date;
  };
  isStageOrOwnerChanged: boolean;
};

const sameTime = (a: Date | null, b: Date | null) => (a?.getTime() ?? null) === (b?.getTime() ?? null);

/** The change that brings `current` to `values`, or null when it already agrees. */
export function planDealWrite(current: CurrentDeal, values: DealValues, now: Date): DealWrite | null {
  const data: DealWrite['data'] = {};
  if (values.isDeleted && !current.deletedAt) return { type: 'DELETED', data: { deletedAt: now }, isStageOrOwnerChanged: false };
  if (values.isDeleted) return null;
  if (values.title !== undefined && values.title !== current.title) data.title = values.title;
  if (values.account !== undefined && values.account !== current.account) data.account = values.account;
  if (values.amountMinor !== undefined && values.amountMinor !== current.amountMinor) data.amountMinor = values.amountMinor;
  if (values.expectedCloseDate !== undefined) {
    const date = values.expectedCloseDate ? new Date(`${values.expectedCloseDate}T00:00:00.000Z`) : null;
    if (!sameTime(date, current.expectedCloseDate)) data.expectedCloseDate = date;
  }
  if (values.ownerId !== undefined && values.ownerId !== current.ownerId) data.ownerId = values.ownerId;
  const stage = values.stage ?? current.stage;
  if (stage !== current.stage) {
    data.stage = stage;
    data.stageChangedAt = now;
  }
  if (stage === 'COMPLETED') {
    const outcome = values.outcome === undefined ? current.outcome : values.outcome;
    if (outcome !== current.outcome) data.outcome = outcome;
    const closedAt = values.closedAt === undefined ? current.closedAt : (values.closedAt ?? current.closedAt ?? now);
    if (!sameTime(closedAt, current.closedAt)) data.closedAt = closedAt;
    const closedAmount = data.amountMinor ?? current.amountMinor;
    if (closedAmount !== current.closedAmountMinor) data.closedAmountMinor = closedAmount;
  } else if (current.stage === 'COMPLETED') {
    data.outcome = null;
    data.closedAt = null;
    data.closedAmountMinor = null;
  }
  const isRestored = current.deletedAt !== null;
  if (isRestored) data.deletedAt = null;
  if (Object.keys(data).length === 0) return null;
  const type: DealWriteType = isRestored
    ? 'RESTORED'
    : stage === 'COMPLETED' && (current.stage !== 'COMPLETED' || data.outcome !== undefined)
      ? 'CLOSED'
      : current.stage === 'COMPLETED' && stage !== 'COMPLETED'
        ? 'REOPENED'
        : data.ownerId
          ? 'REASSIGNED'
          : data.stage
            ? 'MOVED'
            : 'UPDATED';
  return { type, data, isStageOrOwnerChanged: data.stage !== undefined || data.ownerId !== undefined || isRestored };
}
