import { z } from 'zod';
import { ZText, ZEntityId, ZCalendarDate } from './primitives';
import { monthPattern } from './query';
import { isValidTimeZone, parseMonthKey } from '@/domain/calendar';
import { isValidCurrency, isValidLocale } from '@/domain/admin/intl-codes';

// Administration: first-run setup, offices and holidays, teams, people, monthly goals,
// exchange rates and the audit log. The admin forms in the browser and the route
// handlers parse with these same schemas. Changes to this file are additive only.
//
// Every error answers { error: { code, message, issues? }, details? } (src/server/http.ts);
// a zod failure is 400 with `issues[].path` naming the field; a refused role is 403 with a
// message that says why. "admin" below means role ADMIN; "manager (own teams)" means a
// MANAGER acting on the teams whose managerId is theirs; "lead (own team)" a LEAD acting
// on the teams whose leadId is theirs.
//
// Public (no session)
//   GET    /api/setup                    → TSetupStatus {needed}
//   POST   /api/setup                    ZSetupInput → 201 TSetupResult; 409 once any user exists
//   GET    /api/setup/password?token=…   → TPasswordLinkStatus {valid, reason?, name?, email?, purpose?}
//   POST   /api/setup/password           ZSetPasswordInput → TSetPasswordResult; 404 unknown link,
//                                        422 used/expired link or deactivated user
// Self-service (any signed-in user)
//   PATCH  /api/me/profile               ZUpdateProfileInput → {user: SessionUser}
//   POST   /api/me/password              ZChangePasswordInput → {changed: true}; 422 wrong current password
// Offices and holidays (admin)
//   GET    /api/admin/time-zones         → {timeZones: string[]}           (any signed-in user)
//   GET    /api/admin/offices            → {offices: TOffice[]}
//   POST   /api/admin/offices            ZCreateOfficeInput → 201 {office: TOffice}; 409 name taken
//   PATCH  /api/admin/offices/:officeId  ZUpdateOfficeInput → {office: TOffice}
//   GET    /api/admin/offices/:officeId/holidays            → {holidays: THoliday[]} (oldest first)
//   POST   /api/admin/offices/:officeId/holidays            ZCreateHolidayInput → 201 {holiday}; 409 date taken
//   DELETE /api/admin/offices/:officeId/holidays/:holidayId → {holiday}
//   POST   /api/admin/offices/:officeId/holidays/import     ZImportHolidaysInput → THolidayImportReport;
//          any invalid line → 422 with details: THolidayImportReport (added 0) and nothing written
// Teams (list: admin all; manager/lead their own teams, read-only. Create/update: admin)
//   GET    /api/admin/teams?officeId=    → {teams: TTeam[]}
//   POST   /api/admin/teams              ZCreateTeamInput → 201 {team: TTeam}; 409 name taken in office
//   PATCH  /api/admin/teams/:teamId      ZUpdateTeamInput → {team: TTeam}
// People (admin: everyone, any role. Manager: people of their own teams, roles REP/LEAD only)
//   GET    /api/admin/people?teamId=&role=&active=true|false → {people: TPerson[]}
//   POST   /api/admin/people             ZInvitePersonInput → 201 TInvitation {person, link}; 409 email taken
//   PATCH  /api/admin/people/:userId     ZUpdatePersonInput → TPersonUpdate {person, moved}
//   POST   /api/admin/people/:userId/deactivate     ZDeactivatePersonInput → TDeactivation
//   POST   /api/admin/people/:userId/password-reset → 201 {link: TPasswordLink} (older unused links stop working)
// Monthly goals (admin: all; manager: own teams; lead: own team)
//   GET    /api/admin/goals?teamId=|officeId=&from=YYYY-MM&to=YYYY-MM → TGoalGrid (with the company
//          figures outside the grid, for the company total)
//   PUT    /api/admin/goals              ZUpdateGoalsInput → TGoalUpdateResult; a month before the
//          current one (office zone) without confirmPastMonths → 409 details {pastMonths: string[]}
// Exchange rates (admin)
//   GET    /api/admin/exchange-rates?from=YYYY-MM&to=YYYY-MM → TExchangeRateTable
//   PUT    /api/admin/exchange-rates     ZUpdateExchangeRatesInput → {updated: number}
// Audit log (admin)
//   GET    /api/admin/audit?actorId=&objectType=&objectId=&limit=&before=<entry id> → TAuditPage (newest first)

