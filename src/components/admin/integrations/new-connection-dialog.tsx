'use client';

import { useState, type FormEvent } from 'react';
import { Dialog } from '@/components/ui/dialog';
import { Field, FormAlert, Options } from '@/components/ui/field';
import { Button, FormActions } from '@/components/ui/button';
import { useZodForm } from '@/components/ui/use-zod-form';
import { request } from '@/lib/api-client';
import { ZCreateConnectionInput, ZCreatedConnection, type TCreatedConnection, type TIntegrationSource } from '@/schemas/integrations';
import { ShownOnceSecret } from './shown-once-secret';
import { sourceLabels } from './use-integrations';

export function NewConnectionDialog({ onClose, onCreated }: { onClose: () => void; onCreated: () => void }) {
  const [source, setSource] = useState<TIntegrationSource>('hubspot');
  const [name, setName] = useState('');
  const [secret, setSecret] = useState('');
  const [organizationId, setOrganizationId] = useState('');
  const [created, setCreated] = useState<TCreatedConnection | null>(null);
  const submission = useZodForm();
  const { errors, formError, isBusy } = submission;

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const value = {
      source,
      name,
      ...(source === 'hubspot' && secret.trim() ? { secret: secret.trim() } : {}),
      ...(source === 'salesforce' && organizationId.trim() ? { salesforceOrganizationId: organizationId.trim() } : {}),
    };
    await submission.submit({
      form: event.currentTarget,
      schema: ZCreateConnectionInput,
      value,
      check: () => (source === 'salesforce' && !organizationId.trim() ? { salesforceOrganizationId: 'Give the organisation id (Setup → Company Information)' } : null),
      send: async (data) => {
        const reply = await request('POST', '/api/admin/integrations', { reply: ZCreatedConnection, body: data });
        setCreated(reply);
        onCreated();
      },
    });
  }

  if (created) {
    return (
      <Dialog title={`${created.connection.name} is ready`} onClose={onClose} testId="connection-created-dialog">
        <ShownOnceSecret connection={created.connection} secret={created.secret} />
        <div className="form-actions">
          <Button onClick={onClose}>Done</Button>
        </div>
      </Dialog>
    );
  }

  return (
    <Dialog title="New connection" description="A CRM (or automation tool) that posts deal changes to Cadence as they happen." onClose={onClose} testId="new-connection-dialog">
      <form onSubmit={submit} noValidate>
        <FormAlert message={formError ?? errors.form} />
        <Field id="connection-source" label="Source" error={errors.source}>
          {(control) => (
            <select {...control} value={source} onChange={(event) => setSource(event.currentTarget.value as TIntegrationSource)} data-autofocus>
              <Options values={Object.keys(sourceLabels) as TIntegrationSource[]} labels={sourceLabels} />
            </select>
          )}
        </Field>
        <Field id="connection-name" label="Name" error={errors.name} hint="e.g. “HubSpot production”">
          {(control) => <input {...control} value={name} onChange={(event) => setName(event.currentTarget.value)} autoComplete="off" />}
        </Field>
        {source === 'hubspot' ? (
          <Field id="connection-secret" label="HubSpot client secret" error={errors.secret} hint="HubSpot signs with your app’s client secret (Auth tab). Left empty, Cadence makes one, for testing.">
            {(control) => <input {...control} value={secret} onChange={(event) => setSecret(event.currentTarget.value)} autoComplete="off" spellCheck={false} />}
          </Field>
        ) : null}
        {source === 'salesforce' ? (
          <Field id="connection-organization" label="Salesforce organisation id" error={errors.salesforceOrganizationId} hint="Starts with 00D; every outbound message must carry it.">
            {(control) => <input {...control} value={organizationId} onChange={(event) => setOrganizationId(event.currentTarget.value)} autoComplete="off" spellCheck={false} />}
          </Field>
        ) : null}
        <FormActions submitLabel="Create connection" busyLabel="Creating…" isBusy={isBusy} onCancel={onClose} />
      </form>
    </Dialog>
  );
}
