'use client';

import { useState, type FormEvent } from 'react';
import { z } from 'zod';
import { ZCreateTeamInput, ZOffice, ZPerson, ZTeam, ZUpdateTeamInput, type TOffice, type TPerson, type TTeam } from '@/schemas/admin';
import { Field, FormAlert, SelectField, ItemOptions, SuccessNotice } from '@/components/ui/field';
import { perMilleToPercent } from './format';
import { BoardSettingsFields, boardSettingsForm, boardSettingsFromForm, type BoardSettingsForm } from '@/components/board/team-board-settings-fields';
import { useZodForm } from '@/components/ui/use-zod-form';
import { useLoad } from '@/lib/use-load';
import { LoadedTable, RowActions } from '@/components/ui/table';
import { upsertById } from '@/domain/replace-by-id';
import { AdminPageHeader } from './admin-page-header';
import { RecordDialog } from './record-dialog';
import { requestSaveRecord } from './request-save-record';

const ZTeamList = z.object({ teams: z.array(ZTeam) });
const ZTeamReply = z.object({ team: ZTeam });
const ZOfficeList = z.object({ offices: z.array(ZOffice) });
const ZPeopleList = z.object({ people: z.array(ZPerson) });

/** Teams: everyone allowed here sees their teams; only admins create and edit. */
export function TeamsView({ canEdit }: { canEdit: boolean }) {
  const teams = useLoad('/api/admin/teams', ZTeamList);
  const offices = useLoad(canEdit ? '/api/admin/offices' : null, ZOfficeList);
  const leads = useLoad(canEdit ? '/api/admin/people?role=LEAD&active=true' : null, ZPeopleList);
  const managers = useLoad(canEdit ? '/api/admin/people?role=MANAGER&active=true' : null, ZPeopleList);
  const [editing, setEditing] = useState<{ team: TTeam | null } | null>(null);
  const [notice, setNotice] = useState<string | null>(null);

  function saved(team: TTeam, isNew: boolean) {
    teams.setData((current) => ({ teams: upsertById(current?.teams ?? [], team) }));
    setNotice(isNew ? `Team ${team.name} created.` : `Team ${team.name} saved.`);
    setEditing(null);
  }

  const hasNoOffice = canEdit && offices.data !== null && offices.data.offices.length === 0;

  return (
    <>
      <AdminPageHeader title="Teams" subtitle={canEdit ? 'Each team belongs to an office and has a lead, a manager and its own pacing settings.' : 'The teams you lead or manage. Only an admin can change them.'}>
        {canEdit ? (
          <button type="button" className="button" disabled={hasNoOffice || offices.data === null} onClick={() => setEditing({ team: null })}>
            New team
          </button>
        ) : null}
      </AdminPageHeader>
      {hasNoOffice ? <p className="notice">Create an office first: every team belongs to one.</p> : null}
      <SuccessNotice message={notice} />
      <FormAlert message={teams.error} />
      <section className="card admin-table-wrap" aria-label="Teams">
        <LoadedTable
          items={teams.data?.teams ?? null} isLoading={teams.isLoading} loading="Loading teams…" failed="Teams could not be loaded." empty="No teams yet."
          columns={[
            'Team',
            'Office',
            'Lead',
            'Manager',
            { label: 'Members', isNumeric: true },
            { label: 'Stale after', isNumeric: true },
            { label: 'Weights (Backlog / To do / In progress)', isNumeric: true },
          ]}
          hasActions={canEdit}
          renderRow={(team) => (
            <>
              <td>
                <span className="swatch" style={{ background: team.colour }} aria-hidden="true" />
                {team.name}
              </td>
              <td>{team.officeName}</td>
              <td>{team.leadName ?? '—'}</td>
              <td>{team.managerName ?? '—'}</td>
              <td className="numeric">{team.memberCount}</td>
              <td className="numeric">{describeStaleDays(team)}</td>
              <td className="numeric">
                {perMilleToPercent(team.weightBacklog)}% / {perMilleToPercent(team.weightTodo)}% / {perMilleToPercent(team.weightInProgress)}%
              </td>
              {canEdit ? (
                <RowActions>
                  <button type="button" className="button secondary small" onClick={() => setEditing({ team })}>
                    Edit<span className="visually-hidden"> {team.name}</span>
                  </button>
                </RowActions>
              ) : null}
            </>
          )}
        />
      </section>
      {editing ? (
        <TeamDialog
          team={editing.team}
          offices={offices.data?.offices ?? []}
          leads={leads.data?.people ?? []}
          managers={managers.data?.people ?? []}
          onClose={() => setEditing(null)}
          onSaved={(team) => saved(team, editing.team === null)}
        />
      ) : null}
    </>
  );
}

