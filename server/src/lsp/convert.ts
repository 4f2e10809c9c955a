// Core values → LSP values. The core already speaks LSP ranges (0-based, UTF-16).
import { DiagnosticSeverity, type Diagnostic, type DocumentSymbol, type SymbolInformation } from 'vscode-languageserver/node';
import type { ActesDiagnostic, Severity } from '../core/rules/rule';
import { hasFixes } from '../core/rules';

const SEVERITY: Record<Severity, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  information: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
};

/**
 * What a diagnostic's `data` carries when it has quick fixes: where it is in the analysis of the
 * published version (`v`: version, `i`: index). Never the edits: they are built when the editor
 * asks (codeAction, codeAction/resolve), so a publication stays small.
 */
export interface DiagnosticData {
  readonly v: number;
  readonly i: number;
}

/** What a code action's `data` carries until it is resolved: the fix `k` of diagnostic `i` of version `v`. */
export interface CodeActionData extends DiagnosticData {
  readonly uri: string;
  readonly k: number;
}

/** The `data` of a diagnostic sent back by the editor, if it is ours. */
export function readDiagnosticData(data: unknown): DiagnosticData | null {
  if (!data || typeof data !== 'object') return null;
  const { v, i } = data as Record<string, unknown>;
  return Number.isInteger(v) && Number.isInteger(i) ? { v: v as number, i: i as number } : null;
}

/**
 * A core diagnostic as LSP sends it; `index` and `version` say where it is, for its fixes. `settled`: at the severity
 * the finding has once the person stops typing (`ActesDiagnostic.settled`), not the softer one.
 */
export function toLspDiagnostic(d: ActesDiagnostic, index: number, version: number, settled = false): Diagnostic {
  return {
    range: d.range,
    severity: SEVERITY[settled && d.settled ? d.settled : d.severity] ?? DiagnosticSeverity.Warning,
    code: d.code,
    source: d.source,
    message: d.message,
    ...(d.codeDescription ? { codeDescription: { href: d.codeDescription.href } } : {}),
    ...(hasFixes(d) ? { data: { v: version, i: index } satisfies DiagnosticData } : {}),
  };
}

/** Flat symbols (with their container's name) for clients without hierarchical outline support. */
export function flattenSymbols(symbols: readonly DocumentSymbol[], uri: string, container?: string): SymbolInformation[] {
  const out: SymbolInformation[] = [];
  for (const s of symbols) {
    out.push({ name: s.name, kind: s.kind, location: { uri, range: s.range }, ...(container ? { containerName: container } : {}) });
    if (s.children?.length) out.push(...flattenSymbols(s.children, uri, s.name));
  }
  return out;
}
