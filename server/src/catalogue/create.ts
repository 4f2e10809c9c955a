// The catalogue the core sees, built from the compiled index (dist/catalogue.json)
// once at start-up. Pure: the data is passed in, nothing is read here. Lookups are
// Maps on folded keys (case, accents, punctuation and leading "la", "de la"… ignored)
// and binary searches over the article numbers, sorted by the build.
import type {
  ArticleAmendment, ArticleInfo, Catalogue, CodeInfo, CollectiviteInfo, DepartementInfo, TextInfo, TribunalInfo,
} from '../core/catalogue';
import { legifranceArticleSearch } from '../core/catalogue';
import { CODE_NAMES } from '../core/references';
import type { CompiledCatalogue, CompiledCodePlan, CompiledCodeTexts } from './schemas';

/**
 * Reads a file written beside the index (`catalogue/CGCT-0.json`, `catalogue/collectivites.txt`) and
 * returns its text. Called at most once per file, when its content is first needed; may throw (the
 * catalogue then behaves as if the file were empty).
 */
export type SideFileLoader = (file: string) => string | null;

/**
 * The register's text as searched: a string, or what stands for one without being one (load-node.ts gives the
 * file's bytes when they are ASCII: 2 MB searched where they are, not copied into a string at start).
 */
export interface SearchableText {
  readonly length: number;
  indexOf(needle: string, from?: number): number;
  lastIndexOf(needle: string, from?: number): number;
  slice(start: number, end?: number): string;
}

/** Reads the register's side file, searchable; by default the text the SideFileLoader gives. */
export type SearchableFileLoader = (file: string) => SearchableText | null;

/**
 * Articles per side file of texts (`catalogue/<KEY>-<n>.json` holds articles n×TEXT_CHUNK …). A rule that reads an
 * article's text (VIS-006: « alinéa N » of an article) reads and parses its whole chunk: about 130 kB, 2 ms, at the
 * first analysis, where chunks of 400 took 8 ms.
 */
export const TEXT_CHUNK = 100;

export interface RegisterRow {
  readonly siren: string;
  readonly insee: string | null;
  readonly departement: string | null;
  readonly population: number | null;
  /** T: population totale; M: population municipale. */
  readonly populationKind: 'T' | 'M' | null;
  /** EPCI type (CC, CA, CU, METRO, MET69); null for a commune. */
  readonly epciType: string | null;
  readonly name: string;
}

/**
 * One line of the register side file (`catalogue/collectivites.txt`), made to be found with indexOf
 * rather than parsed: `<SIREN>|I<INSEE>|D<dép.>|P<population>|<T or M>|E<EPCI type>|K<name key>|N<name>`.
 */
export function registerLine(r: RegisterRow, key = placeKeyOf(r.name)): string {
  return `${r.siren}|I${r.insee ?? ''}|D${r.departement ?? ''}|P${r.population ?? ''}|${r.populationKind ?? ''}|E${r.epciType ?? ''}|K${key}|N${r.name}`;
}

/**
 * The register's index (`catalogue/collectivites-index.txt`, beside it): a collectivité found by its SIREN — the
 * profile's, an @ctes identifier's — or by its name's key (`placeKeyOf`: the profile's or the header's name) without
 * reading the 2 MB register (load-node.ts searches it with a few reads). Records of INDEX_RECORD bytes, each ending
 * with a line feed: `R` + the register's length in 16 digits; `S` + the number of SIREN records in 16 digits; the
 * SIREN records, `<SIREN><line start in 8 digits>`, sorted by SIREN then place; the key records, `k<FNV-1a of the
 * key, 8 hex digits><line start>`, sorted by hash then place (a hash may be shared: the line read says whether its
 * key is the one looked for). ASCII, as every catalogue file.
 */
export const INDEX_RECORD = 18;
export const registerIndexFile = (registerFile: string): string => registerFile.replace(/\.txt$/, '') + '-index.txt';
/** FNV-1a of a name key, 8 hex digits (the key records' order). */
export function keyHash(key: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < key.length; i++) h = Math.imul(h ^ key.charCodeAt(i), 0x01000193);
  return (h >>> 0).toString(16).padStart(8, '0');
}
/** The index of a register's text; throws when a line holds a `|` beyond its eight fields (a search would read it). */
export function registerIndexText(register: string): string {
  const sirens: [string, number][] = [];
  const keys: [string, number][] = [];
  for (let start = 0; start < register.length; ) {
    const end = register.indexOf('\n', start);
    const stop = end < 0 ? register.length : end;
    const fields = register.slice(start, stop).split('|');
    if (fields.length > 1) {
      if (fields.length !== 8 || !/^\d{9}$/.test(fields[0]) || !fields[6].startsWith('K')) throw new Error(`registre : ligne mal formée à l’octet ${start}`);
      sirens.push([fields[0], start]);
      keys.push([keyHash(fields[6].slice(1)), start]);
    }
    start = stop + 1;
  }
  const order = (x: [string, number], y: [string, number]) => (x[0] < y[0] ? -1 : x[0] > y[0] ? 1 : x[1] - y[1]);
  const at = (n: number) => String(n).padStart(8, '0');
  return `R${String(register.length).padStart(16, '0')}\nS${String(sirens.length).padStart(16, '0')}\n`
    + sirens.sort(order).map(([siren, start]) => `${siren}${at(start)}\n`).join('')
    + keys.sort(order).map(([hash, start]) => `k${hash}${at(start)}\n`).join('');
}

