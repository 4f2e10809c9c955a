// The scanner: the text cut into units (lines, and flattened lines cut at block markers), each typed from its
// first words with the lexicon; and where the acts of a document begin.
import { TextIndex, fold, foldedOrdinals, isSpace } from '../text';
import { CIVILITY_SRC, MIXED_NAME_SRC, NAME_RE, NOT_NAMES } from './common';
import { AUTHOR_SOURCE, DELIBERATION_FORMULA_SOURCE, DISPOSITIVE_ITEM_SOURCE, SPACED_VERB_SOURCE, STAMP_HEADING_SOURCE, STAMP_LABEL_SOURCE, VERB_SOURCE, verbEntry } from '../lexicon';

export type UnitType =
  | 'republique' | 'departement' | 'collectivite' | 'title' | 'seance' | 'authority' | 'visa' | 'considerant'
  | 'verb' | 'bareVerb' | 'article' | 'item' | 'vote' | 'placeDate' | 'placeDateBare' | 'ar' | 'text';
export interface Unit {
  start: number;
  end: number;
  /** Folded text of the unit. */
  f: string;
  type: UnitType;
  /** The previous unit was separated by a blank line. */
  afterBlank: boolean;
}
export const MAX_UNIT = 4000;

// Where a flattened line is cut (tested on the folded text; case checked on the original).
/** "Laudun-L'Ardoise le 27 mars 2020, Le Maire": a place and date with no comma, known by the signature after it. */
export const BARE_CLOSING_SRC = String.raw`[a-z][a-z'’-]{1,40}\s+le\s+(?:\d{1,2}|1er)(?:\s*er)?\s+(?:janv|fev|mars|avr|mai|juin|juil|aout|sept|oct|nov|dec)[a-z]*\.?\s+\d{4}(?:\s*,)?\s+(?:le|la)\s+(?:${AUTHOR_SOURCE})\b`;
export const BARE_CLOSING_RE = new RegExp(`^${BARE_CLOSING_SRC}`);
export const SPLIT_BASE =
  /(?<=\S)\s+(?=(?:-\s*)?(?:\*\*)?(?:vu\*{0,2}\s+(?:le|la|les|l'|l’|un|une|des|notamment|en)\b|considerant\s+(?:que|qu'|l'|la|le|les|ce|cette|son|sa|ses|leur|d'|de|des|en|notamment|par)\b|(?:article|art\.)\s*(?:1\s*(?:er|\^\{er\})|premier|unique|\d{1,3})\s*(?:(?:er|°|\^\{?[oe°]r?\}?)\s*)?[:.\-)]|(?:arrete|arretons|decide|decidons|delibere)\s*(?::|(?=\s+(?:article|art\.)\s*(?:1|premier|unique)))|fait\s+(?:et\s+delibere\s+)?a\s+[a-z]|fait\s+et\s+delibere\b|apres\s+en\s+avoir\s+delibere|accuse\s+de\s+reception|(?<!\ba\s{1,3})(?<!\bde\s{1,3})[a-z][a-z'’-]{1,30}(?:\s[a-z][a-z'’-]{1,20}){0,3},\s+le\s+(?:\d{1,2}|1er)(?:\s*er)?\s+(?:janv|fev|mars|avr|mai|juin|juil|aout|sept|oct|nov|dec)))/g;
// The verbs come from the lexicon (letter-spaced forms included).
export const SPLIT_RE = new RegExp(
  SPLIT_BASE.source
    .replace('(?:arrete|arretons|decide|decidons|delibere)', `(?:${VERB_SOURCE}|${SPACED_VERB_SOURCE})`)
    .replace('|fait\\s+et\\s+delibere\\b', `|fait\\s+et\\s+delibere\\b|${BARE_CLOSING_SRC}`),
  'g',
);
/** « ARTICLE DEUXIÈME », « Article second »: an old numbering in words (folded), up to the twentieth. */
const ORDINALS_FOLDED = foldedOrdinals().slice(1).join('|');
export const ARTICLE_HEAD = new RegExp(String.raw`^(?:-\s*)?(?:\*\*)?\s*(article|art\.)\s*(1\s*(?:er|\^\{er\})|1er|ler(?=\s*[:.\-)])|premier|unique|${ORDINALS_FOLDED}|second(?=\s*[:.\-)])|\d{1,3})(?:\s*(er|°|\^\{?[oe°]r?\}?|o\b))?(?:\s*\*\*)?(?:\s*([:.\-)]|$)|(?=\s+[a-z]))`);
export const VERB_WORDS = new RegExp(`\\b(${VERB_SOURCE}|${SPACED_VERB_SOURCE})\\b`);
export const DISPOSITIVE_ITEM = new RegExp(`^(?:[-•]\\s*)?(${DISPOSITIVE_ITEM_SOURCE})\\b`);
/** Normalised verb of a folded verb as written ("a r r e t o n s" → ARRÊTONS). */
export const verbDisplay = (w: string, alone = false): string => verbEntry(w, alone)?.verb ?? w.replace(/\s+/g, '').toUpperCase();
export const FORMULA_RE = new RegExp(DELIBERATION_FORMULA_SOURCE);
export const FORMULA_START_RE = new RegExp(`^(?:${DELIBERATION_FORMULA_SOURCE})`);
/** A verb alone on its line, letter-spaced or not, with an optional colon. */
export const BARE_VERB = new RegExp(`^(?:${VERB_SOURCE}|${SPACED_VERB_SOURCE})\\s*(?::\\s*)?(?:\\*\\*\\s*)?$`);
export const VERB_LINE_RE = new RegExp(`^(?:(?:le|la)\\s+[^:;]{0,120}?\\s)?(${VERB_SOURCE}|${SPACED_VERB_SOURCE})\\s*(?::\\s*)?(?:\\*\\*\\s*)?$`);
export const VERB_COLON_RE = new RegExp(`^(${VERB_SOURCE}|${SPACED_VERB_SOURCE})\\s*:`);
/** "Le Maire de X,", "La Présidente du conseil départemental,", "Nous, Maire de X", "Nous, le Président de …". */
export const AUTHORITY_RE = new RegExp(`^(?:(?:le|la|l')\\s*(?:${AUTHOR_SOURCE})\\b.{0,160},\\s*$|nous(?:\\s*,)?\\s+(?:(?:le|la|l')\\s*)?(?:${AUTHOR_SOURCE})\\b)`);
/** The same in capitals with no comma: "LE MAIRE DE LA COMMUNE DE SAINT-DENIS". */
export const AUTHORITY_BARE_RE = new RegExp(`^(?:le|la|l')\\s*(?:${AUTHOR_SOURCE})\\s+(?:de|du|des|d')\\b[^.;:]{2,140}$`);

export function isUpperWord(s: string): boolean {
  return /[A-ZÀ-Ý]{2}/.test(s) && !/[a-zà-ÿ]/.test(s);
}

