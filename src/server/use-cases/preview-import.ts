import type { SessionUser } from '@/server/auth/session-user';
import { refusalToAdministerOrganisation } from '@/domain/admin/permissions';
import { assertAllowed, loadAdminActor } from '@/server/admin/authorize';
import { ZImportOptions, type TImportPreview } from '@/schemas/import';
import { passInThisThread, type ImportFiles, type ImportPassRunner } from './commit-import';

/**
 * Reads an import's files and says what committing them would do (admins): the mappings
 * with their guesses, the counts, and every refused row with its reason. Writes nothing.
 */
export async function previewImport(options: { actor: SessionUser; files?: ImportFiles; pass?: ImportPassRunner; input: unknown }): Promise<TImportPreview> {
  assertAllowed(refusalToAdministerOrganisation(await loadAdminActor(options.actor), 'imports'));
  const input = ZImportOptions.parse(options.input ?? {});
  const pass = options.pass ?? passInThisThread(options.files ?? {});
  const refuseWrites = () => {
    throw new Error('A preview writes nothing.');
  };
  const result = await pass({ mode: 'preview', input, now: new Date(), actor: { id: options.actor.id, name: options.actor.name } }, { writeRun: async () => refuseWrites(), announce: refuseWrites });
  return result.preview;
}
