// The lexicon of local acts (lexicon.json) compiled once for the reader: folded words (lower case, no
// accents, "'" for ’, the same folding as `fold` in text.ts) turned into regular-expression sources.
// Everything the reader recognises by its words comes from here; the TextMate grammar reads the same JSON.
import data from './lexicon.json';

export type Family = 'arrete' | 'decision' | 'deliberation';
/**
 * The kinds of body that issue acts. `etablissement`: a local public établissement that is no EPCI (a CCAS or a CIAS, a
 * caisse des écoles, a régie dotée de la personnalité morale, an office de tourisme EPIC): its conseil d'administration
 * or comité meets and decides under its own code and its statuts, not under the commune's articles of the CGCT.
 */
export type BodyType = 'commune' | 'metropole' | 'epci' | 'syndicat' | 'departement' | 'region' | 'outre-mer' | 'etablissement';

export interface VerbEntry {
  readonly written: string;
  /** Normalised verb shown in the model ("ARRÊTE" for the misspelt "ARRÊTÉ"). */
  readonly verb: string;
  readonly family: Family;
  /** Only recognised alone on its line (a misspelling that is also a title word). */
  readonly aloneOnly: boolean;
  /** Folded form: "arrete". */
  readonly folded: string;
}

/** Fold a word as `fold` (text.ts) folds the text: lower case, no accents, ’ → '. */
export function foldWord(w: string): string {
  return w.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[’‘]/g, "'");
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** Source matching a folded phrase: words separated by any blank, apostrophes and hyphens as written. */
export function phraseSource(w: string): string {
  return foldWord(w).split(/\s+/).map(escape).join('\\s+');
}
/**
 * An alternation of sequences of atoms (each atom one regular-expression item: a letter, `\\s+`…) written as a
 * tree of their shared beginnings: « d e c i d e | d e c i d o n s » becomes « d e c i d (?:e|o n s) ». It matches
 * exactly what the flat alternation matches, longest first, in the same order of preference: alternatives that
 * part at an atom cannot both match it, and one that goes on after another ends is tried first (a greedy `(?:…)?`),
 * as the flat alternation sorted longest first tries it (atoms that differ must never match the same text: letters,
 * `\\s+`, `[ \\t]{1,3}`). V8 compiles a regular expression at its first run, at a cost
 * that grows with its size: the letter-spaced verbs (« A R R Ê T E », `[ \t]{1,3}` between letters) flat took
 * 1.5 ms in each of the five patterns that hold them, a third of that as a tree.
 */
export function treeSource(sequences: readonly (readonly string[])[]): string {
  // Sorted atom by atom, the sequences that share a beginning are neighbours, a shorter one before those it begins:
  // each level groups a range by its atom (no tree is built: this runs at every start).
  const seqs = sequences.filter((s) => s.length > 0).sort((x, y) => {
    for (let i = 0; i < x.length && i < y.length; i++) if (x[i] !== y[i]) return x[i] < y[i] ? -1 : 1;
    return x.length - y.length;
  });
  const level = (lo: number, hi: number, d: number): string[] => {
    const out: string[] = [];
    for (let i = lo; i < hi; ) {
      const atom = seqs[i][d];
      let j = i + 1;
      while (j < hi && seqs[j][d] === atom) j++;
      let k = i;
      while (k < j && seqs[k].length === d + 1) k++;
      if (k === j) out.push(atom);
      else {
        const inner = level(k, j, d + 1);
        out.push(atom + (k > i ? `(?:${inner.join('|')})?` : inner.length === 1 ? inner[0] : `(?:${inner.join('|')})`));
      }
      i = j;
    }
    return out;
  };
  return level(0, seqs.length, 0).join('|');
}

/**
 * The longest word of each phrase, folded, once each: a phrase matched by `phraseSource` holds its words as they are,
 * so a text that holds none of these words holds none of the phrases (a gate before a pattern over a whole text).
 */
function longestWords(phrases: readonly string[]): string[] {
  const out = new Set<string>();
  for (const p of phrases) out.add(foldWord(p).split(/\s+/).reduce((a, b) => (b.length > a.length ? b : a), ''));
  return [...out];
}

/** Longest first, so that an alternation prefers "présents" to "présent". */
const alternation = (words: readonly string[]) =>
  [...new Set(words.map(phraseSource))].sort((a, b) => b.length - a.length).join('|');

