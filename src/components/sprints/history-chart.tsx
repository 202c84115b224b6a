'use client';

import { Bar, CartesianGrid, ComposedChart, Line, Tooltip, XAxis, YAxis } from 'recharts';
import { formatMoney } from '@/domain/money';
import type { HistoryChartRow } from './history-rows';

// Velocity per sprint: revenue won as bars (left axis) and deals won as a line (right
// axis), then a small chart of how often commitments were met. It only draws; the table
// beside it carries the same numbers for anyone who cannot read a chart.

const revenueColour = 'var(--chart-blue)';
const dealsColour = 'var(--chart-teal)';
const metColour = 'var(--chart-violet)';

function HistoryTooltip({ active, payload, money }: { active?: boolean; payload?: readonly { payload?: unknown }[]; money: (value: number) => string }) {
  const row = payload?.[0]?.payload as HistoryChartRow | undefined;
  if (!active || !row) return null;
  return (
    <div className="burn-down-tooltip">
      <p className="burn-down-tooltip-date">
        {row.label}
        {row.isCurrent ? ' (this week)' : ''}
      </p>
      <p>Won: {money(row.wonMinor)}</p>
      <p>
        Deals won: {row.wonCount} · lost: {row.lostCount}
      </p>
      <p>Commitments met: {row.metPercent === null ? 'none decided' : `${row.metPercent}%`}</p>
    </div>
  );
}

export function HistoryChart({ rows, currency, locale, title }: { rows: HistoryChartRow[]; currency: string; locale: string; title: string }) {
  const money = (value: number) => formatMoney(value, currency, locale);
  const compact = (value: number) => formatMoney(value, currency, locale, { compact: true });
  return (
    <div className="history-charts" aria-hidden="true">
      <ComposedChart responsive style={{ width: '100%', height: 300 }} data={rows} margin={{ top: 12, right: 12, bottom: 4, left: 8 }} title={`${title}: revenue and deals won per sprint`}>
        <CartesianGrid stroke="var(--border)" vertical={false} />
        <XAxis dataKey="axisLabel" tick={{ fontSize: 12, fill: 'var(--muted)' }} tickLine={false} axisLine={{ stroke: 'var(--border-strong)' }} interval="preserveStartEnd" />
        <YAxis yAxisId="money" tickFormatter={compact} tick={{ fontSize: 12, fill: 'var(--muted)' }} tickLine={false} axisLine={false} width={64} />
        <YAxis yAxisId="count" orientation="right" allowDecimals={false} tick={{ fontSize: 12, fill: 'var(--muted)' }} tickLine={false} axisLine={false} width={36} />
        <Bar yAxisId="money" dataKey="wonMinor" name="Revenue won" fill={revenueColour} radius={[4, 4, 0, 0]} isAnimationActive={false} />
        <Line yAxisId="count" dataKey="wonCount" name="Deals won" stroke={dealsColour} strokeWidth={2.5} dot={{ r: 3 }} isAnimationActive={false} />
        <Tooltip content={({ active, payload }) => <HistoryTooltip active={active} payload={payload} money={money} />} isAnimationActive={false} />
      </ComposedChart>
      <ul className="burn-down-legend">
        <li>
          <span className="legend-box" style={{ background: revenueColour }} /> Revenue won (left axis)
        </li>
        <li>
          <span className="burn-down-key" style={{ borderTopColor: dealsColour, borderTopWidth: 3 }} /> Deals won (right axis)
        </li>
      </ul>
      {rows.every((row) => row.metPercent === null) ? (
        <p className="muted small">No commitments were decided in these sprints yet, so there is no share met to chart.</p>
      ) : (
      <ComposedChart responsive style={{ width: '100%', height: 160 }} data={rows} margin={{ top: 12, right: 48, bottom: 4, left: 8 }} title={`${title}: commitments met per sprint`}>
        <CartesianGrid stroke="var(--border)" vertical={false} />
        <XAxis dataKey="axisLabel" tick={{ fontSize: 12, fill: 'var(--muted)' }} tickLine={false} axisLine={{ stroke: 'var(--border-strong)' }} interval="preserveStartEnd" />
        <YAxis domain={[0, 100]} ticks={[0, 50, 100]} tickFormatter={(value: number) => `${value}%`} tick={{ fontSize: 12, fill: 'var(--muted)' }} tickLine={false} axisLine={false} width={64} />
        <Line dataKey="metPercent" name="Commitments met" stroke={metColour} strokeWidth={2.5} dot={{ r: 3 }} connectNulls isAnimationActive={false} />
        <Tooltip content={({ active, payload }) => <HistoryTooltip active={active} payload={payload} money={money} />} isAnimationActive={false} />
      </ComposedChart>
      )}
      <ul className="burn-down-legend">
        <li>
          <span className="burn-down-key" style={{ borderTopColor: metColour, borderTopWidth: 3 }} /> Commitments met (share of those decided)
        </li>
      </ul>
    </div>
  );
}
