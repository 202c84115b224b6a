// Which key press is which keyboard shortcut. Pure, for the listeners and their tests.
// Shortcuts are single keys without Ctrl, Alt or Meta (so the browser's own stay free),
// plus two-key sequences that start with "g" ("g b": go to the board). None fires while
// the user types in a field.

export type KeyEventLike = {
  key: string;
  altKey: boolean;
  ctrlKey: boolean;
  metaKey: boolean;
  target: EventTarget | null;
};

type TargetLike = { tagName?: string; isContentEditable?: boolean; type?: string } | null;

const nonTypingInputTypes = new Set(['checkbox', 'radio', 'button', 'submit', 'reset', 'range', 'color', 'file', 'image']);

/** Whether a key pressed on `target` is text being typed (a text field, a select, an editable area). */
export function isTypingTarget(target: EventTarget | null): boolean {
  const element = target as TargetLike;
  const tag = element?.tagName?.toUpperCase();
  if (element?.isContentEditable) return true;
  if (tag === 'TEXTAREA' || tag === 'SELECT') return true;
  if (tag === 'INPUT') return !nonTypingInputTypes.has((element?.type ?? 'text').toLowerCase());
  return false;
}

/** The key a shortcut listens for, or null when this press must be left alone. */
export function shortcutKey(event: KeyEventLike): string | null {
  if (event.altKey || event.ctrlKey || event.metaKey) return null;
  if (isTypingTarget(event.target)) return null;
  return event.key.length === 1 ? event.key : null;
}

export const goToTargets = { b: 'board', w: 'wall', s: 'sprints' } as const;
export type GoToTarget = (typeof goToTargets)[keyof typeof goToTargets];

/** How long after "g" the second key of a "go to" sequence counts. */
export const sequenceMilliseconds = 1_500;

export type SequenceState = { pendingSince: number | null };

/**
 * Follows "g" sequences. Returns where to go ("g b" → board) once complete, and the state
 * for the next key. A "g" waits for the next key; anything else ends the wait.
 */
export function followSequence(state: SequenceState, key: string, now: number): { state: SequenceState; goTo: GoToTarget | null } {
  const isPending = state.pendingSince !== null && now - state.pendingSince <= sequenceMilliseconds;
  if (isPending && key in goToTargets) return { state: { pendingSince: null }, goTo: goToTargets[key as keyof typeof goToTargets] };
  if (key === 'g') return { state: { pendingSince: now }, goTo: null };
  return { state: { pendingSince: null }, goTo: null };
}

/** The shortcuts as the "?" overlay lists them. */
export const shortcutList: { keys: string[]; description: string; where: string }[] = [
  { keys: ['?'], description: 'Show these shortcuts', where: 'Everywhere' },
  { keys: ['g', 'b'], description: 'Go to the board', where: 'Everywhere' },
  { keys: ['g', 'w'], description: 'Go to the wall', where: 'Everywhere' },
  { keys: ['g', 's'], description: 'Go to the sprints', where: 'Everywhere' },
  { keys: ['/'], description: 'Search the board', where: 'Board' },
  { keys: ['n'], description: 'New deal', where: 'Board' },
  { keys: ['e'], description: 'Edit the focused card', where: 'Board' },
  { keys: ['c'], description: 'Close the focused card as won or lost', where: 'Board' },
  { keys: ['←', '→'], description: 'Previous or next rep', where: 'Standup' },
];
