// The préfecture's classification file (profile key `classification`, an actes:RetourClassification XML): read in
// its declared encoding, validated with French messages, used by CTES-003 and the completion of matières instead
// of the national nomenclature; a bad file never breaks anything (national default). Also CTES-001 in the editor
// (a warning while the act is written) and in `actes check` (an error before sending).
import { tempDir } from './helpers/temp';
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import fc from './helpers/fc';
import { validateXML } from 'xmllint-wasm';
import { parseRetourClassification, decodeXml, activeNomenclature } from '../server/src/core/classification';
import { matiereCompletions } from '../server/src/core/features/completion-matiere';
import { analyze } from '../server/src/core/service';
import { loadProfileFile } from '../server/src/profile-node';
import { resolveProfile } from '../server/src/lsp/configuration';
import { catalogue, edit, fired, profileWith, DELIB } from './helpers/acts';
import { readSeed, seedFiles } from './helpers/corpus';

/** Messages use French typographic spaces (U+00A0, U+202F); the tests read them as plain spaces. */
const plain = (s: string) => s.replace(/[\u00a0\u202f]/g, ' ');
const ROOT = path.join(__dirname, '..');
const BIN = path.join(ROOT, 'bin', 'actes.js');
const FIXTURE = path.join(__dirname, 'fixtures', 'classification', 'classification-prefecture.xml');
const XSD_DIR = path.join(ROOT, 'data', 'actes-xsd');
const fixture = () => readFileSync(FIXTURE);
const tmp = () => tempDir('actes-classification-');

const prefecture = () => {
  const r = parseRetourClassification(fixture(), 'classification.xml');
  assert.ok(r.nomenclature, r.problems.join('\n'));
  return r.nomenclature;
};

test('the test fixture is a valid actes:RetourClassification (actesv1_1.xsd), in ISO-8859-1', async () => {
  const r = await validateXML({
    xml: [{ fileName: 'classification.xml', contents: fixture() }],
    schema: [{ fileName: 'actesv1_1.xsd', contents: readFileSync(path.join(XSD_DIR, 'actesv1_1.xsd')) }],
    preload: ['siret.xsd', 'insee-commun.xsd'].map((f) => ({ fileName: f, contents: readFileSync(path.join(XSD_DIR, f)) })),
  });
  assert.deepEqual(r.errors.map((e) => e.rawMessage), []);
  assert.ok(fixture().includes(Buffer.from('Décisions budgétaires', 'latin1')), 'the file is Latin-1, not UTF-8');
});

test('RetourClassification: date, every level with its full code, labels decoded from ISO-8859-1 and entities', () => {
  const n = prefecture();
  assert.equal(n.date, '2024-09-02');
  const label = (code: string) => n.matieres.find((m) => m.code === code)?.libelle;
  assert.equal(label('7'), 'Finances locales');
  assert.equal(label('7.1'), 'Décisions budgétaires');
  assert.equal(label('7.1.2'), 'Décision modificative');
  assert.equal(label('7.1.2.2'), 'Budgets annexes & régies');
  assert.equal(label('7.10'), 'Divers');
  assert.equal(label('9.5'), 'Vœux et motions', 'a character reference beyond Latin-1');
  assert.equal(label('7.2'), undefined, 'only what the préfecture lists');
  // Natures (NatureActe) are not matières.
  assert.ok(!n.matieres.some((m) => /Délibération/.test(m.libelle)));
});

test('the declared encoding decides: the same file in UTF-8 reads the same; undeclared means UTF-8', () => {
  const latin = fixture().toString('latin1');
  const utf8 = Buffer.from(latin.replace('encoding="ISO-8859-1"', 'encoding="UTF-8"'), 'utf8');
  assert.deepEqual(parseRetourClassification(utf8, 'c.xml').nomenclature?.matieres, prefecture().matieres);
  const undeclared = Buffer.from(latin.replace(' encoding="ISO-8859-1"', ''), 'utf8');
  assert.deepEqual(parseRetourClassification(undeclared, 'c.xml').nomenclature?.matieres, prefecture().matieres);
  const bom = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), undeclared]);
  assert.deepEqual(parseRetourClassification(bom, 'c.xml').nomenclature?.matieres, prefecture().matieres);
  // Latin-1 bytes under a UTF-8 declaration: said, not misread.
  const lying = Buffer.from(latin.replace('encoding="ISO-8859-1"', 'encoding="UTF-8"'), 'latin1');
  const r = parseRetourClassification(lying, 'c.xml');
  assert.equal(r.nomenclature, null);
  assert.match(r.problems[0], /^c\.xml : le fichier n’est pas un texte UTF-8 valide.*; nomenclature nationale utilisée\.$/);
  assert.match(JSON.stringify(decodeXml(Buffer.from('<?xml version="1.0" encoding="EBCDIC-FR"?><a/>'))), /encodage « EBCDIC-FR » non pris en charge/);
});

