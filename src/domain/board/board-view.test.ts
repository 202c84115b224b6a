import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { TDealCard } from '@/schemas/deal';
import {
  applyDealChange,
  cellKey,
  columnTotals,
  countedAmountMinor,
  filterDeals,
  groupIntoCells,
  laneTotals,
  moveCardLocally,
  normalizeForSearch,
  sumDeals,
} from './board-view';
import { buildDealCard } from './deal-card-fixture';

const makeCard = buildDealCard;

const ids = (cards: readonly TDealCard[]) => cards.map((card) => card.id);

describe('filterDeals', () => {
  const cards = [
    makeCard({ id: 'a', account: 'Société Générale', title: 'Renewal 2027', ownerId: 'rep-1', noteworthy: true }),
    makeCard({ id: 'b', account: 'Müller GmbH', title: 'Pilot', notes: 'Champion is ÉLODIE in procurement', ownerId: 'rep-2' }),
    makeCard({ id: 'c', account: 'Acme', title: 'Expansion', ownerId: 'rep-1' }),
  ];

  it('keeps everything with no filters, or empty ones', () => {
    expect(ids(filterDeals(cards, {}))).toEqual(['a', 'b', 'c']);
    expect(ids(filterDeals(cards, { ownerId: null, noteworthyOnly: false, closingThisMonth: null, text: '   ' }))).toEqual(['a', 'b', 'c']);
  });

  it('filters by owner and by noteworthy', () => {
    expect(ids(filterDeals(cards, { ownerId: 'rep-1' }))).toEqual(['a', 'c']);
    expect(ids(filterDeals(cards, { noteworthyOnly: true }))).toEqual(['a']);
    expect(ids(filterDeals(cards, { ownerId: 'rep-2', noteworthyOnly: true }))).toEqual([]);
  });

  it('finds text in the account, title or notes, ignoring case and accents', () => {
    expect(ids(filterDeals(cards, { text: 'societe' }))).toEqual(['a']);
    expect(ids(filterDeals(cards, { text: 'MULLER' }))).toEqual(['b']);
    expect(ids(filterDeals(cards, { text: 'élodie' }))).toEqual(['b']);
    expect(ids(filterDeals(cards, { text: 'expan' }))).toEqual(['c']);
    expect(ids(filterDeals(cards, { text: 'nowhere' }))).toEqual([]);
  });

  it('needs every word of the text, in any field', () => {
    expect(ids(filterDeals(cards, { text: 'générale renewal' }))).toEqual(['a']);
    expect(ids(filterDeals(cards, { text: 'générale pilot' }))).toEqual([]);
  });

  it('normalises text for search', () => {
    expect(normalizeForSearch('Ça Été ÅNGSTRÖM')).toBe('ca ete angstrom');
  });

  describe('closing this month', () => {
    const november = { monthStart: new Date('2026-11-01T00:00:00Z'), timeZone: 'America/New_York' };
    const monthCards = [
      makeCard({ id: 'open-in', expectedCloseDate: '2026-11-30' }),
      makeCard({ id: 'open-first-day', expectedCloseDate: '2026-11-01' }),
      makeCard({ id: 'open-next', expectedCloseDate: '2026-12-01' }),
      makeCard({ id: 'open-undated', expectedCloseDate: null }),
      makeCard({ id: 'won-in', stage: 'COMPLETED', outcome: 'WON', closedAt: '2026-11-15T12:00:00.000Z', expectedCloseDate: '2026-10-01' }),
      // 03:30 UTC on 1 November is still 31 October in New York.
      makeCard({ id: 'lost-late-october', stage: 'COMPLETED', outcome: 'LOST', closedAt: '2026-11-01T03:30:00.000Z', expectedCloseDate: '2026-11-20' }),
      // 02:00 UTC on 1 December is still 30 November in New York.
      makeCard({ id: 'won-last-evening', stage: 'COMPLETED', outcome: 'WON', closedAt: '2026-12-01T02:00:00.000Z' }),
      makeCard({ id: 'completed-undated', stage: 'COMPLETED', outcome: 'WON', closedAt: null, expectedCloseDate: '2026-11-10' }),
    ];

    it('uses the expected close date for open deals and the local close date for completed ones', () => {
      expect(ids(filterDeals(monthCards, { closingThisMonth: november }))).toEqual(['open-in', 'open-first-day', 'won-in', 'won-last-evening']);
    });

    it('reads the close date in the team’s zone', () => {
      const inSydney = { ...november, timeZone: 'Australia/Sydney' };
      expect(ids(filterDeals(monthCards, { closingThisMonth: inSydney }))).toEqual([
        'open-in',
        'open-first-day',
        'won-in',
        'lost-late-october',
      ]);
    });
  });
});

