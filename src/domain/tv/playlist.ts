// TV playlists (docs/decisions/021): the screens a TV link rotates through. A link shows
// one wall (the company's or an office's) and every screen of its playlist must lie
// inside it: an office link never shows another office. Pure rules; the server checks
// them when a link is made, and the TV takes its wall's detail from them.

export type PlaylistSlide =
  | { kind: 'wall' }
  | { kind: 'offices' }
  | { kind: 'office'; officeId: string }
  | { kind: 'team-reps'; teamId: string }
  | { kind: 'burn-down'; scope: { kind: 'company' } | { kind: 'office'; id: string } | { kind: 'team'; id: string } };

export type LinkScope = { kind: 'company' } | { kind: 'office'; officeId: string };

/** Where the offices and teams are: ids that exist, and each team's office. */
export type PlaylistFacts = { officeIds: ReadonlySet<string>; officeOfTeam: ReadonlyMap<string, string> };

/** Why a screen cannot be on this link's playlist, or null when it can. */
export function refusalOfSlide(slide: PlaylistSlide, link: LinkScope, facts: PlaylistFacts): string | null {
  const isCompany = link.kind === 'company';
  const officeAllowed = (officeId: string) => facts.officeIds.has(officeId) && (isCompany || link.officeId === officeId);
  const teamAllowed = (teamId: string) => {
    const officeId = facts.officeOfTeam.get(teamId);
    return officeId !== undefined && (isCompany || link.officeId === officeId);
  };
  switch (slide.kind) {
    case 'wall':
      return null;
    case 'offices':
      return isCompany ? null : 'Only a company link can show the offices side by side.';
    case 'office':
      return officeAllowed(slide.officeId) ? null : 'That office is not one this link may show.';
    case 'team-reps':
      return teamAllowed(slide.teamId) ? null : 'That team is not one this link may show.';
    case 'burn-down': {
      const scope = slide.scope;
      if (scope.kind === 'company') return isCompany ? null : 'Only a company link can show the company’s burn-down.';
      if (scope.kind === 'office') return officeAllowed(scope.id) ? null : 'That office is not one this link may show.';
      return teamAllowed(scope.id) ? null : 'That team is not one this link may show.';
    }
  }
}

/** The first refusal among a playlist's screens, with its position, or null when all may be shown. */
export function refusalOfPlaylist(slides: readonly PlaylistSlide[], link: LinkScope, facts: PlaylistFacts): { index: number; reason: string } | null {
  for (const [index, slide] of slides.entries()) {
    const reason = refusalOfSlide(slide, link, facts);
    if (reason) return { index, reason };
  }
  return null;
}

/** A TV needs the reps' bars only when a screen shows a team's reps; otherwise the lighter team wall. */
export function wallDetailFor(slides: readonly PlaylistSlide[] | null | undefined): 'full' | 'teams' {
  return slides?.some((slide) => slide.kind === 'team-reps') ? 'full' : 'teams';
}

/** The screen after `index`, back to the first after the last. */
export function nextSlideIndex(index: number, count: number): number {
  return count <= 0 ? 0 : (index + 1) % count;
}
