import { z } from 'zod';

// Building blocks of query strings, typed the way the handlers read them.

/** A month, YYYY-MM. */
export const ZMonthParameter = z
  .string()
  .regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'Use a month like 2026-11')
  .meta({ description: 'A month, YYYY-MM', examples: ['2026-11'] });

/** An id in a query string. */
export const ZIdParameter = z.string().min(1).max(100);
