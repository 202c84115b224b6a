import { createServer, request as httpRequest, type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { handOverCompression } from './hand-over-compression';
import { acceptEncodingRequestHeader, compressesOwnAnswer, contentEncodingResponseHeader } from './web-headers';

// A real HTTP server standing in for Next.js: it sees the request as the route would, and
// answers the way Next.js does (headers set one by one, then the body streamed).
let seen: IncomingHttpHeaders = {};
const server = createServer((request, response) => {
  handOverCompression(request, response);
  seen = { ...request.headers };
  response.setHeader('content-type', 'application/json');
  if (request.url === '/named') response.setHeader(contentEncodingResponseHeader, 'gzip');
  response.write('{}');
  response.end();
});
let origin = '';

beforeAll(async () => {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

function get(path: string, headers: Record<string, string>): Promise<IncomingHttpHeaders> {
  return new Promise((resolve, reject) => {
    httpRequest(`${origin}${path}`, { headers }, (response) => {
      response.resume();
      response.on('end', () => resolve(response.headers));
    })
      .on('error', reject)
      .end();
  });
}

describe('handing a route its own compression', () => {
  it("moves the client's Accept-Encoding to the header only the route reads", async () => {
    await get('/plain', { 'accept-encoding': 'gzip, br' });
    expect(seen['accept-encoding']).toBeUndefined();
    expect(seen[acceptEncodingRequestHeader]).toBe('gzip, br');
    await get('/plain', {});
    expect(seen[acceptEncodingRequestHeader]).toBeUndefined();
  });

  it('sends the encoding the route named as Content-Encoding, and nothing when it named none', async () => {
    const named = await get('/named', { 'accept-encoding': 'gzip' });
    expect(named['content-encoding']).toBe('gzip');
    expect(named[contentEncodingResponseHeader]).toBeUndefined();
    const plain = await get('/plain', { 'accept-encoding': 'gzip' });
    expect(plain['content-encoding']).toBeUndefined();
  });

  it('applies to the wall snapshots read with GET only', () => {
    expect(compressesOwnAnswer('GET', '/api/wall')).toBe(true);
    expect(compressesOwnAnswer('GET', '/api/tv/abc123')).toBe(true);
    expect(compressesOwnAnswer('HEAD', '/api/wall')).toBe(false);
    expect(compressesOwnAnswer('GET', '/api/wall/burn-down')).toBe(false);
    expect(compressesOwnAnswer('GET', '/api/tv/abc/extra')).toBe(false);
    expect(compressesOwnAnswer('GET', '/tv/abc123')).toBe(false);
  });
});
