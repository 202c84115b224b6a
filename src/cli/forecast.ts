// npm run forecast -- [--as-of YYYY-MM-DD] [--months 6] [--runs 10000] [--seed 1] [--json]
// Prints the revenue forecast for the company, offices, teams and reps as known at the
// as-of date (today by default), in the reporting currency's major units.
import { minorUnitDigits } from '@/domain/money';
import { parseEnvironment } from '@/server/env';
import { openDatabase, resolveDatabaseTarget } from '@/server/db';
import { computeForecast } from '@/server/forecast/compute-forecast';
import { loadForecastInputs } from '@/server/forecast/load-forecast-history';
import { parseOptions, readDay, readInteger } from './forecast-arguments';
import { runCommand } from './run-command';

await runCommand('forecast', async () => {
  const options = parseOptions(process.argv.slice(2), { '--as-of': 'value', '--months': 'value', '--runs': 'value', '--seed': 'value', '--json': 'flag' });
  const asOfDay = readDay(options, '--as-of');
  const asOf = asOfDay ? new Date(asOfDay.getTime() + 86_400_000 - 1) : new Date();
  const months = readInteger(options, '--months', 6, 1, 12);
  const runs = readInteger(options, '--runs', 10_000, 10, 100_000);
  const seed = readInteger(options, '--seed', 1, 0, 2_147_483_647);
  const database = openDatabase(resolveDatabaseTarget(parseEnvironment(process.env)));
  try {
    const { history, facts } = await loadForecastInputs(database.prisma, { asOf, months });
    const forecast = computeForecast({ kind: 'forecast', history, facts, asOf, months, runs, seed });
    const scale = 10 ** minorUnitDigits(forecast.reportingCurrency);
    const major = (minor: number) => Math.round(minor) / scale;
    const scopes = forecast.scopes.map((scope) => ({
      scope: scope.kind === 'company' ? 'company' : `${scope.kind}:${scope.name}`,
      months: scope.months.map((month) => ({
        month: month.month,
        p10: major(month.p10),
        p50: major(month.p50),
        p90: major(month.p90),
        mean: major(month.mean),
        alreadyWon: major(month.alreadyWon),
        pipeline: major(month.pipeline),
        currentReps: major(month.currentReps),
        plannedHires: major(month.plannedHires),
      })),
    }));
    if (options.has('--json')) {
      process.stdout.write(`${JSON.stringify({ asOf: forecast.asOf, reportingCurrency: forecast.reportingCurrency, runs, seed, notes: forecast.model.notes, scopes }, null, 2)}\n`);
      return;
    }
    const format = (value: number) => Math.round(value).toLocaleString('en-US');
    console.log(`Forecast as of ${forecast.asOf.slice(0, 10)} in ${forecast.reportingCurrency}, ${runs.toLocaleString('en-US')} runs (P10 / P50 / P90):`);
    for (const note of forecast.model.notes) console.log(`  note: ${note}`);
    for (const scope of scopes.filter((item) => !item.scope.startsWith('rep:'))) {
      console.log(`\n${scope.scope}`);
      for (const month of scope.months) console.log(`  ${month.month}  ${format(month.p10).padStart(14)} ${format(month.p50).padStart(14)} ${format(month.p90).padStart(14)}`);
    }
  } finally {
    await database.close();
  }
});
