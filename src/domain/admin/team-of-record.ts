// The "team of record" rule for a person who changes team. History stays where it
// happened: deals they closed and goals of months already past keep counting for the
// team they were in. What is still ahead follows them: their open deals and their
// goals for the current month and later move to the new team.

export type DealForMove = {
  id: string;
  teamId: string;
  stage: 'BACKLOG' | 'TODO' | 'IN_PROGRESS' | 'COMPLETED';
  deletedAt: Date | null;
};

export type GoalForMove = {
  id: string;
  teamId: string;
  /** YYYY-MM */
  month: string;
};

export type TeamMovePlan = { dealIdsToMove: string[]; goalIdsToMove: string[] };

/** Open means not completed; a deleted deal stays where it is until it is restored. */
export function isOpenDeal(deal: Pick<DealForMove, 'stage' | 'deletedAt'>): boolean {
  return deal.stage !== 'COMPLETED' && deal.deletedAt === null;
}

/**
 * Which of a person's deals and goals move to `newTeamId`. `currentMonth` (YYYY-MM) is
 * the current month in the office's time zone: it and later months move.
 */
export function planTeamMove(options: {
  deals: readonly DealForMove[];
  goals: readonly GoalForMove[];
  currentMonth: string;
  newTeamId: string;
}): TeamMovePlan {
  const { newTeamId, currentMonth } = options;
  return {
    dealIdsToMove: options.deals.filter((deal) => isOpenDeal(deal) && deal.teamId !== newTeamId).map((deal) => deal.id),
    goalIdsToMove: options.goals.filter((goal) => goal.month >= currentMonth && goal.teamId !== newTeamId).map((goal) => goal.id),
  };
}
