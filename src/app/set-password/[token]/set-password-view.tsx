'use client';

import { AppLink } from '@/components/ui/app-link';
import { useState, type FormEvent } from 'react';
import { ZSetPasswordInput, ZSetPasswordResult, minimumPasswordLength, type TPasswordLinkStatus } from '@/schemas/admin';
import { ApiError, messageOf, request } from '@/lib/api-client';
import { Field, FormAlert, fieldErrorsFrom, type FieldErrors } from '@/components/ui/field';

const refusals: Record<NonNullable<TPasswordLinkStatus['reason']>, { title: string; message: string }> = {
  unknown: { title: 'This link does not work', message: 'The link is incomplete or was never issued. Check that you copied all of it, or ask your administrator for a new one.' },
  used: { title: 'This link was already used', message: 'Each link sets a password once. If you have forgotten your password, ask your administrator for a new link.' },
  expired: { title: 'This link has expired', message: 'Ask your administrator for a new link.' },
  inactive: { title: 'This account is deactivated', message: 'Ask your administrator if you need access again.' },
};

export function SetPasswordView({ token, status }: { token: string; status: TPasswordLinkStatus }) {
  const [password, setPassword] = useState('');
  const [confirmation, setConfirmation] = useState('');
  const [errors, setErrors] = useState<FieldErrors>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [isSaving, setSaving] = useState(false);
  const [doneFor, setDoneFor] = useState<string | null>(null);
  const [refusal, setRefusal] = useState<{ title: string; message: string } | null>(
    status.valid ? null : refusals[status.reason ?? 'unknown'],
  );

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const parsed = ZSetPasswordInput.safeParse({ token, password });
    const found = parsed.success ? {} : fieldErrorsFrom(parsed.error.issues);
    if (!found.password && confirmation !== password) found.confirmation = 'The passwords do not match';
    if (Object.keys(found).length > 0 || !parsed.success) {
      setErrors(found);
      setFormError(found.token ?? null);
      return;
    }
    setErrors({});
    setFormError(null);
    setSaving(true);
    try {
      const result = await request('POST', '/api/setup/password', { reply: ZSetPasswordResult, body: parsed.data });
      setDoneFor(result.email);
    } catch (caught) {
      if (caught instanceof ApiError && (caught.status === 404 || caught.status === 422) && caught.issues.length === 0) {
        setRefusal({ title: 'This link no longer works', message: caught.message });
      } else {
        if (caught instanceof ApiError) setErrors(fieldErrorsFrom(caught.issues));
        setFormError(messageOf(caught));
      }
    } finally {
      setSaving(false);
    }
  }

  if (doneFor) {
    return (
      <>
        <h1>Password set</h1>
        <p className="lead" role="status">
          You can now sign in as <strong>{doneFor}</strong>.
        </p>
        <AppLink className="button" href="/signin">
          Sign in
        </AppLink>
      </>
    );
  }

  if (refusal) {
    return (
      <>
        <h1>{refusal.title}</h1>
        <p className="alert" role="alert" data-testid="link-problem">
          {refusal.message}
        </p>
        <AppLink href="/signin">Go to sign in</AppLink>
      </>
    );
  }

  return (
    <>
      <h1>{status.purpose === 'RESET' ? 'Choose a new password' : 'Welcome to Cadence'}</h1>
      <p className="lead">
        {status.purpose === 'RESET' ? 'Set a new password for' : 'Choose a password for'} <strong>{status.name}</strong>
        {status.email ? <> ({status.email})</> : null}.
      </p>
      <form onSubmit={submit} noValidate>
        <FormAlert message={formError} />
        <input type="email" name="email" autoComplete="username" value={status.email ?? ''} readOnly hidden />
        <Field id="new-password" label="New password" error={errors.password} hint={`At least ${minimumPasswordLength} characters.`}>
          {(control) => <input {...control} type="password" autoComplete="new-password" value={password} onChange={(event) => setPassword(event.currentTarget.value)} autoFocus />}
        </Field>
        <Field id="confirm-password" label="New password again" error={errors.confirmation}>
          {(control) => <input {...control} type="password" autoComplete="new-password" value={confirmation} onChange={(event) => setConfirmation(event.currentTarget.value)} />}
        </Field>
        <button className="button" type="submit" disabled={isSaving}>
          {isSaving ? 'Saving…' : 'Set password'}
        </button>
      </form>
    </>
  );
}
