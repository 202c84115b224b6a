import { describe, expect, it } from 'vitest';
import { decodeBytes, detectDelimiter, detectEncoding, parseCsvText } from './csv-text';
import { addDealRecord, addHistoryRecord, addPersonRecord, createImportReading, type ImportSettings } from './import-reading';
import { detectSource, guessColumnMapping, missingFields, type ImportSource } from './presets';
import { proposeStageMapping, readOutcome } from './stage-mapping';
import {
  hubspotDeals,
  messy,
  pipedriveDeals,
  salesforceOpportunities,
  salesforceOpportunityHistory,
  salesforceReport,
  salesforceUsers,
  type SampleDeal,
  type SamplePerson,
} from './sample-files';

const ada: SamplePerson = { id: '005000000000AdA', firstName: 'Ada', lastName: 'Lovelace', email: 'ada@example.com', team: 'Enterprise', office: 'New York', startDate: '2024-02-01', isActive: true };
const bea: SamplePerson = { id: '005000000000BeA', firstName: 'Béa', lastName: 'Müller', email: 'bea@example.com', team: 'Mid-Market', office: 'Berlin', startDate: '2025-01-06', isActive: false };
const deals: SampleDeal[] = [
  { id: '006000000000001', title: 'Rollout, phase 2', account: 'Acme "West"', stage: 'Closed Won', amount: 12_000.5, currency: 'USD', closeDate: '2026-10-01', createdAt: '2026-08-03T14:00:00.000Z', outcome: 'WON', owner: ada },
  { id: '006000000000002', title: 'Pilot\nwith notes', account: 'Globex', stage: 'Negotiation/Review', amount: 1_500, currency: 'EUR', closeDate: '2026-12-15', createdAt: '2026-09-01T09:30:00.000Z', outcome: null, owner: bea },
  { id: '006000000000003', title: 'Renewal', account: 'Initech', stage: 'Closed Lost', amount: 800, currency: 'USD', closeDate: '2026-11-20', createdAt: '2026-07-10T10:00:00.000Z', outcome: 'LOST', owner: ada },
];

function read(source: ImportSource, files: { people?: string; deals: string; history?: string }, overrides: Partial<ImportSettings> = {}) {
  const parsedDeals = parseCsvText(files.deals);
  const columns = {
    people: files.people ? guessColumnMapping(source, 'people', parseCsvText(files.people).headers) : {},
    deals: guessColumnMapping(source, 'deals', parsedDeals.headers),
    history: files.history ? guessColumnMapping(source, 'history', parseCsvText(files.history).headers) : {},
  };
  const stages = new Set(parsedDeals.records.map((record) => record[columns.deals.stage!] ?? ''));
  const stageMapping = Object.fromEntries(Object.entries(proposeStageMapping(stages, source, {})).filter(([, stage]) => stage !== null)) as ImportSettings['stageMapping'];
  const settings: ImportSettings = { source, dateOrder: 'mdy', decimalSeparator: '.', defaultCurrency: 'USD', stageMapping, columns, ...overrides };
  const reading = createImportReading();
  const seenPeople = new Map<string, number>();
  const seenDeals = new Map<string, number>();
  if (files.people) for (const record of parseCsvText(files.people).records) addPersonRecord(reading, settings, record, seenPeople);
  const dealRows = parsedDeals.records.flatMap((record) => addDealRecord(reading, settings, record, seenDeals) ?? []);
  const history = files.history ? parseCsvText(files.history).records.flatMap((record) => addHistoryRecord(reading, settings, record, () => 'USD') ?? []) : [];
  return { reading: { ...reading, deals: dealRows, history }, columns, settings };
}

