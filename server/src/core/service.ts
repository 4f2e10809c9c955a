// The facade of the pure core: text in, model and diagnostics out.
import type { Act, ActDocument } from './model';
import { parseDocument, type ActReading } from './document';
import { TextIndex, commonPrefix, commonSuffix, fold, refold } from './text';
import type { LineScan } from './syntax/scanner';
import { blankFurniture, pageFurniture } from './syntax/pages';
import { EMPTY_CATALOGUE, type Catalogue } from './catalogue';
import { DEFAULT_PROFILE, type Profile } from './profile';
import type { ActesDiagnostic } from './rules/rule';
import { runRulesSteps } from './rules';
import type { ActRegister } from './register';

export interface AnalyzeOptions {
  readonly catalogue?: Catalogue;
  readonly profile?: Profile;
  /** Base URI of the rules page, for rules whose source is usage rather than a text. */
  readonly docsBase?: string | null;
  /** The text is an editor buffer being written (see `RuleContext.draft`); `actes check` and saved files: false. */
  readonly draft?: boolean;
  /** The index of the other acts of the folder, for the REG rules (editor: the workspace; CLI: the files given). */
  readonly register?: ActRegister;
  /** Key of this document in `register`. */
  readonly registerUri?: string;
  /**
   * The analysis of an earlier version of the same document (the editor, on a keystroke): what did not change is
   * not read again (folding, the scanner's lines). The result is exactly that of a reading from scratch.
   */
  readonly previous?: Analysis;
  /** In a draft, where the person is typing (`RuleContext.caret`): the editor passes it after a keystroke. */
  readonly caret?: number;
}

export interface Analysis {
  readonly text: string;
  /** The first (or only) act of the document. */
  readonly act: Act;
  /** What the document holds: one act, an act cut off, or several acts. */
  readonly document: ActDocument;
  readonly index: TextIndex;
  /** `fold(text)`: lower case, no accents, same offsets (for features that match words). */
  readonly folded: string;
  readonly diagnostics: readonly ActesDiagnostic[];
}

/**
 * The document's acts, read as `analyze` reads them (page furniture blanked), without rules: for the register's
 * indexes (the workspace, `actes check`, `actes registre`).
 */
export function readDocument(text: string, index: TextIndex = new TextIndex(text)): ActDocument {
  const furniture = pageFurniture(text, index);
  if (!furniture) return parseDocument(text, index, fold(text));
  const blanked = blankFurniture(text, furniture);
  return parseDocument(blanked, new TextIndex(blanked), fold(blanked));
}

export function analyze(text: string, options: AnalyzeOptions = {}): Analysis {
  return finish(analyzeSteps(text, options));
}

/**
 * `analyze` in steps: yields after the parse and after each rule, so the caller can check between
 * costly steps whether the work is still wanted (a newer version, a cancelled request) and drop it,
 * or give the event loop a turn. Driving it to the end gives exactly `analyze`'s result.
 */
