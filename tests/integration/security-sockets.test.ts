import { createServer, type Server as HttpServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { encode } from 'next-auth/jwt';
import { io as connect, type Socket } from 'socket.io-client';
import { attachRealtime } from '@/realtime/server';
import { socketPath, type ClientToServerEvents, type ServerToClientEvents, type TBoardJoinReply } from '@/realtime/events';
import { generateApiToken, hashApiToken } from '@/server/auth/api-token';
import { createOffice, createTeam, createUser, type UserRecord } from '../factories';
import { resetDatabase, useTestDatabase } from '../setup/test-database';

// Issue #16 item 1: a socket ends with its credential. Deactivating a person, revoking
// their API token, a password change and signing out (a new session generation) close
// every socket resting on the old credential within a second, on every instance; and a
// room join checks the credential again, not only the user.

const secret = vi.hoisted(() => {
  const value = 'integration-test-secret-of-at-least-32-characters';
  process.env.NEXTAUTH_SECRET = value;
  return value;
});

const database = useTestDatabase();
const redisUrl = process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';

type Client = Socket<ServerToClientEvents, ClientToServerEvents>;
const closers: (() => Promise<void>)[] = [];
const sockets: Client[] = [];

async function startInstance(options: { redisUrl?: string } = {}) {
  const httpServer: HttpServer = createServer();
  const realtime = await attachRealtime(httpServer, options);
  await new Promise<void>((resolve) => httpServer.listen(0, '127.0.0.1', resolve));
  closers.push(async () => {
    await realtime.close();
  });
  return `http://127.0.0.1:${(httpServer.address() as AddressInfo).port}`;
}

async function open(url: string, auth: { cookie?: string; token?: string }): Promise<Client> {
  const socket: Client = connect(url, {
    path: socketPath,
    transports: ['websocket'],
    reconnection: false,
    extraHeaders: auth.cookie ? { cookie: auth.cookie } : undefined,
    auth: auth.token ? { token: auth.token } : {},
  });
  sockets.push(socket);
  await new Promise<void>((resolve, reject) => {
    socket.once('session:ready', () => resolve());
    socket.once('connect_error', reject);
  });
  return socket;
}

/** Milliseconds from now until the server ends the socket (fails after 3 s). */
function timeToDisconnect(socket: Client): Promise<number> {
  const started = Date.now();
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('the socket was still open after 3 s')), 3_000);
    socket.once('disconnect', (reason) => {
      clearTimeout(timer);
      expect(reason).toBe('io server disconnect');
      resolve(Date.now() - started);
    });
  });
}

async function cookieOf(user: UserRecord) {
  const { sessionGeneration } = await database().prisma.user.findUniqueOrThrow({ where: { id: user.id } });
  return `next-auth.session-token=${await encode({ token: { sub: user.id, role: user.role, generation: sessionGeneration }, secret })}`;
}

async function tokenOf(user: UserRecord) {
  const token = generateApiToken();
  const record = await database().prisma.apiToken.create({ data: { userId: user.id, name: 'script', tokenHash: hashApiToken(token), prefix: token.slice(0, 10) } });
  return { token, id: record.id };
}

let rep: UserRecord;

beforeEach(async () => {
  const prisma = database().prisma;
  await resetDatabase(prisma);
  const office = await createOffice(prisma, { name: 'Sydney', timeZone: 'Australia/Sydney' });
  const team = await createTeam(prisma, { officeId: office.id, name: 'Sydney SMB' });
  rep = await createUser(prisma, { role: 'REP', teamId: team.id, name: 'Rory Rep' });
});

afterEach(async () => {
  for (const socket of sockets.splice(0)) socket.disconnect();
  for (const close of closers.splice(0)) await close();
});

describe('sockets end with their credentials', () => {
  it('closes a deactivated person’s sockets within a second, on every instance', async () => {
    const [first, second] = [await startInstance({ redisUrl }), await startInstance({ redisUrl })];
    const cookie = await cookieOf(rep);
    const onFirst = await open(first, { cookie });
    const onSecond = await open(second, { cookie });
    const ended = [timeToDisconnect(onFirst), timeToDisconnect(onSecond)];
    await database().prisma.user.update({ where: { id: rep.id }, data: { active: false } });
    for (const elapsed of await Promise.all(ended)) expect(elapsed).toBeLessThan(1_000);
    await expect(open(first, { cookie })).rejects.toThrow(/unauthorized/);
  });

  it('closes the sockets of a revoked API token within a second, and keeps the user’s others', async () => {
    const url = await startInstance();
    const revoked = await tokenOf(rep);
    const kept = await tokenOf(rep);
    const onRevoked = await open(url, { token: revoked.token });
    const onKept = await open(url, { token: kept.token });
    const ended = timeToDisconnect(onRevoked);
    await database().prisma.apiToken.update({ where: { id: revoked.id }, data: { revokedAt: new Date() } });
    expect(await ended).toBeLessThan(1_000);
    await new Promise((resolve) => setTimeout(resolve, 600));
    expect(onKept.connected).toBe(true);
  });

  it('closes the sockets of an ended session (sign-out, password change) within a second', async () => {
    const url = await startInstance();
    const socket = await open(url, { cookie: await cookieOf(rep) });
    const ended = timeToDisconnect(socket);
    await database().prisma.user.update({ where: { id: rep.id }, data: { sessionGeneration: { increment: 1 } } });
    expect(await ended).toBeLessThan(1_000);
    // A cookie of the new generation connects.
    expect((await open(url, { cookie: await cookieOf(rep) })).connected).toBe(true);
  });

  it('checks the credential again on every room join, not only the user', async () => {
    const url = await startInstance();
    const { token, id } = await tokenOf(rep);
    const socket = await open(url, { token });
    await database().prisma.apiToken.update({ where: { id }, data: { revokedAt: new Date() } });
    // Asked at once, before the sweep can have run: the join itself must refuse.
    const reply = await Promise.race([
      new Promise<TBoardJoinReply>((resolve) => socket.emit('board:join', { teamIds: [rep.teamId!], afterSequence: 0 }, resolve)),
      new Promise<TBoardJoinReply>((resolve) => socket.once('disconnect', () => resolve({ ok: false, error: 'disconnected' }))),
    ]);
    expect(reply.ok).toBe(false);
  });
});
