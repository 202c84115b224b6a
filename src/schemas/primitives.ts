import { z } from 'zod';
import { earliestMonthYear, latestMonthYear } from '@/domain/calendar';

// The rules every piece of input text, id and date obeys, decided once. Every input
// schema builds on these, and the request reader (src/server/http.ts) applies
// `textProblem` to every string of a JSON body and a query, so no route can hand
// PostgreSQL a NUL byte, a lone UTF-16 surrogate or a year-0000 date.

/** A UTF-16 surrogate that is not half of a pair (with the u flag, a pair is one code point). */
const loneSurrogate = /\p{Cs}/u;

/** Why a string cannot be stored as text, or null when it can. */
export function textProblem(value: string): string | null {
  if (value.includes('\u0000')) return 'Text cannot contain a NUL character';
  if (loneSurrogate.test(value)) return 'Text cannot contain a lone UTF-16 surrogate';
  return null;
}

/** Any text the app accepts: what a database text column can hold. */
export const ZText = z.string().check((context) => {
  const problem = textProblem(context.value);
  if (problem) context.issues.push({ code: 'custom', message: problem, input: context.value });
});

/** The id of a row, as paths and bodies carry it. */
export const ZEntityId = ZText.min(1, 'Give an id').max(100, 'That id is too long');

/** The earliest and latest years a calendar date or month may fall in. */
export const earliestYear = earliestMonthYear;
export const latestYear = latestMonthYear;

function yearOf(value: string): number {
  return Number(value.slice(0, 4));
}

/** A calendar date, YYYY-MM-DD, that exists and falls between 1970 and 2200. */
export const ZCalendarDate = ZText.regex(/^\d{4}-\d{2}-\d{2}$/, 'Use a date like 2026-11-30')
  .refine(
    (value) =>
      !Number.isNaN(Date.parse(`${value}T00:00:00Z`)) && new Date(`${value}T00:00:00Z`).toISOString().startsWith(value),
    'That date does not exist',
  )
  .refine(
    (value) => yearOf(value) >= earliestYear && yearOf(value) <= latestYear,
    `Use a date between ${earliestYear} and ${latestYear}`,
  );

/** How far ahead a deal's expected close date may lie. */
export const maximumYearsAhead = 10;

/** The last calendar day a close date may name, counted from `now`. */
export function latestCloseDate(now: Date = new Date()): string {
  const limit = new Date(now);
  limit.setUTCFullYear(limit.getUTCFullYear() + maximumYearsAhead);
  return limit.toISOString().slice(0, 10);
}

/** A deal's expected close date: a calendar date at most ten years from today. */
export const ZCloseDate = ZCalendarDate.refine(
  (value) => value <= latestCloseDate(),
  `Use a close date at most ${maximumYearsAhead} years from today`,
);

/** An instant with its offset, ISO 8601, between 1970 and 2200. */
export const ZInstant = z.iso
  .datetime({ offset: true, error: 'Use an ISO date and time' })
  .check((context) => {
    const problem = textProblem(context.value);
    if (problem) context.issues.push({ code: 'custom', message: problem, input: context.value });
  })
  .refine((value) => {
    const year = new Date(value).getUTCFullYear();
    return year >= earliestYear && year <= latestYear;
  }, `Use a date between ${earliestYear} and ${latestYear}`);
