// The register of acts: the core index and the REG rules on inline acts, and `actes registre` / `actes check`.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { analyze } from '../server/src/core/service';
import { ActRegister, entriesOf, seriesOf } from '../server/src/core/register';
import { compilePattern, inferPattern } from '../server/src/core/register/numbering';
import { platformPattern } from '../server/src/core/rules/register';
import { parseProfile } from '../server/src/core/settings';
import { DEFAULT_PROFILE } from '../server/src/core/profile';
import { registerFolder, DELIBERATION_2020, SECOND_075 } from './helpers/register';

const BIN = path.join(__dirname, '..', 'bin', 'actes.js');
const run = (...args: string[]) => spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8', cwd: path.join(__dirname, '..') });

/** A décision of the maire numbered `number`, dated `date` (« 2 juin 2025 »). */
const decision = (number: string, date: string, extra = '') => SECOND_075.replace('DDM-2025-075', number).replace('le 2 juin 2025', `le ${date}`) + extra;

function registerOf(docs: Record<string, string>): ActRegister {
  const r = new ActRegister();
  for (const [uri, text] of Object.entries(docs)) r.set(uri, entriesOf(analyze(text).document.acts, text, uri, uri));
  return r;
}
const regDiagnostics = (text: string, uri: string, register?: ActRegister) =>
  analyze(text, { register, registerUri: uri }).diagnostics.filter((d) => d.code.startsWith('REG'));

test('without a register the REG rules say nothing, even on a duplicated number', () => {
  assert.deepEqual(regDiagnostics(SECOND_075, 'a.acte'), []);
});

test('REG-001: a number used by another act of the same collectivité, not by an act of another one', () => {
  const register = registerOf({ 'a.acte': SECOND_075, 'b.acte': decision('DDM-2025-075', '3 juin 2025') });
  const d = regDiagnostics(SECOND_075, 'a.acte', register);
  assert.deepEqual(d.map((x) => x.code), ['REG-001']);
  assert.match(d[0].message, /b\.acte/);
  const elsewhere = registerOf({ 'a.acte': SECOND_075, 'b.acte': decision('DDM-2025-075', '3 juin 2025').replace(/MAIRIE DE CHAMBERY/, 'MAIRIE DE GRENOBLE').replace(/Chambéry/g, 'Grenoble') });
  assert.deepEqual(regDiagnostics(SECOND_075, 'a.acte', elsewhere).map((x) => x.code), []);
});

test('REG-002: a gap in a series within a year (information) and a step back', () => {
  assert.deepEqual(seriesOf('DDM-2025-075', null), { key: 'DDM-2025-#|2025', year: '2025', rank: 75 });
  const gap = registerOf({ 'a.acte': decision('DDM-2025-071', '2 mai 2025'), 'b.acte': SECOND_075 });
  const d = regDiagnostics(SECOND_075, 'b.acte', gap);
  assert.deepEqual(d.map((x) => [x.code, x.severity]), [['REG-002', 'information']]);
  assert.match(d[0].message, /72 à 74/);
  const next = registerOf({ 'a.acte': decision('DDM-2025-074', '2 mai 2025'), 'b.acte': SECOND_075 });
  assert.deepEqual(regDiagnostics(SECOND_075, 'b.acte', next), []);
  const back = registerOf({ 'a.acte': decision('DDM-2025-080', '2 mai 2025'), 'b.acte': SECOND_075 });
  const b = regDiagnostics(SECOND_075, 'b.acte', back);
  assert.deepEqual(b.map((x) => x.code), ['REG-002']);
  assert.match(b[0].message, /revient en arrière/);
  const otherYear = registerOf({ 'a.acte': decision('DDM-2024-012', '2 mai 2024'), 'b.acte': SECOND_075 });
  assert.deepEqual(regDiagnostics(SECOND_075, 'b.acte', otherYear), []);
});

