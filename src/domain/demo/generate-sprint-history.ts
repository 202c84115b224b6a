import { sprintsOfMonth, type SprintWindow } from '@/domain/sprints/sprint-calendar';
import type { DemoData } from './generate-demo-data';
import { createSeededRandom } from './seeded-random';

// The demo's sprint history, so that the sprint views, history charts and forecast
// accuracy have something to show on first start: for the last two months and this one,
// each office's sprints; each rep's forecast snapshots (they get better as the month
// goes on); commitments to deals that were won in the sprint (met) or are still open
// (missed, or open this sprint); and a few retrospective notes and action items per team.

export type DemoSprintHistory = {
  sprints: { id: string; officeId: string; month: Date; number: number; startsOn: Date; endsOn: Date; startsAt: Date; endsAt: Date; createdAt: Date }[];
  forecasts: { id: string; sprintId: string; userId: string; teamId: string; month: Date; commitMinor: number; bestCaseMinor: number; currency: string; createdAt: Date }[];
  commitments: { id: string; sprintId: string; userId: string; dealId: string; goal: 'ADVANCE' | 'CLOSE'; fromStage: 'BACKLOG' | 'TODO' | 'IN_PROGRESS'; createdAt: Date }[];
  retroNotes: { id: string; teamId: string; sprintId: string; dealId: string | null; kind: 'WENT_WELL' | 'TO_IMPROVE'; text: string; tags: string[]; authorId: string | null; createdAt: Date }[];
  actionItems: { id: string; teamId: string; sprintId: string; title: string; ownerId: string; dueOn: Date; createdById: string | null; createdAt: Date; doneAt: Date | null }[];
};

const practices: { kind: 'WENT_WELL' | 'TO_IMPROVE'; text: string; tags: string[] }[] = [
  { kind: 'WENT_WELL', text: 'Brought a reference customer onto the second call; it answered the security questions for us.', tags: ['references', 'security-review'] },
  { kind: 'WENT_WELL', text: 'Multi-threaded early: the CFO was in the room before pricing came up.', tags: ['multi-threading', 'pricing'] },
  { kind: 'WENT_WELL', text: 'Sent a mutual close plan after the demo; procurement worked to our dates.', tags: ['close-plan', 'procurement'] },
  { kind: 'WENT_WELL', text: 'Shared the annual-prepay discount only after the value case was agreed.', tags: ['pricing', 'discounting'] },
  { kind: 'TO_IMPROVE', text: 'We demoed before qualifying budget; two weeks lost on a deal with no money.', tags: ['qualification', 'discovery-call'] },
  { kind: 'TO_IMPROVE', text: 'Legal review started in the last week of the month; start redlines at verbal commit.', tags: ['legal', 'close-plan'] },
  { kind: 'TO_IMPROVE', text: 'Single-threaded through a champion who left; get a second contact by stage two.', tags: ['multi-threading', 'champion'] },
  { kind: 'TO_IMPROVE', text: 'Discount asked for on the first call; hold price until the business case is written.', tags: ['discounting', 'discovery-call'] },
];

const actionTitles = [
  'Write up the reference-call script for the team wiki',
  'Add a budget question to the discovery checklist',
  'Book legal review at verbal commit on every deal over 20k',
  'Pair on a mutual close plan template',
  'Ask marketing for two more reference customers',
];

const day = 86_400_000;

function monthsBack(today: Date, timeZone: string, count: number): Date[] {
  const local = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit' }).formatToParts(today);
  const year = Number(local.find((part) => part.type === 'year')?.value);
  const month = Number(local.find((part) => part.type === 'month')?.value);
  return Array.from({ length: count }, (_, index) => new Date(Date.UTC(year, month - 1 - (count - 1 - index), 1)));
}

