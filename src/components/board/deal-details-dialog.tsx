'use client';

import { useEffect, useState } from 'react';
import { formatMoney } from '@/domain/money';
import { describeTimeInColumn, staleness } from '@/domain/board/staleness';
import type { TBoardTeam, TDealCard } from '@/schemas/deal';
import { formatCalendarDate, formatInstant, stageLabels } from './board-format';
import { ApiError } from '@/lib/api-client';
import { fetchDeal, type DealWithHistory } from './deals-api';
import { describeChange } from './describe-change';
import { Dialog } from '@/components/ui/dialog';
import { DealSignalsSection } from '@/components/signals/deal-signals-section';

// A deal's details and its whole history, newest first, in a drawer. The history is
// loaded again whenever the card changes while the drawer is open.

export function DealDetailsDialog({
  dealId,
  card,
  team,
  nameOf,
  now,
  canEdit,
  onEdit,
  onMove,
  onDelete,
  onClose,
}: {
  dealId: string;
  /** The card as the board holds it (absent once it has left the board). */
  card: TDealCard | undefined;
  team: TBoardTeam | undefined;
  nameOf: (userId: string) => string | undefined;
  now: Date;
  canEdit: boolean;
  onEdit: () => void;
  onMove: () => void;
  onDelete: () => void;
  onClose: () => void;
}) {
  const [loaded, setLoaded] = useState<DealWithHistory | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [attempt, setAttempt] = useState(0);
  const version = card?.version;

  useEffect(() => {
    let isCurrent = true;
    fetchDeal(dealId)
      .then((result) => {
        if (isCurrent) {
          setLoaded(result);
          setError(null);
        }
      })
      .catch((failure: unknown) => {
        if (!isCurrent) return;
        // A refusal the user can act on is worth showing; anything else is our problem.
        const isExplained = failure instanceof ApiError && ['NOT_FOUND', 'FORBIDDEN', 'NETWORK'].includes(failure.code);
        setError(isExplained ? failure.message : 'The history could not be loaded.');
      });
    return () => {
      isCurrent = false;
    };
  }, [dealId, version, attempt]);

  const deal = card ?? loaded?.deal;
  const locale = team?.locale ?? 'en';
  const timeZone = team?.timeZone ?? 'UTC';
  const wording = { nameOf, locale, timeZone, now };

  return (
    <Dialog
      variant="drawer"
      title={deal?.account ?? 'Deal'}
      description={deal?.title}
      onClose={onClose}
      testId="deal-details"
    >
      {deal ? (
        <>
          {deal.deletedAt ? <p className="notice">This deal has been deleted.</p> : null}
          <dl className="deal-facts">
            <div>
              <dt>{deal.stage === 'COMPLETED' && deal.outcome === 'WON' ? 'Amount won' : 'Amount'}</dt>
              <dd>
                {formatMoney(
                  deal.stage === 'COMPLETED' && deal.outcome === 'WON' ? (deal.closedAmountMinor ?? deal.amountMinor) : deal.amountMinor,
                  deal.currency,
                  locale,
                )}
              </dd>
            </div>
            <div>
              <dt>Column</dt>
              <dd>
                {stageLabels[deal.stage]}
                {deal.outcome ? ` · ${deal.outcome === 'WON' ? 'Won' : 'Lost'}` : ''}
                {team &&
                staleness(
                  { stage: deal.stage, stageChangedAt: new Date(deal.stageChangedAt), lastActivityAt: deal.lastActivityAt ? new Date(deal.lastActivityAt) : null },
                  { staleAfterDays: team.staleAfterDays, byStage: team.staleAfterDaysByStage },
                  now,
                ).isStale
                  ? ' · Stale'
                  : ''}
              </dd>
            </div>
            <div>
              <dt>Owner</dt>
              <dd>{nameOf(deal.ownerId) ?? 'Another rep'}</dd>
            </div>
            <div>
              <dt>{deal.closedAt ? 'Closed' : 'Expected close'}</dt>
              <dd>
                {deal.closedAt
                  ? formatInstant(deal.closedAt, locale, timeZone)
                  : deal.expectedCloseDate
                    ? formatCalendarDate(deal.expectedCloseDate, locale, now.getUTCFullYear())
                    : 'Not set'}
              </dd>
            </div>
            <div>
              <dt>In this column</dt>
              <dd>{describeTimeInColumn(new Date(deal.stageChangedAt), now, timeZone)}</dd>
            </div>
            <div>
              <dt>Noteworthy</dt>
              <dd>{deal.noteworthy ? 'Yes' : 'No'}</dd>
            </div>
          </dl>
          <DealSignalsSection deal={deal} team={team} history={loaded?.history ?? null} now={now} canEdit={canEdit && !deal.deletedAt} />
          {deal.notes ? (
            <section className="deal-notes" aria-label="Notes">
              <h3 className="deal-section-title">Notes</h3>
              <p>{deal.notes}</p>
            </section>
          ) : null}
          {canEdit && card && !card.deletedAt ? (
            <div className="deal-actions">
              <button type="button" className="button secondary" onClick={onEdit}>
                Edit
              </button>
              <button type="button" className="button secondary" onClick={onMove}>
                Move…
              </button>
              <button type="button" className="button danger" onClick={onDelete}>
                Delete
              </button>
            </div>
          ) : null}
        </>
      ) : null}
      <section aria-labelledby="deal-history-heading" className="deal-history">
        <h3 id="deal-history-heading" className="deal-section-title">
          History
        </h3>
        {error ? (
          <div className="alert board-history-error" role="alert">
            <span>{error}</span>
            <button type="button" className="board-link-button" onClick={() => setAttempt((count) => count + 1)}>
              Try again
            </button>
          </div>
        ) : !loaded ? (
          <p className="board-muted" role="status">
            Loading the history…
          </p>
        ) : (
          <ol className="deal-history-list" data-testid="deal-history">
            {[...loaded.history].reverse().map((change) => {
              const { summary, when } = describeChange(change, wording);
              return (
                <li key={change.sequence}>
                  <span className="deal-history-summary">{summary}</span>
                  <span className="deal-history-when">
                    <span aria-hidden="true"> · </span>
                    <time dateTime={change.occurredAt}>{when}</time>
                  </span>
                </li>
              );
            })}
          </ol>
        )}
      </section>
    </Dialog>
  );
}
