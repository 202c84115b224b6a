'use client';

import { useState } from 'react';
import { z } from 'zod';
import { ZPerson } from '@/schemas/admin';
import { ZImportPreview, ZImportResult, ZImportRunList, type TImportOptions, type TImportPreview, type TImportResult } from '@/schemas/import';
import type { TDealStage } from '@/schemas/deal';
import { messageOf, request, upload } from '../admin-api';
import { useLoad } from '../use-load';

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
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState<'preview' | 'dry-run' | 'commit' | null>(null);
  const history = useLoad('/api/admin/imports', ZImportRunList);
  const people = useLoad('/api/admin/people?active=true', ZPeople);

  function form(extra: Partial<TImportOptions> = {}): FormData {
    const data = new FormData();
    for (const kind of ['people', 'deals', 'history'] as const) if (files[kind]) data.set(kind, files[kind]);
    const options: TImportOptions = { columns, stages, owners, ...(dateOrder ? { dateOrder } : {}), ...extra };
    data.set('options', JSON.stringify(options));
    return data;
  }

  async function run<T>(kind: NonNullable<typeof busy>, work: () => Promise<T>): Promise<T | null> {
    setBusy(kind);
    setError(null);
    try {
      return await work();
    } catch (caught) {
      setError(messageOf(caught));
      return null;
    } finally {
      setBusy(null);
    }
  }

  async function loadPreview() {
    if (!files.deals && !files.people) return setError('Choose a deals file, a people file or both.');
    setResult(null);
    const reply = await run('preview', () => upload('/api/admin/imports/preview', form(), ZImportPreview));
    if (reply) setPreview(reply);
  }

  async function commit(isDryRun: boolean) {
    const reply = await run(isDryRun ? 'dry-run' : 'commit', () => upload('/api/admin/imports', form({ dryRun: isDryRun }), ZImportResult));
    if (!reply) return;
    setResult(reply);
    setPreview(reply.preview);
    await history.reload();
  }

  async function undo(importId: string) {
    await run('commit', () => request('POST', `/api/admin/imports/${encodeURIComponent(importId)}/undo`, z.object({})));
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
