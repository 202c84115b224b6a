import { describe, expect, it } from 'vitest';
import type { TBoard, TDealCard } from '@/schemas/deal';
import { belongsOnBoard } from './use-board-data';
import { buildDealCard } from '@/domain/board/deal-card-fixture';

const card: TDealCard = buildDealCard({
  id: 'deal-1',
  account: 'Acme Corp',
  title: 'Renewal',
  teamId: 'team-ny',
  version: 2,
  stageChangedAt: '2026-11-02T15:00:00.000Z',
  createdAt: '2026-10-01T15:00:00.000Z',
  updatedAt: '2026-11-02T15:00:00.000Z',
});

const board: TBoard = {
  scope: { kind: 'team', teamId: 'team-ny' },
  title: 'NY Enterprise',
  teams: [
    {
      id: 'team-ny',
      name: 'NY Enterprise',
      colour: '#2563eb',
      officeId: 'office-ny',
      staleAfterDays: 14,
      locale: 'en-US',
      currency: 'USD',
      timeZone: 'America/New_York',
    },
  ],
  lanes: [],
  deals: [],
  completedMonth: '2026-11',
  sequence: 10,
  generatedAt: '2026-11-20T12:00:00.000Z',
};

describe('belongsOnBoard', () => {
  it('keeps open deals of the board’s teams and drops those handed to another team', () => {
    expect(belongsOnBoard(board, card)).toBe(true);
    expect(belongsOnBoard(board, { ...card, teamId: 'team-london' })).toBe(false);
  });

  it('keeps only the rep’s own deals on a rep’s board', () => {
    const repBoard = { ...board, scope: { kind: 'rep' as const, userId: 'rep-2' } };
    expect(belongsOnBoard(repBoard, card)).toBe(false);
    expect(belongsOnBoard(repBoard, { ...card, ownerId: 'rep-2' })).toBe(true);
  });

  it('keeps a completed deal only in the month it closed, read in the office’s zone', () => {
    const completed = { ...card, stage: 'COMPLETED' as const, outcome: 'WON' as const };
    expect(belongsOnBoard(board, { ...completed, closedAt: '2026-11-15T15:00:00.000Z' })).toBe(true);
    // 1 December 02:00 UTC is still 30 November in New York.
    expect(belongsOnBoard(board, { ...completed, closedAt: '2026-12-01T02:00:00.000Z' })).toBe(true);
    expect(belongsOnBoard(board, { ...completed, closedAt: '2026-12-01T06:00:00.000Z' })).toBe(false);
    expect(belongsOnBoard(board, { ...completed, closedAt: '2026-10-31T12:00:00.000Z' })).toBe(false);
  });
});
