import { ZText } from './primitives';
import { earliestMonthYear, latestMonthYear, parseMonthKey } from '@/domain/calendar';

// Building blocks of query strings, typed the way the handlers read them.

/** YYYY-MM with a year from 1970 to 2200 (parseMonthKey's range), so the document states the whole rule. */
export const monthPattern = /^(19[7-9]\d|2[01]\d\d|2200)-(0[1-9]|1[0-2])$/;

/** A month, YYYY-MM. */
export const ZMonthParameter = ZText.regex(monthPattern, 'Use a month like 2026-11')
  .refine((value) => parseMonthKey(value) !== null, `Use a month between ${earliestMonthYear} and ${latestMonthYear}`)
  .meta({ description: `A month, YYYY-MM, from ${earliestMonthYear} to ${latestMonthYear}`, examples: ['2026-11'] });

/** An id in a query string. */
export const ZIdParameter = ZText.min(1).max(100);
