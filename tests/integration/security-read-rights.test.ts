import { beforeEach, describe, expect, it, vi } from 'vitest';
import { encode } from 'next-auth/jwt';
import { createDeal, createOffice, createTeam, createUser, type UserRecord } from '../factories';
import { resetDatabase, useTestDatabase } from '../setup/test-database';
import * as notesRoute from '@/app/api/notes/route';
import * as wallForecastsRoute from '@/app/api/wall/forecasts/route';

// Issue #16 item 9: read rights decided once. Another team's retro notes are found in
// the search only when they are shared practice (what went well); a to-improve note,
// its author and its deal's account stay with those who may see that team's
// retrospective. The wall's forecast marker shows team and office roll-ups to everyone
// and a rep's own figures only to those who may see that rep's sprint.

const secret = vi.hoisted(() => {
  const value = 'integration-test-secret-of-at-least-32-characters';
  process.env.NEXTAUTH_SECRET = value;
  return value;
});

const database = useTestDatabase();

type Handler = (request: Request, context: { params: Promise<Record<string, string>> }) => Promise<Response>;

async function get(user: UserRecord, handler: unknown, query: string) {
  const cookie = `next-auth.session-token=${await encode({ token: { sub: user.id, role: user.role }, secret })}`;
  const response = await (handler as Handler)(new Request(`http://localhost/api/test${query}`, { headers: { cookie } }), { params: Promise.resolve({}) });
  return { status: response.status, body: (await response.json()) as Record<string, any> };
}

let people: Record<'rep' | 'outsider' | 'otherLead' | 'manager' | 'admin', UserRecord>;
let teamId: string;
let otherTeamId: string;
const month = new Date(Date.UTC(2026, 10, 1));

beforeEach(async () => {
  const prisma = database().prisma;
  await resetDatabase(prisma);
  const office = await createOffice(prisma, { name: 'London', timeZone: 'Europe/London' });
  const team = await createTeam(prisma, { officeId: office.id, name: 'London SMB' });
  const other = await createTeam(prisma, { officeId: office.id, name: 'London Enterprise' });
  teamId = team.id;
  otherTeamId = other.id;
  const otherLead = await createUser(prisma, { role: 'LEAD', teamId: otherTeamId, name: 'Lou Lead' });
  const manager = await createUser(prisma, { role: 'MANAGER', teamId: null, name: 'Max Manager' });
  await prisma.team.update({ where: { id: otherTeamId }, data: { leadId: otherLead.id } });
  await prisma.team.update({ where: { id: teamId }, data: { managerId: manager.id } });
  people = {
    rep: await createUser(prisma, { role: 'REP', teamId, name: 'Rae Rep' }),
    outsider: await createUser(prisma, { role: 'REP', teamId: otherTeamId, name: 'Otto Outsider' }),
    otherLead,
    manager,
    admin: await createUser(prisma, { role: 'ADMIN', teamId: null, name: 'Ada Admin' }),
  };
  const sprint = await prisma.sprint.create({
    data: { officeId: office.id, month, number: 1, startsOn: month, endsOn: new Date(Date.UTC(2026, 10, 8)), startsAt: month, endsAt: new Date(Date.UTC(2026, 10, 9)) },
  });
  const deal = await createDeal(prisma, { ownerId: people.rep.id, teamId, stage: 'TODO', position: 1024, account: 'Secret Account Ltd' });
  await prisma.retroNote.createMany({
    data: [
      { teamId, sprintId: sprint.id, kind: 'WENT_WELL', text: 'Discovery calls with two people', tags: ['discovery'], authorId: people.rep.id },
      { teamId, sprintId: sprint.id, kind: 'TO_IMPROVE', text: 'We lost the pricing argument', tags: ['pricing'], authorId: people.rep.id, dealId: deal.id },
    ],
  });
  await prisma.forecast.createMany({
    data: [
      { sprintId: sprint.id, userId: people.rep.id, teamId, month, commitMinor: 10_000_00, bestCaseMinor: 12_000_00, currency: 'GBP' },
      { sprintId: sprint.id, userId: people.outsider.id, teamId: otherTeamId, month, commitMinor: 4_000_00, bestCaseMinor: 5_000_00, currency: 'GBP' },
    ],
  });
});

const texts = (body: Record<string, any>) => (body.notes as { text: string }[]).map((note) => note.text).sort();

describe('retro notes across teams', () => {
  it('shows another team only its shared practice, and its own team everything', async () => {
    for (const viewer of ['outsider', 'otherLead'] as const) {
      const search = await get(people[viewer], notesRoute.GET, `?teamId=${teamId}`);
      expect(search.status).toBe(200);
      expect(texts(search.body), viewer).toEqual(['Discovery calls with two people']);
      expect(JSON.stringify(search.body), viewer).not.toMatch(/Secret Account|pricing/);
    }
    for (const viewer of ['rep', 'manager', 'admin'] as const) {
      const search = await get(people[viewer], notesRoute.GET, `?teamId=${teamId}`);
      expect(texts(search.body), viewer).toEqual(['Discovery calls with two people', 'We lost the pricing argument']);
    }
  });

  it('finds nothing private by searching for it', async () => {
    const search = await get(people.outsider, notesRoute.GET, '?q=Secret');
    expect(search.body.notes).toEqual([]);
    const byTag = await get(people.outsider, notesRoute.GET, '?tag=pricing');
    expect(byTag.body.notes).toEqual([]);
  });
});

describe('the wall forecast marker', () => {
  it('shows roll-ups to everyone and per-rep figures only to those who may see the rep’s sprint', async () => {
    const seen = async (viewer: keyof typeof people) => {
      const answer = await get(people[viewer], wallForecastsRoute.GET, '?month=2026-11');
      expect(answer.status).toBe(200);
      expect(answer.body.teams).toHaveLength(2);
      expect(answer.body.offices).toEqual([expect.objectContaining({ commitMinor: 14_000_00, reps: 2 })]);
      return (answer.body.reps as { id: string }[]).map((rep) => rep.id).sort();
    };
    expect(await seen('rep')).toEqual([people.rep.id]);
    expect(await seen('outsider')).toEqual([people.outsider.id]);
    expect(await seen('otherLead')).toEqual([people.outsider.id]);
    expect(await seen('manager')).toEqual([people.rep.id]);
    expect(await seen('admin')).toEqual([people.outsider.id, people.rep.id].sort());
  });
});