// Building blocks

export const adminRoles = ['REP', 'LEAD', 'MANAGER', 'ADMIN'] as const;
export const ZRole = z.enum(adminRoles);
export type TRole = z.infer<typeof ZRole>;


/** "2026-11"; from and to of a range. */
export const ZMonthKey = ZText.regex(monthPattern, { message: 'Use a month like 2026-11', abort: true })
  .refine((value) => parseMonthKey(value) !== null, 'Use a month like 2026-11')
  .meta({ description: 'A month, YYYY-MM, from 1970 to 2200', examples: ['2026-11'] });

/** How a code from one of the lists Intl knows is documented: its description, and the list as the schema's enum. */
function listedByIntl(list: 'currency' | 'timeZone', description: string): z.GlobalMeta {
  return {
    description,
    override: ({ jsonSchema }) => {
      jsonSchema.enum = Intl.supportedValuesOf(list);
    },
  };
}

export const ZCurrencyCode = z
  .string()
  .trim()
  .toUpperCase()
  .refine(isValidCurrency, 'Use an ISO 4217 currency code such as USD or EUR')
  .meta(listedByIntl('currency', 'An ISO 4217 currency code (case-insensitive on input)'));

export const ZLocale = z
  .string()
  .trim()
  .transform((value, context) => {
    try {
      const [canonical] = Intl.getCanonicalLocales(value);
      if (canonical && isValidLocale(canonical)) return canonical;
    } catch {
      // reported below
    }
    context.addIssue({ code: 'custom', message: 'Use a locale such as en-US or de-DE' });
    return z.NEVER;
  })
  .meta({
    description: 'A BCP 47 locale tag the server knows, such as en-US or de-DE (answered in canonical form)',
    override: ({ jsonSchema }) => {
      jsonSchema.pattern = '^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$';
    },
  });

export const ZTimeZone = ZText.trim()
  .refine(isValidTimeZone, 'Use an IANA time zone such as Europe/London')
  .meta(listedByIntl('timeZone', 'An IANA time zone, such as Europe/London (GET /api/admin/time-zones lists them)'));

