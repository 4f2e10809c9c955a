// Page furniture: what a PDF or a word processor prints at each page break, copied with the text (« Page 1/3 »,
// « Arrêté n° 2026-145 – page 2 sur 3 », the mairie's address and telephone at the foot of the page, the letterhead's
// first line again at the top of the next). Between two lines of the act it cuts a considérant or an article in two:
// the reading blanks it with vertical tabulations (same length: every offset holds), and the scanner reads the lines on
// either side as one text (`scanner.ts`, a line of them only).
import type { TextIndex } from '../text';

/** A page's number on a line of its own (« Page 1/3 », « 2/3 », « - 2 - », « page 2 sur 3 »). */
const PAGE_NUMBER = /^\s*(?:[-–—]\s*)?(?:page\s+)?\d{1,3}\s*(?:\/|sur)\s*\d{1,3}\s*[-–—]?\s*$|^\s*[-–—]\s*\d{1,3}\s*[-–—]\s*$|^\s*page\s+\d{1,3}\s*$/i;
/** A running header or footer that ends with the page's number (« Arrêté n° 2026-145 – page 2 sur 3 », « … – 1/2 »). */
const RUNNING = /(?:\s[–—-]|\s{3,}|\t)\s*(?:page\s+)?\d{1,3}\s*(?:\/|sur)\s*\d{1,3}\s*$/i;
/** A foot of page: an address with a telephone (« Mairie de Millau – 17 avenue … – Tél. 05 … »). */
const TELEPHONE = /\bt[ée]l(?:[ée]phone)?\.?\s*:?\s*(?:\+33\s?\(?0?\)?\s?|0)\d/iu;
/** Or an e-mail or a website on a short line that is no sentence of the act (not « … sur le site www.telerecours.fr. »). */
const ADDRESS = /\S@\S|\bwww\.|\bhttps?:\/\//i;
const ACT_WORDS = /\b(?:recours|tribunal|article|arr[êe]t[ée]|d[ée]lib[ée]ration|d[ée]cision|considérant|vu)\b/i;
/** A running header's line that names the act by its number only (« Décision n° 2026/112 »), next to a page's number. */
const ACT_NUMBER_LINE = /^(?:arr[êe]t[ée]|d[ée]cision|d[ée]lib[ée]ration|acte)(?:\s+(?:municipal|du\s+maire|du\s+pr[ée]sident))?\s+n\s?[°o]\.?\s*\S+$/i;
/** A postal code and a telephone number written without « Tél. » (« … – 65000 Tarbes – 05 62 44 … »). */
const POSTAL_AND_NUMBER = /\b\d{5}\s+\p{Lu}[\s\S]*\b0[1-9](?:[ .]?\d{2}){1,4}\b/u;
const footer = (t: string) => TELEPHONE.test(t) || POSTAL_AND_NUMBER.test(t) || (ADDRESS.test(t) && !/[.;:]$/.test(t) && t.split(' ').length <= 12 && !ACT_WORDS.test(t));

/** Lines a page break lays around its number: how far (in lines of text) the furniture goes on either side. */
const REACH = 3;

/**
 * The spans of the text's page furniture between two parts of the act ([start, end) of each line's content), or null
 * when there is none (the common case, found by a look at each line's last character).
 */
export function pageFurniture(text: string, index: TextIndex): [number, number][] | null {
  const starts = index.lineStarts;
  const n = starts.length;
  const content = (line: number) => text.slice(starts[line], index.lineEnd(line));
  const blank = (line: number) => /^\s*$/.test(content(line));
  // Seeds: a line that ends with a page's number. (Not a form feed alone: a recueil's acts may be set apart by one.)
  const seeds: number[] = [];
  for (let line = 0; line < n; line++) {
    let e = index.lineEnd(line) - 1;
    const s = starts[line];
    while (e >= s && (text.charCodeAt(e) === 32 || text.charCodeAt(e) === 9 || text.charCodeAt(e) === 13)) e--;
    if (e < s) continue;
    const c = text.charCodeAt(e);
    if (c < 48 || c > 57) continue;
    const here = content(line);
    if (PAGE_NUMBER.test(here) || (here.length < 160 && RUNNING.test(here))) seeds.push(line);
  }
  if (seeds.length === 0) return null;
  // The letterhead's first lines, printed again at the top of each page.
  const head = new Set<string>();
  for (let line = 0, k = 0; line < n && k < 6; line++) {
    const c = content(line).replace(/\s+/g, ' ').trim();
    if (!c) continue;
    if (/^(?:vu|consid[ée]rant|article)\b/i.test(c)) break;
    if (c.length < 100) head.add(c.toLowerCase());
    k++;
  }
  const furniture = (line: number) => {
    const c = content(line);
    const t = c.replace(/\s+/g, ' ').trim();
    return t.length > 0 && t.length < 200 && (PAGE_NUMBER.test(c) || RUNNING.test(t) || footer(t) || ACT_NUMBER_LINE.test(t) || head.has(t.toLowerCase()));
  };
  const out: [number, number][] = [];
  let done = -1;
  for (const seed of seeds) {
    if (seed <= done) continue;
    let from = seed;
    let to = seed;
    for (let k = 0, line = seed - 1; line >= 0 && k < REACH; line--) {
      if (blank(line)) continue;
      if (!furniture(line)) break;
      from = line;
      k++;
    }
    for (let k = 0, line = seed + 1; line < n && k < REACH; line++) {
      if (blank(line)) continue;
      if (!furniture(line)) break;
      to = line;
      k++;
    }
    done = to;
    // Only between two parts of the act: the first page's header and the last page's foot are the document's own.
    let before = false;
    for (let line = from - 1; line >= 0 && !before; line--) before = !blank(line);
    let after = false;
    for (let line = to + 1; line < n && !after; line++) after = !blank(line);
    if (!before || !after) continue;
    for (let line = from; line <= to; line++) if (!blank(line) || /\f/.test(content(line))) out.push([starts[line], index.lineEnd(line)]);
  }
  return out.length ? out : null;
}

/**
 * `s` with the spans given blanked by vertical tabulations (line breaks kept: the same length, the same lines); a line
 * of them is a page break to the scanner. (Not form feeds, which a text may hold of its own.)
 */
export function blankFurniture(s: string, spans: readonly [number, number][]): string {
  let out = '';
  let at = 0;
  for (const [a, b] of spans) {
    out += s.slice(at, a) + '\v'.repeat(b - a);
    at = b;
  }
  return out + s.slice(at);
}
