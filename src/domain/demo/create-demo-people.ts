import type { HolidayCountry } from './public-holidays';
import { fromDayNumber, localTimeToInstant, nextWorkingDay, previousWorkingDay, toDayNumber } from './office-calendar';
import { buildTeam, buildUser, type TeamRecord, type UserRecord } from './record-builders';
import { companyStems, companyTrades, firstNames, lastNames, legalSuffixByCountry } from './demo-vocabulary';
import { demoLoginEmails, demoLogins } from './demo-logins';
import { accountsPerSeller, leadGoalShare, leavers, monthsOfHistory, newHireCount, repsPerTeam, segments, teamColours, type Segment } from './demo-shape';
import { padNumber, roundTo, type Context, type DemoOffice, type Month, type Seller } from './demo-context';

function hueToHex(hue: number, saturation: number, lightness: number): string {
  const chroma = (1 - Math.abs(2 * lightness - 1)) * saturation;
  const section = hue / 60;
  const secondary = chroma * (1 - Math.abs((section % 2) - 1));
  const channels: [number, number, number][] = [
    [chroma, secondary, 0],
    [secondary, chroma, 0],
    [0, chroma, secondary],
    [0, secondary, chroma],
    [secondary, 0, chroma],
    [chroma, 0, secondary],
  ];
  const match = lightness - chroma / 2;
  return `#${(channels[Math.floor(section) % 6] ?? [0, 0, 0])
    .map((channel) => Math.round((channel + match) * 255).toString(16).padStart(2, '0'))
    .join('')}`;
}

/** Distinct swimlane colours: hues a golden angle apart, at two lightness levels. */
function swimlaneColour(index: number): string {
  return hueToHex((index * 137.508) % 360, 0.62, index % 2 === 0 ? 0.42 : 0.52);
}

function toEmailPart(text: string): string {
  return text.toLowerCase().replace(/[^a-z-]/g, '');
}

