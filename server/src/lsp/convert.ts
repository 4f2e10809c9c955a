// Core values → LSP values. The core already speaks LSP ranges (0-based, UTF-16).
import { DiagnosticSeverity, type Diagnostic, type DocumentSymbol, type SymbolInformation } from 'vscode-languageserver/node';
import type { ActesDiagnostic, Severity } from '../core/rules/rule';

const SEVERITY: Record<Severity, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  information: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
};

/** What `data` carries: the rule's fixes, for clients that resolve code actions from the diagnostic. */
export interface DiagnosticData {
  readonly fixes?: ActesDiagnostic['fixes'];
}

export function toLspDiagnostic(d: ActesDiagnostic): Diagnostic {
  const data: DiagnosticData = d.fixes?.length ? { fixes: d.fixes } : {};
  return {
    range: d.range,
    severity: SEVERITY[d.severity] ?? DiagnosticSeverity.Warning,
    code: d.code,
    source: d.source,
    message: d.message,
    ...(d.codeDescription ? { codeDescription: { href: d.codeDescription.href } } : {}),
    data,
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
