import { describe, expect, it } from 'vitest';
import {
  checkStageWeights,
  closedWonAmountMinor,
  closedWonEntries,
  defaultStageWeights,
  isClosedWonWithin,
  isOpenAndExpectedIn,
  weightedOpenAmountMinor,
} from './deal-contributions';
import { buildPacingDeal } from './pacing-deal-fixture';

const deal = buildPacingDeal;

describe('weighted open amounts', () => {
  it('weighs each open stage with the default weights', () => {
    expect(weightedOpenAmountMinor(deal({ stage: 'IN_PROGRESS' }), defaultStageWeights)).toBe(800_000);
    expect(weightedOpenAmountMinor(deal({ stage: 'TODO' }), defaultStageWeights)).toBe(300_000);
    expect(weightedOpenAmountMinor(deal({ stage: 'BACKLOG' }), defaultStageWeights)).toBe(0);
    expect(weightedOpenAmountMinor(deal({ stage: 'COMPLETED', outcome: 'WON' }), defaultStageWeights)).toBe(0);
  });

  it("uses the team's own weights and rounds each deal to a whole minor unit, half up", () => {
    const weights = { BACKLOG: 100, TODO: 500, IN_PROGRESS: 950 };
    expect(weightedOpenAmountMinor(deal({ stage: 'BACKLOG', amountMinor: 12_345 }), weights)).toBe(1_235);
    expect(weightedOpenAmountMinor(deal({ stage: 'TODO', amountMinor: 3 }), weights)).toBe(2);
    expect(weightedOpenAmountMinor(deal({ stage: 'IN_PROGRESS', amountMinor: 1 }), weights)).toBe(1);
  });

  it('rejects weights outside 0 to 1000 per mille', () => {
    expect(() => checkStageWeights({ BACKLOG: 0, TODO: 300, IN_PROGRESS: 1200 }, 'team Falcons')).toThrow(/IN_PROGRESS weight of team Falcons/);
    expect(() => checkStageWeights({ BACKLOG: 0, TODO: 30.5, IN_PROGRESS: 800 }, 'team Falcons')).toThrow(/TODO/);
  });
});

describe('which deals count towards a month', () => {
  it('counts open deals expected to close in the month', () => {
    expect(isOpenAndExpectedIn(deal({ expectedCloseDate: '2026-11-01' }), '2026-11')).toBe(true);
    expect(isOpenAndExpectedIn(deal({ expectedCloseDate: '2026-11-30' }), '2026-11')).toBe(true);
    expect(isOpenAndExpectedIn(deal({ expectedCloseDate: '2026-12-01' }), '2026-11')).toBe(false);
    expect(isOpenAndExpectedIn(deal({ expectedCloseDate: '2026-10-31' }), '2026-11')).toBe(false);
    expect(isOpenAndExpectedIn(deal({ expectedCloseDate: null }), '2026-11')).toBe(false);
    expect(isOpenAndExpectedIn(deal({ stage: 'COMPLETED', outcome: 'LOST' }), '2026-11')).toBe(false);
  });

  it('counts won deals closed inside the range, with what was actually closed', () => {
    const range = { start: new Date('2026-11-01T04:00:00Z'), end: new Date('2026-12-01T05:00:00Z') };
    const won = deal({ stage: 'COMPLETED', outcome: 'WON', closedAt: new Date('2026-11-01T04:00:00Z'), closedAmountMinor: 900_000 });
    expect(isClosedWonWithin(won, range)).toBe(true);
    expect(closedWonAmountMinor(won)).toBe(900_000);
    expect(closedWonAmountMinor({ ...won, closedAmountMinor: null })).toBe(1_000_000);
    expect(isClosedWonWithin({ ...won, closedAt: new Date('2026-12-01T05:00:00Z') }, range)).toBe(false);
    expect(isClosedWonWithin({ ...won, closedAt: new Date('2026-11-01T03:59:59.999Z') }, range)).toBe(false);
    expect(isClosedWonWithin({ ...won, outcome: 'LOST' }, range)).toBe(false);
  });

  it('lists won deals for the burn-down', () => {
    const closedAt = new Date('2026-11-05T15:00:00Z');
    const deals = [
      deal({ id: 'won', stage: 'COMPLETED', outcome: 'WON', closedAt, closedAmountMinor: 5 }),
      deal({ id: 'lost', stage: 'COMPLETED', outcome: 'LOST', closedAt }),
      deal({ id: 'open' }),
    ];
    expect(closedWonEntries(deals)).toEqual([{ closedAt, amountMinor: 5 }]);
  });
});
