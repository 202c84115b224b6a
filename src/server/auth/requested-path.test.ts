import { describe, expect, it } from 'vitest';
import { safeReturnPath } from './requested-path';

describe('safeReturnPath', () => {
  it('keeps a path on this site, with its query', () => {
    expect(safeReturnPath('/board/team/t1?completedMonth=2026-10')).toBe('/board/team/t1?completedMonth=2026-10');
  });

  it('sends anything else home', () => {
    for (const path of [null, undefined, '', 'https://evil.example/', '//evil.example/x', '/\\evil.example', 'board']) {
      expect(safeReturnPath(path)).toBe('/');
    }
  });
});