type TeamForm = {
  officeId: string;
  name: string;
  colour: string;
  leadId: string;
  managerId: string;
} & BoardSettingsForm;

function TeamDialog({
  team,
  offices,
  leads,
  managers,
  onClose,
  onSaved,
}: {
  team: TTeam | null;
  offices: TOffice[];
  leads: TPerson[];
  managers: TPerson[];
  onClose: () => void;
  onSaved: (team: TTeam) => void;
}) {
  const [form, setForm] = useState<TeamForm>(() => ({
    officeId: team?.officeId ?? offices[0]?.id ?? '',
    name: team?.name ?? '',
    colour: team?.colour ?? '#2563eb',
    leadId: team?.leadId ?? '',
    managerId: team?.managerId ?? '',
    ...boardSettingsForm(team ?? undefined),
  }));
  const submission = useZodForm();
  const { errors, formError, isBusy: isSaving } = submission;

  const set = (key: keyof TeamForm) => (event: { currentTarget: { value: string } }) => {
    const value = event.currentTarget.value;
    setForm((current) => ({ ...current, [key]: value }));
  };

  // A lead or manager who is no longer in the list (deactivated, or role changed) still shows.
  const leadOptions = withCurrent(leads, team?.leadId ?? null, team?.leadName ?? null);
  const managerOptions = withCurrent(managers, team?.managerId ?? null, team?.managerName ?? null);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const candidate = {
      // The list may have arrived after the dialog opened: the first office is the default.
      officeId: form.officeId || offices[0]?.id || '',
      name: form.name,
      colour: form.colour,
      leadId: form.leadId || null,
      managerId: form.managerId || null,
      ...boardSettingsFromForm(form),
    };
    await submission.submit({
      form: event.currentTarget,
      schema: team ? ZUpdateTeamInput : ZCreateTeamInput,
      value: candidate,
      adjustErrors: (found) => (found.officeId && !candidate.officeId ? { ...found, officeId: 'Choose an office' } : found),
      send: async () => onSaved((await requestSaveRecord('/api/admin/teams', team, { reply: ZTeamReply, body: candidate })).team),
    });
  }

  return (
    <RecordDialog noun="team" record={team} testId="team-dialog" error={formError ?? errors.form} isBusy={isSaving} onSubmit={submit} onClose={onClose}>
      <Field id="team-office" label="Office" error={errors.officeId}>
        {(control) => (
          <select {...control} value={form.officeId || offices[0]?.id || ''} onChange={set('officeId')} data-autofocus>
            {offices.length === 0 ? <option value="">No offices yet</option> : null}
            <ItemOptions items={offices} />
          </select>
        )}
      </Field>
      <div className="field-row">
        <Field id="team-name" label="Name" error={errors.name}>
          {(control) => <input {...control} value={form.name} onChange={set('name')} autoComplete="off" />}
        </Field>
        <Field id="team-colour" label="Colour" error={errors.colour}>
          {(control) => <input {...control} type="color" value={form.colour} onChange={set('colour')} />}
        </Field>
      </div>
      <div className="field-row">
        <SelectField
          id="team-lead"
          label="Lead"
          value={form.leadId}
          onChange={(leadId) => setForm((current) => ({ ...current, leadId }))}
          error={errors.leadId}
          hint={leadOptions.length === 0 ? 'Invite someone with the Team lead role first.' : undefined}
        >
          <option value="">No lead</option>
          <ItemOptions items={leadOptions} />
        </SelectField>
        <SelectField id="team-manager" label="Manager" value={form.managerId} onChange={(managerId) => setForm((current) => ({ ...current, managerId }))} error={errors.managerId}>
          <option value="">No manager</option>
          <ItemOptions items={managerOptions} />
        </SelectField>
      </div>
      <BoardSettingsFields idPrefix="team" form={form} errors={errors} onChange={(key, value) => setForm((current) => ({ ...current, [key]: value }))} />
    </RecordDialog>
  );
}

/** "14 days", or "14 days · To do 10 · In progress 5" when columns have their own. */
function describeStaleDays(team: TTeam): string {
  const columns = [
    ['Backlog', team.staleAfterDaysBacklog],
    ['To do', team.staleAfterDaysTodo],
    ['In progress', team.staleAfterDaysInProgress],
  ] as const;
  const own = columns.filter(([, days]) => typeof days === 'number').map(([label, days]) => `${label} ${days}`);
  return [`${team.staleAfterDays} days`, ...own].join(' · ');
}

function withCurrent(people: TPerson[], id: string | null, name: string | null): { id: string; name: string }[] {
  const options = people.map((person) => ({ id: person.id, name: person.name }));
  if (id && !options.some((option) => option.id === id)) options.unshift({ id, name: name ?? 'Current' });
  return options;
}
