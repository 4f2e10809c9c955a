// Whole procès-verbaux of a séance, read as one act per point (core/document.ts, syntax/scanner.ts's actSegments):
// the layouts the fifty-fifth review wrote (points between dashed rules, « 1) » and « 1/ » numbering, votes in tables,
// members who come and go) and what a juriste expects of each point's reading.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseDocument } from '../server/src/core/document';
import { analyze } from '../server/src/core/service';

/** The errors and warnings of a text, as `code` strings. */
const judged = (text: string) => analyze(text).diagnostics.filter((d) => d.severity === 'error' || d.severity === 'warning').map((d) => d.code);

const RULE = '-'.repeat(50);
/** A séance opened once, with its long lists of names, for a communauté de communes. */
const OPENING = `Département de la Vienne
COMMUNAUTÉ DE COMMUNES DU HAUT-CLAIN

PROCÈS-VERBAL DE LA SÉANCE DU CONSEIL COMMUNAUTAIRE
Mardi 17 juin 2025

Le dix-sept juin deux mille vingt-cinq à dix-huit heures, le conseil communautaire, dûment convoqué le 10 juin 2025, s'est réuni à Vivonne sous la présidence de M. Louis GIRAUD, Président.

Conseillers en exercice : 30
Présents : 24
Pouvoirs : 2
Votants : 26

Conseillers présents :
${['Vivonne : Louis GIRAUD, Anne PAGE, Marc SIMON', 'Iteuil : Paul ROCHE, Eva MOREL', 'Marçay : Jean DUCROS', 'Marigny : Claire BESSON, Yves PRIEUR', 'Voulon : Hélène TESSIER', 'Champagné : Luc VIDAL, Rose MARCEAU', 'Aslonnes : Guy LENOIR', 'Anché : Marie CORNU', 'Brux : Éric FAURE', 'Chaunay : Denise RIVIÈRE', 'Ceaux : Alain MORIN', 'Romagne : Sophie LAURENT', 'Payré : Bruno CARON', 'Château-Larcher : Julie MASSON', 'Gençay : Hugo ROUSSEL, Lina PERRIN', 'Magné : Noël BERTIN', 'Saint-Maurice : Yann COLIN'].join('\n')}

Pouvoirs :
- Jacques MERCIER a donné pouvoir à Anne PAGE
- Odile BRUN a donné pouvoir à Paul ROCHE

Absents excusés : Henri BLANC, Agathe DUPRÉ, Rémi FOURNIER, Inès GAUTIER.

Secrétaire de séance : Mme Claire BESSON.
`;

test('points between dashed rules: the approval of the previous séance’s minutes is no séance of the points, and each point keeps its heading', () => {
  const pv = `${OPENING}
${RULE}
Délibération n° 2025-061
Objet : Approbation du procès-verbal de la séance du 13 mai 2025
${RULE}
Le procès-verbal de la séance du 13 mai 2025, envoyé à chaque conseiller, est soumis à l'approbation de l'assemblée.
Le conseil communautaire approuve le procès-verbal à l'unanimité (26 voix).

${RULE}
Délibération n° 2025-062
Objet : Rapport annuel 2024 sur le service public d'assainissement non collectif
${RULE}
M. SIMON présente le rapport annuel.
Le conseil communautaire prend acte de la présentation du rapport annuel 2024.

${RULE}
Délibération n° 2025-063
Objet : Création d'un emploi saisonnier
${RULE}
Le conseil communautaire crée un emploi d'adjoint technique pour l'été.
Adopté à l'unanimité (26 voix).

Le Président,                      La secrétaire de séance,
Louis GIRAUD                       Claire BESSON
`;
  const doc = parseDocument(pv);
  assert.deepEqual(doc.acts.map((a) => a.number?.value), ['2025-061', '2025-062', '2025-063']);
  assert.deepEqual(doc.acts.map((a) => pv.slice(a.object!.start, a.object!.end)), [
    'Approbation du procès-verbal de la séance du 13 mai 2025',
    'Rapport annuel 2024 sur le service public d\'assainissement non collectif',
    'Création d\'un emploi saisonnier',
  ]);
  // Every point is of the séance of 17 June, convoked on the 10th: no convocation after its séance, no séance without
  // its figures or secrétaire.
  assert.deepEqual(doc.acts.map((a) => [a.seance?.date, a.seance?.convocationDate, a.seance?.present, a.seance?.voters]), [
    ['2025-06-17', '2025-06-10', 24, 26], ['2025-06-17', '2025-06-10', 24, 26], ['2025-06-17', '2025-06-10', 24, 26],
  ]);
  assert.deepEqual(judged(pv), []);
});

