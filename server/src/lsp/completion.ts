// Completion over LSP: the core's items, shaped for what the client declared. A client without snippet support
// (Eglot without yasnippet, Neovim 0.7…) gets plain text only, never "${…}".
import type { ClientCapabilities, CompletionList, Position } from 'vscode-languageserver/node';
import type { Catalogue } from '../core/catalogue';
import type { Analysis } from '../core/service';
import { structureCompletions } from '../core/features/completion';
import { referenceCompletions } from '../core/features/completion-references';
import { toPlainItem } from '../core/features/completion-text';

export interface CompletionClient {
  readonly snippets: boolean;
}

export function completionClient(capabilities: ClientCapabilities): CompletionClient {
  return { snippets: capabilities.textDocument?.completion?.completionItem?.snippetSupport === true };
}

export function completionList(analysis: Analysis, position: Position, catalogue: Catalogue, client: CompletionClient): CompletionList {
  const structure = structureCompletions(analysis, position);
  const references = referenceCompletions(analysis, position, catalogue, { snippets: client.snippets });
  const items = [...structure, ...references];
  // Reference items depend on the typed prefix (they are capped): ask again as the user types.
  return { isIncomplete: references.length > 0, items: client.snippets ? items : items.map(toPlainItem) };
}
