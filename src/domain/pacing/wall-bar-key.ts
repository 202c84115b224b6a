// One bar of a wall snapshot, named so that the same bar is found again in a later
// snapshot: its kind and id, and for a rep the team (a rep who moved team has a bar in
// each for the month).

export type WallBarIdentity = { kind: 'rep' | 'team' | 'office' | 'company'; id: string; teamId: string | null };

export function wallBarKey(bar: WallBarIdentity): string {
  return bar.kind === 'rep' ? `rep:${bar.id}:${bar.teamId ?? ''}` : `${bar.kind}:${bar.id}`;
}

/** The bars with these keys, in the keys' order; a key with no bar any more is left out. */
export function pickBars<Bar extends WallBarIdentity>(bars: readonly Bar[], keys: readonly string[]): Bar[] {
  const byKey = new Map(bars.map((bar) => [wallBarKey(bar), bar]));
  return keys.flatMap((key) => {
    const bar = byKey.get(key);
    return bar ? [bar] : [];
  });
}

/** A wall's scope as a short key: `company`, or `office:<id>`. */
export function wallScopeKey(scope: { kind: 'company' } | { kind: 'office'; officeId: string }): string {
  return scope.kind === 'company' ? 'company' : `office:${scope.officeId}`;
}
