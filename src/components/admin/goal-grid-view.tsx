'use client';

import { useCallback, useEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { z } from 'zod';
import {
  copyPreviousMonth,
  diffGrids,
  parseGoalCsv,
  applyGoalChanges,
  companyTotals,
  previousMonthKey,
  rollUpTotals,
  scaleRow,
  type GoalCellChange,
  type KnownGoalUser,
} from '@/domain/admin/goal-grid';
import { formatMoney, minorUnitDigits, toMajorUnits, toMinorUnits } from '@/domain/money';
import {
  ZGoalGrid,
  ZGoalUpdateResult,
  ZOffice,
  ZPastMonthsDetails,
  ZPerson,
  ZTeam,
  ZUpdateGoalsInput,
  maximumGoalMinor,
  type TGoalGrid,
  type TGoalRow,
} from '@/schemas/admin';
import { AdminApiError, messageOf, request } from './admin-api';
import { Field, FormAlert } from './form-field';
import { addMonths, formatMonthKey, parseDecimalInput } from './format';
import { ModalDialog } from './modal-dialog';
import { useLoad } from './use-load';

// The monthly goal grid: reps × months in major units of the office currency. Edits stay
// in the browser (as the text typed) until Save sends only the changed cells; totals are
// rolled up from what is typed, as it is typed.

const ZTeamList = z.object({ teams: z.array(ZTeam) });
const ZOfficeList = z.object({ offices: z.array(ZOffice) });
const ZPeopleList = z.object({ people: z.array(ZPerson) });

type Scope = { kind: 'team' | 'office'; id: string };

function browserMonth(): string {
  const now = new Date();
  return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}`;
}

const cellKey = (userId: string, month: string) => `${userId}|${month}`;

/** Minor units → what the input shows: "12500" or "12500.50". */
function toInputText(amountMinor: number | null | undefined, currency: string): string {
  if (amountMinor === null || amountMinor === undefined) return '';
  const digits = minorUnitDigits(currency);
  const major = toMajorUnits(amountMinor, currency);
  return Number.isInteger(major) ? String(major) : major.toFixed(digits);
}

/** What was typed → minor units, null for empty, or an error message. */
function parseCell(text: string, currency: string): { amountMinor: number | null } | { error: string } {
  const major = parseDecimalInput(text);
  if (major === null) return { amountMinor: null };
  if (Number.isNaN(major)) return { error: 'Not an amount' };
  if (major < 0) return { error: 'A goal cannot be negative' };
  const minor = toMinorUnits(major, currency);
  if (minor > maximumGoalMinor) return { error: 'Too large' };
  return { amountMinor: minor };
}

export function GoalGridView({ isAdmin }: { isAdmin: boolean }) {
  const teams = useLoad('/api/admin/teams', ZTeamList);
  const offices = useLoad(isAdmin ? '/api/admin/offices' : null, ZOfficeList);
  const people = useLoad(isAdmin ? '/api/admin/people?active=true' : null, ZPeopleList);
  const [chosenScope, setScope] = useState<Scope | null>(null);
  const [range, setRange] = useState(() => ({ from: addMonths(browserMonth(), -1), to: addMonths(browserMonth(), 2) }));

  // Start on the first team the user may see.
  const firstTeamId = teams.data?.teams[0]?.id;
  const scope: Scope | null = chosenScope ?? (firstTeamId ? { kind: 'team', id: firstTeamId } : null);

  const path =
    scope === null || range.from > range.to
      ? null
      : `/api/admin/goals?${scope.kind === 'team' ? 'teamId' : 'officeId'}=${encodeURIComponent(scope.id)}&from=${range.from}&to=${range.to}`;
  const grid = useLoad(path, ZGoalGrid);
  const [texts, setTexts] = useState<Record<string, string>>({});
  const [gridError, setGridError] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [isSaving, setSaving] = useState(false);
  const [pastMonths, setPastMonths] = useState<string[] | null>(null);
  const [dialog, setDialog] = useState<{ kind: 'scale'; row: TGoalRow } | { kind: 'paste' } | null>(null);
  const [chosenCopyMonth, setCopyMonth] = useState<string>('');

  const server = grid.data;
  const currency = server?.currency ?? 'USD';
  const locale = server?.locale ?? 'en-US';

  // The grid as typed: invalid cells keep their saved amount and are listed separately.
  const { current, invalid } = useMemo(() => {
    const invalidCells = new Map<string, string>();
    if (!server) return { current: null, invalid: invalidCells };
    const rows = server.rows.map((row) => {
      const cells = { ...row.cells };
      for (const month of server.months) {
        const text = texts[cellKey(row.userId, month)];
        if (text === undefined) continue;
        const parsed = parseCell(text, server.currency);
        if ('error' in parsed) invalidCells.set(cellKey(row.userId, month), parsed.error);
        else cells[month] = parsed.amountMinor;
      }
      return { ...row, cells };
    });
    return { current: { ...server, rows }, invalid: invalidCells };
  }, [server, texts]);

  const changes = useMemo(() => (server && current ? diffGrids(server, current) : []), [server, current]);
  const changedKeys = useMemo(() => new Set(changes.map((change) => cellKey(change.userId, change.month))), [changes]);
  const totals = useMemo(() => (current ? rollUpTotals(current) : null), [current]);
  // The company total, in the reporting currency: null for a month without an exchange rate.
  const company = useMemo(() => {
    if (!current) return null;
    const byMonth = companyTotals(current, current.company);
    const amounts = current.months.map((month) => byMonth[month] ?? null);
    const total = amounts.includes(null) ? null : amounts.reduce<number>((sum, amount) => sum + (amount ?? 0), 0);
    return { currency: current.company.currency, locale: current.company.locale, byMonth, total };
  }, [current]);
  const isDirty = changes.length > 0 || invalid.size > 0;

  // Unsaved changes: warn before leaving the page, following a link, or switching grids.
  useEffect(() => {
    if (!isDirty) return;
    const beforeUnload = (event: BeforeUnloadEvent) => {
      event.preventDefault();
      event.returnValue = '';
    };
    const onClick = (event: MouseEvent) => {
      const anchor = event.target instanceof Element ? event.target.closest('a[href]') : null;
      if (!anchor || anchor.getAttribute('target') === '_blank') return;
      if (!window.confirm('You have unsaved goal changes. Leave without saving them?')) {
        event.preventDefault();
        event.stopPropagation();
      }
    };
    window.addEventListener('beforeunload', beforeUnload);
    document.addEventListener('click', onClick, true);
    return () => {
      window.removeEventListener('beforeunload', beforeUnload);
      document.removeEventListener('click', onClick, true);
    };
  }, [isDirty]);

  const confirmDiscard = () => !isDirty || window.confirm('You have unsaved goal changes. Discard them?');

  // A new grid starts clean.
  const loadedFor = useRef<string | null>(null);
  useEffect(() => {
    if (path !== loadedFor.current) {
      loadedFor.current = path;
      setTexts({});
      setGridError(null);
    }
  }, [path]);

  // The month to copy into: the one chosen while the grid shows it, else this month (or the grid's second).
  const copyMonth =
    server && (!chosenCopyMonth || !server.months.includes(chosenCopyMonth))
      ? server.months.includes(server.currentMonth)
        ? server.currentMonth
        : (server.months[1] ?? server.months[0] ?? '')
      : chosenCopyMonth;

  /** Turns a whole new grid (from copy, scale or paste) into typed text for the cells it changes. */
  const applyGrid = useCallback(
    (next: TGoalGrid) => {
      if (!current) return;
      const diff = diffGrids(current, next);
      setTexts((existing) => {
        const updated = { ...existing };
        for (const change of diff) updated[cellKey(change.userId, change.month)] = toInputText(change.amountMinor, next.currency);
        return updated;
      });
      setNotice(diff.length === 0 ? 'Nothing changed.' : `${diff.length} cell(s) changed; not saved yet.`);
    },
    [current],
  );

  async function save(confirmPastMonths: boolean) {
    if (invalid.size > 0) {
      setGridError(`Fix the ${invalid.size} highlighted cell(s) before saving.`);
      return;
    }
    const parsed = ZUpdateGoalsInput.safeParse({ changes, confirmPastMonths });
    if (!parsed.success) {
      setGridError(parsed.error.issues[0]?.message ?? 'Nothing to save.');
      return;
    }
    setSaving(true);
    setGridError(null);
    setNotice(null);
    try {
      const result = await request('PUT', '/api/admin/goals', ZGoalUpdateResult, parsed.data);
      setPastMonths(null);
      await grid.reload();
      setTexts({});
      setNotice(`Saved ${result.updated} goal(s).`);
    } catch (caught) {
      const details = caught instanceof AdminApiError && caught.status === 409 ? ZPastMonthsDetails.safeParse(caught.details) : null;
      if (details?.success && details.data.pastMonths.length > 0 && !confirmPastMonths) {
        setPastMonths(details.data.pastMonths);
      } else {
        setGridError(messageOf(caught));
      }
    } finally {
      setSaving(false);
    }
  }

  function onCellKeyDown(event: KeyboardEvent<HTMLInputElement>, rowIndex: number, columnIndex: number) {
    const input = event.currentTarget;
    let target: [number, number] | null = null;
    const atStart = input.selectionStart === 0 && input.selectionEnd === 0;
    const atEnd = input.selectionStart === input.value.length && input.selectionEnd === input.value.length;
    if (event.key === 'ArrowUp') target = [rowIndex - 1, columnIndex];
    else if (event.key === 'ArrowDown') target = [rowIndex + 1, columnIndex];
    else if (event.key === 'Enter') target = [rowIndex + (event.shiftKey ? -1 : 1), columnIndex];
    else if (event.key === 'ArrowLeft' && atStart) target = [rowIndex, columnIndex - 1];
    else if (event.key === 'ArrowRight' && atEnd) target = [rowIndex, columnIndex + 1];
    else if (event.key === 'Escape' && server) {
      const row = server.rows[rowIndex];
      const month = server.months[columnIndex];
      if (row && month) {
        setTexts(({ [cellKey(row.userId, month)]: _dropped, ...rest }) => rest);
      }
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

  const knownUsers: KnownGoalUser[] = useMemo(() => {
    const emails = new Map((people.data?.people ?? []).map((person) => [person.id, person.email]));
    return (server?.rows ?? []).map((row) => ({ id: row.userId, name: row.name, email: emails.get(row.userId) ?? '' }));
  }, [people.data, server]);

  const teamNames = new Map((server?.teams ?? []).map((team) => [team.id, team.name]));
  const officeNames = new Map((offices.data?.offices ?? []).map((office) => [office.id, office.name]));
  const money = (amountMinor: number) => formatMoney(amountMinor, currency, locale);
  const scopeValue = scope ? `${scope.kind}:${scope.id}` : '';

  return (
    <>
      <div className="admin-section-header">
        <div>
          <h1 className="page-title">Goals</h1>
          <p className="page-subtitle">Monthly goals per rep. Team, office and company goals are the sum of these.</p>
        </div>
      </div>

      <form className="admin-toolbar" aria-label="Choose the goals to show" onSubmit={(event) => event.preventDefault()}>
        <Field id="goal-scope" label="Goals of">
          {(control) => (
            <select
              {...control}
              value={scopeValue}
              onChange={(event) => {
                if (!confirmDiscard()) return;
                const [kind, id] = event.currentTarget.value.split(':') as ['team' | 'office', string];
                setScope({ kind, id });
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
        <Field id="goal-from" label="From">
          {(control) => (
            <input
              {...control}
              type="month"
              value={range.from}
              onChange={(event) => {
                const from = event.currentTarget.value;
                if (from && confirmDiscard()) setRange((current) => ({ ...current, from }));
              }}
            />
          )}
        </Field>
        <Field id="goal-to" label="To" error={range.from > range.to ? 'End after the start' : undefined}>
          {(control) => (
            <input
              {...control}
              type="month"
              value={range.to}
              onChange={(event) => {
                const to = event.currentTarget.value;
                if (to && confirmDiscard()) setRange((current) => ({ ...current, to }));
              }}
            />
          )}
        </Field>
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
                <select {...control} value={copyMonth} onChange={(event) => setCopyMonth(event.currentTarget.value)}>
                  {server.months.slice(1).map((month) => (
                    <option key={month} value={month}>
                      {formatMonthKey(month, locale, 'long')}
                    </option>
                  ))}
                </select>
              )}
            </Field>
            <button
              type="button"
              className="button secondary"
              disabled={!server.months.includes(previousMonthKey(copyMonth))}
              onClick={() => applyGrid(copyPreviousMonth(current, copyMonth))}
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
                    <th scope="col">
                      <span className="visually-hidden">Actions</span>
                    </th>
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
                        const key = cellKey(row.userId, month);
                        const text = texts[key] ?? toInputText(server.rows[rowIndex]?.cells[month], currency);
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
                              title={error ?? (row.cells[month] != null ? money(row.cells[month] ?? 0) : 'No goal')}
                              value={text}
                              placeholder="—"
                              onChange={(event) => {
                                const value = event.currentTarget.value;
                                setTexts((existing) => ({ ...existing, [key]: value }));
                              }}
                              onKeyDown={(event) => onCellKeyDown(event, rowIndex, columnIndex)}
                            />
                          </td>
                        );
                      })}
                      <td className="row-total" data-testid={`row-total-${row.userId}`}>
                        {money(totals.rows[row.userId] ?? 0)}
                      </td>
                      <td className="row-actions-cell">
                        <button type="button" className="button secondary small" onClick={() => setDialog({ kind: 'scale', row })}>
                          ±&thinsp;%<span className="visually-hidden"> Scale {row.name}&apos;s goals by a percentage</span>
                        </button>
                      </td>
                    </tr>
                  ))}
                </tbody>
                <tfoot>
                  {Object.entries(totals.teams).map(([teamId, months]) => (
                    <tr key={`team-${teamId}`}>
                      <th scope="row">{teamNames.get(teamId) ?? 'Team'} total</th>
                      {server.months.map((month) => (
                        <td key={month} data-testid={`team-total-${teamId}-${month}`}>
                          {money(months[month] ?? 0)}
                        </td>
                      ))}
                      <td>{money(server.months.reduce((sum, month) => sum + (months[month] ?? 0), 0))}</td>
                      <td />
                    </tr>
                  ))}
                  {scope?.kind === 'office' || Object.keys(totals.offices).length > 1
                    ? Object.entries(totals.offices).map(([officeId, months]) => (
                        <tr key={`office-${officeId}`}>
                          <th scope="row">{officeNames.get(officeId) ?? 'Office'} total</th>
                          {server.months.map((month) => (
                            <td key={month} data-testid={`office-total-${officeId}-${month}`}>
                              {money(months[month] ?? 0)}
                            </td>
                          ))}
                          <td>{money(server.months.reduce((sum, month) => sum + (months[month] ?? 0), 0))}</td>
                          <td />
                        </tr>
                      ))
                    : null}
                  <tr>
                    <th scope="row">{scope?.kind === 'office' ? 'Office total' : 'Team total'}</th>
                    {server.months.map((month) => (
                      <td key={month} data-testid={`grid-total-${month}`}>
                        {money(totals.company[month] ?? 0)}
                      </td>
                    ))}
                    <td data-testid="grid-total">{money(totals.total)}</td>
                    <td />
                  </tr>
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
          )}
          <p id="goal-grid-help" className="small muted">
            Amounts in {currency}, major units (e.g. 12500 or 12,500.50). Arrow keys and Enter move between cells; Escape undoes a cell. An empty cell
            means no goal.
          </p>

          <FormAlert message={gridError} />
          <div className="goal-status">
            <button type="button" className="button" disabled={isSaving || !isDirty} onClick={() => void save(false)}>
              {isSaving ? 'Saving…' : changes.length > 0 ? `Save ${changes.length} change${changes.length === 1 ? '' : 's'}` : 'Save'}
            </button>
            <button
              type="button"
              className="button secondary"
              disabled={isSaving || !isDirty}
              onClick={() => {
                if (window.confirm('Discard your unsaved goal changes?')) setTexts({});
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
        <ModalDialog title="Change goals of past months?" onClose={() => setPastMonths(null)} testId="past-months-dialog">
          <p style={{ marginTop: 0 }}>
            You are changing goals of {pastMonths.map((month) => formatMonthKey(month, locale, 'long')).join(', ')}, which{' '}
            {pastMonths.length === 1 ? 'has' : 'have'} ended. Past results on the wall and in reports will be measured against the new goals.
          </p>
          <div className="form-actions">
            <button type="button" className="button" disabled={isSaving} onClick={() => void save(true)} data-autofocus>
              {isSaving ? 'Saving…' : 'Change past goals'}
            </button>
            <button type="button" className="button secondary" onClick={() => setPastMonths(null)}>
              Cancel
            </button>
          </div>
        </ModalDialog>
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
            applyGrid({ ...current, rows: scaled });
            setDialog(null);
          }}
        />
      ) : null}

      {dialog?.kind === 'paste' && current && server ? (
        <PasteDialog
          months={server.months}
          currency={currency}
          knownUsers={knownUsers}
          onClose={() => setDialog(null)}
          onApply={(pasted) => {
            applyGrid(applyGoalChanges(current, pasted));
            setDialog(null);
          }}
        />
      ) : null}
    </>
  );
}

function ScaleDialog({
  row,
  months,
  currentMonth,
  locale,
  onClose,
  onScale,
}: {
  row: TGoalRow;
  months: string[];
  currentMonth: string;
  locale: string;
  onClose: () => void;
  onScale: (percent: number, months: string[]) => void;
}) {
  const [percent, setPercent] = useState('10');
  const [fromNowOn, setFromNowOn] = useState(true);
  const [error, setError] = useState<string | null>(null);
  const chosen = fromNowOn ? months.filter((month) => month >= currentMonth) : months;

  return (
    <ModalDialog title={`Scale ${row.name}'s goals`} description="Raise or lower every goal in the row by a percentage." onClose={onClose} testId="scale-dialog">
      <form
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          const value = parseDecimalInput(percent);
          if (value === null || Number.isNaN(value) || value < -100 || value > 1000) {
            setError('Enter a percentage from -100 to 1000, e.g. 10 or -5');
            return;
          }
          onScale(value, chosen);
        }}
      >
        <Field id="scale-percent" label="Change by (%)" error={error ?? undefined} hint="10 raises by 10%; -10 lowers by 10%.">
          {(control) => <input {...control} inputMode="decimal" value={percent} data-autofocus onChange={(event) => setPercent(event.currentTarget.value)} />}
        </Field>
        <label className="field-checkbox">
          <input type="checkbox" checked={fromNowOn} onChange={(event) => setFromNowOn(event.currentTarget.checked)} />
          Only {formatMonthKey(currentMonth, locale, 'long')} and later
        </label>
        <div className="form-actions">
          <button type="submit" className="button" disabled={chosen.length === 0}>
            Scale {chosen.length} month{chosen.length === 1 ? '' : 's'}
          </button>
          <button type="button" className="button secondary" onClick={onClose}>
            Cancel
          </button>
        </div>
      </form>
    </ModalDialog>
  );
}

