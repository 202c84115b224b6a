import { createHash } from 'node:crypto';
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { bundleImportWorker } from '@/server/import/bundle-import-worker';
import { bundledImportWorkerPath } from '@/server/import/worker-path';

// Decides whether `next build` must run before a production start: the build is
// stamped with a hash of the file names, sizes and modification times of everything
// that goes into it.

const inputs = ['src', 'public', 'next.config.mjs', 'tsconfig.json', 'package-lock.json', 'prisma/schema.prisma'];
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

/** Runs `next build` for the project, bundles the import's worker thread beside it, and stamps the result. */
export async function buildApplication(root: string): Promise<void> {
  const require = createRequire(import.meta.url);
  const nextCli = require.resolve('next/dist/bin/next');
  const result = spawnSync(process.execPath, [nextCli, 'build'], {
    cwd: root,
    stdio: 'inherit',
    env: { ...process.env, NODE_ENV: 'production', NEXT_TELEMETRY_DISABLED: '1' },
  });
  if (result.status !== 0) throw new Error('next build failed (see the output above)');
  // After next build, which empties .next/.
  await bundleImportWorker(root, bundledImportWorkerPath);
  writeFileSync(buildStampPath(root), computeBuildStamp(root));
}
