import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { describeRoute } from './openapi/describe-route';
import { readParameters } from './request-parameters';

const route = describeRoute({
  path: '/api/teams/{teamId}/things',
  tag: 'Sprints',
  operations: {
    get: {
      summary: 'Things',
      description: 'Things.',
      query: z.object({ month: z.string().regex(/^\d{4}-\d{2}$/).optional(), limit: z.coerce.number().int().min(1).max(10).default(5) }),
      headers: z.object({ 'Idempotency-Key': z.string().min(8).optional() }),
      responses: {},
    },
  },
});
const context = (teamId: string) => ({ params: Promise.resolve({ teamId }) });

describe('readParameters', () => {
  it('reads path, query and headers through the documented schemas', async () => {
    const request = new Request('http://localhost/api/teams/t1/things?month=2026-11&limit=3', { headers: { 'idempotency-key': 'key-of-8+' } });
    expect(await readParameters(request, route, 'get', context('t1'))).toEqual({
      path: { teamId: 't1' },
      query: { month: '2026-11', limit: 3 },
      headers: { 'Idempotency-Key': 'key-of-8+' },
    });
  });

  it('treats an empty value as absent and takes the first of a repeated one', async () => {
    const request = new Request('http://localhost/x?month=&limit=2&limit=9');
    expect((await readParameters(request, route, 'get', context('t1'))).query).toEqual({ limit: 2 });
  });

  it('refuses what the document refuses, naming the parameter', async () => {
    for (const [url, headers, field] of [
      ['http://localhost/x?month=2026-1', {}, 'month'],
      ['http://localhost/x?limit=ten', {}, 'limit'],
      ['http://localhost/x', { 'idempotency-key': 'short' }, 'Idempotency-Key'],
    ] as const) {
      const error = await readParameters(new Request(url, { headers }), route, 'get', context('t1')).catch((caught: unknown) => caught);
      expect(error, url).toBeInstanceOf(z.ZodError);
      expect((error as z.ZodError).issues[0]!.path).toEqual([field]);
    }
    await expect(readParameters(new Request('http://localhost/x'), route, 'get', context(''))).rejects.toBeInstanceOf(z.ZodError);
  });
});

// Every route reads its parameters through its own documentation: readParameters, or a use
// case that parses the raw query with the very schema openapi.ts names. None reads the
// query string or a documented header by hand.
it('no API route reads query parameters or headers by hand', () => {
  const root = path.resolve(import.meta.dirname, '../app/api');
  const files = (readdirSync(root, { recursive: true }) as string[]).filter((file) => file.endsWith('route.ts')).map((file) => path.join(root, file));
  files.push(path.resolve(import.meta.dirname, 'board/board-route.ts'), path.resolve(import.meta.dirname, 'board/deal-route-handlers.ts'));
  const offenders = files.filter((file) => /searchParams|\.headers\.get\(\s*'(?!authorization|content-type|cookie)/i.test(readFileSync(file, 'utf8').replace(/ZIdempotencyKeyHeaders\.parse\(\{[^}]*\}\)/g, '')));
  expect(offenders.map((file) => path.relative(root, file))).toEqual([]);
});
