import { describeMoneyInputProblem, parseMoneyInput, toMajorUnits } from '@/domain/money';
import { ZSaveForecastInput, type TCommitmentGoal, type TSaveForecastInput } from '@/schemas/sprint';

// The forecast form holds amounts as the rep types them, in major units ("12500.50"),
// and turns them into the contract's minor units with parseMoneyInput, like every money
// field. Pure, so the form and its tests agree.

export type ForecastDraft = {
  commitText: string;
  bestCaseText: string;
  /** Deal id → goal; deals left out are not committed. */
  goals: Record<string, TCommitmentGoal | ''>;
};

export type ForecastFieldErrors = Partial<Record<'commitMinor' | 'bestCaseMinor' | 'commitments' | 'form', string>>;

/** An amount the rep typed, in minor units, or what to say beside the field. */
function readAmount(text: string, currency: string, example: string, missing: string): { amountMinor: number } | { error: string } {
  const parsed = parseMoneyInput(text, currency);
  if (!parsed.ok && parsed.problem === 'too-many-decimals') return { error: describeMoneyInputProblem(parsed.problem, currency) };
  if (!parsed.ok || parsed.amountMinor === null || parsed.amountMinor < 0) return { error: text.trim() ? `Enter a number, like ${example}` : missing };
  return { amountMinor: parsed.amountMinor };
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
  const commit = readAmount(draft.commitText, currency, '12500', 'Enter your commit');
  const bestCase = readAmount(draft.bestCaseText, currency, '15000', 'Enter your best case');
  if ('error' in commit) errors.commitMinor = commit.error;
  if ('error' in bestCase) errors.bestCaseMinor = bestCase.error;
  if ('error' in commit || 'error' in bestCase) return { input: null, errors };
  const commitMinor = commit.amountMinor;
  const bestCaseMinor = bestCase.amountMinor;

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
