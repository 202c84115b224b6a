import { ZodError } from 'zod';
import { AppError } from '@/server/errors';
import { ProblemState } from '@/components/ui/states';

// A sprint page the user may not see, or that does not exist, gets a plain explanation
// instead of an error page (as the board does).

const problemTitles: Partial<Record<AppError['code'], string>> = {
  FORBIDDEN: 'This team’s sprints are not yours to see',
  NOT_FOUND: 'There is no such sprint',
  BAD_REQUEST: 'That cannot be shown',
  UNPROCESSABLE: 'That cannot be shown',
};

export type SprintProblemText = { title: string; message: string };

/** The explanation for an error a sprint use case threw, or null for one to rethrow. */
export function describeSprintProblem(error: unknown): SprintProblemText | null {
  if (error instanceof AppError && problemTitles[error.code]) return { title: problemTitles[error.code]!, message: error.message };
  if (error instanceof ZodError) return { title: problemTitles.NOT_FOUND!, message: 'That address does not name a sprint.' };
  return null;
}

export function SprintProblem({ title, message, backHref = '/sprints', backLabel = 'Go to your sprint' }: SprintProblemText & { backHref?: string; backLabel?: string }) {
  return <ProblemState title={title} message={message} href={backHref} action={backLabel} className="sprint-page sprint-problem" titleId="sprint-problem-title" />;
}

/** Runs a use case; an error the user should read becomes `{ problem }`, anything else is rethrown. */
export async function loadOrProblem<T>(load: () => Promise<T>): Promise<{ data: T; problem: null } | { data: null; problem: SprintProblemText }> {
  try {
    return { data: await load(), problem: null };
  } catch (error) {
    const problem = describeSprintProblem(error);
    if (!problem) throw error;
    return { data: null, problem };
  }
}
