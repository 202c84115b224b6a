import { formatMoney } from '@/domain/money';
import type { TActivityType, TDealCard, TDealChange, TDealContact } from '@/schemas/deal';
import { formatCalendarDate, formatInstant, stageLabels } from './board-format';

// One change to a deal, in words: "Dana Reyes moved it from To do to In progress". Used
// for a deal's history and for the notices of live changes.

export type ChangeWording = {
  /** The name of a rep by id; undefined when the board does not know them. */
  nameOf: (userId: string) => string | undefined;
  locale: string;
  timeZone: string;
  /** What to call the deal: "it" in its own history, the account in a board notice. */
  subject?: string;
  now: Date;
};

function joinClauses(clauses: string[]): string {
  if (clauses.length <= 1) return clauses[0] ?? '';
  return `${clauses.slice(0, -1).join(', ')} and ${clauses[clauses.length - 1]}`;
}

function describeEdits(before: Partial<TDealCard>, after: TDealCard, wording: ChangeWording, subject: string): string {
  const money = (amountMinor: number) => formatMoney(amountMinor, after.currency, wording.locale);
  const clauses: string[] = [];
  if (before.account !== undefined && before.account !== after.account) clauses.push(`renamed the account to “${after.account}”`);
  if (before.title !== undefined && before.title !== after.title) clauses.push(`retitled ${subject} “${after.title}”`);
  if (before.amountMinor !== undefined && before.amountMinor !== after.amountMinor) {
    clauses.push(`changed the amount from ${money(before.amountMinor)} to ${money(after.amountMinor)}`);
  }
  if (before.expectedCloseDate !== undefined && before.expectedCloseDate !== after.expectedCloseDate) {
    clauses.push(
      after.expectedCloseDate
        ? `set the expected close to ${formatCalendarDate(after.expectedCloseDate, wording.locale, wording.now.getUTCFullYear())}`
        : 'cleared the expected close date',
    );
  }
  if (before.noteworthy !== undefined && before.noteworthy !== after.noteworthy) {
    clauses.push(after.noteworthy ? `marked ${subject} noteworthy` : `unmarked ${subject} as noteworthy`);
  }
  if (before.notes !== undefined && before.notes !== after.notes) clauses.push('edited the notes');
  if ((before.nextStep ?? '') !== (after.nextStep ?? '') || (before.nextStepDueOn ?? null) !== (after.nextStepDueOn ?? null)) {
    if (before.nextStep !== undefined || before.nextStepDueOn !== undefined) clauses.push(describeNextStep(after, wording));
  }
  if (before.contacts !== undefined) clauses.push(...describeContactEdits(before.contacts, after.contacts ?? []));
  return clauses.length > 0 ? joinClauses(clauses) : `edited ${subject}`;
}

function describeNextStep(after: TDealCard, wording: ChangeWording): string {
  const step = after.nextStep ?? '';
  const due = after.nextStepDueOn ? ` due ${formatCalendarDate(after.nextStepDueOn, wording.locale, wording.now.getUTCFullYear())}` : '';
  return step || due ? `set the next step${step ? ` “${step}”` : ''}${due}` : 'cleared the next step';
}

function describeContactEdits(before: readonly TDealContact[], after: readonly TDealContact[]): string[] {
  const clauses: string[] = [];
  const old = new Map(before.map((contact) => [contact.id, contact]));
  for (const contact of after) {
    const previous = old.get(contact.id);
    old.delete(contact.id);
    if (!previous) clauses.push(`added ${contact.name}${contact.isChampion ? ' as champion' : ''}`);
    else if (contact.isChampion && contact.hasLeft && !previous.hasLeft) clauses.push(`marked champion ${contact.name} as gone`);
    else if (contact.hasLeft && !previous.hasLeft) clauses.push(`marked ${contact.name} as gone`);
    else if (contact.isChampion && !previous.isChampion) clauses.push(`named ${contact.name} champion`);
    else if (contact.name !== previous.name || contact.role !== previous.role || contact.isChampion !== previous.isChampion || contact.hasLeft !== previous.hasLeft) {
      clauses.push(`edited contact ${contact.name}`);
    }
  }
  for (const removed of old.values()) clauses.push(`removed ${removed.name}`);
  return clauses;
}

export const activityLabels: Record<TActivityType, string> = { CALL: 'call', EMAIL: 'email', MEETING: 'meeting', NOTE: 'note' };

/** "logged a call: “Spoke to Dana”". */
export function describeActivity(deal: Pick<TDealCard, 'lastActivityType' | 'lastActivityNote'>): string {
  const kind = deal.lastActivityType ? activityLabels[deal.lastActivityType] : 'activity';
  const article = kind === 'email' || kind === 'activity' ? 'an' : 'a';
  return `logged ${article} ${kind}${deal.lastActivityNote ? `: “${deal.lastActivityNote}”` : ''}`;
}

/** What happened, without who or when: "moved it from To do to In progress". */
export function describeWhatChanged(change: TDealChange, wording: ChangeWording): string {
  const subject = wording.subject ?? 'it';
  const { deal } = change;
  const before = change.before ?? {};
  const to = stageLabels[deal.stage];
  switch (change.type) {
    case 'CREATED':
      return `created ${subject} in ${to}`;
    case 'MOVED':
      if (before.stage && before.stage !== deal.stage) return `moved ${subject} from ${stageLabels[before.stage]} to ${to}`;
      return `reordered ${subject} within ${to}`;
    case 'REASSIGNED': {
      const owner = wording.nameOf(deal.ownerId) ?? 'another rep';
      const stageClause = before.stage && before.stage !== deal.stage ? ` and moved ${subject} to ${to}` : '';
      return `gave ${subject} to ${owner}${stageClause}`;
    }
    case 'CLOSED':
      if (deal.outcome === 'WON') {
        const amount = deal.closedAmountMinor ?? deal.amountMinor;
        return `closed ${subject} as won (${formatMoney(amount, deal.currency, wording.locale)})`;
      }
      return `closed ${subject} as lost`;
    case 'REOPENED':
      return `reopened ${subject} into ${to}`;
    case 'UPDATED':
      return describeEdits(before, deal, wording, subject);
    case 'DELETED':
      return `deleted ${subject}`;
    case 'RESTORED':
      return `restored ${subject}`;
    case 'ACTIVITY_LOGGED': {
      const nextStep = before.nextStep !== deal.nextStep || before.nextStepDueOn !== deal.nextStepDueOn ? ` and ${describeNextStep(deal, wording)}` : '';
      return `${describeActivity(deal)}${nextStep}`;
    }
  }
}

/** "Dana Reyes moved it from To do to In progress · 3 Nov, 14:05". */
export function describeChange(change: TDealChange, wording: ChangeWording): { summary: string; when: string } {
  const actor = change.actorName ?? 'Someone';
  return {
    summary: `${actor} ${describeWhatChanged(change, wording)}`,
    when: formatInstant(change.occurredAt, wording.locale, wording.timeZone),
  };
}
