import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { TWallJoinReply } from '@/realtime/events';
import type { TWallChanges, TWallFigures, TWallSnapshot } from '@/schemas/wall';
import { followWall, silenceLimitMs, type WallConnection, type WallSocket } from './follow-wall';
import { buildWallBar, buildWallSnapshot } from './wall-bar-fixture';

/** A socket that does what the test tells it, recording what the wall asks of it. */
function fakeSocket() {
  const listeners = {
    connect: [] as (() => void)[],
    disconnect: [] as ((reason: string) => void)[],
    connectError: [] as ((error: Error) => void)[],
    snapshot: [] as ((snapshot: TWallSnapshot) => void)[],
    figures: [] as ((figures: TWallFigures) => void)[],
    changes: [] as ((changes: TWallChanges) => void)[],
  };
  const joins: { request: object; answer: (error: Error | null, reply?: TWallJoinReply) => void }[] = [];
  const state = { isConnected: false, isActive: true, connects: 0, disconnects: 0 };
  const socket: WallSocket = {
    get isConnected() {
      return state.isConnected;
    },
    get isActive() {
      return state.isActive;
    },
    onConnect: (listener) => listeners.connect.push(listener),
    onDisconnect: (listener) => listeners.disconnect.push(listener),
    onConnectError: (listener) => listeners.connectError.push(listener),
    onSnapshot: (listener) => listeners.snapshot.push(listener),
    onFigures: (listener) => listeners.figures.push(listener),
    onChanges: (listener) => listeners.changes.push(listener),
    join: (request, _timeoutMs, callback) => joins.push({ request, answer: callback }),
    connect: () => {
      state.connects += 1;
    },
    disconnect: () => {
      state.disconnects += 1;
      state.isConnected = false;
    },
  };
  return {
    socket,
    state,
    joins,
    connect() {
      state.isConnected = true;
      state.isActive = true;
      for (const listener of listeners.connect) listener();
    },
    drop(reason: string) {
      state.isConnected = false;
      for (const listener of listeners.disconnect) listener(reason);
    },
    refuse(message: string) {
      state.isActive = false;
      for (const listener of listeners.connectError) listener(new Error(message));
    },
    push(snapshot: TWallSnapshot) {
      for (const listener of listeners.snapshot) listener(snapshot);
    },
    pushFigures(figures: TWallFigures) {
      for (const listener of listeners.figures) listener(figures);
    },
    pushChanges(changes: TWallChanges) {
      for (const listener of listeners.changes) listener(changes);
    },
  };
}

function follow(options: { isTv?: boolean; initial?: TWallSnapshot } = {}) {
  const fake = fakeSocket();
  let shown = options.initial ?? buildWallSnapshot({ sequence: 10 });
  const connections: WallConnection[] = [];
  const wins: string[] = [];
  const stop = followWall({
    socket: fake.socket,
    isTv: options.isTv ?? false,
    scope: shown.scope,
    shown: () => shown,
    show: (snapshot) => {
      shown = snapshot;
    },
    setConnection: (connection) => connections.push(connection),
    onWins: (found) => wins.push(...found.map((win) => `${win.teamName} +${win.amountMinor}`)),
  });
  return { fake, stop, connections, wins, shown: () => shown };
}

const joined = (snapshot: TWallSnapshot): TWallJoinReply => ({ ok: true, snapshot });

/** A wall that has connected and joined, the server answering with a snapshot of `overrides`. */
function followJoined(overrides: Parameters<typeof buildWallSnapshot>[0]) {
  const wall = follow();
  wall.fake.connect();
  wall.fake.joins[0]!.answer(null, joined(buildWallSnapshot(overrides)));
  return wall;
}

beforeEach(() => {
  vi.useFakeTimers();
});

afterEach(() => {
  vi.useRealTimers();
});

