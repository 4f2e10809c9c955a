// Text helpers shared by the parser and the features: offset ↔ LSP position,
// and a folded copy of the text (same length, same offsets) for matching.
import type { Position, Range, Span } from './model';
import { anchorsOf } from './anchors';

/** What `TextIndex.firstIndexOf` keeps: the string searched (this version's text or folded copy) and the answer. */
interface FirstIndex {
  readonly s: string;
  readonly at: number;
}

/**
 * From this length on, a first reading looks for the anchors of the patterns readers guard (`mayMatch`): each is a
 * search of the whole text, paid once so that every edit after it derives its answer. A shorter text is read again in
 * less time than the searches take.
 */
const ANCHORED_LENGTH = 20_000;

/** Line starts of a text, as LSP counts lines (\r\n, \n and \r end a line). */
export class TextIndex {
  readonly lineStarts: number[];
  /**
   * What readers keep of the reading of this text, by offset, for the reading of its next version (see `prior`).
   * Each reader keeps its own key.
   */
  readonly memo = new Map<string, unknown>();
  /**
   * `fold(text)`, once a reading gives it (`parse`, `analyze`): the only folded string whose answers `firstIndexOf`,
   * `occurrences` and `mayMatch` keep and derive; another string of the same length is searched as it is.
   */
  folded: string | null = null;
  /**
   * The version this text was edited from (`TextIndex.edited`): its text and memo, and how many characters the
   * edit kept at the start (`prefix`) and at the end (`suffix`). Null for a text read on its own.
   */
  prior: {
    readonly text: string;
    readonly lineCount: number;
    readonly memo: ReadonlyMap<string, unknown>;
    readonly prefix: number;
    readonly suffix: number;
  } | null = null;
  constructor(readonly text: string, lineStarts?: number[]) {
    if (lineStarts) {
      this.lineStarts = lineStarts;
      return;
    }
    const starts = [0];
    if (text.indexOf('\r') < 0) {
      // The common case, without carriage returns: let indexOf find the line breaks.
      for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
      this.lineStarts = starts;
      return;
    }
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c === 13 /* \r */) {
        if (text.charCodeAt(i + 1) === 10) i++;
        starts.push(i + 1);
      } else if (c === 10 /* \n */) {
        starts.push(i + 1);
      }
    }
    this.lineStarts = starts;
  }

  /**
   * The index of `text`, an edit of `previous.text` that keeps its first `prefix` and last `suffix` characters
   * (`prefix + suffix` at most the shorter length): the line starts of the unchanged parts are taken from
   * `previous` (shifted after the edit), only the changed middle is scanned. Equal to `new TextIndex(text)`.
   */
  static edited(previous: TextIndex, text: string, prefix: number, suffix: number): TextIndex {
    const old = previous.lineStarts;
    const oldLength = previous.text.length;
    if (prefix + suffix > Math.min(oldLength, text.length)) return new TextIndex(text);
    // Kept before the edit: a start q < prefix (the break before it, and the character after it, unchanged).
    let lo = 0;
    let hi = old.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (old[mid] < prefix) lo = mid + 1;
      else hi = mid;
    }
    const starts = lo > 0 ? old.slice(0, lo) : [0];
    // Scanned: a start q whose break (q - 1) lies in [prefix - 1, text.length - suffix).
    const middleEnd = text.length - suffix;
    for (let i = Math.max(0, prefix - 1); i < middleEnd; i++) {
      const c = text.charCodeAt(i);
      if (c === 10 /* \n */ || (c === 13 /* \r */ && text.charCodeAt(i + 1) !== 10)) starts.push(i + 1);
    }
    // Kept after the edit: a start whose break lies in the suffix (and so the character after it), shifted.
    const shift = text.length - oldLength;
    const from = middleEnd - shift;
    let k = lo;
    while (k < old.length && old[k] - 1 < from) k++;
    for (; k < old.length; k++) starts.push(old[k] + shift);
    const index = new TextIndex(text, starts);
    // The previous version's memo, not its index: versions do not chain.
    index.prior = { text: previous.text, lineCount: old.length, memo: previous.memo, prefix, suffix };
    return index;
  }

  /**
   * Where [start, end) of this text lies in the prior version, when the edit left it whole (before the edit, at
   * the same offset; after it, shifted): the same characters there. Else -1.
   */
  priorOffset(start: number, end: number): number {
    const p = this.prior;
    if (!p || start > end) return -1;
    if (end <= p.prefix) return start;
    if (start >= this.text.length - p.suffix) return start + p.text.length - this.text.length;
    return -1;
  }

  /**
   * Whether [start, end) lies in the prior version unchanged at the same offsets and on the same lines (before the
   * edit; after it, when the edit changed neither the length nor the line count): what was read there, ranges
   * included, holds as it was.
   */
  priorSame(start: number, end: number): boolean {
    const p = this.prior;
    if (!p || start > end) return false;
    if (end <= p.prefix) return true;
    return start >= this.text.length - p.suffix && p.text.length === this.text.length && p.lineCount === this.lineStarts.length;
  }

  /**
   * Whether [start, end) lies in the prior version unchanged on the same lines and columns, possibly at other offsets
   * (after an edit that kept the line count, on lines that begin after it): what was read there holds with its
   * offsets moved by the edit's change of length, its ranges as they were.
   */
  priorMoved(start: number, end: number): boolean {
    const p = this.prior;
    if (!p || start > end) return false;
    if (end <= p.prefix) return true;
    const from = this.text.length - p.suffix;
    if (start < from || p.lineCount !== this.lineStarts.length) return false;
    // The line of `start` begins after a line break the edit kept: its columns are unchanged.
    return this.lineStarts[this.lineOf(start)] - 1 >= from;
  }

  /**
   * `s.indexOf(word)`, for `s` this index's text or its folded copy (`which`): readers ask whether a word is
   * anywhere in the text at every keystroke. The answer is kept in the memo, and the next version's is derived from
   * it when the edit decides it: an occurrence before the edit stays the first; else the first is one that overlaps
   * the changed characters, or the old one shifted when it lay after them; none overlapping and none before → none.
   * Only an occurrence the edit touched makes it search the whole text again. Always exactly `s.indexOf(word)`.
   */
  firstIndexOf(which: 'text' | 'folded', s: string, word: string): number {
    const key = `first-index:${which}:${word}`;
    const own = this.memo.get(key) as FirstIndex | undefined;
    if (own && own.s === s) return own.at;
    const p = this.prior;
    const old = p?.memo.get(key) as FirstIndex | undefined;
    const w = word.length;
    let at: number;
    if (which === 'folded' ? s !== this.folded : s !== this.text) return s.indexOf(word);
    if (!p || !old || old.s.length !== p.text.length || w === 0) {
      at = s.indexOf(word);
    } else {
      const n = s.length;
      const middleEnd = n - p.suffix;
      // A folded character depends on the next one too (a lone "\r"): the folded copy keeps one character less.
      const prefix = which === 'folded' ? Math.max(0, p.prefix - 1) : p.prefix;
      // An occurrence overlapping the changed characters starts in [prefix - w + 1, middleEnd).
      const from = Math.max(0, prefix - w + 1);
      const windowHit = from < middleEnd ? s.slice(from, Math.min(n, middleEnd + w - 1)).indexOf(word) : -1;
      const hit = windowHit >= 0 ? from + windowHit : -1;
      if (old.at >= 0 && old.at + w <= prefix) at = old.at;
      else if (old.at < 0) at = hit;
      else if (old.at >= p.text.length - p.suffix) at = hit >= 0 ? hit : old.at + n - p.text.length;
      else at = s.indexOf(word);
    }
    this.memo.set(key, { s, at });
    return at;
  }

  /**
   * Every offset where `word` occurs in `s` (this index's text or folded copy, `which`), in increasing order, as a loop
   * of `s.indexOf(word, from)` gives them (overlapping ones included). The next version's list is derived from this
   * one: the occurrences before the edit kept, those after it shifted, only the changed characters searched. For words
   * that are rare in an act (the names of the weekdays): the list is copied at each version.
   */
  occurrences(which: 'text' | 'folded', s: string, word: string): readonly number[] {
    const key = `all:${which}:${word}`;
    const own = this.memo.get(key) as { s: string; at: number[] } | undefined;
    if (own && own.s === s) return own.at;
    const p = this.prior;
    const old = p?.memo.get(key) as { s: string; at: number[] } | undefined;
    const w = word.length;
    const all = (from: number, to: number, out: number[]) => {
      for (let i = s.indexOf(word, from); i >= 0 && i < to; i = s.indexOf(word, i + 1)) out.push(i);
      return out;
    };
    let at: number[];
    if (which === 'folded' ? s !== this.folded : s !== this.text) return all(0, s.length, []);
    if (!p || !old || w === 0 || old.s.length !== p.text.length) {
      at = all(0, s.length, []);
    } else {
      const n = s.length;
      const middleEnd = n - p.suffix;
      const prefix = which === 'folded' ? Math.max(0, p.prefix - 1) : p.prefix;
      // Kept: those that end before the changed characters; searched: those that overlap them; shifted: the rest.
      const from = Math.max(0, prefix - w + 1);
      at = [];
      const before = old.at;
      let k = 0;
      while (k < before.length && before[k] < from) at.push(before[k++]);
      // Searched in the window only: `indexOf` from `from` would otherwise run to the end of the text for a word
      // the window does not hold.
      if (from < middleEnd) {
        const window = s.slice(from, Math.min(n, middleEnd + w - 1));
        for (let i = window.indexOf(word); i >= 0 && from + i < middleEnd; i = window.indexOf(word, i + 1)) at.push(from + i);
      }
      const shift = n - p.text.length;
      const oldSuffix = p.text.length - p.suffix;
      for (; k < before.length; k++) if (before[k] >= oldSuffix) at.push(before[k] + shift);
    }
    this.memo.set(key, { s, at });
    return at;
  }

  /**
   * Whether `re` may match in `s` (this index's text or folded copy, `which`), or in any part of it: false when none of
   * its anchors (`anchorsOf`) is there, and then it cannot. Asked after an edit only, where each anchor's first
   * occurrence is derived from the previous version's answer (`firstIndexOf`); a first reading runs the pattern.
   */
  mayMatch(which: 'text' | 'folded', s: string, re: RegExp): boolean {
    if ((!this.prior && this.text.length < ANCHORED_LENGTH) || (which === 'folded' ? s !== this.folded : s !== this.text)) return true;
    const anchors = anchorsOf(re);
    if (!anchors) return true;
    for (let i = 0; i < anchors.length; i++) if (this.firstIndexOf(which, s, anchors[i]) >= 0) return true;
    return false;
  }

  /** The line holding an offset (a line break belongs to the line it ends). */
  lineOf(offset: number): number {
    let lo = 0;
    let hi = this.lineStarts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.lineStarts[mid] <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }

  get lineCount(): number {
    return this.lineStarts.length;
  }

  /**
   * LSP position of an offset. An offset inside a line break (between "\r" and "\n", or just after the content)
   * maps to the end of that line's content: a character never lies past its line, as the protocol requires.
   */
  /** `lineShift`: added to the line (a piece of a document read alone: the line it starts on). */
  positionAt(offset: number, lineShift = 0): Position {
    const o = Math.max(0, Math.min(offset, this.text.length));
    const starts = this.lineStarts;
    const n = starts.length;
    // Readers ask in text order: the line of the last answer, or the next one, before a binary search.
    let lo = this.lastLine;
    if (!(starts[lo] <= o && (lo + 1 === n || starts[lo + 1] > o))) {
      if (lo + 1 < n && starts[lo + 1] <= o && (lo + 2 === n || starts[lo + 2] > o)) lo++;
      else lo = this.lineOf(o);
      this.lastLine = lo;
    }
    return { line: lo + lineShift, character: Math.min(o, this.lineEnd(lo)) - starts[lo] };
  }
  /** The line of the last `positionAt` (a hint: the next one is often on it). */
  private lastLine = 0;

  offsetAt(position: Position): number {
    if (position.line < 0) return 0;
    if (position.line >= this.lineStarts.length) return this.text.length;
    const start = this.lineStarts[position.line];
    const end = this.lineEnd(position.line);
    return Math.max(start, Math.min(start + Math.max(0, position.character), end));
  }

  /** Offset of the end of a line, before its line break. */
  lineEnd(line: number): number {
    const next = line + 1 < this.lineStarts.length ? this.lineStarts[line + 1] : this.text.length;
    let end = next;
    if (end > this.lineStarts[line] && this.text.charCodeAt(end - 1) === 10) end--;
    if (end > this.lineStarts[line] && this.text.charCodeAt(end - 1) === 13) end--;
    return end;
  }

  range(start: number, end: number, lineShift = 0): Range {
    return { start: this.positionAt(start, lineShift), end: this.positionAt(end, lineShift) };
  }

  /**
   * The piece of text [start, end), without the line breaks at its edges: a span read from the text never starts
   * or ends with "\r" or "\n" (a regex that stops at "\n" leaves the "\r" of a CRLF behind).
   */
  span(start: number, end: number): Span {
    return this.spanAt(start, end, 0, 0);
  }

  /**
   * `span`, for a text that is a piece of a document starting at offset `shift`, on line `lineShift`: offsets and
   * lines are the document's (its lines are whole lines of the document, so the columns are its own).
   */
  spanAt(start: number, end: number, shift: number, lineShift: number): Span {
    const t = this.text;
    let s = Math.max(0, Math.min(start, t.length));
    let e = Math.max(s, Math.min(end, t.length));
    while (e > s && isLineBreak(t.charCodeAt(e - 1))) e--;
    while (s < e && isLineBreak(t.charCodeAt(s))) s++;
    return { text: t.slice(s, e), range: this.range(s, e, lineShift), start: s + shift, end: e + shift };
  }
}

