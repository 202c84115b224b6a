import type { TRole, TTeam } from '@/schemas/admin';
import { Field, ItemOptions, Options } from '@/components/ui/field';
import { roleLabels } from './format';

// The team and role pickers the invite and edit dialogs share.

export type PersonForm = { name: string; email: string; role: TRole; teamId: string; colour: string; startDate: string };

export function TeamSelect({ id, teams, value, onChange, error, hint }: { id: string; teams: TTeam[]; value: string; onChange: (value: string) => void; error?: string; hint?: string }) {
  return (
    <Field id={id} label="Team" error={error} hint={hint}>
      {(control) => (
        <select {...control} value={value} onChange={(event) => onChange(event.currentTarget.value)}>
          <option value="">No team</option>
          <ItemOptions items={teams} label={(team) => <>{team.name} ({team.officeName})</>} />
        </select>
      )}
    </Field>
  );
}

export function RoleSelect({ id, roles, value, onChange, error }: { id: string; roles: readonly TRole[]; value: TRole; onChange: (value: TRole) => void; error?: string }) {
  return (
    <Field id={id} label="Role" error={error}>
      {(control) => (
        <select {...control} value={value} onChange={(event) => onChange(event.currentTarget.value as TRole)}>
          <Options values={roles} labels={roleLabels} />
        </select>
      )}
    </Field>
  );
}
