// DAT rules.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { DECISION, DELIB, edit, fired } from './helpers/acts';

test('DAT-001: "Fait à …," without a date, and no place-and-date line at all (error)', () => {
  const undated = fired(edit(DECISION, 'Fait à Chambéry, le 17 avril 2025', 'Fait à Chambéry,'), 'DAT-001');
  assert.equal(undated.length, 1);
  assert.equal(undated[0].severity, 'error');
  const none = fired(edit(DECISION, 'Fait à Chambéry, le 17 avril 2025\n\n', ''), 'DAT-001');
  assert.equal(none.length, 1);
  assert.deepEqual(fired(DECISION, 'DAT-001'), []);
});

test('DAT-001: a délibération is dated by its séance', () => {
  assert.deepEqual(fired(edit(DELIB, 'Fait à Chambéry, le 24 juin 2025', 'Fait à Chambéry, les jour, mois et an que dessus'), 'DAT-001'), []);
});

test('DAT-002: year of the number vs date of the act; cited délibération number vs its date', () => {
  assert.equal(fired(edit(DECISION, 'DDM-2025-080', 'DDM-2024-080'), 'DAT-002').length, 1);
  const cited = fired(edit(DECISION, 'n° DCM-2020-117 du 17 juillet 2020', 'n° DCM-2020-117 du 17 juillet 2021'), 'DAT-002');
  assert.equal(cited.length, 1);
  assert.match(cited[0].message, /DCM-2020-117/);
  assert.deepEqual(fired(DECISION, 'DAT-002'), []);
});

test('DAT-002: a number embedding the full date of the séance', () => {
  assert.equal(fired(edit(DELIB, 'n° DCM-2025-042', 'n° CM2025/06/23/04'), 'DAT-002').length, 1);
  assert.deepEqual(fired(edit(DELIB, 'n° DCM-2025-042', 'n° CM2025/06/24/04'), 'DAT-002'), []);
});

test('DAT-003: the year of a law number differs from the year of its date', () => {
  const visa = 'Vu la loi n° 2014-58 du 27 janvier 2015 de modernisation de l’action publique territoriale et d’affirmation des métropoles ;\n\n';
  assert.equal(fired(edit(DECISION, 'Vu la délibération', visa + 'Vu la délibération'), 'DAT-003').length, 1);
  assert.deepEqual(fired(edit(DECISION, 'Vu la délibération', visa.replace('2015', '2014') + 'Vu la délibération'), 'DAT-003'), []);
});

test('DAT-004: the weekday does not match the date', () => {
  const d = fired(edit(DELIB, 'Séance du mardi 24 juin 2025', 'Séance du lundi 24 juin 2025'), 'DAT-004');
  assert.equal(d.length, 1);
  assert.match(d[0].message, /est un mardi, pas un lundi/);
  assert.equal(d[0].fixes?.[0].edits[0].newText, 'mardi');
  assert.deepEqual(fired(DELIB, 'DAT-004'), []);
});

test('DAT-002: « 2003/10/01 » (year, séance, order) is not read as a date; « CM2025/04/07/19 » still is', () => {
  const cited = (n: string, date: string) => edit(DECISION, 'n° DCM-2020-117 du 17 juillet 2020', `n° ${n} du ${date}`);
  assert.deepEqual(fired(cited('2003/10/01', '10 octobre 2003'), 'DAT-002'), []);
  const wrong = fired(cited('CM2003/10/01/19', '10 octobre 2003'), 'DAT-002');
  assert.equal(wrong.length, 1);
  assert.match(wrong[0].message, /contient la date du 1er octobre 2003/);
  // « ARRÊTÉ N° 20250412 », a year and its serial, in an act of 1 December 2025: not the date of 12 April (forty-ninth
  // review); « 20250412-03 » is that date and its order number.
  assert.deepEqual(fired(edit(DECISION, 'DDM-2025-080', '20250412'), 'DAT-002'), []);
  assert.equal(fired(edit(DECISION, 'DDM-2025-080', '20250412-03'), 'DAT-002').length, 1);
});

test('DAT-003: « décret N°86.475 du 14 mars 186 »: a dotted number and a year of three digits are read (Le Plessis-Gassot)', () => {
  const visa = 'Vu le décret N°86.475 du 14 mars 186 relatif à l’exercice du pouvoir de police en matière de circulation routière ;\n\n';
  const [d] = fired(edit(DECISION, 'Vu la délibération', visa + 'Vu la délibération'), 'DAT-003');
  assert.ok(d, 'DAT-003 attendu');
  assert.match(d.message, /Le décret n° 86-475 porte un numéro de 1986 mais est daté du 14 mars 186/);
  assert.deepEqual(fired(edit(DECISION, 'Vu la délibération', visa.replace('186', '1986') + 'Vu la délibération'), 'DAT-003'), []);
});

test('DAT-004: a weekday with no year beside it takes the year of « l’an … » or of the séance (Labastide-Saint-Pierre)', () => {
  const seance = 'Séance du 06 février 2023\nL’an deux mil vingt-trois, le vendredi 06 février à 20h30, les membres du Conseil Municipal se sont réunis.';
  const t = edit(edit(DELIB, 'Séance du mardi 24 juin 2025', seance), 'Date de la convocation : 18 juin 2025', 'Date de la convocation : 31 janvier 2023');
  const [d] = fired(t, 'DAT-004');
  assert.ok(d, 'DAT-004 attendu');
  assert.match(d.message, /Le 6 février 2023 est un lundi, pas un vendredi/);
  assert.deepEqual(fired(edit(t, 'le vendredi 06 février', 'le lundi 06 février'), 'DAT-004'), []);
  // No « l’an » before it: the year of the act's date (the séance, 24 June 2025).
  const later = edit(DELIB, 'Considérant qu', 'Considérant que la commission réunie le jeudi 19 juin a rendu un avis favorable, et qu');
  assert.deepEqual(fired(later, 'DAT-004'), []);
  assert.equal(fired(edit(later, 'le jeudi 19 juin', 'le vendredi 19 juin'), 'DAT-004').length, 1);
});

test('DAT-007: « Décision modificative n° 2 au budget primitif 2025 » voted in December amends the budget, which has no such limit (L. 1612-11); the budget itself voted then is late (forty-seventh review)', () => {
  const dm = edit(DELIB, 'Objet : Tarifs de la piscine municipale', 'Objet : DÉCISION MODIFICATIVE N° 2 AU BUDGET PRIMITIF 2025');
  assert.deepEqual(fired(dm, 'DAT-007'), []);
  assert.equal(fired(edit(DELIB, 'Objet : Tarifs de la piscine municipale', 'Objet : BUDGET PRIMITIF 2025'), 'DAT-007').length, 1);
});
