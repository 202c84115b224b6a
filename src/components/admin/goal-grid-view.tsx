'use client';

import { applyGoalChanges, copyPreviousMonth, previousMonthKey, scaleRow } from '@/domain/admin/goal-grid';
import { goalCellKey } from '@/domain/admin/goal-grid-input';
import { Field, FormAlert, Options } from '@/components/ui/field';
import { formatMonthKey } from './format';
import { GoalGridTable } from './goal-grid-table';
import { MonthRangeFields } from './month-range-fields';
import { PasteDialog } from './paste-goals-dialog';
import { PastMonthsDialog } from './past-months-dialog';
import { ScaleDialog } from './scale-goals-dialog';
import { useGoalGrid } from './use-goal-grid';
import { AdminPageHeader } from './admin-page-header';

// The monthly goal grid: reps × months in major units of the office currency. Edits stay
// in the browser (as the text typed) until Save sends only the changed cells; totals are
// rolled up from what is typed, as it is typed. The state is useGoalGrid, the table
// GoalGridTable, each dialog its own file, and the pure rules src/domain/admin/goal-grid*.ts.

export function GoalGridView({ isAdmin }: { isAdmin: boolean }) {
  const state = useGoalGrid({ isAdmin });
  const { teams, offices, grid, scope, range, server, current, totals, currency, locale, changes, isDirty, isSaving, save, gridError, notice, pastMonths, copyMonth, dialog, setDialog } = state;
  const scopeValue = scope ? `${scope.kind}:${scope.id}` : '';

  return (
    <>
      <AdminPageHeader title="Goals" subtitle="Monthly goals per rep. Team, office and company goals are the sum of these." />

      <form className="admin-toolbar" aria-label="Choose the goals to show" onSubmit={(event) => event.preventDefault()}>
        <Field id="goal-scope" label="Goals of">
          {(control) => (
            <select
              {...control}
              value={scopeValue}
              onChange={(event) => {
                const [kind, id] = event.currentTarget.value.split(':') as ['team' | 'office', string];
                state.chooseScope({ kind, id });
              }}
            >
              {scope === null ? <option value="">{teams.isLoading ? 'Loading…' : 'No teams'}</option> : null}
              <optgroup label="Teams">
                {(teams.data?.teams ?? []).map((team) => (
                  <option key={team.id} value={`team:${team.id}`}>
                    {team.name} ({team.officeName})
                  </option>
                ))}
              </optgroup>
              {isAdmin && (offices.data?.offices.length ?? 0) > 0 ? (
                <optgroup label="Offices">
                  {(offices.data?.offices ?? []).map((office) => (
                    <option key={office.id} value={`office:${office.id}`}>
                      {office.name} (whole office)
                    </option>
                  ))}
                </optgroup>
              ) : null}
            </select>
          )}
        </Field>
        <MonthRangeFields idPrefix="goal" range={range} onChange={state.changeRange} />
      </form>

      <FormAlert message={teams.error ?? grid.error} />
      {teams.data && teams.data.teams.length === 0 ? <p className="notice">There are no teams to set goals for yet.</p> : null}

      {server && current && totals ? (
        <section aria-labelledby="goal-grid-heading">
          <h2 id="goal-grid-heading" className="visually-hidden">
            Goal grid
          </h2>
          <div className="admin-toolbar">
            <Field id="goal-copy-month" label="Copy last month into">
              {(control) => (
                <select {...control} value={copyMonth} onChange={(event) => state.setCopyMonth(event.currentTarget.value)}>
                  <Options values={server.months.slice(1)} label={(month) => formatMonthKey(month, locale, 'long')} />
                </select>
              )}
            </Field>
            <button
              type="button"
              className="button secondary"
              disabled={!server.months.includes(previousMonthKey(copyMonth))}
              onClick={() => state.applyGrid(copyPreviousMonth(current, copyMonth))}
            >
              Copy {copyMonth ? formatMonthKey(previousMonthKey(copyMonth), locale) : 'last month'}
            </button>
            <button type="button" className="button secondary" onClick={() => setDialog({ kind: 'paste' })}>
              Paste CSV…
            </button>
          </div>

          {server.rows.length === 0 ? (
            <p className="notice">Nobody in this {scope?.kind ?? 'team'} has goals to set: invite reps first.</p>
          ) : (
            <GoalGridTable state={state} onScale={(row) => setDialog({ kind: 'scale', row })} />
          )}
          <p id="goal-grid-help" className="small muted">
            Amounts in {currency}, major units (e.g. 12500 or 12,500.50). Arrow keys and Enter move between cells; Escape undoes a cell. An empty cell
            means no goal.
          </p>

          <FormAlert message={gridError ?? (state.invalid.size > 0 ? `Fix the ${state.invalid.size} highlighted cell(s) before saving.` : null)} />
          {state.invalid.size > 0 ? (
            <ul className="goal-cell-errors" aria-label="Cells to fix">
              {server.rows.flatMap((row, rowIndex) =>
                server.months.map((month, columnIndex) => {
                  const error = state.invalid.get(goalCellKey(row.userId, month));
                  return error ? (
                    <li key={`${row.userId}-${month}`} id={`goal-cell-${rowIndex}-${columnIndex}-error`}>
                      {row.name}, {formatMonthKey(month, locale, 'long')}: {error}
                    </li>
                  ) : null;
                }),
              )}
            </ul>
          ) : null}
          <div className="goal-status">
            <button type="button" className="button" disabled={isSaving || !isDirty} onClick={() => void save(false)}>
              {isSaving ? 'Saving…' : changes.length > 0 ? `Save ${changes.length} change${changes.length === 1 ? '' : 's'}` : 'Save'}
            </button>
            <button
              type="button"
              className="button secondary"
              disabled={isSaving || !isDirty}
              onClick={() => {
                if (window.confirm('Discard your unsaved goal changes?')) state.discardChanges();
              }}
            >
              Discard changes
            </button>
            <span role="status" className={notice?.startsWith('Saved') ? 'success' : 'muted'}>
              {notice ?? (isDirty ? 'Unsaved changes' : '')}
            </span>
          </div>
        </section>
      ) : grid.isLoading ? (
        <p className="empty">Loading goals…</p>
      ) : null}

      {pastMonths ? (
        <PastMonthsDialog months={pastMonths} locale={locale} isSaving={isSaving} onConfirm={() => void save(true)} onCancel={state.cancelPastMonths} />
      ) : null}

      {dialog?.kind === 'scale' && current && server ? (
        <ScaleDialog
          row={current.rows.find((row) => row.userId === dialog.row.userId) ?? dialog.row}
          months={server.months}
          currentMonth={server.currentMonth}
          locale={locale}
          onClose={() => setDialog(null)}
          onScale={(percent, months) => {
            const scaled = current.rows.map((row) => (row.userId === dialog.row.userId ? scaleRow(row, percent, months) : row));
            state.applyGrid({ ...current, rows: scaled });
            setDialog(null);
          }}
        />
      ) : null}

      {dialog?.kind === 'paste' && current && server ? (
        <PasteDialog
          months={server.months}
          currency={currency}
          knownUsers={state.knownUsers}
          onClose={() => setDialog(null)}
          onApply={(pasted) => {
            state.applyGrid(applyGoalChanges(current, pasted));
            setDialog(null);
          }}
        />
      ) : null}
    </>
  );
}


