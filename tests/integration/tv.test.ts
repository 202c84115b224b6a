import { beforeAll, describe, expect, it, vi } from 'vitest';
import { encode } from 'next-auth/jwt';
import { seedDemoData } from '@/server/demo-seed';
import { resetThrottles } from '@/server/auth/throttle';
import * as wallTokensRoute from '@/app/api/wall-tokens/route';
import * as pairRoute from '@/app/api/wall-tokens/pair/route';
import * as pairingsRoute from '@/app/api/tv-pairings/route';
import * as pairingRoute from '@/app/api/tv-pairings/[pairingId]/route';
import * as tvBurnDownRoute from '@/app/api/tv/[token]/burn-down/route';
import { useTestDatabase } from '../setup/test-database';

// TV playlists and pairing (issue #18 item 4, docs/decisions/021), through the route handlers.

const secret = vi.hoisted(() => {
  const value = 'integration-test-secret-of-at-least-32-characters';
  process.env.NEXTAUTH_SECRET = value;
  return value;
});

const database = useTestDatabase();
type Person = { id: string; role: string; teamId: string | null };
let admin: Person;
let lead: Person;
let rep: Person;
let teams: { id: string; officeId: string }[];

beforeAll(async () => {
  await seedDemoData(database().prisma);
  const byEmail = (email: string) => database().prisma.user.findUniqueOrThrow({ where: { email }, select: { id: true, role: true, teamId: true } });
  [admin, lead, rep] = await Promise.all([byEmail('admin@cadence.demo'), byEmail('lead@cadence.demo'), byEmail('rep@cadence.demo')]);
  teams = await database().prisma.team.findMany({ select: { id: true, officeId: true } });
}, 120_000);

type Handler = (request: Request, context: never) => Promise<Response>;
async function call(handler: Handler, url: string, options: { as?: Person; method?: string; body?: unknown; params?: object; headers?: Record<string, string> } = {}) {
  const headers = new Headers({ 'content-type': 'application/json', ...options.headers });
  if (options.as) headers.set('cookie', `next-auth.session-token=${await encode({ token: { sub: options.as.id, role: options.as.role as 'REP' }, secret })}`);
  const response = await handler(
    new Request(`http://localhost${url}`, { method: options.method ?? 'GET', headers, body: options.body === undefined ? undefined : JSON.stringify(options.body) }),
    { params: Promise.resolve(options.params ?? {}) } as never,
  );
  return { status: response.status, body: (await response.json()) as Record<string, any> };
}

const leadOffice = async () => (await database().prisma.team.findUniqueOrThrow({ where: { id: lead.teamId! } })).officeId;

describe('TV playlists', () => {
  it('keeps a playlist inside its link’s wall, stores it and serves its burn-down screens only', async () => {
    const officeId = await leadOffice();
    const ownTeam = teams.find((team) => team.officeId === officeId)!;
    const otherTeam = teams.find((team) => team.officeId !== officeId)!;
    const playlist = {
      rotateSeconds: 15,
      slides: [{ kind: 'wall' }, { kind: 'team-reps', teamId: ownTeam.id }, { kind: 'burn-down', scope: { kind: 'office', id: officeId } }],
    };
    const made = await call(wallTokensRoute.POST, '/api/wall-tokens', { as: lead, method: 'POST', body: { name: 'Kitchen TV', scope: 'OFFICE', officeId, playlist } });
    expect(made.status).toBe(201);
    expect(made.body.token.playlist).toEqual(playlist);

    const outside = await call(wallTokensRoute.POST, '/api/wall-tokens', {
      as: lead,
      method: 'POST',
      body: { name: 'Too far', scope: 'OFFICE', officeId, playlist: { rotateSeconds: 15, slides: [{ kind: 'wall' }, { kind: 'team-reps', teamId: otherTeam.id }] } },
    });
    expect(outside.status).toBe(422);
    expect(outside.body.error.message).toMatch(/Screen 2 of the playlist/);
    const tooFast = await call(wallTokensRoute.POST, '/api/wall-tokens', { as: admin, method: 'POST', body: { name: 'Fast', scope: 'COMPANY', playlist: { rotateSeconds: 1, slides: [{ kind: 'wall' }] } } });
    expect(tooFast.status).toBe(400);

    const token = made.body.token.token as string;
    const burnDown = await call(tvBurnDownRoute.GET, `/api/tv/${token}/burn-down?slide=2`, { params: { token } });
    expect(burnDown.status).toBe(200);
    expect(burnDown.body.burnDown.scope).toEqual({ kind: 'office', id: officeId });
    expect((await call(tvBurnDownRoute.GET, `/api/tv/${token}/burn-down?slide=1`, { params: { token } })).status).toBe(404);
    expect((await call(tvBurnDownRoute.GET, `/api/tv/${token}/burn-down?slide=x`, { params: { token } })).status).toBe(400);
    expect((await call(tvBurnDownRoute.GET, '/api/tv/wall_nope/burn-down?slide=2', { params: { token: 'wall_nope' } })).status).toBe(404);
  });
});

