'use client';

import { useId, useState, type FormEvent } from 'react';
import { z } from 'zod';
import {
  ZCreateOfficeInput,
  ZOffice,
  ZUpdateOfficeInput,
  type TOffice,
} from '@/schemas/admin';
import { Field, FormAlert, SuccessNotice } from '@/components/ui/field';
import { minutesToTime, timeToMinutes } from './format';
import { HolidaysDialog } from './holidays-dialog';
import { requestSaveRecord } from './request-save-record';
import { useZodForm } from '@/components/ui/use-zod-form';
import { useLoad } from '@/lib/use-load';
import { LoadedTable, RowActions } from '@/components/ui/table';
import { upsertById } from '@/domain/replace-by-id';
import { AdminPageHeader } from './admin-page-header';
import { RecordDialog } from './record-dialog';

const ZOfficeList = z.object({ offices: z.array(ZOffice) });
const ZOfficeReply = z.object({ office: ZOffice });
const ZTimeZones = z.object({ timeZones: z.array(z.string()) });

type Editing = { kind: 'new' } | { kind: 'edit'; office: TOffice } | { kind: 'holidays'; office: TOffice } | null;

export function OfficesView() {
  const offices = useLoad('/api/admin/offices', ZOfficeList);
  const [editing, setEditing] = useState<Editing>(null);
  const [notice, setNotice] = useState<string | null>(null);

  function saved(office: TOffice, isNew: boolean) {
    offices.setData((current) => ({ offices: upsertById(current?.offices ?? [], office) }));
    setNotice(isNew ? `Office ${office.name} created.` : `Office ${office.name} saved.`);
    setEditing(null);
  }

  return (
    <>
      <AdminPageHeader title="Offices" subtitle="Each office has its own time zone, currency, business hours and holidays.">
        <button type="button" className="button" onClick={() => setEditing({ kind: 'new' })}>
          New office
        </button>
      </AdminPageHeader>
      <SuccessNotice message={notice} />
      <FormAlert message={offices.error} />
      <section className="card admin-table-wrap" aria-label="Offices">
        <LoadedTable
          items={offices.data?.offices ?? null}
          isLoading={offices.isLoading}
          loading="Loading offices…"
          failed="Offices could not be loaded."
          empty="No offices yet. Create the first one to add teams."
          columns={['Name', 'Time zone', 'Locale', 'Currency', 'Business hours', { label: 'Teams', isNumeric: true }, { label: 'Holidays', isNumeric: true }]}
          hasActions
          renderRow={(office) => (
            <>
              <td>{office.name}</td>
              <td>{office.timeZone}</td>
              <td>{office.locale}</td>
              <td>{office.currency}</td>
              <td>
                {minutesToTime(office.businessDayStart)}–{minutesToTime(office.businessDayEnd)}
              </td>
              <td className="numeric">{office.teamCount}</td>
              <td className="numeric">{office.holidayCount}</td>
              <RowActions>
                <button type="button" className="button secondary small" onClick={() => setEditing({ kind: 'edit', office })}>
                  Edit<span className="visually-hidden"> {office.name}</span>
                </button>
                <button type="button" className="button secondary small" onClick={() => setEditing({ kind: 'holidays', office })}>
                  Holidays<span className="visually-hidden"> of {office.name}</span>
                </button>
              </RowActions>
            </>
          )}
        />
      </section>
      {editing?.kind === 'new' ? <OfficeDialog office={null} onClose={() => setEditing(null)} onSaved={(office) => saved(office, true)} /> : null}
      {editing?.kind === 'edit' ? (
        <OfficeDialog office={editing.office} onClose={() => setEditing(null)} onSaved={(office) => saved(office, false)} />
      ) : null}
      {editing?.kind === 'holidays' ? (
        <HolidaysDialog
          office={editing.office}
          onClose={() => {
            setEditing(null);
            void offices.reload();
          }}
        />
      ) : null}
    </>
  );
}

type OfficeForm = { name: string; timeZone: string; locale: string; currency: string; start: string; end: string };

