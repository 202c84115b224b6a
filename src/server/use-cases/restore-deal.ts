import type { SessionUser } from '@/server/auth/session-user';
import { AppError } from '@/server/errors';
import { ZVersionedInput } from '@/schemas/deal';
import { changeDeal, type DealChangeResult } from '@/server/board/change-deal';

/** Brings a soft-deleted deal back where it was. */
export async function restoreDeal(options: { actor: SessionUser; dealId: string; input: unknown }): Promise<DealChangeResult> {
  const input = ZVersionedInput.parse(options.input);
  return changeDeal({ ...options, input, allowDeleted: true }, ({ deal }) => {
    if (!deal.deletedAt) throw new AppError('UNPROCESSABLE', 'This deal is not deleted.');
    return { type: 'RESTORED', data: { deletedAt: null } };
  });
}
