// MOT rules.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ARRETE, edit, fired } from './helpers/acts';

/** An individual unfavourable arrêté: withdrawal of an authorisation granted to a company. */
const RETRAIT = edit(edit(edit(ARRETE,
  'portant réglementation temporaire de la circulation rue de la Gare', 'portant retrait d’une autorisation d’occupation du domaine public'),
  "Considérant que des travaux de voirie auront lieu rue de la Gare du 2 au 6 juin 2025 et qu'il convient d'assurer la sécurité des usagers ;",
  "Considérant que, lors du contrôle du 3 mai 2025, la terrasse de la société Snack du Lac occupait 40 m² au lieu des 20 m² autorisés ;\n\nVu le courrier du 5 mai 2025 invitant la société à présenter ses observations ;"),
  'La circulation est interdite rue de la Gare du 2 au 6 juin 2025.', 'L’autorisation d’occupation du domaine public accordée à la société Snack du Lac est retirée.');

test('MOT-001: an individual unfavourable decision without considérant (error) or without facts (warning)', () => {
  assert.deepEqual(fired(RETRAIT, 'MOT-001'), []);
  const none = edit(RETRAIT, /Considérant que, lors du contrôle[^\n]*\n\n/, '');
  const d = fired(none, 'MOT-001');
  assert.equal(d.length, 1);
  assert.equal(d[0].severity, 'error');
  const lawOnly = edit(RETRAIT, /Considérant que, lors du contrôle[^\n]*/, 'Considérant qu’il appartient au maire de veiller au respect des autorisations d’occupation ;');
  assert.equal(fired(lawOnly, 'MOT-001')[0].severity, 'warning');
  const cited = edit(RETRAIT, /Considérant que, lors du contrôle[^\n]*/, 'Considérant qu’aux termes de l’article L. 2213-6 du code général des collectivités territoriales, le maire peut délivrer des permis de stationnement ;');
  assert.equal(fired(cited, 'MOT-001')[0].severity, 'warning');
  // A fact stated without a date or a figure is a fact.
  const fact = edit(RETRAIT, /Considérant que, lors du contrôle[^\n]*/, 'Considérant que la terrasse empiète sur l’itinéraire d’accès des véhicules de secours ;');
  assert.deepEqual(fired(fact, 'MOT-001'), []);
});

test('MOT-002: no invitation to present observations before a withdrawal', () => {
  assert.deepEqual(fired(RETRAIT, 'MOT-002'), []);
  const t = edit(RETRAIT, /\n\nVu le courrier du 5 mai 2025[^\n]*/, '');
  assert.equal(fired(t, 'MOT-002').length, 1);
});

test('MOT-003: a regulatory police arrêté without considérant (information)', () => {
  const t = edit(ARRETE, /Considérant que des travaux[^\n]*\n\n/, '');
  assert.equal(fired(t, 'MOT-003').length, 1);
  assert.deepEqual(fired(ARRETE, 'MOT-003'), []);
});

test('MOT-002: a regulatory prohibition is not a measure aimed at a person, even when a company is named elsewhere', async () => {
  const { analyze } = await import('../server/src/core/service');
  const text = 'ARRÊTÉ N° 2025-1\nLe Maire de Chambéry,\nVu le code général des collectivités territoriales, notamment ses articles L. 2212-1 et L. 2213-1 ;\nConsidérant les travaux rue de Boigne ;\nARRÊTE :\nArticle 1er\nLa circulation est interdite rue de Boigne du 5 au 9 mai 2025.\nArticle 2\nLa signalisation est mise en place par l’entreprise chargée des travaux.\nFait à Chambéry, le 24 avril 2025\nLe Maire,\nThierry REPENTIN\n';
  assert.ok(!analyze(text).diagnostics.some((d) => d.code === 'MOT-002'));
  const personal = text.replace('La circulation est interdite rue de Boigne du 5 au 9 mai 2025.', 'Il est interdit à M. Jean DUPONT d’occuper le domaine public.');
  assert.ok(analyze(personal).diagnostics.some((d) => d.code === 'MOT-002'));
});

