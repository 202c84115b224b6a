// Generates the Prisma client into src/generated/prisma (run by `npm install`).
// `prisma generate` never runs the schema engine, but it tries to download the native
// binary unless one is named; the network may be closed, so it is pointed at Node
// itself. Migrations use the WebAssembly engine instead (src/server/migrations.ts).
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const prismaCli = require.resolve('prisma/build/index.js');
const result = spawnSync(process.execPath, [prismaCli, 'generate', '--schema', 'prisma/schema.prisma'], {
  stdio: ['ignore', 'inherit', 'inherit'],
  env: {
    ...process.env,
    PRISMA_SCHEMA_ENGINE_BINARY: process.env.PRISMA_SCHEMA_ENGINE_BINARY ?? process.execPath,
    PRISMA_HIDE_UPDATE_MESSAGE: '1',
    CHECKPOINT_DISABLE: '1',
  },
});
if (result.status !== 0) {
  console.error('Could not generate the Prisma client (see the message above).');
  process.exit(result.status ?? 1);
}
