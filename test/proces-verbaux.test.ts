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

/** The lines of a text's diagnostics of a given code (at any severity: an information is a hint at the default level). */
const found = (text: string, code: string) => analyze(text).diagnostics.filter((d) => d.code === code).map((d) => d.range.start.line);

test('« POINT 1 — … » headings: each point’s objet is its heading (not the séance’s date), an election is read from it, and a budget only « pris acte » is not voted', () => {
  const pv = `VILLE DE SAINT-MAIXENT-SUR-SÈVRE
(Deux-Sèvres — 6 840 habitants)

PROCÈS-VERBAL DE LA SÉANCE DU CONSEIL MUNICIPAL
DU MARDI 8 AVRIL 2025

Les membres du conseil municipal ont été convoqués le mercredi 2 avril 2025.
PRÉSIDENCE : Mme Hélène MOREAU, Maire.
MEMBRES EN EXERCICE : 29 — PRÉSENTS : 23 — REPRÉSENTÉS : 4 — VOTANTS : 27
SECRÉTAIRE DE SÉANCE : M. Paul GIRARD.

POINT 1 — APPROBATION DU PROCÈS-VERBAL DE LA SÉANCE DU 11 MARS 2025
Le procès-verbal est adopté à l'unanimité.

POINT 2 — BUDGET PRIMITIF 2025 DU BUDGET PRINCIPAL
Le budget s'équilibre à 8 120 000 € en fonctionnement.
Le conseil municipal prend acte de la présentation du budget primitif 2025.

POINT 3 — DÉSIGNATION D'UN DÉLÉGUÉ AU SYNDICAT DES EAUX
Sont candidats : M. Marc PETIT et Mme Anne LEROY.
Il est procédé au vote à main levée.
M. Marc PETIT : 21 voix ; Mme Anne LEROY : 6 voix.
M. Marc PETIT est désigné délégué au syndicat des eaux.

Fait à Saint-Maixent-sur-Sèvre, le 9 avril 2025.

La Maire,                                Le secrétaire de séance,
Hélène MOREAU                            Paul GIRARD
`;
  const doc = parseDocument(pv);
  assert.deepEqual(doc.acts.map((a) => pv.slice(a.object!.start, a.object!.end)), [
    'APPROBATION DU PROCÈS-VERBAL DE LA SÉANCE DU 11 MARS 2025', 'BUDGET PRIMITIF 2025 DU BUDGET PRINCIPAL', 'DÉSIGNATION D\'UN DÉLÉGUÉ AU SYNDICAT DES EAUX',
  ]);
  assert.equal(doc.acts[2].election?.kind, 'representants');
  // The budget is voted (L. 2312-1): taking note of it reports no vote. The designation by a show of hands, the votes
  // divided, without the conseil's unanimous decision not to vote by secret ballot (L. 2121-21): an information.
  assert.deepEqual(judged(pv), ['SEA-005']);
  assert.deepEqual(found(pv, 'SEA-006'), [22]);
  // Written, the unanimous decision silences it; so does a secret ballot.
  const waived = pv.replace('Il est procédé au vote à main levée.', 'Le conseil municipal décide à l\'unanimité de ne pas procéder au scrutin secret.\nIl est procédé au vote à main levée.');
  assert.deepEqual(found(waived, 'SEA-006'), []);
  assert.deepEqual(found(pv.replace('au vote à main levée', 'au scrutin secret'), 'SEA-006'), []);
  // A rapport taken note of is no budget: nothing to vote.
  assert.deepEqual(judged(pv.replace(/BUDGET PRIMITIF 2025 DU BUDGET PRINCIPAL\n.*\n.*budget primitif 2025\./, 'RAPPORT ANNUEL SUR LE SERVICE DE L\'EAU\nLe rapport est présenté.\nLe conseil municipal prend acte de la présentation du rapport annuel.')), []);
});

test('a numbered point « 2) Compte administratif 2024 » is judged as the accounts it is: the maire who « quitte la séance pour le vote » withdrew, one who stays is told', () => {
  const pv = (withdrawal: string) => `${COMMUNE()}
1) Approbation du procès-verbal de la séance du 3 juin 2025
Adopté à l'unanimité (15 voix).

2) Compte administratif 2024
Le conseil municipal désigne M. Serge VERDIER, doyen de l'assemblée, pour présider la séance lors de l'examen du compte administratif.
${withdrawal}
Le conseil municipal, après en avoir délibéré, approuve le compte administratif 2024.
Pour : 13 — Contre : 0 — Abstentions : 0
${SIGNED}`;
  assert.deepEqual(found(pv('La Maire quitte la séance pour le vote du compte administratif.'), 'SEA-008'), []);
  assert.equal(found(pv('La Maire assiste au vote.'), 'SEA-008').length, 1);
});

