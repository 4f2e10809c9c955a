// What a rule is: an id from shared/domain/rules.md, the kinds it applies to,
// a default severity, a legal source, and a check over the parsed act.
import type { Act, ActKind, Range } from '../model';
import type { TextIndex } from '../text';
import type { Catalogue } from '../catalogue';
import type { Profile } from '../profile';

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
}

/** What a check reports; the engine adds id, source and severity. */
export interface Finding {
  readonly range: Range;
  readonly message: string;
  /** Overrides the rule's default severity for this finding (e.g. STR-003 gap vs "1" → "1er"). */
  readonly severity?: Severity;
  readonly fixes?: readonly Fix[];
}

export interface RuleContext {
  readonly act: Act;
  readonly text: string;
  readonly index: TextIndex;
  /** `fold(text)`, computed once per analysis (optional for callers that build a context by hand). */
  readonly folded?: string;
  readonly catalogue: Catalogue;
  readonly profile: Profile;
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
  check(ctx: RuleContext): readonly Finding[];
}

export interface ActesDiagnostic {
  readonly code: string;
  readonly source: 'actes';
  readonly severity: Severity;
  readonly message: string;
  readonly range: Range;
  readonly codeDescription?: { readonly href: string };
  readonly fixes?: readonly Fix[];
}
