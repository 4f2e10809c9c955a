// The rule registry and the engine that runs it.
import type { ActesDiagnostic, Rule, RuleContext, Severity } from './rule';
import { STR_001, STR_002, STR_003, STR_004, STR_005, STR_006 } from './structure';
import { SIG_001, SIG_002, SIG_003, SIG_004 } from './signature';
import { DAT_001, DAT_002, DAT_003, DAT_004 } from './dates';
import { VIS_001, VIS_002, VIS_003, VIS_007, VIS_008 } from './visas';
import { MOT_001, MOT_002, MOT_003 } from './motivation';
import { REC_001, REC_002, REC_003, REC_004 } from './recours';
import { PUB_001, PUB_002, PUB_003, PUB_004, PUB_005, PUB_006, PUB_007, PUB_008, PUB_009 } from './publicite';
import { SEA_001, SEA_002, SEA_003, SEA_004, SEA_005, SEA_006, SEA_007, SEA_008, SEA_009, SEA_010, SEA_011, SEA_012 } from './seance';
import { DEL_001, DEL_002, DEL_003, DEL_004, DEL_005 } from './delegations';
import { EPCI_001, EPCI_002, EPCI_003, EPCI_004, EPCI_005, EPCI_006, EPCI_007 } from './epci';
import { POL_001, POL_002, POL_003 } from './police';
import { TYP_001, TYP_003, TYP_004, TYP_005, TYP_006 } from './typographie';
import { REFERENCE_RULES } from './references';
import { VISA_REFERENCE_RULES } from './visas-refs';

/** Every rule, in the order of shared/domain/rules.md. Adding a rule = one entry here. */
export const RULES: readonly Rule[] = [
  STR_001, STR_002, STR_003, STR_004, STR_005, STR_006,
  SIG_001, SIG_002, SIG_003, SIG_004,
  DAT_001, DAT_002, DAT_003, DAT_004,
  VIS_001, VIS_002, VIS_003, ...VISA_REFERENCE_RULES, VIS_007, VIS_008,
  ...REFERENCE_RULES,
  MOT_001, MOT_002, MOT_003,
  REC_001, REC_002, REC_003, REC_004,
  PUB_001, PUB_002, PUB_003, PUB_004, PUB_005, PUB_006, PUB_007, PUB_008, PUB_009,
  SEA_001, SEA_002, SEA_003, SEA_004, SEA_005, SEA_006, SEA_007, SEA_008, SEA_009, SEA_010, SEA_011, SEA_012,
  DEL_001, DEL_002, DEL_003, DEL_004, DEL_005,
  EPCI_001, EPCI_002, EPCI_003, EPCI_004, EPCI_005, EPCI_006, EPCI_007,
  POL_001, POL_002, POL_003,
  TYP_001, TYP_003, TYP_004, TYP_005, TYP_006,
];

/** At most this many diagnostics per rule and document. */
export const MAX_PER_RULE = 100;

const SEVERITY_RANK: Record<Severity, number> = { error: 0, warning: 1, information: 2, hint: 3 };

/** Légifrance or documentation link for a rule. */
export function ruleHref(rule: Rule, ctx: Pick<RuleContext, 'catalogue'>, docsBase: string | null): string | null {
  if (rule.source.code && rule.source.article) {
    const a = ctx.catalogue.article(rule.source.code, rule.source.article);
    if (a) return a.url;
  }
  if (rule.source.url) return rule.source.url;
  return docsBase ? `${docsBase}#${rule.id.toLowerCase()}` : null;
}

/** Run the rules that apply to the act's kind; severities follow the profile ("off" disables). */
export function runRules(ctx: RuleContext, docsBase: string | null = null, rules: readonly Rule[] = RULES): ActesDiagnostic[] {
  const out: ActesDiagnostic[] = [];
  for (const rule of rules) {
    const setting = ctx.profile.rules[rule.id];
    if (setting === 'off') continue;
    if (rule.kinds !== 'all' && !rule.kinds.includes(ctx.act.kind)) continue;
    let findings;
    try {
      findings = rule.check(ctx);
    } catch {
      continue; // a faulty rule must not hide the others
    }
    if (findings.length === 0) continue;
    const href = ruleHref(rule, ctx, docsBase);
    // Caps keep a pathological document (thousands of articles) from flooding the editor.
    for (const f of findings.slice(0, MAX_PER_RULE)) {
      out.push({
        code: rule.id,
        source: 'actes',
        severity: setting ?? f.severity ?? rule.severity,
        message: f.message,
        range: f.range,
        ...(href ? { codeDescription: { href } } : {}),
        ...(f.fixes && f.fixes.length ? { fixes: f.fixes } : {}),
      });
    }
  }
  out.sort((a, b) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character || SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity]);
  return out;
}
