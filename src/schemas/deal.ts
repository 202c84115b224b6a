import { z } from 'zod';
import { ZCalendarDate, ZCloseDate, ZEntityId, ZInstant, ZText } from './primitives';

// The deal board's inputs and outputs, shared by the browser forms, the route handlers,
// the socket events and the OpenAPI document.

import { dealStages, openDealStages } from './deal-stages';

/** Calendar dates keep their rule in ./primitives; re-exported for the forms that import it from here. */
export { ZCalendarDate };

export { dealStages, openDealStages };
export const ZDealStage = z.enum(dealStages);
export const ZOpenDealStage = z.enum(openDealStages);
export const ZDealOutcome = z.enum(['WON', 'LOST']);
export type TDealStage = z.infer<typeof ZDealStage>;
export type TOpenDealStage = z.infer<typeof ZOpenDealStage>;
export type TDealOutcome = z.infer<typeof ZDealOutcome>;

/** Largest amount accepted, in minor units (20 million in a two-decimal currency). */
export const maximumAmountMinor = 2_000_000_000;

/** An amount in minor units (cents): whole, not negative, at most maximumAmountMinor. */
export const ZAmountMinor = z
  .number({ error: 'Enter an amount' })
  .int('Amounts are whole minor units (cents)')
  .min(0, 'The amount cannot be negative')
  .max(maximumAmountMinor, 'The amount is too large');


const ZVersion = z.number().int().min(1);
/** Sent again unchanged when a request is retried, so that it is applied once. */
const ZIdempotencyKey = ZText.min(8).max(100).optional();

/** What every change to an existing deal carries: the version it was based on, and an idempotency key when sent. */
export const ZVersionedInput = z.object({ version: ZVersion, idempotencyKey: ZIdempotencyKey });
export type TVersionedInput = z.input<typeof ZVersionedInput>;

const ZAccount = ZText.trim().min(1, 'Enter the account').max(120, 'Keep the account under 120 characters');
const ZTitle = ZText.trim().min(1, 'Enter a title').max(160, 'Keep the title under 160 characters');
const ZNotes = ZText.max(5_000, 'Keep notes under 5,000 characters');

/** Where a card lands in its column: between two neighbours (either may be absent). */
export const ZPlacement = z.object({
  afterDealId: ZEntityId.nullable().optional(),
  beforeDealId: ZEntityId.nullable().optional(),
});

