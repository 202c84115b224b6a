// The board's columns, without zod: browser code that only needs the names imports
// them from here, so that the validation library is not in the board's first download.

export const dealStages = ['BACKLOG', 'TODO', 'IN_PROGRESS', 'COMPLETED'] as const;
export const openDealStages = ['BACKLOG', 'TODO', 'IN_PROGRESS'] as const;
