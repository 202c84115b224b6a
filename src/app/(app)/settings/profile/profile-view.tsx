'use client';

import { AppLink } from '@/components/ui/app-link';
import { useRouter } from 'next/navigation';
import { useState, type FormEvent } from 'react';
import { z } from 'zod';
import { ZChangePasswordInput, ZUpdateProfileInput, minimumPasswordLength } from '@/schemas/admin';
import { messageOf, request } from '@/lib/api-client';
import { FormActions } from '@/components/ui/button';
import { Field, FormAlert } from '@/components/ui/field';
import { useZodForm } from '@/components/ui/use-zod-form';
import type { Theme } from '@/lib/theme';
import { ThemeChoice } from './theme-choice';

const ZProfileReply = z.object({ user: z.object({ name: z.string() }) });
const ZPasswordReply = z.object({ changed: z.literal(true) });
const ZSessionsEnded = z.object({ ended: z.literal(true) });

export function ProfileView({ name: initialName, email, theme }: { name: string; email: string; theme: Theme }) {
  const router = useRouter();
  const [name, setName] = useState(initialName);
  const nameForm = useZodForm();
  const [passwords, setPasswords] = useState({ currentPassword: '', newPassword: '', confirmation: '' });
  const passwordForm = useZodForm();
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
    await nameForm.submit({
      form: event.currentTarget,
      schema: ZUpdateProfileInput,
      value: { name },
      send: async (input) => {
        const reply = await request('PATCH', '/api/me/profile', { reply: ZProfileReply, body: input });
        setName(reply.user.name);
        router.refresh();
      },
      done: () => 'Your name is saved.',
    });
  }

  async function changePassword(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const mismatch = passwords.confirmation !== passwords.newPassword ? { confirmation: 'The new passwords do not match' } : null;
    const outcome = await passwordForm.submit({
      form: event.currentTarget,
      schema: ZChangePasswordInput,
      value: { currentPassword: passwords.currentPassword, newPassword: passwords.newPassword },
      adjustErrors: (found) => (found.newPassword ? found : { ...found, ...mismatch }),
      check: () => mismatch,
      send: (input) => request('POST', '/api/me/password', { reply: ZPasswordReply, body: input }),
      // The server says a wrong current password in one sentence, which belongs beside that field.
      refusalErrors: (refusal) => (refusal.status === 422 && refusal.issues.length === 0 ? { currentPassword: refusal.message } : null),
      // A new password ends every session, this one too.
      done: () => 'Your password is changed. Every session has ended: sign in again with the new password.',
    });
    if (!outcome.ok) return;
    setPasswords({ currentPassword: '', newPassword: '', confirmation: '' });
    window.setTimeout(() => window.location.assign('/signin?callbackUrl=%2Fsettings%2Fprofile'), 2_500);
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
            <FormAlert message={nameForm.formError} />
            <Field id="profile-name" label="Your name" error={nameForm.errors.name} hint="Shown on the board, the wall and in the audit log.">
              {(control) => <input {...control} value={name} autoComplete="name" onChange={(event) => setName(event.currentTarget.value)} />}
            </Field>
            <FormActions submitLabel="Save name" isBusy={nameForm.isBusy} done={nameForm.done} />
          </form>
        </section>
        <section className="card" aria-labelledby="profile-password-heading">
          <h2 id="profile-password-heading" style={{ marginTop: 0 }}>
            Password
          </h2>
          <form onSubmit={changePassword} noValidate>
            <FormAlert message={passwordForm.formError} />
            <input type="email" name="email" autoComplete="username" value={email} readOnly hidden />
            <Field id="current-password" label="Current password" error={passwordForm.errors.currentPassword}>
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
            <Field id="new-password" label="New password" error={passwordForm.errors.newPassword} hint={`At least ${minimumPasswordLength} characters.`}>
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
            <Field id="confirm-new-password" label="New password again" error={passwordForm.errors.confirmation}>
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
            <FormActions submitLabel="Change password" busyLabel="Changing…" isBusy={passwordForm.isBusy} done={passwordForm.done} />
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
