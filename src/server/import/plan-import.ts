import { randomUUID } from 'node:crypto';
import type { Deal } from '@/generated/prisma/client';
import { AppError } from '@/server/errors';
import type { TDealStage } from '@/schemas/deal';
import type { DealChangeData } from '@/server/board/record-deal-change';
import { detectSource, guessColumnMapping, missingFields, presets, type ColumnMapping, type FileKind, type ImportSource } from '@/domain/import/presets';
import { guessStage, stageKey } from '@/domain/import/stage-mapping';
import { readExternalId, toInstant, type DateOrder, type DecimalSeparator } from '@/domain/import/source-values';
import { addDealRecord, addHistoryRecord, addPersonRecord, createImportReading, type ImportReading, type ImportSettings } from '@/domain/import/import-reading';
import { buildDealTimeline, changeType, changedFields, continueDealTimeline, type DesiredDeal, type HistoryEntry, type TimelineStep } from '@/domain/import/deal-timeline';
import { normalizeDeal, type NormalizedDeal, type RowProblem } from '@/domain/import/normalize-rows';
import { openCsv, type ImportFile } from './read-csv-stream';
import { HistoryStore, type CompactHistory } from './history-store';
import { rememberedMappings, type RememberedMappings } from './source-mappings';
import { anyOf, createPauses, type ImportSql } from './import-sql';

// Reads an import's files and works out what committing them would do, without writing:
// the column, stage and owner mappings (remembered, guessed or given), every row's
// problems, and per record whether it is created, updated, unchanged or refused. A dry
// run stops here; a commit writes the plan (import-pass.ts).
//
// Memory stays small whatever the files' size: the deals file is streamed three times
// (once to check its rows and note each imported deal's id, line and currency; once,
// after the history, to plan them; once more, chunk by chunk, while writing the new ones,
// see `newDeals`), so no parsed deal is held beyond its chunk, and history rows are kept in
// typed columns (history-store.ts). Only deals that exist already are held, as before.

export type OwnerChoice = { personId: string } | { invite: { name: string; email: string; teamId?: string } };

export type ImportRequest = {
  source?: ImportSource;
  files: Partial<Record<FileKind, ImportFile>>;
  dateOrder?: DateOrder;
  decimalSeparator?: DecimalSeparator;
  columns?: Partial<Record<FileKind, ColumnMapping>>;
  stages?: Record<string, TDealStage>;
  owners?: Record<string, OwnerChoice>;
};

export type Counts = { create: number; update: number; unchanged: number; refuse: number };

export type PlannedPerson = { id: string; name: string; email: string; teamId: string | null; startDate: string; active: boolean; externalId: string | null };
export type { CompactHistory };

/** A new deal, built again from the deals file when its chunk is written; its timeline (one DealEvent per step) likewise, then dropped. */
export type PlannedDeal = {
  id: string;
  externalId: string;
  row: NormalizedDeal;
  ownerId: string;
  teamId: string;
  currency: string;
  expectedCloseDate: string | null;
  position: number;
  zone: string;
  createdAt: Date;
  closedAt: Date | null;
};
/** A versioned change to a deal that exists; `isRecorded` when its undo record was written with appended history. */
export type PlannedUpdate = { externalId: string; line: number; before: Deal; data: DealChangeData; type: 'CLOSED' | 'REOPENED' | 'MOVED' | 'REASSIGNED' | 'UPDATED'; isRecorded?: boolean };
/** History a newer export adds to a deal imported before: imported events at the source's times. */
export type PlannedAppend = { externalId: string; line: number; before: Deal; steps: TimelineStep[] };

export type OwnerRow = { owner: string; deals: number; personId: string | null; personName: string | null; status: 'matched' | 'unknown' | 'inactive' | 'no-team' };
export type StageRow = { stage: string; rows: number; column: TDealStage | null; isGuess: boolean };

