// parse(text) → Act. Pure, total (never throws on any string), linear in the text.
//
// 1. The text is folded (lower case, no accents, same offsets) and cut into units:
//    physical lines, further split where a whole act was flattened onto one line
//    (before "Vu", "Considérant", "Article 2 :", "DÉCIDE :", "Fait à"…).
// 2. Each unit gets a type from its first words; recitals and articles extend over
//    the untyped units that follow them.
// 3. Fields (séance figures, vote, signatories, recours, transmission block) are read
//    with regexes over the region where they live.
import type {
  Act, ActKind, Article, CollectiviteType, DispositiveVerb, Executoire, Header, NumberSpan, PlaceDate, Recital,
  Recours, Seance, Signatory, Span, Transmission, Vote,
} from './model';
import { ACT_FIELDS } from './model';
import { findReferences } from './references';
import { isComplete, seenFields } from './syntax/seen';
import { DATE_SRC, TextIndex, WEEKDAYS, clean, fold, isoFromGroups, scanDates, type FoundDate } from './text';
import {
  AUTHOR_SOURCE, SEANCE_LABEL, STAMP, DELIBERATION_FORMULA_SOURCE, DISPOSITIVE_ITEM_SOURCE, SPACED_VERB_SOURCE, VERB_SOURCE,
  verbEntry,
} from './lexicon';

type UnitType =
  | 'republique' | 'departement' | 'collectivite' | 'title' | 'seance' | 'authority' | 'visa' | 'considerant'
  | 'verb' | 'bareVerb' | 'article' | 'item' | 'vote' | 'placeDate' | 'placeDateBare' | 'ar' | 'text';

interface Unit {
  start: number;
  end: number;
  /** Folded text of the unit. */
  f: string;
  type: UnitType;
  /** The previous unit was separated by a blank line. */
  afterBlank: boolean;
}

const MAX_UNIT = 4000;

// Where a flattened line is cut (tested on the folded text; case checked on the original).
/** "Laudun-L'Ardoise le 27 mars 2020, Le Maire": a place and date with no comma, known by the signature after it. */
const BARE_CLOSING_SRC = String.raw`[a-z][a-z'’-]{1,40}\s+le\s+(?:\d{1,2}|1er)\s*(?:er)?\s+(?:janv|fev|mars|avr|mai|juin|juil|aout|sept|oct|nov|dec)[a-z]*\.?\s+\d{4}\s*,?\s+(?:le|la)\s+(?:${AUTHOR_SOURCE})\b`;
const BARE_CLOSING_RE = new RegExp(`^${BARE_CLOSING_SRC}`);
const SPLIT_BASE =
  /(?<=\S)\s+(?=(?:-\s*)?(?:\*\*)?(?:vu\*{0,2}\s+(?:le|la|les|l'|l’|un|une|des|notamment|en)\b|considerant\s+(?:que|qu'|l'|la|le|les|ce|cette|son|sa|ses|leur|d'|de|des|en|notamment|par)\b|(?:article|art\.)\s*(?:1\s*(?:er|\^\{er\})|premier|unique|\d{1,3})\s*(?:er|°|\^\{?[oe°]r?\}?)?\s*[:.\-)]|(?:arrete|arretons|decide|decidons|delibere)\s*(?::|(?=\s+(?:article|art\.)\s*(?:1|premier|unique)))|fait\s+(?:et\s+delibere\s+)?a\s+[a-z]|fait\s+et\s+delibere\b|apres\s+en\s+avoir\s+delibere|accuse\s+de\s+reception|(?<!\ba\s{1,3})(?<!\bde\s{1,3})[a-z][a-z'’-]{1,30}(?:\s[a-z][a-z'’-]{1,20}){0,3},\s+le\s+(?:\d{1,2}|1er)\s*(?:er)?\s+(?:janv|fev|mars|avr|mai|juin|juil|aout|sept|oct|nov|dec)))/g;
// The verbs come from the lexicon (letter-spaced forms included).
const SPLIT_RE = new RegExp(
  SPLIT_BASE.source
    .replace('(?:arrete|arretons|decide|decidons|delibere)', `(?:${VERB_SOURCE}|${SPACED_VERB_SOURCE})`)
    .replace('|fait\\s+et\\s+delibere\\b', `|fait\\s+et\\s+delibere\\b|${BARE_CLOSING_SRC}`),
  'g',
);

const ARTICLE_HEAD =
  /^(?:-\s*)?(?:\*\*)?\s*(article|art\.)\s*(1\s*(?:er|\^\{er\})|1er|ler(?=\s*[:.\-)])|premier|unique|\d{1,3})\s*(er|°|\^\{?[oe°]r?\}?|o\b)?\s*(?:\*\*)?\s*([:.\-)]|$|(?=\s+[a-z]))/;
const VERB_WORDS = new RegExp(`\\b(${VERB_SOURCE}|${SPACED_VERB_SOURCE})\\b`);
const DISPOSITIVE_ITEM = new RegExp(`^(?:[-•]\\s*)?(${DISPOSITIVE_ITEM_SOURCE})\\b`);

/** Normalised verb of a folded verb as written ("a r r e t o n s" → ARRÊTONS). */
const verbDisplay = (w: string, alone = false): string => verbEntry(w, alone)?.verb ?? w.replace(/\s+/g, '').toUpperCase();
const FORMULA_RE = new RegExp(DELIBERATION_FORMULA_SOURCE);
/** "Secrétaire de séance : X", "Secrétariat de séance : X" (labels from the lexicon). */
const SECRETARY_LABEL_RE = new RegExp(`\\b(?:${SEANCE_LABEL.secretary})\\s*:?\\s*(?!a\\s+ete|est\\b)`);
const STAMP_RE = new RegExp(`(?:${STAMP.sent})\\s*:?\\s*\\d{1,2}/\\d{1,2}/\\d{4}[\\s\\S]{0,80}?(?:${STAMP.received})\\s*:?\\s*\\d{1,2}/\\d{1,2}/\\d{4}`);
const FORMULA_START_RE = new RegExp(`^(?:${DELIBERATION_FORMULA_SOURCE})`);
/** A verb alone on its line, letter-spaced or not, with an optional colon. */
const BARE_VERB = new RegExp(`^(?:${VERB_SOURCE}|${SPACED_VERB_SOURCE})\\s*:?\\s*(?:\\*\\*)?\\s*$`);
const VERB_LINE_RE = new RegExp(`^(?:(?:le|la)\\s+[^:;]{0,120}?\\s)?(${VERB_SOURCE}|${SPACED_VERB_SOURCE})\\s*:?\\s*(?:\\*\\*)?\\s*$`);
const VERB_COLON_RE = new RegExp(`^(${VERB_SOURCE}|${SPACED_VERB_SOURCE})\\s*:`);
/** "Le Maire de X,", "La Présidente du conseil départemental,", "Nous, Maire de X", "Nous, le Président de …". */
const AUTHORITY_RE = new RegExp(`^(?:(?:le|la|l')\\s*(?:${AUTHOR_SOURCE})\\b.{0,160},\\s*$|nous\\s*,?\\s+(?:(?:le|la|l')\\s*)?(?:${AUTHOR_SOURCE})\\b)`);
/** The same in capitals with no comma: "LE MAIRE DE LA COMMUNE DE SAINT-DENIS". */
const AUTHORITY_BARE_RE = new RegExp(`^(?:le|la|l')\\s*(?:${AUTHOR_SOURCE})\\s+(?:de|du|des|d')\\b[^.;:]{2,140}$`);

const DATE_RE = new RegExp(DATE_SRC);
const DATE_RE_G = new RegExp(DATE_SRC, 'g');
const WEEKDAY_END_RE = new RegExp(`(${WEEKDAYS.join('|')})\\s*,?\\s*$`);
const PUBLICATION_RE = new RegExp(`publication\\s*:?\\s*\\**\\s*du\\s+${DATE_SRC}\\s+au\\s+${DATE_SRC}`);
const QUALITY_RE =
  /(?:^|[\s,;.>])((?:pour\s+le\s+(?:maire|president(?:e)?)(?:\s+et)?(?:\s*,?\s*par\s+delegation)?|p\/?\s?le\s+(?:maire|president)|par\s+delegation|(?:(?:monsieur|madame)\s+(?:le|la)\s+|le|la|l')\s*(?:maire|president(?:e)?|vice-president(?:e)?|(?:premier|premiere|\d+e(?:me)?)\s+adjointe?|adjointe?|conseillere?\s+(?:municipale?\s+|communautaire\s+|metropolitaine?\s+)?delegue(?:e)?|secretaire\s+de\s+(?:la\s+)?seance|secretaire)|(?<=\n[ \t]{0,4})(?:maire|president(?:e)?)(?=\s+(?:de|du|d')\s*[a-z]))\b)/g;
