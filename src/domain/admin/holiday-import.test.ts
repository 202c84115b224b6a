import { describe, expect, it } from 'vitest';
import { parseCsvHolidays, parseIcsHolidays, planHolidayImport } from './holiday-import';

const ics = [
  'BEGIN:VCALENDAR',
  'VERSION:2.0',
  'PRODID:-//Test//EN',
  'BEGIN:VEVENT',
  'UID:1@test',
  'DTSTART;VALUE=DATE:20261225',
  'DTEND;VALUE=DATE:20261226',
  'SUMMARY:Christmas Day',
  'END:VEVENT',
  'BEGIN:VEVENT',
  'DTSTART:20261226',
  'SUMMARY:Boxing Day\\, observed',
  'END:VEVENT',
  'BEGIN:VEVENT',
  'DTSTART;TZID=Europe/London:20270101T000000',
  'SUMMARY:New Year’s',
  '  Day',
  'END:VEVENT',
  'END:VCALENDAR',
].join('\r\n');

describe('parseIcsHolidays', () => {
  it('reads all-day events, escapes and folded lines', () => {
    expect(parseIcsHolidays(ics)).toEqual({
      holidays: [
        { line: 6, date: '2026-12-25', name: 'Christmas Day' },
        { line: 11, date: '2026-12-26', name: 'Boxing Day, observed' },
        { line: 15, date: '2027-01-01', name: 'New Year’s Day' },
      ],
      errors: [],
    });
  });

  it('reports each event it cannot read', () => {
    const broken = [
      'BEGIN:VCALENDAR',
      'BEGIN:VEVENT',
      'DTSTART;VALUE=DATE:20260231',
      'SUMMARY:Not a day',
      'END:VEVENT',
      'BEGIN:VEVENT',
      'SUMMARY:No date',
      'END:VEVENT',
      'BEGIN:VEVENT',
      'DTSTART:20260101T090000Z',
      'SUMMARY:Timed',
      'END:VEVENT',
      'BEGIN:VEVENT',
      'DTSTART;VALUE=DATE:20260101',
      'END:VEVENT',
      'BEGIN:VEVENT',
      'DTSTART;VALUE=DATE:20260101',
      'RRULE:FREQ=YEARLY',
      'SUMMARY:Every year',
      'END:VEVENT',
      'END:VCALENDAR',
    ].join('\n');
    const result = parseIcsHolidays(broken);
    expect(result.holidays).toEqual([]);
    expect(result.errors).toEqual([
      { line: 3, message: '2026-02-31 is not a date that exists.' },
      { line: 6, message: 'The event has no DTSTART date.' },
      { line: 10, message: expect.stringMatching(/all-day dates/) },
      { line: 13, message: 'The event has no SUMMARY (name).' },
      { line: 18, message: expect.stringMatching(/Repeating events/) },
    ]);
  });

  it('reads what a calendar app exports: a time zone block, parameters and escaped text', () => {
    const exported = [
      'BEGIN:VCALENDAR',
      'VERSION:2.0',
      'PRODID:-//Google Inc//Google Calendar 70.9054//EN',
      'BEGIN:VTIMEZONE',
      'TZID:Europe/Berlin',
      'BEGIN:STANDARD',
      'DTSTART:19701025T030000',
      'TZOFFSETFROM:+0200',
      'TZOFFSETTO:+0100',
      'END:STANDARD',
      'END:VTIMEZONE',
      'BEGIN:VEVENT',
      'DTSTART;VALUE=DATE:20261003',
      'SUMMARY;LANGUAGE=de:Tag der Deutschen Einheit\\; Feiertag',
      'DESCRIPTION:Line one\\nline two',
      'END:VEVENT',
      'END:VCALENDAR',
    ].join('\r\n');
    expect(parseIcsHolidays(exported)).toEqual({ holidays: [{ line: 13, date: '2026-10-03', name: 'Tag der Deutschen Einheit; Feiertag' }], errors: [] });
  });

  it('says which event is left open', () => {
    const open = ['BEGIN:VCALENDAR', 'BEGIN:VEVENT', 'DTSTART;VALUE=DATE:20261225', 'SUMMARY:Christmas', 'END:VCALENDAR'].join('\n');
    expect(parseIcsHolidays(open).errors).toEqual([{ line: 2, message: 'The event has no END:VEVENT.' }]);
  });

  it('refuses text that is not a calendar', () => {
    expect(parseIcsHolidays('2026-12-25,Christmas').errors[0]!.message).toMatch(/not an iCalendar line/);
    expect(parseIcsHolidays('').errors).toEqual([{ line: 1, message: 'This is not an iCalendar file: it has no BEGIN:VCALENDAR.' }]);
  });
});

describe('parseCsvHolidays', () => {
  it('reads date,name lines with an optional header', () => {
    const text = 'date,name\n2026-12-25,Christmas Day\n\n2026-12-26,"Boxing Day, observed"\n2027-01-01,New Year, again\n';
    expect(parseCsvHolidays(text)).toEqual({
      holidays: [
        { line: 2, date: '2026-12-25', name: 'Christmas Day' },
        { line: 4, date: '2026-12-26', name: 'Boxing Day, observed' },
        { line: 5, date: '2027-01-01', name: 'New Year, again' },
      ],
      errors: [],
    });
    expect(parseCsvHolidays('2026-05-01\tMay Day').holidays).toEqual([{ line: 1, date: '2026-05-01', name: 'May Day' }]);
  });

  it('reports bad dates and missing names by line', () => {
    expect(parseCsvHolidays('2026-12-25,Christmas\n25/12/2026,Christmas\n2026-02-30,Nope\n2026-03-01,').errors).toEqual([
      { line: 2, message: '"25/12/2026" is not a date like 2026-12-25.' },
      { line: 3, message: '2026-02-30 is not a date that exists.' },
      { line: 4, message: 'The holiday has no name.' },
    ]);
  });
});

describe('planHolidayImport', () => {
  it('skips dates already taken or repeated', () => {
    const parsed = [
      { line: 1, date: '2026-12-25', name: 'Christmas' },
      { line: 2, date: '2026-12-26', name: 'Boxing Day' },
      { line: 3, date: '2026-12-26', name: 'Boxing Day again' },
    ];
    const plan = planHolidayImport(parsed, new Set(['2026-12-25']));
    expect(plan).toEqual({ toAdd: [parsed[1]], skipped: 2 });
  });
});
