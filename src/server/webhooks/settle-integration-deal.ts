import { randomUUID } from 'node:crypto';
import type { Deal } from '@/generated/prisma/client';
import type { TransactionClient } from '@/server/db';
import type { TDealChange } from '@/schemas/deal';
import { positionBetween } from '@/domain/board/positions';
import type { ImportSource } from '@/domain/import/presets';
import type { FieldClock } from '@/domain/webhooks/field-clock';
import type { WebhookSource } from '@/domain/webhooks/normalized-event';
import { planDealWrite, planWebhookDeal } from '@/domain/webhooks/plan-webhook-deal';
import { loadSourceMappings, type RememberedMappings } from '@/server/import/source-mappings';
import { placeDeal } from '@/server/board/place-deal';
import { recordDealChange, writeDealUpdate } from '@/server/board/record-deal-change';

// Brings one CRM deal's Cadence deal in line with what the CRM last said (its field
// clock): creates it when it is new and its owner is known, changes it through the
// versioned write (one DealEvent, the connection as actor) when it differs, or leaves it
// waiting when its owner or stage cannot be mapped yet. The write itself is returned as a
// step for the caller to run last in its transaction, because it takes the deal-event
// order lock, which is held until the commit.

export type Actor = { id: string; name: string };

export type Settlement = {
  dealId: string | null;
  waiting: string | null;
  problem: string | null;
  write: (() => Promise<TDealChange>) | null;
};

/** A board user changed the deal between our read and our write: try the event again. */
export class DealRaceError extends Error {
  constructor() {
    super('The deal changed while the webhook was being applied.');
    this.name = 'DealRaceError';
  }
}

type Owner = { id: string; teamId: string; currency: string };

async function findOwner(tx: TransactionClient, source: WebhookSource, reference: string): Promise<Owner | null> {
  const mapped = await tx.sourceMapping.findUnique({ where: { source_kind_key: { source, kind: 'OWNER', key: reference } } });
  let personId = mapped?.value ?? null;
  if (!personId) {
    const imported = await tx.externalRecord.findUnique({ where: { source_kind_externalId: { source, kind: 'PERSON', externalId: reference } } });
    personId = imported?.recordId ?? null;
  }
  const select = { id: true, active: true, teamId: true, team: { select: { office: { select: { currency: true } } } } } as const;
  const user = personId
    ? await tx.user.findUnique({ where: { id: personId }, select })
    : reference.includes('@')
      ? await tx.user.findUnique({ where: { email: reference.trim().toLowerCase() }, select })
      : null;
  if (!user || !user.active || !user.teamId || !user.team) return null;
  return { id: user.id, teamId: user.teamId, currency: user.team.office.currency };
}

export async function findIntegrationDeal(tx: TransactionClient, source: WebhookSource, externalId: string, knownDealId: string | null): Promise<Deal | null> {
  const dealId = knownDealId ?? (await tx.externalRecord.findUnique({ where: { source_kind_externalId: { source, kind: 'DEAL', externalId } } }))?.recordId;
  return dealId ? tx.deal.findUnique({ where: { id: dealId } }) : null;
}

export async function settleIntegrationDeal(
  tx: TransactionClient,
  options: {
    source: WebhookSource;
    externalId: string;
    clock: FieldClock;
    knownDealId: string | null;
    actor: Actor;
    now: Date;
    /**
     * The CRM's owner has not changed since the deal was last settled (and it was not
     * waiting for one): an existing deal keeps the owner it has, without looking it up.
     */
    isOwnerSettled?: boolean;
    /** The source's stage mappings, when the caller has read them already (a batch reads them once). */
    stages?: RememberedMappings['stages'];
  },
): Promise<Settlement> {
  const { source, externalId, actor, now } = options;
  const deal = await findIntegrationDeal(tx, source, externalId, options.knownDealId);
  const clock = deal && options.isOwnerSettled ? { ...options.clock, owner: undefined } : options.clock;
  const ownerReference = clock.owner?.value?.trim() || null;
  const owner = ownerReference ? await findOwner(tx, source, ownerReference) : null;
  const stages = options.stages ?? (await loadSourceMappings(source as ImportSource, tx)).stages;
  const plan = planWebhookDeal({
    source,
    externalId,
    clock,
    exists: deal !== null,
    stages,
    resolveOwner: (reference) => (reference === ownerReference && owner ? owner.id : null),
    currency: deal?.currency ?? owner?.currency ?? 'USD',
  });
  if (plan.problem) return { dealId: deal?.id ?? null, waiting: plan.waiting, problem: plan.problem, write: null };
  const values = plan.values;

  if (!deal) {
    if (plan.waiting || values.isDeleted || !owner) return { dealId: null, waiting: plan.waiting, problem: null, write: null };
    const dealId = randomUUID();
    const stage = values.stage ?? 'BACKLOG';
    const amountMinor = values.amountMinor ?? 0;
    const isClosed = stage === 'COMPLETED';
    return {
      dealId,
      waiting: null,
      problem: null,
      write: async () => {
        const top = await tx.deal.findFirst({ where: { ownerId: owner.id, stage, deletedAt: null }, orderBy: { position: 'asc' }, select: { position: true } });
        const created = await tx.deal.create({
          data: {
            id: dealId,
            account: values.account ?? '',
            title: values.title ?? externalId,
            amountMinor,
            currency: owner.currency,
            stage,
            outcome: isClosed ? (values.outcome ?? null) : null,
            closedAmountMinor: isClosed ? amountMinor : null,
            closedAt: isClosed ? (values.closedAt ?? now) : null,
            expectedCloseDate: values.expectedCloseDate ? new Date(`${values.expectedCloseDate}T00:00:00.000Z`) : null,
            ownerId: owner.id,
            teamId: owner.teamId,
            position: positionBetween(null, top?.position ?? null),
            stageChangedAt: now,
          },
        });
        await tx.externalRecord.upsert({
          where: { source_kind_externalId: { source, kind: 'DEAL', externalId } },
          create: { source, kind: 'DEAL', externalId, recordId: dealId },
          update: { recordId: dealId },
        });
        return recordDealChange(tx, { type: 'CREATED', before: null, after: created, actor });
      },
    };
  }

  const planned = planDealWrite(deal, { ...values, ownerId: values.ownerId }, now);
  if (!planned) return { dealId: deal.id, waiting: plan.waiting, problem: null, write: null };
  return {
    dealId: deal.id,
    waiting: plan.waiting,
    problem: null,
    write: async () => {
      const data: Parameters<typeof writeDealUpdate>[1]['data'] = { ...planned.data };
      if (planned.data.ownerId && owner) data.teamId = owner.teamId;
      if (planned.isStageOrOwnerChanged) {
        const placement = await placeDeal(tx, { dealId: deal.id, ownerId: data.ownerId ?? deal.ownerId, stage: data.stage ?? deal.stage, isTopByDefault: true });
        data.position = placement.position;
      }
      const written = await writeDealUpdate(tx, { type: planned.type, before: deal, data, actor, now });
      if (!written) throw new DealRaceError();
      return written.change;
    },
  };
}
