// npm run forecast:accuracy — the accuracy figures of docs/forecasting.md: the rolling-
// origin backtest on the independent generator's four years of history (with its noise
// floor, the error of the generator's own expected value) and, with DATABASE_URL or the
// embedded database, on the organisation in the database (e.g. the demo after db:seed).
import { runBacktest, type BacktestResult } from '@/domain/forecast/backtest';
import { generateSalesHistory } from '@/domain/forecast/generate-sales-history';
import { parseEnvironment } from '@/server/env';
import { openDatabase, resolveDatabaseTarget } from '@/server/db';
import { loadForecastHistory } from '@/server/forecast/load-forecast-history';
import { parseOptions, readInteger } from './forecast-arguments';
import { runCommand } from './run-command';

const percent = (value: number | null) => (value === null ? '—' : `${(value * 100).toFixed(1)}%`);

function table(result: BacktestResult, floor?: Map<number, number>): string {
  const rows = result.summary.filter((row) => row.scope === 'company');
  const header = `| Months ahead | Simulation MAPE | WAPE | Bias | P10–P90 held | Last 3 months MAPE | Same month last year MAPE | Reps' roll-up MAPE |${floor ? ' Noise floor |' : ''}\n|---|---|---|---|---|---|---|---|${floor ? '---|' : ''}`;
  const lines = rows.map(
    (row) =>
      `| ${row.horizon} | ${percent(row.simulation.mape)} | ${percent(row.simulation.wape)} | ${percent(row.simulation.bias)} | ${percent(row.simulation.coverage)} | ${percent(row.lastThreeMonths.mape)} | ${percent(row.sameMonthLastYear.mape)} | ${row.sprintRollup ? percent(row.sprintRollup.mape) : '—'} |${floor ? ` ${percent(floor.get(row.horizon) ?? null)} |` : ''}`,
  );
  return [header, ...lines].join('\n');
}

await runCommand('forecast:accuracy', async () => {
  const options = parseOptions(process.argv.slice(2), { '--runs': 'value', '--skip-database': 'flag' });
  const runs = readInteger(options, '--runs', 2_000, 10, 100_000);
  const generated = generateSalesHistory();
  const synthetic = runBacktest(generated.history, { now: generated.end, runs });
  const floor = new Map<number, number>();
  for (let horizon = 1; horizon <= 6; horizon += 1) {
    const predictions = synthetic.origins.flatMap((origin) => origin.predictions.filter((prediction) => prediction.scope === 'company' && prediction.horizon === horizon));
    floor.set(horizon, predictions.reduce((sum, prediction) => sum + Math.abs((generated.expectedByMonth.get(prediction.month)?.company ?? 0) / 100 - prediction.actual) / prediction.actual, 0) / predictions.length);
  }
  console.log(`Generator (seed 7, 48 months, ${synthetic.origins.length} origins, ${runs} runs each), company:\n\n${table(synthetic, floor)}\n`);
  if (options.has('--skip-database')) return;
  const database = openDatabase(resolveDatabaseTarget(parseEnvironment(process.env)));
  try {
    const history = await loadForecastHistory(database.prisma);
    const organisation = runBacktest(history, { now: new Date(), runs });
    console.log(`The database's organisation (${organisation.origins.length} origins, ${runs} runs each), company:\n\n${table(organisation)}`);
  } finally {
    await database.close();
  }
});