describe('groupIntoCells', () => {
  it('groups cards by owner and stage, each cell top to bottom, ties broken by id', () => {
    const cards = [
      makeCard({ id: 'z', ownerId: 'rep-1', stage: 'TODO', position: 2048 }),
      makeCard({ id: 'y', ownerId: 'rep-1', stage: 'TODO', position: 1024 }),
      makeCard({ id: 'c', ownerId: 'rep-1', stage: 'TODO', position: 2048 }),
      makeCard({ id: 'd', ownerId: 'rep-2', stage: 'TODO', position: 0 }),
      makeCard({ id: 'e', ownerId: 'rep-1', stage: 'COMPLETED', position: -5 }),
    ];
    const cells = groupIntoCells(cards);
    expect(cellKey('rep-1', 'TODO')).toBe('rep-1:TODO');
    expect([...cells.keys()].sort()).toEqual(['rep-1:COMPLETED', 'rep-1:TODO', 'rep-2:TODO']);
    expect(ids(cells.get('rep-1:TODO')!)).toEqual(['y', 'c', 'z']);
    expect(ids(cells.get('rep-2:TODO')!)).toEqual(['d']);
    expect(cells.get('rep-2:BACKLOG')).toBeUndefined();
    expect(ids(cards)).toEqual(['z', 'y', 'c', 'd', 'e']);
  });
});

