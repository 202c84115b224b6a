// The board's filters and how they are written in its address, so that a filtered board
// can be shared as a link and the browser's Back button undoes a filter:
//   ?q=atlas&rep=<user id>&noteworthy=1&closing=1&slipping=1&completedMonth=2026-11
// Parameters this module does not know are left alone.

export type BoardFilterState = {
  text: string;
  ownerId: string;
  noteworthyOnly: boolean;
  closingThisMonth: boolean;
  slippingOnly: boolean;
};

export const noFilters: BoardFilterState = { text: '', ownerId: '', noteworthyOnly: false, closingThisMonth: false, slippingOnly: false };

const flags = { noteworthyOnly: 'noteworthy', closingThisMonth: 'closing', slippingOnly: 'slipping' } as const;

type SearchLike = Pick<URLSearchParams, 'get'>;

export function isFiltered(filters: BoardFilterState): boolean {
  return filters.text !== '' || filters.ownerId !== '' || filters.noteworthyOnly || filters.closingThisMonth || filters.slippingOnly;
}

/** The filters an address asks for; anything missing or malformed means "not filtered by that". */
export function filtersFromSearch(search: SearchLike): BoardFilterState {
  const flag = (name: string) => search.get(name) === '1';
  return {
    text: (search.get('q') ?? '').slice(0, 200),
    ownerId: search.get('rep') ?? '',
    noteworthyOnly: flag(flags.noteworthyOnly),
    closingThisMonth: flag(flags.closingThisMonth),
    slippingOnly: flag(flags.slippingOnly),
  };
}

/** `search` with the board's filter parameters replaced by `filters` (empty ones removed). */
export function searchWithFilters(search: URLSearchParams, filters: BoardFilterState): URLSearchParams {
  const next = new URLSearchParams(search);
  const set = (name: string, value: string) => (value ? next.set(name, value) : next.delete(name));
  set('q', filters.text);
  set('rep', filters.ownerId);
  for (const [key, name] of Object.entries(flags) as [keyof typeof flags, string][]) set(name, filters[key] ? '1' : '');
  return next;
}

/**
 * Whether going from `previous` to `next` deserves its own history entry. Typing in the
 * search box refines the entry its first letter made, so Back does not step through
 * every keystroke; every other change (a toggle, a rep, clearing) is a step of its own.
 */
export function isNewHistoryStep(previous: BoardFilterState, next: BoardFilterState): boolean {
  const { text: previousText, ...previousRest } = previous;
  const { text: nextText, ...nextRest } = next;
  const othersChanged = (Object.keys(nextRest) as (keyof typeof nextRest)[]).some((key) => previousRest[key] !== nextRest[key]);
  return othersChanged || (previousText === '') !== (nextText === '');
}
