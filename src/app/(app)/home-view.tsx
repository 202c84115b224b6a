import { AppLink } from '@/components/ui/app-link';
import type { HomeOverview } from '@/server/use-cases/get-home-overview';
import { HomeProgress } from '@/components/wall/home-progress';

const roleLabels: Record<string, string> = { REP: 'Rep', LEAD: 'Team lead', MANAGER: 'Manager', ADMIN: 'Admin' };

export function HomeView({ firstName, overview }: { firstName: string; overview: HomeOverview }) {
  const { team, counts } = overview;
  return (
    <>
      <h1 className="page-title">Welcome, {firstName}</h1>
      <p className="page-subtitle">
        {overview.organizationName ?? 'Your organisation'} · {counts.offices} offices · {counts.teams} teams ·{' '}
        {counts.activeUsers} people · {counts.openDeals} open deals
      </p>
      {overview.progressWall ? <HomeProgress snapshot={overview.progressWall.snapshot} keys={overview.progressWall.keys} /> : null}
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
            You are not on a team, so there is no team to show here. The <AppLink href="/board">board</AppLink> shows the
            teams you look after, and the <AppLink href="/wall">wall</AppLink> every office&apos;s progress.
          </p>
        </section>
      )}
    </>
  );
}
