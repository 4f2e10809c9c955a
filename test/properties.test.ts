// Property tests: on any text the parser returns, is deterministic, and every range lies inside the document.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from './helpers/fc';
import { readFileSync } from 'node:fs';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { parseUnsafe } from '../server/src/core/parse';
import { analyze } from '../server/src/core/service';
import { treeSource } from '../server/src/core/lexicon';
import type { Range } from '../server/src/core/model';
import { corpusFiles, seedFiles } from './helpers/corpus';

/** Every `range` object found anywhere in a value. */
function ranges(value: unknown, out: Range[] = []): Range[] {
  if (!value || typeof value !== 'object') return out;
  const v = value as Record<string, unknown>;
  if (v.start && v.end && typeof (v.start as Record<string, unknown>).line === 'number') out.push(v as unknown as Range);
  for (const x of Object.values(v)) ranges(x, out);
  return out;
}

/** Every range lies inside the document as the protocol splits it (\r\n, \r and \n end a line). */
function assertInside(text: string, value: unknown): void {
  const doc = TextDocument.create('file:///x.acte', 'acte', 1, text);
  for (const r of ranges(value)) {
    for (const p of [r.start, r.end]) {
      assert.ok(p.line >= 0 && p.line < doc.lineCount, `line ${p.line} outside 0..${doc.lineCount - 1}`);
      const length = doc.getLineRange(p.line).end.character;
      assert.ok(p.character >= 0 && p.character <= length, `character ${p.character} outside line ${p.line} (${length})`);
    }
    assert.ok(r.start.line < r.end.line || (r.start.line === r.end.line && r.start.character <= r.end.character), 'start after end');
  }
}

// parseUnsafe: the real parser without the safety net, so a throw is a failure here.
const check = (text: string) => {
  const a = parseUnsafe(text);
  assertInside(text, a);
  assert.deepEqual(parseUnsafe(text), a, 'parsing is deterministic');
  assertInside(text, analyze(text).diagnostics);
};

const seeds = [...seedFiles(), ...corpusFiles()].map((f) => readFileSync(f, 'utf8'));
const fragments = ['Vu ', 'VU ', 'Considérant que ', 'ARRÊTE :', 'DÉCIDE :', 'Article 1er :', 'ARTICLE 2^o :', 'Art. 3 -', 'Fait à X, le ', '1er janvier 2024', '\r\n', '\r', '\n', '\f', '**', '- Vu**', 'L.2122-22', 'loi n° 2014-58 du ', 'n°', '\ud800', '\udfff', 'é', '’', ';', ',', ':', 'Le Maire,', 'Présents : ', '073-217300656-20250417-x-AR', 'tribunal administratif de ', 'deux mille vingt-trois'];

test('arbitrary strings: parse returns, deterministically, with ranges inside', () => {
  fc.assert(fc.property(fc.string({ unit: 'grapheme-composite', maxLength: 400 }), check), { numRuns: 300 });
  fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 300 }), check), { numRuns: 200 });
});

test('strings made of act fragments', () => {
  fc.assert(fc.property(fc.array(fc.constantFrom(...fragments), { maxLength: 60 }).map((a) => a.join('')), check), { numRuns: 300 });
});

test('mutated seeds and corpus acts: cuts, insertions, deletions, flattening', () => {
  const mutation = fc.record({
    doc: fc.integer({ min: 0, max: seeds.length - 1 }),
    at: fc.nat(),
    len: fc.nat({ max: 400 }),
    insert: fc.oneof(fc.constantFrom(...fragments), fc.string({ maxLength: 20 })),
    op: fc.constantFrom('cut', 'insert', 'delete', 'flatten', 'crlf', 'cr', 'crlf-cut', 'upper', 'strip-accents'),
  });
  fc.assert(
    fc.property(mutation, ({ doc, at, len, insert, op }) => {
      const s = seeds[doc];
      const i = at % (s.length + 1);
      const t = op === 'cut' ? s.slice(0, i)
        : op === 'insert' ? s.slice(0, i) + insert + s.slice(i)
        : op === 'delete' ? s.slice(0, i) + s.slice(i + len)
        : op === 'flatten' ? s.replace(/\s+/g, ' ')
        : op === 'crlf' ? s.replace(/\n/g, '\r\n')
        : op === 'cr' ? s.replace(/\n/g, '\r')
        : op === 'crlf-cut' ? s.replace(/\n/g, '\r\n').slice(0, i)
        : op === 'upper' ? s.toUpperCase()
        : s.normalize('NFD').replace(/[\u0300-\u036f]/g, '');
      check(t);
    }),
    { numRuns: 150 },
  );
});

