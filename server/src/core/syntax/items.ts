// The heading of a numbered item of a procès-verbal or compte rendu (« POINT N° 1 – Budget primitif 2025
// (délibération n° 2025-018) », « 2. Tarifs municipaux 2026 », « Point n° 3 – Délibération n° 2025-041 – … »): its
// objet and its number are on that line, not in the document's header (`parseDocument` says where the line is).
import { ITEM_HEADING, isSpace } from './scanner';
import { abbreviationDot } from './common';

/** The item's own number at the end of its heading: « (délibération n° 2025-018) » (folded, the whole parenthesis). */
const ITEM_NUMBER = /^\((?:deliberation|decision)\s+n\s?[°o]\s*([^)\s]+)\s*\)$/d;
/** « Délibération n° 2025-041 – » after the item's number (folded). */
const ITEM_DELIBERATION = /^(?:deliberation|decision)\s+n\s?[°o]\s*([^\s–—:]+)\s*(?:[–—:-]\s*|$)/d;

/**
 * The objet and number of the item headed on the line [start, end) of the text (`text` as written, `f` folded), as
 * offsets; null if none. A heading that goes on with the point's account (« 2. Compte financier unique 2025. Rapporteur :
 * Mme X … ») ends at its first sentence.
 */
export function readItemHeading(text: string, f: string, start: number, end: number): { object: [number, number]; number: [number, number] | null } | null {
  const head = ITEM_HEADING.exec(f.slice(start, end));
  if (!head) return null;
  let from = start + head[0].length;
  while (from < end && /[\s–—:.-]/.test(f[from])) from++;
  for (let k = f.indexOf('. ', from); k >= 0 && k < end; k = f.indexOf('. ', k + 1)) {
    if (abbreviationDot(f, k) || !/\p{Lu}/u.test(text.slice(k + 2, k + 3))) continue;
    end = k;
    break;
  }
  const named = ITEM_DELIBERATION.exec(f.slice(from, end));
  const namedNumber = named ? [from + named.indices![1][0], from + named.indices![1][1]] as [number, number] : null;
  if (named) from += named[0].length;
  let to = end;
  while (to > from && isSpace(f.charCodeAt(to - 1))) to--;
  // (The last parenthesis of the line, looked up from its end: no pattern tried along the whole line.)
  const open = f.lastIndexOf('(', to);
  const num = open >= from && f[to - 1] === ')' ? ITEM_NUMBER.exec(f.slice(open, to)) : null;
  let objectEnd = num ? open : to;
  while (objectEnd > from && isSpace(f.charCodeAt(objectEnd - 1))) objectEnd--;
  if (objectEnd <= from) return null;
  return { object: [from, objectEnd], number: num ? [open + num.indices![1][0], open + num.indices![1][1]] : namedNumber };
}
