'use client';

import { Area, CartesianGrid, ComposedChart, Line, Tooltip, XAxis, YAxis } from 'recharts';
import { formatMoney } from '@/domain/money';
import type { TForecastScope } from '@/schemas/forecast';

// The fan chart: revenue actually won in the past months, then the simulated P10–P90
// band and the median ahead. It only draws; the table beside it has the same figures.

export type FanRow = { month: string; actual: number | null; band: [number, number] | null; p50: number | null };

export function toFanRows(scope: TForecastScope): FanRow[] {
  const past = scope.actuals.map((item) => ({ month: item.month, actual: item.amount, band: null, p50: null }));
  const ahead = scope.months.map((month) => ({ month: month.month, actual: null, band: [month.p10, month.p90] as [number, number], p50: month.p50 }));
  return [...past, ...ahead];
}

export function FanChart({ scope, currency, locale }: { scope: TForecastScope; currency: string; locale: string }) {
  const compact = (value: number) => formatMoney(value, currency, locale, { compact: true });
  const rows = toFanRows(scope);
  return (
    <figure className="forecast-fan" data-testid="forecast-fan">
      <ComposedChart responsive style={{ width: '100%', height: 320 }} data={rows} margin={{ top: 12, right: 12, bottom: 4, left: 8 }} aria-hidden="true">
        <CartesianGrid stroke="var(--border)" vertical={false} />
        <XAxis dataKey="month" tick={{ fontSize: 12, fill: 'var(--muted)' }} tickLine={false} axisLine={{ stroke: 'var(--border-strong)' }} interval="preserveStartEnd" />
        <YAxis tickFormatter={compact} tick={{ fontSize: 12, fill: 'var(--muted)' }} tickLine={false} axisLine={false} width={64} />
        <Area dataKey="band" name="P10–P90" stroke="none" fill="var(--chart-band)" fillOpacity={0.55} isAnimationActive={false} className="forecast-band" />
        <Line dataKey="p50" name="Median" stroke="var(--accent)" strokeWidth={2.5} dot={{ r: 3 }} isAnimationActive={false} />
        <Line dataKey="actual" name="Won" stroke="var(--text)" strokeWidth={2.5} dot={{ r: 3 }} isAnimationActive={false} />
        <Tooltip formatter={(value) => (Array.isArray(value) ? value.map((item) => compact(Number(item))).join(' – ') : compact(Number(value)))} isAnimationActive={false} />
      </ComposedChart>
      <figcaption>
        <ul className="burn-down-legend">
          <li>
            <span className="burn-down-key" style={{ borderTopColor: 'var(--text)', borderTopWidth: 3 }} /> Revenue won
          </li>
          <li>
            <span className="legend-box" style={{ background: 'var(--chart-band)' }} /> 8 in 10 simulated months fall in this band (P10–P90)
          </li>
          <li>
            <span className="burn-down-key" style={{ borderTopColor: 'var(--accent)', borderTopWidth: 3 }} /> Median (P50)
          </li>
        </ul>
      </figcaption>
    </figure>
  );
}
