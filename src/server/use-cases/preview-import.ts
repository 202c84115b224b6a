import type { SessionUser } from '@/server/auth/session-user';
import { refusalToAdministerOrganisation } from '@/domain/admin/permissions';
import { assertAllowed, loadAdminActor } from '@/server/admin/authorize';
import { ZImportOptions, type TImportPreview } from '@/schemas/import';
import { planImport } from '@/server/import/plan-import';
import { toImportPreview } from '@/server/import/import-summaries';
import type { ImportFile } from '@/server/import/read-csv-stream';

/**
 * Reads an import's files and says what committing them would do (admins): the mappings
 * with their guesses, the counts, and every refused row with its reason. Writes nothing.
 */
export async function previewImport(options: { actor: SessionUser; files: { people?: ImportFile; deals?: ImportFile; history?: ImportFile }; input: unknown }): Promise<TImportPreview> {
  assertAllowed(refusalToAdministerOrganisation(await loadAdminActor(options.actor), 'imports'));
  const input = ZImportOptions.parse(options.input ?? {});
  const plan = await planImport({ ...input, files: options.files });
  return toImportPreview(plan);
}
