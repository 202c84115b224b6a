'use client';

import { useId, useState, type FormEvent } from 'react';
import type { TActionItem } from '@/schemas/sprint';
import { ZCreateActionItemInput } from '@/schemas/sprint';
import { FormActions } from '@/components/ui/button';
import { Field, FormAlert, ItemOptions } from '@/components/ui/field';
import { useZodForm } from '@/components/ui/use-zod-form';
import { addActionItem } from './sprints-api';

// Agrees an action item at the retrospective: what, who and by when (by default the end
// of the next sprint). It then shows at every standup until it is done.

export function ActionItemForm({
  teamId,
  sprintId,
  members,
  defaultDueOn,
  onAdded,
}: {
  teamId: string;
  sprintId: string;
  members: { userId: string; name: string }[];
  defaultDueOn: string;
  onAdded: (item: TActionItem) => void;
}) {
  const id = useId();
  const [title, setTitle] = useState('');
  const [ownerId, setOwnerId] = useState('');
  const [dueOn, setDueOn] = useState(defaultDueOn);
  const submission = useZodForm();
  const { errors, isBusy: isSaving } = submission;

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    await submission.submit({
      form: event.currentTarget,
      schema: ZCreateActionItemInput,
      value: { title, ownerId, dueOn },
      adjustErrors: (found) => (found.ownerId ? { ...found, ownerId: 'Choose who owns it' } : found),
      send: async (input) => {
        const { actionItem } = await addActionItem(teamId, sprintId, input);
        onAdded(actionItem);
        setTitle('');
        return actionItem;
      },
      done: (actionItem) => `Action item added for ${actionItem.ownerName}.`,
    });
  }

  return (
    <form aria-label="Add action item" className="action-item-form" onSubmit={submit} noValidate>
      <FormAlert message={submission.formError ?? errors.form} />
      <Field id={`${id}-title`} label="What needs doing" error={errors.title}>
        {(control) => <input {...control} value={title} maxLength={300} onChange={(event) => setTitle(event.target.value)} />}
      </Field>
      <div className="field-row">
        <Field id={`${id}-owner`} label="Owner" error={errors.ownerId}>
          {(control) => (
            <select {...control} value={ownerId} onChange={(event) => setOwnerId(event.target.value)}>
              <option value="">Choose a person</option>
              <ItemOptions items={members} value={(member) => member.userId} />
            </select>
          )}
        </Field>
        <Field id={`${id}-due`} label="Due" error={errors.dueOn}>
          {(control) => <input {...control} type="date" value={dueOn} onChange={(event) => setDueOn(event.target.value)} />}
        </Field>
      </div>
      <FormActions submitLabel="Add action item" busyLabel="Adding…" isBusy={isSaving} done={submission.done} />
    </form>
  );
}
