'use client';

import { useCallback, useEffect, useLayoutEffect, useRef, useState } from 'react';
import { formatMoney } from '@/domain/money';
import { replaceById } from '@/domain/replace-by-id';
import type { TActionItem, TBlocker, TStandup, TStandupRep } from '@/schemas/sprint';
import { FormAlert } from '@/components/ui/field';
import { useBusyAction } from '@/components/ui/use-busy-action';
import { stageLabels, formatInstant } from '@/components/board/board-format';
import { ChangeList } from './change-list';
import { FlowSummary } from '@/components/signals/flow-summary';
import { ActionItemList } from './action-item-list';
import { BlockerList } from './blocker-list';
import { CommitmentList } from './commitment-badge';
import { PaceBar } from './pace-bar';
import { daysSince, describeCommitmentsMet, formatDays, formatTimeOfDay } from './sprint-format';
import { addBlocker, readStandup, requestFinishStandup, setActionItemDone, setBlockerResolved } from './sprints-api';
import { useTeamLive } from './use-team-live';
import { standupKeyStep, stepRep } from './standup-navigation';

// Standup mode: one screen for a shared display or a call. It goes rep by rep (buttons or
// ←/→): what moved since the last standup, stuck deals, commitments, pace, blockers and
// action items; beside it every open action item of the team.

function RepPanel({
  standup,
  rep,
  now,
  onAddBlocker,
  onResolveBlocker,
  onToggleItem,
  busyItemId,
  canTick,
}: {
  standup: TStandup;
  rep: TStandupRep;
  now: Date;
  onAddBlocker: (text: string) => Promise<void>;
  onResolveBlocker: (blocker: TBlocker, resolved: boolean) => Promise<void>;
  onToggleItem: (item: TActionItem, done: boolean) => void;
  busyItemId: string | null;
  canTick: (item: TActionItem) => boolean;
}) {
  const { team } = standup;
  const money = (amountMinor: number) => formatMoney(amountMinor, team.currency, team.locale);
  const names = new Map(standup.reps.map((item) => [item.userId, item.name]));
  const wording = { nameOf: (userId: string) => names.get(userId), locale: team.locale, timeZone: team.timeZone, now };
  const met = rep.commitments.filter((commitment) => commitment.status === 'met').length;
  const missed = rep.commitments.filter((commitment) => commitment.status === 'missed').length;
  const sinceLabel = standup.lastStandupAt ? `since the last standup (${formatInstant(standup.lastStandupAt, team.locale, team.timeZone)})` : `since ${formatInstant(standup.since, team.locale, team.timeZone)}`;

  return (
    <section className="standup-rep" aria-labelledby="standup-rep-name">
      <h2 id="standup-rep-name" className="standup-rep-name">
        <span className="swatch" style={{ background: rep.colour }} aria-hidden="true" />
        {rep.name}
      </h2>

      <div className="standup-grid">
        <section className="standup-block standup-moved" aria-labelledby="standup-moved-title">
          <h3 id="standup-moved-title">What moved {sinceLabel}</h3>
          {rep.moved.length === 0 ? (
            <p className="empty">Nothing moved since the last standup</p>
          ) : (
            <ChangeList changes={rep.moved} wording={wording} subjectIsAccount />
          )}
        </section>

        <section className="standup-block" aria-labelledby="standup-stuck-title">
          <h3 id="standup-stuck-title">Stuck deals (no move or activity for the column’s stale days)</h3>
          {rep.stuck.length === 0 ? (
            <p className="empty">No stuck deals</p>
          ) : (
            <ul className="stuck-list">
              {rep.stuck.map((deal) => (
                <li key={deal.id}>
                  <strong>{deal.account}</strong> · {deal.title} · {money(deal.amountMinor)}
                  <span className="stuck-days">
                    {formatDays(daysSince(deal.stageChangedAt, now))} in {stageLabels[deal.stage]}
                  </span>
                </li>
              ))}
            </ul>
          )}
        </section>

        <section className="standup-block" aria-labelledby="standup-risk-title" data-testid="standup-at-risk">
          <h3 id="standup-risk-title">At risk</h3>
          {rep.atRisk.length === 0 ? (
            <p className="empty">No deal at risk</p>
          ) : (
            <ul className="risk-list">
              {rep.atRisk.map(({ deal, signals }) => (
                <li key={deal.id}>
                  <strong>{deal.account}</strong> · {deal.title} · {money(deal.amountMinor)}
                  <ul className="risk-chips" aria-label="Risk signals">
                    {signals.map((signal) => (
                      <li key={signal.kind} className="risk-chip" data-kind={signal.kind} title={signal.why}>
                        {signal.label}
                      </li>
                    ))}
                  </ul>
                  {signals.map((signal) => (
                    <span key={signal.kind} className="risk-why">
                      {signal.why}
                    </span>
                  ))}
                </li>
              ))}
            </ul>
          )}
        </section>

        <section className="standup-block" aria-labelledby="standup-commitments-title">
          <h3 id="standup-commitments-title">Commitments this sprint</h3>
          {rep.commitments.length === 0 ? (
            <p className="empty">No commitments this sprint</p>
          ) : (
            <>
              <p className="muted">{describeCommitmentsMet(rep.commitments.length, met, missed)}</p>
              <CommitmentList commitments={rep.commitments} money={money} />
            </>
          )}
          {rep.forecast ? (
            <p className="muted small">
              Forecast for the month: commit {money(rep.forecast.commitMinor)}, best case {money(rep.forecast.bestCaseMinor)}
            </p>
          ) : (
            <p className="muted small">No forecast for the month yet</p>
          )}
        </section>

        <section className="standup-block standup-pace" aria-labelledby="standup-pace-title">
          <h3 id="standup-pace-title">Pace this month</h3>
          {rep.pace ? <PaceBar bar={rep.pace} /> : <p className="empty">No goal set this month</p>}
        </section>

        <section className="standup-block" aria-labelledby="standup-blockers-title">
          <h3 id="standup-blockers-title">Blockers</h3>
          <BlockerList
            key={rep.userId}
            repName={rep.name}
            blockers={rep.blockers}
            canEdit={standup.canRunRituals}
            locale={team.locale}
            timeZone={team.timeZone}
            onAdd={onAddBlocker}
            onResolve={onResolveBlocker}
          />
        </section>

        <section className="standup-block" aria-labelledby="standup-rep-items-title">
          <h3 id="standup-rep-items-title">{rep.name}’s action items</h3>
          <ActionItemList
            items={rep.actionItems}
            locale={team.locale}
            canTick={canTick}
            onToggle={onToggleItem}
            busyId={busyItemId}
            emptyText="No open action items"
            showOwner={false}
          />
        </section>
      </div>
    </section>
  );
}