describe('totals', () => {
  const cards = [
    makeCard({ id: 'open', stage: 'TODO', amountMinor: 100_000, ownerId: 'rep-1' }),
    makeCard({ id: 'won', stage: 'COMPLETED', outcome: 'WON', amountMinor: 300_000, closedAmountMinor: 250_000, ownerId: 'rep-1' }),
    makeCard({ id: 'lost', stage: 'COMPLETED', outcome: 'LOST', amountMinor: 900_000, ownerId: 'rep-2' }),
    makeCard({ id: 'pounds', stage: 'TODO', amountMinor: 40_000, currency: 'GBP', ownerId: 'rep-3' }),
    makeCard({ id: 'backlog', stage: 'BACKLOG', amountMinor: 7, ownerId: 'rep-2' }),
  ];

  it('counts the amount of open deals, the amount won of closed ones and nothing for lost ones', () => {
    expect(cards.map(countedAmountMinor)).toEqual([100_000, 250_000, 0, 40_000, 7]);
  });

  it('falls back to the deal amount for a won deal without a closed amount', () => {
    expect(countedAmountMinor(makeCard({ id: 'x', stage: 'COMPLETED', outcome: 'WON', amountMinor: 5 }))).toBe(5);
  });

  it('totals each stage, every stage present, currencies kept apart', () => {
    expect(columnTotals(cards)).toEqual({
      BACKLOG: { count: 1, amounts: [{ currency: 'USD', amountMinor: 7 }] },
      TODO: {
        count: 2,
        amounts: [
          { currency: 'GBP', amountMinor: 40_000 },
          { currency: 'USD', amountMinor: 100_000 },
        ],
      },
      IN_PROGRESS: { count: 0, amounts: [] },
      COMPLETED: { count: 2, amounts: [{ currency: 'USD', amountMinor: 250_000 }] },
    });
  });

  it('totals each lane', () => {
    const totals = laneTotals(cards);
    expect([...totals.keys()].sort()).toEqual(['rep-1', 'rep-2', 'rep-3']);
    expect(totals.get('rep-1')).toEqual({ count: 2, amounts: [{ currency: 'USD', amountMinor: 350_000 }] });
    // A lost deal still counts as a deal, with its currency at zero.
    expect(totals.get('rep-2')).toEqual({ count: 2, amounts: [{ currency: 'USD', amountMinor: 7 }] });
    expect(totals.get('rep-3')).toEqual({ count: 1, amounts: [{ currency: 'GBP', amountMinor: 40_000 }] });
  });

  it('adds up to the same grand total by column and by lane (property)', () => {
    const card = fc.record({
      stage: fc.constantFrom('BACKLOG', 'TODO', 'IN_PROGRESS', 'COMPLETED' as const),
      outcome: fc.constantFrom('WON', 'LOST' as const),
      amountMinor: fc.nat({ max: 2_000_000_000 }),
      ownerId: fc.constantFrom('rep-1', 'rep-2', 'rep-3'),
      currency: fc.constantFrom('USD', 'EUR'),
    });
    fc.assert(
      fc.property(fc.array(card, { maxLength: 40 }), (drafts) => {
        const deals = drafts.map((draft, index) =>
          makeCard({
            ...draft,
            id: `deal-${index}`,
            outcome: draft.stage === 'COMPLETED' ? draft.outcome : null,
            closedAmountMinor: draft.stage === 'COMPLETED' && draft.outcome === 'WON' ? draft.amountMinor : null,
          }),
        );
        const grand = sumDeals(deals);
        const flatten = (totals: Iterable<{ count: number; amounts: { currency: string; amountMinor: number }[] }>) => {
          let count = 0;
          const byCurrency: Record<string, number> = {};
          for (const total of totals) {
            count += total.count;
            for (const amount of total.amounts) byCurrency[amount.currency] = (byCurrency[amount.currency] ?? 0) + amount.amountMinor;
          }
          return { count, byCurrency };
        };
        const expected = flatten([grand]);
        expect(flatten(Object.values(columnTotals(deals)))).toEqual(expected);
        expect(flatten(laneTotals(deals).values())).toEqual(expected);
        expect(grand.count).toBe(deals.length);
      }),
      { numRuns: 100 },
    );
  });
});

