// Extension tests run INSIDE VS Code (extension host), through the `vscode` API: the seeds are
// opened, the diagnostics, the outline, the completion and the hover come from the real client and server.
// Entry point for `--extensionTestsPath`, bundled by test/electron/run.ts (desktop VS Code) and by
// test/e2e/api.test.mjs (code-server's extension host). No test framework needed: each check throws
// on failure and `run()` rejects, which makes VS Code exit non-zero. When $ACTES_API_RESULT is set,
// the outcome of each check is also written there as JSON (the extension host of code-server has
// no terminal of its own).
import * as vscode from 'vscode';
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { lmToolChecks } from './lm-tools';

const SEEDS = process.env.ACTES_SEEDS ?? path.resolve(__dirname, '..', '..', 'test', 'fixtures', 'seeds');
const TIMEOUT = 30000;

function within<T>(what: string, promise: Promise<T>, ms = TIMEOUT): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const limit = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`délai dépassé : ${what}`)), ms);
  });
  return Promise.race([promise, limit]).finally(() => clearTimeout(timer));
}

/** Resolves with the diagnostics of `uri` as soon as they satisfy `match` (now or after a change). */
function diagnosticsWhere(uri: vscode.Uri, match: (d: readonly vscode.Diagnostic[]) => boolean): Promise<readonly vscode.Diagnostic[]> {
  return within(`diagnostics de ${path.basename(uri.fsPath)}`, new Promise((resolve) => {
    const now = vscode.languages.getDiagnostics(uri);
    if (match(now)) return resolve(now);
    const sub = vscode.languages.onDidChangeDiagnostics((e) => {
      if (!e.uris.some((u) => u.toString() === uri.toString())) return;
      const d = vscode.languages.getDiagnostics(uri);
      if (match(d)) {
        sub.dispose();
        resolve(d);
      }
    });
  }));
}

async function openAsActe(file: string): Promise<vscode.TextDocument> {
  const doc = await vscode.workspace.openTextDocument(vscode.Uri.file(file));
  const acte = await vscode.languages.setTextDocumentLanguage(doc, 'acte');
  await vscode.window.showTextDocument(acte);
  return acte;
}

const codeOf = (d: vscode.Diagnostic) => (typeof d.code === 'object' ? String(d.code.value) : String(d.code));

