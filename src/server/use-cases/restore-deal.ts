import { AppError } from '@/server/errors';
import { ZVersionedInput } from '@/schemas/deal';
import { changeDeal, type DealChangeRequest, type DealChangeResult } from '@/server/board/change-deal';

/** Brings a soft-deleted deal back where it was. */
export async function restoreDeal(options: DealChangeRequest): Promise<DealChangeResult> {
  const input = ZVersionedInput.parse(options.input);
  return changeDeal({
    ...options,
    operation: 'restore',
    input,
    allowDeleted: true,
    plan: ({ deal }) => {
      if (!deal.deletedAt) throw new AppError('UNPROCESSABLE', 'This deal is not deleted.');
      return { type: 'RESTORED', data: { deletedAt: null } };
    },
  });
}
