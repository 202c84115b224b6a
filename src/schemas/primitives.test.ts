import { describe, expect, it } from 'vitest';
import { latestCloseDate, textProblem, ZCalendarDate, ZCloseDate, ZEntityId, ZInstant, ZText } from './primitives';

describe('the shared input rules', () => {
  it('refuses text PostgreSQL cannot store and keeps the rest', () => {
    expect(textProblem('a\u0000b')).toMatch(/NUL/);
    expect(textProblem('a\ud800b')).toMatch(/surrogate/);
    expect(textProblem('\udfff')).toMatch(/surrogate/);
    expect(textProblem('Zoë 😀 — 東京')).toBeNull();
    expect(ZText.safeParse('ok\u0000').success).toBe(false);
    expect(ZText.trim().min(1).safeParse(' a\ud83d ').success).toBe(false);
    expect(ZEntityId.safeParse('deal\u0000').success).toBe(false);
    expect(ZEntityId.safeParse('cmabc123').success).toBe(true);
  });

  it('keeps calendar dates and instants between 1970 and 2200', () => {
    expect(ZCalendarDate.safeParse('0000-01-01').success).toBe(false);
    expect(ZCalendarDate.safeParse('2201-01-01').success).toBe(false);
    expect(ZCalendarDate.safeParse('2026-02-30').success).toBe(false);
    expect(ZCalendarDate.safeParse('2026-02-28').success).toBe(true);
    expect(ZInstant.safeParse('0000-01-01T00:00:00Z').success).toBe(false);
    expect(ZInstant.safeParse('2026-11-30T10:00:00+01:00').success).toBe(true);
  });

  it('takes a close date up to ten years ahead', () => {
    const now = new Date('2026-12-02T12:00:00Z');
    expect(latestCloseDate(now)).toBe('2036-12-02');
    expect(ZCloseDate.safeParse(latestCloseDate()).success).toBe(true);
    expect(ZCloseDate.safeParse('2199-01-01').success).toBe(false);
  });
});
