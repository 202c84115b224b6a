import { prisma } from '@/server/db';
import { AppError } from '@/server/errors';
import type { SessionUser } from '@/server/auth/session-user';
import { ZTeamBoardSettingsInput, type TTeamBoardSettings } from '@/schemas/admin';
import { assertCanChangeBoardSettings } from '@/domain/board/permissions';
import { adminTransactionOptions, writeAuditEntry } from '@/server/admin/audit';
import { refreshWallFigures } from '@/server/admin/refresh-walls';
import { stageWeightSelection, staleAfterSelection } from '@/server/board/team-settings-selection';

const settingsSelection = { id: true, ...staleAfterSelection, ...stageWeightSelection } as const;

/**
 * A team's lead, its manager or an admin sets when the team's cards count as stale (per
 * column, with a default) and the stage weights of its projection. The change and its
 * audit entry commit together; the walls refresh after, since weights move projections.
 */
export async function updateTeamBoardSettings(options: { actor: SessionUser; teamId: string; input: unknown }): Promise<{ settings: TTeamBoardSettings }> {
  assertCanChangeBoardSettings(options.actor, options.teamId);
  const input = ZTeamBoardSettingsInput.parse(options.input);
  const settings = await prisma.$transaction(async (tx) => {
    const before = await tx.team.findUnique({ where: { id: options.teamId }, select: settingsSelection });
    if (!before) throw new AppError('NOT_FOUND', 'No such team.');
    const after = await tx.team.update({ where: { id: before.id }, data: input, select: settingsSelection });
    const { id: _beforeId, ...beforeSettings } = before;
    const { id: teamId, ...afterSettings } = after;
    await writeAuditEntry(tx, {
      actorId: options.actor.id,
      action: 'team.board-settings',
      objectType: 'Team',
      objectId: teamId,
      before: beforeSettings,
      after: afterSettings,
    });
    return { teamId, ...afterSettings };
  }, adminTransactionOptions);
  refreshWallFigures();
  return { settings };
}
