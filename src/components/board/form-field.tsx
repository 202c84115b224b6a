import type { ReactNode } from 'react';
import type { z } from 'zod';

// A labelled form control with its hint and error, wired up for screen readers: the
// control (given as a render function) receives the ids to point aria-describedby at.

export type FieldErrors = Partial<Record<string, string>>;

export function Field({
  id,
  label,
  error,
  hint,
  children,
  className,
}: {
  id: string;
  label: ReactNode;
  error?: string;
  hint?: ReactNode;
  children: (control: { id: string; 'aria-invalid': true | undefined; 'aria-describedby': string | undefined }) => ReactNode;
  className?: string;
}) {
  const hintId = hint ? `${id}-hint` : null;
  const errorId = error ? `${id}-error` : null;
  const describedBy = [hintId, errorId].filter(Boolean).join(' ') || undefined;
  return (
    <div className={`board-field${className ? ` ${className}` : ''}`}>
      <label htmlFor={id}>{label}</label>
      {children({ id, 'aria-invalid': error ? true : undefined, 'aria-describedby': describedBy })}
      {hint ? (
        <span id={hintId ?? undefined} className="board-field-hint">
          {hint}
        </span>
      ) : null}
      {error ? (
        <span id={errorId ?? undefined} className="field-error">
          {error}
        </span>
      ) : null}
    </div>
  );
}

/** The first message for each top-level field of a zod error (or of the server's issues). */
export function fieldErrorsFrom(issues: readonly { path: readonly PropertyKey[] | string; message: string }[]): FieldErrors {
  const errors: FieldErrors = {};
  for (const issue of issues) {
    const path = typeof issue.path === 'string' ? issue.path.split('.') : issue.path.map(String);
    const field = path[0] && path[0] !== '(body)' ? path[0] : 'form';
    errors[field] ??= issue.message;
  }
  return errors;
}

export function zodFieldErrors(error: z.ZodError): FieldErrors {
  return fieldErrorsFrom(error.issues);
}

/** "12,500.50" → 12500.5; NaN for anything that is not a plain number. */
export function parseAmountInput(value: string): number {
  const cleaned = value.replace(/[\s,]/g, '');
  if (cleaned === '' || !/^-?\d*(\.\d*)?$/.test(cleaned)) return Number.NaN;
  return Number(cleaned);
}
