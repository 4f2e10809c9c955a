// The register of acts through LSP: the bundled server over stdio indexes the workspace folder in the background;
// definition, references, workspace symbols, links, hover and the REG diagnostics use acts never opened.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Location, PublishDiagnosticsParams, SymbolInformation, DocumentLink, Hover } from 'vscode-languageserver-protocol';
import { LspClient, fileUri, readText } from './helpers/lsp';
import { registerFolder, type RegisterFolder } from './helpers/register';

let folder: RegisterFolder;
let client: LspClient;
let seedUri: string;

const hasCode = (code: string) => (p: PublishDiagnosticsParams) => p.diagnostics.some((d) => d.code === code);
/** Position of the first occurrence of `needle` on a line holding `lineHint`. */
function positionOf(text: string, lineHint: string, needle: string) {
  const lines = text.split('\n');
  const line = lines.findIndex((l) => l.includes(lineHint) && l.includes(needle));
  assert.ok(line >= 0, `line with ${lineHint}`);
  return { line, character: lines[line].indexOf(needle) + 2 };
}

before(async () => {
  folder = registerFolder();
  client = await LspClient.start({ root: folder.dir });
  seedUri = fileUri(folder.seed);
  await client.open(seedUri, readText(folder.seed));
});

after(async () => {
  await client?.stop().catch(() => client.kill());
  folder?.remove();
});

test('seed 000 gets REG-001 naming the other act numbered DDM-2025-075, found by the background scan', async () => {
  const p = await client.waitForDiagnostics(seedUri, hasCode('REG-001'));
  const d = p.diagnostics.find((x) => x.code === 'REG-001')!;
  assert.equal(d.severity, 1);
  assert.match(d.message as string, /ddm-2025-075-minibus\.acte/);
  assert.equal(d.range.start.line, 10);
});

test('go to definition on « DCM-2020-117 » in seed 000 opens the délibération, never opened', async () => {
  const pos = positionOf(readText(folder.seed), 'DCM-2020-117', 'DCM-2020-117');
  const locations = await client.request<Location[]>('textDocument/definition', { textDocument: { uri: seedUri }, position: pos });
  assert.equal(locations.length, 1);
  assert.equal(locations[0].uri, fileUri(folder.deliberation));
  assert.equal(locations[0].range.start.line, 4, 'lands on the number in the délibération');
});

test('find references on the cited number lists both acts that cite the délibération', async () => {
  const pos = positionOf(readText(folder.seed), 'DCM-2020-117', 'DCM-2020-117');
  const locations = await client.request<Location[]>('textDocument/references', { textDocument: { uri: seedUri }, position: pos, context: { includeDeclaration: true } });
  const uris = locations.map((l) => l.uri).sort();
  assert.deepEqual(uris, [fileUri(folder.deliberation), fileUri(folder.second), seedUri].sort());
});

test('workspace symbols find acts by number and by objet', async () => {
  const byNumber = await client.request<SymbolInformation[]>('workspace/symbol', { query: 'DCM-2020' });
  assert.deepEqual(byNumber.map((s) => s.location.uri), [fileUri(folder.deliberation)]);
  const byObject = await client.request<SymbolInformation[]>('workspace/symbol', { query: 'minibus' });
  assert.deepEqual(byObject.map((s) => s.location.uri), [fileUri(folder.second)]);
  assert.match(byObject[0].name, /DDM-2025-075/);
});

test('a cited number is a document link to its act and its hover gives objet, date and status', async () => {
  const links = await client.request<DocumentLink[]>('textDocument/documentLink', { textDocument: { uri: seedUri } });
  assert.ok(links.some((l) => l.target === fileUri(folder.deliberation)));
  const pos = positionOf(readText(folder.seed), 'DCM-2020-117', 'DCM-2020-117');
  const h = await client.request<Hover>('textDocument/hover', { textDocument: { uri: seedUri }, position: pos });
  const value = (h.contents as { value: string }).value;
  assert.match(value, /17 juillet 2020/);
  assert.match(value, /Délégations du conseil municipal au maire/);
  assert.match(value, /en vigueur/);
});

