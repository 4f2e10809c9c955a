// The incremental reading's property, shared by test/incremental.test.ts and test/incremental-edits.test.ts: an
// analysis given the previous version's (as the language server does on every keystroke) equals, to the last field
// and diagnostic, the analysis of the same text read from scratch.
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { analyze, type Analysis } from '../../server/src/core/service';
import { corpusFiles, seedFiles } from './corpus';
import { assertSameText, FC_SEED } from './same';

/** What a user sees of an analysis: the model of every act, the line index and every diagnostic with its fixes. */
export const seen = (a: Analysis) => JSON.stringify({ document: a.document, folded: a.folded, lines: a.index.lineStarts, diagnostics: a.diagnostics.map((d) => ({ ...d, fixes: d.fixes })) });

/** The seeds and the corpus fixtures. */
export const texts = [...seedFiles(), ...corpusFiles()].map((f) => readFileSync(f, 'utf8'));

export interface Edit { readonly at: number; readonly remove: number; readonly piece: string }

/** One edit: replace [at, at + remove) by a piece (`at` taken modulo the text's length + 1). */
export const apply = (t: string, e: Edit) => {
  const at = e.at % (t.length + 1);
  return t.slice(0, at) + e.piece + t.slice(Math.min(t.length, at + e.remove));
};

/** A fixture (LF or CRLF), then edits one after the other: each incremental reading equals a fresh one. */
export function assertEditsReadAsFresh(edit: fc.Arbitrary<Edit>, { numRuns, maxEdits }: { numRuns: number; maxEdits: number }): void {
  fc.assert(
    fc.property(fc.nat({ max: texts.length - 1 }), fc.array(edit, { minLength: 1, maxLength: maxEdits }), fc.boolean(), (k, edits, crlf) => {
      let text = crlf ? texts[k].replace(/\r?\n/g, '\r\n') : texts[k];
      let previous = analyze(text, { draft: true });
      for (const e of edits) {
        text = apply(text, e);
        const incremental = analyze(text, { draft: true, previous });
        assertSameText(seen(incremental), seen(analyze(text, { draft: true })));
        previous = incremental;
      }
    }),
    { numRuns, seed: FC_SEED },
  );
}