export function generateSprintHistory(data: DemoData, today: Date): DemoSprintHistory {
  const random = createSeededRandom(5_150_2026);
  const history: DemoSprintHistory = { sprints: [], forecasts: [], commitments: [], retroNotes: [], actionItems: [] };
  const reps = data.users.filter((user) => user.active && user.teamId !== null && user.role === 'REP');
  const goals = new Map(data.goals.map((goal) => [`${goal.userId}|${goal.month.toISOString()}`, goal]));
  let serial = 0;
  const nextId = (kind: string) => `demo-${kind}-${String((serial += 1)).padStart(5, '0')}`;

  for (const office of data.offices) {
    const teams = data.teams.filter((team) => team.officeId === office.id);
    for (const month of monthsBack(today, office.timeZone, 3)) {
      const windows: (SprintWindow & { id: string })[] = sprintsOfMonth(month, office.timeZone).map((window) => ({ ...window, id: nextId('sprint') }));
      for (const window of windows) {
        history.sprints.push({
          id: window.id,
          officeId: office.id,
          month,
          number: window.number,
          startsOn: new Date(`${window.startsOn}T00:00:00Z`),
          endsOn: new Date(`${window.endsOn}T00:00:00Z`),
          startsAt: window.startsAt,
          endsAt: window.endsAt,
          createdAt: window.startsAt,
        });
      }
      const started = windows.filter((window) => window.startsAt <= today);
      for (const team of teams) {
        const members = reps.filter((rep) => rep.teamId === team.id);
        for (const rep of members) {
          const goal = goals.get(`${rep.id}|${month.toISOString()}`);
          if (!goal) continue;
          const won = data.deals.filter(
            (deal) => deal.ownerId === rep.id && deal.outcome === 'WON' && deal.closedAt && deal.closedAt >= windows[0]!.startsAt && deal.closedAt < windows.at(-1)!.endsAt,
          );
          const actual = won.reduce((sum, deal) => sum + (deal.closedAmountMinor ?? 0), 0);
          const isCurrentMonth = windows.at(-1)!.endsAt > today;
          for (const window of started) {
            // Early forecasts miss by more; the last ones are close to what happened.
            const spread = 0.35 * (1 - (window.number - 1) / windows.length);
            const createdAt = new Date(Math.min(window.startsAt.getTime() + random.between(0.2, 1.5) * day, today.getTime() - 60_000));
            // Nobody commits to less than they have already won.
            const wonSoFar = won.filter((deal) => deal.closedAt! < createdAt).reduce((sum, deal) => sum + (deal.closedAmountMinor ?? 0), 0);
            const basis = isCurrentMonth ? goal.amountMinor * random.between(0.75, 1.05) : actual || goal.amountMinor * 0.4;
            const guess = Math.round((basis * (1 + random.between(-spread, spread * 0.6))) / 100_000) * 100_000;
            const commitMinor = Math.max(guess, Math.ceil(wonSoFar / 100_000) * 100_000);
            history.forecasts.push({
              id: nextId('forecast'),
              sprintId: window.id,
              userId: rep.id,
              teamId: team.id,
              month,
              commitMinor,
              bestCaseMinor: Math.round((commitMinor * random.between(1.1, 1.4)) / 100_000) * 100_000,
              currency: goal.currency,
              createdAt,
            });
            const committed = new Set<string>();
            for (const deal of won.filter((candidate) => candidate.closedAt! >= window.startsAt && candidate.closedAt! < window.endsAt).slice(0, 2)) {
              committed.add(deal.id);
              history.commitments.push({ id: nextId('commitment'), sprintId: window.id, userId: rep.id, dealId: deal.id, goal: 'CLOSE', fromStage: 'IN_PROGRESS', createdAt });
            }
            const open = data.deals.filter(
              (deal) => deal.ownerId === rep.id && deal.stage !== 'COMPLETED' && deal.stage !== 'BACKLOG' && !deal.deletedAt && deal.stageChangedAt < window.startsAt && !committed.has(deal.id),
            );
            for (const deal of random.shuffle(open).slice(0, random.integer(0, 2))) {
              history.commitments.push({
                id: nextId('commitment'),
                sprintId: window.id,
                userId: rep.id,
                dealId: deal.id,
                goal: deal.stage === 'IN_PROGRESS' ? 'CLOSE' : 'ADVANCE',
                fromStage: deal.stage as 'TODO' | 'IN_PROGRESS',
                createdAt,
              });
            }
          }
        }
        // Retrospectives of the finished sprints: a note or two and, now and then, an action item.
        for (const window of started.filter((candidate) => candidate.endsAt <= today)) {
          const author = members.length > 0 ? random.pick(members) : null;
          const wonInSprint = data.deals.filter((deal) => deal.teamId === team.id && deal.outcome === 'WON' && deal.closedAt && deal.closedAt >= window.startsAt && deal.closedAt < window.endsAt);
          const count = random.integer(1, 2);
          for (let index = 0; index < count; index += 1) {
            const practice = random.pick(practices);
            history.retroNotes.push({
              id: nextId('note'),
              teamId: team.id,
              sprintId: window.id,
              dealId: practice.kind === 'WENT_WELL' && wonInSprint.length > 0 ? random.pick(wonInSprint).id : null,
              kind: practice.kind,
              text: practice.text,
              tags: practice.tags,
              authorId: index === 0 ? team.leadId : (author?.id ?? team.leadId),
              createdAt: new Date(window.endsAt.getTime() - 3 * 3_600_000),
            });
          }
          if (members.length > 0 && random.chance(0.5)) {
            const dueOn = new Date(Date.parse(`${window.endsOn}T00:00:00Z`) + 7 * day);
            const isDone = window.endsAt.getTime() + 7 * day < today.getTime() && random.chance(0.7);
            history.actionItems.push({
              id: nextId('action'),
              teamId: team.id,
              sprintId: window.id,
              title: random.pick(actionTitles),
              ownerId: random.pick(members).id,
              dueOn,
              createdById: team.leadId,
              createdAt: new Date(window.endsAt.getTime() - 2 * 3_600_000),
              doneAt: isDone ? new Date(window.endsAt.getTime() + 5 * day) : null,
            });
          }
        }
      }
    }
  }
  return history;
}
