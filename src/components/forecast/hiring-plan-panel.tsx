'use client';

import { useState, type FormEvent } from 'react';
import type { z } from 'zod';
import type { TPlannedHire, ZHiringPlan } from '@/schemas/forecast';
import { ApiError, messageOf } from '@/lib/api-client';
import { formatRampPercentages, parseRampPercentages } from '@/domain/forecast/ramp-text';
import { addPlannedHire, changePlannedHire, removePlannedHire } from './forecast-api';
import { Field, FormAlert, ItemOptions, SelectField } from '@/components/ui/field';
import { useBusyAction } from '@/components/ui/use-busy-action';

// The hiring plan beside the forecast: who is planned to start where and when. Admins
// and managers add, change and remove hires; every change reloads the forecast.

type HiringPlan = z.infer<typeof ZHiringPlan>;

function tomorrow(): string {
  return new Date(Date.now() + 86_400_000).toISOString().slice(0, 10);
}

function HireForm({ plan, hire, onSaved, onCancel }: { plan: HiringPlan; hire?: TPlannedHire; onSaved: () => void; onCancel?: () => void }) {
  const teams = plan.teams.filter((team) => team.canPlan);
  const [teamId, setTeamId] = useState(hire?.teamId ?? teams[0]?.id ?? '');
  const [startDate, setStartDate] = useState(hire?.startDate ?? tomorrow());
  const [count, setCount] = useState(String(hire?.count ?? 1));
  const [personId, setPersonId] = useState(hire?.personId ?? '');
  const [ramp, setRamp] = useState(hire?.rampOverride ? formatRampPercentages(hire.rampOverride) : '');
  // People invited to this team who start later; a hire that names one is that one person.
  // Someone another hire already names is not offered again.
  const namedElsewhere = new Set(plan.hires.filter((other) => other.id !== hire?.id && other.personId).map((other) => other.personId));
  const people = plan.upcomingPeople.filter((person) => person.teamId === teamId && !namedElsewhere.has(person.id));
  const [error, setError] = useState<string | null>(null);
  const [isSaving, setSaving] = useState(false);
  const prefix = hire ? `hire-${hire.id}` : 'new-hire';
  // Another team has other people to name; a person named brings their start date.
  const chooseTeam = (id: string) => {
    setTeamId(id);
    setPersonId('');
  };
  const choosePerson = (id: string) => {
    const chosen = people.find((person) => person.id === id);
    setPersonId(id);
    if (chosen) setStartDate(chosen.startDate);
  };
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setSaving(true);
    setError(null);
    try {
      // A blank ramp follows the organisation's curve.
      const rampOverride = ramp.trim() === '' ? null : parseRampPercentages(ramp);
      const input = personId ? { teamId, startDate, count: 1, personId, rampOverride } : { teamId, startDate, count: Number(count), personId: null, rampOverride };
      if (hire) await changePlannedHire(hire.id, input);
      else await addPlannedHire(input);
      onSaved();
    } catch (caught) {
      setError(caught instanceof ApiError && caught.issues.length > 0 ? caught.issues.map((issue) => issue.message).join(' ') : messageOf(caught));
    } finally {
      setSaving(false);
    }
  };
  return (
    <form className="forecast-hire-form" onSubmit={submit} aria-label={hire ? 'Change the planned hire' : 'Add a planned hire'}>
      <SelectField id={`${prefix}-team`} label="Team" value={teamId} onChange={chooseTeam}>
        <ItemOptions items={teams} />
      </SelectField>
      <Field id={`${prefix}-start`} label="Start date">
        {(control) => <input {...control} type="date" value={startDate} min={new Date().toISOString().slice(0, 10)} onChange={(event) => setStartDate(event.target.value)} required />}
      </Field>
      {people.length > 0 || hire?.personId ? (
        <SelectField id={`${prefix}-person`} label="Who" value={personId} onChange={choosePerson}>
          <option value="">Not named yet</option>
          {hire?.personId && !people.some((person) => person.id === hire.personId) ? <option value={hire.personId}>{hire.personName ?? 'The person named'}</option> : null}
          <ItemOptions items={people} label={(person) => <>{person.name} (starts {person.startDate})</>} />
        </SelectField>
      ) : null}
      {personId ? null : (
        <Field id={`${prefix}-count`} label="How many">
          {(control) => <input {...control} type="number" min={1} max={100} value={count} onChange={(event) => setCount(event.target.value)} required />}
        </Field>
      )}
      <Field id={`${prefix}-ramp`} label="Own ramp (% by month)" hint="Optional, e.g. 40, 70, 100 for someone experienced">
        {(control) => <input {...control} value={ramp} onChange={(event) => setRamp(event.target.value)} placeholder="The organisation’s curve" autoComplete="off" />}
      </Field>
      <FormAlert message={error} />
      <div className="forecast-hire-actions">
        <button type="submit" className="button" disabled={isSaving}>
          {hire ? 'Save' : 'Add planned hire'}
        </button>
        {onCancel ? (
          <button type="button" className="button secondary" onClick={onCancel}>
            Cancel
          </button>
        ) : null}
      </div>
    </form>
  );
}

export function HiringPlanPanel({ plan, onChanged }: { plan: HiringPlan; onChanged: () => void }) {
  const [editing, setEditing] = useState<string | null>(null);
  const removing = useBusyAction();
  const canPlan = plan.teams.some((team) => team.canPlan);
  const remove = async (hire: TPlannedHire) => {
    if ((await removing.run(hire.id, () => removePlannedHire(hire.id))) !== null) onChanged();
  };
  return (
    <section className="card forecast-hiring" aria-labelledby="hiring-title">
      <h2 id="hiring-title">Hiring plan</h2>
      {plan.hires.length === 0 ? <p className="empty">No hires are planned.</p> : null}
      <ul className="forecast-hire-list">
        {plan.hires.map((hire) => (
          <li key={hire.id}>
            {editing === hire.id ? (
              <HireForm plan={plan} hire={hire} onCancel={() => setEditing(null)} onSaved={() => { setEditing(null); onChanged(); }} />
            ) : (
              <>
                <span>
                  <strong>{hire.personName ?? `${hire.count} ${hire.count === 1 ? 'hire' : 'hires'}`}</strong> for {hire.teamName} from {hire.startDate}
                  {hire.rampOverride ? ' (own ramp)' : ''}
                </span>
                {hire.canEdit ? (
                  <span className="forecast-hire-actions">
                    <button type="button" className="button secondary" onClick={() => setEditing(hire.id)} aria-label={`Change the hire for ${hire.teamName} from ${hire.startDate}`}>
                      Change
                    </button>
                    <button type="button" className="button danger" onClick={() => remove(hire)} aria-label={`Remove the hire for ${hire.teamName} from ${hire.startDate}`}>
                      Remove
                    </button>
                  </span>
                ) : null}
              </>
            )}
          </li>
        ))}
      </ul>
      <FormAlert message={removing.error} />
      {canPlan && editing === null ? <HireForm plan={plan} onSaved={onChanged} /> : null}
    </section>
  );
}
