import { z } from 'zod';
import { ZText, ZEntityId, ZCalendarDate } from './primitives';
import { ZAmountMinor, ZDealCard, ZDealChange, ZDealStage } from './deal';
import { ZWallBar } from './wall';
import { ZMonthFlowReport, ZRiskSignal } from './signals';

// Sprints, forecasts, standups, retrospectives and their notes and action items: the
// shapes shared by the browser, the route handlers and the OpenAPI document.

export const ZCommitmentGoal = z.enum(['ADVANCE', 'CLOSE']);
export type TCommitmentGoal = z.infer<typeof ZCommitmentGoal>;
export const ZCommitmentStatus = z.enum(['met', 'missed', 'open']);
export type TCommitmentStatus = z.infer<typeof ZCommitmentStatus>;
export const ZRetroNoteKind = z.enum(['WENT_WELL', 'TO_IMPROVE']);
export type TRetroNoteKind = z.infer<typeof ZRetroNoteKind>;

/** The team a sprint view is about, with its office's formats. */
export const ZSprintTeam = z.object({
  id: ZText,
  name: ZText,
  colour: ZText,
  officeId: ZText,
  officeName: ZText,
  timeZone: ZText,
  locale: ZText,
  currency: ZText,
});
export type TSprintTeam = z.infer<typeof ZSprintTeam>;

const ZSprintState = z.enum(['past', 'current', 'future']);

export const ZSprint = z.object({
  id: ZText,
  officeId: ZText,
  /** YYYY-MM */
  month: ZText,
  number: z.number().int(),
  /** First and last local day, YYYY-MM-DD (inclusive). */
  startsOn: ZText,
  endsOn: ZText,
  startsAt: ZText,
  endsAt: ZText,
  state: ZSprintState,
});
export type TSprint = z.infer<typeof ZSprint>;

export const ZSprintList = z.object({
  team: ZSprintTeam,
  month: ZText,
  currentSprintId: ZText.nullable(),
  sprints: z.array(ZSprint),
});
export type TSprintList = z.infer<typeof ZSprintList>;

/** A sprint page's heading: the team, the sprint, and the sprints either side to step to. */
const ZSprintPage = z.object({
  team: ZSprintTeam,
  sprint: ZSprint,
  previousSprintId: ZText.nullable(),
  nextSprintId: ZText.nullable(),
});

/** A member of the team, as the sprint pages name and colour them. */
const ZSprintMember = z.object({
  userId: ZText,
  name: ZText,
  colour: ZText,
});

export const ZForecastFigures = z.object({
  commitMinor: z.number().int(),
  bestCaseMinor: z.number().int(),
});

export const ZForecast = ZForecastFigures.extend({
  createdAt: ZText,
  /** The sprint the snapshot was made in. */
  sprintId: ZText,
});
export type TForecast = z.infer<typeof ZForecast>;

export const ZCommitment = z.object({
  id: ZText,
  dealId: ZText,
  account: ZText,
  title: ZText,
  amountMinor: z.number().int(),
  stage: ZDealStage,
  goal: ZCommitmentGoal,
  fromStage: ZDealStage,
  status: ZCommitmentStatus,
});
export type TCommitment = z.infer<typeof ZCommitment>;

export const ZSprintRep = ZSprintMember.extend({
  goalMinor: z.number().int(),
  closedWonMinor: z.number().int(),
  /** The rep's latest forecast for the month (null before their first). */
  forecast: ZForecast.nullable(),
  commitments: z.array(ZCommitment),
});
export type TSprintRep = z.infer<typeof ZSprintRep>;

/** A team's sprint: every rep's forecast and commitments, and the team roll-up. */
export const ZSprintOverview = ZSprintPage.extend({
  reps: z.array(ZSprintRep),
  rollUp: ZForecastFigures.extend({ reps: z.number().int(), goalMinor: z.number().int(), closedWonMinor: z.number().int() }),
  /** Whether the caller may run this team's standup and retrospective. */
  canRunRituals: z.boolean(),
  /**
   * Whether forecasts and commitments can be entered: `open` while the sprint runs,
   * `planning` for the sprint right after the running one, `over` or `not-yet` otherwise.
   */
  forecastWindow: z.enum(['open', 'planning', 'over', 'not-yet']),
});
export type TSprintOverview = z.infer<typeof ZSprintOverview>;

