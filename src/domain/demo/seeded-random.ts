// A small seeded pseudo-random generator (mulberry32) so that demo data is the same on
// every run. Not for anything secret.

export type SeededRandom = {
  /** A number in [0, 1). */
  next: () => number;
  between: (minimum: number, maximum: number) => number;
  /** An integer from `minimum` to `maximum`, both included. */
  integer: (minimum: number, maximum: number) => number;
  chance: (probability: number) => boolean;
  pick: <T>(items: readonly T[]) => T;
  shuffle: <T>(items: readonly T[]) => T[];
};

export function createSeededRandom(seed: number): SeededRandom {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let value = state;
    value = Math.imul(value ^ (value >>> 15), value | 1);
    value ^= value + Math.imul(value ^ (value >>> 7), value | 61);
    return ((value ^ (value >>> 14)) >>> 0) / 4_294_967_296;
  };
  const integer = (minimum: number, maximum: number) => minimum + Math.floor(next() * (maximum - minimum + 1));
  const pick = <T>(items: readonly T[]): T => {
    const item = items[Math.floor(next() * items.length)];
    if (item === undefined) throw new Error('Cannot pick from an empty list');
    return item;
  };
  const shuffle = <T>(items: readonly T[]): T[] => {
    const copy = [...items];
    for (let index = copy.length - 1; index > 0; index -= 1) {
      const other = integer(0, index);
      const swapped = copy[index] as T;
      copy[index] = copy[other] as T;
      copy[other] = swapped;
    }
    return copy;
  };
  return {
    next,
    between: (minimum, maximum) => minimum + next() * (maximum - minimum),
    integer,
    chance: (probability) => next() < probability,
    pick,
    shuffle,
  };
}
