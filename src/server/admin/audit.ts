import type { Prisma } from '@/generated/prisma/client';
import type { TransactionClient } from '@/server/db';

// Every administrative change writes one AuditEntry inside the transaction that makes
// the change, so the log can never disagree with the data.

/** A value as it is stored in the log: plain JSON, dates as ISO text. */
export function toAuditJson(value: unknown): Prisma.InputJsonValue | undefined {
  if (value === null || value === undefined) return undefined;
  return JSON.parse(JSON.stringify(value)) as Prisma.InputJsonValue;
}

export type AuditRecord = {
  actorId: string | null;
  /** e.g. office.update, user.deactivate, goal.update */
  action: string;
  /** e.g. Office, User, MonthlyGoal */
  objectType: string;
  objectId: string;
  before?: unknown;
  after?: unknown;
};

function toAuditRow(record: AuditRecord) {
  return {
    actorId: record.actorId,
    action: record.action,
    objectType: record.objectType,
    objectId: record.objectId,
    before: toAuditJson(record.before),
    after: toAuditJson(record.after),
  };
}

export async function writeAuditEntry(tx: TransactionClient, record: AuditRecord): Promise<void> {
  await tx.auditEntry.create({ data: toAuditRow(record) });
}

/** The AuditEntry of a change to one record: the record as `snapshot` shows it before and after. */
export async function writeChangeAuditEntry<Row extends { id: string }>(
  tx: TransactionClient,
  change: { actorId: string; action: string; objectType: string; before: Row; after: Row; snapshot: (row: Row) => unknown },
): Promise<void> {
  const { before, after, snapshot } = change;
  await writeAuditEntry(tx, { actorId: change.actorId, action: change.action, objectType: change.objectType, objectId: before.id, before: snapshot(before), after: snapshot(after) });
}

export async function writeAuditEntries(tx: TransactionClient, records: readonly AuditRecord[]): Promise<void> {
  if (records.length === 0) return;
  await tx.auditEntry.createMany({ data: records.map(toAuditRow) });
}

/** Long transactions for administrative writes (PGlite on a slow machine). */
export const adminTransactionOptions = { maxWait: 10_000, timeout: 30_000 } as const;
