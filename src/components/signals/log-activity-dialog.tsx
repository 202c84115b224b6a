'use client';

import { useId, useState, type FormEvent } from 'react';
import type { TActivityType, TDealCard } from '@/schemas/deal';
import { activityTypes } from '@/schemas/activity-types';
import { FormActions } from '@/components/ui/button';
import { Dialog } from '@/components/ui/dialog';
import { Field, fieldErrorsFrom, type FieldErrors } from '@/components/ui/field';
import { newIdempotencyKey, requestDealChange } from '@/components/board/deals-api';
import { ApiError } from '@/lib/api-client';

// One-click activity: a call, email, meeting or note with an optional line, and the
// chance to set the next step in the same change. The server validates (the board's
// first download carries no zod); the board hears the change over its socket.

const typeLabels: Record<TActivityType, string> = { CALL: 'Call', EMAIL: 'Email', MEETING: 'Meeting', NOTE: 'Note' };

export function LogActivityDialog({ card, onClose }: { card: TDealCard; onClose: () => void }) {
  const [type, setType] = useState<TActivityType>('CALL');
  const [note, setNote] = useState('');
  const [nextStep, setNextStep] = useState(card.nextStep ?? '');
  const [dueOn, setDueOn] = useState(card.nextStepDueOn ?? '');
  const [errors, setErrors] = useState<FieldErrors>({});
  const [isSaving, setSaving] = useState(false);
  const [idempotencyKey] = useState(newIdempotencyKey);
  const id = useId();

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (isSaving) return;
    setSaving(true);
    const nextStepChanged = nextStep !== (card.nextStep ?? '') || dueOn !== (card.nextStepDueOn ?? '');
    try {
      await requestDealChange('logActivity', card.id, {
        version: card.version,
        type,
        note,
        ...(nextStepChanged ? { nextStep: { nextStep, dueOn: dueOn || null } } : {}),
        idempotencyKey,
      });
      onClose();
    } catch (error) {
      setSaving(false);
      if (error instanceof ApiError) {
        const fieldErrors = fieldErrorsFrom(error.issues.map((issue) => ({ ...issue, path: issue.path.replace(/^nextStep\.nextStep/, 'nextStep').replace(/^nextStep\.dueOn/, 'dueOn') })));
        setErrors(Object.keys(fieldErrors).length > 0 ? fieldErrors : { form: error.message });
      } else {
        setErrors({ form: 'The activity could not be logged. Try again.' });
      }
    }
  }

  return (
    <Dialog title={`Log activity on ${card.account}`} description={card.title} onClose={onClose} size="small" testId="log-activity-dialog">
      <form onSubmit={(event) => void submit(event)} noValidate className="board-form">
        <fieldset className="board-fieldset">
          <legend>What did you do?</legend>
          <div className="board-segmented">
            {activityTypes.map((value, index) => (
              <label key={value} data-checked={type === value || undefined}>
                <input type="radio" name="activity-type" value={value} checked={type === value} onChange={() => setType(value)} data-autofocus={index === 0 || undefined} />
                {typeLabels[value]}
              </label>
            ))}
          </div>
        </fieldset>
        <Field compact id={`${id}-note`} label="A line about it (optional)" error={errors.note}>
          {(control) => <input {...control} name="note" maxLength={500} autoComplete="off" value={note} onChange={(event) => setNote(event.target.value)} />}
        </Field>
        <fieldset className="board-fieldset">
          <legend>Next step</legend>
          <Field compact id={`${id}-next-step`} label="What happens next" error={errors.nextStep}>
            {(control) => <input {...control} name="nextStep" maxLength={500} autoComplete="off" value={nextStep} onChange={(event) => setNextStep(event.target.value)} />}
          </Field>
          <Field compact id={`${id}-due`} label="Due on" error={errors.dueOn}>
            {(control) => <input {...control} type="date" name="dueOn" value={dueOn} onChange={(event) => setDueOn(event.target.value)} />}
          </Field>
        </fieldset>
        {errors.form || errors.type || errors.version ? (
          <p className="alert" role="alert">
            {errors.form ?? errors.type ?? errors.version}
          </p>
        ) : null}
        <FormActions layout="end" submitLabel={`Log ${typeLabels[type].toLowerCase()}`} busyLabel="Logging…" isBusy={isSaving} onCancel={onClose} />
      </form>
    </Dialog>
  );
}
