// Quick fixes: the fixes of the diagnostics of the current analysis that touch the requested
// range. Built from the fresh analysis, never from what the editor sends back, so an edit never
// applies to an older version of the text. Fixes are built here, on request (rules may give them
// as functions): publishing diagnostics never computes an edit.
import { frenchSpacing } from '../french';
import type { Range } from '../model';
import type { ActesDiagnostic, Fix, Severity } from '../rules/rule';
import type { Analysis } from '../service';
import { hasFixes, nonOverlapping } from '../rules';
import { comparePositions } from './symbols';

export interface QuickFix {
  readonly title: string;
  /** The first diagnostic it fixes (the most severe). */
  readonly diagnostic: ActesDiagnostic;
  /** Every diagnostic it fixes: one fix shared by several diagnostics (a renumbering) is offered once. */
  readonly diagnostics: readonly ActesDiagnostic[];
  readonly edits: Fix['edits'];
  /** At most one quick fix of a list is preferred, so an editor's « auto fix » has one choice. */
  readonly preferred: boolean;
  /** Where it comes from in the analysis: `analysis.diagnostics[diagnosticIndex].fixes[fixIndex]`. */
  readonly diagnosticIndex: number;
  readonly fixIndex: number;
}

/** Ranges meet (touching counts: a cursor at the end of a diagnostic still sees it). */
export function rangesTouch(a: Range, b: Range): boolean {
  return comparePositions(a.start, b.end) <= 0 && comparePositions(b.start, a.end) <= 0;
}

const RANK: Record<Severity, number> = { error: 0, warning: 1, information: 2, hint: 3 };

/**
 * Quick fixes for the diagnostics touching `range`, plus those of `also` (indexes into
 * `analysis.diagnostics`, e.g. named by the editor's context); `codes` limits them to some rule ids.
 */
export function quickFixes(analysis: Analysis, range: Range, codes?: ReadonlySet<string>, also: Iterable<number> = []): QuickFix[] {
  const wanted = new Set<number>();
  const all = analysis.diagnostics;
  for (const i of also) if (Number.isInteger(i) && i >= 0 && i < all.length) wanted.add(i);
  for (let i = 0; i < all.length; i++) if (rangesTouch(all[i].range, range)) wanted.add(i);
  // Most severe first, then in document order: the preferred fix is that of the most severe diagnostic.
  const order = [...wanted].sort((a, b) => RANK[all[a].severity] - RANK[all[b].severity] || a - b);
  const byFix = new Map<Fix, { fix: Fix; diagnostics: ActesDiagnostic[]; diagnosticIndex: number; fixIndex: number }>();
  for (const i of order) {
    const d = all[i];
    if (!hasFixes(d)) continue;
    if (codes && codes.size > 0 && !codes.has(d.code)) continue;
    (d.fixes ?? []).forEach((fix, k) => {
      if (fix.edits.length === 0) return;
      const seen = byFix.get(fix);
      if (seen) seen.diagnostics.push(d);
      else byFix.set(fix, { fix, diagnostics: [d], diagnosticIndex: i, fixIndex: k });
    });
  }
  let preferredGiven = false;
  const out: QuickFix[] = [];
  for (const { fix, diagnostics, diagnosticIndex, fixIndex } of byFix.values()) {
    const preferred = fix.preferred === true && !preferredGiven;
    if (preferred) preferredGiven = true;
    out.push({ title: frenchSpacing(fix.title), diagnostic: diagnostics[0], diagnostics, edits: fix.edits, preferred, diagnosticIndex, fixIndex });
  }
  return out;
}

/** The fix `fixIndex` of diagnostic `diagnosticIndex` (for `codeAction/resolve`), or null. */
export function fixAt(analysis: Analysis, diagnosticIndex: number, fixIndex: number): Fix | null {
  const d = analysis.diagnostics[diagnosticIndex];
  if (!d || !hasFixes(d)) return null;
  return d.fixes?.[fixIndex] ?? null;
}

/**
 * Every « corriger tout » fix of the analysis (one per style rule whose remarks are grouped) as one set
 * of edits that do not overlap, for the editor's `source.fixAll`; null when there is none.
 */
export function fixAllEdits(analysis: Analysis): { edits: Fix['edits']; diagnostics: ActesDiagnostic[] } | null {
  const edits: Fix['edits'][number][] = [];
  const diagnostics: ActesDiagnostic[] = [];
  for (const d of analysis.diagnostics) {
    if (!hasFixes(d)) continue;
    const all = (d.fixes ?? []).filter((f) => f.all);
    if (all.length === 0) continue;
    diagnostics.push(d);
    for (const f of all) edits.push(...f.edits);
  }
  const merged = nonOverlapping(edits);
  return merged.length ? { edits: merged, diagnostics } : null;
}
