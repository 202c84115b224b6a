import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { localDateKey, nextStepStatus, nextStepStatusLabels } from './next-step-status';

describe('nextStepStatus', () => {
  it('is none without a due date', () => {
    expect(nextStepStatus(null, new Date('2026-11-20T12:00:00Z'), 'UTC')).toBe('none');
  });

  it('turns at local midnight in the office zone, not at UTC midnight', () => {
    // New York is UTC-5 in late November: 04:59 UTC on the 21st is still the 20th there.
    const beforeMidnight = new Date('2026-11-21T04:59:59Z');
    const afterMidnight = new Date('2026-11-21T05:00:00Z');
    expect(nextStepStatus('2026-11-20', beforeMidnight, 'America/New_York')).toBe('today');
    expect(nextStepStatus('2026-11-20', afterMidnight, 'America/New_York')).toBe('overdue');
    expect(nextStepStatus('2026-11-21', beforeMidnight, 'America/New_York')).toBe('later');
    expect(nextStepStatus('2026-11-21', afterMidnight, 'America/New_York')).toBe('today');
    // The same instant in UTC is already the 21st.
    expect(nextStepStatus('2026-11-20', beforeMidnight, 'UTC')).toBe('overdue');
  });

  it('handles a zone ahead of UTC across a daylight-saving change', () => {
    // Sydney moves to UTC+11 on 4 October 2026; 13:00 UTC on the 4th is the 5th there.
    expect(nextStepStatus('2026-10-05', new Date('2026-10-04T13:00:00Z'), 'Australia/Sydney')).toBe('today');
    expect(nextStepStatus('2026-10-05', new Date('2026-10-04T12:59:59Z'), 'Australia/Sydney')).toBe('later');
  });

  it('writes every state out', () => {
    expect(nextStepStatusLabels.overdue).toMatch(/overdue/);
    expect(nextStepStatusLabels.today).toMatch(/today/);
    expect(nextStepStatusLabels.none).toMatch(/No next step/);
  });

  it('orders overdue < today < later by the local date (property)', () => {
    const zones = ['UTC', 'America/New_York', 'Europe/London', 'Asia/Kolkata', 'Pacific/Auckland', 'America/Los_Angeles'];
    fc.assert(
      fc.property(
        fc.integer({ min: Date.UTC(2025, 0, 1), max: Date.UTC(2028, 0, 1) }),
        fc.constantFrom(...zones),
        fc.integer({ min: -3, max: 3 }),
        (millis, zone, offsetDays) => {
          const now = new Date(millis);
          const today = localDateKey(now, zone);
          const due = new Date(Date.parse(`${today}T00:00:00Z`) + offsetDays * 86_400_000).toISOString().slice(0, 10);
          const expected = offsetDays < 0 ? 'overdue' : offsetDays === 0 ? 'today' : 'later';
          expect(nextStepStatus(due, now, zone)).toBe(expected);
        },
      ),
    );
  });
});
