import { z } from 'zod';
import { ZBoard } from '@/schemas/deal';
import { ZMonthParameter } from '@/schemas/query';
import { describeRoute, type OperationDescription } from './describe-route';

/** A board route: the one GET every board answers; its summary, description and errors differ by scope. */
export function describeBoardRoute<Path extends string>(path: Path, summary: string, description: string, errors: OperationDescription['errors']) {
  return describeRoute({ path, tag: 'Boards', operations: { get: boardOperation(summary, description, errors) } });
}

function boardOperation(summary: string, description: string, errors: OperationDescription['errors']): Omit<OperationDescription, 'tag'> {
  return {
    summary,
    description: `${description} Completed shows the deals closed in one month, in each team's time zone: the current month unless \`completedMonth\` names another.`,
    query: z.object({
      completedMonth: ZMonthParameter.optional().meta({ description: 'The month shown in Completed, YYYY-MM (default: the current month)' }),
    }),
    responses: { 200: { description: 'The board', schema: z.object({ board: ZBoard }) } },
    errors,
  };
}
