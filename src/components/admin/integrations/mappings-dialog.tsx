'use client';

import { useState, type FormEvent } from 'react';
import { Dialog } from '@/components/ui/dialog';
import { FormAlert, ItemOptions, Options } from '@/components/ui/field';
import { Button, FormActions } from '@/components/ui/button';
import { useZodForm } from '@/components/ui/use-zod-form';
import { apiPath, request } from '@/lib/api-client';
import { useLoad } from '@/lib/use-load';
import { dealStages } from '@/schemas/deal-stages';
import { ZConnectionMappings, ZSaveMappingsInput, type TConnection, type TConnectionMappings } from '@/schemas/integrations';
import { z } from 'zod';

// Which column each source stage goes to and which person each source owner is. These are
// the source's mappings, the same the import remembers. Saving settles the deals waiting
// for them.

const stageLabels: Record<(typeof dealStages)[number], string> = { BACKLOG: 'Backlog', TODO: 'To do', IN_PROGRESS: 'In progress', COMPLETED: 'Completed' };
type Row = { key: string; value: string };

const ZSettled = z.object({ settled: z.number(), waiting: z.number() });

function MappingsForm({ connection, mappings, suggestedOwners, onClose, onSaved }: { connection: TConnection; mappings: TConnectionMappings; suggestedOwners: string[]; onClose: () => void; onSaved: (message: string) => void }) {
  const [stages, setStages] = useState<Row[]>(() => [...Object.entries(mappings.stages).map(([key, value]) => ({ key, value })), { key: '', value: 'BACKLOG' }]);
  const [owners, setOwners] = useState<Row[]>(() => [
    ...Object.entries(mappings.owners).map(([key, value]) => ({ key, value })),
    ...suggestedOwners.filter((key) => !(key in mappings.owners)).map((key) => ({ key, value: '' })),
    { key: '', value: '' },
  ]);
  const submission = useZodForm();
  const { formError, isBusy } = submission;

  // Typing in the last (empty) row adds another empty one below it.
  const edit = (list: Row[], set: (rows: Row[]) => void, blank: Row, index: number, part: keyof Row, value: string) => {
    const next = list.map((row, at) => (at === index ? { ...row, [part]: value } : row));
    if (index === list.length - 1 && next[index]!.key.trim() !== '') next.push(blank);
    set(next);
  };
  const editStage = (index: number, part: keyof Row, value: string) => edit(stages, setStages, { key: '', value: 'BACKLOG' }, index, part, value);
  const editOwner = (index: number, part: keyof Row, value: string) => edit(owners, setOwners, { key: '', value: '' }, index, part, value);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const removedOwners = Object.keys(mappings.owners).filter((key) => !owners.some((row) => row.key.trim() === key && row.value));
    const value = {
      stages: Object.fromEntries(stages.filter((row) => row.key.trim()).map((row) => [row.key.trim(), row.value])),
      owners: {
        ...Object.fromEntries(removedOwners.map((key) => [key, null])),
        ...Object.fromEntries(owners.filter((row) => row.key.trim() && row.value).map((row) => [row.key.trim(), row.value])),
      },
    };
    await submission.submit({
      form: event.currentTarget,
      schema: ZSaveMappingsInput,
      value,
      send: async (data) => {
        const reply = await request('PUT', apiPath('/api/admin/integrations', connection.id, 'mappings'), { reply: ZSettled, body: data });
        onSaved(reply.settled > 0 ? `Mappings saved; ${reply.settled} waiting deal${reply.settled === 1 ? '' : 's'} now on the boards.` : 'Mappings saved.');
      },
    });
  }

  return (
    <form onSubmit={submit} noValidate>
      <FormAlert message={formError} />
      <fieldset className="admin-fieldset">
        <legend>Stages</legend>
        <p className="small">The source’s stage name or id, and the column it belongs in. HubSpot’s closedwon and closedlost close deals by themselves.</p>
        {stages.map((row, index) => (
          <div className="field-row" key={index}>
            <input aria-label={`Source stage ${index + 1}`} value={row.key} placeholder="Stage name or id" onChange={(event) => editStage(index, 'key', event.currentTarget.value)} />
            <select aria-label={`Column for stage ${row.key || index + 1}`} value={row.value} onChange={(event) => editStage(index, 'value', event.currentTarget.value)}>
              <Options values={dealStages} labels={stageLabels} />
            </select>
          </div>
        ))}
      </fieldset>
      <fieldset className="admin-fieldset">
        <legend>Owners</legend>
        <p className="small">The source’s owner id, and who that is in Cadence. An owner given as an email finds its person by itself.</p>
        {owners.map((row, index) => (
          <div className="field-row" key={index}>
            <input aria-label={`Source owner ${index + 1}`} value={row.key} placeholder="Owner id" onChange={(event) => editOwner(index, 'key', event.currentTarget.value)} />
            <select aria-label={`Person for owner ${row.key || index + 1}`} value={row.value} onChange={(event) => editOwner(index, 'value', event.currentTarget.value)}>
              <option value="">Not mapped</option>
              <ItemOptions items={mappings.people} label={(person) => <>{person.name} ({person.email})</>} />
            </select>
          </div>
        ))}
      </fieldset>
      <FormActions submitLabel="Save mappings" isBusy={isBusy} onCancel={onClose} />
    </form>
  );
}

export function MappingsDialog({ connection, suggestedOwners, onClose, onSaved }: { connection: TConnection; suggestedOwners: string[]; onClose: () => void; onSaved: (message: string) => void }) {
  const mappings = useLoad(apiPath('/api/admin/integrations', connection.id, 'mappings'), ZConnectionMappings);
  return (
    <Dialog title={`Mappings for ${connection.name}`} description="Shared with the import from the same CRM." size="wide" onClose={onClose} testId="mappings-dialog">
      <FormAlert message={mappings.error} />
      {mappings.data ? (
        <MappingsForm connection={connection} mappings={mappings.data} suggestedOwners={suggestedOwners} onClose={onClose} onSaved={onSaved} />
      ) : (
        <>
          <p className="empty">{mappings.isLoading ? 'Loading mappings…' : 'The mappings could not be loaded.'}</p>
          <Button variant="secondary" onClick={onClose}>
            Close
          </Button>
        </>
      )}
    </Dialog>
  );
}
