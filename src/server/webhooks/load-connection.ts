import type { IntegrationConnection } from '@/generated/prisma/client';
import type { SessionUser } from '@/server/auth/session-user';
import { prisma } from '@/server/db';
import { AppError } from '@/server/errors';
import { refusalToAdministerOrganisation } from '@/domain/admin/permissions';
import { assertAllowed, loadAdminActor } from '@/server/admin/authorize';

/** Checks the actor may manage integrations (admins), then finds the connection or 404. */
export async function loadConnectionForAdmin(actor: SessionUser, connectionId: string): Promise<IntegrationConnection> {
  await assertCanManageIntegrations(actor);
  const connection = await prisma.integrationConnection.findUnique({ where: { id: connectionId } });
  if (!connection) throw new AppError('NOT_FOUND', 'No such connection.');
  return connection;
}

export async function assertCanManageIntegrations(actor: SessionUser): Promise<void> {
  assertAllowed(refusalToAdministerOrganisation(await loadAdminActor(actor), 'integrations'));
}
