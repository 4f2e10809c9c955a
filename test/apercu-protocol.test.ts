// Through the protocol (the bundled server over stdio): the preview page `actes/apercu` follows the document's
// current version and carries a strict Content-Security-Policy; the préfecture's classification file named in
// actes.json feeds the completion after « Classification : » and CTES-003; CTES-001 is a warning in the editor.
import { tempDir } from './helpers/temp';
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { CompletionList, PublishDiagnosticsParams, TextEdit } from 'vscode-languageserver-protocol';
import { LspClient, SEED_000, SEED_001, fileUri, readText } from './helpers/lsp';

interface ApercuResult {
  uri: string;
  version: number;
  html: string;
}

let dir: string;
let client: LspClient;
/** Messages use French typographic spaces (U+00A0, U+202F); the tests read them as plain spaces. */
const plain = (s: string) => s.replace(/[\u00a0\u202f]/g, ' ');
const uriA = () => fileUri(path.join(dir, 'decision.acte'));
const uriB = () => fileUri(path.join(dir, 'deliberation.acte'));

before(async () => {
  dir = tempDir('actes-apercu-');
  mkdirSync(path.join(dir, 'prefecture'));
  writeFileSync(path.join(dir, 'prefecture', 'classification.xml'), readFileSync(path.join(__dirname, 'fixtures', 'classification', 'classification-prefecture.xml')));
  writeFileSync(path.join(dir, 'actes.json'), JSON.stringify({
    teletransmission: 's2low', classification: 'prefecture/classification.xml', signataire: { nom: 'Marie DURAND', qualite: 'Le Maire' },
  }));
  client = await LspClient.start({ root: dir });
  await client.open(uriA(), readText(SEED_000));
  await client.open(uriB(), readText(SEED_001));
});

after(async () => {
  await client?.stop().catch(() => client.kill());
});

test('actes/apercu: the page of the act (header, title, visas, dispositif, signature, #signature#) under a strict policy', async () => {
  const r = await client.request<ApercuResult>('actes/apercu', { uri: uriA() });
  assert.equal(r.uri, uriA());
  assert.equal(r.version, 1);
  const policy = /<meta http-equiv="Content-Security-Policy" content="([^"]*)">/.exec(r.html)?.[1] ?? '';
  assert.match(policy, /^default-src 'none'; style-src 'nonce-[A-Za-z0-9+/=]{16,}'; img-src 'none'; script-src 'none';/);
  const nonce = /'nonce-([^']+)'/.exec(policy)![1];
  assert.ok(r.html.includes(`<style nonce="${nonce}">`));
  assert.ok(!/<script|<link|<img|src=|url\(/i.test(r.html), 'nothing loads, nothing runs');
  assert.ok(r.html.indexOf('Content-Security-Policy') < r.html.indexOf('<style'), 'the policy comes before the stylesheet');
  assert.match(r.html, /<h1>D[eé]cision du maire n° DDM-2025-075<\/h1>/);
  assert.match(r.html, /<p>Vu la délibération n°DCM-2023-089 du 15 mai 2023/);
  assert.match(r.html, /<p class="parapheur">#signature#<\/p>/);
  assert.match(r.html, /<div class="page">/);
});

test('actes/apercu follows the text as it is typed: the latest version, computed from the server\'s analysis', async () => {
  const text = readText(SEED_000);
  const lines = text.split('\n');
  const line = lines.findIndex((l) => /^ARTICLE 2/i.test(l));
  assert.ok(line > 0);
  await client.change(uriA(), 2, [{ range: { start: { line, character: 0 }, end: { line, character: 0 } }, text: 'La piscine ouvre le dimanche.\n\n' }]);
  const r = await client.request<ApercuResult>('actes/apercu', { uri: uriA() });
  assert.equal(r.version, 2);
  assert.match(r.html, /La piscine ouvre le dimanche\./);
});

test('actes/apercu with the client\'s nonce lets only a script bearing it run; a bad nonce is ignored; unknown documents give null', async () => {
  const nonce = 'QWN0ZXNBcGVyY3VOb25jZTEy';
  const r = await client.request<ApercuResult>('actes/apercu', { uri: uriA(), nonce });
  assert.match(r.html, new RegExp(`script-src 'nonce-${nonce}'`));
  const bad = await client.request<ApercuResult>('actes/apercu', { uri: uriA(), nonce: '\'unsafe-inline\'' });
  assert.match(bad.html, /script-src 'none'/);
  assert.ok(!bad.html.includes('unsafe-inline'));
  assert.equal(await client.request('actes/apercu', { uri: fileUri(path.join(dir, 'absent.acte')) }), null);
  await assert.rejects(client.request('actes/apercu', {}), /actes\/apercu attend \{ "uri": "…" \}/);
});

test('a délibération\'s page shows its séance, vote and the signataire of the profile when the act names none', async () => {
  const r = await client.request<ApercuResult>('actes/apercu', { uri: uriB() });
  assert.match(r.html, /BM2025\/06\/24\/12/);
  assert.match(r.html, /Séance du 24 juin 2025/);
});

