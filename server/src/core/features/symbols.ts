// The outline of an act: en-tête, exposé, séance, visas, considérants, dispositif (with its articles
// or items), vote, signature and mentions. `outline()` is shared by document symbols, folding
// and selection ranges, so the three always agree. Pure: reads the Analysis, never re-parses.
import type { DocumentSymbol, SymbolKind } from 'vscode-languageserver-types';
import type { Act, Position, Range } from '../model';
import type { Analysis } from '../service';
import type { TextIndex } from '../text';
import { clean, frenchDate } from '../text';
import { ofPlace } from '../collectivite';

// LSP SymbolKind values (numbers, so the core has no runtime dependency on the protocol packages).
const KIND = {
  module: 2, namespace: 3, field: 8, constant: 14, string: 15, number: 16, key: 20, struct: 23, event: 24, boolean: 17,
} as const satisfies Record<string, SymbolKind>;

export type OutlineRole =
  | 'header' | 'title' | 'number' | 'object' | 'collectivite' | 'expose' | 'seance' | 'visas' | 'visa'
  | 'considerants' | 'considerant' | 'dispositif' | 'article' | 'item' | 'vote' | 'signature' | 'placeDate'
  | 'signatory' | 'mentions' | 'recours' | 'executoire' | 'transmission' | 'act';

export interface OutlineNode {
  readonly role: OutlineRole;
  readonly name: string;
  readonly detail?: string;
  readonly kind: SymbolKind;
  readonly range: Range;
  readonly selectionRange: Range;
  readonly children: OutlineNode[];
}

const MAX_NAME = 90;

// ---- Range helpers (LSP positions compare line first, then character).

export function comparePositions(a: Position, b: Position): number {
  return a.line - b.line || a.character - b.character;
}

export function containsRange(outer: Range, inner: Range): boolean {
  return comparePositions(outer.start, inner.start) <= 0 && comparePositions(inner.end, outer.end) <= 0;
}

export function containsPosition(range: Range, p: Position): boolean {
  return comparePositions(range.start, p) <= 0 && comparePositions(p, range.end) <= 0;
}

export function sameRange(a: Range, b: Range): boolean {
  return comparePositions(a.start, b.start) === 0 && comparePositions(a.end, b.end) === 0;
}

/** Smallest range covering all the given ones (null when none). */
export function cover(ranges: readonly (Range | null | undefined)[]): Range | null {
  let start: Position | null = null;
  let end: Position | null = null;
  for (const r of ranges) {
    if (!r) continue;
    if (!start || comparePositions(r.start, start) < 0) start = r.start;
    if (!end || comparePositions(r.end, end) > 0) end = r.end;
  }
  return start && end ? { start, end } : null;
}

/** The part of a range on its first line (what the editor reveals and selects). */
function firstLine(range: Range, index: TextIndex): Range {
  if (range.end.line === range.start.line) return range;
  const line = range.start.line;
  const eol = index.lineEnd(line) - index.lineStarts[line];
  return { start: range.start, end: { line, character: Math.max(range.start.character, eol) } };
}

function shorten(s: string, max = MAX_NAME): string {
  const c = clean(s);
  if (c.length <= max) return c || '…';
  const cut = c.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return (space > max * 0.6 ? cut.slice(0, space) : cut).replace(/[\s,;:.]+$/, '') + '…';
}

function node(role: OutlineRole, name: string, kind: SymbolKind, range: Range, selectionRange: Range, children: OutlineNode[] = [], detail?: string): OutlineNode {
  const sel = containsRange(range, selectionRange) ? selectionRange : { start: range.start, end: range.start };
  return { role, name, kind, range, selectionRange: sel, children, ...(detail ? { detail } : {}) };
}

const byStart = (a: { range: Range }, b: { range: Range }) => comparePositions(a.range.start, b.range.start);

/** "1er" → "Article 1er", with its heading: "Article 2 – Durée". */
export function articleLabel(a: Act['articles'][number]): string {
  const n = a.number ?? clean(a.numberText);
  return a.heading ? `Article ${n} – ${shorten(a.heading, 70)}` : `Article ${n}`;
}

