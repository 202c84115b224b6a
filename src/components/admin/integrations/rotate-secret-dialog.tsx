'use client';

import { useState, type FormEvent } from 'react';
import { Dialog } from '@/components/ui/dialog';
import { Field, FormAlert } from '@/components/ui/field';
import { Button, FormActions } from '@/components/ui/button';
import { useZodForm } from '@/components/ui/use-zod-form';
import { apiPath, request } from '@/lib/api-client';
import { ZRotateSecretInput, ZRotatedSecret, type TConnection, type TRotatedSecret } from '@/schemas/integrations';
import { ShownOnceSecret } from './shown-once-secret';

export function RotateSecretDialog({ connection, onClose, onRotated }: { connection: TConnection; onClose: () => void; onRotated: (connection: TConnection) => void }) {
  const [graceHours, setGraceHours] = useState('24');
  const [secret, setSecret] = useState('');
  const [rotated, setRotated] = useState<TRotatedSecret | null>(null);
  const submission = useZodForm();
  const { errors, formError, isBusy } = submission;

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    await submission.submit({
      form: event.currentTarget,
      schema: ZRotateSecretInput,
      value: { graceHours: graceHours.trim() === '' ? undefined : Number(graceHours), ...(secret.trim() ? { secret: secret.trim() } : {}) },
      send: async (data) => {
        const reply = await request('POST', apiPath('/api/admin/integrations', connection.id, 'rotate'), { reply: ZRotatedSecret, body: data });
        setRotated(reply);
        onRotated(reply.connection);
      },
    });
  }

  if (rotated) {
    return (
      <Dialog title={`New secret for ${connection.name}`} onClose={onClose}>
        <ShownOnceSecret connection={rotated.connection} secret={rotated.secret} />
        <p className="small">
          {rotated.previousSecretExpiresAt ? `The old secret still works until ${new Date(rotated.previousSecretExpiresAt).toLocaleString()}.` : 'The old secret no longer works.'}
        </p>
        <div className="form-actions">
          <Button onClick={onClose}>Done</Button>
        </div>
      </Dialog>
    );
  }

  return (
    <Dialog title={`Rotate the secret of ${connection.name}`} description="Deliveries signed with the old secret are still accepted for the grace period, so you can switch the source over." onClose={onClose}>
      <form onSubmit={submit} noValidate>
        <FormAlert message={formError ?? errors.form} />
        <Field id="rotate-grace" label="Grace period (hours)" error={errors.graceHours} hint="0 ends the old secret now; at most 168 (a week).">
          {(control) => <input {...control} type="number" min={0} max={168} value={graceHours} onChange={(event) => setGraceHours(event.currentTarget.value)} data-autofocus />}
        </Field>
        {connection.source === 'hubspot' ? (
          <Field id="rotate-secret" label="New HubSpot client secret" error={errors.secret} hint="Paste the secret HubSpot gave you after rotating it there.">
            {(control) => <input {...control} value={secret} onChange={(event) => setSecret(event.currentTarget.value)} autoComplete="off" spellCheck={false} />}
          </Field>
        ) : null}
        <FormActions submitLabel="Rotate secret" busyLabel="Rotating…" isBusy={isBusy} onCancel={onClose} />
      </form>
    </Dialog>
  );
}