/** Readings of pieces of a text by offset (in increasing order), kept in its index's memo. */
interface Pieces<T> {
  readonly starts: number[];
  readonly lengths: number[];
  readonly values: T[];
}

/**
 * What a reader read in pieces of the text alone (a recital, an article), kept for the next version under `key`
 * (see `TextIndex.prior`): `prior(start, end)` gives what the prior version read on the same characters, when its
 * edit left them whole; `record` keeps this version's. Both are called in increasing order of `start`.
 */
export function pieces<T>(index: TextIndex, text: string, key: string): {
  prior(start: number, end: number): T | undefined;
  record(start: number, end: number, value: T): void;
} {
  const before = index.prior?.memo.get(key) as Pieces<T> | undefined;
  const mine: Pieces<T> = { starts: [], lengths: [], values: [] };
  if (index.text === text) index.memo.set(key, mine);
  let k = 0;
  return {
    prior(start, end) {
      if (!before) return undefined;
      const o = index.priorOffset(start, end);
      if (o < 0) return undefined;
      const starts = before.starts;
      while (k < starts.length && starts[k] < o) k++;
      return k < starts.length && starts[k] === o && before.lengths[k] === end - start ? before.values[k] : undefined;
    },
    record(start, end, value) {
      mine.starts.push(start);
      mine.lengths.push(end - start);
      mine.values.push(value);
    },
  };
}

