import { ZLogActivityInput } from '@/schemas/deal';
import { AppError } from '@/server/errors';
import { calendarDateToDate } from '@/server/board/deal-card';
import { dealChange } from '@/server/board/change-deal';

/**
 * Logs a call, email, meeting or note on an open deal, optionally setting the next step
 * in the same change. The deal's lastActivity* fields take it (which resets its stale
 * clock) and the ACTIVITY_LOGGED DealEvent is the activity's record: one statement.
 */
export const logActivity = dealChange({
  operation: 'log-activity',
  schema: ZLogActivityInput,
  plan: ({ deal, now, input }) => {
    if (deal.stage === 'COMPLETED') throw new AppError('UNPROCESSABLE', 'This deal is closed: reopen it to log activity on it.');
    return {
      type: 'ACTIVITY_LOGGED',
      data: {
        lastActivityAt: now,
        lastActivityType: input.type,
        lastActivityNote: input.note,
        ...(input.nextStep
          ? { nextStep: input.nextStep.nextStep, nextStepDueOn: calendarDateToDate(input.nextStep.dueOn) }
          : {}),
      },
    };
  },
});
