import { describe, expect, it } from 'vitest';
import { canSeeForecastScope, refusalToPlanHires, refusalToRunBacktest, refusalToSetRamp, type ForecastActor } from './permissions';

const actor = (role: ForecastActor['role'], extra: Partial<ForecastActor> = {}): ForecastActor => ({ id: 'me', role, teamId: 't1', ledTeamIds: [], managedTeamIds: [], ...extra });

describe('forecast permissions', () => {
  it('shows a rep their own forecast and their team’s, nothing else', () => {
    const rep = actor('REP');
    expect(canSeeForecastScope(rep, { kind: 'rep', id: 'me', teamId: 't1' })).toBe(true);
    expect(canSeeForecastScope(rep, { kind: 'team', id: 't1', teamId: 't1' })).toBe(true);
    expect(canSeeForecastScope(rep, { kind: 'rep', id: 'other', teamId: 't1' })).toBe(false);
    expect(canSeeForecastScope(rep, { kind: 'team', id: 't2', teamId: 't2' })).toBe(false);
    expect(canSeeForecastScope(rep, { kind: 'company', id: null, teamId: null })).toBe(false);
  });

  it('shows a lead the reps they lead', () => {
    expect(canSeeForecastScope(actor('LEAD', { ledTeamIds: ['t1'] }), { kind: 'rep', id: 'other', teamId: 't1' })).toBe(true);
  });

  it('lets admins plan for every team and managers for their own', () => {
    expect(refusalToPlanHires(actor('ADMIN'), 't9')).toBeNull();
    expect(refusalToPlanHires(actor('MANAGER', { managedTeamIds: ['t2'] }), 't2')).toBeNull();
    expect(refusalToPlanHires(actor('MANAGER', { managedTeamIds: ['t2'] }), 't3')).toMatch(/teams they manage/);
    expect(refusalToPlanHires(actor('LEAD', { ledTeamIds: ['t1'] }), 't1')).toMatch(/Only admins and managers/);
    expect(refusalToRunBacktest(actor('REP'))).not.toBeNull();
    expect(refusalToRunBacktest(actor('MANAGER'))).toBeNull();
  });

  it('lets only admins change the organisation’s ramp curve', () => {
    expect(refusalToSetRamp(actor('ADMIN'))).toBeNull();
    expect(refusalToSetRamp(actor('MANAGER', { managedTeamIds: ['t1'] }))).toMatch(/Only admins/);
    expect(refusalToSetRamp(actor('LEAD', { ledTeamIds: ['t1'] }))).toMatch(/Only admins/);
    expect(refusalToSetRamp(actor('REP'))).toMatch(/Only admins/);
  });
});
