'use client';

import { useState } from 'react';
import { CartesianGrid, ComposedChart, Line, Tooltip, XAxis, YAxis } from 'recharts';
import { formatMoney, toMinorUnits } from '@/domain/money';
import type { z } from 'zod';
import type { ZBacktestResult } from '@/schemas/forecast';
import { messageOf } from '@/lib/api-client';
import { loadBacktest } from './forecast-api';

// The talk's chart: what the simulation predicted three months ahead against what was
// won, month by month, with the error figures in words beside it.

type Backtest = z.infer<typeof ZBacktestResult>;
const HORIZON = 3;

function percent(value: number | null): string {
  return value === null ? 'not enough data' : `${(value * 100).toFixed(1)}%`;
}

export function describeBacktest(result: Backtest): string {
  const row = result.summary.find((item) => item.scope === 'company' && item.horizon === HORIZON);
  if (!row || row.simulation.count === 0) return 'There is not enough history yet to test forecasts three months ahead: it needs six months behind each starting point and three after it.';
  const parts = [
    `Over ${row.simulation.count} months, the forecast made three months ahead was off by ${percent(row.simulation.mape)} on average (MAPE)`,
    `the average of the last three months was off by ${percent(row.lastThreeMonths.mape)}`,
  ];
  if (row.sameMonthLastYear.count > 0) parts.push(`the same month last year, grown, by ${percent(row.sameMonthLastYear.mape)}`);
  const rollup = result.summary.find((item) => item.scope === 'company' && item.horizon === 1)?.sprintRollup;
  const bias = row.simulation.bias ?? 0;
  return `${parts.join('; ')}. The P10–P90 band held the actual revenue ${percent(row.simulation.coverage)} of the time (80% is ideal), and the forecasts ran ${Math.abs(bias * 100).toFixed(1)}% ${bias >= 0 ? 'high' : 'low'} overall.${rollup ? ` The reps’ rolled-up commits, made in each month’s first week, were off by ${percent(rollup.mape)}.` : ''}`;
}

export function BacktestSection({ currency, locale }: { currency: string; locale: string }) {
  const [state, setState] = useState<{ status: 'idle' | 'loading' | 'done' | 'failed'; result?: Backtest; message?: string }>({ status: 'idle' });
  const compact = (value: number) => formatMoney(toMinorUnits(value, currency), currency, locale, { compact: true });
  const run = async () => {
    setState({ status: 'loading' });
    try {
      setState({ status: 'done', result: await loadBacktest() });
    } catch (error) {
      setState({ status: 'failed', message: messageOf(error) });
    }
  };
  const rows =
    state.result?.origins.flatMap((origin) =>
      origin.predictions.filter((prediction) => prediction.scope === 'company' && prediction.horizon === HORIZON).map((prediction) => ({ month: prediction.month, predicted: prediction.p50, actual: prediction.actual })),
    ) ?? [];
  return (
    <section className="card forecast-backtest" aria-labelledby="backtest-title">
      <h2 id="backtest-title">How accurate has it been?</h2>
      <p className="muted">The backtest refits the model at every past month start on only what was known then, and compares its forecast with what was won.</p>
      {state.status === 'idle' ? (
        <button type="button" className="button secondary" onClick={run}>
          Run the backtest
        </button>
      ) : null}
      {state.status === 'loading' ? <p role="status">Refitting the model month by month…</p> : null}
      {state.status === 'failed' ? <p className="alert" role="alert">{state.message}</p> : null}
      {state.result ? (
        <>
          <p data-testid="backtest-summary">{describeBacktest(state.result)}</p>
          {rows.length > 0 ? (
            <ComposedChart responsive style={{ width: '100%', height: 260 }} data={rows} margin={{ top: 12, right: 12, bottom: 4, left: 8 }} aria-hidden="true">
              <CartesianGrid stroke="var(--border)" vertical={false} />
              <XAxis dataKey="month" tick={{ fontSize: 12, fill: 'var(--muted)' }} tickLine={false} interval="preserveStartEnd" />
              <YAxis tickFormatter={compact} tick={{ fontSize: 12, fill: 'var(--muted)' }} tickLine={false} axisLine={false} width={64} />
              <Line dataKey="actual" name="Won" stroke="var(--text)" strokeWidth={2.5} dot={{ r: 2 }} isAnimationActive={false} />
              <Line dataKey="predicted" name="Predicted 3 months ahead" stroke="#2563eb" strokeDasharray="5 4" strokeWidth={2.5} dot={{ r: 2 }} isAnimationActive={false} />
              <Tooltip formatter={(value) => compact(Number(value))} isAnimationActive={false} />
            </ComposedChart>
          ) : null}
        </>
      ) : null}
    </section>
  );
}
