'use client';

import { Area, CartesianGrid, ComposedChart, Line, ReferenceArea, ReferenceLine, Tooltip, XAxis, YAxis } from 'recharts';
import { formatMoney } from '@/domain/money';
import { describeRemaining } from './wall-figures';
import type { TBurnDown } from '@/schemas/wall';
import { burnDownRows, monthStartRow, nonWorkingRuns, withSimulatedBand, type BandRow, type BurnDownRow, type SimulatedMonth } from './burn-down-rows';

// The 2D burn-down of one scope: revenue still to win, day by day, falling against the
// ideal line, with the projection dashed to month end. Weekends and holidays are shaded.
// On request, the revenue simulation's P10–P90 for the month is a band from today to the
// month end. It only draws; the figures come from the server.

const statusColours = { ahead: 'var(--chart-blue)', behind: 'var(--chart-red)' } as const;
const idealColour = 'var(--muted)';
const bandColour = 'var(--chart-violet)';

type Formatters = { remaining: (amountMinor: number) => string; compactMoney: (amountMinor: number) => string; day: (row: BurnDownRow) => string };

function ChartTooltip({ active, payload, formatters }: { active?: boolean; payload?: readonly { payload?: unknown }[]; formatters: Formatters }) {
  const row = payload?.[0]?.payload as (BurnDownRow & Partial<Pick<BandRow, 'band' | 'simulated'>>) | undefined;
  if (!active || !row) return null;
  return (
    <div className="burn-down-tooltip">
      <p className="burn-down-tooltip-date">
        {row.isStart ? 'Start of the month' : formatters.day(row)}
        {row.isWorkingDay ? '' : ' · not a working day'}
      </p>
      {row.actual !== null ? <p>Still to win: {formatters.remaining(row.actual)}</p> : null}
      <p>Ideal: {formatters.remaining(row.ideal)}</p>
      {row.projected !== null ? <p>Projected: {formatters.remaining(row.projected)}</p> : null}
      {row.band ? (
        <p>
          Simulated (P10–P90): {formatters.remaining(row.band[1])} to {formatters.remaining(row.band[0])}
        </p>
      ) : null}
    </div>
  );
}

