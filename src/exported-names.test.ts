import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

// Names say which thing they are (docs/code-style.md): no two modules of src export a
// value under the same name (the browser's API call and the server's use case, or two
// domain modules, get names that tell them apart), and only React hooks are named use….

const sourceRoot = path.dirname(fileURLToPath(import.meta.url));

/** Names Next.js and the OpenAPI assembly look for in every route, page and layout. */
const conventionalExports = new Set([
  'GET', 'POST', 'PUT', 'PATCH', 'DELETE', 'HEAD', 'OPTIONS',
  'dynamic', 'runtime', 'revalidate', 'metadata', 'generateMetadata', 'viewport', 'documentation',
]);

function listSourceFiles(directory: string): string[] {
  return readdirSync(directory, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(directory, entry.name);
    if (entry.isDirectory()) return entry.name === 'generated' ? [] : listSourceFiles(full);
    return /\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name) && !entry.name.endsWith('.d.ts') ? [full] : [];
  });
}

const exportPattern = /^export (?:async )?(?:function\*? |const |let |class )(\w+)/gm;

function readExports(): { file: string; name: string; text: string; index: number }[] {
  return listSourceFiles(sourceRoot).flatMap((file) => {
    const text = readFileSync(file, 'utf8');
    return [...text.matchAll(exportPattern)].map((match) => ({ file: path.relative(sourceRoot, file), name: match[1]!, text, index: match.index }));
  });
}

describe('exported names', () => {
  const exported = readExports();

  it('finds the exports it checks', () => {
    expect(exported.length).toBeGreaterThan(500);
  });

  it('gives every exported value one home', () => {
    const homes = new Map<string, string[]>();
    for (const { file, name } of exported) {
      if (conventionalExports.has(name)) continue;
      homes.set(name, [...(homes.get(name) ?? []), file]);
    }
    const shared = [...homes].filter(([, files]) => files.length > 1).map(([name, files]) => `${name}: ${files.join(', ')}`);
    expect(shared).toEqual([]);
  });

  it('names only hooks use…', () => {
    const notHooks = exported
      .filter(({ name }) => /^use[A-Z]/.test(name))
      .filter(({ text, index }) => {
        const next = text.indexOf('\nexport ', index + 1);
        const body = text.slice(text.indexOf('{', index), next === -1 ? undefined : next);
        // A hook calls another hook (React's own or ours) somewhere in its body.
        return !/\buse[A-Z]\w*\s*[<(]|\buse\(/.test(body);
      })
      .map(({ file, name }) => `${name} in ${file}`);
    expect(notHooks).toEqual([]);
  });
});