export type ImportPlan = {
  source: ImportSource;
  settings: ImportSettings;
  files: Partial<Record<FileKind, string>>;
  headers: Partial<Record<FileKind, string[]>>;
  missing: Partial<Record<FileKind, string[]>>;
  stages: StageRow[];
  owners: OwnerRow[];
  counts: { people: Counts; deals: Counts; history: { events: number; refuse: number } };
  problems: RowProblem[];
  notes: ImportReading['notes'];
  noteCount: number;
  work: {
    newTeams: { id: string; name: string; officeId: string }[];
    newPeople: PlannedPerson[];
    updatedPeople: { id: string; before: { teamId: string | null; startDate: Date; active: boolean }; teamId: string | null; startDate: Date; active: boolean }[];
    linkedPeople: { id: string; externalId: string }[];
    /** How many deals `newDeals` gives. */
    newDealCount: number;
    /** The new deals in file order, `size` at a time, read again from the deals file (so none is held beyond its chunk). */
    newDeals: (size: number) => AsyncIterable<PlannedDeal[]>;
    updatedDeals: PlannedUpdate[];
    appendedDeals: PlannedAppend[];
    history: HistoryStore;
  };
};

/** A deal's history rows as instants in its owner's zone (a date without a time is that day there). */
export function historyEntries(entries: readonly CompactHistory[] | undefined, zone: string): HistoryEntry[] {
  return (entries ?? []).map((entry) => ({
    at: entry.instant !== null ? new Date(entry.instant) : toInstant({ date: entry.date ?? '', minutes: entry.minutes, instant: null, isAmbiguous: false }, zone),
    stage: entry.stage,
    amountMinor: entry.amountMinor,
    line: entry.line,
  }));
}

/** A new deal's past, one step per DealEvent, oldest first. */
export function plannedSteps(planned: PlannedDeal, history: HistoryStore): TimelineStep[] {
  const { row } = planned;
  return buildDealTimeline({
    createdAt: planned.createdAt,
    final: { stage: row.stage!, outcome: row.outcome, amountMinor: row.amountMinor, closedAt: planned.closedAt },
    history: historyEntries(history.get(planned.externalId), planned.zone),
  });
}

const zero = (): Counts => ({ create: 0, update: 0, unchanged: 0, refuse: 0 });
const palette = ['#2563eb', '#16a34a', '#d97706', '#dc2626', '#7c3aed', '#0891b2', '#db2777', '#4d7c0f'];
const lower = (text: string) => text.trim().toLowerCase();
const chunk = <T>(items: readonly T[], size: number) => Array.from({ length: Math.ceil(items.length / size) }, (_, index) => items.slice(index * size, (index + 1) * size));

