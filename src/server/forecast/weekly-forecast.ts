import { prisma } from '@/server/db';
import { forecastRunData } from '@/server/use-cases/save-forecast-run';
import { getLiveForecast } from './cached-forecast';

// One forecast a week is kept automatically, so the page can later show how forecasts
// made 1, 2 and 3 months earlier turned out. Every instance checks hourly; a transaction-
// scoped advisory lock makes the check-and-save happen once across instances.

const WEEK_MS = 7 * 86_400_000;
const weeklyForecastLock = 72_400_012;

async function hasRecentWeeklyRun(now: Date): Promise<boolean> {
  const latest = await prisma.forecastRun.findFirst({ where: { source: 'weekly' }, orderBy: { asOf: 'desc' }, select: { asOf: true } });
  return latest !== null && now.getTime() - latest.asOf.getTime() < WEEK_MS - 3_600_000;
}

/** Saves the weekly forecast when the last one is a week old; true when this call saved it. */
export async function saveWeeklyForecastIfDue(now = new Date()): Promise<boolean> {
  const hasOrganisation = (await prisma.organization.count()) > 0;
  if (!hasOrganisation || (await hasRecentWeeklyRun(now))) return false;
  // Computed before the transaction, which then only takes the lock, checks and inserts.
  const { forecast } = await getLiveForecast({ months: 6, runs: 10_000, now });
  return prisma.$transaction(
    async (tx) => {
      const [lock] = await tx.$queryRaw<Array<{ locked: boolean }>>`SELECT pg_try_advisory_xact_lock(${weeklyForecastLock}::bigint) AS locked`;
      if (!lock?.locked) return false;
      // Another instance may have saved it while this one waited for the lock.
      const latest = await tx.forecastRun.findFirst({ where: { source: 'weekly' }, orderBy: { asOf: 'desc' }, select: { asOf: true } });
      if (latest && now.getTime() - latest.asOf.getTime() < WEEK_MS - 3_600_000) return false;
      await tx.forecastRun.create({ data: forecastRunData(forecast, { months: 6, source: 'weekly', createdById: null }) });
      return true;
    },
    { timeout: 20_000, maxWait: 20_000 },
  );
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
