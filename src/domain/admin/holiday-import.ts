import ICAL from 'ical.js';
import { parse } from 'csv-parse/sync';
import { detectDelimiter } from '@/domain/import/csv-text';

// Reading office holidays from a calendar file: iCalendar (.ics, all-day VEVENTs with
// DTSTART;VALUE=DATE:YYYYMMDD or DTSTART:YYYYMMDD and a SUMMARY), parsed by ical.js, or
// CSV lines of "date,name" with an optional header, parsed by csv-parse. Each parser
// reports every line it cannot read; the caller writes nothing when there is any.

export type ParsedHoliday = { line: number; date: string; name: string };
export type HolidayLineError = { line: number; message: string };
export type ParsedHolidays = { holidays: ParsedHoliday[]; errors: HolidayLineError[] };

const maximumNameLength = 120;

/** "2026-12-25" when the date exists, else null. */
function toCalendarDate(year: string, month: string, day: string): string | null {
  const text = `${year}-${month}-${day}`;
  const date = new Date(`${text}T00:00:00Z`);
  return Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== text ? null : text;
}

function checkName(name: string, line: number, errors: HolidayLineError[]): string | null {
  const trimmed = name.trim();
  if (trimmed === '') errors.push({ line, message: 'The holiday has no name.' });
  else if (trimmed.length > maximumNameLength) errors.push({ line, message: `Keep the name under ${maximumNameLength} characters.` });
  else return trimmed;
  return null;
}

type EventLines = { begin: number; properties: Map<string, { line: number; value: string }> };

/**
 * Where each VEVENT and its properties sit in the text, so that a problem can name its
 * line (ical.js, which does the parsing, keeps no line numbers). Only BEGIN/END and
 * property names are looked at: folding, parameters and escapes are ical.js's job.
 */
function locateEvents(content: string): { events: EventLines[]; lineOf: (text: string) => number } {
  const lines = content.replace(/\r\n?/g, '\n').split('\n');
  const events: EventLines[] = [];
  let current: EventLines | null = null;
  lines.forEach((text, index) => {
    if (/^BEGIN:VEVENT\s*$/i.test(text)) events.push((current = { begin: index + 1, properties: new Map() }));
    else if (/^END:VEVENT\s*$/i.test(text)) current = null;
    else if (current && /^[A-Za-z-]+[;:]/.test(text)) {
      const name = /^[A-Za-z-]+/.exec(text)![0].toLowerCase();
      if (!current.properties.has(name)) current.properties.set(name, { line: index + 1, value: text.slice(text.indexOf(':') + 1).trim() });
    }
  });
  const lineOf = (needle: string) => Math.max(1, lines.findIndex((text) => text.includes(needle)) + 1);
  return { events, lineOf };
}

/** The calendar day an all-day DTSTART names, from ical.js's jCal value; or why not. */
function readStartDate(type: string, value: unknown, original: string): { date: string } | { problem: string } {
  const text = typeof value === 'string' ? value : '';
  const day = /^(\d{4})-(\d{2})-(\d{2})(?:T(::|\d{2}:\d{2}:\d{2}(Z)?))?$/.exec(text);
  if (!day || (type !== 'date' && day[4] === undefined)) return { problem: `"${original}" is not a date like 20261225.` };
  if (day[5]) return { problem: 'The event starts at a UTC time; holidays must be all-day dates (DTSTART;VALUE=DATE:YYYYMMDD).' };
  const date = toCalendarDate(day[1]!, day[2]!, day[3]!);
  return date ? { date } : { problem: `${day[1]}-${day[2]}-${day[3]} is not a date that exists.` };
}

/**
 * Reads all-day VEVENTs (DTSTART;VALUE=DATE:YYYYMMDD, or a bare YYYYMMDD, or a local
 * midnight) with ical.js. Timed UTC events and repeating events are refused, each with
 * the line it is on.
 */
