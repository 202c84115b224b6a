import type { TDealChange } from '@/schemas/deal';
import { describeChange, type ChangeWording } from '@/components/board/describe-change';

// Deal changes as dated sentences ("Ana moved Globex from To do to In progress"): the
// standup's "what moved" and a retrospective deal's history.

export function ChangeList({ changes, wording, subjectIsAccount = false }: { changes: TDealChange[]; wording: ChangeWording; subjectIsAccount?: boolean }) {
  return (
    <ol className="moved-list">
      {changes.map((change) => {
        const { summary, when } = describeChange(change, subjectIsAccount ? { ...wording, subject: change.deal.account } : wording);
        return (
          <li key={change.sequence}>
            <time dateTime={change.occurredAt}>{when}</time>
            <span>{summary}</span>
          </li>
        );
      })}
    </ol>
  );
}
