import { z } from 'zod';

// The deal board's inputs and outputs, shared by the browser forms, the route handlers,
// the socket events and the OpenAPI document.

import { dealStages, openDealStages } from './deal-stages';

export { dealStages, openDealStages };
export const ZDealStage = z.enum(dealStages);
export const ZOpenDealStage = z.enum(openDealStages);
export const ZDealOutcome = z.enum(['WON', 'LOST']);
export type TDealStage = z.infer<typeof ZDealStage>;
export type TOpenDealStage = z.infer<typeof ZOpenDealStage>;
export type TDealOutcome = z.infer<typeof ZDealOutcome>;

/** Largest amount accepted, in minor units (20 million in a two-decimal currency). */
export const maximumAmountMinor = 2_000_000_000;

const ZAmountMinor = z
  .number({ error: 'Enter an amount' })
  .int('Amounts are whole minor units (cents)')
  .min(0, 'The amount cannot be negative')
  .max(maximumAmountMinor, 'The amount is too large');

/** A calendar date, YYYY-MM-DD. */
export const ZCalendarDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'Use a date like 2026-11-30')
  .refine((value) => !Number.isNaN(Date.parse(`${value}T00:00:00Z`)) && new Date(`${value}T00:00:00Z`).toISOString().startsWith(value), 'That date does not exist');

const ZVersion = z.number().int().min(1);
/** Sent again unchanged when a request is retried, so that it is applied once. */
const ZIdempotencyKey = z.string().min(8).max(100).optional();
const ZEntityId = z.string().min(1).max(100);

const ZAccount = z.string().trim().min(1, 'Enter the account').max(120, 'Keep the account under 120 characters');
const ZTitle = z.string().trim().min(1, 'Enter a title').max(160, 'Keep the title under 160 characters');
const ZNotes = z.string().max(5_000, 'Keep notes under 5,000 characters');

/** Where a card lands in its column: between two neighbours (either may be absent). */
export const ZPlacement = z.object({
  afterDealId: ZEntityId.nullable().optional(),
  beforeDealId: ZEntityId.nullable().optional(),
});

export const ZCreateDealInput = z.object({
  account: ZAccount,
  title: ZTitle,
  amountMinor: ZAmountMinor,
  expectedCloseDate: ZCalendarDate.nullable().optional(),
  stage: ZOpenDealStage.default('BACKLOG'),
  ownerId: ZEntityId.optional(),
  noteworthy: z.boolean().default(false),
  notes: ZNotes.default(''),
  idempotencyKey: ZIdempotencyKey,
});
export type TCreateDealInput = z.input<typeof ZCreateDealInput>;

export const editableDealFields = ['account', 'title', 'amountMinor', 'expectedCloseDate', 'noteworthy', 'notes'] as const;
export type TEditableDealField = (typeof editableDealFields)[number];

export const ZUpdateDealInput = z
  .object({
    version: ZVersion,
    account: ZAccount.optional(),
    title: ZTitle.optional(),
    amountMinor: ZAmountMinor.optional(),
    expectedCloseDate: ZCalendarDate.nullable().optional(),
    noteworthy: z.boolean().optional(),
    notes: ZNotes.optional(),
    idempotencyKey: ZIdempotencyKey,
  })
  .refine((input) => editableDealFields.some((key) => key in input), 'Nothing to change')
  .meta({
    description: 'The version the edit is based on and at least one field to change (else 400 "Nothing to change")',
    override: ({ jsonSchema }) => {
      jsonSchema.anyOf = editableDealFields.map((field) => ({ required: [field] }));
    },
  });
export type TUpdateDealInput = z.input<typeof ZUpdateDealInput>;

export const ZMoveDealInput = ZPlacement.extend({
  version: ZVersion,
  stage: ZOpenDealStage,
  /** Give the deal to another rep (leads and above only). */
  ownerId: ZEntityId.optional(),
  idempotencyKey: ZIdempotencyKey,
});
export type TMoveDealInput = z.input<typeof ZMoveDealInput>;

export const ZCloseDealInput = ZPlacement.extend({
  version: ZVersion,
  outcome: ZDealOutcome,
  /** Defaults to the deal's amount. */
  closedAmountMinor: ZAmountMinor.optional(),
  /** Defaults to now. */
  closedAt: z.iso.datetime({ offset: true, error: 'Use an ISO date and time' }).optional(),
  idempotencyKey: ZIdempotencyKey,
});
export type TCloseDealInput = z.input<typeof ZCloseDealInput>;