test('the unanimity that decides not to vote by secret ballot is not the designation’s result', () => {
  const pv = `${COMMUNE()}
1) Désignation d'un représentant au conseil d'école
Le conseil municipal décide à l'unanimité, en application de l'article L. 2121-21 du code général des collectivités territoriales, de ne pas procéder au scrutin secret.
Candidature : Mme Lina PERRIN.
Mme Lina PERRIN est désignée par 13 voix pour et 2 abstentions.

2) Tarifs de la salle des fêtes
Le conseil municipal fixe les tarifs de location.
Adopté à l'unanimité (15 voix).
${SIGNED}`;
  const doc = parseDocument(pv);
  assert.deepEqual(doc.acts.map((a) => [a.vote?.unanimous, a.vote?.for, a.vote?.abstentions]), [[false, 13, 2], [true, null, null]]);
  assert.deepEqual(found(pv, 'SEA-006'), []);
});

test('a procès-verbal in Markdown: « ### Point 1 — … » or « ## 2 — … » headings, the votes and the pouvoirs in tables', () => {
  const pv = (mark: (n: number) => string) => `# COMMUNE DE CHÂTEAUMEILLANT
Département du Cher

## Procès-verbal de la séance du conseil municipal du 30 septembre 2025

Convocation du 23 septembre 2025. Présidence : M. Henri LOUIS, Maire.

| En exercice | Présents | Représentés | Votants |
|---|---|---|---|
| 19 | 13 | 2 | 15 |

| Absent ayant donné pouvoir | Mandataire |
|---|---|
| Frédéric MEUNIER | Céline ARNAUD |
| Mickaël ROLLAND | Céline ARNAUD |

Secrétaire de séance : M. Hervé ABADIE.

${mark(1)} Approbation du procès-verbal de la séance du 8 juillet 2025

| Votants | Pour | Contre | Abstention |
|---|---|---|---|
| 15 | 15 | 0 | 0 |

${mark(2)} Tarifs de l'accueil de loisirs

| Votants | Pour | Contre | Abstention |
|---|---|---|---|
| 15 | 12 | 3 | 0 |

Fait à Châteaumeillant, le 1er octobre 2025.

Le Maire,                                Le secrétaire de séance,
Henri LOUIS                              Hervé ABADIE
`;
  for (const mark of [(n: number) => `### Point ${n} —`, (n: number) => `## ${n} —`]) {
    const text = pv(mark);
    const doc = parseDocument(text);
    assert.deepEqual(doc.acts.map((a) => text.slice(a.object!.start, a.object!.end)), ['Approbation du procès-verbal de la séance du 8 juillet 2025', 'Tarifs de l\'accueil de loisirs'], mark(1));
    assert.deepEqual(doc.acts.map((a) => [a.vote?.for, a.vote?.against]), [[15, 0], [12, 3]], mark(1));
    // Two pouvoirs held by one member (L. 2121-20), read from the table.
    assert.deepEqual(judged(text), ['SEA-004'], mark(1));
  }
});

test('« N° 2025-051 | Compte administratif 2024 » heads a point: its objet is read, and the accounts voted under the président are told', () => {
  const pv = `COMMUNAUTÉ DE COMMUNES DU MINERVOIS
Département de l'Aude

PROCÈS-VERBAL DE LA SÉANCE DU CONSEIL COMMUNAUTAIRE DU JEUDI 26 JUIN 2025

Convocation adressée le vendredi 20 juin 2025.
Séance ouverte sous la présidence de M. Gérard FONTAINE, Président.
Effectif en exercice : 34 | Présents : 26 | Pouvoirs : 5 | Votants : 31
Secrétaire de séance : Mme Anne BOUVIER.

N° 2025-050 | Compte de gestion 2024 — budget principal
Le conseil communautaire approuve le compte de gestion 2024. Adopté à l'unanimité.

N° 2025-051 | Compte administratif 2024 — budget principal
Le conseil communautaire, après en avoir délibéré, approuve le compte administratif 2024.
Pour : 28 — Contre : 0 — Abstentions : 3

Fait à Lézignan, le 27 juin 2025.
Le Président,                            La secrétaire de séance,
Gérard FONTAINE                          Anne BOUVIER
`;
  const doc = parseDocument(pv);
  assert.deepEqual(doc.acts.map((a) => [a.number?.value, a.object && pv.slice(a.object.start, a.object.end)]), [
    ['2025-050', 'Compte de gestion 2024 — budget principal'], ['2025-051', 'Compte administratif 2024 — budget principal'],
  ]);
  assert.deepEqual(judged(pv), ['SEA-008']);
});

