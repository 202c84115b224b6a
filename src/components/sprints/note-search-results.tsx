import { AppLink } from '@/components/ui/app-link';
import type { TRetroNote } from '@/schemas/sprint';
import { noteKindLabels } from './sprint-format';

// Retrospective notes found across teams: where each came from, what it was about, and
// its tags (each a link to every note with that tag).

const dateFormat = new Map<string, Intl.DateTimeFormat>();

function formatDate(instant: string, locale: string): string {
  let format = dateFormat.get(locale);
  if (!format) {
    format = new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'short', year: 'numeric' });
    dateFormat.set(locale, format);
  }
  return format.format(new Date(instant));
}

export function NoteSearchResults({ notes, locale, description }: { notes: TRetroNote[]; locale: string; description: string }) {
  return (
    <section aria-labelledby="note-results-title" className="note-results">
      <h2 id="note-results-title" className="sprint-section-title">
        {description}
      </h2>
      {notes.length === 0 ? (
        <p className="empty">No notes match. Try another word or tag.</p>
      ) : (
        <ul className="note-list note-search-list">
          {notes.map((note) => (
            <li key={note.id} className="note card" data-kind={note.kind}>
              <p className="note-meta">
                <span className="note-kind" data-kind={note.kind}>
                  {noteKindLabels[note.kind]}
                </span>
                <strong>{note.teamName}</strong>
                <AppLink href={`/sprints/${encodeURIComponent(note.teamId)}/${encodeURIComponent(note.sprintId)}/retro`}>{note.sprintLabel}</AppLink>
                {note.dealAccount ? <span className="badge">{note.dealAccount}</span> : null}
              </p>
              <p className="note-text-body">{note.text}</p>
              <p className="note-meta">
                {note.tags.map((tag) => (
                  <AppLink key={tag} className="tag-chip" href={`/notes?tag=${encodeURIComponent(tag)}`}>
                    #{tag}
                  </AppLink>
                ))}
                <span className="muted small">
                  {note.authorName ?? 'Someone'} · {formatDate(note.createdAt, locale)}
                </span>
              </p>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
