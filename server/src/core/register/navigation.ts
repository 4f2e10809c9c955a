// Navigation over the register, as pure functions of (analysis, register): which act a cited number names,
// who cites an act, acts matching a search, links and hover text. The LSP glue converts the results.
import type { Position, Range } from '../model';
import type { Analysis } from '../service';
import { fold, frenchDate } from '../text';
import { KIND_LABEL } from '../rules/util';
import { ActRegister, collectiviteKey, normalizeNumber, sameCollectivite, seriesOf, statusOf, type RegisterEntry } from './index';
import { compilePattern, familyOf, inferPattern, type Numbering } from './numbering';

export interface Place {
  readonly uri: string;
  readonly range: Range;
}

const ZERO: Range = { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };

const inside = (r: Range, p: Position) =>
  (p.line > r.start.line || (p.line === r.start.line && p.character >= r.start.character))
  && (p.line < r.end.line || (p.line === r.end.line && p.character <= r.end.character));

/** A number at the position: a cited act's (`cited`) or the act's own (`own`). */
export function numberAt(analysis: Analysis, position: Position): { readonly number: string; readonly range: Range; readonly own: boolean } | null {
  for (const act of analysis.document.acts) {
    if (act.number && inside(act.number.range, position)) return { number: act.number.value, range: act.number.range, own: true };
    for (const ref of act.references) {
      if ((ref.type !== 'deliberation' && ref.type !== 'arrete') || !ref.number || !inside(ref.range, position)) continue;
      const at = ref.text.indexOf(ref.number);
      const range = at >= 0
        ? { start: analysis.index.positionAt(ref.start + at), end: analysis.index.positionAt(ref.start + at + ref.number.length) }
        : ref.range;
      return { number: ref.number, range, own: false };
    }
  }
  return null;
}

const collectiviteOf = (analysis: Analysis): string | null => collectiviteKey(analysis.act);

/** The acts of the register named by a number cited in `uri` (not the document itself). */
function targets(register: ActRegister, analysis: Analysis, uri: string, number: string): RegisterEntry[] {
  const coll = collectiviteOf(analysis);
  return register.withNumber(number).filter((e) => e.uri !== uri && sameCollectivite(e, coll));
}

/** Go to definition: the files of the act whose number is cited at the position. */
export function definition(analysis: Analysis, register: ActRegister, uri: string, position: Position): Place[] {
  const at = numberAt(analysis, position);
  if (!at || at.own) return [];
  return targets(register, analysis, uri, at.number).map((e) => ({ uri: e.uri, range: e.numberRange ?? ZERO }));
}

/** Find references: the places that cite the act numbered at the position (and, if asked, the act itself). */
export function references(analysis: Analysis, register: ActRegister, uri: string, position: Position, includeDeclaration: boolean): Place[] {
  const at = numberAt(analysis, position);
  if (!at) return [];
  const n = normalizeNumber(at.number);
  const out: Place[] = [];
  if (includeDeclaration) {
    for (const e of register.withNumber(n)) out.push({ uri: e.uri, range: e.numberRange ?? ZERO });
  }
  for (const e of register.citingNumber(n)) {
    for (const c of e.cites) if (normalizeNumber(c.number) === n) out.push({ uri: e.uri, range: c.range });
  }
  return out;
}

export interface ActSymbol {
  readonly name: string;
  readonly detail: string;
  readonly uri: string;
  readonly range: Range;
}

/** Workspace symbols: acts whose number or objet holds the query (folded), at most `limit`. */
export function searchActs(register: ActRegister, query: string, limit = 256): ActSymbol[] {
  const q = fold(query).trim();
  const qn = normalizeNumber(query);
  const out: ActSymbol[] = [];
  for (const e of register.entries()) {
    if (out.length >= limit) break;
    if (q && !(e.number && normalizeNumber(e.number).includes(qn)) && !(e.object && fold(e.object).includes(q))) continue;
    out.push({
      name: [e.number ?? '(sans numéro)', e.object].filter(Boolean).join(' — ').slice(0, 200),
      detail: `${KIND_LABEL[e.kind]}${e.date ? ` du ${frenchDate(e.date)}` : ''}`,
      uri: e.uri,
      range: e.numberRange ?? ZERO,
    });
  }
  return out;
}

export interface ActLink {
  readonly range: Range;
  readonly target: string;
  readonly tooltip: string;
}

/** Document links: each cited number whose act is in the register opens its file. */
export function actLinks(analysis: Analysis, register: ActRegister, uri: string): ActLink[] {
  const out: ActLink[] = [];
  for (const act of analysis.document.acts) {
    for (const ref of act.references) {
      if ((ref.type !== 'deliberation' && ref.type !== 'arrete') || !ref.number) continue;
      const target = targets(register, analysis, uri, ref.number)[0];
      const at = ref.text.indexOf(ref.number);
      if (!target || at < 0) continue;
      out.push({
        range: { start: analysis.index.positionAt(ref.start + at), end: analysis.index.positionAt(ref.start + at + ref.number.length) },
        target: target.uri,
        tooltip: `Ouvrir ${KIND_LABEL[target.kind]} n° ${target.number} (${target.name})`,
      });
    }
  }
  return out;
}

