import { randomUUID } from 'node:crypto';
import { afterAll, describe, expect, it } from 'vitest';
import { createWebhookAllowances } from '@/server/webhooks/webhook-rate-limit';
import type { RedisClient } from '@/server/redis-client';
import { createClient } from 'redis';

// The per-connection webhook rate limit with REDIS_URL set: two instances (two limiters,
// each on its own Redis connection, as two processes would be) draw on one budget.

const redisUrl = process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';
const clients: RedisClient[] = [];

async function connectedClient(): Promise<RedisClient> {
  const client: RedisClient = createClient({ url: redisUrl });
  clients.push(client);
  await client.connect();
  return client;
}

afterAll(async () => {
  for (const client of clients) if (client.isOpen) await client.quit();
});

describe('the webhook rate limit across instances', () => {
  it('shares one budget per connection through Redis', async () => {
    // A prefix of this run's own, so no earlier run's counts are in the way.
    const keyPrefix = `cadence-webhook-test:${randomUUID()}`;
    const first = createWebhookAllowances({ redis: await connectedClient(), keyPrefix });
    const second = createWebhookAllowances({ redis: await connectedClient(), keyPrefix });
    const connectionId = randomUUID();
    expect(await first.take(connectionId, 3)).toBe(0);
    expect(await second.take(connectionId, 3)).toBe(0);
    expect(await first.take(connectionId, 3)).toBe(0);
    // The fourth request of the minute, whichever instance gets it, waits.
    const wait = await second.take(connectionId, 3);
    expect(wait).toBeGreaterThan(0);
    expect(wait).toBeLessThanOrEqual(60);
    expect(await first.take(connectionId, 3)).toBeGreaterThan(0);
    // Another connection has its own budget.
    expect(await second.take(randomUUID(), 3)).toBe(0);
  });

  it('counts each process alone without Redis', async () => {
    const first = createWebhookAllowances();
    const second = createWebhookAllowances();
    const connectionId = randomUUID();
    expect(await first.take(connectionId, 1)).toBe(0);
    expect(await first.take(connectionId, 1)).toBeGreaterThan(0);
    expect(await second.take(connectionId, 1)).toBe(0);
  });
});