export const VERBS: readonly VerbEntry[] = data.dispositiveVerbs.map((v) => ({
  written: v.written,
  verb: (v as { verb?: string }).verb ?? v.written,
  family: v.family as Family,
  aloneOnly: (v as { aloneOnly?: boolean }).aloneOnly === true,
  folded: foldWord(v.written),
}));

/** Folded verb → entry (ambiguous misspellings excluded). */
const VERB_BY_FOLDED = new Map<string, VerbEntry>();
for (const v of VERBS) if (!v.aloneOnly && !VERB_BY_FOLDED.has(v.folded)) VERB_BY_FOLDED.set(v.folded, v);

/** Alternation of the folded verbs that may appear anywhere ("arretons|arrete|…"), capturing nothing. */
export const VERB_SOURCE = [...VERB_BY_FOLDED.keys()].sort((a, b) => b.length - a.length).join('|');

/**
 * A verb written letter by letter: "A R R E T O N S" (folded "a r r e t o n s"), up to three blanks between letters;
 * as a tree (`treeSource`). Its alternatives start and end with the letters VERB_SOURCE's start and end with.
 */
export const SPACED_VERB_SOURCE = treeSource(
  [...VERB_BY_FOLDED.keys()].map((w) => [...w].flatMap((c, i) => (i === 0 ? [escape(c)] : ['[ \\t]{1,3}', escape(c)]))),
);

/** The entry of a folded verb as found in the text (letters may be spaced): "a r r e t e" → ARRÊTE. */
export function verbEntry(foldedWritten: string, alone = false): VerbEntry | null {
  const w = foldedWritten.replace(/[\s*]+/g, '');
  const direct = VERB_BY_FOLDED.get(w);
  if (direct) return direct;
  if (alone) return VERBS.find((v) => v.folded === w) ?? null;
  return null;
}

/** Folded words of verbs that only count alone on their line ("arrete" for ARRÊTÉ). */
export const ALONE_ONLY_VERBS: ReadonlySet<string> = new Set(VERBS.filter((v) => v.aloneOnly).map((v) => v.folded));

export const DELIBERATION_FORMULA_SOURCE = alternation(data.deliberationFormulas);
export const DISPOSITIVE_ITEM_SOURCE = alternation(data.dispositiveItems);

export interface AuthorEntry { readonly folded: string; readonly role: 'maire' | 'adjoint' | 'president' }
export const AUTHORS: readonly AuthorEntry[] = data.authors.map((a) => ({ folded: foldWord(a.written), role: a.role as AuthorEntry['role'] }));
export const AUTHOR_SOURCE = alternation(data.authors.map((a) => a.written));

export interface BodyEntry { readonly folded: string; readonly type: BodyType }
export const BODIES: readonly BodyEntry[] = data.bodies.map((b) => ({ folded: foldWord(b.written), type: b.type as BodyType }));
export const BODY_SOURCE = alternation(data.bodies.map((b) => b.written));
/** The type of a body named by folded words ("communaute de communes du …" → epci), longest name first. */
export function bodyType(folded: string): BodyType | null {
  let best: BodyEntry | null = null;
  for (const b of BODIES) if (folded.startsWith(b.folded) && (!best || b.folded.length > best.folded.length)) best = b;
  return best?.type ?? null;
}

export const TITLE_SOURCE = alternation(data.titles.map((t) => t.written));
export function titleFamily(folded: string): Family | null {
  let best: { folded: string; family: Family } | null = null;
  for (const t of data.titles) {
    const f = foldWord(t.written);
    if (folded.startsWith(f) && (!best || f.length > best.folded.length)) best = { folded: f, family: t.family as Family };
  }
  return best?.family ?? null;
}
export const COLLECTION_SOURCE = alternation(data.collections.map((c) => c.written));
/** The first words of the collections' names (see `hasAny`). */
export const COLLECTION_ANCHORS: readonly string[] = [...new Set(data.collections.map((c) => foldWord(c.written).split(/\s+/)[0]))];

type SeanceField = keyof typeof data.seanceLabels;
/** Séance labels by field, as alternations of folded phrases. */
export const SEANCE_LABEL: Readonly<Record<SeanceField, string>> = Object.fromEntries(
  Object.entries(data.seanceLabels).map(([k, words]) => [k, alternation(words)]),
) as Record<SeanceField, string>;

/**
 * The first word of each phrase of a lexicon entry, folded: a text holds none of them, no phrase can match in it.
 * Readers test these with `hasAny` (a native substring search) before running the entry's regular expression.
 */
