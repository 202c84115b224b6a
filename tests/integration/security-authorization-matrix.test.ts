import fc from 'fast-check';
import { randomUUID } from 'node:crypto';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { getOpenApiDocument } from '@/app/api/openapi-document';
import { createDeal, createOffice, createTeam, createUser, type UserRecord } from '../factories';
import { useTestDatabase } from '../setup/test-database';
import { arbitraryFor, type JsonSchema, type SchemaContext } from '../contract/schema-arbitrary';
import { createApiToken } from '@/server/use-cases/create-api-token';
import { createIntegrationConnection } from '@/server/use-cases/create-integration-connection';
import { loadSessionUser } from '@/server/auth/session-user';
import { generateApiToken, hashApiToken } from '@/server/auth/api-token';
import { generateWallToken, hashWallToken } from '@/server/wall/wall-token';
import { generatePairingCode, generatePairingSecret, hashPairingValue, pairingLifetimeMs } from '@/server/tv/pairing-codes';
import { ensureSprintsOfMonth } from '@/server/sprints/sprint-rows';
import { monthKey, monthStartInZone } from '@/domain/calendar';
import {
  canChangeBoardSettings,
  canCreateDealFor,
  canEditDeal,
  canViewCompanyBoard,
  canViewManagerBoard,
  canViewTeamBoard,
  type BoardActor,
} from '@/domain/board/permissions';
import {
  canRevokeWallLink,
  isAllowed,
  refusalToAdministerOrganisation,
  refusalToDeactivate,
  refusalToEditGoals,
  refusalToEditOfficeGoals,
  refusalToListPeople,
  refusalToListTeams,
  refusalToMakeWallLink,
  refusalToManagePerson,
  type AdminRole,
} from '@/domain/admin/permissions';
import {
  canReadTeamSprint,
  refusalToAddNotes,
  refusalToChangeNote,
  refusalToEditForecast,
  refusalToRunRituals,
  refusalToUpdateActionItem,
} from '@/domain/sprints/permissions';
import { refusalToPlanHires, refusalToRunBacktest, refusalToSetRamp } from '@/domain/forecast/permissions';

// The authorization matrix of issue #16: every operation of the OpenAPI document, for an
// anonymous caller and each of the four roles, against a subject that is the caller's own,
// their own team's, or another team's. What each cell must answer comes from the domain's
// permission rules (src/domain/*/permissions.ts), never from what the server answered
// before: allowed means anything but 401, 403 and 404; refused means 403 or 404 (401 when
// anonymous). Every write gets fresh rows, so no cell depends on another.
//
// An operation added to the document without a rule here still has its anonymous cells
// checked (401) and its role cells checked for no 5xx, and is named in a warning: add its
// rule below, from its use case's permission function.

vi.hoisted(() => {
  process.env.NEXTAUTH_SECRET ??= 'integration-test-secret-of-at-least-32-characters';
});

const database = useTestDatabase();
const document = getOpenApiDocument() as unknown as {
  paths: Record<string, Record<string, { parameters?: any[]; requestBody?: any; security?: unknown[] }>>;
};
const routeModules = import.meta.glob<Record<string, unknown>>('/src/app/api/**/route.ts');

type Role = 'rep' | 'lead' | 'manager' | 'admin';
type Caller = Role | 'anonymous';
type Scope = 'own' | 'own team' | 'other team';
type Actor = BoardActor & { role: AdminRole };
type Person = { id: string; role: AdminRole; teamId: string | null; active: boolean };
type Team = { id: string; officeId: string; sprintId: string };
/** What a cell is about: the person, team and office its subject belongs to. */
type Subject = { scope: Scope; person: Person; team: Team; officeId: string; actor: Actor };
type Request = { path: Record<string, string>; query: Record<string, string>; headers?: Record<string, string>; body?: unknown; form?: FormData };
type Rule = {
  /**
   * Whether the caller may, by the domain's rules; 'invalid' when the role may but the
   * subject's facts break a data rule first (a deal for someone on no team): 400, 409 or 422.
   */
  allow: (actor: Actor, subject: Subject) => boolean | 'invalid';
  /** A public operation that still refuses everyone it cannot verify (a webhook without its signature). */
  isPublicButSigned?: boolean;
  /** Whether the answer depends on whose subject it is (else one cell per role). */
  isScoped?: boolean;
  /** The request's parts that name the subject; anything missing is generated from the document. */
  request?: (subject: Subject) => Promise<Partial<Request>>;
};

const password = 'correct horse battery staple';
let passwordHash: string;
let world: {
  actors: Record<Role, Actor>;
  bearer: Record<Role, string>;
  teamA: Team;
  teamC: Team;
  teammate: Person;
  outsider: Person;
  managerOfC: Person;
  month: string;
};

const person = (user: UserRecord): Person => ({ id: user.id, role: user.role as AdminRole, teamId: user.teamId, active: true });
const prisma = () => database().prisma;

