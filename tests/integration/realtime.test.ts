import { createServer, type Server as HttpServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { encode } from 'next-auth/jwt';
import { io as connect, type Socket } from 'socket.io-client';
import { attachRealtime } from '@/realtime/server';
import { socketPath, type ClientToServerEvents, type ServerToClientEvents, type TSessionReady } from '@/realtime/events';
import { resetDatabase, useTestDatabase } from '../setup/test-database';

const secret = vi.hoisted(() => {
  const value = 'integration-test-secret-of-at-least-32-characters';
  process.env.NEXTAUTH_SECRET = value;
  return value;
});

const database = useTestDatabase();
const redisUrl = process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';

type Running = { url: string; close: () => Promise<void> };
const running: Running[] = [];
const sockets: Socket[] = [];

async function startRealtime(options: { redisUrl?: string; instanceId?: string } = {}): Promise<Running> {
  const httpServer: HttpServer = createServer();
  const realtime = await attachRealtime(httpServer, options);
  await new Promise<void>((resolve) => httpServer.listen(0, '127.0.0.1', resolve));
  const { port } = httpServer.address() as AddressInfo;
  const server = { url: `http://127.0.0.1:${port}`, close: realtime.close, io: realtime.io };
  running.push(server);
  return server;
}

function open(url: string, options: { cookie?: string; token?: string; transport?: 'websocket' | 'polling' } = {}) {
  const socket: Socket<ServerToClientEvents, ClientToServerEvents> = connect(url, {
    path: socketPath,
    transports: [options.transport ?? 'websocket'],
    reconnection: false,
    extraHeaders: options.cookie ? { cookie: options.cookie } : undefined,
    auth: options.token ? { token: options.token } : {},
  });
  sockets.push(socket);
  return socket;
}

function nextReady(socket: Socket<ServerToClientEvents, ClientToServerEvents>) {
  return new Promise<TSessionReady>((resolve, reject) => {
    socket.once('session:ready', resolve);
    socket.once('connect_error', reject);
  });
}

function nextRefusal(socket: Socket) {
  return new Promise<string>((resolve, reject) => {
    socket.once('connect_error', (error) => resolve(error.message));
    socket.once('connect', () => reject(new Error('the connection was accepted')));
  });
}

async function createRep() {
  const prisma = database().prisma;
  const office = await prisma.office.create({
    data: { name: 'Sydney', timeZone: 'Australia/Sydney', locale: 'en-AU', currency: 'AUD' },
  });
  const team = await prisma.team.create({ data: { officeId: office.id, name: 'Sydney SMB', colour: '#0ea5e9' } });
  return prisma.user.create({
    data: { name: 'Rory Rep', email: 'rory@example.com', role: 'REP', teamId: team.id, startDate: new Date('2026-02-02') },
  });
}

beforeEach(async () => {
  await resetDatabase(database().prisma);
});

afterEach(async () => {
  for (const socket of sockets.splice(0)) socket.disconnect();
  for (const server of running.splice(0)) await server.close();
});

describe('socket.io on the custom server', () => {
  it("accepts a connection authenticated by the user's session cookie", async () => {
    const rep = await createRep();
    const server = await startRealtime();
    const token = await encode({ token: { sub: rep.id, role: 'REP' }, secret });
    const ready = await nextReady(open(server.url, { cookie: `next-auth.session-token=${token}` }));
    expect(ready).toMatchObject({ userId: rep.id, role: 'REP' });
  });

  it('refuses a connection without a session, and one with a forged session', async () => {
    const rep = await createRep();
    const server = await startRealtime();
    expect(await nextRefusal(open(server.url))).toMatch(/unauthorized/);
    const forged = await encode({ token: { sub: rep.id, role: 'ADMIN' }, secret: 'another-secret-of-at-least-32-characters!!' });
    expect(await nextRefusal(open(server.url, { cookie: `next-auth.session-token=${forged}` }))).toMatch(/unauthorized/);
  });

  it('starts every session id with the instance id, which a proxy pins long-polling on (decision 024)', async () => {
    const rep = await createRep();
    const server = await startRealtime({ instanceId: '2' });
    const token = await encode({ token: { sub: rep.id, role: 'REP' }, secret });
    const socket = open(server.url, { cookie: `next-auth.session-token=${token}`, transport: 'polling' });
    expect(await nextReady(socket)).toMatchObject({ userId: rep.id });
    expect(socket.io.engine.transport.name).toBe('polling');
    expect(socket.io.engine.id).toMatch(/^2-[\w-]{20}$/);
    // Without an id (one instance) the ids are socket.io's own.
    const single = await startRealtime();
    const plain = open(single.url, { cookie: `next-auth.session-token=${token}`, transport: 'polling' });
    await nextReady(plain);
    expect(plain.io.engine.id).not.toMatch(/^2-/);
  });

  it('shares sockets between instances through Redis streams', async () => {
    const rep = await createRep();
    const first = await startRealtime({ redisUrl });
    const second = (await startRealtime({ redisUrl })) as Running & { io: Awaited<ReturnType<typeof attachRealtime>>['io'] };
    const token = await encode({ token: { sub: rep.id, role: 'REP' }, secret });
    await nextReady(open(first.url, { cookie: `next-auth.session-token=${token}` }));
    // The second instance sees the socket held by the first one, through Redis.
    await expect.poll(async () => (await second.io.fetchSockets()).map((socket) => socket.data.userId), { timeout: 5_000 }).toContain(rep.id);
  });
});
