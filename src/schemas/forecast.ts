import { z } from 'zod';

// Shapes of the revenue forecast's API, shared by the route handlers, their OpenAPI
// descriptions and the Forecast page.

const ZDay = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'use a date as YYYY-MM-DD');
const ZRamp = z
  .array(z.number().min(0, 'each ramp value is a share between 0 and 1').max(1, 'each ramp value is a share between 0 and 1'))
  .min(1)
  .max(24)
  .meta({ description: 'Share of a steady-state rep’s output in each month since the start, each between 0 and 1' });

/** The organisation-wide ramp curve: an admin's override, or null for the learned (or default) one. */
export const ZForecastSettingsInput = z.object({
  rampOverride: ZRamp.nullable().meta({ description: 'Shares of steady-state output by month since start (1 to 24 values, each 0..1), or null to use the curve learned from the hires in the history' }),
});
export type TForecastSettingsInput = z.infer<typeof ZForecastSettingsInput>;
export const ZForecastSettings = z.object({
  rampOverride: z.array(z.number()).nullable(),
  /** The curve used when there is no override and too few hires to learn one. */
  defaultRamp: z.array(z.number()),
  canEdit: z.boolean(),
});
export type TForecastSettings = z.infer<typeof ZForecastSettings>;

export const ZForecastQuery = z.object({
  months: z.coerce.number().int().min(1).max(12).default(6),
  runs: z.coerce.number().int().min(100).max(20_000).default(10_000),
});
export type TForecastQuery = z.infer<typeof ZForecastQuery>;

/** Which scope's current month to read for the burn-down's band: the burn-down's own scope. */
export const ZForecastMonthRangeQuery = z.object({
  kind: z.enum(['company', 'office', 'team', 'rep']),
  id: z.string().min(1).max(100).optional().meta({ description: 'The office, team or rep id; left out (or "company") for the company' }),
});
export const ZMonthRange = z.object({
  /** The month simulated, YYYY-MM (the month that holds the as-of instant). */
  month: z.string(),
  asOf: z.string(),
  /** The scope's own currency (minor units below). */
  currency: z.string(),
  /** Revenue already won this month, as the forecast counts it. */
  alreadyWon: z.number(),
  p10: z.number(),
  p50: z.number(),
  p90: z.number(),
  runs: z.number().int(),
});
export type TMonthRange = z.infer<typeof ZMonthRange>;

export const ZBacktestQuery = z.object({
  from: z.string().regex(/^\d{4}-\d{2}$/, 'use a month as YYYY-MM').optional(),
  to: z.string().regex(/^\d{4}-\d{2}$/, 'use a month as YYYY-MM').optional(),
  runs: z.coerce.number().int().min(100).max(5_000).default(1_000),
});

export const ZPlannedHireInput = z.object({
  teamId: z.string().min(1),
  startDate: ZDay,
  count: z.number().int('count is a whole number').min(1, 'count must be at least 1').max(100).default(1),
  personId: z.string().min(1).nullable().default(null),
  rampOverride: ZRamp.nullable().default(null),
  note: z.string().max(200).default(''),
});
export type TPlannedHireInput = z.infer<typeof ZPlannedHireInput>;
export const ZPlannedHireUpdate = ZPlannedHireInput.partial();

export const ZPlannedHire = z.object({
  id: z.string(),
  teamId: z.string(),
  teamName: z.string(),
  startDate: ZDay,
  count: z.number().int(),
  personId: z.string().nullable(),
  personName: z.string().nullable(),
  rampOverride: z.array(z.number()).nullable(),
  note: z.string(),
  canEdit: z.boolean(),
});
export type TPlannedHire = z.infer<typeof ZPlannedHire>;
export const ZHiringPlan = z.object({
  hires: z.array(ZPlannedHire),
  teams: z.array(z.object({ id: z.string(), name: z.string(), canPlan: z.boolean() })),
  /** People already invited to sell who have not started yet: a planned hire may name one of them. */
  upcomingPeople: z.array(z.object({ id: z.string(), name: z.string(), teamId: z.string(), startDate: ZDay })),
});

const ZMonthFigure = z.object({
  month: z.string(),
  p10: z.number(),
  p50: z.number(),
  p90: z.number(),
  mean: z.number(),
  alreadyWon: z.number(),
  pipeline: z.number(),
  currentReps: z.number(),
  plannedHires: z.number(),
});
export const ZForecastScope = z.object({
  key: z.string(),
  kind: z.enum(['company', 'office', 'team', 'rep']),
  id: z.string().nullable(),
  name: z.string(),
  /** Revenue won in the last 12 months, reporting minor units. */
  actuals: z.array(z.object({ month: z.string(), amount: z.number() })),
  months: z.array(ZMonthFigure),
  /** The scope's own currency: its office's, or the reporting currency for the company. */
  currency: z.string(),
  /** The same figures in the scope's own currency (each month at its exchange rate); null when that is the reporting currency. */
  inOwnCurrency: z
    .object({ actuals: z.array(z.object({ month: z.string(), amount: z.number() })), months: z.array(ZMonthFigure) })
    .nullable(),
});
export type TForecastScope = z.infer<typeof ZForecastScope>;
export const ZRevenueForecast = z.object({
  asOf: z.string(),
  reportingCurrency: z.string(),
  runs: z.number().int(),
  notes: z.array(z.string()),
  model: z.object({
    historyMonths: z.number().int(),
    ramp: z.object({ values: z.array(z.number()), source: z.enum(['learned', 'default', 'override']), hiresSeen: z.number().int() }),
    hasSeasonality: z.boolean(),
    winRate: z.number(),
    medianDaysToClose: z.number().nullable(),
    openDeals: z.number().int(),
    producingReps: z.number().int(),
    plannedHires: z.number().int(),
  }),
  scopes: z.array(ZForecastScope),
  /** How the forecasts saved 1, 2 and 3 months before each past month turned out (company). */
  accuracy: z.array(z.object({ month: z.string(), monthsAhead: z.number().int(), predicted: z.number(), p10: z.number(), p90: z.number(), actual: z.number() })),
});
export type TRevenueForecast = z.infer<typeof ZRevenueForecast>;

const ZAccuracyMetrics = z.object({
  count: z.number().int(),
  mape: z.number().nullable(),
  wape: z.number().nullable(),
  bias: z.number().nullable(),
  coverage: z.number().nullable(),
  pinball: z.number().nullable(),
});
export const ZBacktestResult = z.object({
  reportingCurrency: z.string(),
  runs: z.number().int(),
  summary: z.array(
    z.object({
      scope: z.string().meta({ description: 'company, office:<name> or team:<name>' }),
      horizon: z.number().int(),
      simulation: ZAccuracyMetrics,
      lastThreeMonths: ZAccuracyMetrics,
      sameMonthLastYear: ZAccuracyMetrics,
      sprintRollup: ZAccuracyMetrics.nullable(),
    }),
  ),
  origins: z.array(
    z.object({
      asOf: z.string(),
      predictions: z.array(z.object({ scope: z.string(), month: z.string(), horizon: z.number().int(), p10: z.number(), p50: z.number(), p90: z.number(), mean: z.number(), actual: z.number() })),
    }),
  ),
});