async function freshPerson(teamId: string | null, role: AdminRole = 'REP'): Promise<Person> {
  return person(await createUser(prisma(), { role, teamId, passwordHash }));
}

/** The team a subject of this scope belongs to: the caller's (or the one they lead or manage), or another. */
function teamOf(scope: Scope): Team {
  return scope === 'other team' ? world.teamC : world.teamA;
}

function personOf(scope: Scope, actor: Actor): Person {
  if (scope === 'own') return { id: actor.id, role: actor.role, teamId: actor.teamId, active: true };
  return scope === 'own team' ? world.teammate : world.outsider;
}

function subjectFor(scope: Scope, actor: Actor): Subject {
  const team = teamOf(scope);
  return { scope, actor, person: personOf(scope, actor), team, officeId: team.officeId };
}

/** A new open deal of the subject's person (in the subject's team when they have none). */
async function freshDeal(subject: Subject, overrides: Record<string, unknown> = {}) {
  const teamId = subject.person.teamId ?? subject.team.id;
  return createDeal(prisma(), { ownerId: subject.person.id, teamId, stage: 'TODO', ...overrides });
}

/** The person of the subject, new for writes that change people (deactivating, editing). */
async function targetPerson(subject: Subject): Promise<Person> {
  return subject.scope === 'own' ? subject.person : freshPerson(subject.team.id);
}

// The rules, one per operation, in the words of the domain's permission modules.

const anyone = (): boolean => true;
const admins = (actor: Actor) => isAllowed(refusalToAdministerOrganisation(adminActor(actor), 'offices'));
const dealRule = (state: Record<string, unknown> = {}, body: (version: number) => Record<string, unknown> = (version) => ({ version })): Rule => ({
  isScoped: true,
  allow: (actor, subject) => canEditDeal(actor, { ownerId: subject.person.id, teamId: subject.person.teamId ?? subject.team.id }),
  request: async (subject) => {
    const deal = await freshDeal(subject, state);
    return { path: { dealId: deal.id }, body: body(deal.version) };
  },
});
const sprintRead: Rule = {
  isScoped: true,
  allow: (actor, subject) => canReadTeamSprint(actor, subject.team.id),
  request: async (subject) => ({ path: { teamId: subject.team.id, sprintId: subject.team.sprintId } }),
};
const rituals = (body: (subject: Subject) => unknown): Rule => ({
  isScoped: true,
  allow: (actor, subject) => isAllowed(refusalToRunRituals(actor, subject.team.id)),
  request: async (subject) => ({ path: { teamId: subject.team.id, sprintId: subject.team.sprintId }, body: body(subject) }),
});
/** A member of the subject's team: the subject's person when they are one, else the team's own rep. */
const memberOf = (subject: Subject) => (subject.person.teamId === subject.team.id ? subject.person.id : subject.team.id === world.teamA.id ? world.teammate.id : world.outsider.id);

