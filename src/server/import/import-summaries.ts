import type { ImportRun } from '@/generated/prisma/client';
import type { TImportCounts, TImportPreview, TImportRun } from '@/schemas/import';
import type { ImportSource } from '@/domain/import/presets';
import type { ImportPlan } from './plan-import';

/** How many row problems a preview lists (the error report has them all). */
export const previewProblemLimit = 500;

export function toImportPreview(plan: ImportPlan): TImportPreview {
  return {
    source: plan.source,
    dateOrder: plan.settings.dateOrder,
    decimalSeparator: plan.settings.decimalSeparator,
    files: plan.files as Record<string, string>,
    headers: plan.headers as Record<string, string[]>,
    columns: plan.settings.columns as Record<string, Record<string, string>>,
    missing: plan.missing as Record<string, string[]>,
    stages: plan.stages,
    owners: plan.owners,
    counts: plan.counts,
    problems: sortProblems(plan.problems).slice(0, previewProblemLimit),
    problemCount: plan.problems.length,
    notes: plan.notes,
    noteCount: plan.noteCount,
  };
}

const fileOrder = { people: 0, deals: 1, history: 2 } as const;

export function sortProblems<T extends { file: keyof typeof fileOrder; line: number }>(problems: readonly T[]): T[] {
  return [...problems].sort((a, b) => fileOrder[a.file] - fileOrder[b.file] || a.line - b.line);
}

export function toImportRun(run: ImportRun & { actorName?: string | null }): TImportRun {
  return {
    id: run.id,
    source: run.source as ImportSource,
    status: run.status,
    actorName: run.actorName ?? null,
    files: run.files as Record<string, string>,
    counts: run.counts as TImportCounts,
    problemCount: Array.isArray(run.problems) ? run.problems.length : 0,
    createdAt: run.createdAt.toISOString(),
    undoneAt: run.undoneAt?.toISOString() ?? null,
  };
}