/** A commune's séance, its figures on one line. */
const COMMUNE = (figures = 'Conseillers en exercice : 19. Présents : 12. Pouvoirs : 3. Votants : 15.') => `Département de la Dordogne
Mairie de Saint-Avit-le-Haut — 1 240 habitants

PROCÈS-VERBAL — Séance du conseil municipal du mardi 9 septembre 2025

Convocation du 2 septembre 2025. Présidence : Mme Sylvie ROUX, Maire.
${figures}
M. Bruno LEFEUVRE est élu secrétaire de séance.
`;
const SIGNED = `
La Maire,                                Le secrétaire de séance,
Sylvie ROUX                              Bruno LEFEUVRE
`;

test('points numbered « 1) » or « 1/ » ending with « Questions diverses », « Divers » or « Informations »: one act per voted point, the last item none', () => {
  for (const [mark, last] of [[')', 'Questions diverses'], ['/', 'Divers'], [')', 'Informations du maire']] as const) {
    const pv = `${COMMUNE()}
1${mark} Tarifs de la cantine scolaire
Le conseil municipal fixe le prix du repas à 3,20 €.
Vote : unanimité (15 voix).

À 21 h 10, M. Denis CARRE et Mme Lucie HOARAU quittent la séance.

2${mark} Vente d'un délaissé communal
Le conseil municipal décide la vente du délaissé.
Vote : 13 pour.

3${mark} ${last}
Le marché de Noël aura lieu le 14 décembre.
${SIGNED}`;
    const doc = parseDocument(pv);
    assert.equal(doc.shape, 'collection', `${mark} ${last}`);
    assert.deepEqual(doc.acts.map((a) => pv.slice(a.object!.start, a.object!.end)), ['Tarifs de la cantine scolaire', 'Vente d\'un délaissé communal'], `${mark} ${last}`);
    // The second point is voted after the two departures: 10 présents of 19 (the quorum is 10), 13 votants.
    assert.deepEqual(doc.acts.map((a) => [a.seance?.present, a.seance?.voters]), [[12, 15], [10, 13]], `${mark} ${last}`);
  }
});

test('the quorum lost at a point of a procès-verbal whose last item is « 3) Questions diverses » is told', () => {
  const pv = `${COMMUNE('Conseillers en exercice : 19. Présents : 10. Pouvoirs : 3. Votants : 13.')}
1) Tarifs de la cantine scolaire
Le conseil municipal fixe le prix du repas à 3,20 €.
Vote : unanimité (13 voix).

M. Denis CARRE quitte définitivement la séance.

2) Vente d'un délaissé communal
Le conseil municipal décide la vente du délaissé.
Vote : 12 pour.

3) Questions diverses
Aucune question.
${SIGNED}`;
  assert.deepEqual(judged(pv), ['SEA-003']);
});

test('« Votants : 27 — Pour : 27 » under each « Délibération n° … » is that point’s vote, and each heading an act', () => {
  const pv = `${COMMUNE()}
Délibération n° 2025-040
Objet : Convention de servitude avec Enedis
Le conseil municipal autorise la Maire à signer la convention.
Votants : 15 — Pour : 15

Délibération n° 2025-041
Objet : Admission en non-valeur de créances irrécouvrables
Le conseil municipal admet en non-valeur des créances de 412,30 €.
Votants : 15 — Pour : 14 — Abstention : 1
${SIGNED}`;
  const doc = parseDocument(pv);
  assert.deepEqual(doc.acts.map((a) => a.number?.value), ['2025-040', '2025-041']);
  assert.deepEqual(doc.acts.map((a) => [a.vote?.for, a.vote?.abstentions ?? null]), [[15, null], [14, 1]]);
});

test('a scrutin public given as a table, by rows or by columns, is a tally: no « résultat non chiffré »', () => {
  const rows = '| Sens du vote | Nombre | Noms |\n|---|---|---|\n| Pour | 12 | A. PONS, B. ROUX |\n| Contre | 2 | C. VIDAL, D. FAURE |\n| Abstention | 1 | E. BRUN |';
  const cols = '| Pour | Contre | Abstention |\n|---|---|---|\n| 12 | 2 | 1 |';
  for (const table of [rows, cols]) {
    const pv = `${COMMUNE()}
1. EXTENSION DE LA VIDÉOPROTECTION — SCRUTIN PUBLIC

Il est procédé au scrutin public à la demande d'un quart des membres présents.

${table}

La délibération est adoptée.

2. DÉNOMINATION D'UNE RUE

Adopté à l'unanimité (15 voix).
${SIGNED}`;
    const doc = parseDocument(pv);
    assert.deepEqual(doc.acts.map((a) => pv.slice(a.object!.start, a.object!.end)), ['EXTENSION DE LA VIDÉOPROTECTION — SCRUTIN PUBLIC', 'DÉNOMINATION D\'UNE RUE']);
    assert.deepEqual([doc.acts[0].vote?.unanimous, doc.acts[0].vote?.for, doc.acts[0].vote?.against, doc.acts[0].vote?.abstentions], [false, 12, 2, 1]);
    assert.deepEqual(judged(pv), []);
  }
});
