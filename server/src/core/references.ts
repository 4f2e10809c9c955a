// Legal references found anywhere in the text: code articles, lois / ordonnances /
// décrets, délibérations and arrêtés. Works on the folded text (same offsets as the
// original), so "L.2122-22", "l'article L 2122-22" and "ARTICLE L. 2122-22" all match.
import type { Reference, Span, TextNature } from './model';
import { DATE_SRC, TextIndex, flat, isoDate, isoFromGroups, monthNumber } from './text';

/** Codes the parser recognises by name, with the key used in the model. */
export const CODE_NAMES: readonly (readonly [key: string, folded: string])[] = [
  ['CGCT', 'code general des collectivites territoriales'],
  ['CRPA', "code des relations entre le public et l'administration"],
  ['CJA', 'code de justice administrative'],
  ['CU', "code de l'urbanisme"],
  ['CCP', 'code de la commande publique'],
  ['CG3P', 'code general de la propriete des personnes publiques'],
  ['CSP', 'code de la sante publique'],
  ['CENV', "code de l'environnement"],
  ['CROUTE', 'code de la route'],
  ['CVR', 'code de la voirie routiere'],
  ['CGFP', 'code general de la fonction publique'],
  ['CEDUC', "code de l'education"],
  ['CCH', "code de la construction et de l'habitation"],
  ['CELEC', 'code electoral'],
  ['CPATR', 'code du patrimoine'],
  ['CSI', 'code de la securite interieure'],
  ['CTRANSP', 'code des transports'],
  ['CTOUR', 'code du tourisme'],
  ['CASF', "code de l'action sociale et des familles"],
  ['CGI', 'code general des impots'],
  ['CCIV', 'code civil'],
  ['CPEN', 'code penal'],
  ['CTRAV', 'code du travail'],
  ['CSS', 'code de la securite sociale'],
  ['CRPM', 'code rural et de la peche maritime'],
  ['CJF', 'code des juridictions financieres'],
  ['CENERG', "code de l'energie"],
  ['CSPORT', 'code du sport'],
  ['CEXPR', "code de l'expropriation pour cause d'utilite publique"],
  ['CCOM', 'code de commerce'],
  ['CCONSO', 'code de la consommation'],
  ['CFOR', 'code forestier'],
  ['CMF', 'code monetaire et financier'],
  ['CPCE', 'code des postes et des communications electroniques'],
  ['CPP', 'code de procedure penale'],
  ['CPI', 'code de la propriete intellectuelle'],
  ['CMP', 'code des marches publics'],
  ['CCOMMUNES', 'code des communes'],
  // (In force: the communes of Nouvelle-Calédonie are governed by it, not by the CGCT.)
  ['CCNC', 'code des communes de la nouvelle-caledonie'],
  ['CGCL', 'code general des collectivites locales'],
];

/** Abbreviations accepted in place of a code's name (folded, as written in acts). */
export const CODE_ABBREVIATIONS: Readonly<Record<string, string>> = {
  cgct: 'CGCT', 'c.g.c.t': 'CGCT', crpa: 'CRPA', cja: 'CJA', ccp: 'CCP', cg3p: 'CG3P', cgppp: 'CG3P', csp: 'CSP',
  cch: 'CCH', cgi: 'CGI', cgfp: 'CGFP', casf: 'CASF', csi: 'CSI', crpm: 'CRPM', cjf: 'CJF', cvr: 'CVR',
};

