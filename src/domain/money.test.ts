import { describe, expect, it } from 'vitest';
import { formatMoney, minorUnitDigits, toMajorUnits, toMinorUnits } from './money';

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
