import { RateLimiterMemory, RateLimiterRedis, RateLimiterRes, type RateLimiterAbstract } from 'rate-limiter-flexible';
import { getCountingRedisClient, type RedisClient } from '@/server/redis-client';

// Requests per connection per minute, at the connection's own limit (rateLimitPerMinute).
// With REDIS_URL set the count lives in Redis, so every instance behind a balancer draws
// on one budget; without it each process counts alone. If Redis stops answering, each
// process counts in memory until it is back (rather than refuse or let everything in).
// The process's counter is kept on globalThis: route handlers run in several Next.js
// bundles.

export type WebhookAllowances = {
  /** Seconds to wait when the connection is over its limit, else 0 (and the request is counted). */
  take: (connectionId: string, perMinute: number) => Promise<number>;
  /** Forgets the limiters (tests); counts kept in Redis expire with their minute. */
  reset: () => void;
};

/** A counter on `redis` (shared by every counter with the same prefix), or in memory without it. */
export function createWebhookAllowances(options: { redis?: RedisClient; keyPrefix?: string } = {}): WebhookAllowances {
  const limiters = new Map<number, RateLimiterAbstract>();
  const prefix = options.keyPrefix ?? 'cadence-webhook';
  const limiterFor = (perMinute: number): RateLimiterAbstract => {
    let limiter = limiters.get(perMinute);
    if (!limiter) {
      const settings = { keyPrefix: `${prefix}:${perMinute}`, points: perMinute, duration: 60 };
      limiter = options.redis
        ? new RateLimiterRedis({ ...settings, storeClient: options.redis, useRedisPackage: true, insuranceLimiter: new RateLimiterMemory(settings) })
        : new RateLimiterMemory(settings);
      limiters.set(perMinute, limiter);
    }
    return limiter;
  };
  return {
    take: async (connectionId, perMinute) => {
      try {
        await limiterFor(perMinute).consume(connectionId);
        return 0;
      } catch (error) {
        if (error instanceof RateLimiterRes) return Math.max(1, Math.ceil(error.msBeforeNext / 1000));
        throw error;
      }
    },
    reset: () => limiters.clear(),
  };
}

type LimiterGlobal = typeof globalThis & { __cadenceWebhookAllowances?: WebhookAllowances };

function processAllowances(): WebhookAllowances {
  const holder = globalThis as LimiterGlobal;
  holder.__cadenceWebhookAllowances ??= createWebhookAllowances({ redis: getCountingRedisClient() });
  return holder.__cadenceWebhookAllowances;
}

/** Seconds to wait when the connection is over its limit, else 0 (and the request is counted). */
export function takeWebhookAllowance(connectionId: string, perMinute: number): Promise<number> {
  return processAllowances().take(connectionId, perMinute);
}

/** Forgets every count kept in this process (tests). */
export function resetWebhookAllowances(): void {
  processAllowances().reset();
}
