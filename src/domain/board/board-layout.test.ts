import { describe, expect, it } from 'vitest';
import type { TBoardLane, TBoardTeam, TDealCard } from '@/schemas/deal';
import { boardSubtitle, canPlaceDeal, creatableOwners, groupLanesByTeam, lanesForCards, unknownLaneColour } from './board-layout';
import type { BoardActor } from './permissions';

const team = (id: string, overrides: Partial<TBoardTeam> = {}): TBoardTeam => ({
  id,
  name: id,
  colour: '#000000',
  officeId: 'office',
  staleAfterDays: 14,
  locale: 'en-US',
  currency: 'USD',
  timeZone: 'America/New_York',
  ...overrides,
});
const lane = (userId: string, teamId: string | null, overrides: Partial<TBoardLane> = {}): TBoardLane => ({
  userId,
  name: userId,
  colour: '#123456',
  teamId,
  active: true,
  ...overrides,
});
const card = (overrides: Partial<TDealCard> = {}): TDealCard =>
  ({ id: 'deal', ownerId: 'rep-1', teamId: 'north', stage: 'TODO', currency: 'USD', ...overrides }) as TDealCard;
const actor = (overrides: Partial<BoardActor> = {}): BoardActor => ({ id: 'rep-1', role: 'REP', teamId: 'north', ledTeamIds: [], managedTeamIds: [], ...overrides });

describe('lanesForCards', () => {
  it('adds one plain lane for each owner the board did not list', () => {
    const lanes = lanesForCards([lane('rep-1', 'north')], [card({ ownerId: 'rep-1' }), card({ ownerId: 'gone' }), card({ ownerId: 'gone' })]);
    expect(lanes.map((each) => each.userId)).toEqual(['rep-1', 'gone']);
    expect(lanes[1]).toMatchObject({ name: 'Another rep', colour: unknownLaneColour, teamId: 'north' });
  });
});

describe('groupLanesByTeam', () => {
  it('keeps a one-team board as one group', () => {
    expect(groupLanesByTeam([team('north')], [lane('a', 'north')])).toEqual([{ team: team('north'), lanes: [lane('a', 'north')] }]);
    expect(groupLanesByTeam([], [lane('a', null)])).toEqual([{ team: null, lanes: [lane('a', null)] }]);
  });

  it('groups lanes under their teams in the board’s order, the rest last, empty teams left out', () => {
    const groups = groupLanesByTeam([team('south'), team('north'), team('empty')], [lane('a', 'north'), lane('b', 'south'), lane('c', 'elsewhere'), lane('d', 'north')]);
    expect(groups.map((group) => [group.team?.id ?? null, group.lanes.map((each) => each.userId)])).toEqual([
      ['south', ['b']],
      ['north', ['a', 'd']],
      [null, ['c']],
    ]);
  });
});

describe('canPlaceDeal', () => {
  const lead = actor({ id: 'lead', role: 'LEAD', ledTeamIds: ['north'] });

  it('lets a rep move their own deal between columns but not into a colleague’s lane', () => {
    expect(canPlaceDeal(actor(), card(), 'rep-1', 'IN_PROGRESS', lane('rep-1', 'north'))).toBe(true);
    expect(canPlaceDeal(actor(), card(), 'rep-2', 'TODO', lane('rep-2', 'north'))).toBe(false);
    expect(canPlaceDeal(actor(), card({ ownerId: 'rep-2' }), 'rep-2', 'IN_PROGRESS', lane('rep-2', 'north'))).toBe(false);
  });

  it('lets a lead hand an open deal to another rep of the team, but closing keeps the owner', () => {
    expect(canPlaceDeal(lead, card(), 'rep-2', 'TODO', lane('rep-2', 'north'))).toBe(true);
    expect(canPlaceDeal(lead, card(), 'rep-2', 'TODO', undefined)).toBe(false);
    expect(canPlaceDeal(lead, card(), 'rep-2', 'TODO', lane('rep-2', 'north', { active: false }))).toBe(false);
    expect(canPlaceDeal(lead, card(), 'rep-2', 'COMPLETED', lane('rep-2', 'north'))).toBe(false);
    expect(canPlaceDeal(lead, card(), 'rep-1', 'COMPLETED', lane('rep-1', 'north'))).toBe(true);
    expect(canPlaceDeal(lead, card({ stage: 'COMPLETED' }), 'rep-2', 'TODO', lane('rep-2', 'north'))).toBe(false);
  });
});

describe('creatableOwners', () => {
  it('lists the active reps the actor may create for, with their team’s currency', () => {
    const board = {
      teams: [team('north'), team('paris', { currency: 'EUR' })],
      lanes: [lane('rep-1', 'north'), lane('rep-2', 'north'), lane('old', 'north', { active: false }), lane('marie', 'paris')],
    };
    expect(creatableOwners(actor(), board)).toEqual([{ id: 'rep-1', name: 'rep-1', currency: 'USD' }]);
    const admin = actor({ id: 'admin', role: 'ADMIN', teamId: null });
    expect(creatableOwners(admin, board).map((owner) => [owner.id, owner.currency])).toEqual([
      ['rep-1', 'USD'],
      ['rep-2', 'USD'],
      ['marie', 'EUR'],
    ]);
  });
});

describe('boardSubtitle', () => {
  it('says the currency and when deals go stale, or how many teams', () => {
    expect(boardSubtitle({ teams: [team('north')], scope: { kind: 'team', teamId: 'north' } })).toBe('Amounts in USD · stale after 14 days in a column');
    expect(boardSubtitle({ teams: [team('north')], scope: { kind: 'rep', userId: 'rep-1' } })).toBe('Own deals · Amounts in USD · stale after 14 days in a column');
    expect(boardSubtitle({ teams: [team('north'), team('south')], scope: { kind: 'company' } })).toBe('2 teams · stale after 14 days in a column');
    expect(boardSubtitle({ teams: [], scope: { kind: 'rep', userId: 'rep-1' } })).toBe('Not on a team');
  });
});