export function parseIcsHolidays(content: string): ParsedHolidays {
  const holidays: ParsedHoliday[] = [];
  const errors: HolidayLineError[] = [];
  const { events: located, lineOf } = locateEvents(content);
  let parsed: unknown;
  try {
    parsed = ICAL.parse(content);
  } catch (error) {
    const message = (error as Error).message;
    const quoted = /invalid line[^"]*"(.*)"$/.exec(message)?.[1];
    if (quoted !== undefined) return { holidays, errors: [{ line: lineOf(quoted), message: `"${quoted.slice(0, 40)}" is not an iCalendar line (NAME:value).` }] };
    if (/began but did not end/.test(message)) return { holidays, errors: [{ line: located.at(-1)?.begin ?? 1, message: 'The event has no END:VEVENT.' }] };
    return { holidays, errors: [{ line: 1, message: `The text cannot be read as iCalendar: ${message}` }] };
  }
  // One top-level component parses to a jCal array; several to a list of them.
  const roots = (Array.isArray(parsed) && Array.isArray(parsed[0]) ? parsed : [parsed]).filter((root): root is unknown[] => Array.isArray(root) && root.length > 0);
  const calendars = roots.map((root) => new ICAL.Component(root as never)).filter((component) => component.name === 'vcalendar');
  if (calendars.length === 0) return { holidays, errors: [{ line: 1, message: 'This is not an iCalendar file: it has no BEGIN:VCALENDAR.' }] };
  const events = calendars.flatMap((calendar) => calendar.getAllSubcomponents('vevent'));
  events.forEach((event, index) => {
    const where = located[index] ?? { begin: 1, properties: new Map() };
    const startLine = where.properties.get('dtstart')?.line ?? where.begin;
    let isInvalid = false;
    const start = event.getFirstProperty('dtstart');
    let date: string | null = null;
    if (!start) errors.push({ line: where.begin, message: 'The event has no DTSTART date.' });
    else {
      const [, , type, value] = start.toJSON() as [string, unknown, string, unknown];
      const read = readStartDate(type, value, where.properties.get('dtstart')?.value ?? String(value));
      if ('problem' in read) {
        errors.push({ line: startLine, message: read.problem });
        isInvalid = true;
      } else date = read.date;
    }
    if (event.hasProperty('rrule')) {
      errors.push({ line: where.properties.get('rrule')?.line ?? where.begin, message: 'Repeating events are not supported; export each year’s dates.' });
      isInvalid = true;
    }
    const summary = event.getFirstPropertyValue('summary');
    const name = typeof summary !== 'string' ? (errors.push({ line: where.begin, message: 'The event has no SUMMARY (name).' }), null) : checkName(summary.replace(/\s*\n\s*/g, ' '), startLine, errors);
    if (date !== null && name !== null && !isInvalid) holidays.push({ line: startLine, date, name });
  });
  return { holidays, errors: errors.sort((a, b) => a.line - b.line) };
}

/**
 * Reads "date,name" rows (tab or semicolon also do) with csv-parse; a name may be quoted,
 * or hold unquoted commas (the cells after the date are joined back together).
 */
export function parseCsvHolidays(content: string): ParsedHolidays {
  const holidays: ParsedHoliday[] = [];
  const errors: HolidayLineError[] = [];
  let records: { record: string[]; info: { lines: number } }[];
  try {
    records = parse(content, {
      delimiter: detectDelimiter(content),
      bom: true,
      relax_column_count: true,
      relax_quotes: true,
      skip_empty_lines: true,
      info: true,
    }) as unknown as { record: string[]; info: { lines: number } }[];
  } catch (error) {
    return { holidays, errors: [{ line: 1, message: `The text cannot be read as CSV: ${(error as Error).message}` }] };
  }
  records.forEach(({ record, info }, index) => {
    const line = info.lines;
    const [dateCell = '', ...rest] = record;
    const dateText = dateCell.trim();
    if (index === 0 && /^date$/i.test(dateText)) return;
    const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(dateText);
    if (!match) return void errors.push({ line, message: `"${dateText}" is not a date like 2026-12-25.` });
    const date = toCalendarDate(match[1]!, match[2]!, match[3]!);
    if (!date) return void errors.push({ line, message: `${dateText} is not a date that exists.` });
    const name = checkName(rest.join(','), line, errors);
    if (name !== null) holidays.push({ line, date, name });
  });
  return { holidays, errors };
}

/**
 * Which parsed holidays to add: a date already in the office's calendar, or repeated
 * in the file, is skipped (an office has one holiday per day).
 */
export function planHolidayImport(
  holidays: readonly ParsedHoliday[],
  existingDates: ReadonlySet<string>,
): { toAdd: ParsedHoliday[]; skipped: number } {
  const taken = new Set(existingDates);
  const toAdd: ParsedHoliday[] = [];
  for (const holiday of holidays) {
    if (taken.has(holiday.date)) continue;
    taken.add(holiday.date);
    toAdd.push(holiday);
  }
  return { toAdd, skipped: holidays.length - toAdd.length };
}
