import { createServer } from 'node:http';
import next from 'next';
import type { TLSSocket } from 'node:tls';
import { attachRealtime } from '@/realtime/server';
import { checkRequest, isHttpsRequest } from '@/server/request-guard';
import { clientAddressHeader } from '@/server/auth/throttle';
import { apiRouteMethods } from '@/app/api/api-routes';
import { createMethodGuard } from '@/server/method-guard';
import { scheduleWeeklyForecast } from '@/server/forecast/weekly-forecast';
import { stopForecastWorker } from '@/server/forecast/run-in-worker';
import { baseSecurityHeaders, compressesOwnAnswer, frameAncestorsHeader, httpsRequestHeader, isTvPath, trustedRequestHeaders } from '@/server/web-headers';
import { handOverCompression } from '@/server/hand-over-compression';
import { loadTvFrameAncestors } from '@/server/wall/tv-frame-ancestors';
import { startWebhookWorker } from '@/server/webhooks/webhook-worker';

// The one Node process: Next.js and socket.io on the same HTTP server and port. This is
// the composition root: it sits above src/server and src/realtime, and attaching the
// realtime layer subscribes it to what the server announces (src/server/events.ts).

export type RunningServer = { url: string; close: () => Promise<void> };

export async function startServer(options: {
  projectRoot: string;
  port: number;
  host: string;
  isDevelopment: boolean;
  redisUrl?: string;
  /** Starts every socket.io session id (INSTANCE_ID), for a proxy that pins long-polling. */
  instanceId?: string;
  /** Believe X-Forwarded-Proto from a TLS proxy in front. */
  trustProxy?: boolean;
}): Promise<RunningServer> {
  const httpServer = createServer();
  const app = next({
    dev: options.isDevelopment,
    dir: options.projectRoot,
    hostname: options.host,
    port: options.port,
    httpServer,
    customServer: true,
  });
  const handle = app.getRequestHandler();
  await app.prepare();
  const answerWrongMethod = createMethodGuard(apiRouteMethods);

  httpServer.on('request', (request, response) => {
    // socket.io answers its own path; everything else is Next.js.
    if (request.url?.startsWith('/socket.io/')) return;
    const forwardedProto = request.headers['x-forwarded-proto'];
    const isHttps = isHttpsRequest({
      encrypted: Boolean((request.socket as TLSSocket).encrypted),
      forwardedProto: Array.isArray(forwardedProto) ? forwardedProto[0] : forwardedProto,
      trustProxy: options.trustProxy ?? false,
    });
    // What a client says about the connection counts only through a proxy we were told to
    // trust (next-auth and Next.js read these headers too); what this server decided
    // reaches src/proxy.ts and route handlers in headers it always overwrites.
    if (!options.trustProxy) {
      delete request.headers['x-forwarded-proto'];
      delete request.headers['x-forwarded-host'];
    }
    for (const name of trustedRequestHeaders) delete request.headers[name];
    if (isHttps) request.headers[httpsRequestHeader] = '1';
    const path = (request.url ?? '/').split(/[?#]/)[0]!;
    const isTvPage = isTvPath(path);
    // Every answer, including the refusals below and Next's files, carries these; a page
    // replaces the Content-Security-Policy with its own (src/proxy.ts).
    for (const [name, value] of Object.entries(baseSecurityHeaders({ path, isHttps, isFramable: isTvPage }))) response.setHeader(name, value);
    // Route handlers see the client's address only through this header, always overwritten here.
    const forwardedFor = request.headers['x-forwarded-for'];
    const forwardedAddress = (Array.isArray(forwardedFor) ? forwardedFor[0] : forwardedFor)?.split(',')[0]?.trim();
    request.headers[clientAddressHeader] =
      (options.trustProxy && forwardedAddress ? forwardedAddress : request.socket.remoteAddress) ?? 'unknown';
    const refusal = checkRequest(
      { method: request.method ?? 'GET', url: request.url ?? '/', headers: request.headers, isHttps },
      { configuredUrl: process.env.NEXTAUTH_URL },
    );
    if (refusal) {
      response.writeHead(refusal.status, { 'content-type': 'application/json', 'cache-control': 'no-store' });
      response.end(JSON.stringify({ error: { code: refusal.code, message: refusal.message } }));
      return;
    }
    // 405 with Allow for a method the route does not serve; TRACE never reaches Next.js.
    if (answerWrongMethod(request, response)) return;
    // A write's answer is a card or an error, a kilobyte or two, streamed by Next.js so
    // its size is not known in advance: gzip's set-up per response would cost more CPU
    // than the bytes it saves. Pages, assets and GET reads are still compressed.
    if (request.method !== 'GET' && request.method !== 'HEAD' && request.url?.startsWith('/api/')) {
      delete request.headers['accept-encoding'];
    }
    if (compressesOwnAnswer(request.method, path)) handOverCompression(request, response);
    if (!isTvPage) {
      void handle(request, response);
      return;
    }
    // A TV page may be framed by the signage origins an admin listed (Admin → TV links).
    void loadTvFrameAncestors().then((origins) => {
      request.headers[frameAncestorsHeader] = origins.join(' ');
      return handle(request, response);
    });
  });
  const realtime = await attachRealtime(httpServer, { redisUrl: options.redisUrl, instanceId: options.instanceId });

  await new Promise<void>((resolve, reject) => {
    httpServer.once('error', reject);
    httpServer.listen(options.port, options.host, () => resolve());
  });

  const stopWeeklyForecast = scheduleWeeklyForecast();
  // Applies webhook events queued by the receiver, and any left over from before a restart.
  // WEBHOOK_BATCH_SIZE (default 50) is a benchmarking knob: 1 applies one event per transaction.
  const webhookBatchSize = Number(process.env.WEBHOOK_BATCH_SIZE) || undefined;
  const stopWebhookWorker = startWebhookWorker({ lanes: process.env.DATABASE_URL ? 2 : 1, batchSize: webhookBatchSize });

  const shownHost = options.host === '0.0.0.0' || options.host === '::' ? 'localhost' : options.host;
  return {
    url: `http://${shownHost}:${options.port}`,
    close: async () => {
      stopWeeklyForecast();
      await stopWebhookWorker();
      await stopForecastWorker();
      await realtime.close();
      await new Promise<void>((resolve) => httpServer.close(() => resolve()));
      await app.close();
    },
  };
}
