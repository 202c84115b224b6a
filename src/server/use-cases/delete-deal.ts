import { ZVersionedInput } from '@/schemas/deal';
import { dealChange } from '@/server/board/change-deal';

/** Soft-deletes a deal: it leaves the board and can be restored (undo). */
export const deleteDeal = dealChange({
  operation: 'delete',
  schema: ZVersionedInput,
  plan: ({ now }) => ({ type: 'DELETED', data: { deletedAt: now } }),
});
