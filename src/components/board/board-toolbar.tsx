'use client';

import { AppLink } from '@/components/ui/app-link';
import { Button } from '@/components/ui/button';
import type { TBoardLane } from '@/schemas/deal';
import { ChevronLeftIcon, ChevronRightIcon, PlusIcon, SearchIcon } from './icons';
import { isFiltered as hasFilters, noFilters, type BoardFilterState } from './board-filters';
import type { ConnectionState } from './use-board-live';
import { ItemOptions } from '@/components/ui/field';

// Above the board: which board this is and the others the user can open, the connection
// state, the filters and the month shown in Completed.

export type BoardChoice = { href: string; label: string; isCurrent: boolean };

const connectionLabels: Record<ConnectionState, string> = {
  connecting: 'Connecting…',
  live: 'Live',
  offline: 'Offline, reconnecting…',
};

export function BoardHeader({
  title,
  subtitle,
  choices,
  connection,
  onNewDeal,
  onOpenSettings = null,
}: {
  title: string;
  subtitle: string;
  choices: BoardChoice[];
  connection: ConnectionState;
  onNewDeal: (() => void) | null;
  /** Opens the team's board settings, for those who may change them. */
  onOpenSettings?: (() => void) | null;
}) {
  return (
    <div className="board-header">
      <div className="board-heading">
        <h1 className="board-title">{title}</h1>
        <p className="board-subtitle">
          {subtitle}
          <span className="board-connection" data-state={connection} role="status" data-testid="board-connection">
            {connectionLabels[connection]}
          </span>
        </p>
      </div>
      {choices.length > 1 ? (
        <nav aria-label="Boards" className="board-switcher">
          <ul>
            {choices.map((choice) => (
              <li key={choice.href}>
                <AppLink href={choice.href} aria-current={choice.isCurrent ? 'page' : undefined}>
                  {choice.label}
                </AppLink>
              </li>
            ))}
          </ul>
        </nav>
      ) : null}
      {onNewDeal ? (
        <button type="button" className="button board-new-deal" onClick={onNewDeal}>
          <PlusIcon />
          New deal
        </button>
      ) : null}
      {onOpenSettings ? (
        <Button variant="secondary" className="board-settings-button" onClick={onOpenSettings}>
          Board settings
        </Button>
      ) : null}
    </div>
  );
}

export function BoardFilters({
  filters,
  onChange,
  lanes,
  shownCount,
  totalCount,
  month,
  maximumMonth,
  monthLabel,
  isLoadingMonth,
  onMonthChange,
}: {
  filters: BoardFilterState;
  onChange: (filters: BoardFilterState) => void;
  lanes: TBoardLane[];
  shownCount: number;
  totalCount: number;
  month: string;
  maximumMonth: string;
  monthLabel: string;
  isLoadingMonth: boolean;
  onMonthChange: (month: string) => void;
}) {
  const isFiltered = hasFilters(filters);
  return (
    <div className="board-filters" role="search" aria-label="Filter the board">
      <div className="board-search">
        <SearchIcon className="board-search-icon" />
        <label htmlFor="board-search" className="visually-hidden">
          Search deals
        </label>
        <input
          id="board-search"
          type="search"
          placeholder="Search account, title, notes"
          value={filters.text}
          onChange={(event) => onChange({ ...filters, text: event.target.value })}
        />
      </div>
      {lanes.length > 1 ? (
        <div className="board-filter-field">
          <label htmlFor="board-rep-filter">Rep</label>
          <select id="board-rep-filter" value={filters.ownerId} onChange={(event) => onChange({ ...filters, ownerId: event.target.value })}>
            <option value="">Everyone</option>
            <ItemOptions items={lanes} value={(lane) => lane.userId} />
          </select>
        </div>
      ) : null}
      <label className="board-toggle">
        <input type="checkbox" checked={filters.noteworthyOnly} onChange={(event) => onChange({ ...filters, noteworthyOnly: event.target.checked })} />
        Noteworthy only
      </label>
      <label className="board-toggle">
        <input
          type="checkbox"
          checked={filters.closingThisMonth}
          onChange={(event) => onChange({ ...filters, closingThisMonth: event.target.checked })}
        />
        Closing this month
      </label>
      <label className="board-toggle" title="Pushed at least twice, or pushed past the month it was expected in">
        <input type="checkbox" checked={filters.slippingOnly} onChange={(event) => onChange({ ...filters, slippingOnly: event.target.checked })} />
        Slipping
      </label>
      <p className="board-filter-count" aria-live="polite">
        {isFiltered ? `Showing ${shownCount} of ${totalCount} deals` : `${totalCount} deals`}
        {isFiltered ? (
          <button type="button" className="board-link-button" onClick={() => onChange(noFilters)}>
            Clear filters
          </button>
        ) : null}
      </p>
      <MonthPicker
        month={month}
        maximumMonth={maximumMonth}
        label={monthLabel}
        isLoading={isLoadingMonth}
        onChange={onMonthChange}
      />
    </div>
  );
}

function shiftMonth(month: string, by: number): string {
  const [year, monthNumber] = month.split('-').map(Number) as [number, number];
  const date = new Date(Date.UTC(year, monthNumber - 1 + by, 1));
  return date.toISOString().slice(0, 7);
}

function MonthPicker({
  month,
  maximumMonth,
  label,
  isLoading,
  onChange,
}: {
  month: string;
  maximumMonth: string;
  label: string;
  isLoading: boolean;
  onChange: (month: string) => void;
}) {
  const isLatest = month >= maximumMonth;
  return (
    <div className="board-month" role="group" aria-label="Month shown in Completed">
      <span className="board-month-label" id="board-month-label">
        Completed in
      </span>
      <button type="button" className="icon-button" aria-label="Previous month" onClick={() => onChange(shiftMonth(month, -1))}>
        <ChevronLeftIcon />
      </button>
      <label htmlFor="board-month-input" className="visually-hidden">
        Completed month
      </label>
      <input
        id="board-month-input"
        type="month"
        value={month}
        max={maximumMonth}
        aria-describedby="board-month-label"
        onChange={(event) => {
          if (/^\d{4}-\d{2}$/.test(event.target.value)) onChange(event.target.value);
        }}
        title={label}
      />
      <button
        type="button"
        className="icon-button"
        aria-label="Next month"
        disabled={isLatest}
        onClick={() => onChange(shiftMonth(month, 1))}
      >
        <ChevronRightIcon />
      </button>
      {isLoading ? (
        <span className="board-month-loading" role="status">
          Loading…
        </span>
      ) : null}
    </div>
  );
}
