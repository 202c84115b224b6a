import type { Metadata } from 'next';
import { requireSessionUser } from '@/server/auth/get-session-user';
import { getWallSnapshot } from '@/server/use-cases/get-wall-snapshot';
import { listWallTokens } from '@/server/use-cases/list-wall-tokens';
import { WallboardLinksView } from '@/components/wall/wallboard-links-view';
import { TvFramingForm } from '@/components/wall/tv-framing-form';
import { getTvFraming } from '@/server/use-cases/get-tv-framing';

export const metadata: Metadata = { title: 'Wallboards' };

// GET /settings/wallboards — make, copy and revoke read-only TV links.
export default async function WallboardsPage() {
  const actor = await requireSessionUser('/settings/wallboards');
  const canCreate = actor.role === 'ADMIN' || actor.role === 'LEAD';
  const [tokens, company] = await Promise.all([
    listWallTokens({ actor }),
    // The company's wall names every office and each team's office.
    canCreate ? getWallSnapshot({ scope: { kind: 'company' } }) : null,
  ]);
  const allOffices = company?.offices.map((office) => ({ id: office.id, name: office.name })) ?? [];
  const ownOfficeId = company?.teams.find((team) => team.id === actor.teamId)?.officeId ?? null;
  const offices = actor.role === 'ADMIN' ? allOffices : allOffices.filter((office) => office.id === ownOfficeId);
  // The teams a playlist may show: every team for an admin, a lead's own office's.
  const teams = (company?.teams ?? [])
    .filter((team) => actor.role === 'ADMIN' || team.officeId === ownOfficeId)
    .map((team) => ({ id: team.id, name: team.name, officeId: team.officeId ?? '' }));
  // Admins also say which signage players may frame the TV pages.
  const framing = actor.role === 'ADMIN' ? await getTvFraming({ actor }) : null;
  return (
    <>
      <WallboardLinksView initialTokens={tokens} canCreate={canCreate} offices={offices} teams={teams} isAdmin={actor.role === 'ADMIN'} />
      {framing ? <TvFramingForm initial={framing} /> : null}
    </>
  );
}
