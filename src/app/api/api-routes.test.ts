import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { httpMethods } from '@/server/openapi/describe-route';
import { apiRoutes } from './api-routes';
import { getOpenApiDocument } from './openapi-document';

// The OpenAPI document is the contract: every route under src/app/api describes itself in
// the openapi.ts beside its route.ts, and the two must agree on path and methods.

const apiDirectory = import.meta.dirname;
/** Routes that are not part of the JSON API: NextAuth's own, and the document and its reader. */
const undocumented = [`${path.sep}auth${path.sep}`, `${path.sep}openapi.json${path.sep}`, `${path.sep}docs${path.sep}`];

function folderOf(apiPath: string): string {
  const segments = apiPath.replace(/^\/api\/?/, '').split('/').filter(Boolean);
  return path.join(apiDirectory, ...segments.map((segment) => segment.replace(/^\{(\w+)\}$/, '[$1]')));
}

function exportedMethods(routeFile: string): string[] {
  const source = readFileSync(routeFile, 'utf8');
  return httpMethods.filter((method) => new RegExp(`export (const|async function|function) ${method.toUpperCase()}\\b`).test(source));
}

const routeFiles = (readdirSync(apiDirectory, { recursive: true }) as string[])
  .filter((file) => path.basename(file) === 'route.ts')
  .map((file) => path.join(apiDirectory, file))
  .filter((file) => !undocumented.some((part) => file.includes(part)));

describe('the OpenAPI document', () => {
  const document = getOpenApiDocument();

  it('is OpenAPI 3.1 with shared components for deals, boards, walls and errors', () => {
    expect(document.openapi).toBe('3.1.0');
    expect(Object.keys(document.components?.schemas ?? {})).toEqual(
      expect.arrayContaining(['DealCard', 'DealChange', 'DealResult', 'Board', 'WallSnapshot', 'ErrorBody', 'SessionUser']),
    );
    const move = document.paths?.['/api/deals/{dealId}/move']?.post;
    expect(JSON.stringify(move?.responses?.['200'])).toContain('#/components/schemas/DealResult');
    expect(JSON.stringify(move?.responses?.['409'])).toContain('#/components/schemas/ErrorBody');
  });

  it('has an openapi.ts beside every JSON API route, listed in api-routes.ts', () => {
    const listed = new Set(apiRoutes.map((route) => folderOf(route.path)));
    for (const routeFile of routeFiles) {
      const folder = path.dirname(routeFile);
      expect(existsSync(path.join(folder, 'openapi.ts')), `${path.relative(apiDirectory, folder)} has no openapi.ts beside its route.ts`).toBe(true);
      expect(listed.has(folder), `${path.relative(apiDirectory, folder)}/openapi.ts is not listed in src/app/api/api-routes.ts`).toBe(true);
    }
  });

  it('describes exactly the methods each route exports, at the path of its folder', () => {
    expect(new Set(apiRoutes.map((route) => route.path)).size, 'a path is described twice').toBe(apiRoutes.length);
    for (const route of apiRoutes) {
      const routeFile = path.join(folderOf(route.path), 'route.ts');
      expect(existsSync(routeFile), `${route.path} is described but has no route.ts at ${path.relative(apiDirectory, routeFile)}`).toBe(true);
      expect(Object.keys(route.operations).sort(), `methods of ${route.path}`).toEqual(exportedMethods(routeFile).sort());
    }
  });

  it('gives every operation a summary, a description, a tag and an error answer', () => {
    for (const [apiPath, item] of Object.entries(document.paths ?? {})) {
      for (const method of httpMethods) {
        const operation = item[method];
        if (!operation) continue;
        const name = `${method.toUpperCase()} ${apiPath}`;
        expect(operation.summary, name).toBeTruthy();
        expect(operation.description?.length ?? 0, name).toBeGreaterThan(20);
        expect(operation.tags, name).toHaveLength(1);
        expect(Object.keys(operation.responses ?? {}), name).toContain('503');
      }
    }
  });
});
