import { promisify } from 'node:util';
import { gzip } from 'node:zlib';
import type { TWallScope, TWallSnapshot } from '@/schemas/wall';
import { wallScopeKey } from '@/domain/pacing/wall-bar-key';
import { acceptEncodingRequestHeader, acceptsGzip, contentEncodingResponseHeader } from '@/server/web-headers';
import type { LoadedMonth } from './month-state';
import { toWallSnapshot, type WallDetail } from './wall-bars';

// A wall snapshot depends only on the held month's figures (a `LoadedMonth`, which is cut
// again when a deal changes or its pace is older than the summary's age limit) and on the
// wall's scope and detail. Every wall, TV and page asking in between is given the same
// snapshot, and every API response the same bytes: on the large organisation the company's
// snapshot is 470 KB, and cutting, serialising and gzipping it again took most of a
// request's 16–18 ms of CPU (decision 033). Both caches hang off the figures' object, so a new cut drops them.

const snapshots = new WeakMap<LoadedMonth, Map<string, TWallSnapshot>>();
const bodies = new WeakMap<TWallSnapshot, Uint8Array>();
const gzippedBodies = new WeakMap<TWallSnapshot, Promise<Uint8Array>>();
const compress = promisify(gzip);

/**
 * The snapshot of `loaded` for a scope and detail. Its `generatedAt` is the instant the
 * figures (pace included) were computed, not the moment of asking. Shared between callers:
 * outside production it is frozen, so code that would change it fails in the tests.
 */
export function cachedWallSnapshot(loaded: LoadedMonth, scope: TWallScope, isCurrentMonth: boolean, detail: WallDetail = 'full'): TWallSnapshot {
  const key = `${wallScopeKey(scope)}|${isCurrentMonth}|${detail}`;
  let cut = snapshots.get(loaded);
  if (!cut) {
    cut = new Map();
    snapshots.set(loaded, cut);
  }
  let snapshot = cut.get(key);
  if (!snapshot) {
    snapshot = toWallSnapshot(loaded, scope, loaded.computedAt, isCurrentMonth, detail);
    if (process.env.NODE_ENV !== 'production') freezeDeep(snapshot);
    cut.set(key, snapshot);
  }
  return snapshot;
}

/** `{ "snapshot": … }` as UTF-8 JSON, serialised once per snapshot. */
function wallSnapshotBody(snapshot: TWallSnapshot): Uint8Array {
  let body = bodies.get(snapshot);
  if (!body) {
    body = new TextEncoder().encode(JSON.stringify({ snapshot }));
    bodies.set(snapshot, body);
  }
  return body;
}

/**
 * The API's answer with a wall snapshot, gzipped once per snapshot when the client takes
 * gzip. The custom server hands these routes their compression (src/server/hand-over-compression.ts):
 * Next.js would gzip the same 470 KB again for every request. Without it (a route called
 * directly) the answer is plain JSON. Never stored by a cache: the figures move.
 */
export async function wallSnapshotResponse(snapshot: TWallSnapshot, request: Request): Promise<Response> {
  const headers: Record<string, string> = { 'content-type': 'application/json', 'cache-control': 'no-store', vary: 'Accept-Encoding' };
  if (!acceptsGzip(request.headers.get(acceptEncodingRequestHeader))) return new Response(bytes(wallSnapshotBody(snapshot)), { headers });
  let gzipped = gzippedBodies.get(snapshot);
  if (!gzipped) {
    gzipped = compress(wallSnapshotBody(snapshot));
    gzippedBodies.set(snapshot, gzipped);
    // A failure is not kept: the next request tries again.
    gzipped.catch(() => gzippedBodies.delete(snapshot));
  }
  return new Response(bytes(await gzipped), { headers: { ...headers, [contentEncodingResponseHeader]: 'gzip' } });
}

/** The body as the Response constructor types it (it copies the bytes, so the cached ones stay intact). */
function bytes(body: Uint8Array): Uint8Array<ArrayBuffer> {
  return body as Uint8Array<ArrayBuffer>;
}

function freezeDeep(value: unknown): void {
  if (value === null || typeof value !== 'object' || Object.isFrozen(value)) return;
  Object.freeze(value);
  for (const child of Object.values(value)) freezeDeep(child);
}
