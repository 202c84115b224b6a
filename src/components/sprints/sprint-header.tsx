import { AppLink } from '@/components/ui/app-link';
import type { ReactNode } from 'react';
import type { TSprint, TSprintTeam } from '@/schemas/sprint';
import { formatSprintDates, formatSprintLabel } from './sprint-format';

// The top of every sprint page: the team, the sprint's label, links to the sprint before
// and after (in the same mode), the month's sprints as a strip, and the sprint's modes.

export type SprintMode = 'overview' | 'standup' | 'retro';

const stateLabels: Record<TSprint['state'], string> = { past: 'Finished', current: 'This week', future: 'Upcoming' };

export function sprintPath(teamId: string, sprintId: string, mode: SprintMode = 'overview'): string {
  const base = `/sprints/${encodeURIComponent(teamId)}/${encodeURIComponent(sprintId)}`;
  return mode === 'overview' ? base : `${base}/${mode}`;
}

export function historyPath(teamId: string): string {
  return `/sprints/${encodeURIComponent(teamId)}/history`;
}

/** The team a sprint page is about, above its title: colour, name and office. */
export function SprintTeamLine({ team }: { team: Pick<TSprintTeam, 'colour' | 'name' | 'officeName'> }) {
  return (
    <p className="sprint-team">
      <span className="swatch" style={{ background: team.colour }} aria-hidden="true" />
      {team.name} · {team.officeName}
    </p>
  );
}

function StepLink({ href, label, direction }: { href: string | null; label: string; direction: 'previous' | 'next' }) {
  const text = direction === 'previous' ? `← ${label}` : `${label} →`;
  if (!href) {
    return (
      <span className="button secondary small is-disabled" aria-disabled="true">
        {text}
      </span>
    );
  }
  return (
    <AppLink className="button secondary small" href={href} rel={direction === 'previous' ? 'prev' : 'next'}>
      {text}
    </AppLink>
  );
}

export function SprintHeader({
  team,
  sprint,
  mode,
  title,
  previousSprintId,
  nextSprintId,
  monthSprints,
  actions,
}: {
  team: TSprintTeam;
  sprint: TSprint;
  mode: SprintMode;
  /** "Standup", "Retrospective"; the overview shows the label alone. */
  title?: string;
  previousSprintId: string | null;
  nextSprintId: string | null;
  monthSprints?: TSprint[];
  actions?: ReactNode;
}) {
  const label = formatSprintLabel(sprint, team.locale);
  const modes: { mode: SprintMode; label: string }[] = [
    { mode: 'overview', label: 'Sprint overview' },
    { mode: 'standup', label: 'Run standup' },
    { mode: 'retro', label: 'Retrospective' },
  ];
  return (
    <header className="sprint-header">
      <div className="sprint-header-top">
        <div>
          <SprintTeamLine team={team} />
          <h1 className="page-title sprint-title">
            {title ? `${title} · ` : ''}
            {label}
            <span className="sprint-state" data-state={sprint.state}>
              {stateLabels[sprint.state]}
            </span>
          </h1>
        </div>
        <div className="sprint-steps">
          <StepLink direction="previous" label="Previous sprint" href={previousSprintId ? sprintPath(team.id, previousSprintId, mode) : null} />
          <StepLink direction="next" label="Next sprint" href={nextSprintId ? sprintPath(team.id, nextSprintId, mode) : null} />
        </div>
      </div>
      <div className="sprint-header-bottom">
        <nav aria-label="Sprint views" className="sprint-modes">
          <ul>
            {modes.map((item) => (
              <li key={item.mode}>
                <AppLink href={sprintPath(team.id, sprint.id, item.mode)} aria-current={item.mode === mode ? 'page' : undefined}>
                  {item.label}
                </AppLink>
              </li>
            ))}
            <li>
              <AppLink href={historyPath(team.id)}>History</AppLink>
            </li>
          </ul>
        </nav>
        {actions ? <div className="sprint-header-actions">{actions}</div> : null}
      </div>
      {monthSprints && monthSprints.length > 0 ? (
        <nav aria-label="Sprints this month" className="sprint-strip">
          <ol>
            {monthSprints.map((item) => (
              <li key={item.id}>
                <AppLink
                  href={sprintPath(team.id, item.id, mode)}
                  aria-current={item.id === sprint.id ? 'page' : undefined}
                  data-state={item.state}
                >
                  <strong>Sprint {item.number}</strong>
                  <span>{formatSprintDates(item.startsOn, item.endsOn, team.locale)}</span>
                </AppLink>
              </li>
            ))}
          </ol>
        </nav>
      ) : null}
    </header>
  );
}