/** What the scanner reads on one line, a function of the line's text alone: its units, relative to the line start. */
export interface LineScan {
  /** Empty or a separator ("-----"): the next unit comes after a blank. */
  readonly blank: boolean;
  /**
   * A page break (a line of vertical tabulations only: `syntax/pages.ts` blanks a page's furniture so): the text goes on after
   * it, a new paragraph only if the line before it ended a sentence.
   */
  readonly pageBreak?: boolean;
  /** [start, end, type as classified, first unit of the line] for each unit. */
  readonly units: readonly (readonly [number, number, UnitType, boolean])[];
}

/** The scan of line `line` ([from, to) in the text being read) known from an earlier reading of the same text there. */
export type LineReuse = (line: number, from: number, to: number) => LineScan | undefined;
/**
 * An earlier reading's lines to reuse (a line read once is not folded, cut or classified again: the acts of a
 * collection, the next version of a document being typed — see `analyze`'s `previous`), and where to record this
 * reading's lines (by line number).
 */
export interface LineCaches {
  readonly reuse?: LineReuse;
  readonly record?: LineScan[];
}

/**
 * A row of a vote's table (folded): a label and its figure, or the labels alone (not « | Votants | 33 | », a séance's
 * figures; but « | Votants | Pour | Contre | » over a point's figures).
 */
const TALLY_ROW = /^\|[ \t]*(?:(?:pour|contre|abstentions?)[ \t]*\|[ \t]*\d{1,4}[ \t]*\||(?:(?:votants|exprimes)[ \t]*\|[ \t]*)?(?:pour|contre|abstentions?)[ \t]*\|[ \t]*(?:pour|contre|abstentions?)[ \t]*\|)/;
const BLANK_LINE: LineScan = Object.freeze({ blank: true, units: Object.freeze([]) });
const TABLE_RULE: LineScan = Object.freeze({ blank: false, units: Object.freeze([]) });
const PAGE_BREAK: LineScan = Object.freeze({ blank: false, pageBreak: true, units: Object.freeze([]) });

/**
 * Read one line [from, to) (its content, without the line break): cut into units, each typed, appended to `out`
 * (`blank`: a blank line came before). What was read is returned, for another reading of the same line.
 */
