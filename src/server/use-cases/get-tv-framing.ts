import { prisma } from '@/server/db';
import type { SessionUser } from '@/server/auth/session-user';
import { refusalToAdministerOrganisation } from '@/domain/admin/permissions';
import { assertAllowed, loadAdminActor } from '@/server/admin/authorize';
import type { TTvFraming } from '@/schemas/tv-framing';

/** Which origins may frame the TV pages (admins). */
export async function getTvFraming(options: { actor: SessionUser }): Promise<TTvFraming> {
  assertAllowed(refusalToAdministerOrganisation(await loadAdminActor(options.actor), 'TV framing'));
  const organization = await prisma.organization.findFirst({ select: { tvFrameAncestors: true }, orderBy: { createdAt: 'asc' } });
  return { origins: organization?.tvFrameAncestors ?? [] };
}
