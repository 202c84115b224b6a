// The columns of a team's board settings, selected alike wherever a team is read: when a
// card counts as stale (per column, falling back to staleAfterDays), and how much each
// open column weighs in the projected end of the month.

export const staleAfterSelection = {
  staleAfterDays: true,
  staleAfterDaysBacklog: true,
  staleAfterDaysTodo: true,
  staleAfterDaysInProgress: true,
} as const;

export const stageWeightSelection = { weightBacklog: true, weightTodo: true, weightInProgress: true } as const;