/** Reads a line written by registerLine. */
export function parseRegisterLine(line: string): RegisterRow | null {
  const f = line.split('|');
  if (f.length < 8 || !/^\d{9}$/.test(f[0])) return null;
  const pop = f[3].slice(1);
  return {
    siren: f[0],
    insee: f[1].slice(1) || null,
    departement: f[2].slice(1) || null,
    population: pop ? Number(pop) : null,
    populationKind: f[4] === 'T' || f[4] === 'M' ? f[4] : null,
    epciType: f[5].slice(1) || null,
    name: f.slice(7).join('|').slice(1).replace(/\\u([0-9a-f]{4})/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16))),
  };
}

/** Key of a place name: "Saint-Jean-de-Maurienne", "ST JEAN DE MAURIENNE" and "Commune de Saint-Jean…" meet. */
export function placeKeyOf(name: string, article = true): string {
  // « Ville du Mans » is Le Mans, « Ville des Sables-d'Olonne » Les Sables-d'Olonne: the article goes back into the name.
  return foldText(name)
    .replace(/^(?:(?:la\s+)?(?:commune(?:\s+nouvelle)?|ville|mairie)\s+(?:de\s+|d'\s*|(du)\s+|(des)\s+)?)/, (_, du?: string, des?: string) => (!article ? '' : du ? 'le ' : des ? 'les ' : ''))
    .replace(/\bst(e?)\b\.?/g, 'saint$1')
    .replace(/[^a-z0-9]/g, '');
}


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
export const COMPILED_VERSION = 3;

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

export const legifranceSearchUrl = legifranceArticleSearch;

/** Runs `load` once; a failure gives `fallback` (a missing side file must not break a hover or a rule). */
function once<T>(load: () => T, fallback: T): () => T {
  let value: T | undefined;
  return () => {
    if (value === undefined) {
      try {
        value = load();
      } catch {
        value = fallback;
      }
    }
    return value;
  };
}

const NO_TEXTS: CompiledCodeTexts = { texts: [], legiarti: null };

/**
 * Articles of one code. The index holds numbers and section paths; texts and LEGIARTI ids are in the
 * code's side file, read when an article's text or link is first asked for. Keys, the sorted order and
 * ArticleInfo objects are made on first use.
 */
class ArticleIndex {
  private readonly infos: (ArticleInfo | undefined)[] = [];
  /** Keys of the article numbers, computed as a lookup reaches them. */
  private readonly keys: (string | undefined)[] = [];
  private nums: string[] | null = null;
  private order: number[] | null = null;
  private readonly paths: (readonly string[] | undefined)[] = [];
  /** The sections and each article's section, from the code's plan file, read on first use. */
  private tree: { sections: [string, number][]; secs: number[] } | null = null;
  private readonly chunks: (() => CompiledCodeTexts)[] = [];

  constructor(
    private readonly code: CompiledCatalogue['codes'][number],
    private readonly load: SideFileLoader,
    private readonly amended: ReadonlyMap<string, readonly ArticleAmendment[]>,
  ) {}

  /** Text and id of article i, from its chunk file (read on first use). */
  private detail(i: number): { text: string; legiarti: string | null } {
    const n = Math.floor(i / TEXT_CHUNK);
    const file = this.code.file;
    const chunk = (this.chunks[n] ??= once(() => {
      const raw = file ? this.load(`${file}-${n}.json`) : null;
      const d = raw ? (JSON.parse(raw) as CompiledCodeTexts) : null;
      return d && Array.isArray(d.texts) ? d : NO_TEXTS;
    }, NO_TEXTS))();
    const j = i - n * TEXT_CHUNK;
    return { text: chunk.texts[j] ?? '', legiarti: chunk.legiarti?.[j] ?? null };
  }

  /** The article whose number has this key; the first in code order if the source repeats it. */
  find(key: string): ArticleInfo | null {
    const order = this.sorted();
    const at = this.lowerBound(key);
    return at < order.length && this.keyAt(order[at]) === key ? this.at(order[at]) : null;
  }

  /** Articles whose key starts with `prefix`, in code order. */
  withPrefix(prefix: string, limit: number): ArticleInfo[] {
    const order = this.sorted();
    const hits: number[] = [];
    for (let i = this.lowerBound(prefix); i < order.length && this.keyAt(order[i]).startsWith(prefix); i++) hits.push(order[i]);
    return hits
      .sort((a, b) => a - b)
      .slice(0, Math.max(0, limit))
      .map((i) => this.at(i));
  }

  private numbers(): string[] {
    return (this.nums ??= this.code.nums ? this.code.nums.split('\n') : []);
  }

  /**
   * Positions sorted by key (ties in code order): as the build stored them (`order`), read on first lookup; computed
   * when the index has none or a wrong one.
   */
  private sorted(): number[] {
    if (!this.order) {
      const count = this.numbers().length;
      const stored = this.code.order ? this.code.order.split(',').map(Number) : [];
      if (stored.length === count && stored.every((p) => Number.isInteger(p) && p >= 0 && p < count)) {
        this.order = stored;
      } else {
        const keys = this.numbers().map((_, i) => this.keyAt(i));
        this.order = [...keys.keys()].sort((a, b) => (keys[a] < keys[b] ? -1 : keys[a] > keys[b] ? 1 : a - b));
      }
    }
    return this.order;
  }

  /** First position in the sorted order whose key is not below `key`. */
  private lowerBound(key: string): number {
    const order = this.sorted();
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
    return (this.keys[i] ??= articleKey(this.numbers()[i]));
  }

  private at(i: number): ArticleInfo {
    let info = this.infos[i];
    if (!info) {
      const num = this.numbers()[i];
      const detail = () => this.detail(i);
      const path = () => this.pathOf(this.sectionOf(i));
      const ids = this.code.ids;
      const code = this.code.key;
      const amendments = this.amended.get(`${code}|${this.keyAt(i)}`);
      const base = {
        code,
        num,
        display: displayNum(num),
        get path(): readonly string[] {
          return path();
        },
        get text(): string {
          return detail().text;
        },
        get legiarti(): string | null {
          return ids ? detail().legiarti : null;
        },
        get url(): string {
          const id = ids ? detail().legiarti : null;
          return id ? `${LEGIFRANCE}/codes/article_lc/${id}` : legifranceSearchUrl(num);
        },
      };
      info = this.infos[i] = Object.freeze(amendments ? Object.assign(base, { amendments }) : base);
    }
    return info;
  }

  private sectionTree(): { sections: [string, number][]; secs: number[] } {
    if (!this.tree) {
      const parse = <T>(text: string, fallback: T): T => {
        try {
          return JSON.parse(text) as T;
        } catch {
          return fallback;
        }
      };
      let raw: string | null = null;
      try {
        raw = this.code.file ? this.load(`${this.code.file}-plan.json`) : null;
      } catch {
        raw = null; // no paths: the articles are still found
      }
      const plan = raw ? parse<Partial<CompiledCodePlan> | null>(raw, null) : null;
      this.tree = {
        sections: Array.isArray(plan?.sections) ? (plan.sections as [string, number][]) : [],
        secs: Array.isArray(plan?.secs) ? (plan.secs as number[]) : [],
      };
    }
    return this.tree;
  }

  private sectionOf(i: number): number {
    return this.sectionTree().secs[i] ?? -1;
  }

  private pathOf(section: number): readonly string[] {
    if (section < 0) return [];
    let path = this.paths[section];
    if (!path) {
      const entry = this.sectionTree().sections[section];
      if (!entry) return [];
      const [title, parent] = entry;
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

/**
 * The register (communes and EPCI), kept as the text of its side file and searched with indexOf:
 * nothing is parsed up front; a found line becomes a frozen CollectiviteInfo, cached.
 */
function createRegister(load: () => SearchableText | null) {
  const text = once((): SearchableText => load() ?? '', '');
  const cache = new Map<number, CollectiviteInfo | null>();
  const lineAt = (at: number): CollectiviteInfo | null => {
    const t = text();
    const start = t.lastIndexOf('\n', at) + 1;
    if (cache.has(start)) return cache.get(start)!;
    const end = t.indexOf('\n', start);
    const row = parseRegisterLine(t.slice(start, end < 0 ? t.length : end));
    const info = row
      ? Object.freeze({
          kind: row.epciType ? ('epci' as const) : ('commune' as const),
          name: row.name,
          siren: row.siren,
          insee: row.insee,
          departement: row.departement,
          population: row.population,
          populationKind: row.populationKind === 'T' ? ('totale' as const) : row.populationKind === 'M' ? ('municipale' as const) : null,
          epciType: row.epciType,
        })
      : null;
    cache.set(start, info);
    return info;
  };
  // A search scans megabytes: every analysis of an act asks the same questions again, so answers are kept
  // (bounded: the oldest half is dropped when full).
  const answers = new Map<string, readonly CollectiviteInfo[]>();
  const all = (needle: string, limit = 50): readonly CollectiviteInfo[] => {
    const memo = answers.get(needle);
    if (memo) return memo;
    const t = text();
    const out: CollectiviteInfo[] = [];
    for (let at = t.indexOf(needle); at >= 0 && out.length < limit; at = t.indexOf(needle, at + needle.length)) {
      const info = lineAt(at + (needle.startsWith('\n') ? 1 : 0));
      if (info) out.push(info);
    }
    if (answers.size >= 2000) for (const k of [...answers.keys()].slice(0, 1000)) answers.delete(k);
    answers.set(needle, Object.freeze(out));
    return out;
  };
  return {
    bySiren: (siren: string) => all(`\n${siren}|`, 1)[0] ?? null,
    byInsee: (insee: string) => all(`|I${insee}|`, 1)[0] ?? null,
    byKey: (key: string) => all(`|K${key}|`),
  };
}

export function createCatalogue(data: CompiledCatalogue, load: SideFileLoader = () => null, loadSearchable: SearchableFileLoader = load): Catalogue {
  // Codes
  const codes: CatalogueCodeInfo[] = data.codes.map((c) =>
    Object.freeze({
      key: c.key,
      name: c.name,
      abbreviations: Object.freeze([...c.abbreviations]),
      legitext: c.legitext,
      hasArticles: c.nums.length > 0,
      textDate: c.textDate,
      repealed: c.repealed,
      replacedBy: c.replacedBy,
      status: c.status ?? null,
    }),
  );
  const codeByKey = new Map(codes.map((c) => [c.key, c]));
  const codeByName = new Map<string, CatalogueCodeInfo>();
  for (const c of codes) addKeys(codeByName, [compact(foldText(c.key)), ...c.abbreviations.map((a) => compact(foldText(a)))], c);
  for (const c of codes) addKeys(codeByName, nameKeys(c.name), c);
  for (const c of codes) if (c.legitext) addKeys(codeByName, [compact(foldText(c.legitext))], c);
  // The recogniser's keys ("CROUTE", "CPEN"…) name codes too: features that pass them (links) find the code.
  const recogniserName = new Map(CODE_NAMES);
  const code = (nameOrAbbreviation: string): CodeInfo | null =>
    codeByKey.get(nameOrAbbreviation) ??
    findByName(codeByName, nameOrAbbreviation) ??
    (recogniserName.has(nameOrAbbreviation) ? findByName(codeByName, recogniserName.get(nameOrAbbreviation)!) : null);

  const amended = new Map<string, ArticleAmendment[]>();
  for (const [code, num, law, date, object] of data.amendments ?? []) {
    const key = `${code}|${articleKey(num)}`;
    (amended.get(key) ?? amended.set(key, []).get(key)!).push(Object.freeze({ law, date, object }));
  }
  const articleIndexes = new Map<string, ArticleIndex>();
  for (const c of data.codes) if (c.nums) articleIndexes.set(c.key, new ArticleIndex(c, load, amended));
  const register = createRegister(() => (data.register ? loadSearchable(data.register.file) : null));
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

  const articleAnswers = new Map<string, ArticleInfo | null>();
  const catalogue: Catalogue = {
    codes: Object.freeze(codes),
    code,
    article(codeKey, num) {
      // Rules look up every cited article on every analysis: answers are kept (bounded).
      const key = `${codeKey}|${num}`;
      const hit = articleAnswers.get(key);
      if (hit !== undefined) return hit;
      const found = articlesOf(codeKey)?.find(articleKey(num)) ?? null;
      if (articleAnswers.size >= 4000) articleAnswers.clear();
      articleAnswers.set(key, found);
      return found;
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
    dataDates: Object.freeze((data.dataDates ?? []).map((d) => Object.freeze([d[0], d[1]] as const))),
    register: data.register ? Object.freeze({ millesime: data.register.millesime, population: data.register.population }) : null,
    collectiviteBySiren(siren) {
      return /^\d{9}$/.test(siren) ? register.bySiren(siren) : null;
    },
    communeByInsee(insee) {
      const q = insee.trim().toUpperCase();
      return /^(?:\d{5}|2[AB]\d{3})$/.test(q) ? register.byInsee(q) : null;
    },
    collectivitesNamed(name, departement) {
      const key = placeKeyOf(name);
      if (!key) return [];
      // « Commune du Val d'Oingt » is registered « Val d'Oingt »: without the article when no name has it.
      let all = register.byKey(key);
      const bare = placeKeyOf(name, false);
      if (all.length === 0 && bare !== key) all = register.byKey(bare);
      const dep = departement ? (catalogue.departement(departement)?.code ?? null) : null;
      return dep ? all.filter((c) => c.departement === dep) : all;
    },
  };
  return Object.freeze(catalogue);
}
