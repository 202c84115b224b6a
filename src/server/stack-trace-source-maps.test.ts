import { describe, expect, it } from 'vitest';
import { wantsStackTraceSourceMaps } from './stack-trace-source-maps';

describe('source maps for stack traces', () => {
  it('are off in production unless the operator asks for them', () => {
    expect(wantsStackTraceSourceMaps({ isDevelopment: false, execArgv: ['--max-semi-space-size=16', '--import', 'tsx'], nodeOptions: undefined })).toBe(false);
    expect(wantsStackTraceSourceMaps({ isDevelopment: false, execArgv: ['--enable-source-maps', '--import', 'tsx'], nodeOptions: undefined })).toBe(true);
    expect(wantsStackTraceSourceMaps({ isDevelopment: false, execArgv: [], nodeOptions: '--max-old-space-size=2048 --enable-source-maps' })).toBe(true);
    expect(wantsStackTraceSourceMaps({ isDevelopment: false, execArgv: [], nodeOptions: '--enable-source-mapsx' })).toBe(false);
  });

  it('stay on in development', () => {
    expect(wantsStackTraceSourceMaps({ isDevelopment: true, execArgv: [], nodeOptions: undefined })).toBe(true);
  });
});
