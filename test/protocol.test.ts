// Protocol tests: the bundled server (dist/server.js) spawned over stdio and driven as an editor
// would drive it. No sleeps: every step waits for the message it expects.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type {
  CodeAction, CompletionList, Diagnostic, DocumentLink, DocumentSymbol, FoldingRange, Hover, MarkupContent, SelectionRange, SymbolInformation, TextEdit,
} from 'vscode-languageserver-protocol';
import { DECISION, edit } from './helpers/acts';
import { EDITOR_CAPABILITIES, LspClient, RawServer, SEED_000, SEED_001, fileUri, frame, misnumberedAct, readText } from './helpers/lsp';

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
    assert.deepEqual(caps.textDocumentSync, { openClose: true, change: 2, save: { includeText: false } });
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

describe('client capabilities', () => {
  test('a client without Markdown gets the hover in plain text', async () => {
    const plain = await LspClient.start({ capabilities: { ...EDITOR_CAPABILITIES, textDocument: { ...EDITOR_CAPABILITIES.textDocument, hover: { contentFormat: ['plaintext'] } } } });
    try {
      await plain.open(uri000, text000, 1);
      const line = lineOf(text000, 'Vu les articles L.2122-22');
      const character = text000.split('\n')[line].indexOf('L.2122-22') + 3;
      const h = await plain.request<Hover | null>('textDocument/hover', { textDocument: { uri: uri000 }, position: { line, character } });
      assert.ok(h, 'pas de survol');
      const content = h.contents as MarkupContent;
      assert.equal(content.kind, 'plaintext');
      assert.match(content.value, /Article L\. 2122-22/);
      assert.doesNotMatch(content.value, /\*\*|\]\(|\\/, content.value);
      assert.match(content.value, /Légifrance : https:\/\/www\.legifrance\.gouv\.fr\//);
      assert.equal(await plain.stop(), 0);
    } finally {
      plain.kill();
    }
  });

  test('where several quick fixes apply, exactly one is preferred', async () => {
    const c = await LspClient.start();
    try {
      await c.open(uri000, text000, 1);
      const diagnostics = (await c.diagnosticsFor(uri000, 1)).diagnostics;
      const line = lineOf(text000, 'Vu les articles L.2122-22');
      const character = text000.split('\n')[line].indexOf('L.2122-22') + 1;
      const at = { start: { line, character }, end: { line, character } };
      const actions = await c.request<CodeAction[]>('textDocument/codeAction', { textDocument: { uri: uri000 }, range: at, context: { diagnostics: diagnostics.filter((d) => d.range.start.line <= line && d.range.end.line >= line) } });
      const titles = actions.map((a) => `${a.title}${a.isPreferred ? ' (préférée)' : ''}`).join(' | ');
      assert.ok(actions.length >= 3, titles);
      assert.equal(actions.filter((a) => a.isPreferred).length, 1, titles);
      assert.equal(await c.stop(), 0);
    } finally {
      c.kill();
    }
  });
});

describe('lifecycle (LSP specification)', () => {
  const symbolsOf = (uri: string) => ({ textDocument: { uri } });

  test('before initialize, a request gets ServerNotInitialized and a notification is dropped', async () => {
    const s = new RawServer();
    try {
      const early = await s.request(1, 'textDocument/documentSymbol', symbolsOf(uri000));
      assert.equal(early.error?.code, -32002);
      assert.match(early.error.message, /n’est pas initialisé/);
      s.notify('textDocument/didOpen', { textDocument: { uri: uri000, languageId: 'acte', version: 1, text: text000 } });
      await s.initialize(2);
      // The document opened before initialize was never opened: no outline for it.
      assert.deepEqual((await s.request(3, 'textDocument/documentSymbol', symbolsOf(uri000))).result, []);
      assert.ok(!s.received.some((m) => m.method === 'textDocument/publishDiagnostics'), 'diagnostics publiés pour un document ouvert avant initialize');
      await s.request(4, 'shutdown', null);
      s.notify('exit');
      assert.equal(await s.exited, 0);
    } finally {
      s.kill();
    }
  });

  test('a second initialize is refused and changes nothing', async () => {
    const s = new RawServer();
    try {
      await s.initialize(1);
      s.notify('textDocument/didOpen', { textDocument: { uri: uri000, languageId: 'acte', version: 1, text: text000 } });
      const again = await s.request(2, 'initialize', { processId: null, rootUri: null, capabilities: {} });
      assert.equal(again.error?.code, -32600);
      assert.match(again.error.message, /déjà été reçu/);
      // Still the first client's capabilities: a hierarchical outline, not a flat one.
      const symbols = (await s.request(3, 'textDocument/documentSymbol', symbolsOf(uri000))).result as DocumentSymbol[];
      const dispositif = symbols.find((x) => x.name === 'Dispositif');
      assert.equal(dispositif?.children?.length, 4);
      await s.request(4, 'shutdown', null);
      s.notify('exit');
      assert.equal(await s.exited, 0);
    } finally {
      s.kill();
    }
  });

  test('after shutdown, requests get InvalidRequest and exit ends with 0', async () => {
    const s = new RawServer();
    try {
      await s.initialize(1);
      assert.equal((await s.request(2, 'shutdown', null)).error, undefined);
      for (const [id, method] of [[3, 'textDocument/documentSymbol'], [4, 'shutdown'], [5, 'initialize']] as const) {
        const late = await s.request(id, method, symbolsOf(uri000));
        assert.equal(late.error?.code, -32600, method);
        assert.match(late.error.message, /arrêté/);
      }
      s.notify('exit');
      assert.equal(await s.exited, 0);
    } finally {
      s.kill();
    }
  });

  test('exit without shutdown ends with 1', async () => {
    const s = new RawServer();
    try {
      await s.initialize(1);
      s.notify('exit');
      assert.equal(await s.exited, 1);
    } finally {
      s.kill();
    }
  });

  test('an unknown request gets MethodNotFound in French', async () => {
    const s = new RawServer();
    try {
      await s.initialize(1);
      const r = await s.request(2, 'actes/inconnue', {});
      assert.equal(r.error?.code, -32601);
      assert.match(r.error.message, /méthode inconnue/);
    } finally {
      s.kill();
    }
  });
});

describe('every message in French', () => {
  test('a notification with unexpected parameters is logged in French, and the server goes on', async () => {
    const c = await LspClient.start();
    try {
      await c.connection.sendNotification('textDocument/didChange', { textDocument: { uri: uri000, version: 2 } });
      await c.connection.sendNotification('textDocument/didOpen', {});
      // Messages are handled in order: once this answer is in, the logs of the two notifications are too.
      assert.deepEqual(await c.request('textDocument/documentSymbol', { textDocument: { uri: 'untitled:absent.acte' } }), []);
      const problems = c.logs.filter((l) => /textDocument\/did(?:Change|Open)/.test(l));
      assert.ok(problems.length >= 1, c.logs.join('\n'));
      for (const l of c.logs) assert.doesNotMatch(l, /failed|Cannot read|undefined|Received|Error/, l);
      assert.match(problems[0], /^Actes : la notification « textDocument\/did(?:Change|Open) » n’a pas pu être traitée/);
      assert.equal(await c.stop(), 0);
    } finally {
      c.kill();
    }
  });
});

describe('cancellation', () => {
  test('a request cancelled before it runs is answered RequestCancelled, and the server goes on', async () => {
    const s = new RawServer();
    try {
      await s.initialize(1);
      s.notify('textDocument/didOpen', { textDocument: { uri: uri000, languageId: 'acte', version: 1, text: text000 } });
      // The request and its cancellation in one write: the cancellation arrives before the request runs.
      for (const [id, method, params] of [
        [10, 'textDocument/documentSymbol', { textDocument: { uri: uri000 } }],
        [11, 'textDocument/hover', { textDocument: { uri: uri000 }, position: { line: 0, character: 0 } }],
        [12, 'textDocument/codeAction', { textDocument: { uri: uri000 }, range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, context: { diagnostics: [] } }],
      ] as const) {
        s.write(Buffer.concat([frame({ jsonrpc: '2.0', id, method, params }), frame({ jsonrpc: '2.0', method: '$/cancelRequest', params: { id } })]));
        const r = await s.response(id);
        assert.equal(r.error?.code, -32800, method);
        assert.match(r.error.message, /annulée/);
      }
      const symbols = (await s.request(13, 'textDocument/documentSymbol', { textDocument: { uri: uri000 } })).result as DocumentSymbol[];
      assert.ok(symbols.some((x) => x.name === 'Dispositif'));
    } finally {
      s.kill();
    }
  });
});

describe('malformed frames never leave the server deaf', () => {
  const ok = (id: number) => frame({ jsonrpc: '2.0', id, method: 'textDocument/documentSymbol', params: { textDocument: { uri: 'untitled:absent.acte' } } });
  const cases: [string, string][] = [
    ['a garbage header', 'ceci n’est pas un en-tête\r\n\r\n'],
    ['a header without Content-Length', 'Content-Type: application/vscode-jsonrpc\r\n\r\n{}'],
    ['a Content-Length that is not a number', 'Content-Length: douze\r\n\r\n{"jsonrpc":"2.0","method":"initialized"}'],
    ['a body that is not JSON', 'Content-Length: 28\r\n\r\n{"jsonrpc": "2.0", "id": 9, '],
    ['a Content-Length too long', 'Content-Length: 4000\r\n\r\n{"jsonrpc":"2.0","method":"initialized","params":{}}'],
    ['a Content-Length too short', 'Content-Length: 5\r\n\r\n{"jsonrpc":"2.0","method":"initialized","params":{}}'],
    ['a body that is JSON but not a message', 'Content-Length: 5\r\n\r\n[1,2]'],
  ];
  for (const [name, bad] of cases) {
    test(`${name}, then a valid request: it is answered`, async () => {
      const s = new RawServer();
      try {
        await s.initialize(1);
        assert.equal(Buffer.byteLength(bad) > 0, true);
        s.write(Buffer.concat([Buffer.from(bad, 'utf8'), ok(2)]));
        assert.deepEqual((await s.response(2)).result, []);
        // Sent separately too (the bad frame in one read, the good one in the next).
        s.write(Buffer.from(bad, 'utf8'));
        assert.deepEqual((await s.request(3, 'textDocument/documentSymbol', { textDocument: { uri: 'untitled:absent.acte' } })).result, []);
        await s.request(4, 'shutdown', null);
        s.notify('exit');
        assert.equal(await s.exited, 0);
      } finally {
        s.kill();
      }
    });
  }
});

describe('diagnostics: small publications, the latest version only', () => {
  test('typing « Le Maire, » at the end: SIG-001 is an information while the name is not typed, an error once the person stops', async () => {
    const c = await LspClient.start();
    try {
      const uri = 'untitled:frappe.acte';
      const text = `COMMUNE DE VOIRON\n\nARRÊTÉ N° 2026-412\nportant réglementation de la circulation\n\nLe Maire de Voiron,\nVu le code général des collectivités territoriales, notamment ses articles L. 2212-2 et L. 2213-1 ;\nConsidérant les travaux ;\nARRÊTE :\nArticle 1er : La circulation est interdite rue de Sermorens.\nArticle 2 : Le directeur général des services est chargé de l’exécution du présent arrêté.\n\nFait à Voiron, le 4 décembre 2026\n\n`;
      await c.open(uri, text, 1);
      await c.diagnosticsFor(uri, 1);
      const doc = TextDocument.create(uri, 'acte', 1, text);
      const end = doc.positionAt(text.length);
      await c.change(uri, 2, [{ range: { start: end, end }, text: 'Le Maire,\n' }]);
      const typing = (await c.diagnosticsFor(uri, 2)).diagnostics.find((d) => d.code === 'SIG-001');
      assert.equal(typing?.severity, 3, JSON.stringify(typing));
      // Published again, at its settled severity, when no keystroke follows.
      const settled = await c.waitForDiagnostics(uri, (p) => p.version === 2 && p.diagnostics.some((d) => d.code === 'SIG-001' && d.severity === 1));
      assert.equal(settled.diagnostics.filter((d) => d.code === 'SIG-001').length, 1);
      assert.equal(await c.stop(), 0);
    } finally {
      c.kill();
    }
  });

  test('300 articles all numbered « 1er »: one small publication, one renumbering built on request', async () => {
    const c = await LspClient.start();
    try {
      const uri = 'untitled:renumerotation.acte';
      const text = misnumberedAct(300);
      await c.open(uri, text, 1);
      const published = await c.diagnosticsFor(uri, 1);
      const bytes = Buffer.byteLength(JSON.stringify(published));
      assert.ok(bytes <= 100_000, `${bytes} octets publiés`);
      assert.doesNotMatch(JSON.stringify(published), /newText|"edits"/);
      const str003 = published.diagnostics.filter((d) => d.code === 'STR-003');
      assert.ok(str003.length >= 50, `${str003.length} STR-003`);
      for (const d of str003) assert.deepEqual(Object.keys(d.data as object).sort(), ['i', 'v']);

      // The whole document: the renumbering is offered once, for all its diagnostics.
      const lines = text.split('\n').length;
      const all = await c.request<CodeAction[]>('textDocument/codeAction', {
        textDocument: { uri }, range: { start: { line: 0, character: 0 }, end: { line: lines, character: 0 } }, context: { diagnostics: [] },
      });
      const renumber = all.filter((a) => a.title.startsWith('Renuméroter'));
      assert.equal(renumber.length, 1, all.map((a) => a.title).join(' | '));
      assert.equal(renumber[0].diagnostics?.filter((d) => d.code === 'STR-003').length, str003.length);

      // From one diagnostic: its fix, applied, renumbers every article and removes STR-003.
      const one = str003[10];
      const actions = await c.request<CodeAction[]>('textDocument/codeAction', { textDocument: { uri }, range: one.range, context: { diagnostics: [one] } });
      const fix = actions.find((a) => a.title.startsWith('Renuméroter'));
      assert.ok(fix, actions.map((a) => a.title).join(' | '));
      const change = fix.edit?.documentChanges?.[0];
      assert.ok(change && 'edits' in change);
      assert.equal(change.edits.length, 299);
      const fixed = TextDocument.applyEdits(TextDocument.create(uri, 'acte', 1, text), change.edits as TextEdit[]);
      assert.match(fixed, /ARTICLE 300 :/);
      await c.change(uri, 2, [{ text: fixed }]);
      assert.ok(!codes((await c.diagnosticsFor(uri, 2)).diagnostics).includes('STR-003'));
      assert.equal(await c.stop(), 0);
    } finally {
      c.kill();
    }
  });

  test('source.fixAll applies every « corriger tout » at once, only when asked for', async () => {
    const c = await LspClient.start();
    try {
      const uri = 'untitled:corriger-tout.acte';
      const text = edit(DECISION, 'notamment le 6° de son article L. 2122-22 et son article L. 2122-23 ;', 'notamment le 6° de son article L.2122-22 et ses articles L 2122-23 et L.2122-18 ;');
      await c.open(uri, text, 1);
      const published = (await c.diagnosticsFor(uri, 1)).diagnostics;
      const grouped = published.find((d) => d.code === 'CIT-001');
      assert.ok(grouped, codes(published).join(', '));
      const everything = { start: { line: 0, character: 0 }, end: { line: text.split('\n').length, character: 0 } };
      const quick = await c.request<CodeAction[]>('textDocument/codeAction', { textDocument: { uri }, range: everything, context: { diagnostics: [], only: ['quickfix'] } });
      assert.ok(quick.every((a) => a.kind === 'quickfix'));
      const actions = await c.request<CodeAction[]>('textDocument/codeAction', { textDocument: { uri }, range: everything, context: { diagnostics: [], only: ['source.fixAll'] } });
      assert.equal(actions.length, 1, actions.map((a) => a.title).join(' | '));
      assert.equal(actions[0].kind, 'source.fixAll.actes');
      const change = actions[0].edit?.documentChanges?.[0];
      assert.ok(change && 'edits' in change);
      const fixed = TextDocument.applyEdits(TextDocument.create(uri, 'acte', 1, text), change.edits as TextEdit[]);
      assert.ok(fixed.includes('notamment le 6° de son article L. 2122-22 et ses articles L. 2122-23 et L. 2122-18 ;'), fixed);
      await c.change(uri, 2, [{ text: fixed }]);
      assert.ok(!codes((await c.diagnosticsFor(uri, 2)).diagnostics).includes('CIT-001'));
      assert.equal(await c.stop(), 0);
    } finally {
      c.kill();
    }
  });

  test('with codeAction/resolve, a quick fix gets its edits when resolved', async () => {
    const caps = {
      ...EDITOR_CAPABILITIES,
      textDocument: { ...EDITOR_CAPABILITIES.textDocument, codeAction: { ...EDITOR_CAPABILITIES.textDocument!.codeAction, dataSupport: true, resolveSupport: { properties: ['edit'] } } },
    };
    const c = await LspClient.start({ capabilities: caps });
    try {
      assert.deepEqual(c.initializeResult.capabilities.codeActionProvider, { codeActionKinds: ['quickfix', 'source.fixAll.actes'], resolveProvider: true });
      await c.open(uri000, text000, 1);
      const d = (await c.diagnosticsFor(uri000, 1)).diagnostics.find((x) => x.code === 'DAT-001')!;
      const [action] = (await c.request<CodeAction[]>('textDocument/codeAction', { textDocument: { uri: uri000 }, range: d.range, context: { diagnostics: [d] } }))
        .filter((a) => a.diagnostics?.some((x) => x.code === 'DAT-001'));
      assert.ok(action && action.edit === undefined && action.data, JSON.stringify(action));
      const resolved = await c.request<CodeAction>('codeAction/resolve', action);
      const change = resolved.edit?.documentChanges?.[0];
      assert.ok(change && 'edits' in change, JSON.stringify(resolved));
      const fixed = TextDocument.applyEdits(TextDocument.create(uri000, 'acte', 1, text000), change.edits as TextEdit[]);
      assert.match(fixed, /Fait à Chambéry, le 17 avril 2025/);
      // Resolved after the document changed: refused (ContentModified), never applied to another text.
      await c.change(uri000, 2, [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: ' ' }]);
      await assert.rejects(c.request('codeAction/resolve', action), (e: { code?: number }) => e.code === -32801);
      assert.equal(await c.stop(), 0);
    } finally {
      c.kill();
    }
  });

  test('a burst of 200 changes: diagnostics of the last version, not of each; a request in the burst sees the last version', async () => {
    const s = new RawServer();
    try {
      await s.initialize(1);
      const uri = 'untitled:rafale.acte';
      s.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'acte', version: 1, text: text000 } });
      await s.waitFor('diagnostics v1', (m) => m.method === 'textDocument/publishDiagnostics' && (m.params as { version?: number }).version === 1);
      // Type a fifth article before "Fait à", one character per change.
      const typed = `ARTICLE 5 :\n\n${'Le Directeur général des services est chargé de l’exécution de la présente décision. '.repeat(3)}`.slice(0, 196) + '.\n\n';
      assert.equal(typed.length, 199);
      const doc = TextDocument.create(uri, 'acte', 1, text000);
      let offset = text000.indexOf('Fait à Chambéry');
      const frames: Buffer[] = [];
      for (let i = 0; i < typed.length; i++) {
        const at = doc.positionAt(offset);
        const change = { range: { start: at, end: at }, text: typed[i] };
        TextDocument.update(doc, [change], doc.version + 1);
        offset++;
        frames.push(frame({ jsonrpc: '2.0', method: 'textDocument/didChange', params: { textDocument: { uri, version: doc.version }, contentChanges: [change] } }));
      }
      frames.push(frame({ jsonrpc: '2.0', id: 2, method: 'textDocument/documentSymbol', params: { textDocument: { uri } } }));
      s.write(Buffer.concat(frames));
      const symbols = (await s.response(2)).result as DocumentSymbol[];
      const articles = (symbols.find((x) => x.name === 'Dispositif')?.children ?? []).map((x) => x.name);
      assert.deepEqual(articles, ['Article 1er', 'Article 2', 'Article 3', 'Article 4', 'Article 5']);
      const last = 1 + typed.length;
      await s.waitFor('diagnostics de la dernière version', (m) => m.method === 'textDocument/publishDiagnostics' && (m.params as { version?: number }).version === last);
      const versions = s.received.filter((m) => m.method === 'textDocument/publishDiagnostics').map((m) => (m.params as { version: number }).version);
      const intermediate = versions.filter((v) => v > 1 && v < last);
      assert.ok(intermediate.length < 20, `diagnostics publiés pour ${intermediate.length} versions intermédiaires`);
      assert.equal(versions.filter((v) => v === last).length, 1);
    } finally {
      s.kill();
    }
  });
});