const expectedDeals = (ownerRef: (person: SamplePerson) => string) => [
  { title: 'Rollout, phase 2', account: 'Acme "West"', stage: 'COMPLETED', outcome: 'WON', amountMinor: 1_200_050, currency: 'USD', ownerRef: ownerRef(ada), closeDate: { date: '2026-10-01' } },
  { title: 'Pilot\nwith notes', account: 'Globex', stage: 'IN_PROGRESS', outcome: null, amountMinor: 150_000, currency: 'EUR', ownerRef: ownerRef(bea), expectedCloseDate: '2026-12-15' },
  { title: 'Renewal', account: 'Initech', stage: 'COMPLETED', outcome: 'LOST', amountMinor: 80_000, ownerRef: ownerRef(ada), closeDate: { date: '2026-11-20' } },
];

describe('presets from the documented headers', () => {
  it('recognises each source from its headers', () => {
    expect(detectSource(parseCsvText(salesforceOpportunities(deals)).headers)).toBe('salesforce');
    expect(detectSource(parseCsvText(salesforceUsers([ada])).headers)).toBe('salesforce');
    expect(detectSource(parseCsvText(salesforceReport(deals)).headers)).toBe('salesforce');
    expect(detectSource(parseCsvText(hubspotDeals(deals)).headers)).toBe('hubspot');
    expect(detectSource(parseCsvText(hubspotDeals(deals, 'internal')).headers)).toBe('hubspot');
    expect(detectSource(parseCsvText(pipedriveDeals(deals)).headers)).toBe('pipedrive');
    expect(detectSource(['Foo', 'Bar'])).toBe('csv');
  });

  it('reads Salesforce Data Loader files: users, opportunities (18-character ids) and history', () => {
    const history = salesforceOpportunityHistory([
      { dealId: '006000000000001', at: '2026-08-03T14:00:00.000Z', stage: 'Prospecting', amount: 10_000 },
      { dealId: '006000000000001', at: '2026-09-10T10:00:00.000Z', stage: 'Negotiation/Review', amount: 12_000.5 },
    ]);
    const { reading } = read('salesforce', { people: salesforceUsers([ada, bea]), deals: salesforceOpportunities(deals), history });
    expect(reading.problems).toEqual([]);
    expect(reading.people).toMatchObject([
      { externalId: '005000000000AdAAAU', name: 'Ada Lovelace', email: 'ada@example.com', team: 'Enterprise', office: 'New York', startDate: '2024-02-01', isActive: true },
      { name: 'Béa Müller', isActive: false },
    ]);
    expect(reading.deals).toMatchObject(expectedDeals((person) => person.id));
    expect(reading.deals[0]!.externalId).toHaveLength(18);
    expect(reading.history).toHaveLength(2);
    expect(reading.history[0]).toMatchObject({ dealExternalId: reading.deals[0]!.externalId, sourceStage: 'Prospecting', amountMinor: 1_000_000 });
  });

  it('reads a Salesforce report export (labels, US dates, owners by name)', () => {
    const { reading, columns } = read('salesforce', { deals: salesforceReport(deals) });
    expect(missingFields('deals', columns.deals)).toEqual([]);
    expect(reading.problems).toEqual([]);
    expect(reading.deals).toMatchObject(expectedDeals((person) => `${person.firstName} ${person.lastName}`));
  });

  it('reads HubSpot exports in label and internal-name form', () => {
    for (const form of ['labels', 'internal'] as const) {
      const { reading } = read('hubspot', { deals: hubspotDeals(deals.map((deal) => ({ ...deal, stage: deal.outcome === 'WON' ? 'closedwon' : deal.outcome ? 'closedlost' : 'contractsent' })), form) });
      expect(reading.problems).toEqual([]);
      expect(reading.deals.map((deal) => [deal.stage, deal.outcome])).toEqual([['COMPLETED', 'WON'], ['IN_PROGRESS', null], ['COMPLETED', 'LOST']]);
      expect(reading.deals[1]!.ownerRef).toBe(form === 'labels' ? 'Béa Müller' : 'bea@example.com');
      expect(reading.deals[0]!.closeDate).toMatchObject({ date: '2026-10-01', minutes: 0 });
    }
  });

  it('reads a Pipedrive export, taking won and lost from the status', () => {
    const { reading } = read('pipedrive', { deals: pipedriveDeals(deals.map((deal) => ({ ...deal, stage: 'Proposal Made' }))) }, { dateOrder: 'dmy' });
    expect(reading.problems).toEqual([]);
    expect(reading.deals.map((deal) => [deal.stage, deal.outcome, deal.closeDate?.date ?? deal.expectedCloseDate])).toEqual([
      ['COMPLETED', 'WON', '2026-10-01'],
      ['IN_PROGRESS', null, '2026-12-15'],
      ['COMPLETED', 'LOST', '2026-11-20'],
    ]);
  });
});

