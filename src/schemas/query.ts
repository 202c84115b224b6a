import { ZText } from './primitives';
import { earliestMonthYear, latestMonthYear, parseMonthKey } from '@/domain/calendar';

// Building blocks of query strings, typed the way the handlers read them.

/** A month, YYYY-MM. */
export const ZMonthParameter = ZText.regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'Use a month like 2026-11')
  .refine((value) => parseMonthKey(value) !== null, `Use a month between ${earliestMonthYear} and ${latestMonthYear}`)
  .meta({ description: 'A month, YYYY-MM', examples: ['2026-11'] });

/** An id in a query string. */
export const ZIdParameter = ZText.min(1).max(100);
