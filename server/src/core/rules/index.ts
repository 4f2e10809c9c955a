// The rule registry and the engine that runs it.
import { frenchSpacing } from '../french';
import type { ActesDiagnostic, Finding, Fix, Fixes, Rule, RuleContext, Severity, TextEdit } from './rule';
import { ACT_FIELDS, type ActField, type Range } from '../model';
import { STR_001, STR_002, STR_003, STR_004, STR_005, STR_006, STR_007, STR_008, STR_009 } from './structure';
import { SIG_001, SIG_002, SIG_003, SIG_004, SIG_005, SIG_006 } from './signature';
import { DAT_001, DAT_002, DAT_003, DAT_004, DAT_005, DAT_006, DAT_007, DAT_008 } from './dates';
import { VIS_001, VIS_002, VIS_003, VIS_007, VIS_008 } from './visas';
import { MOT_001, MOT_002, MOT_003 } from './motivation';
import { REC_001, REC_002, REC_003, REC_004, REC_005, REC_006 } from './recours';
import { PUB_001, PUB_002, PUB_003, PUB_004, PUB_005, PUB_006, PUB_007, PUB_008, PUB_009, PUB_010 } from './publicite';
import { SEA_001, SEA_002, SEA_003, SEA_004, SEA_005, SEA_006, SEA_007, SEA_008, SEA_009, SEA_010, SEA_011, SEA_012, SEA_013, SEA_014, SEA_015, SEA_016 } from './seance';
import { DEL_001, DEL_002, DEL_003, DEL_004, DEL_005, DEL_006, DEL_007, DEL_008, DEL_009, DEL_010, DEL_011 } from './delegations';
import { EPCI_001, EPCI_002, EPCI_003, EPCI_004, EPCI_005, EPCI_006, EPCI_007 } from './epci';
import { POL_001, POL_002, POL_003, POL_004 } from './police';
import { TYP_001, TYP_003, TYP_004, TYP_005, TYP_006 } from './typographie';
import { REFERENCE_RULES } from './references';
import { comparePositions } from '../features/symbols';
import { VISA_REFERENCE_RULES } from './visas-refs';
import { CTES_RULES } from './ctes';
import { REGISTER_RULES } from './register';