/**
 * What a reader read from the first `end` characters of the text alone, kept for the next version under `key` (see
 * `TextIndex.prior`): the prior version's value when the edit came after them (the same characters at the same
 * offsets on the same lines: its spans and ranges hold as they were), else `read()`'s.
 */
export function keptBefore<T>(index: TextIndex, text: string, key: string, end: number, read: () => T): T {
  const own = index.text === text;
  const old = own ? (index.prior?.memo.get(key) as { end: number; value: T } | undefined) : undefined;
  // (What is kept holds copies of its strings, never slices of this version's text.)
  const value = old && old.end === end && index.priorSame(0, end) ? old.value : own ? flatCopy(read()) : read();
  if (own) index.memo.set(key, { end, value });
  return value;
}

/** `v` with every string in it `flat` (plain objects and arrays copied; anything else as it is). */
function flatCopy<T>(v: T): T {
  if (typeof v === 'string') return flat(v) as T;
  if (Array.isArray(v)) return v.map(flatCopy) as T;
  if (v === null || typeof v !== 'object' || Object.getPrototypeOf(v) !== Object.prototype) return v;
  const out: Record<string, unknown> = {};
  for (const [k, x] of Object.entries(v)) out[k] = flatCopy(x);
  return out as T;
}

/** A character `\s` matches, by its code (a loop over characters need not run a pattern for each). */
export function isSpace(c: number): boolean {
  return c === 32 || (c >= 9 && c <= 13) || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

function isLineBreak(c: number): boolean {
  return c === 10 || c === 13;
}

const FOLD = new Map<number, number>();
const BULLETS = new Set([0x25aa, 0x25cf, 0x25e6, 0x25b8, 0x25ba, 0x25b6, 0x2023, 0x2043, 0x2219, 0x27a2, 0x27a4, 0x279c, 0x2794, 0x25c6, 0x2756]);
function foldCode(c: number): number {
  if (c < 128) return c >= 65 && c <= 90 ? c + 32 : c === 42 /* * */ ? 32 : c;
  const cached = FOLD.get(c);
  if (cached !== undefined) return cached;
  let out = c;
  const ch = String.fromCharCode(c);
  if (c === 0xa0 || c === 0x202f || c === 0x2007 || c === 0x2009 || c === 0x200b || c === 0xfeff) out = 32;
  else if (c === 0x2019 || c === 0x2018 || c === 0x2032 || c === 0xb4) out = 39; // ’ ‘ ′ ´ → '
  else if (c === 0x2013 || c === 0x2014 || c === 0x2010 || c === 0x2011 || c === 0x2212) out = 45; // dashes → -
  else if (c === 0xba) out = 0xb0; // º → °
  else if (c === 0x2502 || c === 0x2503 || c === 0x2551 || c === 0xa6) out = 124; // │ ┃ ║ ¦ (a table drawn in boxes) → |
  else if (c >= 0xd800 && c <= 0xdfff) out = 32; // lone or paired surrogates: not letters we match
  // The bullets of Word (its Symbol and Wingdings fonts, in the private use area: , , ) and others (➢ ► ▪ ● ◦):
  // the bullet the readers know, « • ».
  else if ((c >= 0xf000 && c <= 0xf0ff) || BULLETS.has(c)) out = 0x2022;
  else {
    const base = ch.normalize('NFD').charAt(0).toLowerCase();
    if (base.length === 1) out = base.charCodeAt(0);
  }
  FOLD.set(c, out);
  return out;
}

/**
 * Folded code units: U+0000–U+02FF (Latin, the accents French uses) computed at load, the rest of the BMP on first
 * sight (0xFFFF: not yet; U+FFFF itself folds to itself, and is simply recomputed).
 */
const LATIN = new Uint16Array(0x10000).fill(0xffff);
for (let c = 0; c < 0x300; c++) LATIN[c] = foldCode(c);
const UTF16 = new TextDecoder('utf-16le');

/**
 * Lower-case, accent-free copy of `text` with the same length and offsets:
 * "Délibération" → "deliberation", "’" → "'", "**" → "  ", non-breaking spaces → " ".
 * A lone "\r" ends a line as "\n" does (as in LSP), so it becomes "\n": patterns that stop at "\n" stop there too.
 */
export function fold(text: string): string {
  const n = text.length;
  // Folded in chunks through one buffer kept for every call: a long text costs no buffer of its size (an allocation
  // that large is slow, and garbage at once).
  let out = '';
  for (let from = 0; from < n; from += FOLD_CHUNK) {
    const to = Math.min(n, from + FOLD_CHUNK);
    const buf = to - from === FOLD_CHUNK ? FOLD_BUFFER : FOLD_BUFFER.subarray(0, to - from);
    for (let i = from; i < to; i++) {
      const c = text.charCodeAt(i);
      const g = LATIN[c];
      buf[i - from] = g !== 0xffff ? g : (LATIN[c] = foldCode(c));
    }
    for (let i = text.indexOf('\r', from); i >= 0 && i < to; i = text.indexOf('\r', i + 1)) {
      if (text.charCodeAt(i + 1) !== 10) buf[i - from] = 10;
    }
    out += UTF16.decode(buf);
  }
  return out;
}
const FOLD_CHUNK = 16384;
const FOLD_BUFFER = new Uint16Array(FOLD_CHUNK);

/**
 * `f` (folded) with each word cut at a line end by a hyphen joined again (« tri-⏎bunal » → « tribunal », the spaces
 * after the word), same length: every character after the word keeps its offset. `original` is the same span of the
 * text: a hyphen before a capital (« Cergy-⏎Pontoise ») is the name's own and stays.
 */
export function joinCutWords(f: string, original: string): string {
  if (!f.includes('-\n') && !f.includes('-\r\n') && !/-[ \t]+\r?\n/.test(f)) return f;
  // (The padding goes after the whole word: « cler- » / « mont-ferrand » → « clermont-ferrand » and its blanks. Across
  // a page's furniture blanked with vertical tabulations too.)
  return f.replace(/([a-z])-[ \t]*\r?\n(?:[ \t\v\f]*\r?\n)*[ \t\v\f]*([a-z]+(?:-[a-z]+)*)/g, (m: string, a: string, rest: string, at: number) => {
    const first = original.charCodeAt(at + m.length - rest.length);
    if (first < 97 || first > 122) {
      const c = original.charAt(at + m.length - rest.length);
      if (c === c.toUpperCase()) return m;
    }
    return a + rest + ' '.repeat(m.length - 1 - rest.length);
  });
}

/** Length of the common prefix of two strings (compared in blocks: native comparisons, not a loop per character). */
export function commonPrefix(a: string, b: string): number {
  const n = Math.min(a.length, b.length);
  let i = 0;
  for (let step = 4096; step >= 1; step >>= 4) {
    while (i + step <= n && a.slice(i, i + step) === b.slice(i, i + step)) i += step;
  }
  while (i < n && a.charCodeAt(i) === b.charCodeAt(i)) i++;
  return i;
}

/** Length of the common suffix of two strings, at most `max`. */
export function commonSuffix(a: string, b: string, max = Math.min(a.length, b.length)): number {
  const n = Math.min(max, a.length, b.length);
  let i = 0;
  for (let step = 4096; step >= 1; step >>= 4) {
    while (i + step <= n && a.slice(a.length - i - step, a.length - i) === b.slice(b.length - i - step, b.length - i)) i += step;
  }
  while (i < n && a.charCodeAt(a.length - 1 - i) === b.charCodeAt(b.length - 1 - i)) i++;
  return i;
}

/**
 * `fold(text)`, reusing `previousFolded = fold(previous)` where the texts agree: only the changed middle is folded
 * again (a keystroke in a long act). `prefix` and `suffix`, when the caller knows them, are the lengths of the
 * texts' common prefix and suffix (not overlapping). The result is exactly `fold(text)`.
 */
export function refold(previous: string, previousFolded: string, text: string, prefix?: number, suffix?: number): string {
  if (previousFolded.length !== previous.length) return fold(text);
  // A character's fold depends on it and on the next one (a lone "\r"): the prefix reused stops one short.
  const p = Math.max(0, (prefix ?? commonPrefix(previous, text)) - 1);
  const s = suffix ?? commonSuffix(previous, text, Math.min(previous.length, text.length) - p);
  if (p + s > text.length || p + s > previous.length) return fold(text);
  if (p === 0 && s === 0) return fold(text);
  const end = text.length - s;
  // The middle's last character is folded with the next one in view ("\r" before a kept "\n").
  const middle = s > 0 ? fold(text.slice(p, end + 1)).slice(0, end - p) : fold(text.slice(p, end));
  return previousFolded.slice(0, p) + middle + previousFolded.slice(previous.length - s);
}

/**
 * A copy of `s` that shares no memory with the text it was cut from (a slice keeps the whole text alive): for
 * what a cache keeps across versions of a document.
 */
export function flat(s: string): string {
  // V8 copies a piece shorter than 13 characters (no slice, no rope below that length): it is already its own.
  return s.length < 13 ? s : (' ' + s).slice(1);
}

const NEEDS_CLEAN = /[*^\n\r\t\f\u00a0\u202f]|\s\s/;

/** Collapse whitespace and strip Markdown emphasis for display. */
/**
 * A word cut at a line end by a PDF's hyphenation (« manifes- » / « tations »): its last part of at least three
 * letters, then « - », a line break and a word in small letters. Not the first part of a compound (« sous-préfecture »,
 * « vice-président », « peut-être », « vingt-cinq »), which keeps its hyphen, as does a compound name (« Saint- » /
 * « Malo »).
 */
// (Across a page break too: the lines of a page's furniture blanked with vertical tabulations, `syntax/pages.ts`.)
const CUT_NAME = /(\p{L})-[ \t]*\r?\n(?:[ \t\v\f]*\r?\n)*[ \t\v\f]*(?=\p{Lu})/gu;
const CUT_WORD = /(?<![\p{L}-])(\p{L}*\p{Ll}{3})-[ \t]*\r?\n(?:[ \t\v\f]*\r?\n)*[ \t\v\f]*(?=\p{Ll})/gu;
const COMPOUND_FIRST = /^(?:sous|vice|demi|semi|apr[eè]s|avant|arri[eè]re|contre|entre|porte|garde|grande?|petite?|peut|bien|haute?|basse|sainte?|quasi|anti|auto|extra|inter|intra|post|ultra|multi|belle|beau|chef|celles?|celui|ceux|elles?|lui|eux|moi|toi|soi|nous|vous|vingt|trente|quarante|cinquante|soixante|quatre|cent|dix|mille|non|mini|maxi|mont|pont|faux|fausse|nord|sud|est|ouest|centre|plein|pleine|libre|mi|ex|proces|procès|sapeurs|rez|vis|chef|garde|lieu|lieux|arc|belle|bas|haut|grand|grands|petits)$/i;

export function clean(s: string): string {
  if (!NEEDS_CLEAN.test(s)) return s.trim();
  return s
    // (A proper name, « Boulogne- » / « sur-Mer », or a compound that goes on, « vis- » / « à-vis », keeps its hyphen.)
    .replace(CUT_WORD, (m, word: string, at: number, whole: string) => (COMPOUND_FIRST.test(word) || /^\p{Lu}/u.test(word) || /^\p{L}+-/u.test(whole.slice(at + m.length)) ? `${word}-` : word))
    .replace(CUT_NAME, '$1-')
    .replace(/\*+/g, '')
    .replace(/\^\{([^}]*)\}/g, '$1')
    .replace(/[\s\u00a0\u202f]+/g, ' ')
    .trim();
}