test('« Population : 948 habitants » under the commune’s name is the population the convocation’s délai is judged by', () => {
  const pv = (population: string) => `DÉPARTEMENT DE LA MARNE
COMMUNE DE VAUCLERC-SUR-AISNE
${population}

Procès-verbal de la réunion du conseil municipal
Séance du 8 avril 2025
Date de convocation : 3 avril 2025
Nombre de conseillers : en exercice 15 ; présents 12 ; votants 12
Secrétaire de séance : Mme Sandrine DROUET.

1. Tarifs de la salle des fêtes
Le conseil municipal fixe les tarifs. Adopté à l'unanimité (12 voix).

2. Subvention au comité des fêtes
Le conseil municipal attribue une subvention de 500 €. Adopté à l'unanimité (12 voix).

Fait à Vauclerc-sur-Aisne, le 9 avril 2025.
Le Maire,                                La secrétaire de séance,
Daniel HUSSON                            Sandrine DROUET
`;
  const asks = (text: string) => analyze(text).diagnostics.some((d) => d.code === 'SEA-001' && /indiquez la population/.test(d.message));
  assert.equal(asks(pv('')), true);
  assert.equal(asks(pv('Population : 948 habitants')), false);
});

test('« Président : M. X » after another label on its line names the séance’s président; the département after « RÉPUBLIQUE FRANÇAISE — » or before « — 12 540 habitants »', () => {
  const head = (first: string, opening: string) => `${first}
COMMUNE DE PLOUGONVEN

PROCÈS-VERBAL DE LA SÉANCE DU CONSEIL MUNICIPAL DU 16 DÉCEMBRE 2025

${opening}
En exercice : 19 | Présents : 15 | Procurations : 2 | Votants : 17
Secrétaire de séance : M. Jérôme REY.

1. Tarifs communaux 2026
Le conseil municipal fixe les tarifs. Adopté à l'unanimité (17 voix).

2. Admission en non-valeur
Le conseil municipal admet en non-valeur des créances de 86,40 €. Adopté à l'unanimité (17 voix).
`;
  for (const opening of ['Convocation : 10 décembre 2025. Ouverture : 20 h 00. Président : M. Nicolas POULAIN, Maire.', 'Heure d\'ouverture : 20 h 00                     Président : M. Nicolas POULAIN']) {
    const doc = parseDocument(head('RÉPUBLIQUE FRANÇAISE — DÉPARTEMENT DU FINISTÈRE', opening));
    assert.deepEqual(doc.acts.map((a) => a.seance?.president), ['Nicolas POULAIN', 'Nicolas POULAIN'], opening);
    assert.deepEqual(doc.acts.map((a) => a.header.departement?.name.toLowerCase()), ['finistère', 'finistère']);
  }
  const doc = parseDocument(head('Département du Finistère — 3 410 habitants', 'Convocation : 10 décembre 2025.'));
  assert.equal(doc.acts[0].header.departement?.name, 'Finistère');
});

test('members who come and go: an absent « (arrivé au point 2) » counted from his arrival, the maire back after the accounts he withdrew for, a member back in the room after her point', () => {
  const opening = (absent: string) => `COMMUNE DE SAINT-GENIEZ
PROCÈS-VERBAL DU CONSEIL MUNICIPAL — Séance du jeudi 26 juin 2025
Date de la convocation : 19 juin 2025
Sous la présidence de M. François DELMAS, Maire.
Membres en exercice : 19 — Présents : 14 — Représentés : 2 — Votants : 16
${absent}
Secrétaire de séance : Mme Laetitia CAYLA.
`;
  const arrival = `${opening('Absent : M. Fabrice LEROUX (arrivé au point 2).')}
1. Tarifs de la cantine
Le conseil municipal fixe les tarifs. Vote : unanimité (16 voix pour).

Arrivée de M. Fabrice LEROUX à 20 h 25.

2. Convention avec le service instructeur
Le conseil municipal approuve la convention. Vote : unanimité (17 voix pour).
`;
  assert.deepEqual(parseDocument(arrival).acts.map((a) => a.seance?.voters), [16, 17]);
  const accounts = `${opening('Absents : M. Paul VIDAL, Mme Rose SALGUES, M. Jean CALMON.')}
POINT N° 1 – COMPTE ADMINISTRATIF 2024
M. le Maire quitte la salle au moment du vote. Le conseil municipal élit Mme Odile GARNIER pour présider la séance.
Le conseil municipal, après en avoir délibéré, approuve le compte administratif 2024.
Présents : 13 — Représentés : 2 — Votants : 15
Pour : 12 — Contre : 0 — Abstentions : 3

M. le Maire regagne la salle et reprend la présidence.

POINT N° 2 – SUBVENTION À L'ASSOCIATION DES AMIS DE L'ÉCOLE
Mme Chantal ALIBERT, trésorière de l'association, quitte la salle et ne prend part ni au débat ni au vote.
Le conseil municipal, après en avoir délibéré, attribue une subvention de 1 200 €.
Pour : 15 — Contre : 0 — Abstentions : 0

Mme ALIBERT rejoint la salle.

POINT N° 3 – AFFECTATION DU RÉSULTAT 2024
Le conseil municipal, après en avoir délibéré, affecte le résultat.
Pour : 13 — Contre : 0 — Abstentions : 3
`;
  assert.deepEqual(parseDocument(accounts).acts.map((a) => a.seance?.voters), [15, 15, 16]);
  // No sum of a point's votes is told against the wrong votants.
  for (const text of [arrival, accounts]) assert.deepEqual(analyze(text).diagnostics.filter((d) => d.code === 'SEA-005').map((d) => d.message), []);
});

