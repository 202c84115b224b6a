import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

// Every page of the signed-in app shows a placeholder at once while it loads (issue #18):
// each folder with a page.tsx has its own loading.tsx. The exceptions only redirect
// (/board to the user's board, /sprints and /sprints/:team to the current sprint): with a
// placeholder streamed first, a redirect can no longer be an HTTP one, and Next.js falls
// back to a meta refresh that reloads the page a second after the router has moved on.

const appRoot = path.join(import.meta.dirname);
const withoutPlaceholder = new Set(['board', 'sprints', path.join('sprints', '[teamId]')]);

function pageFolders(folder: string): string[] {
  const entries = readdirSync(folder, { withFileTypes: true });
  const here = entries.some((entry) => entry.isFile() && entry.name === 'page.tsx') ? [folder] : [];
  return [...here, ...entries.filter((entry) => entry.isDirectory()).flatMap((entry) => pageFolders(path.join(folder, entry.name)))];
}

describe('route placeholders', () => {
  it('every page under (app) has a loading.tsx of its own', () => {
    const missing = pageFolders(appRoot)
      .map((folder) => path.relative(appRoot, folder))
      .filter((folder) => !withoutPlaceholder.has(folder) && !existsSync(path.join(appRoot, folder, 'loading.tsx')));
    expect(missing).toEqual([]);
  });
});
