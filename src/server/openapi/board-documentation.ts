import { z } from 'zod';
import { ZBoard } from '@/schemas/deal';
import { ZMonthParameter } from '@/schemas/query';
import type { OperationDescription } from './describe-route';

/** The one GET every board route answers; its summary and description differ by scope. */
export function boardOperation(summary: string, description: string, errors: OperationDescription['errors']): OperationDescription {
  return {
    summary,
    description: `${description} Completed shows the deals closed in one month, in each team's time zone: the current month unless \`completedMonth\` names another.`,
    tag: 'Boards',
    query: z.object({
      completedMonth: ZMonthParameter.optional().meta({ description: 'The month shown in Completed, YYYY-MM (default: the current month)' }),
    }),
    responses: { 200: { description: 'The board', schema: z.object({ board: ZBoard }) } },
    errors,
  };
}
