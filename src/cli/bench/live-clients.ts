import { performance } from 'node:perf_hooks';
import { io as connect, type Socket } from 'socket.io-client';
import { socketPath, type ClientToServerEvents, type ServerToClientEvents } from '@/realtime/events';
import type { TWallChanges, TWallFigures, TWallSnapshot } from '@/schemas/wall';
import type { TDealChange } from '@/schemas/deal';
import { newChanges, rejoinAfter } from '@/domain/board/live-changes';
import { applyChanges, applyFigures } from '@/components/wall/live-snapshot';

// Wall and board clients for the benchmarks, doing what the browser and the TV do
// (src/components/wall/follow-wall.ts, src/components/board/use-board-live.ts): a wall
// joins again on every (re)connect, applies pushed figures to the bars it holds and
// pushed changes to the update it holds, and joins again when they do not apply; a
// board applies each change once by sequence and, after a reconnect, joins again from a
// margin before the highest sequence it saw. Both reconnect by themselves, so through a
// proxy they land on whichever instance is still up.

export type LiveSocket = Socket<ServerToClientEvents, ClientToServerEvents>;

export type Wall = {
  socket: LiveSocket;
  arrivals: { sequence: number; at: number }[];
  latest: TWallSnapshot | null;
  /** When the wall last heard, and the longest silence between two updates. */
  lastAt: number;
  longestGapMs: number;
  /** Team figures that fell from one update to the next (closing deals only adds revenue). */
  backwards: number;
  connects: number;
  /** Figures or changes that did not fit what this wall holds (each makes it join again, unless it is joining). */
  unfitting: number;
  isJoining: boolean;
};

export const sleep = (milliseconds: number) => new Promise((resolve) => setTimeout(resolve, milliseconds));

// A thousand TVs each apply their updates in their own browser, at the same time; here
// they share one event loop, so a wall notes when its update arrived and the applying
// waits until the burst of arrivals has been taken in (one setImmediate later). A join's
// answer is shown at once, so an update that came before it is applied after it; one
// that then does not fit is ignored, as a browser ignores it while its join is pending.
// Otherwise the last wall's arrival would be charged for applying 999 other walls' updates.
/** `isDuringJoin`: it came while the wall's join was unanswered, when a wall ignores an update that does not fit. */
type Arrival = { wall: Wall; at: number; isDuringJoin: boolean } & ({ figures: TWallFigures } | { changes: TWallChanges } | { snapshot: TWallSnapshot });
const unapplied: Arrival[] = [];
let isApplyScheduled = false;

function show(wall: Wall, snapshot: TWallSnapshot, at: number): void {
  wall.arrivals.push({ sequence: snapshot.sequence, at });
  if (wall.lastAt) wall.longestGapMs = Math.max(wall.longestGapMs, at - wall.lastAt);
  wall.lastAt = at;
  if (wall.latest && snapshot.sequence < wall.latest.sequence) return;
  if (wall.latest) {
    // Bars of the same layout come in the same order.
    const previous = wall.latest.teams;
    if (snapshot.layout === wall.latest.layout) {
      snapshot.teams.forEach((team, index) => {
        if (team.closedWonMinor < previous[index]!.closedWonMinor) wall.backwards += 1;
      });
    } else {
      const before = new Map(previous.map((team) => [team.id, team.closedWonMinor]));
      for (const team of snapshot.teams) if (team.closedWonMinor < (before.get(team.id) ?? 0)) wall.backwards += 1;
    }
  }
  wall.latest = snapshot;
}

function applyArrivals(): void {
  isApplyScheduled = false;
  for (const arrival of unapplied.splice(0)) {
    if ('snapshot' in arrival) {
      show(arrival.wall, arrival.snapshot, arrival.at);
      continue;
    }
    const { wall } = arrival;
    const applied = !wall.latest ? null : 'figures' in arrival ? applyFigures(wall.latest, arrival.figures) : applyChanges(wall.latest, arrival.changes);
    if (applied) show(wall, applied, arrival.at);
    else if (!wall.isJoining && !arrival.isDuringJoin) {
      wall.unfitting += 1;
      void joinWall(wall).catch(() => {});
    }
  }
}

