// Document links: each recognised reference whose Légifrance page the catalogue knows.
import type { DocumentLink } from 'vscode-languageserver-types';
import type { Catalogue } from '../catalogue';
import type { Reference } from '../model';
import type { Analysis } from '../service';

/** Légifrance URL of a reference, when the catalogue knows it. */
export function referenceUrl(ref: Reference, catalogue: Catalogue): string | null {
  if (ref.type === 'code-article' && ref.article) return catalogue.article(ref.code ?? 'CGCT', ref.article)?.url ?? null;
  if (ref.type === 'text' && ref.nature && ref.number) return catalogue.text(ref.nature, ref.number)?.url ?? null;
  return null;
}

export function documentLinks(analysis: Analysis, catalogue: Catalogue): DocumentLink[] {
  const out: DocumentLink[] = [];
  for (const ref of analysis.act.references) {
    const target = referenceUrl(ref, catalogue);
    if (target) out.push({ range: ref.range, target, tooltip: 'Ouvrir sur Légifrance' });
  }
  return out;
}
