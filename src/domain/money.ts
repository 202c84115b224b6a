// Money is held as integer minor units with its ISO 4217 currency beside it, and is
// turned into text only at the edge, in the office's own locale.

// Building an Intl.NumberFormat costs far more than using one, and a board formats
// hundreds of amounts, so formatters are kept per locale, currency and style.
const formatters = new Map<string, Intl.NumberFormat>();
const digitsByCurrency = new Map<string, number>();

/** How many minor units a currency has (2 for USD, 0 for JPY, 3 for KWD). */
export function minorUnitDigits(currency: string): number {
  let digits = digitsByCurrency.get(currency);
  if (digits === undefined) {
    digits = new Intl.NumberFormat('en', { style: 'currency', currency }).resolvedOptions().maximumFractionDigits ?? 2;
    digitsByCurrency.set(currency, digits);
  }
  return digits;
}

export function toMajorUnits(amountMinor: number, currency: string): number {
  return amountMinor / 10 ** minorUnitDigits(currency);
}

export function toMinorUnits(amountMajor: number, currency: string): number {
  return Math.round(amountMajor * 10 ** minorUnitDigits(currency));
}

export function formatMoney(
  amountMinor: number,
  currency: string,
  locale: string,
  options: { compact?: boolean } = {},
): string {
  const key = `${locale}|${currency}|${options.compact ? 'compact' : 'full'}`;
  let formatter = formatters.get(key);
  if (!formatter) {
    formatter = new Intl.NumberFormat(locale, {
      style: 'currency',
      currency,
      ...(options.compact ? { notation: 'compact', minimumFractionDigits: 0, maximumFractionDigits: 1 } : {}),
    });
    formatters.set(key, formatter);
  }
  return formatter.format(toMajorUnits(amountMinor, currency));
}

export type MoneyInputProblem = 'not-an-amount' | 'too-many-decimals';

/** What was typed into a money field: minor units (null when it was left empty), or why it is not an amount. */
export type ParsedMoneyInput = { ok: true; amountMinor: number | null } | { ok: false; problem: MoneyInputProblem };

/**
 * Reads an amount typed or pasted in major units into integer minor units, exactly (no
 * floating point): "12500", "12,500.50", "12.500,50", "$ 12 500", "99,99", "-5".
 * - Spaces, underscores and apostrophes are digit grouping; a leading currency symbol is dropped.
 * - With both "," and ".", the last one is the decimal separator. With one kind only, "."
 *   separates decimals unless it appears twice or more in groups of three ("1.500.000");
 *   "," groups thousands when every group after it has three digits ("1,500", "12,500,000")
 *   and separates decimals otherwise ("99,99").
 * - More decimals than the currency has is refused rather than rounded.
 * The sign is kept: whether a negative amount is allowed is the caller's rule.
 */
export function parseMoneyInput(text: string, currency: string): ParsedMoneyInput {
  return parseMinorUnitsInput(text, minorUnitDigits(currency));
}

/** parseMoneyInput for a currency given by its number of minor-unit digits. */
export function parseMinorUnitsInput(text: string, minorDigits: number): ParsedMoneyInput {
  let cleaned = text.replace(/[\s_'’]/g, '').replace(/^\p{Sc}/u, '');
  if (cleaned === '') return { ok: true, amountMinor: null };
  const isNegative = cleaned.startsWith('-');
  if (isNegative) cleaned = cleaned.slice(1);
  if (!/^[\d.,]+$/.test(cleaned) || !/\d/.test(cleaned)) return { ok: false, problem: 'not-an-amount' };

  const lastComma = cleaned.lastIndexOf(',');
  const lastDot = cleaned.lastIndexOf('.');
  let decimalSeparator: ',' | '.' | null = null;
  if (lastComma !== -1 && lastDot !== -1) decimalSeparator = lastComma > lastDot ? ',' : '.';
  else if (lastComma !== -1 || lastDot !== -1) {
    const separator = lastComma !== -1 ? ',' : '.';
    const parts = cleaned.split(separator);
    const isGrouped = /^\d{1,3}$/.test(parts[0]!) && parts.slice(1).every((part) => /^\d{3}$/.test(part));
    const isGrouping = isGrouped && (separator === ',' || parts.length > 2);
    if (!isGrouping) decimalSeparator = separator;
  }

  const groupSeparator = decimalSeparator ? (decimalSeparator === ',' ? '.' : ',') : lastDot !== -1 ? '.' : ',';
  const [whole = '', fraction = '', ...rest] = decimalSeparator ? cleaned.split(decimalSeparator) : [cleaned];
  if (rest.length > 0) return { ok: false, problem: 'not-an-amount' };
  // Grouping, where used, must be in threes: "12,500" but not "1,25,00".
  if (whole.includes(groupSeparator) && !new RegExp(`^\\d{1,3}(\\${groupSeparator}\\d{3})+$`).test(whole)) return { ok: false, problem: 'not-an-amount' };
  const digits = whole.split(groupSeparator).join('');
  if (!/^\d*$/.test(digits) || !/^\d*$/.test(fraction) || (digits === '' && fraction === '')) return { ok: false, problem: 'not-an-amount' };
  if (fraction.length > minorDigits) return { ok: false, problem: 'too-many-decimals' };
  const amountMinor = Number(digits || '0') * 10 ** minorDigits + Number(fraction.padEnd(minorDigits, '0') || '0');
  if (!Number.isSafeInteger(amountMinor)) return { ok: false, problem: 'not-an-amount' };
  return { ok: true, amountMinor: isNegative ? -amountMinor : amountMinor };
}

/** The minor units a form sends on for its schema to judge: NaN when the field is empty or not an amount. */
export function moneyInputToMinor(parsed: ParsedMoneyInput): number {
  return parsed.ok && parsed.amountMinor !== null ? parsed.amountMinor : Number.NaN;
}

/** Why a typed amount was refused, in words for the field. */
export function describeMoneyInputProblem(problem: MoneyInputProblem, currency: string): string {
  if (problem === 'not-an-amount') return 'Not an amount';
  const digits = minorUnitDigits(currency);
  return digits === 0 ? `${currency} amounts have no decimals` : `Use at most ${digits} decimals`;
}
