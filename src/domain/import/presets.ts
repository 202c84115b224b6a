import type { DateOrder, DecimalSeparator } from './source-values';

// What each CRM's export calls the fields Cadence needs. A preset lists, per field, the
// header names that source uses (Salesforce's API names from Data Loader and the labels
// of its report exports; HubSpot's labels and internal names; Pipedrive's "Deal - …"),
// matched without regard to case, spacing or a BOM. Columns nobody maps are ignored, so
// custom fields and reordered columns do no harm.

export const importSources = ['salesforce', 'hubspot', 'pipedrive', 'cadence', 'csv'] as const;
export type ImportSource = (typeof importSources)[number];
export const presetSources = ['salesforce', 'hubspot', 'pipedrive', 'cadence'] as const;

export const dealFields = [
  'externalId', 'title', 'account', 'stage', 'amount', 'currency', 'closeDate', 'createdDate', 'owner',
  'isWon', 'isClosed', 'status', 'wonTime', 'lostTime', 'expectedCloseDate', 'notes',
] as const;
export type DealField = (typeof dealFields)[number];

export const personFields = ['externalId', 'name', 'firstName', 'lastName', 'email', 'isActive', 'startDate', 'team', 'office'] as const;
export type PersonField = (typeof personFields)[number];

export const historyFields = ['dealExternalId', 'occurredAt', 'stage', 'amount', 'closeDate', 'isWon', 'isClosed'] as const;
export type HistoryField = (typeof historyFields)[number];

export type FileKind = 'deals' | 'people' | 'history';
export type FieldOf<Kind extends FileKind> = Kind extends 'deals' ? DealField : Kind extends 'people' ? PersonField : HistoryField;

/** Field → the column it is read from. */
export type ColumnMapping<Field extends string = string> = Partial<Record<Field, string>>;

type Aliases<Field extends string> = Partial<Record<Field, readonly string[]>>;

export type Preset = {
  source: ImportSource;
  label: string;
  deals: Aliases<DealField>;
  people: Aliases<PersonField>;
  history: Aliases<HistoryField>;
  /** Required to call a file this source's (beyond what every preset needs). */
  signature: readonly string[];
  dateOrder: DateOrder;
  decimalSeparator: DecimalSeparator;
  /** Salesforce ids are normalised to 18 characters. */
  hasSalesforceIds: boolean;
};

const salesforce: Preset = {
  source: 'salesforce',
  label: 'Salesforce (Data Loader or report export)',
  deals: {
    externalId: ['Id', 'Opportunity ID', 'Opportunity Id', '18 Character Opportunity ID'],
    title: ['Name', 'Opportunity Name'],
    account: ['Account.Name', 'Account Name', 'AccountId', 'Account ID'],
    stage: ['StageName', 'Stage'],
    amount: ['Amount'],
    currency: ['CurrencyIsoCode', 'Amount Currency', 'Opportunity Currency', 'Currency'],
    closeDate: ['CloseDate', 'Close Date'],
    createdDate: ['CreatedDate', 'Created Date'],
    owner: ['OwnerId', 'Owner.Email', 'Opportunity Owner', 'Owner Email', 'Opportunity Owner Email', 'Owner ID'],
    isWon: ['IsWon', 'Won'],
    isClosed: ['IsClosed', 'Closed'],
    expectedCloseDate: [],
    notes: ['Description', 'NextStep', 'Next Step'],
  },
  people: {
    externalId: ['Id', 'User ID'],
    name: ['Name', 'Full Name'],
    firstName: ['FirstName', 'First Name'],
    lastName: ['LastName', 'Last Name'],
    email: ['Email'],
    isActive: ['IsActive', 'Active'],
    startDate: ['CreatedDate', 'Created Date'],
    team: ['Department'],
    office: ['Division', 'Office'],
  },
  history: {
    dealExternalId: ['OpportunityId', 'Opportunity ID'],
    occurredAt: ['CreatedDate', 'Created Date', 'Last Modified', 'Edit Date'],
    stage: ['StageName', 'Stage', 'To Stage'],
    amount: ['Amount'],
    closeDate: ['CloseDate', 'Close Date'],
    isWon: ['IsWon'],
    isClosed: ['IsClosed'],
  },
  signature: ['StageName', 'Stage', 'Opportunity Name', 'OpportunityId', 'IsActive', 'UserRoleId', 'TimeZoneSidKey', 'Opportunity Owner'],
  dateOrder: 'mdy',
  decimalSeparator: '.',
  hasSalesforceIds: true,
};

