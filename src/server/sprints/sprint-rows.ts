import type { Sprint } from '@/generated/prisma/client';
import { prisma } from '@/server/db';
import { monthKey, monthStartInZone } from '@/domain/calendar';
import { forecastWindow, type ForecastWindow } from '@/domain/sprints/planning';
import { sprintsOfMonth } from '@/domain/sprints/sprint-calendar';
import type { TSprint } from '@/schemas/sprint';

// Sprint rows are made on first use, a whole month of one office at a time, from the
// pure calendar. Making them is idempotent, so two requests racing to do it agree.

const calendarDate = (text: string) => new Date(`${text}T00:00:00Z`);

export async function ensureSprintsOfMonth(office: { id: string; timeZone: string }, month: Date): Promise<Sprint[]> {
  const existing = await prisma.sprint.findMany({ where: { officeId: office.id, month }, orderBy: { number: 'asc' } });
  const windows = sprintsOfMonth(month, office.timeZone);
  if (existing.length === windows.length) return existing;
  await prisma.sprint.createMany({
    data: windows.map((window) => ({
      officeId: office.id,
      month,
      number: window.number,
      startsOn: calendarDate(window.startsOn),
      endsOn: calendarDate(window.endsOn),
      startsAt: window.startsAt,
      endsAt: window.endsAt,
    })),
    skipDuplicates: true,
  });
  return prisma.sprint.findMany({ where: { officeId: office.id, month }, orderBy: { number: 'asc' } });
}

export function sprintState(sprint: Pick<Sprint, 'startsAt' | 'endsAt'>, now: Date): TSprint['state'] {
  if (now >= sprint.endsAt) return 'past';
  return now >= sprint.startsAt ? 'current' : 'future';
}

export function toSprint(sprint: Sprint, now: Date): TSprint {
  return {
    id: sprint.id,
    officeId: sprint.officeId,
    month: monthKey(sprint.month),
    number: sprint.number,
    startsOn: sprint.startsOn.toISOString().slice(0, 10),
    endsOn: sprint.endsOn.toISOString().slice(0, 10),
    startsAt: sprint.startsAt.toISOString(),
    endsAt: sprint.endsAt.toISOString(),
    state: sprintState(sprint, now),
  };
}

function shiftMonth(month: Date, by: number): Date {
  return new Date(Date.UTC(month.getUTCFullYear(), month.getUTCMonth() + by, 1));
}

/** The office's sprint running at `now` (sprints cover every day of a month). */
export async function findRunningSprint(office: { id: string; timeZone: string }, now: Date): Promise<Sprint | null> {
  const month = await ensureSprintsOfMonth(office, monthStartInZone(now, office.timeZone));
  return month.find((row) => row.startsAt <= now && now < row.endsAt) ?? null;
}

/** Whether forecasts and commitments can be entered in a sprint now (src/domain/sprints/planning.ts). */
export async function forecastWindowOf(office: { id: string; timeZone: string }, sprint: Sprint, now: Date): Promise<ForecastWindow> {
  if (now >= sprint.startsAt) return forecastWindow(sprint, null, now);
  return forecastWindow(sprint, await findRunningSprint(office, now), now);
}

/**
 * The sprints either side of one. Looking back goes as far as there is history; looking
 * forward reaches the sprint after the running one (the team plans it ahead), no further.
 */
export async function adjacentSprintIds(
  office: { id: string; timeZone: string },
  sprint: Sprint,
  now: Date,
): Promise<{ previousSprintId: string | null; nextSprintId: string | null }> {
  const month = await ensureSprintsOfMonth(office, sprint.month);
  const previous =
    month.find((row) => row.number === sprint.number - 1) ?? (sprint.number === 1 ? (await ensureSprintsOfMonth(office, shiftMonth(sprint.month, -1))).at(-1) : undefined);
  let next: Sprint | undefined;
  if (sprintState(sprint, now) !== 'future') {
    next = month.find((row) => row.number === sprint.number + 1) ?? (await ensureSprintsOfMonth(office, shiftMonth(sprint.month, 1)))[0];
  }
  return { previousSprintId: previous?.id ?? null, nextSprintId: next?.id ?? null };
}

/** "Sprint 3 · November 2026" in the office's language. */
export function sprintLabel(sprint: Pick<Sprint, 'number' | 'month'>, locale: string): string {
  const month = new Intl.DateTimeFormat(locale, { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(sprint.month);
  return `Sprint ${sprint.number} · ${month}`;
}
