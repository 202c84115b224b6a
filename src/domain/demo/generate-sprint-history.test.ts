import { describe, expect, it } from 'vitest';
import { generateDemoData } from './generate-demo-data';
import { generateSprintHistory } from './generate-sprint-history';

describe('generateSprintHistory', () => {
  const today = new Date('2026-11-18T15:00:00Z');
  const data = generateDemoData({ today });
  const history = generateSprintHistory(data, today);

  it("gives every office three months of sprints and every rep forecasts only up to today", () => {
    for (const office of data.offices) {
      const months = new Set(history.sprints.filter((sprint) => sprint.officeId === office.id).map((sprint) => sprint.month.toISOString().slice(0, 7)));
      expect([...months].sort()).toEqual(['2026-09', '2026-10', '2026-11']);
    }
    expect(history.forecasts.length).toBeGreaterThan(100);
    expect(history.forecasts.every((forecast) => forecast.createdAt <= today && forecast.bestCaseMinor >= forecast.commitMinor)).toBe(true);
    const sprintIds = new Set(history.sprints.map((sprint) => sprint.id));
    expect(history.forecasts.every((forecast) => sprintIds.has(forecast.sprintId))).toBe(true);
  });

  it('commits each deal at most once per sprint, to deals of the committing rep', () => {
    const keys = history.commitments.map((commitment) => `${commitment.sprintId}|${commitment.dealId}`);
    expect(new Set(keys).size).toBe(keys.length);
    const owners = new Map(data.deals.map((deal) => [deal.id, deal.ownerId]));
    expect(history.commitments.every((commitment) => owners.get(commitment.dealId) === commitment.userId)).toBe(true);
  });

  it('writes retrospective notes and action items for finished sprints only', () => {
    const ends = new Map(history.sprints.map((sprint) => [sprint.id, sprint.endsAt]));
    expect(history.retroNotes.length).toBeGreaterThan(20);
    expect(history.retroNotes.every((note) => ends.get(note.sprintId)! <= today && note.tags.length > 0)).toBe(true);
    expect(history.actionItems.every((item) => ends.get(item.sprintId)! <= today)).toBe(true);
  });

  it('is the same on every run', () => {
    expect(generateSprintHistory(data, today).forecasts.map((forecast) => forecast.commitMinor)).toEqual(history.forecasts.map((forecast) => forecast.commitMinor));
  });
});
