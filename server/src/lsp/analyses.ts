// One Analysis per (uri, version): computed on demand, so a request never sees a model
// older than the document it names. A new profile or catalogue bumps the generation and
// every entry is recomputed at its next use.
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { analyze, type Analysis, type AnalyzeOptions } from '../core/service';

interface Entry {
  readonly version: number;
  readonly generation: number;
  readonly analysis: Analysis;
}

export class AnalysisCache {
  private readonly entries = new Map<string, Entry>();
  private generation = 0;
  /** Number of analyses run (for logs and tests). */
  computed = 0;

  constructor(private options: AnalyzeOptions) {}

  /** The analysis of this exact version of the document. */
  get(doc: TextDocument): Analysis {
    const hit = this.entries.get(doc.uri);
    if (hit && hit.version === doc.version && hit.generation === this.generation) return hit.analysis;
    // An editor buffer is a draft: the end of an act not typed yet is not reported as missing.
    const analysis = analyze(doc.getText(), { ...this.options, draft: true });
    this.computed++;
    this.entries.set(doc.uri, { version: doc.version, generation: this.generation, analysis });
    return analysis;
  }

  /** New settings, profile or catalogue: every cached analysis is out of date. */
  setOptions(options: AnalyzeOptions): void {
    this.options = options;
    this.generation++;
  }

  get current(): AnalyzeOptions {
    return this.options;
  }

  delete(uri: string): void {
    this.entries.delete(uri);
  }
}