/** Ordinal words, « premier » to « vingtième » (the Guide's « quatrième alinéa », old « ARTICLE DEUXIÈME »). */
export const ORDINAL_WORDS: readonly string[] = [
  'premier', 'deuxième', 'troisième', 'quatrième', 'cinquième', 'sixième', 'septième', 'huitième', 'neuvième', 'dixième',
  'onzième', 'douzième', 'treizième', 'quatorzième', 'quinzième', 'seizième', 'dix-septième', 'dix-huitième', 'dix-neuvième', 'vingtième',
];
/** The ordinal word of `n` (« quatrième »), or « 25e » past the twentieth. */
export const ordinalWord = (n: number): string => ORDINAL_WORDS[n - 1] ?? `${n}e`;
/** The number of a folded ordinal word (« deuxieme » → 2, « second » → 2), or null. */
export function ordinalNumber(folded: string): number | null {
  if (folded === 'second') return 2;
  // (This runs at every article heading, most of them numbers.)
  if (folded.length < 6) return null;
  const i = foldedOrdinals().indexOf(folded);
  return i >= 0 ? i + 1 : null;
}
/** ORDINAL_WORDS folded (« deuxieme »), computed once. */
export function foldedOrdinals(): readonly string[] {
  return (ORDINALS_FOLDED ??= ORDINAL_WORDS.map((w) => fold(w)));
}
let ORDINALS_FOLDED: string[] | null = null;

