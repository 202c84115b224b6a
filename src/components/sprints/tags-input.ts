import { ZTag } from '@/schemas/sprint';

// Tags are typed as one line of text ("discovery-call, pricing champion") and sent as a
// list of ZTag strings. Pure, so the note form and its tests share one reading.

export const maximumTags = 10;

export type ParsedTags = { tags: string[]; error: string | null };

/** Splits on commas and spaces, lower-cases, drops a leading "#" and repeats, and checks each tag. */
export function parseTagsText(text: string): ParsedTags {
  const words = text
    .split(/[\s,]+/)
    .map((word) => word.replace(/^#+/, ''))
    .filter((word) => word.length > 0);
  const tags: string[] = [];
  for (const word of words) {
    const parsed = ZTag.safeParse(word);
    if (!parsed.success) {
      return { tags, error: `“${word}” is not a tag. ${parsed.error.issues[0]?.message ?? ''}`.trim() };
    }
    if (!tags.includes(parsed.data)) tags.push(parsed.data);
  }
  if (tags.length > maximumTags) return { tags, error: `Use at most ${maximumTags} tags` };
  return { tags, error: null };
}

/** The tags as the input shows them again: "pricing, discovery-call". */
export function formatTagsText(tags: readonly string[]): string {
  return tags.join(', ');
}

/** The word being typed at the end of the tags text ("pricing, multi" → "multi"); empty after a separator. */
export function wordBeingTyped(text: string): string {
  const match = /[^\s,]*$/.exec(text);
  return (match?.[0] ?? '').replace(/^#+/, '');
}

/** The text with the word being typed replaced by a chosen tag and a separator after it. */
export function completeTag(text: string, tag: string): string {
  return `${text.replace(/#*[^\s,]*$/, '')}${tag}, `;
}
