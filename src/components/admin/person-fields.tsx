import type { TRole, TTeam } from '@/schemas/admin';
import { Field, ItemOptions, Options } from '@/components/ui/field';
import { roleLabels } from './format';

// The fields the invite and edit dialogs share: team, role, swimlane colour and start date.

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

/** The swimlane colour and start date, side by side; `idPrefix` names the controls (`person-colour`, `person-start`). */
export function ColourAndStartFields({
  idPrefix,
  colour,
  startDate,
  onChange,
  errors,
}: {
  idPrefix: string;
  colour: string;
  startDate: string;
  onChange: (change: { colour: string } | { startDate: string }) => void;
  errors: { colour?: string; startDate?: string };
}) {
  return (
    <div className="field-row">
      <Field id={`${idPrefix}-colour`} label="Swimlane colour" error={errors.colour}>
        {(control) => <input {...control} type="color" value={colour} onChange={(event) => onChange({ colour: event.currentTarget.value })} />}
      </Field>
      <Field id={`${idPrefix}-start`} label="Start date" error={errors.startDate}>
        {(control) => <input {...control} type="date" value={startDate} onChange={(event) => onChange({ startDate: event.currentTarget.value })} />}
      </Field>
    </div>
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
