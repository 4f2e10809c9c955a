// SIG rules.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { DECISION, DELIB, edit, fired } from './helpers/acts';
import { parse } from '../server/src/core/parse';

// What follows the place and date in a published copy when the signature is missing: the platform's stamp.
const STAMP = '\n\nAccusé de réception en préfecture : 073-217300656-20250417-DDM2025080-AR\nPublié le 18 avril 2025\n';

test('SIG-001: no signatory, or a quality without a name (error)', () => {
  const none = fired(edit(DECISION, '\n\nLe Maire,\nThierry REPENTIN', '') + STAMP, 'SIG-001');
  assert.equal(none.length, 1);
  assert.equal(none[0].severity, 'error');
  const noName = fired(edit(DECISION, 'Le Maire,\nThierry REPENTIN', 'Le Maire,'), 'SIG-001');
  assert.equal(noName.length, 1);
  assert.deepEqual(fired(DECISION, 'SIG-001'), []);
});

test('SIG-001: the fix inserts the profile signatory', () => {
  const t = edit(DECISION, '\n\nLe Maire,\nThierry REPENTIN', '');
  const d = fired(t, 'SIG-001', { signatory: { name: 'Thierry REPENTIN', quality: 'Le Maire' } });
  assert.equal(d[0].fixes?.[0].edits[0].newText, '\n\nLe Maire,\n\nThierry REPENTIN');
});

test('SIG-001: a copy that stops at « Fait à … le … » has lost its signature page: information, not an error (S044)', () => {
  // Lexy (54), arrêté of 16 November 2018: the text layer ends on the place-and-date line.
  const cut = edit(DECISION, /Fait à Chambéry, le 17 avril 2025[^]*$/, 'Fait à LEXY le 16 Novembre deux mille dix-huit.\n');
  const [d] = fired(cut, 'SIG-001');
  assert.equal(d?.severity, 'information');
  assert.equal(parse(cut).seen.signatories, 'beyond-end');
  // The place-and-date line and the stamp after it: the end of the act is there, the signature is missing.
  assert.equal(fired(cut + STAMP, 'SIG-001')[0]?.severity, 'error');
});

test('SIG-001: « Certifiée exécutoire par M. le Maire » and « d’autoriser le Président » are no signature (S028, S025)', () => {
  const t = edit(DELIB, 'Le Maire,\nJean DUPONT\n\nLe secrétaire de séance,\nClaire MARTIN\n', 'Pour extrait conforme, Certifiée exécutoire par M. le Maire compte tenu de la transmission en préfecture\n');
  assert.deepEqual(parse(t).signatories, []);
  const sentence = 'De donner tout pouvoir à Monsieur le Président pour signer tous les documents. D\'autoriser le Président ou son représentant à signer la convention.\n';
  assert.deepEqual(parse(edit(DELIB, 'Le Maire,\nJean DUPONT\n\nLe secrétaire de séance,\nClaire MARTIN\n', sentence)).signatories, []);
});

test('SIG-001: « Le Président, » with no name under a délibération whose séance names its président (S025)', () => {
  const t = edit(DELIB, 'Le Maire,\nJean DUPONT\n\nLe secrétaire de séance,\nClaire MARTIN\n', 'Pour copie conforme,\nLe Maire,\n');
  const noSecretary = edit(t, 'Secrétaire de séance : Claire MARTIN\n', '');
  assert.deepEqual(fired(noSecretary, 'SIG-001'), [], 'président de séance nommé : Jean DUPONT, maire');
  assert.equal(fired(edit(noSecretary, 'Président de séance : Jean DUPONT, maire\n', ''), 'SIG-001').length, 1);
});

test('SIG-001: a délibération signed by an identified secrétaire de séance is identified', () => {
  const t = edit(DELIB, 'Le Maire,\nJean DUPONT\n\n', '');
  assert.deepEqual(fired(t, 'SIG-001'), []);
});

