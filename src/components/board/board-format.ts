import { formatMoney } from '@/domain/money';
import { localDateOf } from '@/domain/calendar';
import type { DealTotals } from '@/domain/board/board-view';
import type { TDealStage } from '@/schemas/deal';

// Text for the board, in the office's own locale and time zone.

export const stageLabels: Record<TDealStage, string> = {
  BACKLOG: 'Backlog',
  TODO: 'To do',
  IN_PROGRESS: 'In progress',
  COMPLETED: 'Completed',
};

/** "$1.2M" (one currency) or "$1.2M + £310K" (a board spanning offices); "—" for nothing. */
export function formatTotalAmount(totals: DealTotals, locale: string, options: { compact?: boolean } = {}): string {
  if (totals.amounts.length === 0) return '—';
  return totals.amounts
    .map((amount) =>
      (options.compact ?? true)
        ? formatMoney(amount.amountMinor, amount.currency, locale, { compact: true })
        : formatMoney(amount.amountMinor, amount.currency, locale),
    )
    .join(' + ');
}

export function formatDealCount(count: number): string {
  return count === 1 ? '1 deal' : `${count} deals`;
}

// Making an Intl formatter costs far more than using one, and a board formats thousands
// of dates; formatters are kept per locale, zone and style.
const dateFormatters = new Map<string, Intl.DateTimeFormat>();

/** One Intl.DateTimeFormat per locale and options, made once (the board's and the sprint pages' dates share them). */
export function dateFormatter(locale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${locale}|${JSON.stringify(options)}`;
  let formatter = dateFormatters.get(key);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat(locale, options);
    dateFormatters.set(key, formatter);
  }
  return formatter;
}

/** A calendar date (YYYY-MM-DD) as "30 Nov" or, outside `currentYear`, "30 Nov 2027". */
export function formatCalendarDate(date: string, locale: string, currentYear: number): string {
  const value = new Date(`${date.slice(0, 10)}T00:00:00Z`);
  if (Number.isNaN(value.getTime())) return date;
  const sameYear = value.getUTCFullYear() === currentYear;
  return dateFormatter(locale, {
    day: 'numeric',
    month: 'short',
    ...(sameYear ? {} : { year: 'numeric' }),
    timeZone: 'UTC',
  }).format(value);
}

/** An instant as the office reads it: "3 Nov, 14:05". */
export function formatInstant(instant: string, locale: string, timeZone: string): string {
  const value = new Date(instant);
  if (Number.isNaN(value.getTime())) return instant;
  return dateFormatter(locale, { day: 'numeric', month: 'short', hour: '2-digit', minute: '2-digit', timeZone }).format(value);
}

/** An instant's date as the office writes it in full: "11/17/2026". */
export function formatShortDate(instant: Date, locale: string, timeZone: string): string {
  return dateFormatter(locale, { timeZone }).format(instant);
}

/** The date an instant falls on in a time zone, YYYY-MM-DD (what a date input holds). */
export function calendarDateInZone(instant: Date, timeZone: string): string {
  const { year, month, day } = localDateOf(instant, timeZone);
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** "Dana Smith" → "DS". */
export function initialsOf(name: string): string {
  const words = name.trim().split(/\s+/).filter(Boolean);
  const letters = words.length > 1 ? [words[0]!, words[words.length - 1]!] : words;
  return letters.map((word) => word[0]!.toUpperCase()).join('') || '?';
}

/** The first name, for short notices ("Dana moved this deal first"). */
export function firstNameOf(name: string | null | undefined): string {
  return name?.trim().split(/\s+/)[0] || 'Someone';
}
