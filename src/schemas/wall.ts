import { z } from 'zod';
import { ZText } from './primitives';

// The pacing wall: what it shows, and the read-only TV links that show it.

export const ZWallScope = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('company') }),
  z.object({ kind: z.literal('office'), officeId: ZText.min(1).max(100) }),
]);
export type TWallScope = z.infer<typeof ZWallScope>;

/**
 * One screen of a TV playlist: the link's own wall, the offices side by side (company
 * links), one office's teams, the reps of one team, or a burn-down chart.
 */
export const ZTvSlide = z
  .discriminatedUnion('kind', [
    z.object({ kind: z.literal('wall') }),
    z.object({ kind: z.literal('offices') }),
    z.object({ kind: z.literal('office'), officeId: ZText.min(1).max(100) }),
    z.object({ kind: z.literal('team-reps'), teamId: ZText.min(1).max(100) }),
    z.object({
      kind: z.literal('burn-down'),
      scope: z.discriminatedUnion('kind', [
        z.object({ kind: z.literal('company') }),
        z.object({ kind: z.literal('office'), id: ZText.min(1).max(100) }),
        z.object({ kind: z.literal('team'), id: ZText.min(1).max(100) }),
      ]),
    }),
  ])
  .meta({ id: 'TvSlide', description: 'One screen of a TV playlist' });
export type TTvSlide = z.infer<typeof ZTvSlide>;

export const ZTvPlaylist = z
  .object({
    slides: z.array(ZTvSlide).min(1, 'Choose at least one screen').max(20, 'Choose at most 20 screens'),
    rotateSeconds: z.number().int().min(5, 'Show each screen for at least 5 seconds').max(600, 'Show each screen for at most 10 minutes'),
  })
  .meta({ id: 'TvPlaylist', description: 'The screens a TV link rotates through, each for `rotateSeconds`' });
export type TTvPlaylist = z.infer<typeof ZTvPlaylist>;

export const ZCreateWallTokenInput = z
  .object({
    name: ZText.trim().min(1, 'Name the screen, e.g. "London kitchen TV"').max(80, 'Keep the name under 80 characters'),
    scope: z.enum(['OFFICE', 'COMPANY']),
    officeId: ZText.min(1).max(100).nullable().optional(),
    /** Screens to rotate through; without it the TV shows its wall alone. */
    playlist: ZTvPlaylist.nullable().optional(),
  })
  .refine((input) => input.scope === 'COMPANY' || !!input.officeId, {
    path: ['officeId'],
    message: 'Choose the office this screen shows',
  })
  .meta({
    description: '`officeId` is required when `scope` is OFFICE',
    override: ({ jsonSchema }) => {
      jsonSchema.if = { properties: { scope: { const: 'OFFICE' } }, required: ['scope'] };
      jsonSchema.then = { required: ['officeId'], properties: { officeId: { type: 'string', minLength: 1, maxLength: 100 } } };
    },
  });
export type TCreateWallTokenInput = z.input<typeof ZCreateWallTokenInput>;

export const ZWallTokenSummary = z.object({
  id: ZText,
  name: ZText,
  scope: z.enum(['OFFICE', 'COMPANY']),
  officeId: ZText.nullable(),
  officeName: ZText.nullable(),
  prefix: ZText,
  createdAt: ZText,
  lastUsedAt: ZText.nullable(),
  revokedAt: ZText.nullable(),
  playlist: ZTvPlaylist.nullable(),
}).meta({ id: 'WallTokenSummary', description: 'A read-only TV link, without its secret' });
export type TWallTokenSummary = z.infer<typeof ZWallTokenSummary>;

export const ZCreatedWallToken = ZWallTokenSummary.extend({
  /** The TV link's secret part; shown once. */
  token: ZText,
  /** The path to open on the TV, e.g. /tv/wall_… */
  path: ZText,
});
export type TCreatedWallToken = z.infer<typeof ZCreatedWallToken>;

/** A deal just won, named, carried by a live update so the wall's celebration can say who closed what. */
export const ZWallWin = z.object({
  dealId: ZText,
  teamId: ZText,
  officeId: ZText.nullable(),
  repName: ZText,
  account: ZText,
  amountMinor: z.number(),
});
export type TWallWin = z.infer<typeof ZWallWin>;

/** Whose figures a wall bar or a burn-down shows. */
export const ZPacingScopeKind = z.enum(['rep', 'team', 'office', 'company']);

/** One bar on the wall: a rep, team, office or the company against its month's goal. */
export const ZWallBar = z.object({
  kind: ZPacingScopeKind,
  id: ZText,
  name: ZText,
  colour: ZText,
  officeId: ZText.nullable(),
  teamId: ZText.nullable(),
  currency: ZText,
  locale: ZText,
  goalMinor: z.number(),
  closedWonMinor: z.number(),
  remainingMinor: z.number(),
  projectedMinor: z.number(),
  /** Percent of goal won; null without a goal. */
  percentOfGoal: z.number().nullable(),
  /** Where the scope should be by now, in percent of goal (the red marker). */
  expectedPercent: z.number(),
  /** Projected end of month in percent of goal (the shadow bar); null without a goal. */
  projectedPercent: z.number().nullable(),
  aheadBy: z.number().nullable(),
  status: z.enum(['ahead', 'behind']),
}).meta({ id: 'WallBar', description: 'One bar on the wall: a rep, team, office or the company against its month’s goal, in minor units of `currency`' });
export type TWallBar = z.infer<typeof ZWallBar>;

