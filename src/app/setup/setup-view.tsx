'use client';

import { useState, type FormEvent } from 'react';
import { signIn } from 'next-auth/react';
import { z } from 'zod';
import { ZSetupInput, minimumPasswordLength } from '@/schemas/admin';
import { ApiError, messageOf, request } from '@/lib/api-client';
import { Field, FormAlert, fieldErrorsFrom, type FieldErrors } from '@/components/ui/field';

const accountFields = ['adminName', 'adminEmail', 'adminPassword', 'confirmPassword'] as const;
const organisationFields = ['organizationName', 'reportingCurrency'] as const;
const ZSetupAccount = ZSetupInput.pick({ adminName: true, adminEmail: true, adminPassword: true });

type Form = { adminName: string; adminEmail: string; adminPassword: string; confirmPassword: string; organizationName: string; reportingCurrency: string };

/** Two steps: the first admin account, then the organisation; then signs in and opens administration. */
export function SetupView() {
  const [step, setStep] = useState<1 | 2>(1);
  const [form, setForm] = useState<Form>({
    adminName: '',
    adminEmail: '',
    adminPassword: '',
    confirmPassword: '',
    organizationName: '',
    reportingCurrency: 'USD',
  });
  const [errors, setErrors] = useState<FieldErrors>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [state, setState] = useState<'idle' | 'saving' | 'signing-in'>('idle');

  const set = (key: keyof Form) => (event: { currentTarget: { value: string } }) => {
    const value = event.currentTarget.value;
    setForm((current) => ({ ...current, [key]: value }));
  };

  function accountErrors(): FieldErrors {
    const parsed = ZSetupAccount.safeParse(form);
    const found = parsed.success ? {} : fieldErrorsFrom(parsed.error.issues);
    if (!found.adminPassword && form.confirmPassword !== form.adminPassword) found.confirmPassword = 'The passwords do not match';
    return found;
  }

  function next(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const found = accountErrors();
    setErrors(found);
    setFormError(null);
    if (Object.keys(found).length === 0) setStep(2);
  }

  async function finish(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    // The schema keeps what it names: the confirmation stays behind, as in accountErrors.
    const parsed = ZSetupInput.safeParse(form);
    if (!parsed.success) {
      const found = fieldErrorsFrom(parsed.error.issues);
      setErrors(found);
      if (accountFields.some((field) => found[field])) setStep(1);
      return;
    }
    setErrors({});
    setFormError(null);
    setState('saving');
    try {
      await request('POST', '/api/setup', { reply: z.unknown(), body: parsed.data });
    } catch (caught) {
      setState('idle');
      if (caught instanceof ApiError && caught.issues.length > 0) {
        const found = fieldErrorsFrom(caught.issues);
        setErrors(found);
        if (accountFields.some((field) => found[field]) && !organisationFields.some((field) => found[field])) setStep(1);
      }
      setFormError(
        caught instanceof ApiError && caught.status === 409 ? `${caught.message} ` : messageOf(caught),
      );
      return;
    }
    setState('signing-in');
    try {
      const result = await signIn('credentials', { email: parsed.data.adminEmail, password: parsed.data.adminPassword, redirect: false });
      if (!result || result.error) throw new Error(result?.error ?? 'no result');
      window.location.assign('/admin');
    } catch {
      setState('idle');
      setFormError('Cadence is set up, but signing you in failed. Sign in with the email and password you chose.');
    }
  }

  const isBusy = state !== 'idle';

  return (
    <>
      <h1>Set up Cadence</h1>
      <p className="lead">Create the first administrator, then name your organisation.</p>
      <ol className="steps" aria-label="Steps">
        <li aria-current={step === 1 ? 'step' : undefined}>1. Your account</li>
        <li aria-hidden="true">›</li>
        <li aria-current={step === 2 ? 'step' : undefined}>2. Organisation</li>
      </ol>
      <FormAlert message={formError} id="setup-error" />
      {formError?.includes('sign in') || formError?.includes('Sign in') ? (
        <p>
          <a href="/signin">Go to sign in</a>
        </p>
      ) : null}
      {step === 1 ? (
        <form onSubmit={next} noValidate aria-label="Your account">
          <Field id="setup-name" label="Your name" error={errors.adminName}>
            {(control) => <input {...control} value={form.adminName} onChange={set('adminName')} autoComplete="name" autoFocus />}
          </Field>
          <Field id="setup-email" label="Email" error={errors.adminEmail}>
            {(control) => <input {...control} type="email" value={form.adminEmail} onChange={set('adminEmail')} autoComplete="username" />}
          </Field>
          <Field id="setup-password" label="Password" error={errors.adminPassword} hint={`At least ${minimumPasswordLength} characters.`}>
            {(control) => <input {...control} type="password" value={form.adminPassword} onChange={set('adminPassword')} autoComplete="new-password" />}
          </Field>
          <Field id="setup-confirm-password" label="Password again" error={errors.confirmPassword}>
            {(control) => <input {...control} type="password" value={form.confirmPassword} onChange={set('confirmPassword')} autoComplete="new-password" />}
          </Field>
          <button className="button" type="submit">
            Next
          </button>
        </form>
      ) : (
        <form onSubmit={finish} noValidate aria-label="Organisation">
          <Field id="setup-organisation" label="Organisation name" error={errors.organizationName}>
            {(control) => <input {...control} value={form.organizationName} onChange={set('organizationName')} autoComplete="organization" autoFocus />}
          </Field>
          <Field id="setup-currency" label="Reporting currency" error={errors.reportingCurrency} hint="ISO code such as USD, EUR or GBP. Company-wide figures are shown in it.">
            {(control) => (
              <input {...control} value={form.reportingCurrency} onChange={set('reportingCurrency')} maxLength={3} spellCheck={false} style={{ textTransform: 'uppercase' }} />
            )}
          </Field>
          <div className="form-actions">
            <button className="button" type="submit" disabled={isBusy}>
              {state === 'saving' ? 'Setting up…' : state === 'signing-in' ? 'Signing in…' : 'Finish setup'}
            </button>
            <button className="button secondary" type="button" disabled={isBusy} onClick={() => setStep(1)}>
              Back
            </button>
          </div>
        </form>
      )}
    </>
  );
}