test('REG-001 and REG-002: « Mairie de », « Ville de », « Commune de » and a running page header name one commune, one register', () => {
  const ville = decision('DDM-2025-075', '3 juin 2025').replace('MAIRIE DE CHAMBERY', 'VILLE DE CHAMBERY');
  const dup = registerOf({ 'a.acte': SECOND_075, 'b.acte': ville });
  assert.deepEqual(regDiagnostics(SECOND_075, 'a.acte', dup).map((x) => x.code), ['REG-001']);
  const running = decision('DDM-2025-074', '2 mai 2025').replace('MAIRIE DE CHAMBERY', 'Commune de Chambéry – Décisions du Maire – 2e trimestre 2025');
  assert.deepEqual(regDiagnostics(SECOND_075, 'b.acte', registerOf({ 'a.acte': running, 'b.acte': SECOND_075 })), []);
  // (Two communes are still two registers.)
  const other = decision('DDM-2025-075', '3 juin 2025').replace('MAIRIE DE CHAMBERY', 'VILLE DE GRENOBLE').replace(/Chambéry/g, 'Grenoble');
  assert.deepEqual(regDiagnostics(SECOND_075, 'a.acte', registerOf({ 'a.acte': SECOND_075, 'b.acte': other })), []);
});

test('REG-002: the délibérations before an act in the same procès-verbal count in its series', () => {
  const seance = (n: string, objet: string) => `Délibération n° 2026-0${n}\nObjet : ${objet}\n\nVu le code général des collectivités territoriales ;\n\nLe conseil municipal, après en avoir délibéré, DÉCIDE :\n\nArticle 1er : ${objet} est approuvé.\n\nAdopté à l’unanimité.\n\n`;
  const pv = `COMMUNE DE CAZÈRES\nDépartement de la Haute-Garonne\n\nPROCÈS-VERBAL DE LA SÉANCE DU CONSEIL MUNICIPAL DU 28 MAI 2026\n\nSéance du 28 mai 2026. Membres en exercice : 27. Présents : 20. Votants : 24.\n\n${seance('92', 'Le règlement du marché')}${seance('93', 'Le tarif de la cantine')}Fait à Cazères, le 28 mai 2026\n\nLe Maire,\nHélène MARCHAND\n`;
  const before = pv.replace(/2026-093[\s\S]*$/, '').replace('2026-092', '2026-090').replace(/PROCÈS-VERBAL DE LA SÉANCE/, 'EXTRAIT DU REGISTRE DES DÉLIBÉRATIONS, SÉANCE').replace('28 MAI', '7 MAI').replace(/28 mai/g, '7 mai');
  const register = registerOf({ 'a.acte': before, 'pv.acte': pv });
  const acts = analyze(pv).document.acts;
  assert.deepEqual(acts.map((a) => a.number?.value), ['2026-092', '2026-093']);
  const d = regDiagnostics(pv, 'pv.acte', register);
  // (091 is missing, before the first; nothing is missing before the second.)
  assert.deepEqual(d.map((x) => [x.code, x.message.match(/rang \d+|rangs [\d à]+/)?.[0]]), [['REG-002', 'rang 91']]);
});

test('REG-003: a cited act whose date disagrees, with the right date as fix; an objet that disagrees', () => {
  const wrongDate = SECOND_075.replace('DCM-2020-117 du 17 juillet 2020', 'DCM-2020-117 du 10 juillet 2020');
  const register = registerOf({ 'delib.acte': DELIBERATION_2020, 'b.acte': wrongDate });
  const d = regDiagnostics(wrongDate, 'b.acte', register);
  assert.deepEqual(d.map((x) => [x.code, x.severity]), [['REG-003', 'warning']]);
  const edit = d[0].fixes![0].edits[0];
  const lines = wrongDate.split('\n');
  const line = lines[edit.range.start.line];
  const fixed = line.slice(0, edit.range.start.character) + edit.newText + line.slice(edit.range.end.character);
  assert.equal(fixed, lines[edit.range.start.line].replace('10 juillet 2020', '17 juillet 2020'));
  const wrongObject = SECOND_075.replace('relative aux délégations du conseil municipal au maire', 'relative au tarif des piscines municipales');
  const o = regDiagnostics(wrongObject, 'b.acte', registerOf({ 'delib.acte': DELIBERATION_2020 }));
  assert.deepEqual(o.map((x) => x.code), ['REG-003']);
  assert.match(o[0].message, /Délégations du conseil municipal au maire/);
});

