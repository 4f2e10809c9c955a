// Shared helpers of the legal-reference features (hover, completion, CIT/VIS rules):
// which code an article belongs to, which catalogue text a citation designates,
// how an article's alinéas are counted, and Markdown for the law's text.
// Everything works from the parsed model's reference spans and the catalogue: no parsing here.
import type { Act, Reference } from '../model';
import type { ArticleInfo, Catalogue, CodeInfo, TextInfo } from '../catalogue';
import { CODE_NAMES } from '../references';
import { frenchDate } from '../text';
import { ABBREVIATION_ENTRIES } from '../lexicon';
import { mentionAt } from '../syntax/citations';

// ---------------------------------------------------------------------------------------------
// Codes

/** The catalogue's code for a key of the recogniser ("CGCT", "CU", "CROUTE", "CGCL"…). */
export function catalogueCode(catalogue: Catalogue, key: string | null): CodeInfo | null {
  if (!key) return null;
  const direct = catalogue.code(key);
  if (direct) return direct;
  const name = CODE_NAMES.find(([k]) => k === key)?.[1];
  return name ? catalogue.code(name) : null;
}

export interface ResolvedCode {
  readonly code: CodeInfo | null;
  /**
   * written: the recogniser tied the code to the article ("L. 2122-22 du CGCT", "du même code");
   * context: a code named in the same visa or sentence; default: none named, the CGCT assumed.
   */
  readonly how: 'written' | 'context' | 'default';
}

export { clauseAround, firstRefFrom } from '../syntax/citations';

/** Code of an article reference: written with it, else named in the same visa or sentence, else the CGCT. */
export function resolveArticleCode(act: Act, ref: Reference, catalogue: Catalogue): ResolvedCode {
  if (ref.code) return { code: catalogueCode(catalogue, ref.code), how: 'written' };
  // The code named in the same visa or sentence, as the citations reader saw it (syntax/citations.ts).
  const m = mentionAt(act, 'article-code', ref.start);
  if (m?.flag) return { code: catalogueCode(catalogue, m.value), how: 'context' };
  return { code: catalogue.code('CGCT'), how: 'default' };
}

/** An OCR'd or misspelt CGCT name after the article in the same clause ("Coude Général des Collectivités Territoriales"). */
export function cgctNamedLoosely(act: Act, ref: Reference): boolean {
  return mentionAt(act, 'cgct-named-loosely', ref.start) !== null;
}

/** What we know of repealed or non-existent codes, beyond the catalogue's flag. */
export const REPEALED_CODES: Readonly<Record<string, { readonly since: string | null; readonly note: string; readonly replacement: string }>> = {
  'code-communes': {
    since: '1996-02-24',
    note: 'Le code des communes a été abrogé (partie législative par la loi n° 96-142 du 21 février 1996, partie réglementaire en 2000) et remplacé par le code général des collectivités territoriales.',
    replacement: 'code général des collectivités territoriales',
  },
  'code-general-collectivites-locales': {
    since: null,
    note: 'Il n’existe pas de « code général des collectivités locales » : le code est le code général des collectivités territoriales.',
    replacement: 'code général des collectivités territoriales',
  },
  CMP: {
    since: '2016-04-01',
    note: 'Le code des marchés publics a été abrogé le 1er avril 2016 ; la commande publique relève depuis le 1er avril 2019 du code de la commande publique.',
    replacement: 'code de la commande publique',
  },
};

// ---------------------------------------------------------------------------------------------
// Texts (lois, ordonnances, décrets)

const byDateCache = new WeakMap<Catalogue, Map<string, TextInfo[]>>();
/** Catalogue texts by ISO date. */
export function textsOn(catalogue: Catalogue, date: string): readonly TextInfo[] {
  let map = byDateCache.get(catalogue);
  if (!map) {
    map = new Map();
    for (const t of catalogue.texts) if (t.date) (map.get(t.date) ?? map.set(t.date, []).get(t.date)!).push(t);
    byDateCache.set(catalogue, map);
  }
  return map.get(date) ?? [];
}