test('a comité syndical that « élit … pour présider la séance » for the accounts has elected their président (no SEA-008)', () => {
  const pv = `SYNDICAT INTERCOMMUNAL DES EAUX DE LA VALLÉE DU SUZON
PROCÈS-VERBAL DE LA SÉANCE DU COMITÉ SYNDICAL DU 24 JUIN 2025
Le comité syndical, dûment convoqué le 17 juin 2025, s'est réuni sous la présidence de M. Michel BONNET, président.
Délégués en exercice : 14 — Présents : 11 — Représentés : 1 — Votants : 12
Secrétaire de séance : M. Luc GARNIER.

Point n° 1 : Compte de gestion 2024
Le comité syndical approuve le compte de gestion 2024. Adopté à l'unanimité (12 voix).

Point n° 2 : Compte administratif 2024
Le comité syndical élit à l'unanimité Mme Danielle FAVRE, première vice-présidente, pour présider la séance pendant l'examen du compte administratif.
M. Michel BONNET quitte la salle au moment du vote.
Sous la présidence de Mme Danielle FAVRE, le comité syndical approuve le compte administratif 2024. Adopté à l'unanimité (10 voix).

Fait à Saint-Seine, le 25 juin 2025.
Le président,                    Le secrétaire de séance,
Michel BONNET                    Luc GARNIER
`;
  assert.deepEqual(found(pv, 'SEA-008'), []);
  assert.equal(found(pv.replace(/Le comité syndical élit .*\n/, ''), 'SEA-008').length, 1);
});

test('the installation séance: « 1. Installation des conseillers municipaux » and « 4. Lecture de la charte de l’élu local » are no points, the elections and délibérations are', () => {
  const pv = `Commune de Saint-Priest-sous-Aixe — 1 812 habitants
PROCÈS-VERBAL DE L'INSTALLATION DU CONSEIL MUNICIPAL ET DE L'ÉLECTION DU MAIRE ET DES ADJOINTS
Séance du vendredi 20 mars 2026
Convocation du 16 mars 2026.
Membres en exercice : 19 ; présents : 19 ; votants : 19.

1. INSTALLATION DES CONSEILLERS MUNICIPAUX
M. Jean FAURE, doyen d'âge, déclare les conseillers municipaux installés dans leurs fonctions.
Le conseil municipal a désigné M. Lucas AUPETIT en qualité de secrétaire de séance.

2. ÉLECTION DU MAIRE
Nombre de votants : 19 ; bulletins blancs : 2 ; suffrages exprimés : 17 ; majorité absolue : 9.
M. Gérard LABORIE : 15 voix ; M. Michel RAYNAUD : 2 voix.
M. Gérard LABORIE est proclamé maire et immédiatement installé.

3. DÉTERMINATION DU NOMBRE DES ADJOINTS
Le conseil municipal fixe à quatre le nombre des adjoints au maire. Pour : 17 ; contre : 0 ; abstentions : 2.

4. LECTURE DE LA CHARTE DE L'ÉLU LOCAL
Le maire donne lecture de la charte de l'élu local et en remet une copie à chaque conseiller.

5. INDEMNITÉS DE FONCTION DU MAIRE ET DES ADJOINTS
Le conseil municipal fixe les indemnités de fonction. Pour : 17 ; contre : 0 ; abstentions : 2.
`;
  const doc = parseDocument(pv);
  assert.deepEqual(doc.acts.map((a) => pv.slice(a.object!.start, a.object!.end)), ['ÉLECTION DU MAIRE', 'DÉTERMINATION DU NOMBRE DES ADJOINTS', 'INDEMNITÉS DE FONCTION DU MAIRE ET DES ADJOINTS']);
  assert.equal(doc.acts[0].election?.kind, 'maire');
});

test('a point whose nominations take effect without a ballot, after the unanimous decision not to vote by secret ballot, needs no dispositive formula nor tally', () => {
  const pv = `${COMMUNE()}
1. Tarifs de la cantine
Le conseil municipal fixe le prix du repas. Adopté à l'unanimité (15 voix).

2. Création des commissions municipales et désignation de leurs membres
Le conseil municipal crée trois commissions (finances ; travaux ; écoles) et décide, à l'unanimité, de ne pas procéder au scrutin secret. Une seule liste ayant été déposée pour chaque commission, les nominations prennent effet immédiatement.

Fait à Saint-Avit-le-Haut, le 10 septembre 2025.
${SIGNED}`;
  const doc = parseDocument(pv);
  assert.equal(doc.acts.length, 2);
  assert.deepEqual(judged(pv), []);
});