const CODE_NAME_SRC = CODE_NAMES.map(([, n]) => n.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+'))
  .sort((a, b) => b.length - a.length)
  .join('|');
// (A dotted abbreviation may end with its own dot, « C.G.C.T. »: then the dot is part of it.)
const CODE_ABBR_SRC = Object.keys(CODE_ABBREVIATIONS)
  .map((a) => (a.includes('.') ? `${a.replace(/\./g, '\\.')}\\.?` : a))
  .join('|');

/** "du code …", "du CGCT", "du même code": where a list of articles says which code. */
const CODE_AFTER = new RegExp(
  `^[\\s,]*(?:et\\s+(?:suivants|s\\.|ss\\.?)[\\s,]*)?(?:\\(|de\\s+l'|du\\s+|de\\s+la\\s+|des\\s+)?(?:(${CODE_NAME_SRC})|(${CODE_ABBR_SRC})\\b|(meme\\s+code|present\\s+code|dit\\s+code))`,
);
const CODE_ANY = new RegExp(`\\b(?:(${CODE_NAME_SRC})|(${CODE_ABBR_SRC})(?![\\w.]))`, 'g');

// A dot separates parts only when a digit follows at once ("L2121.10"): "L. 2122-22. 1°" is not "L2122-22-1".
// The folded text turns "*" into a space, hence up to two spaces after "R." ("R.* 4433-24").
const ART_NUM = '(?:lo|l|r\\s?\\*|r|d)\\s?\\.?(?:\\s{0,2}|[ \\t]*\\r?\\n[ \\t]*)\\d{1,4}(?:\\s?-\\s?\\d{1,4}|\\.\\d{1,4}){1,3}';
// One article number, optionally followed by "alinéa N" or an item "3°".
const ARTICLE_RE = new RegExp(
  `(?=[lrd])(?<![\\w-])(${ART_NUM})(?![\\w-])(?:(,?\\s*(?:alinea|al\\.)\\s*(\\d{1,2}|premier|1er))|\\s*(?:,\\s*)?\\(?(\\d{1,2})\\s?°\\)?)?`,
  'g',
);
const BARE_ARTICLE_RE = /(?<![\w-])((?:l|r|d)\s?\.?\s?\d{3,4})(?![\w-]|\s?[-.]\s?\d|\s?°)/g;
const ARTICLE_LIST_BEFORE = /\barticles?\s+(?:(?:[lrd]\s?\.?\s?\d[\d.-]*|\d+)\s*(?:,|et)\s*)*$/;
/** An item of a list or a range before another: « 1° à », « 4°, 5° et » (folded; a pattern's source). */
export const ITEM_OF_A_LIST_SRC = String.raw`\d\s?°\s*(?:,|et|ou|a|au|-)\s*`;
const ITEMS_BEFORE = new RegExp(`${ITEM_OF_A_LIST_SRC}$`);
const ITEM_BEFORE = /(?:^|[^\w])(\d{1,2})\s?°\s*(?:du\s+[ivx]+\s+)?(?:de\s+l'|du\s+|de\s+)(?:article\s+)?$/;

const NATURE_SRC = '(loi\\s+organique|loi|ordonnance|decret)';
// "n°" may be missing when a date follows: "loi 84-53 du 26 janvier 1984" (CIT-002 then asks for it).
// « N°86.475 »: a dot for the hyphen (typed or read by OCR) is the same number.
const NUM_SRC = '(?:(?:n\\s?[°o]\\.?|no\\.?|numero)\\s*|(?=\\d{2,4}-\\d{1,5}\\s+(?:du|en date du)\\s))(\\d{2,4}\\s?-\\s?\\d{1,5}|\\d{2,4}\\.\\d{2,5}(?![\\d.]))';
// « du 14 mars 186 »: a year of three digits is a typing error the rules must see (DAT-003), not a missing date.
const SHORT_YEAR_DATE_SRC = '(\\d{1,2})(?:\\s*er)?\\s+(janv(?:ier)?|fevr?(?:ier)?|mars|avr(?:il)?|mai|juin|juil(?:let)?|aout|sept?(?:embre)?|oct(?:obre)?|nov(?:embre)?|dec(?:embre)?)\\.?\\s+(\\d{3})(?![\\d/.])';
const TEXT_RE = new RegExp(
  `\\b${NATURE_SRC}\\s*(?:${NUM_SRC}\\s*)?(?:(?:du|en date du)\\s+(?:${DATE_SRC}|${SHORT_YEAR_DATE_SRC}))?`,
  'g',
);
const USUAL_NAME_RE = /\b(?:loi\s+(?:dite\s+)?(?:«\s*)?)(maptam|notre|3ds|alur|elan|sru|atr|engagement et proximite|chevenement|defferre|climat et resilience|egalim|nome)\b/g;

const DATE_AT_END = new RegExp(DATE_SRC + '\\s*$');
const DELIB_RE = new RegExp(
  `\\bdeliberations?(?<!registre\\s+des\\s+deliberations)\\s+(?:du\\s+(?:conseil|bureau|comite)(?:(?!seance|reunion|session)[^\\n;,]){0,60}?\\s+(?=n\\s?[°o]|(?:du|en\\s+date\\s+du)\\s+(?:\\d|1er|premier)))?(?:n\\s?[°o]\\.?\\s*([a-z0-9][\\w/.-]*\\d[\\w/-]*)|([a-z]{1,5}\\s?\\d{4}[/-]\\d[\\w/-]*))?\\s*(?:(?:du\\s+(?:conseil|bureau|comite)(?:(?!seance|reunion|session)[^\\n;,]){0,60}?\\s+)?(?:du|en date du)\\s+${DATE_SRC})?`,
  'g',
);
const ARRETE_RE = new RegExp(
  `\\barrete(?:\\s+(?:municipal|prefectoral|ministeriel|interministeriel|du\\s+maire|du\\s+president))?\\s+(?:n\\s?[°o]\\.?\\s*([a-z0-9][\\w/.-]*\\d[\\w/-]*)\\s*)?(?:(?:du|en date du)\\s+${DATE_SRC})`,
  'g',
);

export interface FoundCode {
  key: string;
  span: Span;
  /** Where its name ends in the text read (the span's end, less the offset of that text in the document). */
  end: number;
}

const CODE_KEY_BY_NAME = new Map(CODE_NAMES.map(([key, name]) => [name, key]));

function codeKeyOf(m: RegExpExecArray, base: number): string | null {
  if (m[base]) {
    const name = m[base];
    return CODE_KEY_BY_NAME.get(name) ?? CODE_KEY_BY_NAME.get(name.replace(/\s+/g, ' ')) ?? null;
  }
  if (m[base + 1]) return CODE_ABBREVIATIONS[m[base + 1].replace(/\.$/, '')] ?? null;
  return null;
}

/** The last code named before `offset` (codes are in text order): binary search, no copies. */
function lastCodeBefore(codes: readonly FoundCode[], offset: number): FoundCode | undefined {
  let lo = 0;
  let hi = codes.length - 1;
  let best = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (codes[mid].end <= offset) {
      best = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return best >= 0 ? codes[best] : undefined;
}

/** Normalise an article number as written ("L.2122-22", "r. 421-1") to "L2122-22". */
const NORMALISED = new Map<string, string>();
export function normaliseArticle(raw: string): string {
  // The same numbers come back in every act and on every keystroke: each is normalised once.
  const hit = NORMALISED.get(raw);
  if (hit !== undefined) return hit;
  // A dot between digits is a hyphen ("L2121.10" → "L2121-10"); other dots and spaces go.
  const out = raw.toUpperCase().replace(/(\d)\s*\.\s*(\d)/g, '$1-$2').replace(/\s|\./g, '');
  if (NORMALISED.size >= 10000) NORMALISED.clear();
  NORMALISED.set(raw, out);
  return out;
}

/** Display form "L. 2122-22" of a normalised number. */
export function displayArticle(num: string): string {
  // Rules ask it for every reference at every keystroke, mostly for the same few numbers.
  const hit = DISPLAYED.get(num);
  if (hit !== undefined) return hit;
  const m = /^(LO|L|R\*|R|D|A)(\d.*)$/.exec(num);
  const shown = !m ? num : m[1] === 'LO' ? `LO ${m[2]}` : m[1] === 'R*' ? `R.* ${m[2]}` : `${m[1]}. ${m[2]}`;
  if (DISPLAYED.size >= 4096) DISPLAYED.clear();
  // Copies: the cache must not keep a version of the text alive.
  DISPLAYED.set(flat(num), flat(shown));
  return shown;
}
const DISPLAYED = new Map<string, string>();

type RefFields = Partial<Omit<Reference, 'text' | 'range' | 'start' | 'end'>> & Pick<Reference, 'type' | 'label'>;

/** A reference with every field set, always in the same order (one object shape: cheaper than spreads). */
function makeRef(s: Span, f: RefFields): Reference {
  return {
    text: s.text, range: s.range, start: s.start, end: s.end, type: f.type, label: f.label,
    code: f.code ?? null, codeSpan: f.codeSpan ?? null, article: f.article ?? null, item: f.item ?? null,
    alinea: f.alinea ?? null, alineaSpan: f.alineaSpan ?? null, nature: f.nature ?? null, number: f.number ?? null,
    date: f.date ?? null, dateSpan: f.dateSpan ?? null, usualName: f.usualName ?? null,
  };
}

/**
 * The references of one part of the text (the whole text, or a part `partsOf` cut): offsets and ranges of `text`.
 * What depends on the rest of the document is left to `findReferences`: the code of articles « du même code » with
 * no code named before them here, and which local numbers are cited bare.
 */
function scanPart(text: string, folded: string, index: TextIndex, from = 0, line = 0): PartReferences {
  const refs: Reference[] = [];
  const pending = new Set<Reference>();
  // Offsets inside the part; spans (and so references) are the document's: the part starts at `from`, on `line`.
  const span = (s: number, e: number) => index.spanAt(s, e, from, line);

  // Codes named anywhere: used to attach a code to articles listed before it.
  const codes: FoundCode[] = [];
  CODE_ANY.lastIndex = 0;
  for (let m = CODE_ANY.exec(folded); m; m = CODE_ANY.exec(folded)) {
    const key = codeKeyOf(m, 1);
    if (key) {
      const sp = span(m.index, m.index + m[0].length);
      codes.push({ key, span: sp, end: sp.end - from });
    }
  }
  // Each code named is itself a reference (type "code"): hover, abbreviations and repealed codes use it.
  for (const c of codes) {
    refs.push(makeRef(c.span, { type: 'code', label: c.span.text, code: c.key, codeSpan: c.span }));
  }

  // Code articles.
  ARTICLE_RE.lastIndex = 0;
  const articles: { start: number; end: number; ref: Reference }[] = [];
  for (let m = ARTICLE_RE.exec(folded); m; m = ARTICLE_RE.exec(folded)) {
    const numRaw = m[1];
    // "D2023-01-003" is a local act number: article numbers never have a part with a leading zero.
    if (/-\s?0\d/.test(numRaw)) continue;
    // "L" alone followed by digits must look like an article: a hyphen is required by ART_NUM.
    const start = m.index;
    const numEnd = start + numRaw.length;
    const end = start + m[0].length;
    let alinea: string | null = null;
    let alineaSpan: Span | null = null;
    if (m[2]) {
      alinea = m[3] === 'premier' || m[3] === '1er' ? '1' : m[3];
      const aStart = numEnd + m[2].search(/a/);
      alineaSpan = span(aStart, numEnd + m[2].length);
    }
    let item: string | null = m[4] ?? null;
    if (!item) {
      const pre = folded.slice(Math.max(0, start - 60), start);
      const before = ITEM_BEFORE.exec(pre);
      // (The last of several, « aux 1° à 27° de l'article », « aux 4°, 5° et 10° de l'article », is not the one cited.)
      if (before && !ITEMS_BEFORE.test(pre.slice(0, before.index + before[0].indexOf(before[1], 0)))) item = before[1];
    }
    const ref: Reference = makeRef(span(start, end), {
      type: 'code-article',
      label: text.slice(start, numEnd),
      article: normaliseArticle(text.slice(start, numEnd)),
      item,
      alinea,
      alineaSpan,
    });
    articles.push({ start, end, ref });
  }
  // « les articles L 2211 et L 2212-1 »: a number with no hyphen where a list of articles stands is a cited
  // article too (an incomplete one: CIT-004 says it does not exist). Elsewhere « L 2211 » may be anything.
  BARE_ARTICLE_RE.lastIndex = 0;
  const listed = articles.length;
  for (let m = BARE_ARTICLE_RE.exec(folded); m; m = BARE_ARTICLE_RE.exec(folded)) {
    const start = m.index;
    if (!ARTICLE_LIST_BEFORE.test(folded.slice(Math.max(0, start - 80), start))) continue;
    const end = start + m[1].length;
    // « articles L. 541 et suivants »: a division of the code designated by its number, not one article.
    if (/^\s*(?:et\s+)?(?:suivants|s\.|ss\.?)/.test(folded.slice(end, end + 16))) continue;
    if (articles.some((a, k) => k < listed && a.start < end && start < a.end)) continue;
    const ref = makeRef(span(start, end), { type: 'code-article', label: text.slice(start, end), article: normaliseArticle(text.slice(start, end)) });
    articles.push({ start, end, ref });
  }
  if (articles.length > listed) articles.sort((a, b) => a.start - b.start);
  // Attach codes: a list "articles X, Y et Z du code …" shares the code named after it;
  // otherwise the code named just before ("le code …, notamment son article X").
  for (let i = 0; i < articles.length; i++) {
    let j = i;
    while (j + 1 < articles.length && /^[\s,]*(?:(?:et|ou|a|à)[\s,]*)?$/.test(folded.slice(articles[j].end, articles[j + 1].start))) j++;
    const after = CODE_AFTER.exec(folded.slice(articles[j].end, articles[j].end + 90));
    let key: string | null = null;
    let codeSpan: Span | null = null;
    if (after) {
      const k = codeKeyOf(after, 1);
      const offset = articles[j].end + after[0].length - (after[1] ?? after[2] ?? after[3] ?? '').length;
      if (k) {
        key = k;
        codeSpan = span(offset, articles[j].end + after[0].length);
      } else if (after[3]) {
        // "du même code": the last code named before (in an earlier part: see `findReferences`); none when a code the
        // catalogue does not know was named after it (« … du code de l'entrée et du séjour des étrangers … (article
        // R. 313-11 du même code) » is no article of the CRPA cited before).
        const prev = lastCodeBefore(codes, articles[i].start);
        const unknownAfter = /\bcode\b/.test(folded.slice(prev ? prev.end : 0, articles[i].start).replace(/\bmeme\s+code\b/g, ' '));
        if (prev && !unknownAfter) key = prev.key;
        else if (!prev && !unknownAfter) for (let k = i; k <= j; k++) pending.add(articles[k].ref);
      }
    } else {
      // Code named before in the same sentence (no ";" or "." between).
      const prev = lastCodeBefore(codes, articles[i].start);
      if (prev && !/[;]|\.\s|\n\s*\n/.test(folded.slice(prev.end, articles[i].start)) && articles[i].start - prev.end < 200) {
        key = prev.key;
        codeSpan = prev.span;
      }
    }
    for (let k = i; k <= j; k++) {
      const r = articles[k].ref as { code: string | null; codeSpan: Span | null };
      r.code = key;
      r.codeSpan = codeSpan;
      refs.push(articles[k].ref);
    }
    i = j;
  }

  // Lois, ordonnances, décrets.
  TEXT_RE.lastIndex = 0;
  for (let m = TEXT_RE.exec(folded); m; m = TEXT_RE.exec(folded)) {
    if (!m[2] && !m[3] && !m[6] && !m[9]) continue; // neither number nor date: just the word
    const start = m.index;
    let end = start + m[0].replace(/\s+$/, '').length;
    const nature = (m[1].startsWith('loi') ? (m[1].includes('organique') ? 'loi-organique' : 'loi') : m[1]) as TextNature;
    const number = m[2] ? m[2].replace(/\s/g, '').replace('.', '-') : null;
    let date: string | null = null;
    let dateSpan: Span | null = null;
    const dateGroups = m.slice(3, 9);
    if (m[3] || m[6]) {
      date = isoFromGroups(dateGroups);
      const dateText = m[0].match(DATE_AT_END);
      if (dateText) dateSpan = span(start + m[0].length - dateText[0].length, start + m[0].length);
    } else if (m[9]) {
      // The year as written, on four digits (« 0186 »): month and day checked on a real year.
      const month = monthNumber(m[10]);
      if (isoDate(2000, month, +m[9])) date = `${m[11].padStart(4, '0')}-${String(month).padStart(2, '0')}-${m[9].padStart(2, '0')}`;
      const written = /\d{1,2}(?:\s*er)?\s+\S+\s+\d{3}$/.exec(m[0]);
      if (written) dateSpan = span(start + m[0].length - written[0].length, start + m[0].length);
    }
    // Usual name in brackets or right after: "(MAPTAM)", "dite loi NOTRe".
    let usualName: string | null = null;
    const tail = /^[^;\n]{0,220}?\((maptam|notre|3ds|alur|elan|sru|atr|nome|egalim)\)/.exec(folded.slice(end, end + 240));
    if (tail) {
      usualName = text.slice(end + tail[0].length - tail[1].length - 1, end + tail[0].length - 1);
    }
    // Title: what follows the date up to the end of the visa.
    const titleMatch = /^\s*(?:modifiee?s?\s*,?\s+)?((?:portant|relati(?:f|ve)|de|d'|pour|sur|visant|constatant|fixant|instituant|tendant|concernant|autorisant|organisant)\b[^;\n(]{3,300}?)(?=\s*(?:\(|,\s*(?:et\s+)?notamment|;|,\s*$|,\s*\n|\n|$|\s+et\s+notamment))/.exec(folded.slice(end, end + 320));
    let label = text.slice(start, end);
    if (titleMatch && number) {
      end = end + titleMatch[0].length;
      label = text.slice(start, end);
    }
    refs.push(makeRef(span(start, end), { type: 'text', label, nature, number, date, dateSpan, usualName }));
  }
  USUAL_NAME_RE.lastIndex = 0;
  for (let m = USUAL_NAME_RE.exec(folded); m; m = USUAL_NAME_RE.exec(folded)) {
    const start = m.index;
    const end = start + m[0].length;
    refs.push(makeRef(span(start, end), {
      type: 'text', label: text.slice(start, end), nature: 'loi',
      usualName: text.slice(end - m[1].length, end),
    }));
  }

  // Délibérations and arrêtés cited with a number or a date.
  DELIB_RE.lastIndex = 0;
  for (let m = DELIB_RE.exec(folded); m; m = DELIB_RE.exec(folded)) {
    const number = m[1] ?? m[2];
    if (!number && !m[3] && !m[6]) continue;
    const start = m.index;
    const end = start + m[0].replace(/\s+$/, '').length;
    const numStart = number ? start + m[0].indexOf(number) : -1;
    const date = m[3] || m[6] ? isoFromGroups(m.slice(3, 9)) : null;
    const dateText = date ? m[0].match(DATE_AT_END) : null;
    refs.push(makeRef(span(start, end), {
      type: 'deliberation', label: text.slice(start, end),
      number: number ? text.slice(numStart, numStart + number.length) : null,
      date,
      dateSpan: dateText ? span(start + m[0].length - dateText[0].length, start + m[0].length) : null,
    }));
  }
  ARRETE_RE.lastIndex = 0;
  for (let m = ARRETE_RE.exec(folded); m; m = ARRETE_RE.exec(folded)) {
    const start = m.index;
    if (/present(e)?\s+$/.test(folded.slice(Math.max(0, start - 10), start))) continue;
    const end = start + m[0].length;
    const number = m[1] ? text.substr(start + m[0].indexOf(m[1]), m[1].length) : null;
    refs.push(makeRef(span(start, end), {
      type: 'arrete', label: text.slice(start, end), number,
      date: isoFromGroups(m.slice(2, 8)),
    }));
  }
  // Bare local numbers with an embedded date, e.g. "CM2025/04/07/19-1" cited without "délibération": every
  // candidate here; `findReferences` keeps those not cited otherwise, once each.
  const bareRefs: Reference[] = [];
  // Anchored on the digits (fast to scan), then the 1–4 letters before them are checked.
  const bare = /\d{4}\/\d{2}\/\d{2}\/[\w-]+/g;
  for (let d = bare.exec(folded); d; d = bare.exec(folded)) {
    const letters = /(?<![\w/-])[a-z]{1,4}$/.exec(folded.slice(Math.max(0, d.index - 5), d.index));
    if (!letters) continue;
    const m = { index: d.index - letters[0].length, 0: letters[0] + d[0] };
    const raw = text.slice(m.index, m.index + m[0].length);
    bareRefs.push(makeRef(span(m.index, m.index + m[0].length), { type: 'deliberation', label: raw, number: raw }));
  }
  refs.sort((a, b) => a.start - b.start || b.end - a.end);
  const sameCode: number[] = [];
  if (pending.size) refs.forEach((r, k) => pending.has(r) && sameCode.push(k));
  return { refs, bare: bareRefs, sameCode, lastCode: codes.length ? codes[codes.length - 1].key : null };
}


/** What `scanPart` read in one part of the text. */
interface PartReferences {
  /** Sorted as `findReferences` sorts them, without the bare local numbers. */
  readonly refs: readonly Reference[];
  /** Every local number cited bare (`number`: as written), in text order. */
  readonly bare: readonly Reference[];
  /** Indexes in `refs` of the articles « du même code » with no code named before them in this part. */
  readonly sameCode: readonly number[];
  /** The key of the last code named in this part. */
  readonly lastCode: string | null;
}

const MONTH_WORD = /^(?:janv(?:ier)?|fevr?(?:ier)?|mars|avr(?:il)?|mai|juin|jun|juil(?:let)?|jul|aout|sept?(?:embre)?|oct(?:obre)?|nov(?:embre)?|dec(?:embre)?)$/;

/**
 * Whether nothing `scanPart` reads crosses the end of line `line`: no reference, and no context read around one
 * (the code after a list of articles, the intitulé after a loi, the « 3° de l'article » before an article), runs
 * over a line that ends with « ; », or with « . » after a word of three letters or more that no pattern reads
 * before a dot: not a month (« mars. 2024 »), nor « l. », « al. », « s. », « n°. », nor digits; and, as the
 * words between « délibération du conseil » and its number may hold a dot, not on a line naming a conseil, a
 * bureau or a comité. Every pattern of this file starts with a letter or a digit, so none begins in the blanks
 * after that end.
 */
function endsReferences(folded: string, index: TextIndex, line: number): boolean {
  const s = index.lineStarts[line];
  let e = index.lineEnd(line);
  while (e > s && isBlank(folded.charCodeAt(e - 1))) e--;
  if (e === s) return false;
  const last = folded.charCodeAt(e - 1);
  if (last === 59 /* ; */) return true;
  if (last !== 46 /* . */) return false;
  let w = e - 1;
  while (w > s && isLetter(folded.charCodeAt(w - 1))) w--;
  if (e - 1 - w < 3) return false;
  if (w > s && isWordCode(folded.charCodeAt(w - 1))) return false;
  if (MONTH_WORD.test(folded.slice(w, e - 1))) return false;
  const lineText = folded.slice(s, e);
  return !(lineText.includes('conseil') || lineText.includes('bureau') || lineText.includes('comite'));
}

function isBlank(c: number): boolean {
  return c === 32 || c === 9 || c === 10 || c === 13 || c === 12 || c === 11;
}
function isLetter(c: number): boolean {
  return c >= 97 && c <= 122;
}
function isWordCode(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === 95;
}

/**
 * Where the text is cut into parts `scanPart` reads alone: after some of the lines that `endsReferences`. Not after
 * each (a part per visa costs more to look up and place than to read): after one chosen by its own length and
 * characters (so an edit changes the cuts only up to the next line chosen), or once the part has grown past
 * `PART_CHARS`.
 */
function partsOf(folded: string, index: TextIndex): number[] {
  let cuts = [0];
  const n = index.lineCount;
  const starts = index.lineStarts;
  let line = 0;
  // After an edit (see `TextIndex.prior`): the prior version's cuts before it hold (each depends on its line and the
  // cut before), the lines from the edit on are looked at again until a cut falls after the edit where the prior
  // version had one: from there on, its cuts hold, moved.
  const p = index.prior;
  const last = p?.memo.get(MEMO) as PartsRead | undefined;
  let suffixFrom = Infinity;
  let shift = 0;
  if (p && last && last.length === p.text.length) {
    let k = 1;
    while (k < last.cuts.length && last.cuts[k] < p.prefix) k++;
    cuts = last.cuts.slice(0, k);
    line = index.lineOf(Math.max(0, p.prefix - 1));
    suffixFrom = folded.length - p.suffix;
    shift = folded.length - p.text.length;
  }
  let o = 0;
  for (; line + 1 < n; line++) {
    const next = starts[line + 1];
    // The cheap tests first: the line's last character, then whether it is chosen; then the rest of `endsReferences`.
    const end = lastChar(folded, starts[line], next);
    if (end !== 59 /* ; */ && end !== 46 /* . */) continue;
    if (next - cuts[cuts.length - 1] < PART_CHARS && !chosen(folded, starts[line], next)) continue;
    if (!endsReferences(folded, index, line)) continue;
    cuts.push(next);
    if (next >= suffixFrom) {
      const was = next - shift;
      while (o < last!.cuts.length && last!.cuts[o] < was) o++;
      if (o < last!.cuts.length && last!.cuts[o] === was) {
        for (let k = o + 1; k < last!.cuts.length; k++) cuts.push(last!.cuts[k] + shift);
        return cuts;
      }
    }
  }
  return cuts;
}
/** The last character of [from, to) before its blanks (0: none). */
function lastChar(folded: string, from: number, to: number): number {
  let e = to;
  while (e > from && isBlank(folded.charCodeAt(e - 1))) e--;
  return e > from ? folded.charCodeAt(e - 1) : 0;
}
/** A part is cut once longer than this, at its next line that `endsReferences`. */
const PART_CHARS = 2048;
/** About one line in four, by its length and every fourth of its characters. */
function chosen(folded: string, from: number, to: number): boolean {
  let h = Math.imul(to - from, 0x9e3779b1);
  for (let i = from; i < to; i += 4) h = Math.imul(h ^ folded.charCodeAt(i), 0x85ebca6b);
  return ((h ^ (h >>> 15)) & 3) === 0;
}

/** A part's references placed in a document: its first line `line`, at offset `from`. */
interface Placed {
  readonly from: number;
  readonly line: number;
  readonly refs: readonly Reference[];
  readonly bare: readonly Reference[];
}
/** A part read once, by its text; and where its references were last placed in a document. */
interface PartEntry {
  /** As read at its first place (`placed` then). */
  readonly part: PartReferences;
  placed: Placed;
}
const PARTS = new Map<string, PartEntry>();
/** The parts of a text, by place, kept in its index's memo for the next version. */
interface PartsRead {
  readonly length: number;
  readonly cuts: readonly number[];
  readonly entries: readonly PartEntry[];
  /** Each part's references as placed there (the same text may stand at several places). */
  readonly placed: readonly Placed[];
}
const MEMO = 'references';
/**
 * Parts kept, bounded by the characters they hold (each keystroke in a long part stores that part again): a few long
 * acts' worth, for a server that reads for hours. Past the bound the cache starts again empty.
 */
const MAX_PARTS_CHARS = 500_000;
let partsChars = 0;

function placeSpan(s: Span, from: number, line: number): Span {
  const r = s.range;
  return {
    text: s.text,
    range: { start: { line: r.start.line + line, character: r.start.character }, end: { line: r.end.line + line, character: r.end.character } },
    start: s.start + from,
    end: s.end + from,
  };
}

/** A placed reference moved by `from` characters and `line` lines (a part read at one place, found at another). */
function placeRef(r: Reference, from: number, line: number): Reference {
  const s = placeSpan(r, from, line);
  return {
    text: s.text, range: s.range, start: s.start, end: s.end, type: r.type, label: r.label,
    code: r.code, codeSpan: r.codeSpan && placeSpan(r.codeSpan, from, line), article: r.article, item: r.item,
    alinea: r.alinea, alineaSpan: r.alineaSpan && placeSpan(r.alineaSpan, from, line), nature: r.nature, number: r.number,
    date: r.date, dateSpan: r.dateSpan && placeSpan(r.dateSpan, from, line), usualName: r.usualName,
  };
}

/** A span moved by `shift` characters on the same lines: its range as it was. */
function shiftSpan(s: Span, shift: number): Span {
  return { text: s.text, range: s.range, start: s.start + shift, end: s.end + shift };
}

/** A placed reference moved by `shift` characters on the same lines (its ranges kept). */
function shiftRef(r: Reference, shift: number): Reference {
  return {
    text: r.text, range: r.range, start: r.start + shift, end: r.end + shift, type: r.type, label: r.label,
    code: r.code, codeSpan: r.codeSpan && shiftSpan(r.codeSpan, shift), article: r.article, item: r.item,
    alinea: r.alinea, alineaSpan: r.alineaSpan && shiftSpan(r.alineaSpan, shift), nature: r.nature, number: r.number,
    date: r.date, dateSpan: r.dateSpan && shiftSpan(r.dateSpan, shift), usualName: r.usualName,
  };
}

/**
 * Find every legal reference in the document. The text is read in parts that no reference crosses
 * (`endsReferences`), each part once by its text: on a keystroke only the part that changed is read again, the
 * others are placed where they now lie. The result is exactly that of one reading of the whole text
 * (`findReferencesAtOnce`, test/references-parts.test.ts).
 */
export function findReferences(text: string, folded: string, index: TextIndex): Reference[] {
  const cuts = folded.length === text.length && index.text === text ? partsOf(folded, index) : [0];
  if (cuts.length < 2) return assemble([{ part: scanPart(text, folded, index), refs: null, bare: null }]);
  const parts: { part: PartReferences; refs: readonly Reference[] | null; bare: readonly Reference[] | null }[] = [];
  // The previous version's parts (see `TextIndex.prior`): those the edit left whole, before or after it, are found
  // by their place, without looking their text up.
  const last = index.prior?.memo.get(MEMO) as PartsRead | undefined;
  const entries: PartEntry[] = [];
  const placedAt: Placed[] = [];
  let line = 0;
  let o = 0;
  for (let k = 0; k < cuts.length; k++) {
    const from = cuts[k];
    const to = k + 1 < cuts.length ? cuts[k + 1] : text.length;
    let entry: PartEntry | undefined;
    let prior: Placed | undefined;
    const at = last ? index.priorOffset(from, to) : -1;
    if (last && at >= 0) {
      // The same text at the same place (before the edit), or shifted (after it).
      while (o < last.cuts.length && last.cuts[o] < at) o++;
      const lastTo = o + 1 < last.cuts.length ? last.cuts[o + 1] : last.length;
      if (o < last.cuts.length && last.cuts[o] === at && lastTo === to + (at - from)) {
        entry = last.entries[o];
        prior = last.placed[o];
      }
    }
    const key = entry ? '' : text.slice(from, to);
    if (!entry) entry = PARTS.get(key);
    if (!entry) {
      // Copies, not slices of the document: the cache must not keep old versions of the text alive. Read where it
      // stands: its references are born placed.
      const t = flat(key);
      const part = scanPart(t, flat(folded.slice(from, to)), new TextIndex(t), from, line);
      entry = { part, placed: { from, line, refs: part.refs, bare: part.bare } };
      if (partsChars + t.length > MAX_PARTS_CHARS) {
        PARTS.clear();
        partsChars = 0;
      }
      PARTS.set(t, entry);
      partsChars += t.length;
    }
    const part = entry.part;
    // Where these references were placed before: here in the prior version, else wherever this text was last read.
    const base = prior ?? entry.placed;
    let placed: Placed;
    const shift = from - base.from;
    const lines = line - base.line;
    if (shift === 0 && lines === 0) placed = base;
    else if (lines === 0) {
      // From the same first line (a part starts a line, and its text is the same): the ranges hold, only the
      // offsets move.
      placed = { from, line, refs: base.refs.map((r) => shiftRef(r, shift)), bare: base.bare.map((r) => shiftRef(r, shift)) };
    } else placed = { from, line, refs: base.refs.map((r) => placeRef(r, shift, lines)), bare: base.bare.map((r) => placeRef(r, shift, lines)) };
    entry.placed = placed;
    parts.push({ part, refs: placed.refs, bare: placed.bare });
    entries.push(entry);
    placedAt.push(placed);
    // The next part's first line.
    while (line + 1 < index.lineCount && index.lineStarts[line + 1] <= to) line++;
    if (to >= text.length) break;
  }
  index.memo.set(MEMO, { length: text.length, cuts, entries, placed: placedAt } satisfies PartsRead);
  return assemble(parts);
}

/** `findReferences` reading the whole text at once (the reference the parts are tested against). */
export function findReferencesAtOnce(text: string, folded: string, index: TextIndex): Reference[] {
  return assemble([{ part: scanPart(text, folded, index), refs: null, bare: null }]);
}

/** The parts' references in text order, with what depends on the whole document settled. */
function assemble(parts: readonly { part: PartReferences; refs: readonly Reference[] | null; bare: readonly Reference[] | null }[]): Reference[] {
  // Local numbers cited bare are kept when no délibération cites them by number, once each.
  const seen = new Set<string | null>();
  for (const p of parts) for (const r of p.refs ?? p.part.refs) if (r.type === 'deliberation') seen.add(r.number);
  const out: Reference[] = [];
  let lastCode: string | null = null;
  for (const p of parts) {
    const refs = p.refs ?? p.part.refs;
    const bare: Reference[] = [];
    for (const r of p.bare ?? p.part.bare) {
      if (seen.has(r.number)) continue;
      seen.add(r.number);
      bare.push(r);
    }
    // « du même code » with no code before it in its part: the last code named in an earlier part.
    const same = lastCode !== null && p.part.sameCode.length ? new Set(p.part.sameCode) : null;
    let b = 0;
    for (let k = 0; k < refs.length; k++) {
      const r = refs[k];
      // A bare number sorts after the references it ties with (it was read last).
      while (b < bare.length && (bare[b].start < r.start || (bare[b].start === r.start && bare[b].end > r.end))) out.push(bare[b++]);
      out.push(same?.has(k) ? { ...r, code: lastCode } : r);
    }
    while (b < bare.length) out.push(bare[b++]);
    if (p.part.lastCode !== null) lastCode = p.part.lastCode;
  }
  return out;
}