test('pathological inputs finish: huge, one-line, repetitive', () => {
  check('Vu '.repeat(20000));
  check('Article 1er : '.repeat(5000));
  check('a'.repeat(300000));
  check(('Considérant que ' + 'x'.repeat(50) + ' ; ').repeat(3000));
  check('\n'.repeat(50000));
  check(seeds[1].replace(/\s+/g, ' ').repeat(20));
});

test('a lexicon alternation written as a tree matches exactly what the flat alternation, longest first, matches', () => {
  // The letter-spaced verbs are compiled as a tree (lexicon `treeSource`): any word list, any text.
  const word = fc.stringMatching(/^[abc]{1,5}$/);
  fc.assert(
    fc.property(fc.uniqueArray(word, { minLength: 1, maxLength: 8 }), fc.stringMatching(/^[abc :]{0,24}$/), fc.constantFrom('', '\\b', '\\s*:', 'c'), fc.boolean(), (words, text, after, spaced) => {
      const atoms = (w: string) => (spaced ? [...w].flatMap((c, i) => (i ? ['[ \\t]{1,3}', c] : [c])) : [...w]);
      const flat = [...words].sort((a, b) => b.length - a.length).map((w) => atoms(w).join('')).join('|');
      const tree = treeSource(words.map(atoms));
      for (const flags of ['', 'g']) {
        const a = new RegExp(`(${flat})${after}`, flags);
        const b = new RegExp(`(${tree})${after}`, flags);
        for (let x = a.exec(text), y = b.exec(text); ; x = a.exec(text), y = b.exec(text)) {
          assert.deepEqual(y && [y.index, ...y], x && [x.index, ...x]);
          if (!x || !flags) break;
          if (x[0] === '') a.lastIndex = b.lastIndex = x.index + 1;
        }
      }
    }),
    { numRuns: 2000 },
  );
});

test('each act of a collection is read from its own part, with the document’s offsets and ranges', () => {
  const acts = seeds.filter((t) => analyze(t).document.shape === 'act').slice(0, 3);
  const recueil = acts.join('\n\n');
  const collections = [
    ...seeds.filter((t) => analyze(t).document.shape === 'collection'),
    recueil,
    recueil.replace(/\n/g, '\r\n'),
    // A PDF's text with no line break: the acts are cut, and their parts joined to the header, inside one line.
    recueil.replace(/\s*\n\s*/g, ' '),
  ];
  for (const text of collections) {
    const a = analyze(text);
    assert.equal(a.document.shape, 'collection');
    const header = a.document.parts!.header.end;
    a.document.acts.forEach((act, k) => {
      const part = a.document.parts!.acts[k];
      const spans: { text: string; range: Range; start: number; end: number }[] = [];
      const walk = (v: unknown): void => {
        if (!v || typeof v !== 'object') return;
        const o = v as Record<string, unknown>;
        if (typeof o.start === 'number' && typeof o.end === 'number' && typeof o.text === 'string' && o.range) spans.push(o as never);
        for (const x of Object.values(o)) walk(x);
      };
      walk(act);
      assert.ok(spans.length > 5, `act ${k}: ${spans.length} spans`);
      for (const s of spans) {
        assert.deepEqual(s.range, a.index.range(s.start, s.end), `act ${k}: the range of « ${s.text.slice(0, 40)} » is its offsets’`);
        // (A span that runs from the shared header into the act's own part holds the header, then the part.)
        const inOnePart = s.end <= header || (s.start >= part.start && s.end <= part.end);
        if (inOnePart) assert.equal(s.text, text.slice(s.start, s.end), `act ${k}: « ${s.text.slice(0, 40)} » is the document’s text at its offsets`);
      }
    });
  }
});
