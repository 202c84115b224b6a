import { RateLimiterMemory, RateLimiterRes } from 'rate-limiter-flexible';

// Requests per connection per minute, counted in this process (each instance counts its
// own; a load balancer spreading one sender over N instances lets N times through). The
// limit is the connection's own (rateLimitPerMinute). Kept on globalThis: route handlers
// run in several Next.js bundles.

type LimiterGlobal = typeof globalThis & { __cadenceWebhookLimiters?: Map<number, RateLimiterMemory> };

function limiterFor(perMinute: number): RateLimiterMemory {
  const holder = globalThis as LimiterGlobal;
  holder.__cadenceWebhookLimiters ??= new Map();
  let limiter = holder.__cadenceWebhookLimiters.get(perMinute);
  if (!limiter) {
    limiter = new RateLimiterMemory({ keyPrefix: `cadence-webhook-${perMinute}`, points: perMinute, duration: 60 });
    holder.__cadenceWebhookLimiters.set(perMinute, limiter);
  }
  return limiter;
}

/** Seconds to wait when the connection is over its limit, else 0 (and the request is counted). */
export async function takeWebhookAllowance(connectionId: string, perMinute: number): Promise<number> {
  try {
    await limiterFor(perMinute).consume(connectionId);
    return 0;
  } catch (error) {
    if (error instanceof RateLimiterRes) return Math.max(1, Math.ceil(error.msBeforeNext / 1000));
    throw error;
  }
}

/** Forgets every count (tests). */
export function resetWebhookAllowances(): void {
  (globalThis as LimiterGlobal).__cadenceWebhookLimiters?.clear();
}
