import { describe, expect, it } from 'vitest';
import { applyChanges, applyFigures, canReplaceSnapshot, findTeamWins, nameTeamWins } from './live-snapshot';
import type { TWallChanges, TWallFigures } from '@/schemas/wall';
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

/** A wall with one office and two teams, in that order. */
const officeWithTwoTeams = buildWallSnapshot({
  offices: [buildWallBar({ kind: 'office', id: 'office-ny', name: 'New York', teamId: null })],
  teams: [buildWallBar(), buildWallBar({ id: 'team-2', teamId: 'team-2', name: 'NY Mid-Market', colour: '#16a34a' })],
});

/** What every live update of that wall says about itself, half a minute after it was shown. */
const updateHeader = { scope: { kind: 'company' }, month: '2026-06', generatedAt: '2026-06-15T12:00:30.000Z', sequence: 12, layout: 'layout-1' } as const;

describe('applyFigures', () => {
  const shown = officeWithTwoTeams;
  const figures = (overrides: Partial<TWallFigures> = {}): TWallFigures => ({
    ...updateHeader,
    rows: [
      [300_000_000, 150_000_000, 60_000_000, 0.5],
      [120_000_000, 84_000_000, 30_000_000, 0.5],
      [180_000_000, 66_000_000, 30_000_000, 0.5],
    ],
    ...overrides,
  });

  it('keeps each bar and gives it the figures of its row, in the order company, offices, teams, reps', () => {
    const next = applyFigures(shown, figures())!;
    expect(next.sequence).toBe(12);
    expect(next.generatedAt).toBe('2026-06-15T12:00:30.000Z');
    expect(next.offices[0]).toMatchObject({ name: 'New York', goalMinor: 300_000_000, closedWonMinor: 150_000_000, percentOfGoal: 50, status: 'ahead' });
    expect(next.teams[0]).toMatchObject({ name: 'NY Enterprise', closedWonMinor: 84_000_000, percentOfGoal: 70, aheadBy: 20, projectedMinor: 114_000_000 });
    expect(next.teams[1]).toMatchObject({ name: 'NY Mid-Market', colour: '#16a34a', percentOfGoal: 66_000_000 / 1_800_000, status: 'behind' });
    expect(next.monthLabel).toBe(shown.monthLabel);
  });

  it('refuses figures for other bars: another layout, month or scope, or a different number of rows', () => {
    expect(applyFigures(shown, figures({ layout: 'layout-2' }))).toBeNull();
    expect(applyFigures(shown, figures({ month: '2026-07' }))).toBeNull();
    expect(applyFigures(shown, figures({ scope: { kind: 'office', officeId: 'office-ny' } }))).toBeNull();
    expect(applyFigures(shown, figures({ rows: figures().rows.slice(1) }))).toBeNull();
  });
});

describe('applyChanges', () => {
  const shown = officeWithTwoTeams;
  const changes = (overrides: Partial<TWallChanges> = {}): TWallChanges => ({
    ...updateHeader,
    since: shown.generatedAt,
    changed: [[2, 180_000_000, 66_000_000, 30_000_000, 0.5]],
    ...overrides,
  });

  it('rebuilds the changed bars only and takes the update’s time and sequence', () => {
    const next = applyChanges(shown, changes())!;
    expect(next.sequence).toBe(12);
    expect(next.generatedAt).toBe('2026-06-15T12:00:30.000Z');
    expect(next.offices[0]).toBe(shown.offices[0]);
    expect(next.teams[0]).toBe(shown.teams[0]);
    expect(next.teams[1]).toMatchObject({ name: 'NY Mid-Market', colour: '#16a34a', goalMinor: 180_000_000, closedWonMinor: 66_000_000, status: 'behind' });
    // The same bar the whole figures would have built.
    const whole = applyFigures(shown, {
      ...changes(),
      rows: [
        [shown.offices[0]!.goalMinor, shown.offices[0]!.closedWonMinor, 0, 0.5],
        [shown.teams[0]!.goalMinor, shown.teams[0]!.closedWonMinor, 0, 0.5],
        [180_000_000, 66_000_000, 30_000_000, 0.5],
      ],
    })!;
    expect(next.teams[1]).toEqual(whole.teams[1]);
  });

  it('refuses changes that build on another update than the one shown', () => {
    expect(applyChanges(shown, changes({ since: '2026-06-15T11:59:30.000Z' }))).toBeNull();
  });

  it('refuses changes for other bars: another layout, month or scope, or a bar not on screen', () => {
    expect(applyChanges(shown, changes({ layout: 'layout-2' }))).toBeNull();
    expect(applyChanges(shown, changes({ month: '2026-07' }))).toBeNull();
    expect(applyChanges(shown, changes({ scope: { kind: 'office', officeId: 'office-ny' } }))).toBeNull();
    expect(applyChanges(shown, changes({ changed: [[3, 1, 1, 1, 0.5]] }))).toBeNull();
  });
});

describe('nameTeamWins', () => {
  const win = { teamId: 't1', teamName: 'NY Enterprise', amountMinor: 100, currency: 'USD', locale: 'en-US', colour: '#000' };
  it('names the team’s latest win and counts the others; leaves teams without names as they were', () => {
    const named = nameTeamWins([win, { ...win, teamId: 't2', teamName: 'London' }], [
      { dealId: 'a', teamId: 't1', officeId: 'ny', repName: 'Ana', account: 'Acme', amountMinor: 40 },
      { dealId: 'b', teamId: 't1', officeId: 'ny', repName: 'Ben', account: 'Globex', amountMinor: 60 },
    ]);
    expect(named[0]!.named).toEqual({ repName: 'Ben', account: 'Globex', others: 1 });
    expect(named[1]!.named).toBeUndefined();
    expect(nameTeamWins([win], undefined)).toEqual([win]);
  });
});
