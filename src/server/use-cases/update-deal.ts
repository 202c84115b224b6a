import { prisma } from '@/server/db';
import { AppError } from '@/server/errors';
import { planStaleEdit, type EditableValue } from '@/domain/board/stale-edit';
import { editableDealFields, ZDealCard, ZUpdateDealInput, type TEditableDealField, type TDealCard } from '@/schemas/deal';
import { calendarDateToDate, toDealCard } from '@/server/board/deal-card';
import { dealChange } from '@/server/board/change-deal';

type EditableValues = Record<TEditableDealField, EditableValue>;

function editableValuesOf(card: TDealCard): EditableValues {
  return Object.fromEntries(editableDealFields.map((field) => [field, card[field]])) as EditableValues;
}

/**
 * The deal as it was at `version`, from its event log: the state an event left it in, or
 * the state the next event started from (null when neither is recorded).
 */
async function findCardAtVersion(dealId: string, version: number): Promise<TDealCard | null> {
  const events = await prisma.dealEvent.findMany({ where: { dealId }, orderBy: { sequence: 'desc' }, select: { before: true, after: true }, take: 200 });
  for (const event of events) {
    for (const snapshot of [event.after, event.before]) {
      const card = ZDealCard.safeParse(snapshot);
      if (card.success && card.data.version === version) return card.data;
    }
  }
  return null;
}

/**
 * Edits a deal's account, title, amount, expected close date, flag or notes. Only the
 * fields sent change. An edit based on an older version still applies when none of its
 * fields changed since that version (someone else's change to other fields is kept);
 * a field changed meanwhile to another value is a 409 with the current card and, for
 * each such field, the value at the form's version, theirs and yours.
 */
export const updateDeal = dealChange({
  operation: 'update',
  schema: ZUpdateDealInput,
  whenStale: async ({ deal, baseVersion, input }) => {
    const edit: Partial<EditableValues> = {};
    for (const field of editableDealFields) if (input[field] !== undefined) edit[field] = input[field];
    const current = toDealCard(deal);
    const base = await findCardAtVersion(deal.id, baseVersion);
    const plan = planStaleEdit({ base: base ? editableValuesOf(base) : null, current: editableValuesOf(current), edit });
    if (plan.kind === 'conflict') {
      const fields = plan.conflicts.map((conflict) => conflict.field).join(', ');
      throw new AppError(
        'CONFLICT',
        `Someone else changed ${fields} while you were editing this deal. Choose their value or yours for each, then save again.`,
        { deal: current, conflicts: plan.conflicts },
      );
    }
  },
  plan: ({ input }) => ({
    type: 'UPDATED',
    data: {
      account: input.account,
      title: input.title,
      amountMinor: input.amountMinor,
      expectedCloseDate: calendarDateToDate(input.expectedCloseDate),
      noteworthy: input.noteworthy,
      notes: input.notes,
    },
  }),
});
