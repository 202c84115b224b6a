import { prisma } from '@/server/db';
import { AppError } from '@/server/errors';
import type { SessionUser } from '@/server/auth/session-user';
import { ZCreateWallTokenInput, type TCreatedWallToken } from '@/schemas/wall';
import { generateWallToken, hashWallToken } from '@/server/wall/wall-token';
import { toWallTokenSummary, wallTokenSummarySelection } from '@/server/wall/wall-token-summary';
import { writeAuditEntry } from '@/server/admin/audit';
import { refusalOfPlaylist } from '@/domain/tv/playlist';
import type { Prisma } from '@/generated/prisma/client';
import { refusalToMakeWallLink } from '@/domain/admin/permissions';

/**
 * Makes a read-only TV link. Admins may make one for any office or the company; team
 * leads for their own team's office only.
 */
export async function createWallToken(options: {
  actor: SessionUser;
  input: unknown;
  /** More to write in the same transaction (pairing a screen hands it the new link). */
  alsoWrite?: (tx: Prisma.TransactionClient, link: { id: string; path: string }) => Promise<void>;
}): Promise<TCreatedWallToken> {
  const input = ZCreateWallTokenInput.parse(options.input);
  const { actor } = options;
  const officeId = input.scope === 'OFFICE' ? input.officeId! : null;
  const ownTeam = actor.role === 'LEAD' && actor.teamId ? await prisma.team.findUnique({ where: { id: actor.teamId }, select: { officeId: true } }) : null;
  const refusal = refusalToMakeWallLink(actor, { officeId }, ownTeam?.officeId ?? null);
  if (refusal) throw new AppError('FORBIDDEN', refusal);
  if (officeId && !(await prisma.office.findUnique({ where: { id: officeId }, select: { id: true } }))) {
    throw new AppError('UNPROCESSABLE', 'That office does not exist.');
  }
  const playlist = input.playlist ?? null;
  if (playlist) {
    // Every screen of the playlist lies inside the link's own wall.
    const [offices, teams] = await Promise.all([prisma.office.findMany({ select: { id: true } }), prisma.team.findMany({ select: { id: true, officeId: true } })]);
    const refusal = refusalOfPlaylist(playlist.slides, officeId ? { kind: 'office', officeId } : { kind: 'company' }, {
      officeIds: new Set(offices.map((office) => office.id)),
      officeOfTeam: new Map(teams.map((team) => [team.id, team.officeId])),
    });
    if (refusal) throw new AppError('UNPROCESSABLE', `Screen ${refusal.index + 1} of the playlist: ${refusal.reason}`, { path: `playlist.slides.${refusal.index}` });
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
        ...(playlist ? { playlist: playlist as Prisma.InputJsonValue } : {}),
      },
      select: wallTokenSummarySelection,
    });
    await writeAuditEntry(tx, {
      actorId: actor.id,
      action: 'wall-token.create',
      objectType: 'WallToken',
      objectId: row.id,
      after: { name: input.name, scope: input.scope, officeId, prefix: row.prefix, ...(playlist ? { screens: playlist.slides.length, rotateSeconds: playlist.rotateSeconds } : {}) },
    });
    await options.alsoWrite?.(tx, { id: row.id, path: `/tv/${token}` });
    return row;
  });
  return { ...toWallTokenSummary(created), token, path: `/tv/${token}` };
}