test('REG-004: a cited act abrogated by another act of the folder', () => {
  const abrogating = DELIBERATION_2020.replace('DCM-2020-117', 'DCM-2024-010').replace(/17 juillet 2020/g, '12 février 2024')
    .replace('Article 1er : ', 'Article 1er : La délibération n° DCM-2020-117 du 17 juillet 2020 est abrogée. ');
  const register = registerOf({ 'delib.acte': DELIBERATION_2020, 'abrog.acte': abrogating, 'b.acte': SECOND_075 });
  const d = regDiagnostics(SECOND_075, 'b.acte', register);
  assert.deepEqual(d.map((x) => [x.code, x.severity]), [['REG-004', 'warning']]);
  assert.match(d[0].message, /abrog\.acte/);
  // The abrogating act itself is not told that it cites an abrogated act.
  assert.deepEqual(regDiagnostics(abrogating, 'abrog.acte', register), []);
});

test('actes registre --format json lists the three acts of the folder, the 2020 délibération first', () => {
  const folder = registerFolder();
  try {
    const r = run('registre', '--format', 'json', folder.dir);
    assert.equal(r.status, 0, r.stderr);
    const json = JSON.parse(r.stdout);
    assert.equal(json.version, 1);
    assert.equal(json.acts.length, 3);
    assert.deepEqual(json.acts.map((a: { number: string }) => a.number), ['DCM-2020-117', 'DDM-2025-075', 'DDM-2025-075']);
    assert.equal(json.acts[0].path, path.join(folder.dir, 'deliberations', 'dcm-2020-117.acte'));
    assert.equal(json.acts[0].kind, 'deliberation-cm');
    assert.equal(json.acts[0].date, '2020-07-17');
    assert.equal(json.acts[0].object, 'Délégations du conseil municipal au maire');
    const md = run('registre', folder.dir);
    assert.match(md.stdout, /\| DCM-2020-117 \| 2020-07-17 \| délibération du conseil municipal \|/);
    const csv = run('registre', '--format', 'csv', folder.dir);
    assert.equal(csv.stdout.trim().split('\n').length, 4);
    const bad = run('registre', '--format', 'xml', folder.dir);
    assert.equal(bad.status, 2);
    assert.match(bad.stderr, /Format inconnu/);
  } finally {
    folder.remove();
  }
});

test('the view « Registre des actes » groups the acts by kind, then by year (most recent first), in date order', async () => {
  const { groupRegister, actLabel } = await import('../client/src/registre-groups');
  const act = (number: string | null, kindLabel: string, date: string | null) => ({ uri: `file:///${number}`, path: `${number}.acte`, number, kind: 'k', kindLabel, date, object: 'Objet', status: 'en vigueur' });
  const groups = groupRegister([
    act('DDM-2025-075', 'Décision du maire', '2025-04-17'), act('DCM-2020-117', 'Délibération du conseil municipal', '2020-07-17'),
    act('DDM-2025-012', 'Décision du maire', '2025-01-10'), act('DDM-2024-200', 'Décision du maire', '2024-12-30'), act(null, 'Décision du maire', null),
  ]);
  assert.deepEqual(groups.map((g) => [g.label, g.count]), [['Décision du maire', 4], ['Délibération du conseil municipal', 1]]);
  assert.deepEqual(groups[0].years.map((y) => [y.year, y.acts.map((a) => a.number)]), [['2025', ['DDM-2025-012', 'DDM-2025-075']], ['2024', ['DDM-2024-200']], ['Sans date', [null]]]);
  assert.equal(actLabel(groups[1].years[0].acts[0]), 'DCM-2020-117 — Objet');
});

