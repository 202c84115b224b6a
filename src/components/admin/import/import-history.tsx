'use client';

import type { ImportState } from './use-import';
import { ActionsHeader } from '@/components/ui/table';

const statusLabel = { COMMITTED: 'Imported', DRY_RUN: 'Dry run', UNDONE: 'Undone' } as const;

/** Every import with its counts; committed ones can be undone, any with problems has a report. */
export function ImportHistory({ state }: { state: ImportState }) {
  const { history } = state;
  return (
    <section aria-labelledby="import-history">
      <h2 id="import-history">Import history</h2>
      {history.error ? <p className="notice" role="alert">{history.error}</p> : null}
      {history.data === null ? <p className="empty">{history.isLoading ? 'Loading imports…' : ''}</p> : history.data.runs.length === 0 ? <p className="empty">No imports yet.</p> : (
        <div className="admin-table-wrap">
          <table className="table">
            <thead><tr><th scope="col">When</th><th scope="col">Source</th><th scope="col">Status</th><th scope="col" className="numeric">Deals created / updated</th><th scope="col" className="numeric">Refused rows</th><ActionsHeader /></tr></thead>
            <tbody>
              {history.data.runs.map((run) => (
                <tr key={run.id} className={run.status === 'UNDONE' ? 'inactive' : undefined}>
                  <td>{new Date(run.createdAt).toLocaleString()}<br /><span className="muted small">{run.actorName ?? ''} · {Object.values(run.files).join(', ')}</span></td>
                  <td>{run.source}</td>
                  <td>{statusLabel[run.status]}</td>
                  <td className="numeric">{run.counts.deals.create} / {run.counts.deals.update}</td>
                  <td className="numeric">{run.problemCount}</td>
                  <td>
                    <div className="row-actions">
                      {run.problemCount > 0 ? <a className="button secondary small" href={`/api/admin/imports/${run.id}/errors`} download>Error report</a> : null}
                      {run.status === 'COMMITTED' ? (
                        <button type="button" className="button secondary small" disabled={state.busy !== null} onClick={() => {
                          if (window.confirm('Undo this import? Its deals are deleted and changed deals put back.')) void state.undo(run.id);
                        }}>Undo</button>
                      ) : null}
                    </div>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
