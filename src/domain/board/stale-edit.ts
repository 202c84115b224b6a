// An edit made in a form opened on an older version of a deal (issue #16 item 11). The
// form sends only the fields the user changed. Each of them either did not change since
// the form's version (so the edit applies on top of everyone else's changes), or
// changed to the same value (nothing to do), or changed to something else: a conflict,
// which the user resolves by choosing their value or the colleague's. No field the user
// did not touch is ever written back.

export type EditableValue = string | number | boolean | null;
export type FieldConflict<Field extends string = string> = { field: Field; base: EditableValue; theirs: EditableValue; yours: EditableValue };

export type StaleEditPlan<Field extends string> = { kind: 'apply' } | { kind: 'conflict'; conflicts: FieldConflict<Field>[] };

/**
 * Whether `edit` (the fields sent) can be applied to `current` although it was made on
 * `base` (the deal at the form's version; null when that version is unknown, in which
 * case every sent field that differs from now is a conflict).
 */
export function planStaleEdit<Field extends string>(options: {
  base: Readonly<Record<Field, EditableValue>> | null;
  current: Readonly<Record<Field, EditableValue>>;
  edit: Readonly<Partial<Record<Field, EditableValue>>>;
}): StaleEditPlan<Field> {
  const conflicts: FieldConflict<Field>[] = [];
  for (const field of Object.keys(options.edit) as Field[]) {
    const yours = options.edit[field];
    if (yours === undefined) continue;
    const theirs = options.current[field];
    if (yours === theirs) continue;
    const base = options.base ? options.base[field] : undefined;
    if (base !== undefined && base === theirs) continue;
    conflicts.push({ field, base: base ?? null, theirs, yours });
  }
  return conflicts.length === 0 ? { kind: 'apply' } : { kind: 'conflict', conflicts };
}