export async function planImport(sql: ImportSql, request: ImportRequest, now = new Date()): Promise<ImportPlan> {
  if (!request.files.deals && !request.files.people) throw new AppError('BAD_REQUEST', 'Give a deals file, a people file or both.');
  if (request.files.history && !request.files.deals) throw new AppError('BAD_REQUEST', 'A history file needs the deals file it belongs to.');
  const [organization] = await sql.query<{ reportingCurrency: string }>('SELECT "reportingCurrency" FROM "Organization" LIMIT 1');
  if (!organization) throw new AppError('UNPROCESSABLE', 'Set up the organisation before importing.');

  const streams = Object.fromEntries(
    await Promise.all(Object.entries(request.files).map(async ([kind, file]) => [kind, await openCsvOrRefuse(kind as FileKind, file)] as const)),
  ) as Partial<Record<FileKind, Awaited<ReturnType<typeof openCsv>>>>;
  const headers = Object.fromEntries(Object.entries(streams).map(([kind, stream]) => [kind, stream.headers])) as ImportPlan['headers'];
  const source = request.source ?? detectFromHeaders(headers);
  const preset = presets[source];
  const remembered = rememberedMappings(await sql.query<{ kind: string; key: string; value: string }>('SELECT "kind", "key", "value" FROM "SourceMapping" WHERE "source" = $1', [source]));

  const columns = {
    people: guessColumnMapping(source, 'people', headers.people ?? [], { ...remembered.columns.people, ...request.columns?.people }),
    deals: guessColumnMapping(source, 'deals', headers.deals ?? [], { ...remembered.columns.deals, ...request.columns?.deals }),
    history: guessColumnMapping(source, 'history', headers.history ?? [], { ...remembered.columns.history, ...request.columns?.history }),
  };
  const missing: ImportPlan['missing'] = {};
  for (const kind of Object.keys(streams) as FileKind[]) {
    const fields = missingFields(kind, columns[kind]);
    if (fields.length > 0) missing[kind] = fields;
  }
  const stageMapping = new Proxy({ ...remembered.stages, ...request.stages } as Record<string, TDealStage>, {
    get: (target, key: string) => target[key] ?? guessStage(key, source) ?? undefined,
  });
  const settings: ImportSettings = {
    source,
    dateOrder: request.dateOrder ?? preset.dateOrder,
    decimalSeparator: request.decimalSeparator ?? preset.decimalSeparator,
    defaultCurrency: organization.reportingCurrency,
    stageMapping,
    columns,
  };
  const reading = createImportReading();
  const historyStages = new Map<string, number>();
  const historyRefusals: RowProblem[] = [];
  let refusedHistoryRows = 0;
  // Each imported deal (not refused, not a duplicate) by its external id: its index, row and currency.
  const deals: DealKeys = { index: new Map(), lines: [], currencies: [] };
  const history = new HistoryStore(deals.index);
  if (Object.keys(missing).length === 0) {
    await readRecords(streams.people?.records, (record, seen) => addPersonRecord(reading, settings, record, seen));
    const currencies = new Map<string, string>();
    await readRecords(streams.deals?.records, (record, seen) => {
      const deal = addDealRecord(reading, settings, record, seen);
      if (!deal) return;
      deals.index.set(deal.externalId, deals.lines.length);
      deals.lines.push(deal.line);
      const currency = deal.currency ?? settings.defaultCurrency;
      if (!currencies.has(currency)) currencies.set(currency, currency);
      deals.currencies.push(currencies.get(currency)!);
    });
    const currencyOf = (id: string) => {
      const index = deals.index.get(id);
      return index === undefined ? settings.defaultCurrency : deals.currencies[index]!;
    };
    // Each history row is checked and kept compactly by its deal as it streams past.
    await readRecords(streams.history?.records, (record) => {
      const entry = addHistoryRecord(reading, settings, record, currencyOf);
      if (!entry) return;
      const key = stageKey(entry.sourceStage);
      historyStages.set(key, (historyStages.get(key) ?? 0) + 1);
      const refuse = (message: string) => {
        refusedHistoryRows += 1;
        if (historyRefusals.length < 1_000) historyRefusals.push({ file: 'history', line: entry.line, message });
      };
      if (!history.has(entry.dealExternalId)) return refuse(`No deal ${entry.dealExternalId} in the deals file (or it was refused).`);
      const stage = entry.sourceStage ? (settings.stageMapping[key] ?? null) : null;
      if (entry.sourceStage && !stage) return refuse(`Stage "${entry.sourceStage}" is not mapped to a column.`);
      const { occurredAt } = entry;
      const compact: CompactHistory = {
        line: entry.line,
        instant: occurredAt.instant ? occurredAt.instant.getTime() : null,
        date: occurredAt.instant ? null : occurredAt.date,
        minutes: occurredAt.minutes,
        stage,
        amountMinor: entry.amountMinor,
      };
      history.add(entry.dealExternalId, compact);
    });
  }
  const plan: ImportPlan = {
    source,
    settings,
    files: Object.fromEntries(Object.entries(request.files).map(([kind, file]) => [kind, file.name])),
    headers,
    missing,
    stages: stageRows(reading.stages, historyStages, remembered, request.stages ?? {}, source),
    owners: [],
    counts: { people: zero(), deals: zero(), history: { events: 0, refuse: 0 } },
    problems: reading.problems,
    notes: reading.notes,
    noteCount: reading.noteCount,
    work: { newTeams: [], newPeople: [], updatedPeople: [], linkedPeople: [], newDealCount: 0, newDeals: async function* () {}, updatedDeals: [], appendedDeals: [], history },
  };
  plan.counts.people.refuse = countRows(reading.problems, 'people');
  plan.counts.deals.refuse = countRows(reading.problems, 'deals');
  plan.counts.history.refuse = countRows(reading.problems, 'history') + refusedHistoryRows;
  for (const problem of historyRefusals) plan.problems.push(problem);
  if (Object.keys(missing).length > 0) return plan;

  const people = await planPeople(sql, plan, reading, now);
  if (request.files.deals) await planDeals(sql, plan, { file: request.files.deals, keys: deals, reading }, people, remembered, request.owners ?? {}, now);
  return plan;
}

