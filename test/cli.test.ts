// `actes check`: the contract of GUIDE §2 (text and JSON output, exit codes, French errors on stderr).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { SEEDS_DIR, seedFiles } from './helpers/corpus';

const BIN = path.join(__dirname, '..', 'bin', 'actes.js');
const run = (...args: string[]) => spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8', cwd: path.join(__dirname, '..') });

test('text output reads like a compiler and exits 1 on errors', () => {
  const r = run('check', seedFiles()[0]);
  assert.equal(r.status, 1, r.stderr);
  const lines = r.stdout.trim().split('\n');
  assert.ok(lines.some((l) => /^\S+000_394f327773c6203e\.txt:56:1: error SIG-001 .+/.test(l)), r.stdout);
  assert.ok(lines.some((l) => /:56:1: error DAT-001 « Fait à Chambéry, » ne porte pas de date/.test(l)), r.stdout);
  assert.match(lines[lines.length - 1], /^1 fichier vérifié : \d+ erreurs?, \d+ avertissements?\.$/);
});

test('seed 001 has neither SIG-001 nor DAT-001', () => {
  const r = run('check', '--format', 'json', seedFiles()[1]);
  const doc = JSON.parse(r.stdout);
  const codes = doc.files[0].diagnostics.map((d: { code: string }) => d.code);
  assert.ok(!codes.includes('SIG-001') && !codes.includes('DAT-001'), codes.join(','));
});

test('JSON output follows the documented shape', () => {
  const r = run('check', '--format', 'json', SEEDS_DIR);
  assert.equal(r.status, 1);
  const doc = JSON.parse(r.stdout);
  assert.equal(doc.version, 1);
  assert.equal(doc.files.length, 2);
  const [a, b] = doc.files;
  assert.match(a.path, /000_394f327773c6203e\.txt$/);
  assert.equal(a.act.kind, 'decision-maire');
  assert.equal(a.act.number, 'DDM-2025-075');
  assert.equal(a.act.visas.length, 4);
  assert.deepEqual(a.act.articles.map((x: { number: string }) => x.number), ['1er', '2', '3', '4']);
  assert.deepEqual(a.act.placeDate.place, 'Chambéry');
  assert.equal(a.act.placeDate.date, null);
  assert.equal(a.act.recours.tribunal, 'Grenoble');
  assert.equal(a.act.transmission.identifier, '073-217300656-20250417-lmc1H33587H1-AR');
  assert.deepEqual(Object.keys(a.act.visas[0].range), ['start', 'end']);
  const ref = a.act.references.find((x: { article: string }) => x.article === 'L2122-22');
  assert.equal(ref.type, 'code-article');
  assert.equal(ref.code, 'CGCT');
  const d = a.diagnostics.find((x: { code: string }) => x.code === 'SIG-001');
  assert.equal(d.severity, 'error');
  assert.equal(typeof d.message, 'string');
  assert.equal(b.act.kind, 'deliberation-epci-bureau');
  assert.equal(b.act.seance.date, '2025-06-24');
  assert.equal(b.act.seance.convocationDate, '2025-06-18');
  assert.equal(b.act.seance.membersInOffice, 43);
  assert.equal(b.act.vote.unanimous, true);
  assert.equal(b.act.signatories[0].name, 'Patrick OLLIER');
  const maptam = b.act.references.find((x: { number: string }) => x.number === '2014-58');
  assert.deepEqual([maptam.type, maptam.nature, maptam.date], ['text', 'loi', '2014-01-27']);
});

test('usage and I/O failures: exit 2 with a French message and no stack trace', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'actes-cli-'));
  const bad = path.join(dir, 'latin1.acte');
  writeFileSync(bad, Buffer.from([0x44, 0xe9, 0x63, 0x69, 0x64, 0x65, 0xff, 0xfe]));
  mkdirSync(path.join(dir, 'vide'));
  const cases: [string[], RegExp][] = [
    [['check', path.join(dir, 'absent.acte')], /introuvable/],
    [['check', bad], /n’est pas un texte UTF-8/],
    [['check', path.join(dir, 'vide')], /Aucun acte/],
    [['check', '--format', 'xml', bad], /Format inconnu/],
    [['verifier'], /Commande inconnue/],
    [[], /Usage/],
  ];
  for (const [args, message] of cases) {
    const r = run(...args);
    assert.equal(r.status, 2, `${args.join(' ')} → ${r.status}`);
    assert.match(r.stderr, message);
    assert.doesNotMatch(r.stderr, /\n\s+at /, 'no stack trace');
  }
});

test('an act without errors exits 0', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'actes-cli-'));
  const file = path.join(dir, 'ok.acte');
  writeFileSync(file, 'ARRÊTÉ N° 2024-01\nLe Maire de Trifouilly,\nVu le code général des collectivités territoriales ;\nARRÊTE :\nArticle 1er : Le marché est déplacé.\nArticle 2 : Le présent arrêté peut faire l’objet d’un recours devant le tribunal administratif de Grenoble dans un délai de deux mois à compter de sa publication.\nFait à Trifouilly, le 2 mars 2024\nLe Maire,\nJean DUPONT\n');
  const r = run('check', file);
  assert.equal(r.status, 0, r.stdout + r.stderr);
});

test('the example acts of exemples/ have no error (npm start checks them)', () => {
  const r = run('check', path.join(__dirname, '..', 'exemples'));
  assert.equal(r.status, 0, r.stdout + r.stderr);
  assert.match(r.stdout, /0 erreur, 0 avertissement\.$/m);
});

test('--niveau complet shows every remark at its own severity; an unknown level is a usage error', () => {
  const seed = path.join(__dirname, 'fixtures', 'seeds', '000_394f327773c6203e.txt');
  const count = (r: ReturnType<typeof run>) => JSON.parse(r.stdout).files[0].diagnostics.length as number;
  const essentiel = run('check', '--format', 'json', seed);
  const complet = run('check', '--format', 'json', '--niveau', 'complet', seed);
  assert.ok(count(complet) > count(essentiel), `${count(complet)} diagnostics au niveau complet, ${count(essentiel)} au niveau essentiel`);
  const bad = run('check', '--niveau', 'tout', seed);
  assert.equal(bad.status, 2);
  assert.match(bad.stderr, /Niveau inconnu : « tout »/);
});
