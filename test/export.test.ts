// `actes export`: what leaves Actes for the préfecture (@ctes XML valid against the ACTES schema, Pastell's fields),
// the open-data file (SCDL « Délibérations ») and the documents to sign and publish (PDF/A, HTML, DOCX).
// The PDF is read with Debian's poppler-utils (pdftotext, pdfinfo, pdffonts), installed by scripts/export-setup.sh.
import { tempDir } from './helpers/temp';
import { before, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { unzipSync, strFromU8 } from 'fflate';
import { validateXML } from 'xmllint-wasm';
import { seedFiles, readSeed } from './helpers/corpus';
import { SCDL_COLUMNS, SCDL_PATTERNS, SCDL_REQUIRED } from '../server/src/export/scdl';
import { exportAct } from '../server/src/export/document';
import { acteXml, ctesProblems } from '../server/src/export/ctes';
import { parse } from '../server/src/core/parse';
import { DEFAULT_PROFILE } from '../server/src/core/profile';

const ROOT = path.join(__dirname, '..');
const BIN = path.join(ROOT, 'bin', 'actes.js');
const XSD_DIR = path.join(ROOT, 'data', 'actes-xsd');
const run = (...args: string[]) => spawnSync(process.execPath, [BIN, 'export', ...args], { encoding: 'utf8', cwd: ROOT });
const out = () => tempDir('actes-export-');

async function validateActe(xml: Uint8Array): Promise<{ valid: boolean; errors: string[] }> {
  const r = await validateXML({
    xml: [{ fileName: 'acte.xml', contents: xml }],
    schema: [{ fileName: 'actesv1_1.xsd', contents: readFileSync(path.join(XSD_DIR, 'actesv1_1.xsd')) }],
    preload: ['siret.xsd', 'insee-commun.xsd'].map((f) => ({ fileName: f, contents: readFileSync(path.join(XSD_DIR, f)) })),
  });
  return { valid: r.valid, errors: r.errors.map((e) => e.rawMessage) };
}

before(() => {
  const r = spawnSync('bash', [path.join(ROOT, 'scripts', 'export-setup.sh')], { encoding: 'utf8' });
  assert.equal(r.status, 0, `scripts/export-setup.sh a échoué :\n${r.stderr}`);
});

test('ctes on seed 000: an actes:Acte valid against actesv1_1.xsd, with the number, date and classification of the act', async () => {
  const dir = out();
  const r = run('ctes', '--out', dir, seedFiles()[0]);
  assert.equal(r.status, 0, r.stderr);
  assert.deepEqual(readdirSync(dir).sort(), ['DDM-2025-075.json', 'DDM-2025-075.xml']);
  const xml = readFileSync(path.join(dir, 'DDM-2025-075.xml'));
  const v = await validateActe(xml);
  assert.ok(v.valid, v.errors.join('\n'));
  const s = xml.toString('latin1');
  assert.match(s, /actes:NumeroInterne="DDM-2025-075"/);
  assert.match(s, /actes:Date="2025-04-17"/);
  assert.match(s, /<actes:CodeMatiere1 actes:CodeMatiere="7"\/>\s*<actes:CodeMatiere2 actes:CodeMatiere="1"\/>/);
  assert.match(s, /<actes:Objet>CONVENTION DE DEPART EN MISSION QUEBEC-CANADA<\/actes:Objet>/);
  assert.match(s, /<actes:NomFichier>DDM-2025-075\.pdf<\/actes:NomFichier>/);
  // Pastell's « actes » form.
  const json = JSON.parse(readFileSync(path.join(dir, 'DDM-2025-075.json'), 'utf8'));
  assert.equal(json.numero_de_lacte, 'DDM-2025-075');
  assert.equal(json.date_de_lacte, '2025-04-17');
  assert.equal(json.classification, '7.1');
  assert.equal(json.classification_libelle, 'Décisions budgétaires');
  assert.equal(json.acte_nature, '3');
  assert.equal(json.arrete, 'DDM-2025-075.pdf');
  assert.deepEqual(json.autre_document_attache, ['convention']);
  assert.match(r.stderr, /1 annexe annoncée \(convention\) : joignez leur fichier/);
});

test('ctes on a délibération that declares « Classification : 3.5 » before sending: valid, nature DE, matières 3 and 5', async () => {
  const dir = out();
  const file = path.join(dir, 'delib.txt');
  writeFileSync(file, readSeed(1).replace('DATE DE LA CONVOCATION', 'Classification : 3.5\nDATE DE LA CONVOCATION'));
  const r = run('ctes', '--out', dir, file);
  assert.equal(r.status, 0, r.stderr);
  const xml = readFileSync(path.join(dir, 'BM2025-06-24-12.xml'));
  const v = await validateActe(xml);
  assert.ok(v.valid, v.errors.join('\n'));
  const s = xml.toString('latin1');
  assert.match(s, /actes:NumeroInterne="BM2025\/06\/24\/12" actes:CodeNatureActe="1"/);
  assert.match(s, /<actes:CodeMatiere1 actes:CodeMatiere="3"\/>\s*<actes:CodeMatiere2 actes:CodeMatiere="5"\/>/);
});

test('ctes: characters beyond Latin-1 and markup characters still give a valid document', async () => {
  const text = readSeed(0).replace('Objet de l\'acte : **CONVENTION DE DEPART EN MISSION QUEBEC-CANADA**', 'Objet de l’acte : **x**');
  const act = parse(text);
  const e = { ...exportAct(act, text, DEFAULT_PROFILE), object: 'Convention « IA & villes » <Québec> – l’œuvre “2025”' };
  assert.deepEqual(ctesProblems(e, null).filter((p) => p.level === 'error'), []);
  const xml = acteXml(e);
  const v = await validateActe(xml);
  assert.ok(v.valid, v.errors.join('\n'));
  assert.match(xml.toString('latin1'), /Convention « IA &amp; villes » &lt;Québec&gt; &#8211; l&#8217;&#339;uvre/);
});

test('the schema itself rejects what the exporter refuses to write (a 16-character number), so the check is real', async () => {
  const act = parse(readSeed(0));
  const e = { ...exportAct(act, readSeed(0), DEFAULT_PROFILE), number: 'DDM-2025-0000075' };
  assert.match(ctesProblems(e, null).map((p) => p.message).join('\n'), /dépasse 15 caractères/);
  const v = await validateActe(acteXml(e));
  assert.equal(v.valid, false);
  assert.match(v.errors.join('\n'), /NumeroInterne/);
});

test('ctes with « teletransmission »: « s2low » warns on stderr; an act without classification is not written (exit 1)', () => {
  const dir = out();
  const profile = path.join(dir, 'actes.json');
  writeFileSync(profile, JSON.stringify({ teletransmission: 's2low' }));
  const r = run('ctes', '--out', path.join(dir, 'x'), '--profil', profile, seedFiles()[0]);
  assert.equal(r.status, 0, r.stderr);
  assert.match(r.stderr, /S²LOW refusera le numéro « DDM-2025-075 » .*« DDM_2025_075 »/);
  const r1 = run('ctes', '--out', path.join(dir, 'y'), seedFiles()[1]);
  assert.equal(r1.status, 1);
  assert.match(r1.stderr, /erreur : classification absente/);
  assert.equal(r1.stdout, '');
});

test('scdl on seed 001: deliberations.csv in the schema\'s column order, DELIB_ID and date, votes, a warning per empty required column', () => {
  const dir = out();
  const r = run('scdl', '--out', dir, seedFiles()[1]);
  assert.equal(r.status, 0, r.stderr);
  const csv = readFileSync(path.join(dir, 'deliberations.csv'), 'utf8');
  assert.ok(!csv.startsWith('\uFEFF'));
  const lines = csv.trimEnd().split('\r\n');
  assert.equal(lines.length, 2);
  assert.equal(lines[0], SCDL_COLUMNS.join(','));
  const row = parseCsvLine(lines[1]);
  assert.equal(row.length, SCDL_COLUMNS.length);
  const get = (c: string) => row[SCDL_COLUMNS.indexOf(c as never)];
  assert.equal(get('DELIB_ID'), 'BM2025/06/24/12');
  assert.equal(get('DELIB_DATE'), '2025-06-24');
  assert.equal(get('COLL_NOM'), 'MÉTROPOLE DU GRAND PARIS');
  assert.match(get('DELIB_OBJET'), /^OUVERTURE DU PARCOURS "IA-ADMINISTRATION INTERNE/);
  assert.equal(get('VOTE_EFFECTIF'), '43');
  for (const [c, re] of Object.entries(SCDL_PATTERNS)) if (get(c)) assert.match(get(c), re!, c);
  // Every required column left empty is named on stderr, in French.
  for (const c of SCDL_REQUIRED) {
    if (!get(c)) assert.match(r.stderr, new RegExp(`colonne obligatoire ${c} vide`), c);
  }
  assert.match(r.stderr, /COLL_SIRET vide \(ajoutez « siret » \(14 chiffres\) au profil/);
});

test('scdl with a profile (nom, siret) and a classified délibération fills the required columns; arrêtés are left out', () => {
  const dir = out();
  const profile = path.join(dir, 'actes.json');
  writeFileSync(profile, JSON.stringify({ nom: 'Métropole du Grand Paris', siret: '20007030000013' }));
  const act = path.join(dir, 'delib.txt');
  writeFileSync(act, readSeed(1) + '\n\nAccusé de réception - contrôle de légalité\n\nThème Préfecture : **9.1**\n');
  const r = run('scdl', '--out', dir, '--profil', profile, act, seedFiles()[0]);
  assert.equal(r.status, 0, r.stderr);
  const row = parseCsvLine(readFileSync(path.join(dir, 'deliberations.csv'), 'utf8').split('\r\n')[1]);
  const get = (c: string) => row[SCDL_COLUMNS.indexOf(c as never)];
  for (const c of SCDL_REQUIRED) assert.ok(get(c), `${c} vide`);
  assert.equal(get('DELIB_MATIERE_CODE'), '9.1');
  assert.equal(get('COLL_SIRET'), '20007030000013');
  assert.doesNotMatch(r.stderr, /colonne obligatoire/);
  assert.match(r.stderr, /000_394f327773c6203e\.txt : pas une délibération/);
});

test('pdf on seed 001: PDF/A-2b declared in XMP, fonts embedded, real text with the dispositif, the signatory and #signature#', () => {
  const dir = out();
  const r = run('pdf', '--out', dir, '--en-ligne', '2025-06-30', seedFiles()[1]);
  assert.equal(r.status, 0, r.stderr);
  const file = path.join(dir, 'BM2025-06-24-12.pdf');
  const meta = spawnSync('pdfinfo', ['-meta', file], { encoding: 'utf8' });
  assert.equal(meta.status, 0, meta.stderr);
  assert.match(meta.stdout, /<pdfaid:part>2<\/pdfaid:part>/);
  assert.match(meta.stdout, /<pdfaid:conformance>B<\/pdfaid:conformance>/);
  const info = spawnSync('pdfinfo', [file], { encoding: 'utf8' }).stdout;
  assert.match(info, /Title:\s+Délibération du bureau n° BM2025\/06\/24\/12/);
  assert.match(info, /Page size:\s+595\.28 x 841\.89/);
  const fonts = spawnSync('pdffonts', [file], { encoding: 'utf8' }).stdout.trim().split('\n').slice(2);
  assert.ok(fonts.length > 0);
  for (const f of fonts) assert.match(f, /\s+yes\s+yes\s+yes\s+\d+\s+\d+$/, `police non incorporée : ${f}`);
  const text = spawnSync('pdftotext', [file, '-'], { encoding: 'utf8' }).stdout.replace(/\s+/g, ' ');
  assert.match(text, /APPROUVE la liste des communes bénéficiaires/);
  assert.match(text, /AUTORISE le Président ou son représentant/);
  assert.match(text, /Vu le code général des collectivités territoriales/);
  assert.match(text, /Le Président de la Métropole du Grand Paris Patrick OLLIER/);
  assert.match(text, /#signature#/);
  assert.match(text, /Mis en ligne le 30 juin 2025/);
  assert.ok(text.indexOf('APPROUVE') < text.indexOf('#signature#'), 'signature after the dispositif');
});

test('docx on seed 001: a Word document holding the visas and the considérants', () => {
  const dir = out();
  const r = run('docx', '--out', dir, seedFiles()[1]);
  assert.equal(r.status, 0, r.stderr);
  const files = unzipSync(readFileSync(path.join(dir, 'BM2025-06-24-12.docx')));
  assert.ok(files['[Content_Types].xml'] && files['_rels/.rels'] && files['word/document.xml']);
  const xml = strFromU8(files['word/document.xml']);
  const text = [...xml.matchAll(/<w:t[^>]*>([^<]*)<\/w:t>/g)].map((m) => m[1]).join('\n').replace(/&apos;/g, '\'');
  assert.match(text, /Vu la loi n°2014-58 du 27 janvier 2014/);
  assert.match(text, /Considérant la compétence de la Métropole en matière d'aménagement numérique/);
  assert.match(text, /APPROUVE la liste des communes/);
  assert.match(text, /#signature#/);
});

test('html: an accessible page (lang="fr", landmarks, one h1, headings) with author and « mis en ligne le »', () => {
  const dir = out();
  const r = run('html', '--out', dir, seedFiles()[0]);
  assert.equal(r.status, 0, r.stderr);
  const html = readFileSync(path.join(dir, 'DDM-2025-075.html'), 'utf8');
  assert.match(html, /^<!DOCTYPE html>\n<html lang="fr">/);
  assert.equal(html.match(/<h1>/g)?.length, 1);
  // The seed writes « DECISION DU MAIRE » without its accent: the heading gives it back.
  assert.match(html, /<h1>Décision du maire n° DDM-2025-075<\/h1>/);
  for (const tag of ['<header>', '<main>', '<footer']) assert.ok(html.includes(tag), tag);
  assert.match(html, /<h2 id="visas"[^>]*>Visas<\/h2>/);
  assert.match(html, /Fait à Chambéry, le 17 avril 2025/);
  assert.match(html, /Mis en ligne le …/);
  // Its voies et délais de recours are its article 3: printed there, not a second time at the foot of the page.
  assert.equal(html.match(/peut être contestée dans un délai de 2 mois/g)?.length, 1);
  assert.doesNotMatch(html, /<script/);
});

test('usage errors are French and exit 2; several acts with the same number do not overwrite each other', () => {
  const r = run('odt', seedFiles()[0]);
  assert.equal(r.status, 2);
  assert.match(r.stderr, /Format d’export inconnu : « odt »/);
  assert.equal(run('html').status, 2);
  const dir = out();
  const r2 = run('html', '--out', dir, seedFiles()[0], seedFiles()[0]);
  assert.equal(r2.status, 0);
  assert.deepEqual(readdirSync(dir).sort(), ['DDM-2025-075-2.html', 'DDM-2025-075.html']);
});

test('exportAct never throws on junk and names a file from what it has', () => {
  for (const t of ['', '\u0000\uFFFD\uD800', 'Arrêté n° ../../etc/passwd\n', 'x'.repeat(10000)]) {
    const e = exportAct(parse(t), t, DEFAULT_PROFILE, 'acte');
    assert.match(e.fileName, /^[A-Za-z0-9_-]+$/);
  }
});

/** RFC 4180 line (no line breaks inside fields: the writer replaces them). */
function parseCsvLine(line: string): string[] {
  const out: string[] = [];
  let i = 0;
  while (i <= line.length) {
    if (line[i] === '"') {
      let v = '';
      i++;
      for (; i < line.length; i++) {
        if (line[i] === '"' && line[i + 1] === '"') { v += '"'; i++; } else if (line[i] === '"') break; else v += line[i];
      }
      out.push(v);
      i += 2;
    } else {
      const j = line.indexOf(',', i);
      out.push(line.slice(i, j === -1 ? line.length : j));
      i = j === -1 ? line.length + 1 : j + 1;
    }
  }
  return out;
}

test('a heading gives accents back to the kind of act it opens with, and never turns a verb into a noun', async () => {
  const { actHeading } = await import('../server/src/export/html');
  const head = (title: string) => actHeading({ title, kind: 'arrete-maire', number: null } as Parameters<typeof actHeading>[0]);
  assert.equal(head('ARRETE DU MAIRE'), 'Arrêté du maire');
  assert.equal(head('DECISION DU PRESIDENT'), 'Décision du président');
  // « ARRETE » further on is the verb: left as written, not made « arrêté ».
  assert.equal(head('LE CONSEIL ARRETE LE BILAN DE LA CONCERTATION'), 'Le conseil arrete le bilan de la concertation');
});
