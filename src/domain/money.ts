// Money is held as integer minor units with its ISO 4217 currency beside it, and is
// turned into text only at the edge, in the office's own locale.

/** How many minor units a currency has (2 for USD, 0 for JPY, 3 for KWD). */
export function minorUnitDigits(currency: string): number {
  return new Intl.NumberFormat('en', { style: 'currency', currency }).resolvedOptions().maximumFractionDigits ?? 2;
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
  const formatter = new Intl.NumberFormat(locale, {
    style: 'currency',
    currency,
    ...(options.compact ? { notation: 'compact', minimumFractionDigits: 0, maximumFractionDigits: 1 } : {}),
  });
  return formatter.format(toMajorUnits(amountMinor, currency));
}