export function BurnDownChart({ burnDown, height = 340, simulated = null }: { burnDown: TBurnDown; height?: number; simulated?: SimulatedMonth | null }) {
  const rows = burnDownRows(burnDown);
  const start = monthStartRow(burnDown);
  const drawn: Array<BurnDownRow | BandRow> = simulated ? withSimulatedBand(rows, simulated) : rows;
  const data = start ? [start, ...drawn] : drawn;
  const bandLow = simulated ? Math.min(0, ...drawn.map((row) => ('band' in row && row.band ? row.band[0] : 0))) : 0;
  const colour = statusColours[burnDown.bar.status];
  const longDay = new Intl.DateTimeFormat(burnDown.locale, { weekday: 'short', day: 'numeric', month: 'short', timeZone: 'UTC' });
  const shortDay = new Intl.DateTimeFormat(burnDown.locale, { day: 'numeric', month: 'short', timeZone: 'UTC' });
  const formatters: Formatters = {
    remaining: (amountMinor) => describeRemaining(amountMinor, burnDown.currency, burnDown.locale),
    compactMoney: (amountMinor) => formatMoney(amountMinor, burnDown.currency, burnDown.locale, { compact: true }),
    day: (row) => longDay.format(row.instant),
  };
  const today = rows.findLast((row) => row.projected !== null && row.actual !== null) ?? null;
  // The 1st, every Monday and the last day carry a label.
  const ticks = rows.filter((row, index) => index === 0 || index === rows.length - 1 || row.weekday === 1).map((row) => row.day);
  const lowest = Math.min(bandLow, ...rows.flatMap((row) => [row.actual ?? 0, row.projected ?? 0]));

  return (
    <div className="burn-down-chart" data-testid="burn-down-chart">
      <ComposedChart
        responsive
        style={{ width: '100%', height }}
        data={data}
        margin={{ top: 16, right: 20, bottom: 4, left: 8 }}
        title={`${burnDown.title}: burn-down for ${burnDown.monthLabel}`}
      >
        {nonWorkingRuns(rows).map((run) => (
          <ReferenceArea key={run.from} x1={run.from - 0.5} x2={run.to + 0.5} fill="#94a3b8" fillOpacity={0.14} stroke="none" ifOverflow="hidden" />
        ))}
        <CartesianGrid stroke="var(--border)" vertical={false} />
        <XAxis
          type="number"
          dataKey="day"
          domain={[start ? 0 : 0.5, rows.length + 0.5]}
          ticks={ticks}
          tickFormatter={(day: number) => {
            const row = rows[day - 1];
            return row ? shortDay.format(row.instant) : '';
          }}
          tick={{ fontSize: 12, fill: 'var(--muted)' }}
          tickLine={false}
          axisLine={{ stroke: 'var(--border-strong)' }}
          allowDecimals={false}
        />
        <YAxis
          domain={[lowest, 'auto']}
          tickFormatter={(value: number) => formatters.compactMoney(value)}
          tick={{ fontSize: 12, fill: 'var(--muted)' }}
          tickLine={false}
          axisLine={false}
          width={64}
        />
        <ReferenceLine y={0} stroke="#94a3b8" strokeWidth={1} label={{ value: 'Goal reached', position: 'insideBottomLeft', fontSize: 11, fill: 'var(--muted)' }} />
        {today ? (
          <ReferenceLine x={today.day} stroke="var(--muted)" strokeDasharray="3 3" label={{ value: 'Today', position: 'top', fontSize: 11, fill: 'var(--muted)' }} />
        ) : null}
        {simulated ? (
          <Area dataKey="band" name="Simulated P10–P90" type="linear" stroke={bandColour} strokeOpacity={0.6} fill={bandColour} fillOpacity={0.28} isAnimationActive={false} className="burn-down-band" />
        ) : null}
        <Line dataKey="ideal" name="Ideal" type="linear" stroke={idealColour} strokeWidth={2} dot={false} isAnimationActive={false} className="burn-down-line-ideal" />
        <Line
          dataKey="projected"
          name="Projected"
          type="linear"
          stroke={colour}
          strokeOpacity={0.75}
          strokeWidth={2.5}
          strokeDasharray="7 5"
          dot={false}
          connectNulls={false}
          isAnimationActive={false}
          className="burn-down-line-projected"
        />
        <Line
          dataKey="actual"
          name="Remaining"
          type="stepAfter"
          stroke={colour}
          strokeWidth={3}
          dot={false}
          connectNulls={false}
          isAnimationActive={false}
          className="burn-down-line-actual"
        />
        <Tooltip content={({ active, payload }) => <ChartTooltip active={active} payload={payload} formatters={formatters} />} isAnimationActive={false} />
      </ComposedChart>
      <ul className="burn-down-legend" aria-label="Lines">
        <li>
          <span className="burn-down-key" style={{ borderTopColor: colour, borderTopWidth: 3 }} aria-hidden="true" /> Remaining (actual)
        </li>
        <li>
          <span className="burn-down-key" style={{ borderTopColor: colour, borderTopStyle: 'dashed' }} aria-hidden="true" /> Projected to month end
        </li>
        <li>
          <span className="burn-down-key" style={{ borderTopColor: idealColour }} aria-hidden="true" /> Ideal (even pace per working day)
        </li>
        {simulated ? (
          <li>
            <span className="burn-down-key-band" style={{ background: bandColour }} aria-hidden="true" /> Simulated month end: 8 in 10 simulated months end in this band (P10–P90)
          </li>
        ) : null}
        <li>
          <span className="burn-down-key burn-down-key-area" aria-hidden="true" /> Weekend or holiday
        </li>
      </ul>
    </div>
  );
}