/** Hover on a cited act's number: its objet, date and status in the register. */
export function actHover(analysis: Analysis, register: ActRegister, uri: string, position: Position): { readonly markdown: string; readonly range: Range } | null {
  const at = numberAt(analysis, position);
  if (!at || at.own) return null;
  const found = targets(register, analysis, uri, at.number);
  if (found.length === 0) return null;
  const e = found[0];
  const kind = KIND_LABEL[e.kind];
  const lines = [`**${kind.charAt(0).toUpperCase()}${kind.slice(1)} n° ${e.number}**${e.date ? ` du ${frenchDate(e.date)}` : ''}`];
  if (e.object) lines.push('', `Objet : ${e.object}`);
  const s = statusOf(register, e);
  const by = s.by.map((x) => `n° ${x.number ?? '?'}${x.date ? ` du ${frenchDate(x.date)}` : ''}`).join(', ');
  lines.push('', `État : ${s.status}${by ? ` (par ${by})` : ''}`, '', `Fichier : \`${e.name}\``);
  if (found.length > 1) lines.push('', `Attention : ${found.length} actes portent ce numéro.`);
  return { markdown: lines.join('\n'), range: at.range };
}

export interface NextNumber {
  readonly number: string;
  readonly detail: string;
  /** What the completion replaces: the part of the number already typed. */
  readonly range: Range;
}

const AFTER_NUMERO = /\bn\s?[°o]\.?\s*([\w/-]*)$/;

/**
 * Completion of a new act's number: typed after « n° » on the act's title line, the next number for the act's year
 * (or `year` when the act is not dated yet): first by the profile's pattern for this kind of act (`numerotation`),
 * then of each series of the same kind of act in the register (the pattern inferred from the folder).
 */
export function nextNumbers(analysis: Analysis, register: ActRegister, uri: string, position: Position, year: number, numbering: Numbering | null = null): NextNumber[] {
  const lineStart = analysis.index.offsetAt({ line: position.line, character: 0 });
  const offset = analysis.index.offsetAt(position);
  const before = analysis.folded.slice(lineStart, offset);
  const m = AFTER_NUMERO.exec(before);
  if (!m || !/\b(?:arrete|decision|deliberation)/.test(before)) return [];
  const act = analysis.act;
  const targetYear = act.date?.slice(0, 4) ?? String(year);
  const coll = collectiviteOf(analysis);
  const best = new Map<string, { rank: number; width: number; head: string; tail: string; year: string | null; e: RegisterEntry }>();
  for (const e of register.entries()) {
    if (e.uri === uri || !e.number || (act.kind !== 'unknown' && e.kind !== act.kind) || !sameCollectivite(e, coll)) continue;
    const n = normalizeNumber(e.number);
    const s = /(\d+)(\D*)$/.exec(n);
    const series = seriesOf(n, e.date);
    if (!s || !series) continue;
    const head = n.slice(0, s.index);
    const shape = series.year ? head.replace(series.year, '####') + '#' + s[2] : head + '#' + s[2];
    const old = best.get(shape);
    const sameYear = series.year === targetYear;
    const better = !old || (sameYear && old.year !== targetYear) || ((sameYear || old.year !== targetYear) && (series.year ?? '') + String(series.rank).padStart(6, '0') > (old.year ?? '') + String(old.rank).padStart(6, '0'));
    if (better) best.set(shape, { rank: series.rank, width: s[1].length, head, tail: s[2], year: series.year, e });
  }
  const start = analysis.index.positionAt(offset - m[1].length);
  const out: NextNumber[] = [];
  // The profile's pattern for this kind of act (the kind from the title typed so far when not read yet).
  const family = familyOf(act.kind) ?? (/\bdeliberation/.test(before) ? 'deliberation' : /\barrete/.test(before) ? 'arrete' : /\bdecision/.test(before) ? 'decision' : null);
  const given = family ? numbering?.[family] : undefined;
  const pattern = given ? compilePattern(given) : null;
  if (pattern) {
    let last: { rank: number; e: RegisterEntry } | null = null;
    for (const e of register.entries()) {
      if (e.uri === uri || !e.number || !sameCollectivite(e, coll)) continue;
      const found = pattern.match(e.number);
      if (!found || (pattern.hasYear && found.year !== targetYear)) continue;
      if (!last || found.rank > last.rank) last = { rank: found.rank, e };
    }
    out.push({
      number: pattern.format(targetYear, (last?.rank ?? 0) + 1),
      detail: last ? `Numéro suivant selon le modèle du profil « ${given} » (dernier : ${last.e.number}, ${last.e.name})` : `Premier numéro${pattern.hasYear ? ` de ${targetYear}` : ''} selon le modèle du profil « ${given} »`,
      range: { start, end: position },
    });
  }
  for (const b of best.values()) {
    const sameYear = b.year === targetYear;
    const rank = sameYear ? b.rank + 1 : 1;
    const head = b.year && !sameYear ? b.head.replace(b.year, targetYear) : b.head;
    const number = `${head}${String(rank).padStart(b.width, '0')}${b.tail}`;
    if (out.some((x) => normalizeNumber(x.number) === normalizeNumber(number))) continue;
    const series = inferPattern(b.e.number!) ?? b.e.number;
    out.push({
      number,
      detail: sameYear ? `Numéro suivant de la série « ${series} » (dernier : ${b.e.number}, ${b.e.name})` : `Premier numéro de ${targetYear} de la série « ${series} » (dernière : ${b.e.number}, ${b.e.name})`,
      range: { start, end: position },
    });
  }
  return out.slice(0, 20);
}