const rules: Record<string, Rule> = {
  // Public
  'GET /api/health': { allow: anyone },
  'GET /api/setup': { allow: anyone },
  'POST /api/setup': { allow: anyone },
  'GET /api/setup/password': { allow: anyone },
  'POST /api/setup/password': { allow: anyone },
  'GET /api/tv/{token}': {
    allow: anyone,
    request: async (subject) => {
      const token = generateWallToken();
      await prisma().wallToken.create({
        data: { name: 'Matrix TV', scope: 'OFFICE', officeId: subject.officeId, prefix: token.slice(0, 11), tokenHash: hashWallToken(token), createdById: world.actors.admin.id },
      });
      return { path: { token } };
    },
  },

  // A TV pairing itself: the screen starts it and asks with its own secret; no session involved.
  'POST /api/tv-pairings': { allow: anyone },
  'GET /api/tv-pairings/{pairingId}': {
    allow: anyone,
    request: async () => {
      const secret = generatePairingSecret();
      const row = await prisma().tvPairing.create({
        data: { codeHash: hashPairingValue(generatePairingCode()), secretHash: hashPairingValue(secret), expiresAt: new Date(Date.now() + pairingLifetimeMs) },
      });
      return { path: { pairingId: row.id }, headers: { 'x-pairing-secret': secret } };
    },
  },
  'GET /api/tv/{token}/burn-down': {
    allow: anyone,
    request: async (subject) => {
      const token = generateWallToken();
      const playlist = { slides: [{ kind: 'burn-down', scope: { kind: 'office', id: subject.officeId } }], rotateSeconds: 30 };
      await prisma().wallToken.create({
        data: { name: 'Matrix TV', scope: 'OFFICE', officeId: subject.officeId, prefix: token.slice(0, 11), tokenHash: hashWallToken(token), createdById: world.actors.admin.id, playlist },
      });
      return { path: { token }, query: { slide: '0' } };
    },
  },

  // Anyone signed in: their own account, tokens, the wall, notes search, exports of what they may read.
  'GET /api/me': { allow: anyone },
  'PATCH /api/me/profile': { allow: anyone, request: async () => ({ body: { name: 'Renamed Person' } }) },
  'POST /api/me/password': { allow: anyone, request: async () => ({ body: { currentPassword: password, newPassword: password } }) },
  'DELETE /api/me/sessions': { allow: anyone },
  'GET /api/tokens': { allow: anyone },
  'POST /api/tokens': { allow: anyone, request: async () => ({ body: { name: 'Matrix token' } }) },
  'DELETE /api/tokens/{tokenId}': {
    isScoped: true,
    allow: (actor, subject) => subject.person.id === actor.id,
    request: async (subject) => {
      const token = generateApiToken();
      const row = await prisma().apiToken.create({ data: { userId: subject.person.id, name: 'Matrix', prefix: token.slice(0, 8), tokenHash: hashApiToken(token) } });
      return { path: { tokenId: row.id } };
    },
  },
  'GET /api/wall': { isScoped: true, allow: anyone, request: async (subject) => ({ query: { officeId: subject.officeId } }) },
  'GET /api/wall/burn-down': { isScoped: true, allow: anyone, request: async (subject) => ({ query: { kind: 'team', id: subject.team.id } }) },
  'GET /api/wall/flow': { isScoped: true, allow: anyone, request: async (subject) => ({ query: { kind: 'team', id: subject.team.id } }) },
  'GET /api/wall/forecasts': { allow: anyone, request: async () => ({ query: { month: world.month } }) },
  'GET /api/notes': { isScoped: true, allow: anyone, request: async (subject) => ({ query: { teamId: subject.team.id } }) },
  'GET /api/exports/{file}': { allow: anyone, request: async () => ({ path: { file: 'deals.csv' } }) },
  'GET /api/admin/time-zones': { allow: anyone },

  // TV links: admins any; leads for their own office; the maker or an admin revokes.
  'GET /api/wall-tokens': { allow: anyone },
  'POST /api/wall-tokens': {
    isScoped: true,
    allow: (actor, subject) => isAllowed(refusalToMakeWallLink(actor, { officeId: subject.officeId }, actor.teamId === world.teamA.id ? world.teamA.officeId : null)),
    request: async (subject) => ({ body: { name: 'Matrix TV', scope: 'OFFICE', officeId: subject.officeId } }),
  },
  'POST /api/wall-tokens/pair': {
    isScoped: true,
    // Pairing makes a TV link: the same rule as making one by hand.
    allow: (actor, subject) => isAllowed(refusalToMakeWallLink(actor, { officeId: subject.officeId }, actor.teamId === world.teamA.id ? world.teamA.officeId : null)),
    request: async (subject) => {
      const code = generatePairingCode();
      await prisma().tvPairing.create({
        data: { codeHash: hashPairingValue(code), secretHash: hashPairingValue(generatePairingSecret()), expiresAt: new Date(Date.now() + pairingLifetimeMs) },
      });
      return { body: { name: 'Matrix TV', scope: 'OFFICE', officeId: subject.officeId, code } };
    },
  },
  'DELETE /api/wall-tokens/{tokenId}': {
    isScoped: true,
    allow: (actor, subject) => canRevokeWallLink(actor, { createdById: subject.person.id }),
    request: async (subject) => {
      const token = generateWallToken();
      const row = await prisma().wallToken.create({
        data: { name: 'Matrix TV', scope: 'OFFICE', officeId: subject.officeId, prefix: token.slice(0, 11), tokenHash: hashWallToken(token), createdById: subject.person.id },
      });
      return { path: { tokenId: row.id } };
    },
  },

  // Boards and deals
  'GET /api/boards/company': { allow: (actor) => canViewCompanyBoard(actor) },
  'GET /api/boards/team/{teamId}': { isScoped: true, allow: (actor, subject) => canViewTeamBoard(actor, subject.team.id), request: async (subject) => ({ path: { teamId: subject.team.id } }) },
  'GET /api/boards/rep/{userId}': {
    isScoped: true,
    // A rep's board: theirs, or anyone's who may see the rep's team; someone on no team has no board.
    allow: (actor, subject) => subject.person.id === actor.id || (subject.person.teamId !== null && canViewTeamBoard(actor, subject.person.teamId)),
    request: async (subject) => ({ path: { userId: subject.person.id } }),
  },
  'GET /api/boards/manager/{userId}': {
    isScoped: true,
    allow: (actor, subject) => canViewManagerBoard(actor, managerOf(subject).id),
    request: async (subject) => ({ path: { userId: managerOf(subject).id } }),
  },
  'PATCH /api/teams/{teamId}/board-settings': {
    isScoped: true,
    allow: (actor, subject) => canChangeBoardSettings(actor, subject.team.id),
    request: async (subject) => ({ path: { teamId: subject.team.id }, body: { staleAfterDaysTodo: 9 } }),
  },
  'POST /api/deals': {
    isScoped: true,
    // Someone on no team cannot hold a deal, whoever asks.
    allow: (actor, subject) => (subject.person.teamId === null ? 'invalid' : canCreateDealFor(actor, subject.person)),
    request: async (subject) => ({ body: { account: 'Matrix Ltd', title: 'Matrix deal', amountMinor: 1_000, ownerId: subject.person.id } }),
  },
  'GET /api/deals/{dealId}': {
    isScoped: true,
    allow: (actor, subject) => canViewTeamBoard(actor, subject.person.teamId ?? subject.team.id),
    request: async (subject) => ({ path: { dealId: (await freshDeal(subject)).id } }),
  },
  'PATCH /api/deals/{dealId}': dealRule({}, (version) => ({ version, title: 'Renamed deal' })),
  'DELETE /api/deals/{dealId}': dealRule(),
  'POST /api/deals/{dealId}/move': dealRule({}, (version) => ({ version, stage: 'IN_PROGRESS' })),
  'POST /api/deals/{dealId}/close': dealRule({}, (version) => ({ version, outcome: 'WON' })),
  'POST /api/deals/{dealId}/reopen': dealRule({ stage: 'COMPLETED', outcome: 'WON', closedAt: new Date(), closedAmountMinor: 2_500_000 }),
  'POST /api/deals/{dealId}/restore': dealRule({ deletedAt: new Date() }),
  'PUT /api/deals/{dealId}/contacts': dealRule({}, (version) => ({ version, contacts: [] })),
  'PUT /api/deals/{dealId}/next-step': dealRule({}, (version) => ({ version, nextStep: 'Call back', dueOn: new Date(Date.now() + 86_400_000).toISOString().slice(0, 10) })),
  'POST /api/deals/{dealId}/activities': dealRule({}, (version) => ({ version, type: 'CALL' })),

  // Sprints: read by those who see the team's board; rituals by its lead, manager and admins.
  'GET /api/teams/{teamId}/sprints': { ...sprintRead, request: async (subject) => ({ path: { teamId: subject.team.id } }) },
  'GET /api/teams/{teamId}/sprint-history': { ...sprintRead, request: async (subject) => ({ path: { teamId: subject.team.id } }) },
  'GET /api/teams/{teamId}/forecast-accuracy': { ...sprintRead, request: async (subject) => ({ path: { teamId: subject.team.id } }) },
  'GET /api/teams/{teamId}/sprints/{sprintId}': sprintRead,
  'GET /api/teams/{teamId}/sprints/{sprintId}/retro': sprintRead,
  'GET /api/teams/{teamId}/sprints/{sprintId}/standup': sprintRead,
  'POST /api/teams/{teamId}/sprints/{sprintId}/standup': rituals(() => undefined),
  'POST /api/teams/{teamId}/sprints/{sprintId}/blockers': rituals((subject) => ({ repId: memberOf(subject), text: 'Waiting on legal' })),
  'POST /api/teams/{teamId}/sprints/{sprintId}/action-items': rituals((subject) => ({
    title: 'Follow up',
    ownerId: memberOf(subject),
    dueOn: new Date(Date.now() + 86_400_000).toISOString().slice(0, 10),
  })),
  'POST /api/teams/{teamId}/sprints/{sprintId}/notes': {
    isScoped: true,
    allow: (actor, subject) => isAllowed(refusalToAddNotes(actor, subject.team.id)),
    request: async (subject) => ({ path: { teamId: subject.team.id, sprintId: subject.team.sprintId }, body: { kind: 'WENT_WELL', text: 'Short calls' } }),
  },
  'PUT /api/teams/{teamId}/sprints/{sprintId}/forecasts/{userId}': {
    isScoped: true,
    // Each rep states their own forecast, on the team they are on.
    allow: (actor, subject) =>
      !isAllowed(refusalToEditForecast(actor, subject.person.id)) ? false : subject.person.teamId === subject.team.id ? true : 'invalid',
    request: async (subject) => ({
      path: { teamId: subject.team.id, sprintId: subject.team.sprintId, userId: subject.person.id },
      body: { commitMinor: 1_000, bestCaseMinor: 2_000 },
    }),
  },
  'PATCH /api/blockers/{blockerId}': {
    isScoped: true,
    allow: (actor, subject) => isAllowed(refusalToRunRituals(actor, subject.team.id)),
    request: async (subject) => {
      const blocker = await prisma().blocker.create({ data: { teamId: subject.team.id, sprintId: subject.team.sprintId, repId: memberOf(subject), text: 'Blocked' } });
      return { path: { blockerId: blocker.id }, body: { resolved: true } };
    },
  },
  'PATCH /api/action-items/{itemId}': {
    isScoped: true,
    allow: (actor, subject) => isAllowed(refusalToUpdateActionItem(actor, { ownerId: subject.person.id, teamId: subject.team.id })),
    request: async (subject) => {
      const item = await prisma().actionItem.create({
        data: { teamId: subject.team.id, sprintId: subject.team.sprintId, title: 'Item', ownerId: subject.person.id, dueOn: new Date(Date.now() + 86_400_000) },
      });
      return { path: { itemId: item.id }, body: { done: true } };
    },
  },
  ...Object.fromEntries(
    (['PATCH', 'DELETE'] as const).map((method) => [
      `${method} /api/notes/{noteId}`,
      {
        isScoped: true,
        allow: (actor: Actor, subject: Subject) => isAllowed(refusalToChangeNote(actor, { authorId: subject.person.id, teamId: subject.team.id })),
        request: async (subject: Subject) => {
          const note = await prisma().retroNote.create({
            data: { teamId: subject.team.id, sprintId: subject.team.sprintId, kind: 'TO_IMPROVE', text: 'Slow replies', tags: [], authorId: subject.person.id },
          });
          return { path: { noteId: note.id }, body: method === 'PATCH' ? { text: 'Faster replies' } : undefined };
        },
      } satisfies Rule,
    ]),
  ),

  // Forecast: backtests and saved runs for admins and managers; the hiring plan by team.
  'GET /api/forecast': { allow: anyone, request: async () => ({ query: { months: '1', runs: '100' } }) },
  'GET /api/forecast/backtest': { allow: (actor) => isAllowed(refusalToRunBacktest(actor)), request: async () => ({ query: {} }) },
  'POST /api/forecast/runs': { allow: (actor) => isAllowed(refusalToRunBacktest(actor)), request: async () => ({ body: { months: 1, runs: 100 } }) },
  'GET /api/forecast/hiring-plan': { allow: anyone },
  'GET /api/forecast/month-range': { allow: anyone },
  'GET /api/forecast/settings': { allow: anyone },
  'PUT /api/forecast/settings': { allow: (actor) => isAllowed(refusalToSetRamp(actor)), request: async () => ({ body: { rampOverride: null } }) },
  'POST /api/forecast/hiring-plan': {
    isScoped: true,
    allow: (actor, subject) => isAllowed(refusalToPlanHires(actor, subject.team.id)),
    request: async (subject) => ({ body: { teamId: subject.team.id, startDate: nextMonthStart() } }),
  },
  ...Object.fromEntries(
    (['PATCH', 'DELETE'] as const).map((method) => [
      `${method} /api/forecast/hiring-plan/{hireId}`,
      {
        isScoped: true,
        allow: (actor: Actor, subject: Subject) => isAllowed(refusalToPlanHires(actor, subject.team.id)),
        request: async (subject: Subject) => {
          const hire = await prisma().plannedHire.create({ data: { teamId: subject.team.id, startDate: new Date(`${nextMonthStart()}T00:00:00Z`), createdById: world.actors.admin.id } });
          return { path: { hireId: hire.id }, body: method === 'PATCH' ? { count: 2 } : undefined };
        },
      } satisfies Rule,
    ]),
  ),

  // Administration: the organisation is the admins'; goals and people follow the teams one leads or manages.
  'GET /api/admin/audit': { allow: admins },
  'GET /api/admin/exchange-rates': { allow: admins, request: async () => ({ query: { from: world.month, to: world.month } }) },
  'PUT /api/admin/exchange-rates': { allow: admins },
  'GET /api/admin/offices': { allow: admins },
  'POST /api/admin/offices': { allow: admins, request: async () => ({ body: { name: `Office ${randomUUID().slice(0, 8)}`, timeZone: 'Europe/Berlin', locale: 'de-DE', currency: 'USD' } }) },
  'PATCH /api/admin/offices/{officeId}': { isScoped: true, allow: admins, request: async (subject) => ({ path: { officeId: subject.officeId }, body: { businessDayStart: 540 } }) },
  'GET /api/admin/offices/{officeId}/holidays': { isScoped: true, allow: admins, request: async (subject) => ({ path: { officeId: subject.officeId } }) },
  'POST /api/admin/offices/{officeId}/holidays': {
    isScoped: true,
    allow: admins,
    request: async (subject) => ({ path: { officeId: subject.officeId }, body: { date: randomFutureDate(), name: 'Matrix day' } }),
  },
  'POST /api/admin/offices/{officeId}/holidays/import': { isScoped: true, allow: admins, request: async (subject) => ({ path: { officeId: subject.officeId } }) },
  'DELETE /api/admin/offices/{officeId}/holidays/{holidayId}': {
    isScoped: true,
    allow: admins,
    request: async (subject) => {
      const holiday = await prisma().holiday.create({ data: { officeId: subject.officeId, date: new Date(`${randomFutureDate()}T00:00:00Z`), name: 'Matrix day' } });
      return { path: { officeId: subject.officeId, holidayId: holiday.id } };
    },
  },
  'GET /api/admin/teams': { isScoped: true, allow: (actor) => isAllowed(refusalToListTeams(adminActor(actor))), request: async (subject) => ({ query: { officeId: subject.officeId } }) },
  'POST /api/admin/teams': { allow: admins, request: async () => ({ body: { name: `Team ${randomUUID().slice(0, 8)}`, officeId: world.teamA.officeId } }) },
  'PATCH /api/admin/teams/{teamId}': { isScoped: true, allow: admins, request: async (subject) => ({ path: { teamId: subject.team.id }, body: { staleAfterDays: 14 } }) },
  'GET /api/admin/tv-framing': { allow: admins },
  'PUT /api/admin/tv-framing': { allow: admins, request: async () => ({ body: { origins: [] } }) },
  'GET /api/admin/goals': {
    isScoped: true,
    allow: (actor, subject) => isAllowed(refusalToEditOfficeGoals(adminActor(actor), [subject.team.id])),
    request: async (subject) => ({ query: { officeId: subject.officeId, from: world.month, to: world.month } }),
  },
  'PUT /api/admin/goals': {
    isScoped: true,
    allow: (actor, subject) => isAllowed(refusalToEditGoals(adminActor(actor), subject.team.id)),
    request: async (subject) => ({ body: { changes: [{ userId: memberOf(subject), month: world.month, amountMinor: 1_000_000 }] } }),
  },
  'GET /api/admin/people': {
    isScoped: true,
    allow: (actor, subject) => isAllowed(refusalToListPeople(adminActor(actor), subject.team.id)),
    request: async (subject) => ({ query: { teamId: subject.team.id } }),
  },
  'POST /api/admin/people': {
    isScoped: true,
    allow: (actor, subject) => isAllowed(refusalToManagePerson(adminActor(actor), { id: null, role: 'REP', teamId: subject.team.id })),
    request: async (subject) => ({ body: { name: 'New Person', email: `new-${randomUUID().slice(0, 8)}@matrix.test`, role: 'REP', teamId: subject.team.id } }),
  },
  'PATCH /api/admin/people/{userId}': {
    isScoped: true,
    allow: (actor, subject) => isAllowed(refusalToManagePerson(adminActor(actor), subject.person)),
    request: async (subject) => ({ path: { userId: (await targetPerson(subject)).id }, body: { name: 'Renamed Person' } }),
  },
  'POST /api/admin/people/{userId}/password-reset': {
    isScoped: true,
    allow: (actor, subject) => isAllowed(refusalToManagePerson(adminActor(actor), subject.person)),
    request: async (subject) => ({ path: { userId: (await targetPerson(subject)).id } }),
  },
  'POST /api/admin/people/{userId}/deactivate': {
    isScoped: true,
    allow: (actor, subject) => isAllowed(refusalToDeactivate(adminActor(actor), subject.person)),
    request: async (subject) => ({ path: { userId: (await targetPerson(subject)).id }, body: {} }),
  },
  'GET /api/admin/imports': { allow: admins },
  // CRM integrations: admins'; the receiver takes only what the connection's secret signs.
  'GET /api/admin/integrations': { allow: admins },
  'POST /api/admin/integrations': { allow: admins, request: async () => ({ body: { source: 'generic', name: 'Matrix CRM' } }) },
  ...Object.fromEntries(
    [
      ['PATCH /api/admin/integrations/{connectionId}', { name: 'Renamed CRM' }],
      ['DELETE /api/admin/integrations/{connectionId}', undefined],
      ['GET /api/admin/integrations/{connectionId}/deliveries', undefined],
      ['GET /api/admin/integrations/{connectionId}/mappings', undefined],
      ['POST /api/admin/integrations/{connectionId}/rotate', {}],
      ['POST /api/admin/integrations/{connectionId}/deliveries/{deliveryId}/replay', undefined],
    ].map(([key, body]) => [
      key as string,
      {
        allow: admins,
        request: async () => {
          const connectionId = await freshConnection();
          const delivery = await prisma().webhookDelivery.create({ data: { connectionId, status: 500, error: 'Matrix' } });
          return { path: { connectionId, deliveryId: delivery.id }, ...(body === undefined ? {} : { body }) };
        },
      } satisfies Rule,
    ]),
  ),
  'PUT /api/admin/integrations/{connectionId}/mappings': { allow: admins, request: async () => ({ path: { connectionId: await freshConnection() } }) },
  'POST /api/integrations/{connectionId}/webhook': {
    isPublicButSigned: true,
    allow: () => false,
    request: async () => ({ path: { connectionId: await freshConnection() }, body: { unsigned: true } }),
  },
  'POST /api/admin/imports/preview': { allow: admins, request: async () => ({ form: importForm() }) },
  'POST /api/admin/imports': { allow: admins, request: async () => ({ form: importForm() }) },
  ...Object.fromEntries(
    ['GET /api/admin/imports/{importId}/errors', 'POST /api/admin/imports/{importId}/undo'].map((key) => [
      key,
      {
        allow: admins,
        request: async () => {
          const run = await prisma().importRun.create({
            data: { source: 'csv', status: 'COMMITTED', actorId: world.actors.admin.id, files: {}, options: {}, counts: {}, problems: [] },
          });
          return { path: { importId: run.id } };
        },
      } satisfies Rule,
    ]),
  ),
};

