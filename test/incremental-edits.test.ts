// Incremental re-reading under the edits people make: typing, deleting across lines, pasting a whole act, in LF and
// CRLF texts. Every incremental result must equal a reading from scratch (`test/incremental.test.ts` holds the
// first such property; this file adds longer deletions, pastes and the pieces that straddle block boundaries).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from './helpers/fc';
import { analyze } from '../server/src/core/service';
import { TextIndex, commonPrefix, commonSuffix, fold, refold } from '../server/src/core/text';
import { apply, assertEditsReadAsFresh, seen, texts } from './helpers/incremental';
import { assertSameText, FC_SEED } from './helpers/same';

/** Pieces that join or cut what the readers see across a line break: a date, a number, a code, a list of articles. */
const pieces = [
  '', 'x', ';', '.', '\n', '\r\n', '\r', '\n\n', ' ', 'mars.\n2024 ', 'du conseil municipal.\nn° 2024-12 du 3 mars 2024', 'L.\n2122-22', 'et s.\n\ndu code de l’urbanisme',
  'articles L. 12.\net L 2211 ', '3° de l’\narticle L. 2122-22', 'du même code', 'CM2025/04/07/19-1 ', 'Vu la loi n° 2014-58\ndu 27 janvier 2014 ;\n',
  'Article 3 : ', 'DÉCIDE :\n', 'Fait à Lyon, le 3 mars 2024\n', 'portant délégation.\n(MAPTAM)', '\ud83d',
  // A page break copied from a PDF, whole or in pieces: the furniture the reading blanks comes and goes.
  '\n\nMairie de Lyon – 69000 Lyon – Tél. 04 72 10 30 30\n          Page 1/2\n\fArrêté n° 2025-1 – page 2 sur 2\n\n', 'Page 1/2\n', ' – page 2 sur 3\n', 'prati-\n\nPage 2/3\n\nques',
];

const edit = fc.record({ at: fc.nat(), remove: fc.oneof(fc.nat({ max: 3 }), fc.nat({ max: 400 })), piece: fc.constantFrom(...pieces) });

test('an incremental reading equals a fresh one after typing, deletions across lines and pastes', () => {
  assertEditsReadAsFresh(edit, { numRuns: 80, maxEdits: 6 });
});

test('pasting a whole act over an act, into it, or into an empty document reads as from scratch', () => {
  for (let k = 0; k < texts.length; k += 3) {
    const a = texts[k];
    const b = texts[(k + 1) % texts.length];
    const versions = ['', b, a, a.slice(0, a.length >> 1) + b + a.slice(a.length >> 1), a.replace(/\n/g, '\r\n'), a + '\n' + a, ''];
    let previous = analyze(versions[0], { draft: true });
    for (const v of versions.slice(1)) {
      const incremental = analyze(v, { draft: true, previous });
      assertSameText(seen(incremental), seen(analyze(v, { draft: true })));
      previous = incremental;
    }
  }
});

test('typing an act character by character, then deleting it line by line, reads as from scratch', () => {
  const act = texts[0].slice(0, 1500);
  let previous = analyze('', { draft: true });
  for (let i = 1; i <= act.length; i += 7) {
    const v = act.slice(0, i);
    const incremental = analyze(v, { draft: true, previous });
    assertSameText(seen(incremental), seen(analyze(v, { draft: true })));
    previous = incremental;
  }
  let v = act;
  while (v.length) {
    const cut = v.lastIndexOf('\n', v.length - 2);
    v = cut <= 0 ? '' : v.slice(0, cut);
    const incremental = analyze(v, { draft: true, previous });
    assertSameText(seen(incremental), seen(analyze(v, { draft: true })));
    previous = incremental;
  }
});

test('the line index of an edited text equals the index built from scratch', () => {
  const text = fc.string({ unit: fc.constantFrom('a', 'b', '\r', '\n', ' '), maxLength: 60 });
  fc.assert(
    fc.property(text, text, (before, after) => {
      const p = commonPrefix(before, after);
      const s = commonSuffix(before, after, Math.min(before.length, after.length) - p);
      assert.deepEqual(TextIndex.edited(new TextIndex(before), after, p, s).lineStarts, new TextIndex(after).lineStarts);
    }),
    { numRuns: 2000, seed: FC_SEED },
  );
});