/** The imported deals of the first reading: external id → index, and by index their row and currency. */
type DealKeys = { index: Map<string, number>; lines: number[]; currencies: string[] };

/**
 * Reads the deals file again and yields the rows the first reading imported, normalised
 * the same way (the refused rows and duplicates were reported then).
 */
async function* importedDeals(file: ImportFile, keys: DealKeys, settings: ImportSettings): AsyncGenerator<NormalizedDeal> {
  const { records } = await openCsvOrRefuse('deals', file);
  const options = { preset: presets[settings.source], dateOrder: settings.dateOrder, decimalSeparator: settings.decimalSeparator, defaultCurrency: settings.defaultCurrency, stageMapping: settings.stageMapping };
  let line = 1;
  for await (const record of records) {
    line += 1;
    const { value } = normalizeDeal(record, line, settings.columns.deals, options);
    if (value && keys.lines[keys.index.get(value.externalId) ?? -1] === line) yield value;
  }
}

async function openCsvOrRefuse(kind: FileKind, file: ImportFile) {
  try {
    return await openCsv(file);
  } catch (error) {
    throw new AppError('UNPROCESSABLE', `The ${kind} file cannot be read as CSV: ${(error as Error).message}`);
  }
}

function detectFromHeaders(headers: ImportPlan['headers']): ImportSource {
  const all = [...(headers.deals ?? []), ...(headers.people ?? []), ...(headers.history ?? [])];
  return detectSource(all);
}

async function readRecords(records: AsyncIterable<Record<string, string | undefined>> | undefined, add: (record: Record<string, string | undefined>, seen: Map<string, number>) => void): Promise<void> {
  if (!records) return;
  const seen = new Map<string, number>();
  const pauses = createPauses();
  let count = 0;
  try {
    for await (const record of records) {
      add(record, seen);
      count += 1;
      // Give the event loop back every few milliseconds: a board move must not wait on a big file.
      if (pauses.isDue()) await pauses.pause();
    }
  } catch (error) {
    throw new AppError('UNPROCESSABLE', `The file cannot be read as CSV after row ${count + 1}: ${(error as Error).message}`);
  }
}

function countRows(problems: readonly RowProblem[], file: RowProblem['file']): number {
  return new Set(problems.filter((problem) => problem.file === file).map((problem) => problem.line)).size;
}

function stageRows(stages: Map<string, number>, historyStages: Map<string, number>, remembered: RememberedMappings, given: Record<string, TDealStage>, source: ImportSource): StageRow[] {
  const all = new Map(stages);
  for (const [stage, rows] of historyStages) all.set(stage, (all.get(stage) ?? 0) + rows);
  return [...all].map(([stage, rows]) => {
    const chosen = given[stage] ?? remembered.stages[stage];
    const guess = chosen ? null : guessStage(stage, source);
    return { stage, rows, column: chosen ?? guess, isGuess: !chosen && guess !== null };
  });
}

type KnownPerson = { id: string; name: string; email: string; teamId: string | null; active: boolean; timeZone: string | null; currency: string | null };

type PeopleIndex = {
  byId: Map<string, KnownPerson>;
  byExternalId: Map<string, KnownPerson>;
  byEmail: Map<string, KnownPerson>;
  byName: Map<string, KnownPerson | null>;
  teams: Map<string, { timeZone: string; currency: string }>;
  fallbackZone: string;
  fallbackCurrency: string;
};

