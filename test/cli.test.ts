// `actes check`: the contract of GUIDE §2 (text and JSON output, exit codes, French errors on stderr).
import { tempDir } from './helpers/temp';
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { writeFileSync, mkdirSync, copyFileSync, symlinkSync, chmodSync } from 'node:fs';
import path from 'node:path';
import { SEEDS_DIR, seedFiles } from './helpers/corpus';
import { describeError, readAct } from '../server/src/cli/read';

const BIN = path.join(__dirname, '..', 'bin', 'actes.js');
const ROOT = path.join(__dirname, '..');
/** Runs the CLI; a run that does not finish in time is killed and fails the test instead of hanging it. */
function runIn(cwd: string, ...args: string[]) {
  const r = spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8', cwd, timeout: 120_000, maxBuffer: 256 * 1024 * 1024 });
  assert.equal(r.signal, null, `actes ${args.join(' ')} did not finish (killed by ${r.signal}); stderr: ${r.stderr}`);
  return r;
}
const run = (...args: string[]) => runIn(ROOT, ...args);

test('text output reads like a compiler and exits 1 on errors', () => {
  const r = run('check', seedFiles()[0]);
  assert.equal(r.status, 1, r.stderr);
  const lines = r.stdout.trim().split('\n');
  assert.ok(lines.some((l) => /^\S+000_394f327773c6203e\.txt:56:1: error SIG-001 .+/.test(l)), r.stdout);
  assert.ok(lines.some((l) => /:56:1: error DAT-001 «\sFait à Chambéry,\s» ne porte pas de date/.test(l)), r.stdout);
  assert.match(lines[lines.length - 1], /^1 fichier vérifié\u202f: \d+ erreurs?, \d+ avertissements?\.$/);
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
  const dir = tempDir('actes-cli-');
  const bad = path.join(dir, 'latin1.acte');
  writeFileSync(bad, Buffer.from([0x44, 0xe9, 0x63, 0x69, 0x64, 0x65, 0xff, 0xfe]));
  mkdirSync(path.join(dir, 'vide'));
  const cases: [string[], RegExp][] = [
    [['check', path.join(dir, 'absent.acte')], /introuvable/],
    [['check', bad], /n’est pas un texte UTF-8/],
    [['check', path.join(dir, 'vide')], /aucun acte/],
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
  const dir = tempDir('actes-cli-');
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
  assert.match(bad.stderr, /Niveau inconnu : «\u00a0tout\u00a0»/);
});

/** mkfifo from coreutils: Node has no API to create a FIFO. */
function mkfifo(file: string): void {
  const r = spawnSync('mkfifo', [file]);
  assert.equal(r.status, 0, `mkfifo ${file}: ${r.stderr}`);
}

interface FileEntry {
  path: string;
  error?: string;
  act?: { kind: string };
  diagnostics?: { code: string }[];
}

test('a real folder: unreadable, non-UTF-8, dangling link, link loop and FIFO are reported, the rest is checked', () => {
  const dir = tempDir('actes-cli-');
  const [seed0, seed1] = seedFiles();
  copyFileSync(seed0, path.join(dir, 'a-bon.acte'));
  mkdirSync(path.join(dir, 'sous'));
  copyFileSync(seed1, path.join(dir, 'sous', 'b-bon.txt'));
  writeFileSync(path.join(dir, 'latin1.acte'), Buffer.from('ARR\xcaT\xc9 du maire\n', 'latin1'));
  symlinkSync('absent.acte', path.join(dir, 'casse.acte'));
  symlinkSync('boucle.txt', path.join(dir, 'boucle.txt'));
  symlinkSync('..', path.join(dir, 'sous', 'parent'));
  mkfifo(path.join(dir, 'tube.txt'));
  mkdirSync(path.join(dir, 'node_modules'));
  writeFileSync(path.join(dir, 'node_modules', 'ignore.acte'), 'ignoré');
  writeFileSync(path.join(dir, 'notes.md'), 'pas un acte');

  const r = runIn(dir, 'check', '--format', 'json', '.');
  assert.equal(r.status, 2, r.stderr);
  const doc = JSON.parse(r.stdout) as { version: number; files: FileEntry[] };
  assert.equal(doc.version, 1);
  const byPath = new Map(doc.files.map((f) => [f.path, f]));
  assert.deepEqual(doc.files.map((f) => f.path), [
    './a-bon.acte', './boucle.txt', './casse.acte', './latin1.acte', './sous/b-bon.txt', './sous/parent',
  ]);
  // The good acts are checked as usual.
  assert.equal(byPath.get('./a-bon.acte')!.act!.kind, 'decision-maire');
  assert.ok(byPath.get('./a-bon.acte')!.diagnostics!.some((d) => d.code === 'SIG-001'));
  assert.equal(byPath.get('./sous/b-bon.txt')!.act!.kind, 'deliberation-epci-bureau');
  // The others carry a French explanation, and nothing else.
  assert.match(byPath.get('./latin1.acte')!.error!, /n’est pas un texte UTF-8/);
  assert.match(byPath.get('./casse.acte')!.error!, /lien symbolique cassé : sa cible «\u00a0absent\.acte\u00a0» n’existe pas/);
  assert.match(byPath.get('./boucle.txt')!.error!, /lien symbolique en boucle/);
  assert.match(byPath.get('./sous/parent')!.error!, /lien symbolique en boucle : il ramène à un dossier parent/);
  for (const p of ['./latin1.acte', './casse.acte', './boucle.txt']) assert.equal(byPath.get(p)!.act, undefined);
  // The FIFO is never opened (that would hang): a note on stderr, no entry.
  assert.equal(byPath.get('./tube.txt'), undefined);
  assert.match(r.stderr, /\.\/tube\.txt : ce n’est pas un fichier ordinaire mais un tube nommé \(FIFO\) : ignoré\./);
  assert.match(r.stderr, /^actes : \.\/latin1\.acte : ce n’est pas un texte UTF-8/m);
  assert.match(r.stderr, /^actes : \.\/casse\.acte : lien symbolique cassé/m);
  assert.doesNotMatch(r.stderr, /erreur interne|\n\s+at |Error/);

  // Text output: diagnostics of the good acts, the problems on stderr, a summary that counts both.
  const t = runIn(dir, 'check', '.');
  assert.equal(t.status, 2, t.stderr);
  assert.match(t.stdout, /^\.\/a-bon\.acte:56:1: error SIG-001 /m);
  assert.match(t.stdout, /^2 fichiers vérifiés\s: \d+ erreurs?, \d+ avertissements?\s; 4 fichiers non lus\.$/m);
  assert.match(t.stderr, /\.\/latin1\.acte : ce n’est pas un texte UTF-8/);

  // A FIFO or a dangling link named directly on the command line is reported too, and the others still checked.
  const d = runIn(dir, 'check', '--format', 'json', 'tube.txt', 'casse.acte', 'a-bon.acte');
  assert.equal(d.status, 2, d.stderr);
  const direct = JSON.parse(d.stdout) as { files: FileEntry[] };
  assert.deepEqual(direct.files.map((f) => [f.path, f.error ? 'error' : f.act!.kind]), [
    ['tube.txt', 'error'], ['casse.acte', 'error'], ['a-bon.acte', 'decision-maire'],
  ]);
  assert.match(direct.files[0].error!, /tube nommé/);
});

test('an unreadable file is reported in French and the others are checked', () => {
  const dir = tempDir('actes-cli-');
  chmodSync(dir, 0o755);
  copyFileSync(seedFiles()[0], path.join(dir, 'a.acte'));
  chmodSync(path.join(dir, 'a.acte'), 0o644);
  writeFileSync(path.join(dir, 'b.acte'), 'secret', { mode: 0o000 });
  // root reads everything: run as nobody then (the repository and node must be readable by all, as installed).
  const asNobody = process.getuid?.() === 0 ? { uid: 65534, gid: 65534 } : {};
  const r = spawnSync(process.execPath, [BIN, 'check', '--format', 'json', '.'], { encoding: 'utf8', cwd: dir, timeout: 120_000, ...asNobody });
  assert.equal(r.signal, null, r.stderr);
  assert.equal(r.status, 2, r.stderr);
  const doc = JSON.parse(r.stdout);
  assert.equal(doc.files[0].act.kind, 'decision-maire');
  assert.deepEqual(doc.files[1], { path: './b.acte', error: 'lecture refusée : droits insuffisants' });
  assert.match(r.stderr, /^actes : \.\/b\.acte : lecture refusée : droits insuffisants\.$/m);
});

test('paths come back as the user wrote them: absolute, ../ and folders joined as written', () => {
  const base = tempDir('actes-cli-');
  const dir = path.join(base, 'srv', 'actes');
  mkdirSync(path.join(dir, 'sous'), { recursive: true });
  copyFileSync(seedFiles()[0], path.join(dir, 'x.acte'));
  copyFileSync(seedFiles()[1], path.join(dir, 'sous', 'y.txt'));
  const cwd = path.join(base, 'ailleurs', 'ici');
  mkdirSync(cwd, { recursive: true });
  const abs = path.join(dir, 'x.acte');
  const r = runIn(cwd, 'check', '--format', 'json', '../../srv/actes/x.acte', abs, '../../srv/actes/', `${dir}/./sous`);
  assert.equal(r.status, 1, r.stderr);
  assert.deepEqual(JSON.parse(r.stdout).files.map((f: FileEntry) => f.path), [
    '../../srv/actes/x.acte', abs, '../../srv/actes/sous/y.txt', '../../srv/actes/x.acte', `${dir}/./sous/y.txt`,
  ]);
  const t = runIn(cwd, 'check', abs);
  assert.ok(t.stdout.startsWith(`${abs}:`), t.stdout);
});

test('a large batch goes through worker threads and gives the same output as one thread', () => {
  const dir = tempDir('actes-cli-');
  const seeds = seedFiles();
  for (let i = 0; i < 300; i++) {
    const sub = path.join(dir, `lot-${Math.floor(i / 100)}`);
    mkdirSync(sub, { recursive: true });
    copyFileSync(seeds[i % 2], path.join(sub, `acte-${String(i).padStart(3, '0')}.acte`));
  }
  writeFileSync(path.join(dir, 'lot-1', 'acte-150-latin1.acte'), Buffer.from('D\xe9cision', 'latin1'));
  // The profile must reach the workers: it turns SIG-001 off and makes TYP-005 an error.
  writeFileSync(path.join(dir, 'actes.json'), JSON.stringify({ regles: { 'SIG-001': 'off', 'TYP-005': 'error' } }));
  const one = runIn(dir, 'check', '--format', 'json', '--jobs', '1', '--verbose', '.');
  const many = runIn(dir, 'check', '--format', 'json', '--jobs', '3', '--verbose', '.');
  assert.match(one.stderr, /300 fichiers vérifiés en [\d,]+ s, dans un seul fil d’exécution\./);
  assert.match(many.stderr, /300 fichiers vérifiés en [\d,]+ s, 3 fils d’exécution\./);
  assert.equal(many.status, 2);
  assert.equal(one.status, 2);
  assert.equal(many.stdout, one.stdout, 'same JSON, same order');
  const doc = JSON.parse(many.stdout);
  assert.equal(doc.files.length, 301);
  const paths = doc.files.map((f: FileEntry) => f.path);
  assert.deepEqual(paths, [...paths].sort(), 'sorted discovery order');
  assert.equal(doc.files.filter((f: FileEntry) => f.error).length, 1);
  assert.equal(doc.files[1].act.kind, 'deliberation-epci-bureau');
  const diagnostics = doc.files.flatMap((f: FileEntry) => f.diagnostics ?? []) as { code: string; severity: string }[];
  assert.ok(!diagnostics.some((d) => d.code === 'SIG-001'), 'SIG-001 is off in the profile');
  const typ005 = diagnostics.filter((d) => d.code === 'TYP-005');
  assert.ok(typ005.length > 0 && typ005.every((d) => d.severity === 'error'), 'TYP-005 is an error in the profile');
  // Text mode too: same lines in the same order.
  const t1 = runIn(dir, 'check', '--jobs', '1', '.');
  const t3 = runIn(dir, 'check', '--jobs', '3', '.');
  assert.equal(t3.stdout, t1.stdout);
  assert.equal(t3.stderr, t1.stderr);
});

test('bad --jobs values are usage errors', () => {
  for (const v of ['0', 'deux', '-1']) {
    const r = run('check', '--jobs', v, seedFiles()[0]);
    assert.equal(r.status, 2);
    assert.match(r.stderr, /--jobs attend un nombre entier/);
  }
});

test('reading one file: vanished, a folder, a FIFO, refused, I/O error, BOM; never throws, never blocks', () => {
  const dir = tempDir('actes-cli-');
  const fifo = path.join(dir, 'tube.acte');
  mkfifo(fifo);
  const error = (p: string) => {
    const r = readAct(p);
    assert.ok('error' in r, p);
    return r.error;
  };
  assert.match(error(path.join(dir, 'parti.acte')), /^fichier introuvable : il a été supprimé ou déplacé pendant la vérification$/);
  assert.match(error(dir), /c’est un dossier/);
  assert.match(error(fifo), /tube nommé \(FIFO\)/);
  assert.match(describeError('x', Object.assign(new Error('x'), { code: 'EACCES' })), /^lecture refusée : droits insuffisants$/);
  assert.match(describeError('x', Object.assign(new Error('x'), { code: 'EIO' })), /entrée-sortie/);
  assert.match(describeError('x', Object.assign(new Error('x'), { code: 'EWHATEVER' })), /^lecture impossible \(EWHATEVER\)$/);
  const bom = path.join(dir, 'bom.acte');
  writeFileSync(bom, '\ufeffARRÊTÉ');
  assert.deepEqual(readAct(bom), { text: 'ARRÊTÉ' });
});

test('a worker that dies never loses a file: only the file that kills it is reported, the others are checked', async () => {
  const { WorkerPool } = await import('../server/src/cli/pool');
  const dir = tempDir('actes-cli-');
  const fake = (body: string) => {
    const file = path.join(dir, `worker-${Math.random().toString(36).slice(2)}.js`);
    writeFileSync(file, `const { parentPort } = require('node:worker_threads');\nparentPort.postMessage({ ready: true, catalogueError: null });\nparentPort.on('message', (m) => { ${body} });\n`);
    return file;
  };
  const ok = "parentPort.postMessage({ results: m.tasks.map((t) => ({ id: t.id, result: { out: t.entry.path, err: '', errors: 0, warnings: 0, checked: 1, failed: 0 } })) });";
  const withTimeout = <T>(p: Promise<T>) => Promise.race([
    p, new Promise<never>((_, reject) => setTimeout(() => reject(new Error('the pool lost files')), 60_000).unref()),
  ]);
  const entries = Array.from({ length: 40 }, (_, i) => ({ kind: 'file' as const, path: i === 13 ? 'poison.acte' : `f${i}.acte` }));
  const fallback = (entry: { path: string }) => ({ out: `local ${entry.path}`, err: '', errors: 0, warnings: 0, checked: 1, failed: 0 });

  // One poisonous file among 40: it is retried alone, then reported; its batch-mates are checked.
  const poisoned = new WorkerPool(fake(`if (m.tasks.some((t) => t.entry.path === 'poison.acte')) process.exit(3); ${ok}`), 2, { format: 'json', profile: {} as never }, () => {}, fallback);
  const results = await withTimeout(Promise.all(entries.map((e) => poisoned.run(e))));
  await poisoned.close();
  assert.deepEqual(results.map((r) => r.failed), entries.map((e) => (e.path === 'poison.acte' ? 1 : 0)));
  assert.match(results[13].err, /^actes : poison\.acte : erreur interne : l’analyse de ce fichier a interrompu le fil d’exécution/);
  assert.deepEqual(results.filter((r) => !r.failed).map((r) => r.out), entries.filter((e) => e.path !== 'poison.acte').map((e) => e.path));

  // Workers that always die: after a few replacements, the rest is checked in the main thread; nothing hangs.
  const doomed = new WorkerPool(fake('process.exit(3);'), 2, { format: 'json', profile: {} as never }, () => {}, fallback);
  const all = await withTimeout(Promise.all(entries.map((e) => doomed.run(e))));
  await doomed.close();
  assert.equal(all.length, 40);
  assert.ok(all.some((r) => typeof r.out === 'string' && r.out.startsWith('local ')), 'the main thread took over');
  assert.ok(all.every((r) => r.failed === 1 || (typeof r.out === 'string' && r.out.startsWith('local '))));
});

test('--format json is indented in a terminal and one line per file in a pipe, the same document either way', async () => {
  const { main } = await import('../server/src/cli');
  const capture = (isTTY: boolean) => {
    let out = '';
    const io = { out: { isTTY, write: (s: string | Uint8Array) => ((out += typeof s === 'string' ? s : Buffer.from(s).toString('utf8')), true) }, err: { write: () => true } };
    return { io, text: () => out };
  };
  const tty = capture(true);
  const pipe = capture(false);
  assert.equal(await main(['check', '--format', 'json', '--jobs', '1', SEEDS_DIR], tty.io), 1);
  assert.equal(await main(['check', '--format', 'json', '--jobs', '1', SEEDS_DIR], pipe.io), 1);
  // A person reads the terminal's output; a program reads the pipe's, a file per line, with no indentation.
  assert.match(tty.text(), /^\{\n  "version": 1,\n  "files": \[\n    \{\n      "path": /);
  const lines = pipe.text().trimEnd().split('\n');
  assert.equal(lines.length, 4, pipe.text().slice(0, 200));
  assert.equal(lines[0], '{"version":1,"files":[');
  assert.equal(lines[3], ']}');
  assert.ok(!/\n /.test(pipe.text()));
  assert.deepEqual(JSON.parse(pipe.text()), JSON.parse(tty.text()));
});

test('the text output says when a file is empty, holds no act, or stops before the act’s end', () => {
  const dir = tempDir('actes-notes-');
  writeFileSync(path.join(dir, 'vide.txt'), '');
  writeFileSync(path.join(dir, 'bruit.txt'), 'DDDD DDDD DDDD\n'.repeat(40));
  writeFileSync(path.join(dir, 'coupe.txt'), 'ARRÊTÉ N° 2026-041\nLe Maire de Lexy,\nVu le code général des collectivités territoriales ;\nConsidérant les travaux du 14 juillet 2026 ;\nARRÊTE\nArticle 1er : La circulation est interdite rue Haute le 14 juillet 2026.\nArticle 2 : Le stationne');
  const r = runIn(dir, 'check', 'vide.txt', 'bruit.txt', 'coupe.txt');
  assert.match(r.stdout, /^vide\.txt: note\u202f: fichier vide, rien à vérifier\.$/m);
  assert.match(r.stdout, /^bruit\.txt: note\u202f: aucun acte reconnu/m);
  assert.match(r.stdout, /^coupe\.txt: note\u202f: le texte s’arrête avant la fin de l’acte/m);
  assert.match(r.stdout, /^3 fichiers vérifiés/m);
});

test('a UTF-16 text with its byte order mark is read; a binary file is said to be no text', () => {
  const dir = tempDir('actes-enc-');
  const act = 'ARRÊTÉ N° 2026-041\nLe Maire de Lexy,\nVu le code général des collectivités territoriales ;\nARRÊTE\nArticle 1er : La circulation est interdite rue Haute.\n';
  writeFileSync(path.join(dir, 'utf16.txt'), Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(act, 'utf16le')]));
  writeFileSync(path.join(dir, 'archive.txt'), Buffer.from([0x1f, 0x8b, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x03, 0xff, 0xfe]));
  const r = runIn(dir, 'check', '--format', 'json', 'utf16.txt');
  assert.equal(JSON.parse(r.stdout).files[0].act.number, '2026-041');
  const b = runIn(dir, 'check', 'archive.txt');
  assert.equal(b.status, 2);
  assert.match(b.stderr, /archive\.txt : fichier binaire .*, pas un texte/);
});
