// Protocol tests: the bundled server (dist/server.js) spawned over stdio and driven as an editor
// would drive it. No sleeps: every step waits for the message it expects.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type {
  CodeAction, CompletionList, Diagnostic, DocumentLink, DocumentSymbol, FoldingRange, Hover, MarkupContent, SelectionRange, SymbolInformation, TextEdit,
} from 'vscode-languageserver-protocol';
import { LspClient, SEED_000, SEED_001, fileUri, readText } from './helpers/lsp';

const uri000 = fileUri(SEED_000);
const uri001 = fileUri(SEED_001);
const text000 = readText(SEED_000);
const text001 = readText(SEED_001);
const codes = (ds: Diagnostic[]) => ds.map((d) => d.code);
const lineOf = (text: string, needle: string) => text.split(/\r?\n/).findIndex((l) => l.includes(needle));
const lastIndex = <T>(list: T[], match: (x: T) => boolean) => list.reduce((found, x, i) => (match(x) ? i : found), -1);

describe('language server over stdio', () => {
  let client: LspClient;

  before(async () => {
    client = await LspClient.start();
  });
  after(() => client?.kill());

  test('initialize announces the features', () => {
    const caps = client.initializeResult.capabilities;
    assert.equal(client.initializeResult.serverInfo?.name, 'actes-language-server');
    assert.deepEqual(caps.textDocumentSync, { openClose: true, change: 2 });
    for (const k of ['documentSymbolProvider', 'foldingRangeProvider', 'selectionRangeProvider', 'documentLinkProvider', 'completionProvider', 'hoverProvider', 'codeActionProvider'] as const) {
      assert.ok(caps[k], `${k} manquant`);
    }
  });

  test('diagnostics of both seeds are pushed after didOpen', async () => {
    await client.open(uri000, text000, 1);
    await client.open(uri001, text001, 1);
    const d000 = (await client.diagnosticsFor(uri000, 1)).diagnostics;
    const d001 = (await client.diagnosticsFor(uri001, 1)).diagnostics;
    for (const code of ['SIG-001', 'DAT-001']) {
      const d = d000.find((x) => x.code === code);
      assert.ok(d, `${code} attendu sur le seed 000 (reçu ${codes(d000).join(', ')})`);
      assert.equal(d.severity, 1);
      assert.equal(d.source, 'actes');
      assert.match(d.codeDescription?.href ?? '', /^https:\/\/www\.legifrance\.gouv\.fr\//);
    }
    assert.ok(!codes(d001).includes('SIG-001') && !codes(d001).includes('DAT-001'), `seed 001 : ${codes(d001).join(', ')}`);
    for (const d of [...d000, ...d001]) assert.equal(d.source, 'actes');
  });

  test('the outline lists each article of seed 000 under the dispositif', async () => {
    const symbols = await client.request<DocumentSymbol[]>('textDocument/documentSymbol', { textDocument: { uri: uri000 } });
    const names = symbols.map((s) => s.name);
    for (const n of ['En-tête', 'Visas', 'Dispositif']) assert.ok(names.includes(n), `${n} absent de ${names.join(', ')}`);
    const dispositif = symbols.find((s) => s.name === 'Dispositif')!;
    const articles = (dispositif.children ?? []).map((c) => c.name);
    assert.deepEqual(articles, ['Article 1er', 'Article 2', 'Article 3', 'Article 4']);
    assert.equal(symbols.find((s) => s.name === 'Visas')!.children?.length, 4);
    const contains = (outer: DocumentSymbol, inner: DocumentSymbol) =>
      (outer.range.start.line < inner.range.start.line || (outer.range.start.line === inner.range.start.line && outer.range.start.character <= inner.range.start.character))
      && (outer.range.end.line > inner.range.end.line || (outer.range.end.line === inner.range.end.line && outer.range.end.character >= inner.range.end.character));
    const check = (s: DocumentSymbol) => {
      assert.ok(contains(s, { ...s, range: s.selectionRange }), `selectionRange hors de ${s.name}`);
      for (const c of s.children ?? []) {
        assert.ok(contains(s, c), `${c.name} déborde de ${s.name}`);
        check(c);
      }
    };
    symbols.forEach(check);
  });

  test('folding covers the visas and the considérants of seed 001', async () => {
    const ranges = await client.request<FoldingRange[]>('textDocument/foldingRange', { textDocument: { uri: uri001 } });
    const lines = text001.split(/\r?\n/);
    const firstVisa = lines.findIndex((l) => /^\s*-?\s*Vu/.test(l));
    const lastVisa = lastIndex(lines, (l) => /^\s*-?\s*Vu/.test(l));
    const firstConsiderant = lines.findIndex((l) => l.startsWith('Considérant'));
    const lastConsiderant = lastIndex(lines, (l) => l.startsWith('Considérant'));
    assert.ok(ranges.some((r) => r.startLine === firstVisa && r.endLine === lastVisa), `pas de repli des visas ${firstVisa}-${lastVisa}`);
    assert.ok(ranges.some((r) => r.startLine === firstConsiderant && r.endLine === lastConsiderant), `pas de repli des considérants ${firstConsiderant}-${lastConsiderant}`);
  });

  test('document links point to Légifrance', async () => {
    const links = await client.request<DocumentLink[]>('textDocument/documentLink', { textDocument: { uri: uri001 } });
    assert.ok(links.length >= 3, `${links.length} liens`);
    for (const l of links) assert.match(l.target ?? '', /^https:\/\/www\.legifrance\.gouv\.fr\//);
    const maptam = lineOf(text001, 'loi n°2014-58');
    assert.ok(links.some((l) => l.range.start.line === maptam), 'la loi MAPTAM n’a pas de lien');
  });

  test('selection ranges grow from a reference to the whole document', async () => {
    const line = lineOf(text000, 'Vu les articles L.2122-22');
    const [sel] = await client.request<SelectionRange[]>('textDocument/selectionRange', {
      textDocument: { uri: uri000 }, positions: [{ line, character: 18 }],
    });
    const chain: SelectionRange[] = [];
    for (let s: SelectionRange | undefined = sel; s; s = s.parent) chain.push(s);
    assert.ok(chain.length >= 3, `chaîne de ${chain.length}`);
    assert.equal(chain[chain.length - 1].range.start.line, 0);
  });

  test('hover answers with Markdown, and nothing away from a reference', async () => {
    const line = lineOf(text000, 'Vu les articles L.2122-22');
    const character = text000.split('\n')[line].indexOf('L.2122-22') + 3;
    const h = await client.request<Hover | null>('textDocument/hover', { textDocument: { uri: uri000 }, position: { line, character } });
    assert.ok(h, 'pas de survol sur L.2122-22');
    assert.equal((h.contents as MarkupContent).kind, 'markdown');
    assert.match((h.contents as MarkupContent).value, /L\. 2122-22/);
    assert.ok(h.range && h.range.start.line <= line && h.range.end.line >= line);
    const blank = await client.request<Hover | null>('textDocument/hover', { textDocument: { uri: uri000 }, position: { line: 0, character: 0 } });
    assert.equal(blank, null);
  });

  test('completion after the last article of seed 000 offers "Article 5"', async () => {
    const line = lineOf(text000, 'Fait à Chambéry') - 1; // the blank line between article 4 and "Fait à"
    const list = await client.request<CompletionList>('textDocument/completion', { textDocument: { uri: uri000 }, position: { line, character: 0 } });
    const labels = list.items.map((i) => i.label);
    assert.ok(labels.some((l) => /^article 5$/i.test(l)), `propositions : ${labels.join(', ')}`);
  });

  test('completion of the dispositive verb after the recitals', async () => {
    const uri = 'untitled:verbe.acte';
    const text = 'ARRÊTÉ DU MAIRE N° 2025-001\n\nLe Maire de la commune de Vars,\n\nVu le code général des collectivités territoriales,\n\nAR';
    await client.open(uri, text, 1);
    const list = await client.request<CompletionList>('textDocument/completion', { textDocument: { uri }, position: { line: 6, character: 2 } });
    assert.ok(list.items.some((i) => i.label === 'ARRÊTE :'), list.items.map((i) => i.label).join(', '));
    await client.close(uri);
  });

  test('an incremental edit that dates "Fait à Chambéry," removes DAT-001', async () => {
    const line = lineOf(text000, 'Fait à Chambéry,');
    const character = 'Fait à Chambéry,'.length;
    await client.change(uri000, 2, [{ range: { start: { line, character }, end: { line, character } }, text: ' le 17 avril 2025' }]);
    const d = (await client.diagnosticsFor(uri000, 2)).diagnostics;
    assert.ok(!codes(d).includes('DAT-001'), codes(d).join(', '));
    assert.ok(codes(d).includes('SIG-001'));
    // Back to the original text for the next test.
    await client.change(uri000, 3, [{ range: { start: { line, character }, end: { line, character: character + ' le 17 avril 2025'.length } }, text: '' }]);
    assert.ok(codes((await client.diagnosticsFor(uri000, 3)).diagnostics).includes('DAT-001'));
  });

  test('the DAT-001 quick fix, applied, removes the diagnostic', async () => {
    const d = (await client.diagnosticsFor(uri000, 3)).diagnostics.find((x) => x.code === 'DAT-001')!;
    const actions = await client.request<CodeAction[]>('textDocument/codeAction', {
      textDocument: { uri: uri000 }, range: d.range, context: { diagnostics: [d], only: ['quickfix'] },
    });
    const fix = actions.find((a) => a.diagnostics?.some((x) => x.code === 'DAT-001'));
    assert.ok(fix, `actions : ${actions.map((a) => a.title).join(' | ')}`);
    assert.equal(fix.kind, 'quickfix');
    assert.equal(fix.isPreferred, true);
    const change = fix.edit?.documentChanges?.[0];
    assert.ok(change && 'edits' in change, 'modification attendue');
    assert.equal(change.textDocument.version, 3);
    const doc = TextDocument.create(uri000, 'acte', 3, text000);
    const fixed = TextDocument.applyEdits(doc, change.edits as TextEdit[]);
    // Only the place-and-date line changes; the rest stays byte-identical.
    const before = text000.split('\n');
    const afterFix = fixed.split('\n');
    assert.equal(afterFix.length, before.length);
    assert.deepEqual(afterFix.filter((l, i) => l !== before[i]), ['Fait à Chambéry, le 17 avril 2025']);
    await client.change(uri000, 4, [{ text: fixed }]);
    assert.ok(!codes((await client.diagnosticsFor(uri000, 4)).diagnostics).includes('DAT-001'));
  });

  test('code actions are limited to the requested range', async () => {
    const actions = await client.request<CodeAction[]>('textDocument/codeAction', {
      textDocument: { uri: uri001 }, range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, context: { diagnostics: [] },
    });
    assert.deepEqual(actions, []);
  });

  test('closing a document clears its diagnostics', async () => {
    const uri = 'untitled:ferme.acte';
    await client.open(uri, 'DÉCISION DU MAIRE N° 1\n\nDÉCIDE :\n\nArticle 1er : rien.\n', 1);
    await client.diagnosticsFor(uri, 1);
    const cleared = client.waitForDiagnostics(uri, (p) => p.version === undefined && p.diagnostics.length === 0);
    await client.close(uri);
    await cleared;
  });

  test('a client without hierarchical outline gets flat symbols with their container', async () => {
    const flat = await LspClient.start({ capabilities: { textDocument: { documentSymbol: {} } } });
    try {
      await flat.open(uri000, text000, 1);
      const symbols = await flat.request<SymbolInformation[]>('textDocument/documentSymbol', { textDocument: { uri: uri000 } });
      const articles = symbols.filter((s) => s.containerName === 'Dispositif').map((s) => s.name);
      assert.deepEqual(articles, ['Article 1er', 'Article 2', 'Article 3', 'Article 4']);
      assert.equal(await flat.stop(), 0);
    } finally {
      flat.kill();
    }
  });

  test('shutdown and exit end the process cleanly', async () => {
    assert.equal(await client.stop(), 0);
  });
});
