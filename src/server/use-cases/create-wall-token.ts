import { prisma } from '@/server/db';
import { AppError } from '@/server/errors';
import type { SessionUser } from '@/server/auth/session-user';
import { ZCreateWallTokenInput, type TCreatedWallToken } from '@/schemas/wall';
import { generateWallToken, hashWallToken } from '@/server/wall/wall-token';
import { toWallTokenSummary, wallTokenSummarySelection } from '@/server/wall/wall-token-summary';
import { writeAuditEntry } from '@/server/admin/audit';
import { refusalToMakeWallLink } from '@/domain/admin/permissions';

/**
 * Makes a read-only TV link. Admins may make one for any office or the company; team
 * leads for their own team's office only.
 */
export async function createWallToken(options: { actor: SessionUser; input: unknown }): Promise<TCreatedWallToken> {
  const input = ZCreateWallTokenInput.parse(options.input);
  const { actor } = options;
  const officeId = input.scope === 'OFFICE' ? input.officeId! : null;
  const ownTeam = actor.role === 'LEAD' && actor.teamId ? await prisma.team.findUnique({ where: { id: actor.teamId }, select: { officeId: true } }) : null;
  const refusal = refusalToMakeWallLink(actor, { officeId }, ownTeam?.officeId ?? null);
  if (refusal) throw new AppError('FORBIDDEN', refusal);
  if (officeId && !(await prisma.office.findUnique({ where: { id: officeId }, select: { id: true } }))) {
    throw new AppError('UNPROCESSABLE', 'That office does not exist.');
  }
  const token = generateWallToken();
  // The link and its audit entry (never the token or its hash) commit together.
  const created = await prisma.$transaction(async (tx) => {
    const row = await tx.wallToken.create({
      data: {
        name: input.name,
        scope: input.scope,
        officeId,
        prefix: token.slice(0, 11),
        tokenHash: hashWallToken(token),
        createdById: actor.id,
      },
      select: wallTokenSummarySelection,
    });
    await writeAuditEntry(tx, {
      actorId: actor.id,
      action: 'wall-token.create',
      objectType: 'WallToken',
      objectId: row.id,
      after: { name: input.name, scope: input.scope, officeId, prefix: row.prefix },
    });
    return row;
  });
  return { ...toWallTokenSummary(created), token, path: `/tv/${token}` };
}
