import { describe, expect, it } from 'vitest';
import { contactListProblem, currentChampion, hasChampionLeft, type DealContact } from './contacts';

const contact = (id: string, extra: Partial<DealContact> = {}): DealContact => ({ id, name: `Person ${id}`, role: 'CTO', isChampion: false, hasLeft: false, ...extra });

describe('champion', () => {
  it('flags a deal whose champion has gone until a new one is named', () => {
    const gone = [contact('a', { isChampion: true, hasLeft: true }), contact('b')];
    expect(hasChampionLeft(gone)).toBe(true);
    expect(currentChampion(gone)).toBeNull();
    const renamed = [gone[0]!, contact('b', { isChampion: true })];
    expect(hasChampionLeft(renamed)).toBe(false);
    expect(currentChampion(renamed)?.id).toBe('b');
  });

  it('does not flag a deal that never had a champion', () => {
    expect(hasChampionLeft([contact('a')])).toBe(false);
    expect(hasChampionLeft([])).toBe(false);
  });

  it('refuses two champions at once and duplicate ids', () => {
    expect(contactListProblem([contact('a', { isChampion: true }), contact('b', { isChampion: true })])).toMatch(/one contact/);
    expect(contactListProblem([contact('a'), contact('a')])).toMatch(/share an id/);
    expect(contactListProblem([contact('a', { isChampion: true, hasLeft: true }), contact('b', { isChampion: true })])).toBeNull();
  });
});