export const ZReopenDealInput = ZPlacement.extend({
  version: ZVersion,
  stage: ZOpenDealStage.default('IN_PROGRESS'),
  idempotencyKey: ZIdempotencyKey,
});
export type TReopenDealInput = z.input<typeof ZReopenDealInput>;

export const ZVersionedInput = z.object({ version: ZVersion, idempotencyKey: ZIdempotencyKey });
export type TVersionedInput = z.input<typeof ZVersionedInput>;

/** A deal as the board shows it. Dates are ISO strings; money is minor units. */
export const ZDealCard = z.object({
  id: z.string(),
  account: z.string(),
  title: z.string(),
  amountMinor: z.number().int(),
  currency: z.string(),
  stage: ZDealStage,
  outcome: ZDealOutcome.nullable(),
  closedAmountMinor: z.number().int().nullable(),
  closedAt: z.string().nullable(),
  expectedCloseDate: z.string().nullable(),
  ownerId: z.string(),
  teamId: z.string(),
  position: z.number(),
  noteworthy: z.boolean(),
  notes: z.string(),
  version: z.number().int(),
  stageChangedAt: z.string(),
  createdAt: z.string(),
  updatedAt: z.string(),
  deletedAt: z.string().nullable(),
}).meta({ id: 'DealCard', description: 'A deal as the board shows it: money in minor units of `currency`, instants in ISO 8601 UTC' });
export type TDealCard = z.infer<typeof ZDealCard>;

export const dealEventTypes = ['CREATED', 'UPDATED', 'MOVED', 'CLOSED', 'REOPENED', 'REASSIGNED', 'DELETED', 'RESTORED'] as const;
export const ZDealEventType = z.enum(dealEventTypes);

/** One change to a deal, as history and as a live update. */
export const ZDealChange = z.object({
  sequence: z.number().int(),
  type: ZDealEventType,
  dealId: z.string(),
  teamId: z.string(),
  /** The team the deal left, when a change moved it to another team. */
  previousTeamId: z.string().nullable(),
  actorId: z.string().nullable(),
  actorName: z.string().nullable(),
  occurredAt: z.string(),
  before: ZDealCard.partial().nullable(),
  deal: ZDealCard,
}).meta({ id: 'DealChange', description: 'One change to a deal (a DealEvent), as history and as a live update' });
export type TDealChange = z.infer<typeof ZDealChange>;

/** What every deal write answers: the deal as it now is, and the change that made it so. */
export const ZDealResult = z
  .object({ deal: ZDealCard, change: ZDealChange })
  .meta({ id: 'DealResult', description: 'The deal after the change, and the change itself' });

export const ZBoardLane = z.object({
  userId: z.string(),
  name: z.string(),
  colour: z.string(),
  teamId: z.string().nullable(),
  active: z.boolean(),
});
export type TBoardLane = z.infer<typeof ZBoardLane>;

export const ZBoardTeam = z.object({
  id: z.string(),
  name: z.string(),
  colour: z.string(),
  officeId: z.string(),
  staleAfterDays: z.number().int(),
  locale: z.string(),
  currency: z.string(),
  timeZone: z.string(),
});
export type TBoardTeam = z.infer<typeof ZBoardTeam>;

export const ZBoardScope = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('team'), teamId: z.string() }),
  z.object({ kind: z.literal('rep'), userId: z.string() }),
  z.object({ kind: z.literal('manager'), userId: z.string() }),
  z.object({ kind: z.literal('company') }),
]);
export type TBoardScope = z.infer<typeof ZBoardScope>;

export const ZBoard = z.object({
  scope: ZBoardScope,
  title: z.string(),
  teams: z.array(ZBoardTeam),
  lanes: z.array(ZBoardLane),
  deals: z.array(ZDealCard),
  /** Completed deals are those closed in this month (YYYY-MM, in the team's zone). */
  completedMonth: z.string(),
  /** The last DealEvent sequence reflected here: live catch-up starts after it. */
  sequence: z.number().int(),
  generatedAt: z.string(),
}).meta({ id: 'Board', description: 'A board: its teams, lanes (one per rep) and deals' });
export type TBoard = z.infer<typeof ZBoard>;
