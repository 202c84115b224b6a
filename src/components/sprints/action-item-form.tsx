'use client';

import { useId, useState, type FormEvent } from 'react';
import type { TActionItem } from '@/schemas/sprint';
import { ZCreateActionItemInput } from '@/schemas/sprint';
import { FormAlert } from '@/components/ui/field';
import { FormActions } from '@/components/ui/button';
import { addActionItem } from './sprints-api';
import { focusFirstInvalid } from '@/components/ui/use-zod-form';
import { errorsFromFailure, FieldError } from './form-errors';

// Agrees an action item at the retrospective: what, who and by when (by default the end
// of the next sprint). It then shows at every standup until it is done.

type Errors = Partial<Record<'title' | 'ownerId' | 'dueOn' | 'form', string>>;

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
  const [errors, setErrors] = useState<Errors>({});
  const [isSaving, setSaving] = useState(false);
  const [added, setAdded] = useState<string | null>(null);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setAdded(null);
    const parsed = ZCreateActionItemInput.safeParse({ title, ownerId, dueOn });
    if (!parsed.success) {
      const nextErrors: Errors = {};
      for (const issue of parsed.error.issues) {
        const field = String(issue.path[0] ?? 'form') as keyof Errors;
        nextErrors[field] ??= field === 'ownerId' ? 'Choose who owns it' : issue.message;
      }
      focusFirstInvalid(event.currentTarget);
      setErrors(nextErrors);
      return;
    }
    setSaving(true);
    setErrors({});
    try {
      const { actionItem } = await addActionItem(teamId, sprintId, parsed.data);
      onAdded(actionItem);
      setTitle('');
      setAdded(`Action item added for ${actionItem.ownerName}.`);
    } catch (caught) {
      setErrors(errorsFromFailure(caught, ['title', 'ownerId', 'dueOn'] as const));
    } finally {
      setSaving(false);
    }
  }

  const describedBy = (name: keyof Errors) => (errors[name] ? `${id}-${name}-error` : undefined);
  const errorText = (name: keyof Errors) => <FieldError id={`${id}-${name}-error`} message={errors[name]} />;

  return (
    <form aria-label="Add action item" className="action-item-form" onSubmit={submit} noValidate>
      <FormAlert message={errors.form} />
      <div className="field">
        <label htmlFor={`${id}-title`}>What needs doing</label>
        <input
          id={`${id}-title`}
          value={title}
          maxLength={300}
          onChange={(event) => setTitle(event.target.value)}
          aria-invalid={errors.title ? true : undefined}
          aria-describedby={describedBy('title')}
        />
        {errorText('title')}
      </div>
      <div className="field-row">
        <div className="field">
          <label htmlFor={`${id}-owner`}>Owner</label>
          <select
            id={`${id}-owner`}
            value={ownerId}
            onChange={(event) => setOwnerId(event.target.value)}
            aria-invalid={errors.ownerId ? true : undefined}
            aria-describedby={describedBy('ownerId')}
          >
            <option value="">Choose a person</option>
            {members.map((member) => (
              <option key={member.userId} value={member.userId}>
                {member.name}
              </option>
            ))}
          </select>
          {errorText('ownerId')}
        </div>
        <div className="field">
          <label htmlFor={`${id}-due`}>Due</label>
          <input
            id={`${id}-due`}
            type="date"
            value={dueOn}
            onChange={(event) => setDueOn(event.target.value)}
            aria-invalid={errors.dueOn ? true : undefined}
            aria-describedby={describedBy('dueOn')}
          />
          {errorText('dueOn')}
        </div>
      </div>
      <FormActions submitLabel="Add action item" busyLabel="Adding…" isBusy={isSaving}>
        <span role="status" className="success small">
          {added ?? ''}
        </span>
      </FormActions>
    </form>
  );
}
