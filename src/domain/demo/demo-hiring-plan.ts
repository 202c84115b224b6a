import type { DemoData } from './generate-demo-data';

// The demo organisation's hiring plan, so the Forecast page opens with planned hires:
// two reps for the first team next month, one each for two other teams later.

export type DemoPlannedHire = { id: string; teamId: string; startDate: Date; count: number; note: string; createdAt: Date; updatedAt: Date };

export function createDemoHiringPlan(data: DemoData, today: Date): DemoPlannedHire[] {
  const monthStart = (offset: number, day: number) => new Date(Date.UTC(today.getUTCFullYear(), today.getUTCMonth() + offset, day));
  const plan: Array<[number, number, number, number, string]> = [
    [0, 1, 3, 2, 'Two reps to cover the new territory'],
    [3, 2, 1, 1, 'Replacement for the rep who moved to partnerships'],
    [6, 3, 2, 1, 'Growth hire approved in the budget'],
  ];
  return plan.flatMap(([teamIndex, monthOffset, day, count, note], index) => {
    const team = data.teams[teamIndex];
    if (!team) return [];
    return [{ id: `demo-planned-hire-${index + 1}`, teamId: team.id, startDate: monthStart(monthOffset, day), count, note, createdAt: today, updatedAt: today }];
  });
}