function PasteDialog({
  months,
  currency,
  knownUsers,
  onClose,
  onApply,
}: {
  months: string[];
  currency: string;
  knownUsers: KnownGoalUser[];
  onClose: () => void;
  onApply: (changes: GoalCellChange[]) => void;
}) {
  const [text, setText] = useState('');
  const [errors, setErrors] = useState<{ line: number; message: string }[]>([]);

  return (
    <ModalDialog title="Paste goals" description="From a spreadsheet or CSV: one line per person." onClose={onClose} wide testId="paste-dialog">
      <form
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          const result = parseGoalCsv(text, knownUsers, months, { minorDigits: minorUnitDigits(currency) });
          if (result.errors.length > 0) {
            setErrors(result.errors);
            return;
          }
          if (result.changes.length === 0) {
            setErrors([{ line: 1, message: 'No goals found in the text.' }]);
            return;
          }
          onApply(result.changes);
        }}
      >
        <Field
          id="paste-text"
          label="Goals"
          hint={`Name or email, then one amount in ${currency} per month (${months.join(', ')}), or a header line naming the months. Leave a cell empty to keep it; "-" clears it.`}
          error={errors.length > 0 ? `${errors.length} line(s) could not be read; nothing was applied.` : undefined}
        >
          {(control) => (
            <textarea
              {...control}
              value={text}
              data-autofocus
              rows={8}
              placeholder={`Name,${months.join(',')}\nAda Lovelace,${months.map(() => '12500').join(',')}`}
              onChange={(event) => setText(event.currentTarget.value)}
            />
          )}
        </Field>
        {errors.length > 0 ? (
          <ul className="alert" role="alert" style={{ paddingLeft: 28 }}>
            {errors.slice(0, 20).map((error) => (
              <li key={`${error.line}-${error.message}`}>
                Line {error.line}: {error.message}
              </li>
            ))}
          </ul>
        ) : null}
        <div className="form-actions">
          <button type="submit" className="button">
            Put into the grid
          </button>
          <button type="button" className="button secondary" onClick={onClose}>
            Cancel
          </button>
        </div>
      </form>
    </ModalDialog>
  );
}