const checks: [string, () => Promise<void>][] = [
  ['seed 000 : SIG-001 et DAT-001 en erreur', async () => {
    const doc = await openAsActe(path.join(SEEDS, '000_394f327773c6203e.txt'));
    const d = await diagnosticsWhere(doc.uri, (ds) => ds.some((x) => codeOf(x) === 'SIG-001') && ds.some((x) => codeOf(x) === 'DAT-001'));
    for (const x of d.filter((y) => ['SIG-001', 'DAT-001'].includes(codeOf(y)))) {
      assert.equal(x.severity, vscode.DiagnosticSeverity.Error);
      assert.equal(x.source, 'actes');
    }
  }],
  ['seed 001 : ni SIG-001 ni DAT-001', async () => {
    const doc = await openAsActe(path.join(SEEDS, '001_d66c58857f472c73.txt'));
    // The outline proves the server has the document; then its diagnostics are read.
    const symbols = await within('symboles', Promise.resolve(vscode.commands.executeCommand<vscode.DocumentSymbol[]>('vscode.executeDocumentSymbolProvider', doc.uri)));
    assert.ok(symbols.some((s) => s.name === 'Visas'));
    const d = vscode.languages.getDiagnostics(doc.uri).map(codeOf);
    assert.ok(!d.includes('SIG-001') && !d.includes('DAT-001'), d.join(', '));
  }],
  ['seed 000 : le plan liste les articles sous le dispositif', async () => {
    const uri = vscode.Uri.file(path.join(SEEDS, '000_394f327773c6203e.txt'));
    const symbols = await vscode.commands.executeCommand<vscode.DocumentSymbol[]>('vscode.executeDocumentSymbolProvider', uri);
    const dispositif = symbols.find((s) => s.name === 'Dispositif');
    assert.deepEqual(dispositif?.children.map((c) => c.name), ['Article 1er', 'Article 2', 'Article 3', 'Article 4']);
  }],
  ['seed 000 : la complétion propose « Article 5 »', async () => {
    const uri = vscode.Uri.file(path.join(SEEDS, '000_394f327773c6203e.txt'));
    const doc = await vscode.workspace.openTextDocument(uri);
    const line = doc.getText().split(/\r?\n/).findIndex((l) => l.startsWith('Fait à Chambéry')) - 1;
    const list = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', uri, new vscode.Position(line, 0));
    const labels = list.items.map((i) => (typeof i.label === 'string' ? i.label : i.label.label));
    assert.ok(labels.some((l) => /^article 5$/i.test(l)), labels.join(', '));
  }],
  ['seed 000 : le survol de « L.2122-22 » montre le texte de l’article', async () => {
    const uri = vscode.Uri.file(path.join(SEEDS, '000_394f327773c6203e.txt'));
    const doc = await vscode.workspace.openTextDocument(uri);
    const offset = doc.getText().indexOf('Vu les articles L.2122-22');
    assert.ok(offset >= 0, 'visa « Vu les articles L.2122-22 » introuvable dans la graine 000');
    const position = doc.positionAt(offset + 'Vu les articles L.21'.length);
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', uri, position);
    const text = hovers.flatMap((h) => h.contents.map((c) => (typeof c === 'string' ? c : c.value))).join('\n');
    assert.match(text, /Le maire peut, en outre, par délégation du conseil municipal/, text || '(aucun survol)');
  }],
  ['nouvel acte : après « Vu le c », la complétion propose le code général des collectivités territoriales', async () => {
    const doc = await vscode.workspace.openTextDocument({ language: 'acte', content: 'ARRÊTÉ DU MAIRE\n\nVu le c' });
    const list = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', doc.uri, new vscode.Position(2, 7));
    const labels = list.items.map((i) => (typeof i.label === 'string' ? i.label : i.label.label));
    assert.ok(labels.some((l) => /code général des collectivités territoriales/.test(l)), labels.join(', ') || '(aucune proposition)');
  }],
  ['réglages par défaut du langage acte : retour à la ligne, pas de cadre autour de ’ ni des espaces insécables', async () => {
    const editor = vscode.workspace.getConfiguration('editor', { languageId: 'acte' });
    assert.equal(editor.get('wordWrap'), 'on');
    assert.equal(editor.get('unicodeHighlight.ambiguousCharacters'), false);
    assert.equal(editor.get('unicodeHighlight.invisibleCharacters'), false);
    assert.equal(editor.get('wordBasedSuggestions'), 'off');
  }],
  ['« Actes : nouvel acte… » ouvre un arrêté du maire', async () => {
    const editor = await vscode.commands.executeCommand<vscode.TextEditor | undefined>('actes.nouvelActe', 'arrete-maire');
    assert.ok(editor, 'aucun éditeur ouvert');
    assert.equal(editor.document.languageId, 'acte');
    assert.match(editor.document.getText(), /ARRÊTE/);
  }],
  ...lmToolChecks(SEEDS),
];

export async function run(): Promise<void> {
  const ext = vscode.extensions.all.find((e) => e.packageJSON?.name === 'actes');
  assert.ok(ext, 'extension Actes absente');
  await ext.activate();
  let failed = 0;
  const results: { name: string; ok: boolean; message?: string }[] = [];
  for (const [name, check] of checks) {
    try {
      await check();
      results.push({ name, ok: true });
      console.log(`  ✔ ${name}`);
    } catch (e) {
      failed++;
      results.push({ name, ok: false, message: (e as Error).message });
      console.error(`  ✖ ${name}\n    ${(e as Error).message}`);
    }
  }
  if (process.env.ACTES_API_RESULT) {
    writeFileSync(process.env.ACTES_API_RESULT, JSON.stringify({ vscode: vscode.version, appName: vscode.env.appName, results }, null, 2));
  }
  if (failed) throw new Error(`${failed} vérification(s) en échec dans VS Code`);
}
