import type { TPerson } from '@/schemas/admin';
import { roleLabels } from './format';
import { DataTable } from '@/components/ui/table';

// The people list: who they are, their role, team, open deals and status, and what can be done to each.

export function PeopleTable({
  people,
  isLoading,
  actorId,
  resettingId,
  onEdit,
  onResetPassword,
  onDeactivate,
}: {
  people: TPerson[];
  isLoading: boolean;
  actorId: string;
  resettingId: string | null;
  onEdit: (person: TPerson) => void;
  onResetPassword: (person: TPerson) => void;
  onDeactivate: (person: TPerson) => void;
}) {
  return (
    <DataTable
      columns={['Name', 'Role', 'Team', { label: 'Open deals', isNumeric: true }, 'Status']}
      hasActions
      isBusy={isLoading}
      rows={people}
      rowKey={(person) => person.id}
      rowClassName={(person) => (person.active ? undefined : 'inactive')}
      renderRow={(person) => (
        <>
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
                <button type="button" className="button secondary small" onClick={() => onEdit(person)}>
                  Edit<span className="visually-hidden"> {person.name}</span>
                </button>
                <button type="button" className="button secondary small" disabled={resettingId === person.id} onClick={() => onResetPassword(person)}>
                  {resettingId === person.id ? 'Making link…' : person.hasPassword ? 'Reset password' : 'New invite link'}
                  <span className="visually-hidden"> for {person.name}</span>
                </button>
                {person.id !== actorId ? (
                  <button type="button" className="button danger small" onClick={() => onDeactivate(person)}>
                    Deactivate<span className="visually-hidden"> {person.name}</span>
                  </button>
                ) : null}
              </div>
            ) : null}
          </td>
        </>
      )}
    />
  );
}
