// What a completion item inserts, so that it works in every client:
// - plain text for clients without snippet support (placeholders → their default text, choices → their first option);
// - items that survive the client's own prefix filtering. Clients differ: Neovim's omnifunc keeps an item when the
//   text it inserts begins with what was typed since the start of the edit range (0.7 takes that start only from
//   items without `filterText`), newer Neovim and Eglot match the label or `filterText`, VS Code and nvim-cmp match
//   fuzzily. So every item of one answer replaces from the same start, its label and its text begin with exactly
//   what the user typed there (the rest is completed, not rewritten), and `filterText` is sent only when the label
//   does not already begin with it.
import { InsertTextFormat, type CompletionItem, type TextEdit } from 'vscode-languageserver-types';
import { fold } from '../text';

export interface CompletionOptions {
  /** The client expands LSP snippets (`completionItem.snippetSupport`). Default: true. */
  readonly snippets?: boolean;
}

/** The text a snippet inserts once expanded with its defaults: `${1:numéro}` → `numéro`, `${1|1°,2°|}` → `1°`. */
export function snippetToPlain(snippet: string): string {
  let i = 0;
  const n = snippet.length;
  // Reads until one of `stops` (at depth 0), expanding what it meets; returns the text read.
  const read = (stops: string): string => {
    let out = '';
    while (i < n) {
      const c = snippet[i];
      if (c === '\\' && i + 1 < n && '$}\\,|'.includes(snippet[i + 1])) {
        out += snippet[i + 1];
        i += 2;
      } else if (stops.includes(c)) {
        return out;
      } else if (c === '$') {
        out += dollar();
      } else {
        out += c;
        i++;
      }
    }
    return out;
  };
  const dollar = (): string => {
    const simple = /^\$(\d+|[A-Za-z_][A-Za-z0-9_]*)/.exec(snippet.slice(i, i + 64));
    if (simple) {
      i += simple[0].length;
      return '';
    }
    const open = /^\$\{(\d+|[A-Za-z_][A-Za-z0-9_]*)/.exec(snippet.slice(i, i + 64));
    if (!open) {
      i++;
      return '$';
    }
    i += open[0].length;
    let text = '';
    if (snippet[i] === ':') {
      i++;
      text = read('}');
    } else if (snippet[i] === '|') {
      i++;
      const first = read(',|');
      while (i < n && snippet[i] === ',') {
        i++;
        read(',|');
      }
      if (snippet[i] === '|') i++;
      text = first;
    } else if (snippet[i] === '/') {
      // Variable transform: not used by our snippets; keep nothing of it.
      while (i < n && snippet[i] !== '}') i++;
    }
    if (snippet[i] === '}') i++;
    return text;
  };
  return read('');
}

/** Escapes text so a snippet inserts it literally. */
export function escapeSnippet(text: string): string {
  return text.replace(/[\\$}]/g, (c) => `\\${c}`);
}

/** Case, accents, apostrophes and non-breaking spaces aside, the same text (same length). */
function looselyEqual(a: string, b: string): boolean {
  if (a.length !== b.length) return false;
  const norm = (s: string) => fold(s).replace(/[’‘ʼ]/g, "'").replace(/[\u00a0\u202f]/g, ' ');
  return norm(a) === norm(b);
}

/**
 * `canonical` completed from what was typed: when it begins (loosely) with `typed`, the typed characters are kept and
 * the rest follows; otherwise null.
 */
export function completeTyped(typed: string, canonical: string): string | null {
  if (canonical.startsWith(typed)) return canonical;
  if (typed.length > canonical.length) return null;
  return looselyEqual(canonical.slice(0, typed.length), typed) ? typed + canonical.slice(typed.length) : null;
}

/** Where the literal head of a snippet ends (its first `$` that is not escaped). */
function literalHeadLength(snippet: string): number {
  for (let i = 0; i < snippet.length; i++) {
    if (snippet[i] === '\\') i++;
    else if (snippet[i] === '$') return i;
  }
  return snippet.length;
}

/**
 * The text an item inserts after `typed` was typed at the start of its range, in the client's format.
 * `snippet` is in LSP snippet syntax. Returns the new text, its format, and its plain form (what ends up in the
 * document once the defaults are taken), which is what the label should show.
 */
export function insertion(
  typed: string, snippet: string, options: CompletionOptions,
): { newText: string; format: InsertTextFormat; plain: string; matchesTyped: boolean } {
  const plain = snippetToPlain(snippet);
  const isSnippet = plain !== snippet || /[\\$]/.test(snippet);
  const kept = completeTyped(typed, plain);
  const plainOut = kept ?? plain;
  if (options.snippets === false || !isSnippet) {
    return { newText: plainOut, format: InsertTextFormat.PlainText, plain: plainOut, matchesTyped: kept !== null };
  }
  // Snippet: the typed characters replace the snippet's literal head when they lie within it.
  const head = literalHeadLength(snippet);
  const fits = kept !== null && typed.length <= head && looselyEqual(snippet.slice(0, typed.length), typed);
  return {
    newText: fits ? escapeSnippet(typed) + snippet.slice(typed.length) : snippet,
    format: InsertTextFormat.Snippet,
    plain: fits ? plainOut : plain,
    matchesTyped: fits,
  };
}

/** Sends `filterText` only when the label does not already begin with what was typed (see the header). */
export function settleFilterText(item: CompletionItem, typed: string): CompletionItem {
  if (item.label.startsWith(typed)) {
    const { filterText: _omit, ...rest } = item;
    return rest;
  }
  return item;
}

/** A plain-text copy of an item for clients without snippet support. */
export function toPlainItem(item: CompletionItem): CompletionItem {
  if (item.insertTextFormat !== InsertTextFormat.Snippet) return item;
  const out: CompletionItem = { ...item, insertTextFormat: InsertTextFormat.PlainText };
  if (item.insertText !== undefined) out.insertText = snippetToPlain(item.insertText);
  const edit = item.textEdit;
  if (edit) out.textEdit = { ...edit, newText: snippetToPlain(edit.newText) } as TextEdit;
  return out;
}

/** Markdown as our documentation writes it (emphasis, links, escapes) → plain text, for clients that show it raw. */
export function markdownToPlain(markdown: string): string {
  let out = '';
  const text = markdown.replace(/(?<!\\)\[((?:\\.|[^\]\\])*)\]\(([^()\s]*)\)/g, (_, label: string, url: string) => `${label} (${url})`);
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '\\' && i + 1 < text.length && /[\\`*_[\]<>|#.+-]/.test(text[i + 1])) out += text[++i];
    else if (c !== '*') out += c;
  }
  return out;
}
