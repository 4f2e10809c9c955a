// VIS rules of this family (VIS-004, VIS-005 and VIS-006 are tested with the references).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ARRETE, DECISION, DELIB, edit, fired } from './helpers/acts';

test('VIS-001: a décision du maire that does not cite L. 2122-23 (the fix adds it to the visa of the code)', () => {
  const t = edit(DECISION, ' et son article L. 2122-23', '');
  const d = fired(t, 'VIS-001');
  assert.equal(d.length, 1);
  assert.match(d[0].message, /L\. 2122-23/);
  const fix = d[0].fixes?.[0];
  assert.ok(fix);
  // (« notamment le 6° de son article L. 2122-22 »: the 6° stays the L. 2122-22's.)
  assert.deepEqual(fix.edits.map((e) => e.newText), [' et son article L. 2122-23']);
  assert.deepEqual(fired(DECISION, 'VIS-001'), []);
});

test('VIS-001: an arrêté du maire without any visa', () => {
  const t = edit(edit(edit(ARRETE, 'portant réglementation temporaire de la circulation rue de la Gare', 'portant désignation d’un régisseur'), /Vu le code général[^\n]*\n\nVu le code de la route ;\n\n/, ''), 'La circulation est interdite rue de la Gare du 2 au 6 juin 2025', 'M. Paul BLANC est désigné régisseur').replace(' et le chef de la police municipale sont chargés, chacun en ce qui le concerne,', ' est chargé');
  assert.equal(fired(t, 'VIS-001').length, 1);
});

test('VIS-002: visas with neither number nor date', () => {
  const t = edit(DECISION, 'Vu la délibération', 'Vu les délibérations annuelles relatives à la dette ;\n\nVu la loi NOTRe ;\n\nVu la délibération');
  const d = fired(t, 'VIS-002');
  assert.equal(d.length, 2);
  assert.equal(d[0].severity, 'warning');
  assert.deepEqual(fired(DECISION, 'VIS-002'), []);
});

test('VIS-002: a law cited without its intitulé (information)', () => {
  const t = edit(DECISION, 'Vu la délibération', 'Vu la loi n° 2014-58 du 27 janvier 2014 ;\n\nVu la délibération');
  const d = fired(t, 'VIS-002');
  assert.equal(d.length, 1);
  assert.equal(d[0].severity, 'information');
});

test('VIS-003: a délibération cited before the code', () => {
  const t = edit(DELIB, "Vu le code général des collectivités territoriales, notamment son article L. 2121-29 ;\n\nVu la délibération n° DCM-2024-101 du 12 décembre 2024 fixant les tarifs municipaux ;",
    "Vu la délibération n° DCM-2024-101 du 12 décembre 2024 fixant les tarifs municipaux ;\n\nVu le code général des collectivités territoriales, notamment son article L. 2121-29 ;");
  assert.equal(fired(t, 'VIS-003').length, 1);
  assert.deepEqual(fired(DELIB, 'VIS-003'), []);
});

test('VIS-003: codes in alphabetical order of their main word, without their article (the CGCT has no precedence)', () => {
  const codes = (...titles: string[]) => `ARRÊTÉ N° 1\nLe Maire de Lexy,\n${titles.map((t) => `Vu le code ${t} ;\n`).join('')}ARRÊTE :\nArticle 1er : x.\n`;
  // « général » before « route »: the CGCT first.
  assert.match(fired(codes('de la route', 'général des collectivités territoriales'), 'VIS-003')[0]?.message ?? '', /ordre alphabétique du titre qui les distingue/);
  assert.deepEqual(fired(codes('général des collectivités territoriales', 'de la route'), 'VIS-003'), []);
  assert.deepEqual(fired(codes('civil', 'de la construction et de l’habitation', 'de l’environnement', 'général des collectivités territoriales', 'de la santé publique', 'de l’urbanisme'), 'VIS-003'), []);
  assert.equal(fired(codes('de la santé publique', 'général des collectivités territoriales'), 'VIS-003').length, 1);
  // The code named without « et notamment son article … » (fiftieth review: « le code pénal et vient avant … »).
  assert.match(fired(codes('de la santé publique', 'pénal et notamment son article R. 610-5'), 'VIS-003')[0]?.message ?? '', /: le code pénal vient avant le code de la santé publique\./);
  // « No precedence » is said of a CGCT visé first out of its place, not of one that is to move up (67th review).
  assert.match(fired(codes('général des collectivités territoriales', 'de la commande publique'), 'VIS-003')[0]?.message ?? '', /n’a pas de préséance/);
  assert.doesNotMatch(fired(codes('général de la propriété des personnes publiques', 'général des collectivités territoriales'), 'VIS-003')[0]?.message ?? 'none', /préséance|none/);
});