test('actes check over a folder reports REG-001 on seed 000 naming the other file, the same with one thread or two', () => {
  // Enough acts for worker threads (50 files or more), each with a number of its own, and a file that cannot be read.
  const extra: Record<string, string> = { 'illisible.acte': '' };
  for (let i = 1; i <= 48; i++) {
    extra[`dcm-2019-${String(i).padStart(3, '0')}.acte`] = DELIBERATION_2020.replace('DCM-2020-117', `DCM-2019-${String(i).padStart(3, '0')}`).replace(/17 juillet 2020/g, '3 mars 2019');
  }
  const folder = registerFolder(extra);
  try {
    writeFileSync(path.join(folder.dir, 'illisible.acte'), Buffer.from('D\xe9cision du maire', 'latin1'));
    const one = run('check', '--format', 'json', '--jobs', '1', '--verbose', folder.dir);
    const two = run('check', '--format', 'json', '--jobs', '2', '--verbose', folder.dir);
    assert.match(one.stderr, /dans un seul fil d’exécution/);
    assert.match(two.stderr, /2 fils d’exécution/);
    assert.equal(two.stdout, one.stdout, 'same JSON whatever the number of threads');
    assert.equal(one.status, 2, 'the unreadable file makes the status 2; the others are checked');
    const files = JSON.parse(one.stdout).files as { path: string; error?: string; diagnostics?: { code: string; message: string }[] }[];
    assert.equal(files.length, 52);
    assert.ok(files.find((f) => f.path.endsWith('illisible.acte'))!.error);
    const seed = files.find((f) => f.path === folder.seed)!;
    const reg = seed.diagnostics!.filter((d) => d.code === 'REG-001');
    assert.equal(reg.length, 1);
    assert.ok(reg[0].message.includes(folder.second), reg[0].message);
    const second = files.find((f) => f.path === folder.second)!;
    assert.ok(second.diagnostics!.some((d) => d.code === 'REG-001' && d.message.includes(folder.seed)));
    const others = files.filter((f) => f.path !== folder.seed && f.path !== folder.second);
    assert.ok(others.every((f) => !(f.diagnostics ?? []).some((d) => d.code === 'REG-001')), 'numbers used once: no REG-001');
    // A single file has a register of one: no REG finding.
    const alone = run('check', '--format', 'json', folder.seed);
    assert.ok(!JSON.parse(alone.stdout).files[0].diagnostics.some((d: { code: string }) => d.code.startsWith('REG')));
    // The same file named twice is one act, not two acts with the same number.
    const twice = run('check', '--format', 'json', folder.seed, path.join(folder.dir, '.', path.basename(folder.seed)));
    assert.ok(JSON.parse(twice.stdout).files.every((f: { diagnostics: { code: string }[] }) => !f.diagnostics.some((d) => d.code.startsWith('REG'))));
  } finally {
    folder.remove();
  }
});

test('numbering patterns: read, matched, formatted and inferred from a number', () => {
  const p = compilePattern('DCM-{AAAA}-{NNN}')!;
  assert.deepEqual(p.match('dcm-2025-075'), { year: '2025', rank: 75 });
  assert.equal(p.match('DCM-2025-07X'), null);
  assert.equal(p.format('2026', 4), 'DCM-2026-004');
  assert.equal(compilePattern('AR{AA}_{NNNN}')!.format('2025', 12), 'AR25_0012');
  assert.deepEqual(compilePattern('AR{AA}_{NNNN}')!.match('AR25_0012'), { year: '2025', rank: 12 });
  for (const bad of ['DCM-{AAAA}', 'DCM-{NNN}-{NN}', 'DCM {NNN}', 'DCM-{MM}-{NNN}', '', 'X'.repeat(41) + '{N}']) assert.equal(compilePattern(bad), null, bad);
  assert.equal(inferPattern('DDM-2025-075'), 'DDM-{AAAA}-{NNN}');
  assert.equal(inferPattern('2024-15'), '{AAAA}-{NN}');
  assert.equal(inferPattern('AR_12'), 'AR_{NN}');
  assert.equal(inferPattern('sans chiffre'), null);
});

