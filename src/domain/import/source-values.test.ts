import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { isExcelMangledId, readAmount, readBoolean, readDate, readExternalId, toInstant, toSalesforceId18 } from './source-values';

const amount = (text: string, currency = 'USD', decimal: '.' | ',' = '.') => {
  const result = readAmount(text, currency, decimal);
  return result.ok ? result.value : result.message;
};

describe('readAmount', () => {
  it('reads symbols, thousands separators, decimal commas and accounting negatives', () => {
    expect(amount('1,200.50')).toBe(120_050);
    expect(amount('$ 1,200.50')).toBe(120_050);
    expect(amount('1.200,50 €')).toBe(120_050);
    expect(amount('1 200,5')).toBe(120_050);
    expect(amount("1'200.50 CHF")).toBe(120_050);
    expect(amount('(1,200.00)')).toBe(-120_000);
    expect(amount('-€3.5')).toBe(-350);
    expect(amount('1,234,567')).toBe(123_456_700);
    expect(amount('12,5')).toBe(1_250);
    expect(amount('')).toBe(0);
    expect(amount('1000', 'JPY')).toBe(1_000);
    expect(amount('0.125', 'USD')).toBe(13);
  });

  it('reads a lone separator before three digits by the file decimal separator, and says so', () => {
    expect(readAmount('1,200', 'USD', '.')).toEqual({ ok: true, value: 120_000, note: '"1,200" read as a thousands separator' });
    expect(readAmount('1,200', 'USD', ',')).toMatchObject({ ok: true, value: 120 });
    expect(readAmount('1.200', 'USD', ',')).toMatchObject({ ok: true, value: 120_000 });
  });

  it('refuses what is not an amount', () => {
    expect(readAmount('about ten', 'USD')).toMatchObject({ ok: false });
    expect(readAmount('1,2,3.4.5', 'USD')).toMatchObject({ ok: false });
    expect(readAmount('12,34,567.00', 'USD')).toMatchObject({ ok: false });
  });

  it('reads back any amount written in US or European style (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1_999_999_999 }), fc.boolean(), (minor, isEuropean) => {
        const major = (minor / 100).toLocaleString(isEuropean ? 'de-DE' : 'en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 });
        expect(readAmount(major, 'USD', isEuropean ? ',' : '.')).toMatchObject({ ok: true, value: minor });
      }),
    );
  });
});

describe('readDate', () => {
  const read = (text: string, order: 'dmy' | 'mdy' = 'mdy') => readDate(text, order);
  it('reads ISO dates and Salesforce timestamps', () => {
    expect(read('2026-03-04')).toMatchObject({ ok: true, value: { date: '2026-03-04', instant: null, isAmbiguous: false } });
    const stamp = read('2026-03-04T23:30:00.000+0000');
    expect(stamp.ok && stamp.value.instant?.toISOString()).toBe('2026-03-04T23:30:00.000Z');
    expect(read('2026-03-04 15:00')).toMatchObject({ ok: true, value: { date: '2026-03-04', minutes: 900, instant: null } });
  });
  it('reads day and month order as asked when both could be the month, and marks it ambiguous', () => {
    expect(read('3/4/2026', 'mdy')).toMatchObject({ ok: true, value: { date: '2026-03-04', isAmbiguous: true } });
    expect(read('3/4/2026', 'dmy')).toMatchObject({ ok: true, value: { date: '2026-04-03', isAmbiguous: true } });
    expect(read('13/4/2026', 'mdy')).toMatchObject({ ok: true, value: { date: '2026-04-13', isAmbiguous: false } });
    expect(read('04.03.26', 'dmy')).toMatchObject({ ok: true, value: { date: '2026-03-04' } });
    expect(read('4/3/2026 5:30 PM', 'mdy')).toMatchObject({ ok: true, value: { date: '2026-04-03', minutes: 17 * 60 + 30 } });
  });
  it('reads Excel serial dates', () => {
    expect(read('46085')).toMatchObject({ ok: true, value: { date: '2026-03-04' } });
  });
  it('refuses dates that do not exist', () => {
    expect(read('2026-02-30')).toMatchObject({ ok: false });
    expect(read('31/31/2026')).toMatchObject({ ok: false });
    expect(read('next tuesday')).toMatchObject({ ok: false });
  });
  it('puts a date-only close on that day in the office zone', () => {
    const result = read('2026-10-01');
    if (!result.ok) throw new Error(result.message);
    const instant = toInstant(result.value, 'America/New_York');
    expect(instant.toISOString()).toBe('2026-10-01T16:00:00.000Z');
    expect(toInstant(result.value, 'Pacific/Auckland').toISOString()).toBe('2026-09-30T23:00:00.000Z');
  });
});

describe('ids and flags', () => {
  it('turns a Salesforce 15-character id into its 18-character form', () => {
    expect(toSalesforceId18('0063000000BzZvR')).toBe('0063000000BzZvRAAV');
    expect(readExternalId('0063000000BzZvR', true)).toEqual({ ok: true, value: '0063000000BzZvRAAV' });
    expect(readExternalId('0063000000BzZvRaav', true)).toEqual({ ok: true, value: '0063000000BzZvRAAV' });
    expect(readExternalId('0063000000BzZvR', false)).toEqual({ ok: true, value: '0063000000BzZvR' });
  });
  it('flags ids a spreadsheet turned into numbers', () => {
    expect(isExcelMangledId('3.44689944309E+11')).toBe(true);
    expect(readExternalId('3.44689944309E+11', false)).toMatchObject({ ok: false });
    expect(readExternalId(' ', false)).toMatchObject({ ok: false });
  });
  it('reads booleans as sources write them', () => {
    expect(readBoolean('TRUE')).toMatchObject({ value: true });
    expect(readBoolean('0')).toMatchObject({ value: false });
    expect(readBoolean('maybe')).toMatchObject({ ok: false });
  });
});