export const ZWallSnapshot = z.object({
  scope: ZWallScope,
  /** YYYY-MM */
  month: ZText,
  monthLabel: ZText,
  generatedAt: ZText.meta({
    description:
      'When these figures were computed (ISO 8601): the pace marker and projection are as of this instant. Requests in between are given the same snapshot until a deal changes or the figures are 30 seconds old.',
  }),
  /** The last DealEvent these figures include: a wall never replaces newer figures with older ones. */
  sequence: z.number().int(),
  isCurrentMonth: z.boolean(),
  company: ZWallBar.nullable(),
  /**
   * Currencies with no exchange rate for the month: their offices' bars stay in their own
   * currency and the company's figures leave them out ("no rate for EUR").
   */
  missingRates: z.array(z.object({ currency: z.string(), offices: z.array(z.object({ id: z.string(), name: z.string() })) })),
  offices: z.array(ZWallBar),
  teams: z.array(ZWallBar),
  reps: z.array(ZWallBar),
  /**
   * Names the bars (which, in what order, with their names, colours and formats) and the
   * month's label: a live update in figures only applies to a snapshot with the same layout.
   */
  layout: ZText,
  /** Only in a live update: the deals won since the last one, named (absent otherwise). */
  wins: z.array(ZWallWin).optional(),
}).meta({ id: 'WallSnapshot', description: 'The pacing wall of the company or one office for a month' });
export type TWallSnapshot = z.infer<typeof ZWallSnapshot>;

/**
 * A live update of a wall whose bars are unchanged: for each bar, in the order of the
 * snapshot with the same `layout` (company, offices, teams, reps), its goal, closed-won
 * and weighted open amounts and its pace. The wall rebuilds each bar's figures from
 * them (src/domain/pacing/wall-bar-figures.ts).
 */
export const ZWallFigures = ZWallSnapshot.pick({ scope: true, month: true, generatedAt: true, sequence: true, layout: true }).extend({
  rows: z.array(z.tuple([z.number(), z.number(), z.number(), z.number()])),
  /** The deals won since the last update, named, when there are any. */
  wins: z.array(ZWallWin).optional(),
});
export type TWallFigures = z.infer<typeof ZWallFigures>;

/**
 * A live update that carries only the bars whose figures changed since the update named
 * by `since` (its `generatedAt`): each as its index in the layout's order, then its four
 * numbers as in `ZWallFigures`. It applies to a wall that shows exactly that update;
 * any other wall ignores it and joins again for the whole snapshot.
 */
export const ZWallChanges = ZWallSnapshot.pick({ scope: true, month: true, generatedAt: true, sequence: true, layout: true }).extend({
  since: ZText,
  changed: z.array(z.tuple([z.number().int().nonnegative(), z.number(), z.number(), z.number(), z.number()])),
  /** The deals won since the last update, named, when there are any. */
  wins: z.array(ZWallWin).optional(),
});
export type TWallChanges = z.infer<typeof ZWallChanges>;

export const ZBurnDownScope = z.object({
  kind: ZPacingScopeKind,
  id: ZText.max(100).default('company'),
});
export type TBurnDownScope = z.infer<typeof ZBurnDownScope>;

export const ZBurnDown = z.object({
  scope: ZBurnDownScope,
  title: ZText,
  month: ZText,
  monthLabel: ZText,
  currency: ZText,
  locale: ZText,
  timeZone: ZText,
  bar: ZWallBar,
  points: z.array(
    z.object({
      date: ZText,
      isWorkingDay: z.boolean(),
      idealRemainingMinor: z.number(),
      actualRemainingMinor: z.number().nullable(),
      projectedRemainingMinor: z.number().nullable(),
    }),
  ),
  /** What the projection is made of: won so far plus, column by column, the open deals expected this month at their weight. */
  projection: z.object({
    closedWonMinor: z.number(),
    projectedMinor: z.number(),
    columns: z.array(
      z.object({
        stage: z.enum(['BACKLOG', 'TODO', 'IN_PROGRESS']),
        count: z.number().int(),
        openMinor: z.number(),
        weightedMinor: z.number(),
        /** The column's weight in per mille; null when the teams in the scope weigh it differently. */
        weightPerMille: z.number().int().nullable(),
      }),
    ),
  }),
}).meta({ id: 'BurnDown', description: 'Remaining revenue day by day against the ideal line, and the projection to month end' });
export type TBurnDown = z.infer<typeof ZBurnDown>;

/** A TV waiting to be paired: the code it shows, and the secret only it holds to pick up its link. */
export const ZTvPairingStarted = z
  .object({
    pairingId: ZText,
    /** Six digits, shown on the TV and typed into Cadence. */
    code: z.string().regex(/^\d{6}$/),
    secret: ZText,
    expiresAt: ZText,
  })
  .meta({ id: 'TvPairingStarted', description: 'A screen waiting to be paired: its code, valid for 10 minutes and once' });
export type TTvPairingStarted = z.infer<typeof ZTvPairingStarted>;

export const ZTvPairingStatus = z
  .discriminatedUnion('status', [
    z.object({ status: z.literal('waiting'), expiresAt: ZText }),
    z.object({ status: z.literal('paired'), path: ZText }),
  ])
  .meta({ id: 'TvPairingStatus', description: 'Whether someone has entered the screen’s code yet; once paired, the link to open (given once)' });
export type TTvPairingStatus = z.infer<typeof ZTvPairingStatus>;

export const ZPairTvInput = ZCreateWallTokenInput.and(
  z.object({ code: z.string().trim().regex(/^\d{3} ?\d{3}$/, 'Type the 6 digits the screen shows') }),
);
export type TPairTvInput = z.input<typeof ZPairTvInput>;
