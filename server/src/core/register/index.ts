// The register of acts: a small entry per act of a folder (number, kind, date, objet, signatory, cited acts,
// modified and abrogated acts), and an index over them. Pure: the shells read the files and pass the models in.
// The index keeps only these entries (never texts or models), so a workspace of thousands of acts stays small.
import type { Act, ActKind, Range } from '../model';
import { fold } from '../text';
import { inferPattern } from './numbering';

/** An act cited by another act (« délibération n° DCM-2020-117 du 17 juillet 2020 »). */
export interface CitedAct {
  readonly type: 'deliberation' | 'arrete';
  /** The number as written. */
  readonly number: string;
  /** ISO date written with the citation, if any. */
  readonly date: string | null;
  /** Range of the number in the citing document. */
  readonly range: Range;
}

/** An act in the register (a field added here is compared in `sameEntry` too). */
export interface RegisterEntry {
  /** Key of the document (a URI in the editor, a path in the CLI). */
  readonly uri: string;
  /** How the document is named to a person (relative path or file name). */
  readonly name: string;
  readonly number: string | null;
  /** Range of the number in its document (where « go to definition » lands). */
  readonly numberRange: Range | null;
  readonly kind: ActKind;
  readonly date: string | null;
  readonly object: string | null;
  readonly matiere: string | null;
  readonly signatory: string | null;
  /** Folded name of the collectivité, when the header names it. */
  readonly collectivite: string | null;
  readonly cites: readonly CitedAct[];
  /** Normalised numbers of the acts its dispositif modifies or abrogates. */
  readonly modifies: readonly string[];
  readonly abrogates: readonly string[];
}

/** "dcm - 2020 - 117." → "DCM-2020-117": the form numbers are compared in. */
export function normalizeNumber(n: string): string {
  return n.toUpperCase().replace(/\s+/g, '').replace(/[.,;:]+$/, '');
}

const MAX_OBJECT = 300;

/** The register entries of the acts of one document. */
export function entriesOf(acts: readonly Act[], text: string, uri: string, name: string): RegisterEntry[] {
  const out: RegisterEntry[] = [];
  for (const act of acts) {
    if (!act.number && !act.date && act.references.length === 0) continue;
    // (Not a document that holds no act: a liste des délibérations, an ordre du jour, whose lines carry the numbers of
    // the acts they list.)
    if (act.kind === 'unknown' && !act.dispositive && act.articles.length === 0) continue;
    out.push(entryOf(act, text, uri, name));
  }
  return out;
}

export function entryOf(act: Act, text: string, uri: string, name: string): RegisterEntry {
  const cites: CitedAct[] = [];
  const modifies = new Set<string>();
  const abrogates = new Set<string>();
  const dispositifStart = act.articles[0]?.start ?? Infinity;
  for (let ri = 0, allRefs = act.references; ri < allRefs.length; ri++) {
    const ref = allRefs[ri];
    if ((ref.type !== 'deliberation' && ref.type !== 'arrete') || !ref.number) continue;
    const at = ref.text.indexOf(ref.number);
    const range = at >= 0 ? numberRange(text, ref.start, ref.range, at, ref.number.length) : ref.range;
    cites.push({ type: ref.type, number: ref.number, date: ref.date, range });
    if (ref.start >= dispositifStart) {
      // The sentence of the dispositif that holds the citation says what becomes of the cited act.
      const from = Math.max(text.lastIndexOf('.', ref.start), text.lastIndexOf('\n', ref.start - 1), ref.start - 200);
      let to = text.slice(ref.end, ref.end + 200).search(/[.\n]/);
      to = to < 0 ? Math.min(text.length, ref.end + 200) : ref.end + to;
      const sentence = fold(text.slice(from + 1, to));
      if (/\babrog/.test(sentence)) abrogates.add(normalizeNumber(ref.number));
      else if (/\bmodifi/.test(sentence)) modifies.add(normalizeNumber(ref.number));
    }
  }
  const author = act.signatories.find((s) => s.role === 'author') ?? act.signatories[0];
  const object = act.object ? act.object.text.replace(/\s+/g, ' ').trim().slice(0, MAX_OBJECT) : act.transmission?.object ?? null;
  return {
    uri, name,
    number: act.number?.value ?? null,
    numberRange: act.number?.range ?? null,
    kind: act.kind,
    date: act.date,
    object: object || null,
    matiere: act.transmission?.matiere ?? null,
    signatory: author ? author.name ?? author.quality ?? null : null,
    collectivite: collectiviteKey(act),
    cites, modifies: [...modifies], abrogates: [...abrogates],
  };
}

