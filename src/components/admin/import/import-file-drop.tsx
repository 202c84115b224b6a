'use client';

import { useState } from 'react';
import type { ImportFiles } from './use-import';

const kinds = [
  { kind: 'deals', label: 'Deals', hint: 'Opportunity.csv, a Salesforce report, a HubSpot or Pipedrive deals export, or a Cadence export' },
  { kind: 'people', label: 'People (optional)', hint: 'User.csv or any list with an email column' },
  { kind: 'history', label: 'Stage history (optional)', hint: 'OpportunityHistory.csv' },
] as const;

/** Three file inputs, each also a drop target. */
export function ImportFileDrop({ files, onChoose }: { files: ImportFiles; onChoose: (update: Partial<ImportFiles>) => void }) {
  const [over, setOver] = useState<string | null>(null);
  return (
    <div className="import-drops">
      {kinds.map(({ kind, label, hint }) => (
        <label
          key={kind}
          className={`import-drop${over === kind ? ' is-over' : ''}${files[kind] ? ' has-file' : ''}`}
          onDragOver={(event) => {
            event.preventDefault();
            setOver(kind);
          }}
          onDragLeave={() => setOver(null)}
          onDrop={(event) => {
            event.preventDefault();
            setOver(null);
            const file = event.dataTransfer.files[0];
            if (file) onChoose({ [kind]: file });
          }}
        >
          <span className="import-drop-label">{label}</span>
          <span className="field-hint">{files[kind] ? `${files[kind].name} · ${Math.ceil(files[kind].size / 1024)} KB` : `Drop a CSV here or choose one. ${hint}.`}</span>
          <input type="file" accept=".csv,text/csv,text/plain" aria-label={`${label} file`} onChange={(event) => onChoose({ [kind]: event.currentTarget.files?.[0] ?? null })} />
        </label>
      ))}
    </div>
  );
}
