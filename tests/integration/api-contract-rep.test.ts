import { vi } from 'vitest';
import { describeContract } from '../contract/contract-suite';

// The API contract as a rep sees it (tests/contract/contract-suite.ts); the other role runs
// in its own file, so that vitest runs the two side by side.
vi.hoisted(() => {
  process.env.NEXTAUTH_SECRET ??= 'integration-test-secret-of-at-least-32-characters';
});

describeContract(['rep'], { scenarios: true });
