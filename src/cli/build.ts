import { buildApplication } from '@/server/build-stamp';
import { projectRoot } from '@/server/migrations';
import { runCommand } from './run-command';

// `npm run build`: next build, stamped so that `npm start` knows the build is current.
await runCommand('build', async () => {
  await buildApplication(projectRoot);
});
