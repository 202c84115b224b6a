import { readdirSync, readFileSync, existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

// No module in src imports itself back through others (type-only imports included):
// a cycle is how layers start to leak into each other (docs/code-style.md). And the
// server never imports the realtime layer: it announces through src/server/events.ts.

const sourceRoot = path.dirname(fileURLToPath(import.meta.url));
const extensions = ['.ts', '.tsx'];

function listSourceFiles(directory: string): string[] {
  return readdirSync(directory, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(directory, entry.name);
    if (entry.isDirectory()) return entry.name === 'generated' ? [] : listSourceFiles(full);
    return extensions.some((extension) => entry.name.endsWith(extension)) && !/\.test\.tsx?$/.test(entry.name) ? [full] : [];
  });
}

function resolveImport(from: string, specifier: string): string | null {
  let base: string;
  if (specifier.startsWith('@/')) base = path.join(sourceRoot, specifier.slice(2));
  else if (specifier.startsWith('.')) base = path.resolve(path.dirname(from), specifier);
  else return null;
  for (const candidate of [base, ...extensions.map((extension) => base + extension), ...extensions.map((extension) => path.join(base, `index${extension}`))]) {
    if (existsSync(candidate) && extensions.some((extension) => candidate.endsWith(extension))) return candidate;
  }
  return null;
}

const importPattern = /(?:^|\n)\s*(?:import|export)\s[^'"]*?from\s+['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/g;

function readImports(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  const found: string[] = [];
  for (const match of text.matchAll(importPattern)) {
    const resolved = resolveImport(file, match[1] ?? match[2] ?? '');
    if (resolved) found.push(resolved);
  }
  return found;
}

function findCycles(graph: Map<string, string[]>): string[][] {
  const cycles: string[][] = [];
  const state = new Map<string, 'visiting' | 'done'>();
  const stack: string[] = [];
  const visit = (file: string) => {
    state.set(file, 'visiting');
    stack.push(file);
    for (const next of graph.get(file) ?? []) {
      if (state.get(next) === 'visiting') cycles.push([...stack.slice(stack.indexOf(next)), next]);
      else if (!state.has(next)) visit(next);
    }
    stack.pop();
    state.set(file, 'done');
  };
  for (const file of graph.keys()) if (!state.has(file)) visit(file);
  return cycles;
}

const graph = new Map(listSourceFiles(sourceRoot).map((file) => [file, readImports(file)]));
const shown = (file: string) => path.relative(sourceRoot, file);

describe('imports in src', () => {
  it('form no cycle', () => {
    expect(findCycles(graph).map((cycle) => cycle.map(shown).join(' → '))).toEqual([]);
  });

  it('never go from the server to the realtime layer', () => {
    const realtime = path.join(sourceRoot, 'realtime') + path.sep;
    const server = path.join(sourceRoot, 'server') + path.sep;
    const leaks = [...graph].flatMap(([file, imports]) =>
      file.startsWith(server) ? imports.filter((target) => target.startsWith(realtime)).map((target) => `${shown(file)} → ${shown(target)}`) : [],
    );
    expect(leaks).toEqual([]);
  });

  it('see the imports they are checking (the walk itself works)', () => {
    expect(graph.get(path.join(sourceRoot, 'realtime', 'server.ts'))).toContain(path.join(sourceRoot, 'server', 'events.ts'));
  });
});
