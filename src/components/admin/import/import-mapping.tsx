'use client';

import { dealStages } from '@/schemas/deal-stages';
import type { TDealStage } from '@/schemas/deal';
import type { ImportState } from './use-import';
import { ItemOptions, Options } from '@/components/ui/field';
import { DataTable } from '@/components/ui/table';

const stageLabels: Record<TDealStage, string> = { BACKLOG: 'Backlog', TODO: 'To do', IN_PROGRESS: 'In progress', COMPLETED: 'Completed' };
const fieldLabels: Record<string, string> = {
  externalId: 'Id', title: 'Deal name', account: 'Account', stage: 'Stage', amount: 'Amount', currency: 'Currency', closeDate: 'Close date', createdDate: 'Created date',
  owner: 'Owner', isWon: 'Won', isClosed: 'Closed', status: 'Status', wonTime: 'Won time', lostTime: 'Lost time', expectedCloseDate: 'Expected close date', notes: 'Notes',
  name: 'Name', firstName: 'First name', lastName: 'Last name', email: 'Email', isActive: 'Active', startDate: 'Start date', team: 'Team', office: 'Office',
  dealExternalId: 'Deal id', occurredAt: 'Changed at',
};

/** Which column holds each field, per file: the server's guess, changeable. */
export function ColumnMapping({ state }: { state: ImportState }) {
  const preview = state.preview!;
  return (
    <section aria-labelledby="import-columns">
      <h2 id="import-columns">Columns</h2>
      {(Object.keys(preview.headers) as ('people' | 'deals' | 'history')[]).map((kind) => (
        <details key={kind} open={Boolean(preview.missing[kind])} className="import-columns">
          <summary>
            {kind[0]!.toUpperCase() + kind.slice(1)}: {Object.keys(preview.columns[kind] ?? {}).length} fields mapped
            {preview.missing[kind] ? <strong className="field-error"> · map {preview.missing[kind]!.map((field) => fieldLabels[field] ?? field).join(', ')}</strong> : null}
          </summary>
          <div className="field-row">
            {Object.keys(fieldLabels).filter((field) => field in (preview.columns[kind] ?? {}) || (preview.missing[kind] ?? []).includes(field) || kind === 'deals' || kind === 'people').slice(0, kind === 'history' ? 7 : 16).map((field) => (
              <label key={field} className="field">
                <span>{fieldLabels[field]}</span>
                <select value={state.columns[kind][field] ?? preview.columns[kind]?.[field] ?? ''} onChange={(event) => state.setColumn(kind, field, event.currentTarget.value)}>
                  <option value="">— not in this file —</option>
                  <Options values={preview.headers[kind]!} />
                </select>
              </label>
            ))}
          </div>
        </details>
      ))}
    </section>
  );
}

/** Every source stage with its column; unmapped ones first. */
export function StageMapping({ state }: { state: ImportState }) {
  const stages = [...state.preview!.stages].sort((a, b) => Number(a.column !== null) - Number(b.column !== null));
  if (stages.length === 0) return null;
  return (
    <section aria-labelledby="import-stages">
      <h2 id="import-stages">Stages</h2>
      <p className="muted small">Won and lost come from the file’s Won/Closed or status columns, never from a stage’s name.</p>
      <div className="admin-table-wrap">
        <DataTable
          columns={['Stage in the file', { label: 'Rows', isNumeric: true }, 'Cadence column']}
          rows={stages}
          rowKey={(row) => row.stage}
          renderRow={(row) => (
            <>
              <th scope="row">{row.stage}{row.column === null ? <span className="badge inactive"> not mapped</span> : row.isGuess ? <span className="muted small"> (guess)</span> : null}</th>
              <td className="numeric">{row.rows}</td>
              <td>
                <select aria-label={`Column for stage ${row.stage}`} value={state.stages[row.stage] ?? row.column ?? ''} onChange={(event) => state.setStage(row.stage, event.currentTarget.value as TDealStage)}>
                  <option value="" disabled>Choose a column</option>
                  <Options values={dealStages} labels={stageLabels} />
                </select>
              </td>
            </>
          )}
        />
      </div>
    </section>
  );
}

/** Owners the import could not match (or matched to someone inactive): pick a person or invite one. */
export function OwnerMapping({ state }: { state: ImportState }) {
  const rows = state.preview!.owners.filter((row) => row.status !== 'matched' || state.owners[row.owner]);
  if (rows.length === 0) return null;
  return (
    <section aria-labelledby="import-owners">
      <h2 id="import-owners">Owners</h2>
      <div className="admin-table-wrap">
        <DataTable
          columns={['Owner in the file', { label: 'Deals', isNumeric: true }, 'Cadence person']}
          rows={rows}
          rowKey={(row) => row.owner}
          renderRow={(row) => {
            const choice = state.owners[row.owner];
            const value = !choice ? '' : 'personId' in choice ? choice.personId : 'invite';
            return (
              <>
                <th scope="row">{row.owner} <span className="muted small">{row.status === 'unknown' ? 'unknown' : row.status === 'inactive' ? `${row.personName}, inactive` : row.status === 'no-team' ? `${row.personName}, on no team` : ''}</span></th>
                <td className="numeric">{row.deals}</td>
                <td>
                  <select aria-label={`Person for owner ${row.owner}`} value={value} onChange={(event) => {
                    const selected = event.currentTarget.value;
                    if (selected === '') state.setOwner(row.owner, null);
                    else if (selected === 'invite') state.setOwner(row.owner, { invite: { name: row.owner.includes('@') ? row.owner.split('@')[0]! : row.owner, email: row.owner.includes('@') ? row.owner : '' } });
                    else state.setOwner(row.owner, { personId: selected });
                  }}>
                    <option value="">Choose a person</option>
                    {state.people.filter((person) => person.teamId).map((person) => <option key={person.id} value={person.id}>{person.name} ({person.teamName})</option>)}
                    <option value="invite">Invite a new person…</option>
                  </select>
                  {choice && 'invite' in choice ? (
                    <span className="import-invite">
                      <input aria-label={`Name to invite for ${row.owner}`} value={choice.invite.name} onChange={(event) => state.setOwner(row.owner, { invite: { ...choice.invite, name: event.currentTarget.value } })} />
                      <input aria-label={`Email to invite for ${row.owner}`} type="email" placeholder="email" value={choice.invite.email} onChange={(event) => state.setOwner(row.owner, { invite: { ...choice.invite, email: event.currentTarget.value } })} />
                      <select aria-label={`Team for ${row.owner}`} value={choice.invite.teamId ?? ''} onChange={(event) => state.setOwner(row.owner, { invite: { ...choice.invite, teamId: event.currentTarget.value || undefined } })}>
                        <option value="">Team…</option>
                        <ItemOptions items={teamsOf(state)} />
                      </select>
                    </span>
                  ) : null}
                </td>
              </>
            );
          }}
        />
      </div>
    </section>
  );
}

function teamsOf(state: ImportState): { id: string; name: string }[] {
  const teams = new Map<string, string>();
  for (const person of state.people) if (person.teamId && person.teamName) teams.set(person.teamId, person.teamName);
  return [...teams].map(([id, name]) => ({ id, name })).sort((a, b) => a.name.localeCompare(b.name));
}
