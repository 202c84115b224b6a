import { describe, expect, it } from 'vitest';
import { nextSlideIndex, refusalOfPlaylist, refusalOfSlide, wallDetailFor } from './playlist';

const facts = { officeIds: new Set(['ny', 'london']), officeOfTeam: new Map([['ny-enterprise', 'ny'], ['london-smb', 'london']]) };
const company = { kind: 'company' } as const;
const newYork = { kind: 'office', officeId: 'ny' } as const;

describe('refusalOfSlide', () => {
  it('lets a company link show anything that exists', () => {
    for (const slide of [
      { kind: 'wall' },
      { kind: 'offices' },
      { kind: 'office', officeId: 'london' },
      { kind: 'team-reps', teamId: 'london-smb' },
      { kind: 'burn-down', scope: { kind: 'company' } },
      { kind: 'burn-down', scope: { kind: 'team', id: 'ny-enterprise' } },
    ] as const) {
      expect(refusalOfSlide(slide, company, facts)).toBeNull();
    }
    expect(refusalOfSlide({ kind: 'team-reps', teamId: 'nope' }, company, facts)).toMatch(/not one this link may show/);
  });

  it('keeps an office link inside its office', () => {
    expect(refusalOfSlide({ kind: 'team-reps', teamId: 'ny-enterprise' }, newYork, facts)).toBeNull();
    expect(refusalOfSlide({ kind: 'burn-down', scope: { kind: 'office', id: 'ny' } }, newYork, facts)).toBeNull();
    expect(refusalOfSlide({ kind: 'team-reps', teamId: 'london-smb' }, newYork, facts)).not.toBeNull();
    expect(refusalOfSlide({ kind: 'offices' }, newYork, facts)).not.toBeNull();
    expect(refusalOfSlide({ kind: 'burn-down', scope: { kind: 'company' } }, newYork, facts)).not.toBeNull();
  });

  it('names the first screen that cannot be shown', () => {
    expect(refusalOfPlaylist([{ kind: 'wall' }, { kind: 'office', officeId: 'london' }], newYork, facts)).toEqual({
      index: 1,
      reason: 'That office is not one this link may show.',
    });
  });
});

describe('wallDetailFor and nextSlideIndex', () => {
  it('asks for the reps only when a screen shows them', () => {
    expect(wallDetailFor(null)).toBe('teams');
    expect(wallDetailFor([{ kind: 'wall' }, { kind: 'offices' }])).toBe('teams');
    expect(wallDetailFor([{ kind: 'team-reps', teamId: 't' }])).toBe('full');
  });

  it('goes round', () => {
    expect(nextSlideIndex(0, 3)).toBe(1);
    expect(nextSlideIndex(2, 3)).toBe(0);
    expect(nextSlideIndex(0, 0)).toBe(0);
  });
});
