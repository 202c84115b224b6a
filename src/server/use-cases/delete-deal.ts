import { ZVersionedInput } from '@/schemas/deal';
import { changeDeal, type DealChangeRequest, type DealChangeResult } from '@/server/board/change-deal';

/** Soft-deletes a deal: it leaves the board and can be restored (undo). */
export async function deleteDeal(options: DealChangeRequest): Promise<DealChangeResult> {
  const input = ZVersionedInput.parse(options.input);
  return changeDeal({ ...options, operation: 'delete', input, plan: ({ now }) => ({ type: 'DELETED', data: { deletedAt: now } }) });
}
