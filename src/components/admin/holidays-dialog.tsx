'use client';

import { useState, type ChangeEvent, type FormEvent } from 'react';
import { z } from 'zod';
import {
  ZCreateHolidayInput,
  ZHoliday,
  ZHolidayImportReport,
  type THolidayImportReport,
  type TOffice,
} from '@/schemas/admin';
import { ApiError, apiPath, messageOf, request } from '@/lib/api-client';
import { Field, FormAlert } from '@/components/ui/field';
import { useBusyAction } from '@/components/ui/use-busy-action';
import { useZodForm } from '@/components/ui/use-zod-form';
import { Dialog } from '@/components/ui/dialog';
import { useLoad } from '@/lib/use-load';
import { ActionsHeader } from '@/components/ui/table';

const ZHolidayList = z.object({ holidays: z.array(ZHoliday) });
const ZHolidayReply = z.object({ holiday: ZHoliday });

function formatDay(date: string, locale: string): string {
  const day = new Date(`${date.slice(0, 10)}T00:00:00Z`);
  return Number.isNaN(day.getTime())
    ? date
    : new Intl.DateTimeFormat(locale, { weekday: 'short', day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' }).format(day);
}

/** The office's holidays: add one, remove one, or import an .ics or CSV file read in the browser. */
export function HolidaysDialog({ office, onClose }: { office: TOffice; onClose: () => void }) {
  const basePath = apiPath('/api/admin/offices', office.id, 'holidays');
  const holidays = useLoad(basePath, ZHolidayList);
  const [form, setForm] = useState({ date: '', name: '' });
  const adding = useZodForm();
  const { errors, isBusy: isAdding } = adding;
  const removing = useBusyAction();
  const [report, setReport] = useState<THolidayImportReport | null>(null);
  const [isImporting, setImporting] = useState(false);
  const [importError, setImportError] = useState<string | null>(null);

  async function add(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    removing.setError(null);
    await adding.submit({
      form: event.currentTarget,
      schema: ZCreateHolidayInput,
      value: form,
      send: async (input) => {
        const { holiday } = await request('POST', basePath, { reply: ZHolidayReply, body: input });
        holidays.setData((current) => ({
          holidays: [...(current?.holidays ?? []), holiday].sort((a, b) => a.date.localeCompare(b.date)),
        }));
        setForm({ date: '', name: '' });
      },
    });
  }

  async function remove(holidayId: string) {
    adding.setFormError(null);
    await removing.run(holidayId, async () => {
      await request('DELETE', apiPath(basePath, holidayId), { reply: ZHolidayReply });
      holidays.setData((current) => ({ holidays: (current?.holidays ?? []).filter((holiday) => holiday.id !== holidayId) }));
    });
  }

  async function importFile(event: ChangeEvent<HTMLInputElement>) {
    const input = event.currentTarget;
    const file = input.files?.[0];
    if (!file) return;
    setReport(null);
    setImportError(null);
    const format = /\.ics$/i.test(file.name) || file.type === 'text/calendar' ? 'ics' : /\.csv$/i.test(file.name) || file.type === 'text/csv' ? 'csv' : null;
    if (!format) {
      setImportError('Choose an .ics calendar or a .csv file (date,name on each line).');
      input.value = '';
      return;
    }
    setImporting(true);
    try {
      const content = await file.text();
      const result = await request('POST', apiPath(basePath, 'import'), { reply: ZHolidayImportReport, body: { format, content } });
      setReport(result);
      await holidays.reload();
    } catch (caught) {
      // An invalid line refuses the whole file; the report says which lines.
      const details = caught instanceof ApiError ? ZHolidayImportReport.safeParse(caught.details) : null;
      if (details?.success) {
        setReport(details.data);
        setImportError('Nothing was imported: fix the lines below and try again.');
      } else {
        setImportError(messageOf(caught));
      }
    } finally {
      setImporting(false);
      input.value = '';
    }
  }

  return (
    <Dialog title={`Holidays · ${office.name}`} description="Holidays are not working days: pacing skips them." onClose={onClose} size="wide" testId="holidays-dialog">
      <FormAlert message={adding.formError ?? removing.error ?? holidays.error} />
      <form onSubmit={add} noValidate aria-label="Add a holiday">
        <div className="field-row" style={{ alignItems: 'end' }}>
          <Field id="holiday-date" label="Date" error={errors.date}>
            {(control) => (
              <input {...control} type="date" value={form.date} data-autofocus onChange={(event) => setForm({ ...form, date: event.currentTarget.value })} />
            )}
          </Field>
          <Field id="holiday-name" label="Holiday name" error={errors.name}>
            {(control) => <input {...control} value={form.name} onChange={(event) => setForm({ ...form, name: event.currentTarget.value })} />}
          </Field>
          <div className="field">
            <button type="submit" className="button" disabled={isAdding}>
              {isAdding ? 'Adding…' : 'Add holiday'}
            </button>
          </div>
        </div>
      </form>

      <div className="field">
        <label htmlFor="holiday-import">Import from a file</label>
        <input id="holiday-import" type="file" accept=".ics,.csv,text/calendar,text/csv" onChange={(event) => void importFile(event)} disabled={isImporting} aria-describedby="holiday-import-hint" />
        <span className="field-hint" id="holiday-import-hint">
          An .ics calendar, or a CSV with a date (YYYY-MM-DD) and a name on each line. Dates already present are skipped.
        </span>
      </div>
      {isImporting ? <p role="status">Importing…</p> : null}
      <FormAlert message={importError} />
      {report ? (
        <div className={`notice ${report.errors.length > 0 ? 'warning-notice' : 'success-notice'}`} role="status" data-testid="holiday-import-report" style={{ marginBottom: 14 }}>
          <p style={{ margin: 0 }}>
            Added {report.added} · skipped {report.skipped} · {report.errors.length} error{report.errors.length === 1 ? '' : 's'}
          </p>
          {report.errors.length > 0 ? (
            <ul style={{ margin: '6px 0 0' }}>
              {report.errors.slice(0, 20).map((error) => (
                <li key={`${error.line}-${error.message}`}>
                  Line {error.line}: {error.message}
                </li>
              ))}
              {report.errors.length > 20 ? <li>… and {report.errors.length - 20} more</li> : null}
            </ul>
          ) : null}
        </div>
      ) : null}

      {holidays.data === null ? (
        <p className="empty">{holidays.isLoading ? 'Loading holidays…' : ''}</p>
      ) : holidays.data.holidays.length === 0 ? (
        <p className="empty">No holidays yet.</p>
      ) : (
        <table className="table" aria-label={`Holidays of ${office.name}`}>
          <thead>
            <tr>
              <th scope="col">Date</th>
              <th scope="col">Name</th>
              <ActionsHeader />
            </tr>
          </thead>
          <tbody>
            {holidays.data.holidays.map((holiday) => (
              <tr key={holiday.id}>
                <td>{formatDay(holiday.date, office.locale)}</td>
                <td>{holiday.name}</td>
                <td>
                  <div className="row-actions">
                    <button type="button" className="button danger small" disabled={removing.busy === holiday.id} onClick={() => void remove(holiday.id)}>
                      {removing.busy === holiday.id ? 'Removing…' : 'Remove'}
                      <span className="visually-hidden"> {holiday.name}</span>
                    </button>
                  </div>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </Dialog>
  );
}