/** Every rule, in the order of shared/domain/rules.md. Adding a rule = one entry here. */
export const RULES: readonly Rule[] = [
  STR_001, STR_002, STR_003, STR_004, STR_005, STR_006, STR_007, STR_008, STR_009,
  SIG_001, SIG_002, SIG_003, SIG_004, SIG_005, SIG_006,
  DAT_001, DAT_002, DAT_003, DAT_004, DAT_005, DAT_006, DAT_007, DAT_008,
  VIS_001, VIS_002, VIS_003, ...VISA_REFERENCE_RULES, VIS_007, VIS_008,
  ...REFERENCE_RULES,
  MOT_001, MOT_002, MOT_003,
  REC_001, REC_002, REC_003, REC_004, REC_005, REC_006,
  PUB_001, PUB_002, PUB_003, PUB_004, PUB_005, PUB_006, PUB_007, PUB_008, PUB_009, PUB_010,
  SEA_001, SEA_002, SEA_003, SEA_004, SEA_005, SEA_006, SEA_007, SEA_008, SEA_009, SEA_010, SEA_011, SEA_012, SEA_013, SEA_014, SEA_015, SEA_016,
  DEL_001, DEL_002, DEL_003, DEL_004, DEL_005, DEL_006, DEL_007, DEL_008, DEL_009, DEL_010, DEL_011,
  EPCI_001, EPCI_002, EPCI_003, EPCI_004, EPCI_005, EPCI_006, EPCI_007,
  POL_001, POL_002, POL_003, POL_004,
  TYP_001, TYP_003, TYP_004, TYP_005, TYP_006,
  ...REGISTER_RULES,
  ...CTES_RULES,
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

/** Each rule's link, per catalogue and rule (the catalogue does not change once loaded), for the last documentation base. */
const HREFS = new WeakMap<object, Map<Rule, { readonly base: string | null; readonly href: string | null }>>();
function hrefOf(rule: Rule, ctx: Pick<RuleContext, 'catalogue'>, docsBase: string | null): string | null {
  let byRule = HREFS.get(ctx.catalogue);
  if (!byRule) HREFS.set(ctx.catalogue, (byRule = new Map()));
  const kept = byRule.get(rule);
  if (kept && kept.base === docsBase) return kept.href;
  const href = ruleHref(rule, ctx, docsBase);
  byRule.set(rule, { base: docsBase, href });
  return href;
}

/** A finding's fixes, built now if the rule gave a function (for tests and tools that call checks directly). */
export function findingFixes(f: { readonly fixes?: Fixes }): readonly Fix[] {
  return typeof f.fixes === 'function' ? f.fixes() : f.fixes ?? [];
}

/** Diagnostics whose fixes are built on demand (the rule gave a function). */
const LAZY_FIXES = new WeakSet<ActesDiagnostic>();

/** True when the diagnostic has, or may have, fixes; never builds lazy fixes. */
export function hasFixes(d: ActesDiagnostic): boolean {
  return LAZY_FIXES.has(d) || (d.fixes?.length ?? 0) > 0;
}

function withFixes(d: ActesDiagnostic, fixes: Fixes | undefined): ActesDiagnostic {
  if (typeof fixes !== 'function') return fixes && fixes.length ? { ...d, fixes } : d;
  const build = fixes;
  Object.defineProperty(d, 'fixes', {
    enumerable: true,
    configurable: true,
    get() {
      let value: readonly Fix[];
      try {
        value = build();
      } catch {
        value = []; // a faulty fix builder means no fix, never a failed request
      }
      Object.defineProperty(d, 'fixes', { value, enumerable: true });
      return value;
    },
  });
  LAZY_FIXES.add(d);
  return d;
}

/** Run the rules that apply to the act's kind; severities follow the profile ("off" disables) and its level. */
export function runRules(ctx: RuleContext, docsBase: string | null = null, rules: readonly Rule[] = RULES): ActesDiagnostic[] {
  const steps = runRulesSteps(ctx, docsBase, rules);
  for (;;) {
    const r = steps.next();
    if (r.done) return r.value;
  }
}

/**
 * `runRules` in steps: yields after each rule, so a caller can stop between rules (the document
 * changed, the request was cancelled) or give the event loop a turn.
 */
export function* runRulesSteps(ctx: RuleContext, docsBase: string | null = null, rules: readonly Rule[] = RULES): Generator<void, ActesDiagnostic[], void> {
  const out: ActesDiagnostic[] = [];
  const complet = ctx.profile.level === 'complet';
  // Not yet typed (or cut off) is not missing: see `Rule.missing`.
  const draft = ctx.draft === true;
  const writing = draft && !hasClosingPart(ctx.act);
  // In a draft, where the person is typing: a finding on the words there is a hint until they move on.
  const caret = draft && ctx.caret !== undefined && ctx.caret >= 0 && ctx.caret <= ctx.text.length ? ctx.caret : -1;
  const underCaret = (r: Range) => caret >= 0 && ctx.index.offsetAt(r.start) <= caret && caret <= ctx.index.offsetAt(r.end);
  const last = caret >= 0 ? lastRead(ctx, caret) : null;
  // (While the closing part is not written, what it holds is not missing yet: the fields after the articles, and the
  // dispositive verb. A visa or a séance's figures typed long before are judged; only the caret softens them.)
  const notThere = (rule: Rule) => rule.missing !== undefined
    && ((writing && CLOSING_FIELDS.has(rule.missing)) || ctx.act.seen?.[rule.missing] === 'beyond-end');
  // Nothing but blanks and punctuation after the caret: the person types at the end of the text.
  const atEnd = caret >= 0 && !GOES_ON.test(ctx.text.slice(caret, caret + 400));
  const fieldUnderCaret = (field: ActField) => {
    const value = ctx.act[field] as unknown;
    const span = (Array.isArray(value) ? value[value.length - 1] : value) as { range?: Range } | null | undefined;
    return !!span?.range && underCaret(span.range);
  };
  // What the caret makes of a severity: a hint on the words typed, an information for what is not typed yet after
  // them. (A rule that reports a field missing anchors that finding somewhere, the closing line often: it is about the
  // words typed only when the field itself is where the caret is. Typing at the end of an act whose end is not written
  // yet, any part may still come.)
  const typed = (rule: Rule, f: Finding, severity: Severity): Severity => {
    if (caret < 0 || SEVERITY_RANK[severity] >= SEVERITY_RANK.information) return severity;
    if (underCaret(f.range) && (rule.missing === undefined || fieldUnderCaret(rule.missing))) return 'hint';
    return rule.missing !== undefined && (typedLast(ctx, last, rule.missing) || (atEnd && !ctx.act.complete)) ? 'information' : severity;
  };
  // A profile sets few rules, often none: an own-property lookup of each rule's id in an empty object costs more
  // than the checks of many rules.
  const settings = ctx.profile.rules;
  const anySetting = Object.keys(settings).length > 0;
  // A contract signed by its parties is read, not judged as an act.
  const contract = ctx.act.kind === 'unknown' && ctx.act.mentions.some((m) => m.kind === 'contract');
  for (const rule of contract ? [] : rules) {
    const setting = anySetting ? settings[rule.id] : undefined;
    if (setting === 'off') continue;
    if (!complet && rule.display === 'complet' && setting === undefined) continue;
    if (rule.kinds !== 'all' && !rule.kinds.includes(ctx.act.kind)) continue;
    let findings: readonly Finding[] | null;
    try {
      findings = rule.check(ctx);
    } catch {
      findings = null; // a faulty rule must not hide the others
    }
    // (No yield inside a finally block: the generator stays optimisable.)
    yield;
    if (!findings || findings.length === 0) continue;
    const href = hrefOf(rule, ctx, docsBase);
    const severityOf = (f: Finding): Severity => {
      if (setting) return setting;
      const own = f.severity ?? rule.severity;
      if (notThere(rule) && SEVERITY_RANK[own] < SEVERITY_RANK.information) return 'information';
      if (complet || own !== 'information' || rule.display === 'essentiel') return own;
      return 'hint';
    };
    const diagnostic = (f: Finding, severity: Severity): ActesDiagnostic => {
      const now = setting ? severity : typed(rule, f, severity);
      return withFixes({
        code: rule.id,
        source: 'actes',
        severity: now,
        message: frenchSpacing(f.message),
        range: f.range,
        ...(href ? { codeDescription: { href } } : {}),
        ...(now !== severity ? { settled: severity } : {}),
      }, f.fixes);
    };
    let kept = findings;
    if (!complet && rule.display === 'style' && rule.groupMessage) {
      const minor = findings.filter((f) => SEVERITY_RANK[severityOf(f)] >= SEVERITY_RANK.information);
      if (minor.length >= 2) {
        out.push(grouped(rule, minor, setting ?? 'hint', href));
        const inGroup = new Set(minor);
        kept = findings.filter((f) => !inGroup.has(f));
      }
    }
    // Caps keep a pathological document (thousands of articles) from flooding the editor.
    for (const f of kept.slice(0, MAX_PER_RULE)) out.push(diagnostic(f, severityOf(f)));
  }
  out.sort((a, b) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character || SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity]);
  return out;
}