test('« Comité des fêtes, dont Mme X, adjointe au maire, est la présidente » names an interested member who voted (SEA-009)', () => {
  const pv = (said: string) => `${COMMUNE()}
1. Subventions aux associations
Le conseil municipal attribue les subventions suivantes : Comité des fêtes, dont Mme Lina PERRIN, adjointe au maire, est la présidente, 1 500 € ; Club des aînés, 300 €.${said}
Adopté à l'unanimité (15 voix).

2. Tarifs de la cantine
Le conseil municipal fixe le prix du repas. Adopté à l'unanimité (15 voix).

Fait à Saint-Avit-le-Haut, le 10 septembre 2025.
${SIGNED}`;
  assert.deepEqual(judged(pv('')), ['SEA-009']);
  assert.deepEqual(judged(pv('\nMme Lina PERRIN ne prend part ni aux débats ni au vote.')), []);
  // Another association an exposé recalls is not the one the act decides on.
  const other = pv('').replace('Le conseil municipal attribue les subventions suivantes : Comité des fêtes, dont Mme Lina PERRIN, adjointe au maire, est la présidente, 1 500 € ; Club des aînés, 300 €.', 'M. le Maire rappelle que le club des aînés a bénéficié du matériel prêté par le comité des fêtes, dont Mme Lina PERRIN, adjointe au maire, est la présidente.\nLe conseil municipal attribue au club des aînés une subvention de 300 €.');
  assert.notEqual(other, pv(''));
  assert.deepEqual(judged(other), []);
});

test('a séance held « de nouveau convoqué le … » after a first convocation without quorum is judged by the second convocation', () => {
  const pv = (second: string) => `Commune de Saint-Ybars (860 habitants)
PROCÈS-VERBAL DE LA SÉANCE DU CONSEIL MUNICIPAL DU 16 DÉCEMBRE 2025
Le conseil municipal, convoqué une première fois le 3 décembre 2025 pour le mardi 9 décembre 2025, ne s'est pas réuni en nombre suffisant. Conformément à l'article L. 2121-17 du code général des collectivités territoriales, il a été de nouveau convoqué le ${second} pour le mardi 16 décembre 2025 et délibère valablement sans condition de quorum.
En exercice : 15 - Présents : 6 - Pouvoirs : 3 - Votants : 9
Secrétaire de séance : M. Bernard FAUR.

1. Tarifs communaux 2026
Le conseil municipal fixe les tarifs. Adopté à l'unanimité (9 voix).

2. Admission en non-valeur
Le conseil municipal admet en non-valeur une créance de 40 €. Adopté à l'unanimité (9 voix).

Fait à Saint-Ybars, le 17 décembre 2025.
La Maire,                                Le secrétaire de séance,
Josiane ESCAICH                          Bernard FAUR
`;
  assert.deepEqual(parseDocument(pv('15 décembre 2025')).acts.map((a) => a.seance?.convocationDate), ['2025-12-15', '2025-12-15']);
  assert.deepEqual(judged(pv('15 décembre 2025')), ['SEA-001']);
  assert.deepEqual(judged(pv('12 décembre 2025')), []);
});

test('a member who steps out for a point takes with him the vote of the pouvoir he holds', () => {
  const pv = `${COMMUNE('Conseillers en exercice : 19. Présents : 12. Représentés : 3. Votants : 15.')}
Représentés : Véronique VALLEE (pouvoir à Kévin ROBIN), Xavier BOUGAULT (pouvoir à Bruno ESNAULT), Yves TANGUY (pouvoir à Sylvie ROUX).

1. Subvention au football club
M. Kévin ROBIN, président du club, quitte la salle et ne prend part ni au débat ni au vote.
Le conseil municipal attribue une subvention de 800 €. Adopté à l'unanimité (13 voix).

M. Kévin ROBIN regagne la salle.

2. Tarifs de la cantine
Le conseil municipal fixe le prix du repas. Adopté à l'unanimité (15 voix).
${SIGNED}`;
  assert.deepEqual(parseDocument(pv).acts.map((a) => a.seance?.voters), [13, 15]);
});

/** The objets of a document's acts, as written. */
const objets = (text: string) => parseDocument(text).acts.map((a) => (a.object ? text.slice(a.object.start, a.object.end) : null));

