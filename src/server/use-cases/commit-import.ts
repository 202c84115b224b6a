import { getDatabase, prisma, type TransactionClient } from '@/server/db';
import type { SessionUser } from '@/server/auth/session-user';
import { refusalToAdministerOrganisation } from '@/domain/admin/permissions';
import { assertAllowed, loadAdminActor } from '@/server/admin/authorize';
import { adminTransactionOptions, writeAuditEntry } from '@/server/admin/audit';
import { refreshWallFigures } from '@/server/admin/refresh-walls';
import { announce } from '@/server/events';
import { toDealCard } from '@/server/board/deal-card';
import { writeDealUpdate } from '@/server/board/record-deal-change';
import { ZImportOptions, type TImportResult } from '@/schemas/import';
import type { TDealChange } from '@/schemas/deal';
import type { RowProblem } from '@/domain/import/normalize-rows';
import { personColours } from '@/server/import/plan-import';
import { sortProblems, toImportRun } from '@/server/import/import-summaries';
import { saveSourceMappings } from '@/server/import/source-mappings';
import { insertImportChanges } from '@/server/import/write-imported-deals';
import { sqlFromPGlite, sqlFromPrisma } from '@/server/import/import-sql';
import { runImportPass, type ImportPassHooks, type ImportPassJob, type ImportPassResult, type RunRecord } from '@/server/import/import-pass';
import type { ImportFile } from '@/server/import/read-csv-stream';
import { undoImport } from './undo-import';

export type ImportFiles = { people?: ImportFile; deals?: ImportFile; history?: ImportFile };

/** Runs the heavy pass of an import (import-pass.ts): in this thread, or in a worker (run-import-job.ts). */
export type ImportPassRunner = (job: ImportPassJob, hooks: ImportPassHooks) => Promise<ImportPassResult>;

/**
 * The pass in this thread (the embedded database, the CLI, tests): over the embedded
 * database's own client, or over the app's Prisma client on PostgreSQL.
 */
export function passInThisThread(files: ImportFiles): ImportPassRunner {
  const { pglite } = getDatabase();
  // The embedded database runs in this thread, so a board move waits for a whole chunk's
  // transaction: its chunks are smaller than on PostgreSQL (sqlFromPGlite).
  const sql = pglite ? sqlFromPGlite(pglite) : sqlFromPrisma(prisma);
  return (job, hooks) => runImportPass(sql, files, job, hooks);
}

/**
 * Imports people and deals (admins). A dry run records the run with its counts and
 * problems and writes nothing else. A commit records the run with its people and teams in
 * one transaction, then writes new deals with their history in chunks (each chunk one
 * transaction, its boards told after it commits), then changed deals one versioned write
 * each, and refreshes the walls. Refused rows are left out and listed in the run's error
 * report, and so are the rows found in conflict while writing (a deal another import took,
 * an owner deactivated, a deal changed in Cadence meanwhile). If a write fails part way,
 * what was written is undone and the error is passed on.
 */