describe('applyDealChange', () => {
  const onNorthBoard = { belongsOnBoard: (card: TDealCard) => card.teamId === 'north' };
  const board = [makeCard({ id: 'a', version: 3 }), makeCard({ id: 'b', version: 1 })];

  it('replaces a card with a newer version, in place', () => {
    const updated = makeCard({ id: 'a', version: 4, title: 'Bigger deal' });
    const result = applyDealChange(board, { deal: updated }, onNorthBoard);
    expect(ids(result)).toEqual(['a', 'b']);
    expect(result[0]).toBe(updated);
    expect(board[0]!.title).toBe('Platform licence');
  });

  it('is idempotent: the same change twice is the same as once', () => {
    const change = { deal: makeCard({ id: 'a', version: 4, stage: 'IN_PROGRESS' }) };
    const once = applyDealChange(board, change, onNorthBoard);
    const twice = applyDealChange(once, change, onNorthBoard);
    expect(twice).toEqual(once);
    expect(twice).toBe(once);
  });

  it('ignores a stale change (same or lower version), returning the same array', () => {
    const stale = applyDealChange(board, { deal: makeCard({ id: 'a', version: 2, title: 'Old news' }) }, onNorthBoard);
    expect(stale).toBe(board);
    const sameVersion = applyDealChange(board, { deal: makeCard({ id: 'a', version: 3, title: 'Echo' }) }, onNorthBoard);
    expect(sameVersion).toBe(board);
  });

  it('ends in the newest version whatever order the changes arrive in (property)', () => {
    const versions = [2, 3, 4, 5, 6];
    fc.assert(
      fc.property(fc.shuffledSubarray(versions, { minLength: 1 }), (order) => {
        let cards = [makeCard({ id: 'a', version: 1 })];
        for (const version of order) {
          cards = applyDealChange(cards, { deal: makeCard({ id: 'a', version, title: `v${version}` }) }, onNorthBoard);
        }
        expect(cards).toHaveLength(1);
        expect(cards[0]!.title).toBe(`v${Math.max(...order)}`);
      }),
    );
  });

  it('adds a new card that belongs, and ignores one that does not', () => {
    const arriving = makeCard({ id: 'c', version: 1 });
    expect(ids(applyDealChange(board, { deal: arriving }, onNorthBoard))).toEqual(['a', 'b', 'c']);
    const elsewhere = makeCard({ id: 'c', version: 1, teamId: 'south' });
    expect(applyDealChange(board, { deal: elsewhere }, onNorthBoard)).toBe(board);
  });

  it('removes a deleted card, and brings it back when restored', () => {
    const deleted = applyDealChange(board, { deal: makeCard({ id: 'a', version: 4, deletedAt: '2026-11-20T10:00:00.000Z' }) }, onNorthBoard);
    expect(ids(deleted)).toEqual(['b']);
    const restored = applyDealChange(deleted, { deal: makeCard({ id: 'a', version: 5, deletedAt: null }) }, onNorthBoard);
    expect(ids(restored)).toEqual(['b', 'a']);
    expect(restored.find((card) => card.id === 'a')!.version).toBe(5);
  });

  it('never adds a deleted card, whatever belongsOnBoard says', () => {
    const everything = { belongsOnBoard: () => true };
    const deleted = makeCard({ id: 'c', version: 2, deletedAt: '2026-11-20T10:00:00.000Z' });
    expect(applyDealChange(board, { deal: deleted }, everything)).toBe(board);
  });

  it('removes a card handed to another team', () => {
    const moved = applyDealChange(board, { deal: makeCard({ id: 'b', version: 2, teamId: 'south', ownerId: 'rep-9' }) }, onNorthBoard);
    expect(ids(moved)).toEqual(['a']);
  });

  it('takes a whole TDealChange', () => {
    const change = {
      sequence: 42,
      type: 'UPDATED' as const,
      dealId: 'b',
      teamId: 'north',
      previousTeamId: null,
      actorId: 'rep-1',
      actorName: 'Rita',
      occurredAt: '2026-11-20T10:00:00.000Z',
      before: { title: 'Platform licence' },
      deal: makeCard({ id: 'b', version: 2, title: 'Platform licence, 3 years' }),
    };
    expect(applyDealChange(board, change, onNorthBoard)[1]!.title).toBe('Platform licence, 3 years');
  });
});

describe('moveCardLocally', () => {
  const board = [makeCard({ id: 'a', version: 3, stage: 'TODO', ownerId: 'rep-1', position: 1024 }), makeCard({ id: 'b' })];

  it('moves the card without touching its version or the input', () => {
    const moved = moveCardLocally(board, 'a', { stage: 'IN_PROGRESS', ownerId: 'rep-2', position: 512 });
    expect(moved[0]).toMatchObject({ id: 'a', stage: 'IN_PROGRESS', ownerId: 'rep-2', position: 512, version: 3 });
    expect(moved[1]).toBe(board[1]);
    expect(board[0]).toMatchObject({ stage: 'TODO', ownerId: 'rep-1', position: 1024 });
  });

  it('lets the server’s confirmation replace the optimistic guess', () => {
    const moved = moveCardLocally(board, 'a', { stage: 'IN_PROGRESS', ownerId: 'rep-1', position: 512 });
    const confirmed = makeCard({ id: 'a', version: 4, stage: 'IN_PROGRESS', position: 768 });
    const result = applyDealChange(moved, { deal: confirmed }, { belongsOnBoard: () => true });
    expect(result[0]).toBe(confirmed);
  });

  it('returns the same array for an unknown card', () => {
    expect(moveCardLocally(board, 'ghost', { stage: 'TODO', ownerId: 'rep-1', position: 1 })).toBe(board);
  });
});