test('the fifty-ninth review’s layouts: « Unanimité. » alone, « N° 1 – … », a body before « PROCÈS-VERBAL », the ordre du jour’s list, the previous minutes approved in the header, a list of décisions in the compte rendu', () => {
  const head = (title = 'PROCÈS-VERBAL DE LA SÉANCE DU CONSEIL MUNICIPAL DU JEUDI 18 SEPTEMBRE 2025', extra = '') => `COMMUNE DE VILLEMAUR
${title}
Date de convocation : 12 septembre 2025
Conseillers en exercice : 15 – Présents : 12 – Représentés : 2 – Votants : 14
Secrétaire de séance : Mme Claire GIRARD.
${extra}`;
  // « Unanimité. » alone on its line is a point's vote, and decides it.
  const alone = `${head()}
1. Tarifs du cimetière
Concession trentenaire : 250 euros.
Unanimité.

2. Subvention au comité des fêtes
Le conseil attribue une subvention de 500 euros.
Pour : 13 – Contre : 1 – Abstention : 0
`;
  assert.deepEqual(parseDocument(alone).acts.map((a) => [a.vote?.unanimous, a.vote?.against ?? null]), [[true, null], [false, 1]]);
  // « N° 1 – … »: points, whose rank is no act's number.
  const ranked = alone.replace('1. Tarifs', 'N° 1 – Tarifs').replace('2. Subvention', 'N° 2 – Subvention');
  assert.deepEqual(objets(ranked), ['Tarifs du cimetière', 'Subvention au comité des fêtes']);
  assert.deepEqual(parseDocument(ranked).acts.map((a) => a.number), [null, null]);
  // The body's name before the title.
  const syndicat = `${head('COMITÉ SYNDICAL – PROCÈS-VERBAL DE LA SÉANCE DU 18 SEPTEMBRE 2025')}
Délibération n° CS-2025-12
Objet : Tarifs 2026 de la redevance
Le comité syndical adopte la grille tarifaire 2026.
Pour : 11 – Contre : 2 – Abstention : 1

Délibération n° CS-2025-13
Objet : Admission en non-valeur
Le comité admet en non-valeur des titres pour 481,35 euros.
Vote : unanimité (14 voix).
`;
  assert.deepEqual(parseDocument(syndicat).acts.map((a) => [a.number?.value, a.vote?.unanimous]), [['CS-2025-12', false], ['CS-2025-13', true]]);
  // The ordre du jour lists the points, then they come again in the same form.
  const agenda = alone.replace('Secrétaire de séance : Mme Claire GIRARD.\n', 'Secrétaire de séance : Mme Claire GIRARD.\nORDRE DU JOUR\n1. Tarifs du cimetière\n2. Subvention au comité des fêtes\n');
  assert.deepEqual(objets(agenda), ['Tarifs du cimetière', 'Subvention au comité des fêtes']);
  // The previous minutes approved in the header: no vote of the first point, which only takes note of a budget.
  const header = `${head(undefined, '\nLe procès-verbal de la séance du 25 juin 2025 est adopté à l\'unanimité.\n')}
1. Budget supplémentaire 2025
Le conseil municipal prend acte du budget supplémentaire 2025.

2. Tarifs de la cantine
Le conseil fixe le prix du repas à 3,70 euros.
Pour : 12 – Contre : 2 – Abstention : 0
`;
  assert.deepEqual(parseDocument(header).acts.map((a) => a.vote?.unanimous ?? null), [null, false]);
  // « - décision n° 2025-031 du … » in the compte rendu of the maire's décisions names another act.
  const reported = `${head()}
Délibération n° 2025-058
Objet : Compte rendu des décisions prises par délégation
Le maire rend compte des décisions suivantes :
- décision n° 2025-031 du 12 mai 2025 : achat de mobilier scolaire ;
Le conseil municipal prend acte de ces décisions.

Délibération n° 2025-059
Objet : Budget supplémentaire 2025
Le conseil municipal adopte le budget supplémentaire.
Pour : 11 – Contre : 3 – Abstention : 0
`;
  assert.deepEqual(parseDocument(reported).acts.map((a) => [a.kind, a.number?.value]), [['deliberation-cm', '2025-058'], ['deliberation-cm', '2025-059']]);
  const listed = reported.replace('Délibération n° 2025-058\nObjet : ', '1. ').replace('Délibération n° 2025-059\nObjet : ', '2. ');
  assert.deepEqual(parseDocument(listed).acts.map((a) => [a.kind, a.number?.value ?? null]), [['deliberation-cm', null], ['deliberation-cm', null]]);
});

test('« Le conseil communautaire DÉCLARE M. X élu représentant » proclaims a designation', () => {
  const pv = `COMMUNAUTÉ DE COMMUNES DU SEREIN
PROCÈS-VERBAL DE LA SÉANCE DU CONSEIL COMMUNAUTAIRE DU 20 NOVEMBRE 2025
Convocation du 13 novembre 2025. Conseillers en exercice : 40 – Présents : 29 – Pouvoirs : 5 – Votants : 34
Secrétaire de séance : Mme Monique LEGER.

Délibération n° 2025-041
Objet : Désignation d'un représentant au syndicat mixte de la vallée
Il est procédé au scrutin secret. Nombre de votants : 34 ; suffrages exprimés : 32 ; majorité absolue : 17 ; M. Kévin MALLET : 20 voix ; Mme Sabine GUERIN : 12 voix.
Le conseil communautaire,
DÉCLARE M. Kévin MALLET élu représentant de la communauté de communes au syndicat mixte.

Délibération n° 2025-042
Objet : Tarifs de la redevance
Le conseil communautaire fixe les tarifs. Adopté à l'unanimité (34 voix).
`;
  assert.equal(parseDocument(pv).acts[0].election?.kind, 'representants');
  assert.deepEqual(judged(pv).filter((c) => c === 'STR-001'), []);
});