async function planPeople(sql: ImportSql, plan: ImportPlan, reading: ImportReading, now: Date): Promise<PeopleIndex> {
  type UserRow = { id: string; name: string; email: string; teamId: string | null; active: boolean; startDate: Date; timeZone: string | null; currency: string | null };
  const [users, teams, offices, links] = await Promise.all([
    sql.query<UserRow>(`SELECT u."id", u."name", u."email", u."teamId", u."active", u."startDate", o."timeZone", o."currency"
      FROM "User" u LEFT JOIN "Team" t ON t."id" = u."teamId" LEFT JOIN "Office" o ON o."id" = t."officeId"`),
    sql.query<{ id: string; name: string; officeId: string; timeZone: string; currency: string }>(`SELECT t."id", t."name", t."officeId", o."timeZone", o."currency" FROM "Team" t JOIN "Office" o ON o."id" = t."officeId"`),
    sql.query<{ id: string; name: string; timeZone: string; currency: string }>('SELECT "id", "name", "timeZone", "currency" FROM "Office" ORDER BY "createdAt" ASC'),
    sql.query<{ externalId: string; recordId: string }>(`SELECT "externalId", "recordId" FROM "ExternalRecord" WHERE "source" = $1 AND "kind" = 'PERSON'`, [plan.source]),
  ]);
  for (const user of users) user.startDate = new Date(user.startDate);
  const zoneOfTeam = new Map(teams.map((team) => [team.id, team.timeZone] as const));
  const index: PeopleIndex = { byId: new Map(), byExternalId: new Map(), byEmail: new Map(), byName: new Map(), teams: new Map(teams.map((team) => [team.id, { timeZone: team.timeZone, currency: team.currency }] as const)), fallbackZone: offices[0]?.timeZone ?? 'UTC', fallbackCurrency: offices[0]?.currency ?? 'USD' };
  const add = (person: KnownPerson, externalId: string | null) => {
    index.byId.set(person.id, person);
    index.byEmail.set(person.email, person);
    const name = lower(person.name);
    index.byName.set(name, index.byName.has(name) && index.byName.get(name)?.id !== person.id ? null : person);
    if (externalId) index.byExternalId.set(externalId, person);
  };
  for (const user of users) add({ id: user.id, name: user.name, email: user.email, teamId: user.teamId, active: user.active, timeZone: user.timeZone, currency: user.currency }, null);
  for (const link of links) {
    const person = index.byId.get(link.recordId);
    if (person) index.byExternalId.set(link.externalId, person);
  }
  if (plan.source === 'cadence') for (const user of users) index.byExternalId.set(user.id, index.byId.get(user.id)!);
  const userById = new Map(users.map((user) => [user.id, user] as const));

  const officeByName = new Map(offices.map((office) => [lower(office.name), office] as const));
  const newTeamByKey = new Map<string, { id: string; name: string; officeId: string }>();
  const teamFor = (row: { line: number; team: string | null; office: string | null }): { teamId: string | null; problem?: string } => {
    if (!row.team) return { teamId: null };
    const office = row.office ? officeByName.get(lower(row.office)) : undefined;
    if (row.office && !office) return { teamId: null, problem: `Office "${row.office}" does not exist: add it in Admin → Offices first, or map the office to another column.` };
    const existing = teams.find((team) => lower(team.name) === lower(row.team!) && (!office || team.officeId === office.id));
    if (existing) return { teamId: existing.id };
    const officeId = office?.id ?? offices[0]?.id;
    if (!officeId) return { teamId: null, problem: 'There is no office to put a new team in: add an office first.' };
    const key = `${officeId}:${lower(row.team)}`;
    let created = newTeamByKey.get(key);
    if (!created) {
      created = { id: randomUUID(), name: row.team.slice(0, 80), officeId };
      newTeamByKey.set(key, created);
      zoneOfTeam.set(created.id, offices.find((candidate) => candidate.id === officeId)!.timeZone);
      index.teams.set(created.id, { timeZone: zoneOfTeam.get(created.id)!, currency: offices.find((candidate) => candidate.id === officeId)!.currency });
    }
    return { teamId: created.id };
  };

  const counts = plan.counts.people;
  for (const row of reading.people) {
    const existing = (row.externalId ? index.byExternalId.get(row.externalId) : undefined) ?? index.byEmail.get(row.email);
    const team = teamFor(row);
    if (team.problem) {
      plan.problems.push({ file: 'people', line: row.line, message: team.problem });
      counts.refuse += 1;
      continue;
    }
    if (existing) {
      if (row.externalId && !index.byExternalId.has(row.externalId)) {
        plan.work.linkedPeople.push({ id: existing.id, externalId: row.externalId });
        index.byExternalId.set(row.externalId, existing);
      }
      const user = userById.get(existing.id);
      const startDate = row.startDate ? new Date(`${row.startDate}T00:00:00Z`) : user?.startDate ?? null;
      const teamId = row.team ? team.teamId : existing.teamId;
      // The source is the record of who is active when its active column is mapped.
      const active = plan.settings.columns.people.isActive ? row.isActive : existing.active;
      if (user && startDate && (teamId !== user.teamId || startDate.getTime() !== user.startDate.getTime() || active !== user.active)) {
        plan.work.updatedPeople.push({ id: user.id, before: { teamId: user.teamId, startDate: user.startDate, active: user.active }, teamId, startDate, active });
        existing.teamId = teamId;
        existing.active = active;
        existing.timeZone = teamId ? (zoneOfTeam.get(teamId) ?? null) : null;
        existing.currency = teamId ? (index.teams.get(teamId)?.currency ?? null) : null;
        counts.update += 1;
      } else counts.unchanged += 1;
      continue;
    }
    const person: PlannedPerson = {
      id: randomUUID(),
      name: row.name,
      email: row.email,
      teamId: team.teamId,
      startDate: row.startDate ?? now.toISOString().slice(0, 10),
      active: row.isActive,
      externalId: row.externalId,
    };
    plan.work.newPeople.push(person);
    add({ id: person.id, name: person.name, email: person.email, teamId: person.teamId, active: person.active, timeZone: person.teamId ? (zoneOfTeam.get(person.teamId) ?? null) : null, currency: person.teamId ? (index.teams.get(person.teamId)?.currency ?? null) : null }, row.externalId);
    counts.create += 1;
  }
  plan.work.newTeams = [...newTeamByKey.values()];
  return index;
}

