import { minorUnitDigits } from '@/domain/money';
import { zonedTimeToInstant } from '@/domain/calendar';

// Reading the values CRM exports hold: amounts with currency symbols, thousands
// separators, decimal commas and accounting negatives; dates in ISO, US or European
// order, Excel serial numbers or Salesforce/HubSpot timestamps; booleans in the forms
// the sources write; Salesforce ids in 15 or 18 characters. Each reader returns a value
// or the reason it could not read one, never throws.

export type ReadResult<T> = { ok: true; value: T; note?: string } | { ok: false; message: string };

const ok = <T>(value: T, note?: string): ReadResult<T> => (note ? { ok: true, value, note } : { ok: true, value });
const fail = <T>(message: string): ReadResult<T> => ({ ok: false, message });

export type DecimalSeparator = '.' | ',';

/**
 * An amount in minor units of `currency`. "1,200.50", "1.200,50", "$ 1 200", "(1,200.00)",
 * "-€3.5", "1'200.50" all read. A lone separator followed by exactly three digits
 * ("1,200" or "1.200") is a thousands separator unless `decimalSeparator` says it is the
 * decimal one; the note says how it was read.
 */
export function readAmount(text: string, currency: string, decimalSeparator: DecimalSeparator = '.'): ReadResult<number> {
  let value = text.trim();
  if (value === '') return ok(0);
  let isNegative = false;
  if (/^\(.*\)$/.test(value)) {
    isNegative = true;
    value = value.slice(1, -1);
  }
  // Currency symbols and codes around the number: keep digits, separators and signs.
  value = value.replace(/[A-Za-z$€£¥₹₩₽¤\u00a0\u202f\s']/g, '');
  if (value.startsWith('-')) {
    isNegative = !isNegative;
    value = value.slice(1);
  } else if (value.endsWith('-')) {
    isNegative = !isNegative;
    value = value.slice(0, -1);
  }
  if (value.startsWith('+')) value = value.slice(1);
  if (!/^[\d.,]+$/.test(value) || !/\d/.test(value)) return fail(`"${text}" is not an amount.`);

  let decimal: DecimalSeparator | null = null;
  let note: string | undefined;
  const lastDot = value.lastIndexOf('.');
  const lastComma = value.lastIndexOf(',');
  if (lastDot >= 0 && lastComma >= 0) decimal = lastDot > lastComma ? '.' : ',';
  else if (lastDot >= 0 || lastComma >= 0) {
    const separator: DecimalSeparator = lastDot >= 0 ? '.' : ',';
    const count = value.split(separator).length - 1;
    const digitsAfter = value.length - value.lastIndexOf(separator) - 1;
    if (count > 1) decimal = null;
    else if (digitsAfter !== 3) decimal = separator;
    else {
      decimal = decimalSeparator === separator ? separator : null;
      note = `"${text}" read as ${decimal ? 'a decimal' : 'a thousands'} separator`;
    }
  }
  let whole = value;
  let fraction = '';
  if (decimal) {
    const index = value.lastIndexOf(decimal);
    whole = value.slice(0, index);
    fraction = value.slice(index + 1);
    if (/[.,]/.test(fraction)) return fail(`"${text}" is not an amount.`);
  }
  const thousands = decimal === ',' ? '.' : decimal === '.' ? ',' : /[.,]/.exec(whole)?.[0];
  if (thousands && !new RegExp(`^\\d{1,3}(\\${thousands}\\d{3})*$`).test(whole)) {
    if (whole.includes(thousands)) return fail(`"${text}" has its thousands separators in the wrong places.`);
  }
  whole = whole.replace(/[.,]/g, '') || '0';
  if (/[.,]/.test(whole)) return fail(`"${text}" is not an amount.`);
  const digits = minorUnitDigits(currency);
  const roundUp = fraction.length > digits && Number(fraction[digits]) >= 5;
  const minorText = `${whole}${fraction.slice(0, digits).padEnd(digits, '0')}`;
  let minor = Number(minorText) + (roundUp ? 1 : 0);
  if (!Number.isSafeInteger(minor) || minor > 2_000_000_000) return fail(`"${text}" is too large an amount.`);
  if (isNegative) minor = -minor;
  return ok(minor === 0 ? 0 : minor, note);
}

export type DateOrder = 'dmy' | 'mdy';

/**
 * A date as read: the calendar day, the local time of day when the text gave one without
 * a zone, or the exact instant when it gave a zone (Salesforce's 2026-03-04T12:00:00.000Z).
 */
export type SourceDate = { date: string; minutes: number | null; instant: Date | null; isAmbiguous: boolean };

const excelEpoch = Date.UTC(1899, 11, 30);
const dayMs = 86_400_000;

function calendarDate(year: number, month: number, day: number): string | null {
  if (month < 1 || month > 12 || day < 1 || day > 31) return null;
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return null;
  return date.toISOString().slice(0, 10);
}

function readTime(text: string | undefined): number | null | undefined {
  if (text === undefined || text.trim() === '') return null;
  const match = /^(\d{1,2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?\s*([AaPp][Mm])?$/.exec(text.trim());
  if (!match) return undefined;
  let hour = Number(match[1]);
  const minute = Number(match[2]);
  const meridiem = match[4]?.toLowerCase();
  if (meridiem) {
    if (hour < 1 || hour > 12) return undefined;
    hour = (hour % 12) + (meridiem === 'pm' ? 12 : 0);
  }
  if (hour > 23 || minute > 59) return undefined;
  return hour * 60 + minute;
}

/**
 * Reads ISO dates and timestamps, d/m/y or m/d/y dates (with /, . or -), and Excel serial
 * numbers. When both of the first two numbers could be the month, `order` decides and the
 * result is marked ambiguous.
 */
export function readDate(text: string, order: DateOrder): ReadResult<SourceDate> {
  const value = text.trim();
  if (value === '') return fail('The date is empty.');
  const iso = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(\.\d+)?)?\s*(Z|[+-]\d{2}:?\d{2})?)?$/.exec(value);
  if (iso) {
    const date = calendarDate(Number(iso[1]), Number(iso[2]), Number(iso[3]));
    if (!date) return fail(`${value} is not a date that exists.`);
    if (iso[4] === undefined) return ok({ date, minutes: null, instant: null, isAmbiguous: false });
    const minutes = Number(iso[4]) * 60 + Number(iso[5]);
    if (Number(iso[4]) > 23 || Number(iso[5]) > 59) return fail(`${value} is not a time that exists.`);
    if (!iso[8]) return ok({ date, minutes, instant: null, isAmbiguous: false });
    const zone = iso[8] === 'Z' ? 'Z' : iso[8].replace(/^([+-]\d{2}):?(\d{2})$/, '$1:$2');
    const instant = new Date(`${date}T${iso[4]}:${iso[5]}:${iso[6] ?? '00'}${iso[7] ?? ''}${zone}`);
    if (Number.isNaN(instant.getTime())) return fail(`${value} is not a time that exists.`);
    return ok({ date: instant.toISOString().slice(0, 10), minutes: null, instant, isAmbiguous: false });
  }
  const serial = /^\d{5}(\.\d+)?$/.exec(value);
  if (serial) {
    const number = Number(value);
    if (number < 20_000 || number > 80_000) return fail(`${value} is not a date.`);
    const days = Math.floor(number);
    const date = new Date(excelEpoch + days * dayMs).toISOString().slice(0, 10);
    const fraction = number - days;
    return ok({ date, minutes: fraction > 0 ? Math.round(fraction * 1440) : null, instant: null, isAmbiguous: false }, `${value} read as an Excel date, ${date}`);
  }
  const local = /^(\d{1,2})([/.-])(\d{1,2})\2(\d{2}|\d{4})(?:[ T,]+(.+))?$/.exec(value);
  if (local) {
    const first = Number(local[1]);
    const second = Number(local[3]);
    let year = Number(local[4]);
    if (local[4]!.length === 2) year += year < 70 ? 2000 : 1900;
    const minutes = readTime(local[5]);
    if (minutes === undefined) return fail(`"${local[5]}" in ${value} is not a time.`);
    // A dot is the European separator; otherwise the admin's order decides.
    const isAmbiguous = first <= 12 && second <= 12 && first !== second;
    let chosen: DateOrder = order;
    if (first > 12) chosen = 'dmy';
    else if (second > 12) chosen = 'mdy';
    const [month, day] = chosen === 'mdy' ? [first, second] : [second, first];
    const date = calendarDate(year, month, day);
    if (!date) return fail(`${value} is not a date that exists.`);
    return ok({ date, minutes, instant: null, isAmbiguous }, isAmbiguous ? `${value} read as ${date}` : undefined);
  }
  return fail(`"${value}" is not a date like 2026-03-04, 3/4/2026 or 04.03.2026.`);
}

/**
 * The instant a source date stands for. A timestamp with a zone is exact; a local time
 * is taken in `timeZone`; a date alone is noon of that day in `timeZone`, so a deal
 * closed on 2026-10-01 in New York counts in October there.
 */
/** Local days already placed in a zone: an export holds far fewer distinct days than rows. */
const placedDays = new Map<string, number>();

export function toInstant(value: SourceDate, timeZone: string): Date {
  if (value.instant) return value.instant;
  const key = `${timeZone} ${value.date} ${value.minutes ?? ''}`;
  let instant = placedDays.get(key);
  if (instant === undefined) {
    const [year, month, day] = value.date.split('-').map(Number) as [number, number, number];
    instant = zonedTimeToInstant({ year, month, day, minutes: value.minutes ?? 12 * 60 }, timeZone).getTime();
    if (placedDays.size >= 50_000) placedDays.clear();
    placedDays.set(key, instant);
  }
  return new Date(instant);
}

const trueWords = new Set(['true', '1', 'yes', 'y', 'x', 'won', 'wahr', 'oui', 'ja', 'si', 'sí']);
const falseWords = new Set(['false', '0', 'no', 'n', '', 'lost', 'falsch', 'non', 'nein']);

export function readBoolean(text: string): ReadResult<boolean> {
  const value = text.trim().toLowerCase();
  if (trueWords.has(value)) return ok(true);
  if (falseWords.has(value)) return ok(false);
  return fail(`"${text}" is not true or false.`);
}

const checksumAlphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ012345';

/** Salesforce's 18-character, case-safe form of a 15-character id. */
export function toSalesforceId18(id15: string): string {
  let suffix = '';
  for (let chunk = 0; chunk < 3; chunk += 1) {
    let flags = 0;
    for (let index = 0; index < 5; index += 1) {
      const character = id15[chunk * 5 + index]!;
      if (character >= 'A' && character <= 'Z') flags |= 1 << index;
    }
    suffix += checksumAlphabet[flags];
  }
  return id15 + suffix;
}

/** An id Excel has turned into a number: 3.44689944309E+11. */
export function isExcelMangledId(text: string): boolean {
  return /^\d+(\.\d+)?E\+?\d+$/i.test(text.trim());
}

/**
 * The key an external id is stored under. Salesforce ids are case-sensitive in 15
 * characters, so those become the 18-character form; other sources' ids are trimmed.
 */
export function readExternalId(text: string, isSalesforce: boolean): ReadResult<string> {
  const value = text.trim();
  if (value === '') return fail('The row has no id.');
  if (isExcelMangledId(value)) return fail(`The id ${value} was turned into a number by a spreadsheet; export the file again without opening it in Excel.`);
  if (value.length > 200) return fail('The id is longer than 200 characters.');
  if (isSalesforce && /^[A-Za-z0-9]{15}$/.test(value)) return ok(toSalesforceId18(value));
  if (isSalesforce && /^[A-Za-z0-9]{18}$/.test(value)) return ok(value.slice(0, 15) + value.slice(15).toUpperCase());
  return ok(value);
}

/** A three-letter currency code, upper-cased, or null when the text holds none. */
/** Codes already checked (a file repeats a handful of them on every row). */
const knownCurrencies = new Map<string, boolean>();

export function readCurrency(text: string): ReadResult<string | null> {
  const value = text.trim().toUpperCase();
  if (value === '') return ok(null);
  if (!/^[A-Z]{3}$/.test(value)) return fail(`"${text}" is not a currency code like USD.`);
  let isKnown = knownCurrencies.get(value);
  if (isKnown === undefined) {
    try {
      new Intl.NumberFormat('en', { style: 'currency', currency: value });
      isKnown = true;
    } catch {
      isKnown = false;
    }
    knownCurrencies.set(value, isKnown);
  }
  return isKnown ? ok(value) : fail(`"${text}" is not a currency code like USD.`);
}
