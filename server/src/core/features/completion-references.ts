// Completion of visas, code articles, texts and code names (owner: references feature).
// Placeholder signature until implemented.
import type { CompletionItem } from 'vscode-languageserver-types';
import type { Position } from '../model';
import type { Analysis } from '../service';
import type { Catalogue } from '../catalogue';

export function referenceCompletions(_analysis: Analysis, _position: Position, _catalogue: Catalogue): CompletionItem[] {
  return [];
}
