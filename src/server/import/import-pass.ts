import { randomUUID } from 'node:crypto';
import { AppError } from '@/server/errors';
import type { TImportOptions, TImportPreview } from '@/schemas/import';
import type { TDealChange, TDealStage } from '@/schemas/deal';
import type { ColumnMapping, FileKind, ImportSource } from '@/domain/import/presets';
import type { RowProblem } from '@/domain/import/normalize-rows';
import { planImport, type ImportPlan, type PlannedUpdate } from './plan-import';
import { sortProblems, toImportPreview } from './import-summaries';
import { appendImportedHistory, prepareImportedDeals, writeImportedDeals } from './write-imported-deals';
import type { ImportFile } from './read-csv-stream';
import type { ImportSql } from './import-sql';

// The heavy part of a preview or a commit: reading the files, planning, and writing the
// new deals and the appended history in chunks. It only needs SQL (import-sql.ts), so it
// runs in the import's worker thread over `pg` on PostgreSQL, or in the app's thread over
// Prisma on the embedded database. What needs the app's own code paths (recording the run
// with its people, the versioned updates of deals that exist, the undo) is done by the
// caller (commit-import.ts), through `hooks` and with what this returns.

export type ImportPassJob = { mode: 'preview' | 'commit'; input: TImportOptions; now: Date; actor: { id: string; name: string } };

/** The run as recorded, with the people, teams and mappings written in the same transaction. */
export type RunRecord = {
  run: {
    id: string;
    status: 'COMMITTED' | 'DRY_RUN';
    source: ImportSource;
    actorId: string;
    files: Partial<Record<FileKind, string>>;
    options: { dateOrder: string; decimalSeparator: string; columns: ImportPlan['settings']['columns']; stages: Record<string, TDealStage>; owners: NonNullable<TImportOptions['owners']> };
    counts: ImportPlan['counts'];
    problems: RowProblem[];
    createdAt: Date;
  };
  people: Pick<ImportPlan['work'], 'newTeams' | 'newPeople' | 'updatedPeople' | 'linkedPeople'>;
  mappings: { columns: Partial<Record<FileKind, ColumnMapping>>; stages: Record<string, TDealStage>; owners: Record<string, string> };
};

export type ImportPassHooks = {
  /** Records the run (and for a commit its people, teams and mappings) in one transaction; nothing else is written before it. */
  writeRun: (record: RunRecord) => Promise<void>;
  /** Told each chunk's changes after its transaction commits. */
  announce: (changes: TDealChange[]) => void;
};

export type ImportPassResult = {
  preview: TImportPreview;
  /** The run recorded (null for a preview). */
  run: RunRecord['run'] | null;
  /** Versioned changes to deals that exist, for the caller to write through the board's path. */
  updates: PlannedUpdate[];
  /** Rows found in conflict while writing: new deals, and deals whose appended history was refused. */
  conflicts: { created: RowProblem[]; updated: RowProblem[] };
};

const yieldToOthers = () => new Promise((resolve) => setImmediate(resolve));

export async function runImportPass(sql: ImportSql, files: Partial<Record<FileKind, ImportFile>>, job: ImportPassJob, hooks: ImportPassHooks): Promise<ImportPassResult> {
  const { input, now, actor } = job;
  const plan = await planImport(sql, { ...input, files }, now);
  const preview = toImportPreview(plan);
  const none: ImportPassResult['conflicts'] = { created: [], updated: [] };
  if (job.mode === 'preview') return { preview, run: null, updates: [], conflicts: none };
  if (Object.keys(plan.missing).length > 0) {
    throw new AppError('UNPROCESSABLE', `Map these columns first: ${Object.entries(plan.missing).map(([kind, fields]) => `${kind}: ${fields!.join(', ')}`).join('; ')}.`, { preview });
  }
  const run: RunRecord['run'] = {
    id: randomUUID(),
    status: input.dryRun ? 'DRY_RUN' : 'COMMITTED',
    source: plan.source,
    actorId: actor.id,
    files: plan.files,
    options: { dateOrder: plan.settings.dateOrder, decimalSeparator: plan.settings.decimalSeparator, columns: plan.settings.columns, stages: input.stages ?? {}, owners: input.owners ?? {} },
    counts: plan.counts,
    problems: sortProblems(plan.problems),
    createdAt: now,
  };
  if (input.dryRun) {
    await hooks.writeRun({ run, people: { newTeams: [], newPeople: [], updatedPeople: [], linkedPeople: [] }, mappings: { columns: {}, stages: {}, owners: {} } });
    return { preview, run, updates: [], conflicts: none };
  }
  const { newTeams, newPeople, updatedPeople, linkedPeople } = plan.work;
  await hooks.writeRun({
    run,
    people: { newTeams, newPeople, updatedPeople, linkedPeople },
    mappings: {
      columns: plan.settings.columns,
      stages: Object.fromEntries(plan.stages.filter((row) => row.column !== null).map((row) => [row.stage, row.column!])),
      owners: Object.fromEntries(Object.keys(input.owners ?? {}).flatMap((owner) => {
        const personId = plan.owners.find((row) => row.owner === owner)?.personId;
        return personId ? [[owner, personId]] : [];
      })),
    },
  });

  const conflicts: ImportPassResult['conflicts'] = { created: [], updated: [] };
  const { appendedDeals, history } = plan.work;
  // Deals per transaction: small enough that a board move waits little for the order lock.
  // The new deals are read again from the file, one chunk at a time.
  const dealChunk = sql.dealsPerTransaction;
  for await (const deals of plan.work.newDeals(dealChunk)) {
    // Built before the transaction opens, so it runs only SQL.
    const prepared = prepareImportedDeals(deals, history, sql.rowsPerStatement);
    const written = await sql.transaction((tx) => writeImportedDeals(tx, { prepared, history, source: plan.source, importRunId: run.id, actor }));
    hooks.announce(written.changes);
    conflicts.created.push(...written.conflicts);
    // Let board moves in: they take the same order lock as these chunks.
    await yieldToOthers();
  }
  // A newer export's later history on deals imported before, in chunks like new deals.
  const refused = new Set<string>();
  for (let start = 0; start < appendedDeals.length; start += dealChunk) {
    const deals = appendedDeals.slice(start, start + dealChunk);
    const appended = await sql.transaction((tx) => appendImportedHistory(tx, { deals, importRunId: run.id, actor }));
    hooks.announce(appended.changes);
    for (const planned of appended.conflicts) {
      refused.add(planned.externalId);
      conflicts.updated.push({ file: 'deals', line: planned.line, message: `Deal ${planned.externalId} changed in Cadence while importing; it was not updated.` });
    }
    await yieldToOthers();
  }
  return { preview, run, updates: plan.work.updatedDeals.filter((update) => !refused.has(update.externalId)), conflicts };
}