export const MONTHS = [
  'janvier', 'fevrier', 'mars', 'avril', 'mai', 'juin',
  'juillet', 'aout', 'septembre', 'octobre', 'novembre', 'decembre',
];
export const MONTHS_FR = [
  'janvier', 'février', 'mars', 'avril', 'mai', 'juin',
  'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre',
];
export const WEEKDAYS = ['dimanche', 'lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi'];

/** Regex source (on folded text) for a French date "1er janvier 2024" / "17 avril 2025" / "17/04/2025" (6 groups). */
export const DATE_SRC =
  '(?:(\\d{1,2})(?:\\s*(?:er|\\^\\{er\\}|°))?\\s+(janv(?:ier)?|fevr?(?:ier)?|mars|avr(?:il)?|mai|juin|jun|juil(?:let)?|jul|aout|sept?(?:embre)?|oct(?:obre)?|nov(?:embre)?|dec(?:embre)?)\\.?\\s+(\\d{4})|(\\d{1,2})[/.](\\d{1,2})[/.](\\d{4}))';

const MONTH_PREFIXES = ['jan', 'fev', 'mar', 'avr', 'mai', 'juin', 'juil', 'aou', 'sep', 'oct', 'nov', 'dec'];

/** Month number from a folded French month name or abbreviation ("juil", "jun", "fevrier"). */
export function monthNumber(name: string): number {
  if (name === 'jun') return 6;
  if (name === 'jul') return 7;
  const i = MONTH_PREFIXES.findIndex((p) => name.startsWith(p));
  return i + 1;
}

