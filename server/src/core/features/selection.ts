// Selection ranges ("expand selection"): reference part → reference → element (visa, article
// heading, article…) → block (visas, dispositif…) → whole document. Built from the outline.
import type { SelectionRange } from 'vscode-languageserver-types';
import type { Position, Range } from '../model';
import type { Analysis } from '../service';
import { containsPosition, containsRange, outline, sameRange, type OutlineNode } from './symbols';

/** Innermost-first chain of ranges around one position. */
function chainAt(analysis: Analysis, position: Position, tree: readonly OutlineNode[]): Range[] {
  const { act, index } = analysis;
  const outer: Range[] = [index.range(0, index.text.length)];
  let level: readonly OutlineNode[] = tree;
  for (;;) {
    const hit = level.find((n) => containsPosition(n.range, position));
    if (!hit) break;
    outer.push(hit.range);
    if (hit.role === 'article' && containsPosition(hit.selectionRange, position)) outer.push(hit.selectionRange);
    level = hit.children;
  }
  const ref = act.references.find((r) => containsPosition(r.range, position));
  if (ref) {
    outer.push(ref.range);
    const part = [ref.codeSpan, ref.dateSpan, ref.alineaSpan].find((s) => s && containsPosition(s.range, position));
    if (part) outer.push(part.range);
  }
  // Keep a strictly nested chain, outermost first, then reverse.
  const chain: Range[] = [];
  for (const r of outer) {
    const last = chain[chain.length - 1];
    if (last && (sameRange(last, r) || !containsRange(last, r))) continue;
    chain.push(r);
  }
  return chain.reverse();
}

export function selectionRanges(analysis: Analysis, positions: readonly Position[]): SelectionRange[] {
  const tree = outline(analysis);
  return positions.map((p) => {
    const chain = chainAt(analysis, p, tree);
    let result: SelectionRange | undefined;
    for (let i = chain.length - 1; i >= 0; i--) result = { range: chain[i], ...(result ? { parent: result } : {}) };
    // An empty chain cannot happen (the document range is always there); keep the type honest.
    return result ?? { range: { start: p, end: p } };
  });
}
