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
