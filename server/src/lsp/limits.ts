// Huge documents: a pasted register, a 5 MB export, a whole PDF flattened into one line. Beyond a size
// only the beginning of the document is analysed, so a keystroke costs what that beginning costs and the
// memory held stays bounded; the person is told once (start.ts). The beginning is a prefix of the text, so
// every position and range of its analysis is one of the document, and an editor buffer is analysed as a
// draft: the closing part cut off is not reported missing.

/**
 * Characters (UTF-16 units) analysed at most: 15 times the longest act of the corpus (13 kB), room for a
 * compte rendu of a whole séance. The cost of a collection of acts grows faster than its length, which
 * sets this bound (see `npm run bench`, « document de 5 Mo »).
 */
export const MAX_ANALYSED_CHARS = 200_000;

/** Where the analysed beginning of `text` ends: `text.length` when the whole is analysed. */
export function analysedLength(text: string, max = MAX_ANALYSED_CHARS): number {
  if (text.length <= max) return text.length;
  // After the last line break of the window's last quarter, so no line is cut; otherwise (one huge line) at
  // the limit, never between the two halves of a surrogate pair nor between CR and LF.
  for (let i = max - 1; i >= max * 0.75; i--) {
    const c = text.charCodeAt(i);
    if (c === 0x0a) return i + 1;
    if (c === 0x0d) return text.charCodeAt(i + 1) === 0x0a ? i + 2 : i + 1;
  }
  const c = text.charCodeAt(max - 1);
  return c >= 0xd800 && c <= 0xdbff ? max - 1 : max;
}