export function StandupView({ initialStandup, currentUserId, now }: { initialStandup: TStandup; currentUserId: string; now: string }) {
  const [standup, setStandup] = useState(initialStandup);
  const [index, setIndex] = useState(0);
  const [finishedAt, setFinishedAt] = useState<string | null>(null);
  // One request at a time: an action item's (its id) or finishing the standup.
  const { busy, error, run } = useBusyAction();
  const isFinishing = busy === 'finish';
  const busyItemId = isFinishing ? null : busy;
  const { team, reps } = standup;
  const rep = reps[index];
  const nowDate = new Date(now);

  // Changes made during the standup (a deal moved, a forecast saved) show as they happen:
  // the standup is read again, and stays on the rep being discussed.
  const [updatedAt, setUpdatedAt] = useState<string | null>(null);
  const shownRepId = useRef<string | undefined>(undefined);
  useLayoutEffect(() => {
    shownRepId.current = rep?.userId;
  });
  useTeamLive({
    teamId: team.id,
    onChange: () => {
      readStandup(team.id, standup.sprint.id).then(
        (fresh) => {
          setStandup(fresh);
          const position = fresh.reps.findIndex((item) => item.userId === shownRepId.current);
          setIndex((current) => (position >= 0 ? position : Math.min(current, Math.max(0, fresh.reps.length - 1))));
          setUpdatedAt(new Date().toISOString());
        },
        () => undefined,
      );
    },
  });

  const step = useCallback((direction: 1 | -1) => setIndex((current) => stepRep(current, reps.length, direction)), [reps.length]);

  useEffect(() => {
    function onKeyDown(event: KeyboardEvent) {
      if (event.defaultPrevented || document.querySelector('dialog[open]')) return;
      const direction = standupKeyStep(event);
      if (direction === null) return;
      event.preventDefault();
      step(direction);
    }
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [step]);

  const updateRep = (userId: string, update: (rep: TStandupRep) => TStandupRep) =>
    setStandup((current) => ({ ...current, reps: current.reps.map((item) => (item.userId === userId ? update(item) : item)) }));

  const canTick = (item: TActionItem) => standup.canRunRituals || item.ownerId === currentUserId;

  async function toggleItem(item: TActionItem, done: boolean) {
    const show = (shown: TActionItem) =>
      setStandup((current) => ({
        ...current,
        actionItems: replaceById(current.actionItems, shown),
        reps: current.reps.map((member) => ({ ...member, actionItems: replaceById(member.actionItems, shown) })),
      }));
    // Ticked at once; put back as it was if the server refuses.
    show({ ...item, doneAt: done ? new Date().toISOString() : null });
    const reply = await run(item.id, () => setActionItemDone(item.id, done));
    show(reply ? reply.actionItem : item);
  }

  async function finish() {
    const reply = await run('finish', () => requestFinishStandup(team.id, standup.sprint.id));
    if (reply) setFinishedAt(reply.standup.heldAt);
  }

  return (
    <div className="standup">
      <div className="standup-controls">
        <div className="standup-stepper">
          <button type="button" className="button secondary" onClick={() => step(-1)} disabled={index === 0}>
            ← Previous rep
          </button>
          <p className="standup-position" aria-live="polite" aria-atomic="true">
            {rep ? `Rep ${index + 1} of ${reps.length}: ${rep.name}` : 'No reps'}
          </p>
          <button type="button" className="button" onClick={() => step(1)} disabled={index >= reps.length - 1}>
            Next rep →
          </button>
        </div>
        <p className="muted small standup-keys">
          Tip: ← and → move between reps.
          <span role="status" data-testid="standup-updated">
            {updatedAt ? ` Updated live at ${formatTimeOfDay(updatedAt, team.locale, team.timeZone)}.` : ''}
          </span>
        </p>
        {standup.canRunRituals ? (
          <div className="standup-finish">
            {finishedAt ? (
              <p role="status" className="success standup-finished">
                Standup finished at {formatTimeOfDay(finishedAt, team.locale, team.timeZone)}
              </p>
            ) : (
              <button type="button" className="button" onClick={() => void finish()} disabled={isFinishing}>
                {isFinishing ? 'Finishing…' : 'Finish standup'}
              </button>
            )}
          </div>
        ) : null}
      </div>

      <FormAlert message={error} />

      {reps.length > 1 ? (
        <nav aria-label="Reps" className="standup-rep-picker">
          <ul>
            {reps.map((item, position) => (
              <li key={item.userId}>
                <button type="button" aria-current={position === index ? 'step' : undefined} onClick={() => setIndex(position)}>
                  <span className="swatch" style={{ background: item.colour }} aria-hidden="true" />
                  {item.name}
                </button>
              </li>
            ))}
          </ul>
        </nav>
      ) : null}

      <div className="standup-layout">
        {rep ? (
          <RepPanel
            standup={standup}
            rep={rep}
            now={nowDate}
            busyItemId={busyItemId}
            canTick={canTick}
            onToggleItem={(item, done) => void toggleItem(item, done)}
            onAddBlocker={async (text) => {
              const { blocker } = await addBlocker(team.id, standup.sprint.id, { repId: rep.userId, text });
              updateRep(rep.userId, (current) => ({ ...current, blockers: [...current.blockers, blocker] }));
            }}
            onResolveBlocker={async (blocker, resolved) => {
              const { blocker: updated } = await setBlockerResolved(blocker.id, resolved);
              updateRep(rep.userId, (current) => ({ ...current, blockers: current.blockers.map((item) => (item.id === updated.id ? updated : item)) }));
            }}
          />
        ) : (
          <section className="card">
            <p className="empty">This team has no reps, so there is nobody to go through.</p>
          </section>
        )}

        <section className="standup-team card" aria-labelledby="open-action-items-title">
          <h2 id="open-action-items-title" className="sprint-section-title">
            Open action items
          </h2>
          <ActionItemList
            items={standup.actionItems}
            locale={team.locale}
            canTick={canTick}
            onToggle={(item, done) => void toggleItem(item, done)}
            busyId={busyItemId}
            emptyText="No open action items. Agree some at the retrospective."
          />
          {standup.flow ? <FlowSummary report={standup.flow} headingLevel={3} /> : null}
        </section>
      </div>
    </div>
  );
}