function OfficeDialog({ office, onClose, onSaved }: { office: TOffice | null; onClose: () => void; onSaved: (office: TOffice) => void }) {
  const zones = useLoad('/api/admin/time-zones', ZTimeZones);
  const zoneListId = useId();
  const defaultZone = typeof Intl !== 'undefined' ? Intl.DateTimeFormat().resolvedOptions().timeZone : 'UTC';
  const [form, setForm] = useState<OfficeForm>(() => ({
    name: office?.name ?? '',
    timeZone: office?.timeZone ?? defaultZone,
    locale: office?.locale ?? (typeof navigator !== 'undefined' ? navigator.language : 'en-US'),
    currency: office?.currency ?? '',
    start: minutesToTime(office?.businessDayStart ?? 540),
    end: minutesToTime(office?.businessDayEnd ?? 1020),
  }));
  const submission = useZodForm();
  const { errors, formError, isBusy: isSaving } = submission;

  const set = (key: keyof OfficeForm) => (event: { currentTarget: { value: string } }) => {
    const value = event.currentTarget.value;
    setForm((current) => ({ ...current, [key]: value }));
  };

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const { start, end, ...settings } = form;
    const candidate = { ...settings, businessDayStart: timeToMinutes(start), businessDayEnd: end === '00:00' ? 1440 : timeToMinutes(end) };
    await submission.submit({
      form: event.currentTarget,
      schema: office ? ZUpdateOfficeInput : ZCreateOfficeInput,
      value: candidate,
      check: () => (zones.data && !zones.data.timeZones.includes(form.timeZone.trim()) ? { timeZone: 'Pick a time zone from the list' } : null),
      send: async () => onSaved((await requestSaveRecord('/api/admin/offices', office, { reply: ZOfficeReply, body: candidate })).office),
    });
  }

  return (
    <RecordDialog noun="office" record={office} testId="office-dialog" error={formError ?? errors.form} isBusy={isSaving} onSubmit={submit} onClose={onClose}>
      <Field id="office-name" label="Name" error={errors.name}>
        {(control) => <input {...control} value={form.name} onChange={set('name')} data-autofocus autoComplete="off" />}
      </Field>
      <Field
        id="office-time-zone"
        label="Time zone"
        error={errors.timeZone}
        hint={zones.error ? 'The list of zones could not be loaded; type an IANA zone such as Europe/London.' : 'Type to search, e.g. “London” or “New_York”.'}
      >
        {(control) => (
          <>
            <input {...control} list={zoneListId} value={form.timeZone} onChange={set('timeZone')} autoComplete="off" spellCheck={false} />
            <datalist id={zoneListId}>
              {(zones.data?.timeZones ?? []).map((zone) => (
                <option key={zone} value={zone} />
              ))}
            </datalist>
          </>
        )}
      </Field>
      <div className="field-row">
        <Field id="office-locale" label="Locale" error={errors.locale} hint="Formats money and dates, e.g. en-GB.">
          {(control) => <input {...control} value={form.locale} onChange={set('locale')} autoComplete="off" spellCheck={false} />}
        </Field>
        <Field id="office-currency" label="Currency" error={errors.currency} hint="ISO code, e.g. GBP.">
          {(control) => (
            <input
              {...control}
              value={form.currency}
              onChange={set('currency')}
              maxLength={3}
              autoComplete="off"
              spellCheck={false}
              style={{ textTransform: 'uppercase' }}
            />
          )}
        </Field>
      </div>
      <fieldset className="admin-fieldset">
        <legend>Business hours</legend>
        <div className="field-row">
          <Field id="office-day-start" label="Day starts" error={errors.businessDayStart}>
            {(control) => <input {...control} type="time" value={form.start} onChange={set('start')} />}
          </Field>
          <Field id="office-day-end" label="Day ends" error={errors.businessDayEnd}>
            {(control) => <input {...control} type="time" value={form.end} onChange={set('end')} />}
          </Field>
        </div>
      </fieldset>
    </RecordDialog>
  );
}
