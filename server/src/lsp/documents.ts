// Open documents kept as an array of lines, so an incremental change costs what the lines it
// touches cost, not a copy of the whole text: a burst of 200 keystrokes on a 2,000-line act does
// not copy the act 200 times (vscode-languageserver-textdocument rebuilds one flat string per
// change). The whole text is joined once, when an analysis asks for it, and kept until the next
// change. Positions follow LSP: 0-based lines, UTF-16 characters, a character past the end of a
// line means its end, and "\n", "\r\n" and "\r" all end a line.
import type { Position, Range, TextDocument, TextDocumentContentChangeEvent } from 'vscode-languageserver-textdocument';

/** Cuts `text` into lines that keep their line break; the last piece has none (it may be empty). */
export function splitLines(text: string): string[] {
  const out: string[] = [];
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x0a || c === 0x0d) {
      if (c === 0x0d && text.charCodeAt(i + 1) === 0x0a) i++;
      out.push(text.slice(start, i + 1));
      start = i + 1;
    }
  }
  out.push(text.slice(start));
  return out;
}

/** Length of a line without its line break. */
function contentLength(line: string): number {
  let n = line.length;
  if (n > 0 && line.charCodeAt(n - 1) === 0x0a) n--;
  if (n > 0 && line.charCodeAt(n - 1) === 0x0d) n--;
  return n;
}

export class LineDocument implements TextDocument {
  private lines: string[];
  private text: string | null;
  private starts: number[] | null = null;

  constructor(readonly uri: string, readonly languageId: string, private _version: number, content: string) {
    this.lines = splitLines(content);
    this.text = content;
  }

  get version(): number {
    return this._version;
  }

  get lineCount(): number {
    return this.lines.length;
  }

  getText(range?: Range): string {
    if (this.text === null) this.text = this.lines.join('');
    if (!range) return this.text;
    return this.text.substring(this.offsetAt(range.start), this.offsetAt(range.end));
  }

  private lineStarts(): number[] {
    if (!this.starts) {
      const starts = new Array<number>(this.lines.length);
      let at = 0;
      for (let i = 0; i < this.lines.length; i++) {
        starts[i] = at;
        at += this.lines[i].length;
      }
      this.starts = starts;
    }
    return this.starts;
  }

  /** The line and character a position means, clamped into the document (never inside a line break). */
  private clamp(p: Position): { line: number; character: number } {
    if (p.line < 0) return { line: 0, character: 0 };
    if (p.line >= this.lines.length) {
      const last = this.lines.length - 1;
      return { line: last, character: this.lines[last].length };
    }
    const max = contentLength(this.lines[p.line]);
    return { line: p.line, character: Math.max(0, Math.min(p.character, max)) };
  }

  offsetAt(position: Position): number {
    const p = this.clamp(position);
    return this.lineStarts()[p.line] + p.character;
  }

  positionAt(offset: number): Position {
    const starts = this.lineStarts();
    const total = starts[starts.length - 1] + this.lines[this.lines.length - 1].length;
    const at = Math.max(0, Math.min(Math.floor(offset), total));
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid] <= at) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo, character: Math.min(at - starts[lo], contentLength(this.lines[lo])) };
  }

  getLineRange(line: number): Range {
    if (line < 0) return { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };
    const l = Math.min(line, this.lines.length - 1);
    return { start: { line: l, character: 0 }, end: { line: l, character: contentLength(this.lines[l]) } };
  }

  getEOLCharacters(line: number): string {
    if (line < 0 || line >= this.lines.length) return '';
    const text = this.lines[line];
    return text.slice(contentLength(text));
  }

  /** Lines `k` and `k + 1` become one when `k` ends with a lone "\r" and `k + 1` is a lone "\n". */
  private joinBreak(k: number): void {
    if (k < 0 || k + 1 >= this.lines.length) return;
    if (this.lines[k].endsWith('\r') && this.lines[k + 1].charCodeAt(0) === 0x0a) {
      this.lines[k] += '\n';
      this.lines.splice(k + 1, 1);
    }
  }

  /** Applies the changes in order (each is relative to the text the previous one left). */
  update(changes: readonly TextDocumentContentChangeEvent[], version: number): void {
    for (const change of changes) {
      if (!('range' in change) || !change.range) {
        this.lines = splitLines(change.text);
        this.text = change.text;
        this.starts = null;
        continue;
      }
      let start = this.clamp(change.range.start);
      let end = this.clamp(change.range.end);
      if (start.line > end.line || (start.line === end.line && start.character > end.character)) [start, end] = [end, start];
      const first = start.line;
      const prefix = this.lines[first].slice(0, start.character);
      const suffix = this.lines[end.line].slice(end.character);
      const pieces = splitLines(prefix + change.text + suffix);
      // The suffix ends with the line break of `end.line` unless it is the last line: no empty piece after it then.
      if (end.line < this.lines.length - 1 && pieces.length > 1 && pieces[pieces.length - 1] === '') pieces.pop();
      this.lines.splice(first, end.line - first + 1, ...pieces);
      // A lone "\r" and a "\n" brought together across the edit's ends make one line break ("\r\n").
      this.joinBreak(first + pieces.length - 1);
      this.joinBreak(first - 1);
      this.text = null;
      this.starts = null;
    }
    this._version = version;
  }
}

/** The configuration `TextDocuments` takes, creating and updating LineDocuments. */
export const LineDocuments = {
  create: (uri: string, languageId: string, version: number, content: string) => new LineDocument(uri, languageId, version, content),
  update: (document: LineDocument, changes: TextDocumentContentChangeEvent[], version: number) => {
    document.update(changes, version);
    return document;
  },
};
