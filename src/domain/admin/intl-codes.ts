// Checks for the codes an administrator types (currencies, locales), answered by the
// JavaScript runtime's own Intl data so the browser form and the server agree.

let knownCurrencies: Set<string> | undefined;

/** True for an ISO 4217 code this runtime knows, written in capitals (e.g. "EUR"). */
export function isValidCurrency(code: string): boolean {
  if (!/^[A-Z]{3}$/.test(code)) return false;
  knownCurrencies ??= new Set(Intl.supportedValuesOf('currency'));
  return knownCurrencies.has(code);
}

/** True for a well-formed BCP 47 tag that is already in canonical form (e.g. "en-GB"). */
export function isValidLocale(tag: string): boolean {
  try {
    const [canonical] = Intl.getCanonicalLocales(tag);
    return canonical === tag;
  } catch {
    return false;
  }
}

/** Every IANA time zone this runtime knows, sorted. */
export function listTimeZones(): string[] {
  return [...Intl.supportedValuesOf('timeZone')].sort();
}
