import { nextStepStatusLabels, type NextStepStatus } from '@/domain/signals/next-step-status';

/**
 * A deal's next step as one line of text behind its status dot, in the deal's details
 * and on my day: "Overdue: call Ana (due 2026-12-01)".
 */
export function NextStepLine({ status, deal }: { status: NextStepStatus; deal: { nextStep?: string | null; nextStepDueOn?: string | null } }) {
  return (
    <>
      <span className="next-step-dot" data-status={status} aria-hidden="true" />
      {nextStepStatusLabels[status]}
      {deal.nextStep ? `: ${deal.nextStep}` : ''}
      {deal.nextStepDueOn ? ` (due ${deal.nextStepDueOn})` : ''}
    </>
  );
}