describe('followWall', () => {
  it('joins its scope on connect and shows the figures the join returns', () => {
    const wall = follow();
    wall.fake.connect();
    expect(wall.fake.joins[0]!.request).toEqual({ scope: { kind: 'company' } });
    wall.fake.joins[0]!.answer(null, joined(buildWallSnapshot({ sequence: 12 })));
    expect(wall.shown().sequence).toBe(12);
    expect(wall.connections.at(-1)).toBe('live');
    wall.stop();
  });

  it('lets a TV link join without a scope, asking for team bars only', () => {
    const wall = follow({ isTv: true });
    wall.fake.connect();
    expect(wall.fake.joins[0]!.request).toEqual({ detail: 'teams' });
    wall.stop();
  });

  it('never moves the figures backwards, but takes the 30-second refresh of equal sequence', () => {
    const wall = followJoined({ sequence: 12 });
    wall.fake.push(buildWallSnapshot({ sequence: 11, generatedAt: 'older' }));
    expect(wall.shown().sequence).toBe(12);
    wall.fake.push(buildWallSnapshot({ sequence: 12, generatedAt: 'refresh' }));
    expect(wall.shown().generatedAt).toBe('refresh');
    wall.stop();
  });

  it('celebrates a team whose won figure went up, and nothing on a refresh', () => {
    const before = buildWallSnapshot({ sequence: 10, teams: [buildWallBar({ id: 'a', name: 'NY Enterprise', closedWonMinor: 100 })] });
    const wall = follow({ initial: before });
    wall.fake.connect();
    wall.fake.joins[0]!.answer(null, joined(before));
    wall.fake.push({ ...before });
    wall.fake.push(buildWallSnapshot({ sequence: 11, teams: [buildWallBar({ id: 'a', name: 'NY Enterprise', closedWonMinor: 1_200_100 })] }));
    expect(wall.wins).toEqual(['NY Enterprise +1200000']);
    wall.stop();
  });

  it('applies pushed figures to the bars on screen, and celebrates the win they carry', () => {
    const before = buildWallSnapshot({ sequence: 10, teams: [buildWallBar({ id: 'a', name: 'NY Enterprise', goalMinor: 1_000, closedWonMinor: 100 })] });
    const wall = follow({ initial: before });
    wall.fake.connect();
    wall.fake.joins[0]!.answer(null, joined(before));
    const figures = (sequence: number, wonMinor: number): TWallFigures => ({
      scope: before.scope,
      month: before.month,
      generatedAt: `at ${sequence}`,
      sequence,
      layout: before.layout,
      rows: [[1_000, wonMinor, 0, 0.5]],
    });
    wall.fake.pushFigures(figures(11, 600));
    expect(wall.shown().teams[0]).toMatchObject({ name: 'NY Enterprise', closedWonMinor: 600, percentOfGoal: 60, status: 'ahead' });
    expect(wall.wins).toEqual(['NY Enterprise +500']);
    // Older figures never move it back.
    wall.fake.pushFigures(figures(9, 50));
    expect(wall.shown().teams[0]!.closedWonMinor).toBe(600);
    expect(wall.fake.joins).toHaveLength(1);
    wall.stop();
  });

  it('joins again for the whole snapshot when newer figures are for other bars, at most every few seconds', () => {
    const wall = followJoined({ sequence: 12 });
    const renamed: TWallFigures = { scope: { kind: 'company' }, month: '2026-06', generatedAt: 'later', sequence: 13, layout: 'layout-2', rows: [[1, 1, 0, 0]] };
    wall.fake.pushFigures({ ...renamed, sequence: 11 });
    expect(wall.fake.joins).toHaveLength(1);
    vi.advanceTimersByTime(5_000);
    wall.fake.pushFigures(renamed);
    expect(wall.fake.joins).toHaveLength(2);
    wall.fake.joins[1]!.answer(null, joined(buildWallSnapshot({ sequence: 13, layout: 'layout-2' })));
    expect(wall.shown().layout).toBe('layout-2');
    wall.fake.pushFigures({ ...renamed, layout: 'layout-3', sequence: 14 });
    expect(wall.fake.joins).toHaveLength(2);
    wall.stop();
  });

  it('applies pushed changes to the update on screen, one after another, and celebrates the win they carry', () => {
    const before = buildWallSnapshot({
      sequence: 10,
      generatedAt: 'at 10',
      teams: [buildWallBar({ id: 'a', name: 'NY Enterprise', goalMinor: 1_000, closedWonMinor: 100 }), buildWallBar({ id: 'b', name: 'NY Mid-Market', closedWonMinor: 7 })],
    });
    const wall = follow({ initial: before });
    wall.fake.connect();
    wall.fake.joins[0]!.answer(null, joined(before));
    const changes = (sequence: number, since: number, wonMinor: number): TWallChanges => ({
      scope: before.scope,
      month: before.month,
      generatedAt: `at ${sequence}`,
      since: `at ${since}`,
      sequence,
      layout: before.layout,
      changed: [[0, 1_000, wonMinor, 0, 0.5]],
      wins: [{ dealId: 'd', teamId: 'a', officeId: 'office-ny', repName: 'Ana', account: 'Acme', amountMinor: wonMinor - 100 }],
    });
    wall.fake.pushChanges(changes(11, 10, 600));
    expect(wall.shown().teams[0]).toMatchObject({ name: 'NY Enterprise', closedWonMinor: 600, percentOfGoal: 60 });
    expect(wall.shown().teams[1]!.closedWonMinor).toBe(7);
    expect(wall.wins).toEqual(['NY Enterprise +500']);
    wall.fake.pushChanges(changes(12, 11, 700));
    expect(wall.shown().teams[0]!.closedWonMinor).toBe(700);
    expect(wall.fake.joins).toHaveLength(1);
    wall.stop();
  });

  it('joins again for the whole snapshot when pushed changes build on an update it did not show, at most every few seconds', () => {
    const wall = followJoined({ sequence: 12, generatedAt: 'at 12' });
    const changes: TWallChanges = { scope: { kind: 'company' }, month: '2026-06', generatedAt: 'at 14', since: 'at 13', sequence: 14, layout: 'layout-1', changed: [] };
    vi.advanceTimersByTime(5_000);
    wall.fake.pushChanges(changes);
    expect(wall.fake.joins).toHaveLength(2);
    expect(wall.shown().generatedAt).toBe('at 12');
    wall.fake.joins[1]!.answer(null, joined(buildWallSnapshot({ sequence: 14, generatedAt: 'at 14' })));
    wall.fake.pushChanges({ ...changes, since: 'at 14', generatedAt: 'at 15', sequence: 15 });
    expect(wall.shown().generatedAt).toBe('at 15');
    expect(wall.fake.joins).toHaveLength(2);
    wall.stop();
  });

  it('shows "reconnecting" when the connection drops and resynchronises on the next connect, even to a lower sequence', () => {
    const wall = followJoined({ sequence: 40 });
    wall.fake.drop('transport close');
    expect(wall.connections.at(-1)).toBe('reconnecting');
    // socket.io reconnects by itself; the restarted server numbers its events afresh.
    wall.fake.connect();
    wall.fake.joins[1]!.answer(null, joined(buildWallSnapshot({ sequence: 3 })));
    expect(wall.shown().sequence).toBe(3);
    expect(wall.connections.at(-1)).toBe('live');
    wall.stop();
  });

  it('keeps a newer push that overtook the join on the same connection', () => {
    const wall = follow();
    wall.fake.connect();
    wall.fake.push(buildWallSnapshot({ sequence: 15 }));
    wall.fake.joins[0]!.answer(null, joined(buildWallSnapshot({ sequence: 14 })));
    expect(wall.shown().sequence).toBe(15);
    wall.stop();
  });

  it('asks again when the server ends the connection, and stops for good once a TV link is refused', () => {
    const wall = follow({ isTv: true });
    wall.fake.connect();
    wall.fake.drop('io server disconnect');
    expect(wall.fake.state.connects).toBe(0);
    vi.advanceTimersByTime(1_000);
    expect(wall.fake.state.connects).toBe(1);
    wall.fake.refuse('unauthorized: this wallboard link is not valid or has been revoked');
    expect(wall.connections.at(-1)).toBe('revoked');
    vi.advanceTimersByTime(120_000);
    expect(wall.fake.state.connects).toBe(1);
    wall.stop();
  });

  it('tells a signed-in user whose session ended to sign in again', () => {
    const wall = follow();
    wall.fake.refuse('unauthorized: sign in first');
    expect(wall.connections.at(-1)).toBe('signed-out');
    wall.stop();
  });

  it('retries a refusal that is not about credentials with a growing delay, forever', () => {
    const wall = follow({ isTv: true });
    for (const wait of [1_000, 2_000, 4_000, 8_000, 16_000, 30_000, 30_000]) {
      const before = wall.fake.state.connects;
      wall.fake.refuse('unavailable: could not check the session');
      vi.advanceTimersByTime(wait - 1);
      expect(wall.fake.state.connects).toBe(before);
      vi.advanceTimersByTime(1);
      expect(wall.fake.state.connects).toBe(before + 1);
    }
    expect(wall.connections.at(-1)).toBe('reconnecting');
    wall.stop();
  });

  it('joins again when a join fails or times out', () => {
    const wall = follow();
    wall.fake.connect();
    wall.fake.joins[0]!.answer(new Error('operation has timed out'));
    expect(wall.connections.at(-1)).toBe('reconnecting');
    vi.advanceTimersByTime(1_000);
    expect(wall.fake.joins).toHaveLength(2);
    wall.stop();
  });

  it('replaces a connection that has gone quiet', () => {
    const wall = followJoined({ sequence: 10 });
    vi.advanceTimersByTime(silenceLimitMs + 20_000);
    expect(wall.fake.state.disconnects).toBe(1);
    expect(wall.fake.state.connects).toBe(1);
    wall.stop();
  });

  it('does nothing once stopped', () => {
    const wall = follow();
    wall.stop();
    wall.fake.connect();
    expect(wall.fake.joins).toHaveLength(0);
  });
});
