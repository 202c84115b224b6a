import type { TCommitment } from '@/schemas/sprint';
import { commitmentGoalLabels, commitmentStatusLabels } from './sprint-format';

// A commitment's state in words and colour (never colour alone), with its goal.

const statusIcons = { met: '✓', missed: '✗', open: '•' } as const;

export function CommitmentBadge({ status }: { status: TCommitment['status'] }) {
  return (
    <span className="commitment-badge" data-status={status}>
      <span aria-hidden="true">{statusIcons[status]}</span> {commitmentStatusLabels[status]}
    </span>
  );
}

export function CommitmentList({ commitments, money }: { commitments: TCommitment[]; money: (amountMinor: number) => string }) {
  return (
    <ul className="commitment-list">
      {commitments.map((commitment) => (
        <li key={commitment.id}>
          <CommitmentBadge status={commitment.status} />
          <span className="commitment-text">
            <strong>{commitment.account}</strong> · {commitment.title} · {money(commitment.amountMinor)}
            <span className="muted"> — goal: {commitmentGoalLabels[commitment.goal].toLowerCase()}</span>
          </span>
        </li>
      ))}
    </ul>
  );
}
