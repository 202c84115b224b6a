'use client';

import { useState, type FormEvent } from 'react';
import { signIn } from 'next-auth/react';
import { ZCredentials } from '@/schemas/credentials';
import { Field, FormAlert, zodFieldErrors, type FieldErrors } from '@/components/ui/field';

export function SignInForm({ returnTo }: { returnTo: string }) {
  const [fieldErrors, setFieldErrors] = useState<FieldErrors>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [isSubmitting, setSubmitting] = useState(false);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const parsed = ZCredentials.safeParse({ email: data.get('email'), password: data.get('password') });
    if (!parsed.success) {
      setFieldErrors(zodFieldErrors(parsed.error));
      setFormError(null);
      return;
    }
    setFieldErrors({});
    setFormError(null);
    setSubmitting(true);
    try {
      const result = await signIn('credentials', { ...parsed.data, redirect: false });
      if (!result || result.error) {
        setFormError(
          result?.error === 'CredentialsSignin' || !result
            ? 'Wrong email or password.'
            : result.error === 'TooManyAttempts'
              ? 'Too many sign-in attempts. Wait a few minutes, then try again.'
              : 'Signing in failed. Please try again in a moment.',
        );
        return;
      }
      window.location.assign(returnTo);
    } catch {
      setFormError('Cadence could not be reached. Check your connection and try again.');
    } finally {
      setSubmitting(false);
    }
  }

  return (
    <form onSubmit={submit} noValidate aria-describedby={formError ? 'signin-error' : undefined}>
      <FormAlert message={formError} id="signin-error" />
      <Field id="email" label="Email" error={fieldErrors.email}>
        {(control) => <input {...control} name="email" type="email" autoComplete="username" required autoFocus />}
      </Field>
      <Field id="password" label="Password" error={fieldErrors.password}>
        {(control) => <input {...control} name="password" type="password" autoComplete="current-password" required />}
      </Field>
      <button className="button" type="submit" disabled={isSubmitting}>
        {isSubmitting ? 'Signing in…' : 'Sign in'}
      </button>
    </form>
  );
}