const NAME_RE =
  /(?:(?:M\.|Mme|MM\.|Monsieur|Madame)\s+)?(?:([A-ZÀ-Ý][a-zà-ÿ]+(?:[-'’][A-ZÀ-Ý]?[a-zà-ÿ]+)*(?:[- ][A-ZÀ-Ý][a-zà-ÿ]+)?)\s+((?:(?:DE|DU|LE|LA|DI|D'|DES)\s+)?[A-ZÀ-Ý][A-ZÀ-Ý'’-]+(?:[- ][A-ZÀ-Ý][A-ZÀ-Ý'’-]+)?)|([A-ZÀ-Ý]{2,}(?:-[A-ZÀ-Ý]{2,})?)\s+([A-ZÀ-Ý][a-zà-ÿ]+(?:-[A-ZÀ-Ý][a-zà-ÿ]+)?)|([A-ZÀ-Ý][A-ZÀ-Ý-]{1,})\s+([A-ZÀ-Ý][A-ZÀ-Ý'’-]{1,}))(?![\wà-ÿ])/;
const NOT_NAMES = new Set([
  'LE', 'LA', 'LES', 'DE', 'DU', 'DES', 'MAIRE', 'PRESIDENT', 'PRÉSIDENT', 'CONSEIL', 'MUNICIPAL', 'VILLE', 'COMMUNE',
  'ARTICLE', 'ARRETE', 'ARRÊTE', 'DECIDE', 'DÉCIDE', 'REPUBLIQUE', 'RÉPUBLIQUE', 'FRANCAISE', 'FRANÇAISE', 'POUR',
  'EXTRAIT', 'CONFORME', 'SIGNE', 'SIGNÉ', 'ACCUSE', 'ACCUSÉ', 'RECEPTION', 'RÉCEPTION', 'METROPOLE', 'MÉTROPOLE',
  'ADJOINT', 'ADJOINTE', 'BUREAU', 'SEANCE', 'SÉANCE', 'DELIBERATION', 'DÉLIBÉRATION', 'AR', 'ID', 'PREFECTURE',
  'PRÉFECTURE', 'CERTIFIE', 'CERTIFIÉ', 'EXECUTOIRE', 'EXÉCUTOIRE', 'PUBLIE', 'PUBLIÉ', 'AFFICHE', 'AFFICHÉ', 'TRANSMIS',
  'GRAND', 'PARIS', 'DGS', 'SECRETAIRE', 'SECRÉTAIRE', 'DIRECTEUR', 'GENERAL', 'GÉNÉRAL', 'SERVICES', 'DIRECTION',
]);

/** Freeze the act and its lists (elements are typed read-only; freezing every span would cost more than parsing). */
function freezeAct(act: Act): Act {
  for (const k in act) {
    const v = (act as unknown as Record<string, unknown>)[k];
    if (v && typeof v === 'object') Object.freeze(v);
  }
  return Object.freeze(act);
}

/** Parse an act. Never throws: on any input it returns a model (possibly empty). */
export function parse(text: string, index?: TextIndex, folded?: string, units?: Units): Act {
  try {
    return freezeAct(parseUnsafe(typeof text === 'string' ? text : '', index, folded, units));
  } catch {
    // Defensive: the parser is meant to be total; an internal bug must not take the editor down.
    return freezeAct(emptyAct(new TextIndex(typeof text === 'string' ? text : '')));
  }
}

function emptyAct(index: TextIndex): Act {
  return {
    kind: 'unknown', police: false, header: { republique: null, collectivite: null, departement: null },
    title: null, number: null, object: null, authority: null, seance: null, expose: null, visas: [], considerants: [],
    dispositive: null, articles: [], vote: null, placeDate: null, signatories: [], recours: null, executoire: null,
    transmission: null, references: [], date: null, lineCount: index.lineCount, complete: false,
    seen: Object.fromEntries(ACT_FIELDS.map((k) => [k, 'absent'])) as Act['seen'],
  };
}

function isUpperWord(s: string): boolean {
  return /[A-ZÀ-Ý]{2}/.test(s) && !/[a-zà-ÿ]/.test(s);
}

function cutUnits(text: string, f: string, index: TextIndex): Unit[] {
  const units: Unit[] = [];
  let blank = true;
  for (let line = 0; line < index.lineCount; line++) {
    let s = index.lineStarts[line];
    const lineEnd = index.lineEnd(line);
    // Trim, form feeds included.
    while (s < lineEnd && /[\s\f\u00a0]/.test(text[s])) s++;
    let e = lineEnd;
    while (e > s && /[\s\f\u00a0]/.test(text[e - 1])) e--;
    if (e <= s || (e - s < 200 && '-_*=#.'.includes(text[s]) && /^[-_*=#.\s]+$/.test(f.slice(s, e)))) {
      blank = true;
      continue;
    }
    // Split flattened lines at block markers whose original case shows a new block.
    const cuts = [s];
    // Only long lines can hold a flattened act (OCR dumps, one-paragraph exports); short ones are left whole.
    if (e - s > 250) {
      const slice = f.slice(s, e);
      SPLIT_RE.lastIndex = 0;
      for (let m = SPLIT_RE.exec(slice); m; m = SPLIT_RE.exec(slice)) {
        const at = s + m.index + m[0].length;
        let k = at;
        while (k < e && /[-*\s]/.test(text[k])) k++;
        const word = text.slice(k, k + 12);
        // A new block starts with a capital ("Vu", "Considérant", "Article") or a verb in capitals.
        const strong = /^(?:apres\s+en\s+avoir\s+delibere|accuse\s+de\s+reception)/.test(f.slice(k, k + 30));
        if ((strong || /^[A-ZÀ-Ý]/.test(word)) && at - cuts[cuts.length - 1] > 2) cuts.push(at);
      }
    }
    // Very long units are cut further so no unit is huge (keeps regexes cheap).
    const bounded: number[] = [];
    for (let i = 0; i < cuts.length; i++) {
      const a = cuts[i];
      const b = i + 1 < cuts.length ? cuts[i + 1] : e;
      for (let x = a; x < b; x += MAX_UNIT) bounded.push(x);
    }
    for (let i = 0; i < bounded.length; i++) {
      let a = bounded[i];
      let b = i + 1 < bounded.length ? bounded[i + 1] : e;
      while (a < b && /\s/.test(text[a])) a++;
      while (b > a && /\s/.test(text[b - 1])) b--;
      if (b <= a) continue;
      units.push({ start: a, end: b, f: f.slice(a, b), type: 'text', afterBlank: i === 0 && blank });
    }
    blank = false;
  }
  return units;
}

function classify(u: Unit, original: string): UnitType {
  const f = u.f.replace(/^[-•>#\s]+/, '').replace(/^\*+\s*/, '');
  if (/^republique\s+francaise\b/.test(f)) return 'republique';
  if (/^accuse\s+de\s+reception\b/.test(f)) return 'ar';
  if (/^vu\*{0,2}\b[\s,:]/.test(f) || /^vu\*{0,2}$/.test(f)) return 'visa';
  if (/^considerant\b/.test(f) || /^attendu\s+que\b/.test(f)) return 'considerant';
  if (ARTICLE_HEAD.test(f) && /^(?:[-*#\s]*)(?:Art|ART|art)/.test(original)) {
    // "article 3 du code …" at a line start is a wrapped reference, not a heading.
    const m = ARTICLE_HEAD.exec(f)!;
    const rest = f.slice(m[0].length);
    if (!(m[4] === '' && /^\s*(?:du|de|des|et|alinea|al\.)\b/.test(rest))) return 'article';
  }
  if (/^fait\s+(?:et\s+delibere\s+)?(?:a|en)\s+/.test(f) || /^(?:fait\s+et\s+)?delibere\s+(?:a|en|les?)\s+/.test(f)) return 'placeDate';
  if (BARE_CLOSING_RE.test(f) && /^[A-ZÀ-Ý]/.test(original)) return 'placeDateBare';
  if (/^[a-z][a-z'-]{1,30}(?:\s[a-z][a-z'-]{1,20}){0,3},\s+le\s+(?:\d{1,2}|1er)\s*(?:er)?\s+(?:janv|fev|mars|avr|mai|juin|juil|aout|sept|oct|nov|dec)/.test(f) && /^[A-ZÀ-Ý]/.test(original)) return 'placeDateBare';
  if (/^(?:departement|dpt)\s+(?:de|du|des|d')\b/.test(f) && f.length < 90) return 'departement';
  if (/^(?:commune|ville|mairie)\s+(?:de|d'|du)\b/.test(f) && f.length < 90) return 'collectivite';
  if (/^(?:metropole|communaute\s+(?:de\s+communes|d'agglomeration|urbaine)|syndicat|etablissement\s+public|eurometropole|cc\s|ca\s)/.test(f) && f.length < 100 && !/[;]/.test(f)) return 'collectivite';
  // A verb alone on its line: letter-spaced ("A R R E T E") it can only be the verb; written plainly it may also be
  // the title "ARRÊTÉ" (the reader decides from its place: after the recitals it is the verb).
  if (BARE_VERB.test(f)) return /\s/.test(f.replace(/[\s:*]+$/, '')) ? 'verb' : 'bareVerb';
  if (/^(?:(?:extrait\s+du\s+)?(?:registre\s+des\s+)?deliberations?|arretes?|decisions?|proces-verbal|extrait\s+du\s+registre)\b/.test(f) && f.length < 200 && !/^arrete\s*:/.test(f) && !/^decide\s*:/.test(f) && !/^(?:deliberations?|decisions?|arretes?)\s+(?:annuelles?|relatives?)/.test(f)) {
    const firstWord = original.replace(/^[-*\s]+/, '').split(/\s/)[0] ?? '';
    if (isUpperWord(firstWord) || /\bn\s?[°o]/.test(f) || f.length < 60) return 'title';
  }
  if (/^(?:seance|reunion|session)\b/.test(f) && f.length < 200) return 'seance';
  if (/^(?:adopte(?:e|s|es)?|approuve(?:e)?|rejete(?:e)?)\s+(?:a\s+l'unanimite|a\s+la\s+majorite|par\s+\d)/.test(f) || /^(?:a\s+l'unanimite|vote\s*:|resultat\s+du\s+vote|pour\s*:\s*\d)/.test(f) || /^(?:la\s+deliberation\s+est\s+adoptee|le\s+conseil\s+adopte)/.test(f)) return 'vote';
  if (AUTHORITY_RE.test(f) || (AUTHORITY_BARE_RE.test(f) && !/[a-zà-ÿ]/.test(original))) return 'authority';
  if (/^(?:le|la)\s+(?:conseil|bureau|comite)\b[^.;]{0,120}$/.test(f) && !VERB_WORDS.test(f) && !/apres\s+en\s+avoir/.test(f)) return 'authority';
  if (FORMULA_START_RE.test(f) || (FORMULA_RE.test(f) && f.length < 300)) return 'verb';
  const verbLine = VERB_LINE_RE.exec(f);
  if (verbLine) return 'verb';
  const verbColon = VERB_COLON_RE.exec(f);
  if (verbColon && /^[-*\s]*[A-ZÀ-Ý]{3}/.test(original)) return 'verb';
  if (DISPOSITIVE_ITEM.test(f) && isUpperWord(original.replace(/^[-•\s]+/, '').split(/\s/)[0] ?? '')) return 'item';
  return 'text';
}

/** The scanned units of a text, opaque outside the reader (handed back to `parse` so it does not scan twice). */
export type Units = readonly unknown[] & { readonly __units: true };

/** Cut the text into units and type each one (the scanner): one pass over the lines. */
function readUnits(text: string, f: string, index: TextIndex): Unit[] {
  const units = cutUnits(text, f, index);
  for (const u of units) u.type = classify(u, text.slice(u.start, u.end));
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
 * Where the acts of a document are (offsets, end exclusive), when it holds several (a compte rendu, a procès-verbal,
 * a recueil): a new act begins when, after a dispositif, come a title or recitals again, or a second dispositif after
 * the first one's vote or closing. One act (or none) gives one segment covering the whole text. `header` is the part
 * before the first act's own title or recitals (collectivité, séance), which every act of a collection shares.
 */
export function actSegments(text: string, folded?: string, index: TextIndex = new TextIndex(text)): { header: number; segments: { start: number; end: number }[]; units: Units } {
  const f = folded !== undefined && folded.length === text.length ? folded : fold(text);
  const units = readUnits(text, f, index);
  const starts: number[] = [0];
  let sawVerb = false;
  let lastClosing = -1;
  let verbs = 0;
  for (let i = 0; i < units.length; i++) {
    const t = units[i].type;
    if (sawVerb && (t === 'visa' || t === 'considerant' || t === 'title' || (t === 'verb' && lastClosing >= 0))) {
      const from = lastClosing >= 0 && lastClosing + 1 <= i ? lastClosing + 1 : i;
      starts.push(units[from].start);
      sawVerb = false;
      lastClosing = -1;
    }
    if (t === 'verb' && !(i > 0 && units[i - 1].type === 'verb')) {
      sawVerb = true;
      verbs++;
    }
    if (sawVerb && (t === 'vote' || t === 'placeDate' || t === 'placeDateBare' || t === 'ar')) lastClosing = i;
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
  const first = units.findIndex((u) => u.type === 'title' || u.type === 'visa' || u.type === 'considerant' || u.type === 'verb');
  const header = first > 0 ? units[first].start : 0;
  segments[0].start = header;
  return { header, segments, units: units as unknown as Units };
}

/** The parser without its safety net (tests use it to see real exceptions). `index` may be shared with the caller. */
export function parseUnsafe(text: string, index: TextIndex = new TextIndex(text), folded?: string, scanned?: Units): Act {
  const f = folded !== undefined && folded.length === text.length ? folded : fold(text);
  // Units are typed in place by the readers (a place-date found late): work on copies of scanned ones.
  const units = scanned ? (scanned as unknown as Unit[]).map((u) => ({ ...u })) : readUnits(text, f, index);
  const span = (s: number, e: number): Span => index.span(s, e);
  const n = units.length;

  // ---- Dispositive verb: the first verb unit after a visa/considérant, else the first one.
  const firstRecital = units.findIndex((u) => u.type === 'visa' || u.type === 'considerant');
  let verbIdx = -1;
  for (let i = Math.max(0, firstRecital); i < n; i++) {
    if (units[i].type === 'verb') {
      verbIdx = i;
      break;
    }
  }
  if (verbIdx < 0) verbIdx = units.findIndex((u) => u.type === 'verb');
  // A verb line may be "APRÈS EN AVOIR DÉLIBÉRÉ" followed by "DÉCIDE :" on the next unit.
  let dispositive: DispositiveVerb | null = null;
  const firstArticle = units.findIndex((u, i) => u.type === 'article' && (verbIdx < 0 || i > verbIdx));
  const dispoStart = verbIdx >= 0 ? verbIdx : firstArticle;
  if (verbIdx >= 0) {
    const u = units[verbIdx];
    let verb = 'APRÈS EN AVOIR DÉLIBÉRÉ';
    let vStart = u.start;
    let vEnd = u.end;
    // "après en avoir délibéré, DÉCIDE :": the verb is DÉCIDE, not the "délibéré" of the formula.
    const formula = FORMULA_RE.exec(u.f);
    const afterFormula = formula ? formula.index + formula[0].length : 0;
    const explicitRest = VERB_WORDS.exec(u.f.slice(afterFormula));
    const explicit = explicitRest && formula ? Object.assign(explicitRest, { index: explicitRest.index + afterFormula }) : explicitRest ?? (formula ? null : VERB_WORDS.exec(u.f));
    if (explicit) {
      verb = verbDisplay(explicit[1], true);
      vStart = u.start + explicit.index;
      vEnd = vStart + explicit[1].length;
    } else if (verbIdx + 1 < n && units[verbIdx + 1].type === 'verb') {
      const next = units[verbIdx + 1];
      const m = VERB_WORDS.exec(next.f);
      if (m) {
        verb = verbDisplay(m[1], true);
        vStart = next.start + m.index;
        vEnd = vStart + m[1].length;
      }
    } else {
      const m = FORMULA_RE.exec(u.f);
      if (m) {
        vStart = u.start + m.index;
        vEnd = vStart + m[0].length;
      }
    }
    const items: { verb: string; range: ReturnType<TextIndex['range']> }[] = [];
    for (let i = verbIdx + 1; i < n; i++) {
      const t = units[i].type;
      if (t === 'placeDate' || t === 'ar' || t === 'vote') break;
      if (t === 'item') {
        const m = DISPOSITIVE_ITEM.exec(units[i].f.replace(/^[-•\s]+/, ''))!;
        const off = units[i].f.length - units[i].f.replace(/^[-•\s]+/, '').length;
        const s = units[i].start + off;
        items.push({ verb: clean(text.slice(s, s + m[1].length)).toUpperCase(), range: index.range(s, s + m[1].length) });
      }
    }
    dispositive = { verb, range: index.range(vStart, vEnd), items };
  }

  // ---- Closing: where the dispositif ends (place-date, vote, signature, AR block).
  const arIdx = units.findIndex((u, i) => u.type === 'ar' && i > Math.max(dispoStart, 0));
  // "Aucamville, le 14 décembre 2022" counts as the place-and-date line only once the dispositif has begun.
  const placeIdx = units.findIndex((u, i) => (u.type === 'placeDate' && i > dispoStart) || (u.type === 'placeDateBare' && dispoStart >= 0 && i > dispoStart));

  // ---- Recitals: before the dispositif (or everywhere when there is none).
  const recitalLimit = dispoStart >= 0 ? dispoStart : (placeIdx >= 0 ? placeIdx : n);
  const visas: Recital[] = [];
  const considerants: Recital[] = [];
  const extendRecital = (i: number): number => {
    let j = i;
    while (
      j + 1 < recitalLimit && units[j + 1].type === 'text' && !units[j + 1].afterBlank &&
      !/[;.:]\s*(\*\*)?$/.test(units[j].f)
    ) j++;
    return j;
  };
  for (let i = 0; i < recitalLimit; i++) {
    const u = units[i];
    if (u.type !== 'visa' && u.type !== 'considerant') continue;
    const j = extendRecital(i);
    const kw = u.f.search(u.type === 'visa' ? /vu/ : /considerant|attendu/);
    const start = u.start + Math.max(0, kw);
    const end = units[j].end;
    const raw = text.slice(start, end);
    const body = clean(raw.replace(/^(?:vu|considérant|considerant|attendu)\**\s*/i, ''));
    const endingMatch = /([;,:.])\s*(?:\*+)?\s*$/.exec(raw);
    const sp = span(start, end);
    const r: Recital = { text: sp.text, range: sp.range, start, end, body, ending: endingMatch ? endingMatch[1] : '' };
    (u.type === 'visa' ? visas : considerants).push(r);
    i = j;
  }

  // ---- Articles.
  const articles: Article[] = [];
  const stopTypes = new Set<UnitType>(['article', 'placeDate', 'ar', 'vote']);
  for (let i = Math.max(0, dispoStart); i < n; i++) {
    if (units[i].type !== 'article') continue;
    const u = units[i];
    const lead = u.f.length - u.f.replace(/^[-*#\s]+/, '').length;
    const m = ARTICLE_HEAD.exec(u.f.slice(lead).replace(/^\*+\s*/, ''));
    if (!m) continue;
    const headStart = u.start + lead + (u.f.slice(lead).length - u.f.slice(lead).replace(/^\*+\s*/, '').length);
    const numIdx = m[0].indexOf(m[2], m[1].length);
    const numberText = text.slice(headStart + numIdx, headStart + numIdx + m[2].length + (m[3]?.length ?? 0)).trim();
    const rawNum = m[2].replace(/\s/g, '');
    const number = /^(1er|1\^\{er\}|premier|1|ler)$/.test(rawNum) ? '1er' : rawNum === 'unique' ? 'unique' : String(+rawNum);
    let headEnd = headStart + m[0].length;
    const restRaw = text.slice(headEnd, u.end);
    const rest = clean(restRaw);
    let heading: string | null = null;
    if (rest && rest.length <= 100 && !/[.;]$/.test(rest) && !(i + 1 >= n || units[i + 1].type !== 'text')) {
      heading = rest.replace(/^[-–—:.\s]+/, '') || null;
      headEnd = u.end;
    }
    let j = i;
    while (j + 1 < n && !stopTypes.has(units[j + 1].type) && !(units[j + 1].type === 'item' && units[j].type !== 'text')) {
      // A signature quality or an unrelated trailer ends the last article.
      if (placeIdx < 0 && /^(?:le|la)\s+(?:maire|president(?:e)?)\s*,?\s*$/.test(units[j + 1].f)) break;
      j++;
    }
    const end = units[j].end;
    const bodyStart = heading ? (j > i ? units[i + 1].start : end) : headEnd;
    const whole = span(u.start + lead, end);
    articles.push({
      text: whole.text,
      range: whole.range,
      start: whole.start,
      end: whole.end,
      numberText,
      number,
      numberRange: index.range(headStart + numIdx, headStart + numIdx + numberText.length),
      headingRange: index.range(headStart, headEnd),
      heading,
      body: clean(text.slice(bodyStart, end)),
    });
    i = j;
  }

  // ---- Header, title, number, objet, authority, exposé: the part before the recitals.
  const preambleEnd = firstRecital >= 0 ? firstRecital : dispoStart >= 0 ? dispoStart : Math.min(n, 25);
  let republique: Span | null = null;
  let collectivite: Header['collectivite'] = null;
  let departement: Header['departement'] = null;
  let title: Span | null = null;
  let authority: Span | null = null;
  for (let i = 0; i < Math.min(n, Math.max(preambleEnd, 12)); i++) {
    const u = units[i];
    const lead = u.f.length - u.f.replace(/^[-*#\s]+/, '').length;
    const s = u.start + lead;
    if (u.type === 'republique' && !republique) republique = span(s, u.start + lead + 'republique francaise'.length);
    else if (u.type === 'departement' && !departement) {
      const m = /^(?:departement|dpt)\s+(?:de\s+la\s+|de\s+l'|du\s+|des\s+|de\s+|d')(.+)$/.exec(u.f.slice(lead));
      if (m) departement = { ...span(s, u.end), name: clean(text.slice(u.end - m[1].length, u.end)).replace(/\*+$/, '') };
    } else if (u.type === 'collectivite' && !collectivite && i < preambleEnd) {
      const name = clean(text.slice(s, u.end));
      const ff = u.f.slice(lead);
      const type: CollectiviteType = /^metropole|^eurometropole/.test(ff) ? 'metropole'
        : /^(?:commune|ville|mairie)/.test(ff) ? 'commune' : /^(?:communaute|cc\s|ca\s)/.test(ff) ? 'epci' : 'autre';
      collectivite = { ...span(s, u.end), name, type };
    } else if (u.type === 'title' && !title && i < Math.max(preambleEnd, 1)) title = span(s, u.end);
    else if (u.type === 'authority' && !authority && i < preambleEnd + 1) authority = span(s, u.end);
  }
  // A département named in the title line of a collectivité ("Commune de X (Savoie)") is left to the profile.

  const preambleText = (() => {
    const endOff = preambleEnd < n && preambleEnd >= 0 ? units[preambleEnd].start : text.length;
    return { start: 0, end: Math.min(endOff, text.length) };
  })();

  // Number: "N° DDM-2025-075" in the title, "Délibération n° 2023-020", or "BM2025/06/24/12 : OBJET".
  let number: NumberSpan | null = null;
  let object: Span | null = null;
  const NUM_RE = /\b(?:n\s?[°o]|numero)\s*:?\s*([a-z0-9][\w/.-]*\d[\w/.-]*(?:\s?\/\s?\d+)?)/;
  const numberFrom = (s: number, e: number): NumberSpan | null => {
    const m = NUM_RE.exec(f.slice(s, e));
    if (!m) return null;
    let v = m[1].replace(/[.-]+$/, '');
    const vs = s + m.index + m[0].length - m[1].length;
    return { ...span(vs, vs + v.length), value: (v = text.slice(vs, vs + v.length)) };
  };
  if (title) number = numberFrom(title.start, title.end);
  for (let i = 0; i < preambleEnd && i < n; i++) {
    const u = units[i];
    const lead = u.f.length - u.f.replace(/^[-*#\s]+/, '').length;
    const ff = u.f.slice(lead);
    if (!number && (u.type === 'title' || /^(?:deliberation|decision|arrete|acte)\s+n/.test(ff) || /^n\s?[°o]\s*\S/.test(ff))) {
      number = numberFrom(u.start, u.end);
    }
    // "BM2025/06/24/12 : OUVERTURE …": number and objet on one line.
    const numObj = /^([a-z]{0,6}\s?\d{2,4}[\w/-]*\d)\s*:\s*(\S.{4,})$/.exec(ff);
    if (numObj && !number && /[/-]/.test(numObj[1])) {
      const s = u.start + lead;
      number = { ...span(s, s + numObj[1].length), value: text.slice(s, s + numObj[1].length) };
      if (!object) object = span(u.end - numObj[2].length, u.end);
      continue;
    }
    const obj = /^objet\s*(?:de\s+la\s+deliberation|de\s+l'acte)?\s*:?\s*(\S.*)$/.exec(ff);
    if (obj && !object) object = span(u.end - obj[1].length, u.end);
  }
  // An upper-case line after the title and before the exposé is the objet (seed 000 layout).
  if (!object && title) {
    for (let i = 0; i < preambleEnd && i < n; i++) {
      const u = units[i];
      if (u.start <= title.start || u.type !== 'text') continue;
      const raw = text.slice(u.start, u.end).replace(/\*/g, '');
      if (isUpperWord(raw) && raw.length >= 8 && raw.length <= 300 && !/^(?:EN CONS|LE |LA )/.test(raw)) {
        object = span(u.start, u.end);
        break;
      }
      if (/^(?:portant|relatif|relative|reglementant|autorisant|fixant|approuvant)\b/.test(u.f)) {
        object = span(u.start, u.end);
        break;
      }
    }
  }

  // Exposé: prose units of the preamble after the title/objet (decisions, délibérations).
  let expose: Span | null = null;
  {
    let a = -1;
    let b = -1;
    const after = Math.max(object ? object.end : 0, title ? title.end : 0);
    for (let i = 0; i < preambleEnd && i < n; i++) {
      const u = units[i];
      if (u.start < after || u.type !== 'text') continue;
      if (u.end - u.start < 60 && a < 0) continue;
      if (a < 0) a = i;
      b = i;
    }
    if (a >= 0) expose = span(units[a].start, units[b].end);
  }

  // ---- Séance (délibérations): fields read over the preamble (and the whole text for OCR dumps).
  let seance = readSeance(text, f, index, preambleText.end, units);

  // ---- Vote.
  // The tally is usually after the dispositif, but some acts give it between the considérants and the verb.
  const vote = readVote(text, f, index, units, Math.max(0, dispoStart))
    ?? (firstRecital >= 0 && dispoStart > firstRecital ? readVoteUnits(text, f, index, units, firstRecital, dispoStart) : null);

  // ---- Place and date.
  let placeDate: PlaceDate | null = null;
  if (placeIdx >= 0 || units.some((u) => u.type === 'placeDate')) {
    const u = units[placeIdx >= 0 ? placeIdx : units.findIndex((x) => x.type === 'placeDate')];
    u.type = 'placeDate';
    const lead = u.f.length - u.f.replace(/^[-*\s]+/, '').length;
    const ff = u.f.slice(lead);
    const m = /^(?:fait\s+et\s+delibere\s+|fait\s+|delibere\s+)(?:a|en)\s+([^,\n]{1,80}?)(?:\s*,|\s+le\b|\s+les\b|\s*$)/d.exec(ff) ?? /^([^,\n]{1,60}?),?\s+le\s+(?=\d|1er)/d.exec(ff);
    let place: string | null = m?.indices?.[1] ? clean(text.slice(u.start + lead + m.indices[1][0], u.start + lead + m.indices[1][1])).replace(/[,\s]+$/, '') || null : null;
    // "Fait et délibéré en séance, les jour, mois et an susdits": no place.
    if (place && /^(?:seance|la\s+seance|session)\b/i.test(place.normalize('NFD').replace(/[\u0300-\u036f]/g, ''))) place = null;
    // The date may be on the same unit or the next one.
    let date: string | null = null;
    let end = u.end;
    DATE_RE_G.lastIndex = 0;
    const local = u.f.slice(0, 160);
    let dm = DATE_RE.exec(local);
    if (!dm && placeIdx + 1 < n && /^(?:le\s+)?(?:\d|1er)/.test(units[placeIdx + 1]?.f ?? '')) {
      dm = DATE_RE.exec(units[placeIdx + 1].f);
      if (dm) end = units[placeIdx + 1].end;
    }
    // "le 16 Novembre deux mille dix-huit": a date with its year in words.
    const worded = dm ? null : scanDates(f, u.start, Math.min(u.end, u.start + 160))[0] ?? null;
    if (dm) {
      date = isoFromGroups(dm.slice(1, 7));
      if (end === u.end) end = Math.min(u.end, u.start + dm.index + dm[0].length);
    } else if (worded) {
      date = worded.iso;
      if (end === u.end) end = Math.min(u.end, worded.end);
    } else if (u.end - u.start > 120) {
      // Flattened text: the line ends where the formula does.
      const formula = /^[^.]*?(?:que\s+dessus|susdits?|an\s+que\s+susdit)/.exec(u.f);
      end = u.start + (formula ? formula[0].length : Math.min(u.end - u.start, 80));
    }
    const same = /(?:jour|jours),?\s+mois\s+et\s+an|que\s+dessus|susdits?/.test(local);
    if (!date && same && seance?.date) date = seance.date;
    const s = u.start + lead;
    placeDate = { ...span(s, Math.min(end, s + 200 > end ? end : end)), place, date, sameDayAsSeance: same };
  }

  // ---- Transmission block.
  const transmission = readTransmission(text, f, index, units, arIdx);

  // ---- Signatories: after the dispositif, before the AR block.
  const lastArticleEnd = articles.length ? articles[articles.length - 1].end : -1;
  let sigFrom = placeDate ? placeDate.end : Math.max(lastArticleEnd, vote ? index.offsetAt(vote.range.end) : -1);
  if (sigFrom < 0 && dispoStart >= 0) sigFrom = units[dispoStart].end;
  const sigTo = transmission && transmission.start > sigFrom ? transmission.start : text.length;
  const signatories = sigFrom >= 0 ? readSignatories(text, f, index, sigFrom, sigTo) : [];

  // ---- Recours and exécutoire: mentions anywhere after the preamble.
  // Mentions live after the preamble; with no recital nor verb to mark it, look everywhere.
  const mentionFrom = firstRecital >= 0 || dispoStart >= 0 ? preambleText.end : 0;
  const recours = readRecours(text, f, index, units, mentionFrom);
  const executoire = readExecutoire(text, f, index, units, mentionFrom);

  // ---- Kind.
  const references = findReferences(text, f, index).filter((r) => !(number && r.start >= number.start && r.end <= number.end));
  const kind = inferKind(text, f, units, title, authority, collectivite, seance, dispositive, references, preambleText.end);
  // Only a délibération has a séance: an arrêté that cites « la délibération du conseil municipal du … » has none.
  if (!kind.startsWith('deliberation') && kind !== 'unknown') seance = null;
  const police = (kind === 'arrete-maire' || kind === 'arrete-president') && isPolice(f, references, title, object, articles);

  const header: Header = { republique, collectivite, departement };
  const date = placeDate?.date ?? (kind.startsWith('deliberation') ? seance?.date : null) ?? transmission?.actDate ?? seance?.date ?? null;
  const fields = {
    kind, police, header, title, number, object, authority, seance, expose, visas, considerants, dispositive, articles,
    vote, placeDate, signatories, recours, executoire, transmission, references, date: date ?? null,
    lineCount: index.lineCount,
  };
  const complete = isComplete(fields);
  return { ...fields, complete, seen: seenFields(fields, complete) };
}

function firstDate(s: string): { iso: string | null; index: number; length: number } | null {
  const m = DATE_RE.exec(s);
  return m ? { iso: isoFromGroups(m.slice(1, 7)), index: m.index, length: m[0].length } : null;
}

function readSeance(text: string, f: string, index: TextIndex, preambleEnd: number, units: Unit[]): Seance | null {
  // OCR dumps put the séance block anywhere: look in the preamble, then in the whole text.
  const limit = Math.min(f.length, Math.max(preambleEnd, 3000));
  const region = f.slice(0, limit);
  let lo = Infinity;
  let hi = -1;
  const mark = (s: number, e: number) => {
    lo = Math.min(lo, s);
    hi = Math.max(hi, e);
  };
  const num = (re: RegExp): number | null => {
    const m = re.exec(region);
    if (!m) return null;
    mark(m.index, m.index + m[0].length);
    const v = +(m[1] ?? m[2]);
    return Number.isFinite(v) && v < 100000 ? v : null;
  };
  // Dates of the region, then the first one after a séance keyword, and the first one after a convocation keyword.
  const dates = scanDates(f, 0, limit);
  const dateAfter = (re: RegExp, window: number, avoid: RegExp | null): { d: FoundDate; kw: number } | null => {
    const g = new RegExp(re.source, 'g');
    for (let m = g.exec(region); m; m = g.exec(region)) {
      const from = m.index + m[0].length;
      const d = dates.find((x) => x.start >= from && x.start - from <= window);
      if (d && !(avoid && avoid.test(region.slice(from, d.start)))) return { d, kw: m.index };
    }
    return null;
  };
  let date: string | null = null;
  let dateSpan: Span | null = null;
  let weekday: string | null = null;
  const sd = dateAfter(/\b(?:seance|reunion|session|reuni(?:e|s)?|assembles?|l'an)\b/, 160, /convoc|envoy|adress/)
    ?? dateAfter(/\b(?:conseil\s+(?:municipal|communautaire|metropolitain|de\s+la\s+metropole)|bureau\s+(?:communautaire|metropolitain))\b/, 30, null);
  if (sd) {
    date = sd.d.iso;
    dateSpan = index.span(sd.d.start, sd.d.end);
    const wdm = WEEKDAY_END_RE.exec(region.slice(Math.max(0, sd.d.start - 12), sd.d.start));
    weekday = wdm ? wdm[1] : null;
    if (weekday) dateSpan = index.span(sd.d.start - (region.slice(Math.max(0, sd.d.start - 12), sd.d.start).length - wdm!.index), sd.d.end);
    mark(sd.kw, sd.d.end);
  }
  let convocationDate: string | null = null;
  let convocationSpan: Span | null = null;
  let cd = dateAfter(/\b(?:convocation|convoque(?:e|s|es)?)\b/, 200, null);
  if (!cd && date) {
    // "convoqués le dix février" with no year: the convocation precedes the séance, same year.
    dates.splice(0, dates.length, ...scanDates(f, 0, limit, +date.slice(0, 4)));
    cd = dateAfter(/\b(?:convocation|convoque(?:e|s|es)?)\b/, 200, null);
    if (cd && cd.d.iso > date) cd = null;
  }
  if (cd) {
    convocationDate = cd.d.iso;
    convocationSpan = index.span(cd.d.start, cd.d.end);
    mark(cd.kw, cd.d.end);
  }
  // A figures table: "En exercice Présents Procurations Votants 27 20 3 23".
  const table = /((?:(?:nombre\s+de\s+conseillers\s+)?en\s+exercice|presents?|procurations?|pouvoirs?|representes?|votants?|absents?)(?:\s*[:|]?\s*(?:en\s+exercice|presents?|procurations?|pouvoirs?|representes?|votants?|absents?)){2,5})\s*[:|]?\s*((?:\d{1,4}\s*[|]?\s*){3,6})/.exec(region);
  const fromTable: Record<string, number> = {};
  if (table) {
    const labels = table[1].match(/en\s+exercice|presents?|procurations?|pouvoirs?|representes?|votants?|absents?/g) ?? [];
    const values = table[2].trim().split(/[\s|]+/).map(Number);
    if (values.length >= labels.length) {
      labels.forEach((l, i) => (fromTable[l.replace(/s$/, '').replace(/\s+/g, ' ')] = values[i]));
      mark(table.index, table.index + table[0].length);
    }
  }
  const tab = (...keys: string[]) => keys.map((k) => fromTable[k]).find((v) => v !== undefined) ?? null;
  const membersInOffice = tab('en exercice') ?? num(/(?:en\s+exercice|membres\s+en\s+fonction|conseillers\s+en\s+fonction|nombre\s+de\s+(?:conseillers|membres|delegues)(?:\s+(?:municipaux|communautaires|metropolitains|titulaires))?)\s*:?\s*(\d{1,4})(?!\d)|(?<=^|\n|[,;:(|]\s?|\bdont\s|\bet\s)(\d{1,4})[ \t]+(?:conseillers\s+|membres\s+)?en\s+exercice(?!\s*:)/);
  let present = tab('present') ?? num(/(?<![a-z])presents?(?!\s+(?:ou|et)\s+represent)(?:\s+ou\s+ayant\s+donne\s+pouvoir)?\s*[:=]?\s*(\d{1,4})(?!\d)|(?<=^|\n|[,;:(|]\s?|\bdont\s|\bet\s)(\d{1,4})[ \t]+presents?\b(?!\s*:)/);
  // "présents titulaires : 45 - présents suppléants : 4"
  const tit = /(?<![a-z])presents?\s+titulaires\s*:?\s*(\d{1,4})(?!\d)[\s\S]{0,60}?\bpresents?\s+suppleants\s*:?\s*(\d{1,4})(?!\d)/.exec(region);
  if (tit) present = +tit[1] + +tit[2];
  if (present === null) present = countNamesAfter(text, region, /\b(?:etaient\s+)?presents?(?:\s+titulaires(?:\s*\/\s*suppleants)?)?\s*:/, mark);
  let represented = tab('procuration', 'pouvoir', 'represente') ?? num(/(?<![a-z])(?:representes?|pouvoirs?|procurations?|absents?\s+(?:representes?|ayant\s+donne\s+pouvoir))\s*:?\s*(\d{1,4})(?!\d)|(?<=^|\n|[,;:(|]\s?|\bdont\s|\bet\s)(\d{1,4})[ \t]+(?:procurations?|pouvoirs?|representes?)\b(?!\s*:)/);
  if (represented === null) {
    // "X (pouvoir à Y)", "procuration à Y": one per represented member.
    const proxies = region.match(/\b(?:pouvoir|procuration|procurations)\s+(?:donnee?\s+)?a\s+(?:m\.|mme|monsieur|madame)?\s*[a-z]/g);
    if (proxies && proxies.length) represented = proxies.length;
    else represented = countNamesAfter(text, region, /\b(?:absents?\s+)?(?:ayant\s+(?:donne|vote\s+par)\s+(?:pouvoir|procuration)|representes?|procurations?\s*:)[^:]{0,160}:/, mark);
  }
  const voters = tab('votant') ?? num(/(?<![a-z])votants?\s*:?\s*(\d{1,4})(?!\d)|(?<=^|\n|[,;:(|]\s?|\bdont\s|\bet\s)(\d{1,4})[ \t]+votants\b(?!\s*:)/);
  const absent = num(/(?<![a-z])absents?(?:\s+excuses?)?\s*:?\s*(\d{1,4})(?!\d)/);
  const hourM = /\b(?:a|des)\s+(\d{1,2})\s*(?:h|heures?)\s*(\d{2})?\b/.exec(region);
  const hour = hourM && sd && Math.abs(hourM.index - sd.kw) < 300 ? `${hourM[1].padStart(2, '0')}:${hourM[2] ?? '00'}` : null;
  const nameAt = (re: RegExp): string | null => {
    const m = re.exec(region);
    if (!m) return null;
    const s = m.index + m[0].length;
    // "Monsieur le Maire, Philippe SAUREL", "Madame Monique BUFFAROT EXCUSÉS : …": the name is the first Prénom NOM.
    const window = text.slice(s, Math.min(s + 100, limit)).split(/[\n;]/)[0];
    const nm = personName(window);
    // The name follows the label closely ("Secrétaire de séance : X"); a sentence end means it is elsewhere.
    if (!nm || /^\s*[.,]/.test(window) || nm.end - nm.name.length > 45) return null;
    mark(m.index, s + nm.end);
    return nm.name;
  };
  const president = nameAt(/\b(?:president(?:e)?\s+de\s+(?:la\s+)?seance|sous\s+la\s+presidence\s+de)\s*:?\s*/);
  let secretary = nameAt(SECRETARY_LABEL_RE);
  if (!secretary) {
    // "Madame Catherine DEBRAY est désignée secrétaire de séance": the name just before the formula.
    const m = /\s(?:a\s+ete|est)\s+(?:designee?|elue?|nommee?)\s+(?:pour\s+remplir\s+les\s+fonctions\s+de\s+|comme\s+|en\s+qualite\s+de\s+)?secretaire/.exec(region);
    if (m) {
      const before = text.slice(Math.max(0, m.index - 60), m.index);
      const names = [...before.matchAll(new RegExp(NAME_RE.source, 'g'))];
      const last = names.length ? personName(names[names.length - 1][0]) : null;
      if (last) {
        secretary = last.name;
        mark(m.index - 60, m.index + m[0].length);
      }
    }
  }
  const bodyM = /\b(conseil\s+municipal|conseil\s+communautaire|conseil\s+metropolitain|conseil\s+de\s+(?:la\s+)?(?:metropole|communaute)|bureau(?:\s+(?:communautaire|metropolitain|de\s+la\s+metropole|de\s+la\s+communaute))?|comite\s+syndical)\b/.exec(region);
  const urgency = /\burgence\b/.test(region);
  const secondConvocation = /(?:deuxieme|seconde|nouvelle)\s+convocation|sans\s+condition\s+de\s+quorum/.test(region);
  const found = [date, convocationDate, membersInOffice, present, represented, voters, president, secretary].filter((x) => x !== null).length;
  if (found === 0) return null;
  void units;
  return {
    range: index.range(lo === Infinity ? 0 : lo, Math.max(hi, 0)),
    date, dateSpan, weekday, hour, convocationDate, convocationSpan, membersInOffice, present, represented, voters,
    absent, president, secretary, body: bodyM ? clean(text.slice(bodyM.index, bodyM.index + bodyM[1].length)).toLowerCase() : null, urgency, secondConvocation,
  };
}

const LIST_END = /\b(?:absents?|excuses?|procurations?|pouvoirs?|representes?|ayant\s+donne|secretaires?\s+de|nombre\s+de|date\s+de|objet|ordre\s+du\s+jour|etaient\s+absents|a\s+donne|ont\s+donne|votants?|en\s+exercice|president|le\s+conseil|le\s+maire\s+(?:expose|rapporte|informe)|rapporteur)\b/;

/**
 * Members listed by name after a label ("Présents : Denis FEGNE, Gisèle VINCENT…"): one per comma- or
 * semicolon-separated entry holding a name in capitals. When the label has no list after it (PDF text whose
 * reading order moved the label), the paragraph just before the label is counted.
 */
function countNamesAfter(text: string, region: string, label: RegExp, mark: (s: number, e: number) => void): number | null {
  const m = label.exec(region);
  if (!m) return null;
  const count = (s: number, e: number): number => {
    const chunk = text.slice(s, e);
    // Names separated by commas may wrap across lines ("Cédric DE\nSAINT JOUAN"): lines separate names only in a list
    // without commas.
    return chunk.split(/[,;]/.test(chunk) ? /[,;]|\bet\b/ : /\bet\b|\n/).filter((c) => /\b[A-ZÀ-Ý][A-ZÀ-Ý'’-]{1,}\b/.test(c) && /[A-Za-zÀ-ÿ]{2}/.test(c)).length;
  };
  const from = m.index + m[0].length;
  const rest = region.slice(from, from + 2500);
  const stop = LIST_END.exec(rest);
  const end = from + (stop ? stop.index : rest.length);
  let n = count(from, end);
  if (n === 0) {
    const before = region.slice(Math.max(0, m.index - 2500), m.index);
    const para = before.split(/\n\s*\n/).filter((p) => p.trim()).pop() ?? '';
    n = count(m.index - para.length - (before.length - before.trimEnd().length), m.index);
  }
  if (n === 0) return null;
  mark(m.index, end);
  return n;
}


/** The first "Prénom NOM" (or "NOM Prénom", "PRÉNOM NOM") in a short text, without its civility. */
function personName(s: string): { name: string; end: number } | null {
  const m = NAME_RE.exec(s);
  if (!m) return null;
  const first = m[1] ?? m[3] ?? m[5];
  const last = m[2] ?? m[4] ?? m[6];
  if (NOT_NAMES.has(first.toUpperCase()) || NOT_NAMES.has(last.toUpperCase().split(/\s/).pop()!)) return null;
  // An upper-case label glued to the name ("BUFFAROT EXCUSÉS") is not part of it.
  const name = clean(m[0]).replace(/^(?:M\.|Mme|MM\.|Monsieur|Madame)\s+/, '').replace(/\s+(?:EXCUS[EÉ]S?|ABSENTS?|PR[EÉ]SENTS?|OBJET|NOMBRE|POUVOIRS?|VU)$/, '');
  return { name, end: m.index + m[0].length };
}

/** A vote block written before the dispositif: only a unit that reads as a tally ("Pour : 30"). */
function readVoteUnits(text: string, f: string, index: TextIndex, units: Unit[], from: number, to: number): Vote | null {
  const i = units.findIndex((x, k) => k >= from && k < to && x.type === 'vote');
  if (i < 0) return null;
  // Start at the labels just above ("Votants : 40") so the whole block is the vote's range.
  let k = i;
  while (k > from && units[k - 1].end - units[k - 1].start < 40 && /^(?:votants?|suffrages|nombre\s+de\s+votants)\b/.test(units[k - 1].f)) k--;
  return readVote(text, f, index, units, k);
}

function readVote(text: string, f: string, index: TextIndex, units: Unit[], from: number): Vote | null {
  let u = units.find((x, i) => i >= from && x.type === 'vote');
  // OCR dumps: look for the words anywhere after the dispositif starts.
  const startOff = u ? u.start : from < units.length ? units[from].start : 0;
  const region = f.slice(startOff, Math.min(f.length, startOff + (u ? 600 : 20000)));
  const unan = /\b(?:a\s+l'unanimite|unanimement)(?:\s+des\s+(?:suffrages\s+exprimes|membres\s+presents|votants|presents))?/.exec(region);
  // "Pour : 25", "25 voix pour", but not "pour 6 ans".
  const count = (m: RegExpExecArray | null) => (m ? +(m[1] ?? m[2]) : null);
  // The number-first forms stay on one line and do not take the value of the previous label ("Pour : 40\nContre : 0").
  const forM = /\bpour\s*[:=]\s*(\d{1,4})\b|(?<![:=]\s*)\b(\d{1,4})[ \t]+voix[ \t]+pour\b/.exec(region);
  const againstM = /\bcontre\s*[:=]?\s*(\d{1,4})\b(?!\s*(?:ans|mois|jours|euros|€|%))|(?<![:=]\s*)\b(\d{1,4})[ \t]+(?:voix[ \t]+)?contre\b/.exec(region);
  const absM = /\babstentions?\s*[:=]?\s*(\d{1,4})\b|(?<![:=]\s*)\b(\d{1,4})[ \t]+abstentions?\b/.exec(region);
  const npM = /\bne\s+prend(?:nent)?\s+pas\s+part\s+au\s+vote\s*:?\s*(\d{1,4})\b/.exec(region);
  const majM = /\ba\s+la\s+majorite\b/.exec(region);
  if (!u && !unan && !forM && !majM) return null;
  const hits = [unan, forM, againstM, absM, majM].filter((m): m is RegExpExecArray => !!m);
  const s = u ? u.start : startOff + Math.min(...hits.map((m) => m.index));
  const e = u ? u.end : startOff + Math.max(...hits.map((m) => m.index + m[0].length));
  const around = f.slice(Math.max(0, s - 60), s) + region.slice(0, 300);
  const adopted = /\b(?:adopte|approuve|accepte)/.test(around) ? true : /\brejete/.test(around) ? false : null;
  return {
    range: index.range(s, e),
    text: clean(text.slice(s, e)),
    unanimous: unan ? true : forM || majM ? false : null,
    for: count(forM),
    against: count(againstM),
    abstentions: count(absM),
    notVoting: npM ? +npM[1] : null,
    adopted,
  };
}

function readSignatories(text: string, f: string, index: TextIndex, from: number, to: number): Signatory[] {
  const out: Signatory[] = [];
  const region = f.slice(from, Math.min(to, from + 12000));
  QUALITY_RE.lastIndex = 0;
  const seen = new Set<number>();
  for (let m = QUALITY_RE.exec(region); m; m = QUALITY_RE.exec(region)) {
    const qStart = from + m.index + m[0].length - m[1].length;
    let qEnd = qStart + m[1].length;
    // Extend the quality over "de la Métropole du Grand Paris", "délégué aux finances"… up to the line end.
    const restLine = text.slice(qEnd, Math.min(to, qEnd + 120)).split(/\n/)[0];
    const restF = f.slice(qEnd, qEnd + restLine.length);
    // "Le Président certifie …": a sentence, not a signature block.
    if (/^\s*,?\s*(?:certifie|expose|rappelle|informe|propose|soussigne|peut|est|a\s|sera|donne|indique|precise|de\s+seance\s+certifie)/.test(restF)) continue;
    // A quality inside a sentence ("d'autoriser Monsieur le Maire ou l'adjoint délégué à signer…") is no signature.
    // The word before it is a lower-case word of prose (OCR noise is one letter; a name before it is capitalised).
    const lineHead = text.slice(Math.max(from, qStart - 60, text.lastIndexOf('\n', qStart - 1) + 1), qStart).replace(/\s*(?:Monsieur|Madame|monsieur|madame|M\.|Mme)\s*$/, '');
    const before = /([\p{L}'’]+)\s*$/u.exec(lineHead)?.[1] ?? '';
    if (before.length >= 2 && /^\p{Ll}/u.test(before) && !/^(?:pour|par|signé|signe|conforme|copie|extrait|ampliation)$/.test(before) && !(before === 'et' && /^par\s/.test(m[1]))) continue;
    // A quality with no article ("Maire de X") under a signatory already read is that person's other office.
    if (out.length > 0 && /^(?:maire|president)/.test(m[1])) continue;
    const ext = /^(?:[ \t]+(?:de|du|des|d'|de\s+la|delegue(?:e)?|adjointe?|aux?|en\s+charge)\b[^,\n\r]*)?/.exec(restF);
    if (ext) qEnd += ext[0].length;
    // The name: on the same line after a comma, or on one of the next lines.
    const after = text.slice(qEnd, Math.min(to, qEnd + 160));
    const nm = NAME_RE.exec(after);
    let name: string | null = null;
    let end = qEnd;
    let start = qStart;
    if (nm && !/[.;]\s/.test(after.slice(0, nm.index)) && after.slice(0, nm.index).split('\n').length <= 4) {
      const first = nm[1] ?? nm[3] ?? nm[5];
      const last = nm[2] ?? nm[4] ?? nm[6];
      if (!NOT_NAMES.has(first.toUpperCase()) && !NOT_NAMES.has(last.toUpperCase().split(/\s/).pop()!)) {
        name = clean(nm[0]);
        end = qEnd + nm.index + nm[0].length;
      }
    }
    if (name === null) {
      // "Franck LOUVRIER\nMaire de la Baule-Escoublac": the name on the line just above a quality with no article.
      const lineStart = text.lastIndexOf('\n', qStart - 1);
      const prevStart = lineStart > from ? text.lastIndexOf('\n', lineStart - 1) + 1 : -1;
      const prev = prevStart >= from ? text.slice(prevStart, lineStart).trim() : '';
      const pm = prev.length < 60 ? NAME_RE.exec(prev) : null;
      if (pm && pm.index === 0 && pm[0].length === prev.length && !/^(?:le|la)\s/.test(f.slice(qStart, qStart + 3))) {
        const first = pm[1] ?? pm[3] ?? pm[5];
        const last = pm[2] ?? pm[4] ?? pm[6];
        if (!NOT_NAMES.has(first.toUpperCase()) && !NOT_NAMES.has(last.toUpperCase())) {
          name = clean(pm[0]);
          start = text.indexOf(prev, prevStart);
        }
      }
    }
    if (seen.has(qStart)) continue;
    seen.add(qStart);
    const quality = clean(text.slice(qStart, qEnd)).replace(/[,\s]+$/, '');
    const qf = f.slice(qStart, qEnd);
    out.push({
      ...index.span(start, end),
      name,
      quality,
      delegated: /delegation|p\/?\s?le|delegue/.test(qf),
      electronic: /signe\s+electroniquement|signature\s+electronique/.test(f.slice(qStart, Math.min(to, end + 200))),
      role: /secretaire/.test(qf) ? 'secretary' : 'author',
    });
    if (out.length >= 6) break;
  }
  // An e-signature stamp names the signer: "Signé électroniquement par : Gérard ANDRE", "Signé numériquement le 02/01/2023 Christian Couturier".
  const stamp = /sign[ée]\s+(?:electroniquement|numeriquement)(?:\s+par)?\s*:?\s*(?:le\s+\d{2}\/\d{2}\/\d{4}\s+)?/i.exec(f.slice(from, Math.min(to, from + 400)));
  if (stamp) {
    const s = from + stamp.index + stamp[0].length;
    const nm = /^((?:M\.|Mme|Monsieur|Madame)\s+)?[A-ZÀ-Ý][\p{L}'’-]+(?:\s+[A-ZÀ-Ý][\p{L}'’-]+){1,3}/u.exec(text.slice(s, s + 80));
    const fold2 = (x: string) => x.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
    let name = '';
    if (nm) {
      name = clean(nm[0]).replace(/\s+(?:Par|Pour|Le|La|L'|Affich\S*)(?:\s.*)?$/, '');
      // "Gerard ANDRE Gérard ANDRE": the stamp repeats the name with and without accents.
      const words = name.split(' ');
      if (words.length === 4 && fold2(words.slice(0, 2).join(' ')) === fold2(words.slice(2).join(' '))) name = words.slice(2).join(' ');
      const known = out.some((x) => x.name && (fold2(x.name) === fold2(name) || fold2(name).includes(fold2(x.name))));
      if (known) name = '';
    }
    if (nm && name !== '') {
      const withName = out.find((x) => x.name === null && x.role === 'author');
      if (withName) Object.assign(withName, { name, electronic: true });
      else if (!out.some((x) => x.name === name)) {
        const q = /(?:par\s+delegation[^,.;]{0,30},\s*)?(?:le|la|l')\s*(?:maire|president(?:e)?|adjointe?|vice-president(?:e)?|conseillere?\s+delegue(?:e)?)/.exec(f.slice(s + nm[0].length, s + nm[0].length + 80));
        const quality = q ? clean(text.slice(s + nm[0].length + q.index, s + nm[0].length + q.index + q[0].length)) : null;
        out.push({ ...index.span(s, s + nm[0].length), name, quality, delegated: !!q && /delegation|adjoint/.test(q[0]), electronic: true, role: 'author' });
      }
    }
  }
  // A lone "Prénom NOM" line after "Fait à …" with no quality still identifies someone (quality missing).
  if (out.length === 0) {
    const nm = NAME_RE.exec(text.slice(from, Math.min(to, from + 200)));
    if (nm && text.slice(from, from + nm.index).trim().length < 40) {
      const first = nm[1] ?? nm[3] ?? nm[5];
      const last = nm[2] ?? nm[4] ?? nm[6];
      if (!NOT_NAMES.has(first.toUpperCase()) && !NOT_NAMES.has(last.toUpperCase())) {
        const s = from + nm.index;
        out.push({ ...index.span(s, s + nm[0].length), name: clean(nm[0]), quality: null, delegated: false, electronic: false, role: 'author' });
      }
    }
  }
  return out;
}

function readRecours(text: string, f: string, index: TextIndex, units: Unit[], from: number): Recours | null {
  const re = /(?:voies?\s+et\s+delais?\s+de\s+recours|recours\s+(?:pour\s+exces\s+de\s+pouvoir|contentieux|en\s+annulation)|peut\s+faire\s+l'objet\s+d'un\s+recours|(?:peut|pourra|peuvent)\s+etre\s+(?:contestee?s?|deferee?s?|attaquee?s?)|recours\s+(?:devant|aupres\s+du)\s+(?:le\s+)?tribunal\s+administratif|tribunal\s+administratif\s+(?:de|d')\s+\S+\s+(?:dans|sous)\s+un\s+delai)/;
  const slice = f.slice(from);
  const m = re.exec(slice);
  if (!m) return null;
  const at = from + m.index;
  // The mention runs to the end of its paragraph (and the next one when it speaks of recours too).
  let u = units.findIndex((x) => x.end > at);
  if (u < 0) return null;
  let s = Math.min(units[u].start, at);
  if (units[u].end - units[u].start > 1500) s = Math.max(units[u].start, at - 200);
  let e = Math.min(units[u].end, s + 1500);
  while (u + 1 < units.length && units[u + 1].type === 'text' && /recours|tribunal|delai|gracieux|telerecours/.test(units[u + 1].f) && units[u + 1].end - s < 2500) {
    u++;
    e = units[u].end;
  }
  const body = f.slice(s, e);
  const delay = /\b(deux|2)\s*mois\b/.exec(body);
  const tr = /tribunal\s+administratif\s+(?:de\s+la\s+|de\s+|d'|du\s+)([a-z][a-z'-]*(?:[- ](?:sur|en|de|la|le|les|du|d')?[- ]?[a-z][a-z'-]*){0,3})/.exec(body);
  let tribunal: string | null = null;
  let tribunalSpan: Span | null = null;
  if (tr) {
    // Keep the capitalised words of the name as written ("Grenoble", "Cergy-Pontoise", "Châlons-en-Champagne").
    const ts = s + tr.index + tr[0].length - tr[1].length;
    const raw = text.slice(ts, ts + tr[1].length);
    const words = /^[A-ZÀ-Ýa-zà-ÿ][\p{L}'’]*(?:-[\p{L}'’]+)*(?:\s+(?:sur|en)-?\s*[A-ZÀ-Ý][\p{L}'’-]+)?/u.exec(raw);
    if (words && /^[A-ZÀ-Ý]/.test(words[0])) {
      tribunal = words[0];
      tribunalSpan = index.span(ts, ts + words[0].length);
    } else if (words) {
      tribunal = words[0].replace(/^./, (c) => c.toUpperCase());
      tribunalSpan = index.span(ts, ts + words[0].length);
    }
  }
  const sp = /a\s+compter\s+de\s+((?:sa|la|leur|son)\s+[a-z' ]{3,60}?)(?=[,.;)]|\s+(?:et|ou|en|au|aupres|devant|dans)\b|$)/.exec(body);
  return {
    ...index.span(s, e),
    delay: delay ? (delay[1] === '2' ? '2 mois' : 'deux mois') : null,
    tribunal,
    tribunalSpan,
    startingPoint: sp ? clean(text.slice(s + sp.index + sp[0].length - sp[1].length, s + sp.index + sp[0].length)) : null,
    telerecours: /telerecours/.test(body),
    gracieux: /recours\s+gracieux|recours\s+hierarchique/.test(body),
  };
}

function readExecutoire(text: string, f: string, index: TextIndex, units: Unit[], from: number): Executoire | null {
  const re = /certifi(?:e|ee|ons)\b[^.;]{0,120}?executoire|certifie\s+que\s+(?:cette|la\s+presente|le\s+present)\s+[a-z]+\s+a\s+ete\s*:?\s*(?:\d\)\s*)?(?:affichee?|publiee?|transmise?|recue?)\b|caractere\s+executoire|rendue?s?\s+executoires?|acte\s+(?:certifie\s+)?executoire|executoire\s+(?:le|a\s+compter|des\s+(?:sa|le))/;
  // The @ctes header of some acts puts "Acte certifié exécutoire" at the very top: look everywhere.
  const after = re.exec(f.slice(from));
  // The platforms' stamp ("Envoyé en préfecture le … Reçu en préfecture le …") certifies the transmission.
  const m = after ?? re.exec(f.slice(0, from)) ?? STAMP_RE.exec(f);
  if (!m) return null;
  const at = (after ? from : 0) + m.index;
  const u = units.findIndex((x) => x.end > at);
  if (u < 0) return null;
  const s = units[u].end - units[u].start > 800 ? at : units[u].start;
  const e = Math.min(units[u].end, s + 800);
  const dates: string[] = [];
  const re2 = DATE_RE_G;
  re2.lastIndex = 0;
  const body = f.slice(s, e);
  for (let d = re2.exec(body); d; d = re2.exec(body)) {
    const iso = isoFromGroups(d.slice(1, 7));
    if (iso) dates.push(iso);
  }
  void text;
  return { ...index.span(s, e), dates };
}

const IDENT_RE = /\b(\d{3}|02[ab])-(\d{9})-(\d{8})-([a-z0-9_][a-z0-9_ -]{0,30}?)-(de|ar|ai|cc|bf|au)\b/;

function readTransmission(text: string, f: string, index: TextIndex, units: Unit[], arIdx: number): Transmission | null {
  const idm = IDENT_RE.exec(f);
  if (arIdx < 0 && !idm) return null;
  let s: number;
  let e: number;
  if (arIdx >= 0) {
    s = units[arIdx].start;
    let j = arIdx;
    while (j + 1 < units.length && (units[j + 1].end - units[j + 1].start < 200 || /^(?:publication|date|identifiant|nature|numero|objet|theme|annexe)/.test(units[j + 1].f))) j++;
    e = units[j].end;
  } else {
    s = idm!.index;
    e = idm!.index + idm![0].length;
  }
  const region = f.slice(s, e);
  const label = (re: RegExp): { value: string; start: number; end: number } | null => {
    const m = (re.hasIndices ? re : new RegExp(re.source, 'd')).exec(region);
    if (!m || !m.indices?.[1]) return null;
    const [a, b] = m.indices[1];
    return { value: clean(text.slice(s + a, s + b)), start: s + a, end: s + b };
  };
  const dateAfter = (re: RegExp): { iso: string | null; span: Span } | null => {
    const m = re.exec(region);
    if (!m) return null;
    const d = firstDate(region.slice(m.index + m[0].length, m.index + m[0].length + 40));
    if (!d) return null;
    const ds = s + m.index + m[0].length + d.index;
    return { iso: d.iso, span: index.span(ds, ds + d.length) };
  };
  let identifier: string | null = null;
  let identifierSpan: Span | null = null;
  const im = IDENT_RE.exec(region) ?? idm;
  if (im) {
    const is = im === idm && IDENT_RE.exec(region) === null ? im.index : s + im.index;
    identifier = text.slice(is, is + im[0].length);
    identifierSpan = index.span(is, is + im[0].length);
  }
  const actDate = dateAfter(/date\s+(?:de\s+l'acte|de\s+la\s+decision|de\s+decision)\s*:?/);
  const nature = label(/nature\s+(?:de\s+l'acte)?\s*:\s*\**([^\n*]+?)\**\s*(?:\n|$)/d);
  const number = label(/numero\s+(?:attribue\s+a\s+l'acte|de\s+l'acte)?\s*:\s*\**([^\n*]+?)\**\s*(?:\n|$)/d);
  const object = label(/objet\s+(?:de\s+l'acte)?\s*:\s*\**([^\n*]+?)\**\s*(?:\n|$)/d);
  const theme = /(?:theme|matiere)[^:\n]{0,20}:\s*\**\s*(\d)(?:\.(\d{1,2})|\s*-\s*[^\d\n]{2,60}?\s(\d{1,2})\s*-)/.exec(region);
  const matiere = theme ? `${theme[1]}.${theme[2] ?? theme[3]}` : null;
  const trans = dateAfter(/(?:date\s+de\s+transmission|transmis(?:e)?\s+(?:en\s+prefecture\s+)?le|envoi\s+prefecture)\s*(?:en\s+prefecture)?\s*:?/);
  const recep = dateAfter(/(?:date\s+de\s+reception|recu(?:e)?\s+(?:en\s+prefecture\s+)?le|reception\s+(?:en\s+)?prefecture)\s*(?:en\s+prefecture)?\s*:?/);
  const pub = PUBLICATION_RE.exec(region);
  let actIso = actDate?.iso ?? null;
  if (!actIso && identifier) {
    const d = /-(\d{4})(\d{2})(\d{2})-/.exec(identifier);
    void d;
  }
  return {
    ...index.span(s, e),
    identifier,
    identifierSpan,
    actDate: actIso,
    actDateSpan: actDate?.span ?? null,
    nature: nature?.value ?? null,
    number: number?.value ?? null,
    object: object?.value ?? null,
    matiere,
    transmissionDate: trans?.iso ?? null,
    receptionDate: recep?.iso ?? null,
    publicationStart: pub ? isoFromGroups(pub.slice(1, 7)) : null,
    publicationEnd: pub ? isoFromGroups(pub.slice(7, 13)) : null,
  };
}

function inferKind(
  original: string, f: string, units: Unit[], title: Span | null, authority: Span | null, collectivite: Header['collectivite'],
  seance: Seance | null, dispositive: DispositiveVerb | null, references: readonly { article: string | null }[],
  preambleEnd: number,
): ActKind {
  const pre = f.slice(0, Math.max(preambleEnd, Math.min(f.length, 1500)));
  const titleF = title ? f.slice(title.start, title.end) : '';
  const authF = authority ? f.slice(authority.start, authority.end) : '';
  // Which collectivité: the header line, else whichever is named first ("Commune de X … membre de la communauté de communes").
  const firstNamed = /\b(?:(commune|ville|mairie)\s+(?:de|d'|du)\s|(metropole|communaute\s+(?:de\s+communes|d'agglomeration|urbaine)|conseil\s+communautaire|conseil\s+metropolitain|intercommunal))/.exec(pre.slice(0, 1500));
  const isEpci = collectivite ? collectivite.type === 'epci' || collectivite.type === 'metropole'
    : seance?.body === 'conseil municipal' ? false : !!firstNamed?.[2];
  const authText = authF || (/\b(?:le|nous,?)\s+(maire|president(?:e)?)\s+(?:de|d'|du)\s*[^,;]{1,80},\s*(?:vu|considerant)\b/.exec(pre)?.[0] ?? '');
  const mayorAuthor = /\bmaire\b/.test(authText);
  const president = /\bpresident(?:e)?\b/.test(authText) || (/\ble\s+president\b/.test(pre) && isEpci && !/\bmaire\b/.test(authF));
  const bureau = /\bbureau\b/.test(titleF) || /\b(?:seance|reunion)\s+du\s+bureau\b|\ble\s+bureau\s+(?:communautaire|metropolitain|de\s+la)|\bbureau\s+(?:communautaire|metropolitain)\b|deliberation\s+du\s+bureau/.test(pre) || /bureau/.test(authF);
  const deliberation = () => {
    if (bureau) return 'deliberation-epci-bureau' as const;
    if (isEpci || /conseil\s+(?:communautaire|metropolitain|de\s+(?:la\s+)?(?:metropole|communaute))|comite\s+syndical/.test(pre)) return 'deliberation-epci-conseil' as const;
    return 'deliberation-cm' as const;
  };
  if (/\bdeliberations?\b|registre\s+des\s+deliberations|proces-verbal/.test(titleF)) return deliberation();
  if (/^(?:\W*)arrete/.test(titleF)) return president || (isEpci && !/maire/.test(pre)) ? 'arrete-president' : 'arrete-maire';
  if (/^(?:\W*)decision/.test(titleF)) return president || (isEpci && !/maire/.test(pre)) ? 'decision-president' : 'decision-maire';
  // A title inside a flattened line: "… ARRETE DU MAIRE ARRÊTÉ TEMPORAIRE …", "DECISION DU MAIRE PRISE LE …".
  if (!title) {
    const head = pre.slice(0, 1500);
    const t = /\b(arrete|decision|deliberation)s?\s+(?:du\s+(maire|president)|municipal|n\s?[°o]|du\s+bureau|du\s+conseil)/.exec(head);
    // Only a title in capitals, as titles are written; "inscrite au registre des délibérations du conseil" is prose.
    if (t && isUpperWord(original.slice(t.index, t.index + t[1].length))) {
      if (t[1] === 'deliberation') return deliberation();
      const byPresident = t[2] === 'president' || (president && t[2] !== 'maire');
      if (t[1] === 'arrete') return byPresident ? 'arrete-president' : 'arrete-maire';
      return byPresident ? 'decision-president' : 'decision-maire';
    }
  }
  // No usable title: the author, the verb, the séance block and the visas decide.
  const verb = dispositive?.verb ?? '';
  if (mayorAuthor && verb.startsWith('ARR')) return 'arrete-maire';
  if (mayorAuthor && verb.startsWith('DÉCID')) return 'decision-maire';
  if (mayorAuthor && !verb && references.some((r) => r.article === 'L2122-22')) return 'decision-maire';
  if (verb.startsWith('ARR')) return president || isEpci ? 'arrete-president' : 'arrete-maire';
  if (seance && (seance.date || seance.membersInOffice !== null || seance.convocationDate)) return deliberation();
  if (/APRÈS|DÉLIB/.test(verb)) return deliberation();
  if (verb.startsWith('DÉCID')) {
    if (references.some((r) => r.article === 'L2122-22')) return 'decision-maire';
    if (/\ble\s+conseil\b/.test(f.slice(0, 4000))) return deliberation();
    return president || isEpci ? 'decision-president' : 'decision-maire';
  }
  if (/extrait\s+du\s+registre|conseil\s+municipal/.test(pre)) return deliberation();
  void units;
  return 'unknown';
}

function isPolice(f: string, references: readonly { article: string | null }[], title: Span | null, object: Span | null, articles: readonly Article[]): boolean {
  if (references.some((r) => r.article && /^L22(1[2-5])-/.test(r.article))) return true;
  const t = [title, object].map((s) => (s ? f.slice(s.start, s.end) : '')).join(' ');
  if (/\bpolice|circulation|stationnement|interdi|reglementa|bruit|peril|debit\s+de\s+boissons/.test(t)) return true;
  // The dispositif: measures, not the execution article that names the police municipale.
  return articles.some((a) => /\b(?:circulation|stationnement)\b[^.]{0,80}\b(?:interdit|reglemente|limite|autorise)|\binterdi(?:t|te|ts|tes|ction)\b/.test(f.slice(a.start, Math.min(a.end, a.start + 600))));
}
