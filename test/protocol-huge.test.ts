// Huge documents through the protocol: a 5 MB paste of acts and a 1 MB single line (a PDF flattened by a
// copy). The server answers with diagnostics of the beginning it analyses, says so once, keeps every range
// inside the document, and stays usable: an edit of the huge document and of a normal one are analysed.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Diagnostic, DocumentSymbol, Hover } from 'vscode-languageserver-protocol';
import { LspClient, SEED_000, SEED_001, fileUri, readText } from './helpers/lsp';

const seeds = [readText(SEED_000), readText(SEED_001)];
const VOLUMINEUX = /très volumineux/;

/** Acts one after the other up to `size` characters, joined by `separator`. */
function repeatActs(size: number, separator: string): string {
  const parts: string[] = [];
  let length = 0;
  for (let i = 0; length < size; i++) {
    const act = i % 2 === 0 ? seeds[0] : seeds[1];
    const text = separator === '\n\n' ? act : act.replace(/\s*\n\s*/g, ' ');
    parts.push(text);
    length += text.length + separator.length;
  }
  return parts.join(separator);
}

function assertInside(ds: Diagnostic[], text: string): void {
  const lines = text.split(/\r\n|\r|\n/);
  for (const d of ds) {
    for (const p of [d.range.start, d.range.end]) {
      assert.ok(p.line < lines.length, `${d.code} ligne ${p.line} hors du document`);
      assert.ok(p.character <= lines[p.line].length, `${d.code} caractère ${p.character} hors de la ligne ${p.line}`);
    }
  }
}

let client: LspClient;
before(async () => {
  client = await LspClient.start({ timeout: 180_000 });
});
after(() => client?.kill());

test('a 5 MB document gets diagnostics of its beginning, is said once to be too large, and an edit is analysed', async () => {
  const text = repeatActs(5_000_000, '\n\n');
  assert.ok(text.length >= 5_000_000);
  const uri = 'untitled:colle-5-mo.acte';
  await client.open(uri, text, 1);
  const first = (await client.diagnosticsFor(uri, 1)).diagnostics;
  assert.ok(first.some((d) => d.code === 'SIG-001'), 'the acts at the beginning are checked');
  assertInside(first, text);
  const told = client.messages.filter((m) => VOLUMINEUX.test(m.message));
  assert.equal(told.length, 1);
  assert.equal(told[0].type, 3, 'an information, not an error');
  assert.match(told[0].message, /premiers caractères/);

  // A request at the end of the document, beyond the part analysed: nothing rather than something wrong.
  const lines = text.split('\n');
  const last = lines.length - 1;
  const hover = await client.request<Hover | null>('textDocument/hover', { textDocument: { uri }, position: { line: last - 3, character: 2 } });
  assert.equal(hover, null);
  const symbols = await client.request<DocumentSymbol[]>('textDocument/documentSymbol', { textDocument: { uri } });
  assert.ok(symbols.length > 0);

  // An edit at the top of the huge document: analysed, and not said again.
  await client.change(uri, 2, [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: 'x' }]);
  const second = (await client.diagnosticsFor(uri, 2)).diagnostics;
  assert.ok(second.some((d) => d.code === 'SIG-001'));
  assert.equal(client.messages.filter((m) => VOLUMINEUX.test(m.message)).length, 1);
  await client.close(uri);
});

test('a 1 MB single line gets diagnostics inside it, then a normal document is edited as usual', async () => {
  const text = repeatActs(1_000_000, ' ');
  assert.ok(text.length >= 1_000_000 && !/[\r\n]/.test(text));
  const uri = 'untitled:une-ligne.acte';
  await client.open(uri, text, 1);
  const ds = (await client.diagnosticsFor(uri, 1)).diagnostics;
  assert.ok(ds.length > 0);
  assertInside(ds, text);
  assert.equal(client.messages.filter((m) => VOLUMINEUX.test(m.message)).length, 2, 'said once for this document too');
  await client.change(uri, 2, [{ range: { start: { line: 0, character: 10 }, end: { line: 0, character: 10 } }, text: ' ' }]);
  assert.ok((await client.diagnosticsFor(uri, 2)).diagnostics.length > 0);
  await client.close(uri);

  // A normal act afterwards: its diagnostics, then those of an edit that removes the signatory's block.
  const seedUri = fileUri(SEED_000);
  await client.open(seedUri, seeds[0], 1);
  const before = (await client.diagnosticsFor(seedUri, 1)).diagnostics;
  assert.ok(before.some((d) => d.code === 'SIG-001'));
  const seedLines = seeds[0].split('\n');
  await client.change(seedUri, 2, [{ range: { start: { line: 0, character: 0 }, end: { line: seedLines.length, character: 0 } }, text: seeds[1] }]);
  const afterEdit = (await client.diagnosticsFor(seedUri, 2)).diagnostics;
  assert.ok(!afterEdit.some((d) => d.code === 'SIG-001'), 'the edit replaced the act by one that is signed');
  assert.equal(client.messages.filter((m) => VOLUMINEUX.test(m.message)).length, 2, 'nothing said about a normal document');
  assert.equal(await client.stop(), 0);
});
