import { ZSetNextStepInput } from '@/schemas/deal';
import { calendarDateToDate } from '@/server/board/deal-card';
import { changeDeal, type DealChangeRequest, type DealChangeResult } from '@/server/board/change-deal';

/** Sets (or clears) a deal's next step and its due date: an UPDATED DealEvent like any edit. */
export async function setNextStep(options: DealChangeRequest): Promise<DealChangeResult> {
  const input = ZSetNextStepInput.parse(options.input);
  return changeDeal({
    ...options,
    operation: 'set-next-step',
    input,
    plan: () => ({ type: 'UPDATED', data: { nextStep: input.nextStep, nextStepDueOn: calendarDateToDate(input.dueOn) } }),
  });
}
