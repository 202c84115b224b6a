import { localDateOf } from '@/domain/calendar';

// The next step's status dot, judged by calendar day in the office's time zone: a step
// due on the office's today is "today" until local midnight, whatever UTC says.

export const nextStepStatuses = ['overdue', 'today', 'none', 'later'] as const;
export type NextStepStatus = (typeof nextStepStatuses)[number];

/** The office's calendar date for an instant, YYYY-MM-DD. */
export function localDateKey(instant: Date, timeZone: string): string {
  const { year, month, day } = localDateOf(instant, timeZone);
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** Overdue, due today, nothing planned, or later; `dueOn` is a YYYY-MM-DD date. */
export function nextStepStatus(dueOn: string | null | undefined, now: Date, timeZone: string): NextStepStatus {
  if (!dueOn) return 'none';
  const today = localDateKey(now, timeZone);
  if (dueOn < today) return 'overdue';
  return dueOn === today ? 'today' : 'later';
}

/** The state written out beside the dot (never colour alone). */
export const nextStepStatusLabels: Record<NextStepStatus, string> = {
  overdue: 'Next step overdue',
  today: 'Next step due today',
  none: 'No next step planned',
  later: 'Next step planned',
};
