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
/**
 * A running header's line that names the act by its number only (« Décision n° 2026/112 », « … (suite) »), next to a
 * page's number.
 */
const ACT_NUMBER_LINE = /^(?:arr[êe]t[ée]|d[ée]cision|d[ée]lib[ée]ration|acte)(?:\s+(?:municipal|du\s+maire|du\s+pr[ée]sident))?\s+n\s?[°o]\.?\s*\S+(?:\s+\(suite\))?$|\(suite\)$/i;
/** An address at the foot of a page, in parts set apart by dashes, with a postal code (« Commune de X – Place … – 31650 X »). */
const POSTAL_ADDRESS = /^[^.;:]*\s[–—-]\s[^.;:]*\b\d{5}\s+\p{Lu}[^.;:]*$/u;
/** A postal code and a telephone number written without « Tél. » (« … – 65000 Tarbes – 05 62 44 … »). */
const POSTAL_AND_NUMBER = /\b\d{5}\s+\p{Lu}[\s\S]*\b0[1-9](?:[ .]?\d{2}){1,4}\b/u;
const footer = (t: string) => !ACT_WORDS.test(t) && (TELEPHONE.test(t) || POSTAL_AND_NUMBER.test(t) || (POSTAL_ADDRESS.test(t) && t.split(' ').length <= 24)
  || (ADDRESS.test(t) && !/[.;:]$/.test(t) && t.split(' ').length <= 12));

/** Lines a page break lays around its number: how far (in lines of text) the furniture goes on either side. */
const REACH = 3;
/** How many lines (blank ones included) the furniture is looked for on either side: a run of blank lines is no page. */
const SPAN = 12;

/**
 * The spans of the text's page furniture between two parts of the act ([start, end) of each line's content), or null
 * when there is none (the common case, found by a look at each line's last character).
 */