test('MOT-001: a refusal or a withdrawal is individual even when the article does not name the person', () => {
  const refusal = edit(edit(RETRAIT, /Considérant que, lors du contrôle[^\n]*\n\n/, ''), 'L’autorisation d’occupation du domaine public accordée à la société Snack du Lac est retirée.', 'La demande susvisée est rejetée.');
  const d = fired(refusal, 'MOT-001');
  assert.equal(d.length, 1);
  assert.match(d[0].message, /«\s*rejetée\s*»/);
  const withdrawal = edit(edit(RETRAIT, /Considérant que, lors du contrôle[^\n]*\n\n/, ''), 'L’autorisation d’occupation du domaine public accordée à la société Snack du Lac est retirée.', 'L’autorisation délivrée par l’arrêté n° 2024-045 du 2 février 2024 est retirée.');
  assert.equal(fired(withdrawal, 'MOT-001').length, 1);
  // A regulatory measure is not individual, nor the rule of silence that a recours mention recalls.
  assert.deepEqual(fired(edit(RETRAIT, 'L’autorisation d’occupation du domaine public accordée à la société Snack du Lac est retirée.', 'La circulation est interdite rue de la Gare.'), 'MOT-001'), []);
});

test('MOT-001 and MOT-002: grounds written in the article, an abrogation the holder asked for, a danger « grave et immédiat » (69th review)', () => {
  const none = edit(RETRAIT, /Considérant que, lors du contrôle[^\n]*\n\n/, '');
  // « …, au motif que … » in the article motivates the measure (CRPA, art. L. 211-5 asks grounds written, not considérants).
  const inArticle = edit(none, 'accordée à la société Snack du Lac est retirée.', 'accordée à la société Snack du Lac est retirée, au motif que, lors du contrôle du 3 mai 2025, la terrasse occupait 40 m² au lieu des 20 m² autorisés.');
  assert.deepEqual(fired(inArticle, 'MOT-001'), []);
  assert.equal(fired(none, 'MOT-001')[0]?.severity, 'error');
  // An abrogation the holder asked for favours him: neither grounds nor observations are owed.
  const asked = edit(edit(none, 'portant retrait d’une autorisation', 'portant abrogation d’une autorisation'), 'L’autorisation d’occupation du domaine public accordée à la société Snack du Lac est retirée.', 'À la demande de sa titulaire, l’autorisation d’occupation du domaine public accordée à la société Snack du Lac est abrogée à compter du 15 septembre 2025.');
  assert.deepEqual([...fired(asked, 'MOT-001'), ...fired(asked, 'MOT-002')], []);
  // « un danger grave et immédiat » is the urgency that dispenses with the contradictory procedure.
  const noLetter = edit(RETRAIT, /\n\nVu le courrier du 5 mai 2025[^\n]*/, '');
  const danger = edit(noLetter, 'au lieu des 20 m² autorisés ;', 'au lieu des 20 m² autorisés et présente un danger grave et immédiat pour les passants ;');
  assert.deepEqual(fired(danger, 'MOT-002'), []);
  assert.equal(fired(noLetter, 'MOT-002').length, 1);
});

test('MOT-001: the stereotyped motives of a refusal state no fact (« la demande ne répond pas aux conditions requises », « les nécessités de service ») (69th review)', () => {
  for (const motive of ['Considérant que la demande ne répond pas aux conditions requises ;\nConsidérant qu’il n’y a pas lieu d’y faire droit ;', 'Considérant les nécessités de service ;', 'Considérant que le dossier est incomplet ;', 'Considérant que les conditions ne sont pas remplies ;']) {
    const t = edit(RETRAIT, /Considérant que, lors du contrôle[^\n]*/, motive);
    assert.equal(fired(t, 'MOT-001')[0]?.severity, 'warning', motive);
  }
  // (With the fact that makes it so, a motive.)
  assert.deepEqual(fired(edit(RETRAIT, /Considérant que, lors du contrôle[^\n]*/, 'Considérant que le dossier est incomplet, l’attestation d’assurance demandée par courrier du 3 mai 2025 n’ayant pas été produite ;'), 'MOT-001'), []);
});
