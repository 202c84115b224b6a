import { localDateOf } from '@/domain/calendar';
import { dealStages } from '@/schemas/deal-stages';
import type { TDealCard, TDealStage } from '@/schemas/deal';
import { compareByPosition } from './positions';

// Pure helpers over the cards of one board, shared by the browser (filtering, live
// updates, optimistic moves) and the server (totals). None of them changes the array or
// the cards it is given.

export type BoardFilters = {
  /** Only this rep's deals; null or absent for everyone's. */
  ownerId?: string | null;
  noteworthyOnly?: boolean;
  /**
   * Only deals expected to close in this month (open deals, by expectedCloseDate) or
   * that closed in it (completed deals, by closedAt read in `timeZone`).
   */
  closingThisMonth?: { monthStart: Date; timeZone: string } | null;
  /**
   * Words to look for in the account, title and notes, ignoring case and accents.
   * Every word must appear somewhere ("acme renewal" finds account "Acme", title
   * "Renewal 2027").
   */
  text?: string;
  /** Only deals this says are slipping (pushed twice, or past the month first expected). */
  isSlipping?: ((card: TDealCard) => boolean) | null;
};

export function filterDeals(cards: readonly TDealCard[], filters: BoardFilters): TDealCard[] {
  const words = normalizeForSearch(filters.text ?? '')
    .split(/\s+/)
    .filter((word) => word.length > 0);
  const month = filters.closingThisMonth ?? null;
  return cards.filter((card) => {
    if (filters.ownerId && card.ownerId !== filters.ownerId) return false;
    if (filters.noteworthyOnly && !card.noteworthy) return false;
    if (month && !isClosingInMonth(card, month.monthStart, month.timeZone)) return false;
    if (filters.isSlipping && !filters.isSlipping(card)) return false;
    if (words.length > 0) {
      const searchable = [card.account, card.title, card.notes].map(normalizeForSearch).join('\n');
      if (!words.every((word) => searchable.includes(word))) return false;
    }
    return true;
  });
}

/** Lower case, with accents and other combining marks removed: "Société" → "societe". */
export function normalizeForSearch(text: string): string {
  return text.toLowerCase().normalize('NFKD').replace(/\p{M}/gu, '');
}

function isClosingInMonth(card: TDealCard, monthStart: Date, timeZone: string): boolean {
  const year = monthStart.getUTCFullYear();
  const month = monthStart.getUTCMonth() + 1;
  if (card.stage === 'COMPLETED') {
    if (card.closedAt === null) return false;
    const closedAt = new Date(card.closedAt);
    if (Number.isNaN(closedAt.getTime())) return false;
    const local = localDateOf(closedAt, timeZone);
    return local.year === year && local.month === month;
  }
  // A calendar date, YYYY-MM-DD (a longer ISO string starts the same way).
  const match = /^(\d{4})-(\d{2})/.exec(card.expectedCloseDate ?? '');
  return match !== null && Number(match[1]) === year && Number(match[2]) === month;
}

// Cells: one rep's lane × one stage

export function cellKey(ownerId: string, stage: TDealStage): string {
  return `${ownerId}:${stage}`;
}

/** Cards by cell (`${ownerId}:${stage}`), each cell top to bottom. Empty cells are absent. */
export function groupIntoCells(cards: readonly TDealCard[]): Map<string, TDealCard[]> {
  const cells = new Map<string, TDealCard[]>();
  for (const card of cards) {
    const key = cellKey(card.ownerId, card.stage);
    const cell = cells.get(key);
    if (cell) cell.push(card);
    else cells.set(key, [card]);
  }
  for (const cell of cells.values()) cell.sort(compareByPosition);
  return cells;
}

// Totals
//
// One team's deals share its office's currency, but a manager's or the company board
// mixes offices, and adding dollars to pounds means nothing. So every total carries a
// list of amounts, one per currency present (sorted by currency code): a single entry on
// a team board, several on a wider one. Nothing is converted here.

export type CurrencyAmount = { currency: string; amountMinor: number };