/** Joins the company wall's team bars and shows what the join returns. */
async function joinWall(wall: Wall): Promise<void> {
  wall.isJoining = true;
  try {
    const reply = await wall.socket.timeout(30_000).emitWithAck('wall:join', { detail: 'teams' });
    if (!reply.ok) throw new Error(`a wall could not join: ${reply.error}`);
    show(wall, reply.snapshot, performance.now());
  } finally {
    wall.isJoining = false;
  }
}

function arrive(arrival: Arrival): void {
  unapplied.push(arrival);
  if (!isApplyScheduled) {
    isApplyScheduled = true;
    setImmediate(applyArrivals);
  }
}

function openSocket(baseUrl: string, auth: { wallToken: string } | { token: string }): LiveSocket {
  return connect(baseUrl, {
    path: socketPath,
    transports: ['websocket'],
    auth,
    forceNew: true,
    reconnectionDelay: 500,
    reconnectionDelayMax: 2_000,
  });
}

/** Opens `count` company walls, a hundred at a time; each has joined when this resolves. */
export async function connectWalls(baseUrl: string, wallToken: string, count: number): Promise<Wall[]> {
  const walls: Wall[] = [];
  for (let batch = 0; batch < count; batch += 100) {
    const opened = await Promise.all(
      Array.from({ length: Math.min(100, count - batch) }, () => {
        const socket = openSocket(baseUrl, { wallToken });
        const wall: Wall = { socket, arrivals: [], latest: null, lastAt: 0, longestGapMs: 0, backwards: 0, connects: 0, unfitting: 0, isJoining: false };
        socket.on('wall:figures', (figures) => arrive({ wall, at: performance.now(), isDuringJoin: wall.isJoining, figures }));
        socket.on('wall:changes', (changes) => arrive({ wall, at: performance.now(), isDuringJoin: wall.isJoining, changes }));
        socket.on('wall:snapshot', (snapshot) => arrive({ wall, at: performance.now(), isDuringJoin: wall.isJoining, snapshot }));
        return new Promise<Wall>((resolve, reject) => {
          socket.on('connect', () => {
            wall.connects += 1;
            joinWall(wall).then(() => resolve(wall), reject);
          });
        });
      }),
    );
    walls.push(...opened);
  }
  return walls;
}

/** Waits until every wall has figures at or after `sequence`; returns the first and last arrival. */
export async function arrivalsOf(walls: Wall[], sequence: number, timeoutMs = 10_000): Promise<{ first: number; last: number }> {
  const deadline = performance.now() + timeoutMs;
  for (;;) {
    let first = Number.POSITIVE_INFINITY;
    let last = 0;
    let missing = 0;
    for (const wall of walls) {
      const arrival = wall.arrivals.find((entry) => entry.sequence >= sequence);
      if (!arrival) {
        missing += 1;
        continue;
      }
      first = Math.min(first, arrival.at);
      last = Math.max(last, arrival.at);
    }
    if (missing === 0) return { first, last };
    if (performance.now() > deadline) throw new Error(`${missing} walls never saw sequence ${sequence}`);
    await sleep(2);
  }
}

export type Board = {
  socket: LiveSocket;
  /** The changes applied, in the order they were applied. */
  applied: { sequence: number; dealId: string; version: number }[];
  seen: Set<number>;
  /** The sequence the board was loaded at. */
  base: number;
  highest: number;
  hasJoined: boolean;
  /** The latest join (the first, or the one after a reconnect). */
  joining: Promise<void>;
  /** How far below the highest sequence already applied a live change came, at most. */
  furthestBehind: number;
  /** Changes delivered again (live or in a catch-up) that the board had already applied. */
  redelivered: number;
  connects: number;
  /** Times the board was loaded afresh because a catch-up could not cover its gap, as a browser does. */
  reloads: number;
  /** The sequence the last fresh load reflected: every change up to it is on the board. */
  reloadedThrough: number;
};

function applyToBoard(board: Board, changes: readonly TDealChange[], isLive: boolean): void {
  const fresh = newChanges(changes, board.base, board.seen);
  board.redelivered += changes.filter((change) => change.sequence > board.base).length - fresh.length;
  for (const change of fresh) {
    board.seen.add(change.sequence);
    // A catch-up's changes are behind the live ones that came in while it was read.
    if (isLive) board.furthestBehind = Math.max(board.furthestBehind, board.highest - change.sequence);
    board.highest = Math.max(board.highest, change.sequence);
    board.applied.push({ sequence: change.sequence, dealId: change.deal.id, version: change.deal.version });
  }
}