/** A small CSV upload, as the import screen sends it. */
function importForm(): FormData {
  const form = new FormData();
  form.set('deals', new File(['Account,Title,Amount,Stage,Owner\nMatrix Ltd,Matrix deal,100,TODO,nobody@matrix.test\n'], 'deals.csv', { type: 'text/csv' }));
  form.set('options', JSON.stringify({ source: 'csv', dryRun: true }));
  return form;
}

function adminActor(actor: Actor) {
  return { id: actor.id, role: actor.role, ledTeamIds: actor.ledTeamIds, managedTeamIds: actor.managedTeamIds };
}

/** The manager a subject of this scope points at: the caller (own), their team's manager, another team's. */
function managerOf(subject: Subject): Person {
  if (subject.scope === 'own') return subject.person;
  const manager = world.actors.manager;
  return subject.scope === 'own team' ? { id: manager.id, role: 'MANAGER', teamId: null, active: true } : world.managerOfC;
}

async function freshConnection(): Promise<string> {
  const admin = (await loadSessionUser(world.actors.admin.id))!;
  return (await createIntegrationConnection({ actor: admin, input: { source: 'generic', name: 'Matrix CRM' }, baseUrl: 'http://localhost' })).connection.id;
}

function nextMonthStart(): string {
  const now = new Date();
  return new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() + 1, 1)).toISOString().slice(0, 10);
}