/**
 * Range of the number at `at` inside a reference that starts at `start` (offset) and `range` (position): counted
 * from the reference's own start, never from the top of the text (a register entry costs its citations, not
 * citations × length). The reference's range when the number lies beyond its last line.
 */
function numberRange(text: string, start: number, range: Range, at: number, length: number): Range {
  let line = range.start.line;
  let lineStart = start - range.start.character;
  for (let i = start; i < start + at; i++) {
    const c = text.charCodeAt(i);
    // A line ends with "\n", "\r\n" or a lone "\r" (LSP).
    if (c === 10 || (c === 13 && text.charCodeAt(i + 1) !== 10)) {
      line++;
      lineStart = i + 1;
    }
  }
  if (line > range.end.line) return range;
  const character = start + at - lineStart;
  return { start: { line, character }, end: { line, character: character + length } };
}

/**
 * The index of the acts of a folder. Documents are replaced as a whole (`set`), so an edit, a file change or a
 * deletion never leaves a stale entry; `revision` grows each time the index changes in a way rules can see.
 */
export class ActRegister {
  private readonly docs = new Map<string, readonly RegisterEntry[]>();
  private readonly byNumber = new Map<string, RegisterEntry[]>();
  private readonly citing = new Map<string, RegisterEntry[]>();
  private readonly abrogating = new Map<string, RegisterEntry[]>();
  /** Acts by numbering series (`seriesOf(…).key`): REG-002 reads a series, never the whole register. */
  private readonly series = new Map<string, RegisterEntry[]>();
  /** Acts by numbering pattern across years (`inferPattern`, « DDM-{AAAA}-{NNN} »): REG-005 and the completion. */
  private readonly patterns = new Map<string, RegisterEntry[]>();
  revision = 0;

  /** Replaces the entries of a document; true when something changed. */
  set(uri: string, entries: readonly RegisterEntry[]): boolean {
    const old = this.docs.get(uri);
    if (old && sameEntries(old, entries)) return false;
    if (old) this.unlink(old);
    if (entries.length === 0) this.docs.delete(uri);
    else {
      this.docs.set(uri, entries);
      for (const e of entries) this.link(e);
    }
    if (!old && entries.length === 0) return false;
    this.revision++;
    return true;
  }

  delete(uri: string): boolean {
    return this.set(uri, []);
  }

  has(uri: string): boolean {
    return this.docs.has(uri);
  }

  get size(): number {
    let n = 0;
    for (const list of this.docs.values()) n += list.length;
    return n;
  }

  entries(): RegisterEntry[] {
    return [...this.docs.values()].flat();
  }

  entriesOf(uri: string): readonly RegisterEntry[] {
    return this.docs.get(uri) ?? [];
  }

  /** The acts numbered `number` (any spelling of it). */
  withNumber(number: string): readonly RegisterEntry[] {
    return this.byNumber.get(normalizeNumber(number)) ?? [];
  }

  /** The acts that cite the act numbered `number`. */
  citingNumber(number: string): readonly RegisterEntry[] {
    return this.citing.get(normalizeNumber(number)) ?? [];
  }

  /** The acts whose dispositif abrogates the act numbered `number`. */
  abrogatingNumber(number: string): readonly RegisterEntry[] {
    return this.abrogating.get(normalizeNumber(number)) ?? [];
  }

  /** The acts whose dispositif modifies the act numbered `number`. */
  modifyingNumber(number: string): readonly RegisterEntry[] {
    const n = normalizeNumber(number);
    return (this.citing.get(n) ?? []).filter((e) => e.modifies.includes(n));
  }

  /** The acts of a numbering series (`seriesOf(number, date).key`). */
  inSeries(key: string): readonly RegisterEntry[] {
    return this.series.get(key) ?? [];
  }

  /** The acts whose number follows `pattern` (as `inferPattern` writes it). */
  withPattern(pattern: string): readonly RegisterEntry[] {
    return this.patterns.get(pattern) ?? [];
  }

  private latestViews = new Map<string, readonly YearRanked[]>();

  /** The acts of a pattern, latest first (year of the number, else of the date; then rank). Rebuilt lazily. */
  latestOfPattern(pattern: string): readonly YearRanked[] {
    if (this.viewsRevision !== this.revision) {
      this.views.clear();
      this.latestViews.clear();
      this.viewsRevision = this.revision;
    }
    let list = this.latestViews.get(pattern);
    if (!list) {
      const ranked = this.withPattern(pattern).map((e) => ({ e, ...yearAndRank(e.number!, e.date) }));
      list = ranked.sort((a, b) => (a.year < b.year ? 1 : a.year > b.year ? -1 : b.rank - a.rank));
      this.latestViews.set(pattern, list);
    }
    return list;
  }

