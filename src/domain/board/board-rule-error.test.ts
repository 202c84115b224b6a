import { describe, expect, it } from 'vitest';
import { isDomainError } from '@/domain/domain-error';
import { BoardRuleError } from './board-rule-error';

describe('BoardRuleError', () => {
  it('carries a code and a human message and is a real Error', () => {
    const error = new BoardRuleError('FORBIDDEN', 'Reps can only move their own deals');
    expect(error).toBeInstanceOf(Error);
    expect(error.name).toBe('BoardRuleError');
    expect(error.code).toBe('FORBIDDEN');
    expect(error.message).toBe('Reps can only move their own deals');
    expect(error.stack).toContain('BoardRuleError');
  });

  it('tells board rule errors apart from other errors', () => {
    expect(isDomainError(new BoardRuleError('INVALID_CLOSE', 'x'), 'board')).toBe(true);
    expect(isDomainError(new Error('x'), 'board')).toBe(false);
    expect(isDomainError({ code: 'FORBIDDEN', message: 'x' }, 'board')).toBe(false);
  });
});
