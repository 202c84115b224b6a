'use client';

import { adminRoles } from '@/schemas/admin';
import { Dialog } from '@/components/ui/dialog';
import { FormAlert, SelectField, ItemOptions, Options, SuccessNotice } from '@/components/ui/field';
import { DeactivateDialog } from './deactivate-person-dialog';
import { EditPersonDialog } from './edit-person-dialog';
import { roleLabels } from './format';
import { InviteDialog } from './invite-person-dialog';
import { OneTimeLink } from './one-time-link';
import { PeopleTable } from './people-table';
import { usePeople } from './use-people';
import { AdminPageHeader } from './admin-page-header';

// People: admins manage everyone; managers the reps and leads of their own teams. The
// screen composes: its state is usePeople, the list PeopleTable, each dialog its own file.

export function PeopleView({ actorId, isAdmin }: { actorId: string; isAdmin: boolean }) {
  const state = usePeople({ isAdmin });
  const { filters, setFilters, people, teams, dialog, setDialog, notice } = state;

  return (
    <>
      <AdminPageHeader title="People" subtitle="Invite people, change their role or team, reset a password, or deactivate someone who left.">
        <button type="button" className="button" disabled={teams.data === null} onClick={() => setDialog({ kind: 'invite' })}>
          Invite person
        </button>
      </AdminPageHeader>
      <form className="admin-toolbar" aria-label="Filter people" onSubmit={(event) => event.preventDefault()}>
        <SelectField id="people-filter-team" label="Team" value={filters.teamId} onChange={(teamId) => setFilters({ ...filters, teamId })}>
          <option value="">All teams</option>
          <ItemOptions items={teams.data?.teams ?? []} label={(team) => <>{team.name} ({team.officeName})</>} />
        </SelectField>
        <SelectField id="people-filter-role" label="Role" value={filters.role} onChange={(role) => setFilters({ ...filters, role })}>
          <option value="">All roles</option>
          <Options values={adminRoles} labels={roleLabels} />
        </SelectField>
        <SelectField id="people-filter-active" label="Status" value={filters.active} onChange={(active) => setFilters({ ...filters, active })}>
          <option value="true">Active</option>
          <option value="false">Deactivated</option>
          <option value="">Everyone</option>
        </SelectField>
      </form>
      <SuccessNotice message={notice} />
      <FormAlert message={state.error} />
      <section className="card admin-table-wrap" aria-label="People">
        {people.data === null ? (
          <p className="empty">{people.isLoading ? 'Loading people…' : 'People could not be loaded.'}</p>
        ) : people.data.people.length === 0 ? (
          <p className="empty">Nobody matches these filters.</p>
        ) : (
          <PeopleTable
            people={people.data.people}
            isLoading={people.isLoading}
            actorId={actorId}
            resettingId={state.resettingId}
            onEdit={(person) => setDialog({ kind: 'edit', person })}
            onResetPassword={(person) => void state.resetPassword(person)}
            onDeactivate={(person) => setDialog({ kind: 'deactivate', person })}
          />
        )}
      </section>

      {dialog?.kind === 'invite' ? <InviteDialog teams={teams.data?.teams ?? []} roles={state.roles} onClose={state.closeDialog} onInvited={state.invited} /> : null}
      {dialog?.kind === 'edit' ? (
        <EditPersonDialog person={dialog.person} teams={teams.data?.teams ?? []} roles={state.roles} onClose={state.closeDialog} onSaved={state.saved} />
      ) : null}
      {dialog?.kind === 'deactivate' ? (
        <DeactivateDialog person={dialog.person} candidates={state.handOverCandidates(dialog.person)} onClose={state.closeDialog} onDone={state.deactivated} />
      ) : null}
      {dialog?.kind === 'link' ? (
        <Dialog title={dialog.title} onClose={() => setDialog(null)} testId="link-dialog">
          <OneTimeLink path={dialog.link.path} personName={dialog.person.name} expiresAt={dialog.link.expiresAt} />
          <div className="form-actions" style={{ marginTop: 14 }}>
            <button type="button" className="button" onClick={() => setDialog(null)} data-autofocus>
              Done
            </button>
          </div>
        </Dialog>
      ) : null}
    </>
  );
}