  private views = new Map<string, SeriesView>();
  private viewsRevision = -1;

  /**
   * A numbering series sorted for the REG rules: by rank, and by date with the highest rank so far, so that
   * « the previous rank » and « an earlier act with a higher rank » are binary searches, not scans (a commune's
   * series holds a thousand acts a year). Rebuilt lazily after the register changes.
   */
  seriesView(key: string): SeriesView {
    if (this.viewsRevision !== this.revision) {
      this.views.clear();
      this.latestViews.clear();
      this.viewsRevision = this.revision;
    }
    let view = this.views.get(key);
    if (!view) {
      const ranked: Ranked[] = [];
      for (const e of this.inSeries(key)) ranked.push({ e, rank: seriesOf(e.number!, e.date)!.rank });
      const byRank = [...ranked].sort((a, b) => a.rank - b.rank);
      const byDate = ranked.filter((x) => x.e.date).sort((a, b) => (a.e.date! < b.e.date! ? -1 : a.e.date! > b.e.date! ? 1 : 0));
      const highestSoFar: Ranked[] = [];
      for (const x of byDate) highestSoFar.push(highestSoFar.length && highestSoFar[highestSoFar.length - 1].rank >= x.rank ? highestSoFar[highestSoFar.length - 1] : x);
      view = { byRank, byDate, highestSoFar };
      this.views.set(key, view);
    }
    return view;
  }

  private link(e: RegisterEntry): void {
    if (e.number) push(this.byNumber, normalizeNumber(e.number), e);
    const s = e.number ? seriesOf(e.number, e.date) : null;
    if (s) push(this.series, s.key, e);
    const p = e.number ? inferPattern(e.number) : null;
    if (p) push(this.patterns, p, e);
    const cited = new Set(e.cites.map((c) => normalizeNumber(c.number)));
    for (const n of cited) push(this.citing, n, e);
    for (const n of e.abrogates) push(this.abrogating, n, e);
  }

  private unlink(entries: readonly RegisterEntry[]): void {
    for (const e of entries) {
      if (e.number) pull(this.byNumber, normalizeNumber(e.number), e);
      const s = e.number ? seriesOf(e.number, e.date) : null;
      if (s) pull(this.series, s.key, e);
      const p = e.number ? inferPattern(e.number) : null;
      if (p) pull(this.patterns, p, e);
      for (const n of new Set(e.cites.map((c) => normalizeNumber(c.number)))) pull(this.citing, n, e);
      for (const n of e.abrogates) pull(this.abrogating, n, e);
    }
  }
}

/**
 * A register from a flat list of entries (grouped by document, in the order of their first entry): the CLI builds
 * the list once and each worker thread rebuilds the same register from it, so every thread sees the same order.
 */
export function registerFromEntries(list: readonly RegisterEntry[]): ActRegister {
  const byUri = new Map<string, RegisterEntry[]>();
  for (const e of list) {
    const docs = byUri.get(e.uri);
    if (docs) docs.push(e);
    else byUri.set(e.uri, [e]);
  }
  const register = new ActRegister();
  for (const [uri, entries] of byUri) register.set(uri, entries);
  return register;
}

function pull(map: Map<string, RegisterEntry[]>, key: string, e: RegisterEntry): void {
  const kept = (map.get(key) ?? []).filter((x) => x !== e);
  if (kept.length) map.set(key, kept);
  else map.delete(key);
}

function push(map: Map<string, RegisterEntry[]>, key: string, e: RegisterEntry): void {
  const list = map.get(key);
  if (list) list.push(e);
  else map.set(key, [e]);
}

