import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { isLater, mergeIntoClock, readClock, type FieldClock } from './field-clock';
import type { NormalizedEvent } from './normalized-event';

const event = (id: string, at: string, fields: NormalizedEvent['fields']) => ({ sourceEventId: id, occurredAt: at, fields });

describe('the field clock', () => {
  it('applies newer fields and keeps newer values against an older event', () => {
    let clock: FieldClock = {};
    clock = mergeIntoClock(clock, event('2', '2026-12-03T10:00:00Z', { amount: '200', stage: 'b' })).clock;
    const late = mergeIntoClock(clock, event('1', '2026-12-03T09:00:00Z', { amount: '100', title: 'Old title' }));
    expect(late.changed).toEqual(['title']);
    expect(late.stale).toEqual(['amount']);
    expect(late.clock.amount?.value).toBe('200');
    expect(late.clock.title?.value).toBe('Old title');
  });

  it('breaks a tie in time by event id, so any order ends the same', () => {
    expect(isLater({ at: '2026-12-03T10:00:00Z', eventId: 'b' }, { at: '2026-12-03T10:00:00.000Z', eventId: 'a' })).toBe(true);
    expect(isLater({ at: '2026-12-03T10:00:00Z', eventId: 'a' }, { at: '2026-12-03T10:00:00Z', eventId: 'a' })).toBe(false);
  });

  it('ends in the same state whatever order events (and their repeats) arrive in', () => {
    const events = Array.from({ length: 8 }, (_, index) =>
      event(`e${index}`, new Date(Date.UTC(2026, 11, 3, 10, 0, index % 3)).toISOString(), index % 2 ? { amount: String(index) } : { stage: `s${index}`, amount: String(index * 10) }),
    );
    const expected = events.reduce<FieldClock>((clock, next) => mergeIntoClock(clock, next).clock, {});
    fc.assert(
      fc.property(fc.shuffledSubarray([...events, ...events], { minLength: 16, maxLength: 16 }), (order) => {
        const clock = order.reduce<FieldClock>((state, next) => mergeIntoClock(state, next).clock, {});
        expect(clock).toEqual(expected);
      }),
    );
  });

  it('reads back only well-formed stamps', () => {
    expect(readClock({ amount: { value: '1', at: '2026-12-03T10:00:00Z', eventId: 'x' }, stage: { value: 5 }, junk: 1 })).toEqual({ amount: { value: '1', at: '2026-12-03T10:00:00Z', eventId: 'x' } });
    expect(readClock(null)).toEqual({});
  });
});
