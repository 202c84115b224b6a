import Link from 'next/link';
import type { HomeOverview } from '@/server/use-cases/get-home-overview';
import type { TWallBar } from '@/schemas/wall';
import { BarTrack, StandingBadge } from '@/components/wall/wall-bar-list';
import { axisMaximum, describeBar } from '@/components/wall/wall-figures';

const roleLabels: Record<string, string> = { REP: 'Rep', LEAD: 'Team lead', MANAGER: 'Manager', ADMIN: 'Admin' };

const kindLabels: Record<TWallBar['kind'], string> = { rep: 'You', team: 'Team', office: 'Office', company: 'Company' };

/** This month against goal for the scopes the user looks after, each opening its burn-down. */
function MonthProgress({ bars }: { bars: TWallBar[] }) {
  const maximum = axisMaximum(bars);
  return (
    <section className="card home-progress wall-palette" aria-labelledby="home-progress-heading">
      <h2 id="home-progress-heading" style={{ marginTop: 0 }}>
        This month
      </h2>
      <ul className="home-progress-list">
        {bars.map((bar) => {
          const figures = describeBar(bar);
          return (
            <li key={`${bar.kind}:${bar.id}`} className="home-progress-row" data-status={bar.percentOfGoal === null ? 'none' : bar.status}>
              <Link
                href={`/wall/burn-down/${bar.kind}/${encodeURIComponent(bar.id)}`}
                className="home-progress-link"
                aria-label={`${kindLabels[bar.kind]}: ${figures.summary}. Open the burn-down.`}
              >
                <span className="home-progress-name">
                  <span className="home-progress-kind">{kindLabels[bar.kind]}</span>
                  {bar.kind === 'rep' ? null : <strong>{bar.name}</strong>}
                </span>
                <BarTrack bar={bar} axisMaximum={maximum} />
                <span className="home-progress-figures">
                  <strong>{figures.headline}</strong>
                  <StandingBadge bar={bar} standing={figures.standing} />
                  <span className="home-progress-detail">{[figures.won, figures.pace, figures.projected].filter(Boolean).join(' · ')}</span>
                </span>
              </Link>
            </li>
          );
        })}
      </ul>
      <p className="home-progress-legend">
        Solid: won so far (blue at or ahead of pace, red behind) · red marker: where it should be by now · shadow: projected
        end of month. <Link href="/wall">Open the wall</Link>
      </p>
    </section>
  );
}

export function HomeView({ firstName, overview }: { firstName: string; overview: HomeOverview }) {
  const { team, counts } = overview;
  return (
    <>
      <h1 className="page-title">Welcome, {firstName}</h1>
      <p className="page-subtitle">
        {overview.organizationName ?? 'Your organisation'} · {counts.offices} offices · {counts.teams} teams ·{' '}
        {counts.activeUsers} people · {counts.openDeals} open deals
      </p>
      {overview.progress.length > 0 ? <MonthProgress bars={overview.progress} /> : null}
      {team ? (
        <section className="card" aria-labelledby="team-heading">
          <h2 id="team-heading" style={{ marginTop: 0 }}>
            <span className="swatch" style={{ background: team.colour }} aria-hidden="true" />
            {team.name}
          </h2>
          <p className="page-subtitle">
            {team.officeName} office ({team.timeZone}) · Lead: {team.leadName ?? 'none'} · Manager:{' '}
            {team.managerName ?? 'none'}
          </p>
          <table className="table">
            <caption className="visually-hidden">Team members and their goals for {overview.monthLabel}</caption>
            <thead>
              <tr>
                <th scope="col">Swimlane</th>
                <th scope="col">Role</th>
                <th scope="col">Goal, {overview.monthLabel}</th>
              </tr>
            </thead>
            <tbody>
              {team.members.map((member) => (
                <tr key={member.id}>
                  <td>
                    <span className="swatch" style={{ background: member.colour }} aria-hidden="true" />
                    {member.name}
                  </td>
                  <td>{roleLabels[member.role] ?? member.role}</td>
                  <td>{member.goal ?? <span className="empty">No goal set</span>}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      ) : overview.progress.length > 0 ? null : (
        <section className="card">
          <p className="empty" style={{ margin: 0 }}>
            You are not on a team, so there is no team to show here. The <Link href="/board">board</Link> shows the
            teams you look after, and the <Link href="/wall">wall</Link> every office&apos;s progress.
          </p>
        </section>
      )}
    </>
  );
}
