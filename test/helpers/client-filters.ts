// How LSP clients filter and insert completion items on their own, reduced to what matters here, from their
// sources: Neovim 0.7 (`vim.lsp.omnifunc`: the range start is taken only from items without `filterText`, else
// the Vim keyword before the cursor; an item is kept when the text it inserts begins with the typed prefix),
// Neovim 0.10 (same, the start taken from every item), Neovim 0.11+ (`filterText` or label must begin with the
// prefix), fuzzy clients (VS Code, nvim-cmp: what was typed from the range start, in order, in `filterText` or
// the label, starting at a word start) and Eglot 1.9 (the Emacs symbol at point in text-mode, matched with the
// `flex` style against the label, then the item's text edit applied). The real Neovim 0.7 and Eglot run in
// test/editors; these stand in for the versions that cannot be installed here.
import { InsertTextFormat, type CompletionItem, type TextEdit } from 'vscode-languageserver-types';
import { snippetToPlain } from '../../server/src/core/features/completion-text';

export type ClientName = 'neovim-0.7' | 'neovim-0.10' | 'neovim-0.11' | 'fuzzy' | 'eglot';
export const CLIENTS: readonly ClientName[] = ['neovim-0.7', 'neovim-0.10', 'neovim-0.11', 'fuzzy', 'eglot'];

export interface Offered {
  readonly item: CompletionItem;
  /** The line once the item is chosen. */
  readonly line: string;
}

const edit = (i: CompletionItem) => i.textEdit as TextEdit | undefined;
/** What Neovim inserts (the "word"): the text edit's text, snippets expanded. */
const word = (i: CompletionItem) => {
  const t = edit(i)?.newText ?? i.insertText ?? i.label;
  return i.insertTextFormat === InsertTextFormat.Snippet ? snippetToPlain(t) : t;
};
/** Vim's default 'iskeyword' (@,48-57,_,192-255; other letters by Unicode class). */
const VIM_KEYWORD = /[\p{L}\p{N}_\u00c0-\u00ff]*$/u;
/** Emacs text-mode: word and symbol constituents. */
const EMACS_SYMBOL = /[\p{L}\p{N}$%'&*+\-/<=>_|°]*$/u;

function uniformStart(items: readonly CompletionItem[], consider: (i: CompletionItem) => boolean): number | null {
  let start: number | null = null;
  for (const i of items) {
    const e = edit(i);
    if (!e || !consider(i)) continue;
    if (start !== null && start !== e.range.start.character) return null;
    start = e.range.start.character;
  }
  return start;
}

/** Subsequence match, case-insensitive, whose first character falls on a word start of `target`. */
function fuzzy(pattern: string, target: string): boolean {
  if (pattern === '') return true;
  const p = pattern.toLowerCase();
  const t = target.toLowerCase();
  for (let s = 0; s < t.length; s++) {
    if (t[s] !== p[0] || (s > 0 && /[\p{L}\p{N}]/u.test(t[s - 1]))) continue;
    let j = 1;
    for (let k = s + 1; k < t.length && j < p.length; k++) if (t[k] === p[j]) j++;
    if (j === p.length) return true;
  }
  return false;
}

function inOrder(pattern: string, target: string): boolean {
  let j = 0;
  for (let k = 0; k < target.length && j < pattern.length; k++) if (target[k] === pattern[j]) j++;
  return j === pattern.length;
}

/** The items a client shows when completion is asked with the cursor at `cursor` on `line`, and what choosing each gives. */
export function offeredBy(client: ClientName, line: string, cursor: number, items: readonly CompletionItem[]): Offered[] {
  const before = line.slice(0, cursor);
  const after = line.slice(cursor);
  const keyword = cursor - VIM_KEYWORD.exec(before)![0].length;
  const applyEdit = (i: CompletionItem) => {
    const e = edit(i)!;
    return line.slice(0, e.range.start.character) + word(i) + line.slice(e.range.end.character);
  };
  switch (client) {
    case 'neovim-0.7':
    case 'neovim-0.10': {
      const start = uniformStart(items, (i) => client === 'neovim-0.10' || i.filterText === undefined) ?? keyword;
      const prefix = line.slice(start, cursor);
      return items.filter((i) => word(i).startsWith(prefix)).map((item) => ({ item, line: line.slice(0, start) + word(item) + after }));
    }
    case 'neovim-0.11': {
      const starts = items.map((i) => edit(i)?.range.start.character).filter((c): c is number => c !== undefined);
      const start = starts.length ? Math.min(...starts) : keyword;
      const prefix = line.slice(start, cursor);
      const keep = (i: CompletionItem) => !/[\p{L}\p{N}]/u.test(prefix) || (i.filterText ?? i.label).startsWith(prefix);
      return items.filter(keep).map((item) => ({ item, line: applyEdit(item) }));
    }
    case 'fuzzy':
      return items
        .filter((i) => fuzzy(line.slice(edit(i)!.range.start.character, cursor), i.filterText ?? i.label))
        .map((item) => ({ item, line: applyEdit(item) }));
    case 'eglot': {
      const symbol = EMACS_SYMBOL.exec(before)![0];
      return items
        .filter((i) => inOrder(symbol, i.insertTextFormat !== InsertTextFormat.Snippet && i.insertText ? i.insertText : i.label.trimStart()))
        .map((item) => ({ item, line: applyEdit(item) }));
    }
  }
}
