// One Cadence process for the webhook crash test (tests/integration/webhook-crash.test.ts),
// run with tsx: the real receiver route and the real queue worker (the one src/main.ts
// starts) on one HTTP server, without Next.js, so that the test needs no production build.
// With WEBHOOK_WORKER=off it only receives, so the test can kill it between the answer and
// the work. It prints "listening <port>" once it serves. Environment: DATABASE_URL,
// NEXTAUTH_SECRET, WEBHOOK_WORKER.
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { installDatabase, openDatabase } from '@/server/db';
import * as receiverRoute from '@/app/api/integrations/[connectionId]/webhook/route';
import { startWebhookWorker } from '@/server/webhooks/webhook-worker';

installDatabase(openDatabase({ kind: 'postgres', url: process.env.DATABASE_URL ?? '' }));

const server = createServer((request, response) => {
  const match = /^\/api\/integrations\/([^/?]+)\/webhook(?:\?.*)?$/.exec(request.url ?? '');
  if (request.method !== 'POST' || !match) {
    response.writeHead(404).end();
    return;
  }
  const chunks: Buffer[] = [];
  request.on('data', (chunk: Buffer) => chunks.push(chunk));
  request.on('end', () => {
    const headers = new Headers();
    for (const [name, value] of Object.entries(request.headers)) if (typeof value === 'string') headers.set(name, value);
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}${request.url}`;
    void receiverRoute
      .POST(new Request(url, { method: 'POST', headers, body: Buffer.concat(chunks) }), { params: Promise.resolve({ connectionId: decodeURIComponent(match[1]!) }) })
      .then(async (answer) => {
        response.writeHead(answer.status, { 'content-type': answer.headers.get('content-type') ?? 'application/json' });
        response.end(await answer.text());
      });
  });
});

if (process.env.WEBHOOK_WORKER !== 'off') startWebhookWorker({ lanes: 2 });
server.listen(0, '127.0.0.1', () => console.log(`listening ${(server.address() as AddressInfo).port}`));
