// Plain JavaScript, not next.config.ts: Next.js compiles a TypeScript config with its native
// SWC binding, which then stays loaded in the server's process (decision 023's amendment).
/** @type {import('next').NextConfig} */
const nextConfig = {
  // PGlite loads its WebAssembly and data files from its own package directory, so it
  // must be required at run time rather than bundled. The Prisma adapters follow it.
  serverExternalPackages: [
    '@electric-sql/pglite',
    'pglite-prisma-adapter',
    '@prisma/adapter-pg',
    'pg',
    // The throttles' limiter (its optional stores require packages we do not install) and Redis.
    'rate-limiter-flexible',
    'redis',
    // The forecast worker thread registers tsx (and so esbuild's binary) at run time.
    'tsx',
    'esbuild',
  ],
  poweredByHeader: false,
  // `npm test` type-checks the whole project (tsc --noEmit), including the server and
  // CLI code Next.js never sees, so the build does not repeat it.
  typescript: { ignoreBuildErrors: true },
  typedRoutes: false,
};

export default nextConfig;
