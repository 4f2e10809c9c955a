// Settings through the server: `actes.rules`, `actes.collectivite` (answered to the server's
// workspace/configuration requests) and the workspace file actes.json. A bad value gives ONE
// French warning naming the field, and the defaults apply.
import { after, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, renameSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Diagnostic, ShowMessageParams } from 'vscode-languageserver-protocol';
import { EDITOR_CAPABILITIES, LspClient, SEED_000, fileUri, readText } from './helpers/lsp';

const uri = fileUri(SEED_000);
const text = readText(SEED_000);
const codes = (ds: Diagnostic[]) => ds.map((d) => d.code);
const warnings = (c: LspClient) => c.messages.filter((m: ShowMessageParams) => m.type === 2);

const clients: LspClient[] = [];
const dirs: string[] = [];
after(() => {
  clients.forEach((c) => c.kill());
  dirs.forEach((d) => rmSync(d, { recursive: true, force: true }));
});

async function startWith(settings: unknown, root: string | null = null, capabilities = EDITOR_CAPABILITIES): Promise<LspClient> {
  const c = await LspClient.start({ settings, root, capabilities });
  clients.push(c);
  return c;
}

function workspace(profile: string): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'actes-settings-'));
  dirs.push(dir);
  writeFileSync(path.join(dir, 'actes.json'), profile);
  return dir;
}

