// Completion over LSP: the core's items, shaped for what the client declared. A client without snippet support
// (Eglot without yasnippet, Neovim 0.7…) gets plain text only, never "${…}"; one that does not declare Markdown
// documentation (Eglot 1.9) gets it as plain text.
import type { ClientCapabilities, CompletionItem, CompletionList, Position } from 'vscode-languageserver/node';
import type { Catalogue } from '../core/catalogue';
import type { Analysis } from '../core/service';
import { structureCompletions } from '../core/features/completion';
import { referenceCompletions } from '../core/features/completion-references';
import { markdownToPlain, toPlainItem } from '../core/features/completion-text';
import { matiereCompletions } from '../core/features/completion-matiere';
import { activeNomenclature } from '../core/classification';
import { DEFAULT_PROFILE, type Profile } from '../core/profile';

export interface CompletionClient {
  readonly snippets: boolean;
  readonly markdown: boolean;
}

export function completionClient(capabilities: ClientCapabilities): CompletionClient {
  const item = capabilities.textDocument?.completion?.completionItem;
  return { snippets: item?.snippetSupport === true, markdown: item?.documentationFormat?.includes('markdown') === true };
}

export function completionList(analysis: Analysis, position: Position, catalogue: Catalogue, client: CompletionClient, profile: Profile = DEFAULT_PROFILE): CompletionList {
  const matieres = matiereCompletions(analysis, position, activeNomenclature(catalogue, profile));
  if (matieres.length) return { isIncomplete: false, items: matieres.map((i) => forClient(i, client)) };
  const structure = structureCompletions(analysis, position);
  const references = referenceCompletions(analysis, position, catalogue, { snippets: client.snippets });
  const items = [...structure, ...references];
  // Reference items depend on the typed prefix (they are capped): ask again as the user types.
  return { isIncomplete: references.length > 0, items: items.map((i) => forClient(i, client)) };
}

function forClient(item: CompletionItem, client: CompletionClient): CompletionItem {
  const out = client.snippets ? item : toPlainItem(item);
  const doc = out.documentation;
  if (client.markdown || typeof doc !== 'object' || doc.kind !== 'markdown') return out;
  return { ...out, documentation: { kind: 'plaintext', value: markdownToPlain(doc.value) } };
}
