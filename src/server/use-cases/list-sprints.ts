import { AppError } from '@/server/errors';
import type { SessionUser } from '@/server/auth/session-user';
import { monthKey, monthStartInZone, parseMonthKey } from '@/domain/calendar';
import type { TSprintList } from '@/schemas/sprint';
import { loadSprintTeam } from '@/server/sprints/team-context';
import { ensureSprintsOfMonth, toSprint } from '@/server/sprints/sprint-rows';

/** The sprints of a month (the current one by default) in the team's office, made on first use. */
export async function listSprints(options: { actor: SessionUser; teamId: string; month?: string | null; now?: Date }): Promise<TSprintList> {
  const now = options.now ?? new Date();
  const context = await loadSprintTeam(options.actor, options.teamId);
  const current = monthStartInZone(now, context.team.timeZone);
  let month = current;
  if (options.month) {
    const parsed = parseMonthKey(options.month);
    if (!parsed) throw new AppError('BAD_REQUEST', 'month must look like 2026-11.');
    const latest = new Date(Date.UTC(current.getUTCFullYear() + 1, current.getUTCMonth(), 1));
    if (parsed > latest || parsed.getUTCFullYear() < 2000) throw new AppError('BAD_REQUEST', 'Pick a month from 2000 up to a year ahead.');
    month = parsed;
  }
  const rows = await ensureSprintsOfMonth({ id: context.team.officeId, timeZone: context.team.timeZone }, month);
  const sprints = rows.map((row) => toSprint(row, now));
  return {
    team: context.team,
    month: monthKey(month),
    currentSprintId: sprints.find((sprint) => sprint.state === 'current')?.id ?? null,
    sprints,
  };
}
