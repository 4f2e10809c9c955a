// One Analysis per (uri, version), and the background work that publishes diagnostics.
// - A request reads `get(doc)`: the analysis of the document's current version, computed at once
//   if needed (finishing the background job for that version when there is one), so no request
//   ever sees a stale model.
// - Diagnostics are computed in the background for the latest version only: the work waits until
//   the incoming messages are drained (a burst of changes is one analysis), runs in slices between
//   which the event loop turns, and is dropped as soon as a newer version arrives.
// A new profile or catalogue bumps the generation and every entry is recomputed at its next use.
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { analyzeSteps, finish, type Analysis, type AnalyzeOptions } from '../core/service';
import { analysedLength } from './limits';
import { commonPrefix, commonSuffix } from '../core/text';

interface Entry {
  readonly version: number;
  readonly generation: number;
  readonly analysis: Analysis;
}

interface Job {
  readonly version: number;
  readonly generation: number;
  readonly steps: Generator<void, Analysis, void>;
}

/**
 * Where the person is typing: just after what changed since the previous version (a keystroke, a word, a few
 * keystrokes read together), or undefined when nothing changed or a large part did (a paste, a replacement).
 */
export function caretOf(before: string, after: string): number | undefined {
  if (before === after) return undefined;
  const prefix = commonPrefix(before, after);
  const suffix = commonSuffix(before, after, Math.min(before.length, after.length) - prefix);
  const inserted = after.length - suffix - prefix;
  const removed = before.length - suffix - prefix;
  return inserted <= 40 && removed <= 40 ? after.length - suffix : undefined;
}

/** Milliseconds of analysis between two turns of the event loop in background work. */
const SLICE_MS = 8;

export class AnalysisCache {
  private readonly entries = new Map<string, Entry>();
  private readonly jobs = new Map<string, Job>();
  private generation = 0;
  /** Number of analyses completed (for logs and tests). */
  computed = 0;
  /** Number of background analyses dropped because a newer version arrived. */
  dropped = 0;

  constructor(private options: AnalyzeOptions) {}

  /** The analysis of this exact version of the document (computed now if needed). */
  get(doc: TextDocument): Analysis {
    const hit = this.cached(doc);
    if (hit) return hit;
    const job = this.jobs.get(doc.uri);
    const steps = job && job.version === doc.version && job.generation === this.generation ? job.steps : this.start(doc);
    this.jobs.delete(doc.uri);
    return this.store(doc, finish(steps));
  }

  /** True while background work is under way for `uri` (a change now makes it superseded). */
  busy(uri: string): boolean {
    return this.jobs.has(uri);
  }

  /** The analysis of this version if already computed. */
  cached(doc: TextDocument): Analysis | null {
    const hit = this.entries.get(doc.uri);
    return hit && hit.version === doc.version && hit.generation === this.generation ? hit.analysis : null;
  }

  /**
   * Advances the background analysis of `doc` for at most `budgetMs`; returns the analysis when
   * done, null when work remains. Work begun for another version (or generation) is dropped.
   */
  advance(doc: TextDocument, budgetMs = SLICE_MS): Analysis | null {
    const hit = this.cached(doc);
    if (hit) return hit;
    let job = this.jobs.get(doc.uri);
    if (job && (job.version !== doc.version || job.generation !== this.generation)) {
      this.dropped++;
      job = undefined;
    }
    if (!job) {
      job = { version: doc.version, generation: this.generation, steps: this.start(doc) };
      this.jobs.set(doc.uri, job);
    }
    const until = performance.now() + budgetMs;
    for (;;) {
      const r = job.steps.next();
      if (r.done) {
        this.jobs.delete(doc.uri);
        return this.store(doc, r.value);
      }
      if (performance.now() >= until) return null;
    }
  }

  /**
   * An editor buffer is a draft: the end of an act not typed yet is not reported as missing. The last analysis of
   * the document (any version) is handed over so that the lines a keystroke left alone are not read again. Of a
   * huge document only the beginning is analysed (limits.ts).
   */
  private start(doc: TextDocument): Generator<void, Analysis, void> {
    const previous = this.entries.get(doc.uri)?.analysis;
    const text = doc.getText();
    const length = analysedLength(text);
    const read = length === text.length ? text : text.slice(0, length);
    return analyzeSteps(read, { ...this.options, draft: true, registerUri: doc.uri, previous, caret: previous ? caretOf(previous.text, read) : undefined });
  }

  private store(doc: TextDocument, analysis: Analysis): Analysis {
    this.computed++;
    this.entries.set(doc.uri, { version: doc.version, generation: this.generation, analysis });
    return analysis;
  }

  /** New settings, profile or catalogue: every cached analysis is out of date. */
  setOptions(options: AnalyzeOptions): void {
    this.options = options;
    this.generation++;
  }

  /**
   * Something every analysis reads changed in place (the workspace's register): every entry is out of date
   * except `except`'s, whose own change caused it.
   */
  invalidate(except?: string): void {
    this.generation++;
    if (except === undefined) return;
    const entry = this.entries.get(except);
    if (entry && entry.generation === this.generation - 1) this.entries.set(except, { ...entry, generation: this.generation });
    const job = this.jobs.get(except);
    if (job && job.generation === this.generation - 1) this.jobs.set(except, { ...job, generation: this.generation });
  }

  get current(): AnalyzeOptions {
    return this.options;
  }

  delete(uri: string): void {
    this.entries.delete(uri);
    this.jobs.delete(uri);
  }
}
