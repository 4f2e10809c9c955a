// What a rule checks, why, and on what legal ground: the registry read for a person or an agent
// (the same facts as docs/regles.md, for one rule). Pure: the catalogue resolves the source link.
import type { Catalogue } from '../catalogue';
import type { Rule, Severity } from './rule';
import type { DocumentedRule } from './support';
import { RULES, ruleHref } from './index';
import { KIND_LABEL } from './util';

export const SEVERITY_LABEL: Readonly<Record<Severity, string>> = { error: 'erreur', warning: 'avertissement', information: 'information', hint: 'suggestion' };
export const STATUS_LABEL: Readonly<Record<Rule['status'], string>> = {
  confirmed: 'confirmé (texte)',
  secondary: 'confirmé (source secondaire)',
  unconfirmed: 'non confirmé (usage)',
};

export interface RuleExplanation {
  readonly id: string;
  /** What the rule checks (French). */
  readonly title: string;
  /** Kinds of act it applies to, in French ("décision du maire"), or ["tous les actes"]. */
  readonly appliesTo: readonly string[];
  readonly severity: Severity;
  /** The rule never reports: it documents a legal fact only. */
  readonly explanationOnly: boolean;
  /** Longer French explanation (Markdown), when the rule has one. */
  readonly details: string | null;
  readonly source: { readonly label: string; readonly url: string | null };
  readonly status: Rule['status'];
}

const byId = new Map(RULES.map((r) => [r.id, r]));

/** The rule with this id ("sig-001", " SIG-001 " accepted), or null. */
export function ruleById(id: string): Rule | null {
  return byId.get(id.trim().toUpperCase()) ?? null;
}

export function explainRule(id: string, catalogue: Catalogue): RuleExplanation | null {
  const rule = ruleById(id);
  if (!rule) return null;
  const doc = (rule as DocumentedRule).doc;
  return {
    id: rule.id,
    title: rule.title,
    appliesTo: rule.kinds === 'all' ? ['tous les actes'] : rule.kinds.map((k) => KIND_LABEL[k]),
    severity: rule.severity,
    explanationOnly: !!doc?.explanationOnly,
    details: doc?.details ?? null,
    source: { label: rule.source.label, url: ruleHref(rule, { catalogue }, null) },
    status: rule.status,
  };
}

/** Rule ids close to a mistyped one (same family first), for error messages. */
export function nearRuleIds(id: string, max = 5): string[] {
  const q = id.trim().toUpperCase();
  const family = q.split('-')[0];
  const same = RULES.filter((r) => r.id.startsWith(`${family}-`)).map((r) => r.id);
  return (same.length ? same : RULES.map((r) => r.id)).slice(0, max);
}