/** The catalogue text a reference cites, looked up by nature and number (loi ↔ loi organique tolerated). */
export function textOfRef(catalogue: Catalogue, ref: Reference): TextInfo | null {
  if (ref.type !== 'text' || !ref.nature) return null;
  if (ref.number) {
    const t = catalogue.text(ref.nature, ref.number);
    if (t) return t;
    if (ref.nature === 'loi') return catalogue.text('loi-organique', ref.number);
    if (ref.nature === 'loi-organique') return catalogue.text('loi', ref.number);
    return null;
  }
  if (ref.usualName) return catalogue.textByUsualName(`loi ${ref.usualName}`) ?? catalogue.textByUsualName(ref.usualName);
  return null;
}

/** A catalogue text of the same nature with this date, when the number is missing or unknown. */
export function textByDate(catalogue: Catalogue, nature: Reference['nature'], date: string | null): TextInfo | null {
  if (!date || !nature) return null;
  const same = textsOn(catalogue, date).filter((t) => t.nature === nature || (nature === 'loi' && t.nature === 'loi-organique'));
  return same.length === 1 ? same[0] : null;
}

export const NATURE_LABEL: Record<TextInfo['nature'], string> = {
  loi: 'loi', 'loi-organique': 'loi organique', decret: 'décret', ordonnance: 'ordonnance', constitution: 'Constitution', 'reglement-ue': 'règlement (UE)',
};
/** "La loi", "Le décret", "L’ordonnance". */
export function natureSubject(nature: TextInfo['nature'] | null): string {
  return nature === 'decret' ? 'Le décret' : nature === 'ordonnance' ? 'L’ordonnance' : nature === 'loi-organique' ? 'La loi organique' : 'La loi';
}
/** Determiner for a visa: "la loi …", "le décret …", "l'ordonnance …". */
export function visaDeterminer(t: TextInfo): string {
  if (t.nature === 'decret' || t.nature === 'reglement-ue') return 'le ';
  if (t.nature === 'ordonnance') return 'l’';
  return t.nature === 'constitution' ? 'la ' : 'la ';
}

/** Year written in a text number ("2014-58" → 2014, "82-213" → 1982), or null. */
export function numberYear(number: string | null): number | null {
  const head = number?.split('-')[0] ?? '';
  if (!/^\d+$/.test(head)) return null;
  if (head.length === 2) return 1900 + Number(head);
  return head.length === 4 ? Number(head) : null;
}

/** Letters and digits only, accent-free, for comparing titles. */
const COMPACT_TITLES = new Map<string, string>();
export function compactTitle(s: string): string {
  // Rules compare every visa with the Journal officiel's titles on every analysis: titles are compacted once.
  const hit = COMPACT_TITLES.get(s);
  if (hit !== undefined) return hit;
  const out = s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/œ/g, 'oe')
    .replace(/[^a-z0-9]/g, '');
  if (COMPACT_TITLES.size >= 4000) COMPACT_TITLES.clear();
  COMPACT_TITLES.set(s, out);
  return out;
}

/** The title written after number and date in a text reference, with its offsets; null when none was read. */
export { writtenTitle } from '../syntax/citations';

// ---------------------------------------------------------------------------------------------
// Articles: alinéas and items

export interface Alinea {
  /** 1-based, as the Guide de légistique counts: every paragraph or item line is an alinéa. */
  readonly index: number;
  readonly text: string;
  /** "3" for a "3°" item, else null. */
  readonly item: string | null;
  /** "II" for a line opening with "II. –", else null. */
  readonly roman: string | null;
}

const alineaCache = new WeakMap<ArticleInfo, readonly Alinea[]>();
export function alineasOf(article: ArticleInfo): readonly Alinea[] {
  let out = alineaCache.get(article);
  if (!out) {
    out = article.text
      .split(/\r?\n/)
      .map((l) => l.trim())
      .filter((l) => l.length > 0)
      .map((line, i) => ({
        index: i + 1,
        text: line,
        item: /^(\d{1,3})\s?°/.exec(line)?.[1] ?? null,
        roman: /^([IVX]{1,5})\.\s?[-–—]?\s/.exec(line)?.[1] ?? null,
      }));
    alineaCache.set(article, out);
  }
  return out;
}

