import type { SessionUser } from '@/server/auth/session-user';
import { ZUpdateDealInput } from '@/schemas/deal';
import { calendarDateToDate } from '@/server/board/deal-card';
import { changeDeal, type DealChangeResult } from '@/server/board/change-deal';

/** Edits a deal's account, title, amount, expected close date, flag or notes. */
export async function updateDeal(options: { actor: SessionUser; dealId: string; input: unknown }): Promise<DealChangeResult> {
  const input = ZUpdateDealInput.parse(options.input);
  return changeDeal({ ...options, input }, () => {
    return {
      type: 'UPDATED',
      data: {
        account: input.account,
        title: input.title,
        amountMinor: input.amountMinor,
        expectedCloseDate: calendarDateToDate(input.expectedCloseDate),
        noteworthy: input.noteworthy,
        notes: input.notes,
      },
    };
  });
}