test('completion after « Classification : 7.1. » offers the préfecture\'s sub-matières with their labels (actes.json « classification »)', async () => {
  const uri = fileUri(path.join(dir, 'nouvelle.acte'));
  const text = `${readText(SEED_001)}\nClassification : 7.1.`;
  await client.open(uri, text);
  const lines = text.split('\n');
  const list = await client.request<CompletionList>('textDocument/completion', {
    textDocument: { uri }, position: { line: lines.length - 1, character: lines[lines.length - 1].length },
  });
  const labels = list.items.map((i) => i.label);
  assert.deepEqual(labels.slice(0, 2), ['7.1.1 – Budget primitif', '7.1.2 – Décision modificative']);
  assert.equal((list.items[0].textEdit as TextEdit).newText, '7.1.1 – Budget primitif');
  assert.equal(list.items[0].detail, 'Finances locales › Décisions budgétaires');
});

test('in the editor, CTES-001 is a warning (the act is written, not sent yet); CTES-003 reads the préfecture\'s file', async () => {
  const has = (code: string) => (p: PublishDiagnosticsParams) => p.diagnostics.some((d) => d.code === code);
  const d = await client.waitForDiagnostics(uriA(), has('CTES-001'));
  const ctes = d.diagnostics.find((x) => x.code === 'CTES-001')!;
  assert.equal(ctes.severity, 2, 'warning');
  assert.match(plain(String(ctes.message)), /S²LOW refuse le numéro « DDM-2025-075 »/);
  const uri = fileUri(path.join(dir, 'fiscalite.acte'));
  await client.open(uri, readText(SEED_000).replace('Thème Préfecture : **7 - Finances locales 1 - Decisions budgetaires**', 'Classification : 7.2'));
  const c = await client.waitForDiagnostics(uri, has('CTES-003'));
  assert.match(plain(String(c.diagnostics.find((x) => x.code === 'CTES-003')!.message)), /n’existe pas dans la classification de la préfecture \(prefecture\/classification\.xml, du 2 septembre 2024\)/);
  assert.deepEqual(client.messages.filter((m) => /classification/.test(m.message)), [], 'no warning about a good file');
});

test('the préfecture\'s file changes on disk (watched): the profile is read again and CTES-003 follows', async () => {
  const uri = fileUri(path.join(dir, 'fiscalite.acte'));
  const has = (code: string) => (p: PublishDiagnosticsParams) => p.diagnostics.some((d) => d.code === code);
  await client.waitForDiagnostics(uri, has('CTES-003'));
  assert.ok(client.registrations.some((r) => JSON.stringify(r.registerOptions ?? {}).includes('**/*.xml')), 'the server watches XML files');
  const file = path.join(dir, 'prefecture', 'classification.xml');
  const latin = readFileSync(file, 'latin1').replace('<actes:Matiere2 actes:CodeMatiere="5"', '<actes:Matiere2 actes:CodeMatiere="2" actes:Libelle="Fiscalité"/>\n      <actes:Matiere2 actes:CodeMatiere="5"');
  writeFileSync(file, Buffer.from(latin, 'latin1'));
  const next = client.nextDiagnostics(uri, (p) => !has('CTES-003')(p));
  await client.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: fileUri(file), type: 2 }] });
  await next;
});

test('a client showing previews (initializationOptions.apercu) is told when the profile was read again; the page then has the new signataire', async () => {
  const own = tempDir('actes-apercu-profil-');
  const profile = (nom: string) => writeFileSync(path.join(own, 'actes.json'), JSON.stringify({ signataire: { nom, qualite: 'Le Maire' } }));
  profile('Marie DURAND');
  const c = await LspClient.start({ root: own, initializationOptions: { apercu: true } });
  try {
    let reads = 0;
    let onRead: (() => void) | null = null;
    c.connection.onNotification('actes/profilRelu', () => {
      reads++;
      onRead?.();
    });
    const uri = fileUri(path.join(own, 'arrete.acte'));
    await c.open(uri, 'ARRÊTÉ DU MAIRE N° 2025-001\n\nLe Maire de la Commune de Test,\n\nVu le code général des collectivités territoriales ;\n\nARRÊTE :\n\nArticle 1er : La fête a lieu le 21 juin.\n');
    await c.waitForDiagnostics(uri); // published after the first reading of the settings
    assert.match((await c.request<ApercuResult>('actes/apercu', { uri })).html, /Marie DURAND/);
    const before = reads;
    const read = new Promise<void>((resolve) => (onRead = () => reads > before && resolve()));
    profile('Jeanne MARTIN');
    await c.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: fileUri(path.join(own, 'actes.json')), type: 2 }] });
    await read;
    assert.match((await c.request<ApercuResult>('actes/apercu', { uri })).html, /Jeanne MARTIN/);
  } finally {
    await c.stop().catch(() => c.kill());
  }
});
