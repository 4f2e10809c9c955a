// The pure part of the VS Code client: reading the skeletons of "Actes : nouvel acte…" from the
// extension's snippets file (JSON with comments), by prefix.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { snippetBody, stripJsonc } from '../client/src/snippets';
import { TEMPLATES } from '../client/src/templates';

const SNIPPETS = path.resolve(__dirname, '..', 'snippets', 'acte.code-snippets');

test('JSONC: comments and trailing commas go, strings stay', () => {
  const text = '{\n  // comment\n  "a": "http://x // y", /* block */\n  "b": ["c", "d",],\n}';
  assert.deepEqual(JSON.parse(stripJsonc(text)), { a: 'http://x // y', b: ['c', 'd'] });
  assert.deepEqual(JSON.parse(stripJsonc('{"q": "a \\" /* not a comment */"}')), { q: 'a " /* not a comment */' });
});

test('a snippet body is found by one of its prefixes, its lines joined', () => {
  const file = '{ "X": { "prefix": ["p1", "p2"], "body": ["l1", "l2"] }, "Y": { "prefix": "p3", "body": "one" } }';
  assert.equal(snippetBody(file, 'p2'), 'l1\nl2');
  assert.equal(snippetBody(file, 'p3'), 'one');
  assert.equal(snippetBody(file, 'p4'), null);
  assert.equal(snippetBody('not json', 'p1'), null);
});

test('every kind offered by "nouvel acte" has its skeleton in snippets/acte.code-snippets', (t) => {
  if (!existsSync(SNIPPETS)) return t.skip('snippets/acte.code-snippets absent');
  const file = readFileSync(SNIPPETS, 'utf8');
  assert.equal(TEMPLATES.length, 6);
  for (const { prefix: p } of TEMPLATES) assert.ok(snippetBody(file, p), `modèle « ${p} » introuvable`);
});
