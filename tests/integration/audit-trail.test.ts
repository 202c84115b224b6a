import { beforeAll, describe, expect, it, vi } from 'vitest';
import { encode } from 'next-auth/jwt';
import { createGoal, createOffice, createTeam, createUser, type UserRecord } from '../factories';
import { buildOrganization } from '@/domain/demo/record-builders';
import { useTestDatabase } from '../setup/test-database';
import type { TAuditEntry } from '@/schemas/admin';
import * as auditRoute from '@/app/api/admin/audit/route';
import * as goalsRoute from '@/app/api/admin/goals/route';
import * as personRoute from '@/app/api/admin/people/[userId]/route';
import * as wallTokensRoute from '@/app/api/wall-tokens/route';
import * as wallTokenRoute from '@/app/api/wall-tokens/[tokenId]/route';

// Issue #16 item 12: making and revoking a TV link is in the audit log, and the log
// reads as words: names instead of ids, money instead of minor units.

const secret = vi.hoisted(() => {
  const value = 'integration-test-secret-of-at-least-32-characters';
  process.env.NEXTAUTH_SECRET = value;
  return value;
});

const database = useTestDatabase();
type Handler = (request: Request, context: { params: Promise<Record<string, string>> }) => Promise<Response>;

let admin: UserRecord;
let ana: UserRecord;
let falcons: { id: string };
let lions: { id: string };

async function call(handler: unknown, options: { method?: string; params?: Record<string, string>; body?: unknown; query?: string } = {}) {
  const headers = { 'content-type': 'application/json', cookie: `next-auth.session-token=${await encode({ token: { sub: admin.id, role: admin.role }, secret })}` };
  const request = new Request(`http://localhost/api/test${options.query ?? ''}`, {
    method: options.method ?? (options.body === undefined ? 'GET' : 'POST'),
    headers,
    body: options.body === undefined ? undefined : JSON.stringify(options.body),
  });
  const response = await (handler as Handler)(request, { params: Promise.resolve(options.params ?? {}) });
  return { status: response.status, body: (await response.json()) as Record<string, any> };
}

async function auditOf(objectType: string): Promise<TAuditEntry[]> {
  const reply = await call(auditRoute.GET, { query: `?objectType=${objectType}` });
  expect(reply.status, JSON.stringify(reply.body)).toBe(200);
  return reply.body.entries as TAuditEntry[];
}

const month = () => new Date().toISOString().slice(0, 7);

beforeAll(async () => {
  const prisma = database().prisma;
  await prisma.organization.create({ data: buildOrganization({ reportingCurrency: 'USD' }) });
  const office = await createOffice(prisma, { name: 'New York', currency: 'USD' });
  falcons = await createTeam(prisma, { name: 'Falcons', officeId: office.id });
  lions = await createTeam(prisma, { name: 'Lions', officeId: office.id });
  admin = await createUser(prisma, { name: 'Ada Admin', role: 'ADMIN', teamId: null });
  ana = await createUser(prisma, { name: 'Ana Alvarez', teamId: falcons.id });
  await createGoal(prisma, { userId: ana.id, teamId: falcons.id, month: new Date(`${month()}-01T00:00:00Z`), amountMinor: 10_900_000, currency: 'USD' });
});

describe('the audit log', () => {
  it('records making and revoking a TV link, by name, and never the token', async () => {
    const made = await call(wallTokensRoute.POST, { body: { name: 'Lobby TV', scope: 'COMPANY' } });
    expect(made.status).toBe(201);
    const tokenId = made.body.token.id as string;
    expect((await call(wallTokenRoute.DELETE, { method: 'DELETE', params: { tokenId } })).status).toBe(200);
    expect((await call(wallTokenRoute.DELETE, { method: 'DELETE', params: { tokenId } })).status).toBe(200);

    const entries = await auditOf('WallToken');
    expect(entries.map((entry) => entry.action)).toEqual(['wall-token.revoke', 'wall-token.create']);
    for (const entry of entries) {
      expect(entry).toMatchObject({ objectId: tokenId, objectName: 'Lobby TV', actorName: 'Ada Admin' });
      expect(JSON.stringify(entry)).not.toContain(made.body.token.token as string);
    }
    expect(entries[1]!.changes).toContainEqual({ field: 'scope', label: 'scope', before: null, after: 'COMPANY' });
  });

  it('shows goal amounts as money and team moves by name', async () => {
    const goals = await call(goalsRoute.PUT, { method: 'PUT', body: { changes: [{ userId: ana.id, month: month(), amountMinor: 11_000_000 }] } });
    expect(goals.status, JSON.stringify(goals.body)).toBe(200);
    const [goal] = await auditOf('MonthlyGoal');
    expect(goal).toMatchObject({ action: 'goal.update', objectName: `Ana Alvarez, ${month()}` });
    expect(goal!.changes).toEqual([{ field: 'amountMinor', label: 'amount', before: '$109,000.00', after: '$110,000.00' }]);

    const moved = await call(personRoute.PATCH, { method: 'PATCH', params: { userId: ana.id }, body: { teamId: lions.id } });
    expect(moved.status, JSON.stringify(moved.body)).toBe(200);
    const [move] = await auditOf('User');
    expect(move).toMatchObject({ action: 'user.move-team', objectName: 'Ana Alvarez' });
    expect(move!.changes).toContainEqual({ field: 'teamId', label: 'team', before: 'Falcons', after: 'Lions' });
  });
});
