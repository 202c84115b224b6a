import { afterAll } from 'vitest';
import { encode } from 'next-auth/jwt';
import { createDeal, createOffice, createTeam, createUser, type UserRecord } from '../factories';
import { resetDatabase } from '../setup/test-database';
import type { Database } from '@/server/db';
import { stopForecastWorker } from '@/server/forecast/run-in-worker';
import { forecastWorkerPath } from '@/server/forecast/worker-path';

// The organisation the forecast's integration tests run on (forecast-cache,
// forecast-settings, forecast-hiring-link): one USD office in New York with the
// Enterprise team (managed by Max Manager) and an empty Mid-market team, Ana Rep on
// Enterprise with a history of deals, and Ada Admin. The forecast runs in its worker
// thread, stopped after the file. A test file sets NEXTAUTH_SECRET first (vi.hoisted), as
// the session cookies below are signed with it.

process.env.CADENCE_FORECAST_WORKER_PATH = forecastWorkerPath;
afterAll(async () => {
  await stopForecastWorker();
});

export const DAY = 86_400_000;

export type ForecastOrganisation = { team: { id: string }; otherTeam: { id: string }; rep: UserRecord; manager: UserRecord; admin: UserRecord };

/**
 * Empties the database and seeds the organisation. Ana's deals: one every `everyDays`
 * from `fromDaysAgo`, each closing `closeAfterDays` later if that has passed (won, or
 * lost for every `lostEvery`-th), else still open.
 */
export async function seedForecastOrganisation(
  prisma: Database['prisma'],
  history: { repStartedDaysAgo: number; fromDaysAgo: number; everyDays: number; closeAfterDays: number; amountMinor: number; lostEvery?: number },
): Promise<ForecastOrganisation> {
  await resetDatabase(prisma);
  await prisma.organization.create({ data: { name: 'Acme', reportingCurrency: 'USD' } });
  const office = await createOffice(prisma, { name: 'New York', timeZone: 'America/New_York', currency: 'USD', locale: 'en-US' });
  const team = await createTeam(prisma, { officeId: office.id, name: 'Enterprise' });
  const otherTeam = await createTeam(prisma, { officeId: office.id, name: 'Mid-market' });
  const rep = await createUser(prisma, { role: 'REP', teamId: team.id, name: 'Ana Rep', startDate: new Date(Date.now() - history.repStartedDaysAgo * DAY) });
  const manager = await createUser(prisma, { role: 'MANAGER', teamId: null, name: 'Max Manager' });
  const admin = await createUser(prisma, { role: 'ADMIN', teamId: null, name: 'Ada Admin' });
  await prisma.team.update({ where: { id: team.id }, data: { managerId: manager.id } });
  for (let day = history.fromDaysAgo, index = 0; day > 0; day -= history.everyDays, index += 1) {
    const createdAt = new Date(Date.now() - day * DAY);
    const closedAt = new Date(createdAt.getTime() + history.closeAfterDays * DAY);
    const isClosed = closedAt.getTime() < Date.now();
    const isLost = history.lostEvery !== undefined && index % history.lostEvery === 0;
    await createDeal(prisma, {
      ownerId: rep.id,
      teamId: team.id,
      account: `Account ${index}`,
      amountMinor: history.amountMinor,
      createdAt,
      stage: isClosed ? 'COMPLETED' : 'TODO',
      stageChangedAt: isClosed ? closedAt : createdAt,
      outcome: isClosed ? (isLost ? 'LOST' : 'WON') : null,
      closedAt: isClosed ? closedAt : null,
      closedAmountMinor: isClosed && !isLost ? history.amountMinor : null,
    });
  }
  return { team, otherTeam, rep, manager, admin };
}

type Handler = (request: Request, context: { params: Promise<Record<string, string>> }) => Promise<Response>;

/** Calls a route handler with `user`'s session cookie: GET, or POST when there is a body, unless `method` says otherwise. */
export async function callAs(user: UserRecord, handler: unknown, options: { method?: string; body?: unknown; query?: string } = {}) {
  const cookie = `next-auth.session-token=${await encode({ token: { sub: user.id, role: user.role }, secret: process.env.NEXTAUTH_SECRET! })}`;
  const request = new Request(`http://localhost/api/test${options.query ?? ''}`, {
    method: options.method ?? (options.body === undefined ? 'GET' : 'POST'),
    headers: { cookie, 'content-type': 'application/json' },
    body: options.body === undefined ? undefined : JSON.stringify(options.body),
  });
  const response = await (handler as Handler)(request, { params: Promise.resolve({}) });
  return { status: response.status, body: (await response.json()) as Record<string, any> };
}