let holidayDay = 0;
function randomFutureDate(): string {
  holidayDay += 1;
  return new Date(Date.UTC(2027, 0, 1) + holidayDay * 86_400_000).toISOString().slice(0, 10);
}

// Everything else of a request comes from the document: required query values and a valid body.

function generatedParts(apiPath: string, method: string, subject: Subject): Request {
  const operation = document.paths[apiPath]![method]!;
  const context: SchemaContext = {
    document,
    idsFor: (name) => {
      if (/^(teamId)$/.test(name)) return fc.constant(subject.team.id);
      if (/^(officeId)$/.test(name)) return fc.constant(subject.officeId);
      if (/^(userId|ownerId|repId|personId)$/.test(name)) return fc.constant(subject.person.id);
      return undefined;
    },
  };
  const query: Record<string, string> = {};
  for (const parameter of operation.parameters ?? []) {
    if (parameter.in !== 'query' || !parameter.required) continue;
    const [value] = fc.sample(arbitraryFor(parameter.schema as JsonSchema, context, parameter.name), { numRuns: 1, seed: 7 });
    query[parameter.name] = typeof value === 'string' ? value : JSON.stringify(value);
  }
  const bodySchema = operation.requestBody?.content?.['application/json']?.schema as JsonSchema | undefined;
  const body = bodySchema ? fc.sample(arbitraryFor(bodySchema, context), { numRuns: 1, seed: 7 })[0] : undefined;
  return { path: {}, query, body };
}

