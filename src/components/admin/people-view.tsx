'use client';

import { useMemo, useState, type FormEvent } from 'react';
import { z } from 'zod';
import {
  ZDeactivation,
  ZInvitation,
  ZInvitePersonInput,
  ZPasswordLink,
  ZPerson,
  ZPersonUpdate,
  ZTeam,
  ZUpdatePersonInput,
  adminRoles,
  type TPasswordLink,
  type TPerson,
  type TPersonUpdate,
  type TRole,
  type TTeam,
} from '@/schemas/admin';
import { AdminApiError, apiPath, messageOf, request } from './admin-api';
import { Field, FormAlert, fieldErrorsFrom, type FieldErrors } from './form-field';
import { roleLabels, todayInBrowser } from './format';
import { ModalDialog } from './modal-dialog';
import { OneTimeLink } from './one-time-link';
import { useLoad } from './use-load';

const ZPeopleList = z.object({ people: z.array(ZPerson) });
const ZTeamList = z.object({ teams: z.array(ZTeam) });
const ZResetReply = z.object({ link: ZPasswordLink });

type Dialog =
  | { kind: 'invite' }
  | { kind: 'edit'; person: TPerson }
  | { kind: 'deactivate'; person: TPerson }
  | { kind: 'link'; person: TPerson; link: TPasswordLink; title: string }
  | null;

type Filters = { teamId: string; role: string; active: string };

