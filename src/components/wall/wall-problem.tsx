import { ProblemState } from '@/components/ui/states';

// A plain explanation in place of a wall or chart that cannot be shown.

export function WallProblem({ title, message, href = '/wall', action = 'Go to the wall' }: { title: string; message: string; href?: string; action?: string }) {
  return <ProblemState title={title} message={message} href={href} action={action} className="wall-problem" titleId="wall-problem-title" />;
}
