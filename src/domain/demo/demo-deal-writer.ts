import { listWorkingDayNumbers, localTimeToInstant, nextWorkingDay, previousWorkingDay, fromDayNumber } from './office-calendar';
import {
  buildDeal,
  buildDealEvent,
  type DealEventRecord,
  type DealEventType,
  type DealOutcome,
  type DealRecord,
  type DealSnapshot,
  type DealStage,
} from './record-builders';
import { dealNotes, dealTitles } from './demo-vocabulary';
import { minorPerMajor } from './demo-shape';
import { activityMinutes } from './create-demo-offices';
import { padNumber, roundTo, type Context, type DemoOffice, type Seller } from './demo-context';

type TimedEvent = { record: DealEventRecord; dealIndex: number; eventIndex: number };

export type DealWriter = ReturnType<typeof createDealWriter>;

/** Writes deals together with the events that walked them through the columns. */
export function createDealWriter(context: Context) {
  const { random, currentMonth } = context;
  const deals: DealRecord[] = [];
  const timedEvents: TimedEvent[] = [];

  const drawAmount = (seller: Seller): number => {
    const [minimum, maximum] = seller.segment.dealRange;
    // Skewed towards the low end, as real deal sizes are.
    const major = (minimum + (maximum - minimum) * random.next() ** 1.6) * seller.office.specification.scale;
    return roundTo(major, major >= 20_000 ? 500 : 100) * minorPerMajor;
  };

  /** Splits a won total into deal amounts that add up to it exactly. */
  const splitIntoDeals = (totalMinor: number, seller: Seller): number[] => {
    const smallest = seller.segment.dealRange[0] * seller.office.specification.scale * minorPerMajor;
    const amounts: number[] = [];
    let remaining = totalMinor;
    while (remaining >= smallest / 2) {
      let amount = Math.min(drawAmount(seller), remaining);
      if (remaining - amount < smallest) amount = remaining;
      amounts.push(amount);
      remaining -= amount;
    }
    return amounts;
  };

  /** `count` strictly increasing instants in business hours, from `firstDay` to `lastDay`. */
  const scheduleInstants = (office: DemoOffice, firstDay: number, lastDay: number, count: number): Date[] => {
    const workingDays = listWorkingDayNumbers(office, firstDay, lastDay);
    const days = [firstDay];
    for (let index = 0; index < count - 2; index += 1) days.push(random.pick(workingDays.length > 0 ? workingDays : [firstDay]));
    if (count > 1) days.push(lastDay);
    days.sort((first, second) => first - second);
    const instants: Date[] = [];
    let groupStart = 0;
    while (groupStart < days.length) {
      const day = days[groupStart] as number;
      let groupEnd = groupStart;
      while (days[groupEnd + 1] === day) groupEnd += 1;
      const [earliest, latest] = activityMinutes(office, day);
      const minutes = new Set<number>();
      while (minutes.size < groupEnd - groupStart + 1) minutes.add(random.integer(earliest, latest));
      for (const minute of [...minutes].sort((first, second) => first - second)) {
        instants.push(localTimeToInstant(day, minute * 60 + random.integer(0, 59), office.timeZone));
      }
      groupStart = groupEnd + 1;
    }
    return instants;
  };

  const chooseTitle = (office: DemoOffice): string => {
    const title = random.pick(dealTitles);
    return office.specification.locale === 'en-US' ? title.replace('licence', 'license') : title;
  };

  const chooseNotes = (noteworthy: boolean, otherwise: number): string =>
    noteworthy || random.chance(otherwise) ? random.pick(dealNotes) : '';

  /** Records a deal whose columns were `path` (entered at `instants`), then maybe closed. */
  const addDeal = (
    seller: Seller,
    path: DealStage[],
    instants: Date[],
    fields: { amountMinor: number; outcome: DealOutcome | null; expectedCloseDate: Date | null; noteworthy: boolean; notes: string },
  ) => {
    const dealIndex = deals.length;
    const id = `demo-deal-${padNumber(dealIndex + 1, 5)}`;
    const { user, team, office } = seller;
    const { amountMinor, outcome } = fields;
    const account = random.pick(seller.accounts);
    const title = chooseTitle(office);
    const closedAmountMinor = outcome === 'WON' ? amountMinor : null;
    const stages: DealStage[] = outcome ? [...path, 'COMPLETED'] : path;
    const lastInstant = instants[stages.length - 1] as Date;
    // Each event holds the whole card as it was (the board's history and live catch-up
    // rebuild cards from these), version by version.
    const expectedCloseText = fields.expectedCloseDate ? fields.expectedCloseDate.toISOString().slice(0, 10) : null;
    const snapshot = (eventIndex: number): DealSnapshot => {
      const stage = stages[eventIndex] as DealStage;
      const isClosed = stage === 'COMPLETED';
      const at = (instants[eventIndex] as Date).toISOString();
      return {
        id,
        account,
        title,
        amountMinor,
        currency: office.record.currency,
        stage,
        outcome: isClosed ? outcome : null,
        closedAmountMinor: isClosed ? closedAmountMinor : null,
        closedAt: isClosed ? at : null,
        expectedCloseDate: expectedCloseText,
        ownerId: user.id,
        teamId: team.id,
        position: 0,
        noteworthy: fields.noteworthy,
        notes: fields.notes,
        version: eventIndex + 1,
        stageChangedAt: at,
        createdAt: (instants[0] as Date).toISOString(),
        updatedAt: at,
        deletedAt: null,
      };
    };
    stages.forEach((stage, eventIndex) => {
      const previous = stages[eventIndex - 1];
      const type: DealEventType = previous === undefined ? 'CREATED' : stage === 'COMPLETED' ? 'CLOSED' : 'MOVED';
      const record = buildDealEvent({
        dealId: id,
        teamId: team.id,
        actorId: user.id,
        type,
        before: previous === undefined ? null : snapshot(eventIndex - 1),
        after: snapshot(eventIndex),
        occurredAt: instants[eventIndex] as Date,
      });
      timedEvents.push({ record, dealIndex, eventIndex });
    });
    deals.push(
      buildDeal({
        id,
        account,
        title,
        amountMinor,
        currency: office.record.currency,
        stage: stages[stages.length - 1] as DealStage,
        outcome,
        closedAmountMinor,
        closedAt: outcome ? lastInstant : null,
        expectedCloseDate: fields.expectedCloseDate,
        ownerId: user.id,
        teamId: team.id,
        position: 0,
        noteworthy: fields.noteworthy,
        notes: fields.notes,
        version: stages.length,
        stageChangedAt: lastInstant,
        createdAt: instants[0] as Date,
        updatedAt: lastInstant,
      }),
    );
  };

  const addClosedDeal = (seller: Seller, closeDay: number, outcome: DealOutcome, amountMinor: number) => {
    const { office } = seller;
    const cycle = random.integer(seller.segment.cycleRange[0], seller.segment.cycleRange[1]);
    const createdDay = Math.min(closeDay, nextWorkingDay(office, Math.max(closeDay - cycle, seller.startDay)));
    const path: DealStage[] = [random.chance(0.55) ? 'BACKLOG' : 'TODO'];
    // A lost deal often dies before anyone starts working it.
    const lastOpenStage: DealStage = outcome === 'LOST' && random.chance(0.35) ? 'TODO' : 'IN_PROGRESS';
    if (path[0] === 'BACKLOG' && (lastOpenStage === 'TODO' || random.chance(0.8))) path.push('TODO');
    if (lastOpenStage === 'IN_PROGRESS') path.push('IN_PROGRESS');
    const noteworthy = random.chance(0.03);
    addDeal(seller, path, scheduleInstants(office, createdDay, closeDay, path.length + 1), {
      amountMinor,
      outcome,
      // What the rep last expected: near the real close.
      expectedCloseDate: fromDayNumber(nextWorkingDay(office, closeDay + random.integer(-7, 7))),
      noteworthy,
      notes: chooseNotes(noteworthy, 0.05),
    });
  };

  const chooseExpectedClose = (office: DemoOffice, stage: DealStage): Date | null => {
    const { localToday } = office;
    const monthEnd = currentMonth.lastDay;
    const dayBetween = (firstDay: number, lastDay: number) =>
      fromDayNumber(nextWorkingDay(office, random.integer(firstDay, Math.max(firstDay, lastDay))));
    const draw = random.next();
    if (stage === 'IN_PROGRESS') {
      if (draw < 0.08 && localToday > currentMonth.firstDay) return dayBetween(currentMonth.firstDay, localToday - 1);
      return draw < 0.7 ? dayBetween(localToday, monthEnd) : dayBetween(monthEnd + 1, monthEnd + 30);
    }
    if (stage === 'TODO') {
      if (draw < 0.4) return dayBetween(localToday, monthEnd);
      return draw < 0.85 ? dayBetween(monthEnd + 1, monthEnd + 30) : dayBetween(monthEnd + 31, monthEnd + 60);
    }
    if (draw < 0.15) return dayBetween(localToday, monthEnd);
    return draw < 0.7 ? dayBetween(monthEnd + 1, monthEnd + 90) : null;
  };

  const addOpenDeal = (seller: Seller, stage: DealStage, isStale: boolean) => {
    const { office } = seller;
    const ageOfLastMove = isStale ? random.integer(20, 45) : random.integer(1, 9);
    const lastMoveDay = Math.max(seller.startDay, previousWorkingDay(office, office.localToday - ageOfLastMove));
    const inProgressPaths: DealStage[][] = [
      ['BACKLOG', 'TODO', 'IN_PROGRESS'],
      ['TODO', 'IN_PROGRESS'],
      ['BACKLOG', 'IN_PROGRESS'],
    ];
    const path: DealStage[] =
      stage === 'BACKLOG'
        ? ['BACKLOG']
        : stage === 'TODO'
          ? random.pick([['TODO'], ['BACKLOG', 'TODO']])
          : random.pick(inProgressPaths);
    const createdDay =
      path.length === 1
        ? lastMoveDay
        : Math.max(seller.startDay, lastMoveDay - random.integer(2, seller.segment.cycleRange[1]));
    const instants = scheduleInstants(office, nextWorkingDay(office, createdDay), lastMoveDay, path.length);
    const noteworthy = random.chance(stage === 'BACKLOG' ? 0.06 : 0.14);
    addDeal(seller, path, instants, {
      amountMinor: drawAmount(seller),
      outcome: null,
      expectedCloseDate: chooseExpectedClose(office, stage),
      noteworthy,
      notes: chooseNotes(noteworthy, 0.12),
    });
  };

  const listEventsInTimeOrder = (): DealEventRecord[] =>
    [...timedEvents]
      .sort(
        (first, second) =>
          first.record.occurredAt.getTime() - second.record.occurredAt.getTime() ||
          first.dealIndex - second.dealIndex ||
          first.eventIndex - second.eventIndex,
      )
      .map((event) => event.record);

  return { deals, drawAmount, splitIntoDeals, addClosedDeal, addOpenDeal, listEventsInTimeOrder };
}
