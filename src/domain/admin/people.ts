import type { TPerson, TRole } from '@/schemas/admin';
import { adminRoles } from '@/schemas/admin';

// The people screen's rules and words: which roles a user may give, how the list is
// asked for, who can take over a leaving person's deals, and what each change says.

export type PeopleFilters = { teamId: string; role: string; active: string };

export const defaultPeopleFilters: PeopleFilters = { teamId: '', role: '', active: 'true' };

/** Admins give any role; managers only make reps and team leads. */
export function assignableRoles(isAdmin: boolean): readonly TRole[] {
  return isAdmin ? adminRoles : ['REP', 'LEAD'];
}

/** The list's address for these filters (empty filters are left out). */
export function peopleListPath(filters: PeopleFilters): string {
  const query = new URLSearchParams(Object.entries(filters).filter(([, value]) => value !== '')).toString();
  return `/api/admin/people${query ? `?${query}` : ''}`;
}

/** Who can take over `leaving`'s open deals: someone else, active, on a team. */
export function handOverCandidates(people: readonly TPerson[], leaving: Pick<TPerson, 'id'>): TPerson[] {
  return people.filter((person) => person.id !== leaving.id && person.active && person.teamId);
}

/** The candidates on `leaving`'s own team first, then by name. */
export function sortHandOverCandidates(candidates: readonly TPerson[], leaving: Pick<TPerson, 'teamId'>): TPerson[] {
  return [...candidates].sort((a, b) => Number(b.teamId === leaving.teamId) - Number(a.teamId === leaving.teamId) || a.name.localeCompare(b.name));
}

export type PersonMove = { openDeals: number; goals: number; conversion?: { from: string[]; to: string; month: string } };

export function describePersonSaved(person: Pick<TPerson, 'name' | 'teamName'>, moved: PersonMove): string {
  if (moved.openDeals + moved.goals === 0) return `${person.name} saved.`;
  const what = `${person.name} saved. Moved to ${person.teamName ?? 'no team'}: ${moved.openDeals} open deal(s) and ${moved.goals} goal(s)`;
  return moved.conversion ? `${what}, converted from ${moved.conversion.from.join(' and ')} to ${moved.conversion.to} at ${moved.conversion.month} rates.` : `${what}.`;
}

export function describePersonDeactivated(person: Pick<TPerson, 'name'>, handedOver: number): string {
  return `${person.name} is deactivated${handedOver > 0 ? `; ${handedOver} open deal(s) handed over` : ''}.`;
}

/** The fields of a person that an edit changes (the PATCH body); empty when nothing did. */
export function personChanges(
  person: Pick<TPerson, 'name' | 'role' | 'teamId' | 'colour' | 'startDate'>,
  form: { name: string; role: TRole; teamId: string; colour: string; startDate: string },
): Record<string, unknown> {
  const changes: Record<string, unknown> = {};
  if (form.name !== person.name) changes.name = form.name;
  if (form.role !== person.role) changes.role = form.role;
  if ((form.teamId || null) !== person.teamId) changes.teamId = form.teamId || null;
  if (form.colour.toLowerCase() !== person.colour.toLowerCase()) changes.colour = form.colour;
  if (form.startDate !== person.startDate.slice(0, 10)) changes.startDate = form.startDate;
  return changes;
}