/** Field by field, stopping at the first difference (an editor compares at every keystroke). */
function sameEntries(a: readonly RegisterEntry[], b: readonly RegisterEntry[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (!sameEntry(a[i], b[i])) return false;
  return true;
}

function sameEntry(a: RegisterEntry, b: RegisterEntry): boolean {
  if (a.uri !== b.uri || a.name !== b.name || a.number !== b.number || a.kind !== b.kind || a.date !== b.date || a.object !== b.object
    || a.matiere !== b.matiere || a.signatory !== b.signatory || a.collectivite !== b.collectivite || !sameRange(a.numberRange, b.numberRange)
    || !sameStrings(a.modifies, b.modifies) || !sameStrings(a.abrogates, b.abrogates) || a.cites.length !== b.cites.length) return false;
  for (let i = 0; i < a.cites.length; i++) {
    const x = a.cites[i];
    const y = b.cites[i];
    if (x.type !== y.type || x.number !== y.number || x.date !== y.date || !sameRange(x.range, y.range)) return false;
  }
  return true;
}

const sameStrings = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((x, i) => x === b[i]);

function sameRange(a: Range | null, b: Range | null): boolean {
  if (a === null || b === null) return a === b;
  return a.start.line === b.start.line && a.start.character === b.start.character && a.end.line === b.end.line && a.end.character === b.end.character;
}

/** Year (of the number, else of the date, else "") and rank of a number, for ordering a series. */
export function yearAndRank(number: string, date: string | null): { readonly year: string; readonly rank: number } {
  const s = seriesOf(number, date);
  return { year: s?.year ?? '', rank: s?.rank ?? 0 };
}

/** An act of a numbering series with its rank. */
export interface Ranked {
  readonly e: RegisterEntry;
  readonly rank: number;
}

export interface YearRanked extends Ranked {
  readonly year: string;
}

export interface SeriesView {
  /** Ascending rank. */
  readonly byRank: readonly Ranked[];
  /** Dated acts, ascending date. */
  readonly byDate: readonly Ranked[];
  /** `highestSoFar[i]`: the act of highest rank among `byDate[0..i]`. */
  readonly highestSoFar: readonly Ranked[];
}

/** Number of items of a sorted list for which `before` holds (they come first). */
export function countBefore<T>(list: readonly T[], before: (x: T) => boolean): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (before(list[mid])) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * The collectivité an act's header names, as the register compares it: folded, without the word a service puts
 * before a commune's name (« Mairie de », « Ville de », « Commune de »: one commune, one register, R. 2122-7-1),
 * nor what a running page header adds after it (« Commune de Cazères – Décisions du Maire – 2e trimestre »,
 * « (Haute-Garonne) »).
 */
export function collectiviteKey(act: Act): string | null {
  const c = act.header.collectivite;
  if (!c) return null;
  let name = fold(c.name).replace(/\s+/g, ' ').trim().split(/\s-\s|\s?\(|,/)[0].trim();
  if (c.type === 'commune') name = name.replace(/^(?:mairie|ville|commune(?:\s+nouvelle)?|hotel\s+de\s+ville)\s+(?:de\s+(?:la\s+ville\s+(?:de\s+|d'\s*))?|d'\s*|du\s+|des\s+)/, '');
  return name || null;
}

/** Two acts belong to the same collectivité unless both headers name different ones. */
export function sameCollectivite(a: RegisterEntry | string | null, b: RegisterEntry | string | null): boolean {
  const x = typeof a === 'string' || a === null ? a : a.collectivite;
  const y = typeof b === 'string' || b === null ? b : b.collectivite;
  return !x || !y || x === y || x.includes(y) || y.includes(x);
}

/** "DDM-2025-075" → series "DDM-2025-#" and rank 75; null when the number ends with no digits. */
export function seriesOf(number: string, date: string | null): { readonly key: string; readonly year: string | null; readonly rank: number } | null {
  const n = normalizeNumber(number);
  const m = /(\d+)(\D*)$/.exec(n);
  if (!m) return null;
  const head = n.slice(0, m.index);
  const year = /(?:19|20)\d{2}/.exec(head)?.[0] ?? date?.slice(0, 4) ?? null;
  if (m[1].length > 6) return null;
  return { key: `${head}#${m[2]}|${year ?? ''}`, year, rank: Number(m[1]) };
}

/** The register in date order (acts without a date last), as `actes registre` and the view list it. */
export function registerOrder(entries: readonly RegisterEntry[]): RegisterEntry[] {
  return [...entries].sort((a, b) =>
    (a.date ?? '9999') < (b.date ?? '9999') ? -1 : (a.date ?? '9999') > (b.date ?? '9999') ? 1
      : (a.number ?? '').localeCompare(b.number ?? '', 'fr', { numeric: true }) || a.name.localeCompare(b.name));
}

/** Status of an act in the register: in force, modified, abrogated (with the acts that did it). */
export function statusOf(register: ActRegister, e: RegisterEntry): { readonly status: 'en vigueur' | 'modifié' | 'abrogé'; readonly by: readonly RegisterEntry[] } {
  if (!e.number) return { status: 'en vigueur', by: [] };
  const abrogating = register.abrogatingNumber(e.number).filter((x) => x !== e && sameCollectivite(x, e));
  if (abrogating.length) return { status: 'abrogé', by: abrogating };
  const modifying = register.modifyingNumber(e.number).filter((x) => x !== e && sameCollectivite(x, e));
  if (modifying.length) return { status: 'modifié', by: modifying };
  return { status: 'en vigueur', by: [] };
}
