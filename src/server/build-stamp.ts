import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';

// Decides whether `next build` must run before a production start: the build is
// stamped with a hash of the file names, sizes and modification times of everything
// that goes into it.

const inputs = ['src', 'public', 'next.config.ts', 'tsconfig.json', 'package-lock.json', 'prisma/schema.prisma'];
const stampFile = path.join('.next', 'cadence-build-stamp');

function collect(root: string, entry: string, hash: ReturnType<typeof createHash>): void {
  const full = path.join(root, entry);
  if (!existsSync(full)) return;
  const stat = statSync(full);
  if (stat.isDirectory()) {
    for (const child of readdirSync(full).sort()) {
      if (child.endsWith('.test.ts') || child.endsWith('.test.tsx')) continue;
      collect(root, path.join(entry, child), hash);
    }
    return;
  }
  hash.update(`${entry}\0${stat.size}\0${stat.mtimeMs}\n`);
}

export function computeBuildStamp(root: string): string {
  const hash = createHash('sha256');
  for (const entry of inputs) collect(root, entry, hash);
  return hash.digest('hex');
}

export function isBuildCurrent(root: string): boolean {
  const file = path.join(root, stampFile);
  if (!existsSync(file) || !existsSync(path.join(root, '.next', 'BUILD_ID'))) return false;
  return readFileSync(file, 'utf8').trim() === computeBuildStamp(root);
}

export function buildStampPath(root: string): string {
  return path.join(root, stampFile);
}
