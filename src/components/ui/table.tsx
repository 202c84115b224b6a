import type { ReactNode } from 'react';

// Pieces of the shared .table markup.

/** The header of a last column that holds row buttons (or their state): named for screen readers, blank on screen. */
export function ActionsHeader({ label = 'Actions' }: { label?: string }) {
  return (
    <th scope="col">
      <span className="visually-hidden">{label}</span>
    </th>
  );
}

/** A column's header: its label, and whether it holds numbers (right-aligned). */
export type TableColumn = string | { label: string; isNumeric?: boolean };

/**
 * A `.table` with one header row and a row per item: `renderRow` gives a row's cells.
 * `hasActions` adds the blank header of a last column of row buttons, named `actionsLabel` for screen readers.
 */
export type DataTableProps<Row> = {
  columns: readonly TableColumn[];
  rows: readonly Row[];
  rowKey: (row: Row) => string;
  renderRow: (row: Row) => ReactNode;
  hasActions?: boolean;
  actionsLabel?: string;
  /** What the table shows, for screen readers (and on screen unless its class hides it). */
  caption?: ReactNode;
  captionClassName?: string;
  className?: string;
  isBusy?: boolean;
  rowTestId?: string;
  rowClassName?: (row: Row) => string | undefined;
};

export function DataTable<Row>({
  columns,
  rows,
  rowKey,
  renderRow,
  hasActions = false,
  actionsLabel,
  caption,
  captionClassName,
  className,
  isBusy,
  rowTestId,
  rowClassName,
}: DataTableProps<Row>) {
  return (
    <table className={className ? `table ${className}` : 'table'} aria-busy={isBusy}>
      {caption ? <caption className={captionClassName}>{caption}</caption> : null}
      <thead>
        <tr>
          {columns.map((column) => {
            const { label, isNumeric } = typeof column === 'string' ? { label: column, isNumeric: false } : column;
            return (
              <th key={label} scope="col" className={isNumeric ? 'numeric' : undefined}>
                {label}
              </th>
            );
          })}
          {hasActions ? <ActionsHeader label={actionsLabel} /> : null}
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={rowKey(row)} className={rowClassName?.(row)} data-testid={rowTestId}>
            {renderRow(row)}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/**
 * A loaded list, or what stands in its place: "loading" or "could not be loaded" while
 * `items` is null, `empty` when there are none.
 */
type LoadedListProps<Item> = {
  items: readonly Item[] | null;
  isLoading?: boolean;
  loading?: string;
  failed?: string;
  empty: ReactNode;
};

export function LoadedList<Item>({
  items,
  isLoading = false,
  loading,
  failed,
  empty,
  children,
}: LoadedListProps<Item> & { children: (items: readonly Item[]) => ReactNode }) {
  if (items === null) return <p className="empty">{isLoading ? loading : failed}</p>;
  if (items.length === 0) return <p className="empty">{empty}</p>;
  return children(items);
}

/** A DataTable of loaded rows, each keyed by its id, or LoadedList's line in its place while they load, when they failed or when there are none. */
export function LoadedTable<Row extends { id: string }>({
  items,
  isLoading,
  loading,
  failed,
  empty,
  ...table
}: LoadedListProps<Row> & Omit<DataTableProps<Row>, 'rows' | 'rowKey'>) {
  return (
    <LoadedList items={items} isLoading={isLoading} loading={loading} failed={failed} empty={empty}>
      {(rows) => <DataTable {...table} rows={rows} rowKey={rowKey} />}
    </LoadedList>
  );
}

function rowKey(row: { id: string }): string {
  return row.id;
}

/** The buttons of a table row, side by side. */
export function RowActions({ children }: { children: ReactNode }) {
  return (
    <td>
      <div className="row-actions">{children}</div>
    </td>
  );
}