async function send(caller: Caller, apiPath: string, method: string, request: Request) {
  const moduleKey = `/src/app/api/${apiPath.replace(/^\/api\//, '').replace(/\{(\w+)\}/g, '[$1]')}/route.ts`;
  const routeModule = await routeModules[moduleKey]!();
  const handler = routeModule[method.toUpperCase()] as (request: globalThis.Request, context: { params: Promise<Record<string, string>> }) => Promise<Response>;
  // Next.js always hands a route every parameter of its path; one the case did not choose is 'missing', as in the URL.
  const params: Record<string, string> = {};
  for (const [, name] of apiPath.matchAll(/\{(\w+)\}/g)) params[name!] = request.path[name!] ?? 'missing';
  const url = new URL(`http://localhost${apiPath.replace(/\{(\w+)\}/g, (_, name: string) => encodeURIComponent(params[name]!))}`);
  for (const [name, value] of Object.entries(request.query)) url.searchParams.set(name, value);
  const headers = new Headers(request.form ? {} : { 'content-type': 'application/json' });
  for (const [name, value] of Object.entries(request.headers ?? {})) headers.set(name, value);
  if (caller !== 'anonymous') headers.set('authorization', `Bearer ${world.bearer[caller]}`);
  const body = request.form ?? (request.body === undefined || method === 'get' ? undefined : JSON.stringify(request.body));
  const response = await handler(new globalThis.Request(url, { method: method.toUpperCase(), headers, body }), { params: Promise.resolve(params) });
  return { status: response.status, text: (await response.text()).slice(0, 300) };
}

