import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { formatMoney, minorUnitDigits, parseMinorUnitsInput, parseMoneyInput, toMajorUnits, toMinorUnits } from './money';

describe('money', () => {
  it('knows how many minor units each currency has', () => {
    expect(minorUnitDigits('USD')).toBe(2);
    expect(minorUnitDigits('JPY')).toBe(0);
    expect(minorUnitDigits('KWD')).toBe(3);
  });

  it('converts between minor and major units without drifting', () => {
    expect(toMajorUnits(11_600_000, 'USD')).toBe(116_000);
    expect(toMinorUnits(19.99, 'GBP')).toBe(1999);
    expect(toMinorUnits(1500, 'JPY')).toBe(1500);
  });

  it("formats in the office's own locale and currency", () => {
    expect(formatMoney(11_600_000, 'USD', 'en-US')).toBe('$116,000.00');
    expect(formatMoney(1_234_550, 'GBP', 'en-GB')).toBe('£12,345.50');
    expect(formatMoney(1_234_550, 'EUR', 'de-DE')).toBe('12.345,50\u00a0€');
    expect(formatMoney(11_600_000, 'USD', 'en-US', { compact: true })).toBe('$116K');
  });
});

describe('parseMoneyInput', () => {
  it.each([
    ['12500', 'USD', 1_250_000],
    [' 12500.5 ', 'EUR', 1_250_050],
    ['12,345.50', 'USD', 1_234_550],
    ['12.345,50', 'EUR', 1_234_550],
    ['99,99', 'EUR', 9_999],
    ['1,500', 'USD', 150_000],
    ['1.5', 'USD', 150],
    ['1.500.000', 'JPY', 1_500_000],
    ['$12 500', 'USD', 1_250_000],
    ["1'250'000", 'CHF', 125_000_000],
    ['1200', 'JPY', 1_200],
    ['1.250', 'KWD', 1_250],
    ['.5', 'USD', 50],
    ['-5', 'USD', -500],
  ] as const)('reads %j in %s as %d minor units', (text, currency, amountMinor) => {
    expect(parseMoneyInput(text, currency)).toEqual({ ok: true, amountMinor });
  });

  it('reads an empty field as no amount', () => {
    expect(parseMoneyInput('', 'USD')).toEqual({ ok: true, amountMinor: null });
    expect(parseMoneyInput('   ', 'USD')).toEqual({ ok: true, amountMinor: null });
  });

  it('refuses what is not an amount, and decimals the currency does not have', () => {
    for (const text of ['ten', '12abc', '-', '.', '1,25,00', '1.2.3', '12,500.50.1', '1e5', '--5', '5-']) {
      expect(parseMoneyInput(text, 'USD')).toEqual({ ok: false, problem: 'not-an-amount' });
    }
    expect(parseMoneyInput('12.345', 'USD')).toEqual({ ok: false, problem: 'too-many-decimals' });
    expect(parseMoneyInput('1.5', 'JPY')).toEqual({ ok: false, problem: 'too-many-decimals' });
    expect(parseMoneyInput('99999999999999999999', 'USD')).toEqual({ ok: false, problem: 'not-an-amount' });
  });

  it('reads back any amount written with grouped thousands and the currency’s decimals', () => {
    fc.assert(
      fc.property(fc.constantFrom(0, 2, 3), fc.integer({ min: 0, max: 10 ** 13 }), fc.boolean(), (digits, amountMinor, isGrouped) => {
        const scale = 10 ** digits;
        const whole = Math.floor(amountMinor / scale);
        const wholeText = isGrouped ? whole.toLocaleString('en-US') : String(whole);
        const text = digits === 0 ? wholeText : `${wholeText}.${String(amountMinor % scale).padStart(digits, '0')}`;
        expect(parseMinorUnitsInput(text, digits)).toEqual({ ok: true, amountMinor });
      }),
    );
  });

  it('reads back what toMajorUnits shows, in either decimal separator', () => {
    fc.assert(
      fc.property(fc.integer({ min: -(10 ** 12), max: 10 ** 12 }), fc.constantFrom('.', ','), (amountMinor, separator) => {
        const text = String(toMajorUnits(amountMinor, 'EUR')).replace('.', separator);
        expect(parseMoneyInput(text, 'EUR')).toEqual({ ok: true, amountMinor });
      }),
    );
  });
});