test('a file that is not a classification gives one French problem and no nomenclature', () => {
  const cases: [string, RegExp][] = [
    ['{"matieres": []}', /n’est pas un fichier de classification de la préfecture \(élément actes:RetourClassification absent\)/],
    ['<?xml version="1.0"?><actes:Acte xmlns:actes="x"/>', /élément actes:RetourClassification absent/],
    ['<actes:RetourClassification xmlns:actes="x"><actes:DateClassification>2024-01-01</actes:DateClassification></actes:RetourClassification>', /ne contient aucune matière/],
    ['<actes:RetourClassification xmlns:actes="x"><actes:Matieres><actes:Matiere1 actes:CodeMatiere="7" actes:Libelle="Finances"/></actes:Matieres></actes:RetourClassification>', /aucune sous-matière/],
    ['', /élément actes:RetourClassification absent/],
  ];
  for (const [text, expected] of cases) {
    const r = parseRetourClassification(Buffer.from(text), 'pref.xml');
    assert.equal(r.nomenclature, null, text);
    assert.equal(r.problems.length, 1);
    assert.match(r.problems[0], expected);
    assert.match(r.problems[0], /nomenclature nationale utilisée\.$/);
  }
});

test('a malformed entry is skipped and said; the rest of the file still classifies (children of a bad entry too are left out)', () => {
  const text = fixture().toString('latin1')
    .replace('actes:CodeMatiere="5" actes:Libelle="Subventions"', 'actes:CodeMatiere="cinq" actes:Libelle="Subventions"')
    .replace('actes:CodeMatiere="3" actes:Libelle="Domaine et patrimoine"', 'actes:CodeMatiere="3"');
  const r = parseRetourClassification(Buffer.from(text, 'latin1'), 'pref.xml');
  assert.ok(r.nomenclature);
  assert.ok(!r.nomenclature.matieres.some((m) => m.code === '7.5' || m.code === '3' || m.code === '3.3'));
  assert.ok(r.nomenclature.matieres.some((m) => m.code === '7.1.2.1'));
  assert.equal(r.problems.length, 1);
  assert.match(r.problems[0], /pref\.xml : 2 matières illisibles ignorées \(.*\) : CodeMatiere \(nombre\) et Libelle sont obligatoires\./);
});

test('property: any bytes, any truncation of a real file: never throws, a result or a French problem', () => {
  const real = fixture();
  fc.assert(fc.property(fc.uint8Array({ maxLength: 2000 }), fc.nat(real.length), (junk, cut) => {
    for (const bytes of [junk, real.subarray(0, cut), Buffer.concat([real.subarray(0, cut), junk])]) {
      const r = parseRetourClassification(bytes, 'x.xml');
      assert.ok(r.nomenclature !== null || r.problems.length === 1);
      for (const m of r.nomenclature?.matieres ?? []) assert.match(m.code, /^\d+(?:\.\d+){0,4}$/);
    }
  }), { numRuns: 200 });
});

/** A workspace with actes.json and a classification file in a sub-folder. */
function workspace(profile: Record<string, unknown>, file: Buffer | null = fixture()): string {
  const dir = tmp();
  mkdirSync(path.join(dir, 'prefecture'));
  if (file) writeFileSync(path.join(dir, 'prefecture', 'classification.xml'), file);
  writeFileSync(path.join(dir, 'actes.json'), JSON.stringify(profile));
  return dir;
}