test('the profile key numerotation is validated field by field, with a French message and the default', () => {
  const ok = parseProfile([{ value: { numerotation: { deliberation: 'DCM{AAAA}_{NNN}', arrete: 'AR{AAAA}_{NNN}' } }, where: 'actes.json' }]);
  assert.deepEqual(ok.problems, []);
  assert.deepEqual(ok.profile.numerotation, { deliberation: 'DCM{AAAA}_{NNN}', arrete: 'AR{AAAA}_{NNN}' });
  for (const bad of ['DCM-{AAAA}-{NNN}', { deliberation: 'DCM-{AAAA}' }, { contrat: 'C{NNN}' }]) {
    const r = parseProfile([{ value: { numerotation: bad, nom: 'Chambéry' }, where: 'actes.json' }]);
    assert.equal(r.profile.numerotation, null);
    assert.equal(r.profile.name, 'Chambéry', 'the other fields still apply');
    assert.equal(r.problems.length, 1);
    assert.match(r.problems[0], /« numerotation » doit être un objet .*\{NNN\}.*valeur par défaut utilisée/);
  }
});

test('REG-005: once per series, on its latest act, when the series’ pattern cannot pass the profile’s platform', () => {
  const s2low = { ...DEFAULT_PROFILE, teletransmission: 's2low' as const };
  const docs = { 'a.acte': decision('DDM-2025-073', '2 mai 2025'), 'b.acte': decision('DDM-2025-074', '20 mai 2025'), 'c.acte': SECOND_075 };
  const register = registerOf(docs);
  const reg5 = (uri: keyof typeof docs, profile = s2low as typeof DEFAULT_PROFILE, r: ActRegister | null = register) =>
    analyze(docs[uri], { register: r ?? undefined, registerUri: uri, profile }).diagnostics.filter((d) => d.code === 'REG-005');
  const last = reg5('c.acte');
  assert.equal(last.length, 1);
  assert.equal(last[0].severity, 'warning');
  assert.match(last[0].message, /«\sDDM-\{AAAA\}-\{NNN\}\s» \(3 actes du dossier\), ne peut pas passer S²LOW.*«\sDDM_\{AAAA\}_\{NNN\}\s»/);
  assert.deepEqual([...reg5('a.acte'), ...reg5('b.acte')], [], 'said once, not on every act of the series');
  assert.deepEqual(reg5('c.acte', DEFAULT_PROFILE), [], 'no platform in the profile: nothing');
  assert.deepEqual(reg5('c.acte', s2low, null), [], 'a single act is no series');
  // The profile's pattern: said even without a folder, and not when it passes.
  const byProfile = reg5('c.acte', { ...s2low, numerotation: { decision: 'DDM-{AAAA}-{NNN}' } }, null);
  assert.equal(byProfile.length, 1);
  assert.match(byProfile[0].message, /modèle de numérotation du profil/);
  const fine = registerOf({ 'a.acte': decision('DDM_2025_074', '2 mai 2025'), 'c.acte': decision('DDM_2025_075', '2 juin 2025') });
  assert.deepEqual(analyze(decision('DDM_2025_075', '2 juin 2025'), { register: fine, registerUri: 'c.acte', profile: s2low }).diagnostics.filter((d) => d.code === 'REG-005'), []);
  assert.equal(platformPattern('Délib.{AAAA}-{NNN}'), 'DELIB_{AAAA}_{NNN}');
});

test('files.associations patterns: only those mapped to « acte », file-name and path globs, bounded', async () => {
  const { actePatterns, associations } = await import('../server/src/lsp/associations');
  assert.deepEqual(actePatterns({ '*.txt': 'acte', '*.md': 'markdown', 'actes/**/*.doc': 'acte' }), ['*.txt', 'actes/**/*.doc']);
  assert.equal(actePatterns(Object.fromEntries(Array.from({ length: 100 }, (_, i) => [`*.x${i}`, 'acte']))).length, 32);
  assert.deepEqual(actePatterns('*.txt'), []);
  const a = associations(['*.{txt,text}', '**/registre/*.doc', 'arr[eê]t?.md']);
  assert.ok(a.matches('/srv/mairie/a.txt') && a.matches('/srv/mairie/b.TEXT'));
  assert.ok(a.matches('/srv/mairie/registre/x.doc') && !a.matches('/srv/mairie/autre/x.doc'));
  assert.ok(a.matches('/srv/arrete.md') && !a.matches('/srv/arretes.md'));
  assert.ok(!a.matches('/srv/a.txt.bak'));
  assert.deepEqual(a.watchGlobs(), ['**/*.{txt,text}', '**/registre/*.doc', '**/arr[eê]t?.md']);
  assert.ok(!associations(['{unclosed']).matches('/x/{unclosed'), 'an unreadable pattern is ignored');
  // A pattern whose wildcards could backtrack without end (from a cloned folder's settings) is ignored, and answers.
  const greedy = associations(['*a*a*a*a*a*a*a*a*a*a*b', '*.acte.txt']);
  assert.deepEqual(greedy.watchGlobs(), ['**/*.acte.txt']);
  assert.ok(!greedy.matches(`/srv/${'a'.repeat(36)}`));
  assert.ok(greedy.matches('/srv/x.acte.txt'), 'the other patterns still apply');
});

