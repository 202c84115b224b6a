import { dealStages, type TDealStage } from '@/schemas/deal';

// An import's history rows, kept between reading the history file and writing their
// deals: a history file is often four times the deals file, so its rows are held in
// columns of typed arrays (about 30 bytes a row) rather than as an object each, linked
// per deal in file order. A deal's rows become objects only when its chunk asks for them.

/** One history row, as little as writing it needs. */
export type CompactHistory = { line: number; instant: number | null; date: string | null; minutes: number | null; stage: TDealStage | null; amountMinor: number | null };

const dayMs = 86_400_000;
const none = -1;

function grow<T extends Int32Array | Float64Array | Int8Array>(array: T, length: number): T {
  if (length <= array.length) return array;
  const next = new (array.constructor as new (size: number) => T)(Math.max(length, array.length * 2));
  next.set(array);
  return next;
}

export class HistoryStore {
  /** The deals the rows belong to: external id → index. */
  readonly #deals: Map<string, number>;
  #head = new Int32Array(0);
  #tail = new Int32Array(0);
  #count = 0;
  #line = new Int32Array(1_024);
  #next = new Int32Array(1_024);
  #instant = new Float64Array(1_024);
  #day = new Int32Array(1_024);
  #minutes = new Int32Array(1_024);
  #stage = new Int8Array(1_024);
  #amount = new Float64Array(1_024);

  /**
   * `deals` maps each deal's external id to a small index (0, 1, 2, …); rows of other ids are
   * not kept. It may still be filled after the store is made, before the first row is added.
   */
  constructor(deals: Map<string, number>) {
    this.#deals = deals;
  }

  get size(): number {
    return this.#count;
  }

  has(dealExternalId: string): boolean {
    return this.#deals.has(dealExternalId);
  }

  /** Keeps a row for its deal (after the deal's earlier rows). False when the deal is not one of the store's. */
  add(dealExternalId: string, entry: CompactHistory): boolean {
    const deal = this.#deals.get(dealExternalId);
    if (deal === undefined) return false;
    const row = this.#count;
    this.#count += 1;
    if (row >= this.#line.length) {
      const length = row + 1;
      this.#line = grow(this.#line, length);
      this.#next = grow(this.#next, length);
      this.#instant = grow(this.#instant, length);
      this.#day = grow(this.#day, length);
      this.#minutes = grow(this.#minutes, length);
      this.#stage = grow(this.#stage, length);
      this.#amount = grow(this.#amount, length);
    }
    this.#line[row] = entry.line;
    this.#next[row] = none;
    this.#instant[row] = entry.instant ?? Number.NaN;
    this.#day[row] = entry.date === null ? 0 : Math.round(Date.parse(`${entry.date}T00:00:00Z`) / dayMs);
    this.#minutes[row] = entry.minutes ?? none;
    this.#stage[row] = entry.stage === null ? none : dealStages.indexOf(entry.stage);
    this.#amount[row] = entry.amountMinor ?? Number.NaN;
    if (deal >= this.#head.length) {
      const length = this.#head.length;
      this.#head = grow(this.#head, Math.max(deal + 1, this.#deals.size));
      this.#tail = grow(this.#tail, this.#head.length);
      this.#head.fill(none, length);
      this.#tail.fill(none, length);
    }
    const tail = this.#tail[deal]!;
    if (tail === none) this.#head[deal] = row;
    else this.#next[tail] = row;
    this.#tail[deal] = row;
    return true;
  }

  /** A deal's rows in file order, or undefined when it has none. */
  get(dealExternalId: string): CompactHistory[] | undefined {
    const deal = this.#deals.get(dealExternalId);
    if (deal === undefined || deal >= this.#head.length || this.#head[deal] === none) return undefined;
    const entries: CompactHistory[] = [];
    for (let row = this.#head[deal]!; row !== none; row = this.#next[row]!) entries.push(this.#entry(row));
    return entries;
  }

  /** A deal's first row in file order. */
  first(dealExternalId: string): CompactHistory | undefined {
    const deal = this.#deals.get(dealExternalId);
    return deal === undefined || deal >= this.#head.length || this.#head[deal] === none ? undefined : this.#entry(this.#head[deal]!);
  }

  #entry(row: number): CompactHistory {
    const instant = this.#instant[row]!;
    const hasInstant = !Number.isNaN(instant);
    const minutes = this.#minutes[row]!;
    const stage = this.#stage[row]!;
    const amount = this.#amount[row]!;
    return {
      line: this.#line[row]!,
      instant: hasInstant ? instant : null,
      date: hasInstant ? null : new Date(this.#day[row]! * dayMs).toISOString().slice(0, 10),
      minutes: minutes === none ? null : minutes,
      stage: stage === none ? null : dealStages[stage]!,
      amountMinor: Number.isNaN(amount) ? null : amount,
    };
  }
}
