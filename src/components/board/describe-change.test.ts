import { describe, expect, it } from 'vitest';
import type { TDealCard, TDealChange } from '@/schemas/deal';
import { describeChange } from './describe-change';

const deal: TDealCard = {
  id: 'deal-1',
  account: 'Acme Corp',
  title: 'Renewal 2027',
  amountMinor: 1_200_000,
  currency: 'USD',
  stage: 'IN_PROGRESS',
  outcome: null,
  closedAmountMinor: null,
  closedAt: null,
  expectedCloseDate: '2026-11-30',
  ownerId: 'rep-1',
  teamId: 'team-1',
  position: 1024,
  noteworthy: false,
  notes: '',
  version: 3,
  stageChangedAt: '2026-11-03T19:05:00.000Z',
  createdAt: '2026-10-01T12:00:00.000Z',
  updatedAt: '2026-11-03T19:05:00.000Z',
  deletedAt: null,
};

function change(overrides: Partial<TDealChange>): TDealChange {
  return {
    sequence: 7,
    type: 'MOVED',
    dealId: deal.id,
    teamId: deal.teamId,
    previousTeamId: null,
    actorId: 'rep-2',
    actorName: 'Dana Reyes',
    occurredAt: '2026-11-03T19:05:00.000Z',
    before: { stage: 'TODO' },
    deal,
    ...overrides,
  };
}

const wording = {
  nameOf: (id: string) => ({ 'rep-1': 'Sam Lee' })[id],
  locale: 'en-GB',
  timeZone: 'America/New_York',
  now: new Date('2026-11-20T12:00:00Z'),
};

describe('describeChange', () => {
  it('says who moved the deal between which columns, and when in the office zone', () => {
    expect(describeChange(change({}), wording)).toEqual({
      summary: 'Dana Reyes moved it from To do to In progress',
      when: '3 Nov, 14:05',
    });
  });

  it('describes a reorder, a handover, a close and a reopen', () => {
    expect(describeChange(change({ before: { stage: 'IN_PROGRESS' } }), wording).summary).toBe(
      'Dana Reyes reordered it within In progress',
    );
    expect(describeChange(change({ type: 'REASSIGNED', before: { stage: 'IN_PROGRESS', ownerId: 'rep-2' } }), wording).summary).toBe(
      'Dana Reyes gave it to Sam Lee',
    );
    const won = { ...deal, stage: 'COMPLETED' as const, outcome: 'WON' as const, closedAmountMinor: 1_150_000 };
    expect(describeChange(change({ type: 'CLOSED', deal: won }), wording).summary).toBe('Dana Reyes closed it as won (US$11,500.00)');
    expect(describeChange(change({ type: 'REOPENED', before: { stage: 'COMPLETED' } }), wording).summary).toBe(
      'Dana Reyes reopened it into In progress',
    );
  });

  it('lists the fields an edit changed', () => {
    const edited = change({
      type: 'UPDATED',
      before: { amountMinor: 1_000_000, noteworthy: true, expectedCloseDate: '2026-11-30' },
      deal: { ...deal, expectedCloseDate: null },
    });
    expect(describeChange(edited, wording).summary).toBe(
      'Dana Reyes changed the amount from US$10,000.00 to US$12,000.00, cleared the expected close date and unmarked it as noteworthy',
    );
  });

  it('names the deal in a board notice and copes with an unknown actor', () => {
    const notice = describeChange(change({ actorName: null }), { ...wording, subject: 'Acme Corp' });
    expect(notice.summary).toBe('Someone moved Acme Corp from To do to In progress');
  });
});
