// Incremental re-reading: an analysis given the previous version's (`previous`, as the language server does on
// every keystroke) equals, to the last field and diagnostic, the analysis of the same text read from scratch.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from './helpers/fc';
import { analyze } from '../server/src/core/service';
import { fold, refold } from '../server/src/core/text';
import { apply, assertEditsReadAsFresh, seen, texts } from './helpers/incremental';
import { assertSameText, FC_SEED } from './helpers/same';

/** Pieces an edit inserts: line breaks of every kind, block markers, accents, lone surrogates, nothing. */
const pieces = ['', 'x', 'É', '\n', '\r', '\r\n', '\n\n', ' ', 'Vu ', 'Article 2 : ', 'DÉCIDE :\n', 'Fait à Lyon, le 3 mars 2024\n', '\ud83d', '-----\n', 'Considérant que '];
const edit = fc.record({ at: fc.nat(), remove: fc.nat({ max: 40 }), piece: fc.constantFrom(...pieces) });

test('an analysis that reuses the previous version equals a fresh one, edit after edit', () => {
  assertEditsReadAsFresh(edit, { numRuns: 60, maxEdits: 5 });
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
