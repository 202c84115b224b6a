import { readFile } from 'node:fs/promises';
import path from 'node:path';

export const dynamic = 'force-dynamic';

// GET /api/docs/redoc.standalone.js — Redoc's browser bundle (Redoc 3, an ES module), served
// from the copy Redocly CLI ships (the same one its build-docs command inlines), so the
// reference needs no CDN. The CLI is pinned in package.json; an e2e test opens /api/docs.
const bundlePath = path.join(process.cwd(), 'node_modules', '@redocly', 'cli', 'lib', 'chunks', 'redoc.standalone.js');
let bundle: Promise<string> | undefined;

export async function GET(): Promise<Response> {
  bundle ??= readFile(bundlePath, 'utf8');
  try {
    return new Response(await bundle, {
      headers: { 'content-type': 'text/javascript; charset=utf-8', 'cache-control': 'public, max-age=3600' },
    });
  } catch {
    bundle = undefined;
    return Response.json(
      { error: { code: 'UNAVAILABLE', message: 'The API reference renderer is not installed (npm ci installs @redocly/cli).' } },
      { status: 503 },
    );
  }
}
