import { afterEach, beforeEach, vi } from 'vitest';
import { format } from 'node:util';

// A stray console.error fails the test that caused it (as in Epic Stack's
// setup-test-env.ts). The message is still printed. A test that expects an error to be
// logged says so with `vi.spyOn(console, 'error').mockImplementation(() => {})`, which
// replaces the recording below.

let recordedCalls: unknown[][] = [];

beforeEach(() => {
  recordedCalls = [];
  const printError = console.error.bind(console);
  vi.spyOn(console, 'error').mockImplementation((...values: unknown[]) => {
    recordedCalls.push(values);
    printError(...values);
  });
});

afterEach(() => {
  const calls = recordedCalls;
  recordedCalls = [];
  vi.mocked(console.error).mockRestore();
  if (calls.length > 0) {
    const first = format(...(calls[0] ?? [])).split('\n')[0];
    throw new Error(
      `console.error was called ${calls.length} time(s) during this test, first with: ${first}. ` +
        'If the test expects it, mock console.error in the test.',
    );
  }
});
