// What every demo generator shares: the months of the window, the seeded random source,
// and the offices and sellers as the generators see them.

import type { OfficeCalendar as PacingCalendar } from '@/domain/pacing/working-days';
import { toDayNumber, type OfficeCalendar } from './office-calendar';
import type { SeededRandom } from './seeded-random';
import type { OfficeRecord, TeamRecord, UserRecord } from './record-builders';
import type { OfficeSpecification, Segment } from './demo-shape';

export type Month = {
  /** 0 for the current month, -1 for the one before, and so on. */
  offset: number;
  start: Date;
  firstDay: number;
  lastDay: number;
  monthIndex: number;
};

export type Context = {
  random: SeededRandom;
  today: Date;
  /** Oldest first; the last one is the current month. */
  months: Month[];
  firstMonth: Month;
  currentMonth: Month;
  /** When the organisation started using Cadence, well before the window. */
  setupTime: Date;
};

export type DemoOffice = OfficeCalendar & {
  record: OfficeRecord;
  specification: OfficeSpecification;
  index: number;
  /** The office's local calendar day at `today`. */
  localToday: number;
  /** The office's local minute of the day at `today`: nothing today happens later. */
  localMinuteNow: number;
  /** The same calendar as the pacing module reads it (for this month's pace). */
  pacingCalendar: PacingCalendar;
};

export type Seller = {
  user: UserRecord;
  team: TeamRecord;
  office: DemoOffice;
  segment: Segment;
  segmentIndex: number;
  /** Monthly goal in major units before seasonality and ramp-up. */
  baseGoal: number;
  startDay: number;
  /** Last month (offset) with goals and deals: 0 unless the rep has left. */
  lastMonthOffset: number;
  accounts: string[];
  /** How this seller's month so far compares with the team's, around 1. */
  currentMonthShare: number;
};

export function describeMonth(today: Date, offset: number): Month {
  const start = new Date(Date.UTC(today.getUTCFullYear(), today.getUTCMonth() + offset, 1));
  const end = new Date(Date.UTC(today.getUTCFullYear(), today.getUTCMonth() + offset + 1, 0));
  return { offset, start, firstDay: toDayNumber(start), lastDay: toDayNumber(end), monthIndex: start.getUTCMonth() };
}

export function padNumber(value: number, width: number): string {
  return String(value).padStart(width, '0');
}

export function roundTo(value: number, step: number): number {
  return Math.round(value / step) * step;
}
