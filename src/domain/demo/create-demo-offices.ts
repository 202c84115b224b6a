import { listPublicHolidaysBetween } from './public-holidays';
import { fromDayNumber, localDayAt, localMinuteAt, toDayNumber } from './office-calendar';
import { buildHoliday, buildOffice, type HolidayRecord, type OfficeRecord } from './record-builders';
import { officeSpecifications } from './demo-shape';
import { padNumber, type Context, type DemoOffice } from './demo-context';

/** The three offices, with their public holidays in the window and their calendars. */
export function createOffices(context: Context) {
  const { firstMonth, currentMonth } = context;
  const offices: OfficeRecord[] = [];
  const holidays: HolidayRecord[] = [];
  const demoOffices: DemoOffice[] = [];
  officeSpecifications.forEach((specification, index) => {
    const record = buildOffice({
      id: `demo-office-${index + 1}`,
      name: specification.name,
      timeZone: specification.timeZone,
      locale: specification.locale,
      currency: specification.currency,
      businessDayStart: 540,
      businessDayEnd: 1020,
      createdAt: context.setupTime,
    });
    offices.push(record);
    // Deals start up to a few months before the window and are expected to close
    // after it, so the working-day calendar reaches beyond the stored holidays.
    const holidayDays = new Set<number>();
    const calendarStart = fromDayNumber(firstMonth.firstDay - 200);
    const calendarEnd = fromDayNumber(currentMonth.lastDay + 200);
    for (const holiday of listPublicHolidaysBetween(specification.country, calendarStart, calendarEnd)) {
      const day = toDayNumber(holiday.date);
      holidayDays.add(day);
      if (day < firstMonth.firstDay || day > currentMonth.lastDay) continue;
      holidays.push(
        buildHoliday({
          id: `demo-holiday-${padNumber(holidays.length + 1, 3)}`,
          officeId: record.id,
          date: holiday.date,
          name: holiday.name,
        }),
      );
    }
    demoOffices.push({
      record,
      specification,
      index,
      timeZone: specification.timeZone,
      holidayDays,
      localToday: localDayAt(context.today, specification.timeZone),
      localMinuteNow: localMinuteAt(context.today, specification.timeZone),
      pacingCalendar: {
        timeZone: specification.timeZone,
        businessDayStart: record.businessDayStart,
        businessDayEnd: record.businessDayEnd,
        holidays: [...holidayDays].map((day) => fromDayNumber(day).toISOString().slice(0, 10)),
      },
    });
  });
  return { offices, holidays, demoOffices };
}

/** Demo activity keeps clear of the first 10 and last 15 minutes of business hours. */
const activityMargins = { start: 10, end: 15 };
/** Today takes activity only once this many minutes of it are available. */
const minimumActivityMinutesToday = 5;

/** The first and last local minute of `day` on which demo activity may fall: today's end at now. */
export function activityMinutes(office: DemoOffice, day: number): [number, number] {
  const { businessDayStart, businessDayEnd } = office.record;
  const earliest = businessDayStart + activityMargins.start;
  const latest = businessDayEnd - activityMargins.end;
  return [earliest, day === office.localToday ? Math.max(earliest, Math.min(latest, office.localMinuteNow - 1)) : latest];
}

export function hasActivityTimeToday(office: DemoOffice): boolean {
  const [earliest, latest] = activityMinutes(office, office.localToday);
  return latest - earliest >= minimumActivityMinutesToday;
}
