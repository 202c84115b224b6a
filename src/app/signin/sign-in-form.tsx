'use client';

import { useState, type FormEvent } from 'react';
import { signIn } from 'next-auth/react';
import { ZCredentials } from '@/schemas/credentials';

type FieldErrors = { email?: string; password?: string };

export function SignInForm({ returnTo }: { returnTo: string }) {
  const [fieldErrors, setFieldErrors] = useState<FieldErrors>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [isSubmitting, setSubmitting] = useState(false);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const parsed = ZCredentials.safeParse({ email: data.get('email'), password: data.get('password') });
    if (!parsed.success) {
      const errors: FieldErrors = {};
      for (const issue of parsed.error.issues) {
        const field = issue.path[0];
        if ((field === 'email' || field === 'password') && !errors[field]) errors[field] = issue.message;
      }
      setFieldErrors(errors);
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
      {formError ? (
        <div className="alert" role="alert" id="signin-error">
          {formError}
        </div>
      ) : null}
      <div className="field">
        <label htmlFor="email">Email</label>
        <input
          id="email"
          name="email"
          type="email"
          autoComplete="username"
          required
          autoFocus
          aria-invalid={fieldErrors.email ? true : undefined}
          aria-describedby={fieldErrors.email ? 'email-error' : undefined}
        />
        {fieldErrors.email ? (
          <span className="field-error" id="email-error">
            {fieldErrors.email}
          </span>
        ) : null}
      </div>
      <div className="field">
        <label htmlFor="password">Password</label>
        <input
          id="password"
          name="password"
          type="password"
          autoComplete="current-password"
          required
          aria-invalid={fieldErrors.password ? true : undefined}
          aria-describedby={fieldErrors.password ? 'password-error' : undefined}
        />
        {fieldErrors.password ? (
          <span className="field-error" id="password-error">
            {fieldErrors.password}
          </span>
        ) : null}
      </div>
      <button className="button" type="submit" disabled={isSubmitting}>
        {isSubmitting ? 'Signing in…' : 'Sign in'}
      </button>
    </form>
  );
}
