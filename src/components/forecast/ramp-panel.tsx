'use client';

import { useState, type FormEvent } from 'react';
import { formatRampPercentages, parseRampPercentages } from '@/domain/forecast/ramp-text';
import { ZForecastSettingsInput, type TRevenueForecast } from '@/schemas/forecast';
import { Button, FormActions } from '@/components/ui/button';
import { Field, FormAlert } from '@/components/ui/field';
import { useZodForm } from '@/components/ui/use-zod-form';
import { saveRampOverride } from './forecast-api';

// The ramp curve the forecast uses: a new rep's share of a steady-state rep's output in
// each month since their start. Everyone sees it and where it comes from; an admin may
// set the organisation's own curve instead, or go back to the learned one.

type Ramp = TRevenueForecast['model']['ramp'];

const sourceWords: Record<Ramp['source'], (ramp: Ramp) => string> = {
  learned: (ramp) => `learned from ${ramp.hiresSeen} hires in the history`,
  default: () => 'the default curve: too few hires in the history to learn one',
  override: () => 'set by an admin for the whole organisation',
};

export function RampPanel({ ramp, canEdit, onChanged }: { ramp: Ramp; canEdit: boolean; onChanged: () => void }) {
  const [text, setText] = useState(() => formatRampPercentages(ramp.values));
  const submission = useZodForm();
  const { errors, formError, isBusy } = submission;

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const outcome = await submission.submit({
      form: event.currentTarget,
      schema: ZForecastSettingsInput,
      value: { rampOverride: parseRampPercentages(text) },
      adjustErrors: (found) => (found.rampOverride ? { ...found, rampOverride: `Type percentages from 0 to 100, one a month (1 to 24 months): ${found.rampOverride}` } : found),
      send: (data) => saveRampOverride(data.rampOverride),
      done: () => 'Saved: the forecast now uses this curve.',
    });
    if (outcome.ok) onChanged();
  }

  async function clear() {
    const outcome = await submission.submit({
      form: null,
      value: null,
      send: () => saveRampOverride(null),
      done: () => 'Cleared: the forecast learns the curve from the history again.',
    });
    if (outcome.ok) onChanged();
  }

  return (
    <section className="card forecast-ramp" aria-labelledby="ramp-title">
      <h2 id="ramp-title">Ramp-up of new reps</h2>
      <p className="muted small" data-testid="ramp-source">
        Share of a fully ramped rep’s output by month since the start ({sourceWords[ramp.source](ramp)}); later months count in full.
      </p>
      <ol className="forecast-ramp-list" aria-label="Ramp curve in use">
        {ramp.values.map((value, index) => (
          <li key={index}>
            <span className="muted small">Month {index + 1}</span> <strong>{Math.round(value * 1000) / 10}%</strong>
          </li>
        ))}
      </ol>
      {canEdit ? (
        <form onSubmit={submit} noValidate aria-label="Set the ramp curve">
          <FormAlert message={formError ?? errors.form} />
          <Field id="ramp-override" label="Ramp curve for everyone (% by month)" hint="For example 10, 30, 50, 70, 85, 95" error={errors.rampOverride}>
            {(control) => <input {...control} value={text} onChange={(event) => setText(event.currentTarget.value)} autoComplete="off" inputMode="decimal" />}
          </Field>
          <FormActions submitLabel="Use this curve" isBusy={isBusy}>
            {ramp.source === 'override' ? (
              <Button variant="secondary" onClick={clear}>
                Learn it from the history
              </Button>
            ) : null}
          </FormActions>
          {submission.done ? (
            <p className="notice" role="status">
              {submission.done}
            </p>
          ) : null}
        </form>
      ) : null}
    </section>
  );
}
