'use client';

import { useMemo, useState } from 'react';
import { z } from 'zod';
import { ZExchangeRateChange, ZExchangeRateTable, ZUpdateExchangeRatesInput } from '@/schemas/admin';
import { request } from '@/lib/api-client';
import { FormAlert } from '@/components/ui/field';
import { addMonthsToKey, formatMonthKey, parseDecimalInput } from './format';
import { useLoad } from '@/lib/use-load';
import { AdminPageHeader } from './admin-page-header';
import { MonthRangeFields } from './month-range-fields';
import { useCellEdits } from './use-cell-edits';

const ZUpdated = z.object({ updated: z.number() });

function browserMonth(): string {
  const now = new Date();
  return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}`;
}

const key = (currency: string, month: string) => `${currency}|${month}`;

/** Month × currency rates into the reporting currency; admins edit them in place. */
export function ExchangeRatesView() {
  const [range, setRange] = useState(() => ({ from: addMonthsToKey(browserMonth(), -3), to: addMonthsToKey(browserMonth(), 2) }));
  const table = useLoad(range.from <= range.to ? `/api/admin/exchange-rates?from=${range.from}&to=${range.to}` : null, ZExchangeRateTable);
  const { texts, setTexts, error, notice, isSaving, saveCells } = useCellEdits();

  const { changes, invalid } = useMemo(() => {
    const found: z.input<typeof ZExchangeRateChange>[] = [];
    const bad = new Map<string, string>();
    if (!table.data) return { changes: found, invalid: bad };
    for (const row of table.data.rows) {
      for (const month of table.data.months) {
        const text = texts[key(row.currency, month)];
        if (text === undefined) continue;
        const value = parseDecimalInput(text);
        const was = row.cells[month] ?? null;
        if (value === null) {
          if (was !== null) bad.set(key(row.currency, month), 'A recorded rate can be changed but not removed');
          continue;
        }
        if (Number.isNaN(value) || value <= 0) {
          bad.set(key(row.currency, month), 'A rate must be a number above 0');
          continue;
        }
        if (value !== was) found.push({ month, currency: row.currency, rateToReporting: value });
      }
    }
    return { changes: found, invalid: bad };
  }, [table.data, texts]);

  const save = () =>
    saveCells({
      blocked: invalid.size > 0 ? `Fix the ${invalid.size} highlighted rate(s) first.` : null,
      parse: () => ZUpdateExchangeRatesInput.safeParse({ rates: changes }),
      send: (input) => request('PUT', '/api/admin/exchange-rates', { reply: ZUpdated, body: input }),
      reload: table.reload,
      describe: (result) => `Saved ${result.updated} rate(s).`,
    });

  const reporting = table.data?.reportingCurrency ?? '';

  return (
    <>
      <AdminPageHeader title="Exchange rates" subtitle={<>How much one unit of each office currency is worth in {reporting || 'the reporting currency'}, per month. Company totals use them.</>} />
      <form className="admin-toolbar" aria-label="Months to show" onSubmit={(event) => event.preventDefault()}>
        <MonthRangeFields idPrefix="rates" range={range} onChange={(change) => setRange({ ...range, ...change })} />
      </form>
      <FormAlert message={table.error} />
      {table.data === null ? (
        <p className="empty">{table.isLoading ? 'Loading rates…' : ''}</p>
      ) : table.data.rows.length === 0 ? (
        <p className="notice">Every office uses {reporting}: there is nothing to convert.</p>
      ) : (
        <>
          <div className="goal-grid-wrap">
            <table className="goal-grid">
              <thead>
                <tr>
                  <th scope="col">1 unit of</th>
                  {table.data.months.map((month) => (
                    <th key={month} scope="col">
                      {formatMonthKey(month, undefined)}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {table.data.rows.map((row) => (
                  <tr key={row.currency}>
                    <th scope="row">
                      {row.currency} → {reporting}
                    </th>
                    {table.data!.months.map((month) => {
                      const cell = key(row.currency, month);
                      const saved = row.cells[month];
                      const text = texts[cell] ?? (saved === null || saved === undefined ? '' : String(saved));
                      const problem = invalid.get(cell);
                      const isChanged = changes.some((change) => change.currency === row.currency && change.month === month);
                      return (
                        <td key={month} className={problem ? 'invalid' : isChanged ? 'changed' : undefined}>
                          <input
                            inputMode="decimal"
                            aria-label={`${row.currency} to ${reporting}, ${formatMonthKey(month, undefined, 'long')}`}
                            aria-invalid={problem ? true : undefined}
                            title={problem}
                            placeholder="—"
                            value={text}
                            onChange={(event) => {
                              const value = event.currentTarget.value;
                              setTexts((existing) => ({ ...existing, [cell]: value }));
                            }}
                          />
                        </td>
                      );
                    })}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <FormAlert message={error} />
          <div className="goal-status">
            <button type="button" className="button" disabled={isSaving || (changes.length === 0 && invalid.size === 0)} onClick={() => void save()}>
              {isSaving ? 'Saving…' : changes.length > 0 ? `Save ${changes.length} rate${changes.length === 1 ? '' : 's'}` : 'Save'}
            </button>
            <span role="status" className={notice ? 'success' : 'muted'}>
              {notice ?? (changes.length > 0 ? 'Unsaved changes' : '')}
            </span>
          </div>
        </>
      )}
    </>
  );
}
