import { describe, expect, it } from 'vitest';
import { planDealWrite, planWebhookDeal, type CurrentDeal } from './plan-webhook-deal';
import type { FieldClock } from './field-clock';

const at = (minute: number) => new Date(Date.UTC(2026, 11, 3, 10, minute)).toISOString();
const stamp = (value: string | null, minute: number, eventId = `e${minute}`) => ({ value, at: at(minute), eventId });
const owners: Record<string, string> = { '777': 'user-ada' };
const plan = (clock: FieldClock, exists = false) =>
  planWebhookDeal({ source: 'hubspot', externalId: '501', clock, exists, stages: { custom: 'TODO', wrapup: 'COMPLETED' }, resolveOwner: (reference) => owners[reference] ?? null, currency: 'USD' });

describe('planning a deal from what the source said', () => {
  it('closes a deal won when the newest stage is closedwon', () => {
    const result = plan({ stage: stamp('closedwon', 2), outcome: stamp('WON', 2), amount: stamp('1500.50', 1), owner: stamp('777', 0), title: stamp('Rollout', 0) });
    expect(result).toEqual({
      waiting: null,
      problem: null,
      values: { isDeleted: false, title: 'Rollout', account: 'Rollout', amountMinor: 150_050, stage: 'COMPLETED', outcome: 'WON', closedAt: new Date(at(2)), ownerId: 'user-ada' },
    });
  });

  it('follows a newer open stage after a close (reopened in the CRM)', () => {
    const result = plan({ stage: stamp('custom', 5), outcome: stamp('WON', 2), owner: stamp('777', 0) }, true);
    expect(result.values).toMatchObject({ stage: 'TODO', outcome: null });
  });

  it('makes a new deal wait while its owner is unknown or not yet named', () => {
    expect(plan({ owner: stamp('999', 1) }).waiting).toMatch(/Owner "999" is not mapped/);
    expect(plan({ stage: stamp('custom', 1) }).waiting).toMatch(/not named the deal’s owner/);
    // An existing deal keeps its owner and still takes the other fields.
    expect(plan({ owner: stamp('999', 1), amount: stamp('10', 1) }, true)).toMatchObject({ waiting: expect.any(String), values: { amountMinor: 1000 } });
  });

  it('says what to map for an unknown stage, and refuses a Completed stage without an outcome', () => {
    expect(plan({ stage: stamp('mystery', 1), owner: stamp('777', 0) }).waiting).toMatch(/Stage "mystery"/);
    expect(plan({ stage: stamp('wrapup', 1), owner: stamp('777', 0) }).problem).toMatch(/won or lost/);
  });
});

const current: CurrentDeal = {
  title: 'Rollout', account: 'Acme', amountMinor: 1000, stage: 'IN_PROGRESS', outcome: null, closedAmountMinor: null, closedAt: null, expectedCloseDate: null, ownerId: 'user-ada', deletedAt: null,
};
const now = new Date('2026-12-03T12:00:00Z');

describe('planning the write', () => {
  it('writes nothing when the deal already agrees', () => {
    expect(planDealWrite(current, { isDeleted: false, title: 'Rollout', stage: 'IN_PROGRESS' }, now)).toBeNull();
  });

  it('closes with the closed amount and time', () => {
    expect(planDealWrite(current, { isDeleted: false, stage: 'COMPLETED', outcome: 'WON', closedAt: new Date(at(2)), amountMinor: 5000 }, now)).toEqual({
      type: 'CLOSED',
      isStageOrOwnerChanged: true,
      data: { amountMinor: 5000, stage: 'COMPLETED', stageChangedAt: now, outcome: 'WON', closedAt: new Date(at(2)), closedAmountMinor: 5000 },
    });
  });

  it('reopens, reassigns, moves, deletes and restores', () => {
    const closed: CurrentDeal = { ...current, stage: 'COMPLETED', outcome: 'WON', closedAt: now, closedAmountMinor: 1000 };
    expect(planDealWrite(closed, { isDeleted: false, stage: 'TODO', outcome: null }, now)?.type).toBe('REOPENED');
    expect(planDealWrite(current, { isDeleted: false, ownerId: 'user-bob' }, now)?.type).toBe('REASSIGNED');
    expect(planDealWrite(current, { isDeleted: false, stage: 'TODO' }, now)?.type).toBe('MOVED');
    expect(planDealWrite(current, { isDeleted: true }, now)).toEqual({ type: 'DELETED', data: { deletedAt: now }, isStageOrOwnerChanged: false });
    expect(planDealWrite({ ...current, deletedAt: now }, { isDeleted: true }, now)).toBeNull();
    expect(planDealWrite({ ...current, deletedAt: now }, { isDeleted: false }, now)?.type).toBe('RESTORED');
    expect(planDealWrite(current, { isDeleted: false, amountMinor: 2 }, now)?.type).toBe('UPDATED');
  });
});
