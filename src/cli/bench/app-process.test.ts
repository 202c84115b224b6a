import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { projectRoot } from '@/server/migrations';
import { appMallocEnvironment, appNodeArguments } from './app-process';

describe('the benchmarks start the app as npm start does', () => {
  it('with the same Node flags and malloc setting', () => {
    const packageJson = JSON.parse(readFileSync(path.join(projectRoot, 'package.json'), 'utf8')) as { scripts: Record<string, string> };
    const settings = Object.entries(appMallocEnvironment).map(([name, value]) => `${name}=${value}`);
    expect(packageJson.scripts.start).toBe(`${[...settings, 'node', ...appNodeArguments].join(' ')} --import tsx src/cli/start.ts`);
  });
});
