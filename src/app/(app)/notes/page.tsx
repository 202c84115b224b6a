import type { Metadata } from 'next';
import { AppLink } from '@/components/ui/app-link';
import { headers } from 'next/headers';
import { requireSessionUser } from '@/server/auth/get-session-user';
import { searchNotes } from '@/server/use-cases/search-notes';
import { listTeams } from '@/server/use-cases/list-teams';
import { NoteSearchResults } from '@/components/sprints/note-search-results';
import { loadOrProblem, SprintProblem } from '@/components/sprints/sprint-problem';
import { ItemOptions } from '@/components/ui/field';

export const metadata: Metadata = { title: 'Notes' };

type SearchParameters = Promise<Record<string, string | string[] | undefined>>;

function first(value: string | string[] | undefined): string | undefined {
  return (Array.isArray(value) ? value[0] : value)?.trim() || undefined;
}

function notesHref(query: { q?: string; tag?: string; teamId?: string }): string {
  const search = new URLSearchParams(Object.entries(query).filter((entry): entry is [string, string] => !!entry[1]));
  const text = search.toString();
  return text ? `/notes?${text}` : '/notes';
}

// GET /notes?q=&tag=&teamId= — retrospective notes from every team, so that a practice
// that works in one team spreads to the others.
export default async function NotesPage({ searchParams }: { searchParams: SearchParameters }) {
  const user = await requireSessionUser('/notes');
  const parameters = await searchParams;
  const query = { q: first(parameters.q), tag: first(parameters.tag)?.toLowerCase(), teamId: first(parameters.teamId) };
  const { data: search, problem } = await loadOrProblem(() => searchNotes({ actor: user, query }));
  if (problem) return <SprintProblem title="That search cannot be run" message={problem.message} backHref="/notes" backLabel="Start a new search" />;

  // Team names for the filter: the teams the user may list, and every team the notes name.
  const listed = await listTeams({ actor: user }).catch(() => []);
  const unfiltered = query.teamId ? await searchNotes({ actor: user, query: {} }) : search;
  const teams = [
    ...new Map(
      [...listed.map((team) => ({ id: team.id, name: team.name })), ...[...unfiltered.notes, ...search.notes].map((note) => ({ id: note.teamId, name: note.teamName }))].map(
        (team) => [team.id, team],
      ),
    ).values(),
  ].sort((left, right) => left.name.localeCompare(right.name));
  // Notes come from offices everywhere: dates are written in the reader's own language.
  const requested = (await headers()).get('accept-language')?.split(',')[0]?.split(';')[0]?.trim();
  const locale = (requested && Intl.DateTimeFormat.supportedLocalesOf(requested)[0]) || 'en-GB';
  const teamName = teams.find((team) => team.id === query.teamId)?.name;
  const description = [
    `${search.notes.length === 1 ? '1 note' : `${search.notes.length} notes`}`,
    query.q ? `matching “${query.q}”` : null,
    query.tag ? `tagged #${query.tag}` : null,
    teamName ? `from ${teamName}` : query.teamId ? 'from one team' : 'from every team',
  ]
    .filter(Boolean)
    .join(' ');

  return (
    <div className="sprint-page notes-page">
      <h1 className="page-title">Retrospective notes</h1>
      <p className="page-subtitle">What went well and what to improve, from every team’s retrospectives. Search them to borrow a practice that works.</p>

      <form className="sprint-toolbar card" method="get" role="search" aria-label="Search notes">
        <div className="field notes-query">
          <label htmlFor="notes-q">Search notes</label>
          <input id="notes-q" name="q" type="search" defaultValue={query.q ?? ''} maxLength={200} placeholder="e.g. pricing objection" />
        </div>
        <div className="field">
          <label htmlFor="notes-team">Team</label>
          <select id="notes-team" name="teamId" defaultValue={query.teamId ?? ''}>
            <option value="">Every team</option>
            <ItemOptions items={teams} />
          </select>
        </div>
        {query.tag ? <input type="hidden" name="tag" value={query.tag} /> : null}
        <button type="submit" className="button">
          Search
        </button>
        {query.q || query.tag || query.teamId ? (
          <AppLink href="/notes" className="button secondary">
            Clear
          </AppLink>
        ) : null}
      </form>

      {search.tags.length > 0 ? (
        <nav aria-label="Tags" className="tag-cloud">
          <ul>
            {search.tags.map(({ tag, count }) => (
              <li key={tag}>
                <AppLink
                  className="tag-chip"
                  href={notesHref({ ...query, tag: query.tag === tag ? undefined : tag })}
                  aria-current={query.tag === tag ? 'true' : undefined}
                  aria-label={query.tag === tag ? `#${tag}, ${count} notes, selected: remove filter` : `#${tag}, ${count} notes`}
                >
                  #{tag} <span className="tag-count">{count}</span>
                </AppLink>
              </li>
            ))}
          </ul>
        </nav>
      ) : null}

      <NoteSearchResults notes={search.notes} locale={locale} description={description} />
    </div>
  );
}