test('profile key « classification »: a path relative to actes.json, read into the profile; the server reads it alike', () => {
  const dir = workspace({ classification: 'prefecture/classification.xml', teletransmission: 's2low' });
  const r = loadProfileFile(path.join(dir, 'actes.json'));
  assert.deepEqual(r.problems, []);
  assert.equal(r.profile.nomenclature?.date, '2024-09-02');
  assert.equal(r.profile.nomenclature?.file, 'prefecture/classification.xml');
  const s = resolveProfile({}, dir);
  assert.deepEqual(s.problems, []);
  assert.ok(s.profile.nomenclature?.matieres.some((m) => m.code === '7.1.2'));
  // From the settings only (no actes.json): relative to the workspace folder.
  const bare = tmp();
  mkdirSync(path.join(bare, 'prefecture'));
  writeFileSync(path.join(bare, 'prefecture', 'classification.xml'), fixture());
  assert.ok(resolveProfile({ collectivite: { classification: 'prefecture/classification.xml' } }, bare).profile.nomenclature);
});

test('a missing, wrong or bad classification file: one French warning naming it, the national nomenclature, nothing else breaks', () => {
  const missing = loadProfileFile(path.join(workspace({ classification: 'prefecture/absent.xml', nom: 'Commune de Chambéry' }), 'actes.json'));
  assert.equal(missing.problems.length, 1);
  assert.match(missing.problems[0], /^« classification » : fichier introuvable : .*absent\.xml ; nomenclature nationale utilisée\.$/);
  assert.equal(missing.profile.nomenclature, null);
  assert.equal(missing.profile.name, 'Commune de Chambéry', 'the other fields still apply');
  const wrong = loadProfileFile(path.join(workspace({ classification: 'prefecture/classification.xml' }, Buffer.from('pas du XML')), 'actes.json'));
  assert.match(wrong.problems[0], /« classification » : prefecture\/classification\.xml n’est pas un fichier de classification de la préfecture/);
  const notText = loadProfileFile(path.join(workspace({ classification: 42 }), 'actes.json'));
  assert.match(notText.problems[0], /« classification » doit être le chemin du fichier de classification de la préfecture/);
  const folder = loadProfileFile(path.join(workspace({ classification: 'prefecture' }), 'actes.json'));
  assert.match(folder.problems[0], /« classification » : prefecture n’est pas un fichier ; nomenclature nationale utilisée\./);
});

test('CTES-003 with the préfecture\'s file: every level checked against it; the national one checks two levels', () => {
  const seed = readSeed(0);
  const nomenclature = prefecture();
  const withCode = (code: string) => edit(seed, 'Thème Préfecture : **7 - Finances locales 1 - Decisions budgetaires**', `Classification : ${code}`);
  const pref = { teletransmission: 's2low' as const, nomenclature };
  assert.deepEqual(fired(withCode('7.1.2'), 'CTES-003', pref), []);
  assert.deepEqual(fired(withCode('7.1.2.2'), 'CTES-003', pref), []);
  const sub = fired(withCode('7.1.9'), 'CTES-003', pref);
  assert.equal(sub.length, 1);
  assert.match(plain(sub[0].message), /« 7\.1\.9 » n’existe pas dans la classification de la préfecture \(classification\.xml, du 2 septembre 2024\) : « 7\.1 » n’y a pas de sous-matière « 9 »\./);
  // 7.2 exists nationally but not in this préfecture's file.
  assert.match(plain(fired(withCode('7.2'), 'CTES-003', pref)[0].message), /« 7\.2 » n’existe pas dans la classification de la préfecture/);
  assert.deepEqual(fired(withCode('7.2'), 'CTES-003', { teletransmission: 's2low' }), [], 'nationally, 7.2 is Fiscalité');
  assert.deepEqual(fired(withCode('7.1.9'), 'CTES-003', { teletransmission: 's2low' }), [], 'nationally, levels 3+ are not known');
});

test('CTES-001: the number a named platform refuses is a warning in the editor (a draft) and an error in `actes check`', () => {
  const seed = readSeed(0);
  const profile = profileWith({ teletransmission: 's2low' });
  const inEditor = analyze(seed, { catalogue, profile, draft: true }).diagnostics.filter((d) => d.code === 'CTES-001');
  assert.equal(inEditor.length, 1);
  assert.equal(inEditor[0].severity, 'warning');
  const beforeSending = analyze(seed, { catalogue, profile }).diagnostics.filter((d) => d.code === 'CTES-001');
  assert.equal(beforeSending[0].severity, 'error');
  assert.equal(inEditor[0].message, beforeSending[0].message);
});

