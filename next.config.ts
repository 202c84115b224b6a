import type { NextConfig } from 'next';

const nextConfig: NextConfig = {
  // PGlite loads its WebAssembly and data files from its own package directory, so it
  // must be required at run time rather than bundled. The Prisma adapters follow it.
  serverExternalPackages: [
    '@electric-sql/pglite',
    'pglite-prisma-adapter',
    '@prisma/adapter-pg',
    'pg',
    // The forecast's worker thread registers tsx (src/server/forecast/simulation-worker.mjs):
    // required at run time, so the build does not trace into tsx and esbuild's binary.
    'tsx',
  ],
  poweredByHeader: false,
  // `npm test` type-checks the whole project (tsc --noEmit), including the server and
  // CLI code Next.js never sees, so the build does not repeat it.
  typescript: { ignoreBuildErrors: true },
  typedRoutes: false,
};

export default nextConfig;