export interface AlineaReading {
  readonly alinea: Alinea | null;
  /** The item "N°" a reader may take "alinéa N" for, when it is not that alinéa. */
  readonly confusable: Alinea | null;
  readonly count: number;
}

/** What "alinéa N" of an article designates, and the item it may be confused with. */
export function readAlinea(article: ArticleInfo, n: number): AlineaReading {
  const all = alineasOf(article);
  const alinea = all[n - 1] ?? null;
  const item = all.find((a) => a.item === String(n)) ?? null;
  return { alinea, confusable: item && item !== alinea ? item : null, count: all.length };
}

/** The first words of an alinéa, for messages: "3° De procéder … à la réalisation des emprunts…". */
export function excerpt(s: string, max = 110): string {
  const t = s.replace(/\s+/g, ' ').trim();
  if (t.length <= max) return t;
  const cut = t.slice(0, max);
  return cut.slice(0, Math.max(cut.lastIndexOf(' '), max - 15)).replace(/[\s,;:]+$/, '') + '…';
}

// ---------------------------------------------------------------------------------------------
// Markdown

/** Escape Markdown in a line of legal text (lines opening with "1." or "-" must not become lists). */
export function escapeMarkdown(s: string): string {
  return s
    .replace(/([\\`*_[\]<>|#])/g, '\\$1')
    .replace(/^(\d+)\.(\s)/, '$1\\.$2')
    .replace(/^([-+])(\s)/, '\\$1$2');
}

const KEEP_CASE = /^(?:UE|CE|EPCI|ZAC|PLU|État|Etat|Paris|Lyon|Marseille|Corse|Alsace|Moselle|Mayotte|Guyane|Martinique|Guadeloupe|Réunion|Polynésie|Calédonie|Wallis|Futuna|Miquelon|Barthélemy|Martin|France|Europe|République)$/;
const headingCache = new Map<string, string>();
/** "DEUXIÈME PARTIE : LA COMMUNE" → "Deuxième partie : La commune"; mixed-case headings are kept. */
export function prettyHeading(h: string): string {
  let out = headingCache.get(h);
  if (out === undefined) {
    out = prettyHeadingUncached(h);
    if (headingCache.size < 20000) headingCache.set(h, out);
  }
  return out;
}
function prettyHeadingUncached(h: string): string {
  const parts = h.replace(/\s*\.\s*$/, '').split(/\s+:\s+/);
  return parts
    .map((p) => {
      const letters = p.replace(/[^A-Za-zÀ-ÿ]/g, '');
      const upper = letters.replace(/[^A-ZÀ-Þ]/g, '').length;
      if (letters.length < 3 || upper / letters.length < 0.7) return p;
      const words = p.split(/(\s+|-|'|’)/);
      let previous = '';
      const out = words.map((w) => {
        const label = previous;
        if (w.trim() && !/^[-'’]$/.test(w)) previous = w.toUpperCase();
        const title = w.charAt(0) + w.slice(1).toLowerCase();
        // Roman numerals after a division word ("TITRE II", "LIVRE IER"), or of two letters or more ("XIV").
        const roman = /^([IVXLC]+)(ER|E)?$/i.exec(w);
        if (roman && /^[IVXLC]+$/.test(roman[1]) && (/^(?:PARTIE|LIVRE|TITRE|CHAPITRE|SECTION|SOUS-SECTION|PARAGRAPHE|ANNEXE)$/.test(label) || /^[IVX]{2,}$/.test(roman[1]))) {
          return roman[1] + (roman[2] ?? '').toLowerCase();
        }
        if (KEEP_CASE.test(title)) return title;
        return w.toLowerCase();
      });
      const s = out.join('').replace(/\bgrand Paris\b/g, 'Grand Paris').replace(/\bîle-de-France\b/gi, 'Île-de-France');
      return s.charAt(0).toUpperCase() + s.slice(1);
    })
    .join(' : ');
}

const breadcrumbCache = new WeakMap<readonly string[], string>();
/** Readable breadcrumb of a section path (cached: the catalogue shares path arrays between articles). */
export function breadcrumb(path: readonly string[]): string {
  let out = breadcrumbCache.get(path);
  if (out === undefined) {
    out = path.map((p) => escapeMarkdown(prettyHeading(p))).join(' › ');
    breadcrumbCache.set(path, out);
  }
  return out;
}

/** "Code général des collectivités territoriales". */
export function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

/** "Version du 6 décembre 2023"; for a code held as an indicative copy, "Copie indicative du 31 mars 2026". */
const VERSION_LINES = new WeakMap<CodeInfo, string>();
export function versionLine(code: CodeInfo): string {
  let line = VERSION_LINES.get(code);
  if (line === undefined) {
    if (code.status === 'indicatif') line = code.textDate ? `Copie indicative du ${frenchDate(code.textDate)}` : 'Copie indicative';
    else line = code.textDate ? `Version du ${frenchDate(code.textDate)}` : 'Version en vigueur';
    VERSION_LINES.set(code, line);
  }
  return line;
}

/** Footer of an article shown from the catalogue: what the text is, its date, and where to check it. */
export function sourceLine(code: CodeInfo): string {
  const date = code.textDate ? ` du ${frenchDate(code.textDate)}` : '';
  return code.status === 'indicatif'
    ? `Copie indicative, non officielle — vérifiez sur Légifrance (texte${date})`
    : `Texte officiel (Légifrance), version${date}`;
}

/** True when no rule may build on the article's wording: an indicative copy, or a text older than a known change. */
export function wordingUnreliable(code: CodeInfo, article: ArticleInfo): boolean {
  return code.status === 'indicatif' || (article.amendments?.length ?? 0) > 0;
}

/** The warning shown with an article whose text predates a known change ("loi n° 2024-247 du 21 mars 2024"). */
export function amendmentWarning(code: CodeInfo, article: ArticleInfo): string | null {
  const changes = article.amendments ?? [];
  if (!changes.length) return null;
  const laws = changes.map((c) => `la ${c.law} (${c.object})`).join(' et ');
  const date = code.textDate ? ` du ${frenchDate(code.textDate)}` : '';
  return `⚠️ **Texte antérieur à la ${changes.map((c) => c.law).join(' et à la ')}** : cet article a été modifié par ${laws}. Le texte ci-dessous est celui de la version${date} ; lisez la version en vigueur sur Légifrance.`;
}

/** Full text of an article as Markdown: paragraphs, items as a list (one per line), the marked alinéa in bold. */
export function articleTextMarkdown(article: ArticleInfo, mark: Alinea | null, maxChars = 30000): string {
  const lines: string[] = [];
  let size = 0;
  let inList = false;
  for (const a of alineasOf(article)) {
    if (size > maxChars) {
      lines.push('', `*… (texte tronqué : ${alineasOf(article).length} alinéas au total, voir Légifrance)*`);
      break;
    }
    const isItem = a.item !== null || /^[a-z]\)\s/.test(a.text);
    let body = escapeMarkdown(a.text);
    const head = /^(\d{1,3}\s?°|[a-z]\)|[IVX]{1,5}\.\s?[-–—]?)\s*/.exec(a.text);
    if (head) body = `**${escapeMarkdown(head[1].trim())}** ${escapeMarkdown(a.text.slice(head[0].length))}`;
    if (mark && a === mark) body = `▶ ${body} ◀`;
    if (isItem) {
      if (!inList) lines.push('');
      lines.push(`- ${body}`);
      inList = true;
    } else {
      lines.push('', body);
      inList = false;
    }
    size += a.text.length;
  }
  return lines.join('\n').replace(/^\n+/, '');
}

// ---------------------------------------------------------------------------------------------
// Abbreviations

/** Non-legal abbreviations shown on hover and flagged in visas and articles (VIS-005): the lexicon's. */
export const ABBREVIATIONS: Readonly<Record<string, { readonly full: string; readonly plural?: string }>> = ABBREVIATION_ENTRIES;
/** The abbreviations VIS-005 flags (the Guide's examples); the others are only explained on hover. */
export const FLAGGED_ABBREVIATIONS: readonly string[] = Object.keys(ABBREVIATION_ENTRIES).filter((k) => ABBREVIATION_ENTRIES[k].flagged);
