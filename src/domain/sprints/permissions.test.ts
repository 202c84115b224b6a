import { describe, expect, it } from 'vitest';
import type { BoardActor } from '@/domain/board/permissions';
import { refusalToAddNotes, refusalToChangeNote, refusalToEditForecast, refusalToRunRituals, refusalToUpdateActionItem } from './permissions';

const actor = (role: BoardActor['role'], extra: Partial<BoardActor> = {}): BoardActor => ({
  id: 'me',
  role,
  teamId: 'alpha',
  ledTeamIds: [],
  managedTeamIds: [],
  ...extra,
});

describe('sprint permissions', () => {
  it('lets the lead, the manager and admins run a team standup and retrospective, and nobody else', () => {
    expect(refusalToRunRituals(actor('LEAD', { ledTeamIds: ['alpha'] }), 'alpha')).toBeNull();
    expect(refusalToRunRituals(actor('LEAD', { ledTeamIds: ['alpha'] }), 'beta')).toMatch(/own team/);
    expect(refusalToRunRituals(actor('MANAGER', { managedTeamIds: ['beta'] }), 'beta')).toBeNull();
    expect(refusalToRunRituals(actor('MANAGER', { managedTeamIds: ['beta'] }), 'alpha')).toMatch(/manage/);
    expect(refusalToRunRituals(actor('ADMIN'), 'gamma')).toBeNull();
    expect(refusalToRunRituals(actor('REP'), 'alpha')).toMatch(/lead/);
  });

  it('lets a rep change only their own forecast, whatever their role', () => {
    expect(refusalToEditForecast(actor('REP'), 'me')).toBeNull();
    expect(refusalToEditForecast(actor('REP'), 'someone-else')).toMatch(/own forecast/);
    expect(refusalToEditForecast(actor('ADMIN'), 'someone-else')).toMatch(/own forecast/);
  });

  it('lets members and runners add notes, and authors or runners change them', () => {
    expect(refusalToAddNotes(actor('REP'), 'alpha')).toBeNull();
    expect(refusalToAddNotes(actor('REP'), 'beta')).not.toBeNull();
    expect(refusalToAddNotes(actor('LEAD', { teamId: null, ledTeamIds: ['beta'] }), 'beta')).toBeNull();
    expect(refusalToChangeNote(actor('REP'), { authorId: 'me', teamId: 'alpha' })).toBeNull();
    expect(refusalToChangeNote(actor('REP'), { authorId: 'other', teamId: 'alpha' })).not.toBeNull();
    expect(refusalToChangeNote(actor('REP'), { authorId: null, teamId: 'alpha' })).not.toBeNull();
    expect(refusalToChangeNote(actor('LEAD', { ledTeamIds: ['alpha'] }), { authorId: 'other', teamId: 'alpha' })).toBeNull();
  });

  it("lets an action item's owner tick it off, as well as the runners", () => {
    expect(refusalToUpdateActionItem(actor('REP'), { ownerId: 'me', teamId: 'alpha' })).toBeNull();
    expect(refusalToUpdateActionItem(actor('REP'), { ownerId: 'other', teamId: 'alpha' })).not.toBeNull();
    expect(refusalToUpdateActionItem(actor('LEAD', { ledTeamIds: ['alpha'] }), { ownerId: 'other', teamId: 'alpha' })).toBeNull();
  });
});
