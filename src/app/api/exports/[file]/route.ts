import { userRoute } from '@/server/user-route';
import { AppError } from '@/server/errors';
import type { SessionUser } from '@/server/auth/session-user';
import { exportDeals } from '@/server/use-cases/export-deals';
import { exportDealEvents } from '@/server/use-cases/export-deal-events';
import { exportGoals } from '@/server/use-cases/export-goals';
import { exportPeople } from '@/server/use-cases/export-people';
import { exportForecasts } from '@/server/use-cases/export-forecasts';
import { exportOrganization } from '@/server/use-cases/export-organization';

export const dynamic = 'force-dynamic';

const csvExports: Record<string, (options: { actor: SessionUser }) => Promise<string>> = {
  'deals.csv': exportDeals,
  'deal-events.csv': exportDealEvents,
  'goals.csv': exportGoals,
  'people.csv': exportPeople,
  'forecasts.csv': exportForecasts,
};

// GET /api/exports/:file — deals.csv, deal-events.csv, goals.csv, people.csv, forecasts.csv (what the user may read) or organization.json (admins).
export const GET = userRoute<{ file: string }>(async ({ actor, params: { file } }) => {
  const day = new Date().toISOString().slice(0, 10);
  if (file === 'organization.json') {
    const body = JSON.stringify(await exportOrganization({ actor }));
    return new Response(body, { headers: { 'content-type': 'application/json', 'content-disposition': `attachment; filename="cadence-backup-${day}.json"` } });
  }
  const exporter = csvExports[file];
  if (!exporter) throw new AppError('NOT_FOUND', `There is no export called ${file}: ask for ${[...Object.keys(csvExports), 'organization.json'].join(', ')}.`);
  return new Response(await exporter({ actor }), { headers: { 'content-type': 'text/csv; charset=utf-8', 'content-disposition': `attachment; filename="cadence-${file.replace('.csv', '')}-${day}.csv"` } });
});
