// A list of records after one of them changed, as the screens keep what the server answered.

/** `items` with the one of `item`'s id replaced by it (unchanged when none has that id). */
export function replaceById<Item extends { id: string }>(items: readonly Item[], item: Item): Item[] {
  return items.map((current) => (current.id === item.id ? item : current));
}

/** `items` with the one of `item`'s id replaced by it, or with `item` added at the end when none has that id. */
export function upsertById<Item extends { id: string }>(items: readonly Item[], item: Item): Item[] {
  return items.some((current) => current.id === item.id) ? replaceById(items, item) : [...items, item];
}
