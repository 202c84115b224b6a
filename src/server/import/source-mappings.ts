import type { TransactionClient } from '@/server/db';
import { prisma } from '@/server/db';
import type { TDealStage } from '@/schemas/deal';
import type { ColumnMapping, FileKind, ImportSource } from '@/domain/import/presets';
import { dealStages } from '@/schemas/deal-stages';

// The choices an admin made for a source, kept for its next import (and for the
// webhooks of issue #14, which read the same stage and owner mappings): which column
// holds each field, which column each source stage belongs in, which person each
// source owner is.

export type RememberedMappings = {
  columns: Record<FileKind, ColumnMapping>;
  stages: Record<string, TDealStage>;
  /** Source owner reference → user id. */
  owners: Record<string, string>;
};

const columnKinds = { people: 'PEOPLE_COLUMN', deals: 'DEALS_COLUMN', history: 'HISTORY_COLUMN' } as const;

export async function loadSourceMappings(source: ImportSource, client: Pick<typeof prisma, 'sourceMapping'> = prisma): Promise<RememberedMappings> {
  return rememberedMappings(await client.sourceMapping.findMany({ where: { source } }));
}

/** A source's stored mapping rows, read. */
export function rememberedMappings(rows: readonly { kind: string; key: string; value: string }[]): RememberedMappings {
  const mappings: RememberedMappings = { columns: { people: {}, deals: {}, history: {} }, stages: {}, owners: {} };
  for (const row of rows) {
    if (row.kind === 'STAGE') {
      if ((dealStages as readonly string[]).includes(row.value)) mappings.stages[row.key] = row.value as TDealStage;
    } else if (row.kind === 'OWNER') mappings.owners[row.key] = row.value;
    else {
      const kind = (Object.keys(columnKinds) as FileKind[]).find((candidate) => columnKinds[candidate] === row.kind);
      if (kind) mappings.columns[kind][row.key] = row.value;
    }
  }
  return mappings;
}

export async function saveSourceMappings(
  tx: TransactionClient,
  source: ImportSource,
  mappings: { columns?: Partial<Record<FileKind, ColumnMapping>>; stages?: Record<string, TDealStage>; owners?: Record<string, string> },
): Promise<void> {
  const rows: { kind: 'PEOPLE_COLUMN' | 'DEALS_COLUMN' | 'HISTORY_COLUMN' | 'STAGE' | 'OWNER'; key: string; value: string }[] = [];
  for (const kind of Object.keys(mappings.columns ?? {}) as FileKind[]) {
    for (const [field, column] of Object.entries(mappings.columns?.[kind] ?? {})) if (column) rows.push({ kind: columnKinds[kind], key: field, value: column });
  }
  for (const [stage, column] of Object.entries(mappings.stages ?? {})) rows.push({ kind: 'STAGE', key: stage, value: column });
  for (const [owner, personId] of Object.entries(mappings.owners ?? {})) rows.push({ kind: 'OWNER', key: owner, value: personId });
  for (const row of rows) {
    await tx.sourceMapping.upsert({
      where: { source_kind_key: { source, kind: row.kind, key: row.key } },
      create: { source, ...row },
      update: { value: row.value },
    });
  }
}