export async function commitImport(options: {
  actor: SessionUser;
  /** The files, read in this thread; or `pass`, which reads them where it runs. */
  files?: ImportFiles;
  pass?: ImportPassRunner;
  input: unknown;
  now?: Date;
  /** Told the run's id once its first transaction commits, before any deal is written. */
  onRunStarted?: (runId: string) => void | Promise<void>;
}): Promise<TImportResult> {
  assertAllowed(refusalToAdministerOrganisation(await loadAdminActor(options.actor), 'imports'));
  const input = ZImportOptions.parse(options.input ?? {});
  const now = options.now ?? new Date();
  const actor = { id: options.actor.id, name: options.actor.name };
  const pass = options.pass ?? passInThisThread(options.files ?? {});
  let startedRunId: string | null = null;
  try {
    const result = await pass({ mode: 'commit', input, now, actor }, {
      writeRun: async (record) => {
        await writeRunRecord(record, actor.id);
        if (record.run.status !== 'COMMITTED') return;
        startedRunId = record.run.id;
        await options.onRunStarted?.(record.run.id);
      },
      announce: (changes) => announce('dealsChangedInBulk', { changes }),
    });
    const run = result.run!;
    if (run.status === 'DRY_RUN') return { run: toImportRun({ ...run, undoneAt: null, actorName: actor.name }), preview: result.preview };

    const updated: TDealChange[] = [];
    const refused: RowProblem[] = [...result.conflicts.updated];
    for (const update of result.updates) {
      if (!update.isRecorded) await insertImportChanges(sqlFromPrisma(prisma), run.id, [{ kind: 'DEAL', recordId: update.before.id, action: 'UPDATED', before: toDealCard(update.before) }]);
      const written = await writeDealUpdate(prisma, { type: update.type, before: update.before, data: update.data, actor, now });
      if (written) updated.push(written.change);
      else refused.push({ file: 'deals', line: update.line, message: `Deal ${update.externalId} changed in Cadence while importing; it was not updated.` });
    }
    announce('dealsChangedInBulk', { changes: updated });
    // What was found while writing goes into the run's counts and its error report.
    const created = result.conflicts.created;
    if (created.length + refused.length === 0) return { run: toImportRun({ ...run, undoneAt: null, actorName: actor.name }), preview: result.preview };
    const deals = run.counts.deals;
    const counts = { ...run.counts, deals: { ...deals, create: deals.create - created.length, update: deals.update - refused.length, refuse: deals.refuse + created.length + refused.length } };
    const recorded = await prisma.importRun.update({ where: { id: run.id }, data: { counts, problems: sortProblems([...run.problems, ...created, ...refused]) } });
    return { run: toImportRun({ ...recorded, actorName: actor.name }), preview: result.preview };
  } catch (error) {
    if (startedRunId) await undoImport({ actor: options.actor, importRunId: startedRunId, now }).catch(() => undefined);
    throw error;
  } finally {
    if (startedRunId) refreshWallFigures();
  }
}

/** Records a run; for a commit, with its people, teams, remembered mappings and audit entry, in one transaction. */
async function writeRunRecord(record: RunRecord, actorId: string): Promise<void> {
  const { run } = record;
  if (run.status === 'DRY_RUN') {
    await prisma.importRun.create({ data: run });
    return;
  }
  await prisma.$transaction(async (tx) => {
    await tx.importRun.create({ data: run });
    await writePeople(tx, record);
    await saveSourceMappings(tx, run.source, record.mappings);
    await writeAuditEntry(tx, { actorId, action: 'import.commit', objectType: 'ImportRun', objectId: run.id, after: { source: run.source, files: run.files, counts: run.counts } });
  }, adminTransactionOptions);
}

async function writePeople(tx: TransactionClient, record: RunRecord): Promise<void> {
  const { newTeams, newPeople, updatedPeople, linkedPeople } = record.people;
  const runId = record.run.id;
  if (newTeams.length > 0) {
    await tx.team.createMany({ data: newTeams.map((team, index) => ({ id: team.id, name: team.name, officeId: team.officeId, colour: personColours[index % personColours.length]! })) });
  }
  if (newPeople.length > 0) {
    await tx.user.createMany({
      data: newPeople.map((person, index) => ({
        id: person.id,
        name: person.name,
        email: person.email,
        role: 'REP' as const,
        teamId: person.teamId,
        colour: personColours[index % personColours.length]!,
        startDate: new Date(`${person.startDate}T00:00:00Z`),
        active: person.active,
        passwordHash: null,
      })),
    });
  }
  for (const person of updatedPeople) {
    await tx.user.update({ where: { id: person.id }, data: { teamId: person.teamId, startDate: person.startDate, active: person.active } });
  }
  const links = [
    ...newPeople.flatMap((person) => (person.externalId ? [{ id: person.id, externalId: person.externalId }] : [])),
    ...linkedPeople,
  ];
  if (links.length > 0) {
    await tx.externalRecord.createMany({ data: links.map((link) => ({ source: record.run.source, kind: 'PERSON' as const, externalId: link.externalId, recordId: link.id })), skipDuplicates: true });
  }
  await tx.importChange.createMany({
    data: [
      ...newPeople.map((person) => ({ importRunId: runId, kind: 'PERSON' as const, recordId: person.id, action: 'CREATED' })),
      ...updatedPeople.map((person) => ({ importRunId: runId, kind: 'PERSON' as const, recordId: person.id, action: 'UPDATED', before: { teamId: person.before.teamId, startDate: person.before.startDate.toISOString().slice(0, 10), active: person.before.active } })),
      ...linkedPeople.map((person) => ({ importRunId: runId, kind: 'PERSON' as const, recordId: person.id, action: 'LINKED', before: { externalId: person.externalId } })),
    ],
  });
}