const anchors = (words: readonly string[]): string[] => {
  const first = [...new Set(words.map((w) => foldWord(w).split(/\s+/)[0]))];
  // A word that holds another is there only if the other is: « secretaire » says « secretaires ». And when all start
  // alike (« secretaire », « secretariat »), that start is one search.
  const least = first.filter((w) => !first.some((o) => o !== w && w.includes(o)));
  let common = least[0] ?? '';
  for (const w of least) while (!w.startsWith(common)) common = common.slice(0, -1);
  return least.length > 1 && common.length >= 4 ? [common] : least;
};
export const SEANCE_LABEL_ANCHORS: Readonly<Record<SeanceField, readonly string[]>> = Object.fromEntries(
  Object.entries(data.seanceLabels).map(([k, words]) => [k, anchors(words)]),
) as unknown as Record<SeanceField, readonly string[]>;

/** Some of `words` occurs in `s` (at or after `from`). */
export function hasAny(s: string, words: readonly string[], from = 0): boolean {
  for (const w of words) if (s.indexOf(w, from) >= 0) return true;
  return false;
}

type VoteField = keyof typeof data.voteLabels;
export const VOTE_LABEL: Readonly<Record<VoteField, string>> = Object.fromEntries(
  Object.entries(data.voteLabels).map(([k, words]) => [k, alternation(words)]),
) as Record<VoteField, string>;

type SeanceMentionField = Exclude<keyof typeof data.seanceMentions, '$comment'>;
/** Formulas of a délibération outside its séance block (withdrawal, huis clos…), as alternations of folded phrases. */
export const SEANCE_MENTION: Readonly<Record<SeanceMentionField, string>> = Object.fromEntries(
  Object.entries(data.seanceMentions).filter(([k]) => k !== '$comment').map(([k, words]) => [k, alternation(words as string[])]),
) as Record<SeanceMentionField, string>;
export const SEANCE_MENTION_ANCHORS: Readonly<Record<SeanceMentionField, readonly string[]>> = Object.fromEntries(
  Object.entries(data.seanceMentions).filter(([k]) => k !== '$comment').map(([k, words]) => [k, anchors(words as string[])]),
) as unknown as Record<SeanceMentionField, readonly string[]>;

export const QUALITY_SOURCE = alternation(data.signatureQualities);

/**
 * How a line of the platforms' stamp (or a publicity mention under an act) opens, folded: « Envoyé … », « Reçu … »,
 * « Transmis … », « Publié … », « Affiché … », « Mis en ligne … », « ID : », « Date de télétransmission », « Date de
 * réception », « Réception par le préfet », « Publication : » (`STAMP_LABEL_SOURCE`), or its heading: « Accusé de
 * réception », « Accusé certifié exécutoire », « Acte certifié exécutoire » (`STAMP_HEADING_SOURCE`). The stems, where
 * the labels above (`STAMP`) are whole phrases: the stamp reader and the scanner read a line by its first words.
 */
export const STAMP_LABEL_SOURCE = String.raw`envoyee?|recue?|transmise?|publiee?|affichee?|mise?\s+en\s+ligne|id\s*:|date\s+de\s+(?:(?:tele)?transmission|reception|publication|mise\s+en\s+ligne|l'affichage|affichage)|reception\s+(?:par\s+le\s+(?:sous-)?prefet|(?:en\s+|a\s+la\s+)?(?:sous-)?prefecture)|publication\s*:`;
export const STAMP_HEADING_SOURCE = String.raw`accuse\s+(?:de\s+reception|certifie\s+executoire)|(?:acte\s+)?certifiee?\s+executoire`;

type StampField = keyof typeof data.stamps;
export const STAMP: Readonly<Record<StampField, string>> = Object.fromEntries(
  Object.entries(data.stamps).map(([k, words]) => [k, alternation(words)]),
) as Record<StampField, string>;
export const STAMP_ANCHORS: Readonly<Record<StampField, readonly string[]>> = Object.fromEntries(
  Object.entries(data.stamps).map(([k, words]) => [k, anchors(words)]),
) as unknown as Record<StampField, readonly string[]>;

type StartingPointKind = keyof typeof data.recoursStartingPoints;
/**
 * How the recours mention's starting point of the délai begins (« à compter de sa transmission »), by kind: a
 * formality that runs for the préfet or for nobody (transmission, certification, signature), or the notification
 * alone. Each an alternation anchored at the start of the folded starting point, in the order of the lexicon.
 */
