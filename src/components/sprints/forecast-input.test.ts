import { describe, expect, it } from 'vitest';
import { amountText, toForecastInput } from './forecast-input';

describe('forecast amounts', () => {
  it('reads major units into minor units of the currency, as every money field does', () => {
    const commitOf = (text: string, currency: string) => toForecastInput({ commitText: text, bestCaseText: '1000000', goals: {} }, currency).input?.commitMinor;
    expect(commitOf('12500', 'USD')).toBe(1_250_000);
    expect(commitOf(' 12500.5 ', 'EUR')).toBe(1_250_050);
    expect(commitOf('99,99', 'EUR')).toBe(9_999);
    expect(commitOf('12,500.00', 'USD')).toBe(1_250_000);
    expect(commitOf('1200', 'JPY')).toBe(1_200);
  });

  it('refuses what is not an amount, a negative one, and decimals the currency does not have', () => {
    const errorOf = (text: string, currency = 'USD') => toForecastInput({ commitText: text, bestCaseText: '1', goals: {} }, currency).errors?.commitMinor;
    expect(errorOf('')).toBe('Enter your commit');
    expect(errorOf('-5')).toBe('Enter a number, like 12500');
    expect(errorOf('ten')).toBe('Enter a number, like 12500');
    expect(errorOf('10.555')).toBe('Use at most 2 decimals');
  });

  it('shows minor units again in major units', () => {
    expect(amountText(1_250_050, 'USD')).toBe('12500.5');
    expect(amountText(null, 'USD')).toBe('');
  });
});

describe('toForecastInput', () => {
  it('builds the contract input with the chosen deals', () => {
    const result = toForecastInput({ commitText: '100', bestCaseText: '150', goals: { a: 'CLOSE', b: '', c: 'ADVANCE' } }, 'USD');
    expect(result.errors).toBeNull();
    expect(result.input).toEqual({
      commitMinor: 10_000,
      bestCaseMinor: 15_000,
      commitments: [
        { dealId: 'a', goal: 'CLOSE' },
        { dealId: 'c', goal: 'ADVANCE' },
      ],
    });
  });

  it('puts each problem next to its field', () => {
    expect(toForecastInput({ commitText: '', bestCaseText: 'x', goals: {} }, 'USD').errors).toEqual({
      commitMinor: 'Enter your commit',
      bestCaseMinor: 'Enter a number, like 15000',
    });
    expect(toForecastInput({ commitText: '200', bestCaseText: '100', goals: {} }, 'USD').errors).toEqual({
      bestCaseMinor: 'The best case cannot be below the commit',
    });
  });
});
