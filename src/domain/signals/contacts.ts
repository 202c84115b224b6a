// The people on a deal. One contact may be the champion; a champion who has gone
// (left the company, changed role) flags the deal until a new champion is named.

export type DealContact = {
  id: string;
  name: string;
  role: string;
  isChampion: boolean;
  /** The contact has left (set when the champion is marked gone). */
  hasLeft: boolean;
};

/** The champion still there, if any. */
export function currentChampion(contacts: readonly DealContact[]): DealContact | null {
  return contacts.find((contact) => contact.isChampion && !contact.hasLeft) ?? null;
}

/** A champion has gone and nobody has been named in their place. */
export function hasChampionLeft(contacts: readonly DealContact[]): boolean {
  return currentChampion(contacts) === null && contacts.some((contact) => contact.isChampion && contact.hasLeft);
}

/** Why a contact list cannot be saved, or null when it can. */
export function contactListProblem(contacts: readonly DealContact[]): string | null {
  const champions = contacts.filter((contact) => contact.isChampion && !contact.hasLeft);
  if (champions.length > 1) return 'Only one contact can be the champion.';
  const ids = new Set(contacts.map((contact) => contact.id));
  if (ids.size !== contacts.length) return 'Two contacts share an id.';
  return null;
}
