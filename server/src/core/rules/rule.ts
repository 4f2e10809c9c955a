// What a rule is: an id from shared/domain/rules.md, the kinds it applies to,
// a default severity, a legal source, and a check over the parsed act.
import type { Act, ActField, ActKind, Range } from '../model';
import type { TextIndex } from '../text';
import type { Catalogue } from '../catalogue';
import type { Profile } from '../profile';
import type { ActRegister } from '../register';

export type Severity = 'error' | 'warning' | 'information' | 'hint';

export interface TextEdit {
  readonly range: Range;
  readonly newText: string;
}

export interface Fix {
  /** French title shown in the quick-fix menu. */
  readonly title: string;
  readonly edits: readonly TextEdit[];
  /** The fix that the editor may apply on its own ("preferred"). */
  readonly preferred?: boolean;
  /** A « corriger tout » fix: every finding of a rule at once (offered as `source.fixAll` too). */
  readonly all?: boolean;
}

/**
 * A finding's fixes: a list, or a function that builds them only when the editor asks for them
 * (a costly fix, or one fix shared by several findings: STR-003's renumbering). The function is
 * called at most once per diagnostic; an exception in it means "no fix".
 */
export type Fixes = readonly Fix[] | (() => readonly Fix[]);

/** What a check reports; the engine adds id, source and severity. */
export interface Finding {
  readonly range: Range;
  readonly message: string;
  /** Overrides the rule's default severity for this finding (e.g. STR-003 gap vs "1" → "1er"). */
  readonly severity?: Severity;
  readonly fixes?: Fixes;
}

export interface RuleContext {
  readonly act: Act;
  readonly text: string;
  readonly index: TextIndex;
  /** `fold(text)`, computed once per analysis (optional for callers that build a context by hand). */
  readonly folded?: string;
  readonly catalogue: Catalogue;
  readonly profile: Profile;
  /**
   * The act is being written (an editor buffer changed since it was last saved): mentions of the act's end that
   * are not typed yet are not reported as missing while the closing part does not exist.
   */
  readonly draft?: boolean;
  /**
   * In a draft, where the person is typing (the offset just after the editor's last edit): a finding on the words
   * there, or on what the act lacks after them, is not said yet as an error or a warning (see `runRulesSteps`).
   */
  readonly caret?: number;
  /** The other acts of the folder (REG rules); without it the REG rules say nothing. */
  readonly register?: ActRegister;
  /** Key of this document in `register` (its own entries are not "other acts"). */
  readonly registerUri?: string;
  /**
   * Every act of the document when it holds several (a procès-verbal, a recueil), `act` among them: the acts of this
   * document as they read now, which its entries in `register` (from the last version read) may not be yet.
   */
  readonly siblings?: readonly Act[];
}

export interface LegalSource {
  /** "CRPA, art. L. 212-1" */
  readonly label: string;
  /** Légifrance link, or null when the source is usage (the rule page is used). */
  readonly url: string | null;
  /** The code article the rule rests on, resolved to a Légifrance link through the catalogue. */
  readonly code?: string;
  readonly article?: string;
}

export interface Rule {
  /** "SIG-001" */
  readonly id: string;
  /** Short French title: what the rule checks. */
  readonly title: string;
  /** Kinds of act it applies to; 'all' for every kind (unknown included). */
  readonly kinds: readonly ActKind[] | 'all';
  readonly severity: Severity;
  readonly source: LegalSource;
  /** Status of the legal ground in the specification. */
  readonly status: 'confirmed' | 'secondary' | 'unconfirmed';
  /**
   * How the rule shows at the default level « essentiel » (`actes.niveau`); the level « complet » shows every
   * finding as the rule reports it. Absent: errors and warnings as they are, information findings as hints.
   * - 'essentiel': information findings stay information (a remark a juriste judged worth a person's attention);
   * - 'style': a typographic or citation-style remark: its information and hint findings become one hint per act,
   *   whose message is `groupMessage(n)`, with one « corriger tout » fix;
   * - 'complet': the rule runs at the level « complet » only.
   */
  readonly display?: 'essentiel' | 'style' | 'complet';
  /** For 'style' rules: the message of the grouped hint for n findings (n ≥ 2). */
  readonly groupMessage?: (n: number) => string;
  /**
   * The field of the act whose absence the rule reports (« signatories » for SIG-001). Where the text stops before
   * that field (`act.seen[field]` is « beyond-end »: a truncated copy, an act still being typed) or, in a draft, while
   * the closing part is not written yet, its findings are information: what is not there yet is not missing.
   */
  readonly missing?: ActField;
  check(ctx: RuleContext): readonly Finding[];
}

export interface ActesDiagnostic {
  readonly code: string;
  readonly source: 'actes';
  readonly severity: Severity;
  readonly message: string;
  readonly range: Range;
  readonly codeDescription?: { readonly href: string };
  /** Built on first read when the rule gave a function (see `Fixes`); `hasFixes` tells without building. */
  readonly fixes?: readonly Fix[];
  /**
   * In a draft, the severity the finding takes once the person stops typing where it is (`RuleContext.caret`): the
   * `severity` given is softer meanwhile. Absent when the caret changes nothing.
   */
  readonly settled?: Severity;
}