export type DealTotals = {
  count: number;
  /** One entry per currency among the deals counted, by currency code; empty for none. */
  amounts: CurrencyAmount[];
};

/** What a deal is worth on the board: its amount while open, the amount won once closed (0 if lost). */
export function countedAmountMinor(card: TDealCard): number {
  if (card.stage !== 'COMPLETED') return card.amountMinor;
  return card.outcome === 'WON' ? (card.closedAmountMinor ?? card.amountMinor) : 0;
}

export function sumDeals(cards: readonly TDealCard[]): DealTotals {
  const byCurrency = new Map<string, number>();
  for (const card of cards) {
    byCurrency.set(card.currency, (byCurrency.get(card.currency) ?? 0) + countedAmountMinor(card));
  }
  const amounts = [...byCurrency.entries()]
    .map(([currency, amountMinor]) => ({ currency, amountMinor }))
    .sort((first, second) => (first.currency < second.currency ? -1 : first.currency > second.currency ? 1 : 0));
  return { count: cards.length, amounts };
}

/** Totals per stage; every stage is present, empty ones with a count of 0. */
export function columnTotals(cards: readonly TDealCard[]): Record<TDealStage, DealTotals> {
  const byStage = groupBy(cards, (card) => card.stage);
  const totals = {} as Record<TDealStage, DealTotals>;
  for (const stage of dealStages) totals[stage] = sumDeals(byStage.get(stage) ?? []);
  return totals;
}

/** Totals per owner (lane), for the owners that have cards. */
export function laneTotals(cards: readonly TDealCard[]): Map<string, DealTotals> {
  const totals = new Map<string, DealTotals>();
  for (const [ownerId, ownerCards] of groupBy(cards, (card) => card.ownerId)) totals.set(ownerId, sumDeals(ownerCards));
  return totals;
}

function groupBy<Key>(cards: readonly TDealCard[], keyOf: (card: TDealCard) => Key): Map<Key, TDealCard[]> {
  const groups = new Map<Key, TDealCard[]>();
  for (const card of cards) {
    const key = keyOf(card);
    const group = groups.get(key);
    if (group) group.push(card);
    else groups.set(key, [card]);
  }
  return groups;
}

// Live updates

/**
 * Folds one change (a live update or a replayed one) into the board's cards.
 *
 * A change replaces the held card only if it carries a higher version, so duplicates
 * and late, out-of-order replays do nothing. A card that is deleted, or that
 * `belongsOnBoard` rejects (handed to someone not on this board, moved to another
 * team), leaves the board; one that belongs and is not held is added.
 *
 * Returns `cards` itself when nothing changes (so a React state update can bail out),
 * otherwise a new array.
 *
 * Once a card has left, its version is forgotten: an older replay of it arriving after
 * its removal would bring it back. Callers that replay history skip changes whose
 * `sequence` they have already seen.
 */
export function applyDealChange(
  cards: TDealCard[],
  change: { deal: TDealCard },
  options: { belongsOnBoard: (card: TDealCard) => boolean },
): TDealCard[] {
  const incoming = change.deal;
  const index = cards.findIndex((card) => card.id === incoming.id);
  const held = index === -1 ? null : cards[index]!;
  if (held && incoming.version <= held.version) return cards;

  const belongs = !incoming.deletedAt && options.belongsOnBoard(incoming);
  if (!held) return belongs ? [...cards, incoming] : cards;
  if (!belongs) return cards.filter((card) => card.id !== incoming.id);
  return cards.map((card, cardIndex) => (cardIndex === index ? incoming : card));
}

/**
 * Moves a card before the server has confirmed it (an optimistic update). The version
 * is left alone, so the server's own change, one version higher, replaces this guess.
 * Returns `cards` itself when there is no such card.
 */
export function moveCardLocally(
  cards: TDealCard[],
  dealId: string,
  target: { stage: TDealStage; ownerId: string; position: number },
): TDealCard[] {
  if (!cards.some((card) => card.id === dealId)) return cards;
  return cards.map((card) =>
    card.id === dealId ? { ...card, stage: target.stage, ownerId: target.ownerId, position: target.position } : card,
  );
}