test('actes/registre lists the acts in date order, the 2020 délibération first', async () => {
  const r = await client.request<{ version: number; acts: { number: string; uri: string }[] }>('actes/registre', null);
  assert.equal(r.version, 1);
  assert.equal(r.acts.length, 3);
  assert.equal(r.acts[0].number, 'DCM-2020-117');
});

test('REG-003 and REG-004 follow a file changed on disk (didChangeWatchedFiles), with the right date as quick fix', async () => {
  // An act that abrogates the délibération appears on disk.
  const abrogating = path.join(folder.dir, 'dcm-2024-010.acte');
  writeFileSync(abrogating, readText(folder.deliberation)
    .replace('DCM-2020-117', 'DCM-2024-010').replace('Délégations du conseil municipal au maire', 'Nouvelles délégations au maire')
    .replace(/17 juillet 2020/g, '12 février 2024')
    .replace('Article 1er : ', 'Article 1er : La délibération n° DCM-2020-117 du 17 juillet 2020 est abrogée. '));
  const abrogated = client.nextDiagnostics(seedUri, hasCode('REG-004'));
  await client.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: fileUri(abrogating), type: 1 }] });
  const p = await abrogated;
  const d = p.diagnostics.find((x) => x.code === 'REG-004')!;
  assert.match(d.message as string, /DCM-2020-117.*abrogé.*DCM-2024-010/);

  // The seed now cites the délibération with a wrong date.
  const text = readText(folder.seed).replace('DCM-2020-117 du 17 juillet 2020', 'DCM-2020-117 du 10 juillet 2020');
  // (The date just typed is under the caret: the warning comes at its severity once no keystroke follows.)
  const wrong = client.nextDiagnostics(seedUri, (x) => x.version === 2 && x.diagnostics.some((d) => d.code === 'REG-003' && d.severity === 2));
  await client.change(seedUri, 2, [{ text }]);
  const q = await wrong;
  const reg3 = q.diagnostics.find((x) => x.code === 'REG-003');
  assert.ok(reg3, 'REG-003 reported');
  assert.equal(reg3!.severity, 2);
  const actions = await client.request<{ title: string; edit: { documentChanges: { edits: { newText: string }[] }[] } }[]>('textDocument/codeAction', {
    textDocument: { uri: seedUri }, range: reg3!.range, context: { diagnostics: [reg3] },
  });
  const fix = actions.find((a) => /17 juillet 2020/.test(a.title));
  assert.ok(fix, 'a quick fix gives the right date');
  assert.match(fix!.edit.documentChanges[0].edits[0].newText, /17 juillet 2020/);
});

test('completion after « N° » on a new act’s title offers the next number of the series', async () => {
  const uri = fileUri(path.join(folder.dir, 'nouvelle-decision.acte'));
  const title = 'DÉCISION DU MAIRE N° DD';
  const text = `RÉPUBLIQUE FRANÇAISE\nMAIRIE DE CHAMBERY\n\n${title}\n\nLe Maire de la Ville de Chambéry,\n\nDÉCIDE :\n\nArticle 1er : Un local est prêté.\n\nFait à Chambéry, le 3 juin 2025\n`;
  await client.open(uri, text);
  const list = await client.request<{ items: { label: string; textEdit?: { range: { start: { character: number } } } }[] }>('textDocument/completion', {
    textDocument: { uri }, position: { line: 3, character: title.length },
  });
  const first = list.items[0];
  assert.equal(first.label, 'DDM-2025-076');
  assert.equal(first.textEdit!.range.start.character, title.length - 2, 'replaces what was typed of the number');
  await client.close(uri);
});

