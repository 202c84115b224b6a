'use client';

import { useState } from 'react';
import { z } from 'zod';
import { ZPerson } from '@/schemas/admin';
import { ZImportPreview, ZImportResult, ZImportRunList, type TImportOptions, type TImportPreview, type TImportResult } from '@/schemas/import';
import type { TDealStage } from '@/schemas/deal';
import { request } from '@/lib/api-client';
import { useBusyAction } from '@/components/ui/use-busy-action';
import { useLoad } from '@/lib/use-load';

// The state of Admin → Import: the chosen files, the admin's mapping choices on top of
// the server's guesses, the latest preview, and the import history.

export type ImportFiles = { people: File | null; deals: File | null; history: File | null };
export type OwnerChoice = NonNullable<TImportOptions['owners']>[string];

const ZPeople = z.object({ people: z.array(ZPerson) });

export function useImport() {
  const [files, setFiles] = useState<ImportFiles>({ people: null, deals: null, history: null });
  const [columns, setColumns] = useState<Record<'people' | 'deals' | 'history', Record<string, string>>>({ people: {}, deals: {}, history: {} });
  const [stages, setStages] = useState<Record<string, TDealStage>>({});
  const [owners, setOwners] = useState<Record<string, OwnerChoice>>({});
  const [dateOrder, setDateOrder] = useState<'dmy' | 'mdy' | undefined>(undefined);
  const [preview, setPreview] = useState<TImportPreview | null>(null);
  const [result, setResult] = useState<TImportResult | null>(null);
  const { busy, error, setError, run } = useBusyAction<'preview' | 'dry-run' | 'commit'>();
  const history = useLoad('/api/admin/imports', ZImportRunList);
  const people = useLoad('/api/admin/people?active=true', ZPeople);

  function form(extra: Partial<TImportOptions> = {}): FormData {
    const data = new FormData();
    for (const kind of ['people', 'deals', 'history'] as const) if (files[kind]) data.set(kind, files[kind]);
    const options: TImportOptions = { columns, stages, owners, ...(dateOrder ? { dateOrder } : {}), ...extra };
    data.set('options', JSON.stringify(options));
    return data;
  }

  async function loadPreview() {
    if (!files.deals && !files.people) return setError('Choose a deals file, a people file or both.');
    setResult(null);
    const reply = await run('preview', () => request('POST', '/api/admin/imports/preview', { body: form(), reply: ZImportPreview }));
    if (reply) setPreview(reply);
  }

  async function commit(isDryRun: boolean) {
    const reply = await run(isDryRun ? 'dry-run' : 'commit', () => request('POST', '/api/admin/imports', { body: form({ dryRun: isDryRun }), reply: ZImportResult }));
    if (!reply) return;
    setResult(reply);
    setPreview(reply.preview);
    await history.reload();
  }

  async function undo(importId: string) {
    await run('commit', () => request('POST', `/api/admin/imports/${encodeURIComponent(importId)}/undo`, { reply: z.object({}) }));
    await history.reload();
  }

  function chooseFiles(update: Partial<ImportFiles>) {
    setFiles((current) => ({ ...current, ...update }));
    setPreview(null);
    setResult(null);
  }

  return {
    files, chooseFiles,
    columns, setColumn: (kind: 'people' | 'deals' | 'history', field: string, column: string) => setColumns((current) => ({ ...current, [kind]: { ...current[kind], [field]: column } })),
    stages, setStage: (stage: string, column: TDealStage) => setStages((current) => ({ ...current, [stage]: column })),
    owners, setOwner: (owner: string, choice: OwnerChoice | null) => setOwners((current) => {
      const next = { ...current };
      if (choice) next[owner] = choice;
      else delete next[owner];
      return next;
    }),
    dateOrder, setDateOrder,
    preview, result, error, busy,
    history, people: people.data?.people ?? [],
    loadPreview, commit, undo,
  };
}

export type ImportState = ReturnType<typeof useImport>;
