import { parse } from 'csv-parse/sync';
import { detectDelimiter } from '@/domain/import/csv-text';

// Reading office holidays from a calendar file: iCalendar (.ics, all-day VEVENTs with
// DTSTART;VALUE=DATE:YYYYMMDD or DTSTART:YYYYMMDD and a SUMMARY) or CSV lines of
// "date,name" with an optional header. Each parser reports every line it cannot read;
// the caller writes nothing when there is any.

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

/** iCalendar text escapes: \n, \, \; and \\. */
function unescapeText(value: string): string {
  return value.replace(/\\([nN,;\\])/g, (_, character: string) => (character.toLowerCase() === 'n' ? ' ' : character));
}

/** Splits "NAME;PARAM=X:value" into its name, parameters and value. */
function splitProperty(text: string): { name: string; parameters: string[]; value: string } | null {
  const colon = text.indexOf(':');
  if (colon < 0) return null;
  const [name = '', ...parameters] = text.slice(0, colon).split(';');
  return { name: name.toUpperCase(), parameters: parameters.map((parameter) => parameter.toUpperCase()), value: text.slice(colon + 1) };
}

export function parseIcsHolidays(content: string): ParsedHolidays {
  const holidays: ParsedHoliday[] = [];
  const errors: HolidayLineError[] = [];
  // Unfold: a line starting with a space or tab continues the one before it.
  const lines: { line: number; text: string }[] = [];
  content
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .forEach((text, index) => {
      const previous = lines[lines.length - 1];
      if ((text.startsWith(' ') || text.startsWith('\t')) && previous) previous.text += text.slice(1);
      else lines.push({ line: index + 1, text });
    });

  let event: { line: number; date?: string; dateLine?: number; name?: string; isInvalid: boolean } | null = null;
  let sawCalendar = false;
  for (const { line, text } of lines) {
    if (text.trim() === '') continue;
    const property = splitProperty(text);
    if (!property) {
      errors.push({ line, message: `"${text.slice(0, 40)}" is not an iCalendar line (NAME:value).` });
      continue;
    }
    if (property.name === 'BEGIN' && property.value.toUpperCase() === 'VCALENDAR') sawCalendar = true;
    if (property.name === 'BEGIN' && property.value.toUpperCase() === 'VEVENT') {
      if (event) errors.push({ line: event.line, message: 'The event has no END:VEVENT.' });
      event = { line, isInvalid: false };
      continue;
    }
    if (!event) continue;
    if (property.name === 'END' && property.value.toUpperCase() === 'VEVENT') {
      const dateLine = event.dateLine ?? event.line;
      if (event.date === undefined && !event.isInvalid) errors.push({ line: event.line, message: 'The event has no DTSTART date.' });
      const name = event.name === undefined ? (errors.push({ line: event.line, message: 'The event has no SUMMARY (name).' }), null) : checkName(event.name, dateLine, errors);
      if (event.date !== undefined && name !== null && !event.isInvalid) holidays.push({ line: dateLine, date: event.date, name });
      event = null;
      continue;
    }
    if (property.name === 'SUMMARY') event.name = unescapeText(property.value);
    if (property.name === 'RRULE') {
      errors.push({ line, message: 'Repeating events are not supported; export each year’s dates.' });
      event.isInvalid = true;
    }
    if (property.name === 'DTSTART') {
      event.dateLine = line;
      const match = /^(\d{4})(\d{2})(\d{2})(T\d{6}(Z)?)?$/.exec(property.value.trim());
      if (!match) {
        errors.push({ line, message: `"${property.value}" is not a date like 20261225.` });
        event.isInvalid = true;
      } else if (match[5]) {
        errors.push({ line, message: 'The event starts at a UTC time; holidays must be all-day dates (DTSTART;VALUE=DATE:YYYYMMDD).' });
        event.isInvalid = true;
      } else {
        const date = toCalendarDate(match[1]!, match[2]!, match[3]!);
        if (date) event.date = date;
        else {
          errors.push({ line, message: `${match[1]}-${match[2]}-${match[3]} is not a date that exists.` });
          event.isInvalid = true;
        }
      }
    }
  }
  if (event) errors.push({ line: event.line, message: 'The event has no END:VEVENT.' });
  if (!sawCalendar && holidays.length === 0 && errors.length === 0) {
    errors.push({ line: 1, message: 'This is not an iCalendar file: it has no BEGIN:VCALENDAR.' });
  }
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
