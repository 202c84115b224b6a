import type { Deal } from '@/generated/prisma/client';
import { ZDealContacts, type TDealCard, type TDealContact } from '@/schemas/deal';

/** The card the browser sees for a deal row. */
export function toDealCard(deal: Deal): TDealCard {
  return {
    id: deal.id,
    account: deal.account,
    title: deal.title,
    amountMinor: deal.amountMinor,
    currency: deal.currency,
    stage: deal.stage,
    outcome: deal.outcome,
    closedAmountMinor: deal.closedAmountMinor,
    closedAt: deal.closedAt?.toISOString() ?? null,
    expectedCloseDate: deal.expectedCloseDate?.toISOString().slice(0, 10) ?? null,
    ownerId: deal.ownerId,
    teamId: deal.teamId,
    position: deal.position,
    noteworthy: deal.noteworthy,
    notes: deal.notes,
    version: deal.version,
    stageChangedAt: deal.stageChangedAt.toISOString(),
    createdAt: deal.createdAt.toISOString(),
    updatedAt: deal.updatedAt.toISOString(),
    deletedAt: deal.deletedAt?.toISOString() ?? null,
    nextStep: deal.nextStep,
    nextStepDueOn: deal.nextStepDueOn?.toISOString().slice(0, 10) ?? null,
    lastActivityAt: deal.lastActivityAt?.toISOString() ?? null,
    lastActivityType: deal.lastActivityType,
    lastActivityNote: deal.lastActivityNote,
    contacts: readContacts(deal.contacts),
  };
}

/** A YYYY-MM-DD calendar date as the UTC-midnight Date a DATE column holds. */
export function calendarDateToDate(value: string | null | undefined): Date | null | undefined {
  if (value === undefined) return undefined;
  return value === null ? null : new Date(`${value}T00:00:00Z`);
}

/** The contacts column as the card carries it (a row that somehow holds junk reads as none). */
export function readContacts(value: unknown): TDealContact[] {
  const parsed = ZDealContacts.safeParse(value ?? []);
  return parsed.success ? parsed.data : [];
}
