import { AppLink } from '@/components/ui/app-link';
import type { TSprint, TSprintTeam } from '@/schemas/sprint';
import { formatLongMonth, formatSprintLabel } from './sprint-format';

// The sprint a team's board is in, above the board: where the week stands, the way into
// the standup, retrospective and forecast, and the earlier sprints to look back at.
// Plain links (a <details> list for the earlier ones), so it works before hydration.

export function BoardSprintStrip({ team, current, earlier }: { team: TSprintTeam; current: TSprint; earlier: TSprint[] }) {
  const base = `/sprints/${encodeURIComponent(team.id)}`;
  const sprintPath = (sprint: TSprint) => `${base}/${encodeURIComponent(sprint.id)}`;
  return (
    <nav className="board-sprint-strip" aria-label="Sprint">
      <span className="board-sprint-current">
        <span className="board-sprint-kicker">{team.name} · current sprint</span>{' '}
        <AppLink href={sprintPath(current)} className="board-sprint-name">
          {formatSprintLabel(current, team.locale)}
        </AppLink>
      </span>
      <AppLink href={`${sprintPath(current)}/standup`}>Standup</AppLink>
      <AppLink href={`${sprintPath(current)}/retro`}>Retrospective</AppLink>
      <AppLink href={sprintPath(current)}>Forecast</AppLink>
      {earlier.length > 0 ? (
        <details className="board-sprint-earlier">
          <summary>Earlier sprints</summary>
          <ul>
            {earlier.map((sprint) => (
              <li key={sprint.id}>
                <AppLink href={sprintPath(sprint)}>
                  {formatSprintLabel(sprint, team.locale)}, {formatLongMonth(sprint.month, team.locale)}
                </AppLink>
              </li>
            ))}
          </ul>
        </details>
      ) : null}
    </nav>
  );
}
