import { describe, expect, it } from 'vitest';
import { pickBars, wallBarKey, wallScopeKey } from './wall-bar-key';

describe('wallBarKey and pickBars', () => {
  const bars = [
    { kind: 'company' as const, id: 'company', teamId: null, won: 1 },
    { kind: 'team' as const, id: 't1', teamId: 't1', won: 2 },
    { kind: 'rep' as const, id: 'u1', teamId: 't1', won: 3 },
    { kind: 'rep' as const, id: 'u1', teamId: 't2', won: 4 },
  ];

  it('tells a rep’s bars in two teams apart', () => {
    expect(wallBarKey(bars[2]!)).not.toBe(wallBarKey(bars[3]!));
  });

  it('finds the same bars in a later snapshot, in the order asked, skipping ones that are gone', () => {
    const later = bars.map((bar) => ({ ...bar, won: bar.won * 10 }));
    const keys = [wallBarKey(bars[3]!), 'team:gone', wallBarKey(bars[1]!)];
    expect(pickBars(later, keys).map((bar) => bar.won)).toEqual([40, 20]);
  });
});

describe('wallScopeKey', () => {
  it('names the company and each office apart', () => {
    expect(wallScopeKey({ kind: 'company' })).toBe('company');
    expect(wallScopeKey({ kind: 'office', officeId: 'berlin' })).toBe('office:berlin');
    expect(wallScopeKey({ kind: 'office', officeId: 'berlin' })).not.toBe(wallScopeKey({ kind: 'office', officeId: 'paris' }));
  });
});