export const RECOURS_STARTING_POINTS: readonly (readonly [StartingPointKind, RegExp])[] = Object.entries(data.recoursStartingPoints)
  .map(([k, words]) => [k as StartingPointKind, new RegExp(`^(?:${alternation(words)})`)] as const);
/** Words that say a recours gracieux interrupts or extends the délai (« interrompt », « un nouveau délai »): beginnings of words. */
export const RECOURS_GRACIEUX_INTERRUPTS_SOURCE = alternation(data.recoursGracieuxInterrupts);

/** The raw lexicon, for tools (the grammar generator reads the JSON file itself). */
export const LEXICON = data;

/** The execution clause that closes the dispositif of an arrêté or a décision (« … est chargé de l’exécution … »). */
export const CLOSING_CLAUSE_SOURCE = alternation(data.closingClauses);

/** What says a document is an extract or a certified copy of the register, not the register itself. */
export const EXTRACT_SOURCE = alternation(data.extractMarkers);
/** A word each extract marker holds (its longest), folded: no marker is in a text that holds none of them. */
export const EXTRACT_WORDS: readonly string[] = longestWords(data.extractMarkers);

export interface AbbreviationEntry { readonly full: string; readonly plural?: string; readonly flagged: boolean }
/** Non-legal abbreviations (hover explains them; those `flagged` are reported in visas and articles: VIS-005). */
export const ABBREVIATION_ENTRIES: Readonly<Record<string, AbbreviationEntry>> = Object.fromEntries(
  data.abbreviations.map((a) => [a.written, { full: a.full, ...((a as { plural?: string }).plural ? { plural: (a as { plural?: string }).plural } : {}), flagged: (a as { flagged?: boolean }).flagged === true }]),
);
/** Words before an abbreviation that make it plural (« les EPCI »). */
export const PLURAL_DETERMINER_SOURCE = alternation(data.pluralDeterminers);
/** Capitals written without their accents, and their accented form (« ARRETE » → « ARRÊTE »). */
export const ACCENTED_CAPITALS: Readonly<Record<string, string>> = data.accentedCapitals;
/** The dispositive verbs in capitals, accents optional (« ARR[EÊ]TE »), for a verb the units did not type. */
export const VERB_CAPITALS_SOURCE = [...new Set(VERBS.filter((v) => !v.aloneOnly).map((v) => v.written))]
  .sort((a, b) => b.length - a.length)
  .map((w) => w.replace(/[ÊÉÈ]/g, (c) => `[E${c}]`))
  .join('|');

/**
 * The @ctes nature code (1 DE … 6 AU) of a nature as a stamp writes it (« DE », « Délibérations », « Actes
 * individuels », « Autres »): its abbreviation, else a word it contains, else a word it opens with.
 */
const CTES_NATURES = data.ctesNatures.map((n) => ({
  code: n.code,
  abbreviation: n.abbreviation.toLowerCase(),
  words: n.words.map(foldWord),
  opening: ((n as { opening?: string[] }).opening ?? []).map(foldWord),
}));

export function ctesNatureCode(label: string): number | null {
  const f = foldWord(label);
  const t = f.trim();
  for (const n of CTES_NATURES) if (t === n.abbreviation) return n.code;
  for (const n of CTES_NATURES) if (n.words.some((w) => f.includes(w))) return n.code;
  for (const n of CTES_NATURES) {
    if (n.opening.some((w) => t.startsWith(w) && !/[a-z0-9]/.test(t.charAt(w.length)))) return n.code;
  }
  return null;
}

/**
 * Source of a list of words with their boundaries (`ruleWords`): a word matches whole, « délégu… » is a stem (any
 * ending), « …limit… » matches inside a word too. Longest first.
 */
export function wordListSource(words: readonly string[]): string {
  const sources = words.map((w) => {
    const core = phraseSource(w.replace(/^…|…$/g, ''));
    return `${w.startsWith('…') ? '' : '\\b'}${core}${w.endsWith('…') ? '' : '\\b'}`;
  });
  return [...new Set(sources)].sort((a, b) => b.length - a.length).join('|');
}

type RuleWordsField = Exclude<keyof typeof data.ruleWords, '$comment'>;
/** The words the readers of `syntax/delegations.ts` and `syntax/citations.ts` look for, as regular-expression sources. */
export const RULE_WORDS: Readonly<Record<RuleWordsField, string>> = Object.fromEntries(
  Object.entries(data.ruleWords).filter(([k]) => k !== '$comment').map(([k, words]) => [k, wordListSource(words as string[])]),
) as Record<RuleWordsField, string>;
