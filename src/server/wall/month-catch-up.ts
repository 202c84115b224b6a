import { applyDeal, createMonthLedger } from '@/domain/pacing/month-ledger';
import { ZDealCard, type TDealChange } from '@/schemas/deal';
import { loadSetting } from './month-setting';
import { cardToPacingDeal, readDealEventsAfter, toPacingDeal } from './month-deals';
import type { MonthState } from './month-state';

// Bringing a held month up to date: with the changes this process committed (no query),
// from the DealEvent log (changes made elsewhere), or with a fresh setting.

/** More events than this behind: read the month's deals again rather than replaying them. */
const catchUpLimit = 2_000;

/** A fresh setting with the deal states the ledger already holds (no deal query). */
export async function refreshSetting(state: MonthState): Promise<void> {
  const setting = await loadSetting(state.month);
  const ledger = createMonthLedger(setting.ledgerOptions);
  for (const [dealId, entry] of state.ledger.deals) {
    const deal = entry.deal ? toPacingDeal(entry.deal, setting.officeOfTeam) : null;
    applyDeal(ledger, dealId, deal, entry.version);
  }
  state.setting = setting;
  state.ledger = ledger;
  state.latest = null;
}

/** Applies changes in sequence order while they follow on from what the state holds. */
export function applyFollowingChanges(state: MonthState, changes: readonly TDealChange[]): void {
  for (const change of [...changes].sort((first, second) => first.sequence - second.sequence)) {
    if (change.sequence <= state.sequence) continue;
    if (change.sequence !== state.sequence + 1) return;
    applyDeal(state.ledger, change.dealId, cardToPacingDeal(change.deal, state.month, state.setting.officeOfTeam), change.deal.version);
    state.sequence = change.sequence;
    state.latest = null;
  }
}

/** Reads and applies the DealEvents after the state's sequence; false when too far behind. */
export async function catchUpFromLog(state: MonthState): Promise<boolean> {
  const events = await readDealEventsAfter(state.sequence, catchUpLimit + 1);
  if (events.length > catchUpLimit) return false;
  for (const event of events) {
    const card = ZDealCard.parse(event.after);
    applyDeal(state.ledger, event.dealId, cardToPacingDeal(card, state.month, state.setting.officeOfTeam), card.version);
  }
  const last = events.at(-1);
  if (last && last.sequence > state.sequence) {
    state.sequence = last.sequence;
    state.latest = null;
  }
  return true;
}
