// One Cadence instance for the two-instance test (tests/integration/two-instances.test.ts),
// run as a process of its own with tsx: the realtime layer (socket.io with the Redis
// adapter, the wall publisher) and the real close route on one HTTP server, without
// Next.js, so that the test needs no production build. It prints "listening <port>" once
// it serves. Environment: DATABASE_URL, REDIS_URL, NEXTAUTH_SECRET.
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { installDatabase, openDatabase } from '@/server/db';
import { attachRealtime } from '@/realtime/server';
import * as closeRoute from '@/app/api/deals/[dealId]/close/route';

installDatabase(openDatabase({ kind: 'postgres', url: process.env.DATABASE_URL ?? '' }));

const server = createServer((request, response) => {
  const match = /^\/api\/deals\/([^/]+)\/close$/.exec(request.url ?? '');
  if (request.url?.startsWith('/socket.io/')) return;
  if (request.method !== 'POST' || !match) {
    response.writeHead(404).end();
    return;
  }
  const chunks: Buffer[] = [];
  request.on('data', (chunk: Buffer) => chunks.push(chunk));
  request.on('end', () => {
    const headers = new Headers();
    for (const [name, value] of Object.entries(request.headers)) if (typeof value === 'string') headers.set(name, value);
    void closeRoute
      .POST(new Request(`http://127.0.0.1${request.url}`, { method: 'POST', headers, body: Buffer.concat(chunks) }), {
        params: Promise.resolve({ dealId: decodeURIComponent(match[1]!) }),
      })
      .then(async (answer) => {
        response.writeHead(answer.status, { 'content-type': 'application/json' });
        response.end(await answer.text());
      });
  });
});

await attachRealtime(server, { redisUrl: process.env.REDIS_URL });
server.listen(0, '127.0.0.1', () => console.log(`listening ${(server.address() as AddressInfo).port}`));
