'use client';

import { useState, type FormEvent } from 'react';
import { ZInvitation, ZInvitePersonInput, type TPasswordLink, type TPerson, type TRole, type TTeam } from '@/schemas/admin';
import { request } from '@/lib/api-client';
import { Dialog } from '@/components/ui/dialog';
import { FormActions } from '@/components/ui/button';
import { Field, FormAlert } from '@/components/ui/field';
import { useZodForm } from '@/components/ui/use-zod-form';
import { todayInBrowser } from './format';
import { ColourAndStartFields, RoleSelect, TeamSelect, type PersonForm } from './person-fields';

// Inviting a person: they get a one-time link to set their own password.

export function InviteDialog({
  teams,
  roles,
  onClose,
  onInvited,
}: {
  teams: TTeam[];
  roles: readonly TRole[];
  onClose: () => void;
  onInvited: (person: TPerson, link: TPasswordLink) => void;
}) {
  const [form, setForm] = useState<PersonForm>(() => ({
    name: '',
    email: '',
    role: 'REP',
    teamId: teams[0]?.id ?? '',
    colour: '#64748b',
    startDate: todayInBrowser(),
  }));
  const submission = useZodForm();
  const { errors, formError, isBusy: isSaving } = submission;
  const needsTeam = form.role === 'REP' || form.role === 'LEAD';

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const candidate = { ...form, teamId: form.teamId || null, startDate: form.startDate || undefined };
    const teamError = needsTeam && !form.teamId ? { teamId: 'Reps and team leads need a team' } : null;
    await submission.submit({
      form: event.currentTarget,
      schema: ZInvitePersonInput,
      value: candidate,
      adjustErrors: (found) => ({ ...teamError, ...found }),
      check: () => teamError,
      send: async () => {
        const reply = await request('POST', '/api/admin/people', { reply: ZInvitation, body: candidate });
        onInvited(reply.person, reply.link);
      },
    });
  }

  return (
    <Dialog title="Invite a person" description="They get a one-time link to set their own password." onClose={onClose} testId="invite-dialog">
      <form onSubmit={submit} noValidate>
        <FormAlert message={formError ?? errors.form} />
        <Field id="invite-name" label="Name" error={errors.name}>
          {(control) => <input {...control} value={form.name} data-autofocus autoComplete="off" onChange={(event) => setForm({ ...form, name: event.currentTarget.value })} />}
        </Field>
        <Field id="invite-email" label="Email" error={errors.email}>
          {(control) => <input {...control} type="email" autoComplete="off" value={form.email} onChange={(event) => setForm({ ...form, email: event.currentTarget.value })} />}
        </Field>
        <div className="field-row">
          <RoleSelect id="invite-role" roles={roles} value={form.role} error={errors.role} onChange={(role) => setForm({ ...form, role })} />
          <TeamSelect
            id="invite-team"
            teams={teams}
            value={form.teamId}
            error={errors.teamId}
            hint={needsTeam ? 'Required for reps and team leads.' : undefined}
            onChange={(teamId) => setForm({ ...form, teamId })}
          />
        </div>
        <ColourAndStartFields idPrefix="invite" colour={form.colour} startDate={form.startDate} errors={errors} onChange={(change) => setForm({ ...form, ...change })} />
        <FormActions submitLabel="Invite" busyLabel="Inviting…" isBusy={isSaving} onCancel={onClose} />
      </form>
    </Dialog>
  );
}