/** Extent of each dispositive item (APPROUVE…, AUTORISE…): up to the next item or closing element. */
function itemRanges(act: Act, index: TextIndex): Range[] {
  const items = act.dispositive?.items ?? [];
  if (items.length === 0) return [];
  const stops = [
    act.vote?.range.start, act.placeDate?.range.start, act.signatories[0]?.range.start, act.recours?.range.start,
    act.executoire?.range.start, act.transmission?.range.start,
  ].filter((p): p is Position => !!p);
  const text = index.text;
  return items.map((item, i) => {
    const from = index.offsetAt(item.range.start);
    let to = i + 1 < items.length ? index.offsetAt(items[i + 1].range.start) : text.length;
    for (const s of stops) {
      const o = index.offsetAt(s);
      if (o > from && o < to) to = o;
    }
    while (to > from && /\s/.test(text[to - 1])) to--;
    return index.range(from, Math.max(to, index.offsetAt(item.range.end)));
  });
}

/**
 * The outline of the document, top-level nodes in document order. A collection (compte rendu, procès-verbal,
 * recueil) shows its shared header, then one node per act holding that act's own outline.
 */
export function outline(analysis: Analysis): OutlineNode[] {
  const { document, index } = analysis;
  const parts = document.parts;
  if (!parts || document.acts.length < 2) return outlineOfAct(analysis.act, index);
  const top: OutlineNode[] = [];
  // The nodes of an act's outline that lie in [from, to); a node that crosses the bounds gives way to its children.
  const inside = (from: number, to: number) => {
    const r = index.range(from, to);
    const pick = (nodes: readonly OutlineNode[]): OutlineNode[] =>
      nodes.flatMap((n) => (containsRange(r, n.range) ? [n] : pick(n.children)));
    return pick;
  };
  if (parts.header.end > parts.header.start) {
    top.push(...inside(parts.header.start, parts.header.end)(outlineOfAct(document.acts[0], index)));
  }
  document.acts.forEach((act, i) => {
    const part = parts.acts[i];
    if (!part) return;
    let from = part.start;
    let to = part.end;
    const text = index.text;
    while (from < to && /\s/.test(text[from])) from++;
    while (to > from && /\s/.test(text[to - 1])) to--;
    if (to <= from) return;
    const range = index.range(from, to);
    const children = inside(from, to)(outlineOfAct(act, index));
    const name = act.title?.text ?? act.object?.text ?? text.slice(from, Math.min(to, from + 200));
    const detail = act.number ? `n° ${act.number.value}` : `${i + 1} / ${document.acts.length}`;
    top.push(node('act', shorten(name), KIND.module, range, firstLine(range, index), children, detail));
  });
  return top.sort(byStart);
}