/** People: admins manage everyone; managers the reps and leads of their own teams. */
export function PeopleView({ actorId, isAdmin }: { actorId: string; isAdmin: boolean }) {
  const [filters, setFilters] = useState<Filters>({ teamId: '', role: '', active: 'true' });
  const query = new URLSearchParams(Object.entries(filters).filter(([, value]) => value !== '')).toString();
  const people = useLoad(`/api/admin/people${query ? `?${query}` : ''}`, ZPeopleList);
  const everyone = useLoad('/api/admin/people?active=true', ZPeopleList);
  const teams = useLoad('/api/admin/teams', ZTeamList);
  const [dialog, setDialog] = useState<Dialog>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [rowError, setRowError] = useState<string | null>(null);
  const [resetting, setResetting] = useState<string | null>(null);
  const allowedRoles: readonly TRole[] = isAdmin ? adminRoles : ['REP', 'LEAD'];

  function replacePerson(person: TPerson) {
    people.setData((current) => (current ? { people: current.people.map((item) => (item.id === person.id ? person : item)) } : current));
    void everyone.reload();
  }

  async function resetPassword(person: TPerson) {
    setResetting(person.id);
    setRowError(null);
    try {
      const { link } = await request('POST', apiPath('/api/admin/people', person.id, 'password-reset'), ZResetReply);
      setDialog({ kind: 'link', person, link, title: `New password link for ${person.name}` });
    } catch (caught) {
      setRowError(messageOf(caught));
    } finally {
      setResetting(null);
    }
  }

  return (
    <>
      <div className="admin-section-header">
        <div>
          <h1 className="page-title">People</h1>
          <p className="page-subtitle">Invite people, change their role or team, reset a password, or deactivate someone who left.</p>
        </div>
        <button type="button" className="button" disabled={teams.data === null} onClick={() => setDialog({ kind: 'invite' })}>
          Invite person
        </button>
      </div>
      <form className="admin-toolbar" aria-label="Filter people" onSubmit={(event) => event.preventDefault()}>
        <Field id="people-filter-team" label="Team">
          {(control) => (
            <select {...control} value={filters.teamId} onChange={(event) => setFilters({ ...filters, teamId: event.currentTarget.value })}>
              <option value="">All teams</option>
              {(teams.data?.teams ?? []).map((team) => (
                <option key={team.id} value={team.id}>
                  {team.name} ({team.officeName})
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field id="people-filter-role" label="Role">
          {(control) => (
            <select {...control} value={filters.role} onChange={(event) => setFilters({ ...filters, role: event.currentTarget.value })}>
              <option value="">All roles</option>
              {adminRoles.map((role) => (
                <option key={role} value={role}>
                  {roleLabels[role]}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field id="people-filter-active" label="Status">
          {(control) => (
            <select {...control} value={filters.active} onChange={(event) => setFilters({ ...filters, active: event.currentTarget.value })}>
              <option value="true">Active</option>
              <option value="false">Deactivated</option>
              <option value="">Everyone</option>
            </select>
          )}
        </Field>
      </form>
      {notice ? (
        <p className="notice success-notice" role="status">
          {notice}
        </p>
      ) : null}
      <FormAlert message={rowError ?? people.error} />
      <section className="card admin-table-wrap" aria-label="People">
        {people.data === null ? (
          <p className="empty">{people.isLoading ? 'Loading people…' : 'People could not be loaded.'}</p>
        ) : people.data.people.length === 0 ? (
          <p className="empty">Nobody matches these filters.</p>
        ) : (
          <table className="table" aria-busy={people.isLoading}>
            <thead>
              <tr>
                <th scope="col">Name</th>
                <th scope="col">Role</th>
                <th scope="col">Team</th>
                <th scope="col" className="numeric">Open deals</th>
                <th scope="col">Status</th>
                <th scope="col">
                  <span className="visually-hidden">Actions</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {people.data.people.map((person) => (
                <tr key={person.id} className={person.active ? undefined : 'inactive'}>
                  <td>
                    <span className="swatch" style={{ background: person.colour }} aria-hidden="true" />
                    {person.name}
                    <div className="small muted">{person.email}</div>
                  </td>
                  <td>{roleLabels[person.role]}</td>
                  <td>{person.teamName ?? '—'}</td>
                  <td className="numeric">{person.openDealCount}</td>
                  <td>
                    {!person.active ? (
                      <span className="badge inactive">Deactivated</span>
                    ) : person.hasPassword ? (
                      'Active'
                    ) : (
                      <span className="badge">Invited</span>
                    )}
                  </td>
                  <td>
                    {person.active ? (
                      <div className="row-actions">
                        <button type="button" className="button secondary small" onClick={() => setDialog({ kind: 'edit', person })}>
                          Edit<span className="visually-hidden"> {person.name}</span>
                        </button>
                        <button type="button" className="button secondary small" disabled={resetting === person.id} onClick={() => void resetPassword(person)}>
                          {resetting === person.id ? 'Making link…' : person.hasPassword ? 'Reset password' : 'New invite link'}
                          <span className="visually-hidden"> for {person.name}</span>
                        </button>
                        {person.id !== actorId ? (
                          <button type="button" className="button danger small" onClick={() => setDialog({ kind: 'deactivate', person })}>
                            Deactivate<span className="visually-hidden"> {person.name}</span>
                          </button>
                        ) : null}
                      </div>
                    ) : null}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>

      {dialog?.kind === 'invite' ? (
        <InviteDialog
          teams={teams.data?.teams ?? []}
          roles={allowedRoles}
          onClose={() => setDialog(null)}
          onInvited={(person, link) => {
            setNotice(null);
            void people.reload();
            void everyone.reload();
            setDialog({ kind: 'link', person, link, title: `${person.name} is invited` });
          }}
        />
      ) : null}
      {dialog?.kind === 'edit' ? (
        <EditPersonDialog
          person={dialog.person}
          teams={teams.data?.teams ?? []}
          roles={allowedRoles}
          onClose={() => setDialog(null)}
          onSaved={(person, moved) => {
            replacePerson(person);
            setNotice(
              moved.openDeals + moved.goals > 0
                ? `${person.name} saved. Moved to ${person.teamName ?? 'no team'}: ${moved.openDeals} open deal(s) and ${moved.goals} goal(s)` +
                    (moved.conversion ? `, converted from ${moved.conversion.from.join(' and ')} to ${moved.conversion.to} at ${moved.conversion.month} rates.` : '.')
                : `${person.name} saved.`,
            );
            setDialog(null);
          }}
        />
      ) : null}
      {dialog?.kind === 'deactivate' ? (
        <DeactivateDialog
          person={dialog.person}
          candidates={(everyone.data?.people ?? []).filter((person) => person.id !== dialog.person.id && person.active && person.teamId)}
          onClose={() => setDialog(null)}
          onDone={(person, handedOver) => {
            replacePerson(person);
            people.setData((current) => (current && filters.active === 'true' ? { people: current.people.filter((item) => item.id !== person.id) } : current));
            setNotice(`${person.name} is deactivated${handedOver > 0 ? `; ${handedOver} open deal(s) handed over` : ''}.`);
            setDialog(null);
          }}
        />
      ) : null}
      {dialog?.kind === 'link' ? (
        <ModalDialog title={dialog.title} onClose={() => setDialog(null)} testId="link-dialog">
          <OneTimeLink path={dialog.link.path} personName={dialog.person.name} expiresAt={dialog.link.expiresAt} />
          <div className="form-actions" style={{ marginTop: 14 }}>
            <button type="button" className="button" onClick={() => setDialog(null)} data-autofocus>
              Done
            </button>
          </div>
        </ModalDialog>
      ) : null}
    </>
  );
}

type PersonForm = { name: string; email: string; role: TRole; teamId: string; colour: string; startDate: string };

function TeamSelect({ id, teams, value, onChange, error, hint }: { id: string; teams: TTeam[]; value: string; onChange: (value: string) => void; error?: string; hint?: string }) {
  return (
    <Field id={id} label="Team" error={error} hint={hint}>
      {(control) => (
        <select {...control} value={value} onChange={(event) => onChange(event.currentTarget.value)}>
          <option value="">No team</option>
          {teams.map((team) => (
            <option key={team.id} value={team.id}>
              {team.name} ({team.officeName})
            </option>
          ))}
        </select>
      )}
    </Field>
  );
}

function RoleSelect({ id, roles, value, onChange, error }: { id: string; roles: readonly TRole[]; value: TRole; onChange: (value: TRole) => void; error?: string }) {
  return (
    <Field id={id} label="Role" error={error}>
      {(control) => (
        <select {...control} value={value} onChange={(event) => onChange(event.currentTarget.value as TRole)}>
          {roles.map((role) => (
            <option key={role} value={role}>
              {roleLabels[role]}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
}

function InviteDialog({
  teams,
  roles,
  onClose,
  onInvited,
}: {
  teams: TTeam[];
  roles: readonly TRole[];
  onClose: () => void;
  onInvited: (person: TPerson, link: TPasswordLink) => void;
}) {
  const [form, setForm] = useState<PersonForm>(() => ({
    name: '',
    email: '',
    role: 'REP',
    teamId: teams[0]?.id ?? '',
    colour: '#64748b',
    startDate: todayInBrowser(),
  }));
  const [errors, setErrors] = useState<FieldErrors>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [isSaving, setSaving] = useState(false);
  const needsTeam = form.role === 'REP' || form.role === 'LEAD';

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const candidate = { ...form, teamId: form.teamId || null, startDate: form.startDate || undefined };
    const parsed = ZInvitePersonInput.safeParse(candidate);
    const clientErrors = parsed.success ? {} : fieldErrorsFrom(parsed.error.issues);
    if (needsTeam && !form.teamId) clientErrors.teamId ??= 'Reps and team leads need a team';
    if (Object.keys(clientErrors).length > 0) {
      setErrors(clientErrors);
      setFormError(null);
      return;
    }
    setErrors({});
    setFormError(null);
    setSaving(true);
    try {
      const reply = await request('POST', '/api/admin/people', ZInvitation, candidate);
      onInvited(reply.person, reply.link);
    } catch (caught) {
      if (caught instanceof AdminApiError && caught.issues.length > 0) setErrors(fieldErrorsFrom(caught.issues));
      setFormError(messageOf(caught));
    } finally {
      setSaving(false);
    }
  }

  return (
    <ModalDialog title="Invite a person" description="They get a one-time link to set their own password." onClose={onClose} testId="invite-dialog">
      <form onSubmit={submit} noValidate>
        <FormAlert message={formError ?? errors.form} />
        <Field id="invite-name" label="Name" error={errors.name}>
          {(control) => <input {...control} value={form.name} data-autofocus autoComplete="off" onChange={(event) => setForm({ ...form, name: event.currentTarget.value })} />}
        </Field>
        <Field id="invite-email" label="Email" error={errors.email}>
          {(control) => <input {...control} type="email" autoComplete="off" value={form.email} onChange={(event) => setForm({ ...form, email: event.currentTarget.value })} />}
        </Field>
        <div className="field-row">
          <RoleSelect id="invite-role" roles={roles} value={form.role} error={errors.role} onChange={(role) => setForm({ ...form, role })} />
          <TeamSelect
            id="invite-team"
            teams={teams}
            value={form.teamId}
            error={errors.teamId}
            hint={needsTeam ? 'Required for reps and team leads.' : undefined}
            onChange={(teamId) => setForm({ ...form, teamId })}
          />
        </div>
        <div className="field-row">
          <Field id="invite-colour" label="Swimlane colour" error={errors.colour}>
            {(control) => <input {...control} type="color" value={form.colour} onChange={(event) => setForm({ ...form, colour: event.currentTarget.value })} />}
          </Field>
          <Field id="invite-start" label="Start date" error={errors.startDate}>
            {(control) => <input {...control} type="date" value={form.startDate} onChange={(event) => setForm({ ...form, startDate: event.currentTarget.value })} />}
          </Field>
        </div>
        <div className="form-actions">
          <button type="submit" className="button" disabled={isSaving}>
            {isSaving ? 'Inviting…' : 'Invite'}
          </button>
          <button type="button" className="button secondary" onClick={onClose}>
            Cancel
          </button>
        </div>
      </form>
    </ModalDialog>
  );
}

function EditPersonDialog({
  person,
  teams,
  roles,
  onClose,
  onSaved,
}: {
  person: TPerson;
  teams: TTeam[];
  roles: readonly TRole[];
  onClose: () => void;
  onSaved: (person: TPerson, moved: TPersonUpdate['moved']) => void;
}) {
  const [form, setForm] = useState<Omit<PersonForm, 'email'>>({
    name: person.name,
    role: person.role,
    teamId: person.teamId ?? '',
    colour: person.colour,
    startDate: person.startDate.slice(0, 10),
  });
  const [errors, setErrors] = useState<FieldErrors>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [isSaving, setSaving] = useState(false);
  const isTeamChanging = (form.teamId || null) !== person.teamId;
  const roleOptions = roles.includes(person.role) ? roles : [person.role, ...roles];

  const changes = useMemo(() => {
    const result: Record<string, unknown> = {};
    if (form.name !== person.name) result.name = form.name;
    if (form.role !== person.role) result.role = form.role;
    if (isTeamChanging) result.teamId = form.teamId || null;
    if (form.colour.toLowerCase() !== person.colour.toLowerCase()) result.colour = form.colour;
    if (form.startDate !== person.startDate.slice(0, 10)) result.startDate = form.startDate;
    return result;
  }, [form, person, isTeamChanging]);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (Object.keys(changes).length === 0) {
      onClose();
      return;
    }
    const parsed = ZUpdatePersonInput.safeParse(changes);
    if (!parsed.success) {
      setErrors(fieldErrorsFrom(parsed.error.issues));
      setFormError(null);
      return;
    }
    setErrors({});
    setFormError(null);
    setSaving(true);
    try {
      const reply = await request('PATCH', apiPath('/api/admin/people', person.id), ZPersonUpdate, changes);
      onSaved(reply.person, reply.moved);
    } catch (caught) {
      if (caught instanceof AdminApiError && caught.issues.length > 0) setErrors(fieldErrorsFrom(caught.issues));
      setFormError(messageOf(caught));
    } finally {
      setSaving(false);
    }
  }

  const newTeamName = teams.find((team) => team.id === form.teamId)?.name ?? 'no team';

  return (
    <ModalDialog title={`Edit ${person.name}`} description={person.email} onClose={onClose} testId="edit-person-dialog">
      <form onSubmit={submit} noValidate>
        <FormAlert message={formError ?? errors.form} />
        <Field id="person-name" label="Name" error={errors.name}>
          {(control) => <input {...control} value={form.name} data-autofocus onChange={(event) => setForm({ ...form, name: event.currentTarget.value })} />}
        </Field>
        <div className="field-row">
          <RoleSelect id="person-role" roles={roleOptions} value={form.role} error={errors.role} onChange={(role) => setForm({ ...form, role })} />
          <TeamSelect id="person-team" teams={teams} value={form.teamId} error={errors.teamId} onChange={(teamId) => setForm({ ...form, teamId })} />
        </div>
        {isTeamChanging ? (
          <div className="notice warning-notice" role="note" style={{ marginBottom: 14 }}>
            Moving {person.name} to <strong>{newTeamName}</strong>: their {person.openDealCount} open deal(s) and this month&apos;s and later goals
            move with them. Closed deals and past months&apos; goals stay with {person.teamName ?? 'their old team'}.
          </div>
        ) : null}
        <div className="field-row">
          <Field id="person-colour" label="Swimlane colour" error={errors.colour}>
            {(control) => <input {...control} type="color" value={form.colour} onChange={(event) => setForm({ ...form, colour: event.currentTarget.value })} />}
          </Field>
          <Field id="person-start" label="Start date" error={errors.startDate}>
            {(control) => <input {...control} type="date" value={form.startDate} onChange={(event) => setForm({ ...form, startDate: event.currentTarget.value })} />}
          </Field>
        </div>
        <div className="form-actions">
          <button type="submit" className="button" disabled={isSaving}>
            {isSaving ? 'Saving…' : 'Save'}
          </button>
          <button type="button" className="button secondary" onClick={onClose}>
            Cancel
          </button>
        </div>
      </form>
    </ModalDialog>
  );
}

function DeactivateDialog({
  person,
  candidates,
  onClose,
  onDone,
}: {
  person: TPerson;
  candidates: TPerson[];
  onClose: () => void;
  onDone: (person: TPerson, handedOver: number) => void;
}) {
  const sameTeamFirst = [...candidates].sort((a, b) => Number(b.teamId === person.teamId) - Number(a.teamId === person.teamId) || a.name.localeCompare(b.name));
  const [handOverTo, setHandOverTo] = useState(person.openDealCount > 0 ? '' : '');
  const [errors, setErrors] = useState<FieldErrors>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [isSaving, setSaving] = useState(false);
  const hasOpenDeals = person.openDealCount > 0;

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (hasOpenDeals && !handOverTo) {
      setErrors({ handOverToUserId: `Choose who takes over ${person.name}'s open deals` });
      return;
    }
    setErrors({});
    setFormError(null);
    setSaving(true);
    try {
      const reply = await request('POST', apiPath('/api/admin/people', person.id, 'deactivate'), ZDeactivation, {
        handOverToUserId: handOverTo || null,
      });
      onDone(reply.person, reply.handedOverDeals);
    } catch (caught) {
      if (caught instanceof AdminApiError && caught.issues.length > 0) setErrors(fieldErrorsFrom(caught.issues));
      setFormError(messageOf(caught));
    } finally {
      setSaving(false);
    }
  }

  return (
    <ModalDialog title={`Deactivate ${person.name}?`} description="They can no longer sign in. Their history stays." onClose={onClose} testId="deactivate-dialog">
      <form onSubmit={submit} noValidate>
        <FormAlert message={formError ?? errors.form} />
        <Field
          id="deactivate-hand-over"
          label="Hand open deals to"
          error={errors.handOverToUserId}
          hint={hasOpenDeals ? `${person.name} has ${person.openDealCount} open deal(s); they move to this person and their team.` : `${person.name} has no open deals.`}
        >
          {(control) => (
            <select {...control} value={handOverTo} onChange={(event) => setHandOverTo(event.currentTarget.value)} required={hasOpenDeals} data-autofocus>
              <option value="">{hasOpenDeals ? 'Choose a person…' : 'Nobody'}</option>
              {sameTeamFirst.map((candidate) => (
                <option key={candidate.id} value={candidate.id}>
                  {candidate.name} ({candidate.teamName ?? 'no team'})
                </option>
              ))}
            </select>
          )}
        </Field>
        <div className="form-actions">
          <button type="submit" className="button danger" disabled={isSaving}>
            {isSaving ? 'Deactivating…' : `Deactivate ${person.name}`}
          </button>
          <button type="button" className="button secondary" onClick={onClose}>
            Cancel
          </button>
        </div>
      </form>
    </ModalDialog>
  );
}
