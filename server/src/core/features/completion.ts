// Structural completion: the dispositive verb of the act's kind after the recitals
// ("ARRÊTE :", "DÉCIDE :"…), and "Article N" with the next number at a line start in the dispositif.
// Reference completions (visas, code articles, texts) live in completion-references.ts.
import type { CompletionItem, CompletionItemKind, InsertTextFormat } from 'vscode-languageserver-types';
import type { Act, ActKind, Article, Position } from '../model';
import type { Analysis } from '../service';
import { fold } from '../text';
import { comparePositions } from './symbols';
import { settleFilterText } from './completion-text';

const KEYWORD: CompletionItemKind = 14;
const PLAIN_TEXT: InsertTextFormat = 1;

/** Dispositive verbs, most usual first, by kind of act. */
const VERBS: Record<ActKind, readonly string[]> = {
  'arrete-maire': ['ARRÊTE :'],
  'arrete-president': ['ARRÊTE :'],
  'decision-maire': ['DÉCIDE :'],
  'decision-president': ['DÉCIDE :'],
  'deliberation-cm': ['DÉCIDE :', 'DÉLIBÈRE :'],
  'deliberation-epci-conseil': ['DÉCIDE :', 'DÉLIBÈRE :'],
  'deliberation-epci-bureau': ['DÉCIDE :', 'DÉLIBÈRE :'],
  unknown: ['ARRÊTE :', 'DÉCIDE :'],
};

const KIND_WORDS: Record<ActKind, string> = {
  'arrete-maire': 'd’un arrêté',
  'arrete-president': 'd’un arrêté',
  'decision-maire': 'd’une décision',
  'decision-president': 'd’une décision',
  'deliberation-cm': 'd’une délibération',
  'deliberation-epci-conseil': 'd’une délibération',
  'deliberation-epci-bureau': 'd’une délibération',
  unknown: 'de l’acte',
};

interface LineContext {
  /** Text of the line before the cursor. */
  readonly before: string;
  /** Where the typed word starts (first non-blank character of the line). */
  readonly wordStart: Position;
  /** What was typed from there to the cursor. */
  readonly typed: string;
}

function lineContext(analysis: Analysis, position: Position): LineContext | null {
  const { index } = analysis;
  if (position.line < 0 || position.line >= index.lineCount) return null;
  const lineStart = index.lineStarts[position.line];
  const cursor = index.offsetAt(position);
  const before = index.text.slice(lineStart, cursor);
  const lead = before.length - before.trimStart().length;
  return { before, wordStart: { line: position.line, character: lead }, typed: before.slice(lead) };
}

const isBefore = (a: Position, b: Position) => comparePositions(a, b) < 0;

/** The number the next article gets after `previous` ("1er" when there is none). */
export function nextArticleNumber(previous: Article | undefined, countBefore: number): string {
  if (!previous) return '1er';
  if (previous.number === '1er' || previous.number === 'unique') return '2';
  const n = Number(previous.number);
  return Number.isFinite(n) && n >= 1 ? String(n + 1) : String(countBefore + 1);
}

/** "Article" or "ARTICLE", and the separator after the number (" :", " –", "."), as the act already writes them. */
function articleStyle(analysis: Analysis, previous: Article | undefined): { word: string; separator: string } {
  if (!previous) return { word: 'Article', separator: '' };
  const { index, text } = analysis;
  const headStart = previous.start;
  const numStart = index.offsetAt(previous.numberRange.start);
  const word = /^\W*(ARTICLE|Article|article|ART\.|Art\.)/.exec(text.slice(headStart, numStart));
  const after = /^\s*(?:\*\*\s*)?([:.–—-])/.exec(text.slice(index.offsetAt(previous.numberRange.end), index.offsetAt(previous.numberRange.end) + 8));
  const w = word?.[1] === 'ARTICLE' ? 'ARTICLE' : 'Article';
  const sep = after ? (after[1] === '.' ? '.' : ` ${after[1]}`) : '';
  return { word: w, separator: sep };
}

function articleItems(analysis: Analysis, position: Position, ctx: LineContext): CompletionItem[] {
  const { act } = analysis;
  // "", "A", "Art", "ARTICLE", "Article 5" at the start of the line.
  if (!/^\s*(?:a(?:r(?:t(?:i(?:c(?:l(?:e)?)?)?)?)?)?(?:\s+\d{0,3})?)?$/i.test(ctx.before)) return [];
  const line = position.line;
  const previousArticles = act.articles.filter((a) => a.range.start.line < line);
  const previous = previousArticles[previousArticles.length - 1];
  const inDispositif = !!previous || (act.dispositive && act.dispositive.range.start.line < line)
    || (lastRecitalLine(act) !== null && lastRecitalLine(act)! < line);
  if (!inDispositif || closingStarted(act, position)) return [];
  const number = nextArticleNumber(previous, previousArticles.length);
  const { word, separator } = articleStyle(analysis, previous);
  const make = (n: string, sort: string, detail: string): CompletionItem => {
    const label = `${word} ${n}`;
    return settleFilterText({
      label,
      kind: KEYWORD,
      detail,
      sortText: sort,
      filterText: `Article ${n}`,
      insertTextFormat: PLAIN_TEXT,
      textEdit: { range: { start: ctx.wordStart, end: position }, newText: `${label}${separator}${separator ? ' ' : ''}` },
    }, ctx.typed);
  };
  const items = [make(number, '0', previous ? `Article suivant l’article ${previous.number ?? previous.numberText}` : 'Premier article du dispositif')];
  if (!previous && act.articles.length === 0) items.push(make('unique', '1', 'Article seul du dispositif'));
  return items;
}

function lastRecitalLine(act: Act): number | null {
  const last = [...act.visas, ...act.considerants].reduce<number | null>((m, r) => (m === null || r.range.end.line > m ? r.range.end.line : m), null);
  return last;
}

/** The cursor is in the closing part (place and date, signature, accusé de réception). */
function closingStarted(act: Act, position: Position): boolean {
  const closers = [act.placeDate?.range.start, act.transmission?.range.start];
  return closers.some((p) => p && isBefore(p, { line: position.line, character: 0 }));
}

function verbItems(analysis: Analysis, position: Position, ctx: LineContext): CompletionItem[] {
  const { act } = analysis;
  const typed = fold(ctx.before.trim());
  if (!/^[a-z]*$/.test(typed)) return [];
  const last = lastRecitalLine(act);
  if (last === null || last >= position.line) return [];
  // Already a verb above the cursor, or an article: the dispositif has begun.
  if (act.dispositive && act.dispositive.range.start.line < position.line) return [];
  if (act.articles.some((a) => a.range.start.line < position.line)) return [];
  if (closingStarted(act, position)) return [];
  return VERBS[act.kind]
    .filter((v) => fold(v).startsWith(typed))
    .map((verb, i) => settleFilterText({
      label: verb,
      kind: KEYWORD,
      detail: `Verbe du dispositif ${KIND_WORDS[act.kind]}`,
      documentation: 'Sépare les motifs (visas, considérants) du dispositif (articles).',
      sortText: `0${i}`,
      filterText: fold(verb).toUpperCase(),
      insertTextFormat: PLAIN_TEXT,
      textEdit: { range: { start: ctx.wordStart, end: position }, newText: verb },
    }, ctx.typed));
}

/** Structural completion items at a position (verbs, next article). */
export function structureCompletions(analysis: Analysis, position: Position): CompletionItem[] {
  const ctx = lineContext(analysis, position);
  if (!ctx) return [];
  return [...verbItems(analysis, position, ctx), ...articleItems(analysis, position, ctx)];
}
