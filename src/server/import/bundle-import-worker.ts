import path from 'node:path';
import type { Plugin } from 'esbuild';

// Bundles the import's worker thread (import-worker.ts and the project modules it uses)
// into one plain ES module, so a worker started from it loads no TypeScript compiler:
// through tsx the thread cost about 103 MB of RSS, an empty worker 10-14 MB
// (docs/benchmarks.md). Packages from node_modules stay imports, resolved from the
// bundle's place in the project.

/**
 * Project modules are declared free of side effects, so a module the worker imports but
 * does not use is left out: the Prisma client and the database module (reached through
 * `source-mappings.ts` and `record-deal-change.ts` for one constant) would otherwise load
 * Prisma's runtime in the thread for nothing. No module under src/ does work on import.
 */
function projectModulesWithoutSideEffects(sourceDirectory: string): Plugin {
  return {
    name: 'project-modules-without-side-effects',
    setup(build) {
      build.onResolve({ filter: /^(@\/|\.)/ }, async (target) => {
        if (target.kind === 'entry-point' || target.pluginData === 'resolved') return undefined;
        const resolved = await build.resolve(target.path, { kind: target.kind, importer: target.importer, resolveDir: target.resolveDir, pluginData: 'resolved' });
        if (resolved.errors.length > 0 || !resolved.path.startsWith(sourceDirectory + path.sep)) return undefined;
        return { path: resolved.path, sideEffects: false };
      });
    },
  };
}

/** Writes the bundled worker to `outfile` (inside the project, so its packages resolve); returns the packages it imports. */
export async function bundleImportWorker(root: string, outfile: string): Promise<string[]> {
  const { build } = await import('esbuild');
  const result = await build({
    entryPoints: [path.join(root, 'src', 'server', 'import', 'import-worker.ts')],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    packages: 'external',
    tsconfig: path.join(root, 'tsconfig.json'),
    logLevel: 'warning',
    plugins: [projectModulesWithoutSideEffects(path.join(root, 'src'))],
    metafile: true,
  });
  return [...new Set(Object.values(result.metafile.outputs).flatMap((output) => output.imports.map((imported) => imported.path)))].sort();
}
