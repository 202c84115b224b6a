import type { MonthSummary } from '@/domain/pacing/month-summary';
import type { ExchangeRate } from '@/domain/pacing/exchange-rates';
import { applyDeal, createMonthLedger, type MonthLedger } from '@/domain/pacing/month-ledger';
import { isDomainError } from '@/domain/domain-error';
import { AppError } from '@/server/errors';
import { loadSetting, toDateString, type MonthSetting, type OfficeInfo, type RepInfo, type TeamInfo } from './month-setting';
import { currentSequence } from '@/server/current-sequence';
import { readMonthDeals, toPacingDeal } from './month-deals';
import { createSerializer, type Serializer } from './serializer';

// One month's wall held in memory: its setting, its running ledger, the sequence it
// reflects and the last summary cut from it.

export type LoadedMonth = {
  month: Date;
  /** Every DealEvent up to this sequence is included. */
  sequence: number;
  computedAt: Date;
  reportingCurrency: string;
  offices: OfficeInfo[];
  teams: TeamInfo[];
  reps: Map<string, RepInfo>;
  rates: ExchangeRate[];
  summary: MonthSummary;
};

export type MonthState = {
  month: Date;
  setting: MonthSetting;
  ledger: MonthLedger;
  sequence: number;
  /** The last summary cut, and the sequence it reflects. */
  latest: LoadedMonth | null;
  /** The promise the cache holds for this state. */
  self: Promise<MonthState> | null;
  /** Runs one update at a time: the ledger is never replaced while another applies to it. */
  exclusive: Serializer;
};

/** A figure the pacing core refuses becomes a 422 that says why. */
export function pacingRefusalToAppError(error: unknown): unknown {
  return isDomainError(error, 'pacing') ? new AppError('UNPROCESSABLE', `The wall cannot be computed: ${error.message}`) : error;
}

/** Reads the month from scratch: the setting, the sequence, then the deals. */
export async function loadMonthState(month: Date): Promise<MonthState> {
  const setting = await loadSetting(month);
  // The sequence is read first: any change the deal query already sees is replayed
  // afterwards at the same or an older version, which the ledger ignores.
  const sequence = await currentSequence();
  const dealRows = await readMonthDeals(month);
  try {
    const ledger = createMonthLedger(setting.ledgerOptions);
    for (const row of dealRows) {
      const deal = toPacingDeal({ ...row, expectedCloseDate: row.expectedCloseDate ? toDateString(row.expectedCloseDate) : null }, setting.officeOfTeam);
      applyDeal(ledger, row.id, deal, row.version);
    }
    return { month, setting, ledger, sequence, latest: null, self: null, exclusive: createSerializer() };
  } catch (error) {
    throw pacingRefusalToAppError(error);
  }
}