async function planDeals(
  sql: ImportSql,
  plan: ImportPlan,
  deals: { file: ImportFile; keys: DealKeys; reading: ImportReading },
  people: PeopleIndex,
  remembered: RememberedMappings,
  given: Record<string, OwnerChoice>,
  now: Date,
): Promise<void> {
  const { reading, keys } = deals;
  const preset = presets[plan.source];
  // Owners: the admin's choice, then the remembered one, then the source's user id, an email, a name.
  const invited = new Map<string, KnownPerson>();
  const ownerOf = (reference: string): KnownPerson | null => {
    const choice = given[reference] ?? (remembered.owners[reference] ? { personId: remembered.owners[reference]! } : undefined);
    if (choice && 'personId' in choice) return people.byId.get(choice.personId) ?? null;
    if (choice && 'invite' in choice) {
      const email = lower(choice.invite.email);
      const existing = people.byEmail.get(email) ?? invited.get(email);
      if (existing) return existing;
      const team = choice.invite.teamId ? people.teams.get(choice.invite.teamId) : undefined;
      const person: PlannedPerson = { id: randomUUID(), name: choice.invite.name.trim() || email, email, teamId: team ? choice.invite.teamId! : null, startDate: now.toISOString().slice(0, 10), active: true, externalId: null };
      plan.work.newPeople.push(person);
      plan.counts.people.create += 1;
      const known: KnownPerson = { id: person.id, name: person.name, email, teamId: person.teamId, active: true, timeZone: team?.timeZone ?? null, currency: team?.currency ?? null };
      invited.set(email, known);
      return known;
    }
    const asId = readExternalId(reference, preset.hasSalesforceIds);
    return (asId.ok ? people.byExternalId.get(asId.value) : undefined) ?? people.byEmail.get(lower(reference)) ?? people.byName.get(lower(reference)) ?? null;
  };
  const owners = new Map<string, KnownPerson | null>();
  for (const reference of reading.owners.keys()) owners.set(reference, ownerOf(reference));
  plan.owners = [...reading.owners].map(([owner, deals]) => {
    const person = owners.get(owner) ?? null;
    const status: OwnerRow['status'] = !person ? 'unknown' : !person.active ? 'inactive' : !person.teamId ? 'no-team' : 'matched';
    return { owner, deals, personId: person?.id ?? null, personName: person?.name ?? null, status };
  });

  const existing = await loadExistingDeals(sql, plan.source, [...keys.index.keys()]);
  const { history } = plan.work;
  const counts = plan.counts.deals;
  const positions = new Map<string, number>();
  // Per deal index: whether it is new, and its place in its owner's column.
  const isNew = new Uint8Array(keys.lines.length);
  const positionOf = new Float64Array(keys.lines.length);
  /** A new deal as written; `id` is given when its chunk is written. */
  const newDeal = (row: NormalizedDeal, owner: KnownPerson, position: number): PlannedDeal => {
    const zone = owner.timeZone ?? people.fallbackZone;
    const closedAt = row.outcome && row.closeDate ? toInstant(row.closeDate, zone) : null;
    const firstEntry = history.first(row.externalId);
    const createdAt = row.createdDate ? toInstant(row.createdDate, zone) : firstEntry ? historyEntries([firstEntry], zone)[0]!.at : (closedAt ?? now);
    const currency = row.currency ?? owner.currency ?? people.fallbackCurrency;
    return { id: randomUUID(), externalId: row.externalId, row, ownerId: owner.id, teamId: owner.teamId!, currency, expectedCloseDate: row.expectedCloseDate, position, zone, createdAt, closedAt };
  };
  const pauses = createPauses();
  for await (const row of importedDeals(deals.file, keys, plan.settings)) {
    // Give the event loop back every few milliseconds: board moves go on while a big file is planned.
    if (pauses.isDue()) await pauses.pause();
    const owner = owners.get(row.ownerRef) ?? null;
    const refuse = (message: string) => {
      plan.problems.push({ file: 'deals', line: row.line, message });
      counts.refuse += 1;
    };
    if (!owner) {
      refuse(`Owner "${row.ownerRef}" is not a known person: pick a person for them or invite one.`);
      continue;
    }
    if (!owner.teamId) {
      refuse(`Owner ${owner.name} is on no team: put them on a team or pick another person.`);
      continue;
    }
    if (!owner.active && !row.outcome) {
      refuse(`Owner ${owner.name} is inactive and the deal is open: pick an active person for their open deals.`);
      continue;
    }
    const zone = owner.timeZone ?? people.fallbackZone;
    const closedAt = row.outcome && row.closeDate ? toInstant(row.closeDate, zone) : null;
    if (closedAt && closedAt.getTime() > now.getTime() + 86_400_000) {
      refuse('The close date is in the future for a closed deal.');
      continue;
    }
    const desired: DesiredDeal = {
      title: row.title,
      account: row.account,
      currency: row.currency ?? owner.currency ?? people.fallbackCurrency,
      expectedCloseDate: row.expectedCloseDate,
      ownerId: owner.id,
      stage: row.stage!,
      outcome: row.outcome,
      amountMinor: row.amountMinor,
      closedAmountMinor: row.outcome === 'WON' ? row.amountMinor : null,
      closedAt,
    };
    const current = existing.get(row.externalId);
    if (current) {
      if (current.deletedAt) {
        counts.unchanged += 1;
        continue;
      }
      // A newer export's later stage changes are appended as imported history, at their own times…
      const deal = current.deal;
      const steps = continueDealTimeline(
        { stage: deal.stage, outcome: deal.outcome, amountMinor: deal.amountMinor, closedAmountMinor: deal.closedAmountMinor, closedAt: deal.closedAt, stageChangedAt: deal.stageChangedAt, at: current.lastEventAt },
        historyEntries(history.get(row.externalId), zone),
        { after: current.lastImportedAt, until: now },
      );
      const last = steps.at(-1);
      const base: ExistingDeal = last
        ? { ...current, stage: last.stage, amountMinor: last.amountMinor, deal: { ...deal, stage: last.stage, amountMinor: last.amountMinor, stageChangedAt: last.stageChangedAt, version: deal.version + steps.length, updatedAt: last.at } }
        : current;
      // …then what still differs from the export is one versioned change, as a board edit would be.
      const fields = changedFields(base, desired);
      if (steps.length === 0 && fields.length === 0) {
        counts.unchanged += 1;
        continue;
      }
      if (steps.length > 0) {
        plan.work.appendedDeals.push({ externalId: row.externalId, line: row.line, before: deal, steps });
        plan.counts.history.events += steps.length;
      }
      if (fields.length > 0) {
        const data: DealChangeData = {};
        for (const field of fields) (data as Record<string, unknown>)[field] = desired[field];
        if (fields.includes('ownerId')) data.teamId = owner.teamId;
        if (fields.includes('stage')) data.stageChangedAt = desired.closedAt ?? now;
        if (data.expectedCloseDate !== undefined) data.expectedCloseDate = desired.expectedCloseDate ? new Date(`${desired.expectedCloseDate}T00:00:00Z`) : null;
        plan.work.updatedDeals.push({ externalId: row.externalId, line: row.line, before: base.deal, data, type: changeType(base, desired, fields.includes('ownerId')), isRecorded: steps.length > 0 });
      }
      counts.update += 1;
      continue;
    }
    const lane = `${owner.id}:${desired.stage}`;
    const position = (positions.get(lane) ?? 0) - 1;
    positions.set(lane, position);
    const index = keys.index.get(row.externalId)!;
    isNew[index] = 1;
    positionOf[index] = position;
    plan.counts.history.events += plannedSteps(newDeal(row, owner, position), history).length;
    counts.create += 1;
  }
  plan.work.newDealCount = counts.create;
  plan.work.newDeals = async function* (size: number) {
    let chunk: PlannedDeal[] = [];
    for await (const row of importedDeals(deals.file, keys, plan.settings)) {
      const index = keys.index.get(row.externalId)!;
      const owner = owners.get(row.ownerRef);
      if (!isNew[index] || !owner) continue;
      chunk.push(newDeal(row, owner, positionOf[index]!));
      if (chunk.length === size) {
        yield chunk;
        chunk = [];
      }
    }
    if (chunk.length > 0) yield chunk;
  };
}