/** The closing part of an act exists: a « Fait à » line or a signature block. */
function hasClosingPart(act: RuleContext['act']): boolean {
  return act.placeDate !== null || act.signatories.length > 0;
}

/** The fields of the closing part, and the dispositive verb: in a draft, not missing while no closing part is written. */
const CLOSING_FIELDS: ReadonlySet<ActField> = new Set<ActField>(['dispositive', 'vote', 'placeDate', 'signatories', 'recours', 'executoire', 'transmission']);

/** A word or a figure: what the text holds after a field when it goes on. */
const GOES_ON = /\p{L}{2}|\d/u;

/**
 * Where a draft's text stops being read: the field read last (the one whose span ends last), and whether the person
 * types after it, with nothing after it but the line being typed and nothing after the caret.
 */
function lastRead(ctx: RuleContext, caret: number): { field: ActField; atEnd: boolean } | null {
  let field: ActField | null = null;
  let end = -1;
  for (const f of ACT_FIELDS) {
    const value = ctx.act[f] as unknown;
    const last = (Array.isArray(value) ? value[value.length - 1] : value) as { range?: Range } | null | undefined;
    if (!last?.range) continue;
    const e = ctx.index.offsetAt(last.range.end);
    if (e >= end) {
      end = e;
      field = f;
    }
  }
  if (field === null || caret < end) return null;
  const lineStart = Math.max(end, ctx.index.offsetAt({ line: ctx.index.positionAt(caret).line, character: 0 }));
  const between = ctx.text.slice(end, lineStart);
  return { field, atEnd: between.length <= 400 && !GOES_ON.test(between) && !GOES_ON.test(ctx.text.slice(caret, caret + 400)) };
}

