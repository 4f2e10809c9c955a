// The catalogue the core sees, built from the compiled index (dist/catalogue.json)
// once at start-up. Pure: the data is passed in, nothing is read here. Lookups are
// Maps on folded keys (case, accents, punctuation and leading "la", "de la"… ignored)
// and binary searches over the article numbers, sorted by the build.
import type { ArticleInfo, Catalogue, CodeInfo, DepartementInfo, TextInfo, TribunalInfo } from '../core/catalogue';
import type { CompiledCatalogue } from './schemas';

/** CodeInfo plus what the catalogue knows beyond the core interface. */
export interface CatalogueCodeInfo extends CodeInfo {
  /** Key of the code that replaced a repealed one ("CGCT" for the code des communes). */
  readonly replacedBy: string | null;
}

/** TextInfo plus the source's confidence in the title. */
export interface CatalogueTextInfo extends TextInfo {
  /** False when the exact title was not found in any source (titre_confirme). */
  readonly titleConfirmed: boolean;
}

/** Format version of dist/catalogue.json; bump it when the compiled shape changes. */
export const COMPILED_VERSION = 1;

const LEGIFRANCE = 'https://www.legifrance.gouv.fr';

/** Lower case, no accents, ligatures spelt out, typographic apostrophes made plain, spaces collapsed. */
export function foldText(s: string): string {
  return s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/œ/g, 'oe')
    .replace(/æ/g, 'ae')
    .replace(/[\u2019\u2018\u02bc`´]/g, "'")
    .replace(/\s+/g, ' ')
    .trim();
}

/** Letters and digits only: "C.G.C.T." and "cgct" meet. */
const compact = (folded: string) => folded.replace(/[^a-z0-9]/g, '');
/** Leading determiners and prepositions: "de la Savoie", "du Nord", "d'Ille-et-Vilaine", "la Réunion". */
const stripLeading = (folded: string) => folded.replace(/^(?:(?:de|du|des|en|dans|la|le|les|au|aux)\s+|[ld]')+/, '');
const withoutParentheses = (s: string) => s.replace(/\([^)]*\)/g, ' ');

/** Keys a name is found under, most exact first. */
function nameKeys(name: string): string[] {
  const folded = foldText(name);
  const keys = [compact(folded), compact(stripLeading(folded)), compact(withoutParentheses(folded)), compact(stripLeading(withoutParentheses(folded)))];
  return [...new Set(keys.filter(Boolean))];
}

/** Adds without overwriting: the first entry holding a key keeps it. */
function addKeys<T>(map: Map<string, T>, keys: readonly string[], value: T): void {
  for (const key of keys) if (!map.has(key)) map.set(key, value);
}

function findByName<T>(map: Map<string, T>, query: string): T | null {
  for (const key of nameKeys(query)) {
    const hit = map.get(key);
    if (hit !== undefined) return hit;
  }
  return null;
}

/** Lookup key of an article number: "L. 2122-22", "l2122-22", "article L 2122-22" → "l2122-22"; "R.* 4433-24" → "r4433-24". */
export function articleKey(num: string): string {
  return (/^[\x20-\x7e]*$/.test(num) ? num.toLowerCase().trim() : foldText(num))
    .replace(/^(?:article|art\.?)\s*/, '')
    .replace(/[\s.*]/g, '');
}

/** "L2122-22" → "L. 2122-22"; "LO1112-1" → "LO 1112-1"; "R*4433-24" → "R.* 4433-24"; labels unchanged. */
export function displayNum(num: string): string {
  const m = /^(LO|L|R|D|A)(\*?)(\d.*)$/.exec(num);
  if (!m) return num;
  const [, prefix, star, rest] = m;
  return prefix === 'LO' ? `LO ${rest}` : `${prefix}.${star} ${rest}`;
}

/**
 * Articles of one code. Nothing is computed up front: `order` (built with `articleKey`)
 * lists the articles by key, keys and ArticleInfo objects are made on first use.
 */
class ArticleIndex {
  private readonly infos: (ArticleInfo | undefined)[] = [];
  private readonly keys: (string | undefined)[] = [];
  private readonly paths: (readonly string[] | undefined)[] = [];
  private readonly codeUrl: string;

  constructor(private readonly code: CompiledCatalogue['codes'][number]) {
    this.codeUrl = code.legitext ? `${LEGIFRANCE}/codes/id/${code.legitext}` : '';
  }

  /** The article whose number has this key; the first in code order if the source repeats it. */
  find(key: string): ArticleInfo | null {
    const { order } = this.code;
    const at = this.lowerBound(key);
    return at < order.length && this.keyAt(order[at]) === key ? this.at(order[at]) : null;
  }

  /** Articles whose key starts with `prefix`, in code order. */
  withPrefix(prefix: string, limit: number): ArticleInfo[] {
    const { order } = this.code;
    const hits: number[] = [];
    for (let i = this.lowerBound(prefix); i < order.length && this.keyAt(order[i]).startsWith(prefix); i++) hits.push(order[i]);
    return hits
      .sort((a, b) => a - b)
      .slice(0, Math.max(0, limit))
      .map((i) => this.at(i));
  }

  /** First position in `order` whose key is not below `key`. */
  private lowerBound(key: string): number {
    const { order } = this.code;
    let lo = 0;
    let hi = order.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.keyAt(order[mid]) < key) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  private keyAt(i: number): string {
    return (this.keys[i] ??= articleKey(this.code.articles[i][0]));
  }

  private at(i: number): ArticleInfo {
    let info = this.infos[i];
    if (!info) {
      const [num, section, text, legiarti] = this.code.articles[i];
      info = this.infos[i] = Object.freeze({
        code: this.code.key,
        num,
        display: displayNum(num),
        path: this.pathOf(section),
        text,
        legiarti,
        url: legiarti ? `${LEGIFRANCE}/codes/article_lc/${legiarti}` : this.codeUrl,
      });
    }
    return info;
  }

  private pathOf(section: number): readonly string[] {
    if (section < 0) return [];
    let path = this.paths[section];
    if (!path) {
      const [title, parent] = this.code.sections[section];
      path = this.paths[section] = Object.freeze([...this.pathOf(parent), title]);
    }
    return path;
  }
}

/** Positions of `articles` sorted by `articleKey` of their number (ties in code order), as the build stores them. */
export function articleOrder(articles: readonly (readonly [string, ...unknown[]])[]): number[] {
  const keys = articles.map((a) => articleKey(a[0]));
  return [...keys.keys()].sort((a, b) => (keys[a] < keys[b] ? -1 : keys[a] > keys[b] ? 1 : a - b));
}

const TEXT_NATURE_WORD = /^(?:loi organique|loi|decret|ordonnance|reglement)\s+/;

export function createCatalogue(data: CompiledCatalogue): Catalogue {
  // Codes
  const codes: CatalogueCodeInfo[] = data.codes.map((c) =>
    Object.freeze({
      key: c.key,
      name: c.name,
      abbreviations: Object.freeze([...c.abbreviations]),
      legitext: c.legitext,
      hasArticles: c.articles.length > 0,
      textDate: c.textDate,
      repealed: c.repealed,
      replacedBy: c.replacedBy,
    }),
  );
  const codeByKey = new Map(codes.map((c) => [c.key, c]));
  const codeByName = new Map<string, CatalogueCodeInfo>();
  for (const c of codes) addKeys(codeByName, [compact(foldText(c.key)), ...c.abbreviations.map((a) => compact(foldText(a)))], c);
  for (const c of codes) addKeys(codeByName, nameKeys(c.name), c);
  for (const c of codes) if (c.legitext) addKeys(codeByName, [compact(foldText(c.legitext))], c);
  const code = (nameOrAbbreviation: string): CodeInfo | null =>
    codeByKey.get(nameOrAbbreviation) ?? findByName(codeByName, nameOrAbbreviation);

  const articleIndexes = new Map<string, ArticleIndex>();
  for (const c of data.codes) if (c.articles.length) articleIndexes.set(c.key, new ArticleIndex(c));
  const articlesOf = (codeKey: string) => articleIndexes.get(codeKey) ?? articleIndexes.get(code(codeKey)?.key ?? '');

  // Texts, most recent first for completion
  const texts: CatalogueTextInfo[] = data.texts.map((t) =>
    Object.freeze({
      nature: t.nature,
      number: t.number,
      date: t.date,
      title: t.title,
      citation: t.citation,
      usualNames: Object.freeze([...t.usualNames]),
      jorftext: t.jorftext,
      url: t.jorftext ? `${LEGIFRANCE}/jorf/id/${t.jorftext}` : null,
      titleConfirmed: t.titleConfirmed,
    }),
  );
  const byRecency = [...texts].sort((a, b) => ((a.date ?? '') < (b.date ?? '') ? 1 : (a.date ?? '') > (b.date ?? '') ? -1 : 0));
  const textByNumber = new Map<string, TextInfo>();
  for (const t of texts) if (t.number) addKeys(textByNumber, [`${t.nature} ${t.number}`], t);
  const textByName = new Map<string, TextInfo>();
  for (const t of texts) for (const n of t.usualNames) addKeys(textByName, nameKeys(n), t);
  for (const t of texts) for (const n of t.usualNames) addKeys(textByName, nameKeys(foldText(n).replace(TEXT_NATURE_WORD, '')), t);
  const cleanNumber = (n: string) => n.trim().replace(/^n\s*[°o]\s*/i, '');

  // Départements and tribunals
  const departements: DepartementInfo[] = data.departements.map((d) => Object.freeze({ ...d }));
  const departementByCode = new Map<string, DepartementInfo>();
  const departementByName = new Map<string, DepartementInfo>();
  for (const d of departements) {
    addKeys(departementByCode, [d.code, ...(d.code3 ? [d.code3] : []), ...(/^2[AB]$/.test(d.code) ? [`0${d.code}`] : [])], d);
    addKeys(departementByName, nameKeys(d.name), d);
  }
  const tribunals: TribunalInfo[] = data.tribunals.map((t) => Object.freeze({ ...t, departements: Object.freeze([...t.departements]) }));
  const tribunalBySeat = new Map<string, TribunalInfo>();
  for (const t of tribunals) addKeys(tribunalBySeat, nameKeys(t.seat), t);

  const catalogue: Catalogue = {
    codes: Object.freeze(codes),
    code,
    article(codeKey, num) {
      return articlesOf(codeKey)?.find(articleKey(num)) ?? null;
    },
    articlesWithPrefix(codeKey, prefix, limit) {
      return articlesOf(codeKey)?.withPrefix(articleKey(prefix), limit) ?? [];
    },
    text(nature, number) {
      return textByNumber.get(`${nature} ${cleanNumber(number)}`) ?? null;
    },
    textsWithPrefix(nature, prefix, limit) {
      const p = cleanNumber(prefix);
      const out: TextInfo[] = [];
      for (const t of byRecency) {
        if (out.length >= limit) break;
        if ((nature === null || t.nature === nature) && (p === '' || (t.number ?? '').startsWith(p))) out.push(t);
      }
      return out;
    },
    textByUsualName(name) {
      return findByName(textByName, name) ?? findByName(textByName, foldText(name).replace(TEXT_NATURE_WORD, ''));
    },
    texts: Object.freeze(texts),
    departement(codeOrName) {
      const q = codeOrName.trim().toUpperCase();
      const byCode = departementByCode.get(/^\d$/.test(q) ? `0${q}` : q);
      return byCode ?? findByName(departementByName, codeOrName);
    },
    tribunal(seat) {
      return findByName(tribunalBySeat, foldText(seat).replace(/^(?:tribunal administratif|ta)\s+(?:de\s+|d')/, ''));
    },
    natures: Object.freeze(data.natures.map((n) => Object.freeze({ ...n }))),
    matieres: Object.freeze(data.matieres.map((m) => Object.freeze({ ...m }))),
  };
  return Object.freeze(catalogue);
}