const operations = Object.entries(document.paths).flatMap(([apiPath, item]) =>
  Object.keys(item)
    .filter((method) => ['get', 'post', 'put', 'patch', 'delete'].includes(method))
    .map((method) => ({ apiPath, method, key: `${method.toUpperCase()} ${apiPath}`, isPublic: Array.isArray(item[method]!.security) && item[method]!.security!.length === 0 })),
);

beforeAll(async () => {
  const client = prisma();
  passwordHash = await (await import('@/server/auth/password')).hashPassword(password);
  await client.organization.create({ data: { name: 'Matrix Inc', reportingCurrency: 'USD' } });
  const newYork = await createOffice(client, { name: 'New York', timeZone: 'America/New_York', currency: 'USD', locale: 'en-US' });
  const london = await createOffice(client, { name: 'London', timeZone: 'Europe/London', currency: 'USD', locale: 'en-GB' });
  const alpha = await createTeam(client, { officeId: newYork.id, name: 'Alpha' });
  const charlie = await createTeam(client, { officeId: london.id, name: 'Charlie' });
  const make = (role: AdminRole, teamId: string | null) => createUser(client, { role, teamId, passwordHash });
  const users = { rep: await make('REP', alpha.id), lead: await make('LEAD', alpha.id), manager: await make('MANAGER', null), admin: await make('ADMIN', null) };
  const teammate = await make('REP', alpha.id);
  const outsider = await make('REP', charlie.id);
  const managerOfC = await make('MANAGER', null);
  await client.team.update({ where: { id: alpha.id }, data: { leadId: users.lead.id, managerId: users.manager.id } });
  await client.team.update({ where: { id: charlie.id }, data: { managerId: managerOfC.id } });
  const now = new Date();
  const sprintOf = async (office: { id: string; timeZone: string }) => (await ensureSprintsOfMonth(office, monthStartInZone(now, office.timeZone)))[0]!.id;
  const actors = Object.fromEntries<Actor>(
    (Object.keys(users) as Role[]).map((role) => {
      const user = users[role];
      return [
        role,
        {
          id: user.id,
          role: user.role as AdminRole,
          teamId: user.teamId,
          ledTeamIds: role === 'lead' ? [alpha.id] : [],
          managedTeamIds: role === 'manager' ? [alpha.id] : [],
        } satisfies Actor,
      ];
    }),
  ) as unknown as Record<Role, Actor>;
  const bearer = {} as Record<Role, string>;
  for (const role of Object.keys(users) as Role[]) {
    bearer[role] = (await createApiToken({ actor: (await loadSessionUser(users[role].id))!, input: { name: `matrix ${role}` } })).token;
  }
  world = {
    actors,
    bearer,
    teamA: { id: alpha.id, officeId: newYork.id, sprintId: await sprintOf(newYork) },
    teamC: { id: charlie.id, officeId: london.id, sprintId: await sprintOf(london) },
    teammate: person(teammate),
    outsider: person(outsider),
    managerOfC: person(managerOfC),
    month: monthKey(monthStartInZone(now, 'America/New_York')),
  };
}, 120_000);

