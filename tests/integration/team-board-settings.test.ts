import { beforeAll, describe, expect, it, vi } from 'vitest';
import { createOffice, createTeam, createUser, type TeamRecord } from '../factories';
import { useTestDatabase } from '../setup/test-database';
import { loadSessionUser } from '@/server/auth/session-user';
import { createApiToken } from '@/server/use-cases/create-api-token';
import { getBoard } from '@/server/use-cases/get-board';
import * as settingsRoute from '@/app/api/teams/[teamId]/board-settings/route';

// Issue #15 item 6: a team sets its own "stale after" days per column. The team's lead and
// manager may change their team's board settings (stale days and stage weights), as an admin
// may; bad input is refused with the reason and writes nothing; every change is audited.

vi.hoisted(() => {
  process.env.NEXTAUTH_SECRET ??= 'integration-test-secret-of-at-least-32-characters';
});

const database = useTestDatabase();
const prisma = () => database().prisma;

let falcons: TeamRecord;
let owls: TeamRecord;
const bearer: Record<'lead' | 'manager' | 'rep' | 'otherLead' | 'admin', string> = { lead: '', manager: '', rep: '', otherLead: '', admin: '' };
let leadId: string;

async function patch(who: keyof typeof bearer, teamId: string, body: unknown) {
  const request = new Request(`http://localhost/api/teams/${teamId}/board-settings`, {
    method: 'PATCH',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${bearer[who]}` },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
  const response = await settingsRoute.PATCH(request, { params: Promise.resolve({ teamId }) });
  return { status: response.status, body: (await response.json()) as Record<string, any> };
}

beforeAll(async () => {
  const office = await createOffice(prisma(), { name: 'New York' });
  falcons = await createTeam(prisma(), { name: 'Falcons', officeId: office.id });
  owls = await createTeam(prisma(), { name: 'Owls', officeId: office.id });
  const users = {
    lead: await createUser(prisma(), { role: 'LEAD', teamId: falcons.id }),
    manager: await createUser(prisma(), { role: 'MANAGER', teamId: null }),
    rep: await createUser(prisma(), { role: 'REP', teamId: falcons.id }),
    otherLead: await createUser(prisma(), { role: 'LEAD', teamId: owls.id }),
    admin: await createUser(prisma(), { role: 'ADMIN', teamId: null }),
  };
  leadId = users.lead.id;
  await prisma().team.update({ where: { id: falcons.id }, data: { leadId: users.lead.id, managerId: users.manager.id } });
  await prisma().team.update({ where: { id: owls.id }, data: { leadId: users.otherLead.id } });
  for (const who of Object.keys(users) as (keyof typeof users)[]) {
    bearer[who] = (await createApiToken({ actor: (await loadSessionUser(users[who].id))!, input: { name: who } })).token;
  }
});

describe("a team's board settings", () => {
  it("its lead sets stale days per column; the board and the audit log follow", async () => {
    const answer = await patch('lead', falcons.id, { staleAfterDaysTodo: 10, staleAfterDaysInProgress: 5 });
    expect(answer.status, JSON.stringify(answer.body)).toBe(200);
    expect(answer.body.settings).toMatchObject({ teamId: falcons.id, staleAfterDays: 14, staleAfterDaysTodo: 10, staleAfterDaysInProgress: 5, staleAfterDaysBacklog: null });
    const board = await getBoard({ actor: (await loadSessionUser(leadId))!, scope: { kind: 'team', teamId: falcons.id } });
    expect(board.teams[0]!.staleAfterDaysByStage).toEqual({ BACKLOG: null, TODO: 10, IN_PROGRESS: 5 });
    const audit = await prisma().auditEntry.findFirstOrThrow({ where: { action: 'team.board-settings', objectId: falcons.id } });
    expect(audit).toMatchObject({ actorId: leadId, before: expect.objectContaining({ staleAfterDaysTodo: null }), after: expect.objectContaining({ staleAfterDaysTodo: 10 }) });
  });

  it('its manager may too, and may clear a column back to the default and change the weights', async () => {
    const answer = await patch('manager', falcons.id, { staleAfterDaysTodo: null, weightTodo: 250 });
    expect(answer.status, JSON.stringify(answer.body)).toBe(200);
    expect(answer.body.settings).toMatchObject({ staleAfterDaysTodo: null, staleAfterDaysInProgress: 5, weightTodo: 250 });
  });

  it("refuses reps and other teams' leads with the reason, and writes nothing", async () => {
    const before = await prisma().team.findUniqueOrThrow({ where: { id: falcons.id } });
    const rep = await patch('rep', falcons.id, { staleAfterDays: 3 });
    expect(rep.status).toBe(403);
    expect(rep.body.error.message).toBe("Only the team's lead, its manager or an admin can change its board settings.");
    const other = await patch('otherLead', falcons.id, { staleAfterDays: 3 });
    expect(other.status).toBe(403);
    expect(await prisma().team.findUniqueOrThrow({ where: { id: falcons.id } })).toEqual(before);
  });

  it.each([
    ['zero days', { staleAfterDaysTodo: 0 }, /At least 1 day/],
    ['more than a year', { staleAfterDays: 366 }, /At most 365 days/],
    ['a fraction', { staleAfterDays: 2.5 }, /Whole days/],
    ['a weight over 100%', { weightInProgress: 1001 }, /At most 1000/],
    ['nothing', {}, /Nothing to change/],
    ['a field that is not a board setting', { name: 'Renamed' }, /name/i],
    ['text for a number', { staleAfterDays: '5' }, /number/i],
    ['not JSON', '{"staleAfterDays":', /JSON/i],
  ])('answers 400 to %s and writes nothing', async (_, body, message) => {
    const before = await prisma().team.findUniqueOrThrow({ where: { id: falcons.id } });
    const answer = await patch('admin', falcons.id, body);
    expect(answer.status, JSON.stringify(answer.body)).toBe(400);
    expect(JSON.stringify(answer.body)).toMatch(message);
    expect(await prisma().team.findUniqueOrThrow({ where: { id: falcons.id } })).toEqual(before);
  });

  it('answers 404 for a team that does not exist', async () => {
    const answer = await patch('admin', 'no-such-team', { staleAfterDays: 7 });
    expect(answer.status).toBe(404);
  });
});
