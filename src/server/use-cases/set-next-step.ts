import { ZSetNextStepInput } from '@/schemas/deal';
import { calendarDateToDate } from '@/server/board/deal-card';
import { dealChange } from '@/server/board/change-deal';

/** Sets (or clears) a deal's next step and its due date: an UPDATED DealEvent like any edit. */
export const setNextStep = dealChange({
  operation: 'set-next-step',
  schema: ZSetNextStepInput,
  plan: ({ input }) => ({ type: 'UPDATED', data: { nextStep: input.nextStep, nextStepDueOn: calendarDateToDate(input.dueOn) } }),
});
