// POL rules.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ARRETE, edit, fired } from './helpers/acts';

test('POL-001: a police arrêté without the police visas (fix adds them)', () => {
  const t = edit(ARRETE, /Vu le code général[^\n]*\n\nVu le code de la route ;\n\n/, '');
  const d = fired(t, 'POL-001');
  assert.equal(d.length, 1);
  assert.match(d[0].fixes?.[0].edits[0].newText ?? '', /L\. 2212-1, L\. 2212-2 et L\. 2213-1/);
  assert.deepEqual(fired(ARRETE, 'POL-001'), []);
  // A special-police code is enough.
  assert.deepEqual(fired(edit(ARRETE, /\n\nVu le code général[^\n]*/, ''), 'POL-001'), []);
});

test('POL-004: an arrêté du maire founded on the police powers of the président du conseil départemental (S044 wording)', () => {
  const wrong = edit(ARRETE, 'notamment ses articles L. 2212-1, L. 2212-2 et L. 2213-1 ;', 'notamment les articles L 3221-3 et L 3221-4;');
  const d = fired(wrong, 'POL-004');
  assert.equal(d.length, 1);
  assert.equal(d[0].severity, 'warning');
  assert.match(d[0].message, /L\. 3221-3 et L\. 3221-4 du CGCT portent sur les pouvoirs du président du conseil départemental, non sur ceux du maire/);
  assert.match(d[0].fixes?.[0].edits[0].newText ?? '', /L\. 2212-1, L\. 2212-2 et L\. 2213-1/);
  // The maire's own powers cited beside them: nothing to say.
  assert.deepEqual(fired(ARRETE, 'POL-004'), []);
  const both = edit(ARRETE, 'L. 2212-1, L. 2212-2 et L. 2213-1 ;', 'L. 2212-1, L. 2212-2, L. 2213-1 et L. 3221-4 ;');
  assert.deepEqual(fired(both, 'POL-004'), []);
});

test('POL-004: a covid arrêté of the maire founded on the minister’s power (code de la santé publique, L. 3131-1; S047 wording)', () => {
  const wrong = edit(ARRETE, 'Vu le code général des collectivités territoriales, notamment ses articles L. 2212-1, L. 2212-2 et L. 2213-1 ;',
    'Vu le Code Général des Collectivités Territoriales,\n\nVu le code de la santé publique notamment l’article L3131-1,');
  const d = fired(wrong, 'POL-004');
  assert.equal(d.length, 1);
  assert.match(d[0].message, /L’article L\. 3131-1 du code de la santé publique porte sur les pouvoirs du ministre chargé de la santé/);
});

test('POL-004: a route départementale outside the agglomération however written (« hors agglo », « CD 14 », « en dehors de l’agglomération », or said in a considérant); in Alsace, the Collectivité européenne d’Alsace’s président (fiftieth review)', () => {
  const rd = (article: string, considerant = 'Considérant que des travaux de voirie auront lieu du 2 au 6 juin 2025 ;') =>
    edit(edit(ARRETE, 'Article 1er : La circulation est interdite rue de la Gare du 2 au 6 juin 2025.', `Article 1er : ${article}`), /Considérant que des travaux[^\n]*/, considerant);
  for (const article of ['La circulation est interdite sur la route départementale n° 14, hors agglo.', 'La circulation est interdite sur le CD 14, hors agglomération.', 'La circulation est interdite sur la RD 14, en dehors de l’agglomération.']) {
    assert.equal(fired(rd(article), 'POL-004').length, 1, article);
  }
  const said = 'Considérant que le parcours emprunte la route départementale n° 14 sur 2,4 km hors agglomération ;';
  assert.equal(fired(rd('La circulation est interdite sur la RD 14, entre la sortie du village et le carrefour des Trois-Châteaux (PR 5+850).', said), 'POL-004').length, 1);
  // (The article that keeps to the agglomération, or names no route départementale: nothing.)
  assert.deepEqual(fired(rd('La circulation est interdite sur la RD 14 en agglomération.', said), 'POL-004'), []);
  assert.deepEqual(fired(rd('La circulation est interdite rue de la Gare.', said), 'POL-004'), []);
  const alsace = fired(edit(rd('La circulation est interdite sur la RD 14, hors agglomération.'), 'Département de la Savoie', 'Département du Haut-Rhin'), 'POL-004');
  assert.match(alsace[0]?.message ?? '', /président de la Collectivité européenne d’Alsace/);
  assert.match(fired(rd('La circulation est interdite sur la RD 14, hors agglomération.'), 'POL-004')[0]?.message ?? '', /appartient au président du conseil départemental/);
});