function scanLine(text: string, f: string, from: number, to: number, out: Unit[], blank: boolean): LineScan {
  let s = from;
  const lineEnd = to;
  // Trim, form feeds included.
  while (s < lineEnd && isSpace(text.charCodeAt(s))) s++;
  let e = lineEnd;
  while (e > s && isSpace(text.charCodeAt(e - 1))) e--;
  if (e <= s && text.charCodeAt(from) === 11 /* \v */ && /^[\v\s]*$/.test(text.slice(from, to))) return PAGE_BREAK;
  if (e <= s || (e - s < 200 && '-_*=#.'.includes(text[s]) && /^[-_*=#.\s]+$/.test(f.slice(s, e)))) return BLANK_LINE;
  // A Markdown table's rule (« |---|:---:| »): no unit, and the rows on each side stay one block.
  if (text.charCodeAt(s) === 124 /* | */ && e - s < 400 && /^\|[\s:|-]*-[\s:|-]*$/.test(f.slice(s, e))) return TABLE_RULE;
  // A Markdown table's row (« | Pour le Maire et par délégation, | | »): one unit a cell, as a column of text reads.
  if (text.charCodeAt(s) === 124 && text.charCodeAt(e - 1) === 124 && e - s > 2 && e - s <= 600) {
    // (A row of a vote's table, « | Pour | 28 | A, B, C | », or its labels over their figures, « | Pour | Contre |
    // Abstention | »: the whole row is one unit, a vote's, read as the lines of a tally are.)
    if (TALLY_ROW.test(f.slice(s, e))) {
      out.push({ start: s, end: e, f: f.slice(s, e), type: 'vote', afterBlank: blank });
      return { blank: false, units: [[s - from, e - from, 'vote', true]] };
    }
    const units: [number, number, UnitType, boolean][] = [];
    let a = s + 1;
    for (let k = s + 1; k < e; k++) {
      if (text.charCodeAt(k) !== 124) continue;
      let cs = a;
      let ce = k;
      while (cs < ce && isSpace(text.charCodeAt(cs))) cs++;
      while (ce > cs && isSpace(text.charCodeAt(ce - 1))) ce--;
      if (ce > cs) {
        const unit: Unit = { start: cs, end: ce, f: f.slice(cs, ce), type: 'text', afterBlank: units.length === 0 && blank };
        unit.type = classify(unit, text.slice(cs, ce));
        out.push(unit);
        units.push([cs - from, ce - from, unit.type, units.length === 0]);
      }
      a = k + 1;
    }
    return units.length ? { blank: false, units } : BLANK_LINE;
  }
  if (e - s <= 250) {
    // A short line is one unit, already trimmed (the common case: no cuts to look for).
    const unit: Unit = { start: s, end: e, f: f.slice(s, e), type: 'text', afterBlank: blank };
    unit.type = classify(unit, text.slice(s, e));
    out.push(unit);
    return { blank: false, units: [[s - from, e - from, unit.type, true]] };
  }
  // Split flattened lines at block markers whose original case shows a new block.
  const cuts = [s];
  // Only long lines can hold a flattened act (OCR dumps, one-paragraph exports); short ones are left whole.
  if (e - s > 250) {
    const slice = f.slice(s, e);
    // (Quotations opened and not yet closed before the match, counted as the matches come: a marker inside one is
    // the quoted text's, « … remplacé par les dispositions suivantes : « Article 28 – … Article 29 – … » ».)
    let open = 0;
    let counted = s;
    SPLIT_RE.lastIndex = 0;
    for (let m = SPLIT_RE.exec(slice); m; m = SPLIT_RE.exec(slice)) {
      const at = s + m.index + m[0].length;
      let k = at;
      while (k < e && /[-*\s]/.test(text[k])) k++;
      const word = text.slice(k, k + 12);
      // A new block starts with a capital ("Vu", "Considérant", "Article") or a verb in capitals.
      // (« … lettre recommandée avec accusé de réception » is no @ctes block.)
      const strong = /^(?:apres\s+en\s+avoir\s+delibere|accuse\s+de\s+reception)/.test(f.slice(k, k + 30)) && !/\bavec\s+$/.test(f.slice(Math.max(s, at - 8), at));
      for (; counted < at; counted++) {
        const c = text.charCodeAt(counted);
        if (c === 0xab /* « */ || c === 0x201c /* “ */) open++;
        else if ((c === 0xbb /* » */ || c === 0x201d /* ” */) && open > 0) open--;
      }
      if ((strong || /^[A-ZÀ-Ý]/.test(word)) && open === 0 && at - cuts[cuts.length - 1] > 2) cuts.push(at);
    }
  }
  // Very long units are cut further so no unit is huge (keeps regexes cheap).
  const bounded: number[] = [];
  for (let i = 0; i < cuts.length; i++) {
    const a = cuts[i];
    const b = i + 1 < cuts.length ? cuts[i + 1] : e;
    for (let x = a; x < b; x += MAX_UNIT) bounded.push(x);
  }
  const units: [number, number, UnitType, boolean][] = [];
  for (let i = 0; i < bounded.length; i++) {
    let a = bounded[i];
    let b = i + 1 < bounded.length ? bounded[i + 1] : e;
    while (a < b && isSpace(text.charCodeAt(a))) a++;
    while (b > a && isSpace(text.charCodeAt(b - 1))) b--;
    if (b <= a) continue;
    const unit: Unit = { start: a, end: b, f: f.slice(a, b), type: 'text', afterBlank: i === 0 && blank };
    unit.type = classify(unit, text.slice(a, b));
    out.push(unit);
    units.push([a - from, b - from, unit.type, i === 0]);
  }
  return { blank: false, units };
}

/** Cut the text into units, each typed by `classify` (no context yet); see `LineCaches`. */
function scanUnits(text: string, f: string, index: TextIndex, lines?: LineCaches): Unit[] {
  const units: Unit[] = [];
  let blank = true;
  const starts = index.lineStarts;
  const reuse = lines?.reuse;
  const record = lines?.record;
  let inBreak = false;
  for (let line = 0; line < starts.length; line++) {
    const from = starts[line];
    const to = index.lineEnd(line);
    let scan = to === from ? BLANK_LINE : reuse?.(line, from, to);
    if (scan === undefined) scan = scanLine(text, f, from, to, units, blank);
    else if (!scan.blank) {
      const us = scan.units;
      for (let k = 0; k < us.length; k++) {
        const u = us[k];
        const a = from + u[0];
        const b = from + u[1];
        units.push({ start: a, end: b, f: f.slice(a, b), type: u[2], afterBlank: u[3] && blank });
      }
    }
    if (record) record[line] = scan;
    if (scan.pageBreak) {
      // (Across a page break the blanks around it are not a paragraph's end: only a sentence ended before it is.)
      if (!inBreak) {
        let k = from - 1;
        while (k >= 0 && isSpace(text.charCodeAt(k))) k--;
        blank = k < 0 || '.;:!?'.includes(text[k]);
      }
      inBreak = true;
      continue;
    }
    if (inBreak && scan.blank) continue;
    inBreak = false;
    blank = scan.blank;
  }
  return units;
}

/** The units of a text, untyped (every unit 'text'). */
export function cutUnits(text: string, f: string, index: TextIndex): Unit[] {
  const units = scanUnits(text, f, index);
  for (const u of units) u.type = 'text';
  return units;
}

/**
 * The characters an alternation of the lexicon can start (or end) with, or null when one of its alternatives does not
 * begin (end) with a plain letter: then no guard. A guard only skips a pattern that cannot match; it never decides.
 */
function edgeChars(source: string, end: boolean): Set<number> | null {
  const out = new Set<number>();
  for (const alt of source.split('|')) {
    // A plain alternative: letters, apostrophes, hyphens and `\s+`/`[ \t]{1,3}` between them.
    if (!/^[a-z](?:[a-z'-]|\\s\+|\[ \\t\]\{1,3\})*[a-z]$/.test(alt)) return null;
    out.add(alt.charCodeAt(end ? alt.length - 1 : 0));
  }
  return out;
}
const union = (...sets: (Set<number> | null)[]): Set<number> | null => {
  const out = new Set<number>();
  for (const s of sets) {
    if (!s) return null;
    for (const c of s) out.add(c);
  }
  return out;
};
// The letter-spaced verbs (SPACED_VERB_SOURCE, written as a tree) start and end with the plain verbs' letters.
const VERB_FIRST = edgeChars(VERB_SOURCE, false);
const VERB_LAST = edgeChars(VERB_SOURCE, true);
const FORMULA_FIRST = edgeChars(DELIBERATION_FORMULA_SOURCE, false);
const ITEM_FIRST = union(edgeChars(DISPOSITIVE_ITEM_SOURCE, false), new Set([45 /* - */, 0x2022 /* • */]));
const L = 108; // "l": « le », « la », « l' »
const N = 110; // "n": « nous »
const may = (set: Set<number> | null, c: number) => set === null || set.has(c);

/** Whether `c` is a character JavaScript's `\s` matches (text.ts). */
export { isSpace };

/** The last character of `f` before its trailing spaces, colons and asterisks (0: none). */
function lastWordChar(f: string): number {
  let e = f.length;
  for (;;) {
    if (e === 0) return 0;
    const c = f.charCodeAt(e - 1);
    if (c === 58 /* : */ || c === 42 /* * */ || isSpace(c)) e--;
    else return c;
  }
}

const UPPER_START = /^[A-ZÀ-Ý]/;
/** A name each of whose words opens with a capital, but its particles (« Golfe du Morbihan – Vannes Agglomération »). */
/** Words that make a line in capitals a title, an authority or a quality, not a name (folded): « Arrêté du Président de Brest Métropole ». */
const NOT_A_NAME = /^(?:le|la|les|l'|pour|par)\b|\b(?:arretes?|deliberations?|decisions?|extrait|registre|president(?:e)?|conseil|maire|bureau|siege|seance)\b/;
const TITLE_CASE = /^\p{Lu}[\p{L}'’-]*(?:[ \t]+(?:[–—-][ \t]+)?(?:(?:de|du|des|la|le|les|et|d['’]|l['’])[ \t]*)?\p{Lu}[\p{L}'’-]*)*$/u;
/** The first letters of the vote's lines (« adopté… », « à l'unanimité », « votes : », « résultat… », « pour : », « ont voté », « le/la … »). */
const VOTE_FIRST = new Set([97, 114, 118, 112, 111, 108]);
/** A word every délibération formula holds (none when one does not: then no gate). */
const FORMULA_WORD = DELIBERATION_FORMULA_SOURCE.split('|').every((alt) => alt.includes('deliber')) ? 'deliber' : '';
const isDigitCode = (c: number) => c >= 48 && c <= 57;
/** Dot leaders and a page number at the end of a line (folded). */
// (A year is no page: « Fait à Lexy, le ........ 2025 » is a closing left blank.)
const TOC_LINE = /(?:(?<!\.[ \t]?)(?:\.[ \t]?){4,}|(?<!…[ \t]?)(?:…[ \t]?){2,})[ \t]*(?:p(?:age)?\.?[ \t]*)?\d{1,3}$|(?<!\.[ \t]?)(?:\.[ \t]?){2,3}[ \t]*p(?:age)?\.?[ \t]*\d{1,3}$/;

/** A unit's text without the marks before its first word (« - », « • », « > », « # », « ** ») nor an agenda item's number. */
function unitStart(f: string): string {
  // (Each replacement only when the first character allows it: most units start with a letter.)
  let c = f.charCodeAt(0);
  if (c === 45 || c === 0x2022 || c === 62 || c === 35 || isSpace(c)) {
    f = f.replace(/^[-•>#\s]+/, '');
    c = f.charCodeAt(0);
  }
  if (c === 42) {
    f = f.replace(/^\*+\s*/, '');
    c = f.charCodeAt(0);
  }
  // (Nor the number of a visa or a considérant in a list pasted from a spreadsheet: « 1. Vu … », « 2) Considérant … ».)
  return isDigitCode(c) ? f.replace(/^\d{1,3}\s*[.)°-]\s*(?=(?:deliberation|decision|arrete)s?\s+n)|^\d{1,2}\s*(?:[.)-]\s*)?(?=(?:vu|considerant)\b)/, '') : f;
}

export function classify(u: Unit, original: string): UnitType {
  // (« 1. Délibération n° 2024-040 – … »: an agenda item's number before a title is no part of it.)
  const f = unitStart(u.f);
  // A line of a table of contents (« Arrêté n° 2025-0412 portant … ........ p. 2 ») heads nothing.
  if (f.length > 12 && isDigitCode(f.charCodeAt(f.length - 1)) && TOC_LINE.test(f)) return 'text';
  // Each anchored pattern is tried only when the unit starts with a character it can start with (same order, same
  // result as trying them all).
  const c0 = f.charCodeAt(0);
  switch (c0) {
    case 114 /* r */:
      if (/^republique\s+francaise\b/.test(f)) return 'republique';
      break;
    case 97 /* a */:
      if (/^accuse\s+de\s+reception\b/.test(f)) return 'ar';
      break;
    case 118 /* v */:
      if (/^vu\*{0,2}\b[\s,:]/.test(f) || /^vu\*{0,2}$/.test(f)) return 'visa';
      break;
    case 99 /* c */:
      if (/^considerant\b/.test(f)) return 'considerant';
      break;
  }
  if (c0 === 97 && /^attendu\s+que\b/.test(f)) return 'considerant';
  // (ARTICLE_HEAD can only start with « a » here: the marks before a first word are gone.)
  if (c0 === 97 && ARTICLE_HEAD.test(f) && /^(?:[-*#\s]*)(?:Art|ART|art)/.test(original)) {
    // "article 3 du code …" at a line start is a wrapped reference, not a heading.
    const m = ARTICLE_HEAD.exec(f)!;
    const rest = f.slice(m[0].length);
    // (Unless what follows starts a sentence: « Article 1er⇥Du lundi 1er juin … », a tab or a capital after the number.)
    const restWritten = original.slice(original.length - rest.length);
    if (!(!m[4] && /^\s*(?:du|de|des|et|alinea|al\.)\b/.test(rest)) || /^\t|^\s*\p{Lu}/u.test(restWritten)) return 'article';
  }
  if ((c0 === 102 /* f */ || c0 === 100 /* d */) && (/^fait\s+(?:et\s+delibere\s+)?(?:a|en|au|aux)\s+/.test(f) || /^(?:fait\s+et\s+)?delibere\s+(?:a|en|les?)\s+/.test(f))) return 'placeDate';
  // « Ainsi fait et délibéré les jour, mois et an susdits ».
  if (c0 === 97 /* a */ && /^ainsi\s+(?:fait\s+(?:et\s+delibere\s+)?|delibere\s+)(?:a|en|les?)\s+/.test(f)) return 'placeDate';
  if (c0 >= 97 && c0 <= 122 && UPPER_START.test(original)) {
    if (BARE_CLOSING_RE.test(f)) return 'placeDateBare';
    if (/^[a-z][a-z'-]{1,30}(?:\s[a-z][a-z'-]{1,20}){0,3},\s+le\s+(?:\d{1,2}|1er)(?:\s*er)?\s+(?:janv|fev|mars|avr|mai|juin|juil|aout|sept|oct|nov|dec)/.test(f)) return 'placeDateBare';
    // A line that is only a place and a date, or a date (« Beaune le 5 décembre 2024 », « Beaune, le 05/12/2024 »,
    // « À Lyon, le 3 juin 2024 », « Le 5 décembre 2024 »): the closing's place and date, when it comes after the
    // dispositif. The whole line: not a sentence of an article (« À titre exceptionnel, le 14 juin 2024 de 8 h à 12 h,
    // … »), a title, a stamp or a heading dated the same way (« ARRETE MUNICIPAL du le 28 septembre 2020 », « Publié le … »).
    if (f.length < 90 && /^(?:a\s+)?(?:(?!(?:arretes?|decisions?|deliberations?|extrait|seance|session|reunion|conseil|bureau|proces-verbal|registre|objet|vu|considerant|article|acte|date|publiee?|affichee?|mise?|rendue?|executoire|recue?|envoyee?|transmise?|teletransmise?|notifiee?|certifiee?|signee?|convoquee?s?|convocation)\b)[a-z][a-z'-]{1,30}(?:\s[a-z][a-z'-]{0,20}){0,4},?\s+)?le\s+(?:(?:\d{1,2}|1er)(?:\s*er)?\s+(?:janv|fev|mars|avr|mai|juin|juil|aout|sept|oct|nov|dec)[a-z]*\.?\s+\d{4}|\d{1,2}[/.]\d{1,2}[/.]\d{2,4})\s*[.,]?$/.test(f)) return 'placeDateBare';
  }
  if (c0 === 100 /* d */ && f.length < 90 && /^(?:departement|dpt)\s+(?:de|du|des|d')\b/.test(f)) return 'departement';
  // (« VILLE DE BAYONNE      Direction de l'Urbanisme »: a letterhead's first column.)
  if ((c0 === 99 || c0 === 118 || c0 === 109 /* m */) && (f.length < 90 || /^[^\t]{4,60}?(?:[ ]{3,}|\t)/.test(f)) && /^(?:commune(?:\s+nouvelle)?|ville|mairie)\s+(?:de|d'|du|des)\b/.test(f)) return 'collectivite';
  // « COLLECTIVITÉ DE SAINT-MARTIN », « Collectivité territoriale de Martinique »: alone on its line.
  if (c0 === 99 && f.length < 70 && /^collectivite\s+(?:territoriale\s+|unique\s+)?(?:de|d'|du)\s*[a-z][a-z' -]{2,40}$/.test(f)) return 'collectivite';
  if (f.length < 100 && (c0 === 109 || c0 === 99 || c0 === 115 || c0 === 101) && /^(?:metropole|communaute\s+(?:de\s+communes|d'agglomeration|urbaine)|syndicat|etablissement\s+public|eurometropole|cc\s|ca\s|sivom\b|sivu\b|sivos\b|smictom\b|sictom\b)/.test(f) && !/[;]/.test(f)) return 'collectivite';
  // « Terres de Montaigu, Communauté d'agglomération Montaigu-Rocheservière »: the name, a comma, then what it is.
  if (f.length < 110 && /^[a-z][a-z' -]{2,40},\s+(?:communaute\s+(?:de\s+communes|d'agglomeration|urbaine)|metropole)\b[^:;]*$/.test(f)) return 'collectivite';
  // « BREST MÉTROPOLE », « GRAND CHAMBÉRY AGGLOMÉRATION »: the name, then what it is.
  // A local public établissement's name alone on its line (« CENTRE COMMUNAL D'ACTION SOCIALE DE VERTOU », « OFFICE DE
  // TOURISME DES GETS »); not a heading that goes on with an objet (« CCAS – Élection des représentants … »).
  if (f.length < 90 && (c0 === 99 || c0 === 111 || c0 === 114) && /^(?:centre\s+(?:inter)?communal\s+d'action\s+sociale|caisse\s+(?:intercommunale\s+)?des\s+ecoles|office\s+(?:intercommunal\s+|municipal\s+|communautaire\s+)?(?:de|du)\s+tourisme|regie\s+(?:municipale|intercommunale|communautaire|personnalisee)\b)[^:;–—]*$/.test(f) && !/\s-\s/.test(f)) return 'collectivite';
  // (« PONTIVY COMMUNAUTÉ », « GOLFE DU MORBIHAN – VANNES AGGLOMÉRATION », « GRAND CHAMBÉRY » over « L'Agglomération ».)
  // (Or each word a capital, « Montpellier Méditerranée Métropole », « Brest Métropole ».)
  if (f.length < 60 && (/^[a-z][a-z' –—-]{1,40}\s(?:metropole|agglomeration|agglo|communaute)\s*$/.test(f) || /^grand[ -][a-z'-]{3,25}(?:[ -][a-z'-]{2,25})?\s*$/.test(f)) && (isUpperWord(original.slice(u.start, u.end).trim()) || (TITLE_CASE.test(original.trim()) && !NOT_A_NAME.test(f)))) return 'collectivite';
  // A verb alone on its line: letter-spaced ("A R R E T E") it can only be the verb; written plainly it may also be
  // the title "ARRÊTÉ" (the reader decides from its place: after the recitals it is the verb).
  const last = lastWordChar(f);
  const verbEnd = may(VERB_LAST, last);
  if (verbEnd && may(VERB_FIRST, c0) && BARE_VERB.test(f)) return /\s/.test(f.replace(/[\s:*]+$/, '')) ? 'verb' : 'bareVerb';
  if (f.length < 200 && (c0 === 101 || c0 === 114 || c0 === 100 || c0 === 97 || c0 === 112) && /^(?:(?:extrait\s+du\s+)?(?:registre\s+des\s+)?deliberations?|arretes?|decisions?|proces-verbal|extrait\s+du\s+registre)\b/.test(f) && !/^arrete\s*:/.test(f) && !/^decide\s*:/.test(f) && !/^(?:deliberations?|decisions?|arretes?)\s+(?:annuelles?|relatives?)/.test(f)
    // (« DÉCISION MODIFICATIVE N° 2 – BUDGET PRINCIPAL » is a budget's amendment, an item or an objet: no décision's title.)
    && !/^decisions?\s+modificatives?\b/.test(f)) {
    const firstWord = original.replace(/^[-*\s]+/, '').split(/\s/)[0] ?? '';
    // (An item of a list in small letters, « - décision n° 2025-031 du 12 mai 2025 : achat … », names another act.)
    const listed = BULLETED.test(u.f) && !isUpperWord(firstWord);
    if (!listed && (isUpperWord(firstWord) || /\bn\s?[°o]/.test(f) || f.length < 60)) return 'title';
  }
  if (f.length < 200 && (c0 === 115 || c0 === 114) && /^(?:seance|reunion|session)\b/.test(f)) return 'seance';
  if (VOTE_FIRST.has(c0) && (/^(?:adopte(?:e|s|es)?|approuve(?:e)?|rejete(?:e)?)\s+(?:a\s+l'unanimite|a\s+la\s+majorite|par\s+\d)/.test(f) || /^(?:a\s+l'unanimite|unanimite\b(?=\s*(?:[.(]|$|des|moins))|votes?\s*:|resultat\s+du\s+vote|(?:le\s+)?resultat\s+(?:du\s+(?:vote|scrutin)\s+)?est\s+le\s+suivant\s*:[^.\n]{0,40}\d|pour\s*:\s*\d|ont\s+vote\s+(?:pour|contre)\s*:\s*\d|votants\s*:\s*\d{1,4}[\s–—|/,;-]{1,6}pour\s*:\s*\d)/.test(f) || /^(?:la\s+deliberation\s+est\s+adoptee|le\s+conseil\s+adopte)/.test(f))) return 'vote';
  if (c0 === L || c0 === N) {
    if (AUTHORITY_RE.test(f) || (AUTHORITY_BARE_RE.test(f) && !/[a-zà-ÿ]/.test(original))) return 'authority';
    if (/^(?:le|la)\s+(?:conseil|bureau|comite)\b[^.;]{0,120}$/.test(f) && !VERB_WORDS.test(f) && !/apres\s+en\s+avoir/.test(f)) return 'authority';
  }
  if (f.length < 300 ? f.includes(FORMULA_WORD) && FORMULA_RE.test(f) : may(FORMULA_FIRST, c0) && FORMULA_START_RE.test(f)) return 'verb';
  if (verbEnd && (c0 === L || may(VERB_FIRST, c0)) && VERB_LINE_RE.test(f)) return 'verb';
  if (may(VERB_FIRST, c0) && VERB_COLON_RE.test(f) && /^[-*\s]*[A-ZÀ-Ý]{3}/.test(original)) return 'verb';
  if (may(ITEM_FIRST, c0) && DISPOSITIVE_ITEM.test(f) && isUpperWord(original.replace(/^[-•\s]+/, '').split(/\s/)[0] ?? '')) return 'item';
  return 'text';
}

/** The scanned units of a text, opaque outside the reader (handed back to `parse` so it does not scan twice). */
export type Units = readonly unknown[] & { readonly __units: true };

/** Cut the text into units and type each one (the scanner): one pass over the lines (see `scanUnits` for `lines`). */
export function readUnits(text: string, f: string, index: TextIndex, lines?: LineCaches): Unit[] {
  const units = scanUnits(text, f, index, lines);
  // "ARRÊTÉ"/"ARRETE" alone: the verb once a recital has been read or when an article follows, else the title.
  let recital = false;
  for (let i = 0; i < units.length; i++) {
    const u = units[i];
    if (u.type === 'visa' || u.type === 'considerant') recital = true;
    if (u.type !== 'bareVerb') continue;
    const next = units[i + 1]?.type;
    u.type = recital || next === 'article' ? 'verb' : 'title';
  }
  return units;
}

/**
 * An item of a list (folded unit: « - décision n° 2025-031 du 12 mai 2025 : achat … », « • arrêté n° … »): it names
 * another act, it is no act's title or number.
 */
export const BULLETED = /^[-•*–]\s/;
/**
 * The heading of one act in a document that holds several (« Délibération n° 2024-040 », « 2. Délibération n° … »), or
 * the number alone before the objet, as a small commune's secrétaire writes it (« N° 2026-001 - ÉLECTION DU MAIRE »,
 * « D2026-040 - RAPPORT ANNUEL … »).
 */
const NUMBERED_HEADING = /^[-*#\s]*(?:(?:\d{1,3}\s*[.)°-]\s*)?(?:deliberation|decision|arrete)s?\s+(?:n\s?[°o]|(?=[a-z]{0,4}[-_/]?\d{2,4}[-_/.]\d{1,4}\s*[:–—-]))|n\s?[°o]\s*(?=[a-z]{0,4}[-_/]?\d{2,4}[-_/.]\d{1,4}\s*[:–—|-]\s)|(?=[a-z]{1,4}[-_/]?\d{4}[-_/.]\d{1,4}\s*[:–—-]\s))/;
/**
 * The title of a document that holds several acts (folded), after the body that holds it if it says it: « COMITÉ
 * SYNDICAL – PROCÈS-VERBAL DE LA SÉANCE DU … ».
 */
export const DOCUMENT_TITLE = /^[-*#\s]*(?:(?:conseil|comite|bureau|assemblee)\b[a-z' -]{0,40}?\s[–—-]\s+)?(?:proces-verbal|compte[\s-]+rendu|recueil)\b/;
/** A dispositive item's word that is also a noun, used as one (folded): « Vote des taux », « Demande de subvention ». */
const NOUN_HEADING = /^(?:vote|demande|acte|charge)s?\s+(?:de\s|des\s|du\s|d')/;
/** An item of a procès-verbal or compte rendu by its number: « POINT N° 1 – … », « Question n° 2 : … », « 3. … », « 4/ … », « ## 5 — … » (folded). */
export const ITEM_HEADING = /^[-*#\s]*(?:(?:(?:point|question|affaire|dossier|rapport)\s+(?:n\s?[°o]\s*)?|n\s?[°o]\s*(?=\d{1,3}\s*(?:[.)/:]|\s[–—-])\s))(\d{1,3})\b|(\d{1,3})(?:\s*[.)/]|\s+[–—-])\s+(?=[a-z]))/;
/**
 * An item of a procès-verbal where nothing is decided (folded, after its number): « Questions diverses », « Informations
 * du maire », « Compte rendu des décisions prises par délégation », « Communications ».
 */
const UNVOTED_ITEM = /^[\s–—:.-]*(?:questions?\s+diverses|points?\s+divers|divers\b|informations?\b|communications?\b|tour\s+de\s+table|compte[\s-]+rendu\s+des\s+decisions|decisions\s+(?:prises|du\s+maire|du\s+president)|affaires\s+diverses)/;
/**
 * An item of a procès-verbal that is never a délibération, whatever is said in it (folded, after its number): « Installation
 * des conseillers municipaux » (where the secrétaire is designated), « Lecture de la charte de l'élu local », « Appel ».
 */
const NO_ACT_ITEM = /^[\s–—:.-]*(?:installation\s+(?:des?|du)\s+(?:nouveaux?\s+)?(?:conseill|conseil\b|membres|delegues)|lecture\s+de\b|appel\s+(?:des?|nominal)|ouverture\s+de\s+la\s+seance|designation\s+d[ue]s?\s+secretaires?\s+de\s+seance)/;
/**
 * The sentence by which an assembly decides (folded): « Le Conseil municipal, à l'unanimité, DÉSIGNE M. X », « … ouï
 * l'exposé du Maire, DÉCIDE … ».
 */
export const DELIBERATION_SENTENCE = /apres\s+en\s+avoir\s+delibere|\b(?:le\s+(?:conseil|bureau|comite)|les\s+membres|l'assemblee)\b[^.;]{0,120}\b(?:adopte(?:nt)?|approuve(?:nt)?|decide(?:nt)?|delibere(?:nt)?|autorise(?:nt)?|emet(?:tent)?|designe(?:nt)?|elit|elisent|attribue(?:nt)?|accorde(?:nt)?|accepte(?:nt)?|valide(?:nt)?|sollicite(?:nt)?|prend\s+acte|procede(?:nt)?\s+a\s+(?:la\s+designation|l'election|l'installation))\b/;
/**
 * A sentence that decides or a vote's words (« Le Conseil municipal, à l'unanimité, ADOPTE … »), an election's result
 * (« M. X : 25 voix », « M. X est désigné délégué »; not « Mme Y est élue secrétaire de séance ») (folded).
 */
export const DECIDING = new RegExp(`^(?:adoptee?s?|approuvee?s?|rejetee?s?|unanimite)\\b|\\ba\\s+l'unanimite\\b|\\ba\\s+la\\s+majorite\\b|\\bpar\\s+\\d{1,4}\\s+voix\\b|\\b\\d{1,4}\\s+voix\\s+pour\\b|\\b(?:est|sont)\\s+(?:designee?s?|elue?s?|proclamee?s?)\\b(?!\\s+(?:pour\\s+(?:remplir|assurer)\\s+les\\s+fonctions\\s+de\\s+|en\\s+qualite\\s+de\\s+|comme\\s+)?secretaires?\\b)|:\\s*\\d{1,4}\\s+voix\\b|\\bpour\\s*:\\s*\\d{1,4}\\b[^.\\n]{0,30}\\bcontre\\b|\\bvotes?\\s*:\\s*(?:\\d|unanimite)|\\b\\d{1,4}\\s+pour\\b[^.\\n]{0,30}\\b(?:contre|abstentions?)\\b|${DELIBERATION_SENTENCE.source}`);
/** A line that heads an act: its number, its objet, its item number (folded). */
const ACT_HEADING = new RegExp(`^[-*#\\s]*(?:n\\s?[°o]\\s*\\S|objet\\b|\\d{1,3}\\s*[.)-]\\s)|${NUMBERED_HEADING.source}`);
const REGISTER_TITLE = /^[-*#\s]*(?:extrait\s+du\s+)?registre\s+des\s+deliberations\b/;

/** A signature line: a quality (« Le Maire, », « Pour le Maire et par délégation », « Le secrétaire de séance »). */
const SIGNATURE_QUALITY = /^(?:(?:le|la|l')\s*)?(?:maire|president(?:e)?|vice-president(?:e)?|adjointe?|secretaire|conseillere?\s+delegue)|^(?:pour\s+(?:le|la)\s+(?:maire|president)|par\s+delegation|signe\b)/;

/**
 * Where the next act of a collection begins among the units [lo, i] that follow the previous act's closing (`i`: the
 * title or first recital that shows a new act): at the block (units after a blank line) that holds unit `i`, or at an
 * earlier block after the closing that is not a signature (the next act's objet may stand above its visas). The
 * signature under the previous act's closing (a quality and a person's name) stays with that act. Without a blank
 * line to go by, right after the closing.
 */
/** A line that is only a name in small letters (« Emmanuel Denis », « Marie de La Tour »). */
const LONE_MIXED_NAME = new RegExp(`^(?:${CIVILITY_SRC}\\s+)?${MIXED_NAME_SRC}\\s*,?$`);

/** A line of the platforms' stamp or a publicity mention written under an act (folded, its list marks left out). */
const STAMP_UNIT = new RegExp(`^(?:${STAMP_LABEL_SOURCE}|${STAMP_HEADING_SOURCE})`);
const isStampUnit = (u: Unit) => u.type === 'ar' || STAMP_UNIT.test(u.f.replace(/^[-*\s]+/, ''));

/**
 * `trailing`: the document writes each act's stamp and publicity under its signature (its last act ends so), and the
 * paragraphs of stamp lines after a signature are that act's, not the next one's.
 */
function nextActStart(text: string, units: readonly Unit[], lo: number, i: number, trailing = false): number {
  let k = i;
  while (k > lo && !units[k].afterBlank) k--;
  if (!units[k].afterBlank) return lo;
  while (k > lo) {
    let b = k - 1;
    while (b > lo && !units[b].afterBlank) b--;
    let quality = false;
    let name = false;
    for (let u = b; u < k; u++) {
      if (SIGNATURE_QUALITY.test(units[u].f.replace(/^[-*\s]+/, ''))) quality = true;
      const line = text.slice(units[u].start, units[u].end);
      const m = NAME_RE.exec(line);
      if (m && !NOT_NAMES.has((m[1] ?? m[3] ?? m[5]).toUpperCase())) name = true;
      // (« Emmanuel Denis »: a name in small letters alone on its line.)
      else if (line.length < 60 && LONE_MIXED_NAME.test(line.trim()) && !line.trim().split(/[\s-]+/).some((w) => NOT_NAMES.has(w.toUpperCase()))) name = true;
    }
    if (quality && name) break;
    k = b;
  }
  if (trailing) {
    // (Past the paragraphs made only of stamp lines: « Publié sur le site internet de la ville le 3 avril 2025 ».)
    for (;;) {
      let e = k;
      while (e < i && isStampUnit(units[e]) && (e === k || !units[e].afterBlank)) e++;
      if (e === k || e >= i || !units[e].afterBlank) break;
      k = e;
    }
  }
  return k;
}

/**
 * The document's title that `is` recognises: the first title unit, or one of the first eight units (« RECUEIL DES ACTES
 * ADMINISTRATIFS » under the collectivité's name is not typed a title); -1.
 */
function titleAmong(units: readonly Unit[], firstTitle: number, is: (f: string) => boolean): number {
  return firstTitle >= 0 && is(units[firstTitle].f) ? firstTitle : units.findIndex((u, i) => i < 8 && is(u.f));
}

/**
 * A séance's opening words (folded): « Séance du … », « Convocation du … », « Conseillers en exercice : 33 ». Not an
 * earlier séance a point speaks of: « Le procès-verbal de la séance du 10 avril 2025 est soumis à … », « adopté lors de
 * la séance du … ».
 */
const SEANCE_OPENING = /(?<!(?:proces-verbal|compte\s+rendu|pv|lors|cours|depuis|suite)\s+(?:de\s+la|du|des)\s+)\b(?:seance|reunion)\s+du\b|\bconvo(?:cation|que)|\ben\s+exercice\b/;

/**
 * The unit where the act headed at `h` begins, the previous heading being at `prev`: `h`, or the first block after
 * the previous act's dispositif that opens a séance.
 */
function seanceAbove(units: readonly Unit[], prev: number, h: number): number {
  let body = prev;
  for (let u = h - 1; u > prev; u--) {
    const t = units[u].type;
    if (t === 'article' || t === 'verb' || t === 'vote' || t === 'visa' || t === 'considerant' || t === 'item') {
      body = u;
      break;
    }
  }
  for (let u = body + 1; u < h; u++) if (units[u].afterBlank && (units[u].type === 'seance' || SEANCE_OPENING.test(units[u].f))) return u;
  return h;
}

/**
 * Where the acts of a document are (offsets, end exclusive), when it holds several (a compte rendu, a procès-verbal,
 * a recueil): a new act begins when, after a dispositif, come a title or recitals again, or a second dispositif after
 * the first one's vote or closing. One act (or none) gives one segment covering the whole text. `header` is the part
 * before the first act's own title or recitals (collectivité, séance), which every act of a collection shares. `by`: a
 * procès-verbal cut at its « Délibération n° … » headings or at its numbered points, whose acts each begin with their
 * own part.
 */
export function actSegments(text: string, folded?: string, index: TextIndex = new TextIndex(text), lines?: LineCaches): { header: number; segments: { start: number; end: number }[]; units: Units; by?: 'headings' | 'items' } {
  const f = folded !== undefined && folded.length === text.length ? folded : fold(text);
  const units = readUnits(text, f, index, lines);
  // A procès-verbal or compte rendu (its first title says so) that heads each délibération « Délibération n° … »: one
  // act per heading, whether or not its dispositif has a verb the scanner types.
  // So does an extrait du registre that holds several délibérations, each under its own number (a number repeated
  // is a page header of the same act).
  const firstTitle = units.findIndex((u) => u.type === 'title');
  const collectionTitle = titleAmong(units, firstTitle, (f) => DOCUMENT_TITLE.test(f) || REGISTER_TITLE.test(f));
  if (collectionTitle >= 0) {
    const headings: number[] = [];
    // (Not an item of a list under a sentence, « Le maire rend compte des décisions suivantes : » / « - décision n° 2025-031 du … ».)
    for (let i = collectionTitle + 1; i < units.length; i++) if ((units[i].type === 'title' || (units[i].type === 'text' && units[i].afterBlank)) && NUMBERED_HEADING.test(units[i].f) && (units[i].afterBlank || !BULLETED.test(units[i].f))) headings.push(i);
    const numbers = new Set(headings.map((h) => /^[\w/-]*/.exec(units[h].f.replace(NUMBERED_HEADING, '').trim())![0]));
    // (Each part is a délibération: it holds a dispositif or a vote.)
    const decided = (a: number, b: number) => units.slice(a + 1, b).some((u) => u.type === 'verb' || u.type === 'vote' || u.type === 'item' || DECIDING.test(u.f));
    if (headings.length >= 2 && numbers.size === headings.length && headings.every((h, k) => decided(h, k + 1 < headings.length ? headings[k + 1] : units.length))) {
      // (A séance written above a heading, after the previous act's closing, is the next act's: a recueil that
      // groups its délibérations by séance, « CONSEIL MUNICIPAL — SÉANCE DU 26 JUIN 2025 / Convocation du … ».)
      const starts = headings.map((h, k) => (k === 0 ? h : seanceAbove(units, headings[k - 1], h)));
      // Then the first act's séance is its own too, and what the acts share is only what stands above the document's
      // title (the collectivité), not the recueil's number, date and table of contents.
      const ownSeances = starts.some((u, k) => u !== headings[k]);
      if (ownSeances) starts[0] = seanceAbove(units, collectionTitle, headings[0]);
      const segments = starts.map((h, k) => ({ start: units[h].start, end: k + 1 < starts.length ? units[starts[k + 1]].start : text.length }));
      // (A document title that is not typed a title cuts here only for séances of their own; else the cut at each
      // closing below, which keeps a stamp printed above an act with that act.)
      // (A procès-verbal's title not typed a title, « COMITÉ SYNDICAL – PROCÈS-VERBAL DE LA SÉANCE DU … », cuts too.)
      if (collectionTitle === firstTitle || ownSeances || /proces-verbal|compte[\s-]+rendu/.test(units[collectionTitle].f)) return { header: ownSeances ? units[collectionTitle].start : segments[0].start, segments, units: units as unknown as Units, by: 'headings' };
    }
  }
  // A procès-verbal or compte rendu may number its items instead (« POINT N° 1 – Budget primitif 2025 », « 1. Tarifs
  // municipaux 2026 »): one act per item when every item is voted (a tally or a dispositive verb before the next one)
  // and the numbers follow each other. (« COMPTE RENDU SOMMAIRE DU CONSEIL MUNICIPAL DU … » is not typed a title.)
  const documentTitle = titleAmong(units, firstTitle, (f) => DOCUMENT_TITLE.test(f));
  if (documentTitle >= 0) {
    // The same marker for every item (« POINT N° », or the number's « . » or « ) »), not the list of a dispositif
    // (« 1) approuve … 2) autorise … »; but « 3) Vote des taux », « 5) Demande de subvention » are headings: the noun).
    const markerOf = (m: RegExpExecArray) => (m[1] !== undefined ? /[a-z]+/.exec(m[0])![0] : /\d\s*([.)/–—-])/.exec(m[0])![1]);
    const items: number[] = [];
    let marker: string | null = null;
    for (let i = documentTitle + 1; i < units.length; i++) {
      const u = units[i];
      if (u.type === 'verb' || u.type === 'item') continue;
      const m = ITEM_HEADING.exec(u.f);
      if (!m || (DISPOSITIVE_ITEM.test(u.f.slice(m[0].length)) && !NOUN_HEADING.test(u.f.slice(m[0].length)))) continue;
      const number = +(m[1] ?? m[2]);
      // (A list that starts again at 1 in another form, the items after the ordre du jour's list, replaces it; so does
      // one in the same form when nothing was decided under the first list's items.)
      if (number === 1 && items.length > 0 && (markerOf(m) !== marker || !units.slice(items[0] + 1, i).some((x) => x.type === 'vote' || DECIDING.test(x.f)))) items.length = 0;
      else if (number !== items.length + 1 || (marker !== null && markerOf(m) !== marker)) continue;
      marker = markerOf(m);
      items.push(i);
    }
    // (The heading's line may be the point itself: « 1. Le procès-verbal de la séance du 13 avril est arrêté à l'unanimité. »)
    const voted = (a: number, b: number) => units.slice(a, b).some((u) => u.type === 'vote' || DECIDING.test(u.f));
    // (An item where nothing is decided, « 6) Questions diverses », « 2. Informations du maire », is no act: its text
    // goes with the point before it.)
    const unvoted = (h: number, k: number) => {
      const heading = units[h].f.replace(ITEM_HEADING, '');
      return NO_ACT_ITEM.test(heading) || (UNVOTED_ITEM.test(heading) && !voted(h, k + 1 < items.length ? items[k + 1] : units.length));
    };
    const kept = items.filter((h, k) => !unvoted(h, k));
    if (kept.length < items.length) items.splice(0, items.length, ...kept);
    if (items.length >= 2 && items.every((h, k) => voted(h, k + 1 < items.length ? items[k + 1] : units.length))) {
      const segments = items.map((h, k) => ({ start: units[h].start, end: k + 1 < items.length ? units[items[k + 1]].start : text.length }));
      return { header: segments[0].start, segments, units: units as unknown as Units, by: 'items' };
    }
  }
  const starts: number[] = [0];
  // (Stamps under each act, when the document's last act ends with one after its place and date.)
  let lastClose = -1;
  for (let i = 0; i < units.length; i++) if (units[i].type === 'placeDate' || units[i].type === 'placeDateBare') lastClose = i;
  const trailing = lastClose >= 0 && units.slice(lastClose + 1).some(isStampUnit);
  let sawVerb = false;
  let lastClosing = -1;
  let verbs = 0;
  let openingVote = false;
  for (let i = 0; i < units.length; i++) {
    const t = units[i].type;
    if (sawVerb && (t === 'visa' || t === 'considerant' || t === 'title' || (t === 'verb' && lastClosing >= 0))) {
      let from = lastClosing >= 0 && lastClosing + 1 <= i ? nextActStart(text, units, lastClosing + 1, i, trailing) : i;
      // (No closing before it: the lines that head the new act in its block come with it, « N° 2025-015 – … ».)
      while (lastClosing < 0 && from > 0 && !units[from].afterBlank && units[from - 1].type !== 'verb' && ACT_HEADING.test(units[from - 1].f)) from--;
      starts.push(units[from].start);
      sawVerb = false;
      lastClosing = -1;
    }
    if (t === 'verb' && !(i > 0 && units[i - 1].type === 'verb') && !openingVote) {
      sawVerb = true;
      verbs++;
    }
    // A tally right under « Le Conseil municipal, après en avoir délibéré, » (a sentence left open), before « DÉCIDE : »,
    // is the vote of the dispositif that follows, not the closing of an act.
    openingVote = t === 'vote' && i > 0 && ((units[i - 1].type === 'verb' && /[,:]\s*$/.test(units[i - 1].f)) || (openingVote && units[i - 1].type === 'vote'));
    if (sawVerb && !openingVote && (t === 'vote' || t === 'placeDate' || t === 'placeDateBare' || t === 'ar')) lastClosing = i;
  }
  const all = starts.map((s, k) => ({ start: s, end: k + 1 < starts.length ? starts[k + 1] : text.length }));
  // Only segments that hold a dispositif are acts; the others join the act before them.
  const hasVerb = (seg: { start: number; end: number }) => units.some((u) => u.type === 'verb' && u.start >= seg.start && u.start < seg.end);
  const segments: { start: number; end: number }[] = [];
  for (const seg of all) {
    if (segments.length && !hasVerb(seg)) segments[segments.length - 1].end = seg.end;
    else segments.push({ ...seg });
  }
  if (segments.length < 2 || verbs < 2) return { header: 0, segments: [{ start: 0, end: text.length }], units: units as unknown as Units };
  // The shared header ends at the first act's title or first recital.
  // (Not the document's own title, « PROCÈS-VERBAL DE LA SÉANCE DU … », « COMPTE RENDU … »: the séance under it is shared.)
  let first = units.findIndex((u) => (u.type === 'title' && !DOCUMENT_TITLE.test(u.f) && !REGISTER_TITLE.test(u.f)) || u.type === 'visa' || u.type === 'considerant' || u.type === 'verb');
  // (With the lines that head the first act in its block: « N° 2025-014 – Tarifs … », « Objet : … ».)
  while (first > 0 && !units[first].afterBlank && ACT_HEADING.test(units[first - 1].f)) first--;
  const header = first > 0 ? units[first].start : 0;
  segments[0].start = header;
  return { header, segments, units: units as unknown as Units };
}

