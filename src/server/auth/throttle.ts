import { RateLimiterMemory, RateLimiterRedis, RateLimiterRes, type RateLimiterAbstract } from 'rate-limiter-flexible';
import { AppError } from '@/server/errors';
import { getCountingRedisClient, type RedisClient } from '@/server/redis-client';

// Throttles guessing: wrong passwords at sign-in and at a password change, set-password
// links and API tokens that do not exist. Failures are counted per account (or link)
// and per client address; past the limit the caller waits, answered 429 with
// Retry-After. In memory by default; in Redis when REDIS_URL is set, so every instance
// counts together. A right password clears the account's count, so a user who has
// waited gets in at once. Unknown and known emails are counted and answered alike.
//
// Route handlers run in several Next.js bundles: the limiters live on globalThis, so
// there is one count per process (or per Redis), not one per bundle.

export type ThrottleName = 'sign-in-account' | 'sign-in-address' | 'password-link' | 'api-token' | 'tv-pairing-code' | 'tv-pairing-start';

/** Failures allowed in the window, the window and how long a caller then waits (seconds). */
export const throttleLimits: Record<ThrottleName, { points: number; duration: number; blockDuration: number }> = {
  'sign-in-account': { points: 10, duration: 15 * 60, blockDuration: 15 * 60 },
  'sign-in-address': { points: 50, duration: 15 * 60, blockDuration: 15 * 60 },
  'password-link': { points: 20, duration: 15 * 60, blockDuration: 15 * 60 },
  'api-token': { points: 30, duration: 5 * 60, blockDuration: 5 * 60 },
  /** Wrong screen codes, per user and per address: a million codes, ten guesses. */
  'tv-pairing-code': { points: 10, duration: 10 * 60, blockDuration: 10 * 60 },
  /** Screens asking for a code, per address (each start counts). */
  'tv-pairing-start': { points: 30, duration: 10 * 60, blockDuration: 10 * 60 },
};

type Throttles = { limiters: Map<ThrottleName, RateLimiterAbstract>; redis?: RedisClient };
type ThrottleGlobal = typeof globalThis & { __cadenceThrottles?: Throttles };

function throttles(): Throttles {
  const state = globalThis as ThrottleGlobal;
  if (!state.__cadenceThrottles) {
    state.__cadenceThrottles = { limiters: new Map(), redis: getCountingRedisClient() };
  }
  return state.__cadenceThrottles;
}

function limiter(name: ThrottleName): RateLimiterAbstract {
  const state = throttles();
  let found = state.limiters.get(name);
  if (!found) {
    const options = { keyPrefix: `cadence-throttle:${name}`, ...throttleLimits[name] };
    found = state.redis
      ? new RateLimiterRedis({
          ...options,
          storeClient: state.redis,
          useRedisPackage: true,
          // Redis down: count in memory rather than let guessing through or lock everyone out.
          insuranceLimiter: new RateLimiterMemory(options),
        })
      : new RateLimiterMemory(options);
    state.limiters.set(name, found);
  }
  return found;
}

export type ThrottleKey = { name: ThrottleName; key: string };

/** Seconds to wait before trying again, or 0 when none of the keys is held back. */
export async function secondsToWait(keys: readonly ThrottleKey[]): Promise<number> {
  let wait = 0;
  for (const { name, key } of keys) {
    const state = await limiter(name).get(key);
    if (state && state.consumedPoints >= throttleLimits[name].points) wait = Math.max(wait, Math.ceil(state.msBeforeNext / 1000));
  }
  return wait;
}

/** Counts a failed attempt against every key. */
export async function recordFailure(keys: readonly ThrottleKey[]): Promise<void> {
  for (const { name, key } of keys) {
    try {
      await limiter(name).consume(key);
    } catch (error) {
      // Over the limit: the limiter now holds the key back; anything else is a real error.
      if (!(error instanceof RateLimiterRes)) throw error;
    }
  }
}

/** Forgets the failures counted against a key (a right password). */
export async function clearFailures(key: ThrottleKey): Promise<void> {
  await limiter(key.name).delete(key.key);
}

/** Refuses with 429 (and Retry-After) while any of the keys is held back. */
export async function assertNotThrottled(keys: readonly ThrottleKey[]): Promise<void> {
  const wait = await secondsToWait(keys);
  if (wait > 0) throw throttledError(wait);
}

export function throttledError(seconds: number): AppError {
  return new AppError('TOO_MANY_REQUESTS', `Too many attempts. Try again in ${describeWait(seconds)}.`, { retryAfterSeconds: seconds });
}

function describeWait(seconds: number): string {
  if (seconds < 90) return `${seconds} second${seconds === 1 ? '' : 's'}`;
  return `${Math.ceil(seconds / 60)} minutes`;
}

/** The header the custom server sets to the client's address (it always overwrites it). */
export const clientAddressHeader = 'x-cadence-client-address';

/** The client's address as the custom server saw it; 'unknown' outside it (tests calling handlers). */
export function clientAddress(request: Request): string {
  return request.headers.get(clientAddressHeader) ?? 'unknown';
}

/** Forgets every count (tests). */
export function resetThrottles(): void {
  throttles().limiters.clear();
}
