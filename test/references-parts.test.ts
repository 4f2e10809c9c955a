// References are read in parts of the text (one per run of lines no reference crosses) and each part is kept by
// its text for the next keystroke: the result must be exactly that of reading the whole text at once, whatever
// the text — including the forms that run over a line end (a date « mars.\n2024 », « L.\n2122-22 », a list of
// articles, « du même code » far from its code, a local number cited twice).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from './helpers/fc';
import { readFileSync } from 'node:fs';
import { findReferences, findReferencesAtOnce } from '../server/src/core/references';
import { TextIndex, fold } from '../server/src/core/text';
import { generateAct } from '../bench/generate';
import { corpusFiles, seedFiles } from './helpers/corpus';
import { FC_SEED } from './helpers/same';

const texts = [...seedFiles(), ...corpusFiles()].map((f) => readFileSync(f, 'utf8'));
const same = (text: string) => {
  const folded = fold(text);
  const index = new TextIndex(text);
  assert.equal(JSON.stringify(findReferences(text, folded, index)), JSON.stringify(findReferencesAtOnce(text, folded, index)));
};

test('references read in parts equal a reading of the whole text, on every fixture, LF and CRLF', () => {
  for (const t of [...texts, generateAct(400)]) {
    same(t);
    same(t.replace(/\r?\n/g, '\r\n'));
    // Read twice: the second time every part comes from the cache.
    same(t);
  }
});

const pieces = [
  ';\n', '.\n', ' mars.\n2024', ' 12 mars.\n\n2024 ', 'délibération du conseil municipal.\nn° 2024-12 du 3 mars 2024', 'Vu l’article L.\n2122-22',
  'articles L. 1 et s.\n\ndu code de l’urbanisme', 'articles L. 12.\net L 2211 ', '3° de l’\narticle L. 2122-22 du même code ;\n',
  'du même code', 'CM2025/04/07/19-1 ', 'délibération n° CM2025/04/07/19-1', 'Vu la loi n° 2014-58\ndu 27 janvier 2014 ;\n',
  'code général des collectivités territoriales.\n', 'C.G.C.T.\n', 'présent.\narrêté du 3 mars 2024', 'la loi n° 2015-991 portant nouvelle organisation.\n(NOTRe)',
  'al.\n3', 'n°.\n12', 'du 2 déc.\n2024', 'Le bureau.\nn° 3', '\r', 'article L 2211 et suivants.\n',
];
const edit = fc.record({ at: fc.nat(), remove: fc.nat({ max: 30 }), piece: fc.constantFrom(...pieces) });

test('references read in parts equal a reading of the whole text after any edit', () => {
  fc.assert(
    fc.property(fc.nat({ max: texts.length - 1 }), fc.array(edit, { minLength: 1, maxLength: 8 }), fc.boolean(), (k, edits, crlf) => {
      let t = crlf ? texts[k].replace(/\r?\n/g, '\r\n') : texts[k];
      for (const e of edits) {
        const at = e.at % (t.length + 1);
        t = t.slice(0, at) + e.piece + t.slice(Math.min(t.length, at + e.remove));
      }
      same(t);
    }),
    { numRuns: 300, seed: FC_SEED },
  );
});

test('references read in parts equal a reading of the whole text on texts made of reference pieces', () => {
  fc.assert(
    fc.property(fc.array(fc.constantFrom(...pieces, ' ', '\n', 'Vu ', ' et ', ', ', 'L. 2122-22', 'du code de l’urbanisme'), { maxLength: 40 }), (parts) => same(parts.join(''))),
    { numRuns: 2000, seed: FC_SEED },
  );
});
