import { describe, expect, it } from 'vitest';
import { followSequence, isTypingTarget, sequenceMilliseconds, shortcutKey } from './shortcut-keys';

const press = (key: string, target: unknown = { tagName: 'BODY' }, modifiers: Partial<Record<'altKey' | 'ctrlKey' | 'metaKey', boolean>> = {}) => ({
  key,
  altKey: false,
  ctrlKey: false,
  metaKey: false,
  ...modifiers,
  target: target as EventTarget,
});

describe('keyboard shortcuts', () => {
  it('never fire while typing in a field', () => {
    expect(shortcutKey(press('n', { tagName: 'INPUT', type: 'search' }))).toBeNull();
    expect(shortcutKey(press('/', { tagName: 'INPUT' }))).toBeNull();
    expect(shortcutKey(press('e', { tagName: 'TEXTAREA' }))).toBeNull();
    expect(shortcutKey(press('g', { tagName: 'SELECT' }))).toBeNull();
    expect(shortcutKey(press('c', { tagName: 'DIV', isContentEditable: true }))).toBeNull();
    expect(isTypingTarget({ tagName: 'INPUT', type: 'checkbox' } as unknown as EventTarget)).toBe(false);
  });

  it('leave the browser’s own shortcuts alone', () => {
    expect(shortcutKey(press('n', undefined, { ctrlKey: true }))).toBeNull();
    expect(shortcutKey(press('c', undefined, { metaKey: true }))).toBeNull();
    expect(shortcutKey(press('ArrowLeft'))).toBeNull();
    expect(shortcutKey(press('?'))).toBe('?');
    expect(shortcutKey(press('e', { tagName: 'DIV' }))).toBe('e');
  });

  it('go somewhere on "g" then b, w or s, and only soon after the "g"', () => {
    const afterG = followSequence({ pendingSince: null }, 'g', 1_000);
    expect(afterG.goTo).toBeNull();
    expect(followSequence(afterG.state, 'b', 1_500).goTo).toBe('board');
    expect(followSequence(afterG.state, 'w', 1_500).goTo).toBe('wall');
    expect(followSequence(afterG.state, 's', 1_500).goTo).toBe('sprints');
    expect(followSequence(afterG.state, 'b', 1_000 + sequenceMilliseconds + 1).goTo).toBeNull();
    expect(followSequence({ pendingSince: null }, 'b', 1_000).goTo).toBeNull();
    // Another key in between ends the sequence.
    const interrupted = followSequence(afterG.state, 'x', 1_200);
    expect(followSequence(interrupted.state, 'b', 1_300).goTo).toBeNull();
  });
});
