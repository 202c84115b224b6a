import { stringify } from 'csv-stringify/sync';
import iconv from 'iconv-lite';
import { parseCsvRows } from './csv-text';

// Export files as each CRM writes them, built from the headers each source documents
// (with a custom field and a reordered column, as real orgs have), for tests, the
// benchmark and the end-to-end spec. `messy` turns a clean file into what arrives from a
// spreadsheet: a BOM, Windows-1252, `;` delimiters and European numbers.

export type SamplePerson = {
  id: string;
  firstName: string;
  lastName: string;
  email: string;
  team: string;
  office: string;
  startDate: string;
  isActive: boolean;
};

export type SampleDeal = {
  id: string;
  title: string;
  account: string;
  stage: string;
  /** In major units, e.g. 1200.5. */
  amount: number;
  currency: string;
  /** YYYY-MM-DD */
  closeDate: string;
  /** ISO instant */
  createdAt: string;
  outcome: 'WON' | 'LOST' | null;
  owner: SamplePerson;
};

export type SampleHistory = { dealId: string; at: string; stage: string; amount: number };

const csv = (rows: unknown[][], delimiter = ',') => stringify(rows, { delimiter, record_delimiter: '\r\n' });
const usDate = (iso: string) => {
  const [year, month, day] = iso.slice(0, 10).split('-');
  return `${Number(month)}/${Number(day)}/${year}`;
};

export function salesforceUsers(people: readonly SamplePerson[]): string {
  return csv([
    ['Id', 'Name', 'FirstName', 'LastName', 'Email', 'IsActive', 'CreatedDate', 'Department', 'Division', 'UserRoleId', 'ManagerId', 'TimeZoneSidKey', 'Favourite_Colour__c'],
    ...people.map((person) => [
      person.id, `${person.firstName} ${person.lastName}`, person.firstName, person.lastName, person.email, person.isActive ? 'true' : 'false',
      `${person.startDate}T09:00:00.000Z`, person.team, person.office, '00E000000000001', '', 'America/New_York', 'teal',
    ]),
  ]);
}

export function salesforceOpportunities(deals: readonly SampleDeal[]): string {
  return csv([
    ['Id', 'AccountId', 'Name', 'StageName', 'Amount', 'Probability', 'CloseDate', 'IsClosed', 'IsWon', 'OwnerId', 'CreatedDate', 'LastModifiedDate', 'CurrencyIsoCode', 'Custom_Score__c'],
    ...deals.map((deal) => [
      deal.id, deal.account, deal.title, deal.stage, deal.amount.toFixed(2), deal.outcome === 'WON' ? '100' : '50', deal.closeDate,
      deal.outcome ? 'true' : 'false', deal.outcome === 'WON' ? 'true' : 'false', deal.owner.id, deal.createdAt, deal.createdAt, deal.currency, '7',
    ]),
  ]);
}

export function salesforceOpportunityHistory(history: readonly SampleHistory[]): string {
  return csv([
    ['Id', 'OpportunityId', 'CreatedById', 'CreatedDate', 'StageName', 'Amount', 'ExpectedRevenue', 'CloseDate', 'Probability', 'ForecastCategory', 'IsDeleted'],
    ...history.map((entry, index) => [`008${String(index).padStart(12, '0')}`, entry.dealId, '005000000000001', entry.at, entry.stage, entry.amount.toFixed(2), '', '', '', 'Pipeline', 'false']),
  ]);
}

/** A Salesforce report export: labels for headers, US dates, owners by name. */
export function salesforceReport(deals: readonly SampleDeal[]): string {
  return csv([
    ['Opportunity Owner', 'Account Name', 'Opportunity Name', 'Stage', 'Fiscal Period', 'Amount Currency', 'Amount', 'Probability (%)', 'Close Date', 'Created Date', 'Opportunity ID', 'Won', 'Closed'],
    ...deals.map((deal) => [
      `${deal.owner.firstName} ${deal.owner.lastName}`, deal.account, deal.title, deal.stage, 'Q4-2026', deal.currency, deal.amount.toLocaleString('en-US', { minimumFractionDigits: 2 }),
      '50', usDate(deal.closeDate), usDate(deal.createdAt), deal.id, deal.outcome === 'WON' ? '1' : '0', deal.outcome ? '1' : '0',
    ]),
  ]);
}

export function hubspotDeals(deals: readonly SampleDeal[], form: 'labels' | 'internal' = 'labels'): string {
  const headers = form === 'labels'
    ? ['Record ID', 'Deal Name', 'Deal Stage', 'Close Date', 'Deal owner', 'Amount', 'Pipeline', 'Create Date', 'Is Closed Won', 'Is closed', 'Associated Company', 'Lead Source']
    : ['hs_object_id', 'dealname', 'dealstage', 'closedate', 'hubspot_owner_id', 'amount', 'pipeline', 'createdate', 'hs_is_closed_won', 'hs_is_closed', 'associatedcompanyid', 'lead_source'];
  return csv([
    headers,
    ...deals.map((deal) => [
      deal.id, deal.title, deal.stage, `${deal.closeDate} 00:00`, form === 'labels' ? `${deal.owner.firstName} ${deal.owner.lastName}` : deal.owner.email,
      String(deal.amount), 'Sales Pipeline', deal.createdAt.slice(0, 16).replace('T', ' '), deal.outcome === 'WON' ? 'true' : 'false', deal.outcome ? 'true' : 'false', deal.account, 'Web',
    ]),
  ]);
}

export function pipedriveDeals(deals: readonly SampleDeal[]): string {
  return csv([
    ['Deal - ID', 'Deal - Title', 'Deal - Value', 'Deal - Currency', 'Deal - Stage', 'Deal - Status', 'Deal - Owner', 'Deal - Expected close date', 'Deal - Won time', 'Deal - Lost time', 'Deal - Deal created', 'Deal - Organization', 'Deal - Label'],
    ...deals.map((deal) => [
      deal.id, deal.title, String(deal.amount), deal.currency, deal.stage, deal.outcome === 'WON' ? 'won' : deal.outcome === 'LOST' ? 'lost' : 'open', deal.owner.email,
      deal.outcome ? '' : deal.closeDate, deal.outcome === 'WON' ? `${deal.closeDate} 15:00:00` : '', deal.outcome === 'LOST' ? `${deal.closeDate} 15:00:00` : '',
      deal.createdAt.slice(0, 19).replace('T', ' '), deal.account, 'hot',
    ]),
  ]);
}

/**
 * The same records the way a European spreadsheet saves them: `;` between cells,
 * decimal commas, a BOM or Windows-1252 bytes.
 */
export function messy(text: string, options: { encoding: 'utf-8-bom' | 'windows-1252'; semicolons?: boolean }): Uint8Array {
  let result = text;
  if (options.semicolons) {
    const rows = parseCsvRows(text, ',');
    result = csv(rows.map((cells) => cells.map((value) => (/^\d+\.\d+$/.test(value) ? value.replace('.', ',') : value))), ';');
  }
  if (options.encoding === 'windows-1252') return iconv.encode(result, 'windows-1252');
  return new Uint8Array([0xef, 0xbb, 0xbf, ...Buffer.from(result, 'utf8')]);
}
