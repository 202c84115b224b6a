// Runs async work one piece at a time, in the order it was asked for; a piece that
// fails does not stop the next. `isIdle` tells whether anything is queued or running.

export type Serializer = (<T>(work: () => Promise<T>) => Promise<T>) & { isIdle: () => boolean };

export function createSerializer(): Serializer {
  let tail: Promise<unknown> = Promise.resolve();
  let queued = 0;
  const run = <T>(work: () => Promise<T>) => {
    queued += 1;
    const running = tail.then(work, work).finally(() => {
      queued -= 1;
    });
    tail = running.catch(() => undefined);
    return running;
  };
  return Object.assign(run, { isIdle: () => queued === 0 });
}