test('completion after « Classification : »: the national codes of two levels with their labels, filtered by what was typed', () => {
  const text = edit(DELIB, 'Objet : Tarifs de la piscine municipale', 'Objet : Tarifs de la piscine municipale\nClassification : 7.');
  const a = analyze(text, { catalogue });
  const line = a.index.positionAt(text.indexOf('Classification : 7.') + 'Classification : 7.'.length);
  const items = matiereCompletions(a, line, activeNomenclature(catalogue, profileWith({})));
  const labels = items.sort((x, y) => x.sortText!.localeCompare(y.sortText!)).map((i) => i.label);
  assert.equal(labels[0], '7.1 – Décisions budgétaires');
  assert.equal(labels[labels.length - 1], '7.10 – Divers', '7.10 after 7.9');
  assert.equal(labels.length, 10);
  assert.equal(items[0].detail, 'Finances locales');
  const e = items[0].textEdit as { range: { start: { character: number }; end: { character: number } }; newText: string };
  assert.equal(e.range.start.character, 'Classification : '.length);
  assert.equal(e.newText, '7.1 – Décisions budgétaires');
  // The completed line is read back as the act's classification.
  const done = text.replace('Classification : 7.', `Classification : ${e.newText}`);
  assert.deepEqual(fired(done, 'CTES-003', { teletransmission: 's2low' }), []);
});

test('completion of matières: « Matière : » and an empty code offer every code of two levels or more; elsewhere nothing', () => {
  const national = activeNomenclature(catalogue, profileWith({}));
  const at = (line: string) => {
    const text = `${DELIB}\n${line}`;
    const a = analyze(text, { catalogue });
    return matiereCompletions(a, a.index.positionAt(text.length), national);
  };
  assert.equal(at('Matière : ').length, catalogue.matieres.filter((m) => m.code.includes('.')).length);
  const threes = at('**Matière @ctes** : 3');
  assert.ok(threes.length > 0 && threes.every((i) => i.label.startsWith('3.')), threes.map((i) => i.label).join(' '));
  assert.ok(at('Matière : 3').length > 0);
  assert.deepEqual(at('Vu le code : 7.'), []);
  assert.deepEqual(at('Classification : 7.1 – Décisions'), [], 'after the label: nothing more to complete');
});

test('completion of matières with the préfecture\'s file: its levels 3 and 4, its labels, and where they come from', () => {
  const text = `${DELIB}\nClassification : 7.1.`;
  const a = analyze(text, { catalogue });
  const items = matiereCompletions(a, a.index.positionAt(text.length), activeNomenclature(catalogue, profileWith({ nomenclature: prefecture() })));
  assert.deepEqual(items.map((i) => i.label), ['7.1.1 – Budget primitif', '7.1.2 – Décision modificative', '7.1.2.1 – Budget principal', '7.1.2.2 – Budgets annexes & régies', '7.1.3 – Compte financier unique']);
  assert.equal(items[2].detail, 'Finances locales › Décisions budgétaires › Décision modificative');
  assert.match(String(items[0].documentation), /Classification de la préfecture \(classification\.xml, du 2 septembre 2024\)/);
});

test('`actes check` with a classification file in actes.json: CTES-003 against it; a bad file warns on stderr and checks on', () => {
  const dir = workspace({ classification: 'prefecture/classification.xml', teletransmission: 's2low' });
  const act = path.join(dir, 'acte.txt');
  writeFileSync(act, readSeed(0).replace('Thème Préfecture : **7 - Finances locales 1 - Decisions budgetaires**', 'Classification : 7.2'));
  const r = spawnSync(process.execPath, [BIN, 'check', '--format', 'json', act], { encoding: 'utf8', cwd: dir });
  const codes = JSON.parse(r.stdout).files[0].diagnostics.filter((d: { code: string }) => d.code === 'CTES-003');
  assert.match(plain(codes[0].message), /n’existe pas dans la classification de la préfecture/);
  assert.equal(r.stderr, '');
  const bad = workspace({ classification: 'prefecture/absent.xml', teletransmission: 's2low' });
  const r2 = spawnSync(process.execPath, [BIN, 'check', seedFiles()[0]], { encoding: 'utf8', cwd: bad });
  assert.equal(r2.status, 1, 'CTES-001 is still an error');
  assert.match(r2.stderr, /« classification » : fichier introuvable : .*absent\.xml ; nomenclature nationale utilisée\./);
});
