// An import worker that is lost part way through a commit, as if killed or out of
// memory: it runs the real worker (src/server/import/import-worker.ts) and ends its
// thread right after the first chunk of deals is announced. Other jobs run normally.
// tests/integration/import-worker.test.ts points CADENCE_IMPORT_WORKER_PATH here.
import { parentPort, workerData } from 'node:worker_threads';
import { register } from 'tsx/esm/api';

register();
if (workerData.job.mode === 'commit' && parentPort) {
  const post = parentPort.postMessage.bind(parentPort);
  parentPort.postMessage = (message) => {
    post(message);
    if (message.kind === 'announce') process.exit(70);
  };
}
await import('../../src/server/import/import-worker.ts');
