// Incremental re-reading: an analysis given the previous version's (`previous`, as the language server does on
// every keystroke) equals, to the last field and diagnostic, the analysis of the same text read from scratch.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { analyze, type Analysis } from '../server/src/core/service';
import { fold, refold } from '../server/src/core/text';
import { corpusFiles, seedFiles } from './helpers/corpus';
import { assertSameText, FC_SEED } from './helpers/same';

/** What a user sees of an analysis: the model of every act and every diagnostic with its fixes. */
const seen = (a: Analysis) => JSON.stringify({ document: a.document, folded: a.folded, diagnostics: a.diagnostics.map((d) => ({ ...d, fixes: d.fixes })) });

const texts = [...seedFiles(), ...corpusFiles()].map((f) => readFileSync(f, 'utf8'));
/** Pieces an edit inserts: line breaks of every kind, block markers, accents, lone surrogates, nothing. */
const pieces = ['', 'x', 'É', '\n', '\r', '\r\n', '\n\n', ' ', 'Vu ', 'Article 2 : ', 'DÉCIDE :\n', 'Fait à Lyon, le 3 mars 2024\n', '\ud83d', '-----\n', 'Considérant que '];

/** One edit: replace [at, at + remove) by a piece. */
const edit = fc.record({ at: fc.nat(), remove: fc.nat({ max: 40 }), piece: fc.constantFrom(...pieces) });
const apply = (t: string, e: { at: number; remove: number; piece: string }) => {
  const at = e.at % (t.length + 1);
  return t.slice(0, at) + e.piece + t.slice(Math.min(t.length, at + e.remove));
};

test('an analysis that reuses the previous version equals a fresh one, edit after edit', () => {
  fc.assert(
    fc.property(fc.nat({ max: texts.length - 1 }), fc.array(edit, { minLength: 1, maxLength: 5 }), fc.boolean(), (k, edits, crlf) => {
      let text = crlf ? texts[k].replace(/\r?\n/g, '\r\n') : texts[k];
      let previous = analyze(text, { draft: true });
      for (const e of edits) {
        text = apply(text, e);
        const incremental = analyze(text, { draft: true, previous });
        assertSameText(seen(incremental), seen(analyze(text, { draft: true })));
        previous = incremental;
      }
    }),
    { numRuns: 60, seed: FC_SEED },
  );
});

test('an analysis may be given the analysis of an unrelated text as previous', () => {
  const a = analyze(texts[0]);
  for (const t of [texts[1], '', texts[0].slice(1), texts[0] + texts[0], 'Vu\r']) assertSameText(seen(analyze(t, { previous: a })), seen(analyze(t)));
});

test('refold folds only what changed and gives fold(text)', () => {
  fc.assert(
    fc.property(fc.string({ unit: 'binary', maxLength: 200 }), fc.array(edit, { maxLength: 4 }), (start, edits) => {
      let text = start.replace(/[a-z]/g, (c) => (c === 'r' ? '\r' : c === 'n' ? '\n' : c));
      let folded = fold(text);
      for (const e of edits) {
        const next = apply(text, e);
        folded = refold(text, folded, next);
        text = next;
        assert.equal(folded, fold(text));
      }
    }),
    { numRuns: 300, seed: FC_SEED },
  );
});
