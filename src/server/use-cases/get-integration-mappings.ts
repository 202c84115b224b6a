import { prisma } from '@/server/db';
import type { SessionUser } from '@/server/auth/session-user';
import type { ImportSource } from '@/domain/import/presets';
import type { TConnectionMappings, TIntegrationSource } from '@/schemas/integrations';
import { loadSourceMappings } from '@/server/import/source-mappings';
import { loadConnectionForAdmin } from '@/server/webhooks/load-connection';

/** The stage and owner mappings of a connection's source (shared with the import), and the people to map to (admins). */
export async function getIntegrationMappings(options: { actor: SessionUser; connectionId: string }): Promise<TConnectionMappings> {
  const connection = await loadConnectionForAdmin(options.actor, options.connectionId);
  const mappings = await loadSourceMappings(connection.source as ImportSource);
  const people = await prisma.user.findMany({ where: { active: true, teamId: { not: null } }, orderBy: { name: 'asc' }, select: { id: true, name: true, email: true } });
  return { source: connection.source as TIntegrationSource, stages: mappings.stages, owners: mappings.owners, people };
}
