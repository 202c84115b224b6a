import type { ReactNode } from 'react';
import type { z } from 'zod';

// A labelled control with its hint and error, wired for screen readers: the control (a
// render function) receives the ids to point aria-describedby at. `compact` is the board's
// denser form (smaller labels, spacing from the form's grid). The look is the shared forms
// sheet's (.field in src/app/globals.css), which hand-written fields use too.

export type FieldErrors = Partial<Record<string, string>>;

export type ControlProps = { id: string; 'aria-invalid': true | undefined; 'aria-describedby': string | undefined };

export function Field({
  id,
  label,
  error,
  hint,
  children,
  className,
  compact = false,
}: {
  id: string;
  label: ReactNode;
  error?: string;
  hint?: ReactNode;
  children: (control: ControlProps) => ReactNode;
  className?: string;
  compact?: boolean;
}) {
  const hintId = hint ? `${id}-hint` : null;
  const errorId = error ? `${id}-error` : null;
  const describedBy = [hintId, errorId].filter(Boolean).join(' ') || undefined;
  return (
    <div className={['field', compact ? 'is-compact' : null, className].filter(Boolean).join(' ')}>
      <label htmlFor={id}>{label}</label>
      {children({ id, 'aria-invalid': error ? true : undefined, 'aria-describedby': describedBy })}
      {hint ? (
        <span id={hintId ?? undefined} className="field-hint">
          {hint}
        </span>
      ) : null}
      <FieldError id={errorId ?? ''} message={error} />
    </div>
  );
}

/** A labelled select: `children` are its options (`Options`, `ItemOptions`); `onChange` receives the chosen value. */
export function SelectField({
  id,
  label,
  value,
  onChange,
  error,
  hint,
  children,
}: {
  id: string;
  label: ReactNode;
  value: string;
  onChange: (value: string) => void;
  error?: string;
  hint?: ReactNode;
  children: ReactNode;
}) {
  return (
    <Field id={id} label={label} error={error} hint={hint}>
      {(control) => (
        <select {...control} value={value} onChange={(event) => onChange(event.currentTarget.value)}>
          {children}
        </select>
      )}
    </Field>
  );
}

/** A field's error, with the id its control points at through aria-describedby. */
export function FieldError({ id, message }: { id: string; message: string | undefined }) {
  return message ? (
    <span id={id} className="field-error">
      {message}
    </span>
  ) : null;
}

/**
 * The first message for each field of a zod error or of the server's `issues`, keyed by the
 * full dotted path ("businessHours.start") and by its first segment ("businessHours"), so a
 * form can show either. Issues without a path go under "form".
 */
export function fieldErrorsFrom(issues: readonly { path: readonly PropertyKey[] | string; message: string }[]): FieldErrors {
  const errors: FieldErrors = {};
  for (const issue of issues) {
    const path = typeof issue.path === 'string' ? issue.path.split('.') : issue.path.map(String);
    if (path.length === 0 || path[0] === '' || path[0] === '(body)') {
      errors.form ??= issue.message;
      continue;
    }
    errors[path.join('.')] ??= issue.message;
    errors[path[0]!] ??= issue.message;
  }
  return errors;
}

export function zodFieldErrors(error: z.ZodError): FieldErrors {
  return fieldErrorsFrom(error.issues);
}

/** A form-level alert (role=alert so a screen reader announces it). */
export function FormAlert({ message, id, className }: { message: string | null | undefined; id?: string; className?: string }) {
  if (!message) return null;
  return (
    <div className={className ? `alert ${className}` : 'alert'} role="alert" id={id}>
      {message}
    </div>
  );
}

/** What an action achieved, announced politely (role=status); nothing when there is no message. */
export function SuccessNotice({ message }: { message: ReactNode }) {
  if (!message) return null;
  return (
    <p className="notice success-notice" role="status">
      {message}
    </p>
  );
}

/** A select's options, one per value, each showing its label: `<Options values={openDealStages} labels={stageLabels} />`, or `label={(month) => formatMonth(month)}`. */
export function Options<Value extends string | number>({
  values,
  labels,
  label = (value) => labels?.[value] ?? value,
}: {
  values: readonly Value[];
  labels?: Readonly<Record<Value, ReactNode>>;
  label?: (value: Value) => ReactNode;
}) {
  return values.map((value) => (
    <option key={value} value={value}>
      {label(value)}
    </option>
  ));
}

/** How ItemOptions reads an item: its value (`id` unless given) and what it shows (`name` unless given). */
type ItemReaders<Item> = (Item extends { id: string } ? { value?: (item: Item) => string } : { value: (item: Item) => string }) &
  (Item extends { name: ReactNode } ? { label?: (item: Item) => ReactNode } : { label: (item: Item) => ReactNode });

/** A select's options, one per item: `<ItemOptions items={offices} />` (the id as the value, the name shown), or `value={(rep) => rep.userId} label={(rep) => …}`. */
export function ItemOptions<Item extends object>({ items, value, label }: { items: readonly Item[] } & ItemReaders<Item>) {
  // The types above make `value` and `label` required unless the items have an id and a name.
  const valueOf = (value as ((item: Item) => string) | undefined) ?? ((item: Item) => (item as { id: string }).id);
  const labelOf = (label as ((item: Item) => ReactNode) | undefined) ?? ((item: Item) => (item as { name: ReactNode }).name);
  return items.map((item) => (
    <option key={valueOf(item)} value={valueOf(item)}>
      {labelOf(item)}
    </option>
  ));
}
