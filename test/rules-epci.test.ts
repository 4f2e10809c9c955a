// EPCI rules.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { edit, fired } from './helpers/acts';
import { readSeed } from './helpers/corpus';

test('EPCI-004: seed 001 lacks the visa of L. 5211-10 and of the délibération delegating to the bureau', () => {
  const d = fired(readSeed(1), 'EPCI-004');
  assert.equal(d.length, 2);
  assert.ok(d.every((x) => x.severity === 'warning'));
  assert.match(d[0].message, /L\. 5211-10/);
  assert.match(d[1].message, /CM2025\/04\/07\/19-2/);
  const ok = edit(readSeed(1), '- Vu** le code général des collectivités territoriales, notamment l\'article L.5219-1,',
    '- Vu** le code général des collectivités territoriales, notamment ses articles L. 5211-10 et L. 5219-1,\n- Vu** la délibération CM2023/02/15/02 du 15 février 2023 portant délégation d’attributions du conseil au bureau,');
  assert.deepEqual(fired(ok, 'EPCI-004'), []);
});

test('EPCI-004: a bureau voting the budget (error)', () => {
  const t = edit(readSeed(1), 'BM2025/06/24/12 : OUVERTURE DU PARCOURS', 'BM2025/06/24/12 : VOTE DU BUDGET PRIMITIF 2025 ET OUVERTURE DU PARCOURS');
  assert.ok(fired(t, 'EPCI-004').some((d) => d.severity === 'error' && /budget/.test(d.message)));
});

test('EPCI-004: a budget annexe named as the line of an operation is no vote of the budget; an avenant is no délégation of a service public', () => {
  const objet = (o: string) => edit(readSeed(1), 'BM2025/06/24/12 : OUVERTURE DU PARCOURS', `BM2025/06/24/12 : ${o}`);
  const errors = (o: string) => fired(objet(o), 'EPCI-004').filter((d) => d.severity === 'error');
  assert.deepEqual(errors('ADMISSION EN NON-VALEUR – BUDGET ANNEXE ASSAINISSEMENT'), []);
  assert.equal(errors('BUDGET ANNEXE ASSAINISSEMENT – VOTE DU BUDGET PRIMITIF 2025').length, 1);
  assert.deepEqual(errors('AVENANT N° 1 AU CONTRAT DE DÉLÉGATION DE SERVICE PUBLIC DE L’EAU'), []);
  assert.equal(errors('CHOIX DU DÉLÉGATAIRE DU SERVICE PUBLIC DE LA FOURRIÈRE ANIMALE').length, 1);
  // The product of a tax is voted like its rate (fifty-seventh review: « Taxe GEMAPI – Fixation du produit pour 2026 »).
  assert.equal(errors('TAXE POUR LA GESTION DES MILIEUX AQUATIQUES – FIXATION DU PRODUIT POUR L’ANNÉE 2026').length, 1);
  // The adhésion of the établissement to an établissement public, however it is named (68th review: 5°).
  assert.equal(errors('ADHÉSION DE LA COMMUNAUTÉ À L’AGENCE DÉPARTEMENTALE D’INGÉNIERIE TERRITORIALE').length, 1);
  assert.equal(errors('ADHÉSION DU SYNDICAT À L’ÉTABLISSEMENT PUBLIC TERRITORIAL DE BASSIN LOIRE').length, 1);
  assert.deepEqual(errors('ADHÉSION À L’ASSOCIATION DES MAIRES DE FRANCE'), []);
});

test('EPCI-006: the bureau délibération is not signed by the secrétaire (information)', () => {
  const d = fired(readSeed(1), 'EPCI-006');
  assert.equal(d.length, 1);
  assert.equal(d[0].severity, 'information');
  assert.deepEqual(fired(edit(readSeed(1), 'Maire de Rueil-Malmaison', 'Maire de Rueil-Malmaison\n\nLe secrétaire de séance,\nQuentin GESELL'), 'EPCI-006'), []);
});

test('a délégation to the président voted before the general renewal of March 2026 ended with that mandate (EPCI-004, sixty-fifth review)', () => {
  const act = (voted: string) => `COMMUNAUTÉ DE COMMUNES CŒUR DE SAVOIE\nDÉCISION DU PRÉSIDENT N° 2026-052\nObjet : Attribution du marché d’entretien des espaces verts\nLe Président de la communauté de communes Cœur de Savoie,\nVu le code général des collectivités territoriales, notamment ses articles L. 5211-9 et L. 5211-10 ;\nVu la délibération n° 2026-041 du conseil communautaire du ${voted} portant délégation d’attributions au président ;\nDÉCIDE\nArticle 1er : Le marché est attribué à la société Verts Alpins pour 45 000 euros HT.\nFait à Montmélian, le 10 juin 2026\nLe Président,\nDaniel GRAND\n`;
  const old = fired(act('16 juillet 2020'), 'EPCI-004');
  assert.equal(old.length, 1);
  assert.match(old[0].message.replace(/\s/g, ' '), /\(16 juillet 2020\) précède le renouvellement général des conseils de mars 2026/);
  assert.deepEqual(fired(act('23 avril 2026'), 'EPCI-004'), []);
});
