import { createClient } from 'redis';

// The process's one Redis client for counting (the guessing throttles and the webhook
// rate limits), opened on first use when REDIS_URL is set; undefined without it. Kept on
// globalThis: route handlers run in several Next.js bundles, which must share it. The
// realtime layer keeps its own clients (a subscriber connection cannot run commands).

function createPlainClient(url: string) {
  return createClient({ url });
}

export type RedisClient = ReturnType<typeof createPlainClient>;

type RedisGlobal = typeof globalThis & { __cadenceCountingRedis?: { client: RedisClient | undefined } };

/** Connects a client to `url` in the background; errors are reported, never thrown (callers fall back to memory). */
export function openRedisClient(url: string, purpose: string): RedisClient {
  const client = createPlainClient(url);
  client.on('error', (error: unknown) => console.warn(`redis (${purpose}): ${String(error)}`));
  void client.connect().catch(() => undefined);
  return client;
}

/** The shared client, or undefined when REDIS_URL is not set. */
export function getCountingRedisClient(): RedisClient | undefined {
  const holder = globalThis as RedisGlobal;
  if (!holder.__cadenceCountingRedis) {
    const url = process.env.REDIS_URL || undefined;
    holder.__cadenceCountingRedis = { client: url ? openRedisClient(url, 'counting') : undefined };
  }
  return holder.__cadenceCountingRedis.client;
}