describe('messy files', () => {
  it('reads the same deals from a BOM, Windows-1252 or `;`-delimited file with decimal commas', () => {
    const clean = read('salesforce', { deals: salesforceOpportunities(deals) }).reading.deals;
    for (const variant of [
      messy(salesforceOpportunities(deals), { encoding: 'utf-8-bom' }),
      messy(salesforceOpportunities(deals), { encoding: 'windows-1252', semicolons: true }),
    ]) {
      const text = decodeBytes(variant);
      const { reading } = read('salesforce', { deals: text }, { decimalSeparator: detectDelimiter(text) === ';' ? ',' : '.' });
      expect(reading.problems).toEqual([]);
      expect(reading.deals).toEqual(clean);
    }
    expect(detectEncoding(messy('é', { encoding: 'windows-1252' }))).toBe('windows-1252');
  });

  it('refuses blank stages, duplicate ids, mangled ids and closed deals with no outcome, naming the row', () => {
    const text = [
      'Id,Name,StageName,Amount,CloseDate,IsClosed,IsWon,OwnerId',
      '006000000000001,A,,10,2026-01-01,false,false,005000000000AdA',
      '006000000000002,B,Prospecting,10,2026-01-01,false,false,005000000000AdA',
      '006000000000002,C,Prospecting,10,2026-01-01,false,false,005000000000AdA',
      '6.00000000000E+14,D,Prospecting,10,2026-01-01,false,false,005000000000AdA',
      '006000000000005,E,Mystery,10,2026-01-01,false,false,005000000000AdA',
      '006000000000006,F,Closed Won,10,2026-01-01,,,005000000000AdA',
      '006000000000007,G,Prospecting,"(1,200.00)",2026-01-01,false,false,005000000000AdA',
    ].join('\n');
    const { reading } = read('salesforce', { deals: text });
    expect(reading.deals.map((deal) => deal.title)).toEqual(['B']);
    expect(reading.problems.map((problem) => [problem.line, problem.message])).toEqual([
      [2, 'The stage is blank: map "(blank)" to a column.'],
      [4, 'Id 006000000000002AAA is also on row 3; only the first is imported.'],
      [5, 'Id: The id 6.00000000000E+14 was turned into a number by a spreadsheet; export the file again without opening it in Excel.'],
      [6, 'Stage "Mystery" is not mapped to a column.'],
      [7, 'Stage "Closed Won" is a Completed column, but the file does not say whether the deal was won or lost.'],
      [8, 'The amount is negative.'],
    ]);
    expect([...reading.stages.keys()]).toEqual(['(blank)', 'Prospecting', 'Mystery', 'Closed Won']);
  });

  it('never takes won or lost from a stage name', () => {
    expect(readOutcome({ status: 'won' })).toEqual({ ok: true, outcome: 'WON' });
    expect(readOutcome({ isClosed: true, isWon: false })).toEqual({ ok: true, outcome: 'LOST' });
    expect(readOutcome({})).toEqual({ ok: true, outcome: null });
    expect(readOutcome({ isClosed: true })).toMatchObject({ ok: false });
  });
});
