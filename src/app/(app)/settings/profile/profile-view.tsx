'use client';

import { AppLink } from '@/components/ui/app-link';
import { useRouter } from 'next/navigation';
import { useState, type FormEvent } from 'react';
import { z } from 'zod';
import { ZChangePasswordInput, ZUpdateProfileInput, minimumPasswordLength } from '@/schemas/admin';
import { ApiError, messageOf, request } from '@/lib/api-client';
import { Field, FormAlert, fieldErrorsFrom, type FieldErrors } from '@/components/ui/field';
import type { Theme } from '@/lib/theme';
import { ThemeChoice } from './theme-choice';

const ZProfileReply = z.object({ user: z.object({ name: z.string() }) });
const ZPasswordReply = z.object({ changed: z.literal(true) });
const ZSessionsEnded = z.object({ ended: z.literal(true) });

export function ProfileView({ name: initialName, email, theme }: { name: string; email: string; theme: Theme }) {
  const router = useRouter();
  const [name, setName] = useState(initialName);
  const [nameErrors, setNameErrors] = useState<FieldErrors>({});
  const [nameError, setNameError] = useState<string | null>(null);
  const [nameNotice, setNameNotice] = useState<string | null>(null);
  const [isSavingName, setSavingName] = useState(false);

  const [passwords, setPasswords] = useState({ currentPassword: '', newPassword: '', confirmation: '' });
  const [passwordErrors, setPasswordErrors] = useState<FieldErrors>({});
  const [passwordError, setPasswordError] = useState<string | null>(null);
  const [passwordNotice, setPasswordNotice] = useState<string | null>(null);
  const [isSavingPassword, setSavingPassword] = useState(false);
  const [sessionsError, setSessionsError] = useState<string | null>(null);
  const [isEndingSessions, setEndingSessions] = useState(false);

  async function signOutEverywhere() {
    setSessionsError(null);
    setEndingSessions(true);
    try {
      await request('DELETE', '/api/me/sessions', { reply: ZSessionsEnded });
      // This session ended too: sign in again.
      window.location.assign('/signin?callbackUrl=%2Fsettings%2Fprofile');
    } catch (caught) {
      setSessionsError(messageOf(caught));
      setEndingSessions(false);
    }
  }

  async function saveName(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const parsed = ZUpdateProfileInput.safeParse({ name });
    if (!parsed.success) {
      setNameErrors(fieldErrorsFrom(parsed.error.issues));
      return;
    }
    setNameErrors({});
    setNameError(null);
    setNameNotice(null);
    setSavingName(true);
    try {
      const reply = await request('PATCH', '/api/me/profile', { reply: ZProfileReply, body: parsed.data });
      setName(reply.user.name);
      setNameNotice('Your name is saved.');
      router.refresh();
    } catch (caught) {
      if (caught instanceof ApiError) setNameErrors(fieldErrorsFrom(caught.issues));
      setNameError(messageOf(caught));
    } finally {
      setSavingName(false);
    }
  }

  async function changePassword(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const input = { currentPassword: passwords.currentPassword, newPassword: passwords.newPassword };
    const parsed = ZChangePasswordInput.safeParse(input);
    const found = parsed.success ? {} : fieldErrorsFrom(parsed.error.issues);
    if (!found.newPassword && passwords.confirmation !== passwords.newPassword) found.confirmation = 'The new passwords do not match';
    if (Object.keys(found).length > 0 || !parsed.success) {
      setPasswordErrors(found);
      setPasswordError(null);
      return;
    }
    setPasswordErrors({});
    setPasswordError(null);
    setPasswordNotice(null);
    setSavingPassword(true);
    try {
      await request('POST', '/api/me/password', { reply: ZPasswordReply, body: parsed.data });
      setPasswords({ currentPassword: '', newPassword: '', confirmation: '' });
      // A new password ends every session, this one too.
      setPasswordNotice('Your password is changed. Every session has ended: sign in again with the new password.');
      window.setTimeout(() => window.location.assign('/signin?callbackUrl=%2Fsettings%2Fprofile'), 2_500);
    } catch (caught) {
      if (caught instanceof ApiError && caught.status === 422 && caught.issues.length === 0) {
        setPasswordErrors({ currentPassword: caught.message });
      } else {
        if (caught instanceof ApiError) setPasswordErrors(fieldErrorsFrom(caught.issues));
        setPasswordError(messageOf(caught));
      }
    } finally {
      setSavingPassword(false);
    }
  }

  return (
    <>
      <h1 className="page-title">Your profile</h1>
      <p className="page-subtitle">
        Signed in as {email}. Scripts use <AppLink href="/settings/tokens">personal API tokens</AppLink>.
      </p>
      <div className="grid-two">
        <section className="card" aria-labelledby="profile-name-heading">
          <h2 id="profile-name-heading" style={{ marginTop: 0 }}>
            Name
          </h2>
          <form onSubmit={saveName} noValidate>
            <FormAlert message={nameError} />
            <Field id="profile-name" label="Your name" error={nameErrors.name} hint="Shown on the board, the wall and in the audit log.">
              {(control) => <input {...control} value={name} autoComplete="name" onChange={(event) => setName(event.currentTarget.value)} />}
            </Field>
            <div className="form-actions">
              <button className="button" type="submit" disabled={isSavingName}>
                {isSavingName ? 'Saving…' : 'Save name'}
              </button>
              {nameNotice ? (
                <span role="status" className="success">
                  {nameNotice}
                </span>
              ) : null}
            </div>
          </form>
        </section>
        <section className="card" aria-labelledby="profile-password-heading">
          <h2 id="profile-password-heading" style={{ marginTop: 0 }}>
            Password
          </h2>
          <form onSubmit={changePassword} noValidate>
            <FormAlert message={passwordError} />
            <input type="email" name="email" autoComplete="username" value={email} readOnly hidden />
            <Field id="current-password" label="Current password" error={passwordErrors.currentPassword}>
              {(control) => (
                <input
                  {...control}
                  type="password"
                  autoComplete="current-password"
                  value={passwords.currentPassword}
                  onChange={(event) => setPasswords({ ...passwords, currentPassword: event.currentTarget.value })}
                />
              )}
            </Field>
            <Field id="new-password" label="New password" error={passwordErrors.newPassword} hint={`At least ${minimumPasswordLength} characters.`}>
              {(control) => (
                <input
                  {...control}
                  type="password"
                  autoComplete="new-password"
                  value={passwords.newPassword}
                  onChange={(event) => setPasswords({ ...passwords, newPassword: event.currentTarget.value })}
                />
              )}
            </Field>
            <Field id="confirm-new-password" label="New password again" error={passwordErrors.confirmation}>
              {(control) => (
                <input
                  {...control}
                  type="password"
                  autoComplete="new-password"
                  value={passwords.confirmation}
                  onChange={(event) => setPasswords({ ...passwords, confirmation: event.currentTarget.value })}
                />
              )}
            </Field>
            <div className="form-actions">
              <button className="button" type="submit" disabled={isSavingPassword}>
                {isSavingPassword ? 'Changing…' : 'Change password'}
              </button>
              {passwordNotice ? (
                <span role="status" className="success">
                  {passwordNotice}
                </span>
              ) : null}
            </div>
          </form>
        </section>
        <section className="card" aria-labelledby="profile-sessions-heading">
          <h2 id="profile-sessions-heading" style={{ marginTop: 0 }}>
            Sessions
          </h2>
          <FormAlert message={sessionsError} />
          <p>Signed in on a computer or phone you no longer use, or lost one? End every session at once, this one included. Personal API tokens keep working until you revoke them.</p>
          <div className="form-actions">
            <button className="button" type="button" onClick={signOutEverywhere} disabled={isEndingSessions}>
              {isEndingSessions ? 'Signing out…' : 'Sign out everywhere'}
            </button>
          </div>
        </section>
        <ThemeChoice initialTheme={theme} />
      </div>
    </>
  );
}
