import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { apiOperations, buildOpenApiDocument } from './openapi';

const apiDirectory = path.resolve(import.meta.dirname, '../app/api');

function routeFileFor(apiPath: string): string {
  const segments = apiPath.replace(/^\/api\/?/, '').split('/').filter(Boolean);
  return path.join(apiDirectory, ...segments.map((segment) => segment.replace(/^\{(\w+)\}$/, '[$1]')), 'route.ts');
}

describe('the OpenAPI document', () => {
  const document = buildOpenApiDocument() as { openapi: string; paths: Record<string, Record<string, { requestBody?: unknown }>> };

  it('is OpenAPI 3.1 with request bodies generated from the zod schemas', () => {
    expect(document.openapi).toBe('3.1.0');
    const move = document.paths['/api/deals/{dealId}/move']?.post?.requestBody as {
      content: { 'application/json': { schema: { required: string[]; properties: Record<string, unknown> } } };
    };
    expect(move.content['application/json'].schema.required).toEqual(expect.arrayContaining(['version', 'stage']));
    expect(Object.keys(move.content['application/json'].schema.properties)).toEqual(
      expect.arrayContaining(['afterDealId', 'beforeDealId', 'ownerId', 'idempotencyKey']),
    );
  });

  it('lists only operations that a route handler really exports', () => {
    for (const operation of apiOperations) {
      const file = routeFileFor(operation.path);
      expect(existsSync(file), `${operation.path} has no route file`).toBe(true);
      const source = readFileSync(file, 'utf8');
      expect(source, `${operation.method.toUpperCase()} ${operation.path}`).toMatch(
        new RegExp(`export (const|async function|function) ${operation.method.toUpperCase()}\\b`),
      );
    }
  });

  it('lists every JSON API route the app serves', () => {
    const documented = new Set(apiOperations.map((operation) => routeFileFor(operation.path)));
    const routes = (readdirSync(apiDirectory, { recursive: true }) as string[])
      .filter((file) => file.endsWith('route.ts'))
      .map((file) => path.join(apiDirectory, file))
      .filter((file) => !file.includes(`${path.sep}auth${path.sep}`) && !file.includes('openapi.json'));
    for (const route of routes) expect(documented.has(route), `${route} is missing from the OpenAPI document`).toBe(true);
  });
});