/** One admin; per office a manager; per team a lead (who also sells) and seven reps. */
export function createPeople(context: Context, demoOffices: DemoOffice[]) {
  const { random, months, firstMonth, setupTime } = context;
  const users: UserRecord[] = [];
  const teams: TeamRecord[] = [];
  const sellers: Seller[] = [];
  const usedNames = new Set<string>(Object.values(demoLogins).map((login) => login.name));
  const usedEmails = new Set<string>(demoLoginEmails);
  const usedAccounts = new Set<string>();
  let colourIndex = 0;

  const chooseName = (): { name: string; email: string } => {
    for (;;) {
      const first = random.pick(firstNames);
      const last = random.pick(lastNames);
      const name = `${first} ${last}`;
      const email = `${toEmailPart(first)}.${toEmailPart(last)}@cadence.demo`;
      if (usedNames.has(name) || usedEmails.has(email)) continue;
      usedNames.add(name);
      usedEmails.add(email);
      return { name, email };
    }
  };
  const chooseAccounts = (country: HolidayCountry): string[] => {
    const accounts: string[] = [];
    while (accounts.length < accountsPerSeller) {
      const name = `${random.pick(companyStems)} ${random.pick(companyTrades)}`;
      if (usedAccounts.has(name)) continue;
      usedAccounts.add(name);
      const suffix = random.pick(legalSuffixByCountry[country]);
      accounts.push(suffix ? `${name} ${suffix}` : name);
    }
    return accounts;
  };
  const startDayYearsAgo = (office: DemoOffice, minimumYears: number, maximumYears: number) =>
    nextWorkingDay(office, firstMonth.firstDay - Math.round(random.between(minimumYears, maximumYears) * 365));
  const addUser = (fields: Partial<UserRecord> & { name: string; email: string; startDay: number }) => {
    const startDate = fromDayNumber(fields.startDay);
    const user = buildUser({
      name: fields.name,
      email: fields.email,
      role: fields.role,
      teamId: fields.teamId,
      colour: fields.colour,
      active: fields.active,
      updatedAt: fields.updatedAt,
      id: `demo-user-${padNumber(users.length + 1, 3)}`,
      startDate,
      createdAt: startDate > setupTime ? startDate : setupTime,
    });
    users.push(user);
    return user;
  };
  const addSeller = (
    user: UserRecord,
    team: TeamRecord,
    office: DemoOffice,
    segmentIndex: number,
    options: { goalShare?: number; lastMonthOffset?: number } = {},
  ) => {
    const segment = segments[segmentIndex] as Segment;
    const [lowestGoal, highestGoal] = segment.goalRange;
    const goal = random.between(lowestGoal, highestGoal) * office.specification.scale * (options.goalShare ?? 1);
    sellers.push({
      user,
      team,
      office,
      segment,
      segmentIndex,
      baseGoal: roundTo(goal, 5_000),
      startDay: toDayNumber(user.startDate),
      lastMonthOffset: options.lastMonthOffset ?? 0,
      accounts: chooseAccounts(office.specification.country),
      currentMonthShare: random.between(0.45, 1.55),
    });
  };

  const newYork = demoOffices[0] as DemoOffice;
  addUser({ ...demoLogins.admin, role: 'ADMIN', startDay: startDayYearsAgo(newYork, 5, 6) });

  // Seats 0 (the demo rep) never joined recently; eight others joined within the year.
  const seatCount = demoOffices.length * segments.length * repsPerTeam;
  const newHireSeats = new Set(
    random.shuffle(Array.from({ length: seatCount - 1 }, (_, index) => index + 1)).slice(0, newHireCount),
  );
  let seat = 0;
  for (const office of demoOffices) {
    const isNewYork = office.index === 0;
    const manager = addUser({
      ...(isNewYork ? demoLogins.manager : chooseName()),
      role: 'MANAGER',
      startDay: startDayYearsAgo(office, 4, 9),
    });
    segments.forEach((segment, segmentIndex) => {
      const team = buildTeam({
        id: `demo-team-${teams.length + 1}`,
        officeId: office.record.id,
        name: `${office.specification.teamPrefix} ${segment.name}`,
        colour: teamColours[teams.length] ?? '#2563eb',
        managerId: manager.id,
        createdAt: setupTime,
      });
      teams.push(team);
      const isDemoTeam = isNewYork && segmentIndex === 0;
      const lead = addUser({
        ...(isDemoTeam ? demoLogins.lead : chooseName()),
        role: 'LEAD',
        teamId: team.id,
        colour: swimlaneColour(colourIndex++),
        startDay: startDayYearsAgo(office, 3, 7),
      });
      team.leadId = lead.id;
      addSeller(lead, team, office, segmentIndex, { goalShare: leadGoalShare });

      for (let place = 0; place < repsPerTeam; place += 1) {
        let startDay = startDayYearsAgo(office, 1.2, 6);
        if (newHireSeats.has(seat)) {
          const startMonth = months[monthsOfHistory + random.integer(-monthsOfHistory + 1, -1)] as Month;
          startDay = nextWorkingDay(office, startMonth.firstDay + random.integer(0, 9));
        }
        const rep = addUser({
          ...(seat === 0 ? demoLogins.rep : chooseName()),
          role: 'REP',
          teamId: team.id,
          colour: swimlaneColour(colourIndex++),
          startDay,
        });
        addSeller(rep, team, office, segmentIndex);
        seat += 1;
      }

      for (const leaver of leavers) {
        if (leaver.officeIndex !== office.index || leaver.segmentIndex !== segmentIndex) continue;
        const lastMonth = months[monthsOfHistory + leaver.lastMonthOffset] as Month;
        const lastDay = previousWorkingDay(office, lastMonth.lastDay);
        const rep = addUser({
          ...chooseName(),
          role: 'REP',
          teamId: team.id,
          colour: swimlaneColour(colourIndex++),
          startDay: startDayYearsAgo(office, 2, 5),
          active: false,
          updatedAt: localTimeToInstant(lastDay, 17 * 3600, office.timeZone),
        });
        addSeller(rep, team, office, segmentIndex, { lastMonthOffset: leaver.lastMonthOffset });
      }
    });
  }
  return { users, teams, sellers };
}
