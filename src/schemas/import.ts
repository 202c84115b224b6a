import { z } from 'zod';
import { ZDealStage } from './deal';

// What the import API takes (besides the files) and answers. Shared by the Admin →
// Import screens, the route handlers and the CLI.

export const ZImportSource = z.enum(['salesforce', 'hubspot', 'pipedrive', 'cadence', 'csv']);
export const ZDateOrder = z.enum(['dmy', 'mdy']);

const ZColumnMapping = z.record(z.string().max(40), z.string().max(200));

export const ZImportOptions = z.object({
  source: ZImportSource.optional(),
  dateOrder: ZDateOrder.optional(),
  decimalSeparator: z.enum(['.', ',']).optional(),
  columns: z.object({ people: ZColumnMapping, deals: ZColumnMapping, history: ZColumnMapping }).partial().optional(),
  stages: z.record(z.string().max(200), ZDealStage).optional(),
  owners: z
    .record(
      z.string().max(320),
      z.union([
        z.object({ personId: z.string().min(1).max(100) }),
        z.object({ invite: z.object({ name: z.string().trim().min(1).max(120), email: z.email().max(320), teamId: z.string().min(1).max(100).optional() }) }),
      ]),
    )
    .optional(),
  dryRun: z.boolean().optional(),
});
export type TImportOptions = z.infer<typeof ZImportOptions>;

const ZCounts = z.object({ create: z.number(), update: z.number(), unchanged: z.number(), refuse: z.number() });
export const ZImportCounts = z.object({ people: ZCounts, deals: ZCounts, history: z.object({ events: z.number(), refuse: z.number() }) });
export type TImportCounts = z.infer<typeof ZImportCounts>;

export const ZRowProblem = z.object({ file: z.enum(['people', 'deals', 'history']), line: z.number(), message: z.string() });

export const ZImportPreview = z.object({
  source: ZImportSource,
  dateOrder: ZDateOrder,
  decimalSeparator: z.enum(['.', ',']),
  files: z.record(z.string(), z.string()),
  headers: z.record(z.string(), z.array(z.string())),
  columns: z.record(z.string(), ZColumnMapping),
  missing: z.record(z.string(), z.array(z.string())),
  stages: z.array(z.object({ stage: z.string(), rows: z.number(), column: ZDealStage.nullable(), isGuess: z.boolean() })),
  owners: z.array(z.object({ owner: z.string(), deals: z.number(), personId: z.string().nullable(), personName: z.string().nullable(), status: z.enum(['matched', 'unknown', 'inactive', 'no-team']) })),
  counts: ZImportCounts,
  problems: z.array(ZRowProblem),
  problemCount: z.number(),
  notes: z.array(ZRowProblem),
  noteCount: z.number(),
});
export type TImportPreview = z.infer<typeof ZImportPreview>;

export const ZImportRun = z.object({
  id: z.string(),
  source: ZImportSource,
  status: z.enum(['DRY_RUN', 'COMMITTED', 'UNDONE']),
  actorName: z.string().nullable(),
  files: z.record(z.string(), z.string()),
  counts: ZImportCounts,
  problemCount: z.number(),
  createdAt: z.string(),
  undoneAt: z.string().nullable(),
});
export type TImportRun = z.infer<typeof ZImportRun>;

export const ZImportResult = z.object({ run: ZImportRun, preview: ZImportPreview });
export type TImportResult = z.infer<typeof ZImportResult>;

/** The multipart upload, as documented (files are binary parts; options is JSON text of ZImportOptions). */
export const ZImportUpload = z.object({
  people: z.string().optional().meta({ format: 'binary', description: 'People export (e.g. Salesforce User.csv)' }),
  deals: z.string().optional().meta({ format: 'binary', description: 'Deals export (Opportunity.csv, a HubSpot or Pipedrive deals export, a Cadence export)' }),
  history: z.string().optional().meta({ format: 'binary', description: 'Stage history (Salesforce OpportunityHistory.csv)' }),
  options: z.string().optional().meta({ description: 'JSON: source, dateOrder (dmy|mdy), decimalSeparator, columns {people,deals,history: {field: column}}, stages {source stage: column}, owners {owner: {personId} | {invite: {name, email}}}, dryRun' }),
});

export const ZImportRunList = z.object({ runs: z.array(ZImportRun) });