describe('pairing a screen', () => {
  it('hands the screen a new link once, for the code it shows, and audits the link', async () => {
    resetThrottles();
    const started = await call(pairingsRoute.POST, '/api/tv-pairings', { method: 'POST' });
    expect(started.status).toBe(201);
    const { pairingId, code, secret: screenSecret } = started.body as { pairingId: string; code: string; secret: string };
    expect(code).toMatch(/^\d{6}$/);
    const ask = (secretValue: string) => call(pairingRoute.GET, `/api/tv-pairings/${pairingId}`, { params: { pairingId }, headers: { 'x-pairing-secret': secretValue } });
    expect((await ask(screenSecret)).body).toMatchObject({ status: 'waiting' });
    expect((await ask('not-the-secret')).status).toBe(404);

    // A rep cannot pair; a lead pairs for their office.
    const officeId = await leadOffice();
    expect((await call(pairRoute.POST, '/api/wall-tokens/pair', { as: rep, method: 'POST', body: { code, name: 'Rep TV', scope: 'OFFICE', officeId } })).status).toBe(403);
    const paired = await call(pairRoute.POST, '/api/wall-tokens/pair', { as: lead, method: 'POST', body: { code: `${code.slice(0, 3)} ${code.slice(3)}`, name: 'Lobby', scope: 'OFFICE', officeId } });
    expect(paired.status, JSON.stringify(paired.body)).toBe(201);
    expect(paired.body.token).toMatchObject({ name: 'Lobby', scope: 'OFFICE', officeId });
    expect(paired.body.token.token).toBeUndefined();

    const delivered = await ask(screenSecret);
    expect(delivered.body.status).toBe('paired');
    expect(delivered.body.path).toMatch(/^\/tv\/wall_/);
    // Once: the address is not kept, and the code cannot pair again.
    expect((await ask(screenSecret)).status).toBe(404);
    expect((await call(pairRoute.POST, '/api/wall-tokens/pair', { as: lead, method: 'POST', body: { code, name: 'Again', scope: 'OFFICE', officeId } })).status).toBe(404);
    const stored = await database().prisma.tvPairing.findUniqueOrThrow({ where: { id: pairingId } });
    expect(stored.deliveryPath).toBeNull();
    expect(stored.codeHash).not.toContain(code);
    expect(await database().prisma.auditEntry.count({ where: { action: 'wall-token.create', objectId: paired.body.token.id } })).toBe(1);
  });

  it('expires a code after 10 minutes and throttles guessing', async () => {
    resetThrottles();
    const started = await call(pairingsRoute.POST, '/api/tv-pairings', { method: 'POST' });
    await database().prisma.tvPairing.update({ where: { id: started.body.pairingId }, data: { expiresAt: new Date(Date.now() - 1000) } });
    const late = await call(pairRoute.POST, '/api/wall-tokens/pair', { as: admin, method: 'POST', body: { code: started.body.code, name: 'Late', scope: 'COMPANY' } });
    expect(late.status).toBe(404);

    const statuses: number[] = [];
    for (let attempt = 0; attempt < 11; attempt += 1) {
      const guess = String(100_000 + attempt);
      statuses.push((await call(pairRoute.POST, '/api/wall-tokens/pair', { as: admin, method: 'POST', body: { code: guess, name: 'Guess', scope: 'COMPANY' } })).status);
    }
    expect(statuses.slice(0, 9).every((status) => status === 404)).toBe(true);
    expect(statuses.at(-1)).toBe(429);
    expect(await database().prisma.wallToken.count({ where: { name: { in: ['Late', 'Guess'] } } })).toBe(0);
  });
});