const hubspot: Preset = {
  source: 'hubspot',
  label: 'HubSpot deals export',
  deals: {
    externalId: ['Record ID', 'hs_object_id', 'Deal ID', 'dealId'],
    title: ['Deal Name', 'dealname'],
    account: ['Associated Company', 'Company', 'Associated Company (Primary)', 'associatedcompanyid'],
    stage: ['Deal Stage', 'dealstage'],
    amount: ['Amount', 'amount'],
    currency: ['Currency', 'deal_currency_code', 'Amount Currency'],
    closeDate: ['Close Date', 'closedate'],
    createdDate: ['Create Date', 'createdate'],
    owner: ['Deal owner', 'hubspot_owner_id', 'Deal Owner', 'Owner'],
    isWon: ['Is Closed Won', 'hs_is_closed_won'],
    isClosed: ['Is closed', 'Is Closed', 'hs_is_closed'],
    notes: ['Deal Description', 'description'],
  },
  people: {
    externalId: ['Owner ID', 'User ID', 'ID'],
    name: ['Name'],
    firstName: ['First Name', 'firstname'],
    lastName: ['Last Name', 'lastname'],
    email: ['Email', 'email'],
    isActive: ['Active'],
    startDate: ['Created Date', 'Create Date'],
    team: ['Team', 'Teams'],
    office: ['Office'],
  },
  history: {},
  signature: ['Deal Stage', 'dealstage', 'Deal Name', 'dealname', 'hubspot_owner_id', 'Deal owner', 'Pipeline', 'pipeline'],
  dateOrder: 'mdy',
  decimalSeparator: '.',
  hasSalesforceIds: false,
};

const pipedrive: Preset = {
  source: 'pipedrive',
  label: 'Pipedrive deals export',
  deals: {
    externalId: ['Deal - ID', 'ID'],
    title: ['Deal - Title', 'Title'],
    account: ['Deal - Organization', 'Organization', 'Deal - Organisation'],
    stage: ['Deal - Stage', 'Stage'],
    amount: ['Deal - Value', 'Value'],
    currency: ['Deal - Currency', 'Currency', 'Deal - Currency of Value'],
    closeDate: ['Deal - Close time', 'Close time'],
    createdDate: ['Deal - Deal created', 'Deal created'],
    owner: ['Deal - Owner', 'Owner'],
    status: ['Deal - Status', 'Status'],
    wonTime: ['Deal - Won time', 'Won time'],
    lostTime: ['Deal - Lost time', 'Lost time'],
    expectedCloseDate: ['Deal - Expected close date', 'Expected close date'],
  },
  people: {
    externalId: ['Person - ID', 'User - ID', 'ID'],
    name: ['User - Name', 'Name'],
    email: ['User - Email', 'Email'],
    isActive: ['User - Active', 'Active'],
    startDate: ['User - Created', 'Created'],
    team: ['Team'],
    office: ['Office'],
  },
  history: {},
  signature: ['Deal - ID', 'Deal - Title', 'Deal - Stage', 'Deal - Status', 'Deal - Owner', 'Deal - Value'],
  dateOrder: 'dmy',
  decimalSeparator: '.',
  hasSalesforceIds: false,
};

/** The columns Cadence's own export writes (export then import is a round trip). */
export const cadenceDealColumns = [
  'Deal ID', 'Account', 'Title', 'Stage', 'Outcome', 'Amount', 'Currency', 'Closed Amount', 'Closed At',
  'Expected Close Date', 'Owner Email', 'Owner', 'Team', 'Created At', 'Notes',
] as const;
export const cadencePeopleColumns = ['Person ID', 'Name', 'Email', 'Role', 'Team', 'Office', 'Start Date', 'Active'] as const;
export const cadenceEventColumns = ['Sequence', 'Deal ID', 'Type', 'Occurred At', 'Stage', 'Outcome', 'Amount', 'Currency', 'Actor', 'Imported'] as const;

const cadence: Preset = {
  source: 'cadence',
  label: 'Cadence export',
  deals: {
    externalId: ['Deal ID'],
    title: ['Title'],
    account: ['Account'],
    stage: ['Stage'],
    amount: ['Amount'],
    currency: ['Currency'],
    closeDate: ['Closed At'],
    createdDate: ['Created At'],
    owner: ['Owner Email'],
    status: ['Outcome'],
    expectedCloseDate: ['Expected Close Date'],
    notes: ['Notes'],
  },
  people: {
    externalId: ['Person ID'],
    name: ['Name'],
    email: ['Email'],
    isActive: ['Active'],
    startDate: ['Start Date'],
    team: ['Team'],
    office: ['Office'],
  },
  history: {
    dealExternalId: ['Deal ID'],
    occurredAt: ['Occurred At'],
    stage: ['Stage'],
    amount: ['Amount'],
  },
  signature: ['Deal ID', 'Owner Email', 'Person ID', 'Sequence', 'Outcome'],
  dateOrder: 'mdy',
  decimalSeparator: '.',
  hasSalesforceIds: false,
};

