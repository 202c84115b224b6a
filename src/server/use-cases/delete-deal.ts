import type { SessionUser } from '@/server/auth/session-user';
import { ZVersionedInput } from '@/schemas/deal';
import { changeDeal, type DealChangeResult } from '@/server/board/change-deal';

/** Soft-deletes a deal: it leaves the board and can be restored (undo). */
export async function deleteDeal(options: { actor: SessionUser; dealId: string; input: unknown }): Promise<DealChangeResult> {
  const input = ZVersionedInput.parse(options.input);
  return changeDeal({ ...options, input }, ({ now }) => {
    return { type: 'DELETED', data: { deletedAt: now } };
  });
}
