import { prisma } from '@/server/db';
import { withAdvisoryLock } from '@/server/advisory-lock';
import { forecastRunData } from '@/server/use-cases/save-forecast-run';
import { getLiveForecast } from './cached-forecast';

// One forecast a week is kept automatically, so the page can later show how forecasts
// made 1, 2 and 3 months earlier turned out. Every instance checks hourly; the instance
// that takes the advisory lock 'weekly-forecast' (src/server/advisory-lock.ts) checks,
// computes and saves, and the others skip that round: the forecast is computed and
// saved once across instances.

const WEEK_MS = 7 * 86_400_000;

async function hasRecentWeeklyRun(client: typeof prisma, now: Date): Promise<boolean> {
  const latest = await client.forecastRun.findFirst({ where: { source: 'weekly' }, orderBy: { asOf: 'desc' }, select: { asOf: true } });
  return latest !== null && now.getTime() - latest.asOf.getTime() < WEEK_MS - 3_600_000;
}

/** Saves the weekly forecast when the last one is a week old; true when this call saved it. */
export async function saveWeeklyForecastIfDue(now = new Date()): Promise<boolean> {
  const hasOrganisation = (await prisma.organization.count()) > 0;
  if (!hasOrganisation || (await hasRecentWeeklyRun(prisma, now))) return false;
  const result = await withAdvisoryLock('weekly-forecast', async () => {
    // Another instance may have saved it just before this one took the lock.
    if (await hasRecentWeeklyRun(prisma, now)) return false;
    const { forecast } = await getLiveForecast({ months: 6, runs: 10_000, now });
    await prisma.forecastRun.create({ data: forecastRunData(forecast, { months: 6, source: 'weekly', createdById: null }) });
    return true;
  });
  return result.acquired && result.value;
}

/** Checks every hour (first after ten minutes); returns the function that stops it. */
export function scheduleWeeklyForecast(): () => void {
  const check = () => {
    saveWeeklyForecastIfDue().catch((error: unknown) => console.warn('The weekly forecast was not saved:', error instanceof Error ? error.message : error));
  };
  const first = setTimeout(check, 10 * 60_000);
  const hourly = setInterval(check, 60 * 60_000);
  first.unref();
  hourly.unref();
  return () => {
    clearTimeout(first);
    clearInterval(hourly);
  };
}
