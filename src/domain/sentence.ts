// Messages are built from names people typed ("Atlas Freight Corp."): a sentence that
// ends with such a name must not end with two periods.

/** `text` ended with a full stop, unless it already ends with one (or with ! ? or …). */
export function endSentence(text: string): string {
  const trimmed = text.trimEnd();
  return /[.!?…]$/.test(trimmed) ? trimmed : `${trimmed}.`;
}
