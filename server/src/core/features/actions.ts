// Quick fixes: the fixes that the diagnostics of the current analysis carry, for the
// diagnostics that touch the requested range. Built from the fresh analysis, never from
// what the editor sends back, so an edit never applies to an older version of the text.
import type { Range } from '../model';
import type { ActesDiagnostic, Fix } from '../rules/rule';
import type { Analysis } from '../service';
import { comparePositions } from './symbols';

export interface QuickFix {
  readonly title: string;
  readonly diagnostic: ActesDiagnostic;
  readonly edits: Fix['edits'];
  readonly preferred: boolean;
}

/** Ranges meet (touching counts: a cursor at the end of a diagnostic still sees it). */
export function rangesTouch(a: Range, b: Range): boolean {
  return comparePositions(a.start, b.end) <= 0 && comparePositions(b.start, a.end) <= 0;
}

/** Quick fixes for the diagnostics touching `range`; `codes` limits them to some rule ids. */
export function quickFixes(analysis: Analysis, range: Range, codes?: ReadonlySet<string>): QuickFix[] {
  const out: QuickFix[] = [];
  for (const d of analysis.diagnostics) {
    if (!d.fixes?.length || !rangesTouch(d.range, range)) continue;
    if (codes && codes.size > 0 && !codes.has(d.code)) continue;
    for (const fix of d.fixes) {
      if (fix.edits.length === 0) continue;
      out.push({ title: fix.title, diagnostic: d, edits: fix.edits, preferred: fix.preferred === true });
    }
  }
  return out;
}
