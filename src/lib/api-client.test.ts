import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { AppError } from '@/server/errors';
import { errorResponse } from '@/server/http';
import { ApiError, messageOf, request } from './api-client';

// The browser's client reads back exactly what the server's one error mapping writes: both
// go through ZApiErrorBody (src/schemas/api-error.ts).

describe('ApiError.fromResponse', () => {
  it('rebuilds a refusal with its code, message and details', async () => {
    const error = await ApiError.fromResponse(errorResponse(new AppError('CONFLICT', 'Dana moved it first.', { deal: { id: 'd1' } })));
    expect(error).toBeInstanceOf(ApiError);
    expect(error.status).toBe(409);
    expect(error.code).toBe('CONFLICT');
    expect(error.message).toBe('Dana moved it first.');
    expect(error.details).toEqual({ deal: { id: 'd1' } });
    expect(messageOf(error)).toBe('Dana moved it first.');
  });

  it('keeps the field issues of a refused input, and points the form at them', async () => {
    const parsed = z.object({ name: z.string().min(1, 'Give it a name') }).safeParse({ name: '' });
    const error = await ApiError.fromResponse(errorResponse(parsed.error));
    expect(error.code).toBe('BAD_REQUEST');
    expect(error.issues).toEqual([{ path: 'name', message: 'Give it a name' }]);
    expect(messageOf(error)).toBe('Check the highlighted fields.');
  });

  it('explains an answer that is not an error body by its status', async () => {
    const gateway = await ApiError.fromResponse(new Response('<html>Bad gateway</html>', { status: 502 }));
    expect(gateway.code).toBe('INTERNAL');
    expect(gateway.message).toBe('Cadence answered 502. Try again.');
    const signedOut = await ApiError.fromResponse(new Response('', { status: 401 }));
    expect(signedOut.code).toBe('UNAUTHORIZED');
    expect(signedOut.message).toBe('Your session has ended. Sign in again.');
    const unknownCode = await ApiError.fromResponse(Response.json({ error: { code: 'TEAPOT', message: 'no' } }, { status: 418 }));
    expect(unknownCode.code).toBe('INTERNAL');
  });
});

describe('request', () => {
  let server: Server;
  let baseUrl: string;
  const seen: { method: string; body: string; contentType: string | undefined }[] = [];

  beforeAll(async () => {
    server = createServer((incoming, outgoing) => {
      let body = '';
      incoming.on('data', (chunk: Buffer) => (body += chunk.toString()));
      incoming.on('end', () => {
        seen.push({ method: incoming.method ?? '', body, contentType: incoming.headers['content-type'] });
        outgoing.setHeader('content-type', 'application/json');
        if (incoming.url === '/ok') return outgoing.end(JSON.stringify({ name: 'Ada', extra: true }));
        if (incoming.url === '/odd') return outgoing.end(JSON.stringify({ nom: 'Ada' }));
        if (incoming.url === '/empty') return outgoing.end('');
        outgoing.statusCode = 422;
        outgoing.end(JSON.stringify({ error: { code: 'UNPROCESSABLE', message: 'That month has ended.' } }));
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });

  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  it('sends JSON and parses the reply with the contract schema (given or loaded)', async () => {
    const schema = z.object({ name: z.string() });
    await expect(request('POST', `${baseUrl}/ok`, { body: { a: 1 }, reply: schema })).resolves.toEqual({ name: 'Ada' });
    expect(seen.at(-1)).toEqual({ method: 'POST', body: '{"a":1}', contentType: 'application/json' });
    await expect(request('GET', `${baseUrl}/ok`, { reply: async () => schema })).resolves.toEqual({ name: 'Ada' });
    await expect(request('DELETE', `${baseUrl}/empty`)).resolves.toBeUndefined();
  });

  it('turns a refusal, a reply it does not understand and an unreachable server into ApiError', async () => {
    await expect(request('PUT', `${baseUrl}/refuse`, { body: {} })).rejects.toMatchObject({ code: 'UNPROCESSABLE', status: 422, message: 'That month has ended.' });
    const warn = console.warn;
    console.warn = () => undefined;
    try {
      await expect(request('GET', `${baseUrl}/odd`, { reply: z.object({ name: z.string() }) })).rejects.toMatchObject({ code: 'INTERNAL' });
    } finally {
      console.warn = warn;
    }
    await expect(request('GET', 'http://127.0.0.1:9/nothing-listens-here')).rejects.toMatchObject({ code: 'NETWORK', status: 0 });
  });
});
