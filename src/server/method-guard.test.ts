import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiRouteMethods } from '@/app/api/api-routes';
import { createMethodGuard } from './method-guard';

// A real HTTP server with the guard in front of a stand-in for Next.js that answers 200.
let server: Server;
let base: string;

beforeAll(async () => {
  const guard = createMethodGuard(apiRouteMethods);
  server = createServer((request, response) => {
    if (guard(request, response)) return;
    response.writeHead(200, { 'content-type': 'text/plain' });
    response.end('next');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

describe('the method guard', () => {
  it('answers a method the route does not serve with 405, an Allow header and an ErrorBody', async () => {
    const response = await fetch(`${base}/api/deals/abc/move`, { method: 'PUT', body: '{}' });
    expect(response.status).toBe(405);
    expect(response.headers.get('allow')).toBe('POST, OPTIONS');
    expect(await response.json()).toMatchObject({ error: { code: 'METHOD_NOT_ALLOWED' } });
    const deal = await fetch(`${base}/api/deals/abc`, { method: 'POST' });
    expect(deal.status).toBe(405);
    expect(deal.headers.get('allow')).toBe('GET, PATCH, DELETE, HEAD, OPTIONS');
  });

  it('refuses TRACE on every path, API or page, without passing it on', async () => {
    for (const path of ['/api/me', '/api/nothing-here', '/board', '/']) {
      const response = await fetch(`${base}${path}`, { method: 'TRACE' }).catch(() => null);
      // undici refuses to send TRACE; speak HTTP directly instead.
      if (response) expect(response.status).toBe(405);
    }
    const raw = await new Promise<string>((resolve, reject) => {
      import('node:net').then(({ connect }) => {
        const socket = connect((server.address() as AddressInfo).port, '127.0.0.1', () => {
          socket.write('TRACE /api/me HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n');
        });
        let text = '';
        socket.on('data', (chunk) => (text += chunk.toString()));
        socket.on('end', () => resolve(text));
        socket.on('error', reject);
      }, reject);
    });
    expect(raw).toMatch(/^HTTP\/1\.1 405/);
    expect(raw.toLowerCase()).toContain('allow: get, head, options');
  });

  it('lets served methods, HEAD and OPTIONS, pages and unknown API paths through', async () => {
    expect((await fetch(`${base}/api/me`)).status).toBe(200);
    expect((await fetch(`${base}/api/me`, { method: 'HEAD' })).status).toBe(200);
    expect((await fetch(`${base}/api/me`, { method: 'OPTIONS' })).status).toBe(200);
    expect((await fetch(`${base}/api/auth/callback/credentials`, { method: 'POST' })).status).toBe(200);
    expect((await fetch(`${base}/api/nothing-here`, { method: 'DELETE' })).status).toBe(200);
    expect((await fetch(`${base}/board`, { method: 'POST' })).status).toBe(200);
  });
});