export const ZCreateDealInput = z.object({
  account: ZAccount,
  title: ZTitle,
  amountMinor: ZAmountMinor,
  expectedCloseDate: ZCloseDate.nullable().optional(),
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
    expectedCloseDate: ZCloseDate.nullable().optional(),
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

export const ZMoveDealInput = ZVersionedInput.extend({
  ...ZPlacement.shape,
  stage: ZOpenDealStage,
  /** Give the deal to another rep (leads and above only). */
  ownerId: ZEntityId.optional(),
});
export type TMoveDealInput = z.input<typeof ZMoveDealInput>;

export const ZCloseDealInput = ZVersionedInput.extend({
  ...ZPlacement.shape,
  outcome: ZDealOutcome,
  /** Defaults to the deal's amount. */
  closedAmountMinor: ZAmountMinor.optional(),
  /** Defaults to now. */
  closedAt: ZInstant.optional(),
});
export type TCloseDealInput = z.input<typeof ZCloseDealInput>;

export const ZReopenDealInput = ZVersionedInput.extend({ ...ZPlacement.shape, stage: ZOpenDealStage.default('IN_PROGRESS') });
export type TReopenDealInput = z.input<typeof ZReopenDealInput>;

// Deal signals: the next step, one-click activities and the people on a deal.

import { activityTypes } from './activity-types';

export { activityTypes };
export const ZActivityType = z.enum(activityTypes, { error: 'The activity must be a call, an email, a meeting or a note' });
export type TActivityType = z.infer<typeof ZActivityType>;

/** Longest next step accepted. */
export const maximumNextStepLength = 500;
const ZNextStepText = ZText.trim().max(maximumNextStepLength, `Keep the next step under ${maximumNextStepLength} characters`);

export const ZSetNextStepInput = ZVersionedInput.extend({
  nextStep: ZNextStepText,
  /** The office's calendar date the step is due; null for none. */
  dueOn: ZCalendarDate.nullable(),
});
export type TSetNextStepInput = z.input<typeof ZSetNextStepInput>;

export const ZLogActivityInput = ZVersionedInput.extend({
  type: ZActivityType,
  /** An optional line about it. */
  note: ZText.trim().max(500, 'Keep the line under 500 characters').default(''),
  /** Set the next step in the same change. */
  nextStep: z.object({ nextStep: ZNextStepText, dueOn: ZCalendarDate.nullable() }).optional(),
});
export type TLogActivityInput = z.input<typeof ZLogActivityInput>;

export const ZDealContact = z.object({
  id: ZEntityId,
  name: ZText.trim().min(1, 'Enter the contact’s name').max(120, 'Keep the name under 120 characters'),
  role: ZText.trim().max(120, 'Keep the role under 120 characters').default(''),
  isChampion: z.boolean().default(false),
  /** The person has left (a champion who left flags the deal). */
  hasLeft: z.boolean().default(false),
});
export type TDealContact = z.infer<typeof ZDealContact>;

/** Largest number of contacts on one deal. */
export const maximumContacts = 30;
export const ZDealContacts = z
  .array(ZDealContact)
  .max(maximumContacts, `A deal can list up to ${maximumContacts} contacts`)
  .refine((contacts) => contacts.filter((contact) => contact.isChampion && !contact.hasLeft).length <= 1, 'Only one contact can be the champion')
  .refine((contacts) => new Set(contacts.map((contact) => contact.id)).size === contacts.length, 'Two contacts share an id');

export const ZSaveContactsInput = ZVersionedInput.extend({ contacts: ZDealContacts });
export type TSaveContactsInput = z.input<typeof ZSaveContactsInput>;

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
  // Signals (docs/decisions: deal signals). Optional: history written before they existed lacks them.
  nextStep: z.string().optional(),
  nextStepDueOn: z.string().nullable().optional(),
  lastActivityAt: z.string().nullable().optional(),
  lastActivityType: ZActivityType.nullable().optional(),
  lastActivityNote: z.string().nullable().optional(),
  contacts: z.array(ZDealContact).optional(),
}).meta({ id: 'DealCard', description: 'A deal as the board shows it: money in minor units of `currency`, instants in ISO 8601 UTC' });
export type TDealCard = z.infer<typeof ZDealCard>;

export const dealEventTypes = ['CREATED', 'UPDATED', 'MOVED', 'CLOSED', 'REOPENED', 'REASSIGNED', 'DELETED', 'RESTORED', 'ACTIVITY_LOGGED'] as const;
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
  /** Per-column "stale after" days; a column left out uses staleAfterDays. */
  staleAfterDaysByStage: z.object({ BACKLOG: z.number().int().nullable(), TODO: z.number().int().nullable(), IN_PROGRESS: z.number().int().nullable() }).optional(),
  /** Stage weights in per mille, for the weighted column totals. */
  stageWeights: z.object({ BACKLOG: z.number().int(), TODO: z.number().int(), IN_PROGRESS: z.number().int() }).optional(),
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
  /** Each open deal's close-date changes, oldest first (deals never changed are left out). */
  closeDateChanges: z.record(z.string(), z.array(z.object({ occurredAt: z.string(), from: z.string().nullable(), to: z.string().nullable() }))).optional(),
  /** The last DealEvent sequence reflected here: live catch-up starts after it. */
  sequence: z.number().int(),
  generatedAt: z.string(),
}).meta({ id: 'Board', description: 'A board: its teams, lanes (one per rep) and deals' });
export type TBoard = z.infer<typeof ZBoard>;
