'use client';

import { useState, type FormEvent } from 'react';
import { ZPersonUpdate, ZUpdatePersonInput, type TPerson, type TRole, type TTeam } from '@/schemas/admin';
import { personChanges, type PersonMove } from '@/domain/admin/people';
import { apiPath, request } from '@/lib/api-client';
import { Dialog } from '@/components/ui/dialog';
import { FormActions } from '@/components/ui/button';
import { Field, FormAlert } from '@/components/ui/field';
import { useZodForm } from '@/components/ui/use-zod-form';
import { ColourAndStartFields, RoleSelect, TeamSelect, type PersonForm } from './person-fields';

// Changing a person's name, role, team, colour or start date; a team move carries their open deals and goals.

export function EditPersonDialog({
  person,
  teams,
  roles,
  onClose,
  onSaved,
}: {
  person: TPerson;
  teams: TTeam[];
  roles: readonly TRole[];
  onClose: () => void;
  onSaved: (person: TPerson, moved: PersonMove) => void;
}) {
  const [form, setForm] = useState<Omit<PersonForm, 'email'>>({
    name: person.name,
    role: person.role,
    teamId: person.teamId ?? '',
    colour: person.colour,
    startDate: person.startDate.slice(0, 10),
  });
  const submission = useZodForm();
  const { errors, formError, isBusy: isSaving } = submission;
  const isTeamChanging = (form.teamId || null) !== person.teamId;
  const roleOptions = roles.includes(person.role) ? roles : [person.role, ...roles];

  const changes = personChanges(person, { ...form, role: form.role });

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (Object.keys(changes).length === 0) {
      onClose();
      return;
    }
    await submission.submit({
      form: event.currentTarget,
      schema: ZUpdatePersonInput,
      value: changes,
      send: async () => {
        const reply = await request('PATCH', apiPath('/api/admin/people', person.id), { reply: ZPersonUpdate, body: changes });
        onSaved(reply.person, reply.moved);
      },
    });
  }

  const newTeamName = teams.find((team) => team.id === form.teamId)?.name ?? 'no team';

  return (
    <Dialog title={`Edit ${person.name}`} description={person.email} onClose={onClose} testId="edit-person-dialog">
      <form onSubmit={submit} noValidate>
        <FormAlert message={formError ?? errors.form} />
        <Field id="person-name" label="Name" error={errors.name}>
          {(control) => <input {...control} value={form.name} data-autofocus onChange={(event) => setForm({ ...form, name: event.currentTarget.value })} />}
        </Field>
        <div className="field-row">
          <RoleSelect id="person-role" roles={roleOptions} value={form.role} error={errors.role} onChange={(role) => setForm({ ...form, role })} />
          <TeamSelect id="person-team" teams={teams} value={form.teamId} error={errors.teamId} onChange={(teamId) => setForm({ ...form, teamId })} />
        </div>
        {isTeamChanging ? (
          <div className="notice warning-notice" role="note" style={{ marginBottom: 14 }}>
            Moving {person.name} to <strong>{newTeamName}</strong>: their {person.openDealCount} open deal(s) and this month&apos;s and later goals
            move with them. Closed deals and past months&apos; goals stay with {person.teamName ?? 'their old team'}.
          </div>
        ) : null}
        <ColourAndStartFields idPrefix="person" colour={form.colour} startDate={form.startDate} errors={errors} onChange={(change) => setForm({ ...form, ...change })} />
        <FormActions submitLabel="Save" isBusy={isSaving} onCancel={onClose} />
      </form>
    </Dialog>
  );
}