test('a cited act is located on its number, also when the citation runs over two lines or lines end with a lone CR', () => {
  const text = decision('DDM-2025-080', '3 juin 2025').replace(/^Vu /m, 'Vu la délibération\nn° DCM-2024-017 du 12 mars 2024 ;\nVu ');
  for (const t of [text, text.replace(/\n/g, '\r'), text.replace(/\n/g, '\r\n')]) {
    const [entry] = entriesOf(analyze(t).document.acts, t, 'a.acte', 'a.acte');
    const cite = entry.cites.find((c) => c.number === 'DCM-2024-017');
    assert.ok(cite, JSON.stringify(entry.cites));
    const lines = t.split(/\r\n|\r|\n/);
    const { start, end } = cite.range;
    assert.equal(start.line, end.line);
    assert.equal(lines[start.line].slice(start.character, end.character), 'DCM-2024-017');
  }
});

test('the register tells a change of any field of an entry from the same entries set again', () => {
  const r = new ActRegister();
  const entries = () => entriesOf(analyze(SECOND_075).document.acts, SECOND_075, 'a.acte', 'a.acte');
  assert.equal(r.set('a.acte', entries()), true);
  assert.equal(r.set('a.acte', entries()), false);
  const [e] = entries();
  assert.ok(e.cites.length > 0);
  const moved = { ...e, cites: e.cites.map((c, i) => (i === 0 ? { ...c, range: { ...c.range, end: { ...c.range.end, character: c.range.end.character + 1 } } } : c)) };
  assert.equal(r.set('a.acte', [moved]), true);
  assert.equal(r.set('a.acte', [{ ...moved, abrogates: ['DCM-2020-117'] }]), true);
  assert.equal(r.set('a.acte', [{ ...moved, abrogates: ['DCM-2020-117'] }]), false);
});

test('a liste des délibérations, whose lines carry the numbers of the acts it lists, is no act of the register; délibérations and arrêtés are numbered apart', () => {
  const liste = 'Commune de CHAMBERY\nSavoie\n\nLISTE DES DÉLIBÉRATIONS\nSéance du conseil municipal du mardi 10 février 2026\n\nN° DDM-2025-075 – Approbation du procès-verbal – adoptée à l’unanimité\nN° DDM-2025-076 – Tarifs – adoptée à l’unanimité\n\nAffichée le 12 février 2026.\n\nLe Maire,\nJean DUPONT\n';
  const register = registerOf({ 'a.acte': SECOND_075, 'liste.txt': liste });
  assert.deepEqual(regDiagnostics(SECOND_075, 'a.acte', register), []);
  assert.deepEqual(regDiagnostics(liste, 'liste.txt', register), []);
  // An arrêté n° 2025-012 after the délibération n° 2025-006: no gap, the registers are not the same.
  const arrete = decision('2025-012', '3 juin 2025').replace(/DÉCISION/g, 'ARRÊTÉ');
  const deliberation = DELIBERATION_2020.replace('DCM-2020-117', '2025-006').replace('17 juillet 2020', '20 mai 2025');
  const books = registerOf({ 'a.acte': arrete, 'd.acte': deliberation });
  assert.deepEqual(regDiagnostics(arrete, 'a.acte', books), []);
});