export function pageFurniture(text: string, index: TextIndex): [number, number][] | null {
  const starts = index.lineStarts;
  const n = starts.length;
  const content = (line: number) => text.slice(starts[line], index.lineEnd(line));
  const blank = (line: number) => /^\s*$/.test(content(line));
  // Seeds: a line that ends with a page's number (« Page 1/3 », « - 2 - », « … – page 2 sur 3 »), or a number alone on
  // its line when such lines count the pages in order (« 2 », then « 3 »). (Not a form feed alone: a recueil's acts may
  // be set apart by one.) A fraction alone (« 1/2 ») written twice is a table's cell, not a page's number.
  const seeds: number[] = [];
  const bare: [number, number][] = [];
  const fractions = new Map<string, number[]>();
  // (And a page a form feed starts, as pdftotext writes it: the foot of the page before it, a running header after it.)
  const feeds: number[] = [];
  for (let line = 0; line < n; line++) {
    let e = index.lineEnd(line) - 1;
    const s = starts[line];
    if (text.charCodeAt(s) === 12) feeds.push(line);
    while (e >= s && (text.charCodeAt(e) === 32 || text.charCodeAt(e) === 9 || text.charCodeAt(e) === 13)) e--;
    if (e < s) continue;
    const c = text.charCodeAt(e);
    if ((c < 48 || c > 57) && c !== 45 && c !== 0x2013 && c !== 0x2014) continue;
    const here = content(line);
    const alone = /^\s*(\d{1,3})\s*$/.exec(here);
    if (alone) bare.push([line, Number(alone[1])]);
    else if (/^\s*\d{1,3}\s*\/\s*\d{1,3}\s*$/.test(here)) {
      const key = here.replace(/\s+/g, '');
      fractions.set(key, [...(fractions.get(key) ?? []), line]);
    } else if ((here.length < 80 && PAGE_NUMBER.test(here)) || (here.length < 160 && RUNNING.test(here.slice(-48)))) seeds.push(line);
  }
  for (const lines of fractions.values()) if (lines.length === 1) seeds.push(lines[0]);
  if (bare.length >= 2 && (bare[0][1] === 1 || bare[0][1] === 2) && bare.every(([, v], k) => v === bare[0][1] + k)) for (const [line] of bare) seeds.push(line);
  seeds.sort((x, y) => x - y);
  if (seeds.length === 0 && feeds.length === 0) return null;
  // The letterhead's first lines, printed again at the top of each page.
  const head = new Set<string>();
  for (let line = 0, k = 0; line < n && k < 6; line++) {
    const c = content(line).replace(/\s+/g, ' ').trim();
    if (!c) continue;
    if (/^(?:vu|consid[ée]rant|article)\b/i.test(c)) break;
    if (c.length < 100) head.add(c.toLowerCase());
    k++;
  }
  const furniture = (line: number, heads = true) => {
    const c = content(line);
    const t = c.replace(/\s+/g, ' ').trim();
    // (A running header's act number in capitals is a title: the next act of a recueil, « ARRÊTÉ N° 2026-013 ».)
    return t.length > 0 && t.length < 200 && (PAGE_NUMBER.test(t) || RUNNING.test(t.slice(-48)) || footer(t) || (ACT_NUMBER_LINE.test(t) && t !== t.toUpperCase()) || (heads && head.has(t.toLowerCase())));
  };
  const out: [number, number][] = [];
  // (Looked for within SPAN lines: a run of blank lines, or of form feeds, is passed once, not once per page break.)
  const between = (from: number, to: number) => {
    let before = false;
    for (let line = from - 1; line >= 0 && from - line <= SPAN && !before; line--) before = !blank(line);
    let after = false;
    for (let line = to + 1; line < n && line - to <= SPAN && !after; line++) after = !blank(line);
    return before && after;
  };
  // A form feed: the foot of the page above it and a running header at its head (not the letterhead again: a recueil's
  // next act may start so).
  for (const feed of feeds) {
    const lines: number[] = [];
    for (let k = 0, line = feed - 1; line >= 0 && k < REACH && feed - line <= SPAN; line--) {
      if (blank(line)) continue;
      // (Right above a form feed, a number alone is the page's.)
      if (!furniture(line, false) && !/^\s*\d{1,3}\s*$/.test(content(line))) break;
      lines.push(line);
      k++;
    }
    for (let k = 0, line = feed; line < n && k < REACH && line - feed <= SPAN; line++) {
      if (blank(line)) continue;
      if (!furniture(line, false)) break;
      lines.push(line);
      k++;
    }
    if (lines.length && between(Math.min(...lines), Math.max(...lines))) for (const line of lines) out.push([starts[line], index.lineEnd(line)]);
  }
  let done = -1;
  for (const seed of seeds) {
    if (seed <= done) continue;
    let from = seed;
    let to = seed;
    for (let k = 0, line = seed - 1; line >= 0 && k < REACH && seed - line <= SPAN; line--) {
      if (blank(line)) continue;
      if (!furniture(line)) break;
      from = line;
      k++;
    }
    // (Down, the letterhead again: one line of it is a running header; two or more, the head of the next act of a
    // recueil, « RÉPUBLIQUE FRANÇAISE » / « Département de … » / « Communauté d'agglomération … », which stays, unless
    // the text goes on under it in small letters.)
    let heads = 0;
    let beforeHeads = to;
    for (let k = 0, line = seed + 1; line < n && k < REACH && line - seed <= SPAN; line++) {
      if (blank(line)) continue;
      if (!furniture(line)) break;
      if (!furniture(line, false)) {
        if (heads === 0) beforeHeads = to;
        heads++;
      }
      to = line;
      k++;
    }
    if (heads >= 2) {
      // (Unless the text goes on under it in small letters: the letterhead at the top of the page, mid-sentence.)
      let next = to + 1;
      while (next < n && next - to <= SPAN && blank(next)) next++;
      if (next >= n || !/^[\s\f]*[a-zà-ÿ(«]/.test(content(next))) to = beforeHeads;
    }
    done = to;
    // Only between two parts of the act: the first page's header and the last page's foot are the document's own.
    if (!between(from, to)) continue;
    for (let line = from; line <= to; line++) if (!blank(line) || /\f/.test(content(line))) out.push([starts[line], index.lineEnd(line)]);
  }
  if (out.length === 0) return null;
  // (In order, each line once: a form feed's lines and a seed's may meet.)
  out.sort((x, y) => x[0] - y[0]);
  return out.filter((x, k) => k === 0 || x[0] !== out[k - 1][0]);
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
