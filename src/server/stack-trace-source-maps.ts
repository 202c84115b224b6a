/**
 * `npm start` runs through tsx, which turns on Node's source maps for the whole process.
 * Node then reads, parses and keeps the source map of every module the server loads,
 * Next.js's own files and the build's chunks included (about 45 MB of heap held for good
 * at start, more as pages load). The production server turns them off before it loads
 * Next.js, unless the operator asked for them (`--enable-source-maps`, on the command
 * line or in NODE_OPTIONS); stack traces then name the compiled files' lines. Development
 * keeps them (docs/decisions/023, amendment of 2026-12-04).
 */
export function wantsStackTraceSourceMaps(options: { isDevelopment: boolean; execArgv: readonly string[]; nodeOptions: string | undefined }): boolean {
  if (options.isDevelopment) return true;
  const asked = (argument: string) => argument === '--enable-source-maps';
  return options.execArgv.some(asked) || (options.nodeOptions ?? '').split(/\s+/).some(asked);
}

/** Turns Node's source maps off in this process when they are not wanted; says whether it did. */
export function limitStackTraceSourceMaps(isDevelopment: boolean): boolean {
  if (wantsStackTraceSourceMaps({ isDevelopment, execArgv: process.execArgv, nodeOptions: process.env.NODE_OPTIONS })) return false;
  process.setSourceMapsEnabled(false);
  return true;
}