export function* analyzeSteps(text: string, options: AnalyzeOptions = {}): Generator<void, Analysis, void> {
  const safe = typeof text === 'string' ? text : '';
  const previous = options.previous;
  const edit = previous && typeof previous.text === 'string' && previous.index instanceof TextIndex && previous.index.text === previous.text
    ? editOf(previous.text, safe)
    : undefined;
  const index = edit ? TextIndex.edited(previous!.index, safe, edit.prefix, edit.suffix) : new TextIndex(safe);
  const folded = edit ? refold(previous!.text, previous!.folded, safe, edit.prefix, edit.suffix) : fold(safe);
  index.folded = folded;
  const record: LineScan[] = [];
  const acts: ActReading[] = [];
  // Page furniture between two parts of the act (a PDF's « Page 1/3 », its running header and foot) is read as blank
  // (syntax/pages.ts): the act is read from a copy without it, of the same length. (Rare: then nothing of the previous
  // version is reused, whose lines may have been read with other furniture.)
  const furniture = pageFurniture(safe, index);
  const readText = furniture ? blankFurniture(safe, furniture) : safe;
  const readFolded = furniture ? blankFurniture(folded, furniture) : folded;
  const readIndex = furniture ? new TextIndex(readText) : index;
  const reuse = edit && !furniture && !PAGED.has(previous!) ? edit : undefined;
  const document = parseDocument(readText, readIndex, readFolded, { reuse: reuse ? reuseLines(previous!, reuse, index) : undefined, record }, { prior: reuse ? ACTS.get(previous!) : undefined, record: acts, unchanged: reuse ? reuse.prefix : 0 });
  const act = document.acts[0];
  yield;
  const run = (a: Act) => runRulesSteps(
    // (The text as written, so a fix copies no blanked furniture; the reading's index and folded copy, which the
    // rules' word lookups share with the readers.)
    { act: a, text: safe, index: readIndex, folded: readFolded, catalogue: options.catalogue ?? EMPTY_CATALOGUE, profile: options.profile ?? DEFAULT_PROFILE, draft: options.draft === true, caret: options.draft === true ? options.caret : undefined, register: options.register, registerUri: options.registerUri, siblings: document.acts.length > 1 ? document.acts : undefined },
    options.docsBase ?? null,
  );
  let diagnostics: ActesDiagnostic[];
  if (document.acts.length > 1) {
    // Each act of a collection is judged; a rule that reads the whole text reports once, at the gravest severity an
    // act gave it (an act cut short may only inform of what a complete one is warned about).
    const seen = new Map<string, number>();
    diagnostics = [];
    for (const a of document.acts) {
      for (const d of yield* run(a)) {
        const key = `${d.code} ${d.range.start.line}:${d.range.start.character} ${d.message}`;
        const at = seen.get(key);
        if (at === undefined) {
          seen.set(key, diagnostics.length);
          diagnostics.push(d);
        } else if (GRAVITY[d.severity] > GRAVITY[diagnostics[at].severity]) diagnostics[at] = d;
      }
    }
  } else {
    diagnostics = yield* run(act);
  }
  const analysis: Analysis = { text: safe, act, document, index, folded, diagnostics };
  LINES.set(analysis, record);
  if (furniture) PAGED.add(analysis);
  if (acts.length) ACTS.set(analysis, acts);
  return analysis;
}

const GRAVITY: Readonly<Record<ActesDiagnostic['severity'], number>> = { hint: 0, information: 1, warning: 2, error: 3 };

/** What an edit kept of the previous text: its first `prefix` and last `suffix` characters (not overlapping). */
interface Edit {
  readonly prefix: number;
  readonly suffix: number;
}

function editOf(old: string, text: string): Edit {
  const prefix = commonPrefix(old, text);
  return { prefix, suffix: commonSuffix(old, text, Math.min(old.length, text.length) - prefix) };
}

/** The acts of a collection each analysis read, for the next version's (see `ActReadings`). */
const ACTS = new WeakMap<Analysis, readonly ActReading[]>();

/** The analyses that read a text with its page furniture blanked (see `pageFurniture`). */
const PAGED = new WeakSet<Analysis>();

/** The lines each analysis read (by line number), for the next version's (see `AnalyzeOptions.previous`). */
const LINES = new WeakMap<Analysis, readonly LineScan[]>();

/**
 * The lines of `previous` that `text` holds unchanged: those before the first changed character, and those after
 * the last one (shifted). A line is reused only if its content and the line break before it are unchanged.
 */
function reuseLines(previous: Analysis, edit: Edit, index: TextIndex) {
  const scans = LINES.get(previous);
  const old = previous.text;
  if (!scans || typeof old !== 'string') return undefined;
  const p = edit.prefix;
  const s = edit.suffix;
  const text = index.text;
  const shift = old.length - text.length;
  const lineShift = previous.index.lineCount - index.lineCount;
  const suffixFrom = text.length - s;
  return (line: number, from: number, to: number): LineScan | undefined => {
    // Content and the break that ends it unchanged, at the same place.
    if (to < p) return scans[line];
    // Content, the break before it and the one after it (or the end) unchanged, shifted.
    if (from - 1 >= suffixFrom) {
      const o = line + lineShift;
      if (o < 0 || o >= scans.length || previous.index.lineStarts[o] !== from + shift || previous.index.lineEnd(o) !== to + shift) return undefined;
      return scans[o];
    }
    return undefined;
  };
}

/** Runs the remaining steps at once. */
export function finish<T>(steps: Generator<void, T, void>): T {
  for (;;) {
    const r = steps.next();
    if (r.done) return r.value;
  }
}