/**
 * The text of a draft stops in `field` or before it: the field read last, in part (a quality without its name, « Fait
 * à Voiron, le 4 », a séance line without its figures) or in an act whose end is not written yet; or a field that
 * comes after it, not typed yet — with nothing after but the line being typed. What it lacks is not missing yet.
 */
function typedLast(ctx: RuleContext, last: { field: ActField; atEnd: boolean } | null, field: ActField): boolean {
  if (!last?.atEnd) return false;
  const status = ctx.act.seen?.[field];
  if (field === last.field) return status === 'mentioned' || (status === 'read' && !ctx.act.complete);
  return status === 'absent' && ACT_FIELDS.indexOf(field) > ACT_FIELDS.indexOf(last.field);
}

/**
 * One diagnostic for all the findings of a style rule, at the first one, with a fix applying all their fixes
 * (built when the editor asks for it, like every fix given as a function).
 */
function grouped(rule: Rule, findings: readonly Finding[], severity: Severity, href: string | null): ActesDiagnostic {
  const first = findings[0];
  const fixAll = (): readonly Fix[] => {
    const edits: TextEdit[] = [];
    for (const f of findings) {
      const fixes = findingFixes(f);
      const fix = fixes.find((x) => x.preferred) ?? fixes[0];
      if (fix) edits.push(...fix.edits);
    }
    const all = nonOverlapping(edits);
    return all.length ? [{ title: `Corriger tout (${rule.id}, ${findings.length} endroits)`, edits: all, preferred: true, all: true }] : [];
  };
  return withFixes({
    code: rule.id,
    source: 'actes',
    severity,
    message: frenchSpacing(rule.groupMessage!(findings.length)),
    range: first.range,
    ...(href ? { codeDescription: { href } } : {}),
  }, findings.some((f) => typeof f.fixes === 'function' || (f.fixes?.length ?? 0) > 0) ? fixAll : undefined);
}

/** Edits sorted by position, dropping any that overlaps an earlier one (a « corriger tout » must stay applicable). */
export function nonOverlapping(edits: readonly TextEdit[]): TextEdit[] {
  const sorted = [...edits].sort((a, b) => comparePositions(a.range.start, b.range.start) || comparePositions(a.range.end, b.range.end));
  const out: TextEdit[] = [];
  for (const e of sorted) {
    const last = out[out.length - 1];
    if (last && comparePositions(e.range.start, last.range.end) < 0) continue;
    if (last && comparePositions(e.range.start, last.range.end) === 0 && comparePositions(e.range.start, e.range.end) === 0 && comparePositions(last.range.start, last.range.end) === 0) continue;
    out.push(e);
  }
  return out;
}
