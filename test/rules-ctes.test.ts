// CTES rules: what the tiers de télétransmission refuse, before sending (rules.md §8).
import { tempDir } from './helpers/temp';
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { ARRETE, DELIB, edit, fired } from './helpers/acts';
import { readSeed, seedFiles } from './helpers/corpus';
import { NUMBER_RULES, platformNumber } from '../server/src/core/rules/ctes';
import { parseProfile } from '../server/src/core/settings';

const BIN = path.join(__dirname, '..', 'bin', 'actes.js');

test('CTES-001: « DDM-2025-075 » cannot pass S²LOW; error when the profile names the platform, with a number it takes', () => {
  const d = fired(readSeed(0), 'CTES-001', { teletransmission: 's2low' });
  assert.equal(d.length, 1);
  assert.equal(d[0].severity, 'error');
  assert.match(d[0].message, /S²LOW refuse le numéro «\sDDM-2025-075\s».*«\sDDM_2025_075\s»/);
  assert.equal(d[0].range.start.line, 10);
  // Pastell refuses the hyphen too; the schema alone (≤ 15 characters) takes it.
  assert.equal(fired(readSeed(0), 'CTES-001', { teletransmission: 'pastell' }).length, 1);
  assert.deepEqual(fired(readSeed(0), 'CTES-001', { teletransmission: 'schema' }), []);
  assert.deepEqual(fired(readSeed(0), 'CTES-001'), []);
});

test('CTES-001: without a platform, a number longer than the schema allows is an information (the act may not be sent, or under another number); with one, an error before sending', () => {
  const t = edit(readSeed(0), 'DECISION DU MAIRE N° DDM-2025-075', 'DECISION DU MAIRE N° DDM-2025-000075-B');
  const d = fired(t, 'CTES-001');
  assert.equal(d.length, 1);
  assert.equal(d[0].severity, 'information');
  assert.match(d[0].message, /^Si l’acte est télétransmis, le schéma ACTES n’accepte pas le numéro .*15 caractères/);
  const schema = fired(t, 'CTES-001', { teletransmission: 'schema', level: 'complet' });
  assert.equal(schema[0]?.severity, 'error'); // (before sending, as `actes check` judges; a warning while it is typed)
  assert.match(schema[0]?.message ?? '', /^Le schéma ACTES refuse le numéro/);
});

test('CTES-001: the platforms\' patterns, as their sources state them', () => {
  assert.ok(NUMBER_RULES.s2low.test('DDM_2025_075'));
  assert.ok(!NUMBER_RULES.s2low.test('_DDM2025'), 'S²LOW: no « _ » at the start');
  assert.ok(!NUMBER_RULES.s2low.test('DDM2025_'), 'S²LOW: no « _ » at the end');
  assert.ok(NUMBER_RULES.pastell.test('DDM2025_'));
  assert.ok(!NUMBER_RULES.pastell.test('dcm2025'), 'lower case refused');
  assert.ok(!NUMBER_RULES.s2low.test('A234567890123456'), '16 characters');
  assert.equal(platformNumber('BM2025/06/24/12'), 'BM2025_06_24_12');
  assert.equal(platformNumber('Arrêté 2025-12'), 'ARRETE_2025_12');
  // A permit's national number fits without its separators; a number that only fits cut short gets no suggestion.
  assert.equal(platformNumber('PC 001 033 25 00004'), 'PC0010332500004');
  assert.equal(platformNumber('DELIBERATION-2025-0001-ANNEXE'), '');
});

test('`actes check` with « teletransmission »: « s2low » in the profile flags the number as an error (exit 1)', () => {
  const dir = tempDir('actes-ctes-');
  const profile = path.join(dir, 'actes.json');
  writeFileSync(profile, JSON.stringify({ teletransmission: 's2low' }));
  const r = spawnSync(process.execPath, [BIN, 'check', '--profil', profile, seedFiles()[0]], { encoding: 'utf8' });
  assert.equal(r.status, 1);
  assert.match(r.stdout, /:11:22: error CTES-001 S²LOW refuse le numéro «\sDDM-2025-075\s»/);
  assert.equal(r.stderr, '');
});