const csv: Preset = {
  source: 'csv',
  label: 'Any CSV (map the columns)',
  deals: {
    externalId: ['ID', 'Id', 'Deal ID', 'External ID'],
    title: ['Title', 'Name', 'Deal', 'Deal Name'],
    account: ['Account', 'Company', 'Customer', 'Organization'],
    stage: ['Stage', 'Status'],
    amount: ['Amount', 'Value'],
    currency: ['Currency'],
    closeDate: ['Close Date', 'Closed', 'Closed At'],
    createdDate: ['Created', 'Created Date', 'Created At'],
    owner: ['Owner', 'Owner Email', 'Rep', 'Salesperson'],
    isWon: ['Won'],
    expectedCloseDate: ['Expected Close Date', 'Expected Close'],
  },
  people: {
    externalId: ['ID', 'Id'],
    name: ['Name'],
    firstName: ['First Name'],
    lastName: ['Last Name'],
    email: ['Email'],
    isActive: ['Active'],
    startDate: ['Start Date', 'Started'],
    team: ['Team'],
    office: ['Office'],
  },
  history: {
    dealExternalId: ['Deal ID', 'ID'],
    occurredAt: ['Date', 'Changed At', 'Occurred At'],
    stage: ['Stage'],
    amount: ['Amount'],
  },
  signature: [],
  dateOrder: 'mdy',
  decimalSeparator: '.',
  hasSalesforceIds: false,
};

export const presets: Record<ImportSource, Preset> = { salesforce, hubspot, pipedrive, cadence, csv };

/** A header as compared: no BOM, no case, no spacing or punctuation differences. */
export function headerKey(header: string): string {
  return header.replace(/^\uFEFF/, '').trim().toLowerCase().replace(/[\s_]+/g, ' ');
}

/** The preset whose distinctive headers the file has most of; `csv` when none match. */
export function detectSource(headers: readonly string[]): ImportSource {
  const present = new Set(headers.map(headerKey));
  let best: ImportSource = 'csv';
  let bestScore = 0;
  for (const source of presetSources) {
    const score = presets[source].signature.filter((header) => present.has(headerKey(header))).length;
    if (score > bestScore) {
      best = source;
      bestScore = score;
    }
  }
  return best;
}

function aliasesOf(preset: Preset, kind: FileKind): Record<string, readonly string[] | undefined> {
  return kind === 'deals' ? preset.deals : kind === 'people' ? preset.people : preset.history;
}

export function fieldsOf(kind: FileKind): readonly string[] {
  return kind === 'deals' ? dealFields : kind === 'people' ? personFields : historyFields;
}

/**
 * The preset's guess of which column holds each field, with `overrides` (the admin's
 * choices, or those remembered for the source) on top. An override naming a column the
 * file lacks is dropped; an empty override un-maps the field.
 */
export function guessColumnMapping(source: ImportSource, kind: FileKind, headers: readonly string[], overrides: ColumnMapping = {}): ColumnMapping {
  const byKey = new Map(headers.map((header) => [headerKey(header), header] as const));
  const mapping: ColumnMapping = {};
  const aliases = aliasesOf(presets[source], kind);
  for (const field of fieldsOf(kind)) {
    const override = overrides[field];
    if (override !== undefined) {
      const header = byKey.get(headerKey(override));
      if (header) mapping[field] = header;
      continue;
    }
    for (const alias of aliases[field] ?? []) {
      const header = byKey.get(headerKey(alias));
      if (header) {
        mapping[field] = header;
        break;
      }
    }
  }
  return mapping;
}

/** The fields a file must have mapped before anything can be read from it. */
export function requiredFields(kind: FileKind): readonly string[] {
  if (kind === 'deals') return ['externalId', 'title', 'stage', 'owner'];
  if (kind === 'people') return ['email'];
  return ['dealExternalId', 'occurredAt', 'stage'];
}

export function missingFields(kind: FileKind, mapping: ColumnMapping): string[] {
  return requiredFields(kind).filter((field) => !mapping[field]);
}
