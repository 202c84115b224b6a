// Note tags are free words, so the same idea gets typed several ways: "#Multi-Threading",
// "multi-threading", "multithreading". They are one tag. A tag's key is its lower-case
// letters and digits without dashes; two tags with the same key are the same tag, and
// the spelling used most often is the one kept and shown. Pure: the note form, the
// server's writes and the search share these rules.

export type TagCount = { tag: string; count: number };

/** The key two spellings of one tag share: lower case, dashes dropped ("multi-threading" → "multithreading"). */
export function tagKey(tag: string): string {
  return tag.trim().toLowerCase().replace(/^#+/, '').replace(/-/g, '');
}

/**
 * Tags in use grouped by key, each under its most used spelling (ties: the one with
 * dashes, which reads better, then alphabetical), with the counts added up; most used
 * first.
 */
export function mergeTagCounts(counts: readonly TagCount[]): TagCount[] {
  const groups = new Map<string, { spellings: TagCount[]; count: number }>();
  for (const entry of counts) {
    const key = tagKey(entry.tag);
    if (!key) continue;
    const group = groups.get(key) ?? { spellings: [], count: 0 };
    group.spellings.push(entry);
    group.count += entry.count;
    groups.set(key, group);
  }
  const merged = [...groups.values()].map(({ spellings, count }) => {
    const [preferred] = [...spellings].sort(
      (left, right) =>
        right.count - left.count ||
        Number(right.tag.includes('-')) - Number(left.tag.includes('-')) ||
        left.tag.localeCompare(right.tag),
    );
    return { tag: preferred!.tag, count };
  });
  return merged.sort((left, right) => right.count - left.count || left.tag.localeCompare(right.tag));
}

/**
 * The tags a note is saved with: each typed tag takes the spelling already in use for
 * its key, and a tag typed twice (in two spellings) is kept once, in the order typed.
 */
export function reconcileTags(typed: readonly string[], known: readonly TagCount[]): string[] {
  const spellingByKey = new Map(mergeTagCounts(known).map((entry) => [tagKey(entry.tag), entry.tag]));
  const seen = new Set<string>();
  const tags: string[] = [];
  for (const tag of typed) {
    const key = tagKey(tag);
    if (!key || seen.has(key)) continue;
    seen.add(key);
    tags.push(spellingByKey.get(key) ?? tag.trim().toLowerCase().replace(/^#+/, ''));
  }
  return tags;
}

/** Every spelling in use of the tag with this key: what a search for one spelling must match. */
export function spellingsOf(tag: string, known: readonly TagCount[]): string[] {
  const key = tagKey(tag);
  const spellings = new Set([tag]);
  for (const entry of known) if (tagKey(entry.tag) === key) spellings.add(entry.tag);
  return [...spellings];
}

/**
 * Tags in use that start like the word being typed (by key, so "multi-t" finds
 * "multithreading"), most used first; none for an empty word, and not the tags already
 * chosen.
 */
export function suggestTags(typing: string, known: readonly TagCount[], options: { exclude?: readonly string[]; limit?: number } = {}): TagCount[] {
  const prefix = tagKey(typing);
  if (!prefix) return [];
  const excluded = new Set((options.exclude ?? []).map(tagKey));
  return mergeTagCounts(known)
    .filter((entry) => {
      const key = tagKey(entry.tag);
      return key.startsWith(prefix) && !excluded.has(key) && entry.tag !== typing.trim().toLowerCase().replace(/^#+/, '');
    })
    .slice(0, options.limit ?? 6);
}