test('points written on one line each: the objet is the heading’s first sentence, and the vote on an amendment is not the point’s', () => {
  const pv = `COMMUNE DE MONTBRISON-LE-HAUT
PROCÈS-VERBAL DE LA SÉANCE DU CONSEIL MUNICIPAL DU 18 MAI 2026
Date de convocation : 12 mai 2026. En exercice : 33 - Présents : 29 - Représentés : 3 - Votants : 32
Secrétaire de séance : Mme Lise MICHEL.

1. Le procès-verbal de la séance du 13 avril 2026 est arrêté à l'unanimité.

2. Règlement intérieur (D2026_063). Rapporteur : M. le Maire. Mme BAROU propose d'allonger le temps de parole ; l'amendement est rejeté par 25 voix contre et 7 voix pour. Le règlement intérieur est adopté par 26 voix pour et 6 voix contre.

3. Tarifs municipaux 2026 (D2026_064). Rapporteur : Mme Lise MICHEL. Vote : 29 pour, 3 abstentions. Adopté.
`;
  const doc = parseDocument(pv);
  assert.deepEqual(objets(pv).slice(1), ['Règlement intérieur (D2026_063)', 'Tarifs municipaux 2026 (D2026_064)']);
  assert.deepEqual(doc.acts.map((a) => [a.vote?.unanimous, a.vote?.for ?? null, a.vote?.against ?? null]), [[true, null, null], [false, 26, 6], [false, 29, null]]);
  assert.deepEqual(judged(pv).filter((c) => c === 'SEA-005'), []);
  // Its last point only takes note; the minutes are signed by the maire alone: the secrétaire's signature is missing.
  const signed = `${pv}\n4. Le conseil municipal prend acte des décisions n° DEC2026_031 à DEC2026_044 prises par le maire par délégation.\n\nLa séance est levée à 21 h 35.\n\nLe Maire,\nFrédéric LAFAY\n`;
  assert.deepEqual(parseDocument(signed).acts.map((a) => a.signatories.map((x) => x.name)), [['Frédéric LAFAY'], ['Frédéric LAFAY'], ['Frédéric LAFAY'], ['Frédéric LAFAY']]);
  assert.deepEqual(judged(signed), ['SEA-010']);
});

test('« se retire et ne prend pas part au vote », « se retire au moment du vote »: out for that point’s vote only', () => {
  for (const said of ['M. Guy JOURDE, trésorier du comité des fêtes, se retire et ne prend pas part au vote.', 'M. Guy JOURDE, trésorier du comité des fêtes, se retire au moment du vote.']) {
    const pv = `${COMMUNE()}
1. Subventions aux associations
${said}
Le conseil attribue les subventions figurant au tableau annexé.
Pour : 14 – Contre : 0 – Abstention : 0

2. Tarifs de la cantine
Le conseil fixe le prix du repas à 3,70 euros.
Pour : 15 – Contre : 0 – Abstention : 0
${SIGNED}`;
    assert.deepEqual(parseDocument(pv).acts.map((a) => a.seance?.voters), [14, 15], said);
  }
});

test('« L’élection du maire peut être contestée … dans un délai de cinq jours » closing an installation’s minutes is the election’s mention, not the next point’s', () => {
  const pv = `Commune de Flangebouche — 1 240 habitants
PROCÈS-VERBAL DE L'INSTALLATION DU CONSEIL MUNICIPAL
Séance du samedi 28 mars 2026. Convocation du 23 mars 2026.
Membres en exercice : 15 ; présents : 15 ; votants : 15.

1. Élection du maire
Scrutin secret. Votants : 15 ; blancs et nuls : 2 ; suffrages exprimés : 13 ; majorité absolue : 7.
Mme Fabienne COLIN : 13 voix. Mme Fabienne COLIN est proclamée maire.

2. Fixation du nombre des adjoints
Le conseil municipal fixe à quatre le nombre des adjoints au maire.
Pour : 15 – Contre : 0 – Abstention : 0

L'élection du maire peut être contestée devant le tribunal administratif de Besançon dans un délai de cinq jours à compter de la proclamation des résultats.

La maire,                               La secrétaire de séance,
Fabienne COLIN                          Katia ROUSSEL
`;
  assert.equal(parseDocument(pv).acts.length, 2);
  assert.deepEqual(judged(pv), []);
});

