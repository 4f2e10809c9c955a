// The facade of the pure core: text in, model and diagnostics out.
import type { Act } from './model';
import { parse } from './parse';
import { TextIndex, fold } from './text';
import { EMPTY_CATALOGUE, type Catalogue } from './catalogue';
import { DEFAULT_PROFILE, type Profile } from './profile';
import type { ActesDiagnostic } from './rules/rule';
import { runRules } from './rules';

export interface AnalyzeOptions {
  readonly catalogue?: Catalogue;
  readonly profile?: Profile;
  /** Base URI of the rules page, for rules whose source is usage rather than a text. */
  readonly docsBase?: string | null;
  /** The text is an editor buffer being written (see `RuleContext.draft`); `actes check` and saved files: false. */
  readonly draft?: boolean;
}

export interface Analysis {
  readonly text: string;
  readonly act: Act;
  readonly index: TextIndex;
  /** `fold(text)`: lower case, no accents, same offsets (for features that match words). */
  readonly folded: string;
  readonly diagnostics: readonly ActesDiagnostic[];
}

export function analyze(text: string, options: AnalyzeOptions = {}): Analysis {
  const safe = typeof text === 'string' ? text : '';
  const index = new TextIndex(safe);
  const folded = fold(safe);
  const act = parse(safe, index, folded);
  const diagnostics = runRules(
    { act, text: safe, index, folded, catalogue: options.catalogue ?? EMPTY_CATALOGUE, profile: options.profile ?? DEFAULT_PROFILE, draft: options.draft === true },
    options.docsBase ?? null,
  );
  return { text: safe, act, index, folded, diagnostics };
}
