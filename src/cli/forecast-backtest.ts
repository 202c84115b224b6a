// npm run forecast:backtest -- [--from YYYY-MM] [--to YYYY-MM] [--runs N] [--seed 1] [--json]
// Rolling-origin backtest over the organisation's own history: for each month start with
// six months behind it, refit on what was known then and predict 1 to 6 months ahead.
import { runBacktest } from '@/domain/forecast/backtest';
import { parseEnvironment } from '@/server/env';
import { openDatabase, resolveDatabaseTarget } from '@/server/db';
import { loadForecastHistory } from '@/server/forecast/load-forecast-history';
import { parseOptions, readInteger, readMonth } from './forecast-arguments';
import { runCommand } from './run-command';

await runCommand('forecast:backtest', async () => {
  const options = parseOptions(process.argv.slice(2), { '--from': 'value', '--to': 'value', '--runs': 'value', '--seed': 'value', '--json': 'flag' });
  const from = readMonth(options, '--from');
  const to = readMonth(options, '--to');
  if (from && to && from.getTime() > to.getTime()) throw new Error('--from must not be after --to');
  const runs = readInteger(options, '--runs', 2_000, 10, 100_000);
  const seed = readInteger(options, '--seed', 1, 0, 2_147_483_647);
  const database = openDatabase(resolveDatabaseTarget(parseEnvironment(process.env)));
  try {
    const history = await loadForecastHistory(database.prisma);
    const result = runBacktest(history, { from, to, now: new Date(), runs, seed });
    if (options.has('--json')) {
      process.stdout.write(`${JSON.stringify({ reportingCurrency: result.reportingCurrency, runs: result.runs, summary: result.summary, origins: result.origins })}\n`);
      return;
    }
    const percent = (value: number | null) => (value === null ? '   —' : `${(value * 100).toFixed(1)}%`.padStart(6));
    console.log(`Backtest over ${result.origins.length} origins, ${runs.toLocaleString('en-US')} runs each (MAPE; band coverage):`);
    for (const row of result.summary.filter((item) => item.scope === 'company' || item.scope.startsWith('office:'))) {
      console.log(
        `${row.scope.padEnd(24)} ${row.horizon} month${row.horizon === 1 ? ' ' : 's'} ahead: simulation ${percent(row.simulation.mape)} (P10–P90 held ${percent(row.simulation.coverage)}), last 3 months ${percent(row.lastThreeMonths.mape)}, same month last year ${percent(row.sameMonthLastYear.mape)}${row.sprintRollup ? `, reps' roll-up ${percent(row.sprintRollup.mape)}` : ''}`,
      );
    }
  } finally {
    await database.close();
  }
});
