import { describe, expect, it } from 'vitest';
import { buildWallBar, buildWallSnapshot } from './wall-bar-fixture';
import { screenOfSlide } from './tv-slides';

describe('screenOfSlide', () => {
  const snapshot = buildWallSnapshot({
    company: buildWallBar({ kind: 'company', id: 'company', name: 'Company' }),
    offices: [buildWallBar({ kind: 'office', id: 'ny', name: 'New York', officeId: 'ny' }), buildWallBar({ kind: 'office', id: 'ldn', name: 'London', officeId: 'ldn' })],
    teams: [
      buildWallBar({ kind: 'team', id: 't1', name: 'NY Enterprise', officeId: 'ny', teamId: 't1' }),
      buildWallBar({ kind: 'team', id: 't2', name: 'London SMB', officeId: 'ldn', teamId: 't2' }),
    ],
    reps: [buildWallBar({ kind: 'rep', id: 'u1', name: 'Dana', officeId: 'ny', teamId: 't1' }), buildWallBar({ kind: 'rep', id: 'u2', name: 'Eli', officeId: 'ldn', teamId: 't2' })],
  });

  it('shows the wall, the offices, one office, a team’s reps, or a burn-down title', () => {
    const wall = screenOfSlide(snapshot, { kind: 'wall' });
    expect(wall).toMatchObject({ kind: 'bars', title: 'Company' });
    const office = screenOfSlide(snapshot, { kind: 'office', officeId: 'ldn' });
    expect(office.kind === 'bars' && office.groups[0]!.bars.map((bar) => bar.id)).toEqual(['t2']);
    const reps = screenOfSlide(snapshot, { kind: 'team-reps', teamId: 't1' });
    expect(reps).toMatchObject({ title: 'NY Enterprise · reps' });
    expect(reps.kind === 'bars' && reps.groups[0]!.bars.map((bar) => bar.id)).toEqual(['u1']);
    expect(screenOfSlide(snapshot, { kind: 'offices' })).toMatchObject({ title: 'Offices' });
    expect(screenOfSlide(snapshot, { kind: 'burn-down', scope: { kind: 'team', id: 't2' } })).toEqual({ kind: 'burn-down', title: 'London SMB · burn-down' });
  });

  it('falls back to the wall when a screen names bars that are gone', () => {
    expect(screenOfSlide(snapshot, { kind: 'team-reps', teamId: 'gone' })).toMatchObject({ title: 'Company' });
  });
});
