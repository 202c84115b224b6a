import v8 from 'node:v8';

/**
 * V8 lets the old generation grow to between 1.1 and 4 times what the last full collection
 * kept, a busy thread getting a large factor: with about 130 MB alive, the server held
 * 400 MB of heap, most of it garbage no collection had yet been asked to free. With this
 * factor a full collection comes once the heap is half as large again as what the last one
 * kept. First for the embedded database, whose memory shares the process (decision 030);
 * since then on PostgreSQL too, where 1,000 walls and the month ledgers of the large
 * organisation otherwise passed 512 MB (decision 023's amendment of 2026-12-04).
 */
export const heapGrowingPercent = 50;

/** Applies the heap growth limit to this process; returns the percent applied. */
export function limitHeapGrowth(): number {
  // A V8 flag set after start-up: the heap's growth factor is read each time a collection
  // sets the next limit, so it takes effect from the next collection on.
  v8.setFlagsFromString(`--heap-growing-percent=${heapGrowingPercent}`);
  return heapGrowingPercent;
}