test('an edit that keeps the length (a character typed over another, a line break for a letter) reads as from scratch', () => {
  for (const k of [0, 1, texts.length - 1]) {
    const text = texts[k];
    for (const piece of ['x', '\n', ';', 'É']) {
      let previous = analyze(text, { draft: true });
      for (let i = 1; i < 12; i++) {
        const at = Math.floor((i / 12) * text.length);
        const v = text.slice(0, at) + piece + text.slice(at + 1);
        const incremental = analyze(v, { draft: true, previous });
        assertSameText(seen(incremental), seen(analyze(v, { draft: true })));
        previous = incremental;
      }
    }
  }
});

test('typing in a document of several acts (a compte rendu, a recueil) reads each act as from scratch', () => {
  // Each act of a collection is read with an index edited from the same act's in the previous version.
  const collections = [
    ...texts.filter((t) => analyze(t).document.shape === 'collection'),
    // Three délibérations one after the other: a recueil.
    [0, 1, 2].map((k) => texts[k]).join('\n\n'),
  ];
  fc.assert(
    fc.property(fc.nat({ max: collections.length - 1 }), fc.array(edit, { minLength: 1, maxLength: 5 }), (k, edits) => {
      let text = collections[k];
      let previous = analyze(text, { draft: true });
      for (const e of edits) {
        const at = e.at % (text.length + 1);
        text = text.slice(0, at) + e.piece + text.slice(Math.min(text.length, at + e.remove));
        const incremental = analyze(text, { draft: true, previous });
        assertSameText(seen(incremental), seen(analyze(text, { draft: true })));
        previous = incremental;
      }
    }),
    { numRuns: 25, seed: FC_SEED },
  );
});

/** Every offset of `w` in `s`, overlapping ones included. */
const every = (s: string, w: string) => {
  const out: number[] = [];
  for (let i = s.indexOf(w); i >= 0; i = s.indexOf(w, i + 1)) out.push(i);
  return out;
};

test('a word looked for in the whole text (TextIndex.firstIndexOf, TextIndex.occurrences) is found where indexOf finds it, in every version', () => {
  // A small alphabet (line breaks, a lone CR, letters whose folded forms meet) so that the words occur often, before,
  // inside and after the edits, and an edit creates, destroys or moves the first occurrence.
  const chars = fc.constantFrom('a', 'b', 'é', 'E', ' ', '\n', '\r', 'x');
  const str = (max: number) => fc.array(chars, { maxLength: max }).map((cs) => cs.join(''));
  const words = ['a', 'ab', 'ba', 'eab', 'a\nb', 'b a', 'x', 'xx', 'e', '\r\n', '\r', '\n', 'a\r', 'ee'];
  const change = fc.record({ at: fc.nat(), remove: fc.nat({ max: 6 }), piece: str(4) });
  fc.assert(
    fc.property(str(60), fc.array(change, { minLength: 1, maxLength: 8 }), fc.subarray(words, { minLength: 1 }), (start, changes, asked) => {
      let text = start;
      let index = new TextIndex(text);
      let folded = fold(text);
      index.folded = folded;
      const check = () => {
        for (const w of asked) {
          assert.equal(index.firstIndexOf('text', text, w), text.indexOf(w), `text ${JSON.stringify(text)} ${JSON.stringify(w)}`);
          assert.equal(index.firstIndexOf('folded', folded, w), folded.indexOf(w), `folded ${JSON.stringify(folded)} ${JSON.stringify(w)}`);
          assert.deepEqual(index.occurrences('text', text, w), every(text, w), `all in text ${JSON.stringify(text)} ${JSON.stringify(w)}`);
          assert.deepEqual(index.occurrences('folded', folded, w), every(folded, w), `all in folded ${JSON.stringify(folded)} ${JSON.stringify(w)}`);
        }
      };
      check();
      for (const c of changes) {
        const next = apply(text, c);
        const prefix = commonPrefix(text, next);
        const suffix = commonSuffix(text, next, Math.min(text.length, next.length) - prefix);
        const nextFolded = refold(text, folded, next, prefix, suffix);
        index = TextIndex.edited(index, next, prefix, suffix);
        index.folded = nextFolded;
        text = next;
        folded = nextFolded;
        check();
      }
    }),
    { numRuns: 400, seed: FC_SEED },
  );
});

