import { prisma } from '@/server/db';
import type { SessionUser } from '@/server/auth/session-user';
import { dealExportHeaders, dealExportRow, toCsv } from '@/domain/import/export-rows';
import { teamFilter } from '@/server/export/readable-teams';

/** The deals the user may see, as they are now, in Cadence's CSV (which the cadence import preset reads back). */
export async function exportDeals(options: { actor: SessionUser }): Promise<string> {
  const deals = await prisma.deal.findMany({
    where: { deletedAt: null, ...teamFilter(options.actor) },
    orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
    include: { owner: { select: { email: true, name: true } }, team: { select: { name: true } } },
  });
  return toCsv(dealExportHeaders, deals.map((deal) => dealExportRow({ ...deal, ownerEmail: deal.owner.email, ownerName: deal.owner.name, teamName: deal.team.name })));
}