/** The outline of one act. */
function outlineOfAct(act: Act, index: TextIndex): OutlineNode[] {
  const top: OutlineNode[] = [];

  // En-tête: collectivité, title (with its number), number, objet.
  {
    const children: OutlineNode[] = [];
    const { collectivite, departement, republique } = act.header;
    if (collectivite) children.push(node('collectivite', shorten(collectivite.text), KIND.namespace, collectivite.range, collectivite.range, [], departement ? shorten(departement.text) : undefined));
    const numberInTitle = !!(act.title && act.number && containsRange(act.title.range, act.number.range));
    if (act.title) {
      children.push(node('title', shorten(act.title.text), KIND.string, act.title.range, act.title.range, [], numberInTitle && act.number ? `n° ${act.number.value}` : undefined));
    }
    if (act.number && !numberInTitle) children.push(node('number', `n° ${act.number.value}`, KIND.number, act.number.range, act.number.range));
    if (act.object) children.push(node('object', shorten(act.object.text), KIND.string, act.object.range, firstLine(act.object.range, index), [], 'objet'));
    const range = cover([republique?.range, departement?.range, ...children.map((c) => c.range)]);
    if (range) top.push(node('header', 'En-tête', KIND.module, range, children[0]?.selectionRange ?? firstLine(range, index), children.sort(byStart)));
  }

  if (act.expose) top.push(node('expose', 'Exposé', KIND.module, act.expose.range, firstLine(act.expose.range, index)));

  if (act.seance) {
    const s = act.seance;
    top.push(node('seance', 'Séance', KIND.event, s.range, firstLine(s.range, index), [], s.date ? `séance du ${frenchDate(s.date)}` : undefined));
  }

  const recitals = (role: 'visas' | 'considerants', list: Act['visas'], child: 'visa' | 'considerant', title: string) => {
    const range = cover(list.map((r) => r.range));
    if (!range) return;
    const children = list.map((r) => node(child, shorten(r.text), KIND.field, r.range, firstLine(r.range, index)));
    top.push(node(role, title, KIND.namespace, range, children[0].selectionRange, children, `${list.length}`));
  };
  recitals('visas', act.visas, 'visa', 'Visas');
  recitals('considerants', act.considerants, 'considerant', 'Considérants');

  // Mentions are placed inside the article that contains them (seed 000: recours in article 3).
  const mentionNodes: OutlineNode[] = [];
  {
    const rec = act.recours;
    const exe = act.executoire;
    if (rec && exe && sameRange(rec.range, exe.range)) {
      mentionNodes.push(node('recours', 'Caractère exécutoire et voies de recours', KIND.key, rec.range, firstLine(rec.range, index)));
    } else {
      if (rec) mentionNodes.push(node('recours', 'Voies et délais de recours', KIND.key, rec.range, firstLine(rec.range, index), [], rec.tribunal ? `tribunal administratif ${ofPlace(rec.tribunal)}` : undefined));
      if (exe) mentionNodes.push(node('executoire', 'Caractère exécutoire', KIND.key, exe.range, firstLine(exe.range, index)));
    }
    const tr = act.transmission;
    if (tr) mentionNodes.push(node('transmission', 'Accusé de réception (transmission)', KIND.key, tr.range, firstLine(tr.range, index), [], tr.identifier ?? undefined));
  }
  const placed = new Set<OutlineNode>();

  // Dispositif: the verb, then the articles (or the items of a délibération).
  {
    const d = act.dispositive;
    const articles = act.articles.map((a) => {
      const inner = mentionNodes.filter((m) => !placed.has(m) && containsRange(a.range, m.range));
      inner.forEach((m) => placed.add(m));
      return node('article', articleLabel(a), KIND.struct, a.range, a.headingRange, inner);
    });
    const items = itemRanges(act, index).map((r, i) => node('item', d!.items[i].verb, KIND.constant, r, d!.items[i].range));
    const children = [...articles, ...items].sort(byStart);
    const range = cover([d?.range, ...children.map((c) => c.range)]);
    if (range) top.push(node('dispositif', 'Dispositif', KIND.namespace, range, d?.range ?? children[0].selectionRange, children, d?.verb));
  }

  if (act.vote) {
    const v = act.vote;
    const detail = v.unanimous ? 'à l’unanimité'
      : [v.for !== null ? `pour ${v.for}` : null, v.against !== null ? `contre ${v.against}` : null, v.abstentions !== null ? `abstentions ${v.abstentions}` : null].filter(Boolean).join(', ');
    top.push(node('vote', 'Vote', KIND.boolean, v.range, firstLine(v.range, index), [], detail || undefined));
  }

  // Signature: place and date, then each signatory.
  {
    const children: OutlineNode[] = [];
    if (act.placeDate) children.push(node('placeDate', shorten(act.placeDate.text), KIND.event, act.placeDate.range, act.placeDate.range));
    for (const s of act.signatories) {
      const name = [s.quality, s.name].filter(Boolean).join(' — ') || shorten(s.text);
      children.push(node('signatory', shorten(name), KIND.key, s.range, firstLine(s.range, index), [], s.role === 'secretary' ? 'secrétaire de séance' : undefined));
    }
    const outside = children.filter((c) => !mentionNodes.some((m) => containsRange(m.range, c.range)));
    const range = cover(outside.map((c) => c.range));
    if (range) top.push(node('signature', 'Signature', KIND.namespace, range, outside[0].selectionRange, outside.sort(byStart)));
  }

  const rest = mentionNodes.filter((m) => !placed.has(m));
  const mentionsRange = cover(rest.map((m) => m.range));
  if (mentionsRange) top.push(node('mentions', 'Mentions', KIND.namespace, mentionsRange, rest[0].selectionRange, rest.sort(byStart)));

  return top.sort(byStart);
}

function toSymbol(n: OutlineNode): DocumentSymbol {
  return {
    name: n.name,
    ...(n.detail ? { detail: n.detail } : {}),
    kind: n.kind,
    range: n.range,
    selectionRange: n.selectionRange,
    ...(n.children.length ? { children: n.children.map(toSymbol) } : {}),
  };
}

/** Hierarchical document symbols (the outline view and breadcrumbs). */
export function documentSymbols(analysis: Analysis): DocumentSymbol[] {
  return outline(analysis).map(toSymbol);
}
