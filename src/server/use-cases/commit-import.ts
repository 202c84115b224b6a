import { randomUUID } from 'node:crypto';
import { prisma } from '@/server/db';
import { AppError } from '@/server/errors';
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
import { personColours, planImport, type ImportPlan } from '@/server/import/plan-import';
import { sortProblems, toImportPreview, toImportRun } from '@/server/import/import-summaries';
import { saveSourceMappings } from '@/server/import/source-mappings';
import { appendImportedHistory, insertImportChanges, writeImportedDeals } from '@/server/import/write-imported-deals';
import type { ImportFile } from '@/server/import/read-csv-stream';
import { undoImport } from './undo-import';

/** Deals per transaction: small enough that a board move waits little for the order lock. */
const dealChunk = 100;

/**
 * Imports people and deals (admins). A dry run records the run with its counts and
 * problems and writes nothing else. A commit writes people and teams in one transaction,
 * then new deals with their history in chunks (each chunk one transaction, its boards told
 * after it commits), then changed deals one versioned write each, and refreshes the walls.
 * Refused rows are left out and listed in the run's error report. If a write fails part
 * way, what was written is undone and the error is passed on.
 */
export async function commitImport(options: {
  actor: SessionUser;
  files: { people?: ImportFile; deals?: ImportFile; history?: ImportFile };
  input: unknown;
  now?: Date;
  /** Told the run's id once its first transaction commits (the worker passes it on, to undo a run cut short). */
  onRunStarted?: (runId: string) => void;
}): Promise<TImportResult> {
  assertAllowed(refusalToAdministerOrganisation(await loadAdminActor(options.actor), 'imports'));
  const input = ZImportOptions.parse(options.input ?? {});
  const now = options.now ?? new Date();
  const plan = await planImport({ ...input, files: options.files }, now);
  const preview = toImportPreview(plan);
  if (Object.keys(plan.missing).length > 0) {
    throw new AppError('UNPROCESSABLE', `Map these columns first: ${Object.entries(plan.missing).map(([kind, fields]) => `${kind}: ${fields!.join(', ')}`).join('; ')}.`, { preview });
  }
  const actor = { id: options.actor.id, name: options.actor.name };
  const runId = randomUUID();
  const runData = {
    id: runId,
    source: plan.source,
    actorId: actor.id,
    files: plan.files,
    options: { dateOrder: plan.settings.dateOrder, decimalSeparator: plan.settings.decimalSeparator, columns: plan.settings.columns, stages: input.stages ?? {}, owners: input.owners ?? {} },
    counts: plan.counts,
    problems: sortProblems(plan.problems),
    createdAt: now,
  };
  if (input.dryRun) {
    const run = await prisma.importRun.create({ data: { ...runData, status: 'DRY_RUN' } });
    return { run: toImportRun({ ...run, actorName: actor.name }), preview };
  }

  const run = await prisma.$transaction(async (tx) => {
    const created = await tx.importRun.create({ data: { ...runData, status: 'COMMITTED' } });
    await writePeople(tx, plan, runId);
    await saveSourceMappings(tx, plan.source, {
      columns: plan.settings.columns,
      stages: Object.fromEntries(plan.stages.filter((row) => row.column !== null).map((row) => [row.stage, row.column!])),
      owners: Object.fromEntries(Object.keys(input.owners ?? {}).flatMap((owner) => {
        const personId = plan.owners.find((row) => row.owner === owner)?.personId;
        return personId ? [[owner, personId]] : [];
      })),
    });
    await writeAuditEntry(tx, { actorId: actor.id, action: 'import.commit', objectType: 'ImportRun', objectId: runId, after: { source: plan.source, files: plan.files, counts: plan.counts } });
    return created;
  }, adminTransactionOptions);
  options.onRunStarted?.(runId);

  try {
    for (let start = 0; start < plan.work.newDeals.length; start += dealChunk) {
      const deals = plan.work.newDeals.slice(start, start + dealChunk);
      const changes = await prisma.$transaction((tx) => writeImportedDeals(tx, { deals, history: plan.work.history, source: plan.source, importRunId: runId, actor }), adminTransactionOptions);
      announce('dealsChangedInBulk', { changes });
      // Let board moves in: they take the same order lock as these chunks.
      await new Promise((resolve) => setImmediate(resolve));
    }
    // A newer export's later history on deals imported before, in chunks like new deals.
    const conflicts = new Set<string>();
    for (let start = 0; start < plan.work.appendedDeals.length; start += dealChunk) {
      const deals = plan.work.appendedDeals.slice(start, start + dealChunk);
      const appended = await prisma.$transaction((tx) => appendImportedHistory(tx, { deals, importRunId: runId, actor }), adminTransactionOptions);
      announce('dealsChangedInBulk', { changes: appended.changes });
      for (const externalId of appended.conflicts) {
        conflicts.add(externalId);
        plan.problems.push({ file: 'deals', line: 0, message: `Deal ${externalId} changed in Cadence while importing; it was not updated.` });
      }
      await new Promise((resolve) => setImmediate(resolve));
    }
    const updated: TDealChange[] = [];
    for (const update of plan.work.updatedDeals) {
      if (conflicts.has(update.externalId)) continue;
      if (!update.isRecorded) await insertImportChanges(prisma, runId, [{ kind: 'DEAL', recordId: update.before.id, action: 'UPDATED', before: toDealCard(update.before) }]);
      const written = await writeDealUpdate(prisma, { type: update.type, before: update.before, data: update.data, actor, now });
      if (written) updated.push(written.change);
      else plan.problems.push({ file: 'deals', line: 0, message: `Deal ${update.externalId} changed in Cadence while importing; it was not updated.` });
    }
    announce('dealsChangedInBulk', { changes: updated });
  } catch (error) {
    await undoImport({ actor: options.actor, importRunId: runId, now }).catch(() => undefined);
    throw error;
  } finally {
    refreshWallFigures();
  }
  return { run: toImportRun({ ...run, actorName: actor.name }), preview };
}

async function writePeople(tx: Parameters<Parameters<typeof prisma.$transaction>[0]>[0], plan: ImportPlan, runId: string): Promise<void> {
  const { newTeams, newPeople, updatedPeople, linkedPeople } = plan.work;
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
    await tx.externalRecord.createMany({ data: links.map((link) => ({ source: plan.source, kind: 'PERSON' as const, externalId: link.externalId, recordId: link.id })), skipDuplicates: true });
  }
  await tx.importChange.createMany({
    data: [
      ...newPeople.map((person) => ({ importRunId: runId, kind: 'PERSON' as const, recordId: person.id, action: 'CREATED' })),
      ...updatedPeople.map((person) => ({ importRunId: runId, kind: 'PERSON' as const, recordId: person.id, action: 'UPDATED', before: { teamId: person.before.teamId, startDate: person.before.startDate.toISOString().slice(0, 10), active: person.before.active } })),
      ...linkedPeople.map((person) => ({ importRunId: runId, kind: 'PERSON' as const, recordId: person.id, action: 'LINKED', before: { externalId: person.externalId } })),
    ],
  });
}
