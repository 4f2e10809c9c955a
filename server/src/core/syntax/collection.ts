// A compte rendu or procès-verbal of a séance lists its délibérations one after another, each introduced by its
// rapporteur and closed by its vote (« ADOPTÉE À L’UNANIMITÉ », « PREND ACTE »). This finds where each one begins.
import { COLLECTION_ANCHORS, COLLECTION_SOURCE, hasAny } from '../lexicon';

const TITLE_RE = new RegExp(`(?:^|[^a-z])(?:${COLLECTION_SOURCE})\\b`);
const ITEM_RE = /\brapporteure?s?\s*:/g;
// (A tally is the vote's: « Adoptée par 30 voix pour et 3 contre » is cut after « contre », not after « 30 »; a number
// alone after the vote is the next item's, in a flattened compte rendu.)
const COUNT = String.raw`\d+\s+(?:voix(?:\s+(?:pour|contre))?|pour|contre|abstentions?)`;
// (Blanks bounded: two unbounded runs around an optional separator would try every split of a long run of blanks.)
const TALLY = String.raw`(?:[ \t]{0,3}(?:[,;:]|et|dont)?[ \t]{0,3}${COUNT})*`;
const CLOSE_RE = new RegExp(String.raw`\b(?:adoptee?s?\s+(?:a\s+l'unanimite|a\s+la\s+majorite${TALLY}|par\s+${COUNT}${TALLY}|par\s+\d)|prend\s+acte|rejetee?s?\b${TALLY})[^a-z]{0,3}`, 'g');

/**
 * Cut offsets (each the start of an act after the first) of a compte rendu or procès-verbal in the folded text, or []
 * when the document is not one or lists fewer than two items. `header` is where the first item begins.
 */
export function collectionCuts(folded: string): { header: number; cuts: number[] } {
  const head = folded.slice(0, 2500);
  if (!hasAny(head, COLLECTION_ANCHORS) || !TITLE_RE.test(head)) return { header: 0, cuts: [] };
  const items: number[] = [];
  ITEM_RE.lastIndex = 0;
  for (let m = ITEM_RE.exec(folded); m && items.length < 500; m = ITEM_RE.exec(folded)) items.push(m.index);
  if (items.length < 2) return { header: 0, cuts: [] };
  const closes: number[] = [];
  CLOSE_RE.lastIndex = 0;
  for (let m = CLOSE_RE.exec(folded); m && closes.length < 2000; m = CLOSE_RE.exec(folded)) closes.push(m.index + m[0].length);
  const cuts: number[] = [];
  for (let k = 1; k < items.length; k++) {
    // The item starts after the vote that closed the one before (its title comes before « Rapporteur »).
    // Without a vote that says so, at the paragraph (after a blank line) that holds « Rapporteur », with its title.
    const close = closes.filter((c) => c > items[k - 1] && c <= items[k]).pop();
    cuts.push(close ?? paragraphStart(folded, items[k], items[k - 1]));
  }
  // The first item's title comes just after the header: start it at the paragraph that holds « Rapporteur » (its
  // number and objet above it, after a blank line), else after the last sentence end before « Rapporteur ».
  const before = folded.slice(Math.max(0, items[0] - 400), items[0]);
  const blank = afterLastBlankLine(before, 0);
  const stop = blank >= 0 ? blank - 1 : Math.max(before.lastIndexOf('. '), before.lastIndexOf('\n'));
  const header = items[0] - before.length + (stop >= 0 ? stop + 1 : 0);
  return { header, cuts };
}

/** Where the paragraph that holds `at` begins: after the last blank line in (`from`, `at`), else `at` itself. */
function paragraphStart(folded: string, at: number, from: number): number {
  const end = afterLastBlankLine(folded.slice(from, at), 0);
  return end >= 0 ? from + end : at;
}

/**
 * The offset just after the last blank line of `s` (a line break, blanks, a line break), or -1: lines are walked
 * backwards once (a pattern with a look-ahead to the end would be quadratic on many blank lines).
 */
function afterLastBlankLine(s: string, from: number): number {
  for (let nl = s.lastIndexOf('\n'); nl > from; nl = s.lastIndexOf('\n', nl - 1)) {
    let k = nl - 1;
    while (k >= from && (s.charCodeAt(k) === 32 || s.charCodeAt(k) === 9)) k--;
    if (k >= from && s.charCodeAt(k) === 10) return nl + 1;
  }
  return -1;
}
