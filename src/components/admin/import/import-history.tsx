'use client';

import type { ImportState } from './use-import';
import { DataTable, LoadedList, RowActions } from '@/components/ui/table';

const statusLabel = { COMMITTED: 'Imported', DRY_RUN: 'Dry run', UNDONE: 'Undone' } as const;

/** Every import with its counts; committed ones can be undone, any with problems has a report. */
export function ImportHistory({ state }: { state: ImportState }) {
  const { history } = state;
  return (
    <section aria-labelledby="import-history">
      <h2 id="import-history">Import history</h2>
      {history.error ? <p className="notice" role="alert">{history.error}</p> : null}
      <LoadedList items={history.data?.runs ?? null} isLoading={history.isLoading} loading="Loading imports…" failed="" empty="No imports yet.">
        {(runs) => (
          <div className="admin-table-wrap">
            <DataTable
              columns={['When', 'Source', 'Status', { label: 'Deals created / updated', isNumeric: true }, { label: 'Refused rows', isNumeric: true }]}
              hasActions
              rows={runs}
              rowKey={(run) => run.id}
              rowClassName={(run) => (run.status === 'UNDONE' ? 'inactive' : undefined)}
              renderRow={(run) => (
                <>
                  <td>{new Date(run.createdAt).toLocaleString()}<br /><span className="muted small">{run.actorName ?? ''} · {Object.values(run.files).join(', ')}</span></td>
                  <td>{run.source}</td>
                  <td>{statusLabel[run.status]}</td>
                  <td className="numeric">{run.counts.deals.create} / {run.counts.deals.update}</td>
                  <td className="numeric">{run.problemCount}</td>
                  <RowActions>
                    {run.problemCount > 0 ? <a className="button secondary small" href={`/api/admin/imports/${run.id}/errors`} download>Error report</a> : null}
                    {run.status === 'COMMITTED' ? (
                      <button type="button" className="button secondary small" disabled={state.busy !== null} onClick={() => {
                        if (window.confirm('Undo this import? Its deals are deleted and changed deals put back.')) void state.undo(run.id);
                      }}>Undo</button>
                    ) : null}
                  </RowActions>
                </>
              )}
            />
          </div>
        )}
      </LoadedList>
    </section>
  );
}
