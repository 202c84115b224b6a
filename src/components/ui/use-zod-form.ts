'use client';

import { useCallback, useState } from 'react';
import type { z } from 'zod';
import { ApiError, messageOf } from '@/lib/api-client';
import { fieldErrorsFrom, type FieldErrors } from './field';

// The one way a form is sent: check the input with the same zod schema the server parses
// with, show each problem beside its field and move focus to the first one, mark the form
// busy while it is sent, and turn the server's refusal into field errors and one line for
// the whole form.

export type SubmitOptions<Input, Result> = {
  /** The form being sent (the submit event's currentTarget): its first invalid control receives focus after a refusal. */
  form: HTMLFormElement | null;
  /** The shared zod schema; without it the value is sent as it is. */
  schema?: z.ZodType<Input>;
  value: unknown;
  /** Sends the checked value (the parsed data when there is a schema). */
  send: (data: Input) => Promise<Result>;
  /** Adjusts the errors zod found before they are shown (e.g. a kinder message for an empty choice). */
  adjustErrors?: (errors: FieldErrors) => FieldErrors;
  /** A check beyond the schema (e.g. against a list the page loaded): the errors it finds, or null. */
  check?: (data: Input) => FieldErrors | null;
  /** A refusal the server words as one sentence that belongs beside a field (e.g. a wrong current password): the field errors to show instead of the form's line, or null. */
  refusalErrors?: (refusal: ApiError) => FieldErrors | null;
  /** What a successful send achieved, for FormActions' `done` line ("Note added."); the line is cleared when the next submit starts. */
  done?: (result: Result) => string;
};

export type SubmitOutcome<Result> = { ok: true; result: Result } | { ok: false };

export type ZodForm = {
  /** Errors by field path ("name", "businessHours.start"); "form" holds a problem without a field. */
  errors: FieldErrors;
  /** The line for the whole form (a server refusal, or "Check the highlighted fields."). */
  formError: string | null;
  isBusy: boolean;
  /** What the last successful submit achieved (its `done`), for FormActions; null while another is under way. */
  done: string | null;
  submit: <Input, Result>(options: SubmitOptions<Input, Result>) => Promise<SubmitOutcome<Result>>;
  setErrors: (errors: FieldErrors) => void;
  setFormError: (message: string | null) => void;
  reset: () => void;
};

export type ZodFormOptions = {
  /**
   * When the server names fields: also say "Check the highlighted fields." for the whole
   * form (true, the default), or let the fields speak alone (the board's dialogs).
   */
  summarizeFieldErrors?: boolean;
};

/** Moves focus to the form's first control marked invalid, once React has rendered it. */
export function focusFirstInvalid(form: HTMLFormElement | null): void {
  if (!form) return;
  requestAnimationFrame(() => form.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus());
}

export function useZodForm({ summarizeFieldErrors = true }: ZodFormOptions = {}): ZodForm {
  const [errors, setErrors] = useState<FieldErrors>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [isBusy, setBusy] = useState(false);
  const [done, setDone] = useState<string | null>(null);

  const submit = useCallback(
    async <Input, Result>({ form, schema, value, send, adjustErrors, check, refusalErrors, done: describeDone }: SubmitOptions<Input, Result>): Promise<SubmitOutcome<Result>> => {
      setDone(null);
      const refuse = (found: FieldErrors): SubmitOutcome<Result> => {
        setErrors(found);
        setFormError(null);
        focusFirstInvalid(form);
        return { ok: false };
      };
      let data = value as Input;
      if (schema) {
        const parsed = schema.safeParse(value);
        if (!parsed.success) {
          const found = fieldErrorsFrom(parsed.error.issues);
          return refuse(adjustErrors ? adjustErrors(found) : found);
        }
        data = parsed.data;
      }
      const found = check?.(data);
      if (found && Object.keys(found).length > 0) return refuse(found);
      setErrors({});
      setFormError(null);
      setBusy(true);
      try {
        const result = await send(data);
        if (describeDone) setDone(describeDone(result));
        return { ok: true, result };
      } catch (caught) {
        const fieldRefusal = caught instanceof ApiError ? refusalErrors?.(caught) : null;
        if (fieldRefusal) return refuse(fieldRefusal);
        const hasIssues = caught instanceof ApiError && caught.issues.length > 0;
        if (hasIssues) {
          setErrors(fieldErrorsFrom(caught.issues));
          focusFirstInvalid(form);
        }
        setFormError(hasIssues && !summarizeFieldErrors ? null : messageOf(caught));
        return { ok: false };
      } finally {
        setBusy(false);
      }
    },
    [summarizeFieldErrors],
  );

  const reset = useCallback(() => {
    setErrors({});
    setFormError(null);
  }, []);

  return { errors, formError, isBusy, done, submit, setErrors, setFormError, reset };
}
