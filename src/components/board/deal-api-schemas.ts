import { z } from 'zod';
import { ZBoard, ZDealCard, ZDealChange } from '@/schemas/deal';

export { ZDealResult } from '@/schemas/deal';

// The shapes the deal API answers with, checked in the browser. Loaded on the first
// request rather than with the board (deals-api.ts imports this module lazily), so that
// zod is not part of what the board downloads and runs before it becomes interactive.

/** What a 409 adds to the error body (ZApiErrorBody's details): the deal as it is now. */
export const ZConflictDetails = z.looseObject({ deal: ZDealCard.optional() });

export const ZDealWithHistory = z.object({ deal: ZDealCard, history: z.array(ZDealChange) });
export const ZBoardReply = z.object({ board: ZBoard });
