'use client';

import type { TImportCounts } from '@/schemas/import';
import type { ImportState } from './use-import';

const fileLabel = { people: 'People', deals: 'Deals', history: 'History' } as const;

export function ImportCounts({ counts }: { counts: TImportCounts }) {
  return (
    <div className="admin-table-wrap">
      <table className="table import-counts">
        <thead><tr><th scope="col">File</th><th scope="col" className="numeric">Create</th><th scope="col" className="numeric">Update</th><th scope="col" className="numeric">Unchanged</th><th scope="col" className="numeric">Refused</th></tr></thead>
        <tbody>
          {(['people', 'deals'] as const).map((kind) => (
            <tr key={kind}>
              <th scope="row">{fileLabel[kind]}</th>
              <td className="numeric">{counts[kind].create}</td>
              <td className="numeric">{counts[kind].update}</td>
              <td className="numeric">{counts[kind].unchanged}</td>
              <td className="numeric">{counts[kind].refuse}</td>
            </tr>
          ))}
          <tr>
            <th scope="row">History</th>
            <td className="numeric" colSpan={3}>{counts.history.events} events</td>
            <td className="numeric">{counts.history.refuse}</td>
          </tr>
        </tbody>
      </table>
    </div>
  );
}

/** The refused rows with their reasons, and how ambiguous values were read. */
export function ImportProblems({ state }: { state: ImportState }) {
  const preview = state.preview!;
  return (
    <section aria-labelledby="import-problems">
      <h2 id="import-problems">Rows with problems ({preview.problemCount})</h2>
      {preview.problemCount === 0 ? <p className="muted">Every row can be read.</p> : (
        <div className="admin-table-wrap import-problem-list">
          <table className="table">
            <thead><tr><th scope="col">File</th><th scope="col" className="numeric">Row</th><th scope="col">Problem</th></tr></thead>
            <tbody>
              {preview.problems.map((problem, index) => (
                <tr key={`${problem.file}-${problem.line}-${index}`}>
                  <td>{fileLabel[problem.file]}</td>
                  <td className="numeric">{problem.line || '—'}</td>
                  <td>{problem.message}</td>
                </tr>
              ))}
            </tbody>
          </table>
          {preview.problemCount > preview.problems.length ? <p className="muted small">The first {preview.problems.length} are shown; the error report after importing lists all.</p> : null}
        </div>
      )}
      {preview.noteCount > 0 ? (
        <details>
          <summary>How {preview.noteCount} ambiguous values were read</summary>
          <ul className="small">{preview.notes.slice(0, 50).map((note, index) => <li key={index}>{fileLabel[note.file]} row {note.line}: {note.message}</li>)}</ul>
        </details>
      ) : null}
    </section>
  );
}
