import v8 from 'node:v8';
import type { DatabaseTarget } from './db';

/**
 * On the embedded database, the database's memory and the app's share one process, and a
 * busy thread lets V8 grow its heap to several times what is alive before collecting it.
 * With this factor a full collection comes once the heap is half as large again as what
 * the last one kept (decision 030). PostgreSQL deployments keep V8's own heuristics.
 */
export const embeddedHeapGrowingPercent = 50;

/** Applies the embedded database's heap growth limit to this process; says whether it did. */
export function limitHeapGrowthFor(target: DatabaseTarget): boolean {
  if (target.kind !== 'pglite') return false;
  // A V8 flag set after start-up: the heap's growth factor is read each time a collection
  // sets the next limit, so it takes effect from the next collection on.
  v8.setFlagsFromString(`--heap-growing-percent=${embeddedHeapGrowingPercent}`);
  return true;
}
