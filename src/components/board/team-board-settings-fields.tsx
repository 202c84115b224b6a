'use client';

import type { ChangeEvent } from 'react';
import type { TTeamBoardSettings } from '@/schemas/admin';
import { Field, type FieldErrors } from '@/components/ui/field';
import { percentToPerMille, perMilleToPercent } from '@/components/admin/format';

// A team's board settings as form fields: when a card counts as stale (a default and,
// optionally, days per column) and the stage weights of the projection, in percent. The
// admin's team dialog and the board's own settings dialog (for the team's lead and
// manager) both use them, with their own id prefix.

export type BoardSettingsValues = Omit<TTeamBoardSettings, 'teamId'>;

/** What the fields hold: text as typed. */
export type BoardSettingsForm = Record<keyof BoardSettingsValues, string>;

const dayFields = ['staleAfterDaysBacklog', 'staleAfterDaysTodo', 'staleAfterDaysInProgress'] as const;
const weightFields = ['weightBacklog', 'weightTodo', 'weightInProgress'] as const;

export const defaultBoardSettings: BoardSettingsValues = {
  staleAfterDays: 14,
  staleAfterDaysBacklog: null,
  staleAfterDaysTodo: null,
  staleAfterDaysInProgress: null,
  weightBacklog: 0,
  weightTodo: 300,
  weightInProgress: 800,
};

export function boardSettingsForm(values: BoardSettingsValues = defaultBoardSettings): BoardSettingsForm {
  return {
    staleAfterDays: String(values.staleAfterDays),
    ...(Object.fromEntries(dayFields.map((key) => [key, values[key] === null ? '' : String(values[key])])) as Record<(typeof dayFields)[number], string>),
    ...(Object.fromEntries(weightFields.map((key) => [key, perMilleToPercent(values[key])])) as Record<(typeof weightFields)[number], string>),
  };
}

/** The values to send: a column left blank uses the default (null); text that is not a number stays NaN for the schema to refuse. */
export function boardSettingsFromForm(form: BoardSettingsForm): BoardSettingsValues {
  const days = (text: string) => (text.trim() === '' ? Number.NaN : Number(text));
  return {
    staleAfterDays: days(form.staleAfterDays),
    ...(Object.fromEntries(dayFields.map((key) => [key, form[key].trim() === '' ? null : days(form[key])])) as Record<(typeof dayFields)[number], number | null>),
    ...(Object.fromEntries(weightFields.map((key) => [key, percentToPerMille(form[key])])) as Record<(typeof weightFields)[number], number>),
  };
}

const columns = [
  { label: 'Backlog', days: 'staleAfterDaysBacklog', weight: 'weightBacklog', suffix: 'backlog' },
  { label: 'To do', days: 'staleAfterDaysTodo', weight: 'weightTodo', suffix: 'todo' },
  { label: 'In progress', days: 'staleAfterDaysInProgress', weight: 'weightInProgress', suffix: 'in-progress' },
] as const;

export function BoardSettingsFields({
  idPrefix,
  form,
  errors,
  onChange,
}: {
  idPrefix: string;
  form: BoardSettingsForm;
  errors: FieldErrors;
  onChange: (key: keyof BoardSettingsForm, value: string) => void;
}) {
  const set = (key: keyof BoardSettingsForm) => (event: ChangeEvent<HTMLInputElement>) => onChange(key, event.currentTarget.value);
  // The schema speaks in per mille; the fields are percentages.
  const weightError = (key: (typeof weightFields)[number]) => (errors[key] && /per mille|1000/.test(errors[key] ?? '') ? 'Use a percentage from 0 to 100' : errors[key]);
  const dayInput = { type: 'number', min: 1, max: 365, step: 1, inputMode: 'numeric' } as const;
  return (
    <>
      <fieldset className="admin-fieldset">
        <legend>A deal is stale after (days without a move or an activity)</legend>
        <Field id={`${idPrefix}-stale`} label="Default, for every column" error={errors.staleAfterDays}>
          {(control) => <input {...control} {...dayInput} value={form.staleAfterDays} onChange={set('staleAfterDays')} />}
        </Field>
        <div className="field-row">
          {columns.map((column) => (
            <Field key={column.days} id={`${idPrefix}-stale-${column.suffix}`} label={column.label} hint="Blank: the default" error={errors[column.days]}>
              {(control) => <input {...control} {...dayInput} value={form[column.days]} onChange={set(column.days)} />}
            </Field>
          ))}
        </div>
      </fieldset>
      <fieldset className="admin-fieldset">
        <legend>Stage weights for the projection (%)</legend>
        <div className="field-row">
          {columns.map((column) => (
            <Field key={column.weight} id={`${idPrefix}-weight-${column.suffix}`} label={column.label} error={weightError(column.weight)}>
              {(control) => <input {...control} type="number" min={0} max={100} step={0.1} value={form[column.weight]} onChange={set(column.weight)} />}
            </Field>
          ))}
        </div>
      </fieldset>
    </>
  );
}
