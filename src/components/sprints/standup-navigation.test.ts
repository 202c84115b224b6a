import { describe, expect, it } from 'vitest';
import { standupKeyStep, stepRep } from './standup-navigation';

const key = (overrides: Partial<Parameters<typeof standupKeyStep>[0]>) =>
  standupKeyStep({ key: 'ArrowRight', altKey: false, ctrlKey: false, metaKey: false, shiftKey: false, target: null, ...overrides });

describe('stepRep', () => {
  it('moves one rep and stops at either end', () => {
    expect(stepRep(0, 3, 1)).toBe(1);
    expect(stepRep(2, 3, 1)).toBe(2);
    expect(stepRep(0, 3, -1)).toBe(0);
    expect(stepRep(0, 0, 1)).toBe(0);
  });
});

describe('standupKeyStep', () => {
  it('reads the arrow keys', () => {
    expect(key({})).toBe(1);
    expect(key({ key: 'ArrowLeft' })).toBe(-1);
    expect(key({ key: 'Enter' })).toBeNull();
  });

  it('leaves the keys alone while typing or with a modifier', () => {
    expect(key({ target: { tagName: 'textarea' } as unknown as EventTarget })).toBeNull();
    expect(key({ target: { tagName: 'INPUT' } as unknown as EventTarget })).toBeNull();
    expect(key({ altKey: true })).toBeNull();
    expect(key({ target: { tagName: 'BUTTON' } as unknown as EventTarget })).toBe(1);
  });
});