type ExistingDeal = DesiredDeal & {
  deletedAt: Date | null;
  deal: Deal;
  /** The newest source time already imported for the deal (its creation when none). */
  lastImportedAt: Date;
  /** The time of its newest change of any kind. */
  lastEventAt: Date;
};

async function loadExistingDeals(sql: ImportSql, source: ImportSource, externalIds: readonly string[]): Promise<Map<string, ExistingDeal>> {
  const result = new Map<string, ExistingDeal>();
  for (const ids of chunk(externalIds, 5_000)) {
    const links = await sql.query<{ externalId: string; recordId: string }>(
      `SELECT "externalId", "recordId" FROM "ExternalRecord" WHERE "source" = $1 AND "kind" = 'DEAL' AND "externalId" = ${anyOf('$2')}`,
      [source, JSON.stringify(ids)],
    );
    const recordIds = new Map(links.map((link) => [link.recordId, link.externalId] as const));
    if (source === 'cadence') for (const id of ids) if (!recordIds.has(id)) recordIds.set(id, id);
    if (recordIds.size === 0) continue;
    const deals = await sql.query<Deal>(`SELECT * FROM "Deal" WHERE "id" = ${anyOf('$1')}`, [JSON.stringify([...recordIds.keys()])]);
    const times = deals.length === 0 ? [] : await sql.query<{ dealId: string; importedAt: Date | null; lastAt: Date }>(
      `SELECT "dealId", max("occurredAt") FILTER (WHERE "imported") AS "importedAt", max("occurredAt") AS "lastAt"
      FROM "DealEvent" WHERE "dealId" = ${anyOf('$1')} GROUP BY "dealId"`,
      [JSON.stringify(deals.map((deal) => deal.id))],
    );
    const timesOf = new Map(times.map((row) => [row.dealId, row] as const));
    for (const deal of deals) {
      const time = timesOf.get(deal.id);
      result.set(recordIds.get(deal.id)!, {
        deal,
        lastImportedAt: time?.importedAt ? new Date(time.importedAt) : deal.createdAt,
        lastEventAt: time ? new Date(time.lastAt) : deal.updatedAt,
        title: deal.title,
        account: deal.account,
        currency: deal.currency,
        expectedCloseDate: deal.expectedCloseDate?.toISOString().slice(0, 10) ?? null,
        ownerId: deal.ownerId,
        stage: deal.stage,
        outcome: deal.outcome,
        amountMinor: deal.amountMinor,
        closedAmountMinor: deal.closedAmountMinor,
        closedAt: deal.closedAt,
        deletedAt: deal.deletedAt,
      });
    }
  }
  return result;
}

export { palette as personColours };