test('VIS-007: visas ending with a comma (one finding, one fix for all)', () => {
  const t = DECISION.replace(/^(Vu [^\n]*) ;$/gm, '$1,');
  const d = fired(t, 'VIS-007');
  assert.equal(d.length, 1);
  // The last visa before the considérant must end with ";" too; both are fixed.
  assert.equal(d[0].fixes?.[0].edits.length, 2);
  assert.ok(d[0].fixes?.[0].edits.every((e) => e.newText === ' ;'));
  assert.deepEqual(fired(DECISION, 'VIS-007'), []);
});

test('VIS-008: "Vu les articles … du code …" rather than "Vu le code …, notamment ses articles …"', () => {
  const t = edit(DECISION, 'Vu le code général des collectivités territoriales, notamment le 6° de son article L. 2122-22 et son article L. 2122-23 ;',
    'Vu les articles L. 2122-22 (6°) et L. 2122-23 du code général des collectivités territoriales ;');
  assert.match(fired(t, 'VIS-008')[0].message, /notamment ses articles L\. 2122-22 \(6°\) et L\. 2122-23/);
  assert.deepEqual(fired(DECISION, 'VIS-008'), []);
});

test('VIS-003: a request, a report or an avis before the texts (an urbanisme act opens on its application), and an arrêté of the collectivité after its délibération, are local usage, not flagged; a décret before a loi is', () => {
  const act = (...visas: string[]) => `COMMUNE DE MURET\n\nARRÊTÉ N° 2026-PC-014\nportant permis de construire\n\nLe Maire de Muret,\n${visas.map((v) => `${v} ;`).join('\n')}\nARRÊTE\nArticle 1er : Le permis de construire est accordé.\n`;
  assert.deepEqual(fired(act('Vu la demande de permis de construire déposée le 3 février 2026 par M. Paul REY', 'Vu le code de l’urbanisme'), 'VIS-003'), []);
  assert.deepEqual(fired(act('Vu le code général des collectivités territoriales', 'Vu la délibération n° 2020-045 du 4 juin 2020 portant délégation', 'Vu l’arrêté n° 2020-112 du 10 juin 2020 portant délégation de fonctions'), 'VIS-003'), []);
  assert.equal(fired(act('Vu le décret n° 2015-1783 du 28 décembre 2015', 'Vu la loi n° 2014-366 du 24 mars 2014'), 'VIS-003').length, 1);
});

test('VIS-002: « Vu les délibérations des conseils municipaux des communes membres approuvant ce rapport » cites the members’ délibérations together, no one number to give; a délibération of the act’s own conseil still needs its number or date (forty-sixth review)', () => {
  const delib = (visa: string) => edit(DELIB, 'Vu la délibération n° DCM-2024-101 du 12 décembre 2024 fixant les tarifs municipaux ;', visa);
  assert.deepEqual(fired(delib('Vu les délibérations des conseils municipaux des communes membres approuvant ce rapport ;'), 'VIS-002'), []);
  assert.equal(fired(delib('Vu la délibération fixant les tarifs municipaux ;'), 'VIS-002').length, 1);
});

test('VIS-001: an EPCI président’s arrêté founded on the police the maires transferred to him (L. 5211-9-2), or taken on an agent under the code général de la fonction publique, needs no L. 5211-9 (fifty-seventh review)', () => {
  const arrete = (visa: string, article: string) => `COMMUNAUTÉ D’AGGLOMÉRATION DU GRAND SAUMUROIS\n\nARRÊTÉ N° 2026-041 portant ${article}\n\nLe Président de la Communauté d’agglomération du Grand Saumurois,\n\n${visa}\n\nARRÊTE :\n\nArticle 1er : Les bacs sont présentés à la collecte la veille au soir.\n\nFait à Saumur, le 3 mars 2026\n\nLe Président,\nJean-Michel MARCHAND\n`;
  assert.deepEqual(fired(arrete('Vu le code général des collectivités territoriales, notamment ses articles L. 2224-16, L. 5211-9-2 et L. 5216-5 ;', 'règlement de la collecte des déchets ménagers'), 'VIS-001'), []);
  assert.deepEqual(fired(arrete('Vu le code général de la fonction publique, notamment ses articles L. 612-1 et suivants ;', 'temps partiel de Mme Claire ROUX'), 'VIS-001'), []);
  assert.equal(fired(arrete('Vu le code général des collectivités territoriales, notamment son article L. 5216-5 ;', 'règlement de la collecte des déchets ménagers'), 'VIS-001').length, 1);
});
