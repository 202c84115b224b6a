// The kinds of activity a rep logs on a deal. Kept apart from deal.ts (and zod) so the
// board's first download can name them without loading zod.
export const activityTypes = ['CALL', 'EMAIL', 'MEETING', 'NOTE'] as const;
export type TActivityTypeName = (typeof activityTypes)[number];
