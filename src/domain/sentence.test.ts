import { describe, expect, it } from 'vitest';
import { endSentence } from './sentence';

describe('endSentence', () => {
  it('ends a sentence with one full stop, whatever the name at its end', () => {
    expect(endSentence('Dropped Atlas Freight')).toBe('Dropped Atlas Freight.');
    expect(endSentence('Dropped Atlas Freight Corp.')).toBe('Dropped Atlas Freight Corp.');
    expect(endSentence('Saved Yahoo!')).toBe('Saved Yahoo!');
    expect(endSentence('Deleted Acme … ')).toBe('Deleted Acme …');
  });
});