export const ZColour = z
  .string()
  .trim()
  .regex(/^#[0-9a-fA-F]{6}$/, 'Use a colour like #2563eb')
  .transform((value) => value.toLowerCase());

export const minimumPasswordLength = 10;
export const ZNewPassword = z
  .string()
  .min(minimumPasswordLength, `Use at least ${minimumPasswordLength} characters`)
  .max(200, 'Keep the password under 200 characters');

const ZPersonName = ZText.trim().min(1, 'Enter a name').max(120, 'Keep the name under 120 characters');
const ZEmail = ZText.trim().toLowerCase().email('Enter a valid email address').max(200);

/** Largest goal accepted, in minor units. */
export const maximumGoalMinor = 2_000_000_000;
export const ZGoalAmountMinor = z
  .number()
  .int('Goals are whole minor units (cents)')
  .min(0, 'A goal cannot be negative')
  .max(maximumGoalMinor, 'That goal is too large');

// Setup and password links (public)

export const ZSetupStatus = z.object({ needed: z.boolean() });
export type TSetupStatus = z.infer<typeof ZSetupStatus>;

export const ZSetupInput = z.object({
  organizationName: ZText.trim().min(1, 'Name the organisation').max(120, 'Keep the name under 120 characters'),
  reportingCurrency: ZCurrencyCode,
  adminName: ZPersonName,
  adminEmail: ZEmail,
  adminPassword: ZNewPassword,
});
export type TSetupInput = z.input<typeof ZSetupInput>;

export const ZPasswordLink = z.object({
  /** Path to open, e.g. /set-password/pwd_…; shown once, works once. */
  path: ZText,
  purpose: z.enum(['INVITE', 'RESET']),
  expiresAt: ZText,
});
export type TPasswordLink = z.infer<typeof ZPasswordLink>;

export const ZPasswordLinkStatus = z.object({
  valid: z.boolean(),
  /** Why it is not valid. */
  reason: z.enum(['unknown', 'used', 'expired', 'inactive']).optional(),
  name: ZText.optional(),
  email: ZText.optional(),
  purpose: z.enum(['INVITE', 'RESET']).optional(),
});
export type TPasswordLinkStatus = z.infer<typeof ZPasswordLinkStatus>;

export const ZSetPasswordInput = z.object({
  token: ZText.trim().min(1, 'The link is incomplete').max(200),
  password: ZNewPassword,
});
export type TSetPasswordInput = z.input<typeof ZSetPasswordInput>;

export const ZSetPasswordResult = z.object({ email: ZText });
export type TSetPasswordResult = z.infer<typeof ZSetPasswordResult>;

// Self-service

export const ZUpdateProfileInput = z.object({ name: ZPersonName });
export type TUpdateProfileInput = z.input<typeof ZUpdateProfileInput>;

export const ZChangePasswordInput = z
  .object({
    currentPassword: ZText.min(1, 'Enter your current password').max(200),
    newPassword: ZNewPassword,
  })
  .refine((input) => input.currentPassword !== input.newPassword, {
    path: ['newPassword'],
    message: 'Choose a password different from the current one',
  });
export type TChangePasswordInput = z.input<typeof ZChangePasswordInput>;

// Offices and holidays

const ZMinuteOfDay = z.number().int('Whole minutes').min(0, 'From 00:00').max(1440, 'Until 24:00');

const officeFields = {
  name: ZText.trim().min(1, 'Name the office').max(80, 'Keep the name under 80 characters'),
  timeZone: ZTimeZone,
  locale: ZLocale,
  currency: ZCurrencyCode,
  /** Minutes after local midnight. */
  businessDayStart: ZMinuteOfDay,
  businessDayEnd: ZMinuteOfDay,
};

function businessHoursInOrder(input: { businessDayStart?: number; businessDayEnd?: number }): boolean {
  return input.businessDayStart === undefined || input.businessDayEnd === undefined || input.businessDayStart < input.businessDayEnd;
}
const businessHoursIssue = { path: ['businessDayEnd'], message: 'The business day must end after it starts' };

export const ZCreateOfficeInput = z
  .object({ ...officeFields, businessDayStart: officeFields.businessDayStart.default(540), businessDayEnd: officeFields.businessDayEnd.default(1020) })
  .refine(businessHoursInOrder, businessHoursIssue);
export type TCreateOfficeInput = z.input<typeof ZCreateOfficeInput>;

/** Any subset of the fields; when only one business-hour bound is sent, the server checks it against the stored other. */
export const ZUpdateOfficeInput = z
  .object(officeFields)
  .partial()
  .refine((input) => Object.keys(input).length > 0, 'Nothing to change')
  .meta({ description: 'At least one field (an empty object answers 400 "Nothing to change")', minProperties: 1 })
  .refine(businessHoursInOrder, businessHoursIssue);
export type TUpdateOfficeInput = z.input<typeof ZUpdateOfficeInput>;

export const ZOffice = z.object({
  id: ZText,
  name: ZText,
  timeZone: ZText,
  locale: ZText,
  currency: ZText,
  businessDayStart: z.number(),
  businessDayEnd: z.number(),
  teamCount: z.number(),
  holidayCount: z.number(),
});
export type TOffice = z.infer<typeof ZOffice>;

export const ZHolidayName = ZText.trim().min(1, 'Name the holiday').max(120, 'Keep the name under 120 characters');

export const ZCreateHolidayInput = z.object({ date: ZCalendarDate, name: ZHolidayName });
export type TCreateHolidayInput = z.input<typeof ZCreateHolidayInput>;

export const ZHoliday = z.object({ id: ZText, officeId: ZText, date: ZText, name: ZText });
export type THoliday = z.infer<typeof ZHoliday>;

/** The file's text, as read in the browser (FileReader) or pasted. */
export const ZImportHolidaysInput = z.object({
  format: z.enum(['ics', 'csv']),
  content: ZText.max(1_000_000, 'Keep the file under 1 MB'),
});
export type TImportHolidaysInput = z.input<typeof ZImportHolidaysInput>;

export const ZLineError = z.object({ line: z.number(), message: ZText });
export type TLineError = z.infer<typeof ZLineError>;

export const ZHolidayImportReport = z.object({
  added: z.number(),
  /** Dates already in the calendar, or repeated in the file. */
  skipped: z.number(),
  errors: z.array(ZLineError),
});
export type THolidayImportReport = z.infer<typeof ZHolidayImportReport>;

// Teams

const ZPerMille = z.number().int('Whole per mille').min(0, 'At least 0').max(1000, 'At most 1000 (100%)');

const ZStaleDays = z.number().int('Whole days').min(1, 'At least 1 day').max(365, 'At most 365 days');

const teamFields = {
  officeId: ZEntityId,
  name: ZText.trim().min(1, 'Name the team').max(80, 'Keep the name under 80 characters'),
  colour: ZColour,
  /** An active user whose role is LEAD. */
  leadId: ZEntityId.nullable(),
  /** An active user whose role is MANAGER. */
  managerId: ZEntityId.nullable(),
  staleAfterDays: z.number().int('Whole days').min(1, 'At least 1 day').max(365, 'At most 365 days'),
  /** Per-column "stale after" days; null uses staleAfterDays. */
  staleAfterDaysBacklog: ZStaleDays.nullable(),
  staleAfterDaysTodo: ZStaleDays.nullable(),
  staleAfterDaysInProgress: ZStaleDays.nullable(),
  weightBacklog: ZPerMille,
  weightTodo: ZPerMille,
  weightInProgress: ZPerMille,
};

export const ZCreateTeamInput = z.object({
  ...teamFields,
  leadId: teamFields.leadId.default(null),
  managerId: teamFields.managerId.default(null),
  staleAfterDays: teamFields.staleAfterDays.default(14),
  staleAfterDaysBacklog: teamFields.staleAfterDaysBacklog.default(null),
  staleAfterDaysTodo: teamFields.staleAfterDaysTodo.default(null),
  staleAfterDaysInProgress: teamFields.staleAfterDaysInProgress.default(null),
  weightBacklog: teamFields.weightBacklog.default(0),
  weightTodo: teamFields.weightTodo.default(300),
  weightInProgress: teamFields.weightInProgress.default(800),
});
export type TCreateTeamInput = z.input<typeof ZCreateTeamInput>;

export const ZUpdateTeamInput = z
  .object(teamFields)
  .partial()
  .refine((input) => Object.keys(input).length > 0, 'Nothing to change')
  .meta({ description: 'At least one field (an empty object answers 400 "Nothing to change")', minProperties: 1 });
export type TUpdateTeamInput = z.input<typeof ZUpdateTeamInput>;

/** A team's board settings, which its lead and manager may change too (PATCH /api/teams/{teamId}/board-settings). */
export const ZTeamBoardSettingsInput = z
  .object({
    staleAfterDays: teamFields.staleAfterDays,
    staleAfterDaysBacklog: teamFields.staleAfterDaysBacklog,
    staleAfterDaysTodo: teamFields.staleAfterDaysTodo,
    staleAfterDaysInProgress: teamFields.staleAfterDaysInProgress,
    weightBacklog: teamFields.weightBacklog,
    weightTodo: teamFields.weightTodo,
    weightInProgress: teamFields.weightInProgress,
  })
  .strict()
  .partial()
  .refine((input) => Object.keys(input).length > 0, 'Nothing to change')
  .meta({ id: 'TeamBoardSettingsInput', description: 'At least one field (an empty object answers 400 "Nothing to change"); weights are per mille', minProperties: 1 });
export type TTeamBoardSettingsInput = z.input<typeof ZTeamBoardSettingsInput>;

/** A team's board settings as answers carry them (the team's own and the admin's team list). */
const boardSettingsShape = {
  staleAfterDays: z.number(),
  staleAfterDaysBacklog: z.number().nullable(),
  staleAfterDaysTodo: z.number().nullable(),
  staleAfterDaysInProgress: z.number().nullable(),
  weightBacklog: z.number(),
  weightTodo: z.number(),
  weightInProgress: z.number(),
};

export const ZTeamBoardSettings = z
  .object({ teamId: ZText, ...boardSettingsShape })
  .meta({ id: 'TeamBoardSettings' });
export type TTeamBoardSettings = z.infer<typeof ZTeamBoardSettings>;

export const ZTeam = z.object({
  id: ZText,
  officeId: ZText,
  officeName: ZText,
  name: ZText,
  colour: ZText,
  leadId: ZText.nullable(),
  leadName: ZText.nullable(),
  managerId: ZText.nullable(),
  managerName: ZText.nullable(),
  ...boardSettingsShape,
  memberCount: z.number(),
});
export type TTeam = z.infer<typeof ZTeam>;

// People

export const ZPeopleFilter = z.object({
  teamId: ZEntityId.optional(),
  role: ZRole.optional(),
  active: z.enum(['true', 'false']).transform((value) => value === 'true').optional(),
});
export type TPeopleFilter = z.input<typeof ZPeopleFilter>;

export const ZInvitePersonInput = z.object({
  name: ZPersonName,
  email: ZEmail,
  role: ZRole,
  /** Required for REP and LEAD. */
  teamId: ZEntityId.nullable().default(null),
  colour: ZColour.default('#64748b'),
  /** First working day; defaults to today (UTC). */
  startDate: ZCalendarDate.optional(),
});
export type TInvitePersonInput = z.input<typeof ZInvitePersonInput>;

export const ZUpdatePersonInput = z
  .object({
    name: ZPersonName,
    role: ZRole,
    /** Moving team keeps history: closed deals and past goals stay with the old team. */
    teamId: ZEntityId.nullable(),
    colour: ZColour,
    startDate: ZCalendarDate,
  })
  .partial()
  .refine((input) => Object.keys(input).length > 0, 'Nothing to change')
  .meta({ description: 'At least one field (an empty object answers 400 "Nothing to change")', minProperties: 1 });
export type TUpdatePersonInput = z.input<typeof ZUpdatePersonInput>;

export const ZDeactivatePersonInput = z.object({
  /** Required when the person has open deals: an active user with a team. */
  handOverToUserId: ZEntityId.nullable().optional(),
});
export type TDeactivatePersonInput = z.input<typeof ZDeactivatePersonInput>;

export const ZPerson = z.object({
  id: ZText,
  name: ZText,
  email: ZText,
  role: ZRole,
  teamId: ZText.nullable(),
  teamName: ZText.nullable(),
  colour: ZText,
  startDate: ZText,
  active: z.boolean(),
  /** False until they have set a password through their link. */
  hasPassword: z.boolean(),
  openDealCount: z.number(),
});
export type TPerson = z.infer<typeof ZPerson>;

export const ZInvitation = z.object({ person: ZPerson, link: ZPasswordLink });
export type TInvitation = z.infer<typeof ZInvitation>;

export const ZPersonUpdate = z.object({
  person: ZPerson,
  /** What a team move carried to the new team (zero when the team did not change). */
  moved: z.object({
    openDeals: z.number(),
    goals: z.number(),
    /**
     * Set when the new team's office works in another currency: the moved open deals and
     * goals were converted into it at the rates of `month` (units of `to` per unit of each).
     */
    conversion: z
      .object({ from: z.array(z.string()), to: z.string(), month: z.string(), rates: z.record(z.string(), z.number()) })
      .optional(),
  }),
});
export type TPersonUpdate = z.infer<typeof ZPersonUpdate>;

export const ZDeactivation = z.object({ person: ZPerson, handedOverDeals: z.number() });
export type TDeactivation = z.infer<typeof ZDeactivation>;

// Monthly goals

export const ZGoalGridQuery = z
  .object({
    teamId: ZEntityId.optional(),
    officeId: ZEntityId.optional(),
    from: ZMonthKey,
    to: ZMonthKey,
  })
  .refine((query) => !!query.teamId !== !!query.officeId, { path: ['teamId'], message: 'Choose a team or an office' })
  .refine((query) => query.from <= query.to, { path: ['to'], message: 'The range must end after it starts' });
export type TGoalGridQuery = z.input<typeof ZGoalGridQuery>;

export const ZGoalCells = z.record(ZText, z.number().nullable());

export const ZGoalRow = z.object({ userId: ZText, name: ZText, teamId: ZText, cells: ZGoalCells });
export type TGoalRow = z.infer<typeof ZGoalRow>;

export const ZGoalGridCompanyMonth = z.object({
  /** Every goal of the month outside this grid's teams, in minor units of the reporting currency; null when one has no exchange rate. */
  otherMinor: z.number().nullable(),
  /** The grid currency's rate that month (or the latest earlier one); null when none is recorded. */
  rateToReporting: z.number().nullable(),
});

export const ZGoalGridCompany = z.object({
  /** The organisation's reporting currency. */
  currency: ZText,
  /** The locale of an office working in the reporting currency, else en-US. */
  locale: ZText,
  /** Keyed by YYYY-MM, one per month of the grid. */
  months: z.record(ZText, ZGoalGridCompanyMonth),
});
export type TGoalGridCompany = z.infer<typeof ZGoalGridCompany>;

export const ZGoalGrid = z.object({
  /** YYYY-MM, oldest first. */
  months: z.array(ZText),
  rows: z.array(ZGoalRow),
  currency: ZText,
  locale: ZText,
  /** The teams the rows belong to, for roll-ups. */
  teams: z.array(z.object({ id: ZText, name: ZText, officeId: ZText })),
  /** The current month in the office's zone; months before it need confirmPastMonths. */
  currentMonth: ZText,
  /** What the company total needs besides the rows, in the organisation's reporting currency. */
  company: ZGoalGridCompany,
});
export type TGoalGrid = z.infer<typeof ZGoalGrid>;

export const ZGoalChange = z.object({
  userId: ZEntityId,
  month: ZMonthKey,
  /** null removes the goal. */
  amountMinor: ZGoalAmountMinor.nullable(),
});
export type TGoalChange = z.infer<typeof ZGoalChange>;

export const ZUpdateGoalsInput = z.object({
  changes: z.array(ZGoalChange).min(1, 'Nothing to change').max(2_000, 'At most 2,000 changes at once'),
  confirmPastMonths: z.boolean().default(false),
});
export type TUpdateGoalsInput = z.input<typeof ZUpdateGoalsInput>;

export const ZGoalUpdateResult = z.object({ updated: z.number(), pastMonths: z.array(ZText) });
export type TGoalUpdateResult = z.infer<typeof ZGoalUpdateResult>;

export const ZPastMonthsDetails = z.object({ pastMonths: z.array(ZText) });

// Exchange rates

export const ZMonthRangeQuery = z
  .object({ from: ZMonthKey, to: ZMonthKey })
  .refine((query) => query.from <= query.to, { path: ['to'], message: 'The range must end after it starts' });

export const ZExchangeRateTable = z.object({
  reportingCurrency: ZText,
  months: z.array(ZText),
  /** One row per currency the offices use (and any with recorded rates), reporting currency excluded. */
  rows: z.array(z.object({ currency: ZText, cells: z.record(ZText, z.number().nullable()) })),
});
export type TExchangeRateTable = z.infer<typeof ZExchangeRateTable>;

export const ZExchangeRateChange = z.object({
  month: ZMonthKey,
  currency: ZCurrencyCode,
  /** Units of the reporting currency one unit of `currency` is worth. */
  rateToReporting: z.number().positive('A rate must be more than 0').max(1_000_000_000, 'That rate is too large'),
});
export const ZUpdateExchangeRatesInput = z.object({
  rates: z.array(ZExchangeRateChange).min(1, 'Nothing to change').max(2_000, 'At most 2,000 rates at once'),
});
export type TUpdateExchangeRatesInput = z.input<typeof ZUpdateExchangeRatesInput>;

// Audit log

export const ZAuditQuery = z.object({
  actorId: ZEntityId.optional(),
  objectType: ZText.max(60).optional(),
  objectId: ZEntityId.optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
  /** The id of the last entry of the previous page (its `nextBefore`). */
  before: ZEntityId.optional(),
});
export type TAuditQuery = z.input<typeof ZAuditQuery>;

export const ZAuditEntry = z.object({
  id: ZText,
  actorId: ZText.nullable(),
  actorName: ZText.nullable(),
  action: ZText,
  objectType: ZText,
  objectId: ZText,
  /** The object's name (a person, team, office, TV link; a goal as "person, month"); null when unknown. */
  objectName: ZText.nullable(),
  /** Each field that changed, in words: ids as names, money formatted in its currency. */
  changes: z.array(z.object({ field: ZText, label: ZText, before: ZText.nullable(), after: ZText.nullable() })),
  before: z.unknown(),
  after: z.unknown(),
  occurredAt: ZText,
});
export type TAuditEntry = z.infer<typeof ZAuditEntry>;

export const ZAuditPage = z.object({ entries: z.array(ZAuditEntry), nextBefore: ZText.nullable() });
export type TAuditPage = z.infer<typeof ZAuditPage>;
