'use client';

import { useState, type FormEvent } from 'react';
import { z } from 'zod';
import { ZAuditPage, ZPerson, type TAuditEntry } from '@/schemas/admin';
import { messageOf, request } from '@/lib/api-client';
import { Field, FormAlert, SelectField, ItemOptions, Options } from '@/components/ui/field';
import { LoadedTable } from '@/components/ui/table';
import { useLoad } from '@/lib/use-load';
import { AdminPageHeader } from './admin-page-header';

const ZPeopleList = z.object({ people: z.array(ZPerson) });
const objectTypes = ['Organization', 'Office', 'Holiday', 'Team', 'User', 'MonthlyGoal', 'ExchangeRate', 'WallToken'];
const dateFormat = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });

type Filters = { actorId: string; objectType: string; objectId: string };

function queryOf(filters: Filters, before?: string): string {
  const parameters = new URLSearchParams();
  for (const [name, value] of Object.entries(filters)) if (value.trim() !== '') parameters.set(name, value.trim());
  parameters.set('limit', '50');
  if (before) parameters.set('before', before);
  return `/api/admin/audit?${parameters.toString()}`;
}

/** before → after, one line per field that changed, as the server words it (names, money). */
function Change({ changes }: { changes: TAuditEntry['changes'] }) {
  if (changes.length === 0) return <span className="muted">No visible change</span>;
  return (
    <p className="audit-change">
      {changes.map((change) => (
        <span key={change.field}>
          {change.label}: {change.before !== null ? <del>{change.before}</del> : null}
          {change.before !== null && change.after !== null ? ' → ' : null}
          {change.after !== null ? <ins>{change.after}</ins> : null}
          {'\n'}
        </span>
      ))}
    </p>
  );
}

/** Every administrative change, newest first, filtered by person or object. */
export function AuditLogView() {
  const people = useLoad('/api/admin/people', ZPeopleList);
  const [draft, setDraft] = useState<Filters>({ actorId: '', objectType: '', objectId: '' });
  const [filters, setFilters] = useState<Filters>(draft);
  const firstPage = useLoad(queryOf(filters), ZAuditPage);
  const [more, setMore] = useState<{ entries: TAuditEntry[]; nextBefore: string | null; forQuery: string } | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [isLoadingMore, setLoadingMore] = useState(false);

  const query = queryOf(filters);
  const extra = more && more.forQuery === query ? more : null;
  const entries = [...(firstPage.data?.entries ?? []), ...(extra?.entries ?? [])];
  const nextBefore = extra ? extra.nextBefore : (firstPage.data?.nextBefore ?? null);

  function apply(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setFilters(draft);
    setMore(null);
  }

  async function loadMore() {
    if (!nextBefore) return;
    setLoadingMore(true);
    setError(null);
    try {
      const page = await request('GET', queryOf(filters, nextBefore), { reply: ZAuditPage });
      setMore({ entries: [...(extra?.entries ?? []), ...page.entries], nextBefore: page.nextBefore, forQuery: query });
    } catch (caught) {
      setError(messageOf(caught));
    } finally {
      setLoadingMore(false);
    }
  }

  return (
    <>
      <AdminPageHeader title="Audit log" subtitle="Who changed what in administration, and when. Newest first." />
      <form className="admin-toolbar" aria-label="Filter the audit log" onSubmit={apply}>
        <SelectField id="audit-actor" label="Changed by" value={draft.actorId} onChange={(actorId) => setDraft({ ...draft, actorId })}>
          <option value="">Anyone</option>
          <ItemOptions items={people.data?.people ?? []} />
        </SelectField>
        <SelectField id="audit-object-type" label="Object type" value={draft.objectType} onChange={(objectType) => setDraft({ ...draft, objectType })}>
          <option value="">Any</option>
          <Options values={objectTypes} />
        </SelectField>
        <Field id="audit-object-id" label="Object id">
          {(control) => <input {...control} value={draft.objectId} onChange={(event) => setDraft({ ...draft, objectId: event.currentTarget.value })} />}
        </Field>
        <button type="submit" className="button secondary">
          Filter
        </button>
      </form>
      <FormAlert message={firstPage.error ?? error} />
      <section className="card admin-table-wrap" aria-label="Audit entries">
        <LoadedTable
          items={firstPage.data === null ? null : entries}
          isLoading={firstPage.isLoading}
          loading="Loading…"
          failed=""
          empty={`No changes recorded${filters.actorId || filters.objectType || filters.objectId ? ' for these filters' : ''}.`}
          columns={['When', 'Who', 'What', 'Object', 'Before → after']}
          isBusy={firstPage.isLoading}
          renderRow={(entry) => (
            <>
              <td style={{ whiteSpace: 'nowrap' }}>{dateFormat.format(new Date(entry.occurredAt))}</td>
              <td>
                {entry.actorId ? (
                  <button type="button" className="button secondary small" onClick={() => { setDraft({ ...draft, actorId: entry.actorId ?? '' }); setFilters({ ...filters, actorId: entry.actorId ?? '' }); }}>
                    {entry.actorName ?? 'Unknown'}
                  </button>
                ) : (
                  <span className="muted">System</span>
                )}
              </td>
              <td>
                <code>{entry.action}</code>
              </td>
              <td>
                <button
                  type="button"
                  className="button secondary small"
                  title="Show only this object"
                  onClick={() => {
                    const next = { ...filters, objectType: entry.objectType, objectId: entry.objectId };
                    setDraft(next);
                    setFilters(next);
                  }}
                >
                  {entry.objectType} <span className="muted">{entry.objectName ?? entry.objectId.slice(-8)}</span>
                </button>
              </td>
              <td>
                <Change changes={entry.changes} />
              </td>
            </>
          )}
        />
        {nextBefore ? (
          <div className="form-actions">
            <button type="button" className="button secondary" disabled={isLoadingMore} onClick={() => void loadMore()}>
              {isLoadingMore ? 'Loading…' : 'Older entries'}
            </button>
          </div>
        ) : null}
      </section>
    </>
  );
}
