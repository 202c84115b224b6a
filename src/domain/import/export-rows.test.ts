import { describe, expect, it } from 'vitest';
import { escapeFormula, unescapeFormula } from './export-rows';

describe('formula escaping', () => {
  it('escapes cells a spreadsheet would run', () => {
    expect(escapeFormula('=SUM(A1)')).toBe("'=SUM(A1)");
    expect(escapeFormula('@cmd')).toBe("'@cmd");
    expect(escapeFormula('Acme')).toBe('Acme');
    expect(escapeFormula("O'Brien")).toBe("O'Brien");
  });

  it('reads back every value as it was, also one that already looks escaped', () => {
    for (const value of ['=1+1', "'=!", "''-5", "'plain", 'plain', '-', "'", "'@"]) {
      expect(unescapeFormula(escapeFormula(value))).toBe(value);
    }
  });
});