describe('settings through the language server', () => {
  test('"actes.rules": {"SIG-001": "off"} removes SIG-001', async () => {
    const c = await startWith({ rules: { 'SIG-001': 'off' } });
    await c.open(uri, text);
    const d = (await c.diagnosticsFor(uri, 1)).diagnostics;
    assert.ok(!codes(d).includes('SIG-001'), codes(d).join(', '));
    assert.ok(codes(d).includes('DAT-001'));
    assert.equal(warnings(c).length, 0);
    assert.ok(c.configurationRequests.length >= 1, 'le serveur n’a pas demandé les réglages');
    assert.equal(await c.stop(), 0);
  });

  test('a severity setting changes the severity', async () => {
    const c = await startWith({ rules: { 'DAT-001': 'hint' } });
    await c.open(uri, text);
    const d = (await c.diagnosticsFor(uri, 1)).diagnostics.find((x) => x.code === 'DAT-001');
    assert.equal(d?.severity, 4);
    assert.equal(await c.stop(), 0);
  });

  test('a bad actes.rules value gives one French warning naming the rule; the default severity applies', async () => {
    const c = await startWith({ rules: { 'SIG-001': 'grave' } });
    await c.open(uri, text);
    const d = (await c.diagnosticsFor(uri, 1)).diagnostics;
    const w = warnings(c);
    assert.equal(w.length, 1, w.map((m) => m.message).join('\n'));
    assert.match(w[0].message, /actes\.rules/);
    assert.match(w[0].message, /«\sSIG-001\s»/);
    assert.match(w[0].message, /Sévérité par défaut/);
    assert.equal(d.find((x) => x.code === 'SIG-001')?.severity, 1);

    // Changing the settings reloads them: the same problem is not announced twice, a fix applies at once.
    const again = c.nextDiagnostics(uri);
    await c.changeSettings({ rules: { 'SIG-001': 'grave', 'DAT-001': 'off' } });
    assert.ok(!codes((await again).diagnostics).includes('DAT-001'));
    assert.equal(warnings(c).length, 1);
    const fixed = c.nextDiagnostics(uri);
    await c.changeSettings({ rules: { 'SIG-001': 'off' } });
    assert.deepEqual(codes((await fixed).diagnostics).filter((x) => x === 'SIG-001' || x === 'DAT-001'), ['DAT-001']);
    assert.equal(warnings(c).length, 1);
    assert.equal(await c.stop(), 0);
  });

  test('a bad actes.collectivite field gives one warning naming it', async () => {
    const c = await startWith({ collectivite: { siren: '12' } });
    await c.open(uri, text);
    await c.diagnosticsFor(uri, 1);
    const w = warnings(c);
    assert.equal(w.length, 1, w.map((m) => m.message).join('\n'));
    assert.match(w[0].message, /actes\.collectivite/);
    assert.match(w[0].message, /«\ssiren\s»/);
    assert.equal(await c.stop(), 0);
  });

  test('a bad actes.json field gives one French warning naming it; the rest of the file applies', async () => {
    const root = workspace(JSON.stringify({ departement: '999', regles: { 'SIG-001': 'off' } }));
    const c = await startWith({}, root);
    await c.open(uri, text);
    const d = (await c.diagnosticsFor(uri, 1)).diagnostics;
    const w = warnings(c);
    assert.equal(w.length, 1, w.map((m) => m.message).join('\n'));
    assert.match(w[0].message, /actes\.json/);
    assert.match(w[0].message, /«\sdepartement\s»/);
    assert.match(w[0].message, /valeur par défaut utilisée/);
    assert.ok(!codes(d).includes('SIG-001'), 'les règles du fichier doivent s’appliquer');

    // actes.json is watched: a corrected file is reloaded.
    writeFileSync(path.join(root, 'actes.json'), JSON.stringify({ departement: '73' }));
    const reloaded = c.nextDiagnostics(uri);
    await c.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: fileUri(path.join(root, 'actes.json')), type: 2 }] });
    assert.ok(codes((await reloaded).diagnostics).includes('SIG-001'));
    assert.equal(warnings(c).length, 1);
    assert.equal(await c.stop(), 0);
  });

  test('an actes.json that is not JSON gives one warning and the default profile', async () => {
    const root = workspace('{ "nom": "Chambéry", ');
    const c = await startWith({}, root);
    await c.open(uri, text);
    const d = (await c.diagnosticsFor(uri, 1)).diagnostics;
    const w = warnings(c);
    assert.equal(w.length, 1, w.map((m) => m.message).join('\n'));
    assert.match(w[0].message, /actes\.json n’est pas un JSON valide \(ligne 1, colonne 22\s: nom de champ entre guillemets attendu, fin du fichier trouvé\)/);
    // No English parser message, no raw offset.
    assert.doesNotMatch(w[0].message, /Unexpected|Expected|JSON at|position/i);
    assert.ok(codes(d).includes('SIG-001'));
    assert.equal(await c.stop(), 0);
  });

  test('a broken actes.json names the line and column of the fault, in French', async () => {
    const root = workspace('{\n  "nom": "Chambéry",\n  "regles": { "SIG-001": "off", }\n}\n');
    const c = await startWith({}, root);
    await c.open(uri, text);
    await c.diagnosticsFor(uri, 1);
    const w = warnings(c);
    assert.equal(w.length, 1, w.map((m) => m.message).join('\n'));
    assert.match(w[0].message, /actes\.json n’est pas un JSON valide \(ligne 3, colonne 33\s: virgule en trop avant «\s}\s»\)\s; profil par défaut utilisé\./);
    assert.equal(await c.stop(), 0);
  });

  test('the server watches actes.json, its creation and deletion included (sed -i, mv)', async () => {
    const root = workspace(JSON.stringify({ regles: { 'SIG-001': 'off' } }));
    const c = await startWith({}, root);
    await c.open(uri, text);
    assert.ok(!codes((await c.diagnosticsFor(uri, 1)).diagnostics).includes('SIG-001'));
    const watch = c.registrations.find((r) => r.method === 'workspace/didChangeWatchedFiles');
    // (the register of acts watches `**/*.acte` in the same registration)
    assert.deepEqual((watch?.registerOptions as { watchers: unknown[] } | undefined)?.watchers.filter((w) => (w as { globPattern: string }).globPattern === '**/actes.json'), [{ globPattern: '**/actes.json', kind: 7 }]);
    // `mv` of a new file over actes.json: the editor reports a creation.
    const file = path.join(root, 'actes.json');
    writeFileSync(`${file}.tmp`, JSON.stringify({ regles: { 'DAT-001': 'off' } }));
    renameSync(`${file}.tmp`, file);
    let next = c.nextDiagnostics(uri);
    await c.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: fileUri(file), type: 1 }] });
    let d = codes((await next).diagnostics);
    assert.ok(d.includes('SIG-001') && !d.includes('DAT-001'), d.join(', '));
    // Deleted: back to the defaults.
    unlinkSync(file);
    next = c.nextDiagnostics(uri);
    await c.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: fileUri(file), type: 3 }] });
    d = codes((await next).diagnostics);
    assert.ok(d.includes('SIG-001') && d.includes('DAT-001'), d.join(', '));
    assert.equal(warnings(c).length, 0);
    assert.equal(await c.stop(), 0);
  });

  test('without a file watcher in the client, actes.json is re-read when a document is saved or opened', async () => {
    const root = workspace(JSON.stringify({ regles: { 'SIG-001': 'off' } }));
    const noWatcher = { ...EDITOR_CAPABILITIES, workspace: { ...EDITOR_CAPABILITIES.workspace, didChangeWatchedFiles: { dynamicRegistration: false } } };
    const c = await startWith({}, root, noWatcher);
    await c.open(uri, text);
    assert.ok(!codes((await c.diagnosticsFor(uri, 1)).diagnostics).includes('SIG-001'));
    assert.ok(!c.registrations.some((r) => r.method === 'workspace/didChangeWatchedFiles'));
    // Replaced as `sed -i` does (a new file renamed over the old one), then the act is saved.
    const file = path.join(root, 'actes.json');
    writeFileSync(`${file}.sed`, JSON.stringify({ regles: { 'DAT-001': 'off' } }));
    renameSync(`${file}.sed`, file);
    let next = c.nextDiagnostics(uri);
    await c.connection.sendNotification('textDocument/didSave', { textDocument: { uri } });
    let d = codes((await next).diagnostics);
    assert.ok(d.includes('SIG-001') && !d.includes('DAT-001'), d.join(', '));
    // Changed again, then another act is opened.
    writeFileSync(file, JSON.stringify({ regles: { 'SIG-001': 'off', 'DAT-001': 'off' } }));
    next = c.nextDiagnostics(uri);
    await c.open('untitled:autre.acte', 'DÉCIDE :\n', 1);
    d = codes((await next).diagnostics);
    assert.ok(!d.includes('SIG-001') && !d.includes('DAT-001'), d.join(', '));
    assert.equal(await c.stop(), 0);
  });

  test('settings that are not an object give one warning and the defaults', async () => {
    const c = await startWith('oui');
    await c.open(uri, text);
    const d = (await c.diagnosticsFor(uri, 1)).diagnostics;
    const w = warnings(c);
    assert.equal(w.length, 1, w.map((m) => m.message).join('\n'));
    assert.match(w[0].message, /réglages «\sactes\s» doivent former un objet/);
    assert.ok(codes(d).includes('SIG-001'));
    assert.equal(await c.stop(), 0);
  });
});