/** ISO date from the groups of DATE_SRC (6 groups), or null when not a real date. */
export function isoFromGroups(g: readonly (string | undefined)[]): string | null {
  if (g[0] !== undefined && g[1] !== undefined && g[2] !== undefined) return isoDate(+g[2], monthNumber(g[1]), +g[0]);
  if (g[3] !== undefined && g[4] !== undefined && g[5] !== undefined) return isoDate(+g[5], +g[4], +g[3]);
  return null;
}

export function isoDate(y: number, m: number, d: number): string | null {
  if (!(m >= 1 && m <= 12 && d >= 1 && y >= 1800 && y <= 2200)) return null;
  const dt = new Date(Date.UTC(y, m - 1, d));
  if (dt.getUTCDate() !== d) return null;
  return `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/** "2025-04-17" → "17 avril 2025" (with "1er"). */
export function frenchDate(iso: string): string {
  const [y, m, d] = iso.split('-').map(Number);
  return `${d === 1 ? '1er' : d} ${MONTHS_FR[m - 1]} ${y}`;
}

/** Whole days strictly between two ISO dates (jours francs). */
export function joursFrancs(from: string, to: string): number {
  const a = Date.parse(from + 'T00:00:00Z');
  const b = Date.parse(to + 'T00:00:00Z');
  return Math.round((b - a) / 86400000) - 1;
}

export function weekdayOf(iso: string): string {
  return WEEKDAYS[new Date(iso + 'T00:00:00Z').getUTCDay()];
}

const UNITS: Record<string, number> = {
  un: 1, une: 1, premier: 1, deux: 2, trois: 3, quatre: 4, cinq: 5, six: 6, sept: 7, huit: 8, neuf: 9, dix: 10, onze: 11,
  douze: 12, treize: 13, quatorze: 14, quinze: 15, seize: 16, vingt: 20, trente: 30, quarante: 40, cinquante: 50,
  soixante: 60,
};

/** Value of French number words from 1 to 99 ("vingt-trois", "trente et un", "soixante-dix-sept"), or null. */
export function frenchNumber(words: string): number | null {
  const parts = words.toLowerCase().replace(/\bet\b/g, ' ').split(/[\s-]+/).filter(Boolean);
  if (parts.length === 0) return null;
  let total = 0;
  for (let i = 0; i < parts.length; i++) {
    const p = parts[i];
    if (p === 'quatre' && (parts[i + 1] === 'vingt' || parts[i + 1] === 'vingts')) {
      total += 80;
      i++;
      continue;
    }
    const v = UNITS[p];
    if (v === undefined) return null;
    total += v;
  }
  return total >= 1 && total <= 99 ? total : null;
}

/** Regex source (folded text) for number words, one to five words. */
export const NUMBER_WORDS_SRC =
  '(?:(?:un|une|premier|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze|treize|quatorze|quinze|seize|vingts?|trente|quarante|cinquante|soixante|et)(?:[\\s-]+(?=un|une|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze|treize|quatorze|quinze|seize|vingt|trente|quarante|cinquante|soixante|et\\b))?){1,5}';

/** Year written in words: "deux mille vingt-trois", "deux mil vingt deux" → 2023, 2022. */
export function yearFromWords(words: string): number | null {
  const m = /^deux\s+mil(?:le)?(?:\s+(.+))?$/.exec(words.trim().toLowerCase());
  // A bare "deux mille" is more often a year cut by OCR than the year 2000: treat it as unknown.
  if (!m || !m[1]) return null;
  const n = frenchNumber(m[1]);
  return n === null ? null : 2000 + n;
}

export interface FoundDate {
  readonly start: number;
  readonly end: number;
  readonly iso: string;
}

const MONTHS_SRC = '(janv(?:ier)?|fevr?(?:ier)?|mars|avr(?:il)?|mai|juin|jun|juil(?:let)?|jul|aout|sept?(?:embre)?|oct(?:obre)?|nov(?:embre)?|dec(?:embre)?)';
const YEAR_WORDS_SRC = `deux\\s+mil(?:le)?(?:[\\s-]+${NUMBER_WORDS_SRC})?`;
const ANY_DATE_RE = new RegExp(
  `(?<![\\w])(?:(\\d{1,2})\\s*(?:er|\\^\\{er\\}|°)?|(${NUMBER_WORDS_SRC}))\\s+${MONTHS_SRC}\\.?(?:,?\\s+(\\d{4})(?!\\d)|\\s+(${YEAR_WORDS_SRC}))?|(?<![\\d/])(\\d{1,2})[/.](\\d{1,2})[/.](\\d{4}|\\d{2})(?![\\d/])`,
  'g',
);
const AN_RE = new RegExp(`l'an\\s+(${YEAR_WORDS_SRC}|\\d{4})`, 'g');

/**
 * Every date in folded[from, to): "17 avril 2025", "1er juillet 2022", "17/04/2025", "seize février deux mille
 * vingt-trois", and "le 9 décembre" after "L'an deux mille vingt-deux" (year taken from that context).
 */
export function scanDates(folded: string, from = 0, to = folded.length, defaultYear: number | null = null): FoundDate[] {
  const out: FoundDate[] = [];
  const region = folded.slice(from, to);
  const years: { at: number; year: number }[] = [];
  AN_RE.lastIndex = 0;
  for (let m = AN_RE.exec(region); m; m = AN_RE.exec(region)) {
    const y = /^\d{4}$/.test(m[1]) ? +m[1] : yearFromWords(m[1].replace(/\s+/g, ' '));
    if (y) years.push({ at: m.index, year: y });
  }
  ANY_DATE_RE.lastIndex = 0;
  for (let m = ANY_DATE_RE.exec(region); m; m = ANY_DATE_RE.exec(region)) {
    let iso: string | null = null;
    let end = m.index + m[0].length;
    if (m[3]) {
      const day = m[1] ? +m[1] : m[2] ? frenchNumber(m[2].trim()) : null;
      let year: number | null = m[4] ? +m[4] : m[5] ? yearFromWords(m[5].replace(/\s+/g, ' ').trim()) : null;
      if (year === null && m[5]) {
        // "deux mille" followed by words that are not a year: keep the date without them.
        year = null;
      }
      if (year === null) {
        const ctx = [...years].reverse().find((y) => y.at < m!.index && m!.index - y.at < 250);
        year = ctx ? ctx.year : defaultYear;
        if (m[5]) end = m.index + m[0].length - m[5].length;
      }
      if (day !== null && year !== null) iso = isoDate(year, monthNumber(m[3]), day);
    } else if (m[6]) {
      const y = m[8].length === 2 ? 2000 + +m[8] : +m[8];
      iso = isoDate(y, +m[7], +m[6]);
    }
    if (iso) out.push({ start: from + m.index, end: from + end, iso });
  }
  return out;
}

/**
 * The span of `sorted` (sorted by start, not overlapping) that contains [start, end), by binary search.
 * Rules call this for every reference: a linear scan there makes a 2,000-line act quadratic.
 */
export function containing<T extends { readonly start: number; readonly end: number }>(sorted: readonly T[], start: number, end = start): T | null {
  return containingAt(sorted, lastStartingBy(sorted, start), end);
}

/** The index of the last span of `sorted` that starts at or before `start` (-1: none). */
function lastStartingBy(sorted: readonly { readonly start: number }[], start: number): number {
  let lo = 0;
  let hi = sorted.length - 1;
  let best = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid].start <= start) {
      best = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return best;
}

