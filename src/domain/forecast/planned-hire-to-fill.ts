// When someone is invited who sells on a team with planned hires, the plan should count
// them once: the invitation fills one open (unnamed) planned hire of that team instead of
// adding a person beside it. This picks which one.

export type OpenPlannedHire = { id: string; teamId: string; startDate: Date; count: number; personId: string | null };
export type InvitedPerson = { teamId: string | null; startDate: Date; sells: boolean };

/** How far apart a plan's start and the real start may be for the one to be the other. */
export const LINK_WINDOW_DAYS = 92;

const DAY = 86_400_000;

/**
 * The unnamed planned hire of the person's team whose start is nearest to theirs (within
 * LINK_WINDOW_DAYS; on a tie the earlier plan), or null when none fits: a person who does
 * not sell, has no team, or whose team planned nobody around then.
 */
export function plannedHireToFill<Hire extends OpenPlannedHire>(hires: readonly Hire[], person: InvitedPerson): Hire | null {
  if (!person.sells || !person.teamId) return null;
  let best: Hire | null = null;
  let bestDistance = Number.POSITIVE_INFINITY;
  for (const hire of hires) {
    if (hire.personId !== null || hire.teamId !== person.teamId || hire.count < 1) continue;
    const distance = Math.abs(hire.startDate.getTime() - person.startDate.getTime());
    if (distance > LINK_WINDOW_DAYS * DAY) continue;
    if (distance < bestDistance || (distance === bestDistance && best && hire.startDate.getTime() < best.startDate.getTime())) {
      best = hire;
      bestDistance = distance;
    }
  }
  return best;
}
