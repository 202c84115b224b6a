// The public holidays of the three demo offices' countries, computed from their rules:
// fixed dates, "nth weekday of the month" dates, Easter-based dates, and the days off
// given in lieu when a holiday falls on a weekend. Dates are UTC midnights standing for
// local calendar days. Good enough for demo calendars; one-off holidays (coronations,
// state funerals) are not included.

export type HolidayCountry = 'US' | 'GB' | 'AU';

export type PublicHoliday = { date: Date; name: string };

const sunday = 0;
const monday = 1;
const thursday = 4;
const saturday = 6;

function utcDate(year: number, monthIndex: number, day: number): Date {
  return new Date(Date.UTC(year, monthIndex, day));
}

function addDays(date: Date, days: number): Date {
  return new Date(date.getTime() + days * 86_400_000);
}

/** The nth given weekday of a month (n = 1 for the first); n = -1 for the last. */
function nthWeekday(year: number, monthIndex: number, weekday: number, n: number): Date {
  if (n > 0) {
    const first = utcDate(year, monthIndex, 1);
    const shift = (weekday - first.getUTCDay() + 7) % 7;
    return addDays(first, shift + (n - 1) * 7);
  }
  const last = utcDate(year, monthIndex + 1, 0);
  const shift = (last.getUTCDay() - weekday + 7) % 7;
  return addDays(last, -shift);
}

/** Easter Sunday in the Gregorian calendar (the anonymous Gregorian computus). */
export function findEasterSunday(year: number): Date {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return utcDate(year, month - 1, day);
}

function isWeekend(date: Date): boolean {
  const weekday = date.getUTCDay();
  return weekday === saturday || weekday === sunday;
}

/** US federal rule: Saturday holidays are observed on the Friday, Sunday ones on the Monday. */
function withUnitedStatesObservance(date: Date, name: string): PublicHoliday[] {
  const weekday = date.getUTCDay();
  if (weekday === saturday) return [{ date, name }, { date: addDays(date, -1), name: `${name} (observed)` }];
  if (weekday === sunday) return [{ date, name }, { date: addDays(date, 1), name: `${name} (observed)` }];
  return [{ date, name }];
}

/** UK and New South Wales rule: a weekend holiday gets the next free weekday in lieu. */
function withSubstituteDay(date: Date, name: string, taken: Date[]): PublicHoliday[] {
  if (!isWeekend(date)) return [{ date, name }];
  let substitute = addDays(date, 1);
  while (isWeekend(substitute) || taken.some((day) => day.getTime() === substitute.getTime())) {
    substitute = addDays(substitute, 1);
  }
  taken.push(substitute);
  return [{ date, name }, { date: substitute, name: `${name} (substitute day)` }];
}

/** Christmas Day and Boxing Day with their substitute days, as in the UK and NSW. */
function christmasHolidays(year: number): PublicHoliday[] {
  const christmas = utcDate(year, 11, 25);
  const boxingDay = utcDate(year, 11, 26);
  const taken = [christmas, boxingDay].filter((date) => !isWeekend(date));
  return [...withSubstituteDay(christmas, 'Christmas Day', taken), ...withSubstituteDay(boxingDay, 'Boxing Day', taken)];
}

function unitedStatesHolidays(year: number): PublicHoliday[] {
  return [
    ...withUnitedStatesObservance(utcDate(year, 0, 1), "New Year's Day"),
    { date: nthWeekday(year, 0, monday, 3), name: 'Martin Luther King Jr. Day' },
    { date: nthWeekday(year, 1, monday, 3), name: "Washington's Birthday" },
    { date: nthWeekday(year, 4, monday, -1), name: 'Memorial Day' },
    ...withUnitedStatesObservance(utcDate(year, 5, 19), 'Juneteenth National Independence Day'),
    ...withUnitedStatesObservance(utcDate(year, 6, 4), 'Independence Day'),
    { date: nthWeekday(year, 8, monday, 1), name: 'Labor Day' },
    { date: nthWeekday(year, 9, monday, 2), name: 'Columbus Day' },
    ...withUnitedStatesObservance(utcDate(year, 10, 11), 'Veterans Day'),
    { date: nthWeekday(year, 10, thursday, 4), name: 'Thanksgiving Day' },
    ...withUnitedStatesObservance(utcDate(year, 11, 25), 'Christmas Day'),
  ];
}

/** Bank holidays of England and Wales (the London office). */
function englandHolidays(year: number): PublicHoliday[] {
  const easter = findEasterSunday(year);
  return [
    ...withSubstituteDay(utcDate(year, 0, 1), "New Year's Day", []),
    { date: addDays(easter, -2), name: 'Good Friday' },
    { date: addDays(easter, 1), name: 'Easter Monday' },
    { date: nthWeekday(year, 4, monday, 1), name: 'Early May bank holiday' },
    { date: nthWeekday(year, 4, monday, -1), name: 'Spring bank holiday' },
    { date: nthWeekday(year, 7, monday, -1), name: 'Summer bank holiday' },
    ...christmasHolidays(year),
  ];
}

/** Public holidays of New South Wales (the Sydney office). */
function newSouthWalesHolidays(year: number): PublicHoliday[] {
  const easter = findEasterSunday(year);
  return [
    ...withSubstituteDay(utcDate(year, 0, 1), "New Year's Day", []),
    ...withSubstituteDay(utcDate(year, 0, 26), 'Australia Day', []),
    { date: addDays(easter, -2), name: 'Good Friday' },
    { date: addDays(easter, -1), name: 'Easter Saturday' },
    { date: easter, name: 'Easter Sunday' },
    { date: addDays(easter, 1), name: 'Easter Monday' },
    // NSW gives no day in lieu when ANZAC Day falls on a weekend.
    { date: utcDate(year, 3, 25), name: 'Anzac Day' },
    { date: nthWeekday(year, 5, monday, 2), name: "King's Birthday" },
    { date: nthWeekday(year, 9, monday, 1), name: 'Labour Day' },
    ...christmasHolidays(year),
  ];
}

/** Every public holiday of a country in one calendar year, sorted by date. */
export function listPublicHolidays(country: HolidayCountry, year: number): PublicHoliday[] {
  const holidays =
    country === 'US' ? unitedStatesHolidays(year) : country === 'GB' ? englandHolidays(year) : newSouthWalesHolidays(year);
  return holidays.sort((first, second) => first.date.getTime() - second.date.getTime());
}

/** Public holidays from `from` to `until` (both UTC midnights, inclusive). */
export function listPublicHolidaysBetween(country: HolidayCountry, from: Date, until: Date): PublicHoliday[] {
  const holidays: PublicHoliday[] = [];
  // A New Year's Day observed on 31 December belongs to the following year's list.
  for (let year = from.getUTCFullYear(); year <= until.getUTCFullYear() + 1; year += 1) {
    for (const holiday of listPublicHolidays(country, year)) {
      if (holiday.date >= from && holiday.date <= until) holidays.push(holiday);
    }
  }
  return holidays;
}