test('the profile key « teletransmission » is validated like the others', () => {
  const ok = parseProfile([{ value: { teletransmission: 'pastell', siret: '21730065600014' }, where: 'actes.json' }]);
  assert.equal(ok.profile.teletransmission, 'pastell');
  assert.equal(ok.profile.siret, '21730065600014');
  assert.deepEqual(ok.problems, []);
  const bad = parseProfile([{ value: { teletransmission: 'stela' }, where: 'actes.json' }]);
  assert.equal(bad.profile.teletransmission, null);
  assert.match(bad.problems[0], /« teletransmission » doit être « s2low », « pastell », « fast » ou « schema »/);
});

test('CTES-002: an objet longer than 499 characters', () => {
  const long = 'tarifs de la piscine, '.repeat(24).trim();
  const t = edit(DELIB, 'Objet : Tarifs de la piscine municipale', `Objet : ${long}`);
  const d = fired(t, 'CTES-002');
  assert.equal(d.length, 1, JSON.stringify(fired(t, 'CTES-002')));
  assert.match(d[0].message, /compte 527 caractères.*499/);
  assert.deepEqual(fired(DELIB, 'CTES-002'), []);
});

test('CTES-003: classification missing, on one level, or unknown — only when a platform is named', () => {
  const s = readSeed(0);
  assert.deepEqual(fired(s, 'CTES-003', { teletransmission: 's2low' }), [], '7.1 is known');
  const unknown = edit(s, 'Thème Préfecture : **7 - Finances locales 1 - Decisions budgetaires**', 'Thème Préfecture : **9.9**');
  const d = fired(unknown, 'CTES-003', { teletransmission: 's2low' });
  assert.equal(d.length, 1);
  assert.match(d[0].message, /«\s9\.9\s» n’existe pas dans la nomenclature/);
  const missing = fired(DELIB, 'CTES-003', { teletransmission: 'pastell' });
  assert.equal(missing.length, 1);
  assert.match(missing[0].message, /Aucune classification/);
  assert.deepEqual(fired(DELIB, 'CTES-003'), [], 'no platform: not a transmission preflight');
  // Before sending, the act declares its classification on a line of its own.
  const declared = edit(DELIB, 'Objet : Tarifs de la piscine municipale', 'Objet : Tarifs de la piscine municipale\nClassification : 7.10');
  assert.deepEqual(fired(declared, 'CTES-003', { teletransmission: 'pastell' }), []);
  const one = fired(declared.replace('Classification : 7.10', 'Classification : 7'), 'CTES-003', { teletransmission: 'pastell' });
  assert.equal(one.length, 1);
  assert.match(one[0].message, /«\s7\s» n’a qu’un niveau/);
  assert.equal(one[0].range.start.line, 17);
});

test('CTES-004: a délibération declared as an arrêté in the stamp (information)', () => {
  const stamp = '\n\nAccusé de réception - contrôle de légalité\n\nNature de l\'acte : **Actes réglementaires**\n\nNuméro attribué à l\'acte : **DCM_2025_01**\n';
  const t = DELIB + stamp;
  const d = fired(t, 'CTES-004', { teletransmission: 's2low' });
  assert.equal(d.length, 1, JSON.stringify(d));
  assert.equal(d[0].severity, 'information');
  assert.match(d[0].message, /on attend délibérations \(DE\)/);
  assert.deepEqual(fired(t.replace('Actes réglementaires', 'Délibérations'), 'CTES-004', { teletransmission: 's2low' }), []);
});

test('CTES-005: an annexe in a format the platforms refuse (information)', () => {
  const t = edit(readSeed(0), 'Annexe(s) : **convention**', 'Annexe(s) : **convention.docx**');
  const d = fired(t, 'CTES-005', { teletransmission: 's2low' });
  assert.equal(d.length, 1);
  assert.match(d[0].message, /«\sconvention\.docx\s» n’est pas dans un format accepté/);
  assert.deepEqual(fired(readSeed(0), 'CTES-005', { teletransmission: 's2low' }), []);
  assert.ok(ARRETE.length > 0);
});
