// The VS Code client's « Actes : Exporter… » without VS Code: the formats offered, the arguments given to
// dist/cli.js (no shell), the reading of its output, and a real run as the extension does it; the preview's page
// gets the client's script only under the expected policy.
import { tempDir } from './helpers/temp';
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { copyFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { EXPORT_FORMATS, exportArgs, exportSummary, readExportOutput, runExport } from '../client/src/export-run';
import { messagePage, withScript } from '../client/src/apercu-page';
import { SEED_000, SEED_001 } from './helpers/lsp';

const ROOT = path.join(__dirname, '..');
const CLI = path.join(ROOT, 'dist', 'cli.js');
const tmp = () => tempDir('actes-client-export-');

test('the QuickPick offers the five formats of `actes export`, in French', () => {
  assert.deepEqual(EXPORT_FORMATS.map((f) => f.format).sort(), ['ctes', 'docx', 'html', 'pdf', 'scdl']);
  for (const f of EXPORT_FORMATS) {
    assert.match(f.label, /^[A-ZÉ@]/);
    assert.ok(f.detail.endsWith('.'), f.label);
  }
  const usage = readFileSync(path.join(ROOT, 'server', 'src', 'export', 'cli.ts'), 'utf8');
  for (const f of EXPORT_FORMATS) assert.ok(usage.includes(`  ${f.format.padEnd(6)} `), `« ${f.format} » absent from the CLI usage`);
});

test('arguments: format, folder, profile, the editor\'s settings as JSON, then the files (a name starting with « - » made absolute)', () => {
  const args = exportArgs({
    cli: '/ext/dist/cli.js', format: 'pdf', outDir: '/tmp/sortie', files: ['/w/a.acte', '-b.acte'], profile: '/w/actes.json',
    settings: { collectivite: { signataire: { nom: 'Marie DURAND', qualite: 'Le Maire' } } }, cwd: '/w',
  });
  assert.deepEqual(args.slice(0, 7), ['/ext/dist/cli.js', 'export', 'pdf', '--out', '/tmp/sortie', '--profil', '/w/actes.json']);
  assert.equal(args[7], '--reglages');
  assert.deepEqual(JSON.parse(args[8]).collectivite.signataire.nom, 'Marie DURAND');
  assert.deepEqual(args.slice(9), ['/w/a.acte', '/w/-b.acte']);
  assert.deepEqual(exportArgs({ cli: 'c', format: 'ctes', outDir: 'o', files: ['f'], profile: null, cwd: '/' }), ['c', 'export', 'ctes', '--out', 'o', 'f']);
});

test('the CLI\'s output read back: files written (absolute), remarks, and the French summary', () => {
  const o = readExportOutput('Écrit : sortie/A.xml\nÉcrit : sortie/A.json\n', 'actes : a.acte : avertissement : S²LOW refusera le numéro.\n', '/w', 0);
  assert.deepEqual(o.written, ['/w/sortie/A.xml', '/w/sortie/A.json']);
  assert.deepEqual(o.messages, ['a.acte : avertissement : S²LOW refusera le numéro.']);
  assert.equal(exportSummary(o, '/w/sortie'), 'Actes : 2 fichiers écrits dans « /w/sortie » : A.xml, A.json ; 1 remarque dans la sortie « Actes ».');
  assert.equal(exportSummary(readExportOutput('', '', '/w', 2), '/w'), 'Actes : aucun fichier écrit.');
});

test('a real run, as the extension does it (dist/cli.js with ELECTRON_RUN_AS_NODE): ctes of seed 000 and scdl with the editor\'s settings', async (t) => {
  if (!existsSync(CLI)) return t.skip('dist/cli.js absent : lancez npm run build');
  const out = tmp();
  const o = await runExport({ cli: CLI, format: 'ctes', outDir: out, files: [SEED_000], profile: null, cwd: ROOT });
  assert.equal(o.status, 0, o.messages.join('\n'));
  assert.deepEqual(o.written.map((p) => path.basename(p)), ['DDM-2025-075.xml', 'DDM-2025-075.json']);
  assert.match(readFileSync(path.join(out, 'DDM-2025-075.xml'), 'latin1'), /actes:NumeroInterne="DDM-2025-075"/);
  // The editor's settings reach the export: the collectivité and SIRET of `actes.collectivite` are in the open-data file.
  const scdl = await runExport({
    cli: CLI, format: 'scdl', outDir: out, files: [SEED_001], profile: null, cwd: ROOT,
    settings: { collectivite: { nom: 'Commune de Test', siret: '21730065600014' } },
  });
  assert.equal(scdl.status, 0, scdl.messages.join('\n'));
  assert.deepEqual(scdl.written, [path.join(out, 'deliberations.csv')]);
  assert.match(readFileSync(scdl.written[0], 'utf8').split('\n')[1], /^Commune de Test,21730065600014,BM2025\/06\/24\/12,/);
});

test('a run that cannot export says why in French (no file, status 2), never throws', async (t) => {
  if (!existsSync(CLI)) return t.skip('dist/cli.js absent : lancez npm run build');
  const o = await runExport({ cli: CLI, format: 'pdf', outDir: tmp(), files: [path.join(tmp(), 'absent.acte')], profile: null, cwd: ROOT });
  assert.equal(o.status, 2);
  assert.deepEqual(o.written, []);
  assert.match(o.messages[0], /absent\.acte/);
  const broken = path.join(tmp(), 'actes.json');
  writeFileSync(broken, '{ "classification": "absent.xml" }');
  const w = await runExport({ cli: CLI, format: 'ctes', outDir: tmp(), files: [SEED_000], profile: broken, cwd: ROOT });
  assert.equal(w.status, 0);
  assert.match(w.messages.join('\n'), /« classification » : fichier introuvable/);
  const missingRuntime = await runExport({ cli: CLI, format: 'ctes', outDir: tmp(), files: [SEED_000], profile: null, cwd: ROOT }, path.join(tmp(), 'pas-de-node'));
  assert.equal(missingRuntime.status, 2);
  assert.match(missingRuntime.messages[0], /^l’export n’a pas pu être lancé/);
});

test('the preview page gets the client\'s scroll script only when its policy allows exactly that nonce', () => {
  const nonce = 'QWN0ZXNBcGVyY3VOb25jZTEy';
  const page = (policy: string) => `<!DOCTYPE html><html><head><meta http-equiv="Content-Security-Policy" content="${policy}"></head><body><p>x</p></body></html>`;
  const ok = withScript(page(`default-src 'none'; style-src 'nonce-${nonce}'; script-src 'nonce-${nonce}'`), nonce);
  assert.ok(ok?.includes(`<script nonce="${nonce}">`));
  assert.equal(withScript(page(`default-src 'none'; script-src 'none'`), nonce), null);
  assert.equal(withScript(page(`default-src *; script-src 'nonce-${nonce}'`), nonce), null);
  assert.equal(withScript('<html><body></body></html>', nonce), null);
  assert.match(messagePage('a < b'), /<p>a &lt; b<\/p>/);
  assert.match(messagePage('x'), /content="default-src 'none'"/);
});

test('the packaged extension holds what « Exporter… » runs: a PDF is written from the .vsix\'s files alone (no node_modules)', async (t) => {
  if (!existsSync(CLI)) return t.skip('dist/cli.js absent : lancez npm run build');
  const ls = spawnSync(process.execPath, [path.join(ROOT, 'node_modules', '@vscode', 'vsce', 'vsce'), 'ls', '--no-dependencies'], { cwd: ROOT, encoding: 'utf8' });
  assert.equal(ls.status, 0, ls.stderr);
  const files = ls.stdout.split('\n').map((l) => l.trim()).filter((l) => l && !l.startsWith('dist/catalogue'));
  for (const f of ['dist/cli.js', 'dist/cli-main.js', 'dist/fonts/DejaVuSerif.ttf', 'dist/fonts/DejaVuSerif-Bold.ttf', 'dist/data/sRGB_IEC61966_2_1.icc']) assert.ok(files.includes(f), `${f} absent du .vsix`);
  const ext = tmp();
  for (const f of files) {
    mkdirSync(path.dirname(path.join(ext, f)), { recursive: true });
    copyFileSync(path.join(ROOT, f), path.join(ext, f));
  }
  const out = tmp();
  const o = await runExport({ cli: path.join(ext, 'dist', 'cli.js'), format: 'pdf', outDir: out, files: [SEED_001], profile: null, cwd: out });
  assert.equal(o.status, 0, o.messages.join('\n'));
  assert.equal(o.written.length, 1);
  assert.match(readFileSync(o.written[0]).subarray(0, 8).toString('latin1'), /^%PDF-1\.7/);
});