test('a recueil of décisions headed « N° 12 – … » keeps their numbers, and acts opened « Le Conseil municipal, à l’unanimité, » keep their vote', () => {
  const decision = (n: number, objet: string, day: number) => `N° ${n} – ${objet}
DÉCISION DU MAIRE
Le Maire de la commune de Saint-Chély,
Vu le code général des collectivités territoriales, notamment son article L. 2122-22 ;
Vu la délibération n° 2020-015 du 10 juillet 2020 portant délégation au maire ;
DÉCIDE :
Article 1 : Les tarifs sont fixés comme suit.
Article 2 : La présente décision sera transmise au représentant de l'État.
Fait à Saint-Chély, le ${day} mars 2025.
Le Maire, Jean DUPONT
`;
  const recueil = `COMMUNE DE SAINT-CHÉLY\n\n${decision(12, 'Tarifs de la cantine', 3)}\n${decision(13, 'Location de la salle', 4)}`;
  assert.deepEqual(parseDocument(recueil).acts.map((a) => a.number?.value), ['12', '13']);
  const delib = (objet: string) => `Le Conseil municipal, à l'unanimité,
Vu le code général des collectivités territoriales ;
Considérant la nécessité de fixer les ${objet} ;
DÉCIDE :
Article 1er : Les ${objet} sont fixés comme suit.
Fait et délibéré à Saint-Chély, les jour, mois et an susdits.
Le Maire, Jean DUPONT
`;
  const seance = `COMMUNE DE SAINT-CHÉLY\nSéance du conseil municipal du 26 juin 2025\nMembres en exercice : 19 — Présents : 14 — Votants : 16\n\n${delib('tarifs de la cantine')}\n${delib('tarifs du camping')}`;
  assert.deepEqual(parseDocument(seance).acts.map((a) => a.vote?.unanimous), [true, true]);
});

test('a member back in the room (« regagne la salle ») who later « rejoint la séance » after leaving for good is counted again', () => {
  const pv = `${COMMUNE()}
1. Subvention au football club
M. Paul ROCHE, président du club, quitte la salle et ne prend part ni au débat ni au vote.
Le conseil municipal attribue une subvention de 800 €. Adopté à l'unanimité (14 voix).

M. Paul ROCHE regagne la salle.

2. Tarifs de la cantine
Le conseil municipal fixe le prix du repas. Adopté à l'unanimité (15 voix).

M. Paul ROCHE quitte définitivement la séance.

3. Location de la salle des fêtes
Le conseil municipal fixe les tarifs. Adopté à l'unanimité (14 voix).

M. Paul ROCHE rejoint la séance à 21 h 40.

4. Admission en non-valeur
Le conseil municipal admet en non-valeur une créance de 40 €. Adopté à l'unanimité (15 voix).
${SIGNED}`;
  assert.deepEqual(parseDocument(pv).acts.map((a) => a.seance?.voters), [14, 15, 14, 15]);
});

test('a member who leaves after a point decided without a tally leaves for the next point', () => {
  const pv = `${COMMUNE()}
1. Tarifs de la cantine
Le conseil fixe le prix du repas. Pour : 15 – Contre : 0 – Abstention : 0

2. Désignation des membres des commissions
Le conseil municipal décide de créer trois commissions ; une seule liste ayant été déposée, les nominations prennent effet immédiatement.

M. Paul MARTIN quitte définitivement la séance à 21 h 05.

3. Subvention au comité des fêtes
Le conseil attribue une subvention de 500 euros. Pour : 14 – Contre : 0 – Abstention : 0
${SIGNED}`;
  assert.deepEqual(parseDocument(pv).acts.map((a) => a.seance?.voters), [15, 15, 14]);
});

test('the président named only in the présents’ list, « Jean-Claude LABORIE (président), … », presides the séance', () => {
  const pv = `COMMUNAUTÉ DE COMMUNES DU PAYS DE FÉNELON
PROCÈS-VERBAL DU CONSEIL COMMUNAUTAIRE
Séance du mardi 14 octobre 2025
Convocation : 7 octobre 2025
Membres en exercice : 10 – Présents : 8 – Pouvoirs : 0 – Votants : 8
Présents : Jean-Claude LABORIE (président), Annie BOISSIÈRE, Bernard CHASSAING, Claudette DELAGE, Didier ESCLAFFER, Françoise FAYE, Guy GIRAUDEAU, Hélène JARDRY.
Secrétaire de séance : Mme Hélène JARDRY.

POINT 1 — Compte administratif 2024
Le conseil communautaire approuve le compte administratif 2024.
Pour : 8 – Contre : 0 – Abstentions : 0

POINT 2 — Tarifs 2026 de la piscine
Le conseil communautaire fixe les tarifs 2026.
Pour : 8 – Contre : 0 – Abstentions : 0
`;
  assert.deepEqual(parseDocument(pv).acts.map((a) => a.seance?.president), ['Jean-Claude LABORIE', 'Jean-Claude LABORIE']);
  // The accounts voted under his presidency, all voting: the error of L. 2121-14 (by L. 5211-1).
  assert.ok(judged(pv).includes('SEA-008'));
});
