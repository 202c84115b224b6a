import { describe, expect, it } from 'vitest';
import { canReplaceSnapshot, findTeamWins } from './live-snapshot';
import { buildWallBar, buildWallSnapshot } from './wall-bar-fixture';

describe('canReplaceSnapshot', () => {
  const shown = buildWallSnapshot({ sequence: 10 });

  it('never lets the figures move backwards to an older sequence', () => {
    expect(canReplaceSnapshot(shown, buildWallSnapshot({ sequence: 9 }))).toBe(false);
  });

  it('accepts an equal sequence (the 30-second pace refresh) and a newer one', () => {
    expect(canReplaceSnapshot(shown, buildWallSnapshot({ sequence: 10 }))).toBe(true);
    expect(canReplaceSnapshot(shown, buildWallSnapshot({ sequence: 11 }))).toBe(true);
  });

  it('moves on to a new month but never back to an old one', () => {
    expect(canReplaceSnapshot(shown, buildWallSnapshot({ month: '2026-07', sequence: 10 }))).toBe(true);
    expect(canReplaceSnapshot(shown, buildWallSnapshot({ month: '2026-05', sequence: 99 }))).toBe(false);
  });

  it('ignores another scope', () => {
    expect(canReplaceSnapshot(shown, buildWallSnapshot({ scope: { kind: 'office', officeId: 'x' }, sequence: 11 }))).toBe(false);
  });
});

describe('findTeamWins', () => {
  const before = buildWallSnapshot({
    sequence: 10,
    teams: [buildWallBar({ id: 'a', name: 'NY Enterprise', closedWonMinor: 1_000_00 }), buildWallBar({ id: 'b', closedWonMinor: 500_00 })],
  });

  it('names the team whose closed-won went up, and by how much', () => {
    const after = buildWallSnapshot({
      sequence: 11,
      teams: [buildWallBar({ id: 'a', name: 'NY Enterprise', closedWonMinor: 13_000_00 }), buildWallBar({ id: 'b', closedWonMinor: 500_00 })],
    });
    expect(findTeamWins(before, after)).toEqual([
      expect.objectContaining({ teamId: 'a', teamName: 'NY Enterprise', amountMinor: 12_000_00, currency: 'USD' }),
    ]);
  });

  it('celebrates nothing on a pace refresh, a reopened deal or a new month', () => {
    const refresh = buildWallSnapshot({ sequence: 10, teams: before.teams });
    expect(findTeamWins(before, refresh)).toEqual([]);
    const reopened = buildWallSnapshot({ sequence: 12, teams: [buildWallBar({ id: 'a', closedWonMinor: 0 })] });
    expect(findTeamWins(before, reopened)).toEqual([]);
    const nextMonth = buildWallSnapshot({ month: '2026-07', sequence: 12, teams: [buildWallBar({ id: 'a', closedWonMinor: 9_000_000_00 })] });
    expect(findTeamWins(before, nextMonth)).toEqual([]);
  });
});