const scopes: Scope[] = ['own', 'own team', 'other team'];
const roles: Role[] = ['rep', 'lead', 'manager', 'admin'];

describe('the authorization matrix', () => {
  it('covers the whole document', () => {
    expect(operations.length).toBeGreaterThanOrEqual(80);
    const withoutRule = operations.filter((operation) => !rules[operation.key]).map((operation) => operation.key);
    if (withoutRule.length > 0) console.warn(`Operations without an authorization rule (only anonymous and 5xx checked): ${withoutRule.join(', ')}`);
    // Rules for operations that are gone from the document are stale.
    expect(Object.keys(rules).filter((key) => !operations.some((operation) => operation.key === key))).toEqual([]);
  });

  for (const operation of operations) {
    it(`${operation.key}`, async () => {
      const rule = rules[operation.key];
      const mismatches: string[] = [];
      let cells = 0;
      for (const caller of ['anonymous', ...roles] as Caller[]) {
        const actor = world.actors[caller === 'anonymous' ? 'rep' : caller];
        for (const scope of rule?.isScoped ? scopes : (['own'] as Scope[])) {
          const subject = subjectFor(scope, actor);
          const generated = generatedParts(operation.apiPath, operation.method, subject);
          const given = rule?.request ? await rule.request(subject) : {};
          const request: Request = { path: given.path ?? generated.path, query: given.query ?? generated.query, headers: given.headers, body: 'body' in given ? given.body : generated.body, form: given.form };
          const answer = await send(caller, operation.apiPath, operation.method, request);
          cells += 1;
          if (!rule && caller !== 'anonymous' && !operation.isPublic) {
            // No rule yet: only that it answers without a server error.
            if (answer.status >= 500) mismatches.push(`${caller}: ${answer.status} ${answer.text}`);
            continue;
          }
          const expected = rule?.isPublicButSigned ? false : operation.isPublic ? true : caller === 'anonymous' ? false : rule!.allow(actor, subject);
          // A public operation may still say a link is unknown (404); it never asks who you are.
          const refusals = operation.isPublic ? [401, 403] : caller === 'anonymous' ? [401] : [401, 403, 404];
          const isRefused = refusals.includes(answer.status);
          const isAsExpected =
            expected === 'invalid' ? [400, 409, 422].includes(answer.status) : expected ? !isRefused && answer.status < 500 : isRefused;
          if (!isAsExpected) {
            mismatches.push(`${caller} × ${scope}: expected ${expected === 'invalid' ? 'a broken rule' : expected ? 'allowed' : 'refused'}, got ${answer.status} ${answer.text}`);
          }
        }
      }
      expect(mismatches, `${cells} cells`).toEqual([]);
    });
  }
});
