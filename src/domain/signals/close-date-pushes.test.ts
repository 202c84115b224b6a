import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { closeDateChangesFromEvents, calendarDaysBetween, describeMove, formatPushBadge, summarizePushes } from './close-date-pushes';

const at = (day: number) => `2026-11-${String(day).padStart(2, '0')}T10:00:00.000Z`;

describe('closeDateChangesFromEvents', () => {
  it('keeps only the events that changed the close date, in order', () => {
    const events = [
      { occurredAt: at(1), before: null, after: { expectedCloseDate: '2026-11-20' } },
      { occurredAt: at(2), before: { expectedCloseDate: '2026-11-20' }, after: { expectedCloseDate: '2026-11-20' } },
      { occurredAt: at(3), before: { expectedCloseDate: '2026-11-20' }, after: { expectedCloseDate: '2026-12-04' } },
      { occurredAt: at(4), before: { expectedCloseDate: '2026-12-04' }, after: { expectedCloseDate: null } },
    ];
    expect(closeDateChangesFromEvents(events)).toEqual([
      { occurredAt: at(3), from: '2026-11-20', to: '2026-12-04' },
      { occurredAt: at(4), from: '2026-12-04', to: null },
    ]);
  });

  it('ignores a snapshot that does not carry the field', () => {
    expect(closeDateChangesFromEvents([{ occurredAt: at(1), before: {}, after: { expectedCloseDate: '2026-11-20' } }])).toEqual([]);
  });
});

describe('summarizePushes', () => {
  it('counts moves later as pushes with their days, not pull-ins or first dates', () => {
    const summary = summarizePushes(
      [
        { occurredAt: at(1), from: null, to: '2026-11-10' },
        { occurredAt: at(2), from: '2026-11-10', to: '2026-11-24' },
        { occurredAt: at(3), from: '2026-11-24', to: '2026-11-20' },
        { occurredAt: at(4), from: '2026-11-20', to: '2026-11-27' },
      ],
      '2026-11-27',
    );
    expect(summary.pushCount).toBe(2);
    expect(summary.pushedDays).toBe(21);
    expect(summary.firstExpected).toBe('2026-11-10');
    expect(summary.isSlipping).toBe(true);
    expect(formatPushBadge(summary)).toBe('pushed ×2 · +21 days');
  });

  it('calls one push past the month the deal was expected in slipping', () => {
    const summary = summarizePushes([{ occurredAt: at(1), from: '2026-11-28', to: '2026-12-02' }], '2026-12-02');
    expect(summary.pushCount).toBe(1);
    expect(summary.isSlipping).toBe(true);
    expect(formatPushBadge(summary)).toBe('pushed ×1 · +4 days');
  });

  it('one push within the month is pushed but not slipping', () => {
    const summary = summarizePushes([{ occurredAt: at(1), from: '2026-11-02', to: '2026-11-03' }], '2026-11-03');
    expect(summary.isSlipping).toBe(false);
    expect(formatPushBadge(summary)).toBe('pushed ×1 · +1 day');
  });

  it('has no badge for a deal never pushed', () => {
    expect(formatPushBadge(summarizePushes([], '2026-11-03'))).toBeNull();
  });

  it('describes each move for the details', () => {
    const [push, pull] = summarizePushes(
      [
        { occurredAt: at(1), from: '2026-11-20', to: '2026-12-04' },
        { occurredAt: at(2), from: '2026-12-04', to: '2026-12-03' },
      ],
      '2026-12-03',
    ).moves;
    expect(describeMove(push!)).toBe('Pushed 14 days: 2026-11-20 → 2026-12-04');
    expect(describeMove(pull!)).toBe('Pulled in 1 day: 2026-12-04 → 2026-12-03');
  });

  const date = fc.integer({ min: 0, max: 2000 }).map((offset) => new Date(Date.UTC(2025, 0, 1) + offset * 86_400_000).toISOString().slice(0, 10));

  it('derives the same pushes as replaying the dates one by one (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.option(date, { nil: null }), { minLength: 1, maxLength: 12 }), (dates) => {
        const events = dates.map((value, index) => ({
          occurredAt: at(1 + (index % 28)),
          before: index === 0 ? null : { expectedCloseDate: dates[index - 1]! },
          after: { expectedCloseDate: value },
        }));
        const summary = summarizePushes(closeDateChangesFromEvents(events), dates.at(-1)!);
        let pushes = 0;
        let days = 0;
        for (let index = 1; index < dates.length; index += 1) {
          const from = dates[index - 1];
          const to = dates[index];
          if (from && to && to > from) {
            pushes += 1;
            days += calendarDaysBetween(from, to);
          }
        }
        expect(summary.pushCount).toBe(pushes);
        expect(summary.pushedDays).toBe(days);
        expect(summary.pushedDays).toBeGreaterThanOrEqual(summary.pushCount);
        if (pushes >= 2) expect(summary.isSlipping).toBe(true);
        if (pushes === 0) expect(summary.isSlipping).toBe(false);
      }),
    );
  });
});
