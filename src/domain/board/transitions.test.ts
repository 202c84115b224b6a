import { describe, expect, it } from 'vitest';
import { dealStages, openDealStages, type TDealStage } from '@/schemas/deal';
import { BoardRuleError, type BoardRuleErrorCode } from './board-rule-error';
import { closeDateToleranceMilliseconds, isDealClosed, planClose, planMove, planReopen } from './transitions';

function refusalOf(run: () => unknown): { code: BoardRuleErrorCode; message: string } {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(BoardRuleError);
    return { code: (error as BoardRuleError).code, message: (error as BoardRuleError).message };
  }
  throw new Error('Expected the transition to be refused');
}

const now = new Date('2026-11-20T15:00:00Z');
const openDeal = { stage: 'IN_PROGRESS' as TDealStage, outcome: null, amountMinor: 1_250_000 };
const wonDeal = { stage: 'COMPLETED' as TDealStage, outcome: 'WON' as const, amountMinor: 1_250_000 };

describe('planMove', () => {
  it.each(openDealStages.flatMap((from) => openDealStages.map((to) => [from, to] as const)))('moves an open deal from %s to %s', (from, to) => {
    expect(planMove({ stage: from, outcome: null }, to)).toEqual({ stage: to, isStageChange: from !== to });
  });

  it('refuses to close a deal through a move', () => {
    expect(refusalOf(() => planMove(openDeal, 'COMPLETED'))).toEqual({
      code: 'INVALID_TRANSITION',
      message: 'Closing a deal needs an outcome: use close.',
    });
  });

  it.each(dealStages)('refuses to move a closed deal to %s', (target) => {
    const refusal = refusalOf(() => planMove(wonDeal, target));
    expect(refusal.code).toBe('INVALID_TRANSITION');
    expect(refusal.message).toContain('Reopen the deal first');
  });

  it('treats an open-stage deal that carries an outcome as closed', () => {
    expect(isDealClosed({ stage: 'TODO', outcome: 'LOST' })).toBe(true);
    expect(isDealClosed({ stage: 'TODO', outcome: null })).toBe(false);
    expect(isDealClosed({ stage: 'COMPLETED' })).toBe(true);
    expect(() => planMove({ stage: 'TODO', outcome: 'LOST' }, 'BACKLOG')).toThrow(BoardRuleError);
  });
});

describe('planClose', () => {
  it('closes a won deal at its own amount, now', () => {
    expect(planClose(openDeal, { outcome: 'WON' }, now)).toEqual({ outcome: 'WON', closedAmountMinor: 1_250_000, closedAt: now });
  });

  it('records a different amount won and a past close date when given', () => {
    const closedAt = new Date('2026-11-18T10:00:00Z');
    expect(planClose(openDeal, { outcome: 'WON', closedAmountMinor: 990_000, closedAt }, now)).toEqual({
      outcome: 'WON',
      closedAmountMinor: 990_000,
      closedAt,
    });
    expect(planClose(openDeal, { outcome: 'WON', closedAmountMinor: 0 }, now).closedAmountMinor).toBe(0);
  });

  it('records no amount for a lost deal, even if one is given', () => {
    expect(planClose(openDeal, { outcome: 'LOST' }, now)).toEqual({ outcome: 'LOST', closedAmountMinor: null, closedAt: now });
    expect(planClose(openDeal, { outcome: 'LOST', closedAmountMinor: 500 }, now).closedAmountMinor).toBeNull();
  });

  it('closes from any open stage', () => {
    for (const stage of openDealStages) {
      expect(planClose({ stage, amountMinor: 1 }, { outcome: 'WON' }, now).outcome).toBe('WON');
    }
  });

  it('refuses to close a deal twice', () => {
    expect(refusalOf(() => planClose(wonDeal, { outcome: 'LOST' }, now)).code).toBe('INVALID_TRANSITION');
  });

  it('allows a close date a few minutes ahead (clock drift) but not further', () => {
    const atTheLimit = new Date(now.getTime() + closeDateToleranceMilliseconds);
    expect(planClose(openDeal, { outcome: 'WON', closedAt: atTheLimit }, now).closedAt).toBe(atTheLimit);
    const justPast = new Date(atTheLimit.getTime() + 1);
    expect(refusalOf(() => planClose(openDeal, { outcome: 'WON', closedAt: justPast }, now))).toEqual({
      code: 'INVALID_CLOSE',
      message: 'The close date cannot be in the future.',
    });
    const nextWeek = new Date('2026-11-27T15:00:00Z');
    expect(refusalOf(() => planClose(openDeal, { outcome: 'LOST', closedAt: nextWeek }, now)).code).toBe('INVALID_CLOSE');
  });

  it('refuses an invalid date or amount', () => {
    expect(refusalOf(() => planClose(openDeal, { outcome: 'WON', closedAt: new Date('nonsense') }, now)).code).toBe('INVALID_CLOSE');
    expect(refusalOf(() => planClose(openDeal, { outcome: 'WON', closedAmountMinor: -1 }, now)).code).toBe('INVALID_CLOSE');
    expect(refusalOf(() => planClose(openDeal, { outcome: 'WON', closedAmountMinor: 12.5 }, now)).code).toBe('INVALID_CLOSE');
  });
});

describe('planReopen', () => {
  it('clears the outcome, amount and date and returns the deal to In progress by default', () => {
    expect(planReopen(wonDeal)).toEqual({ stage: 'IN_PROGRESS', outcome: null, closedAmountMinor: null, closedAt: null });
  });

  it('reopens to the open stage asked for', () => {
    expect(planReopen({ stage: 'COMPLETED', outcome: 'LOST' }, 'BACKLOG').stage).toBe('BACKLOG');
  });

  it('refuses to reopen an open deal', () => {
    for (const stage of openDealStages) {
      expect(refusalOf(() => planReopen({ stage, outcome: null }))).toEqual({
        code: 'INVALID_TRANSITION',
        message: 'Only a closed deal can be reopened.',
      });
    }
  });

  it('refuses to reopen into COMPLETED', () => {
    // Only reachable from untyped input; the type already forbids it.
    expect(refusalOf(() => planReopen(wonDeal, 'COMPLETED' as never)).code).toBe('INVALID_TRANSITION');
  });
});
