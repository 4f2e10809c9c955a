// The server keeps open documents as lines (server/src/lsp/documents.ts) so a keystroke does not copy
// the whole text. Random incremental edits, line breaks of every kind included, must give exactly
// the text and positions that the LSP library's own TextDocument gives.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from './helpers/fc';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { LineDocument, splitLines } from '../server/src/lsp/documents';
import { readText, SEED_000 } from './helpers/lsp';

const piece = fc.constantFrom('a', 'é', 'Vu ', '\n', '\r\n', '\r', '’', '😀', 'Article 2 :', '');
const text = fc.array(piece, { maxLength: 30 }).map((p) => p.join(''));
const position = fc.record({ line: fc.integer({ min: -1, max: 12 }), character: fc.integer({ min: -1, max: 14 }) });
const change = fc.oneof(
  { weight: 9, arbitrary: fc.record({ range: fc.record({ start: position, end: position }), text }) },
  { weight: 1, arbitrary: fc.record({ text }) },
);

test('lines keep their breaks; the last piece has none', () => {
  assert.deepEqual(splitLines('a\r\nb\rc\n'), ['a\r\n', 'b\r', 'c\n', '']);
  assert.deepEqual(splitLines(''), ['']);
});

test('random edits give the same text and positions as the LSP library', () => {
  fc.assert(
    fc.property(text, fc.array(fc.array(change, { minLength: 1, maxLength: 3 }), { maxLength: 12 }), (initial, batches) => {
      const reference = TextDocument.create('u', 'acte', 1, initial);
      const mine = new LineDocument('u', 'acte', 1, initial);
      let version = 1;
      for (const batch of batches) {
        version++;
        for (const raw of batch) {
          // The library expects ranges inside the document; give both the same clamped ones.
          const c = 'range' in raw
            ? { range: { start: reference.positionAt(reference.offsetAt(clampPos(raw.range.start))), end: reference.positionAt(reference.offsetAt(clampPos(raw.range.end))) }, text: raw.text }
            : raw;
          TextDocument.update(reference, [c], version);
          mine.update([c], version);
          assert.equal(mine.getText(), reference.getText());
        }
        assert.equal(mine.version, version);
        assert.equal(mine.lineCount, reference.lineCount);
        for (let offset = 0; offset <= reference.getText().length; offset++) {
          assert.deepEqual(mine.positionAt(offset), reference.positionAt(offset), `positionAt(${offset}) de ${JSON.stringify(reference.getText())}`);
        }
        for (let line = -1; line <= reference.lineCount; line++) {
          assert.deepEqual(mine.getLineRange(line), reference.getLineRange(line), `getLineRange(${line})`);
          assert.equal(mine.getEOLCharacters(line), reference.getEOLCharacters(line), `getEOLCharacters(${line})`);
        }
        for (let line = 0; line < reference.lineCount; line++) {
          for (const character of [0, 1, 3, 100]) {
            assert.equal(mine.offsetAt({ line, character }), reference.offsetAt({ line, character }), `offsetAt(${line}, ${character})`);
          }
        }
      }
    }),
    { numRuns: 300 },
  );
});

const clampPos = (p: { line: number; character: number }) => ({ line: Math.max(0, p.line), character: Math.max(0, p.character) });

test('a character past the end of a line means its end, as for the library', () => {
  fc.assert(
    fc.property(text, fc.array(fc.record({ range: fc.record({ start: position, end: position }), text }), { maxLength: 10 }), (initial, changes) => {
      const reference = TextDocument.create('u', 'acte', 1, initial);
      const mine = new LineDocument('u', 'acte', 1, initial);
      changes.forEach((raw, i) => {
        // Lines inside the document (the library itself mishandles lines past the end); characters as given.
        const inside = (p: { line: number; character: number }) => ({ line: Math.abs(p.line) % reference.lineCount, character: Math.max(0, p.character) });
        const c = { range: { start: inside(raw.range.start), end: inside(raw.range.end) }, text: raw.text };
        TextDocument.update(reference, [c], i + 2);
        mine.update([c], i + 2);
        assert.equal(mine.getText(), reference.getText(), JSON.stringify(c));
      });
    }),
    { numRuns: 300 },
  );
});

test('typing into a seed, line by line, keeps the text exact', () => {
  const seed = readText(SEED_000);
  const reference = TextDocument.create('u', 'acte', 1, seed);
  const mine = new LineDocument('u', 'acte', 1, seed);
  for (let i = 0; i < 200; i++) {
    const line = (i * 7) % reference.lineCount;
    const c = i % 3 === 0
      ? { range: { start: { line, character: 0 }, end: { line, character: 0 } }, text: 'x\n' }
      : { range: { start: { line, character: 2 }, end: { line: line + 1, character: 1 } }, text: i % 2 ? '' : 'y' };
    TextDocument.update(reference, [c], i + 2);
    mine.update([c], i + 2);
  }
  assert.equal(mine.getText(), reference.getText());
  assert.equal(mine.lineCount, reference.lineCount);
});