async function joinBoard(board: Board, teamIds: string[], reload: () => Promise<number>): Promise<void> {
  const afterSequence = board.hasJoined ? rejoinAfter(board.highest, board.base) : board.highest;
  const reply = await board.socket.timeout(30_000).emitWithAck('board:join', { teamIds, afterSequence });
  board.hasJoined = true;
  if (!reply.ok) throw new Error(`a board could not join: ${reply.error}`);
  if (reply.complete) {
    applyToBoard(board, reply.changes, false);
    return;
  }
  // More changes than a catch-up replays: the browser loads the board afresh
  // (use-board-live.ts, onMissedTooMuch), which then shows every change up to the
  // sequence it was read at; live changes already go on arriving.
  const sequence = await reload();
  board.reloads += 1;
  board.reloadedThrough = Math.max(board.reloadedThrough, sequence);
  board.highest = Math.max(board.highest, sequence);
}

/** The sequence a fresh load of the company board (every team) reflects. */
async function loadBoardSequence(baseUrl: string, token: string): Promise<number> {
  const response = await fetch(`${baseUrl}/api/boards/company`, { headers: { authorization: `Bearer ${token}` } });
  if (!response.ok) throw new Error(`a board's fresh load answered ${response.status}`);
  return ((await response.json()) as { board: { sequence: number } }).board.sequence;
}

/** Opens `count` boards watching `teamIds`, loaded at `afterSequence`; each has joined when this resolves. */
export async function connectBoards(baseUrl: string, token: string, teamIds: string[], afterSequence: number, count: number): Promise<Board[]> {
  return Promise.all(
    Array.from({ length: count }, () => {
      const socket = openSocket(baseUrl, { token });
      const board: Board = {
        socket,
        applied: [],
        seen: new Set(),
        base: afterSequence,
        highest: afterSequence,
        hasJoined: false,
        joining: Promise.resolve(),
        furthestBehind: 0,
        redelivered: 0,
        connects: 0,
        reloads: 0,
        reloadedThrough: 0,
      };
      socket.on('deal:changed', (change) => applyToBoard(board, [change], true));
      return new Promise<Board>((resolve, reject) => {
        socket.on('connect', () => {
          board.connects += 1;
          board.joining = joinBoard(board, teamIds, () => loadBoardSequence(baseUrl, token));
          board.joining.then(() => resolve(board), reject);
        });
      });
    }),
  );
}

/** Drops a board's connection for `offlineMs`, then waits until it has connected and caught up again. */
export async function dropBoard(board: Board, offlineMs: number): Promise<void> {
  board.socket.disconnect();
  await sleep(offlineMs);
  const connected = new Promise<void>((resolve) => board.socket.once('connect', () => resolve()));
  board.socket.connect();
  await connected;
  await board.joining;
}

/** Each board against the log's sequences after the load began: missed, applied out of a card's order, out of sequence. */
export function checkBoards(boards: Board[], expected: number[]) {
  let missing = 0;
  let outOfOrder = 0;
  let arrivedOutOfSequence = 0;
  for (const board of boards) {
    // A change a fresh load already showed is not missed.
    missing += expected.filter((sequence) => !board.seen.has(sequence) && sequence > board.reloadedThrough).length;
    const lastVersion = new Map<string, number>();
    let previous = 0;
    for (const change of board.applied) {
      if ((lastVersion.get(change.dealId) ?? 0) >= change.version) outOfOrder += 1;
      lastVersion.set(change.dealId, change.version);
      if (change.sequence < previous) arrivedOutOfSequence += 1;
      previous = Math.max(previous, change.sequence);
    }
  }
  return {
    changes: expected.length,
    missing,
    outOfOrder,
    arrivedOutOfSequence,
    redelivered: boards.reduce((sum, board) => sum + board.redelivered, 0),
    reloads: boards.reduce((sum, board) => sum + board.reloads, 0),
    furthestBehind: Math.max(0, ...boards.map((board) => board.furthestBehind)),
  };
}
