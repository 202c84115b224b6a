'use client';

import { FormAlert } from '@/components/ui/field';
import { ImportFileDrop } from './import-file-drop';
import { ImportHistory } from './import-history';
import { ColumnMapping, OwnerMapping, StageMapping } from './import-mapping';
import { ImportCounts, ImportProblems } from './import-preview';
import { useImport } from './use-import';
import { AdminPageHeader } from '../admin-page-header';

const sourceLabel = { salesforce: 'Salesforce', hubspot: 'HubSpot', pipedrive: 'Pipedrive', cadence: 'Cadence', csv: 'CSV (map the columns)' } as const;

/** Admin → Import: drop files, check the mapping and the preview, then dry-run or import. */
export function ImportView() {
  const state = useImport();
  const { preview, result, busy } = state;
  const isBlocked = !preview || Object.keys(preview.missing).length > 0;
  return (
    <>
      <AdminPageHeader title="Import" subtitle="Bring people and deals, with their history, from Salesforce, HubSpot, Pipedrive or any CSV. Importing the same file again changes nothing." />
      <ImportFileDrop files={state.files} onChoose={state.chooseFiles} />
      <div className="form-actions">
        <button type="button" className="button" disabled={busy !== null || (!state.files.deals && !state.files.people)} onClick={() => void state.loadPreview()}>
          {busy === 'preview' ? 'Reading…' : preview ? 'Preview again' : 'Preview'}
        </button>
        {preview ? (
          <fieldset className="import-date-order">
            <legend className="small">Dates like 3/4/2026 are</legend>
            <label><input type="radio" name="date-order" checked={(state.dateOrder ?? preview.dateOrder) === 'mdy'} onChange={() => state.setDateOrder('mdy')} /> month first</label>
            <label><input type="radio" name="date-order" checked={(state.dateOrder ?? preview.dateOrder) === 'dmy'} onChange={() => state.setDateOrder('dmy')} /> day first</label>
          </fieldset>
        ) : null}
      </div>
      <FormAlert message={state.error} />
      {result ? (
        <p className="notice success-notice" role="status">
          {result.run.status === 'DRY_RUN' ? 'Dry run recorded: nothing was written.' : `Imported: ${result.run.counts.deals.create} deals created, ${result.run.counts.deals.update} updated, ${result.run.counts.people.create} people added.`}
          {result.run.problemCount > 0 ? <> <a href={`/api/admin/imports/${result.run.id}/errors`} download>Download the error report ({result.run.problemCount} rows)</a></> : null}
        </p>
      ) : null}
      {preview ? (
        <div className="import-preview" aria-busy={busy === 'preview'}>
          <p>Read as <strong>{sourceLabel[preview.source]}</strong> export · {Object.entries(preview.files).map(([kind, name]) => `${kind}: ${name}`).join(' · ')}</p>
          <ImportCounts counts={preview.counts} />
          <ColumnMapping state={state} />
          <StageMapping state={state} />
          <OwnerMapping state={state} />
          <ImportProblems state={state} />
          <div className="form-actions">
            <span className="muted small">Changed a mapping? Preview again before importing.</span>
            <button type="button" className="button secondary" disabled={busy !== null || isBlocked} onClick={() => void state.commit(true)}>{busy === 'dry-run' ? 'Running…' : 'Dry run'}</button>
            <button type="button" className="button" disabled={busy !== null || isBlocked} onClick={() => void state.commit(false)}>{busy === 'commit' ? 'Importing…' : 'Import'}</button>
          </div>
        </div>
      ) : null}
      <ImportHistory state={state} />
    </>
  );
}