test('typing around an article whose period ends before it starts (DAT-008) reads as from scratch', () => {
  const text = `COMMUNE DE PORNIC\nARRÊTÉ N° 2026-041\nportant interdiction de stationner\nLe Maire de Pornic,\nVu le code général des collectivités territoriales ;\nARRÊTE\nArticle 1er : Le stationnement est interdit rue du Port.\nArticle 2 : Cette interdiction s’applique du lundi 16 juin 2026 au vendredi 13 juin 2026.\nArticle 3 : Le présent arrêté sera affiché.\nFait à Pornic, le 2 juin 2026\nLe Maire,\nJean-Michel BRARD\n`;
  let previous = analyze(text, { draft: true });
  const reversed = (a: typeof previous) => a.act.mentions.some((m) => m.kind === 'reversed-period');
  assert.ok(reversed(previous));
  // Before the article; inside its second date (« 23 juin »: the period no longer reversed); back; after it.
  const steps: [string, string, boolean][] = [['rue du Port', 'rue du Port x', true], ['13 juin', '23 juin', false], ['23 juin', '13 juin', true], ['Fait à', 'Vu.\nFait à', true]];
  for (const [from, to, expected] of steps) {
    const v = previous.text.replace(from, to);
    const incremental = analyze(v, { draft: true, previous });
    assertSameText(seen(incremental), seen(analyze(v, { draft: true })));
    assert.equal(reversed(incremental), expected, `after « ${to} »`);
    previous = incremental;
  }
});

test('in a long act, typing then erasing the words a reader looks for in the whole text (recours, notification, publication) reads as from scratch', () => {
  // (Over 20,000 characters, the first reading looks for the anchors of the readers' patterns, and each keystroke derives
  // whether they are there from the previous version's answer: `TextIndex.mayMatch`.)
  const articles = Array.from({ length: 330 }, (_, i) => `Article ${i + 2} : Le stationnement est interdit rue ${i + 1} du lundi au vendredi.`).join('\n');
  const head = 'COMMUNE DE PORNIC\nARRÊTÉ N° 2026-041\nportant réglementation du stationnement\nLe Maire de Pornic,\nVu le code général des collectivités territoriales ;\nARRÊTE\nArticle 1er : Le stationnement est réglementé.\n';
  const tail = '\nFait à Pornic, le 2 juin 2026\nLe Maire,\nJean-Michel BRARD\n';
  const base = head + articles + tail;
  assert.ok(base.length > 20_000);
  const typed = '\nArticle 400 : Le présent arrêté sera notifié à l’intéressé et publié le 3 juin 2026. Il peut faire l’objet d’un recours devant le tribunal administratif de Nantes dans un délai de deux mois.';
  const at = base.indexOf(tail);
  let previous = analyze(base, { draft: true });
  const mention = (a: typeof previous, kind: string) => a.act.mentions.some((m) => m.kind === kind);
  const check = (v: string) => {
    const incremental = analyze(v, { draft: true, previous });
    assertSameText(seen(incremental), seen(analyze(v, { draft: true })));
    previous = incremental;
  };
  for (let i = 1; i <= typed.length; i += 3) check(base.slice(0, at) + typed.slice(0, i) + base.slice(at));
  check(base.slice(0, at) + typed + base.slice(at));
  assert.ok(previous.act.recours, 'the recours mention typed is read');
  assert.ok(mention(previous, 'notified-self'), 'the notification typed is read');
  for (let i = typed.length - 1; i >= 0; i -= 5) check(base.slice(0, at) + typed.slice(0, i) + base.slice(at));
  check(base);
  assert.equal(previous.act.recours, null);
});