test('files the user associated with the language (files.associations) are indexed; removing the association removes them', async () => {
  // The second act numbered DDM-2025-075 is a .txt file: indexed only through `"*.txt": "acte"`.
  const other = registerFolder();
  const txt = other.second.replace(/\.acte$/, '.txt');
  renameSync(other.second, txt);
  const c = await LspClient.start({ root: other.dir, associations: { '*.txt': 'acte', '*.md': 'markdown' } });
  try {
    const uri = fileUri(other.seed);
    await c.open(uri, readText(other.seed));
    const p = await c.waitForDiagnostics(uri, hasCode('REG-001'));
    assert.match(p.diagnostics.find((x) => x.code === 'REG-001')!.message as string, /ddm-2025-075-minibus\.txt/);
    const r = await c.request<{ acts: { uri: string }[] }>('actes/registre', null);
    assert.ok(r.acts.some((a) => a.uri === fileUri(txt)));
    // The server watches the associated files too.
    assert.ok(c.registrations.some((x) => x.method === 'workspace/didChangeWatchedFiles'
      && JSON.stringify(x.registerOptions).includes('**/*.txt')));
    // Another association, with no file to match: the folder is scanned again, but the acts already indexed and
    // unchanged since are not read again.
    const rescanned = () => c.logs.filter((l) => l.includes('registre des actes :'));
    const scans = rescanned().length;
    c.associations = { '*.txt': 'acte', '*.md': 'acte' };
    await c.connection.sendNotification('workspace/didChangeConfiguration', { settings: null });
    await c.waitForLog((l) => l.includes('registre des actes :') && rescanned().length > scans);
    assert.match(rescanned().at(-1)!, /\(0 lu sur le disque\)/);
    // The association is removed: the next scan drops the .txt act, and REG-001 goes.
    c.associations = {};
    const gone = c.nextDiagnostics(uri, (x) => !x.diagnostics.some((d) => d.code === 'REG-001'));
    await c.connection.sendNotification('workspace/didChangeConfiguration', { settings: null });
    await gone;
    const after = await c.request<{ acts: { uri: string }[] }>('actes/registre', null);
    assert.ok(!after.acts.some((a) => a.uri === fileUri(txt)));
  } finally {
    await c.stop().catch(() => c.kill());
    other.remove();
  }
});

test('the profile’s numerotation: completion offers its next number first, and REG-005 says once that S²LOW would refuse the pattern', async () => {
  const other = registerFolder();
  writeFileSync(path.join(other.dir, 'actes.json'), JSON.stringify({ teletransmission: 's2low', numerotation: { decision: 'DDM-{AAAA}-{NNN}' } }));
  const c = await LspClient.start({ root: other.dir });
  try {
    const uri = fileUri(path.join(other.dir, 'nouvelle-decision.acte'));
    const title = 'DÉCISION DU MAIRE N° ';
    const text = `RÉPUBLIQUE FRANÇAISE\nMAIRIE DE CHAMBERY\n\n${title}\n\nLe Maire de la Ville de Chambéry,\n\nDÉCIDE :\n\nArticle 1er : Un local est prêté.\n\nFait à Chambéry, le 3 juin 2025\n`;
    await c.open(uri, text);
    await c.request('actes/registre', null); // the first scan is over
    const list = await c.request<{ items: { label: string; detail?: string }[] }>('textDocument/completion', {
      textDocument: { uri }, position: { line: 3, character: title.length },
    });
    assert.equal(list.items[0].label, 'DDM-2025-076');
    assert.match(list.items[0].detail!, /modèle du profil « DDM-\{AAAA\}-\{NNN\} »/);
    // The act takes that number: it is the latest of the series, the one REG-005 speaks on.
    const got = c.nextDiagnostics(uri, (x) => x.version === 2);
    await c.change(uri, 2, [{ text: text.replace(title, `${title}DDM-2025-076`) }]);
    const p = await got;
    const reg5 = p.diagnostics.filter((d) => d.code === 'REG-005');
    assert.equal(reg5.length, 1);
    assert.match(reg5[0].message as string, /modèle de numérotation du profil.*S²LOW.*DDM_\{AAAA\}_\{NNN\}/);
    const seed = fileUri(other.seed);
    await c.open(seed, readText(other.seed));
    const older = await c.waitForDiagnostics(seed, () => true);
    assert.ok(!older.diagnostics.some((d) => d.code === 'REG-005'), 'not repeated on an older act of the series');
  } finally {
    await c.stop().catch(() => c.kill());
    other.remove();
  }
});