function containingAt<T extends { readonly end: number }>(sorted: readonly T[], best: number, end: number): T | null {
  return best >= 0 && end <= sorted[best].end ? sorted[best] : null;
}

/**
 * `containing` for many queries: `(start, end) => containing(sorted, start, end)`, the same answers, walking
 * `sorted` once when the queries come in text order (references against visas), searching again when one goes back.
 */
export function containingIn<T extends { readonly start: number; readonly end: number }>(sorted: readonly T[]): (start: number, end?: number) => T | null {
  let best = -1;
  let last = -Infinity;
  return (start, end = start) => {
    if (start < last) best = lastStartingBy(sorted, start);
    else while (best + 1 < sorted.length && sorted[best + 1].start <= start) best++;
    last = start;
    return containingAt(sorted, best, end);
  };
}

/**
 * The parts of `text` outside `ranges` (in any order, possibly overlapping), in text order, grouped by the lines that
 * hold them: each group runs from the start of its first line to the end of its last (`start`…`end`), and lists its
 * parts (`parts`, [from, to)). Where a reader looks for what a visa, an article or the séance block cannot hold,
 * without running its pattern over them, and over each line once. A part of blanks only is left out.
 */
export function linesOutside(text: string, ranges: readonly (readonly [number, number])[]): { readonly start: number; readonly end: number; readonly parts: readonly (readonly [number, number])[] }[] {
  const sorted = [...ranges].sort((x, y) => x[0] - y[0]);
  const out: { start: number; end: number; parts: [number, number][] }[] = [];
  const lineEnd = (at: number) => {
    const e = text.indexOf('\n', at);
    return e < 0 ? text.length : e;
  };
  const gap = (a: number, b: number) => {
    let i = a;
    while (i < b && isSpace(text.charCodeAt(i))) i++;
    if (i >= b) return;
    // (A part on a line the group before ends on: one group, its line read once, and searched for its ends once.)
    const last = out[out.length - 1];
    if (last && a < last.end) {
      last.parts.push([a, b]);
      if (b > last.end) last.end = lineEnd(b);
      return;
    }
    out.push({ start: a === 0 ? 0 : text.lastIndexOf('\n', a - 1) + 1, end: lineEnd(b), parts: [[a, b]] });
  };
  let pos = 0;
  for (const [a, b] of sorted) {
    if (a > pos) gap(pos, a);
    pos = Math.max(pos, b);
  }
  if (pos < text.length) gap(pos, text.length);
  return out;
}