export const ZSaveForecastInput = z
  .object({
    commitMinor: ZAmountMinor,
    bestCaseMinor: ZAmountMinor,
    /** The deals this rep commits to move on or close in the sprint (replaces earlier ones). */
    commitments: z
      .array(z.object({ dealId: ZEntityId, goal: ZCommitmentGoal }))
      .max(50, 'Commit to at most 50 deals in a sprint')
      .default([]),
  })
  .refine((input) => input.bestCaseMinor >= input.commitMinor, {
    message: 'The best case cannot be below the commit',
    path: ['bestCaseMinor'],
  })
  .refine((input) => new Set(input.commitments.map((commitment) => commitment.dealId)).size === input.commitments.length, {
    message: 'Each deal can be committed once',
    path: ['commitments'],
  });
export type TSaveForecastInput = z.input<typeof ZSaveForecastInput>;

export const ZBlocker = z.object({
  id: ZText,
  repId: ZText,
  text: ZText,
  createdAt: ZText,
  resolvedAt: ZText.nullable(),
});
export type TBlocker = z.infer<typeof ZBlocker>;

export const ZCreateBlockerInput = z.object({
  repId: ZEntityId,
  text: ZText.trim().min(1, 'Describe the blocker').max(500, 'Keep it under 500 characters'),
});
export const ZUpdateBlockerInput = z.object({ resolved: z.boolean() });

export const ZActionItem = z.object({
  id: ZText,
  teamId: ZText,
  sprintId: ZText,
  title: ZText,
  ownerId: ZText,
  ownerName: ZText,
  dueOn: ZText,
  createdAt: ZText,
  doneAt: ZText.nullable(),
  isOverdue: z.boolean(),
});
export type TActionItem = z.infer<typeof ZActionItem>;

export const ZCreateActionItemInput = z.object({
  title: ZText.trim().min(1, 'Say what needs doing').max(300, 'Keep it under 300 characters'),
  ownerId: ZEntityId,
  dueOn: ZCalendarDate,
});
export type TCreateActionItemInput = z.input<typeof ZCreateActionItemInput>;

export const ZUpdateActionItemInput = z
  .object({
    done: z.boolean().optional(),
    title: ZText.trim().min(1, 'Say what needs doing').max(300, 'Keep it under 300 characters').optional(),
    ownerId: ZEntityId.optional(),
    dueOn: ZCalendarDate.optional(),
  })
  .refine((input) => Object.values(input).some((value) => value !== undefined), 'Nothing to change')
  .meta({ description: 'At least one field (an empty object answers 400 "Nothing to change")', minProperties: 1 });

/** A tag: lower-case letters, digits and dashes. */
export const ZTag = z
  .string()
  .trim()
  .toLowerCase()
  .regex(/^[a-z0-9][a-z0-9-]{0,39}$/, 'Tags are up to 40 letters, digits or dashes, like discovery-call');

export const ZRetroNote = z.object({
  id: ZText,
  teamId: ZText,
  teamName: ZText,
  sprintId: ZText,
  sprintLabel: ZText,
  dealId: ZText.nullable(),
  dealAccount: ZText.nullable(),
  kind: ZRetroNoteKind,
  text: ZText,
  tags: z.array(ZText),
  authorId: ZText.nullable(),
  authorName: ZText.nullable(),
  createdAt: ZText,
});
export type TRetroNote = z.infer<typeof ZRetroNote>;

export const ZCreateRetroNoteInput = z.object({
  kind: ZRetroNoteKind,
  text: ZText.trim().min(1, 'Write the note').max(2_000, 'Keep notes under 2,000 characters'),
  dealId: ZEntityId.nullable().optional(),
  tags: z.array(ZTag).max(10, 'Use at most 10 tags').default([]),
});
export type TCreateRetroNoteInput = z.input<typeof ZCreateRetroNoteInput>;

export const ZUpdateRetroNoteInput = z
  .object({
    kind: ZRetroNoteKind.optional(),
    text: ZText.trim().min(1, 'Write the note').max(2_000, 'Keep notes under 2,000 characters').optional(),
    tags: z.array(ZTag).max(10, 'Use at most 10 tags').optional(),
  })
  .refine((input) => Object.values(input).some((value) => value !== undefined), 'Nothing to change')
  .meta({ description: 'At least one field (an empty object answers 400 "Nothing to change")', minProperties: 1 });

/** A tag and how many notes carry it. */
const ZTagCount = z.object({ tag: ZText, count: z.number().int() });

export const ZNoteSearch = z.object({
  notes: z.array(ZRetroNote),
  /** Every tag in use, most used first. */
  tags: z.array(ZTagCount),
});
export type TNoteSearch = z.infer<typeof ZNoteSearch>;

