// Folding ranges: the blocks of the outline that span several lines (visas, considérants,
// each article or dispositive item, séance, exposé, mentions, the accusé de réception block, each act of a collection).
import type { FoldingRange } from 'vscode-languageserver-types';
import type { Range } from '../model';
import type { Analysis } from '../service';
import { outline, type OutlineNode, type OutlineRole } from './symbols';

const FOLDED: ReadonlySet<OutlineRole> = new Set([
  'expose', 'seance', 'visas', 'considerants', 'dispositif', 'article', 'item', 'signature', 'mentions', 'recours',
  'executoire', 'transmission', 'visa', 'considerant', 'act',
]);

/** Last line a range really covers: a range ending at character 0 stops on the line before. */
function lastLine(r: Range): number {
  return r.end.character === 0 && r.end.line > r.start.line ? r.end.line - 1 : r.end.line;
}

export function foldingRanges(analysis: Analysis): FoldingRange[] {
  const out: FoldingRange[] = [];
  const seen = new Set<string>();
  const visit = (n: OutlineNode) => {
    const start = n.range.start.line;
    const end = lastLine(n.range);
    const key = `${start}:${end}`;
    if (FOLDED.has(n.role) && end > start && !seen.has(key)) {
      seen.add(key);
      out.push({ startLine: start, endLine: end, kind: 'region' });
    }
    n.children.forEach(visit);
  };
  outline(analysis).forEach(visit);
  return out.sort((a, b) => a.startLine - b.startLine || b.endLine - a.endLine);
}
