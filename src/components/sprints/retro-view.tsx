'use client';

import { AppLink } from '@/components/ui/app-link';
import { useRef, useState } from 'react';
import { formatMoney } from '@/domain/money';
import { replaceById } from '@/domain/replace-by-id';
import type { TActionItem, TRetroDeal, TRetroNote, TRetroNoteKind, TRetrospective } from '@/schemas/sprint';
import { FormAlert } from '@/components/ui/field';
import { useBusyAction } from '@/components/ui/use-busy-action';
import { ChangeList } from './change-list';
import { ActionItemForm } from './action-item-form';
import { ActionItemList } from './action-item-list';
import { NoteForm } from './note-form';
import { defaultDueDate, noteKindLabels } from './sprint-format';
import { formatInstant } from '@/components/board/board-format';
import { deleteNote, setActionItemDone } from './sprints-api';

// Retrospective mode: the sprint's won and lost deals with their history, notes under
// "went well" and "to improve" (on a deal or the sprint), and the action items agreed.

function DealGroup({
  title,
  deals,
  retro,
  now,
  onNoteAbout,
}: {
  title: string;
  deals: TRetroDeal[];
  retro: TRetrospective;
  now: Date;
  onNoteAbout: ((dealId: string) => void) | null;
}) {
  const { team } = retro;
  const names = new Map(retro.members.map((member) => [member.userId, member.name]));
  const headingId = `retro-${title.toLowerCase()}-title`;
  return (
    <section className="card retro-deals" aria-labelledby={headingId}>
      <h2 id={headingId} className="sprint-section-title">
        {title} ({deals.length})
      </h2>
      {deals.length === 0 ? (
        <p className="empty">No deals {title.toLowerCase()} this sprint</p>
      ) : (
        <ul className="retro-deal-list">
          {deals.map(({ deal, ownerName, history }) => {
            const amount = deal.closedAmountMinor ?? deal.amountMinor;
            return (
              <li key={deal.id}>
                <details>
                  <summary>
                    <strong>{deal.account}</strong> · {deal.title} · {formatMoney(amount, deal.currency, team.locale)}
                    <span className="muted"> · {ownerName}</span>
                  </summary>
                  {history.length === 0 ? (
                    <p className="empty">No history recorded</p>
                  ) : (
                    <ChangeList
                      changes={history}
                      wording={{ nameOf: (userId) => names.get(userId), locale: team.locale, timeZone: team.timeZone, now }}
                    />
                  )}
                </details>
                {onNoteAbout ? (
                  <button type="button" className="button secondary small" onClick={() => onNoteAbout(deal.id)}>
                    Add a note about {deal.account}
                  </button>
                ) : null}
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}

function NoteColumn({
  kind,
  notes,
  retro,
  currentUserId,
  onDelete,
  busyId,
}: {
  kind: TRetroNoteKind;
  notes: TRetroNote[];
  retro: TRetrospective;
  currentUserId: string;
  onDelete: (note: TRetroNote) => void;
  busyId: string | null;
}) {
  const headingId = `notes-${kind}`;
  return (
    <section className="note-column" data-kind={kind} aria-labelledby={headingId}>
      <h3 id={headingId}>
        {noteKindLabels[kind]} ({notes.length})
      </h3>
      {notes.length === 0 ? (
        <p className="empty">No notes yet</p>
      ) : (
        <ul className="note-list">
          {notes.map((note) => (
            <li key={note.id} className="note">
              <p className="note-text-body">{note.text}</p>
              <p className="note-meta">
                {note.dealAccount ? <span className="badge">{note.dealAccount}</span> : <span className="badge">Sprint</span>}
                {note.tags.map((tag) => (
                  <AppLink key={tag} className="tag-chip" href={`/notes?tag=${encodeURIComponent(tag)}`}>
                    #{tag}
                  </AppLink>
                ))}
                <span className="muted small">
                  {note.authorName ?? 'Someone'} · {formatInstant(note.createdAt, retro.team.locale, retro.team.timeZone)}
                </span>
                {retro.canRunRituals || note.authorId === currentUserId ? (
                  <button
                    type="button"
                    className="button danger small"
                    disabled={busyId === note.id}
                    aria-label={`Delete note: ${note.text.slice(0, 60)}`}
                    onClick={() => onDelete(note)}
                  >
                    Delete
                  </button>
                ) : null}
              </p>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

export function RetroView({ retro, currentUserId, now }: { retro: TRetrospective; currentUserId: string; now: string }) {
  const [notes, setNotes] = useState(retro.notes);
  const [actionItems, setActionItems] = useState(retro.actionItems);
  const [dealId, setDealId] = useState('');
  const { busy: busyId, error, run } = useBusyAction();
  const noteTextRef = useRef<HTMLTextAreaElement>(null);
  const { team, sprint } = retro;
  const nowDate = new Date(now);
  const subjects = [...retro.won, ...retro.lost].map(({ deal }) => ({
    dealId: deal.id,
    label: `${deal.account} · ${deal.title} (${deal.outcome === 'WON' ? 'won' : 'lost'})`,
  }));

  const noteAbout = retro.canAddNotes
    ? (id: string) => {
        setDealId(id);
        noteTextRef.current?.focus();
      }
    : null;

  async function removeNote(note: TRetroNote) {
    if (!window.confirm('Delete this note?')) return;
    await run(note.id, async () => {
      await deleteNote(note.id);
      setNotes((current) => current.filter((item) => item.id !== note.id));
    });
  }

  async function toggleItem(item: TActionItem, done: boolean) {
    const show = (shown: TActionItem) => setActionItems((current) => replaceById(current, shown));
    // Ticked at once; put back as it was if the server refuses.
    show({ ...item, doneAt: done ? new Date().toISOString() : null });
    const reply = await run(item.id, () => setActionItemDone(item.id, done));
    show(reply ? reply.actionItem : item);
  }

  return (
    <div className="retro">
      <FormAlert message={error} />
      <div className="retro-deal-groups">
        <DealGroup title="Won" deals={retro.won} retro={retro} now={nowDate} onNoteAbout={noteAbout} />
        <DealGroup title="Lost" deals={retro.lost} retro={retro} now={nowDate} onNoteAbout={noteAbout} />
      </div>

      <section className="card" aria-labelledby="retro-notes-title">
        <h2 id="retro-notes-title" className="sprint-section-title">
          Notes
        </h2>
        <div className="retro-notes-layout">
          {retro.canAddNotes ? (
            <NoteForm
              ref={noteTextRef}
              teamId={team.id}
              sprintId={sprint.id}
              deals={subjects}
              dealId={dealId}
              onDealIdChange={setDealId}
              onAdded={(note) => setNotes((current) => [...current, note])}
              tagsInUse={retro.tagsInUse}
            />
          ) : (
            <p className="muted">Only the team and whoever runs its rituals add notes here.</p>
          )}
          <div className="note-columns">
            <NoteColumn kind="WENT_WELL" notes={notes.filter((note) => note.kind === 'WENT_WELL')} retro={retro} currentUserId={currentUserId} onDelete={(note) => void removeNote(note)} busyId={busyId} />
            <NoteColumn kind="TO_IMPROVE" notes={notes.filter((note) => note.kind === 'TO_IMPROVE')} retro={retro} currentUserId={currentUserId} onDelete={(note) => void removeNote(note)} busyId={busyId} />
          </div>
        </div>
      </section>

      <section className="card" aria-labelledby="retro-actions-title">
        <h2 id="retro-actions-title" className="sprint-section-title">
          Action items
        </h2>
        <div className="retro-actions-layout">
          {retro.canRunRituals ? (
            <ActionItemForm
              teamId={team.id}
              sprintId={sprint.id}
              members={retro.members}
              defaultDueOn={defaultDueDate(sprint)}
              onAdded={(item) => setActionItems((current) => [...current, item])}
            />
          ) : null}
          <ActionItemList
            items={actionItems}
            locale={team.locale}
            canTick={(item) => retro.canRunRituals || item.ownerId === currentUserId}
            onToggle={(item, done) => void toggleItem(item, done)}
            busyId={busyId}
            emptyText="No action items yet"
          />
        </div>
      </section>
    </div>
  );
}