/** One rep at a standup. */
export const ZStandupRep = ZSprintMember.extend({
  /** Changes to their deals since the last standup, oldest first. */
  moved: z.array(ZDealChange),
  /** Open deals that have sat in their column for the team's stale threshold or longer. */
  stuck: z.array(ZDealCard),
  /** Open deals with named risk signals (pushed, stale, champion gone, next step overdue, close date past), each with why. */
  atRisk: z.array(z.object({ deal: ZDealCard, signals: z.array(ZRiskSignal) })),
  commitments: z.array(ZCommitment),
  forecast: ZForecast.nullable(),
  /** The rep's pace bar for the month (null when they have no goal row on the wall). */
  pace: ZWallBar.nullable(),
  blockers: z.array(ZBlocker),
  actionItems: z.array(ZActionItem),
});
export type TStandupRep = z.infer<typeof ZStandupRep>;

export const ZStandup = ZSprintPage.extend({
  /** Changes since this instant are "what moved": the last standup, or a week ago. */
  since: ZText,
  lastStandupAt: ZText.nullable(),
  staleAfterDays: z.number().int(),
  /** The team's month so far: new, pulled in, pushed out, won, lost. */
  flow: ZMonthFlowReport.nullable(),
  reps: z.array(ZStandupRep),
  /** Every open action item of the team, due first. */
  actionItems: z.array(ZActionItem),
  canRunRituals: z.boolean(),
});
export type TStandup = z.infer<typeof ZStandup>;

export const ZRetroDeal = z.object({ deal: ZDealCard, ownerName: ZText, history: z.array(ZDealChange) });
export type TRetroDeal = z.infer<typeof ZRetroDeal>;

export const ZRetrospective = ZSprintPage.extend({
  members: z.array(ZSprintMember),
  won: z.array(ZRetroDeal),
  lost: z.array(ZRetroDeal),
  notes: z.array(ZRetroNote),
  /** Action items agreed in this sprint, and any still open from earlier ones. */
  actionItems: z.array(ZActionItem),
  canRunRituals: z.boolean(),
  canAddNotes: z.boolean(),
  /** Note tags in use (one entry per tag, however spelt), most used first: what the note form suggests. */
  tagsInUse: z.array(ZTagCount),
});
export type TRetrospective = z.infer<typeof ZRetrospective>;

export const ZSprintHistoryRow = z.object({
  sprintId: ZText,
  month: ZText,
  number: z.number().int(),
  startsOn: ZText,
  endsOn: ZText,
  state: ZSprintState,
  wonMinor: z.number().int(),
  wonCount: z.number().int(),
  lostCount: z.number().int(),
  commitmentsMade: z.number().int(),
  commitmentsMet: z.number().int(),
  commitmentsMissed: z.number().int(),
});
export type TSprintHistoryRow = z.infer<typeof ZSprintHistoryRow>;

export const ZSprintHistory = z.object({
  team: ZSprintTeam,
  /** Null for the whole team; a rep's id for one rep. */
  userId: ZText.nullable(),
  rows: z.array(ZSprintHistoryRow),
});
export type TSprintHistory = z.infer<typeof ZSprintHistory>;

const ZAccuracyFigures = ZForecastFigures.extend({
  actualMinor: z.number().int(),
  actualToCommitPercent: z.number().nullable(),
});

export const ZForecastAccuracy = z.object({
  team: ZSprintTeam,
  month: ZText,
  reps: z.array(z.object({ userId: ZText, name: ZText })),
  rows: z.array(
    z.object({
      sprintNumber: z.number().int(),
      asOf: ZText,
      weeksAhead: z.number().int(),
      team: ZAccuracyFigures.nullable(),
      reps: z.array(ZAccuracyFigures.extend({ userId: ZText })),
    }),
  ),
});
export type TForecastAccuracy = z.infer<typeof ZForecastAccuracy>;

/** One rep's, team's or office's rolled-up forecast. */
const ZScopeForecast = z.object({ id: ZText, ...ZForecastFigures.shape });

/** The rolled-up forecasts (latest commit and best case) of a month, for the wall's second marker. */
export const ZWallForecasts = z.object({
  month: ZText,
  reps: z.array(ZScopeForecast),
  teams: z.array(ZScopeForecast.extend({ reps: z.number().int() })),
  offices: z.array(ZScopeForecast.extend({ reps: z.number().int() })),
});
export type TWallForecasts = z.infer<typeof ZWallForecasts>;

/** GET /api/teams/:teamId/sprint-history's query. */
export const ZSprintHistoryQuery = z.object({
  months: z.coerce.number().int('months is a whole number').min(1, 'months is 1 to 12').max(12, 'months is 1 to 12').default(3),
  userId: ZText.min(1).max(100).optional(),
});

/** GET /api/notes's query. */
export const ZNoteSearchQuery = z.object({
  q: ZText.trim().max(200, 'Keep the search under 200 characters').optional(),
  tag: ZTag.optional(),
  teamId: ZEntityId.optional(),
});