test('SIG-003: an adjoint signs without mention of delegation', () => {
  const t = edit(DECISION, 'Le Maire,\nThierry REPENTIN', 'L’Adjoint aux finances,\nMarc DURAND');
  assert.equal(fired(t, 'SIG-003').length, 1);
  const ok = edit(DECISION, 'Le Maire,\nThierry REPENTIN', 'Pour le Maire et par délégation,\nL’Adjoint délégué aux finances,\nMarc DURAND');
  assert.deepEqual(fired(ok, 'SIG-003'), []);
  assert.deepEqual(fired(DECISION, 'SIG-003'), []);
});

test('SIG-003: the arrêté of délégation visé was signed before the last general renewal (a délégation of 2020 used in May 2026): it ended with that mandate (fiftieth review)', () => {
  const act = (visa: string, date: string) => `ARRÊTÉ N° 2026-ODP-04412 portant occupation du domaine public\n\nLe Maire de Rennes,\n\nVu le code général des collectivités territoriales, notamment ses articles L. 2122-18 et L. 2213-1 ;\n\n${visa}\n\nConsidérant la demande de la société Déménagements Bretons ;\n\nARRÊTE :\n\nArticle 1er : Le stationnement est réservé au camion de déménagement rue de Brest le 20 mai 2026.\n\nFait à Rennes, le ${date}\n\nPour la Maire et par délégation,\nL’Adjoint délégué à la voirie,\nMarc HERVÉ\n`;
  const old = 'Vu l’arrêté n° 2020-1234 du 6 juillet 2020 portant délégation de fonctions à M. Marc HERVÉ, adjoint au maire ;';
  const d = fired(act(old, '12 mai 2026'), 'SIG-003');
  assert.equal(d.length, 1);
  assert.match(d[0].message, /\(6\sjuillet\s2020\) précède le renouvellement général des conseils municipaux de mars\s2026/);
  assert.deepEqual(fired(act(old, '12 mai 2025'), 'SIG-003'), []);
  assert.deepEqual(fired(act('Vu l’arrêté n° 2026-0456 du 6 avril 2026 portant délégation de fonctions à M. Marc HERVÉ, adjoint au maire ;', '12 mai 2026'), 'SIG-003'), []);
  // The délégation of 2020 visée with the one of the new mandate that abrogated it, in one visa or two (67th review).
  assert.deepEqual(fired(act('Vu l’arrêté n° 2020-1234 du 6 juillet 2020 portant délégation de fonctions à M. Marc HERVÉ, adjoint, abrogé par l’arrêté n° 2026-0456 du 6 avril 2026 portant délégation de fonctions à M. Marc HERVÉ, adjoint au maire ;', '12 mai 2026'), 'SIG-003'), []);
  assert.deepEqual(fired(act(`${old}\nVu l’arrêté n° 2026-0456 du 6 avril 2026 portant délégation de fonctions à M. Marc HERVÉ, adjoint au maire ;`, '12 mai 2026'), 'SIG-003'), []);
});

test('SIG-003: an arrêté that delegates anew, citing the délégation of the mandate before that it replaces, is not told that délégation ended (fifty-second review)', () => {
  const act = `ARRÊTÉ N° 2026-AM-0301 portant délégation de fonctions d’officier de l’état civil\n\nLe Maire de Vienne,\n\nVu le code général des collectivités territoriales, notamment ses articles L. 2122-32 et R. 2122-10 ;\n\nVu l’arrêté n° 2024-AM-0188 du 3 mai 2024 portant délégation de fonctions d’officier de l’état civil à des fonctionnaires titulaires ;\n\nARRÊTE :\n\nArticle 1er : Délégation est donnée à Mme Claire ROUX, adjoint administratif, pour exercer les fonctions d’officier de l’état civil.\n\nArticle 2 : L’arrêté n° 2024-AM-0188 du 3 mai 2024 est abrogé.\n\nFait à Vienne, le 30 avril 2026\n\nPour le Maire et par délégation,\nLa première adjointe,\nMarie DUPRÉ\n`;
  assert.deepEqual(fired(act, 'SIG-003'), []);
});
