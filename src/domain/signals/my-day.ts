import type { NextStepStatus } from './next-step-status';

// A rep's "My day": the open deals that need them today, most urgent first. Overdue
// next steps lead, then steps due today, then stale or slipping deals, then deals with
// nothing planned; deals that need nothing are left out.

export type MyDayEntry = {
  dealId: string;
  nextStepStatus: NextStepStatus;
  nextStepDueOn: string | null;
  isStale: boolean;
  isSlipping: boolean;
  amountMinor: number;
};

export const myDayReasons = ['overdue', 'today', 'stale-or-slipping', 'nothing-planned'] as const;
export type MyDayReason = (typeof myDayReasons)[number];

/** Why a deal is on the list, or null when it needs nothing today. */
export function myDayReason(entry: MyDayEntry): MyDayReason | null {
  if (entry.nextStepStatus === 'overdue') return 'overdue';
  if (entry.nextStepStatus === 'today') return 'today';
  if (entry.isStale || entry.isSlipping) return 'stale-or-slipping';
  if (entry.nextStepStatus === 'none') return 'nothing-planned';
  return null;
}

/** The entries that belong on the list, in order: by reason, then oldest due date, then largest amount. */
export function orderMyDay<Entry extends MyDayEntry>(entries: readonly Entry[]): (Entry & { reason: MyDayReason })[] {
  const rank = (reason: MyDayReason) => myDayReasons.indexOf(reason);
  return entries
    .flatMap((entry) => {
      const reason = myDayReason(entry);
      return reason ? [{ ...entry, reason }] : [];
    })
    .sort(
      (first, second) =>
        rank(first.reason) - rank(second.reason) ||
        (first.nextStepDueOn ?? '9999').localeCompare(second.nextStepDueOn ?? '9999') ||
        second.amountMinor - first.amountMinor ||
        first.dealId.localeCompare(second.dealId),
    );
}
