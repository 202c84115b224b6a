import { describe, expect, it } from 'vitest';
import { amountText, parseAmountText, toForecastInput } from './forecast-input';

describe('parseAmountText', () => {
  it('reads major units into minor units of the currency', () => {
    expect(parseAmountText('12500', 'USD')).toBe(1_250_000);
    expect(parseAmountText(' 12500.5 ', 'EUR')).toBe(1_250_050);
    expect(parseAmountText('99,99', 'EUR')).toBe(9_999);
    expect(parseAmountText('1200', 'JPY')).toBe(1_200);
  });

  it('refuses what is not an amount', () => {
    expect(parseAmountText('', 'USD')).toBeNull();
    expect(parseAmountText('-5', 'USD')).toBeNull();
    expect(parseAmountText('12,500.00', 'USD')).toBeNull();
    expect(parseAmountText('ten', 'USD')).toBeNull();
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
