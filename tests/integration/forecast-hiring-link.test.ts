import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { UserRecord } from '../factories';
import { callAs, DAY, seedForecastOrganisation } from './forecast-organisation';
import { useTestDatabase } from '../setup/test-database';
import * as forecastRoute from '@/app/api/forecast/route';
import * as hiringPlanRoute from '@/app/api/forecast/hiring-plan/route';
import * as peopleRoute from '@/app/api/admin/people/route';

// A planned hire and the person who fills it, on a real database: inviting someone to
// sell on a team with an unnamed planned hire around their start names them in the plan
// (an entry of several gives up one place), audited, and the forecast counts them once.
// A hire may also name someone invited who has not started, but only on their own team.

vi.hoisted(() => {
  process.env.NEXTAUTH_SECRET = 'integration-test-secret-of-at-least-32-characters';
});

const database = useTestDatabase();

const inDays = (days: number) => new Date(Date.now() + days * DAY).toISOString().slice(0, 10);
let team: { id: string };
let otherTeam: { id: string };
let rep: UserRecord;
let manager: UserRecord;
let admin: UserRecord;

beforeEach(async () => {
  ({ team, otherTeam, rep, manager, admin } = await seedForecastOrganisation(database().prisma, {
    repStartedDaysAgo: 400,
    fromDaysAgo: 300,
    everyDays: 6,
    closeAfterDays: 15,
    amountMinor: 800_000,
    lostEvery: 3,
  }));
});

const invite = (name: string, teamId: string, startDate: string) => ({ name, email: `${name.toLowerCase().replace(/\s+/g, '.')}@acme.test`, role: 'REP', teamId, startDate });

describe('planned hires and the people who fill them', () => {
  it('an invited rep fills one place of an unnamed planned hire of their team, audited, and is counted once', async () => {
    const prisma = database().prisma;
    const planned = await callAs(admin, hiringPlanRoute.POST, { body: { teamId: team.id, startDate: inDays(40), count: 3 } });
    expect(planned.status, JSON.stringify(planned.body)).toBe(201);
    const company = (body: Record<string, any>) => body.scopes.find((scope: { kind: string }) => scope.kind === 'company');
    const before = await callAs(admin, forecastRoute.GET, { query: '?months=6&runs=400' });
    expect(before.body.model.plannedHires).toBe(3);

    const invited = await callAs(admin, peopleRoute.POST, { body: invite('Nina New', team.id, inDays(45)) });
    expect(invited.status, JSON.stringify(invited.body)).toBe(201);
    const personId = invited.body.person.id as string;

    const hires = await prisma.plannedHire.findMany({ orderBy: { count: 'desc' } });
    expect(hires.map((hire) => ({ count: hire.count, personId: hire.personId }))).toEqual([
      { count: 2, personId: null },
      { count: 1, personId },
    ]);
    expect(hires[1]!.startDate.toISOString().slice(0, 10)).toBe(inDays(45));
    const link = await prisma.auditEntry.findMany({ where: { action: 'planned-hire.link' } });
    expect(link).toHaveLength(1);
    expect(link[0]).toMatchObject({ actorId: admin.id, objectId: hires[1]!.id });

    // Three planned places in all, one of them named: not four.
    const after = await callAs(admin, forecastRoute.GET, { query: '?months=6&runs=400' });
    expect(after.body.model.plannedHires).toBe(3);
    expect(company(after.body).months.at(-1).plannedHires).toBeGreaterThan(0);

    const plan = await callAs(admin, hiringPlanRoute.GET);
    expect(plan.body.hires.find((hire: { personId: string | null }) => hire.personId === personId).personName).toBe('Nina New');
  });

  it('a single unnamed place is taken over whole; a rep far from any planned start, or on another team, fills nothing', async () => {
    const prisma = database().prisma;
    await callAs(admin, hiringPlanRoute.POST, { body: { teamId: team.id, startDate: inDays(30), count: 1 } });
    expect((await callAs(admin, peopleRoute.POST, { body: invite('Far Future', team.id, inDays(300)) })).status).toBe(201);
    expect((await callAs(admin, peopleRoute.POST, { body: invite('Other Team', otherTeam.id, inDays(30)) })).status).toBe(201);
    expect(await prisma.plannedHire.count({ where: { personId: { not: null } } })).toBe(0);
    const near = await callAs(admin, peopleRoute.POST, { body: invite('Near Start', team.id, inDays(20)) });
    const hires = await prisma.plannedHire.findMany();
    expect(hires).toHaveLength(1);
    expect(hires[0]).toMatchObject({ count: 1, personId: near.body.person.id });
  });

  it('names an invited person in a planned hire of their own team only; the plan offers them only to those who plan', async () => {
    const invited = await callAs(admin, peopleRoute.POST, { body: invite('Olli Upcoming', otherTeam.id, inDays(60)) });
    const personId = invited.body.person.id as string;
    const managerPlan = await callAs(manager, hiringPlanRoute.GET);
    expect(managerPlan.body.upcomingPeople).toEqual([]);
    const adminPlan = await callAs(admin, hiringPlanRoute.GET);
    expect(adminPlan.body.upcomingPeople).toEqual([{ id: personId, name: 'Olli Upcoming', teamId: otherTeam.id, startDate: inDays(60) }]);
    expect((await callAs(rep, hiringPlanRoute.GET)).body.upcomingPeople).toEqual([]);

    const wrongTeam = await callAs(admin, hiringPlanRoute.POST, { body: { teamId: team.id, startDate: inDays(60), count: 1, personId } });
    expect(wrongTeam.status).toBe(422);
    expect(JSON.stringify(wrongTeam.body)).toContain('another team');
    expect(await database().prisma.plannedHire.count()).toBe(0);

    const named = await callAs(admin, hiringPlanRoute.POST, { body: { teamId: otherTeam.id, startDate: inDays(60), count: 1, personId } });
    expect(named.status, JSON.stringify(named.body)).toBe(201);
    expect(named.body.hire).toMatchObject({ personId, personName: 'Olli Upcoming', count: 1 });
    const forecast = await callAs(admin, forecastRoute.GET, { query: '?months=6&runs=300' });
    expect(forecast.body.model.plannedHires).toBe(1);
  });
});
