import { AppError } from '@/server/errors';
import { ZVersionedInput } from '@/schemas/deal';
import { dealChange } from '@/server/board/change-deal';

/** Brings a soft-deleted deal back where it was. */
export const restoreDeal = dealChange({
  operation: 'restore',
  schema: ZVersionedInput,
  allowDeleted: true,
  plan: ({ deal }) => {
    if (!deal.deletedAt) throw new AppError('UNPROCESSABLE', 'This deal is not deleted.');
    return { type: 'RESTORED', data: { deletedAt: null } };
  },
});
