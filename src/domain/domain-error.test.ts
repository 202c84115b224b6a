import { describe, expect, it } from 'vitest';
import { DomainError, isDomainError } from './domain-error';
import { BoardRuleError } from './board/board-rule-error';
import { PacingError } from './pacing/pacing-error';
import { ForecastError } from './forecast/forecast-error';

describe('DomainError', () => {
  it('is the one class behind every area’s errors, each keeping its name and area', () => {
    const errors = [
      new BoardRuleError('FORBIDDEN', 'Reps can only move their own deals.'),
      new PacingError('MISSING_EXCHANGE_RATE', 'No GBP rate for 2026-12.'),
      new ForecastError('INVALID_INPUT', 'runs must be a whole number from 10 to 100,000.'),
    ];
    expect(errors.map((error) => error instanceof DomainError)).toEqual([true, true, true]);
    expect(errors.map((error) => [error.name, error.area, error.code])).toEqual([
      ['BoardRuleError', 'board', 'FORBIDDEN'],
      ['PacingError', 'pacing', 'MISSING_EXCHANGE_RATE'],
      ['ForecastError', 'forecast', 'INVALID_INPUT'],
    ]);
  });

  it('tells areas apart', () => {
    const pacing = new PacingError('INVALID_INPUT', 'Business hours end before they start.');
    expect(isDomainError(pacing)).toBe(true);
    expect(isDomainError(pacing, 'pacing')).toBe(true);
    expect(isDomainError(pacing, 'board')).toBe(false);
    expect(isDomainError(new BoardRuleError('INVALID_CLOSE', 'x'), 'pacing')).toBe(false);
    expect(isDomainError(new Error('x'))).toBe(false);
    expect(isDomainError({ area: 'board', code: 'FORBIDDEN', message: 'x' })).toBe(false);
  });
});
