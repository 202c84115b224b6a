import { toMajorUnits, toMinorUnits } from '@/domain/money';
import { ZSaveForecastInput, type TCommitmentGoal, type TSaveForecastInput } from '@/schemas/sprint';

// The forecast form holds amounts as the rep types them, in major units ("12500.50"),
// and turns them into the contract's minor units. Pure, so the form and its tests agree.

export type ForecastDraft = {
  commitText: string;
  bestCaseText: string;
  /** Deal id → goal; deals left out are not committed. */
  goals: Record<string, TCommitmentGoal | ''>;
};

export type ForecastFieldErrors = Partial<Record<'commitMinor' | 'bestCaseMinor' | 'commitments' | 'form', string>>;

/** Reads "12 500,50"-free input: digits with one optional "." or "," decimal separator. */
export function parseAmountText(text: string, currency: string): number | null {
  const trimmed = text.trim().replace(/[\s_]/g, '');
  if (!/^\d+([.,]\d+)?$/.test(trimmed)) return null;
  return toMinorUnits(Number(trimmed.replace(',', '.')), currency);
}

/** The amount as the input shows it again: "12500.5". */
export function amountText(amountMinor: number | null | undefined, currency: string): string {
  return amountMinor === null || amountMinor === undefined ? '' : String(toMajorUnits(amountMinor, currency));
}

export function toForecastInput(
  draft: ForecastDraft,
  currency: string,
): { input: TSaveForecastInput; errors: null } | { input: null; errors: ForecastFieldErrors } {
  const errors: ForecastFieldErrors = {};
  const commitMinor = parseAmountText(draft.commitText, currency);
  const bestCaseMinor = parseAmountText(draft.bestCaseText, currency);
  if (commitMinor === null) errors.commitMinor = draft.commitText.trim() ? 'Enter a number, like 12500' : 'Enter your commit';
  if (bestCaseMinor === null) errors.bestCaseMinor = draft.bestCaseText.trim() ? 'Enter a number, like 15000' : 'Enter your best case';
  if (commitMinor === null || bestCaseMinor === null) return { input: null, errors };

  const commitments = Object.entries(draft.goals)
    .filter((entry): entry is [string, TCommitmentGoal] => entry[1] !== '')
    .map(([dealId, goal]) => ({ dealId, goal }));
  const input: TSaveForecastInput = { commitMinor, bestCaseMinor, commitments };
  const parsed = ZSaveForecastInput.safeParse(input);
  if (parsed.success) return { input, errors: null };
  for (const issue of parsed.error.issues) {
    const field = String(issue.path[0] ?? '');
    const key: keyof ForecastFieldErrors = field === 'commitMinor' || field === 'bestCaseMinor' || field === 'commitments' ? field : 'form';
    errors[key] ??= issue.message;
  }
  return { input: null, errors };
}
