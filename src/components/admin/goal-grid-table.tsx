'use client';

import type { KeyboardEvent } from 'react';
import { goalCellKey, goalInputText } from '@/domain/admin/goal-grid-input';
import { formatMoney } from '@/domain/money';
import type { TGoalRow } from '@/schemas/admin';
import { formatMonthKey } from './format';
import type { GoalGridState } from './use-goal-grid';
import { ActionsHeader } from '@/components/ui/table';

// The grid itself: a row of cells per rep (one input per month), their totals, and the
// team, office and company totals below, all from what is typed.

export function GoalGridTable({ state, onScale }: { state: GoalGridState; onScale: (row: TGoalRow) => void }) {
  const { server, current, totals, company, texts, invalid, changedKeys, currency, locale, scope, setCellText, undoCell } = state;
  if (!server || !current || !totals) return null;
  const teamNames = new Map((server.teams ?? []).map((team) => [team.id, team.name]));
  const officeNames = new Map((state.offices.data?.offices ?? []).map((office) => [office.id, office.name]));
  const money = (amountMinor: number) => formatMoney(amountMinor, currency, locale);

  return (
    <div className="goal-grid-wrap">
      <table className="goal-grid" aria-describedby="goal-grid-help">
        <thead>
          <tr>
            <th scope="col">Rep</th>
            {server.months.map((month) => (
              <th key={month} scope="col" aria-label={formatMonthKey(month, locale, 'long')}>
                {formatMonthKey(month, locale)}
                {month === server.currentMonth ? ' · now' : month < server.currentMonth ? ' · past' : ''}
              </th>
            ))}
            <th scope="col">Total</th>
            <ActionsHeader />
          </tr>
        </thead>
        <tbody>
          {current.rows.map((row, rowIndex) => (
            <tr key={row.userId}>
              <th scope="row">
                {row.name}
                {scope?.kind === 'office' ? <div className="small muted">{teamNames.get(row.teamId) ?? ''}</div> : null}
              </th>
              {server.months.map((month, columnIndex) => {
                const key = goalCellKey(row.userId, month);
                const text = texts[key] ?? goalInputText(server.rows[rowIndex]?.cells[month], currency);
                const error = invalid.get(key);
                const className = [error ? 'invalid' : changedKeys.has(key) ? 'changed' : '', month < server.currentMonth ? 'past' : '']
                  .filter(Boolean)
                  .join(' ');
                return (
                  <td key={month} className={className || undefined}>
                    <input
                      id={`goal-cell-${rowIndex}-${columnIndex}`}
                      inputMode="decimal"
                      autoComplete="off"
                      aria-label={`${row.name}, ${formatMonthKey(month, locale, 'long')} (${currency})`}
                      aria-invalid={error ? true : undefined}
                      aria-describedby={error ? `goal-cell-${rowIndex}-${columnIndex}-error` : undefined}
                      title={error ?? (row.cells[month] != null ? money(row.cells[month] ?? 0) : 'No goal')}
                      value={text}
                      placeholder="—"
                      onChange={(event) => {
                        const value = event.currentTarget.value;
                        setCellText(key, value);
                      }}
                      onKeyDown={(event) => moveBetweenCells(event, rowIndex, columnIndex, () => undoCell(key))}
                    />
                  </td>
                );
              })}
              <td className="row-total" data-testid={`row-total-${row.userId}`}>
                {money(totals.rows[row.userId] ?? 0)}
              </td>
              <td className="row-actions-cell">
                <button type="button" className="button secondary small" onClick={() => onScale(row)}>
                  ±&thinsp;%<span className="visually-hidden"> Scale {row.name}&apos;s goals by a percentage</span>
                </button>
              </td>
            </tr>
          ))}
        </tbody>
        <tfoot>
          {Object.entries(totals.teams).map(([teamId, months]) => (
            <TotalRow key={`team-${teamId}`} label={`${teamNames.get(teamId) ?? 'Team'} total`} months={server.months} byMonth={months} testId={`team-total-${teamId}`} money={money} />
          ))}
          {scope?.kind === 'office' || Object.keys(totals.offices).length > 1
            ? Object.entries(totals.offices).map(([officeId, months]) => (
                <TotalRow
                  key={`office-${officeId}`}
                  label={`${officeNames.get(officeId) ?? 'Office'} total`}
                  months={server.months}
                  byMonth={months}
                  testId={`office-total-${officeId}`}
                  money={money}
                />
              ))
            : null}
          <TotalRow
            label={scope?.kind === 'office' ? 'Office total' : 'Team total'}
            months={server.months}
            byMonth={totals.company}
            total={totals.total}
            testId="grid-total"
            money={money}
          />
          {company ? (
            <tr>
              <th scope="row">Company total ({company.currency})</th>
              {server.months.map((month) => {
                const amount = company.byMonth[month] ?? null;
                return (
                  <td key={month} data-testid={`company-total-${month}`} className={amount === null ? 'muted' : undefined}>
                    {amount === null ? 'no exchange rate' : formatMoney(amount, company.currency, company.locale)}
                  </td>
                );
              })}
              <td data-testid="company-total">{company.total === null ? '—' : formatMoney(company.total, company.currency, company.locale)}</td>
              <td />
            </tr>
          ) : null}
        </tfoot>
      </table>
    </div>
  );
}

/**
 * A row of totals under the reps (a team's, an office's, the grid's): a cell a month,
 * then their sum, or `total` with its own test id when the caller has it.
 */
function TotalRow({
  label,
  months,
  byMonth,
  total,
  testId,
  money,
}: {
  label: string;
  months: string[];
  byMonth: Partial<Record<string, number>>;
  total?: number;
  testId: string;
  money: (amountMinor: number) => string;
}) {
  return (
    <tr>
      <th scope="row">{label}</th>
      {months.map((month) => (
        <td key={month} data-testid={`${testId}-${month}`}>
          {money(byMonth[month] ?? 0)}
        </td>
      ))}
      {total === undefined ? (
        <td>{money(months.reduce((sum, month) => sum + (byMonth[month] ?? 0), 0))}</td>
      ) : (
        <td data-testid={testId}>{money(total)}</td>
      )}
      <td />
    </tr>
  );
}

/** Arrow keys and Enter move between cells (left and right only at the text's ends); Escape undoes a cell. */
function moveBetweenCells(event: KeyboardEvent<HTMLInputElement>, rowIndex: number, columnIndex: number, undo: () => void) {
  const input = event.currentTarget;
  let target: [number, number] | null = null;
  const atStart = input.selectionStart === 0 && input.selectionEnd === 0;
  const atEnd = input.selectionStart === input.value.length && input.selectionEnd === input.value.length;
  if (event.key === 'ArrowUp') target = [rowIndex - 1, columnIndex];
  else if (event.key === 'ArrowDown') target = [rowIndex + 1, columnIndex];
  else if (event.key === 'Enter') target = [rowIndex + (event.shiftKey ? -1 : 1), columnIndex];
  else if (event.key === 'ArrowLeft' && atStart) target = [rowIndex, columnIndex - 1];
  else if (event.key === 'ArrowRight' && atEnd) target = [rowIndex, columnIndex + 1];
  else if (event.key === 'Escape') {
    undo();
    return;
  }
  if (!target) return;
  const next = document.getElementById(`goal-cell-${target[0]}-${target[1]}`) as HTMLInputElement | null;
  if (next) {
    event.preventDefault();
    next.focus();
    next.select();
  } else if (event.key === 'Enter') {
    event.preventDefault();
  }
}
