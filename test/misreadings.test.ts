// Forms of real acts the first reader misread (issue « One reading of the act »), each with wording modelled on
// published acts.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parse } from '../server/src/core/parse';
import { parseDocument } from '../server/src/core/document';
import { analyze } from '../server/src/core/service';
import { ARRETE, DECISION, DELIB, catalogue, diagnostics, edit, fired } from './helpers/acts';
import { actToJson } from '../server/src/core/json';

const VISAS = `Vu le code général des collectivités territoriales, et notamment ses articles L. 2212-1 et L. 2213-1 ;
Vu le code de la route ;
`;

test('an arrêté written « Nous, Maire de … » with « ARRÊTONS » is an arrêté du maire', () => {
  const act = parse(`COMMUNE DE SAINT-PERN

Nous, Maire de la commune de Saint-Pern,

${VISAS}Considérant les nuisances sonores signalées par les riverains ;

ARRÊTONS

Article 1er : L’usage des tondeuses est interdit le dimanche.
Article 2 : Le présent arrêté sera affiché en mairie.
`);
  assert.equal(act.kind, 'arrete-maire');
  assert.equal(act.dispositive?.verb, 'ARRÊTONS');
  assert.equal(act.articles.length, 2);
});

test('a letter-spaced verb « A R R E T O N S » is the dispositive verb', () => {
  const act = parse(`Nous, Président de la Collectivité de Saint-Martin,

${VISAS}
A R R E T O N S

ARTICLE 1 : La circulation est interdite rue de l’Embarcadère.
ARTICLE 2 : Le présent arrêté sera publié.
`);
  assert.equal(act.dispositive?.verb, 'ARRÊTONS');
  assert.equal(act.kind, 'arrete-president');
  assert.equal(act.articles.length, 2);
});

test('every dispositive verb written letter by letter, one to three blanks apart, is the verb; four blanks apart it is not', () => {
  const verbs: [string, string][] = [['ARRETE', 'ARRÊTE'], ['ARRETONS', 'ARRÊTONS'], ['DECIDE', 'DÉCIDE'], ['DECIDONS', 'DÉCIDONS'], ['DELIBERE', 'DÉLIBÈRE'], ['DELIBERENT', 'DÉLIBÈRENT']];
  for (const [written, verb] of verbs) {
    for (const blanks of [' ', '  ', ' \t ']) {
      const act = parse(`Le Maire de la commune de Saint-Pern,\n\n${VISAS}\n${[...written].join(blanks)} :\n\nArticle 1er : La fête est autorisée.\n`);
      assert.equal(act.dispositive?.verb, verb, `${written} (${JSON.stringify(blanks)})`);
    }
    const far = parse(`Le Maire de la commune de Saint-Pern,\n\n${VISAS}\n${[...written].join('    ')} :\n\nArticle 1er : La fête est autorisée.\n`);
    assert.notEqual(far.dispositive?.verb, verb, `${written} with four blanks`);
  }
});

test('« ARRÊTÉ » alone on its line after the considérants is the verb ARRÊTE, and the title when it heads the act', () => {
  const act = parse(`LE MAIRE DE LA COMMUNE DE SAINT-BENOIT

${VISAS}Considérant la situation sanitaire ;

ARRÊTÉ

ARTICLE 1 : Les parcs sont fermés.
ARTICLE 2 : Le présent arrêté sera affiché.
`);
  assert.equal(act.kind, 'arrete-maire');
  assert.equal(act.dispositive?.verb, 'ARRÊTE');
  assert.equal(act.title, null);
  const titled = parse(`ARRÊTÉ\nportant interdiction de stationner\n\nLe Maire de Lexy,\n\n${VISAS}\nARRÊTE :\n\nArticle 1er : Le stationnement est interdit.\n`);
  assert.equal(titled.title?.text, 'ARRÊTÉ');
  assert.equal(titled.dispositive?.verb, 'ARRÊTE');
});

test('an arrêté that cites a délibération of the conseil municipal is not a délibération and has no séance', () => {
  const act = parse(`ARRÊTÉ N° 2024-12
Le Maire de la commune de Varinfroy,

${VISAS}Vu la délibération du conseil municipal en séance du 12 mars 2024 fixant les tarifs ;

ARRÊTE :

Article 1er : Les tarifs sont applicables au 1er avril 2024.

Fait à Varinfroy, le 20 mars 2024
Le Maire,
Jean DUPONT
`);
  assert.equal(act.kind, 'arrete-maire');
  assert.equal(act.seance, null);
  assert.equal(act.date, '2024-03-20');
});

test('« Art. R. 411-8 » or « article 441-1 du code » inside a visa is not an article of the act', () => {
  const act = parse(`ARRÊTÉ TEMPORAIRE
Le Maire de Grasse,

Vu le code de la route, et notamment ses articles R. 411-8 et
Art. 441-1 du code de la route ;
Vu le code pénal ;

ARRÊTE :

Article 1er : Le stationnement est interdit.
Article 2 : Le présent arrêté sera affiché.
`);
  assert.deepEqual(act.articles.map((a) => a.number), ['1er', '2']);
  assert.equal(act.visas.length, 2);
});

test('vote tallies written after the considérants are read', () => {
  const act = parse(`DÉLIBÉRATION DU CONSEIL MUNICIPAL
Séance du 12 mars 2024
Membres en exercice : 45 - Présents : 38 - Représentés : 2

Vu le code général des collectivités territoriales ;
Considérant l’intérêt de l’opération ;

Votants : 40
Pour : 30
Contre : 8
Abstentions : 2

Le conseil municipal, après en avoir délibéré, DÉCIDE :

Article 1er : L’opération est approuvée.
`);
  assert.equal(act.kind, 'deliberation-cm');
  assert.equal(act.vote?.for, 30);
  assert.equal(act.vote?.against, 8);
  assert.equal(act.vote?.abstentions, 2);
  assert.equal(act.seance?.voters, 40);
});

test('« Fait à LEXY le 16 Novembre deux mille dix-huit. » has a date', () => {
  const act = parse(`ARRETE DU MAIRE\n\n${VISAS}\nARRETE\n\nArticle 1er : La circulation est interdite.\n\nFait à LEXY le 16 Novembre deux mille dix-huit.\n\nLe Maire,\nJean DUPONT\n`);
  assert.equal(act.placeDate?.date, '2018-11-16');
  assert.equal(act.placeDate?.place, 'LEXY');
});

test('a place and date with no « Fait à » before the signature of a flattened arrêté is read', () => {
  const body = 'Considérant qu’il y a lieu d’interdire l’accès au plateau, ARRETE Article 1: L’accès est interdit jusqu’à nouvel ordre. Article 2: Ampliation du présent arrêté est transmise à Monsieur le commandant de Brigade de la Gendarmerie, ainsi qu’aux communes voisines';
  const act = parse(`COMMUNE DE LAUDUN-L’ARDOISE Arrêté municipal LE MAIRE DE LAUDUN-L’ARDOISE, Vu le Code Général des Collectivités Territoriales, ${body} Laudun-L’Ardoise le 27 mars 2020, Le Maire, Yves CAZORLA`);
  assert.equal(act.placeDate?.date, '2020-03-27');
  assert.deepEqual(act.signatories.map((s) => [s.name, s.quality]), [['Yves CAZORLA', 'Le Maire']]);
});

test('« l’adjoint délégué à signer tout document » inside the dispositif is never a signatory', () => {
  const act = parse(`DÉLIBÉRATION DU CONSEIL MUNICIPAL

Le conseil municipal, après en avoir délibéré, DÉCIDE :
- d’autoriser Monsieur le Maire ou monsieur l’adjoint délégué à signer tout document relatif à cette
Un ordre de mission ponctuel, validé par la hiérarchie, doit être établi.
`);
  assert.deepEqual(act.signatories, []);
});

test('« Secrétariat de séance : » names the secrétaire', () => {
  const act = parse(`EXTRAIT DU REGISTRE DES DÉLIBÉRATIONS DU CONSEIL MUNICIPAL
Séance du 12 mars 2024
Présents : 15
Secrétariat de séance : Mme Claire MARTIN

Vu le code général des collectivités territoriales ;

Le conseil municipal, après en avoir délibéré, DÉCIDE :

Article 1er : Le règlement est approuvé.
`);
  assert.equal(act.seance?.secretary, 'Claire MARTIN');
});

test('a glued figures box (« En Exercice 23Présents 21Procuration 2 ») is read', () => {
  const act = parse(`EXTRAIT DU REGISTRE DES DÉLIBÉRATIONS DU CONSEIL TERRITORIAL\n\nNOMBRE DES MEMBRES DU CONSEIL TERRITORIALLégal 23En Exercice 23Présents 21Procuration 2Absents 2\n\nL’an DEUX MILLE DIX-SEPT le 27 juillet à 09h00, le Conseil Territorial s’est réuni en session ordinaire.\n`);
  assert.equal(act.seance?.membersInOffice, 23);
  assert.equal(act.seance?.present, 21);
  assert.equal(act.seance?.represented, 2);
  assert.equal(act.seance?.date, '2017-07-27');
});

test('the @ctes stamp of the platforms is read as transmission and certifies the act', () => {
  const act = parse(`DÉLIBÉRATION DU BUREAU COMMUNAUTAIRE\n\nLe bureau, après en avoir délibéré, DÉCIDE :\n\nArticle 1er : La convention est approuvée.\n\nEnvoyé en préfecture le 16/02/2023\nReçu en préfecture le 16/02/2023\nPublié le\nID : 022-200067981-20230207-DELBU2023_02_12-DE\n`);
  assert.equal(act.transmission?.identifier, '022-200067981-20230207-DELBU2023_02_12-DE');
  assert.ok(act.executoire, 'the stamp certifies the transmission');
});

test('a date inside the title is not the act’s date; a number like « 2003/10/01 » is not a date', () => {
  const act = parse(`ARRÊTÉ N° 2003/10/01 PORTANT PROLONGATION DE L’ARRÊTÉ DU 12 JANVIER 2003\nLe Maire de Lexy,\n\n${VISAS}\nARRÊTE :\n\nArticle 1er : L’arrêté est prolongé.\n`);
  assert.equal(act.date, null);
  assert.equal(act.placeDate, null);
});

test('a compte rendu holding several délibérations gives one act per délibération, each with the séance', () => {
  const doc = parseDocument(`COMMUNE DE SAINT-GILLES
COMPTE RENDU DU CONSEIL MUNICIPAL DU 7 FÉVRIER 2023

Séance du 7 février 2023
Membres en exercice : 29 - Présents : 23 - Représentés : 6
Secrétaire de séance : Mme Lauris PAUL

DÉLIBÉRATION N° 2023-01 — Approbation du procès-verbal
Vu le code général des collectivités territoriales ;
Le conseil municipal, après en avoir délibéré, DÉCIDE :
Article 1er : Le procès-verbal de la séance du 20 décembre 2022 est approuvé.
Adopté à l’unanimité.

DÉLIBÉRATION N° 2023-02 — Rénovation des façades
Vu le code de l’urbanisme ;
Considérant l’intérêt de l’opération ;
Le conseil municipal, après en avoir délibéré, DÉCIDE :
Article 1er : Le règlement d’aide est approuvé.
Article 2 : Le maire est autorisé à signer les conventions.
Pour : 25 - Contre : 4
`);
  assert.equal(doc.shape, 'collection');
  assert.equal(doc.acts.length, 2);
  assert.deepEqual(doc.acts.map((a) => a.number?.value), ['2023-01', '2023-02']);
  assert.deepEqual(doc.acts.map((a) => a.articles.length), [1, 2]);
  assert.deepEqual(doc.acts.map((a) => a.seance?.present), [23, 23]);
  assert.equal(doc.acts[1].vote?.for, 25);
});

test('the model says how each field was seen: read, only mentioned, absent, or beyond the end of a cut text', () => {
  const cut = parse(`ARRÊTÉ N° 2024-12\nLe Maire de Lexy,\n\n${VISAS}Considérant que`);
  assert.equal(cut.complete, false);
  assert.equal(cut.seen.visas, 'read');
  assert.equal(cut.seen.dispositive, 'beyond-end');
  assert.equal(cut.seen.signatories, 'beyond-end');
  assert.equal(parseDocument(`ARRÊTÉ N° 2024-12\nLe Maire de Lexy,\n\n${VISAS}Considérant que`).shape, 'truncated');
  const whole = parse(`ARRÊTÉ N° 2024-12\nLe Maire de Lexy,\n\n${VISAS}\nARRÊTE :\n\nArticle 1er : Le stationnement est interdit.\n\nFait à Lexy, le 3 mai 2024\nLe Maire,\n`);
  assert.equal(whole.complete, true);
  assert.equal(whole.seen.signatories, 'mentioned', 'a quality with no name');
  assert.equal(whole.seen.recours, 'absent');
  const adopted = parse(`DÉLIBÉRATION\nSéance du 5 avril 2014\nPrésents : 12\n\nIl est proposé au Conseil Municipal d’approuver la convention.\n\nLe Conseil adopte.\n`);
  assert.equal(adopted.seen.vote, 'mentioned', '« Le Conseil adopte. » with no count');
});

test('authors of arrêtés: a département’s président (even glued by OCR), an « ARRÊTÉ MUNICIPAL » citing an EPCI, a text cut before its verb', () => {
  const dept = parse(`Arrêté n°DA19015AT\n\nPortant restriction de circulation sur la RD 29\n\nLE PRESIDENTDU CONSEILDEPARTEMENTAL DE MEURTHE ET MOSELLE,\n\nVU le code de la route ;\n\nVU le code général des collectivités territoriales notamment les articles L 3221-3 et L 3221-4 ;\n\nARRÊTE\n\nArticle 1 : La circulation est interdite.\n`);
  assert.equal(dept.kind, 'arrete-president');
  const municipal = parse(`ARRETE MUNICIPAL PERMANENT\n\nVu le code général des collectivités territoriales ;\nVu la délibération du Conseil Communautaire de la Communauté de Communes du Pays de Valois ;\n\nARRETE\n\nArticle 1 : Le stationnement des gens du voyage est interdit.\n`);
  assert.equal(municipal.kind, 'arrete-maire');
  const cut = parse(`AM/DGS/2025-04/220\nLe Maire de la Commune de Saint-François,\nVu le Code Général des Collectivités Territoriales, notamment les articles L.2212-1, L.2212-2 ;\nVu le Code Pénal ;\nConsidérant que`);
  assert.equal(cut.kind, 'arrete-maire');
  assert.equal(cut.seen.dispositive, 'beyond-end');
});

test('a président of a collectivité d’outre-mer or a département is not an EPCI’s: no L. 5211-9 visa asked', async () => {
  const { analyze } = await import('../server/src/core/service');
  const act = [
    'COLLECTIVITÉ DE SAINT-MARTIN',
    '',
    'ARRÊTÉ N° 039-2018 portant réglementation de la circulation',
    '',
    'La Présidente de la Collectivité de Saint-Martin,',
    '',
    'Vu la loi organique n° 2007-223 du 21 février 2007 ;',
    '',
    'Considérant la nécessité d’assurer la sécurité des usagers pendant le carnaval ;',
    '',
    'ARRÊTE :',
    '',
    'Article 1er : La circulation est interdite rue de la République le 4 février 2018.',
    '',
    'Article 2 : Le directeur général des services est chargé de l’exécution du présent arrêté.',
    '',
    'Fait à Marigot, le 1er février 2018',
    '',
    'La Présidente,',
    'Aline HANSON',
    '',
  ].join('\n');
  const parsed = parse(act);
  assert.equal(parsed.kind, 'arrete-president');
  assert.equal(parsed.authorBody, 'outre-mer');
  const codes = analyze(act).diagnostics.map((d) => d.code);
  assert.ok(!codes.includes('POL-001') && !codes.includes('VIS-001'), codes.join(', '));
  // The same arrêté by an EPCI's président still needs its visa.
  const epci = act.replace('COLLECTIVITÉ DE SAINT-MARTIN', 'COMMUNAUTÉ DE COMMUNES DU PAYS DE TEST').replace('La Présidente de la Collectivité de Saint-Martin,', 'La Présidente de la communauté de communes,');
  assert.ok(analyze(epci).diagnostics.some((d) => d.code === 'POL-001'));
});

test('« Franck LOUVRIER » then « Maire de la Baule-Escoublac » under the last article is the signature, not the article', () => {
  const act = parse(`Le Maire de la commune de LA BAULE-ESCOUBLAC,\n${VISAS}ARRÊTE\nArticle 1\nToute circulation est interdite dans la forêt d’Escoublac.\nArticle 2\nSont chargés, chacun en ce qui le concerne, de l’exécution du présent arrêté :\nMme la directrice générale des services de la ville - M. le chef de la police municipale.\nFranck LOUVRIER\nMaire de la Baule-Escoublac\nVice-président du Conseil régional des Pays de la Loire\n`);
  assert.equal(act.articles.length, 2);
  assert.doesNotMatch(act.articles[1].body, /LOUVRIER/);
  assert.deepEqual(act.signatories.map((s) => [s.name, s.quality]), [['Franck LOUVRIER', 'Maire de la Baule-Escoublac']]);
  assert.equal(act.complete, true, 'the signature closes the act');
  // A name line inside an article, not followed by a quality, stays in it.
  const listed = parse(`Le Maire de Lexy,\n${VISAS}ARRÊTE\nArticle 1er : Est nommé régisseur :\nJean DUPONT\nagent titulaire.\n\nFait à Lexy, le 3 mai 2024\nLe Maire,\nPaul MARTIN\n`);
  assert.match(listed.articles[0].body, /Jean DUPONT/);
});

test('a copy that stops at its last article, at its vote or at « Fait à … » does not hold the end of the act', () => {
  // Grasse, arrêté 22-AT-0225: page 1 ends on the execution article.
  const page1 = parse(`Le Maire de la ville de Grasse,\n\n${VISAS}\nARRÊTE\n\nArticle 1\n\nLe stationnement est interdit chemin des Basses Ribes.\n\nArticle 2\n\nLe Maire de la ville de Grasse est chargé de l'exécution du présent arrêté qui sera publié et affiché conformément à la réglementation en vigueur.\n`);
  assert.equal(page1.complete, false);
  assert.equal(page1.seen.signatories, 'beyond-end');
  assert.equal(page1.seen.placeDate, 'beyond-end');
  // The same act with its closing part.
  const grasse = `Le Maire de la ville de Grasse,\n\n${VISAS}\nARRÊTE\n\nArticle 1\n\nLe stationnement est interdit.\n\nArticle 2\n\nLe Maire est chargé de l'exécution du présent arrêté.\n`;
  assert.equal(parse(`${grasse}\nFait à Grasse, le 2 septembre 2022\n\nLe Maire,\nJérôme VIAUD\n`).complete, true);
  // Sonnaz, huis clos: the copy ends on « Délibération adoptée à l’unanimité ».
  const huisClos = parse(`CONSEIL MUNICIPAL Séance du 22 février 2021\n\nDate de convocation : 16 février 2021\n\nDCM 2021_02_01 VALIDATION DU HUIS CLOS\n\nLe Conseil municipal, après en avoir délibéré,\n\n- APPROUVE la mise sous huis clos de la séance.\n\nDélibération adoptée à l’unanimité\n`);
  assert.equal(huisClos.complete, false);
  assert.equal(huisClos.seen.signatories, 'beyond-end');
  assert.equal(parse(`CONSEIL MUNICIPAL Séance du 22 février 2021\n\nDCM 2021_02_01 VALIDATION DU HUIS CLOS\n\nLe Conseil municipal, après en avoir délibéré,\n\n- APPROUVE la mise sous huis clos de la séance.\n\nDélibération adoptée à l’unanimité\n\nPour extrait conforme,\nLe Maire, Daniel ROCHAIX\n`).complete, true);
  // Gâtine-Racan: the vote is in the verb's formula (« à l’unanimité décide : »), the items follow, then nothing.
  const items = parse(`Entendu la présentation de Monsieur le Président,\nAprès en avoir délibéré, le Conseil Communautaire, à l’unanimité décide :\n-\nDe valider le plan prévisionnel de financement,\n-\nDe donner tous pouvoirs à Monsieur le Président pour signer tous les documents inhérents à ce dossier.\n`);
  assert.equal(items.complete, false);
  assert.deepEqual(items.signatories, [], '« à Monsieur le Président pour signer » is no signature');
  // Lexy: the text layer ends on the place-and-date line.
  const lexy = parse(`Le Maire de la Commune de LEXY;\n${VISAS}ARRETE\n\nArticle 1er : La vitesse est limitée à 30 km/h.\nArticle 2: Monsieur le Maire est chargé de l’exécution du présent arrêté.\n\nFait à LEXY le 16 Novembre deux mille dix-huit.\n`);
  assert.equal(lexy.complete, false);
  assert.equal(lexy.seen.placeDate, 'read');
  assert.equal(lexy.seen.signatories, 'beyond-end');
});

test('an arrêté of délégation de signature is no police arrêté, even when its list of matters names circulation', () => {
  const act = parse(`La Maire de Paris,\n\nVu les articles L 2122-27, L 2122-30 et R 2122-8 du Code général des collectivités territoriales ;\n\nARRÊTE :\n\nArticle premier : La signature de la Maire de Paris est déléguée à Monsieur Elie BEAUROY, directeur général des services, pour les actes énumérés ci-dessous :\n- signer les autorisations de fermeture de cercueil ;\n- signer les arrêtés réglementant temporairement la circulation et le stationnement, interdits aux heures de marché.\n\nArticle 2 : Le présent arrêté sera publié sur le portail des publications administratives de la Ville de Paris.\n\nFait à Paris, le 19 juillet 2023\nLa Maire de Paris\nAnne HIDALGO\n`);
  assert.equal(act.kind, 'arrete-maire');
  assert.equal(act.police, false);
  // The same article ordering the measure itself is police.
  assert.equal(parse(`Le Maire de Lexy,\n\nVu le code de la route ;\n\nARRÊTE :\n\nArticle 1er : La circulation est interdite rue de la Gare.\n\nFait à Lexy, le 3 mai 2024\nLe Maire,\nPaul MARTIN\n`).police, true);
});

test('a name and a quality inside an article that a « Fait à » line follows stay in the article', () => {
  const act = parse(`Le Maire de Lexy,\n${VISAS}ARRÊTE\nArticle 1er : Délégation de fonctions est donnée à :\nJean DUPONT\nAdjoint au maire chargé des finances\nArticle 2 : Le directeur général des services est chargé de l’exécution du présent arrêté.\n\nFait à Lexy, le 3 mai 2024\nLe Maire,\nPaul MARTIN\n`);
  assert.match(act.articles[0].body, /Jean DUPONT Adjoint au maire/);
  assert.deepEqual(act.signatories.map((s) => s.name), ['Paul MARTIN']);
});

test('« À Lexy, le 3 mai 2024 » after the last article is the place and date, and never one inside the exposé', () => {
  const act = parse(`Le Maire de Lexy,\n${VISAS}ARRÊTE :\nArticle 1er : La circulation est interdite rue de la Gare.\nArticle 2 : Le présent arrêté sera affiché.\n\nÀ Lexy, le 3 mai 2024\nLe Maire,\nPaul MARTIN\n`);
  assert.deepEqual([act.placeDate?.place, act.placeDate?.date], ['Lexy', '2024-05-03']);
  assert.equal(act.articles[1].body.includes('Lexy'), false);
  assert.equal(parse(`Le Maire de Lexy,\n${VISAS}ARRÊTE :\nArticle 1er : La circulation est interdite.\n\nA La Roche-sur-Yon le 03/05/2024\nLe Maire,\nPaul MARTIN\n`).placeDate?.place, 'La Roche-sur-Yon');
  // Before the dispositif, the same words are a sentence of the exposé.
  const exposé = parse(`Le Maire de Lexy,\nÀ Lexy, le 2 avril 2024\n${VISAS}ARRÊTE :\nArticle 1er : La circulation est interdite.\n`);
  assert.equal(exposé.placeDate, null);
});

test('« Signé : Jean DUPONT, Maire de Lexy » names the signatory and the quality: no « signataire non identifié »', () => {
  const text = `Le Maire de Lexy,\n${VISAS}ARRÊTE :\nArticle 1er : La circulation est interdite rue de la Gare.\n\nFait à Lexy, le 3 mai 2024\n\nSigné : Jean DUPONT, Maire de Lexy\n`;
  const act = parse(text);
  assert.deepEqual(act.signatories.map((s) => [s.name, s.quality]), [['Jean DUPONT', 'Maire de Lexy']]);
  assert.equal(analyze(text).diagnostics.some((d) => d.code === 'SIG-001'), false);
  const adjoint = parse(text.replace('Jean DUPONT, Maire de Lexy', 'Paul MARTIN, adjoint délégué à la voirie'));
  assert.deepEqual(adjoint.signatories.map((s) => [s.name, s.quality, s.delegated]), [['Paul MARTIN', 'adjoint délégué à la voirie', true]]);
  // Without a quality, the signatory is named and SIG-001 says the quality is missing.
  const bare = text.replace(', Maire de Lexy', '');
  assert.deepEqual(parse(bare).signatories.map((s) => [s.name, s.quality]), [['Jean DUPONT', null]]);
  assert.equal(analyze(bare).diagnostics.some((d) => d.code === 'SIG-001'), true);
});

test('in a compte rendu, the signature under each délibération’s closing stays with that délibération', () => {
  const act = (n: string, objet: string) => `DÉLIBÉRATION N° ${n} — ${objet}
Vu le code général des collectivités territoriales ;
Le conseil municipal, après en avoir délibéré, DÉCIDE :
Article 1er : Le projet est approuvé.
Adopté à l’unanimité.
Fait et délibéré à Saint-Gilles, les jour, mois et an susdits.
Le Maire,
Jean DUPONT
`;
  const header = `COMMUNE DE SAINT-GILLES\nSéance du 7 février 2023\nMembres en exercice : 29 - Présents : 23 - Représentés : 6\nSecrétaire de séance : Mme Lauris PAUL\n\n`;
  const text = `${header}${act('2023-01', 'Procès-verbal')}\n${act('2023-02', 'Façades')}\nObjet : Cimetière\n\n${act('2023-03', 'Cimetière').replace(/^DÉLIBÉRATION[^\n]*\n/, '')}`;
  const doc = parseDocument(text);
  assert.equal(doc.acts.length, 3);
  assert.deepEqual(doc.acts.map((a) => a.signatories.map((s) => [s.name, s.quality, s.range.start.line])), [
    [['Jean DUPONT', 'Le Maire', 11]],
    [['Jean DUPONT', 'Le Maire', 20]],
    [['Jean DUPONT', 'Le Maire', 30]],
  ]);
  // The third act has no title: its objet, above its visas, is its own and not the second act's.
  const objet = text.indexOf('Objet : Cimetière');
  const parts = doc.parts!;
  assert.equal(parts.acts[1].end <= objet && parts.acts[2].start <= objet, true);
});

test('« Conseil municipal du 5 février 2024 » dates the séance; the date after « Secrétaire de séance » or in a visa does not', () => {
  const text = `Commune de Landerneau
Conseil municipal du 5 février 2024
Délibération n° 2024-004
Objet : Subvention au club de football

Date de convocation : 29 janvier 2024
Secrétaire de séance : Mme Hélène RIOU

Vu la demande du club du 10 décembre 2023 ;

Le Conseil municipal, après en avoir délibéré,

DÉCIDE :

Article unique : Une subvention de 500 € est attribuée au club.
Adoptée à l’unanimité.

Fait à Landerneau, le 5 février 2024
Le Maire,
Patrick LECLERC
`;
  const act = parse(text);
  assert.equal(act.seance?.date, '2024-02-05');
  assert.equal(analyze(text).diagnostics.some((d) => d.code === 'SEA-001' && d.severity === 'error'), false);
});

test('signature blocks: the name above the quality, a name in small letters under it, « P/Le Maire » as a délégation', () => {
  const closing = (block: string) => `Le Maire de Lexy,\n${VISAS}ARRÊTE :\nArticle 1er : La circulation est interdite rue de la Gare.\n\nFait à Lexy, le 3 mai 2024\n\n${block}\n`;
  const read = (block: string) => parse(closing(block)).signatories.map((s) => [s.name, s.quality]);
  assert.deepEqual(read('Jean DUPONT\nMaire'), [['Jean DUPONT', 'Maire']]);
  assert.deepEqual(read('Jean DUPONT\nLe Maire'), [['Jean DUPONT', 'Le Maire']]);
  assert.deepEqual(read('Jean DUPONT,\nMaire de Lexy'), [['Jean DUPONT', 'Maire de Lexy']]);
  assert.deepEqual(read('Le Maire,\nJean-Marie Le Goff'), [['Jean-Marie Le Goff', 'Le Maire']]);
  assert.deepEqual(read('Le Maire,\nAnne Le Floch-Martin'), [['Anne Le Floch-Martin', 'Le Maire']]);
  // The secrétaire's name above « Le Maire, » is hers, not the maire's; a line that is no name is no name.
  assert.deepEqual(read('La secrétaire de séance,\nClaire MARTIN\nLe Maire,'), [['Claire MARTIN', 'La secrétaire de séance'], [null, 'Le Maire']]);
  assert.deepEqual(read('Le Maire,\nPour extrait conforme'), [[null, 'Le Maire']]);
  for (const block of ['Jean DUPONT\nLe Maire', 'Le Maire,\nJean-Marie Le Goff']) {
    assert.equal(analyze(closing(block)).diagnostics.some((d) => d.code === 'SIG-001'), false, block);
  }
  // « P/Le Maire, » above the adjoint's quality is the mention of délégation SIG-003 asks for.
  const delegated = closing('P/Le Maire,\nLe Premier Adjoint,\nJean DURAND');
  assert.deepEqual(parse(delegated).signatories.map((s) => [s.name, s.quality]), [['Jean DURAND', 'P/Le Maire, Le Premier Adjoint']]);
  assert.equal(analyze(delegated).diagnostics.some((d) => d.code === 'SIG-003'), false);
  assert.equal(analyze(closing('Le Premier Adjoint,\nJean DURAND')).diagnostics.some((d) => d.code === 'SIG-003'), true);
});

test('a closing line with a place and a date and no comma, a numeric date, or a date alone dates the act', () => {
  const closing = (line: string) => `Le Maire de Beaune,\n${VISAS}ARRÊTE :\nArticle 1er : La circulation est interdite rue de la Gare.\n\n${line}\n\nLe Maire,\nJean DUPONT\n`;
  assert.deepEqual([parse(closing('Beaune le 5 décembre 2024')).placeDate?.place, parse(closing('Beaune le 5 décembre 2024')).placeDate?.date], ['Beaune', '2024-12-05']);
  assert.equal(parse(closing('Beaune, le 05/12/2024')).placeDate?.date, '2024-12-05');
  assert.equal(parse(closing('Le 5 décembre 2024')).placeDate?.date, '2024-12-05');
  assert.equal(analyze(closing('Beaune le 5 décembre 2024')).diagnostics.some((d) => d.code === 'DAT-001'), false);
  // A title dated the same way stays the title.
  assert.equal(parse(`ARRETE MUNICIPAL PERMANENT du le 28 septembre 2020\n\n${VISAS}ARRÊTE :\nArticle 1er : Le stationnement est interdit.\n`).title?.text.startsWith('ARRETE MUNICIPAL'), true);
});

test('vote tallies in their common forms are read, so a count above the voters can be seen', () => {
  const base = 'Séance du 5 février 2024\nMembres en exercice : 33 - Présents : 27 - Votants : 29\nLe conseil municipal,\nVu le code général des collectivités territoriales ;\nAprès en avoir délibéré, DÉCIDE :\nArticle 1er : Le tarif est fixé.\n';
  const tally = (v: string) => {
    const vote = parse(`${base}${v}\nFait à Lexy, le 5 février 2024\n`).vote;
    return [vote?.for, vote?.against, vote?.abstentions];
  };
  assert.deepEqual(tally('Adopté à la majorité : 25 voix pour, 5 voix contre, 2 abstentions.'), [25, 5, 2]);
  assert.deepEqual(tally('Votes : 25 pour, 5 contre, 2 abstentions'), [25, 5, 2]);
  assert.deepEqual(tally('Pour : 25 / Contre : 5 / Se sont abstenus : 2'), [25, 5, 2]);
  assert.deepEqual(tally('Ont voté pour : 24\nOnt voté contre : 0\nSe sont abstenus : 5'), [24, 0, 5]);
  // A year before « pour » is no vote.
  assert.equal(parse(`${base}Le projet, lancé en 2014 pour la rénovation, est poursuivi.\n`).vote?.for ?? null, null);
  const over = analyze(`${base}Votes : 25 pour, 5 contre, 2 abstentions\nFait à Lexy, le 5 février 2024\nLe Maire,\nJean DUPONT\n`);
  assert.ok(over.diagnostics.some((d) => d.code === 'SEA-005' && /29/.test(d.message)), 'the sum 32 is above the 29 voters');
});

test('two signatures side by side: each quality takes the name in its own column', () => {
  const act = (block: string) => parse(`Séance du 14 mars 2024\nLe conseil municipal,\nVu le code général des collectivités territoriales ;\nDÉCIDE :\nArticle 1er : Le tarif est fixé.\nAdoptée à l’unanimité.\n\nFait à Libourne, le 14 mars 2024\n\n${block}\n`);
  const read = (block: string) => act(block).signatories.map((s) => [s.name, s.quality, s.role]);
  const expected = [['Philippe BUISSON', 'Le Maire', 'author'], ['Claire DUPONT', 'La secrétaire de séance', 'secretary']];
  assert.deepEqual(read('Le Maire,                          La secrétaire de séance,\nPhilippe BUISSON                   Claire DUPONT'), expected);
  assert.deepEqual(read('Le Maire,\t\tLa secrétaire de séance,\nPhilippe BUISSON\t\tClaire DUPONT'), expected);
  // One column: as before.
  assert.deepEqual(read('Le Maire,\nPhilippe BUISSON\nLa secrétaire de séance,\nClaire DUPONT'), expected);
});

test('the objet written on the title’s own line (« ARRÊTÉ N° 2024-233 portant … ») is the objet', () => {
  const act = parse(`ARRÊTÉ N° 2024-233 portant interdiction temporaire de stationner place du Marché\n\nLe Maire de Lexy,\n${VISAS}ARRÊTE :\nArticle 1er : Le stationnement est interdit.\n`);
  assert.equal(act.number?.value, '2024-233');
  assert.equal(act.object?.text, 'portant interdiction temporaire de stationner place du Marché');
});

test('« Ainsi fait et délibéré les jour, mois et an susdits » is the place and date, dated by the séance', () => {
  const act = parse('Séance du 5 février 2024\nLe conseil municipal,\nVu le code général des collectivités territoriales ;\nDÉCIDE :\nArticle 1er : Le tarif est fixé.\nAdoptée à l’unanimité.\nAinsi fait et délibéré à Lexy, les jour, mois et an susdits.\nLe Maire,\nJean DUPONT\n');
  assert.deepEqual([act.placeDate?.place, act.placeDate?.date, act.placeDate?.sameDayAsSeance], ['Lexy', '2024-02-05', true]);
});

test('« La séance est levée à 21 h 40 » at the end of a procès-verbal is no séance of the last délibération', () => {
  const pv = `PROCÈS-VERBAL DE LA SÉANCE DU CONSEIL MUNICIPAL DU 4 JUILLET 2024
Date de convocation : 27 juin 2024
En exercice : 35 — Présents : 30 — Représentés : 3 — Votants : 33
Secrétaire de séance : M. Paul CORNU

Délibération n° 2024-040
Objet : Décision modificative n° 1
Le Conseil municipal, après en avoir délibéré, à l’unanimité, ADOPTE la décision modificative n° 1.

Délibération n° 2024-041
Objet : Dénomination de la place de la Loire
Le Conseil municipal, après en avoir délibéré, à l’unanimité, DÉCIDE de dénommer « place de la Loire » l’espace situé quai du Port.

La séance est levée à 21 h 40.

Fait à Lexy, le 4 juillet 2024
`;
  const doc = parseDocument(pv);
  assert.equal(doc.acts.length, 2);
  assert.deepEqual(doc.acts.map((a) => [a.seance?.present, a.seance?.date]), [[30, '2024-07-04'], [30, '2024-07-04']]);
  assert.equal(analyze(pv).diagnostics.some((d) => d.code === 'SEA-003'), false);
});

test('the conseil’s délibération that delegates to the bureau is the conseil’s, not the bureau’s', () => {
  const act = parse('Communauté de communes de Grand Lieu\n\nEXTRAIT DU REGISTRE DES DÉLIBÉRATIONS DU CONSEIL COMMUNAUTAIRE\n\nDélibération n° 2020-078\nObjet : Délégations au Bureau communautaire\n\nVu le code général des collectivités territoriales, notamment son article L. 5211-10 ;\n\nLe Conseil communautaire, après en avoir délibéré, à l’unanimité, DÉLÈGUE au Bureau l’attribution des marchés de travaux.\n');
  assert.equal(act.kind, 'deliberation-epci-conseil');
  assert.equal(parse('Séance du bureau communautaire du 5 mars 2024\nLe Bureau communautaire,\nVu le code général des collectivités territoriales, notamment son article L. 5211-10 ;\nDÉCIDE :\nArticle 1er : Le marché est attribué.\n').kind, 'deliberation-epci-bureau');
});

test('a compte rendu by rapporteur: each délibération keeps its number, objet and whole tally', () => {
  const item = (n: string, objet: string, rapporteur: string, vote: string) => `Délibération n° ${n}\nObjet : ${objet}\nRapporteur : ${rapporteur}\nLe Conseil municipal, à l’unanimité, ADOPTE le projet.\n${vote}\n`;
  const doc = parseDocument(`COMPTE RENDU DU CONSEIL MUNICIPAL DU 12 MARS 2024\nEn exercice : 35 — Présents : 30 — Représentés : 3 — Votants : 33\n\n${item('2024_081', 'Création d’un emploi', 'Mme Anne BARRÉ', 'Adoptée par 30 voix pour et 3 contre.')}\n${item('2024_082', 'Dénomination d’une rue', 'M. Paul CORNU', '')}`);
  assert.deepEqual(doc.acts.map((a) => [a.number?.value, a.object?.text]), [['2024_081', 'Création d’un emploi'], ['2024_082', 'Dénomination d’une rue']]);
  assert.deepEqual([doc.acts[0].vote?.for, doc.acts[0].vote?.against], [30, 3]);
});

test('« Fait au Pellerin », « Fait aux Sorinières »: the place with its article', () => {
  const place = (line: string) => parse(`Le Maire,\n${VISAS}ARRÊTE :\nArticle 1er : La circulation est interdite.\n${line}\nLe Maire,\nJean DUPONT\n`).placeDate?.place;
  assert.equal(place('Fait au Pellerin, le 4 juillet 2024'), 'Le Pellerin');
  assert.equal(place('Fait aux Sorinières, le 4 juillet 2024'), 'Les Sorinières');
});

test('procès-verbal items headed « 1. Délibération n° 2024-040 – Décision modificative n° 1 » give each act its number, objet and title', () => {
  const doc = parseDocument('PROCÈS-VERBAL DE LA SÉANCE DU CONSEIL MUNICIPAL DU 4 JUILLET 2024\nEn exercice : 35 — Présents : 30 — Représentés : 3 — Votants : 33\n\n1. Délibération n° 2024-040 – Décision modificative n° 1\nVu le code général des collectivités territoriales ;\nLe Conseil municipal, après en avoir délibéré, à l’unanimité, ADOPTE la décision modificative n° 1.\n\n2. Délibération n° 2024-041 – Création d’un emploi\nVu le code général de la fonction publique ;\nLe Conseil municipal, après en avoir délibéré, à l’unanimité, DÉCIDE de créer un emploi.\n');
  assert.deepEqual(doc.acts.map((a) => [a.number?.value, a.object?.text, a.seance?.present]), [['2024-040', 'Décision modificative n° 1', 30], ['2024-041', 'Création d’un emploi', 30]]);
  assert.match(doc.acts[1].title?.text ?? '', /^2\. Délibération/);
});

test('a procès-verbal that heads each délibération « Délibération n° … » gives one act per heading, even without a typed verb', () => {
  const doc = parseDocument('PROCÈS-VERBAL DE LA SÉANCE DU CONSEIL MUNICIPAL DU 4 JUILLET 2024\nEn exercice : 35 — Présents : 30 — Représentés : 3 — Votants : 33\n\nDélibération n° 2024-040\nObjet : Décision modificative n° 1\nLe Conseil municipal, à l’unanimité, ADOPTE la décision modificative n° 1.\n\nDélibération n° 2024-041\nObjet : Dénomination de la place de la Loire\nLe Conseil municipal, à l’unanimité, DÉCIDE de dénommer la place.\n');
  assert.deepEqual(doc.acts.map((a) => [a.number?.value, a.object?.text, a.seance?.present]), [['2024-040', 'Décision modificative n° 1', 30], ['2024-041', 'Dénomination de la place de la Loire', 30]]);
});

test('a reviewer’s findings stay fixed: long blank runs in a compte rendu, a convocation date beside « s’est réuni », a sentence of an article that opens « À titre … , le … »', () => {
  // Long runs of blanks after a vote and many blank lines between two rapporteurs (both were quadratic).
  const blanks = `COMPTE RENDU DU CONSEIL MUNICIPAL DU 12 MARS 2024\nRapporteur : M. Paul CORNU\nLe Conseil municipal, à l’unanimité, ADOPTE le projet.\nAdoptée à la majorité${' '.repeat(200_000)}x\n${'\n'.repeat(20_000)}Délibération n° 2024_082\nRapporteur : Mme Anne BARRÉ\nLe Conseil municipal ADOPTE le projet.\nAdoptée à l’unanimité.\n`;
  assert.equal(parseDocument(blanks).acts.length, 2);
  // « dûment convoqué le 5 mars 2024, s’est réuni »: that date is the convocation's, not the séance's.
  const convened = parse('Le Conseil municipal de Lexy, dûment convoqué le 5 mars 2024, s’est réuni en mairie.\nPrésents : 12\nVu le code général des collectivités territoriales ;\nDÉCIDE :\nArticle 1er : Le tarif est fixé.\n');
  assert.notEqual(convened.seance?.date ?? null, '2024-03-05');
  // A sentence of an article is no place and date: the article keeps it, and no STR-002.
  const text = `Le Maire de Lexy,\n${VISAS}ARRÊTE :\nArticle 1er : La circulation est interdite rue de la Gare.\nArticle 2 : Par dérogation :\nÀ titre exceptionnel, le 14 juin 2024 de 8 h à 12 h, la circulation des riverains est autorisée.\n\nFait à Lexy, le 3 mai 2024\nLe Maire,\nJean DUPONT\n`;
  assert.match(parse(text).articles[1].body, /titre exceptionnel/);
  assert.equal(analyze(text).diagnostics.some((d) => d.code === 'STR-002'), false);
});

test('« Fait en mairie », « Fait à l’Hôtel de Ville de La Baule », « Fait à la mairie du Pellerin »: the commune, never the building', () => {
  const placeOf = (line: string) => parse(`ARRÊTÉ N° 2025-14\nLe Maire de Lexy,\nVu le code général des collectivités territoriales ;\nARRÊTE :\nArticle unique : La salle est fermée.\n${line}\nLe Maire,\nJean DUPONT\n`).placeDate;
  assert.equal(placeOf('Fait en mairie, le 3 mars 2025')?.place, null);
  assert.equal(placeOf('Fait en mairie, le 3 mars 2025')?.date, '2025-03-03');
  assert.equal(placeOf('Fait à l’Hôtel de Ville de La Baule, le 3 mars 2025')?.place, 'La Baule');
  assert.equal(placeOf('Fait à la mairie du Pellerin, le 3 mars 2025')?.place, 'Le Pellerin');
  assert.equal(placeOf('Fait au siège de la Communauté, le 3 mars 2025')?.place, null);
  assert.equal(placeOf('Fait à Lexy, le 3 mars 2025')?.place, 'Lexy');
});

test('« Pour le Maire et par délégation, » over « L’adjoint délégué, » and a name is one signatory, the adjoint, who signs by délégation', () => {
  const act = parse(`ARRÊTÉ N° 2025-14\nLe Maire de Lexy,\nVu le code général des collectivités territoriales ;\nARRÊTE :\nArticle unique : La salle est fermée.\nFait à Lexy, le 3 mars 2025\nPour le Maire et par délégation,\nL’adjoint délégué,\nPierre MARTIN\n`);
  assert.equal(act.signatories.length, 1);
  const [s] = act.signatories;
  assert.equal(s.name, 'Pierre MARTIN');
  assert.equal(s.quality, 'Pour le Maire et par délégation, L’adjoint délégué');
  assert.ok(s.delegated && s.delegate && !s.head);
});

// A third review (a service des assemblées and a juriste writing acts from scratch): each form a test.
const codes = (text: string, severity?: string) => analyze(text).diagnostics.filter((d) => d.severity !== 'hint' && d.severity !== 'information' && (!severity || d.severity === severity)).map((d) => d.code);
const seanceHead = (figures: string) => `Commune de Saint-Chamas\nDélibération n° 2025-018\nObjet : Budget primitif 2025\nSéance du 27 mars 2025\nDate de convocation : 20 mars 2025\n${figures}\nSecrétaire de séance : Mme Lucie ARNAUD\n`;
const closingOf = 'Fait à Saint-Chamas, le 27 mars 2025.\nLe Maire, Didier KHELFA\nLa secrétaire de séance, Lucie ARNAUD\n';

test('a compte administratif voted under a président the conseil « a élu », or « élue présidente de séance » who signs as such: no SEA-008', () => {
  const ca = (head: string, said: string, signer: string) => `Commune de Brissac\nDélibération n° 2025-06-044\n${head}\nDate de convocation : 12 juin 2025\nEn exercice : 45 – Présents : 34 – Pouvoirs : 6 – Votants : 40\nSecrétaire de séance : M. Antoine GALLARD\nObjet : Approbation du compte administratif 2024\n${said}\nLe Conseil municipal, après en avoir délibéré, à l’unanimité,\nAPPROUVE le compte administratif 2024.\nFait à Brissac, le 19 juin 2025.\n${signer}\nLe secrétaire de séance, Antoine GALLARD\n`;
  assert.deepEqual(codes(ca('Séance du 19 juin 2025', 'Le conseil municipal a élu M. Gilles ROBIN président de séance pour ce point. Mme Sylvie SOURISSEAU, Maire, s’est retirée au moment du vote.', 'Le président de séance, Gilles ROBIN')).filter((c) => c === 'SEA-008'), []);
  assert.deepEqual(codes(ca('Séance du 19 juin 2025, sous la présidence de Mme Josiane DUPUY, première adjointe, élue présidente de séance', 'Mme Sylvie SOURISSEAU, Maire, s’est retirée au moment du vote.', 'La présidente de séance, Josiane DUPUY')).filter((c) => c === 'SEA-008'), []);
  // The maire who presides is still an error.
  assert.ok(codes(ca('Séance du 19 juin 2025, sous la présidence de Mme Sylvie SOURISSEAU, Maire', 'Mme Sylvie SOURISSEAU s’est retirée au moment du vote.', 'Le Maire, Sylvie SOURISSEAU'), 'error').includes('SEA-008'));
});

test('tallies in small letters and without colons are read: « Pour 11, contre 14, abstention 0 », « (19 pour, 2 abstentions) », « Ne prennent pas part au vote : 8 »; « pour 6 ans, contre l’avis … » is no tally', () => {
  const vote = (line: string) => parse(`${seanceHead('Membres en exercice : 27 – Présents : 21 – Représentés : 4 – Votants : 25')}Le conseil municipal, après en avoir délibéré, adopte le budget primitif 2025.\n${line}\n${closingOf}`).vote;
  const v = (line: string) => { const x = vote(line); return [x?.for, x?.against, x?.abstentions, x?.notVoting]; };
  assert.deepEqual(v('Pour 11, contre 14, abstention 0.'), [11, 14, 0, null]);
  assert.deepEqual(v('Vote : pour 21 – contre 4 – abstention 0'), [21, 4, 0, null]);
  assert.deepEqual(v('Adopté à l’unanimité des suffrages exprimés (19 pour, 2 abstentions).'), [19, null, 2, null]);
  assert.deepEqual(v('Pour : 17 – Contre : 0 – Abstentions : 0 – Ne prennent pas part au vote : 8'), [17, 0, 0, 8]);
  assert.equal(vote('Le mandat est fixé pour 6 ans, contre l’avis de la commission.')?.for ?? null, null);
  // Adopted with fewer votes for than against: the error a juriste expects.
  assert.ok(codes(`${seanceHead('Membres en exercice : 27 – Présents : 21 – Représentés : 4 – Votants : 25')}Le conseil municipal, après en avoir délibéré, adopte le budget primitif 2025.\nPour 11, contre 14, abstention 0.\n${closingOf}`, 'error').includes('SEA-005'));
});

test('« Adopté à l’unanimité (pour : 21, contre : 4) » contradicts itself: SEA-005 warns', () => {
  const text = `${seanceHead('Membres en exercice : 27 – Présents : 21 – Représentés : 4 – Votants : 25')}Le conseil municipal, après en avoir délibéré, adopte le budget primitif 2025.\nAdopté à l’unanimité (pour : 21, contre : 4).\n${closingOf}`;
  assert.ok(analyze(text).diagnostics.some((d) => d.code === 'SEA-005' && d.severity === 'warning' && /unanimité/.test(d.message)));
});

test('« Étaient présents (12) : … » is 12 present: the quorum of 27 members fails', () => {
  const text = `${seanceHead('Nombre de membres en exercice : 27\nÉtaient présents (12) : Didier KHELFA, Magali GIORGETTI, Jean-Claude PAOLI, Nathalie RIZZO, Thierry CASTEL, Marion DELEUIL, Christophe OLIVE, Patricia BLANC, Gérard MARTIN, Sophie FABRE, Laurent AGIUS, Lucie ARNAUD.\nAbsents ayant donné pouvoir (3) : Anne BONNET à Magali GIORGETTI ; Michel SERRA à Jean-Claude PAOLI ; Julie MOREL à Didier KHELFA.')}Le conseil municipal, après en avoir délibéré, à l’unanimité,\nADOPTE le budget primitif 2025.\n${closingOf}`;
  const act = parse(text);
  assert.deepEqual([act.seance?.present, act.seance?.represented], [12, 3]);
  assert.ok(codes(text, 'error').includes('SEA-003'));
});

test('suppléants sitting with voix délibérative in an EPCI conseil are present (L. 5211-6)', () => {
  const text = `Communauté de communes Cœur de Garonne\nConseil communautaire du 27 mars 2025\nDélibération n° 2025-CC-031\nDélégués en exercice : 48\nDélégués titulaires présents : 22 – Délégués suppléants présents avec voix délibérative : 3\nPouvoirs : 6 – Votants : 31\nDate de convocation : 20 mars 2025\nSecrétaire de séance : Mme Hélène SABATHIER\nObjet : Rapport de la CLECT 2025\nLe Conseil communautaire, après en avoir délibéré, à l’unanimité,\nAPPROUVE le rapport de la CLECT du 3 mars 2025.\nFait à Cazères, le 27 mars 2025.\nLe Président, Jean-Marc DUBOIS\nLa secrétaire de séance, Hélène SABATHIER\n`;
  assert.equal(parse(text).seance?.present, 25);
  assert.deepEqual(codes(text).filter((c) => c === 'SEA-003' || c === 'SEA-005'), []);
});

test('an extrait du registre with two délibérations, each under its number: two acts, the first with no false signatory', () => {
  const text = `Commune de Salles-Curan\nEXTRAIT DU REGISTRE DES DÉLIBÉRATIONS DU CONSEIL MUNICIPAL\nSéance du 18 novembre 2025\nDélibération n° 2025-071\nObjet : Désignation d’un délégué au syndicat mixte\nLe Conseil municipal, à l’unanimité, DÉSIGNE M. Thierry VIDAL délégué titulaire.\nDélibération n° 2025-072\nObjet : Admission en non-valeur\nLe Conseil municipal, après en avoir délibéré,\nDÉCIDE d’admettre en non-valeur les titres pour 412,60 €.\nPour : 12   Contre : 0   Abstentions : 2\nFait à Salles-Curan, le 19 novembre 2025.\nLe Maire, Marie-Laure CAUSSE\n`;
  const doc = parseDocument(text);
  assert.deepEqual(doc.acts.map((a) => [a.number?.value, a.object?.text, a.vote?.for ?? null]), [['2025-071', 'Désignation d’un délégué au syndicat mixte', null], ['2025-072', 'Admission en non-valeur', 12]]);
  // The closing written once, after the last act, closes the first one too (no false SIG-001 or DAT-001 on it).
  assert.deepEqual(doc.acts.map((a) => a.signatories.map((x) => x.name)), [['Marie-Laure CAUSSE'], ['Marie-Laure CAUSSE']]);
  assert.ok(!codes(text).some((c) => c === 'SIG-001' || c === 'DAT-001'));
  // No secrétaire for the séance: a warning, though the first act, cut before any closing, only informs of it.
  assert.ok(analyze(text).diagnostics.some((d) => d.code === 'SEA-007' && d.severity === 'warning'));
  // A number repeated (a page header of the same act) is one act.
  assert.equal(parseDocument('EXTRAIT DU REGISTRE DES DÉLIBÉRATIONS\nDélibération n° 2025-071\nObjet : Tarifs\nLe Conseil municipal, après en avoir délibéré, DÉCIDE :\nArticle 1er : Les tarifs sont fixés.\nDélibération n° 2025-071\nArticle 2 : Ils s’appliquent au 1er janvier.\n').acts.length, 1);
});

test('the signature written above « Fait à … » is the signatory, not part of the last article', () => {
  const act = parse(`ARRÊTÉ N° 2025-118\nLe Maire de Yutz,\n${VISAS}Considérant la fête de la musique ;\nARRÊTE :\nArticle 1 : La circulation est interdite rue de la Gare le 21 juin 2025.\nArticle 2 : Le présent arrêté peut faire l’objet d’un recours devant le tribunal administratif de Strasbourg dans un délai de deux mois à compter de sa publication.\nLe Maire,\nJean-Marie SCHWARTZ\nFait à Yutz, le 20 juin 2025\n`);
  assert.deepEqual(act.signatories.map((s) => [s.name, s.quality]), [['Jean-Marie SCHWARTZ', 'Le Maire']]);
  assert.equal(act.articles[1].range.end.line, 7);
});

test('the président of the Assemblée de Guyane or of the Conseil exécutif de Martinique heads a collectivité, not an EPCI', () => {
  for (const author of ['Le Président de l’Assemblée de Guyane,', 'Le Président du Conseil exécutif de Martinique,']) {
    const text = `ARRÊTÉ N° 2025-DRH-1288\n${author}\nVu le code général des collectivités territoriales ;\nARRÊTE :\nArticle unique : M. Kévin JOSEPH est promu au 5e échelon.\nFait à Cayenne, le 2 mai 2025\nLe Président,\nGabriel SERVILLE\n`;
    assert.equal(parse(text).authorBody, 'outre-mer', author);
    assert.deepEqual(codes(text).filter((c) => c === 'VIS-001'), [], author);
  }
});

test('a délibération the maire is charged to notify to the person it refuses is individual: REC-001 is an error without the mention', () => {
  const text = `Commune de Pirou\nDépartement de la Manche\nDélibération n° 2025-029\nSéance du 3 juillet 2025\nObjet : Refus de la cession d’une partie du chemin rural n° 12\nLe Conseil municipal, après en avoir délibéré, à l’unanimité,\nREFUSE la cession d’une partie du chemin rural n° 12 à M. Jacques LEMARINEL ;\nCHARGE le Maire de notifier la présente délibération à l’intéressé.\nFait à Pirou, le 3 juillet 2025.\nLe Maire, Sylvie LEBRETON\n`;
  assert.deepEqual(parse(text).dispositive?.items.map((i) => i.verb), ['REFUSE', 'CHARGE']);
  assert.equal(analyze(text).diagnostics.find((d) => d.code === 'REC-001')?.severity, 'error');
});

test('unfavourable measures against a person need their motives: « est mis en demeure », an authorisation « abrogé », an établissement « fermé pour une durée de … »', () => {
  const arrete = (measure: string) => `ARRÊTÉ N° 2025-14\nLe Maire de Lexy,\nVu le code général des collectivités territoriales, notamment ses articles L. 2212-1 et L. 2212-2 ;\nARRÊTE :\nArticle 1er : ${measure}\nArticle 2 : Le présent arrêté sera notifié à l’intéressé. Il peut faire l’objet d’un recours devant le tribunal administratif de Nancy dans un délai de deux mois à compter de sa notification.\nFait à Lexy, le 3 mars 2025\nLe Maire,\nJean DUPONT\n`;
  for (const measure of ['M. Didier ROCHE est mis en demeure d’élaguer les arbres de sa propriété dans un délai d’un mois.', 'L’arrêté n° 2024-112 accordant à M. Didier ROCHE une autorisation de terrasse est abrogé.', 'L’établissement « Le Relais », exploité par M. Didier ROCHE, est fermé pour une durée de quinze jours.']) {
    assert.ok(codes(arrete(measure), 'error').includes('MOT-001'), measure);
  }
  // A regulatory arrêté abrogated, a hall closed: no person, no MOT-001.
  for (const measure of ['L’arrêté n° 2023-12 réglementant le stationnement rue Haute est abrogé.', 'La salle des fêtes est fermée jusqu’au 3 mars 2025.']) {
    assert.ok(!codes(arrete(measure)).includes('MOT-001'), measure);
  }
});

test('articles numbered in words (« ARTICLE PREMIER », « ARTICLE DEUXIÈME », « ARTICLE TROISIÈME ») are three articles, 1er, 2 and 3', () => {
  const act = parse(`ARRÊTÉ N° 2025-14\nLe Maire de Lexy,\n${VISAS}Considérant le marché ;\nARRÊTE :\nARTICLE PREMIER : Le stationnement est interdit rue de la Gare.\nARTICLE DEUXIÈME : Le présent arrêté peut faire l’objet d’un recours devant le tribunal administratif de Nancy dans un délai de deux mois à compter de sa publication.\nARTICLE TROISIÈME : Le directeur général des services est chargé de l’exécution du présent arrêté.\nFait à Lexy, le 3 mars 2025\nLe Maire,\nJean DUPONT\n`);
  assert.deepEqual(act.articles.map((a) => a.number), ['1er', '2', '3']);
});

test('a recours written as a label, « Recours : tribunal administratif de Lyon, deux mois à compter de la publication », is read', () => {
  const act = parse(`ARRÊTÉ N° 2025-14\nLe Maire de Lexy,\n${VISAS}Considérant les travaux ;\nARRÊTE :\nArticle 1er : La rue Haute est fermée le 3 mars 2025.\nArticle 2 : Le directeur général des services est chargé de l’exécution du présent arrêté.\nRecours : tribunal administratif de Lyon, deux mois à compter de la publication.\nFait à Lexy, le 3 mars 2025\nLe Maire,\nJean DUPONT\n`);
  assert.deepEqual([act.recours?.delay, act.recours?.tribunal], ['deux mois', 'Lyon']);
});

test('the platforms’ stamp above the act (« Envoyé en préfecture le … », « Reçu en préfecture le … », « ID : … ») dates the transmission; one finding (PUB-009) when it precedes the act, no « certification »', () => {
  const text = `Envoyé en préfecture le 12/05/2025\nReçu en préfecture le 12/05/2025\nID : 033-213303183-20250519-DEC2025_061-AU\nVILLE DE PESSAC\nDÉCISION N° DEC2025_061\nLe Maire de Pessac,\nVu le code général des collectivités territoriales, notamment ses articles L. 2122-22 (2°) et L. 2122-23 ;\nVu la délibération n° 2020-045 du 10 juillet 2020 portant délégation au maire ;\nDÉCIDE :\nArticle 1er : Les tarifs de la médiathèque sont fixés à 10 euros par an.\nArticle 2 : La présente décision peut faire l’objet d’un recours devant le tribunal administratif de Bordeaux dans un délai de deux mois à compter de sa publication.\nFait à Pessac, le 19 mai 2025\nLe Maire,\nFranck RAYNAL\n`;
  const act = parse(text);
  assert.deepEqual([act.transmission?.transmissionDate, act.transmission?.receptionDate], ['2025-05-12', '2025-05-12']);
  const found = analyze(text).diagnostics.filter((d) => d.code === 'PUB-002' || d.code === 'PUB-009').map((d) => d.code);
  assert.deepEqual(found, ['PUB-009']);
});

test('DAT-001 on a délibération cites the register of délibérations (L. 2121-23), not that of the maire’s arrêtés', () => {
  const d = analyze(`${seanceHead('Membres en exercice : 27 – Présents : 21 – Représentés : 4 – Votants : 25').replace('Séance du 27 mars 2025\n', '')}Le conseil municipal, après en avoir délibéré, à l’unanimité, ADOPTE le budget primitif 2025.\nFait à Saint-Chamas, le\nLe Maire, Didier KHELFA\nLa secrétaire de séance, Lucie ARNAUD\n`).diagnostics.find((x) => x.code === 'DAT-001');
  assert.match(d?.message ?? '', /L\. 2121-23/);
});

test('a procès-verbal or compte rendu that numbers its items (« POINT N° 1 – … (délibération n° …) », « 1. … ») gives one act per voted item, with its objet, number and vote', () => {
  const pv = parseDocument(`Commune de Saint-Chamas\nPROCÈS-VERBAL DE LA SÉANCE DU CONSEIL MUNICIPAL\nDU JEUDI 27 MARS 2025\nPOINT N° 1 – Budget primitif 2025 (délibération n° 2025-018)\nLe conseil municipal, après en avoir délibéré, adopte le budget primitif 2025.\nPOUR : 21 – CONTRE : 4 – ABSTENTION : 0\nPOINT N° 2 – Taux d’imposition 2025 (délibération n° 2025-019)\nLe conseil municipal, après en avoir délibéré, fixe les taux 2025.\nPOUR : 25 – CONTRE : 0 – ABSTENTION : 0\nLe Maire, Didier KHELFA\n`);
  assert.deepEqual(pv.acts.map((a) => [a.number?.value, a.object?.text, a.vote?.for]), [['2025-018', 'Budget primitif 2025', 21], ['2025-019', 'Taux d’imposition 2025', 25]]);
  const cr = `Ville de Pézenas\nCOMPTE RENDU SOMMAIRE DU CONSEIL MUNICIPAL DU 9 DÉCEMBRE 2025\nSecrétaire de séance : Mme Laure DELMAS\n1. Décision modificative n° 3 – budget principal\n   Adoptée par 22 voix pour, 5 contre.\n2. Tarifs municipaux 2026\n   Adoptée à l’unanimité.\n3. Motion de soutien au service des urgences\n   Adoptée à l’unanimité.\nPézenas, le 10 décembre 2025\nLe Maire, Armand RIVIÈRE\n`;
  const doc = parseDocument(cr);
  assert.deepEqual(doc.acts.map((a) => [a.object?.text, a.vote?.unanimous, a.vote?.for ?? null]), [['Décision modificative n° 3 – budget principal', false, 22], ['Tarifs municipaux 2026', true, null], ['Motion de soutien au service des urgences', true, null]]);
  // Each vote is its own: no « unanimité » contradicted by another item's votes against.
  assert.ok(!analyze(cr).diagnostics.some((d) => d.code === 'SEA-005' && /unanimité/.test(d.message)));
  // A numbered list inside one délibération (items not voted one by one) stays one act.
  assert.equal(parseDocument(`PROCÈS-VERBAL DE LA SÉANCE DU 3 MARS 2025\nObjet : Tarifs\nLe Conseil municipal, après en avoir délibéré, DÉCIDE :\n1. de fixer les tarifs ;\n2. d’autoriser le Maire à signer.\nAdoptée à l’unanimité.\n`).acts.length, 1);
});

test('an « ARRÊTÉ » the maire takes under an item of L. 2122-22 (« L. 2122-22 (15°) », préemption) is a décision by délégation: the DEL rules apply', () => {
  const text = `ARRÊTÉ N° 2025-URB-044\nportant exercice du droit de préemption urbain sur la parcelle AK 312\nLe Maire de Portet-sur-Garonne,\nVu le code général des collectivités territoriales, notamment ses articles L. 2122-22 (15°) et L. 2122-23 ;\nConsidérant que l’acquisition de ce terrain permettra la réalisation d’une crèche ;\nARRÊTE :\nArticle 1er – La commune exerce le droit de préemption urbain sur la parcelle AK 312 au prix de 185 000 euros.\nArticle 2 – La présente décision peut faire l’objet d’un recours devant le tribunal administratif de Toulouse dans un délai de deux mois à compter de sa notification.\nFait à Portet-sur-Garonne, le 4 avril 2025\nLe Maire,\nThierry SUAUD\n`;
  assert.equal(parse(text).kind, 'decision-maire');
  assert.ok(codes(text).includes('DEL-002'));
  // An arrêté that delegates (to an adjoint) stays an arrêté.
  assert.equal(parse(text.replace('portant exercice du droit de préemption urbain sur la parcelle AK 312', 'portant délégation de signature à M. Paul MARTIN')).kind, 'arrete-maire');
});

test('signature blocks: an e-signature with « Date de signature » and « Qualité » lines, initials « J.-M. SCHWARTZ »', () => {
  const head = `ARRÊTÉ N° 2025-118\nLe Maire de Yutz,\n${VISAS}Considérant la fête de la musique ;\nARRÊTE :\nArticle 1 : La circulation est interdite rue de la Gare le 21 juin 2025.\nArticle 2 : Le présent arrêté peut faire l’objet d’un recours devant le tribunal administratif de Strasbourg dans un délai de deux mois à compter de sa publication.\nFait à Yutz, le 20 juin 2025\n`;
  assert.deepEqual(parse(`${head}Signé électroniquement par : Jean-Marie SCHWARTZ\nDate de signature : 20/06/2025\nQualité : Maire de Yutz\n`).signatories.map((s) => [s.name, s.quality]), [['Jean-Marie SCHWARTZ', 'Maire de Yutz']]);
  assert.deepEqual(parse(`${head}Le Maire,\nJ.-M. SCHWARTZ\n`).signatories.map((s) => s.name), ['J.-M. SCHWARTZ']);
  // A surname after a civility is still no prénom.
  assert.ok(codes(`${head}Le Maire,\nM. SCHWARTZ\n`, 'error').includes('SIG-001'));
});

test('the collectivité’s name stops where a column or a service begins', () => {
  const name = (line: string) => parse(`${line}\nARRÊTÉ N° 2025-14\nLe Maire,\nVu le code général des collectivités territoriales ;\nARRÊTE :\nArticle unique : La salle est fermée.\n`).header.collectivite?.name;
  assert.equal(name('COMMUNE DE MONTRÉAL      Publié le 19/06/2025'), 'COMMUNE DE MONTRÉAL');
  assert.equal(name('Ville de Brest – Direction de l’urbanisme'), 'Ville de Brest');
  assert.equal(name('Commune de Saint-Jean-de-Luz'), 'Commune de Saint-Jean-de-Luz');
});

test('a recours mention with a délai of one month says the délai is wrong, not missing', () => {
  const d = analyze(`ARRÊTÉ N° 2025-14\nLe Maire de Lexy,\n${VISAS}Considérant le marché ;\nARRÊTE :\nArticle 1er : Le stationnement est interdit rue de la Gare.\nArticle 2 : Le présent arrêté peut faire l’objet d’un recours devant le tribunal administratif de Nancy dans un délai d’un mois à compter de sa publication.\nFait à Lexy, le 3 mars 2025\nLe Maire,\nJean DUPONT\n`).diagnostics.find((x) => x.code === 'REC-001');
  assert.match(d?.message ?? '', /délai d’un mois\s:\sle délai du recours contentieux est de deux mois/);
});

test('a pouvoir given to a member listed absent cannot be used (SEA-014); the mandataire inside « (pouvoir à X) » is no absent member', () => {
  const doc = (lists: string) => `Commune de Bonnétable\nDélibération n° 2025-021\nSéance du 27 mars 2025\nDate de convocation : 20 mars 2025\nEn exercice : 7 – Présents : 4 – Représentés : 1 – Votants : 5\nPrésents : Jean-Luc LEMAIRE, Sylvie CHAUVIN, Daniel FOUCAULT, Karine JOUBERT.\n${lists}\nSecrétaire de séance : Mme Karine JOUBERT.\nLe Conseil municipal, après en avoir délibéré, à l’unanimité,\nATTRIBUE une subvention de 1 500 € à l’association sportive.\nFait à Bonnétable, le 27 mars 2025.\nLe Maire, Jean-Luc LEMAIRE\nLa secrétaire de séance, Karine JOUBERT\n`;
  assert.ok(codes(doc('Pouvoir : Christine LEROUX à Pascal MOREAU.\nAbsents : Pascal MOREAU, Julien ROGER.')).includes('SEA-014'));
  const held = doc('Absents : Christine LEROUX (pouvoir à Daniel FOUCAULT), Julien ROGER.');
  assert.deepEqual(parse(held).members?.absent.map((x) => x.text), ['Julien ROGER']);
  assert.ok(!codes(held).includes('SEA-014'));
});

// A fourth review (individual decisions, collections).
const arreteOf = (visas: string, article: string, signer = 'Le Maire,\nJean DUPONT') => `ARRÊTÉ N° 2025-41\nLe Maire de Lexy,\n${visas}ARRÊTE :\nArticle 1er : ${article}\nArticle 2 : Le directeur général des services est chargé de l’exécution du présent arrêté.\nFait à Lexy, le 1er mars 2025\n${signer}\n`;
const POLICE = 'Vu le code général des collectivités territoriales, notamment ses articles L. 2212-1 et L. 2212-2 ;\n';

test('an individual decision without recours mention is an error (R. 421-5): a measure against a person, even of police, or one granted to a person named', () => {
  const severity = (article: string) => analyze(arreteOf(POLICE, article)).diagnostics.find((d) => d.code === 'REC-001')?.severity;
  assert.equal(severity('Le bar « Le Black Pearl », exploité par M. Paul DURAND, est fermé au public à compter de la notification du présent arrêté.'), 'error');
  assert.equal(severity('L’établissement Le Relais, exploité par la SARL ROCHE, est fermé du 8 au 22 juillet 2025.'), 'error');
  assert.equal(severity('M. Paul DURAND est nommé adjoint technique stagiaire à compter du 1er avril 2025.'), 'error');
  assert.equal(severity('La SARL LE BASSIN est autorisée à occuper le domaine public au droit du 3 quai Nord pour une terrasse de 20 m², à titre précaire et révocable.'), 'error');
  assert.equal(severity('Une concession funéraire de trente ans est accordée à Mme Jeanne MARTIN dans le cimetière communal.'), 'error');
  // A regulatory police measure is published: information.
  assert.ok(['hint', 'information'].includes(severity('Le stationnement est interdit rue Saint-Dizier du 3 au 14 mars 2025.') ?? ''));
  // The measure against a person needs its motives.
  assert.ok(codes(arreteOf(POLICE, 'Le bar « Le Black Pearl », exploité par M. Paul DURAND, est fermé au public à compter de la notification du présent arrêté.'), 'error').includes('MOT-001'));
});

test('a ban with an exception for a company (« sauf aux véhicules de l’entreprise chargée des travaux ») stays a regulatory measure: no MOT-001, no MOT-002', () => {
  const text = arreteOf(`${POLICE}Vu le code de la route ;\n`, 'Du 3 au 14 mars 2025, le stationnement est interdit au droit des n° 50 à 58 de la rue Saint-Dizier, sauf aux véhicules de l’entreprise chargée des travaux.');
  const found = analyze(text).diagnostics.map((d) => d.code);
  assert.ok(!found.includes('MOT-001') && !found.includes('MOT-002'), found.join(' '));
});

test('an agent signs with its quality (« La directrice générale des services, ») and needs a délégation (SIG-003, not SIG-001)', () => {
  const text = arreteOf(POLICE, 'La salle des fêtes est fermée jusqu’au 3 mars 2025.', 'La directrice générale des services,\nNathalie GUÉRIN');
  const act = parse(text);
  assert.deepEqual(act.signatories.map((s) => [s.name, s.quality]), [['Nathalie GUÉRIN', 'La directrice générale des services']]);
  const found = codes(text);
  assert.ok(found.includes('SIG-003') && !found.includes('SIG-001'), found.join(' '));
  // « Pour le Maire et par délégation, » above the agent's quality: one signatory, by délégation.
  const delegated = parse(arreteOf(POLICE, 'La salle des fêtes est fermée jusqu’au 3 mars 2025.', 'Pour le Maire et par délégation,\nLe directeur des services techniques,\nPaul MARTIN'));
  assert.deepEqual(delegated.signatories.map((s) => [s.name, s.quality, s.delegated]), [['Paul MARTIN', 'Pour le Maire et par délégation, Le directeur des services techniques', true]]);
});

test('overseas, the tribunal named after its territory (« tribunal administratif de Mayotte », « de la Guadeloupe ») is the right one (REC-002)', () => {
  for (const [dep, tribunal] of [['Mayotte', 'de Mayotte'], ['la Guadeloupe', 'de la Guadeloupe'], ['La Réunion', 'de La Réunion']]) {
    const text = `Département de ${dep}\n${arreteOf(POLICE, `Le stationnement est interdit rue de la Gare. Le présent arrêté peut faire l’objet d’un recours devant le tribunal administratif ${tribunal} dans un délai de deux mois à compter de sa publication.`)}`;
    assert.ok(!codes(text).includes('REC-002'), tribunal);
  }
});

test('an extrait whose délibérations are headed « N° 2025-014 – objet » shares the séance and the closing written once: each act has its number, objet and date, no false DAT-001 or SIG-001', () => {
  const text = `EXTRAIT DU REGISTRE DES DÉLIBÉRATIONS DU CONSEIL MUNICIPAL\nSéance du mardi 25 mars 2025\n\nN° 2025-014 – Tarifs de l’accueil périscolaire\nLe Conseil municipal, après en avoir délibéré, à l’unanimité, APPROUVE les tarifs.\n\nN° 2025-015 – Vente de l’ancien presbytère\nVu l’avis du pôle d’évaluation domaniale du 3 février 2025 ;\nLe Conseil municipal, après en avoir délibéré,\nVote : Pour 9 – Contre 12 – Abstention 0.\nLa délibération est adoptée.\n\nFait à Charmes, le 26 mars 2025\nLe Maire, Hervé MARTIN\n`;
  const doc = parseDocument(text);
  assert.deepEqual(doc.acts.map((a) => [a.number?.value, a.object?.text, a.seance?.date, a.placeDate?.date]), [['2025-014', 'Tarifs de l’accueil périscolaire', '2025-03-25', '2025-03-26'], ['2025-015', 'Vente de l’ancien presbytère', '2025-03-25', '2025-03-26']]);
  const found = codes(text, 'error');
  assert.ok(!found.includes('DAT-001') && !found.includes('SIG-001'), found.join(' '));
  assert.ok(found.includes('SEA-005'), 'adopted with fewer votes for than against');
});

test('a recueil whose arrêtés each come with their own @ctes stamp: each act has its own identifier', () => {
  const arrete = (n: string, day: string, id: string) => `Envoyé en préfecture le ${day}\nReçu en préfecture le ${day}\nID : 054-215404310-${id}-${n}-AR\n\nARRÊTÉ N° ${n}\nportant réglementation du stationnement\n\nLe Maire de Pont-à-Mousson,\n\nVu le code général des collectivités territoriales, notamment ses articles L. 2212-1 et L. 2213-2 ;\nConsidérant le marché ;\n\nARRÊTE :\n\nArticle 1er – Le stationnement est interdit place Duroc.\nArticle 2 – Le chef de la police municipale est chargé de l’exécution du présent arrêté.\n\nFait à Pont-à-Mousson, le ${day}\n\nLe Maire,\nHenry LEMOINE\n\n`;
  const text = `RECUEIL DES ACTES ADMINISTRATIFS – VILLE DE PONT-À-MOUSSON – 2e TRIMESTRE 2025\n\n${arrete('2025_A031', '04/04/2025', '20250404')}${arrete('2025_A047', '14/05/2025', '20250514')}`;
  const doc = parseDocument(text);
  assert.deepEqual(doc.acts.map((a) => a.transmission?.identifier?.slice(14, 22)), ['20250404', '20250514']);
  assert.ok(!codes(text).includes('PUB-009'));
});

test('an act of a collection that ends with « Fait à … » and a quality without a name is not cut off: SIG-001 is an error', () => {
  const arrete = (n: string, signer: string) => `ARRÊTÉ N° ${n}\nLe Maire de Lunéville,\nVu le code général des collectivités territoriales, notamment ses articles L. 2212-1 et L. 2213-1 ;\nConsidérant les travaux ;\nARRÊTE :\nArticle 1er – La circulation est interdite place des Carmes.\nArticle 2 – Le présent arrêté peut faire l’objet d’un recours devant le tribunal administratif de Nancy dans un délai de deux mois à compter de sa publication.\nFait à Lunéville, le 14 avril 2025\n${signer}\n\n`;
  const text = `RECUEIL DES ACTES ADMINISTRATIFS\n\n${arrete('A2025_151', 'La Maire,')}${arrete('A2025_158', 'La Maire,\nCatherine PAILLARD')}`;
  assert.equal(parseDocument(text).acts.length, 2);
  assert.ok(codes(text, 'error').includes('SIG-001'));
});

test('a list of absents ends with its line’s full stop: « Mme X est désignée secrétaire de séance » on the next line is not absent', () => {
  const act = parse(`EXTRAIT DU REGISTRE DES DÉLIBÉRATIONS DU CONSEIL MUNICIPAL\nSéance du jeudi 18 septembre 2025\nEn exercice : 33 – Présents : 31 – Représentés : 2 – Votants : 33\nAbsents ayant donné procuration : Mme Sylvie HUGUET à M. Jean-Paul MAIRE ; M. Karim SAÏDI à Mme Fanny THIRIET.\nAbsents excusés : M. Michel HENRY.\nMme Fanny THIRIET est désignée secrétaire de séance.\nObjet : Tableau des effectifs\nLe conseil municipal, après en avoir délibéré, APPROUVE le tableau des effectifs.\n`);
  assert.deepEqual(act.members?.absent.map((x) => x.text), ['M. Michel HENRY']);
});

test('« Délibération n° 2025-061 : Décision modificative n° 2 » gives the number and the objet', () => {
  const act = parse('Délibération n° 2025-061 : Décision modificative n° 2 du budget principal\nSéance du 12 mars 2025\nLe Conseil municipal, après en avoir délibéré, à l’unanimité, APPROUVE la décision modificative.\n');
  assert.deepEqual([act.number?.value, act.object?.text], ['2025-061', 'Décision modificative n° 2 du budget principal']);
});

test('a date that does not exist (« le 31 février 2025 ») is a DAT-001 error, not a date', () => {
  const text = arreteOf(POLICE, 'La salle des fêtes est fermée jusqu’au 3 mars 2025.').replace('le 1er mars 2025', 'le 31 février 2025');
  assert.equal(parse(text).placeDate?.impossibleDate, '31 février 2025');
  assert.ok(analyze(text).diagnostics.some((d) => d.code === 'DAT-001' && d.severity === 'error' && /31 février 2025/.test(d.message)));
});

test('a permit’s national number in groups and an objet in small letters (« refusant un permis de construire … ») are read', () => {
  const act = parse('ARRÊTÉ N° PC 038 565 25 10012\nrefusant un permis de construire à la SCI Les Tilleuls\nLe Maire de Lexy,\nVu le code de l’urbanisme ;\nConsidérant que le projet méconnaît le règlement du plan local d’urbanisme ;\nARRÊTE :\nArticle unique : Le permis de construire est refusé.\n');
  assert.deepEqual([act.number?.value, act.object?.text], ['PC 038 565 25 10012', 'refusant un permis de construire à la SCI Les Tilleuls']);
});

test('an e-signature « Signé électroniquement par Jean-Marie SCHWARTZ, Maire, le … » gives the quality', () => {
  assert.deepEqual(parse(`${arreteOf(POLICE, 'La salle est fermée.', '')}Signé électroniquement par Jean-Marie SCHWARTZ, Maire, le 20/06/2025\n`).signatories.map((s) => [s.name, s.quality]), [['Jean-Marie SCHWARTZ', 'Maire']]);
});

test('DAT-001 cites each register: L. 2122-29 for an arrêté, R. 2122-7-1 for a décision by délégation', () => {
  const undated = arreteOf(POLICE, 'La salle des fêtes est fermée jusqu’au 3 mars 2025.').replace(', le 1er mars 2025', ',');
  assert.match(analyze(undated).diagnostics.find((d) => d.code === 'DAT-001')?.message ?? '', /L\. 2122-29/);
});

test('a reviewer’s findings on the day’s change stay fixed', () => {
  // « Article 1o : » (OCR of « 1° ») is an article heading; a heading followed by a long run of blanks is read at once.
  assert.deepEqual(parse('ARRÊTÉ\nLe Maire,\nVu le code ;\nARRÊTE :\nArticle 1o : La salle est fermée.\nArticle 2o : Le DGS est chargé de l’exécution.\n').articles.map((a) => a.number), ['1er', '2']);
  assert.equal(parse(`ARRÊTÉ\nLe Maire,\nVu le code ;\nARRÊTE :\nArticle 1${' '.repeat(20000)}(nouveau)\nArticle 2 : x\n`).articles.length, 2);
  // A délibération sent to the trésorier is not notified to the person it concerns; one notified to the demandeur is.
  const delib = (line: string) => analyze(`Commune de Pirou\nDélibération n° 2025-029\nSéance du 3 juillet 2025\nObjet : Cession d’un chemin rural\nLe Conseil municipal, après en avoir délibéré, à l’unanimité,\nDÉCIDE de céder le chemin rural n° 12.\n${line}\nFait à Pirou, le 3 juillet 2025.\nLe Maire, Sylvie LEBRETON\n`).diagnostics.find((d) => d.code === 'REC-001')?.severity;
  assert.notEqual(delib('CHARGE le Maire de notifier la présente délibération à Monsieur le Trésorier.'), 'error');
  assert.equal(delib('La présente délibération sera notifiée au demandeur.'), 'error');
  // Abrogating a délégation whose title names its holder is no measure against a person.
  assert.ok(!codes(arreteOf('Vu le code général des collectivités territoriales, notamment son article L. 2122-18 ;\n', 'L’arrêté n° 2020-45 du 4 juillet 2020 portant délégation de fonction à M. Paul DURAND est abrogé.')).includes('MOT-001'));
  // A compte rendu's item whose dispositif lists « 1) approuve … 2) autorise … » stays one act.
  const cr = parseDocument('COMPTE RENDU DU CONSEIL MUNICIPAL DU 3 MARS 2025\n1. Budget primitif 2025\nLe conseil municipal :\n1) approuve le budget primitif ;\n2) autorise le Maire à signer les pièces.\nAdopté à l’unanimité.\n2. Tarifs municipaux 2026\nAdopté à l’unanimité.\n');
  assert.deepEqual(cr.acts.map((a) => a.object?.text), ['Budget primitif 2025', 'Tarifs municipaux 2026']);
  // An extrait that repeats its number (« Délibération n° 2025-018. ») further down is one act.
  assert.equal(parseDocument('EXTRAIT DU REGISTRE DES DÉLIBÉRATIONS\nDÉLIBÉRATION N° 2025-018\nObjet : Subvention\nLe Conseil municipal, après en avoir délibéré, DÉCIDE d’attribuer une subvention.\nAdoptée à l’unanimité.\nDélibération n° 2025-018.\nPour extrait conforme.\n').acts.length, 1);
  // The platforms' stamp with a blank « Publié le » line is read whole.
  const stamped = parse(`Envoyé en préfecture le 12/05/2025\nReçu en préfecture le 12/05/2025\nPublié le\nID : 033-213303183-20250519-DEC2025_061-AU\n${arreteOf(POLICE, 'La salle est fermée.')}`);
  assert.equal(stamped.transmission?.transmissionDate, '2025-05-12');
});

test('a délibération is dated by its séance, not by the day its extrait was certified', () => {
  const act = parse('EXTRAIT DU REGISTRE DES DÉLIBÉRATIONS\nSéance du 31 janvier 2023\nObjet : Tarifs\nLe Conseil municipal, après en avoir délibéré, à l’unanimité, DÉCIDE de fixer les tarifs.\nFait à Pessac, le 8 février 2023\nLe Maire, Franck RAYNAL\n');
  assert.equal(act.date, '2023-01-31');
});

test('population unknown, more than 23 conseillers en exercice mean 5 jours francs of convocation (27 seats or more, L. 2121-2): a warning for 3', () => {
  const text = 'Commune de Pont-à-Mousson\nSéance du 16 juin 2025\nDate de convocation : 12 juin 2025\nConseillers en exercice : 33 – Présents : 25 – Représentés : 3 – Votants : 28\nSecrétaire de séance : Mme Anne LEROY\nObjet : Tarifs\nLe Conseil municipal, après en avoir délibéré, à l’unanimité, DÉCIDE de fixer les tarifs.\nFait à Pont-à-Mousson, le 16 juin 2025\nLe Maire, Henry LEMOINE\nLa secrétaire de séance, Anne LEROY\n';
  const d = analyze(text).diagnostics.find((x) => x.code === 'SEA-001');
  assert.equal(d?.severity, 'warning');
  assert.match(d?.message ?? '', /au moins 5 .*33 conseillers en exercice/);
  // 15 conseillers say nothing of it: information only.
  assert.notEqual(analyze(text.replace('Conseillers en exercice : 33 – Présents : 25 – Représentés : 3 – Votants : 28', 'Conseillers en exercice : 15 – Présents : 12 – Représentés : 1 – Votants : 13')).diagnostics.find((x) => x.code === 'SEA-001')?.severity, 'warning');
});

test('a recueil’s table of contents (« Arrêté n° … portant … ........ p. 2 ») gives no title or objet to the first act', () => {
  const doc = parseDocument('RECUEIL DES ACTES ADMINISTRATIFS\nSommaire\nArrêté n° 2025-0412 portant réglementation du stationnement ........ p. 2\nArrêté n° 2025-0413 portant interdiction de la circulation ........ p. 3\n\nARRÊTÉ N° 2025-0412\nportant réglementation du stationnement rue Haute\nLe Maire de Lexy,\nVu le code général des collectivités territoriales, notamment ses articles L. 2212-1 et L. 2213-1 ;\nConsidérant le marché ;\nARRÊTE :\nArticle unique : Le stationnement est interdit rue Haute.\nFait à Lexy, le 3 mars 2025\nLe Maire,\nJean DUPONT\n');
  assert.deepEqual(doc.acts.map((a) => [a.title?.text, a.object?.text]), [['ARRÊTÉ N° 2025-0412', 'portant réglementation du stationnement rue Haute']]);
});

test('a last hunt for false findings on regular acts', () => {
  // « Le Conseil municipal, à l’unanimité, » above the visas is the vote; « APPROUVE … » after the recitals is the verb.
  const opening = 'Délibération n° 2025-033\nSéance du 13 mars 2025\nDate de convocation : 6 mars 2025\nMembres en exercice : 15 – Présents : 12 – Représentés : 1 – Votants : 13\nSecrétaire de séance : Mme Anne LEROY\nObjet : Dénomination d’une voie\nLe Conseil municipal, à l’unanimité,\nVu le code général des collectivités territoriales, notamment son article L. 2121-29 ;\nConsidérant la création d’une voie nouvelle ;\nAPPROUVE la dénomination « rue Simone-Veil ».\nFait à Lexy, le 13 mars 2025\nLe Maire, Jean DUPONT\nLa secrétaire de séance, Anne LEROY\n';
  const act = parse(opening);
  assert.deepEqual([act.vote?.unanimous, act.dispositive?.verb], [true, 'APPROUVE']);
  assert.ok(!codes(opening).some((c) => c === 'SEA-005' || c === 'STR-001'));
  // The compte administratif's président elected « pour l’examen du compte administratif, il a élu Mme X présidente ».
  const ca = 'Séance du 19 juin 2025\nDate de convocation : 12 juin 2025\nConseillers en exercice : 33 – Présents : 28 – Représentés : 3 – Votants : 30\nSecrétaire de séance : M. Julien BERTRAND\nLe conseil municipal s’est réuni sous la présidence de M. Morgan BERGER, Maire. Pour l’examen du compte administratif, il a élu Mme Anne-Marie ROUSSEAU présidente de séance ; le Maire s’est retiré au moment du vote.\nObjet : Approbation du compte administratif 2024\nLe conseil municipal, après en avoir délibéré, APPROUVE le compte administratif 2024.\nAdoptée par 24 voix pour, 4 voix contre et 2 abstentions.\nFait à Lexy, le 19 juin 2025\nLa présidente de séance, Anne-Marie ROUSSEAU\nLe secrétaire de séance, Julien BERTRAND\n';
  assert.ok(!codes(ca).includes('SEA-008'));
  // An election stating its five days and two months for the rest of the délibération: no REC-006.
  const election = 'Séance du 3 juillet 2025\nObjet : Élection d’un adjoint au maire\nLe conseil municipal a procédé à l’élection d’un adjoint au scrutin secret.\nMme Claire MARTIN, ayant obtenu la majorité absolue, est proclamée adjointe.\nL’élection peut être contestée devant le tribunal administratif de Grenoble dans les cinq jours qui suivent (code électoral, art. R. 119) ; les autres dispositions de la présente délibération peuvent faire l’objet d’un recours devant le même tribunal dans un délai de deux mois à compter de sa publication.\nFait à Lexy, le 3 juillet 2025\nLe Maire, Jean DUPONT\n';
  assert.ok(!codes(election).includes('REC-006'));
  // A procès-verbal whose ordre du jour numbers the items before « Point n° 1 – Délibération n° … – objet ».
  const pv = parseDocument('PROCÈS-VERBAL DE LA SÉANCE DU CONSEIL MUNICIPAL DU 22 MAI 2025\nOrdre du jour :\n1. Compte de gestion 2024\n2. Acquisition de la parcelle AB 214\n\nPoint n° 1 – Délibération n° 2025-041 – Compte de gestion 2024\nLe conseil municipal, après en avoir délibéré, APPROUVE le compte de gestion.\nAdopté à l’unanimité.\n\nPoint n° 2 – Délibération n° 2025-042 – Acquisition de la parcelle AB 214\nLe conseil municipal, après en avoir délibéré, DÉCIDE d’acquérir la parcelle.\nAdopté par 30 voix pour et 1 contre.\n');
  assert.deepEqual(pv.acts.map((a) => [a.number?.value, a.object?.text]), [['2025-041', 'Compte de gestion 2024'], ['2025-042', 'Acquisition de la parcelle AB 214']]);
  // A compte rendu whose items are voted by majority is cut at each item.
  assert.equal(parseDocument('COMPTE RENDU DU CONSEIL MUNICIPAL DU 3 MARS 2025\n1. Budget primitif 2025\nLe Conseil municipal, après en avoir délibéré, à la majorité (11 voix pour, 2 contre), ADOPTE le budget.\n2. Tarifs municipaux\nLe Conseil municipal, après en avoir délibéré, par 13 voix pour, FIXE les tarifs.\n').acts.length, 2);
  // 0 to 2 jours francs is short for every commune: an error, whatever the seats.
  const short = 'Commune de Pont-à-Mousson\nSéance du 16 juin 2025\nDate de convocation : 14 juin 2025\nConseillers en exercice : 33 – Présents : 25 – Représentés : 3 – Votants : 28\nSecrétaire de séance : Mme Anne LEROY\nObjet : Tarifs\nLe Conseil municipal, après en avoir délibéré, à l’unanimité, DÉCIDE de fixer les tarifs.\nFait à Pont-à-Mousson, le 16 juin 2025\nLe Maire, Henry LEMOINE\nLa secrétaire de séance, Anne LEROY\n';
  assert.ok(codes(short, 'error').includes('SEA-001'));
  // « Fait à Lexy, le ........ 2025 » is a closing left blank, not a table of contents.
  assert.ok(parse(arreteOf(POLICE, 'La salle est fermée.').replace('Fait à Lexy, le 1er mars 2025', 'Fait à Lexy, le ........ 2025')).placeDate !== null);
});

test('a third review by juristes: délibérations', () => {
  const seance = 'Commune de Lexy\nSéance du 19 mai 2025\nDate de convocation : 13 mai 2025\nConseillers en exercice : 15 – Présents : 11 – Représentés : 2 – Votants : 13\nSecrétaire de séance : Mme Anne LEROY\n';
  // The tally written under « Le Conseil municipal, après en avoir délibéré, », before « DÉCIDE : », is the act's vote:
  // one act, not two.
  const tallyFirst = `${seance}Délibération n° 2025-052\nObjet : Garantie d’emprunt\nVu le code général des collectivités territoriales, notamment son article L. 2252-1 ;\nLe Conseil municipal, après en avoir délibéré,\nPour : 10 – Contre : 2 – Abstentions : 1\n\nDÉCIDE :\nArticle 1er : La commune accorde sa garantie.\nArticle 2 : Le Maire est autorisé à signer le contrat.\nFait à Lexy, le 19 mai 2025\nLe Maire, Jean DUPONT\nLa secrétaire de séance, Anne LEROY\n`;
  const doc = parseDocument(tallyFirst);
  assert.equal(doc.acts.length, 1);
  assert.deepEqual([doc.acts[0].vote?.for, doc.acts[0].vote?.against, doc.acts[0].articles.length], [10, 2, 2]);
  assert.deepEqual(codes(tallyFirst), []);
  // The votants of one délibération, when the maire left the room for the compte financier unique: no SEA-005.
  const withdrawn = tallyFirst.replace('Délibération n° 2025-052', 'Délibération n° 2025-052\nLe Maire a quitté la salle au moment du vote.\nNombre de votants pour cette délibération : 12').replace('Pour : 10 – Contre : 2 – Abstentions : 1', 'Pour : 9 – Contre : 2 – Abstentions : 1');
  assert.equal(parse(withdrawn).vote?.voters, 12);
  assert.ok(!codes(withdrawn).includes('SEA-005'));
  // A procès-verbal's summary of a délibération with its tally and no verb: no STR-001.
  const pv = 'PROCÈS-VERBAL DE LA SÉANCE DU CONSEIL MUNICIPAL DU 3 MARS 2025\n\n1. Délibération n° 2025-010 — Tarifs\nLe Conseil municipal, après en avoir délibéré, à l’unanimité, FIXE les tarifs.\n\n2. Délibération n° 2025-011 — Subvention au Rugby Club\nUne subvention de 1 500 € est attribuée au Rugby Club.\nVote : 17 votants — Pour : 14 — Contre : 1 — Abstentions : 2\n';
  assert.ok(!analyze(pv).diagnostics.some((d) => d.code === 'STR-001' && d.severity === 'warning'));
  // « DÉCISION DU BUREAU » under L. 5211-10 is the bureau's délibération.
  assert.equal(parse('COMMUNAUTÉ DE COMMUNES DU VAL\nDÉCISION DU BUREAU N° B2025-031\nSéance du 22 avril 2025\nMembres du Bureau en exercice : 15 – Présents : 11 – Votants : 13\nLe Bureau communautaire, après en avoir délibéré, à l’unanimité, DÉCIDE d’attribuer le marché.\n').kind, 'deliberation-epci-bureau');
  // The commission permanente of a département: its séance follows the département's articles, not L. 2121-23.
  const cp = 'DÉPARTEMENT DES BOUCHES-DU-RHÔNE\nCOMMISSION PERMANENTE\nRéunion du vendredi 20 juin 2025\nDÉLIBÉRATION N° 147\nOBJET : Aide aux communes\nLa Commission permanente du Conseil départemental des Bouches-du-Rhône s’est réunie le 20 juin 2025 sous la présidence de M. Laurent GIRAUDI.\nMembres de la commission permanente : 58 – Présents : 44 – Représentés : 9 – Votants : 53\nVu le code général des collectivités territoriales ;\nLa Commission permanente, après en avoir délibéré, DÉCIDE d’attribuer les subventions.\nAdopté à l’unanimité.\nFait à Marseille, le 20 juin 2025\nLe Président du Conseil départemental,\nLaurent GIRAUDI\n';
  assert.equal(parse(cp).authorBody, 'departement');
  assert.ok(!codes(cp).some((c) => c === 'SEA-010' || c === 'SEA-007' || c === 'SEA-001'));
  // A pouvoir given to « M. VERDIER », listed absent, without first names on either list.
  const absent = `${seance.replace('Secrétaire', 'Présents : Mme LAVAL, M. BOUNY, Mme CHASTANG.\nAbsents excusés : Mme SOUDANT (pouvoir à M. VERDIER).\nAbsents : M. VERDIER, Mme TOURNEIX.\nSecrétaire')}Objet : Adhésion\nLe Conseil municipal, après en avoir délibéré, à l’unanimité, DÉCIDE d’adhérer au service.\nFait à Lexy, le 19 mai 2025\nLe Maire, Jean DUPONT\nLa secrétaire de séance, Anne LEROY\n`;
  assert.ok(codes(absent).includes('SEA-014'));
});

test('a third review by juristes: arrêtés', () => {
  // A parking ban « afin de permettre le déménagement de la société X » serves the company: no measure against it.
  const ban = arreteOf('Vu le code général des collectivités territoriales, notamment ses articles L. 2213-1 et L. 2213-2 ;\nVu la demande de la société Déménagements LEGRAND ;\n', 'Le 7 juin 2025, le stationnement est interdit au droit du 45 rue de la Jarry, afin de permettre le stationnement du véhicule de la société Déménagements LEGRAND.');
  assert.ok(!codes(ban).some((c) => c === 'MOT-001' || c === 'MOT-002'));
  // The same ban against the company stays a measure against it.
  assert.ok(parse(arreteOf(POLICE, 'Il est interdit à la société LEGRAND de stationner ses véhicules rue Haute.')).mentions.some((m) => m.kind === 'unfavourable-measure' && m.flag));
  // Signatories by délégation: one each, with the whole quality.
  const signer = (s: string) => parse(arreteOf(POLICE, 'La salle est fermée.', s)).signatories.map((x) => [x.name, x.quality]);
  assert.deepEqual(signer('Pour la Maire et par délégation,\nL’Adjoint délégué aux ressources humaines,\nAbdel GHEZALI'), [['Abdel GHEZALI', 'Pour la Maire et par délégation, L’Adjoint délégué aux ressources humaines']]);
  assert.deepEqual(signer('Pour le Président du Conseil départemental et par délégation,\nLe Directeur des Routes,\nJean MARTIN'), [['Jean MARTIN', 'Pour le Président du Conseil départemental et par délégation, Le Directeur des Routes']]);
  assert.deepEqual(signer('Pour le Maire et par délégation,\nLe Conseiller municipal délégué à l’espace public,\nStéphane MARI'), [['Stéphane MARI', 'Pour le Maire et par délégation, Le Conseiller municipal délégué à l’espace public']]);
  assert.deepEqual(signer('La Vice-présidente chargée des ressources humaines,\nClaire DUBOIS'), [['Claire DUBOIS', 'La Vice-présidente chargée des ressources humaines']]);
  // « Commune de Montbrison (Loire) »: the département, and the name without it.
  const loire = parse('RÉPUBLIQUE FRANÇAISE\nCommune de Montbrison (Loire)\nARRÊTÉ N° 2025-12\nLe Maire,\nVu le code ;\nARRÊTE :\nArticle 1er : x.\n');
  assert.deepEqual([loire.header.departement?.name, loire.header.collectivite?.name], ['Loire', 'Commune de Montbrison']);
  // An objet written over several lines is read whole.
  const objet = parse('ARRÊTÉ N° 2025-87\nportant réglementation temporaire de la circulation\nsur la route départementale n° 817,\nhors agglomération\n\nLe Président du Conseil départemental,\nVu le code de la route ;\nARRÊTE :\nArticle 1er : x.\n').object?.text.replace(/\s+/g, ' ');
  assert.equal(objet, 'portant réglementation temporaire de la circulation sur la route départementale n° 817, hors agglomération');
});

test('a recueil that groups its délibérations by séance: each act has its séance, and « (mêmes présences) » those of the act before', () => {
  const delib = (n: string, seanceLine: string, objet: string) => `DÉLIBÉRATION N° ${n}\n${seanceLine}Objet : ${objet}\n\nVu le code général des collectivités territoriales ;\n\nLe Conseil municipal, après en avoir délibéré, à l’unanimité,\n\nArticle 1er : Fixe les tarifs.\n\nLa Maire, Laurence CHAREYRE — Le secrétaire de séance, Karim BENALI\nID : 038-213801236-${n.replace(/\D/g, '').slice(0, 8)}-X-DE\n\n──────────\n\n`;
  const text = `VILLE DE SAINT-MARTIN\n\nRECUEIL DES ACTES ADMINISTRATIFS\nN° 2025-02 — Deuxième trimestre 2025\n\nSOMMAIRE\nDEL-2025-045 — Tarifs ........ p. 2\n\n──────────\n\nCONSEIL MUNICIPAL — SÉANCE DU 22 MAI 2025\n\nConvocation du 16 mai 2025. Conseillers en exercice : 33 ; présents : 26 ; représentés : 5 ; votants : 31.\n\n${delib('DEL-2025-045', '', 'Tarifs')}${delib('DEL-2025-046', 'Séance du 22 mai 2025 (mêmes présences)\n', 'Redevance')}CONSEIL MUNICIPAL — SÉANCE DU 26 JUIN 2025\n\nConvocation du 20 juin 2025. Conseillers en exercice : 33 ; présents : 24 ; représentés : 6 ; votants : 30.\n\n${delib('DEL-2025-058', '', 'Adhésion')}`;
  const doc = parseDocument(text);
  assert.deepEqual(doc.acts.map((a) => [a.number?.value, a.seance?.date, a.seance?.convocationDate, a.seance?.present]), [
    ['DEL-2025-045', '2025-05-22', '2025-05-16', 26],
    ['DEL-2025-046', '2025-05-22', '2025-05-16', 26],
    ['DEL-2025-058', '2025-06-26', '2025-06-20', 24],
  ]);
  assert.ok(!codes(text).some((c) => c === 'SEA-001' || c === 'SEA-003'));
});

test('a third review by juristes: more forms read', () => {
  // A procès-verbal whose items are « Délibération 2025-01 : objet », each voted « Vote : unanimité » or « Vote : 12 pour ».
  const pv = parseDocument('Commune de Saint-Pierre (Dordogne)\n\nProcès-verbal du conseil municipal\nSéance du 3 février 2025 à 20 heures\nMembres en exercice : 15 - Présents : 10 - Pouvoirs : 2 - Votants : 12\n\nDélibération 2025-01 : Modification des statuts du SIVOS\nLe conseil approuve la modification des statuts adoptée par le comité syndical.\nVote : unanimité (12 voix)\n\nDélibération 2025-02 : Élection des délégués au SIVOS\nSont élus : M. Daniel FAURE et Mme Valérie SOULIER.\nVote : 12 pour\n');
  assert.deepEqual(pv.acts.map((a) => [a.kind, a.number?.value, a.object?.text, a.vote?.unanimous, a.vote?.for]), [
    ['deliberation-cm', '2025-01', 'Modification des statuts du SIVOS', true, null],
    ['deliberation-cm', '2025-02', 'Élection des délégués au SIVOS', false, 12],
  ]);
  // « Secrétaire de séance : M. ZANARDI. », « Secrétaire élu : Mme Hélène DUCLOS-MARTIN ».
  const sec = (line: string) => parse(`Séance du 3 mars 2025\nConseillers en exercice : 15 – Présents : 12 – Votants : 12\n${line}\nObjet : Tarifs\nLe Conseil municipal, après en avoir délibéré, DÉCIDE de fixer les tarifs.\n`).seance?.secretary;
  assert.equal(sec('Secrétaire de séance : M. ZANARDI.'), 'ZANARDI');
  assert.equal(sec('Secrétaire élu : Mme Hélène DUCLOS-MARTIN'), 'Hélène DUCLOS-MARTIN');
  // A séance's figures in a table drawn in boxes.
  const boxed = parse('Séance du 23 septembre 2025\n┌──────────┬────┐\n│ Conseillers en exercice │  27  │\n│ Conseillers présents    │  19  │\n│ Pouvoirs                │   5  │\n│ Votants                 │  24  │\n└──────────┴────┘\nObjet : Cession\nLe Conseil municipal, après en avoir délibéré, DÉCIDE de céder la parcelle.\n').seance;
  assert.deepEqual([boxed?.membersInOffice, boxed?.present, boxed?.represented, boxed?.voters], [27, 19, 5, 24]);
  // « Conseil d’agglomération » is an EPCI's conseil.
  assert.equal(parse('Grand Chambéry Agglomération\nConseil d’agglomération\nSéance du 3 mars 2025\nConseillers en exercice : 80 – Présents : 60 – Votants : 70\nObjet : Redevance\nLe Conseil, après en avoir délibéré, DÉCIDE de fixer la redevance.\n').kind, 'deliberation-epci-conseil');
  // An arrêté's number alone on its line, « Le Maire-adjoint chargé de la voirie », « Fait en l’Hôtel de Ville, à X, le … »,
  // « Certifié exécutoire » over its dates, « (Eure-et-Loir) » under the commune.
  const arrete = parse('COMMUNE DE VERNOUILLET\n(Eure-et-Loir)\n\nARR/ST/2025/87\n\nARRÊTÉ TEMPORAIRE DE STATIONNEMENT\n\nLe Maire de Vernouillet,\nVu le code de la route ;\nARRÊTE :\nArticle 1er : Le stationnement est interdit rue Haute.\nFait en l’Hôtel de Ville, à Vernouillet, le 18 novembre 2025.\nLe Maire-adjoint chargé de la voirie,\nPaul DURAND\n\nCertifié exécutoire\nTransmis en sous-préfecture le 19 novembre 2025\nPublié le 19 novembre 2025\n');
  assert.deepEqual([arrete.number?.value, arrete.header.departement?.name, arrete.placeDate?.place, arrete.signatories[0]?.quality, arrete.executoire?.dates], ['ARR/ST/2025/87', 'Eure-et-Loir', 'Vernouillet', 'Le Maire-adjoint chargé de la voirie', ['2025-11-19', '2025-11-19']]);
  // The number's own line is no objet.
  assert.equal(parse('ARRÊTÉ DE MISE EN SÉCURITÉ – PROCÉDURE ORDINAIRE\nN° 2025-HAB-0031\n\nLe Maire de Sète,\nVu le code de la construction et de l’habitation ;\nARRÊTE :\nArticle 1er : x.\n').object, null);
  // A tribunal whose seat begins with a vowel: « celui d’Orléans ».
  const [orleans] = fired(`COMMUNE DE VERNOUILLET\n(Eure-et-Loir)\n${arreteOf(POLICE, 'Le présent arrêté peut faire l’objet d’un recours devant le tribunal administratif de Versailles dans un délai de deux mois à compter de sa publication.').replace(/Lexy/g, 'Vernouillet')}`, 'REC-002');
  assert.match(orleans?.message ?? '', /celui d’Orléans, pas celui de Versailles/);
});

test('a second review by juristes: false findings on regular documents', () => {
  // « Vu la délibération … chargeant le maire de réaliser les lignes de trésorerie » is the délibération that delegates.
  const decision = 'DÉCISION N° 2025-14\nLe Maire de Lexy,\nVu le code général des collectivités territoriales, notamment ses articles L. 2122-22 (20°) et L. 2122-23 ;\nVu la délibération n° 2020/067 du conseil municipal en date du 3 juillet 2020 chargeant le maire de réaliser les lignes de trésorerie sur la base d’un montant maximum de 2 000 000 € ;\nDÉCIDE :\nArticle 1er : Une ligne de trésorerie de 500 000 € est ouverte auprès de la Caisse d’épargne.\nArticle 2 : Il sera rendu compte de la présente décision au conseil municipal.\nFait à Lexy, le 3 mars 2025\nLe Maire,\nJean DUPONT\n';
  assert.ok(!codes(decision).includes('DEL-002'));
  // A convocation and the list of the délibérations examined (L. 2121-25) are no acts.
  assert.equal(parse('COMMUNE DE LEXY\n\nObjet : Convocation au conseil municipal\n\nMadame, Monsieur,\nJ’ai l’honneur de vous convoquer à la séance du conseil municipal du 19 novembre 2024.\nOrdre du jour :\n1. Compte rendu des décisions prises par le maire en vertu de l’article L. 2122-22 du CGCT\n').kind, 'unknown');
  assert.deepEqual(codes('LISTE DES DÉLIBÉRATIONS EXAMINÉES PAR LE CONSEIL MUNICIPAL\nSéance du 14 octobre 2025\nN° 2025-101 — Décision modificative n° 2 — Adoptée — Pour : 30 — Contre : 0\nN° 2025-102 — Création d’un emploi — Adoptée à l’unanimité\nN° 2025-103 — Tarifs 2026 — Adoptée — Pour : 24 — Contre : 6\nLe Maire,\nJean DUPONT\n'), []);
  // « sauf si le conseil décide à l’unanimité de ne pas y procéder » recalls the rule of L. 2121-21: no vote.
  assert.equal(parse('Séance du 3 mars 2025\nObjet : Désignation d’un délégué\nIl est voté au scrutin secret lorsqu’il y a lieu de procéder à une nomination, sauf si le conseil décide à l’unanimité de ne pas y procéder.\nLe conseil municipal procède à l’élection. M. Jérôme BÉNARD : 15 voix ; Mme Sandrine LECOQ : 8 voix.\n').vote?.unanimous ?? null, null);
  // A président de séance elected for the compte financier unique, the election's words set apart by commas.
  const cfu = 'Séance du 19 juin 2025\nDate de convocation : 12 juin 2025\nConseillers en exercice : 27 – Présents : 22 – Représentés : 3 – Votants : 24\nSecrétaire de séance : M. Julien BERTRAND\nLe conseil municipal s’est réuni sous la présidence de M. Jean-Jacques DE PERETTI, maire.\nObjet : Approbation du compte financier unique 2024\nLe conseil municipal a élu, à main levée et à l’unanimité, Mme Christiane DELMAS, première adjointe, pour présider la séance lors de l’examen et du vote du compte financier unique. M. le maire quitte la salle au moment du vote.\nLe conseil municipal, après en avoir délibéré, APPROUVE le compte financier unique 2024.\nAdopté par 20 voix pour et 4 contre.\nFait à Lexy, le 19 juin 2025\nLa présidente de séance, Christiane DELMAS\nLe secrétaire de séance, Julien BERTRAND\n';
  assert.ok(!codes(cfu).includes('SEA-008'));
  // Suppléants sitting for absent titulaires are present (L. 5211-6, L. 5212-7).
  assert.equal(parse('Séance du 3 mars 2025\nDélégués en exercice : 24\nPrésents : 15 délégués titulaires et 2 délégués suppléants ayant voix délibérative\nPouvoirs : 1\nVotants : 18\nObjet : Tarifs\nLe comité syndical, après en avoir délibéré, DÉCIDE de fixer les tarifs.\n').seance?.present, 17);
  // A one-month delay the mention grounds on the text it cites (CASF, art. R. 351-15): information, not a warning.
  const ehpad = arreteOf('Vu le code de l’action sociale et des familles ;\n', 'Le présent arrêté peut faire l’objet d’un recours devant le tribunal administratif de Caen dans un délai d’un mois à compter de sa publication, en application de l’article R. 351-15 du code de l’action sociale et des familles.');
  assert.ok(!codes(ehpad).includes('REC-001'));
  // « M. le maire regagne la salle et reprend la présidence » is no signature.
  assert.deepEqual(parse('Séance du 3 mars 2025\nObjet : Tarifs\nLe conseil municipal, après en avoir délibéré, DÉCIDE de fixer les tarifs.\nAdopté à l’unanimité.\nM. le maire regagne la salle et reprend la présidence.\n').signatories, []);
});

test('a second review by juristes: séances, signatures and headers read', () => {
  const seance = (lines: string) => parse(`${lines}\nObjet : Tarifs\nLe conseil municipal, après en avoir délibéré, DÉCIDE de fixer les tarifs.\n`).seance;
  // The second convocation after a first one without quorum is the séance's.
  assert.equal(seance('Séance du 17 octobre 2024 (seconde convocation)\nPremière convocation : 10 octobre 2024, pour la séance du 15 octobre 2024\nSeconde convocation : 16 octobre 2024')?.convocationDate, '2024-10-16');
  // Présents at the vote; in the room and by visioconférence; « sur 29 membres en exercice »; « qui ont pris part à la
  // délibération : 12 »; « Secrétaire : Mme X. » in a sentence.
  assert.equal(seance('Séance du 3 mars 2025\nPrésents à l’ouverture de la séance (19) : M. Jean MARTIN, …\nPrésents au moment du vote : 20 — Représentés : 4 — Votants : 24')?.present, 20);
  assert.equal(seance('Séance du 3 mars 2025\nPrésents en salle : 38 — Présents par visioconférence : 7')?.present, 45);
  const s = seance('Séance du 3 mars 2025\nLe quorum étant atteint (19 présents sur 29 membres en exercice). Présidence : M. Patrick BERRY, maire. Secrétaire : Mme Élodie VIAL.\nMembres qui ont pris part à la délibération : 25');
  assert.deepEqual([s?.membersInOffice, s?.voters, s?.secretary], [29, 25, 'Élodie VIAL']);
  // Signatures with no « Fait à »: two columns, or one line each; a Markdown table.
  const closing = (block: string) => parse(`Séance du 3 mars 2025\nObjet : Tarifs\nLe conseil municipal, après en avoir délibéré, DÉCIDE :\nArticle 1er : Les tarifs sont fixés.\nArticle 2 : La recette sera imputée au budget.\n\n${block}\n`).signatories.map((x) => [x.name, x.quality]);
  const both = [['Fabrice ROUSSEL', 'Le maire'], ['Lise BOUDAUD', 'La secrétaire de séance']];
  assert.deepEqual(closing('Le maire,                              La secrétaire de séance,\nFabrice ROUSSEL                        Lise BOUDAUD'), both);
  assert.deepEqual(closing('Le maire, Fabrice ROUSSEL\nLa secrétaire de séance, Lise BOUDAUD'), both);
  assert.deepEqual(closing('| Le maire | La secrétaire de séance |\n|---|---|\n| Fabrice ROUSSEL | Lise BOUDAUD |'), both);
  // « COMMUNE NOUVELLE DE X » and « BREST MÉTROPOLE » are collectivités.
  assert.deepEqual([parse('COMMUNE NOUVELLE DE BEAUFORT-EN-ANJOU\nARRÊTÉ N° 1\nLe Maire,\nVu le code ;\nARRÊTE :\nArticle 1er : x.\n').header.collectivite?.type, parse('BREST MÉTROPOLE\nARRÊTÉ N° 1\nLe Président,\nVu le code ;\nARRÊTE :\nArticle 1er : x.\n').header.collectivite?.type], ['commune', 'metropole']);
  // « tribunal admi-⏎nistratif de Montreuil », cut at a line end.
  assert.equal(parse(arreteOf(POLICE, 'Le présent arrêté peut faire l’objet d’un recours devant le tribunal admi-\nnistratif de Montreuil dans un délai de deux mois.')).recours?.tribunal, 'Montreuil');
  // The population the header states sets the convocation's délai.
  const pop = analyze('Commune de Saint-Pierre (Dordogne) — 640 habitants\nSéance du 3 février 2025\nConvocation : 30 janvier 2025\nMembres en exercice : 15 - Présents : 10 - Votants : 10\nSecrétaire de séance : Sophie PASQUET\nObjet : Tarifs\nLe conseil municipal, après en avoir délibéré, à l’unanimité, DÉCIDE de fixer les tarifs.\nFait à Saint-Pierre, le 3 février 2025\nLa maire, Josette DELPEYRAT\nLa secrétaire de séance, Sophie PASQUET\n').diagnostics.find((d) => d.code === 'SEA-001');
  assert.equal(pop, undefined);
});

test('a second review by juristes: headers, objets and flattened texts', () => {
  // A département written alone under the commune; an acronym in parentheses is no département.
  const header = (lines: string) => parse(`${lines}\nARRÊTÉ N° 2025-12\nLe Maire,\nVu le code ;\nARRÊTE :\nArticle 1er : x.\n`).header.departement?.name ?? null;
  assert.equal(header('VILLE D’AJACCIO\nCorse-du-Sud'), 'Corse-du-Sud');
  assert.equal(header('COMMUNE DE SÈTE\nHérault'), 'Hérault');
  assert.equal(header('SYNDICAT INTERCOMMUNAL À VOCATION MULTIPLE\n(SIVOM du Val de Sully)'), null);
  assert.equal(header('COMMUNE DE SÈTE\nDirection de l’Urbanisme'), null);
  const [sete] = fired(`COMMUNE DE SÈTE\nHérault\n${arreteOf(POLICE, 'Le présent arrêté peut faire l’objet d’un recours devant le tribunal administratif de Marseille dans un délai de deux mois à compter de sa publication.').replace(/Lexy/g, 'Sète')}`, 'REC-002');
  assert.match(sete?.message ?? '', /celui de Montpellier/);
  // An objet written as a subtitle: « Réglementation temporaire de la circulation … » under the title.
  assert.equal(parse('ARRÊTÉ N° 2025-AR-0142\n\nRéglementation temporaire de la circulation et du stationnement\navenue du Général de Gaulle – travaux\n\nLe Maire de Saint-Égrève,\nVu le code de la route ;\nARRÊTE :\nArticle 1er : x.\n').object?.text.replace(/\s+/g, ' '), 'Réglementation temporaire de la circulation et du stationnement avenue du Général de Gaulle – travaux');
  // A délibération copied as one line: its number, and its objet up to the next label.
  const flat = parse('COMMUNE DE LUÇON Département de la Vendée EXTRAIT DU REGISTRE DES DÉLIBÉRATIONS DU CONSEIL MUNICIPAL Séance du 30 janvier 2024 Délibération n° 2024-08 Objet : Garantie d’emprunt accordée à Vendée Habitat pour la construction de 12 logements, rue des Sables Nombre de conseillers en exercice : 29 Présents : 24 Représentés : 4 Votants : 28 Date de convocation : 23 janvier 2024 Secrétaire de séance : M. Quentin LAFFON Le conseil municipal,\nVu le code général des collectivités territoriales ;\nAprès en avoir délibéré, à l’unanimité,\nDÉCIDE d’accorder sa garantie.\n');
  assert.deepEqual([flat.number?.value, flat.object?.text], ['2024-08', 'Garantie d’emprunt accordée à Vendée Habitat pour la construction de 12 logements, rue des Sables']);
});

test('the cession of an immeuble under the 10° of L. 2122-22 (biens mobiliers) is outside the matter invoked (DEL-007)', () => {
  const decision = (objet: string) => `DÉCISION N° 2025-D-052\nObjet : ${objet}\nLe Maire d’Épernay,\nVu le code général des collectivités territoriales, notamment ses articles L. 2122-22 (10°) et L. 2122-23 ;\nVu la délibération du conseil municipal n° 2020-071 du 9 juillet 2020 portant délégation au maire en matière d’aliénation de gré à gré de biens mobiliers jusqu’à 4 600 euros (10°) ;\nDÉCIDE\nArticle 1er : Le bien est cédé pour un prix de 3 000 euros.\nArticle 2 : Il sera rendu compte de la présente décision au conseil municipal.\nFait à Épernay, le 7 avril 2025\nLe Maire,\nFranck LEROY\n`;
  assert.ok(codes(decision('Cession de l’immeuble communal situé 6 rue Jean-Moët')).includes('DEL-007'));
  assert.ok(!codes(decision('Cession d’un véhicule utilitaire réformé')).includes('DEL-007'));
});

test('a délibération visée « du conseil municipal n° … du … » or « n° … du conseil municipal du … » has its number and its date: one adopted after the act is flagged', () => {
  const refs = (visa: string) => parse(`ARRÊTÉ N° 1\nLe Maire de Lexy,\n${visa}\nARRÊTE :\nArticle 1er : x.\nFait à Lexy, le 3 mars 2025\nLe Maire,\nJean DUPONT\n`).references.filter((r) => r.type === 'deliberation').map((r) => [r.number, r.date]);
  assert.deepEqual(refs('Vu la délibération du conseil municipal n° 2025-031 du 17 mars 2025 ;'), [['2025-031', '2025-03-17']]);
  assert.deepEqual(refs('Vu la délibération n° 2025-031 du conseil municipal du 17 mars 2025 ;'), [['2025-031', '2025-03-17']]);
  assert.deepEqual(refs('Vu la délibération du conseil municipal du 17 mars 2025 ;'), [[null, '2025-03-17']]);
  const later = arreteOf('Vu le code général des collectivités territoriales ;\nVu la délibération du conseil municipal du 17 mars 2025 approuvant le règlement du marché ;\n', 'Le règlement du marché est applicable.');
  assert.match(fired(later, 'DAT-002')[0]?.message ?? '', /La délibération du 17 mars 2025 est postérieure à l’acte/);
});

test('a third review on the fixed build: what the day’s changes had broken or left out', () => {
  // A recueil grouped by séance: the second délibération of each séance is of that séance (a false DAT-001 error).
  const delib = (n: string, objet: string) => `Délibération n° ${n} – ${objet}\nVu le code général des collectivités territoriales ;\nLe conseil municipal, après en avoir délibéré, à l’unanimité, DÉCIDE :\nArticle 1er : ${objet} est approuvé.\n\n`;
  const recueil = `COMMUNE DE LAGUIOLE\n\nRECUEIL DES DÉLIBÉRATIONS DU CONSEIL MUNICIPAL – 2e TRIMESTRE 2025\n\nSÉANCE DU 7 AVRIL 2025\nDate de convocation : 2 avril 2025\nMembres en exercice : 15 – Présents : 13 – Représentés : 1 – Votants : 14\n\n${delib('2025-020', 'Le compte')}${delib('2025-021', 'L’affectation')}SÉANCE DU 16 JUIN 2025\nDate de convocation : 11 juin 2025\nMembres en exercice : 15 – Présents : 9 – Représentés : 3 – Votants : 12\n\n${delib('2025-032', 'Le tarif')}${delib('2025-033', 'La convention')}Le Maire,\nVincent ALAZARD\n`;
  assert.deepEqual(parseDocument(recueil).acts.map((a) => [a.number?.value, a.seance?.date, a.seance?.present]), [['2025-020', '2025-04-07', 13], ['2025-021', '2025-04-07', 13], ['2025-032', '2025-06-16', 9], ['2025-033', '2025-06-16', 9]]);
  assert.ok(!codes(recueil, 'error').includes('DAT-001'));
  // A Markdown table whose other column holds the notification box: the name under the quality (a false SIG-001 error).
  const table = parse(`${arreteOf(POLICE, 'M. Paul DURAND est nommé stagiaire.', '')}| Le Président,    | Notifié le .................. |\n|                  | Signature de l’agent :         |\n| Alain BARBE      |                                |\n`);
  assert.deepEqual(table.signatories.map((s) => [s.name, s.quality]), [['Alain BARBE', 'Le Président']]);
  // « Le 16 juin 2025, » over the signature, with its comma.
  const comma = parse(arreteOf(POLICE, 'La circulation est interdite.', '').replace('Fait à Lexy, le 1er mars 2025\n', 'Le 16 juin 2025,\n\nPour le Maire et par délégation,\nL’adjoint délégué à la sécurité,\nBernard NIEL\n'));
  assert.deepEqual([comma.placeDate?.date, comma.signatories[0]?.name], ['2025-06-16', 'Bernard NIEL']);
  // The verb after a tally written between the formula and « DÉCIDE : ».
  assert.equal(parse('Séance du 3 mars 2025\nObjet : Aire de camping-cars\nVu le code du tourisme ;\nLe conseil municipal, après en avoir délibéré,\npar 21 voix pour, 3 voix contre et 2 abstentions,\nDÉCIDE :\nArticle 1er : Le projet est approuvé.\n').dispositive?.verb, 'DÉCIDE');
  // « Membres de la commission permanente : 54 »; a number « 2025-DCM-054 » alone above the title.
  assert.equal(parse('COMMISSION PERMANENTE\nRéunion du 2 juin 2025\nMembres de la commission permanente : 54 – Présents : 40\nDÉLIBÉRATION N° CP-2025-06-02-031\nLa Commission permanente, après en avoir délibéré, DÉCIDE d’attribuer l’aide.\n').seance?.membersInOffice, 54);
  assert.equal(parse('COMMUNE DE LEXY\n\n2025-DCM-054\n\nDÉLIBÉRATION DU CONSEIL MUNICIPAL\nSéance du 3 mars 2025\nObjet : Tarifs\nLe conseil municipal, après en avoir délibéré, DÉCIDE de fixer les tarifs.\n').number?.value, '2025-DCM-054');
});

test('a pouvoir written in prose (« Mme SOUDANT a donné pouvoir à M. VERDIER. ») to a member listed absent: SEA-014', () => {
  const text = 'Commune de Lexy\nSéance du 27 février 2025\nDate de convocation : 21 février 2025\nMembres en exercice : 15 – Présents : 11 – Représentés : 2 – Votants : 13\nPrésents : Mme LAVAL, M. BOUNY, Mme CHASTANG.\nMme SOUDANT a donné pouvoir à M. VERDIER. M. ROUSSEL a donné pouvoir à Mme LAVAL.\nAbsents : M. VERDIER, Mme TOURNEIX.\nSecrétaire de séance : Mme CHASTANG.\nObjet : Adhésion\nLe Conseil municipal, après en avoir délibéré, à l’unanimité, DÉCIDE d’adhérer au service.\nFait à Lexy, le 27 février 2025\nLe Maire, Christiane LAVAL\nLa secrétaire de séance, Anne CHASTANG\n';
  assert.deepEqual(parse(text).members?.proxies.map((p) => [p.from.text, p.to.text]), [['Mme SOUDANT', 'M. VERDIER'], ['M. ROUSSEL', 'Mme LAVAL']]);
  assert.match(fired(text, 'SEA-014')[0]?.message ?? '', /M\. VERDIER reçoit le pouvoir de Mme SOUDANT/);
});

test('a fourth review by juristes (urbanisme, templates, PDF exports, EPCI): the false warnings and misreadings it found', () => {
  // A conseil communautaire's délibération whose exposé says the bureau validated the project is the conseil's: no
  // EPCI-004 asking for the delegation to the bureau.
  const conseil = (expose: string) => `COMMUNAUTÉ DE COMMUNES DU PÉRIGORD NONTRONNAIS\n\nEXTRAIT DU REGISTRE DES DÉLIBÉRATIONS DU CONSEIL COMMUNAUTAIRE\nSéance du jeudi 26 juin 2025\nDélibération n° DEL2025_087\nObjet : Demande de subvention DSIL\n\nDate de convocation : 19 juin 2025\nNombre de conseillers communautaires en exercice : 45\nPrésents : 31\nVotants : 31\n\n${expose}\n\nVu le code général des collectivités territoriales ;\n\nLe Conseil communautaire, après en avoir délibéré,\n\nSOLLICITE une subvention de 992 000 euros au titre de la DSIL 2025.\n\nAdoptée à l’unanimité.\n\nFait à Nontron, le 26 juin 2025\n\nLe Président,\nPascal BOURDEAU\n`;
  assert.equal(parse(conseil('L’avant-projet a été validé par le bureau communautaire le 5 juin.')).kind, 'deliberation-epci-conseil');
  assert.ok(!codes(conseil('L’avant-projet a été validé par le bureau communautaire le 5 juin.')).includes('EPCI-004'));
  assert.equal(parse(conseil('').replace('DU CONSEIL COMMUNAUTAIRE', 'DU BUREAU COMMUNAUTAIRE')).kind, 'deliberation-epci-bureau');
  // The règlement annexed after the signature has its own articles: they are not the délibération's (a false STR-003).
  const annexed = `${seanceHead('En exercice : 29 – Présents : 22 – Votants : 22')}Vu le code général des collectivités territoriales ;\nLe Conseil municipal, après en avoir délibéré, DÉCIDE :\nArticle 1er : Le règlement du cimetière annexé à la présente délibération est adopté.\nArticle 2 : Le règlement du 23 mars 1987 est abrogé.\nAdoptée à l’unanimité.\n${closingOf}\nANNEXE\n\nRÈGLEMENT INTÉRIEUR DU CIMETIÈRE\n\nArticle 1er – Objet du règlement\nLe présent règlement fixe les règles applicables au cimetière.\n\nArticle 2 – Horaires\nLe cimetière est ouvert de 8 heures à 19 heures.\n`;
  assert.deepEqual(parse(annexed).articles.map((a) => a.number), ['1er', '2']);
  assert.ok(!codes(annexed).includes('STR-003'));
  // A word cut by a hyphen at a line end (a PDF export): « devant le tri- » / « bunal administratif de Nantes » names
  // the tribunal; an objet « … des manifes- » / « tations estivales … » goes on over its second line.
  const exported = `DÉCISION N° DEC2025_044\nObjet : Fixation des tarifs des droits de place et des manifes-\ntations estivales pour l’année 2025\n\nLe Maire de Doué-en-Anjou,\nVu le code général des collectivités territoriales, notamment son article L. 2122-22 ;\nDÉCIDE :\nArticle 1er : Le droit de place est fixé à 1,10 euro le mètre linéaire.\nArticle 2 : La présente décision peut faire l’objet d’un recours contentieux devant le tri-\nbunal administratif de Nantes dans un délai de deux mois à compter de sa publication.\nFait à Doué-en-Anjou, le 20 mai 2025\nLe Maire,\nMichel PATTEE\n`;
  assert.equal(parse(exported).recours?.tribunal, 'Nantes');
  assert.match(parse(exported).object?.text ?? '', /manifes-\ntations estivales pour l’année 2025$/);
  assert.ok(!codes(exported).includes('REC-001'));
  // « VILLE DE MÉRIGNAC — Département de la Gironde » on one line: the département, so a wrong tribunal is flagged.
  const merignac = parse('VILLE DE MÉRIGNAC — Département de la Gironde\n\nARRÊTÉ N° 2025-12\nLe Maire de Mérignac,\nVu le code général des collectivités territoriales ;\nARRÊTE :\nArticle 1er : x.\n');
  assert.deepEqual([merignac.header.collectivite?.name, merignac.header.departement?.name], ['VILLE DE MÉRIGNAC', 'Gironde']);
  // « BUREAU COMMUNAUTAIRE » under the name of the communauté is no département.
  assert.equal(parse('COMMUNAUTÉ D’AGGLOMÉRATION DU GRAND GUÉRET\nBUREAU COMMUNAUTAIRE\n\nDÉLIBÉRATION N° B2025-14\nSéance du 3 juin 2025\nLe Bureau, après en avoir délibéré, DÉCIDE d’attribuer la subvention.\n').header.departement, null);
});

test('the affichage of a permit on its land (R. 424-15) is no publicity of the act: no PUB-005', () => {
  const permit = (notice: string) => `ARRÊTÉ N° URB-2025-018\nportant permis de construire\nLe Maire de Chaponost,\nVu le code de l’urbanisme, notamment ses articles L. 421-1 et R. 424-15 ;\nVu la demande de permis de construire déposée le 6 janvier 2025 par M. Paul DURAND ;\nARRÊTE :\nArticle 1er : Le permis de construire est accordé à M. Paul DURAND.\nArticle 2 : Le présent arrêté sera notifié au pétitionnaire et transmis au représentant de l’État.\nFait à Chaponost, le 6 février 2025\nLe Maire,\nDamien COMBET\n\n${notice}\n`;
  const notice = 'AFFICHAGE : mention du permis doit être affichée sur le terrain, de manière visible de l’extérieur, par les soins du bénéficiaire, pendant toute la durée du chantier (article R. 424-15 du code de l’urbanisme).';
  assert.deepEqual(fired(permit(notice), 'PUB-005', { population: 8000 }), []);
  // (A permit is an individual decision: it takes effect by its notification, its affichage in mairie is no choice of
  // publicity (L. 2131-1; the twenty-third review). A regulatory arrêté displayed only is warned.)
  assert.deepEqual(fired(permit('Affiché en mairie le 7 février 2025.'), 'PUB-005', { population: 8000 }), []);
  const regulation = arreteOf(POLICE, 'Le stationnement est interdit place du Marché le samedi.').replace('Fait à Lexy, le 1er mars 2025', 'Fait à Lexy, le 6 février 2025') + 'Affiché en mairie le 7 février 2025.\n';
  assert.equal(fired(regulation, 'PUB-005', { population: 8000 }).length, 1);
});

test('a member who holds two pouvoirs, in the lists as they are written (« Mme X à M. Y ; … », « NOM Prénom à NOM Prénom », « Représentés : Mme X par M. Y »): SEA-004', () => {
  const delib = (list: string) => `Commune de Lexy\nDélibération n° 2025-031\nObjet : Tarifs\nSéance du 3 mars 2025\nDate de convocation : 25 février 2025\nMembres en exercice : 19 – Présents : 14 – Représentés : 3 – Votants : 17\n${list}\nSecrétaire de séance : Mme Lise DUMONT\nLe Conseil municipal, après en avoir délibéré, à l’unanimité, DÉCIDE de fixer les tarifs.\nFait à Lexy, le 3 mars 2025\nLe Maire,\nPaul DAVID\n`;
  for (const list of [
    'Pouvoirs : Mme BERTRAND à M. DAVID ; M. CHEVALIER à M. DAVID ; Mme DUMONT à Mme FLEURY.',
    'Pouvoirs : Mme BERTRAND à M. DAVID, M. CHEVALIER à M. DAVID, Mme DUMONT à Mme FLEURY.',
    'Procurations : BERTRAND Anne à DAVID Paul ; CHEVALIER Luc à DAVID Paul ; DUMONT Lise à FLEURY Claire.',
    'Représentés : Mme BERTRAND par M. DAVID ; M. CHEVALIER par M. DAVID ; Mme DUMONT par Mme FLEURY.',
  ]) assert.match(fired(delib(list), 'SEA-004')[0]?.message ?? '', /^DAVID(?: Paul)? reçoit 2 pouvoirs/, list);
  assert.deepEqual(fired(delib('Pouvoirs : Mme BERTRAND à M. DAVID ; M. CHEVALIER à Mme FLEURY.'), 'SEA-004'), []);
});

test('a fifth review by juristes (délégations, personnel, police): false warnings on a sanction, and what it missed', () => {
  const rh = (title: string, visas: string, considerants: string, article: string) => `Ville de Chambray-lès-Tours\nDépartement d’Indre-et-Loire\n\nARRÊTÉ N° AM_2025_RH_170\n${title}\n\nLe Maire de Chambray-lès-Tours,\n\nVu le code général de la fonction publique ;\n${visas}\n${considerants}\nARRÊTE :\n\nArticle 1er : ${article}\n\nArticle 2 : Le présent arrêté peut faire l’objet d’un recours devant le tribunal administratif d’Orléans dans un délai de deux mois à compter de sa notification.\n\nFait à Chambray-lès-Tours, le 29 septembre 2025\n\nLe Maire,\nChristian DUVAL\n`;
  // An act about an agent of the police municipale is no police measure (a false POL-001).
  const echelon = rh('portant avancement d’échelon de M. Damien FAURE, brigadier-chef principal de police municipale', '', 'Considérant que l’intéressé remplit les conditions d’ancienneté requises ;\n', 'M. Damien FAURE, brigadier-chef principal de police municipale, est promu au 5e échelon.');
  assert.equal(parse(echelon).police, false);
  assert.ok(!codes(echelon).includes('POL-001'));
  // Observations the agent presented are the procedure (a false MOT-002); « les faits reprochés » states no fact (MOT-001).
  const sanction = (considerants: string) => rh('portant sanction disciplinaire (blâme) à l’encontre de M. Paul DUPRÉ', 'Vu le courrier du 2 septembre 2025 informant M. Paul DUPRÉ de l’engagement d’une procédure disciplinaire et de son droit à la communication de son dossier ;\nVu les observations présentées par l’intéressé le 16 septembre 2025 ;\n', considerants, 'La sanction du blâme est infligée à M. Paul DUPRÉ.');
  assert.ok(!codes(sanction('Considérant que M. Paul DUPRÉ a quitté son poste sans autorisation les 3, 4 et 5 juin 2025 ;\n')).includes('MOT-002'));
  assert.deepEqual(codes(sanction('Considérant que M. Paul DUPRÉ a quitté son poste sans autorisation les 3, 4 et 5 juin 2025 ;\n')).filter((c) => c.startsWith('MOT')), []);
  assert.match(fired(sanction('Considérant les faits reprochés à M. Paul DUPRÉ ;\nConsidérant qu’il y a lieu de prononcer une sanction disciplinaire ;\n'), 'MOT-001')[0]?.message ?? '', /^Les considérants n’énoncent aucun fait précis/);
  // A long visa « … lettre recommandée avec accusé de réception … » is one visa (it was cut there, with a false VIS-007).
  const griefs = 'Vu la lettre recommandée avec accusé de réception du 2 septembre 2025 informant M. Paul DUPRÉ des griefs retenus à son encontre, de son droit à obtenir la communication intégrale de son dossier individuel et de tous les documents annexes, et à se faire assister par les défenseurs de son choix, et l’invitant à présenter ses observations ;';
  const long = parse(rh('portant sanction disciplinaire (blâme) à l’encontre de M. Paul DUPRÉ', griefs, 'Considérant que M. Paul DUPRÉ a quitté son poste sans autorisation le 3 juin 2025 ;\n', 'La sanction du blâme est infligée à M. Paul DUPRÉ.'));
  assert.equal(long.visas[1]?.text, griefs);
  // An objet that opens with « Instaurant … », or in bold Markdown.
  assert.equal(parse(rh('Instaurant un sens unique de circulation rue des Vignes', '', '', 'x.')).object?.text, 'Instaurant un sens unique de circulation rue des Vignes');
  assert.equal(parse(rh('**Portant sens unique de circulation rue des Vignes**', '', '', 'x.')).object?.text, 'Portant sens unique de circulation rue des Vignes');
  // « Département de l’Isère – Ville de Saint-Égrève » on one line: both.
  const isere = parse('**Département de l’Isère – Ville de Saint-Égrève**\n\n# Décision n° DEC2025_102\n\nLe Maire de Saint-Égrève,\nVu le code général des collectivités territoriales ;\nDÉCIDE :\nArticle 1er : x.\n');
  assert.deepEqual([isere.header.departement?.name, isere.header.collectivite?.name], ['Isère', 'Ville de Saint-Égrève']);
});

test('who may sign: an arrêté that delegates is signed by the maire himself (SIG-006); a décision by délégation signed « pour le maire empêché » (DEL-008)', () => {
  const delegating = (signer: string) => `ARRÊTÉ N° 2025-090\nportant délégation de fonction et de signature à M. Paul MARTIN, adjoint au maire\nLe Maire de Lexy,\nVu le code général des collectivités territoriales, notamment son article L. 2122-18 ;\nARRÊTE :\nArticle 1er : Délégation de fonction et de signature est donnée à M. Paul MARTIN pour l’urbanisme.\nFait à Lexy, le 3 juin 2025\n${signer}\n`;
  assert.match(fired(delegating('Pour le Maire et par délégation,\nLe Premier Adjoint,\nJacques DURAND'), 'SIG-006')[0]?.message ?? '', /et «\sLe Premier Adjoint\s» le signe par délégation\s: seul le maire peut déléguer/);
  assert.equal(fired(delegating('Pour le Maire et par délégation,\nLe Premier Adjoint,\nJacques DURAND'), 'SIG-006')[0]?.severity, 'error');
  assert.deepEqual(fired(delegating('Le Maire,\nJean DUPONT'), 'SIG-006'), []);
  const decision = (signer: string) => `DÉCISION N° D2025-112\nObjet : Location d’un local\nLe Maire de Pontarlier,\nVu le code général des collectivités territoriales, notamment ses articles L. 2122-22 (5°) et L. 2122-23 ;\nVu la délibération n° 2020-045 du 10 juillet 2020 portant délégation d’attributions au maire ;\nDÉCIDE :\nArticle 1er : Le local est loué à l’association Les Amis.\nArticle 2 : Il en sera rendu compte au conseil municipal.\nFait à Pontarlier, le 13 octobre 2025\n${signer}\n`;
  const prevented = parse(decision('Pour le Maire empêché,\nLe Premier Adjoint,\nBertrand GUINCHARD'));
  assert.deepEqual(prevented.signatories.map((s) => [s.name, s.delegated]), [['Bertrand GUINCHARD', false]]);
  assert.match(fired(decision('Pour le Maire empêché,\nLe Premier Adjoint,\nBertrand GUINCHARD'), 'DEL-008')[0]?.message ?? '', /reviennent au conseil municipal, sauf si la délibération de délégation prévoit la suppléance/);
  assert.deepEqual(fired(decision('Pour le Maire et par délégation,\nLe Premier Adjoint,\nBertrand GUINCHARD'), 'DEL-008'), []);
  // The other ways to write it; the adjoint who stands in gets no SIG-003 (« write “par délégation” »).
  for (const signer of ['P/le Maire empêché,\nLa Première adjointe,\nClaude MELLIER', 'Pour le Maire absent,\nLa Première adjointe,\nClaude MELLIER', 'La Première adjointe, suppléant le Maire empêché,\nClaude MELLIER']) {
    assert.equal(fired(decision(signer), 'DEL-008').length, 1, signer);
    assert.deepEqual(fired(decision(signer), 'SIG-003'), [], signer);
  }
  // Not when a visa says what the délibération provides then, nor for a décision on the maire's own powers.
  assert.deepEqual(fired(decision('Pour le Maire empêché,\nLe Premier Adjoint,\nBertrand GUINCHARD').replace('portant délégation d’attributions au maire ;', 'portant délégation d’attributions au maire, dont l’article 3 prévoit qu’en cas d’empêchement du maire les décisions sont prises par le premier adjoint ;'), 'DEL-008'), []);
  const own = 'DÉCISION N° D-2025-014\nObjet : Fermeture exceptionnelle de la médiathèque\nLe Maire de Lexy,\nVu le code général des collectivités territoriales, notamment ses articles L. 2122-17 et L. 2122-24 ;\nDÉCIDE\nArticle 1er : La médiathèque est fermée le 16 août 2025.\nFait à Lexy, le 8 août 2025\nPour le Maire empêché,\nLe Premier adjoint,\nXavier ODO\n';
  assert.deepEqual(codes(own).filter((c) => ['DEL-008', 'DEL-002', 'VIS-001'].includes(c)), []);
});

test('two signatures side by side, the secrétaire’s name left blank (« …………… »): the maire’s name is not the secrétaire’s', () => {
  const act = parse(`${seanceHead('En exercice : 19 – Présents : 15 – Votants : 15')}Vu le code général des collectivités territoriales ;\nLe Conseil municipal, après en avoir délibéré, DÉCIDE :\nArticle 1er : D’adhérer au groupement de commandes.\n\nLe Maire,                        Le secrétaire de séance,\nAlain GALLIANO                   ……………………\n`);
  assert.deepEqual(act.signatories.map((s) => [s.name, s.role]), [['Alain GALLIANO', 'author'], [null, 'secretary']]);
});

test('a sixth review by juristes (special regimes): Alsace-Moselle, a syndicat mixte ouvert, the Métropole de Lyon, Saint-Martin, overseas and Corsican tribunals, the code des communes de la Nouvelle-Calédonie', () => {
  const delib = (head: string, convocation: string, seance: string, extra = '') => `${head}\nDélibération n° 2025-031\nObjet : Tarifs\nSéance du ${seance}\nDate de convocation : ${convocation}\n${extra}Membres en exercice : 55 – Présents : 40 – Votants : 40\nSecrétaire de séance : Mme Lise DUMONT\nLe Conseil municipal, après en avoir délibéré, à l’unanimité, DÉCIDE de fixer les tarifs.\nFait à Strasbourg, le 17 mars 2025\nLe Maire,\nJeanne BARSEGHIAN\nLa secrétaire de séance,\nLise DUMONT\n`;
  // Alsace-Moselle: three days before the séance (L. 2541-2), whatever the population; the day before in an emergency.
  const strasbourg = 'Département du Bas-Rhin\nVille de Strasbourg';
  assert.deepEqual(fired(delib(strasbourg, '13 mars 2025', '17 mars 2025'), 'SEA-001'), []);
  assert.deepEqual(fired(delib(strasbourg, '16 mars 2025', '17 mars 2025', 'Urgence : la séance est convoquée en urgence.\n'), 'SEA-001'), []);
  assert.match(fired(delib(strasbourg, '15 mars 2025', '17 mars 2025'), 'SEA-001')[0]?.message ?? '', /en Alsace-Moselle, la convocation est faite trois jours au moins avant la séance .*L\.\s2541-2/u);
  // A syndicat mixte ouvert is no EPCI: its statuts set the délai (an information to check them, not an error; the
  // nineteenth review: a warning claimed a defect the act could not show, its statuts being unknown).
  const smo = fired(delib('SYNDICAT MIXTE OUVERT NUMÉRIQUE DE LA LOIRE', '6 juin 2025', '10 juin 2025').replace('Le Conseil municipal', 'Le Comité syndical'), 'SEA-001');
  assert.deepEqual(smo.map((d) => d.severity), ['information']);
  // The Métropole de Lyon and the Collectivité de Saint-Martin: not judged on the commune's séance rules.
  const noSecretary = (head: string) => delib(head, '20 juin 2025', '30 juin 2025').replace('Secrétaire de séance : Mme Lise DUMONT\n', '').replace('La secrétaire de séance,\nLise DUMONT\n', '').replace('Le Conseil municipal', 'Le Conseil').replace('Le Maire,', 'Le Président,');
  for (const head of ['MÉTROPOLE DE LYON\n\nEXTRAIT DU REGISTRE DES DÉLIBÉRATIONS DU CONSEIL DE LA MÉTROPOLE', 'COLLECTIVITÉ DE SAINT-MARTIN\n\nDÉLIBÉRATION DU CONSEIL EXÉCUTIF']) {
    assert.deepEqual(codes(noSecretary(head)).filter((c) => c.startsWith('SEA')), [], head);
  }
  // No département written: the commune's, when the register knows one commune of that name (« Commune du Diamant »).
  const arrete = (head: string, tribunal: string) => `${head}\n\nARRÊTÉ N° 2025-061\nportant interdiction temporaire de la baignade\nLe Maire,\nVu le code général des collectivités territoriales, notamment ses articles L. 2212-1 et L. 2213-23 ;\nARRÊTE :\nArticle 1er : La baignade est interdite.\nArticle 2 : Le présent arrêté peut faire l’objet d’un recours devant le tribunal administratif ${tribunal} dans un délai de deux mois à compter de sa publication.\nFait le 3 juin 2025\nLe Maire,\nJean DUPONT\n`;
  assert.match(fired(arrete('Collectivité territoriale de Martinique\nCOMMUNE DU DIAMANT', 'de la Guadeloupe'), 'REC-002')[0]?.message ?? '', /^Le tribunal administratif compétent est celui de la Martinique, pas celui de la Guadeloupe\s: le département 972 \(Martinique\), celui de la collectivité au registre des collectivités/);
  assert.match(fired(arrete('Collectivité de Corse\nVille d’Ajaccio', 'de Marseille'), 'REC-002')[0]?.message ?? '', /celui de Bastia, pas celui de Marseille/);
  assert.deepEqual(fired(arrete('Collectivité de Corse\nVille d’Ajaccio', 'de Bastia'), 'REC-002'), []);
  // Three communes are named Mérignac: no guess.
  assert.deepEqual(fired(arrete('VILLE DE MÉRIGNAC', 'de Toulouse'), 'REC-002'), []);
  // The code des communes de la Nouvelle-Calédonie is in force (not the code des communes, abrogated).
  assert.deepEqual(fired('Commune de Nouméa\nDélibération n° 2025-12\nVu le code des communes de la Nouvelle-Calédonie ;\nLe conseil municipal, après en avoir délibéré, DÉCIDE :\nArticle 1er : x.\n', 'VIS-004'), []);
});

test('a seventh review (small communes, messy typing): a convention the délibération approves is no visa to date (a false VIS-002)', () => {
  const delib = (visa: string) => `Commune de Lexy\nDélibération n° 2025-12\nObjet : Adhésion au service de médecine préventive\nVu le code général des collectivités territoriales ;\n${visa}\nAprès en avoir délibéré, le conseil municipal, à l’unanimité, décide d’adhérer au service et autorise le Maire à signer la convention.\n`;
  assert.deepEqual(fired(delib('Vu la convention proposée par le centre de gestion de l’Aube ;'), 'VIS-002'), []);
  assert.deepEqual(fired(delib('Vu la convention à intervenir avec le centre de gestion ;'), 'VIS-002'), []);
  assert.equal(fired(delib('Vu la convention avec le centre de gestion ;'), 'VIS-002').length, 1);
});

test('a seventh review (small communes): « composé de 11 membres en exercice » in the séance sentence, the date of a convocation « une seconde fois », « Commune de X - Haute-Marne »', () => {
  const sentence = parse('Commune de Saint-Aubin-des-Prés\nDépartement de la Mayenne\nDélibération n° 2025-14\nL’an deux mille vingt-cinq, le cinq juin à 20 heures, le conseil municipal de Saint-Aubin-des-Prés, composé de 11 membres en exercice, dûment convoqué le 28 mai 2025, s’est réuni à la mairie sous la présidence de M. Gilles RENOU, Maire. Présents : M. Gilles RENOU, Mme Odile BESNIER, M. Yves GAUDIN, Mme Nathalie POIRIER. Secrétaire : M. Yves GAUDIN.\nObjet : Tarifs\nAprès en avoir délibéré, le conseil municipal, à l’unanimité, fixe le prix du repas.\n');
  assert.deepEqual([sentence.seance?.membersInOffice, sentence.seance?.present], [11, 4]);
  const second = parse('Commune de Vaux-sur-Blaise\nDélibération n° 2025-019\nSéance du 6 novembre 2025 (seconde convocation)\nLe conseil municipal, convoqué une première fois le 27 octobre 2025 pour le 3 novembre 2025, n’a pu délibérer faute de quorum. Convoqué une seconde fois le 5 novembre 2025, il s’est réuni le 6 novembre 2025 et délibère sans condition de quorum.\nMembres en exercice : 11 ; présents : 4 ; votants : 4\nObjet : Adhésion\nLe conseil municipal, après en avoir délibéré, DÉCIDE d’adhérer.\n');
  assert.equal(second.seance?.convocationDate, '2025-11-05');
  const dashed = parse('Commune de Vaux-sur-Blaise - Haute-Marne\n\nARRÊTÉ N° 2025-19\nLe Maire,\nVu le code général des collectivités territoriales ;\nARRÊTE :\nArticle 1er : x.\n');
  assert.deepEqual([dashed.header.collectivite?.name, dashed.header.departement?.name], ['Commune de Vaux-sur-Blaise', 'Haute-Marne']);
});

test('an « Arrêté du Maire » « pris en vertu de la délégation du conseil municipal (article L. 2122-22, 5°) » is a décision by délégation; an arrêté « portant délégation de fonction » is not', () => {
  const act = (title: string) => parse(`Commune de Beaumont-en-Auge (Calvados)\n\nArrêté du Maire n° 2025-DEL-06\n${title}\n\nLe Maire de Beaumont-en-Auge,\nVu le code général des collectivités territoriales, notamment ses articles L. 2122-22 (5°) et L. 2122-23 ;\nARRÊTE :\nArticle 1er : Le logement communal est loué.\n`).kind;
  assert.equal(act('pris en vertu de la délégation du conseil municipal (article L. 2122-22, 5°)'), 'decision-maire');
  assert.equal(act('portant délégation de fonction et de signature à M. Paul MARTIN'), 'arrete-maire');
});

test('an eighth review (everyday arrêtés): « en cas d’absence, de suspension, de révocation » in a délégation names the maire’s own suspension, no unfavourable measure (false MOT-001/MOT-002)', () => {
  const delegation = (article2: string) => `VILLE DE VANNES\n\nARRÊTÉ N° 2026-CAB-0013\nportant délégation de fonctions à M. Paul Martin, deuxième adjoint\n\nLe Maire de Vannes,\nVu le code général des collectivités territoriales, et notamment son article L. 2122-18 ;\n\nARRÊTE\n\nArticle 1er : Délégation de fonctions est donnée à M. Paul Martin, deuxième adjoint, en matière de sports.\nArticle 2 : ${article2}\nArticle 3 : Le présent arrêté peut faire l’objet d’un recours devant le tribunal administratif de Rennes dans un délai de deux mois à compter de sa publication.\n\nFait à Vannes, le 30 mars 2026\n\nLe Maire,\nDavid Robo\n`;
  assert.deepEqual(codes(delegation('En cas d’absence, de suspension, de révocation ou de tout autre empêchement du Maire, M. Paul Martin le remplace dans l’ordre du tableau.')), []);
  assert.deepEqual(codes(delegation('En cas de suspension du Maire, M. Paul Martin le remplace.')), []);
  // A measure the act takes is still one: the délégation of M. X is suspended.
  assert.deepEqual(codes(delegation('La délégation consentie à M. Jean Durand est suspendue.')), ['MOT-001', 'MOT-002']);
});

// (What they cost is in `npm run bench`: before, the title alone took half a minute to read.)
test('long runs of blanks (a PDF layout, the other acts of a collection blanked out) are read like short ones', () => {
  const gap = ' \t'.repeat(10_000);
  const text = `COMMUNE DE PORNIC${gap}Loire-Atlantique\n\nARRÊTÉ ${' '.repeat(3_900)}N° 2026-041 portant interdiction du stationnement place du Marché\n\nLe Maire de Pornic,\nVu le code général des collectivités territoriales ;\nConsidérant la tenue du marché le 4 juillet 2026 ;\n\nARRÊTE${gap}\n\nArticle 1er : Le stationnement est interdit place du Marché le 4 juillet 2026.\nArticle 2 : Le présent arrêté peut faire l’objet d’un recours devant le tribunal administratif de Nantes dans un délai de deux mois.\n\nFait à Pornic, le 1er juillet 2026\n\nLe Maire,${gap}\nJean-Michel BRARD\n`;
  const act = parse(text);
  assert.equal(act.kind, 'arrete-maire');
  assert.equal(act.dispositive?.verb, 'ARRÊTE');
  assert.deepEqual(act.articles.map((a) => a.number), ['1er', '2']);
  const seance = parse(`Commune de Pornic\nSéance du 26 mars 2026\nPrésents : M. ${gap}Jean-Michel BRARD, Mme Claire HUGUES. Mme${gap}Brigitte DIERICX a donné pouvoir à M. Paul FILY.\nSecrétaire de séance :${gap}Mme Claire HUGUES\nLe conseil municipal, après en avoir délibéré, DÉCIDE :\nArticle 1er : x.\n`);
  assert.equal(seance.kind, 'deliberation-cm');
});

test('an eighth review (séances and votes): the number or the election of the adjoints on the days of the installation is the first meeting (3 jours francs, L. 2121-7)', () => {
  const delib = (date: string, convocation: string) => `COMMUNE DE GUÉRANDE\nDépartement de la Loire-Atlantique\nDélibération n° 2026-003\nSéance du ${date}\nDate de convocation : ${convocation}\nEn exercice : 33 - Présents : 33 - Votants : 33\nSecrétaire de séance : Mme Élodie MANACH\nObjet : Détermination du nombre d'adjoints au maire\nLe conseil municipal,\nVu le code général des collectivités territoriales ;\nAprès en avoir délibéré,\nDÉCIDE\nArticle 1er : Le nombre des adjoints est fixé à neuf.\nAdopté à l'unanimité.\nLe maire,\nNicolas LE GOFF\nLa secrétaire de séance,\nÉlodie MANACH\n`;
  assert.deepEqual(fired(delib('vendredi 20 mars 2026', '16 mars 2026'), 'SEA-001'), []);
  // The same objet a year later, a Friday too: the ordinary délai (5 jours francs at 3 500 inhabitants and more).
  assert.equal(fired(delib('vendredi 20 mars 2027', '16 mars 2027'), 'SEA-001')[0]?.severity, 'error');
});

test('an eighth review (séances and votes): tallies as Word and PDF exports write them', () => {
  const delib = (tally: string) => parse(`Commune de Cluny\nDélibération n° 2026-041\nSéance du 7 avril 2026\nDate de convocation : 1er avril 2026\nEn exercice : 29 - Présents : 22 - Représentés : 4 - Votants : 26\nObjet : Garantie d’emprunt\nLe conseil municipal,\nVu le code général des collectivités territoriales ;\nAprès en avoir délibéré,\nDÉCIDE\nArticle 1er : La garantie est accordée.\n${tally}\nLe maire,\nJean DUPONT\n`).vote;
  const tally = (v: ReturnType<typeof delib>) => [v?.for, v?.against, v?.abstentions];
  // The number before « Contre » is the value of « Pour », not a count of voices against.
  assert.deepEqual(tally(delib('Chap. 011 Charges à caractère général   3 960 000 €   Pour 20  Contre 6  Abst. 0')), [20, 6, 0]);
  assert.deepEqual(tally(delib('POUR 20  CONTRE 0  ABSTENTIONS 6')), [20, 0, 6]);
  assert.deepEqual(tally(delib('POUR     CONTRE     ABSTENTION\n20       0          6')), [20, 0, 6]);
  // (A row that opens with its heading, with « ABSTENTION(S) » and « NE PREND PAS PART » among its labels, 67th review.)
  assert.deepEqual(tally(delib('VOTE        POUR      CONTRE     ABSTENTION(S)    NE PREND PAS PART\n            20        0          6                0')), [20, 0, 6]);
  assert.deepEqual(tally(delib('Pour\t20\nContre\t0\nAbstentions\t6')), [20, 0, 6]);
  assert.deepEqual(tally(delib('Pour : 20, Contre : 0, Abstentions : 6')), [20, 0, 6]);
});

test('an eighth review (séances and votes): the date of a text the séance sentence cites is not the séance’s; the health emergency’s quorum of a third (2020–2022)', () => {
  const uzes = (head: string, present: number, year = 2021) => `COMMUNE D'UZÈS - GARD\nDélibération n° ${year}-014\n${head}\nDate de convocation : 5 février ${year}\nEn exercice : 29 - Présents : ${present} - Pouvoirs : 8 - Votants : ${present + 8}\nSecrétaire de séance : M. Laurent CHAPON\nObjet : Demande de subvention DETR\nLe conseil municipal,\nVu le code général des collectivités territoriales ;\nAprès en avoir délibéré,\nDÉCIDE\nArticle 1er : La subvention est demandée.\nAdopté à l'unanimité.\nLe maire,\nJean-Luc CHAPON\n`;
  const cited = parse(uzes('Conseil municipal du jeudi 11 février 2021 - séance tenue par visioconférence\nLa présente séance se tient en application de l’ordonnance du 1er avril 2020.', 20));
  assert.equal(cited.seance?.date, '2021-02-11');
  // 12 présents of 29 in February 2021: a third sufficed (loi n° 2020-1379, art. 6); in February 2023, no longer.
  assert.deepEqual(fired(uzes('Séance du jeudi 11 février 2021', 12), 'SEA-003'), []);
  assert.match(fired(uzes('Séance du jeudi 9 février 2023', 12, 2023), 'SEA-003')[0]?.message ?? '', /il en faut au moins 15/);
  assert.match(fired(uzes('Séance du jeudi 11 février 2021', 9), 'SEA-003')[0]?.message ?? '', /il en faut au moins 10, le tiers sous le régime de l’état d’urgence sanitaire/);
});

test('an eighth review (séances): names in small letters, a particle, « Le doyen d’âge », a secrétaire « néant » or never designated', () => {
  const delib = (seanceLines: string, signatures: string) => `VILLE DE TOURNUS\nDépartement de Saône-et-Loire\nDélibération n° 2026-118\nSéance du 14 décembre 2026\nDate de convocation : 7 décembre 2026\nEn exercice : 29 - Présents : 22 - Pouvoirs : 4 - Votants : 26\n${seanceLines}\nObjet : Garantie d'emprunt\nLe conseil municipal,\nVu le code général des collectivités territoriales ;\nAprès en avoir délibéré,\nDÉCIDE\nArticle 1er : La garantie est accordée.\nPour : 20 - Contre : 0 - Abstentions : 6\n${signatures}\n`;
  const signed = (signatures: string) => parse(delib('Secrétaire de séance : M. Cédric BOUCHARD', signatures)).signatories.map((s) => [s.name, s.role]);
  assert.deepEqual(signed('Le maire,                          Le secrétaire de séance,\nBertrand Veau                      Cédric Bouchard'), [['Bertrand Veau', 'author'], ['Cédric Bouchard', 'secretary']]);
  assert.deepEqual(signed('Le maire,\nJean-Jacques de PERETTI\nLe secrétaire de séance,\nCédric BOUCHARD'), [['Jean-Jacques de PERETTI', 'author'], ['Cédric BOUCHARD', 'secretary']]);
  assert.deepEqual(signed('Le doyen d\'âge,          Le secrétaire de séance,\nGérard DELMON            Cédric BOUCHARD'), [['Gérard DELMON', 'author'], ['Cédric BOUCHARD', 'secretary']]);
  assert.deepEqual(fired(delib('Secrétaire de séance : M. Cédric BOUCHARD', 'Le doyen d\'âge,          Le secrétaire de séance,\nGérard DELMON            Cédric BOUCHARD'), 'SIG-005'), []);
  assert.equal(parse(delib('Secrétaire de séance : M. Cédric Bouchard', 'Le maire,\nBertrand VEAU')).seance?.secretary, 'Cédric Bouchard');
  // No secrétaire: said « néant », or « sans qu'il soit procédé à la nomination d'un secrétaire de séance ».
  assert.equal(fired(delib('Secrétaire de séance : néant', 'Le maire,\nBertrand VEAU'), 'SEA-007').length, 1);
  assert.equal(fired(delib('La séance est ouverte sans qu\'il soit procédé à la nomination d\'un secrétaire de séance.', 'Le maire,\nBertrand VEAU'), 'SEA-007').length, 1);
  assert.deepEqual(fired(delib('Mme Claire Dubief est désignée secrétaire de séance.', 'Le maire,\nBertrand VEAU'), 'SEA-007'), []);
});

test('an eighth review (séances): two pouvoirs held by one member named in small letters, or said outright; a PV d’élection; nominations without a ballot', () => {
  const head = (line: string) => `VILLE DE TOURNUS\nDélibération n° 2026-118\nSéance du 14 décembre 2026\nDate de convocation : 7 décembre 2026\nEn exercice : 29 - Présents : 22 - Pouvoirs : 4 - Votants : 26\nSecrétaire de séance : M. Cédric BOUCHARD\n${line}\nObjet : Garantie d'emprunt\nLe conseil municipal, après en avoir délibéré, à l'unanimité, DÉCIDE :\nArticle 1er : La garantie est accordée.\n`;
  assert.equal(fired(head('Pouvoirs : M. Perraud à Mme Giraud ; M. Vernay à Mme Giraud ; Mme Lacroix à M. Bouchard.'), 'SEA-004').length, 1);
  assert.equal(fired(head('Mme Giraud est porteuse de deux pouvoirs (M. Perraud et M. Vernay).'), 'SEA-004').length, 1);
  assert.deepEqual(fired(head('Pouvoirs : M. Perraud à Mme Giraud ; Mme Lacroix à M. Bouchard.'), 'SEA-004'), []);
  // « PROCÈS-VERBAL DE L'ÉLECTION DU MAIRE »: the electoral contest's five days, no « deux mois » asked.
  const pv = `Commune de Saint-Pons-de-Thomières\nDépartement de l'Hérault\nPROCÈS-VERBAL DE L'ÉLECTION DU MAIRE\nDélibération n° 2026-010\nSéance du samedi 28 mars 2026\nDate de convocation : 24 mars 2026\nEn exercice : 19 - Présents : 19 - Votants : 19\nSecrétaire de séance : Mme Laura VIÉ\nVotants 19 / Blancs 1 / Exprimés 18 / Majorité absolue 10. M. Alain CABROL : 12 voix ; Mme Christine FABRE : 6 voix.\nM. Alain CABROL est proclamé maire.\nL'élection peut être contestée devant le tribunal administratif de Montpellier dans un délai de cinq jours.\nLa présidente de séance,\nGermaine TEISSEYRE\n`;
  assert.equal(parse(pv).election?.kind, 'maire');
  assert.deepEqual(fired(pv, 'REC-001'), []);
  // One candidature a seat, no ballot: nothing to count (L. 2121-21).
  const nomination = `COMMUNE DE PONT-AVEN\nDélibération n° 2026-021\nSéance du 2 avril 2026\nDate de convocation : 27 mars 2026\nEn exercice : 23 - Présents : 23 - Votants : 23\nSecrétaire de séance : Mme Gaëlle LE BIHAN\nObjet : Désignation des délégués au syndicat d'eau\nConsidérant qu'une seule candidature a été déposée pour chaque poste ; que les nominations prennent donc effet immédiatement ;\nLe conseil municipal DÉSIGNE M. Yves KERVRAN et Mme Anne GUILLOU.\nLe maire,\nYannick LE FLOCH\n`;
  assert.deepEqual(fired(nomination, 'SEA-005'), []);
  assert.deepEqual(fired(nomination, 'SEA-013'), []);
  // (Without it, the designation says neither how nor with what result the conseil voted: SEA-013's, not SEA-005's.)
  const unsaid = nomination.replace(' ; que les nominations prennent donc effet immédiatement', '').replace("qu'une seule candidature a été déposée pour chaque poste", "qu'il y a lieu de désigner deux délégués");
  assert.equal(fired(unsaid, 'SEA-013').length, 1);
  assert.deepEqual(fired(unsaid, 'SEA-005'), []);
});

test('an eighth review (séances): each délibération of a certified extract is an extract (SEA-010 informs once); no « 0 jour franc »', () => {
  const doc = `VILLE DE LANGRES\nDépartement de la Haute-Marne\nSéance du 19 mai 2026\nDate de convocation : 12 mai 2026\nEn exercice : 29 - Présents : 25 - Représentés : 3 - Votants : 28\nSecrétaire de séance : M. Romain LHUILLIER\n\nDélibération n° 2026-031\nObjet : Tarifs de la piscine\nLe conseil municipal, après en avoir délibéré, à l'unanimité, FIXE les tarifs.\n\nDélibération n° 2026-032\nObjet : Subvention au club de football\nLe conseil municipal, après en avoir délibéré, à l'unanimité, ATTRIBUE une subvention de 2 000 €.\n\nPour extrait certifié conforme, à Langres, le 21 mai 2026.\nLa maire,\nAnne CARDINAL\n`;
  const d = analyze(doc).diagnostics.filter((x) => x.code === 'SEA-010');
  assert.equal(d.length, 1);
  assert.match(d[0].message, /sur cet extrait/);
  assert.notEqual(d[0].severity, 'warning');
  const sameDay = analyze(`Commune de Cluny\nDélibération n° 2026-041\nSéance du 7 avril 2026\nDate de convocation : 7 avril 2026\nEn exercice : 29 - Présents : 22 - Votants : 22\nSecrétaire de séance : M. Paul DURAND\nObjet : Tarifs\nLe conseil municipal, après en avoir délibéré, à l'unanimité, FIXE les tarifs.\n`).diagnostics.find((x) => x.code === 'SEA-001');
  assert.doesNotMatch(sameDay?.message ?? '', /\b0 jour/);
});

test('a ninth review (everyday arrêtés): « VILLE DES ABYMES », a SIVOM or a SIVU in the header; a dog placed in a fourrière is a police measure to motivate', () => {
  const abymes = parse('VILLE DES ABYMES\n\nArrêté n° 2025-PM-0001\nInstauration d’une zone bleue\n\nLe Maire des Abymes,\nVu le code général des collectivités territoriales ;\nARRÊTE\nArticle 1er : x.\n');
  assert.deepEqual([abymes.header.collectivite?.name, abymes.header.collectivite?.type], ['VILLE DES ABYMES', 'commune']);
  for (const head of ['SIVOM DE LA VALLÉE DE L’YERRES ET DES SÉNARTS', 'SIVU DU COLLÈGE DE BRUNOY', 'SYNDICAT INTERCOMMUNAL À VOCATION MULTIPLE DE LA VALLÉE']) {
    assert.equal(parse(`${head}\n\nARRÊTÉ N° 2025-021\nLe Président,\nVu le code général des collectivités territoriales ;\nARRÊTE\nArticle 1er : x.\n`).header.collectivite?.type, 'epci', head);
  }
  const dog = (considerant: string) => `VILLE DE LORIENT\n\nARRÊTÉ N° 2025-DSTP-0145\nportant placement d’un chien dans un lieu de dépôt adapté\n\nLe Maire de Lorient,\nVu le code rural et de la pêche maritime, notamment son article L. 211-11 ;\n${considerant}ARRÊTE\nArticle 1er : Le chien « Oslo », détenu par M. Kévin TANGUY, sera placé sans délai à la fourrière animale.\nArticle 2 : Le présent arrêté peut faire l’objet d’un recours devant le tribunal administratif de Rennes dans un délai de deux mois à compter de sa notification.\nFait à Lorient, le 10 juillet 2025\nLe Maire,\nFabrice LOHER\n`;
  assert.equal(parse(dog('')).police, true);
  assert.equal(fired(dog(''), 'MOT-001')[0]?.severity, 'error');
  assert.deepEqual(fired(dog('Vu le rapport de la police municipale du 9 juillet 2025 ;\nConsidérant que le chien a mordu un passant le 8 juillet 2025, rue de Merville, et que son détenteur a présenté ses observations le 9 juillet 2025 ;\n'), 'MOT-001'), []);
});

test('a ninth review (everyday arrêtés): « Le Maire-Adjoint », « Le maire adjoint », « Le 1er adjoint » sign as adjoints; « suppléant le Maire empêché (article L. 2122-17) » is no délégation to write', () => {
  const act = (signature: string) => `VILLE D’ANGOULÊME\nDépartement de la Charente\n\nARRÊTÉ N° 2025-PM-0771\nportant interdiction temporaire du stationnement\n\nLe Maire d’Angoulême,\nVu le code général des collectivités territoriales, notamment son article L. 2213-1 ;\nConsidérant les travaux du 10 septembre 2025 ;\nARRÊTE\nArticle 1er : Le stationnement est interdit rue de Périgueux le 10 septembre 2025.\nArticle 2 : Le présent arrêté peut faire l’objet d’un recours devant le tribunal administratif de Poitiers dans un délai de deux mois à compter de sa publication.\nFait à Angoulême, le 8 septembre 2025\n\n${signature}\n`;
  for (const quality of ['Le Maire-Adjoint,', 'Le maire adjoint,', 'Le 1er adjoint,']) {
    assert.equal(fired(act(`${quality}\nJean-François Dauré`), 'SIG-003').length, 1, quality);
  }
  const stands = act('Le Premier Adjoint, suppléant le Maire empêché\n(article L. 2122-17 du CGCT),\nJean-François Dauré');
  assert.deepEqual(fired(stands, 'SIG-003'), []);
  assert.equal(parse(stands).signatories[0]?.name, 'Jean-François Dauré');
});

test('a ninth review (everyday arrêtés): a dispositif written « 1. », « 2. » is said to want articles; a visa cannot cite an act dated after the act', () => {
  const listed = `Ville de Quimper\nDépartement du Finistère\n\nARRÊTÉ TEMPORAIRE N° 2025-AT-0289\nVide-grenier de Kerfeunteun\n\nNous, Maire de la Ville de Quimper,\nVu le code général des collectivités territoriales, et notamment son article L. 2213-1 ;\nConsidérant qu’il convient d’assurer la sécurité des exposants ;\n\nARRÊTONS\n\n1. Le dimanche 7 septembre 2025, de 5 h à 20 h, la circulation est interdite place de l’Église.\n\n2. Le présent arrêté peut faire l’objet d’un recours devant le tribunal administratif de Rennes dans un délai de deux mois à compter de sa publication.\n\nFait à Quimper, le 18 août 2025\n\nLe Maire,\nIsabelle Assih\n`;
  assert.match(fired(listed, 'STR-003')[0]?.message ?? '', /liste numérotée/);
  const modif = (date: string) => `VILLE DE BESANÇON\nDépartement du Doubs\n\nARRÊTÉ N° 2025-0142\nmodifiant l’arrêté n° 2025-0131\n\nLa Maire de Besançon,\nVu le code général des collectivités territoriales, notamment son article L. 2213-1 ;\nVu l’arrêté municipal n° 2025-0131 du ${date} ;\nARRÊTE\nArticle 1er : L’article 2 de l’arrêté susvisé est remplacé.\nArticle 2 : Le présent arrêté peut faire l’objet d’un recours devant le tribunal administratif de Besançon dans un délai de deux mois à compter de sa publication.\nFait à Besançon, le 26 novembre 2025\nLa Maire,\nAnne VIGNOT\n`;
  assert.match(fired(modif('3 décembre 2025'), 'DAT-005')[0]?.message ?? '', /l’arrêté du 3 décembre 2025, postérieur à l’acte, daté du 26 novembre 2025/);
  assert.deepEqual(fired(modif('3 novembre 2025'), 'DAT-005'), []);
});

test('a ninth review (everyday arrêtés): an EPCI’s act is checked against the tribunal of the commune where it is made, its seat as a rule', () => {
  const act = (tribunal: string, place = 'Guéret') => `COMMUNAUTÉ D’AGGLOMÉRATION DU GRAND GUÉRET\n\nARRÊTÉ DU PRÉSIDENT N° 2026-AP-020\nportant délégation de signature au directeur général adjoint\n\nLe Président de la Communauté d’agglomération du Grand Guéret,\nVu le code général des collectivités territoriales, et notamment son article L. 5211-9 ;\nARRÊTE\nArticle 1er : Délégation de signature est donnée à Mme Nathalie PEYROT, directrice générale adjointe.\nArticle 2 : Le présent arrêté peut faire l’objet d’un recours devant le tribunal administratif de ${tribunal} dans un délai de deux mois à compter de sa publication.\nFait à ${place}, le 20 avril 2026\nLe Président,\nÉric CORREIA\n`;
  assert.match(fired(act('Poitiers'), 'REC-002')[0]?.message ?? '', /celui de Limoges, pas celui de Poitiers\s: le département 23 \(Creuse\), celui de Guéret où l’acte est fait/);
  assert.deepEqual(fired(act('Limoges'), 'REC-002'), []);
  // Three communes are named Saint-Pierre: no guess.
  assert.deepEqual(fired(act('Poitiers', 'Saint-Pierre'), 'REC-002'), []);
});

test('a ninth review (everyday arrêtés): an act withdrawn more than four months after it was taken (DAT-006, CRPA L. 242-1)', () => {
  const withdrawal = (signed: string, ground = '') => `VILLE DE CAYENNE\n\nARRÊTÉ N° 2025-DEP-0600\nportant retrait de l’arrêté n° 2025-DEP-0377 du 12 mai 2025\n\nLe Maire de Cayenne,\nVu le code des relations entre le public et l’administration, et notamment son article L. 242-1 ;\nVu l’arrêté n° 2025-DEP-0377 du 12 mai 2025 ;\nConsidérant que l’arrêté n° 2025-DEP-0377 a été délivré en méconnaissance de l’article L. 2122-1-1 du code général de la propriété des personnes publiques${ground} ;\nARRÊTE\nArticle 1er : L’arrêté n° 2025-DEP-0377 du 12 mai 2025 est retiré.\nArticle 2 : Le présent arrêté peut faire l’objet d’un recours devant le tribunal administratif de la Guyane dans un délai de deux mois à compter de sa notification.\nFait à Cayenne, le ${signed}\nLa Maire,\nSandra TROCHIMARA\n`;
  assert.match(fired(withdrawal('3 novembre 2025'), 'DAT-006')[0]?.message ?? '', /plus de quatre mois après \(jusqu’au 12 septembre 2025\)/);
  assert.deepEqual(fired(withdrawal('28 août 2025'), 'DAT-006'), []);
  assert.deepEqual(fired(withdrawal('3 novembre 2025', ', et obtenu par fraude'), 'DAT-006'), []);
});

test('a ninth review (everyday arrêtés): an objet opening « Instauration », « Vide-grenier », « Travaux »; a service under the commune’s name is no département', () => {
  const act = (head: string, subtitle: string) => parse(`${head}\n\nARRÊTÉ N° 2025-PM-0001\n${subtitle}\n\nLe Maire,\nVu le code général des collectivités territoriales ;\nARRÊTE\nArticle 1er : x.\n`);
  assert.equal(act('VILLE DES ABYMES', 'Instauration d’une zone bleue rue Sainte-Catherine').object?.text, 'Instauration d’une zone bleue rue Sainte-Catherine');
  assert.equal(act('Ville de Quimper', 'Vide-grenier de Kerfeunteun').object?.text, 'Vide-grenier de Kerfeunteun');
  assert.equal(act('VILLE DE DAX\nPolice municipale', 'Travaux rue des Carmes').header.departement, null);
  assert.equal(act('COMMUNE DE VERNOUILLET\nEure-et-Loir', 'Travaux rue des Carmes').header.departement?.name, 'Eure-et-Loir');
});

test('an eighth review (séances): more adjoints than 30 % of the conseil’s legal size (SEA-015, L. 2122-2)', () => {
  const delib = (article: string) => `COMMUNE DE GUÉRANDE\nDépartement de la Loire-Atlantique\nDélibération n° 2026-002\nSéance du vendredi 20 mars 2026\nDate de convocation : 16 mars 2026\nEn exercice : 33 - Présents : 33 - Votants : 33\nSecrétaire de séance : Mme Élodie MANACH\nObjet : Détermination du nombre d’adjoints au maire\nLe conseil municipal,\nVu le code général des collectivités territoriales, notamment son article L. 2122-2 ;\nAprès en avoir délibéré,\nDÉCIDE\nArticle 1er : ${article}\nAdopté à l’unanimité.\nLe maire,\nNicolas LE GOFF\n`;
  assert.match(fired(delib('Le nombre des adjoints au maire est fixé à onze.'), 'SEA-015')[0]?.message ?? '', /^11 adjoints pour un conseil de 33 membres .* il ne peut y en avoir plus de 9/);
  assert.equal(fired(delib('Le conseil municipal fixe à 11 le nombre des adjoints.'), 'SEA-015').length, 1);
  assert.deepEqual(fired(delib('Le nombre des adjoints au maire est fixé à neuf.'), 'SEA-015'), []);
});

test('a ninth review (everyday arrêtés): a maire who closes a débit de boissons on the préfet’s power (CSP L. 3332-15) is told to ground his own', () => {
  const act = (visa: string) => `COMMUNE DE SAINT-PAUL\nDépartement de La Réunion\n\nARRÊTÉ N° 2025-PM-088\nportant fermeture temporaire du débit de boissons « Le Ponton »\n\nLe Maire de Saint-Paul,\n${visa}Considérant la rixe survenue le 28 juin 2025 devant l’établissement, et les observations de l’exploitant du 5 juillet 2025 ;\nARRÊTE\nArticle 1er : L’établissement « Le Ponton », exploité par M. Thomas BÉGUÉ, est fermé pour une durée de quinze jours.\nArticle 2 : Le présent arrêté peut faire l’objet d’un recours devant le tribunal administratif de La Réunion dans un délai de deux mois à compter de sa notification.\nFait à Saint-Paul, le 8 juillet 2025\nLe Maire,\nHuguette BELLO\n`;
  assert.match(fired(act('Vu le code de la santé publique, et notamment son article L. 3332-15 ;\n'), 'POL-004')[0]?.message ?? '', /L\. 3332-15 du code de la santé publique porte sur les pouvoirs du préfet/);
  assert.deepEqual(fired(act('Vu le code général des collectivités territoriales, notamment ses articles L. 2212-1 et L. 2212-2 ;\nVu le code de la santé publique, et notamment son article L. 3332-15 ;\n'), 'POL-004'), []);
});

test('a collection too long to read act by act (a year’s register in one file) is read in part, and says where it stops (STR-008)', () => {
  const delib = (k: number) => `DÉLIBÉRATION N° 2026-${String(k).padStart(3, '0')}\nObjet : Subvention à l’association n° ${k}\nConsidérant que l’association organise chaque année une manifestation ouverte à tous les habitants de la commune, qu’elle participe à l’animation des quartiers et qu’elle a présenté un budget prévisionnel équilibré pour l’année 2026, accompagné de ses comptes approuvés par son assemblée générale ;\nLe conseil municipal, après en avoir délibéré, à l’unanimité, DÉCIDE d’attribuer une subvention de ${100 + k} €.\n\n`;
  const text = `VILLE DE NEVERS\nSéance du 15 juin 2026\nEn exercice : 35 - Présents : 30 - Votants : 30\nSecrétaire de séance : Mme Anne WOZNIAK\n\n${Array.from({ length: 260 }, (_, k) => delib(k + 1)).join('')}`;
  const a = analyze(text);
  const cut = a.diagnostics.filter((d) => d.code === 'STR-008');
  assert.equal(cut.length, 1);
  assert.match(cut[0].message, /à partir d’ici, \d+ actes ne sont ni lus ni vérifiés/);
  const read = a.document.acts.length;
  assert.ok(read > 100 && read < 260, `${read} acts read`);
  // The first unread act is where the warning points.
  assert.equal(text.split('\n')[cut[0].range.start.line], `DÉLIBÉRATION N° 2026-${String(read + 1).padStart(3, '0')}`);
});

test('a tenth review (a week of a service des assemblées): « à l’exclusion des arrêtés » bounds a délégation; a tally above « Adoptée à la majorité »; two matters of L. 2122-22; the matter in the délibération’s visa', () => {
  const delegation = `VILLE DE QUIMPER\nDépartement du Finistère\n\nARRÊTÉ N° 2026-CAB-014\nportant délégation de fonctions à M. Paul MARTIN, adjoint\n\nLa Maire de Quimper,\nVu le code général des collectivités territoriales, notamment son article L. 2122-18 ;\nARRÊTE\nArticle 1er : Délégation de fonctions est donnée à M. Paul MARTIN en matière de ressources humaines, à l’exclusion des arrêtés de nomination du personnel.\nArticle 2 : Le présent arrêté peut faire l’objet d’un recours devant le tribunal administratif de Rennes dans un délai de deux mois à compter de sa publication.\nFait à Quimper, le 30 mars 2026\nLa Maire,\nIsabelle ASSIH\n`;
  assert.deepEqual(codes(delegation), []);
  const tally = parse(`VILLE DE NEVERS\nDÉLIBÉRATION N° 2026-044\nSéance du 15 juin 2026\nObjet : Convention\nConseillers en exercice : 35\nPrésents : 27\nPouvoirs : 4\nDate de convocation : 9 juin 2026\nLe conseil municipal,\nVu le code général des collectivités territoriales ;\nDÉCIDE\nArticle unique : La convention est approuvée.\nVotants : 31 – Pour : 26 – Contre : 4 – Abstentions : 3\nAdoptée à la majorité des suffrages exprimés.\nLe Maire,\nDenis THURIOT\n`).vote;
  assert.deepEqual([tally?.for, tally?.against, tally?.abstentions], [26, 4, 3]);
  const decision = (visas: string, objet: string) => `VILLE DE BEAUVAIS\nDépartement de l’Oise\n\nDÉCISION N° 2026-DEC-031\nObjet : ${objet}\n\nLa Maire de Beauvais,\n${visas}DÉCIDE\nArticle 1er : ${objet}.\nArticle 2 : Il sera rendu compte de la présente décision au conseil municipal.\nFait à Beauvais, le 4 mai 2026\nLa Maire,\nFranck PIA\n`;
  const both = decision('Vu le code général des collectivités territoriales, et notamment ses articles L. 2122-22, 11° et 16°, et L. 2122-23 ;\nVu la délibération n° 2026-024 du 2 avril 2026 portant délégation au maire ;\n', 'La Ville défendra dans l’instance n° 2601234 introduite par la SCI Les Tilleuls');
  assert.deepEqual(fired(both, 'DEL-007'), []);
  const inVisa = decision('Vu le code général des collectivités territoriales, et notamment ses articles L. 2122-22 et L. 2122-23 ;\nVu la délibération n° 2026-024 du 2 avril 2026 portant délégation d’attributions au maire, et notamment son 5° ;\n', 'Louage du local du 12 rue Carnot à l’association Les Amis du livre pour une durée d’un an');
  assert.deepEqual(fired(inVisa, 'DEL-001'), []);
});

test('an eleventh review (messy inputs): names in capitals with a particle, « MME », a no-break space in « L. 2212-2 », a second column after the département, HTML pasted', () => {
  const act = (signature: string, extra = '') => `COMMUNE DE TRÉGUNC\nDépartement du Finistère${extra}\n\nARRÊTÉ N° 2026-041\nportant interdiction de la circulation\n\nLe Maire de Trégunc,\nVu le code général des collectivités territoriales, notamment son article L.\u00a02212-2 ;\nConsidérant la fête du 14 juillet 2026 ;\nARRÊTE\nArticle 1er : La circulation est interdite rue Haute le 14 juillet 2026.\nArticle 2 : Le présent arrêté peut faire l’objet d’un recours devant le tribunal administratif de Rennes dans un délai de deux mois à compter de sa publication.\nFait à Trégunc, le 1er juillet 2026\n\n${signature}\n`;
  for (const name of ['YANN LE BRIS', 'ANNE DE LA SALLE', 'LUC DU PONT', 'MARIE LA FONTAINE']) {
    assert.equal(parse(act(`Le maire,\n${name}`)).signatories[0]?.name, name);
    assert.deepEqual(fired(act(`Le maire,\n${name}`), 'SIG-001'), [], name);
  }
  assert.deepEqual(fired(act('Le maire,\nYANN LE BRIS'), 'CIT-001'), []);
  assert.equal(parse(act('Le maire,\nYANN LE BRIS', '                              Accusé de réception préfecture')).header.departement?.name, 'Finistère');
  const seance = parse('Commune de Trégunc\nDélibération n° 2026-12\nSéance du 14 avril 2026 sous la présidence de MME Anne BLANC\nSecrétaire de séance : MME Julie GIRARD.\nLe conseil municipal, après en avoir délibéré, DÉCIDE :\nArticle 1er : x.\n').seance;
  assert.deepEqual([seance?.president, seance?.secretary], ['Anne BLANC', 'Julie GIRARD']);
  const html = act('Le maire,\nYANN LE BRIS').replace(/\n/g, '<br>\n').replace(/é/g, '&eacute;');
  assert.match(fired(html, 'STR-009')[0]?.message ?? '', /Le texte contient du HTML \(\d+ balises ou entités, dont «\s<br>\s»\)/);
  assert.deepEqual(fired(act('Le maire,\nYANN LE BRIS'), 'STR-009'), []);
});

test('an eleventh review (messy inputs): lines wrapped by a PDF export after « L. » or « à » keep the visa and the recours whole', () => {
  const decision = `    Commune de Chauvigny\n    Département de la Vienne\n\n    DÉCISION N° 2026-D-014\n    portant création d'une régie de recettes\n\n    Le maire de Chauvigny,\n\n    Vu le code général des collectivités territoriales, notamment ses articles L.\n    2122-22, 7°, L. 2122-23 et R. 1617-1 à R. 1617-18 ;\n    Vu la délibération n° 2026-009 du 3 mars 2026 portant délégation d'attributions au maire ;\n    Vu l'arrêté du 10 juillet 2020 affectant M. Paul DURAND à la\n    Mairie du secteur centre ;\n\n    DÉCIDE\n\n    Article 1er : Il est institué une régie de recettes auprès de la bibliothèque municipale.\n    Article 2 : La présente décision peut faire l'objet d'un recours contentieux devant le tribunal administratif de Poitiers dans un délai de deux mois à\n    compter de sa publication.\n    Article 3 : Il sera rendu compte de la présente décision au conseil municipal.\n\n    Fait à Chauvigny, le 4 avril 2026\n    Le maire,\n    Jean DUPONT\n`;
  const act = parse(decision);
  assert.match(act.visas[0].text, /L\.\s+2122-22, 7°, L\. 2122-23 et R\. 1617-1 à R\. 1617-18 ;$/);
  assert.match(act.visas[2].text, /Mairie du secteur centre ;$/);
  assert.ok(act.references.some((r) => r.article === 'L2122-22' && r.item === '7'));
  assert.equal(act.recours?.startingPoint, 'sa publication');
  for (const code of ['VIS-001', 'VIS-007', 'CIT-001', 'REC-001']) assert.deepEqual(fired(decision, code), [], code);
});

test('a tenth review (budgets): the budget and the rates voted after 15 April (30 April in 2026), the accounts after 30 June of the next year (DAT-007)', () => {
  const delib = (objet: string, seance: string) => `VILLE DE LAVAL\nDépartement de la Mayenne\nDélibération n° 2025-040\nObjet : ${objet}\nSéance du ${seance}\nDate de convocation : 10 avril 2025\nEn exercice : 43 - Présents : 40 - Votants : 43\nSecrétaire de séance : Mme Anne DURAND\nLe conseil municipal, après en avoir délibéré, à l’unanimité, ADOPTE le document présenté.\nLe Maire,\nFlorian BERCAULT\n`;
  assert.match(fired(delib('Budget primitif 2025', '22 avril 2025'), 'DAT-007')[0]?.message ?? '', /^Le budget primitif 2025 est voté le 22 avril 2025, après la date limite du 15 avril 2025/);
  assert.deepEqual(fired(delib('Budget primitif 2025', '14 avril 2025'), 'DAT-007'), []);
  assert.deepEqual(fired(delib('Budget primitif 2026', '28 avril 2026'), 'DAT-007'), []);
  assert.match(fired(delib('Vote des taux de la taxe foncière sur les propriétés bâties pour 2025', '22 avril 2025'), 'DAT-007')[0]?.message ?? '', /les taux de l’année précédente s’appliquent/);
  assert.match(fired(delib('Compte financier unique 2025', '9 juillet 2026'), 'DAT-007')[0]?.message ?? '', /après la date limite du 30 juin 2026/);
  assert.deepEqual(fired(delib('Compte financier unique 2025', '24 juin 2026'), 'DAT-007'), []);
});

test('a tenth review (décisions by délégation): a sale of movables above 4 600 euros (10°), a lease above twelve years (5°) exceed what the law lets the conseil delegate (DEL-009)', () => {
  const decision = (item: string, article: string) => `COMMUNE DE VANNES\nDépartement du Morbihan\n\nDÉCISION N° 2026-DM-077\nObjet : Décision prise par délégation\n\nLe Maire de Vannes,\nVu le code général des collectivités territoriales, et notamment ses articles L. 2122-22, ${item}, et L. 2122-23 ;\nVu la délibération n° 2026-038 du 3 avril 2026 portant délégation au Maire ;\nDÉCIDE\nArticle 1er : ${article}\nArticle 2 : Il sera rendu compte de la présente décision au conseil municipal.\nFait à Vannes, le 9 juin 2026\nLe Maire,\nDavid ROBO\n`;
  assert.match(fired(decision('10°', 'La balayeuse de voirie est cédée de gré à gré à la société Bretagne Voirie au prix de 38 500 euros.'), 'DEL-009')[0]?.message ?? '', /^Une aliénation de 38\s500 euros dépasse ce que la loi permet de déléguer au 10°/);
  assert.deepEqual(fired(decision('10°', 'La tondeuse est cédée de gré à gré à M. Yann LE GOFF au prix de 850 euros.'), 'DEL-009'), []);
  assert.match(fired(decision('5°', 'Un bail est conclu avec la SARL Les Halles pour une durée de quinze ans, moyennant un loyer annuel de 10 800 euros.'), 'DEL-009')[0]?.message ?? '', /^Un louage de 15 ans dépasse/);
  assert.deepEqual(fired(decision('5°', 'Un bail est conclu avec la SARL Les Halles pour une durée de neuf ans, moyennant un loyer annuel de 10 800 euros.'), 'DEL-009'), []);
});

test('a tenth review: an arrêté of the maire that fixes tarifs without a délégation (DEL-010); a recueil’s table of contents heads no act', () => {
  const arrete = (visas: string) => `VILLE DE DRAGUIGNAN\nDépartement du Var\n\nARRÊTÉ N° 2026-AM-112\nfixant les tarifs de la piscine municipale pour la saison 2026\n\nLe Maire de Draguignan,\n${visas}ARRÊTE\nArticle 1er : Les tarifs de la piscine sont fixés comme suit : entrée adulte 4,50 euros, entrée enfant 2,50 euros.\nArticle 2 : Le présent arrêté peut faire l’objet d’un recours devant le tribunal administratif de Toulon dans un délai de deux mois à compter de sa publication.\nFait à Draguignan, le 2 mai 2026\nLe Maire,\nRichard STRAMBIO\n`;
  assert.equal(fired(arrete('Vu le code général des collectivités territoriales, notamment ses articles L. 2122-21 et L. 2122-27 ;\n'), 'DEL-010').length, 1);
  assert.deepEqual(fired(arrete('Vu le code général des collectivités territoriales, notamment ses articles L. 2122-22 (2°) et L. 2122-23 ;\nVu la délibération n° 2026-031 du 2 avril 2026 portant délégation au maire ;\n'), 'DEL-010'), []);
  const recueil = parse(`VILLE DE QUIMPER\n\nRECUEIL DES ACTES ADMINISTRATIFS\nN° 2026-05 – Mai 2026\n\nSOMMAIRE\nArrêté n° 2026-AR-0412 – Réglementation temporaire de la circulation rue Kéréon .......... p. 2\nDécision n° 2026-DEC-031 – Convention d'occupation précaire d'un local rue de Locronan .. p. 4\n\nVILLE DE QUIMPER\n\nARRÊTÉ N° 2026-AR-0412\nportant réglementation temporaire de la circulation rue Kéréon\n\nLe Maire de la Ville de Quimper,\nVu le code général des collectivités territoriales, et notamment son article L. 2213-1 ;\nConsidérant les travaux du 12 mai 2026 ;\nARRÊTE\nArticle 1er : La circulation est interdite rue Kéréon le 12 mai 2026.\nFait à Quimper, le 5 mai 2026\nLe Maire,\nIsabelle ASSIH\n`);
  assert.deepEqual([recueil.kind, recueil.number?.value, recueil.header.departement], ['arrete-maire', '2026-AR-0412', null]);
});

test('an eleventh review (messy inputs): a page break between « Le maire, » and the name (page number, form feed, the @ctes stamp of each page) keeps the name', () => {
  const stamp = '                                                  Envoyé en préfecture le 12/04/2026\n                                                  Reçu en préfecture le 12/04/2026\n                                                  ID : 033-213302433-20260412-2026055-AR\n';
  const act = `${stamp}Commune de Libourne\nDépartement de la Gironde\n\nARRÊTÉ N° 2026-055\nportant réglementation du bruit\n\nLe maire de Libourne,\nVu le code général des collectivités territoriales, notamment son article L. 2212-2 ;\nConsidérant les plaintes reçues le 2 avril 2026 ;\nARRÊTE\nArticle 1er : Les travaux bruyants sont interdits le dimanche.\nArticle 2 : Le présent arrêté peut faire l’objet d’un recours devant le tribunal administratif de Bordeaux dans un délai de deux mois à compter de sa publication.\n\n    Fait à Libourne, le 12 avril 2026.\n\n    Le maire,\n\n\n                                   Page 2/3\n\f\n${stamp}\n    Marie LEROY\n`;
  assert.equal(parse(act).signatories[0]?.name, 'Marie LEROY');
  assert.deepEqual(fired(act, 'SIG-001'), []);
});

test('a tenth review: the number on the séance’s line (« Séance du 22 juin 2026 – Délibération n° 2026-118 »); an objet « Bail de location – … » under the title', () => {
  assert.equal(parse('VILLE D’ARRAS\n\nEXTRAIT DU REGISTRE DES DÉLIBÉRATIONS DU CONSEIL MUNICIPAL\nSéance du 22 juin 2026 – Délibération n° 2026-118\n\nObjet : Création d’emplois\nLe conseil municipal, après en avoir délibéré, à l’unanimité, DÉCIDE :\nArticle 1er : x.\n').number?.value, '2026-118');
  assert.equal(parse('Ville de Niort\n\nDÉCISION N° D-2026-211\nBail de location – local commercial du 6 rue Victor-Hugo\n\nLe Maire de Niort,\nVu le code général des collectivités territoriales, notamment les articles L. 2122-22 (5°) et L. 2122-23 ;\nDÉCIDE\nArticle 1er : x.\n').object?.text, 'Bail de location – local commercial du 6 rue Victor-Hugo');
});

test('a twelfth review (the new rules tempted): pouvoirs to members named in small letters, withdrawals asked for or of a sanction, « taux de promotion », several sales under 4 600 euros, a recueil signed in small letters', () => {
  const seance = (line: string) => `Commune de Montmorillon\nDélibération n° 2026-118\nSéance du 5 octobre 2026\nDate de convocation : 28 septembre 2026\nEn exercice : 27 - Présents : 20 - Pouvoirs : 4 - Votants : 24\nSecrétaire de séance : M. Paul ROUX\n${line}\nObjet : Tarifs\nLe conseil municipal, après en avoir délibéré, à l’unanimité, DÉCIDE :\nArticle 1er : x.\n`;
  assert.equal(fired(seance('Pouvoirs : M. Paul Giraud à Mme Hélène Dupré, Mme Lise Brun à Mme Hélène Dupré, M. Luc Petit à Mme Iris Bonnet.'), 'SEA-004').length, 1);
  assert.equal(fired(seance('Pouvoirs : Mme Hélène Dupré, porteuse de deux pouvoirs (M. Paul Giraud et Mme Lise Brun).'), 'SEA-004').length, 1);
  const withdrawal = (reason: string, article: string) => `COMMUNE DE FIGEAC\nDépartement du Lot\n\nARRÊTÉ N° 2026-RH-044\nportant retrait\n\nLe Maire de Figeac,\nVu le code des relations entre le public et l’administration ;\n${reason}ARRÊTE\nArticle 1er : ${article}\nArticle 2 : Le présent arrêté peut faire l’objet d’un recours devant le tribunal administratif de Toulouse dans un délai de deux mois à compter de sa notification.\nFait à Figeac, le 16 février 2026\nLe Maire,\nAndré MELLINGER\n`;
  // Asked for by the beneficiary, or a sanction withdrawn: neither late (DAT-006) nor a measure against the person (MOT).
  const asked = withdrawal('Considérant la demande de la SARL Le Bouchon du 2 février 2026 ;\n', 'La permission de voirie n° 2025-PV-12 du 10 juin 2025 est retirée, à la demande de son bénéficiaire.');
  const sanction = withdrawal('Vu l’arrêté n° 2025-RH-102 du 12 juin 2025 infligeant un blâme à M. Thierry VIDAL ;\nConsidérant qu’une mesure à caractère de sanction peut toujours être retirée (L. 243-4) ;\n', 'L’arrêté n° 2025-RH-102 du 12 juin 2025 est retiré.');
  for (const act of [asked, sanction]) for (const code of ['DAT-006', 'MOT-001', 'MOT-002']) assert.deepEqual(fired(act, code), [], code);
  // A décision withdrawn, feminine, ten months after: late.
  assert.equal(fired(withdrawal('Considérant que Mme CARLES n’exerce plus les fonctions ouvrant droit à la NBI ;\n', 'La décision du 1er mars 2025 attribuant la NBI à Mme Julie CARLES est retirée.'), 'DAT-006').length, 1);
  const ratios = `VILLE D’ÉPINAL\nDélibération n° 2026-090\nObjet : Fixation des taux de promotion pour les avancements de grade 2026\nSéance du 21 septembre 2026\nDate de convocation : 14 septembre 2026\nEn exercice : 39 - Présents : 30 - Votants : 35\nSecrétaire de séance : Mme Anne DURAND\nLe conseil municipal, après en avoir délibéré, à l’unanimité, FIXE les taux.\n`;
  assert.deepEqual(fired(ratios, 'DAT-007'), []);
  const lots = `COMMUNE DE BOURGES\nDépartement du Cher\n\nDÉCISION N° 2026-DM-077\nObjet : Aliénation de biens mobiliers\n\nLe Maire de Bourges,\nVu le code général des collectivités territoriales, et notamment ses articles L. 2122-22, 10°, et L. 2122-23 ;\nVu la délibération n° 2026-038 du 3 avril 2026 portant délégation au Maire ;\nDÉCIDE\nArticle 1er : Sont cédés de gré à gré : une tondeuse pour 3 200 euros ; un véhicule utilitaire pour 4 100 euros ; une saleuse pour 2 900 euros.\nArticle 2 : Les recettes, d’un montant total de 10 200 euros, sont imputées au budget principal.\nFait à Bourges, le 9 juin 2026\nLe Maire,\nYann GALUT\n`;
  assert.deepEqual(fired(lots, 'DEL-009'), []);
  const arrete = (n: number) => `ARRÊTÉ MUNICIPAL N° 2026-00${n}\nportant réglementation du stationnement\n\nLe Maire de Tours,\nVu le code général des collectivités territoriales, notamment son article L. 2213-2 ;\nConsidérant le déménagement du ${n} avril 2026 ;\n\nARRÊTE :\n\nArticle 1er : Le stationnement est interdit place du Marché le ${n} avril 2026.\n\nFait à Tours, le ${n} avril 2026\n\nLe Maire,\nEmmanuel Denis\n\n\n`;
  const recueil = analyze(`VILLE DE TOURS\n\n${arrete(1)}${arrete(2)}${arrete(3)}`);
  assert.deepEqual(recueil.document.acts.map((a) => a.signatories[0]?.name), ['Emmanuel Denis', 'Emmanuel Denis', 'Emmanuel Denis']);
  assert.deepEqual(recueil.diagnostics.filter((d) => d.code === 'SIG-001'), []);
});

test('a considérant that introduces a list (« fait apparaître : » then « - … ; ») holds the list (no false VIS-007)', () => {
  const delib = `VILLE DE TULLE\nDélibération n° 2026-051\nSéance du 23 juin 2026\nDate de convocation : 16 juin 2026\nEn exercice : 33 - Présents : 28 - Votants : 31\nSecrétaire de séance : Mme Anne DURAND\nObjet : Affectation du résultat 2025\nVu le code général des collectivités territoriales, et notamment son article R. 2311-11 ;\nConsidérant que le compte financier unique 2025 fait apparaître :\n- un excédent de fonctionnement de 2 184 512,37 € ;\n- un besoin de financement de 1 046 220,15 € ;\nLe conseil municipal, après en avoir délibéré, à l’unanimité, DÉCIDE d’affecter le résultat.\n`;
  const act = parse(delib);
  assert.equal(act.considerants.length, 1);
  assert.match(act.considerants[0].text, /besoin de financement de 1 046 220,15 € ;$/);
  assert.deepEqual(fired(delib, 'VIS-007'), []);
});

test('a ninth review: a period of the dispositif that ends before it starts (DAT-008)', () => {
  const act = (period: string) => `COMMUNE DE SAINT-PERN\nDépartement d’Ille-et-Vilaine\n\nARRÊTÉ N° 2025-018\nportant interdiction temporaire de la circulation\n\nLe Maire de Saint-Pern,\nVu le code général des collectivités territoriales, notamment son article L. 2213-1 ;\nConsidérant les travaux de voirie ;\nARRÊTE\nArticle 1er : La circulation est interdite rue de la Mairie ${period}.\nArticle 2 : Le présent arrêté peut faire l’objet d’un recours devant le tribunal administratif de Rennes dans un délai de deux mois à compter de sa publication.\nFait à Saint-Pern, le 2 juin 2025\nLe Maire,\nJean DUPONT\n`;
  assert.match(fired(act('du lundi 16 juin 2025 au vendredi 13 juin 2025'), 'DAT-008')[0]?.message ?? '', /finit le 13 juin 2025, avant de commencer le 16 juin 2025/);
  assert.deepEqual(fired(act('du lundi 16 juin 2025 au vendredi 20 juin 2025'), 'DAT-008'), []);
  assert.equal(fired(act('du 16 juin 2025 à 8 h au 13 juin 2025'), 'DAT-008').length, 1);
  // (The hour in words or as a clock writes it, 67th review.)
  assert.equal(fired(act('du lundi 16 juin 2025 à 7 heures au vendredi 13 juin 2025 à 19 heures'), 'DAT-008').length, 1);
  assert.equal(fired(act('du 16 juin 2025 à 07:00 au 13 juin 2025 à 19:00'), 'DAT-008').length, 1);
  assert.equal(fired(act('du 16 juin 2025 à 7 heures 30 au 13 juin 2025'), 'DAT-008').length, 1);
  assert.deepEqual(fired(act('du lundi 16 juin 2025 à 7 heures au vendredi 20 juin 2025 à 19 heures'), 'DAT-008'), []);
});

test('a tenth review: a surname with a particle after it in small letters (« Jean DIONIS du SÉJOUR ») is read whole', () => {
  const act = parse('COMMUNE D’AGEN\nDépartement de Lot-et-Garonne\n\nARRÊTÉ N° 2026-041\nportant interdiction de la circulation\n\nLe Maire d’Agen,\nVu le code général des collectivités territoriales, notamment son article L. 2213-1 ;\nARRÊTE\nArticle 1er : La circulation est interdite rue Montesquieu le 14 juillet 2026.\nFait à Agen, le 1er juillet 2026\nLe Maire,\nJean DIONIS du SÉJOUR\n');
  assert.equal(act.signatories[0]?.name, 'Jean DIONIS du SÉJOUR');
});

test('a review of the session’s code: pouvoirs said twice are counted once, a séance sentence citing an article keeps its date, two laws in one visa, « prennent effet immédiatement » alone, « quinze (15) ans », « article 1639 A. »', () => {
  const seance = (date: string, line: string) => `Commune de Sarlat\nDélibération n° ${date.slice(-4)}-01\nLe conseil municipal s’est réuni en séance publique, en application de l’article L. 2121-7 du code général des collectivités territoriales, le ${date}.\nDate de convocation : 3 février ${date.slice(-4)}\nEn exercice : 19 - Présents : 12 - Pouvoirs : 2 - Votants : 14\n${line}\nSecrétaire de séance : M. Paul ROUX\nLe conseil municipal, après en avoir délibéré, à l’unanimité, DÉCIDE :\nArticle 1er : x.\n`;
  assert.equal(parse(seance('10 février 2026', '')).seance?.date, '2026-02-10');
  const twice = 'Pouvoirs : M. Alain BERNARD à Mme Sophie GIRAUD, M. Denis LAMBERT à Mme Sophie GIRAUD\nMme Sophie GIRAUD, porteuse de deux pouvoirs.';
  assert.deepEqual(fired(seance('10 février 2021', twice), 'SEA-004'), []);
  assert.match(fired(seance('10 février 2026', twice), 'SEA-004')[0]?.message ?? '', /reçoit 2 pouvoirs/);
  const visas = (visa: string) => `COMMUNE DE LEXY\nArrêté n° 2026-12\nportant nomination\nLe Maire de Lexy,\n${visa}\nARRÊTE :\nArticle 1er : x.\n`;
  assert.equal(fired(visas('Vu la loi n° 83-634 du 13 juillet 1983 portant droits et obligations des fonctionnaires et la loi n° 84-53 du 26 janvier 1984 portant dispositions statutaires relatives à la fonction publique territoriale ;'), 'VIS-004').length, 2);
  const tarifs = `VILLE DE LAVAL\nDélibération n° 2026-040\nObjet : Tarifs de la piscine\nSéance du 12 mars 2026\nDate de convocation : 5 mars 2026\nEn exercice : 43 - Présents : 40 - Votants : 43\nSecrétaire de séance : Mme Anne DURAND\nLe conseil municipal FIXE les tarifs de la piscine.\nArticle 1er : Les nouveaux tarifs prennent effet immédiatement.\nLe Maire,\nFlorian BERCAULT\n`;
  assert.equal(fired(tarifs, 'SEA-005').length, 1);
  const lease = `COMMUNE DE VANNES\nDépartement du Morbihan\n\nDÉCISION N° 2026-DM-078\nObjet : Bail commercial\n\nLe Maire de Vannes,\nVu le code général des collectivités territoriales, et notamment ses articles L. 2122-22, 5°, et L. 2122-23 ;\nVu la délibération n° 2026-038 du 3 avril 2026 portant délégation au Maire ;\nDÉCIDE\nArticle 1er : Un bail est conclu avec la SARL Les Halles pour une durée de quinze (15) ans.\nFait à Vannes, le 9 juin 2026\nLe Maire,\nDavid ROBO\n`;
  assert.match(fired(lease, 'DEL-009')[0]?.message ?? '', /^Un louage de 15 ans/);
  const cgi = parse(`VILLE DE LAVAL\nDélibération n° 2026-041\nVu le code général des impôts, et notamment son article 1639 A.\nConsidérant le produit attendu ;\nLe conseil municipal, après en avoir délibéré, DÉCIDE :\nArticle 1er : x.\n`);
  assert.match(cgi.visas[0].text, /1639 A\.$/);
  assert.equal(cgi.considerants.length, 1);
});

test('a thirteenth review: a délibération that only takes note (« PREND ACTE » of the décisions the maire reports) asks for no vote and no recours; one that decides too, or the DOB, still does', () => {
  const delib = (body: string, objet = 'Compte rendu des décisions prises par le Maire en vertu de la délégation du conseil municipal') => `COMMUNE DE SAINT-JUST-EN-CHAUSSÉE\nDépartement de l’Oise\n\nEXTRAIT DU REGISTRE DES DÉLIBÉRATIONS DU CONSEIL MUNICIPAL\n\nSéance du 12 mars 2026\nDate de convocation : 5 mars 2026\nMembres en exercice : 23 – Présents : 18 – Votants : 20\nSecrétaire de séance : Mme Sophie GARNIER\n\nDélibération n° 2026-014\n\nObjet : ${objet}\n\nVu le code général des collectivités territoriales, et notamment ses articles L. 2122-22 et L. 2122-23 ;\nVu la délibération n° 2020-031 du 28 mai 2020 portant délégation d’attributions du conseil municipal au maire ;\n\nMonsieur le Maire rend compte des décisions prises depuis la dernière séance :\n- Décision n° 2026-003 du 16 janvier 2026 : contrat de maintenance de l’ascenseur de la mairie ;\n- Décision n° 2026-004 du 2 février 2026 : renonciation au droit de préemption urbain sur la parcelle AB 112.\n\n${body}\n\nFait et délibéré les jour, mois et an susdits.\n\nLe Maire,\nFrédéric DELANNOY\n`;
  const note = delib('Le conseil municipal PREND ACTE de ces décisions.');
  for (const code of ['SEA-005', 'REC-001']) assert.deepEqual(fired(note, code), [], code);
  assert.equal(fired(delib('Le conseil municipal prend acte de ces décisions et approuve le contrat de maintenance.'), 'SEA-005').length, 1);
  assert.equal(fired(delib('Le conseil municipal PREND ACTE de la tenue du débat.', 'Débat d’orientation budgétaire 2026'), 'SEA-005').length, 1);
});

test('a number cut by the end of the title’s line (« ARRÊTÉ N° 2026- » / « 010 portant … ») is read whole, with the objet after it', () => {
  const act = parse('COMMUNE DE LANNION\n\nARRÊTÉ N° 2026-\n010 portant interdiction du stationnement\n\nLe Maire de Lannion,\nVu le code général des collectivités territoriales ;\nARRÊTE\nArticle 1er : Le stationnement est interdit.\nFait à Lannion, le 18 mars 2026\nLe Maire,\nPaul LE BIHAN\n');
  assert.equal(act.number?.value, '2026-010');
  assert.equal(act.object?.text, 'portant interdiction du stationnement');
});

test('a word cut by a PDF’s hyphenation at a line end (« manifes- » / « tations ») is whole again in the JSON; a compound (« sous-préfecture », « Saint-Malo ») keeps its hyphen', () => {
  const act = parse('COMMUNE DE LANNION\n\nARRÊTÉ N° 2026-011\n\nObjet : Stationnement pendant les manifes-\ntations estivales, rue de Saint-\nMalo, près de la sous-\npréfecture\n\nLe Maire de Lannion,\nVu le code général des collectivités territoriales ;\nARRÊTE\nArticle 1er : Le stationnement est interdit.\n');
  assert.equal(actToJson(act).object, 'Stationnement pendant les manifestations estivales, rue de Saint-Malo, près de la sous-préfecture');
});

test('blank lines left for the signature by hand (four or five) between the quality and the name keep the name, in capitals, in small letters and in two columns', () => {
  const act = (block: string) => parse(`COMMUNE DE LANNION\n\nARRÊTÉ N° 2026-012\nportant interdiction du stationnement\n\nLe Maire de Lannion,\nVu le code général des collectivités territoriales ;\nARRÊTE\nArticle 1er : Le stationnement est interdit.\n\nFait à Lannion, le 18 mars 2026\n\n${block}\n`);
  assert.equal(act('Le Maire,\n\n\n\n\nPaul LE BIHAN').signatories[0]?.name, 'Paul LE BIHAN');
  assert.equal(act('Le Maire,\n\n\n\nPaul Le Bihan').signatories[0]?.name, 'Paul Le Bihan');
  const two = act('Le Maire,                         La secrétaire de séance,\n\n\n\nPaul LE BIHAN                      Claire MARTIN');
  assert.deepEqual(two.signatories.map((s) => s.name), ['Paul LE BIHAN', 'Claire MARTIN']);
});

test('a fifteenth review (after the signature): a séance opened « Le lundi neuf février deux mille vingt-six » is a Monday of 2026; dates to fill after the signature are no model’s fields; « M. le Maire ayant regagné la salle » is no signature; a procès-verbal is signed under L. 2121-15 and asks for no recours', () => {
  const opening = (day: string) => `COMMUNE DE DIEULEFIT\nDélibération n° 2026-009\nObjet : Tarifs de la restauration scolaire\nSéance du 9 février 2026\nDate de convocation : 3 février 2026\nEn exercice : 23 - Présents : 17 - Votants : 21\nSecrétaire de séance : Mme Anne DURAND\n${day} neuf février deux mille vingt-six, à dix-huit heures trente, le conseil municipal s’est réuni.\nLe conseil municipal, après en avoir délibéré, à l’unanimité, DÉCIDE :\nArticle 1er : Les tarifs sont fixés.\n`;
  assert.deepEqual(fired(opening('Le lundi'), 'DAT-004'), []);
  assert.match(fired(opening('Le mardi'), 'DAT-004')[0]?.message ?? '', /9 février 2026 est un lundi/);
  const later = `COMMUNE DE PAIMPONT\n\nARRÊTÉ N° 2026-015\nportant interdiction du stationnement\n\nLe Maire de Paimpont,\nVu le code général des collectivités territoriales, notamment son article L. 2213-2 ;\nARRÊTE\nArticle 1er : Le stationnement est interdit place de l’Église.\nFait à Paimpont, le 2 mars 2026\nLe Maire,\nAlain LEFEUVRE\n\nTransmis au représentant de l’État le : __/__/____\nAffiché en mairie le : __/__/____\n`;
  assert.deepEqual(fired(later, 'STR-007'), []);
  assert.equal(fired(later.replace('Le stationnement est interdit', 'Le stationnement est interdit le __/__/2026'), 'STR-007').length, 1);
  const pv = `COMMUNE DE MONTBRISON\n\nPROCÈS-VERBAL DE LA SÉANCE DU CONSEIL MUNICIPAL DU 18 MAI 2026\n\nSéance du 18 mai 2026\nDate de convocation : 12 mai 2026\nEn exercice : 33 - Présents : 27 - Votants : 31\nSecrétaire de séance : Mme Lise MICHEL\n\nM. le Maire ayant regagné la salle, Mme MICHEL présente l’affectation du résultat.\nLe conseil municipal, après en avoir délibéré, à l’unanimité, DÉCIDE d’affecter le résultat.\n\nFait à Montbrison, le 19 mai 2026\nLe Maire,\nChristophe BAZILE\n`;
  const act = parse(pv);
  assert.equal(act.minutes, true);
  assert.deepEqual(act.signatories.map((s) => s.name), ['Christophe BAZILE']);
  const sea010 = fired(pv, 'SEA-010');
  assert.equal(sea010.length, 1);
  assert.match(sea010[0].message, /procès-verbal de la séance est signé .* L\. 2121-15/);
  assert.deepEqual(fired(pv, 'REC-001'), []);
});

test('a fourteenth review (EPCI, départements, régions): a groupement de commandes or an association’s statuts are no matters kept to the conseil; a commission permanente counts the members represented; « délégations de vote »; a tribunal designated by R. 312-10-1; an EPCI’s département from its name', () => {
  const bureau = (objet: string) => `METZ MÉTROPOLE\n\nEXTRAIT DU REGISTRE DES DÉLIBÉRATIONS DU BUREAU\n\nSéance du 2 mars 2026\n\nDélibération n° BU-2026-014\nObjet : ${objet}\n\nLe Bureau, après en avoir délibéré, à l’unanimité, DÉCIDE :\nArticle 1er : x.\n`;
  const kept = (objet: string) => fired(bureau(objet), 'EPCI-004').filter((d) => /ne peut pas déléguer/.test(d.message));
  assert.deepEqual(kept('Adhésion au groupement de commandes coordonné par le Département de la Moselle pour la fourniture de sel'), []);
  assert.deepEqual(kept('Approbation des statuts de l’association Bocage Emploi Solidaire'), []);
  assert.match(kept('Service déchets – Tarifs 2026 de la redevance incitative')[0]?.message ?? '', /\(1°\)/);
  assert.match(kept('Budget annexe de l’eau – Approbation du compte administratif 2025')[0]?.message ?? '', /compte administratif \(2°\)/);
  const cp = (present: number, represented: number) => `DÉPARTEMENT DE MEURTHE-ET-MOSELLE\n\nCOMMISSION PERMANENTE\nSéance du lundi 16 mars 2026\n\nDélibération n° CP-26-03-027\nObjet : Routes départementales – convention\n\nMembres de la commission permanente en exercice : 46\nPrésents : ${present}\nReprésentés : ${represented}\nVotants : ${present + represented}\n\nLa commission permanente du conseil départemental de Meurthe-et-Moselle s’est réunie le 16 mars 2026.\nVu le code général des collectivités territoriales, notamment son article L. 3121-14-1 ;\nLa commission permanente, après en avoir délibéré, à l’unanimité, DÉCIDE :\nArticle 1er : x.\n`;
  assert.deepEqual(fired(cp(21, 13), 'SEA-003'), []);
  assert.match(fired(cp(15, 5), 'SEA-003')[0]?.message ?? '', /15 présents et 5 représentés .* L\. 3121-14-1/);
  const votes = parse('DÉPARTEMENT DE LA HAUTE-VIENNE\n\nCONSEIL DÉPARTEMENTAL\n\nRéunion du vendredi 6 février 2026\n\nDélibération n° 2026-CD-0008\n\nConseillers départementaux en exercice : 42\nPrésents : 38\nAyant donné délégation de vote : 3\nVotants : 41\n\nLe conseil départemental, après en avoir délibéré, DÉCIDE :\nArticle 1er : x.\n');
  assert.equal(votes.seance?.represented, 3);
  const region = parse('RÉGION NORMANDIE\n\nCOMMISSION PERMANENTE DU 9 MARS 2026\n\nDÉLIBÉRATION N° CP 26-03-112\n\nObjet : Lycées publics\n\nLa commission permanente, après en avoir délibéré, DÉCIDE :\nArticle 1er : x.\n');
  assert.equal(region.authorBody, 'region');
  assert.equal(region.number?.value, 'CP 26-03-112');
  const tarif = (tribunal: string) => `DÉPARTEMENT DU CANTAL\n\nARRÊTÉ N° 2026-ESMS-014\nportant fixation du prix de journée de l’EHPAD de Riom-ès-Montagnes\n\nLe Président du Conseil départemental du Cantal,\nVu le code de l’action sociale et des familles ;\nARRÊTE\nArticle 1er : Le prix de journée est fixé à 62,40 euros.\nArticle 2 : Le présent arrêté peut faire l’objet d’un recours de plein contentieux devant le tribunal administratif de ${tribunal} dans un délai de deux mois à compter de sa notification.\nFait à Aurillac, le 3 février 2026\nLe Président,\nBruno FAURE\n`;
  assert.deepEqual(fired(tarif('Lyon, compétent en matière de tarification sanitaire et sociale en application de l’article R. 312-10-1 du code de justice administrative,'), 'REC-002'), []);
  assert.equal(fired(tarif('Lyon'), 'REC-002').length, 1);
  const nantes = `NANTES MÉTROPOLE\n\nExtrait du registre des délibérations du bureau métropolitain\n\nBureau métropolitain du vendredi 5 juin 2026\n\nDélibération n° 2026-BM-041\nObjet : Acquisition foncière\n\nLe Bureau, après en avoir délibéré, à l’unanimité, DÉCIDE :\nArticle 1er : x.\nArticle 2 : La présente délibération peut faire l’objet d’un recours devant le tribunal administratif de Rennes dans un délai de deux mois à compter de sa publication.\n`;
  const rec = fired(nantes, 'REC-002');
  assert.equal(rec[0]?.severity, 'warning');
  assert.match(rec[0]?.message ?? '', /celui de Nantes, pas celui de Rennes/);
});

test('a thirteenth review (personnel, funérailles): an authorisation granted on its beneficiary’s request needs the recours mention only as information, and no circumstances (MOT-003); an agent’s decision on request still needs it', () => {
  const inhumation = (visa: string, grant: string) => `VILLE D’ÉPERNAY\nDépartement de la Marne\n\nARRÊTÉ N° 2026-INH-041\nportant autorisation d’inhumation\n\nLe Maire de la Ville d’Épernay,\nVu le code général des collectivités territoriales, notamment ses articles L. 2213-7 à L. 2213-9 et R. 2213-31 ;\n${visa}\nARRÊTE\nArticle 1er : ${grant}\nArticle 2 : Le présent arrêté sera notifié au demandeur.\nFait à Épernay, le 12 mars 2026\nPour le Maire et par délégation,\nL’adjointe déléguée,\nClaire MOREAU\n`;
  const funeral = inhumation('Vu la demande présentée le 11 mars 2026 par M. Paul LEROY, fils du défunt ;', 'M. Paul LEROY est autorisé à faire inhumer le corps de M. Jean LEROY au cimetière du Sud, concession n° 412.');
  assert.equal(fired(funeral, 'REC-001')[0]?.severity, 'information');
  assert.match(fired(funeral, 'REC-001')[0]?.message ?? '', /à compter de sa notification\. Pour une décision favorable prise à la demande/);
  assert.deepEqual(fired(funeral, 'MOT-003'), []);
  const agent = `COMMUNE DE LUÇON\n\nARRÊTÉ N° 2026-RH-031\nportant autorisation de travail à temps partiel\n\nLe Maire de Luçon,\nVu le code général de la fonction publique, notamment ses articles L. 612-1 et suivants ;\nVu la demande de Mme Julie MARTIN du 2 février 2026 ;\nARRÊTE\nArticle 1er : Mme Julie MARTIN, adjoint administratif, est autorisée à exercer ses fonctions à temps partiel à 80 % du 1er mars 2026 au 28 février 2027.\nArticle 2 : Le présent arrêté sera notifié à l’intéressée.\nFait à Luçon, le 16 février 2026\nLe Maire,\nPierre-Guy PERRIER\n`;
  assert.equal(fired(agent, 'REC-001')[0]?.severity, 'error');
});

test('a décision of May 2026 on a délégation voted in 2020 rests on a délégation the renewal of March 2026 ended, even without the mandate’s start in the profile (DEL-002)', () => {
  const decision = (deliberation: string, date: string) => `COMMUNE D’ISSOIRE\nDépartement du Puy-de-Dôme\n\nDÉCISION DU MAIRE N° 2026-DM-031\nObjet : Défense des intérêts de la commune\n\nLe Maire d’Issoire,\nVu le code général des collectivités territoriales, notamment le 16° de son article L. 2122-22 et son article L. 2122-23 ;\nVu la délibération n° ${deliberation} portant délégation d’attributions du conseil municipal au maire ;\nDÉCIDE\nArticle 1er : La commune défendra dans l’instance n° 2600412 devant le tribunal administratif de Clermont-Ferrand.\nArticle 2 : Il sera rendu compte de la présente décision au conseil municipal.\nFait à Issoire, le ${date}\nLe Maire,\nBertrand BARRAUD\n`;
  assert.match(fired(decision('2020-045 du 4 juin 2020', '21 avril 2026'), 'DEL-002')[0]?.message ?? '', /précède le renouvellement général des conseils municipaux de mars 2026/);
  assert.deepEqual(fired(decision('2026-021 du 3 avril 2026', '21 avril 2026'), 'DEL-002'), []);
  // Before the new conseils were installed, the outgoing maire still holds his délégation.
  assert.deepEqual(fired(decision('2020-045 du 4 juin 2020', '10 mars 2026'), 'DEL-002'), []);
});

test('a signatory named « Sophie LEMAIRE » is no second « Le Maire »; « DGS » inside a cited act’s number is no abbreviation; the @ctes identifier gives the act’s date and nature no line labels', () => {
  const act = parse('VILLE DE VERNON\n\nARRÊTÉ N° 2025-DP-0412\nde non-opposition à une déclaration préalable\n\nLe Maire de Vernon,\nVu le code de l’urbanisme ;\nVu l’arrêté n° 2025-DGS-0210 du 3 septembre 2025 portant délégation de signature ;\nARRÊTE\nArticle 1er - Il n’est pas fait opposition à la déclaration préalable.\nFait à Vernon, le 30 octobre 2025\nPour le Maire et par délégation,\nLa conseillère municipale déléguée à l’urbanisme,\nSophie LEMAIRE\n\nEnvoyé en préfecture le 31/10/2025\nReçu en préfecture le 31/10/2025\nID : 027-212706816-20251030-2025_DP_0412-AI\n');
  assert.deepEqual(act.signatories.map((s) => s.name), ['Sophie LEMAIRE']);
  assert.equal(act.transmission?.actDate, '2025-10-30');
  assert.equal(act.transmission?.nature, 'AI');
  const text = 'COMMUNE DE LANNION\n\nARRÊTÉ N° 2026-012\nportant délégation de signature\n\nLe Maire de Lannion,\nVu le code général des collectivités territoriales ;\nVu l’arrêté n° 2025-DGS-0210 du 3 septembre 2025 ;\nARRÊTE\nArticle 1er : Délégation de signature est donnée au DGS.\n';
  const abbreviations = diagnostics(text, { level: 'complet' }).filter((d) => d.code === 'VIS-005' && /DGS/.test(d.message));
  assert.equal(abbreviations.length, 1, 'the DGS of the article, not that of the number');
  assert.equal(abbreviations[0].range.start.line, 9);
});

test('a fifteenth review: an act that says it was published before its signature or its séance (« Publié le 12/01/2026 », the stamp’s « Publié le », « Publication : ») is warned (PUB-002); the convocation’s affichage is not its publication', () => {
  const arrete = (line: string) => `VILLE DE VITRÉ\n\nARRÊTÉ N° 2026-AP-0011\nportant instauration d’un sens unique\n\nLe Maire de Vitré,\nVu le code général des collectivités territoriales, notamment son article L. 2213-1 ;\nARRÊTE\nArticle 1er : La rue Notre-Dame est mise en sens unique.\nFait à Vitré, le 14 janvier 2026\nLe Maire,\nIsabelle GASCHIGNARD\n\n${line}\n`;
  assert.match(fired(arrete('Publié le 12/01/2026'), 'PUB-002')[0]?.message ?? '', /une publication ou un affichage le 12 janvier 2026, avant sa signature \(14 janvier 2026\)/);
  assert.equal(fired(arrete('Publié sur le site internet de la ville le 12 janvier 2026.'), 'PUB-002').length, 1);
  assert.deepEqual(fired(arrete('Publié le 15/01/2026'), 'PUB-002'), []);
  const delib = (line: string) => `${line}\nVILLE DE BETTON\n\nDélibération n° DEL2026_003\nSéance du 29 janvier 2026\nDate de convocation : 22 janvier 2026\nEn exercice : 29 - Présents : 25 - Votants : 27\nSecrétaire de séance : Mme Anaïs LE MOAL\nAffichage de la convocation : 22 janvier 2026\nLe conseil municipal, après en avoir délibéré, à l’unanimité, DÉCIDE :\nArticle 1er : x.\n`;
  assert.match(fired(delib('Envoyé en préfecture le 30/01/2026\nReçu en préfecture le 30/01/2026\nPublié le 27/01/2026\nID : 035-213500242-20260129-DEL2026_003-DE\n'), 'PUB-002')[0]?.message ?? '', /avant la séance \(29 janvier 2026\)/);
  assert.deepEqual(fired(delib(''), 'PUB-002'), []);
});

test('a fourteenth review: a président’s décision that leases or contracts on L. 5211-9 alone (EPCI-004), a délégation de signature to the directeur de cabinet (SIG-006)', () => {
  const decision = (visas: string) => `COMMUNAUTÉ DE COMMUNES DES VOSGES DU SUD\n\nDÉCISION DU PRÉSIDENT N° 2026-DP-017\nObjet : Conclusion d’un bail commercial avec la SARL Atelier Bois du Ballon\n\nLe Président de la Communauté de communes des Vosges du Sud,\n${visas}\nDÉCIDE\nArticle 1er : Un bail commercial de neuf ans est conclu avec la SARL Atelier Bois du Ballon.\nFait à Giromagny, le 4 mai 2026\nLe Président,\nJean-Luc ANDERHUEBER\n`;
  const own = decision('Vu le code général des collectivités territoriales, notamment son article L. 5211-9 ;');
  assert.match(fired(own, 'EPCI-004')[0]?.message ?? '', /matière que le conseil décide ou délègue \(louage de choses\)\s:\sl’article L\. 5211-9 ne donne pas ce pouvoir/);
  const delegated = decision('Vu le code général des collectivités territoriales, notamment ses articles L. 5211-9 et L. 5211-10 ;\nVu la délibération n° 2026-045 du 16 avril 2026 portant délégation d’attributions du conseil au président ;');
  assert.deepEqual(fired(delegated, 'EPCI-004'), []);
  const staff = decision('Vu le code général des collectivités territoriales, notamment son article L. 5211-9 ;').replace('Conclusion d’un bail commercial avec la SARL Atelier Bois du Ballon', 'Nomination d’un agent contractuel').replace('Un bail commercial de neuf ans est conclu avec la SARL Atelier Bois du Ballon.', 'M. Paul REY est nommé.');
  assert.deepEqual(fired(staff, 'EPCI-004'), []);
  // Carrying out a délibération that decided the loan and authorised the président to sign: his own.
  const loan = decision('Vu le code général des collectivités territoriales, notamment son article L. 5211-9 ;\nVu la délibération n° CC-2025-101 du 10 décembre 2025 par laquelle le conseil communautaire a décidé de contracter un emprunt et autorisé le président à signer le contrat de prêt ;').replace('Conclusion d’un bail commercial avec la SARL Atelier Bois du Ballon', 'Contrat de prêt avec la Banque des Territoires').replace('Un bail commercial de neuf ans est conclu avec la SARL Atelier Bois du Ballon.', 'Le contrat de prêt est signé.');
  assert.deepEqual(fired(loan, 'EPCI-004'), []);
  const staffAct = decision('Vu le code général des collectivités territoriales, notamment son article L. 5211-9 ;').replace('Conclusion d’un bail commercial avec la SARL Atelier Bois du Ballon', 'Recrutement d’un agent contractuel pour le service de collecte').replace('Un bail commercial de neuf ans est conclu avec la SARL Atelier Bois du Ballon.', 'Un contrat de travail est conclu avec M. Paul REY.');
  assert.deepEqual(fired(staffAct, 'EPCI-004'), []);
  const signature = (who: string) => `COMMUNAUTÉ D’AGGLOMÉRATION DU PAYS BASQUE\n\nARRÊTÉ DU PRÉSIDENT N° AP-2026-0093\n\nPortant délégation de signature à M. Mathieu ETCHEVERRY, ${who}\n\nLe Président de la Communauté d’Agglomération du Pays Basque,\nVu le code général des collectivités territoriales, notamment son article L. 5211-9 ;\nARRÊTE :\nArticle 1er : Délégation de signature est donnée à M. Mathieu ETCHEVERRY, ${who}, à l’effet de signer les correspondances.\nFait à Bayonne, le 4 mai 2026\nLe Président,\nJean-René ETCHEGARAY\n`;
  assert.match(fired(signature('directeur de cabinet du président'), 'SIG-006')[0]?.message ?? '', /^Délégation de signature au directeur de cabinet\s:\s.*L\. 5211-9/);
  assert.deepEqual(fired(signature('directeur général des services'), 'SIG-006'), []);
});

test('a thirteenth review: an agent’s sanction is judged under the statute (CGFP, art. L. 532-4 and L. 532-5), not the CRPA’s procedure, which does not apply between the administration and its agents', () => {
  const blame = (considerant: string) => `VILLE DE LOUVIERS\n\nARRÊTÉ N° 2026-RH-077\nportant sanction disciplinaire\n\nLe Maire de Louviers,\nVu le code général de la fonction publique, notamment ses articles L. 532-4 et L. 533-1 ;\n${considerant}ARRÊTE\nArticle 1er : Un blâme est infligé à M. Thierry VIDAL, adjoint technique.\nArticle 2 : Le présent arrêté sera notifié à l’intéressé.\nFait à Louviers, le 9 mars 2026\nLe Maire,\nFrançois-Xavier PRIOLLAUD\n`;
  const none = blame('');
  assert.match(fired(none, 'MOT-001')[0]?.message ?? '', /CGFP, art\. L\. 532-5/);
  assert.match(fired(none, 'MOT-002')[0]?.message ?? '', /communication de son dossier .* \(CGFP, art\. L\. 532-4\)\s;\sla procédure contradictoire du CRPA ne s’applique pas/);
});

test('a fifteenth review: a police arrêté that takes effect before the day it says it was published is warned (PUB-002, L. 2131-1)', () => {
  const act = (day: string) => `Publié le 03/06/2026\n\nCOMMUNE DE PORNIC\n\nARRÊTÉ N° 2026-PM-112\nportant réglementation de l’accès des chiens aux plages\n\nLe Maire de Pornic,\nVu le code général des collectivités territoriales, notamment ses articles L. 2212-1 et L. 2212-2 ;\nConsidérant la fréquentation des plages en été ;\nARRÊTE\nArticle 1er : L’accès des chiens aux plages est interdit.\nArticle 2 : Le présent arrêté entre en vigueur le ${day} et s’applique jusqu’au 30 septembre 2026 inclus.\nFait à Pornic, le 28 mai 2026\nLe Maire,\nJean-Michel BRARD\n`;
  assert.match(fired(act('1er juin 2026'), 'PUB-002')[0]?.message ?? '', /entre en vigueur le 1er juin 2026, avant sa publication \(3 juin 2026\)/);
  assert.deepEqual(fired(act('15 juin 2026'), 'PUB-002'), []);
});

test('a thirteenth review: an authorisation whose operation is already past when it is signed (an exhumation on the 26th authorised on the 27th) is warned (DAT-008); a birth or a death date is no operation', () => {
  const act = (day: string) => `VILLE DE GUÉRANDE\n\nARRÊTÉ N° 2026-EXH-004\nportant autorisation d’exhumation\n\nLe Maire de Guérande,\nVu le code général des collectivités territoriales, notamment son article R. 2213-40 ;\nVu la demande présentée le 20 janvier 2026 par Mme Martine LE BIHAN ;\nARRÊTE :\nArticle 1er : Mme Martine LE BIHAN est autorisée à faire procéder à l’exhumation du corps de M. Jean LE BIHAN, décédé le 4 février 2009.\nArticle 2 : L’exhumation aura lieu le ${day} à 8 h 30.\nFait à Guérande, le 27 janvier 2026\nLe Maire,\nNicolas CRIAUD\n`;
  assert.match(fired(act('lundi 26 janvier 2026'), 'DAT-008')[0]?.message ?? '', /opération du 26 janvier 2026, antérieure à l’acte \(27 janvier 2026\)/);
  assert.deepEqual(fired(act('vendredi 30 janvier 2026'), 'DAT-008'), []);
});

test('a fifteenth review: a police arrêté on noise said exécutoire by its publication alone is warned (POL-002: transmitted, L. 2131-2); a circulation arrêté is not transmitted', () => {
  const act = (visa: string, measure: string) => `COMMUNE D’UZÈS\n\nARRÊTÉ N° 2026-071\nportant réglementation\n\nLe Maire d’Uzès,\nVu le code général des collectivités territoriales, notamment ${visa} ;\nConsidérant les plaintes des riverains ;\nARRÊTE\nArticle 1er : ${measure}\nArticle 2 : Le présent arrêté sera exécutoire dès sa publication.\nFait à Uzès, le 2 mars 2026\nLe Maire,\nChristophe CAVARD\n`;
  assert.match(fired(act('ses articles L. 2212-1 et L. 2212-2', 'Les travaux bruyants sont interdits le dimanche.'), 'POL-002')[0]?.message ?? '', /transmis au représentant de l’État/);
  assert.deepEqual(fired(act('son article L. 2213-1', 'La circulation est interdite rue du Portalet.'), 'POL-002'), []);
  assert.deepEqual(fired(act('ses articles L. 2212-1 et L. 2212-2', 'Les travaux bruyants sont interdits le dimanche.').replace('dès sa publication', 'dès sa publication et sa transmission au représentant de l’État'), 'POL-002'), []);
  // The platform's stamp says the préfecture received it: executory; only the mention is inexact (67th review).
  const stamped = `Envoyé en préfecture le 03/03/2026\nReçu en préfecture le 03/03/2026\nPublié le 03/03/2026\nID : 030-213003348-20260302-2026_071-AR\n\n${act('ses articles L. 2212-1 et L. 2212-2', 'Les travaux bruyants sont interdits le dimanche.')}`;
  const d = fired(stamped, 'POL-002');
  assert.deepEqual(d.map((x) => x.severity), ['information']);
  assert.match(d[0].message, /l’a été le 3\smars\s2026/);
});

test('a sixteenth review: a prise d’acte under a verb line (« PREND ACTE des décisions suivantes »), after « après en avoir délibéré », or after an exposé that tells what was decided before, asks for no vote; « … prend acte … et maintient », « il émet un avis » decide', () => {
  const delib = (body: string) => `COMMUNE DE SAINT-JUST\n\nDélibération n° 2026-014\nObjet : Rapport annuel\n\nSéance du 12 mars 2026\nDate de convocation : 5 mars 2026\nMembres en exercice : 23 – Présents : 18 – Votants : 20\nSecrétaire de séance : Mme Sophie GARNIER\n\nVu le code général des collectivités territoriales ;\n\n${body}\n\nFait et délibéré les jour, mois et an susdits.\n\nLe Maire,\nFrédéric DELANNOY\n`;
  for (const body of [
    'PREND ACTE des décisions suivantes, prises par le maire en application de l’article L. 2122-22 :\n- Décision n° 2026-003 du 16 janvier 2026 : contrat de maintenance.',
    'Le conseil municipal, après en avoir délibéré, PREND ACTE du rapport d’activité 2024 du syndicat mixte.',
    'Monsieur le Maire rappelle que le conseil municipal a approuvé, par délibération du 12 juin 2020, le contrat de délégation.\n\nLe conseil municipal prend acte du rapport annuel du délégataire.',
  ]) {
    for (const code of ['SEA-005', 'REC-001', 'STR-001']) assert.deepEqual(fired(delib(body), code), [], `${code}: ${body.slice(0, 40)}`);
  }
  assert.equal(fired(delib('Le conseil municipal prend acte de la démission de Mme Anne ROUX et maintient à cinq le nombre des adjoints.'), 'SEA-005').length, 1);
  assert.equal(fired(delib('Le conseil municipal prend acte du projet de PLUi arrêté ; il émet un avis défavorable.'), 'SEA-005').length, 1);
});

test('a sixteenth review: PUB-002 reads « Date de mise en ligne : le … », « Le présent arrêté a été affiché … le … », « Publié le lundi 5 janvier 2026 », « Affiché du … au … », and not a visa’s wrapped « publié le … » nor the convocation’s « Affichée le … »', () => {
  const arrete = (visa: string, line: string) => `VILLE DE VITRÉ\n\nARRÊTÉ N° 2026-AP-0011\nportant réglementation du stationnement\n\nLe Maire de Vitré,\nVu le code général des collectivités territoriales, notamment son article L. 2213-2 ;\n${visa}ARRÊTE\nArticle 1er : Le stationnement des poids lourds est interdit rue Notre-Dame.\nFait à Vitré, le 14 janvier 2026\nLe Maire,\nIsabelle GASCHIGNARD\n\n${line}\n`;
  for (const line of ['Date de mise en ligne : le 10 janvier 2026', 'Le présent arrêté a été affiché en mairie le 10 janvier 2026.', 'Publié le lundi 5 janvier 2026', 'Affiché du 10 janvier 2026 au 10 mars 2026']) {
    assert.equal(fired(arrete('', line), 'PUB-002').length, 1, line);
  }
  assert.deepEqual(fired(arrete('Vu l’arrêté n° 2025-AP-0310 du 2 décembre 2025 réglementant la circulation des poids lourds,\npublié le 3 décembre 2025 ;\n', ''), 'PUB-002'), []);
  const delib = `VILLE DE BETTON\n\nDélibération n° DEL2026_003\nSéance du 29 janvier 2026\nDate de la convocation : 22 janvier 2026\nAffichée le 22 janvier 2026\nEn exercice : 29 - Présents : 25 - Votants : 27\nSecrétaire de séance : Mme Anaïs LE MOAL\nLe conseil municipal, après en avoir délibéré, à l’unanimité, DÉCIDE :\nArticle 1er : x.\n`;
  assert.deepEqual(fired(delib, 'PUB-002'), []);
});

test('a seventeenth review (small communes): « sous réserve des droits des tiers » restricts nothing (MOT-001); an election reports its ballot, not a vote’s result (SEA-005); the CGCT comes before the CG3P (VIS-003)', () => {
  const permission = `COMMUNE D’ÉPERVANS\n\nARRÊTÉ N° 2026-014\nportant permission de voirie\n\nLe Maire d’Épervans,\nVu le code général des collectivités territoriales ;\nVu la demande de la SARL Bâti-Sud du 2 mars 2026 ;\nARRÊTE\nArticle 1er : La SARL Bâti-Sud est autorisée à installer un échafaudage au droit du 4 rue de la Mairie du 16 au 27 mars 2026.\nArticle 2 : Cette autorisation est délivrée à titre précaire et révocable, sous réserve des droits des tiers et du respect des règlements en vigueur.\nFait à Épervans, le 9 mars 2026\nLe Maire,\nMichel DUFFAU\n`;
  assert.deepEqual(fired(permission, 'MOT-001'), []);
  const delegues = `COMMUNE DE MARSOLAN\n\nDélibération n° 2026-012\nObjet : Élection des délégués au syndicat intercommunal des eaux\n\nSéance du 27 mars 2026\nDate de convocation : 21 mars 2026\nMembres en exercice : 11 – Présents : 10 – Votants : 11\nSecrétaire de séance : Mme Anne DURAND\n\nLe conseil municipal procède, au scrutin secret, à l’élection des délégués.\nPremier tour de scrutin : votants : 11 ; bulletins blancs ou nuls : 0 ; suffrages exprimés : 11 ; majorité absolue : 6.\nA obtenu : M. Paul REY, 11 voix.\nM. Paul REY, ayant obtenu la majorité absolue, est proclamé délégué titulaire.\n\nLe Maire,\nJean DUPONT\n`;
  assert.deepEqual(fired(delegues, 'SEA-005'), []);
  const codes = `COMMUNE DE LANNION\n\nARRÊTÉ N° 2026-012\nportant occupation du domaine public\n\nLe Maire de Lannion,\nVu le code général des collectivités territoriales ;\nVu le code général de la propriété des personnes publiques ;\nARRÊTE\nArticle 1er : x.\n`;
  assert.deepEqual(fired(codes, 'VIS-003'), []);
});

test('a seventeenth review (small communes): figures in words (« En exercice : onze – Présents : cinq »), « A été nommée secrétaire : Mme CUENOT Amandine », « Délibération n° … – Séance du … » (no objet), and a maire closing a route départementale « hors agglomération » (POL-004)', () => {
  const delib = (line: string, secretaire: string) => `COMMUNE DE GABRIAS\n\nDélibération n° 2026-020 - Séance du 27 mars 2026\n\nL’an deux mille vingt-six, le vingt-sept mars à vingt heures trente, le conseil municipal s’est réuni sous la présidence de M. Jean DUPONT, Maire.\n${line}\nPrésents : M. DUPONT, Mme MARTIN, M. ROUX, Mme BLANC, M. PETIT.\nAbsents : Mme JOLY Sarah.\n${secretaire}\n\nLe conseil municipal, après en avoir délibéré, à l’unanimité, DÉCIDE :\nArticle 1er : x.\n`;
  const act = parse(delib('Nombre de conseillers en exercice : onze - présents : cinq - votants : huit', 'A été nommée secrétaire : Mme CUENOT Amandine.'));
  assert.deepEqual([act.seance?.membersInOffice, act.seance?.present, act.seance?.voters], [11, 5, 8]);
  assert.equal(act.seance?.secretary, 'CUENOT Amandine');
  assert.equal(act.number?.value, '2026-020');
  assert.notEqual(act.object?.text, 'Séance du 27 mars 2026');
  assert.equal(fired(delib('Nombre de conseillers en exercice : onze - présents : cinq - votants : huit', ''), 'SEA-003').length, 1);
  const rd = (where: string) => `COMMUNE DE MHÈRE\n\nARRÊTÉ N° 2026-011\nportant interdiction temporaire de circulation\n\nLe Maire de Mhère,\nVu le code général des collectivités territoriales, notamment ses articles L. 2212-2 et L. 2213-1 ;\nConsidérant la course cycliste du 12 juillet 2026 ;\nARRÊTE\nArticle 1er : Le dimanche 12 juillet 2026, la circulation est interdite sur la route départementale n° 6, ${where}, entre Vauclaix et la Croix Rouge.\nFait à Mhère, le 2 juillet 2026\nLe Maire,\nJean DUPONT\n`;
  assert.match(fired(rd('hors agglomération'), 'POL-004')[0]?.message ?? '', /L\. 3221-4/);
  assert.deepEqual(fired(rd('en agglomération'), 'POL-004'), []);
});

test('a sixteenth review (REC-001): a préemption named only by its words is individual (error); a marché « attribué à la société … » is a contract (information); « est placé en disponibilité » and a résiliation against a person are individual (error); DEL-002 is silent when a délibération of délégation is cited without its date', () => {
  const decision = (objet: string, article: string, visa = 'Vu le code général des collectivités territoriales, notamment ses articles L. 2122-22 et L. 2122-23 ;') => `COMMUNE DE RIOM\nDépartement du Puy-de-Dôme\n\nDÉCISION DU MAIRE N° 2026-DM-041\nObjet : ${objet}\n\nLe Maire de Riom,\n${visa}\nVu la délibération n° 2026-021 du 3 avril 2026 portant délégation d’attributions du conseil municipal au maire ;\nDÉCIDE\nArticle 1er : ${article}\nArticle 2 : Il sera rendu compte de la présente décision au conseil municipal.\nFait à Riom, le 12 mai 2026\nLe Maire,\nPierre PÉCOUL\n`;
  const severity = (t: string) => fired(t, 'REC-001')[0]?.severity;
  assert.equal(severity(decision('Exercice du droit de préemption urbain sur la parcelle AB 112', 'La commune exerce son droit de préemption sur le bien cadastré AB 112 au prix de 145 000 euros.')), 'error');
  assert.equal(severity(decision('Marché de travaux de voirie 2026', 'Le marché de travaux de voirie est attribué à la société Bâti-Sud pour un montant de 84 000 euros HT.')), 'information');
  assert.equal(severity(decision('Résiliation de la convention d’occupation du local 3', 'La convention d’occupation conclue avec M. Thierry MAS est résiliée pour défaut de paiement.')), 'error');
  const dispo = `COMMUNE DE RIOM\n\nARRÊTÉ N° 2026-RH-012\nportant mise en disponibilité\n\nLe Maire de Riom,\nVu la demande de M. Julien ROUX du 2 avril 2026 ;\nARRÊTE\nArticle 1er : M. Julien ROUX, adjoint technique, est placé en disponibilité pour convenances personnelles du 1er juin 2026 au 31 mai 2027.\nFait à Riom, le 12 mai 2026\nLe Maire,\nPierre PÉCOUL\n`;
  assert.equal(severity(dispo), 'error');
  const undated = decision('Contrat de maintenance', 'Le contrat de maintenance est conclu avec la société OTIS.').replace('Vu la délibération n° 2026-021 du 3 avril 2026 portant délégation d’attributions du conseil municipal au maire ;', 'Vu la délibération n° 2020-031 du 28 mai 2020 portant délégation d’attributions du conseil municipal au maire ;\nVu la délibération n° 2026-021 portant délégation d’attributions du conseil municipal au maire ;');
  assert.deepEqual(fired(undated, 'DEL-002'), []);
});

test('a sixteenth review: a plenary session that vises a délibération of the commission permanente counts its members present only (SEA-003, L. 3121-14); two délibérations of the collectivité out of date order are usage (VIS-003)', () => {
  const pleniere = `DÉPARTEMENT DE LA MEUSE\n\nCONSEIL DÉPARTEMENTAL – SÉANCE PLÉNIÈRE\nSéance du 15 janvier 2026\n\nDélibération n° 2026-CD-004\nObjet : Règlement des aides aux communes\n\nConseillers départementaux en exercice : 42\nPrésents : 18\nReprésentés : 12\nVotants : 30\n\nVu le code général des collectivités territoriales ;\nVu la délibération de la commission permanente du 8 décembre 2025 ;\nLe conseil départemental, après en avoir délibéré, DÉCIDE :\nArticle 1er : x.\n`;
  assert.match(fired(pleniere, 'SEA-003')[0]?.message ?? '', /18 présents pour 42 membres .* L\. 3121-14\)/);
  const visas = `COMMUNE DE LANNION\n\nARRÊTÉ N° 2026-012\nportant délégation de fonctions\n\nLe Maire de Lannion,\nVu le code général des collectivités territoriales ;\nVu la délibération n° 2026-031 du 27 mars 2026 fixant le nombre des adjoints ;\nVu la délibération n° 2026-030 du 27 mars 2026 portant élection du maire ;\nVu la délibération n° 2020-045 du 4 juin 2020 ;\nARRÊTE\nArticle 1er : x.\n`;
  assert.deepEqual(fired(visas, 'VIS-003'), []);
});

test('a sixteenth review (reading): « (signé) » or ten blank lines between the quality and the name; an objet after a cut number that goes on over the next line; « N° 2026-011 DU » / « 15 février 2026 portant … »; a number left unfinished (« N° 2026- », STR-007)', () => {
  const act = (title: string, block: string) => `COMMUNE DE SÉLESTAT\n\n${title}\n\nLe Maire de Sélestat,\nVu le code général des collectivités territoriales ;\nARRÊTE\nArticle 1er : La circulation est interdite.\nFait à Sélestat, le 10 février 2026\n\n${block}\n`;
  assert.equal(parse(act('ARRÊTÉ N° 2026-010', 'Le maire,\n\n\n\n(signé)\n\n\nJean-Pierre HAAS')).signatories[0]?.name, 'Jean-Pierre HAAS');
  assert.equal(parse(act('ARRÊTÉ N° 2026-010', `Le maire,${'\n'.repeat(11)}Jean-Pierre HAAS`)).signatories[0]?.name, 'Jean-Pierre HAAS');
  const cut = parse(act('ARRÊTÉ N° 2026-\n010 portant réglementation de la circulation à l’occasion des manifes-\ntations du carnaval', 'Le Maire,\nJean-Pierre HAAS'));
  assert.equal(actToJson(cut).object, 'portant réglementation de la circulation à l’occasion des manifestations du carnaval');
  const du = parse(act('ARRÊTÉ N° 2026-011 DU\n15 février 2026 portant réglementation de la circulation', 'Le Maire,\nJean-Pierre HAAS'));
  assert.equal(du.object?.text, 'portant réglementation de la circulation');
  const draft = act('ARRÊTÉ N° 2026-\nportant réglementation de la circulation', 'Le Maire,\nJean-Pierre HAAS');
  assert.match(fired(draft, 'STR-007')[0]?.message ?? '', /N° 2026-/);
  assert.deepEqual(fired(act('ARRÊTÉ N° 2026-\n010 portant réglementation de la circulation', 'Le Maire,\nJean-Pierre HAAS'), 'STR-007'), []);
});

test('a seventeenth review (small communes): an extract or a procès-verbal whose délibérations are headed by their number alone (« N° 2026-001 - ÉLECTION DU MAIRE », « D2026-040 - RAPPORT ANNUEL … ») holds one act per délibération, each with its number and objet', () => {
  const doc = (h1: string, h2: string) => `COMMUNE DE DAGLAN\n\nEXTRAIT DU REGISTRE DES DÉLIBÉRATIONS DU CONSEIL MUNICIPAL\n\nSéance du 3 juillet 2026\nDate de convocation : 26 juin 2026\nMembres en exercice : 11 – Présents : 10 – Votants : 11\nSecrétaire de séance : Mme Anne DURAND\n\n${h1}\nLe conseil municipal, après en avoir délibéré, à l’unanimité, APPROUVE les tarifs de la salle des fêtes.\n\n${h2}\nLe conseil municipal, après en avoir délibéré, à l’unanimité, AUTORISE le Maire à signer la convention.\n\nLe Maire,\nJean DUPONT\n`;
  for (const [h1, h2, n1, n2] of [['N° 2026-021 - TARIFS DE LA SALLE DES FÊTES', 'N° 2026-022 - CONVENTION DE FOURRIÈRE', '2026-021', '2026-022'], ['D2026-040 - TARIFS DE LA SALLE DES FÊTES', 'D2026-041 - CONVENTION DE FOURRIÈRE', 'D2026-040', 'D2026-041']]) {
    const acts = parseDocument(doc(h1, h2)).acts;
    assert.deepEqual(acts.map((a) => a.number?.value), [n1, n2]);
    assert.deepEqual(acts.map((a) => a.object?.text), ['TARIFS DE LA SALLE DES FÊTES', 'CONVENTION DE FOURRIÈRE']);
  }
});

test('an eighteenth review: « la même délégation est donnée à Mme X, directrice générale adjointe, en lien avec le directeur de cabinet » delegates to the DGA (SIG-006); a président carrying out a délibération « autorisant le président à signer » (EPCI-004); « Conseil municipal du jeudi 16 octobre 2025 » heads the séance, not « la séance du 26 juin » of the exposé; « par onze voix pour et deux abstentions »', () => {
  const signature = `COMMUNE DE LANNION\n\nARRÊTÉ N° 2026-013\nportant délégation de signature\n\nLe Maire de Lannion,\nVu le code général des collectivités territoriales, notamment son article L. 2122-19 ;\nARRÊTE :\nArticle 1er : Délégation de signature est donnée à M. Paul REY, directeur général des services, pour les courriers.\nArticle 2 : En cas d’absence de M. REY, la même délégation est donnée à Mme Claire VASSEUR, directrice générale adjointe, en lien avec le directeur de cabinet pour les courriers protocolaires.\nFait à Lannion, le 4 mai 2026\nLe Maire,\nPaul LE BIHAN\n`;
  assert.deepEqual(fired(signature, 'SIG-006'), []);
  const president = `COMMUNAUTÉ DE COMMUNES DU PAYS DE LANDIVISIAU\n\nDÉCISION DU PRÉSIDENT N° 2026-DP-021\nObjet : Convention d’occupation des bureaux de la pépinière\n\nLe Président,\nVu le code général des collectivités territoriales, notamment son article L. 5211-9 ;\nVu la délibération n° 2024-118 du 12 décembre 2024 fixant les tarifs de la pépinière et autorisant le président à signer les conventions d’occupation des bureaux ;\nDÉCIDE\nArticle 1er : Une convention d’occupation du bureau n° 4 est conclue avec la SARL Ker Digital.\nFait à Landivisiau, le 4 mai 2026\nLe Président,\nLaurent LE SAINT\n`;
  assert.deepEqual(fired(president, 'EPCI-004'), []);
  const saumur = `VILLE DE SAUMUR\nConseil municipal du jeudi 16 octobre 2025\n\nDÉLIBÉRATION N° 2025-142\n\nDate de convocation : 10 octobre 2025\nMembres en exercice : 35 – Présents : 29 – Pouvoirs : 5\nSecrétaire de séance : Mme Aurore CHEVALIER\n\nMonsieur le Maire rend compte des décisions prises depuis la séance du 26 juin 2025.\nLe conseil municipal PREND ACTE de ces décisions.\n`;
  assert.equal(parse(saumur).seance?.date, '2025-10-16');
  assert.deepEqual(fired(saumur, 'SEA-001'), []);
  const words = parse(`COMMUNE DE LAROQUEBROU\nDélibération n° 2025-031\nSéance du 3 juillet 2025\nEn exercice : 15 – Présents : 13 – Votants : 13\nLe conseil municipal, après en avoir délibéré, par onze voix pour et deux abstentions, APPROUVE les tarifs.\n`);
  assert.deepEqual([words.vote?.for, words.vote?.abstentions], [11, 2]);
});

test('an eighteenth review: an objet under its rubric on the line after « Délibération n° … » (« Finances – Budget primitif 2026 du budget principal ») is read, so a budget voted after 30 April 2026 is warned (DAT-007)', () => {
  const delib = (day: string) => `Ville de Bruges – Gironde\nConseil municipal\n\nSéance du jeudi ${day}\n\nDélibération n° 2026-027\n\nFinances – Budget primitif 2026 du budget principal\n\nNombre de conseillers en exercice : 33 ; présents : 30 ; votants : 33.\nSecrétaire de séance : Mme Anne DURAND\nLe conseil municipal, après en avoir délibéré, à l’unanimité, ADOPTE le budget primitif 2026.\n`;
  assert.equal(parse(delib('9 avril 2026')).object?.text, 'Finances – Budget primitif 2026 du budget principal');
  assert.equal(fired(delib('14 mai 2026'), 'DAT-007').length, 1);
});

test('a review of the session’s code: « recueil » is no reception nor « publique » a publication (POL-002); « N° DU 12 mars 2026 » is no number; the délibérations of a procès-verbal are no minutes; « à compter du » is no past operation (DAT-008); « procès- » / « verbal » and « Boulogne- » / « sur-Mer » keep their hyphen; « la commission permanente des finances » does not make a conseil municipal’s séance one', () => {
  const police = (line: string) => `COMMUNE DE LYON\n\nARRÊTÉ N° 2026-041\nportant interdiction de la consommation d’alcool\n\nLe Maire de Lyon,\nVu le code général des collectivités territoriales, notamment ses articles L. 2212-1 et L. 2212-2 ;\nConsidérant les troubles constatés ;\nARRÊTE\nArticle 1er : La consommation d’alcool est interdite place Bellecour.\nArticle 2 : ${line}\nFait à Lyon, le 3 mars 2026\nLe Maire,\nGrégory DOUCET\n`;
  assert.equal(fired(police('Le présent arrêté sera exécutoire dès sa publication au recueil des actes administratifs.'), 'POL-002').length, 1);
  assert.deepEqual(fired(police('Eu égard à l’urgence pour la sécurité publique, le présent arrêté sera exécutoire dès le 5 mars 2026.'), 'POL-002'), []);
  assert.equal(parse('COMMUNE DE X\nARRÊTÉ N° DU 12 mars 2026\nportant x\nLe Maire,\nVu le code ;\nARRÊTE\nArticle 1er : x.\n').number, null);
  const pv = `COMMUNE DE DAGLAN\n\nPROCÈS-VERBAL DE LA SÉANCE DU CONSEIL MUNICIPAL DU 3 JUILLET 2026\n\nSéance du 3 juillet 2026\nMembres en exercice : 11 – Présents : 10 – Votants : 11\nSecrétaire de séance : Mme Anne DURAND\n\nN° 2026-021 - TARIFS DE LA SALLE DES FÊTES\nLe conseil municipal, après en avoir délibéré, à l’unanimité, APPROUVE les tarifs.\n\nN° 2026-022 - CONVENTION DE FOURRIÈRE\nLe conseil municipal, après en avoir délibéré, à l’unanimité, AUTORISE le Maire à signer la convention.\n\nLe Maire,\nJean DUPONT\n`;
  assert.deepEqual(parseDocument(pv).acts.map((a) => a.minutes), [false, false]);
  const terrasse = `COMMUNE DE LYON\n\nARRÊTÉ N° 2026-T-044\nportant autorisation de terrasse\n\nLe Maire de Lyon,\nVu le code général de la propriété des personnes publiques ;\nVu la demande de M. Paul DURAND du 2 janvier 2026 ;\nARRÊTE\nArticle 1er : M. Paul DURAND est autorisé à installer une terrasse devant le 4 rue Mercière à compter du 1er janvier 2026.\nFait à Lyon, le 15 janvier 2026\nLe Maire,\nGrégory DOUCET\n`;
  assert.deepEqual(fired(terrasse, 'DAT-008'), []);
  const visa = parse('COMMUNE DE X\nARRÊTÉ N° 1\nportant x\nLe Maire,\nVu le procès-\nverbal de la commission de sécurité de Boulogne-\nsur-Mer ;\nARRÊTE\nArticle 1er : x.\n');
  assert.equal(actToJson(visa).visas[0].text.replace(/\s+/g, ' '), 'Vu le procès-verbal de la commission de sécurité de Boulogne-sur-Mer ;');
  const seance = parse('VILLE DE ROANNE\nSéance du conseil municipal du 12 mars 2026\nRapporteur : M. Paul DURAND, président de la commission permanente des finances\nMembres en exercice : 35 – Présents : 30 – Votants : 33\nDélibération n° 2026-012\nLe conseil municipal, après en avoir délibéré, DÉCIDE :\nArticle 1er : x.\n');
  assert.equal(seance.seance?.body, 'conseil municipal');
});

test('a nineteenth review: « Le Maire, » over « M. DUFFAU » misses the first name only, and SIG-001 says so', () => {
  const act = arreteOf(POLICE, 'Le stationnement est interdit rue de la Gare.', 'Le Maire,\nM. DUFFAU');
  const sig = diagnostics(act).filter((d) => d.code === 'SIG-001');
  assert.equal(sig.length, 1);
  assert.match(sig[0].message, /^Le prénom du signataire manque sous «\sLe Maire\s»\s:\sécrivez «\sPrénom DUFFAU\s»/);
  // (No civility, no surname: both are missing.)
  assert.match(diagnostics(arreteOf(POLICE, 'Le stationnement est interdit.', 'Le Maire,\n')).find((d) => d.code === 'SIG-001')!.message, /^Le prénom et le nom du signataire manquent/);
});

test('a forty-second review: « LE MAIRE, » over « J. DUPONT » (the first name by its initial) names the signatory; no SIG-001', () => {
  for (const signed of ['LE MAIRE,\nJ. DUPONT', 'Le Maire,\nJ.-P. DUPONT', 'LE MAIRE, J. DUPONT']) {
    const act = arreteOf(POLICE, 'Le stationnement est interdit rue de la Gare.', signed);
    assert.equal(parse(act).signatories[0]?.name, signed.split(/,\s*/).pop());
    assert.deepEqual(diagnostics(act).filter((d) => d.code === 'SIG-001'), []);
  }
});

test('a nineteenth review: a délibération that approves a convention and vises it undated is told to vise the draft, no warning; a convention it does not approve still needs its date (VIS-002)', () => {
  const delib = (dispositif: string) => `COMMUNE DE LEXY\nDélibération n° 2026-013\nObjet : Disponibilité des sapeurs-pompiers volontaires\nSéance du 12 mars 2026\nNombre de conseillers en exercice : 15 – Présents : 12 – Votants : 12\nSecrétaire de séance : Mme Anne MARTIN\nVu le code général des collectivités territoriales ;\nVu la convention de disponibilité des sapeurs-pompiers volontaires ;\nLe conseil municipal, après en avoir délibéré, à l’unanimité,\n${dispositif}\nFait à Lexy, le 12 mars 2026\nLe Maire,\nJean DUPONT\n`;
  const approving = fired(delib('APPROUVE la convention de disponibilité avec le SDIS ;\nAUTORISE le Maire à la signer.'), 'VIS-002');
  assert.deepEqual(approving.map((d) => d.severity), ['information']);
  assert.match(approving[0].message, /Vu le projet de convention … annexé à la présente délibération/);
  assert.deepEqual(fired(delib('DÉCIDE de verser une indemnité aux employeurs des sapeurs-pompiers volontaires.'), 'VIS-002').map((d) => d.severity), ['warning']);
});

test('a nineteenth review: « Le conseil municipal a désigné Mme Anne MARTIN en qualité de secrétaire de séance », « désigne M. Paul DURAND comme secrétaire », « a élu Mme X aux fonctions de secrétaire » name the secrétaire', () => {
  const secretary = (sentence: string) => parse(`COMMUNE DE LEXY\nDélibération n° 2026-012\nSéance du 12 mars 2026\nNombre de conseillers en exercice : 15 – Présents : 11 – Votants : 12\n${sentence}\nLe conseil municipal, après en avoir délibéré, DÉCIDE :\nArticle 1er : La convention est approuvée.\n`).seance?.secretary;
  assert.equal(secretary('Le conseil municipal a désigné Mme Anne MARTIN en qualité de secrétaire de séance.'), 'Anne MARTIN');
  assert.equal(secretary('Le conseil municipal désigne M. Paul DURAND comme secrétaire de séance.'), 'Paul DURAND');
  assert.equal(secretary('Le conseil a élu Mme Claire VERT aux fonctions de secrétaire de séance.'), 'Claire VERT');
  // (No person named: no secrétaire read.)
  assert.equal(secretary('Le conseil municipal a désigné le plus jeune de ses membres comme secrétaire.') ?? null, null);
});

test('a nineteenth review: a CCAS, a caisse des écoles, a régie dotée de la personnalité morale or an office de tourisme is no commune nor EPCI: its conseil d’administration is not judged under L. 2121-11, L. 2121-15 or L. 2121-17, its président needs no L. 5211-10 visa, its directeur signs in his own right; the conseil municipal that elects the CCAS’s members is still judged', () => {
  const ccas = `CENTRE COMMUNAL D’ACTION SOCIALE DE VERTOU\nDépartement de la Loire-Atlantique\n\nEXTRAIT DU REGISTRE DES DÉLIBÉRATIONS DU CONSEIL D’ADMINISTRATION\nSéance du jeudi 28 mai 2026\nDélibération n° CA-2026-15\nObjet : Création d’un budget annexe\n\nDate de convocation : 26 mai 2026\nMembres en exercice : 17\nPrésents : 7\nVotants : 7\n\nVu le code de l’action sociale et des familles, notamment son article L. 123-6 ;\n\nLe conseil d’administration, après en avoir délibéré,\nDÉCIDE :\nArticle unique : Un budget annexe est créé au 1er janvier 2027.\n\nAdoptée à l’unanimité (7 voix pour).\n\nFait à Vertou, le 28 mai 2026.\nLa Présidente,\nIsabelle LEROUX\n`;
  assert.equal(parse(ccas).authorBody, 'etablissement');
  assert.deepEqual(codes(ccas).filter((c) => c.startsWith('SEA')), []);
  assert.deepEqual(fired(ccas, 'SEA-003').map((d) => d.severity), ['information']);
  const decision = `CENTRE COMMUNAL D’ACTION SOCIALE DE VERTOU\nDépartement de la Loire-Atlantique\n\nDÉCISION N° DP-2026-017\nportant attribution d’un secours d’urgence\n\nLa Présidente du centre communal d’action sociale de Vertou,\n\nVu le code de l’action sociale et des familles, notamment son article R. 123-21 ;\nVu la délibération du conseil d’administration n° CA-2026-09 du 16 avril 2026 portant délégations à la présidente ;\nConsidérant que M. Julien ROCHER justifie d’une rupture de ressources ;\nDÉCIDE :\nArticle unique : Un secours d’urgence de 150 euros est attribué à M. Julien ROCHER.\nFait à Vertou, le 9 juin 2026.\nLa Présidente,\nIsabelle LEROUX\n`;
  assert.deepEqual(fired(decision, 'EPCI-004'), []);
  const regie = `RÉGIE MUNICIPALE D’ASSAINISSEMENT DE CHAMPAGNOLE\nRégie dotée de la personnalité morale et de l’autonomie financière\nDépartement du Jura\n\nDÉCISION DU DIRECTEUR N° RA-D-2026-05\nportant attribution du marché de fourniture de réactifs\n\nLe Directeur de la régie municipale d’assainissement de Champagnole,\nVu le code général des collectivités territoriales, notamment son article R. 2221-28 ;\nConsidérant que l’offre de la société Jura Traitement Eau est la plus avantageuse ;\nDÉCIDE :\nArticle unique : Le marché est attribué à la société Jura Traitement Eau.\nFait à Champagnole, le 3 mars 2026.\nLe Directeur,\nThomas GIROD\n`;
  assert.deepEqual(fired(regie, 'SIG-003'), []);
  const smo = `SYNDICAT MIXTE OUVERT PUY-DE-DÔME TRÈS HAUT DÉBIT\nDépartement du Puy-de-Dôme\nEXTRAIT DU REGISTRE DES DÉLIBÉRATIONS DU COMITÉ SYNDICAL\nSéance du vendredi 13 février 2026\nDélibération n° SMO-2026-03\nObjet : Approbation d’un avenant\nDate de convocation : 9 février 2026\nDélégués en exercice : 20\nPrésents : 9\nSecrétaire de séance : Mme Marie BESSON.\nVu le code général des collectivités territoriales, notamment ses articles L. 5721-1 et suivants ;\nLe comité syndical, après en avoir délibéré,\nDÉCIDE :\nArticle unique : L’avenant est approuvé.\nFait à Clermont-Ferrand, le 13 février 2026.\nLe Président,\nBernard VEYRIÈRE\n`;
  assert.deepEqual(['SEA-001', 'SEA-003'].flatMap((id) => fired(smo, id).map((d) => d.severity)), ['information', 'information']);
  // The conseil municipal that elects the CCAS's members deliberates under the commune's articles.
  const commune = `Commune de Vertou\nDépartement de la Loire-Atlantique\nEXTRAIT DU REGISTRE DES DÉLIBÉRATIONS DU CONSEIL MUNICIPAL\nSéance du 9 avril 2026\nDélibération n° 2026-041\nObjet : Nombre des membres du conseil d’administration du centre communal d’action sociale\nConseillers en exercice : 33\nPrésents : 12\nLe conseil municipal, après en avoir délibéré, FIXE à douze le nombre des membres du conseil d’administration du CCAS.\nFait à Vertou, le 9 avril 2026.\nLa Maire,\nIsabelle LEROUX\n`;
  assert.equal(parse(commune).authorBody, null);
  assert.deepEqual(fired(commune, 'SEA-003').map((d) => d.severity), ['error']);
});

test('a nineteenth review: an election the conseil proclaims (« PROCLAME élus ») is an election, contested within five days (code électoral, art. R. 119): no REC-001 asking two months, no STR-001', () => {
  const text = `Commune de Basse-Goulaine\nEXTRAIT DU REGISTRE DES DÉLIBÉRATIONS DU CONSEIL MUNICIPAL\nSéance du mardi 14 avril 2026\nDélibération n° 2026-038\nObjet : Élection des représentants du conseil municipal au conseil d’administration du centre communal d’action sociale\nConseillers en exercice : 29\nPrésents : 26\nVotants : 28\nSecrétaire de séance : Mme Maud LE BRIS.\nVu le code de l’action sociale et des familles, notamment son article R. 123-8 ;\nNombre de votants : 28\nSuffrages exprimés : 27\nListe A : 22 voix\nListe B : 5 voix\nLe conseil municipal PROCLAME élus au conseil d’administration du centre communal d’action sociale :\nListe A : Mme Maud LE BRIS, M. Jean-Luc ORIEUX ;\nListe B : M. Romain CORBINEAU.\nFait à Basse-Goulaine, le 14 avril 2026.\nLe Maire,\nGilles PÉRAUD\nRecours : la présente élection peut être contestée devant le tribunal administratif de Nantes dans un délai de cinq jours à compter de la proclamation des résultats (code électoral, article R. 119).\n`;
  assert.deepEqual(codes(text).filter((c) => c === 'REC-001' || c === 'STR-001'), []);
});

test('a twenty-first review (economic life, the domain public): the clause of précarité « L’autorisation peut être retirée à tout moment », « le mobilier est retiré chaque soir » and « la lutte contre les exclusions » are no measure against a person (MOT); a withdrawal for the future, of a domain permit, or for a breach of its conditions is no late retrait (DAT-006)', () => {
  const permit = (article2: string) => `Ville de Brignoles\n\nARRÊTÉ N° 2025-ODP-0094\nportant permis de stationnement pour une terrasse\n\nLe Maire de Brignoles,\nVu le code général des collectivités territoriales, notamment son article L. 2213-6 ;\nVu la demande présentée le 3 mars 2025 par M. Paul GIRAUD ;\nConsidérant que l’installation n’entrave pas la circulation des piétons ;\nARRÊTE :\nArticle 1er : M. Paul GIRAUD est autorisé à installer une terrasse de 15 mètres carrés devant son café, 3 place Carami, du 1er avril au 31 octobre 2025.\nArticle 2 : ${article2}\nArticle 3 : Le présent arrêté peut faire l’objet d’un recours contentieux devant le tribunal administratif de Toulon dans un délai de deux mois à compter de sa notification.\nFait à Brignoles, le 21 mars 2025\nLe Maire,\nDidier BREMOND\n`;
  for (const clause of ['L’autorisation peut être retirée à tout moment pour un motif d’intérêt général.', 'Le mobilier est retiré chaque soir à la fermeture de l’établissement.']) {
    assert.deepEqual(codes(permit(clause)).filter((c) => c.startsWith('MOT')), [], clause);
  }
  // (A withdrawal the act decides is one.)
  assert.ok(codes(permit('L’autorisation accordée à M. Paul GIRAUD est retirée.')).includes('MOT-002'));
  const nomination = arreteOf(POLICE, 'Mme Fatima BENALI, représentante des associations œuvrant dans le domaine de l’insertion et de la lutte contre les exclusions, est nommée membre du conseil d’administration du CCAS.');
  assert.deepEqual(codes(nomination).filter((c) => c.startsWith('MOT')), []);
  const withdrawal = (article1: string, considerant = 'Considérant que la société a installé une terrasse de 55 mètres carrés ;') => `Ville d’Avignon\n\nARRÊTÉ N° 2025-ODP-0600\nportant retrait d’une autorisation\n\nLa Maire d’Avignon,\nVu l’arrêté n° 2025-ODP-0118 du 3 mars 2025 ;\nVu le courrier du 10 juin 2025 invitant la société à présenter ses observations ;\n${considerant}\nARRÊTE :\nArticle 1er : ${article1}\nArticle 2 : Le présent arrêté peut faire l’objet d’un recours contentieux devant le tribunal administratif de Nîmes dans un délai de deux mois à compter de sa notification.\nFait à Avignon, le 8 juillet 2025\nLa Maire,\nCécile HELLE\n`;
  assert.deepEqual(fired(withdrawal('L’arrêté n° 2025-ODP-0118 du 3 mars 2025 est retiré à compter du 15 juillet 2025.', 'Considérant que l’arrêté a été délivré à tort ;'), 'DAT-006'), []);
  assert.deepEqual(fired(withdrawal('L’autorisation de terrasse accordée par l’arrêté n° 2025-ODP-0118 du 3 mars 2025 est retirée.'), 'DAT-006'), []);
  // (A breach of its conditions lets the administration abrogate a decision at any time, and withdraw a subvention
  // (CRPA, art. L. 242-2): not retirer anything else after four months. A retroactive « à compter du » is a retrait.)
  assert.equal(fired(withdrawal('L’arrêté n° 2025-ODP-0118 du 3 mars 2025 est retiré.', 'Considérant que la société ne respecte pas les conditions de l’arrêté ;'), 'DAT-006').length, 1);
  assert.deepEqual(fired(withdrawal('La subvention attribuée par l’arrêté n° 2025-ODP-0118 du 3 mars 2025 est retirée.', 'Considérant que la société ne respecte pas les conditions de la subvention ;'), 'DAT-006'), []);
  assert.equal(fired(withdrawal('L’arrêté n° 2025-ODP-0118 du 3 mars 2025 est retiré à compter du 3 mars 2025.', 'Considérant que l’arrêté a été délivré à tort ;'), 'DAT-006').length, 1);
  assert.equal(fired(withdrawal('L’arrêté n° 2025-ODP-0118 du 3 mars 2025 est retiré.', 'Considérant que l’arrêté a été délivré à tort ;'), 'DAT-006').length, 1);
});

test('a twenty-first review: a contract signed by its parties (« CONVENTION … ENTRE LES SOUSSIGNÉS … IL EST CONVENU CE QUI SUIT ») is no act: no séance, no verb, no recours asked', () => {
  const convention = `Ville d’Ajaccio\n\nCONVENTION D’OCCUPATION TEMPORAIRE DU DOMAINE PUBLIC N° COT-2025-017\n\nENTRE LES SOUSSIGNÉS :\n\nLa Ville d’Ajaccio, représentée par son Maire, M. Stéphane SBRAGGIA, agissant en vertu de la délibération n° 2025/118 du conseil municipal du 27 mars 2025,\n\nET\n\nLa SARL Glaces de l’Empire, représentée par Mme Marie-Ange PERETTI, gérante,\n\nIL EST CONVENU CE QUI SUIT :\n\nArticle 1er : La Ville autorise l’Occupant à occuper le kiosque n° 3, place Foch.\nArticle 2 : La convention est conclue pour cinq ans.\n\nFait à Ajaccio, le 14 avril 2025\n\nLe Maire,\nStéphane SBRAGGIA\n\nLa gérante,\nMarie-Ange PERETTI\n`;
  assert.equal(parse(convention).kind, 'unknown');
  assert.deepEqual(analyze(convention).diagnostics.map((d) => d.code), []);
  // A délibération that approves a convention is judged.
  assert.equal(parse(`COMMUNE DE LEXY\nDélibération n° 2026-013\nObjet : Convention d’occupation du kiosque\nSéance du 12 mars 2026\nLe conseil municipal, après en avoir délibéré, APPROUVE la convention.\n`).kind, 'deliberation-cm');
});

test('a twentieth review (messages): « du décret », not « de le décret »; one article numbered « 1 » is not « 2 numéros d’articles »; « Fait à Voiron, le 4 décembre » misses its year; « Le Maire, Claire Dumontet » names the signatory; a police arrêté whose recours mention lacks its délai is no worse than one without mention', () => {
  const decree = arreteOf(`${POLICE}Vu le décret n° 2016-596 du 12 mai 2016 ;\nVu le décret relatif aux marchés ;\n`, 'Le stationnement est interdit rue de la Gare.');
  const vis002 = diagnostics(decree).filter((d) => d.code === 'VIS-002').map((d) => d.message);
  assert.ok(vis002.length >= 1, JSON.stringify(vis002));
  for (const m of vis002) assert.doesNotMatch(m, /de le décret/);
  assert.ok(vis002.some((m) => /du décret/.test(m)), JSON.stringify(vis002));
  const single = arreteOf(POLICE, 'Le stationnement est interdit.').replace('Article 1er :', 'Article 1 :').replace(/Article 2 :[^\n]*\n/, '');
  const str003 = analyze(single).diagnostics.filter((d) => d.code === 'STR-003').map((d) => d.message);
  for (const m of str003) assert.doesNotMatch(m, /numéros d’articles/);
  const noYear = arreteOf(POLICE, 'Le stationnement est interdit.').replace('Fait à Lexy, le 1er mars 2025', 'Fait à Lexy, le 1er mars');
  assert.match(fired(noYear, 'DAT-001')[0]?.message ?? '', /ne donne pas l’année\s:\scomplétez par «\sle 1er mars <année>\s»/);
  assert.equal(parse(arreteOf(POLICE, 'Le stationnement est interdit.', 'Le Maire, Claire Dumontet')).signatories[0]?.name, 'Claire Dumontet');
  const police = (mention: string) => `ARRÊTÉ N° 2026-412\nportant réglementation temporaire de la circulation\nLe Maire de Voiron,\nVu le code général des collectivités territoriales, notamment son article L. 2213-1 ;\nConsidérant les travaux ;\nARRÊTE :\nArticle 1er : La circulation est interdite rue de Sermorens.\n${mention}Fait à Voiron, le 4 décembre 2026\nLe Maire,\nClaire DUMONTET\n`;
  const none = fired(police(''), 'REC-001').map((d) => d.severity);
  const partial = fired(police('Article 2 : Le présent arrêté peut faire l’objet d’un recours contentieux devant le tribunal administratif de Grenoble.\n'), 'REC-001').map((d) => d.severity);
  assert.deepEqual([...new Set(partial)], [...new Set(none)]);
});

test('reviews 19 and 21: a sentence that dates the transmission or the reception, with no platform’s block, is read (« Transmis au représentant de l’État le … », « Reçue en sous-préfecture de Bayonne le … », « Date de transmission : … »); « sera transmis » is no date', () => {
  const act = (line: string) => parse(`${arreteOf(POLICE, 'La circulation est interdite.')}${line}\n`).transmission;
  assert.equal(act('Transmis au représentant de l’État le 9 mars 2025.')?.transmissionDate, '2025-03-09');
  assert.equal(act('Transmise à la préfecture de l’Isère le 10/03/2025 et publiée le 11 mars 2025.')?.transmissionDate, '2025-03-10');
  assert.equal(act('Reçue en sous-préfecture de Bayonne le 12 mars 2025')?.receptionDate, '2025-03-12');
  assert.equal(act('Date de transmission : 9 mars 2025')?.transmissionDate, '2025-03-09');
  assert.equal(act('Le présent arrêté sera transmis au représentant de l’État.'), null);
});

test('a nineteenth review: « Le Deuxième Vice-Président, » is a quality, signing without délégation for his président (SIG-003, L. 5211-9); a délibération signed before its séance is warned (DAT-001)', () => {
  const arrete = `SYNDICAT INTERCOMMUNAL À VOCATION MULTIPLE DU VAL DE SÈVRE\nDépartement des Deux-Sèvres\n\nARRÊTÉ N° AP-2026-09\nportant recrutement d’un agent contractuel\n\nLe Président du syndicat,\nVu le code général des collectivités territoriales, notamment son article L. 5211-9 ;\nVu le code général de la fonction publique, notamment son article L. 332-23 ;\nConsidérant l’accroissement temporaire d’activité ;\nARRÊTE :\nArticle 1er : M. Paul DURAND est recruté du 1er septembre au 31 décembre 2026.\nFait à Augé, le 15 juin 2026\nLe Deuxième Vice-Président,\nDidier RIVAULT\n`;
  assert.deepEqual(parse(arrete).signatories.map((s) => [s.quality, s.name]), [['Le Deuxième Vice-Président', 'Didier RIVAULT']]);
  assert.match(fired(arrete, 'SIG-003')[0]?.message ?? '', /«\sPour le Président et par délégation,\s».*L\.\s5211-9/);
  const delib = (signed: string) => `CAISSE DES ÉCOLES DE VOIRON\nEXTRAIT DU REGISTRE DES DÉLIBÉRATIONS DU COMITÉ\nSéance du jeudi 4 juin 2026\nDélibération n° CDE-2026-04\nObjet : Aides à la scolarité\nLe comité, après en avoir délibéré, à l’unanimité, DÉCIDE :\nArticle 1er : Les aides sont fixées.\nFait à Voiron, le ${signed}\nLa Présidente,\nMarie DUPONT\n`;
  assert.equal(fired(delib('2 juin 2026'), 'DAT-001')[0]?.severity, 'warning');
  assert.deepEqual(fired(delib('4 juin 2026'), 'DAT-001'), []);
});

test('a twenty-first review: an arrêté that fixes the tarifs of the domain public’s redevances is no police arrêté, whatever police articles its visas cite', () => {
  const tarifs = `Ville de Melun\n\nARRÊTÉ N° 2025-DP-044\nfixant les tarifs des redevances d’occupation du domaine public pour l’année 2026\n\nLe Maire de la Ville de Melun,\nVu le code général des collectivités territoriales, notamment ses articles L. 2122-21, L. 2212-2 et L. 2213-6 ;\nVu le code général de la propriété des personnes publiques, notamment son article L. 2125-1 ;\nARRÊTE :\nArticle 1er : Les tarifs des redevances sont fixés comme suit : terrasse ouverte, 28 euros par mètre carré et par an.\nFait à Melun, le 10 décembre 2025\nLe Maire,\nKadir MEBAREK\n`;
  assert.equal(parse(tarifs).police, false);
  assert.equal(parse(tarifs.replace('fixant les tarifs des redevances d’occupation du domaine public pour l’année 2026', 'portant réglementation du stationnement')).police, true);
});

test('a twenty-second review (the session’s changes): the commune’s act under a heading « CCAS – … » is judged as the commune’s; a CCAS under « VILLE DE … » is an établissement; a décision with bulleted visas and a contract annexed is an act; a visa’s « reçue en préfecture le … » is another act’s; an arrêté that fixes droits de place and bans parking is police; a séance an exposé speaks of does not date the act; « secrétaire de l’association » is not the séance’s', () => {
  const commune = `DÉPARTEMENT DES LANDES\n\nCCAS – ÉLECTION DES REPRÉSENTANTS DU CONSEIL MUNICIPAL AU CONSEIL D’ADMINISTRATION\n\nEXTRAIT DU REGISTRE DES DÉLIBÉRATIONS DU CONSEIL MUNICIPAL DE POUILLON\nDélibération n° 2025-014\nSéance du 12 mars 2025\nDate de convocation : 10 mars 2025\nNombre de conseillers en exercice : 19\nPrésents : 8\nVotants : 10\nL’an deux mille vingt-cinq, le douze mars, les membres du Conseil municipal de la commune de Pouillon se sont réunis à la mairie, sous la présidence de M. Jean LABORDE, Maire.\nVu le code de l’action sociale et des familles ;\nLe Conseil municipal PROCLAME élus membres du conseil d’administration du CCAS : Mme Anne DUCOS.\nFait à Pouillon, le 12 mars 2025\nLe Maire,\nJean LABORDE\n`;
  assert.equal(parse(commune).authorBody, null);
  assert.deepEqual(['SEA-001', 'SEA-003'].map((id) => fired(commune, id)[0]?.severity), ['error', 'error']);
  const ccas = `VILLE DE BAYONNE\nCENTRE COMMUNAL D’ACTION SOCIALE\n\nEXTRAIT DU REGISTRE DES DÉLIBÉRATIONS DU CONSEIL D’ADMINISTRATION\nSéance du 20 mars 2025\nDélibération n° CA-2025-07\nMembres en exercice : 17\nPrésents : 12\nLe Conseil d’administration du Centre communal d’action sociale de Bayonne s’est réuni le 20 mars 2025.\nVu le code de l’action sociale et des familles ;\nLe Conseil d’administration, après en avoir délibéré, DÉCIDE :\nArticle 1er : Le règlement est adopté.\n`;
  assert.equal(parse(ccas).authorBody, 'etablissement');
  const decision = `VILLE DE LEXY\nDÉCISION DU MAIRE N° 2025-044\nAvenant n° 1 à la convention d’occupation du local associatif\nLe Maire de Lexy,\n• Vu le code général des collectivités territoriales, notamment son article L. 2122-22 ;\nDÉCIDE\nArticle 1er : Il est conclu un avenant n° 1 dont le texte est annexé.\nFait à Lexy, le 3 mars 2025\nLe Maire,\nJean DUPONT\n\nANNEXE – AVENANT N° 1\nENTRE LES SOUSSIGNÉS : la commune de Lexy et l’association Les Amis de Lexy\nIL EST CONVENU CE QUI SUIT :\nArticle 1 : La durée est prolongée.\n`;
  assert.equal(parse(decision).kind, 'decision-maire');
  const visa = parse(`VILLE DE SAINT-MÉDARD-EN-JALLES\nDÉCISION DU MAIRE N° 2025-087\nLe Maire,\nVu la délibération n° 2020-061 du 10 juillet 2020, reçue en préfecture de la Gironde le 15 juillet 2020, portant délégation d’attributions au maire ;\nDÉCIDE\nArticle 1er : Le contrat est attribué à la société Cardio Services.\nFait à Saint-Médard-en-Jalles, le 20 mai 2025\nLe Maire,\nStéphane DELPEYRAT-VINCENT\n`);
  assert.equal(visa.transmission, null);
  const market = `VILLE DE LEXY\nARRÊTÉ N° 2025-300\nportant réglementation du stationnement pendant le marché de Noël et fixant les droits de place des exposants\nLe Maire de Lexy,\nVu le code général des collectivités territoriales ;\nARRÊTE :\nArticle 1er : Le stationnement est interdit place de la Mairie du 1er au 24 décembre 2025.\nArticle 2 : Les droits de place sont fixés à 5 euros par mètre linéaire.\nFait à Lexy, le 20 novembre 2025\nLe Maire,\nJean DUPONT\n`;
  assert.equal(parse(market).police, true);
  const expose = `COMMUNE DE LOUDÉAC\nDÉLIBÉRATION DU CONSEIL MUNICIPAL N° 2025-032\nObjet : Projet de pôle culturel – lancement de la concertation\nLe Maire expose que le projet sera présenté aux habitants, et que le bilan de la concertation sera soumis au conseil municipal lors de sa séance du 30 juin 2025.\nVu le code général des collectivités territoriales ;\nLe Conseil municipal, après en avoir délibéré, DÉCIDE d’engager la concertation.\nFait à Loudéac, le 13 mars 2025\nLe Maire,\nBruno LE BESCAUT\n`;
  assert.deepEqual(fired(expose, 'DAT-001'), []);
  const secretary = parse(`COMMUNE DE LEXY\nDélibération n° 2026-012\nSéance du 12 mars 2026\nNombre de conseillers en exercice : 15 – Présents : 11\nLe Maire rappelle que le comité de jumelage a désigné Mme Anne LE GALL en qualité de secrétaire de l’association.\nLe conseil municipal, après en avoir délibéré, DÉCIDE :\nArticle 1er : La subvention est versée.\n`).seance?.secretary;
  assert.equal(secretary ?? null, null);
});

test('a twenty-second review: a retroactive « à compter du », « au lieu de » or a domain named in a visa does not excuse a late retrait; a breach of conditions excuses only a subvention’s (CRPA, art. L. 242-2); withdrawing from a person what was granted to him is a measure against him (MOT)', () => {
  const withdrawal = (article1: string, considerant = 'Considérant que l’arrêté a été pris à tort ;', visa = '') => `VILLE DE LEXY\nARRÊTÉ N° 2025-RH-120\nportant retrait\nLe Maire de Lexy,\nVu l’arrêté n° 2024-RH-402 du 2 septembre 2024 ;\n${visa}Vu le courrier invitant l’agent à présenter ses observations ;\n${considerant}\nARRÊTE :\nArticle 1er : ${article1}\nArticle 2 : Le présent arrêté peut faire l’objet d’un recours devant le tribunal administratif de Nancy dans un délai de deux mois à compter de sa notification.\nFait à Lexy, le 12 mai 2025\nLe Maire,\nJean DUPONT\n`;
  assert.equal(fired(withdrawal('L’arrêté n° 2024-RH-402 du 2 septembre 2024 est retiré à compter du 2 septembre 2024.'), 'DAT-006').length, 1);
  assert.equal(fired(withdrawal('L’arrêté n° 2024-RH-402 du 2 septembre 2024 est retiré.', 'Considérant que M. Paul DURAND a été classé au 7e échelon au lieu de l’échelon 6 ;'), 'DAT-006').length, 1);
  assert.equal(fired(withdrawal('L’arrêté n° 2024-RH-402 du 2 septembre 2024 est retiré.', undefined, 'Vu le code général de la propriété des personnes publiques, relatif au domaine public ;\n'), 'DAT-006').length, 1);
  assert.deepEqual(fired(withdrawal('L’arrêté n° 2024-RH-402 du 2 septembre 2024 est retiré à compter du 1er juin 2025.'), 'DAT-006'), []);
  const market = arreteOf('', 'L’emplacement n° 12 du marché hebdomadaire du samedi, attribué à M. Karim BENALI, est retiré.');
  assert.ok(codes(market).includes('MOT-001'), codes(market).join(' '));
});

test('a twenty-second review (the editor): a finished délibération without its closing part, opened with no keystroke, keeps its séance errors in a draft', () => {
  const text = `MAIRIE DE SOULAC-SUR-MER\nEXTRAIT DU REGISTRE DES DÉLIBÉRATIONS\nSéance du 12 mars 2025\nDate de convocation : 10 mars 2025\nNombre de conseillers en exercice : 19\nPrésents : 8\nVotants : 10\nLe Conseil municipal, convoqué par le maire, s’est assemblé en séance publique.\nVu le code général des collectivités territoriales ;\nLe Conseil municipal, après en avoir délibéré, DÉCIDE :\nArticle 1er : Le budget est approuvé.\nAdoptée à l’unanimité.\nLe présent extrait est certifié exécutoire, compte tenu de sa transmission en préfecture le 14 mars 2025.\n`;
  const serious = (o: object) => analyze(text, { catalogue, ...o }).diagnostics.filter((d) => d.code === 'SEA-003' || d.code === 'SEA-001').map((d) => `${d.code} ${d.severity}`).sort();
  assert.deepEqual(serious({ draft: true }), serious({}));
  assert.ok(serious({}).includes('SEA-003 error'));
});

test('a nineteenth review: the name of a local public établissement heading its act is its collectivité (« CENTRE COMMUNAL D’ACTION SOCIALE DE VERTOU », « OFFICE DE TOURISME DES GETS »), not a legal form’s line nor a heading with an objet', () => {
  const head = (lines: string) => parse(`${lines}\nDépartement de la Haute-Savoie\n\nEXTRAIT DU REGISTRE DES DÉLIBÉRATIONS DU COMITÉ DE DIRECTION\nSéance du 11 décembre 2025\nLe comité de direction, après en avoir délibéré, DÉCIDE :\nArticle 1er : Le budget est adopté.\n`).header.collectivite?.name ?? null;
  assert.equal(head('OFFICE DE TOURISME DES GETS\nÉtablissement public industriel et commercial'), 'OFFICE DE TOURISME DES GETS');
  assert.equal(head('CENTRE COMMUNAL D’ACTION SOCIALE DE VERTOU'), 'CENTRE COMMUNAL D’ACTION SOCIALE DE VERTOU');
  assert.equal(head('CCAS – ÉLECTION DES REPRÉSENTANTS DU CONSEIL MUNICIPAL'), null);
});

test('a twentieth review: VIS-003 names the two codes out of order (« le code de l’éducation vient avant le code général des collectivités territoriales »)', () => {
  const act = arreteOf('Vu le code général des collectivités territoriales, notamment son article L. 2121-29 ;\nVu le code de l’éducation, notamment son article L. 214-4 ;\n', 'La convention est approuvée.');
  assert.match(fired(act, 'VIS-003')[0]?.message ?? '', /le code de l’éducation vient avant le code général des collectivités territoriales/);
});

test('a twenty-third review (the maire’s special police): the first adjoint who stands in under L. 2122-17 signs with his name and no délégation; an individual decision notified is no publicity by affichage alone (PUB-005); a judge’s ordonnance is no law (VIS-003); « est tenu de le maintenir en laisse » is a measure against a person, and « le directeur des urgences » no urgency', () => {
  const standIn = (quality: string) => arreteOf(POLICE, 'La circulation des quads est interdite sur les chemins ruraux.', `${quality}\nMarc LABORDE`);
  for (const quality of ['Le Premier adjoint, en application de l’article L. 2122-17 du code général des collectivités territoriales,', 'Le Premier adjoint, en remplacement du Maire absent,']) {
    assert.deepEqual(parse(standIn(quality)).signatories.map((s) => s.name), ['Marc LABORDE'], quality);
    assert.deepEqual(['SIG-001', 'SIG-003'].flatMap((id) => fired(standIn(quality), id)), [], quality);
  }
  const notified = `${arreteOf(`${POLICE}Vu le courrier du 2 juin 2025 invitant Mme Samia HAMDI à présenter ses observations ;\nConsidérant les aboiements répétés constatés le 28 mai 2025 ;\n`, 'Mme Samia HAMDI est mise en demeure de faire cesser les aboiements de son chien dans un délai de huit jours.')}Notifié le 19 juin 2025\nAffiché en mairie le 19 juin 2025\n`;
  assert.deepEqual(fired(notified, 'PUB-005', { population: 20000 }), []);
  const order = arreteOf('Vu le code de la construction et de l’habitation, notamment son article L. 511-9 ;\nVu le décret n° 2020-1711 du 24 décembre 2020 relatif à la procédure de mise en sécurité ;\nVu l’ordonnance n° 2504417 du 4 juin 2025 du président du tribunal administratif de Lille désignant un expert ;\n', 'Les occupants sont évacués.');
  assert.deepEqual(fired(order, 'VIS-003'), []);
  const dog = arreteOf('Vu le code rural et de la pêche maritime, notamment son article L. 211-11 ;\n', 'M. Mickaël DA SILVA est tenu de maintenir son chien en laisse et muselé sur la voie publique.');
  assert.ok(codes(dog).includes('MOT-001'), codes(dog).join(' '));
  const closing = (considerant: string) => arreteOf(`${POLICE}Considérant les rixes répétées devant l’établissement le 3 mai 2025 ;\n${considerant}`, 'Le bar Le Central, exploité par la SARL Nuits, est fermé pour une durée de quinze jours.\nArticle 3 : Le directeur des urgences du centre hospitalier est informé du présent arrêté.');
  assert.ok(codes(closing('')).includes('MOT-002'));
  assert.deepEqual(codes(closing('Considérant l’urgence à prévenir de nouvelles rixes ;\n')).filter((c) => c === 'MOT-002'), []);
});

test('a twenty-fourth review (associations, schools): a second convocation after a séance without quorum needs three days (L. 2121-17); the price a thing was bought for is not the price it is sold for (DEL-009); the item of L. 2122-22 the dispositif names is given (DEL-001); an interested member’s pouvoir is not cast either, and a member arriving updates the votants (SEA-005); a visa of the département’s commission permanente does not make the séance the département’s', () => {
  const second = `VILLE DE CHALONNES-LES-VIGNES\nDélibération n° 2025-071\nObjet : Détermination du ressort des écoles publiques\nSéance du lundi 7 juillet 2025\nLe quorum n’ayant pas été atteint à la séance du 30 juin 2025, le conseil municipal, à nouveau convoqué le 3 juillet 2025 conformément à l’article L. 2121-17, s’est réuni sans condition de quorum.\nDate de la seconde convocation : 3 juillet 2025\nNombre de conseillers municipaux en exercice : 29\nPrésents : 14\nReprésentés : 8\nVotants : 22\nSecrétaire de séance : Mme Émilie VERGER.\nLe Conseil municipal, après en avoir délibéré, DÉCIDE :\nArticle 1er : Le ressort des écoles est fixé.\nPour : 22\nContre : 0\nAbstention : 0\n`;
  assert.deepEqual(fired(second, 'SEA-001', { population: 8412 }).filter((d) => d.severity === 'error' || d.severity === 'warning'), []);
  const decision = (article: string, visa = 'Vu le code général des collectivités territoriales, notamment le 10° de son article L. 2122-22 ;\n') => `VILLE DE LEXY\nDÉCISION DU MAIRE N° DM-2025-040\nLe Maire de Lexy,\n${visa}Vu la délibération n° 2020-032 du 28 mai 2020 portant délégation d’attributions du conseil municipal au maire ;\nDÉCIDE\nArticle 1er : ${article}\nFait à Lexy, le 3 juillet 2025\nLe Maire,\nJean DUPONT\n`;
  assert.deepEqual(fired(decision('Le minibus, acquis en 2009 au prix de 28 000 euros, est cédé de gré à gré au Handball club au prix de 3 500 euros.'), 'DEL-009'), []);
  assert.equal(fired(decision('Le minibus est cédé de gré à gré au Handball club au prix de 28 000 euros.'), 'DEL-009').length, 1);
  assert.deepEqual(fired(decision('La salle est mise à disposition de l’association. La présente décision est prise en application du 5° de l’article L. 2122-22 du code général des collectivités territoriales.', 'Vu le code général des collectivités territoriales, notamment ses articles L. 2122-22 et L. 2122-23 ;\n'), 'DEL-001'), []);
  const vote = (said: string, tally: string) => `VILLE DE LEXY\nDélibération n° 2025-080\nObjet : Subvention à l’USC\nSéance du 3 juillet 2025\nNombre de conseillers en exercice : 29\nPrésents : 23\nReprésentés : 4\nVotants : 27\nSecrétaire de séance : Mme Émilie VERGER.\n${said}\nLe Conseil municipal, après en avoir délibéré, DÉCIDE :\nArticle 1er : Une subvention de 3 000 euros est attribuée à l’USC.\n${tally}\n`;
  assert.deepEqual(fired(vote('M. Bruno LEROUX, président de la section football de l’USC, ne prend pas part au vote, ni en son nom ni au nom de Mme Karine PASQUIER dont il détient le pouvoir.', 'Pour : 25\nContre : 0\nAbstention : 0'), 'SEA-005'), []);
  assert.deepEqual(fired(vote('M. Franck BODIN, absent en début de séance, arrive à 19 h 40 et prend part au vote à partir de la présente délibération (présents : 24, votants : 28).', 'Pour : 28\nContre : 0\nAbstention : 0'), 'SEA-005'), []);
  const visa = parse(`VILLE DE LEXY\nEXTRAIT DU REGISTRE DES DÉLIBÉRATIONS DU CONSEIL MUNICIPAL\nSéance du 3 juillet 2025\nVu la délibération de la commission permanente du conseil départemental de Maine-et-Loire du 12 mai 2025 ;\nLe Conseil municipal, après en avoir délibéré, APPROUVE la convention.\n`);
  assert.equal(visa.authorBody, null);
});

test('a twenty-fifth review (reading the platforms’ stamps): the accusé’s dates read with labels of every platform; « certifié conforme » is no certification of the exécutoire', () => {
  const arrete = (before: string, after: string) => `${before}VILLE DE DAX\n\nARRÊTÉ N° ARR2026_145\nportant nomination d’un régisseur\n\nLe Maire de Dax,\nVu le code général des collectivités territoriales ;\n\nARRÊTE\n\nArticle 1er : M. Paul LAFFITTE est nommé régisseur titulaire.\n\nFait à Dax, le 4 mars 2026\n\nLe Maire,\nJulien DUBOIS\n${after}`;
  // S²LOW's accusé, above the act or under it.
  const top = parse(arrete('Accusé de réception en préfecture\n040-214000887-20260304-ARR2026_145-AI\nDate de télétransmission : 05/03/2026\nDate de réception préfecture : 06/03/2026\n\n', ''));
  assert.deepEqual([top.transmission?.transmissionDate, top.transmission?.receptionDate], ['2026-03-05', '2026-03-06']);
  const certified = parse(arrete('Accusé de réception - Ministère de l’Intérieur\n040-214000887-20260304-ARR2026_145-AI\nAccusé certifié exécutoire\nRéception par le préfet : 05/03/2026\nPublication : 06/03/2026\n\n', ''));
  assert.equal(certified.transmission?.receptionDate, '2026-03-05');
  assert.deepEqual(certified.executoire?.dates, ['2026-03-05', '2026-03-06']);
  // A line that names the transmission and the publication over the identifier; « le : » before the date.
  assert.equal(parse(arrete('', '\nTransmis en préfecture le 17/03/2026 – Publié le 17/03/2026\nID : 040-214000887-20260304-ARR2026_145-AI\n')).transmission?.transmissionDate, '2026-03-17');
  assert.equal(parse(arrete('', '\nTransmis en sous-préfecture le : 15/03/2026\nPublié le : 15/03/2026\n')).transmission?.transmissionDate, '2026-03-15');
  // « Pour extrait certifié conforme, » over the signature, the act certified exécutoire under it.
  const extract = parse(arrete('', '\nPour extrait certifié conforme,\nDax, le 5 mars 2026\n\nActe certifié exécutoire\nTransmis au contrôle de légalité le 06/03/2026\nPublié le 06/03/2026\n'));
  assert.match(extract.executoire?.text ?? '', /^Acte certifié exécutoire/);
  assert.deepEqual(extract.executoire?.dates, ['2026-03-06', '2026-03-06']);
  assert.deepEqual(actToJson(extract).publishedOn, ['2026-03-06']);
});

test('a twenty-fifth review (reading numbers and séances): « DCM n°2026/15 », « C 2026-02-014 », Paris’s « 2025 DAE 118 »; a pipe table of figures, « membres composant le conseil », « sur les 33 en exercice », « MM. et Mmes » before the names', () => {
  const delib = (number: string, seance: string) => `COMMUNE DE LA MOTTE-SERVOLEX\n\nConseil municipal du 12 mars 2026\n\n${number}\n\nOBJET : Instauration du droit de préemption urbain renforcé\n\nSéance du 12 mars 2026\n${seance}\nDate de convocation : 5 mars 2026\n\nLe conseil municipal,\nVu le code général des collectivités territoriales ;\nDÉCIDE\nArticle 1er : Le droit de préemption urbain renforcé est institué.\nFait à La Motte-Servolex, le 12 mars 2026\nLe Maire,\nLuc BERTHOUD\n`;
  const figures = 'Conseillers en exercice : 33 – Présents : 27 – Pouvoirs : 4 – Votants : 31\n';
  assert.equal(parse(delib('DCM n°2026/15', figures)).number?.value, '2026/15');
  assert.equal(parse(delib('Délibération n° C 2026-02-014', figures)).number?.value, 'C 2026-02-014');
  assert.equal(parse(delib('Délibération n° 2025 DAE 118', figures)).number?.value, '2025 DAE 118');
  const seance = (lines: string) => {
    const s = parse(delib('DCM n°2026/15', lines)).seance;
    return [s?.membersInOffice, s?.present, s?.represented, s?.voters];
  };
  assert.deepEqual(seance('| En exercice | Présents | Pouvoirs | Votants | Pour | Contre | Abstentions |\n|---|---|---|---|---|---|---|\n| 51 | 40 | 6 | 46 | 39 | 3 | 4 |\n'), [51, 40, 6, 46]);
  assert.deepEqual(seance('Nombre de membres composant le conseil : 45\nNombre de membres présents : 36\nNombre de pouvoirs : 7\nNombre de votants : 43\n').slice(0, 2), [45, 36]);
  assert.equal(seance('Étaient présents 25 conseillers municipaux sur les 33 en exercice.\n')[0], 33);
  assert.equal(seance('Présents : MM. et Mmes MATHERON, ARNAUD, BERNARD, BLANC.\nAbsents excusés : M. MOREL.\n')[1], 4);
});

test('a twenty-sixth review (the maire as agent of the State): a décision on the electoral list or an attestation d’accueil is no décision by délégation; the electoral list’s recours goes to the commission de contrôle, then the tribunal judiciaire; the bureaux de vote are contested with the election', () => {
  const decision = (title: string, authority: string, visas: string, article: string, recours: string) => `RÉPUBLIQUE FRANÇAISE\nDépartement des Landes\nCOMMUNE DE SAINT-PAUL-LÈS-DAX\n\nDÉCISION N° 2026-EL-012\n${title}\n\n${authority}\n\n${visas}\nConsidérant que l’intéressé a été invité à présenter ses observations ;\n\nDÉCIDE\n\nArticle 1er : ${article}\n\nArticle 2 : ${recours}\n\nFait à Saint-Paul-lès-Dax, le 28 septembre 2026\n\nLe Maire,\nJulien DUBOIS\n`;
  const listRecours = 'La présente décision peut faire l’objet d’un recours administratif préalable obligatoire devant la commission de contrôle dans un délai de cinq jours à compter de sa notification, puis d’un recours devant le tribunal judiciaire de Dax dans un délai de sept jours (code électoral, art. L. 18 et L. 20).';
  const radiation = (recours: string) => decision('portant radiation d’un électeur de la liste électorale de la commune', 'Le Maire de Saint-Paul-lès-Dax, agissant au nom de l’État,', 'Vu le code électoral, notamment ses articles L. 11, L. 18 et R. 9 ;', 'M. Jérôme LACAZE est radié de la liste électorale de la commune.', recours);
  const warned = (text: string) => analyze(text).diagnostics.filter((d) => d.severity === 'warning' || d.severity === 'error').map((d) => d.code);
  assert.deepEqual(warned(radiation(listRecours)), []);
  // The tribunal administratif named for the electoral list: the route the code électoral gives instead.
  const wrong = fired(radiation('La présente décision peut faire l’objet d’un recours contentieux devant le tribunal administratif de Pau dans un délai de deux mois à compter de sa notification.'), 'REC-001');
  assert.equal(wrong.length, 1);
  assert.match(wrong[0].message, /commission de contrôle.*tribunal judiciaire/);
  // Without the words « au nom de l’État »: the matter in the title says it.
  assert.deepEqual(warned(radiation(listRecours).replace(', agissant au nom de l’État,', ',')), []);
  const accueil = decision('portant refus de validation d’une attestation d’accueil', 'Le Maire de Saint-Paul-lès-Dax, agissant en qualité d’agent de l’État,', 'Vu le code de l’entrée et du séjour des étrangers et du droit d’asile, notamment ses articles L. 313-1 à L. 313-7 ;', 'La validation de l’attestation d’accueil présentée par M. Karim BENALI est refusée.', 'La présente décision peut faire l’objet d’un recours administratif préalable obligatoire auprès du préfet des Landes dans un délai de deux mois à compter de sa notification, puis d’un recours devant le tribunal administratif de Pau.');
  for (const id of ['VIS-001', 'DEL-002', 'DEL-005']) assert.deepEqual(fired(accueil, id), [], id);
  // A commune's décision by délégation keeps its délégation rules.
  assert.equal(fired(decision('portant signature d’un bail', 'Le Maire de Saint-Paul-lès-Dax,', 'Vu le code général des collectivités territoriales ;', 'Le bail du local du 3 rue des Arènes est signé avec l’association Les Amis du livre.', listRecours.replace('administratif préalable obligatoire devant la commission de contrôle dans un délai de cinq jours', 'contentieux devant le tribunal administratif de Pau dans un délai de deux mois')), 'DEL-002').length, 1);
});

test('a twenty-sixth review (the droit local, communes nouvelles): the compte of a commune of the Moselle has no 30 June deadline; its quorum follows L. 2541-4; a commune nouvelle’s conseil has the size of the stratum above', () => {
  const delib = (departement: string, seance: string, visas: string, objet: string, article: string) => `COMMUNE D’ORMERSVILLER\nDépartement ${departement}\n\nDélibération n° 2025-031\nObjet : ${objet}\n\nSéance du ${seance}\nDate de convocation : 1er juillet 2025\nConseillers en exercice : 11 – Présents : 5 – Votants : 5\nSecrétaire de séance : Mme Agnès SCHMITT\n\nLe conseil municipal,\n${visas}Après en avoir délibéré,\nDÉCIDE\nArticle 1er : ${article}\nAdopté à l’unanimité.\nLe Maire,\nJoseph BRONNER\nLa secrétaire de séance,\nAgnès SCHMITT\n`;
  const compte = (departement: string) => delib(departement, '8 juillet 2025', 'Vu le code général des collectivités territoriales ;\n', 'Compte administratif 2024', 'Le compte administratif 2024 est approuvé.').replace('Présents : 5 – Votants : 5', 'Présents : 9 – Votants : 9');
  assert.deepEqual(fired(compte('de la Moselle'), 'DAT-007'), []);
  assert.equal(fired(compte('de la Savoie'), 'DAT-007').length, 1);
  // Six of the eleven members interested in the affaire: L. 2541-4, 2°, the conseil deliberates without quorum.
  const baux = (visas: string) => delib('de la Moselle', '8 juillet 2025', visas, 'Renouvellement des baux ruraux', 'Les baux ruraux des terrains communaux sont renouvelés.');
  assert.deepEqual(fired(baux('Vu le code général des collectivités territoriales, notamment ses articles L. 2121-17 et L. 2541-4 ;\n'), 'SEA-003'), []);
  assert.match(fired(baux('Vu le code général des collectivités territoriales ;\n'), 'SEA-003')[0]?.message ?? '', /Alsace-Moselle.*L\.\s2541-4/);
  assert.match(fired(baux('Vu le code général des collectivités territoriales ;\n').replace('de la Moselle', 'de la Savoie'), 'SEA-003')[0]?.message ?? '', /L\.\s2121-17/);
  // A commune nouvelle of 18,000 inhabitants: 33 seats by L. 2121-2, 35 at the first renewal after its creation (L. 2113-8).
  const adjoints = (visas: string) => `COMMUNE DE MAUGES-SUR-LOIRE\nDépartement de Maine-et-Loire\nDélibération n° 2020-040\nSéance du samedi 23 mai 2020\nDate de convocation : 18 mai 2020\nConseillers en exercice : 35 - Présents : 35 - Votants : 35\nSecrétaire de séance : Mme Claire OGER\nObjet : Détermination du nombre d’adjoints au maire\nLe conseil municipal,\n${visas}Après en avoir délibéré,\nDÉCIDE\nArticle 1er : Le nombre des adjoints au maire est fixé à dix.\nAdopté à l’unanimité.\nLe maire,\nJean-Claude BOURGEOIS\n`;
  assert.deepEqual(fired(adjoints('Vu le code général des collectivités territoriales, notamment ses articles L. 2113-8 et L. 2122-2 ;\n'), 'SEA-015', { population: 18000 }), []);
  assert.equal(fired(adjoints('Vu le code général des collectivités territoriales, notamment son article L. 2122-2 ;\n'), 'SEA-015', { population: 18000 }).length, 1);
});

test('a twenty-fifth review (reading the head of the page): a letter’s « Vierzon, le 2 avril 2026 » in its letterhead dates it (no DAT-001); « PONTIVY COMMUNAUTÉ » and « GRAND CHAMBÉRY » name the collectivité', () => {
  const letter = `MAIRIE DE VIERZON                                        Vierzon, le 2 avril 2026\nPlace de l’Hôtel de Ville - 18100 VIERZON\nService Police Municipale\n\nARRETE MUNICIPAL PERMANENT N° 2026-087\nINSTAURANT UNE ZONE BLEUE DE STATIONNEMENT\n\nLE MAIRE DE LA VILLE DE VIERZON,\n\nVU le code général des collectivités territoriales, notamment ses articles L. 2212-1, L. 2212-2 et L. 2213-2 ;\nCONSIDERANT la nécessité de favoriser la rotation du stationnement ;\n\nARRETE\n\nARTICLE 1 : Une zone bleue est instaurée rue de la République.\nARTICLE 2 : Le présent arrêté peut faire l’objet d’un recours devant le tribunal administratif d’Orléans dans un délai de deux mois à compter de sa publication.\n\nLE MAIRE,\nNicolas SANSU\n`;
  const read = parse(letter);
  assert.deepEqual([read.placeDate?.place, read.date], ['Vierzon', '2026-04-02']);
  assert.deepEqual(fired(letter, 'DAT-001'), []);
  assert.deepEqual(read.signatories.map((s) => s.name), ['Nicolas SANSU']);
  // Without the date in the letterhead, the act is not dated.
  assert.equal(fired(letter.replace('Vierzon, le 2 avril 2026', ''), 'DAT-001').length, 1);
  const head = (lines: string) => parse(`${lines}\n\nDÉCISION DU PRÉSIDENT N° DP 2026-015\nObjet : Demande de subvention\nLe Président,\nVu le code général des collectivités territoriales ;\nDÉCIDE\nArticle 1er : Une subvention est demandée.\nFait à Pontivy, le 3 mars 2026\nLe Président,\nBernard ROUXEL\n`).header.collectivite?.text;
  assert.equal(head('PONTIVY COMMUNAUTÉ'), 'PONTIVY COMMUNAUTÉ');
  assert.equal(head('GRAND CHAMBÉRY\nL’Agglomération'), 'GRAND CHAMBÉRY');
});

test('a twenty-fifth review (an objet over several lines): a line that ends on « des » goes on; an objet in capitals goes on in capitals', () => {
  const arrete = (head: string) => parse(`VILLE DE PAU\n\n${head}\n\nLe Maire de Pau,\nVu le code général des collectivités territoriales ;\nARRÊTE\nArticle 1er : L’occupation est autorisée.\nFait à Pau, le 3 mars 2026\nLe Maire,\nFrançois BAYROU\n`);
  assert.equal(actToJson(arrete('ARRÊTÉ N° A.2026.118\nportant autorisation d’occupation temporaire du domaine public – terrasse commerciale – Le Comptoir des\nHalles, 4 place de la République')).object, 'portant autorisation d’occupation temporaire du domaine public – terrasse commerciale – Le Comptoir des Halles, 4 place de la République');
  assert.equal(actToJson(arrete('ARRETE MUNICIPAL PERMANENT N° 2026-087\nINSTAURANT UNE ZONE BLEUE DE STATIONNEMENT A DUREE LIMITEE\nRUE DE LA REPUBLIQUE ET PLACE JACQUES BREL')).object, 'INSTAURANT UNE ZONE BLEUE DE STATIONNEMENT A DUREE LIMITEE RUE DE LA REPUBLIQUE ET PLACE JACQUES BREL');
  // A line that ends the phrase stops it: the next, in capitals, is not the objet's when the objet is not.
  assert.equal(actToJson(arrete('ARRÊTÉ N° 2026-088\nportant interdiction du stationnement\nRUE DES ARÈNES')).object, 'portant interdiction du stationnement');
});

test('a twenty-sixth review (outre-mer): « COLLECTIVITÉ DE SAINT-MARTIN » heading its conseil territorial’s act names its collectivité, whose tribunal is Saint-Martin’s (REC-002); over « COMMUNE DE MARIGOT », a territory’s name is not the author', () => {
  const delib = (tribunal: string) => `RÉPUBLIQUE FRANÇAISE\nCOLLECTIVITÉ DE SAINT-MARTIN\n\nEXTRAIT DU REGISTRE DES DÉLIBÉRATIONS DU CONSEIL TERRITORIAL\n\nSéance du lundi 15 décembre 2025\nConseillers territoriaux en exercice : 23\nConseillers présents : 15\nConseillers représentés : 4\n\nDélibération n° CT 42-3-2025\nObjet : Tarifs du port de Galisbay\n\nLe conseil territorial,\nVu le code général des collectivités territoriales, notamment ses articles LO 6314-1 et suivants ;\nAprès en avoir délibéré,\nDÉCIDE\nArticle 1er : Les tarifs du port de Galisbay sont fixés comme suit.\nArticle 2 : La présente délibération peut faire l’objet d’un recours contentieux devant le tribunal administratif de ${tribunal} dans un délai de deux mois à compter de sa publication.\nAdopté à l’unanimité.\nLe Président,\nLouis MUSSINGTON\n`;
  assert.equal(parse(delib('Saint-Martin')).header.collectivite?.text, 'COLLECTIVITÉ DE SAINT-MARTIN');
  assert.deepEqual(fired(delib('Saint-Martin'), 'REC-002'), []);
  assert.match(fired(delib('la Guadeloupe'), 'REC-002')[0]?.message ?? '', /celui de Saint-Martin/);
  assert.equal(parse(`COLLECTIVITÉ TERRITORIALE DE MARTINIQUE\nCOMMUNE DE MARIGOT\n\nARRÊTÉ MUNICIPAL N° 03-24\nportant réglementation de la mécanique sauvage\nLe Maire de Marigot,\nVu le code général des collectivités territoriales ;\nARRÊTE\nArticle 1er : La mécanique sauvage est interdite.\n`).header.collectivite?.text, 'COMMUNE DE MARIGOT');
});

test('a twenty-fifth review (a body’s name with a dash, an objet under its rubric): « GOLFE DU MORBIHAN – VANNES AGGLOMÉRATION » is one name, no département; « MOBILITÉS » over the objet’s lines', () => {
  const delib = parse(`GOLFE DU MORBIHAN – VANNES AGGLOMÉRATION\n\nCONSEIL COMMUNAUTAIRE DU 5 FÉVRIER 2026\nEXTRAIT DU REGISTRE DES DÉLIBÉRATIONS\n\nEn exercice : 90 ; Présents : 71 ; Pouvoirs : 14 ; Votants : 85\n\nDÉLIBÉRATION N° 2026_DELIB_012\n\nMOBILITÉS\nSchéma directeur cyclable communautaire 2026-2035\nApprobation\n\nLe conseil communautaire,\nVu le code général des collectivités territoriales ;\nDÉCIDE\nArticle 1er : Le schéma directeur cyclable est approuvé.\nAdopté à l’unanimité.\nLe Président,\nDavid ROBO\n`);
  assert.deepEqual([delib.header.collectivite?.text, delib.header.departement], ['GOLFE DU MORBIHAN – VANNES AGGLOMÉRATION', null]);
  assert.match(actToJson(delib).object ?? '', /^MOBILITÉS Schéma directeur cyclable communautaire 2026-2035/);
  // « Commune de Vaux-sur-Blaise - Haute-Marne »: the département after the dash stays one.
  assert.equal(parse('Commune de Vaux-sur-Blaise - Haute-Marne\n\nARRÊTÉ N° 2026-004\nportant interdiction\nLe Maire,\nVu le code général des collectivités territoriales ;\nARRÊTE\nArticle 1er : Test.\n').header.departement?.name, 'Haute-Marne');
});

test('a twenty-seventh review (the session’s changes attacked): the State’s acts in other words; a purchase or a police measure about elections stays the commune’s; a figures table read by its labels; « composant le conseil » after « en exercice »; a préfecture’s letterhead or a délibération’s is no date of the act', () => {
  const decision = (title: string, authority: string, visas: string, recours: string) => `COMMUNE DE SAINT-PAUL-LÈS-DAX\nDépartement des Landes\n\nDÉCISION N° 2026-EL-013\n${title}\n\n${authority}\n\n${visas}\n\nDÉCIDE\n\nArticle 1er : La décision prend effet ce jour.\n${recours}\nFait à Saint-Paul-lès-Dax, le 28 septembre 2026\n\nLe Maire,\nJulien DUBOIS\n`;
  const delegationRules = (text: string) => ['VIS-001', 'DEL-002'].flatMap((id) => fired(text, id).map((d) => d.code));
  for (const [title, authority] of [
    ['portant radiation d’un électeur', 'Le Maire de Saint-Paul-lès-Dax, agissant au nom et pour le compte de l’État,'],
    ['portant délégation pour la célébration d’un mariage', 'Le Maire de Saint-Paul-lès-Dax, officier de l’état-civil,'],
    ['portant refus de validation d’une attestation d’accueil', 'Le Maire de Saint-Paul-lès-Dax, en tant qu’agent de l’État,'],
  ]) assert.deepEqual(delegationRules(decision(title, authority, 'Vu le code électoral ;', '')), [], title);
  // Without a recours mention, a radiation is told the route of the code électoral, not the tribunal administratif's.
  const radiation = fired(decision('portant radiation de M. Jérôme LACAZE de la liste électorale', 'Le Maire de Saint-Paul-lès-Dax,', 'Vu le code électoral, notamment son article L. 18 ;', 'Article 2 : La présente décision sera notifiée à l’intéressé.\n'), 'REC-001');
  assert.match(radiation[0]?.message ?? '', /commission de contrôle.*tribunal judiciaire/);
  assert.doesNotMatch(radiation[0]?.message ?? '', /tribunal administratif/);
  // A purchase for the service, or a décision that cites its délégation: the commune's, by délégation.
  assert.deepEqual(delegationRules(decision('portant acquisition d’isoloirs pour les bureaux de vote', 'Le Maire de Saint-Paul-lès-Dax,', 'Vu le code général des collectivités territoriales ;', '')), ['VIS-001', 'DEL-002']);
  assert.deepEqual(fired(decision('portant marché de maintenance du logiciel des listes électorales', 'Le Maire de Saint-Paul-lès-Dax,', 'Vu le code général des collectivités territoriales, notamment ses articles L. 2122-22, 4°, et L. 2122-23 ;\nVu la délibération n° 2026-020 du 2 avril 2026 portant délégation d’attributions au maire ;', 'Article 2 : La présente décision peut faire l’objet d’un recours devant le tribunal administratif de Pau dans un délai de deux mois à compter de sa publication.\n'), 'REC-001'), []);
  // The séance's figures: a table's columns each by its label; « composant le conseil » only without « en exercice ».
  const seance = (lines: string) => {
    const s = parse(`COMMUNE DE VIERZON\nDépartement du Cher\n\nDélibération n° 2026-031\nObjet : Acquisition de la parcelle AB 112\nSéance du mardi 10 mars 2026\n${lines}\nLe conseil municipal,\nVu le code général des collectivités territoriales ;\nDÉCIDE\nArticle 1er : La parcelle est acquise.\nLe Maire,\nNicolas SANSU\n`).seance;
    return [s?.membersInOffice, s?.present, s?.represented, s?.voters];
  };
  assert.deepEqual(seance('| Composant le conseil | En exercice | Présents | Excusés | Pouvoirs | Votants |\n|---|---|---|---|---|---|\n| 45 | 43 | 22 | 15 | 6 | 28 |\n'), [43, 22, 6, 28]);
  assert.equal(seance('Nombre de membres composant le conseil : 45\nNombre de conseillers en exercice : 43\nPrésents : 22\n')[0], 43);
  // (Thirtieth review: the label « Conseillers en exercice » in its cell.)
  assert.deepEqual(seance('| Conseillers en exercice | Présents | Représentés | Votants |\n|           23            |    19    |      3      |   22    |\n'), [23, 19, 3, 22]);
  // A commune nouvelle at its first renewal: the stratum above (18,000 inhabitants: 35 seats, not 33), 10 adjoints.
  const adjoints = `COMMUNE DE MAUGES-SUR-LOIRE\nDépartement de Maine-et-Loire\nDélibération n° 2020-040\nSéance du samedi 23 mai 2020\nDate de convocation : 18 mai 2020\nPrésents : 35 - Votants : 35\nObjet : Détermination du nombre d’adjoints au maire\nLe conseil municipal,\nVu le code général des collectivités territoriales, notamment ses articles L. 2113-8 et L. 2122-2 ;\nDÉCIDE\nArticle 1er : Le nombre des adjoints au maire est fixé à dix.\nLe maire,\nJean-Claude BOURGEOIS\n`;
  assert.deepEqual(fired(adjoints, 'SEA-015', { population: 18000 }), []);
  assert.equal(fired(adjoints.replace('fixé à dix', 'fixé à onze'), 'SEA-015', { population: 18000 }).length, 1);
  // A préfecture's letterhead above the mairie's is no date of the act.
  const letter = (head: string) => `${head}\nMAIRIE DE VIERZON\n\nARRÊTÉ N° 2026-090\nportant interdiction de stationner\n\nLe Maire de Vierzon,\nVu le code général des collectivités territoriales ;\nARRÊTE\nArticle 1er : Le stationnement est interdit rue Gambetta.\nLe Maire,\nNicolas SANSU\n`;
  assert.equal(parse(letter('PRÉFECTURE DU CHER\nBourges, le 4 mars 2026\n')).date, null);
  assert.equal(parse(letter('Vierzon, le 4 mars 2026\n')).date, '2026-03-04');
});

test('a twenty-eighth review (documents of several acts): a recueil that writes each act’s publicity under its signature keeps it with that act; a délibération of a bureau’s séance whose visa cites a délibération « du conseil communautaire … du 15 septembre 2020 » has the séance of the document', () => {
  const arrete = (n: number, day: number) => `VILLE DE PONTCHARRA\nDépartement de l’Isère\n\nARRÊTÉ N° 2025-ARR-0${60 + n}\nportant réglementation temporaire du stationnement rue n° ${n}\n\nLe Maire de la commune de Pontcharra,\n\nVu le code général des collectivités territoriales, notamment ses articles L. 2212-1, L. 2212-2 et L. 2213-2 ;\n\nARRÊTE :\n\nArticle 1er : Le stationnement est interdit rue n° ${n} du ${day} au ${day + 2} avril 2025.\n\nArticle 2 : Le présent arrêté peut faire l’objet d’un recours contentieux devant le tribunal administratif de Grenoble dans un délai de deux mois à compter de sa publication.\n\nFait à Pontcharra, le ${day} avril 2025\n\nLe Maire,\nChristophe BERNARD\n\nPublié sur le site internet de la ville le ${day} avril 2025.\n\n=====================================================================\n\n`;
  const recueil = `VILLE DE PONTCHARRA\nDépartement de l’Isère\n\nRECUEIL DES ACTES ADMINISTRATIFS\nN° 2025-02 – Deuxième trimestre 2025\n\n=====================================================================\n\n${arrete(1, 3)}${arrete(2, 14)}${arrete(3, 24)}`;
  const a = analyze(recueil);
  assert.equal(a.document.acts.length, 3);
  assert.deepEqual(a.document.acts.map((x) => actToJson(x).publishedOn), [['2025-04-03'], ['2025-04-14'], ['2025-04-24']]);
  assert.deepEqual(a.diagnostics.filter((d) => d.code === 'PUB-002' || d.code === 'PUB-009'), []);
  const delib = (n: number) => `Délibération n° B-2025-05${n}\nObjet : Attribution d’aides n° ${n}\n\nLe bureau communautaire,\n\nVu le code général des collectivités territoriales, notamment son article L. 5211-10 ;\nVu la délibération du conseil communautaire n° 2020-154 du 15 septembre 2020 portant délégation d’attributions au bureau ;\n\nAprès en avoir délibéré, à l’unanimité des 17 votants,\n\nDÉCIDE :\n\nArticle 1er : Les aides n° ${n} sont attribuées.\n\n*************************************************************\n\n`;
  const bureau = `BIÈVRE ISÈRE COMMUNAUTÉ\nIsère\n\nDÉLIBÉRATIONS DU BUREAU COMMUNAUTAIRE\nSéance du lundi 23 juin 2025\n\nNombre de membres du bureau en exercice : 24\nPrésents : 17\nPouvoirs : 0\nVotants : 17\n\nSecrétaire de séance : Mme Sylvie ODRU.\n\n*************************************************************\n\n${delib(0)}${delib(1)}${delib(2)}Le Président,\nYannick NEUDER\n`;
  const acts = parseDocument(bureau).acts;
  assert.equal(acts.length, 3);
  assert.deepEqual(acts.map((x) => [x.seance?.date, x.seance?.present]), [['2025-06-23', 17], ['2025-06-23', 17], ['2025-06-23', 17]]);
});

test('a twenty-seventh review (a compte rendu’s items): « DÉCISION MODIFICATIVE N° 2 – BUDGET PRINCIPAL » heads a délibération of the séance, not a décision du maire', () => {
  const text = `COMMUNE DE VIERZON\nDépartement du Cher\n\nCOMPTE RENDU DE LA SÉANCE DU CONSEIL MUNICIPAL DU MARDI 10 MARS 2026\n\nLe conseil municipal, convoqué le 3 mars 2026, s’est réuni sous la présidence de M. Nicolas SANSU, maire.\nConseillers en exercice : 35 – Présents : 28 – Représentés : 4 – Votants : 32\nSecrétaire de séance : Mme Agnès SINSOULIER\n\nDÉCISION MODIFICATIVE N° 2 – BUDGET PRINCIPAL\nVu le code général des collectivités territoriales, notamment son article L. 1612-11 ;\nLe conseil municipal, après en avoir délibéré, ADOPTE la décision modificative n° 2 du budget principal.\nAdopté par 28 voix pour et 4 contre.\n\nDÉCISION MODIFICATIVE N° 1 – BUDGET ANNEXE ASSAINISSEMENT\nVu le code général des collectivités territoriales, notamment son article L. 1612-11 ;\nLe conseil municipal, après en avoir délibéré, ADOPTE la décision modificative n° 1 du budget annexe de l’assainissement.\nAdopté à l’unanimité.\n\nLe Maire,\nNicolas SANSU\n\nLa secrétaire de séance,\nAgnès SINSOULIER\n`;
  const a = analyze(text);
  assert.deepEqual(a.document.acts.map((x) => [x.kind, x.seance?.date]), [['deliberation-cm', '2026-03-10'], ['deliberation-cm', '2026-03-10']]);
  assert.deepEqual(a.diagnostics.filter((d) => d.severity === 'error' || d.severity === 'warning').map((d) => d.code), []);
});

test('a twenty-eighth review (a procès-verbal where members come and go): a point whose tally differs from the opening’s votants, after an arrival or a departure, is an information (SEA-005); without one, a warning', () => {
  const point = (n: number, tally: string) => `Délibération n° 2025-0${20 + n}\nObjet : Point n° ${n}\nLe conseil municipal,\nVu le code général des collectivités territoriales ;\nAprès en avoir délibéré,\nDÉCIDE\nArticle 1er : Le point n° ${n} est approuvé.\n${tally}\n\n`;
  const pv = (between: string) => `COMMUNE D’AMANLIS\nDépartement d’Ille-et-Vilaine\n\nPROCÈS-VERBAL DE LA SÉANCE DU CONSEIL MUNICIPAL DU 12 JUIN 2025\n\nSéance du jeudi 12 juin 2025\nDate de convocation : 5 juin 2025\nConseillers en exercice : 19 – Présents : 15 – Représentés : 2 – Votants : 17\nSecrétaire de séance : Mme Claire OGER\n\n${point(1, 'Pour : 17 – Contre : 0 – Abstentions : 0')}${between}${point(2, 'Pour : 18 – Contre : 0 – Abstentions : 0')}Le Maire,\nJean MARTIN\n`;
  const sea005 = (text: string) => analyze(text).diagnostics.filter((d) => d.code === 'SEA-005').map((d) => d.severity);
  // The arrival makes point 2's votants 18: its tally is right.
  assert.deepEqual(sea005(pv('Arrivée de M. Mickaël LE ROUX à 20 h 25.\n\n')), []);
  assert.deepEqual(sea005(pv('')), ['warning']);
  // A movement that does not say how many members: an information (which the default level shows as a hint).
  assert.deepEqual(sea005(pv('Des conseillers arrivent en cours de séance.\n\n')).map((x) => x === 'hint' || x === 'information'), [true]);
});

test('a procès-verbal’s points after members came or left: each point’s présents and votants are the opening’s changed by the arrivals and departures written before its vote; a quorum lost on the way is a warning (SEA-003); a member out for one point moves nobody', () => {
  const point = (n: number, tally: string) => `Délibération n° 2025-0${30 + n}\nObjet : Point n° ${n}\nLe conseil municipal,\nVu le code général des collectivités territoriales ;\nAprès en avoir délibéré,\nDÉCIDE\nArticle 1er : Le point n° ${n} est approuvé.\n${tally}\n\n`;
  const pv = (b1: string, b2: string, b3: string, t = [14, 14, 12]) => `COMMUNE DE JANZÉ\nDépartement d’Ille-et-Vilaine\n\nPROCÈS-VERBAL DE LA SÉANCE DU CONSEIL MUNICIPAL DU 12 JUIN 2025\n\nSéance du jeudi 12 juin 2025\nDate de convocation : 5 juin 2025\nConseillers en exercice : 19 – Présents : 11 – Représentés : 2 – Votants : 13\nSecrétaire de séance : Mme Claire OGER\n\n${point(1, 'Pour : 13 – Contre : 0 – Abstentions : 0')}${b1}${point(2, `Pour : ${t[0]} – Contre : 0 – Abstentions : 0`)}${b2}${point(3, `Pour : ${t[1]} – Contre : 0 – Abstentions : 0`)}${b3}${point(4, `Pour : ${t[2]} – Contre : 0 – Abstentions : 0`)}Le Maire,\nJean MARTIN\n`;
  const figures = (text: string) => parseDocument(text).acts.map((a) => [a.seance?.present, a.seance?.represented, a.seance?.voters]);
  const found = (text: string) => analyze(text).diagnostics.filter((d) => (d.code === 'SEA-003' || d.code === 'SEA-005') && d.severity !== 'hint').map((d) => `${d.code} ${d.severity}`);
  const moves = pv('Arrivée de M. Mickaël LE ROUX à 20 h 25.\n\n', 'Mme Anne DURAND quitte la séance et donne pouvoir à M. Paul MARTIN.\n\n', 'MM. Pierre LEROY et Jacques PETIT quittent définitivement la salle.\n\n');
  assert.deepEqual(figures(moves), [[11, 2, 13], [12, 2, 14], [11, 3, 14], [9, 3, 12]]);
  // Nine présents for nineteen in office at point 4: the quorum (ten) was lost.
  assert.deepEqual(found(moves), ['SEA-003 warning']);
  assert.match(analyze(moves).diagnostics.find((d) => d.code === 'SEA-003')!.message, /9 présents pour 19 membres en exercice \(11 à l’ouverture/);
  // The same members without the two last departures: no quorum lost.
  assert.deepEqual(found(pv('Arrivée de M. Mickaël LE ROUX à 20 h 25.\n\n', 'Mme Anne DURAND quitte la séance et donne pouvoir à M. Paul MARTIN.\n\n', '', [14, 14, 14])), []);
  // A member out for one point, and back: the points after have the opening’s figures.
  // (Not a votant of the point he steps out for: point 3 here.)
  assert.deepEqual(figures(pv('', 'M. Paul MARTIN, intéressé, quitte la salle et ne prend pas part au vote.\n\n', 'M. Paul MARTIN regagne la salle.\n\n')), [[11, 2, 13], [11, 2, 13], [11, 2, 12], [11, 2, 13]]);
  // « Le contrat arrive à échéance » moves nobody.
  assert.deepEqual(figures(pv('Le contrat de maintenance arrive à échéance le 30 juin 2025.\n\n', '', '')), [[11, 2, 13], [11, 2, 13], [11, 2, 13], [11, 2, 13]]);
  assert.deepEqual(figures(pv('Deux conseillers arrivent à 20 h 30.\n\n', '', ''))[1], [13, 2, 15]);
  // A member who had given a pouvoir and arrives: one présent more, one représenté less, the same votants.
  assert.deepEqual(figures(pv('M. Louis PETIT, qui avait donné pouvoir à Mme Claire OGER, arrive à 20 h 40.\n\n', '', ''))[1], [12, 1, 13]);
});

test('a twenty-ninth and thirtieth review (objets): « de mise en sécurité » or « d’opposition à … » under the title, « Délivrance d’une concession … », a long line wrapped before a name, and the property under it are the objet; « délivré par le Maire au nom de la commune » is not', () => {
  const head = (title: string, lines: string) => `VILLE DE THIERS\nPuy-de-Dôme\n\n${title}\n${lines}\n\nLe Maire de la ville de Thiers,\nVu le code général des collectivités territoriales ;\nARRÊTE\nArticle 1er : La mesure est prise.\nFait à Thiers, le 3 mars 2026\nLe Maire,\nStéphane RODIER\n`;
  const objet = (title: string, lines: string) => parse(head(title, lines)).object?.text ?? null;
  assert.equal(objet('ARRÊTÉ N° 2026-URB-0044', 'de mise en sécurité – procédure urgente\nImmeuble sis 17 rue de la Coutellerie – parcelle cadastrée section AB n° 254'), 'de mise en sécurité – procédure urgente\nImmeuble sis 17 rue de la Coutellerie – parcelle cadastrée section AB n° 254');
  assert.equal(objet('ARRÊTÉ N° U-2025-0143', 'd’opposition à une déclaration préalable\ndélivré par le Maire au nom de la commune'), 'd’opposition à une déclaration préalable');
  assert.equal(objet('DÉCISION DU MAIRE N° 2025-07', 'Délivrance d’une concession funéraire au cimetière communal'), 'Délivrance d’une concession funéraire au cimetière communal');
  assert.equal(objet('DÉCISION DU MAIRE N° 2025-201', 'OBJET : Réalisation d’un emprunt de 4 000 000 euros auprès de la Caisse d’Épargne Aquitaine\nPoitou-Charentes destiné au financement des investissements du budget principal 2025'), 'Réalisation d’un emprunt de 4 000 000 euros auprès de la Caisse d’Épargne Aquitaine\nPoitou-Charentes destiné au financement des investissements du budget principal 2025');
});

test('a twenty-ninth and thirtieth review (transmission): « compte tenu de la transmission en préfecture le … », « Transmise le 17 juin 2025. » after the act says it is transmitted, and « Transmis au contrôle de légalité le … » beside a platform’s identifier date the sending', () => {
  const act = (end: string) => `COMMUNE DE MARSEILLAN\nARRÊTÉ N° PC 034 150 25 00012\naccordant un permis de construire\nLe Maire de Marseillan,\nVu le code de l’urbanisme ;\nARRÊTE\nArticle 1er : Le permis de construire est accordé.\nFait à Marseillan, le 16 juin 2025\nLe Maire,\nYves PIÉTRASANTA\n${end}`;
  const sent = (end: string) => actToJson(parse(act(end))).transmission?.transmissionDate ?? null;
  assert.equal(sent('Certifié exécutoire compte tenu de la transmission en préfecture le 18 juin 2025 et de la notification le 19 juin 2025.\n'), '2025-06-18');
  assert.equal(sent('La présente décision est transmise au représentant de l’État dans les conditions prévues à l’article L. 2131-2 du code général des collectivités territoriales. Transmise le 17 juin 2025.\n'), '2025-06-17');
  assert.equal(sent('Transmise le 17 juin 2025.\n'), null);
  assert.equal(sent('Transmis au contrôle de légalité le 17/06/2025\nIdentifiant : 034-213401508-20250616-PC_12-AI\n'), '2025-06-17');
});

test('a twenty-ninth review (signatures): « L’Adjointe à l’aménagement urbain et aux travaux, » under « Pour le Maire et par délégation, » is the quality, and the name under it the signatory', () => {
  const act = `COMMUNE DE VOIRON\nARRÊTÉ N° 2025-VOI-118\nportant permission de voirie\nLe Maire de Voiron,\nVu le code de la voirie routière ;\nARRÊTE\nArticle 1er : La permission de voirie est accordée.\nFait à Voiron, le 15 septembre 2025\n\nPour le Maire et par délégation,\nL’Adjointe à l’aménagement urbain et aux travaux,\nSandrine CHAMBARD\n`;
  assert.deepEqual(parse(act).signatories.map((x) => [x.name, x.quality, x.delegated]), [['Sandrine CHAMBARD', 'Pour le Maire et par délégation, L’Adjointe à l’aménagement urbain et aux travaux', true]]);
});

test('a thirtieth review (certification): the date of the délibération a certification cites is none of its dates, and « affichée le … » in it is a day of publication', () => {
  const text = edit(DELIB, 'Fait à Chambéry, le 24 juin 2025', 'Fait à Chambéry, le 24 juin 2025\n\nLe Maire certifie le caractère exécutoire de la présente délibération, transmise en préfecture le 26/06/2025 et affichée le 26/06/2025 (modalités de publicité fixées par la délibération n° 2022-19 du 23 juin 2022).');
  const json = actToJson(parse(text));
  assert.deepEqual(json.executoire?.dates, ['2025-06-26', '2025-06-26']);
  assert.deepEqual(json.publishedOn, ['2025-06-26']);
});

test('a twenty-ninth and thirtieth review (headers): « ARRÊTÉ N° A 25 R 0561 » is one number; « Communauté d’agglomération – Département du Finistère » under the name gives the département', () => {
  const arrete = (head: string, title: string) => parse(`${head}\n\n${title}\nportant réglementation temporaire de la circulation\n\nLe Président,\nVu le code de la route ;\nARRÊTE\nArticle 1er : La circulation est interdite.\nFait à Rodez, le 3 mars 2026\nLe Président,\nArnaud VIALA\n`);
  assert.equal(arrete('DÉPARTEMENT DE L’AVEYRON', 'ARRÊTÉ N° A 25 R 0561').number?.value, 'A 25 R 0561');
  assert.equal(arrete('DÉPARTEMENT DE L’AVEYRON', 'ARRÊTÉ N° 12 du 3 mars 2026').number?.value, '12');
  assert.equal(arrete('QUIMPERLÉ COMMUNAUTÉ\nCommunauté d’agglomération – Département du Finistère', 'ARRÊTÉ N° 2026-031').header.departement?.name, 'Finistère');
  // A letterhead in two columns: the collectivité and its département in the first.
  const columns = arrete('VILLE DE BAYONNE                                                    Direction de l’Urbanisme\nPyrénées-Atlantiques                                                et de l’Action foncière', 'ARRÊTÉ N° 2026-031');
  assert.deepEqual([columns.header.collectivite?.name, columns.header.departement?.name], ['VILLE DE BAYONNE', 'Pyrénées-Atlantiques']);
});

test('a thirtieth review: « PROCLAME » alone on its line, after an election’s results, is the dispositif', () => {
  const text = edit(DELIB, /Après en avoir délibéré,\n\nDÉCIDE :\n/, 'Ont obtenu : Mme Aurélie PENNEC : 18 voix.\n\nPROCLAME\n');
  assert.equal(parse(text).dispositive?.verb, 'PROCLAME');
});

test('a thirty-second review: « Le comité de la caisse des écoles, régulièrement convoqué, s’est réuni … sous la présidence de Mme X, vice-présidente, par délégation du Maire » is the établissement’s organ (no SEA-007, SEA-010 of a conseil municipal)', () => {
  const text = `CAISSE DES ÉCOLES DE MONTREUIL\nÉtablissement public communal\nSeine-Saint-Denis\n\nCOMITÉ DE LA CAISSE DES ÉCOLES\n\nSéance du jeudi 11 décembre 2025\nDélibération n° CDE-2025-19\nObjet : Budget primitif 2026\nDate de convocation : 3 décembre 2025\nMembres du comité en exercice : 12\nPrésents : 9\nVotants : 9\n\nLe comité de la caisse des écoles, régulièrement convoqué, s’est réuni le jeudi 11 décembre 2025 à 18 heures, sous la présidence de Mme Céline RABIER, conseillère municipale, vice-présidente, par délégation du Maire, président de droit.\n\nVu le code de l’éducation, notamment son article L. 212-10 ;\nLe comité, après en avoir délibéré,\nADOPTE le budget primitif 2026.\nAdopté à l’unanimité.\nFait à Montreuil, le 11 décembre 2025\nLa Vice-Présidente,\nCéline RABIER\n`;
  assert.equal(parse(text).authorBody, 'etablissement');
  assert.deepEqual(diagnostics(text).filter((d) => d.code === 'SEA-007' || d.code === 'SEA-010').map((d) => d.severity).filter((s) => s === 'error' || s === 'warning'), []);
});

test('a thirty-first review (members who come and go): « rejoint l’assemblée », « entre en séance », out and back in one sentence, a suppléant who sits in his place, « quitte la salle » alone, « se retire … et ne reprend pas part », « Trois conseillers de l’opposition quittent la séance », and a point that writes its own figures', () => {
  const point = (n: number, extra = '') => `Délibération n° 2025-0${40 + n}\nObjet : Point n° ${n}\nLe conseil municipal,\nVu le code général des collectivités territoriales ;\n${extra}Après en avoir délibéré,\nDÉCIDE\nArticle 1er : Le point n° ${n} est approuvé.\nAdopté à l’unanimité.\n\n`;
  const pv = (between: string, own = '') => `COMMUNE DE SAINT-PAULIEN\nDépartement de la Haute-Loire\n\nPROCÈS-VERBAL DE LA SÉANCE DU CONSEIL MUNICIPAL DU 18 SEPTEMBRE 2025\n\nSéance du jeudi 18 septembre 2025\nDate de convocation : 11 septembre 2025\nConseillers en exercice : 19 – Présents : 11 – Représentés : 3 – Votants : 14\nSecrétaire de séance : Mme Julie MARCHAND\n\n${point(1)}${between}${point(2, own)}Le Maire,\nJean MOULIN\n`;
  const second = (between: string, own = '') => { const s = parseDocument(pv(between, own)).acts[1].seance!; return [s.present, s.represented, s.voters]; };
  assert.deepEqual(second('M. Olivier ROBIN rejoint l’assemblée à 20 h 50.\n\n'), [12, 3, 15]);
  assert.deepEqual(second('M. Olivier ROBIN entre en séance à 20 h 50.\n\n'), [12, 3, 15]);
  assert.deepEqual(second('Mme Agnès PERRET quitte la salle à 21 h 20 et la regagne à 21 h 25, avant le vote.\n\n'), [11, 3, 14]);
  assert.deepEqual(second('M. Noël TIBLE quitte la séance ; il est remplacé par sa suppléante, Mme Yvette BOUYGUES, qui siège pour la suite de la séance.\n\n'), [11, 3, 14]);
  // (Out for that point: not one of its votants, still present for the points after.)
  assert.deepEqual(second('Mme Françoise BLANC, présidente du comité des fêtes, quitte la salle.\n\n'), [11, 3, 13]);
  assert.deepEqual(second('M. Gérard LAMBERT, souffrant, se retire à 21 h 30 et ne reprend pas part à la séance.\n\n'), [10, 3, 13]);
  assert.deepEqual(second('Trois conseillers de l’opposition quittent la séance à 21 h 30.\n\n'), [8, 3, 11]);
  // (Eight présents for nineteen in office: the quorum was lost.)
  assert.equal(analyze(pv('Trois conseillers de l’opposition quittent la séance à 21 h 30.\n\n')).diagnostics.filter((d) => d.code === 'SEA-003').length, 1);
  // A point that writes its own figures, on one line or on three.
  assert.deepEqual(second('', 'Présents : 12 – Représentés : 3 – Votants : 15\n'), [12, 3, 15]);
  assert.deepEqual(second('', 'Présents : 12\nReprésentés : 3\nVotants : 15\n'), [12, 3, 15]);
});

test('a code review of the session (members who come and go): a point’s own figures carry to the points after; an arrival written before them is in them; two movements in one sentence; the maire who leaves and comes back; a header’s « jusqu’à son arrivée »; prose and staff move nobody; « (pouvoir à M. X) » on leaving', () => {
  const point = (n: number, extra = '') => `Délibération n° 2025-0${40 + n}\nObjet : Point n° ${n}\nLe conseil municipal,\nVu le code général des collectivités territoriales ;\n${extra}Après en avoir délibéré,\nDÉCIDE\nArticle 1er : Le point n° ${n} est approuvé.\nAdopté à l’unanimité.\n\n`;
  const pv = (b1: string, p2 = '', b2 = '', head = '') => `COMMUNE DE SAINT-PAULIEN\n\nPROCÈS-VERBAL DE LA SÉANCE DU CONSEIL MUNICIPAL DU 18 SEPTEMBRE 2025\n\nSéance du jeudi 18 septembre 2025\nConseillers en exercice : 19 – Présents : 11 – Représentés : 3 – Votants : 14\n${head}Secrétaire de séance : Mme Julie MARCHAND\n\n${point(1)}${b1}${point(2, p2)}${b2}${point(3)}Le Maire,\nJean MOULIN\n`;
  const figures = (text: string) => parseDocument(text).acts.map((a) => [a.seance?.present, a.seance?.represented, a.seance?.voters]);
  assert.deepEqual(figures(pv('M. Paul MARTIN quitte définitivement la séance.\n\n', 'Présents : 10 – Représentés : 3 – Votants : 13\n')), [[11, 3, 14], [10, 3, 13], [10, 3, 13]]);
  assert.deepEqual(figures(pv('', 'Arrivée de M. Paul MARTIN à 20 h 25.\nPrésents : 12 – Représentés : 3 – Votants : 15\n'))[1], [12, 3, 15]);
  assert.deepEqual(figures(pv('M. Paul MARTIN arrive à 20 h 25, puis Mme Anne DURAND arrive à 20 h 40.\n\n'))[1], [13, 3, 16]);
  assert.deepEqual(figures(pv('Monsieur le Maire quitte la séance.\n\n', '', 'Monsieur le Maire regagne la séance et reprend la présidence.\n\n')), [[11, 3, 14], [10, 3, 13], [11, 3, 14]]);
  assert.deepEqual(figures(pv('', '', 'M. Paul MARTIN quitte définitivement la séance.\n\n', 'Pouvoirs : M. Louis PETIT à Mme Julie MARCHAND (jusqu’à son arrivée)\n'))[2], [10, 3, 13]);
  for (const prose of ['M. le Maire précise que la lettre de Mme Anne DURAND est arrivée en cours de semaine.', 'M. Paul MARTIN et Mme Anne DURAND indiquent que les travaux arrivent au point de livraison.', 'M. le Directeur général des services quitte la séance.']) {
    assert.deepEqual(figures(pv(`${prose}\n\n`))[1], [11, 3, 14], prose);
  }
  assert.deepEqual(figures(pv('Départ de Mme Anne DURAND à 22 h 10 (pouvoir à M. Paul MARTIN).\n\n'))[1], [10, 4, 14]);
  // A quorum missing from the opening stays the error it was, not a quorum « lost ».
  const short = pv('Arrivée de M. Paul MARTIN à 20 h 25.\n\n').replace('Présents : 11 – Représentés : 3 – Votants : 14', 'Présents : 8 – Représentés : 3 – Votants : 11');
  const quorum = analyze(short).diagnostics.filter((d) => d.code === 'SEA-003');
  assert.deepEqual(quorum.map((d) => [d.severity, /^Quorum non atteint\s:\s(\d+)\sprésents/.exec(d.message)?.[1]]), [['error', '8'], ['error', '9']]);
});

test('a code review of the session (other readers): « Cet arrêté entre en vigueur le … » is this act’s; « N° DU 12 MAI 2026 » is no number; a certification’s publication « selon la délibération du 23 juin 2022 » is none; the Association des maires de France is no member’s', () => {
  const police = (article: string) => `COMMUNE DE MONTLUEL\nARRÊTÉ N° 2025-118\nportant réglementation du stationnement\nLe Maire de Montluel,\nVu le code général des collectivités territoriales, notamment ses articles L. 2212-2 et L. 2213-1 ;\nARRÊTE\nArticle 1er : ${article}\nFait à Montluel, le 8 octobre 2025\nLe Maire,\nRomain DAUBIÉ\nPublié le 8 octobre 2025\n`;
  assert.equal(fired(police('Le stationnement est interdit. Cet arrêté entre en vigueur le 1er octobre 2025.'), 'PUB-002').length, 1);
  assert.equal(parse('COMMUNE DE LEXY\nARRÊTÉ N° DU 12 MAI 2026\nportant réglementation\nLe Maire de Lexy,\nVu le code de la route ;\nARRÊTE\nArticle 1er : Il est interdit.\n').number, null);
  const certified = actToJson(parse(`${police('Le stationnement est interdit.')}Certifié exécutoire, publié selon la délibération du 23 juin 2022.\n`));
  assert.equal(certified.publishedOn.includes('2022-06-23'), false);
  const amf = edit(edit(DELIB, 'Objet : Tarifs de la piscine municipale', 'Objet : Adhésion à l’Association des maires de France'), 'Considérant qu\'il y a lieu de réviser les tarifs au 1er juillet 2025 ;', 'Considérant les services de l’Association des maires de France, présidée par M. David LISNARD ;');
  assert.deepEqual(fired(amf, 'SEA-009').filter((d) => d.severity === 'warning'), []);
});

test('a thirty-fourth review (procès-verbaux): « Motion … du bureau de poste » is no bureau’s délibération; « M. Olivier MOUGIN quitte la séance à 20 h 45. » is no signature; a member out for one point is not one of its votants', () => {
  const pv = `COMMUNE DE CHAUMONT-LÈS-VESOUL\nDépartement de la Haute-Saône\n\nPROCÈS-VERBAL DE LA SÉANCE DU CONSEIL MUNICIPAL DU 11 JUIN 2025\n\nSéance du mercredi 11 juin 2025\nConseillers en exercice : 19 – Présents : 15 – Représentés : 2 – Votants : 17\nSecrétaire de séance : Mme Pauline MAIRE\n\nPOINT N° 1 – Motion de soutien au maintien du bureau de poste\nLe conseil municipal, après en avoir délibéré, adopte la motion.\nAdopté à l'unanimité (17 voix pour).\n\nM. Olivier MOUGIN quitte la séance à 20 h 45.\n\nPOINT N° 2 – Bail commercial de la boulangerie communale\nM. Damien CUENOT, intéressé en tant qu'associé de la SARL preneuse, quitte la salle et ne prend pas part au vote.\nLe conseil municipal, après en avoir délibéré, approuve le renouvellement du bail.\nPour : 14 – Contre : 2.\nAdopté à la majorité.\n\nM. Damien CUENOT regagne la salle.\n\nPOINT N° 3 – Participation à la classe de découverte\nLe conseil municipal, après en avoir délibéré, attribue une participation de 2 400 € à la coopérative scolaire.\nAdopté à l'unanimité (16 voix pour).\n\nFait à Chaumont-lès-Vesoul, le 11 juin 2025.\n\nLe Maire,\nÉvelyne MONNIER\n\nLa secrétaire de séance,\nPauline MAIRE\n`;
  const a = analyze(pv);
  assert.deepEqual(a.document.acts.map((x) => x.kind), ['deliberation-cm', 'deliberation-cm', 'deliberation-cm']);
  assert.deepEqual(a.document.acts.map((x) => x.seance?.voters), [17, 15, 16]);
  assert.deepEqual(a.diagnostics.filter((d) => d.code === 'SIG-001' || d.code === 'EPCI-004'), []);
  // Sixteen for fifteen votants at point 2: said (an information, the movements being read, not written).
  assert.equal(a.diagnostics.filter((d) => d.code === 'SEA-005' && /= 16, plus que les 15 votants/.test(d.message)).length, 1);
});

test('a procès-verbal whose header announces the movements itself (« Présents : 10 à l’ouverture (11 à partir du point 3) », « M. X (arrivé au point 3) ») keeps the figures as read: its points’ sentences are not all there is', () => {
  const point = (n: number) => `Délibération n° 2025-0${40 + n}\nObjet : Point n° ${n}\nLe conseil municipal,\nVu le code général des collectivités territoriales ;\nAprès en avoir délibéré,\nDÉCIDE\nArticle 1er : Le point n° ${n} est approuvé.\nAdopté à l’unanimité.\n\n`;
  const pv = `COMMUNE DE SAINT-PAULIEN\n\nPROCÈS-VERBAL DE LA SÉANCE DU CONSEIL MUNICIPAL DU 18 SEPTEMBRE 2025\n\nSéance du jeudi 18 septembre 2025\nConseillers en exercice : 19\nPrésents : 10 à l’ouverture de la séance (11 à partir du point 3)\nReprésentés : 4\nVotants : 14\nPrésents : M. Jean MOULIN, Mme Agnès PERRET, M. Olivier ROBIN (arrivé au point 3).\n\n${point(1)}${point(2)}${point(3)}Mme Hélène CARRÉ quitte la séance et donne pouvoir à M. Ivan PETIT.\n\n${point(4)}Le Maire,\nJean MOULIN\n`;
  assert.deepEqual(analyze(pv).diagnostics.filter((d) => d.code === 'SEA-003' && d.severity === 'warning'), []);
});

test('a thirty-fourth review (procès-verbaux), left by the last session: « 3) Vote des taux » heads a point, not a dispositif’s « vote les taux »; a Markdown table of the vote (« | Pour | Contre | » over its rule and its figures) is its tally', () => {
  const cr = `COMMUNE DE SAINT-CIRQ\n\nCOMPTE RENDU DE LA SÉANCE DU CONSEIL MUNICIPAL DU 12 MAI 2025\n\nMembres en exercice : 11 – Présents : 8 – Représentés : 1 – Votants : 9\nSecrétaire de séance : Mme Claire BOUYSSOU.\n\n1) Approbation du compte rendu de la séance du 7 avril 2025\n\n| Votants | Pour | Contre | Abstentions |\n|---|---|---|---|\n| 9 | 9 | 0 | 0 |\n\nAdopté.\n\n2) Vote des taux d'imposition 2025\n\nLe conseil municipal, après en avoir délibéré, maintient les taux de 2024.\n\n| Votants | Pour | Contre | Abstentions |\n|:---:|:---:|:---:|:---:|\n| 9 | 7 | 1 | 1 |\n\nAdopté.\n\n3) Demande de subvention au titre de la DETR\n\nLe conseil municipal, après en avoir délibéré, sollicite une subvention de 40 %.\n\n| Pour | Contre | Abstentions |\n| --- | --- | --- |\n| 9 | 0 | 0 |\n\nAdopté.\n\nFait à Saint-Cirq, le 13 mai 2025.\n\nLe Maire,\nJean FABRE\n`;
  const a = analyze(cr);
  assert.deepEqual(a.document.acts.map((x) => [x.object?.text, x.vote?.for, x.vote?.against, x.vote?.abstentions]), [
    ['Approbation du compte rendu de la séance du 7 avril 2025', 9, 0, 0],
    ['Vote des taux d\'imposition 2025', 7, 1, 1],
    ['Demande de subvention au titre de la DETR', 9, 0, 0],
  ]);
  assert.deepEqual(a.diagnostics.filter((d) => d.code === 'STR-001' || d.code === 'SEA-005').map((d) => d.severity).filter((s) => s !== 'hint' && s !== 'information'), []);
  // A dispositif's own list stays one act: « 1) vote les taux … 2) autorise … ».
  assert.equal(parseDocument(`COMPTE RENDU DU CONSEIL MUNICIPAL DU 3 MARS 2025\n1. Fiscalité 2025\nLe conseil municipal :\n1) vote les taux de 2024 ;\n2) autorise le Maire à notifier.\nAdopté à l’unanimité.\n2. Tarifs municipaux 2026\nAdopté à l’unanimité.\n`).acts.length, 2);
});

test('a thirty-fifth review (layouts from PDF and Word): a letterhead set in columns gives its collectivité and département; a running page header gives the number, not the name; a place’s name on the next line stays in the objet', () => {
  const head = (letterhead: string) => parseDocument(`${letterhead}\n\nARRÊTÉ MUNICIPAL N° 2026-145\nportant réglementation temporaire de la circulation avenue\nJean Jaurès pendant les travaux\n\nLe Maire,\n\nVu le code général des collectivités territoriales ;\nConsidérant les travaux ;\n\nARRÊTE\n\nArticle 1er : La circulation est interdite.\n`).acts[0];
  const read = (a: ReturnType<typeof head>) => [a.header.collectivite?.name ?? null, a.header.collectivite?.type ?? null, a.header.departement?.name ?? null];
  assert.deepEqual(read(head('RÉPUBLIQUE FRANÇAISE                                        COMMUNE DE MILLAU\nLiberté – Égalité – Fraternité                               Département de l\'Aveyron')), ['COMMUNE DE MILLAU', 'commune', 'Aveyron']);
  assert.deepEqual(read(head('RÉPUBLIQUE FRANÇAISE\t\t\t\tVILLE DE RODEZ\nLiberté Égalité Fraternité\t\t\t\tDirection de la tranquillité publique')), ['VILLE DE RODEZ', 'commune', null]);
  assert.deepEqual(read(head('[Logo Ville de Sète]\nRÉPUBLIQUE FRANÇAISE                   VILLE DE SÈTE                   Département de l\'Hérault')), ['VILLE DE SÈTE', 'commune', 'Hérault']);
  assert.deepEqual(read(head('RÉPUBLIQUE FRANÇAISE                                              VILLE DE SENS\n                                                                        (Yonne)')), ['VILLE DE SENS', 'commune', 'Yonne']);
  assert.deepEqual(read(head('VILLE DE LONS-LE-SAUNIER          RÉPUBLIQUE FRANÇAISE          Département du Jura')), ['VILLE DE LONS-LE-SAUNIER', 'commune', 'Jura']);
  assert.deepEqual(read(head('GRAND CAHORS\t\t\t\tCommunauté d\'agglomération\nDépartement du Lot\t\t\t72 rue Wilson – 46000 Cahors')), ['GRAND CAHORS', 'epci', 'Lot']);
  // The objet goes on after « avenue » with the street's name.
  assert.equal(head('COMMUNE DE MILLAU').object?.text.replace(/\s+/g, ' '), 'portant réglementation temporaire de la circulation avenue Jean Jaurès pendant les travaux');
  // A running page header: « Commune de Foix – Délibération n° … – Page 1/2 ».
  const foix = parseDocument('Commune de Foix – Délibération n° 2026-07-058 – Page 1/2\n\n                             COMMUNE DE FOIX\n                                 (Ariège)\n\n        EXTRAIT DU REGISTRE DES DÉLIBÉRATIONS DU CONSEIL MUNICIPAL\n\nSéance du jeudi 9 juillet 2026\n\nObjet : Acquisition d’une parcelle\n\nLe conseil municipal,\nVu le code général des collectivités territoriales ;\nDÉCIDE\nArticle 1er : La parcelle est acquise.\n').acts[0];
  assert.deepEqual([foix.header.collectivite?.name, foix.number?.value], ['Commune de Foix', '2026-07-058']);
  // The number in the séance line's second column.
  const dole = parseDocument('VILLE DE DOLE                                                RÉPUBLIQUE FRANÇAISE\nJura\n\nEXTRAIT DU REGISTRE DES DÉLIBÉRATIONS DU CONSEIL MUNICIPAL\n\nSéance du 13 octobre 2026                                  Délibération n° DL26-118\n\nObjet : Convention\n\nLe conseil municipal,\nVu le code général des collectivités territoriales ;\nDÉCIDE\nArticle 1er : La convention est approuvée.\n').acts[0];
  assert.deepEqual([dole.header.collectivite?.name, dole.header.departement?.name, dole.number?.value], ['VILLE DE DOLE', 'Jura', 'DL26-118']);
});

test('a thirty-fifth review (layouts from PDF and Word): a tribunal’s name cut at a line end is read whole; a délégation’s visa that gives the matter « en son 4° » gives it', () => {
  const tribunal = (written: string) => parse(`ARRÊTÉ N° 2026-1\nLe Maire de Millau,\nVu le code général des collectivités territoriales ;\nARRÊTE\nArticle 1er : Il est interdit.\nArticle 2 : Le présent arrêté peut faire l'objet d'un recours devant le tribunal administratif de ${written} dans un délai de deux mois à compter de sa publication.\n`).recours?.tribunal;
  assert.equal(tribunal('Mont-\npellier'), 'Montpellier');
  assert.equal(tribunal('Cler-\nmont-Ferrand'), 'Clermont-Ferrand');
  assert.equal(tribunal('Châlons-en-\nChampagne'), 'Châlons-en-Champagne');
  const ales = `VILLE D'ALÈS\nGard\n\nDÉCISION N° DEC2026_151\nObjet : Accord-cadre de fourniture de mobilier scolaire – Attribution\n\nLe Maire de la Ville d'Alès,\n\nVu le code général des collectivités territoriales, notamment ses articles L. 2122-22\net L. 2122-23 ;\nVu la délibération n° 2026-DCM-044 du 13 avril 2026 portant délégation d'attribu-\ntions du conseil municipal au maire, notamment en son 4°, pour la préparation, la\npassation, l'exécution et le règlement des marchés et des accords-cadres lorsque\nles crédits sont inscrits au budget ;\n\nDÉCIDE\n\nArticle 1er : L'accord-cadre est attribué à la société Mobil'École Occitanie.\n\nArticle 2 : Il sera rendu compte de la présente décision au conseil municipal.\n\nFait à Alès, le 6 juillet 2026\n\nLe Maire,\nChristophe RIVENQ\n`;
  assert.deepEqual(fired(ales, 'DEL-001'), []);
  assert.equal(fired(ales.replace('notamment en son 4°, ', ''), 'DEL-001').length, 1);
});

test('a thirty-fifth review (layouts from PDF and Word): a sentence wrapped at the line ends still names whom its measure targets; a considérant that recites the law’s « danger » states no fact', () => {
  const auxerre = (considerant: string) => `VILLE D'AUXERRE\nYonne\n\nARRÊTÉ N° 2026-PM-0319\nportant mise en demeure relative à un chien susceptible de présenter un danger\n\nLe Maire de la Ville d'Auxerre,\n\nVu le code général des collectivités territoriales, notamment ses articles L. 2212-1\net L. 2212-2 ;\nVu le code rural et de la pêche maritime, notamment son article L. 211-11 ;\nVu le courrier du 1er juin 2026 invitant M. Yohan BRÛLÉ à présenter ses observations ;\n\n${considerant}\n\nARRÊTE\n\nArticle 1er – M. Yohan BRÛLÉ, demeurant 14 rue des Mignottes à Auxerre, propriétaire\ndu chien de race berger belge malinois, mâle, identifié sous le numéro 250268712345678\net dénommé « Tyson », est mis en demeure de soumettre cet animal à l'évaluation\ncomportementale prévue à l'article L. 211-14-1 du code rural et de la pêche maritime.\n\nArticle 2 – Le présent arrêté est notifié à M. Yohan BRÛLÉ. Il peut faire l'objet d'un recours devant le tribunal administratif de Dijon dans un délai de deux mois à compter de sa notification.\n\nFait à Auxerre, le 15 juin 2026\n\nLe Maire,\nCrescent MARAULT\n`;
  const law = 'Considérant qu\'il appartient au maire, en application de l\'article L. 211-11 du code\nrural et de la pêche maritime, de prescrire au propriétaire d\'un animal susceptible\nde présenter un danger pour les personnes de prendre des mesures de nature à\nprévenir ce danger ;';
  assert.deepEqual(fired(auxerre(law), 'MOT-001').map((d) => d.severity), ['warning']);
  // With the facts (the bite, its date), nothing.
  assert.deepEqual(fired(auxerre(`${law}\nConsidérant que le chien a mordu un passant le 28 mai 2026 rue des Mignottes ;`), 'MOT-001'), []);
});

test('a thirty-fifth review (layouts from PDF and Word): a signature block set in a Markdown table is one signatory; « les certificats de caractère exécutoire des actes » a délégation lists certify nothing', () => {
  const albi = (closing: string, article = 'Le stationnement est interdit.') => `VILLE D'ALBI\nTarn\n\nARRÊTÉ N° 2026-DRTP-233\nportant réglementation du stationnement\n\nLe Maire d'Albi,\n\nVu le code général des collectivités territoriales ;\nVu l'arrêté n° 2026-DG-061 du 31 mars 2026 portant délégation de fonctions à M. Yannick RAYNAL, adjoint au maire ;\n\nARRÊTE\n\n**Article 1er** : ${article}\n\n**Article 2** : Le directeur général des services est chargé de l'exécution du présent arrêté.\n\nFait à Albi, le 2 juin 2026\n\n${closing}\n`;
  const table = parse(albi('| Pour le Maire et par délégation, | |\n|---|---|\n| L\'adjoint délégué à la tranquillité publique, | |\n| **Yannick RAYNAL** | [cachet de la mairie] |'));
  assert.deepEqual(table.signatories.map((s) => [s.name, s.quality]), [['Yannick RAYNAL', 'Pour le Maire et par délégation, L\'adjoint délégué à la tranquillité publique']]);
  const aurillac = parse(albi('Le Maire,\nPierre MATHONIER', 'Délégation de signature est donnée à Mme Sophie VIGIER, directrice générale des services, pour :\n\t- les certificats de caractère exécutoire des actes et les ampliations ;\n\t- les bordereaux de mandats.'));
  assert.equal(aurillac.executoire, null);
});

test('a page break copied from a PDF (its number, running header and foot of page) inside a considérant, a visa or the recours mention cuts nothing (thirty-fifth review; left alone before)', () => {
  const page = '\n\nMairie de Chambéry – Hôtel de ville – 73000 Chambéry – Tél. 04 79 60 20 20\n                                                     Page 1/2\n\fArrêté municipal n° 2025-118 – page 2 sur 2\n\n';
  const cut = (from: string, to: string) => analyze(edit(ARRETE, from, to), { catalogue });
  const considerant = cut("qu'il convient d'assurer la sécurité des usagers", `qu'il convient d'assurer${page}la sécurité des usagers`);
  assert.deepEqual(considerant.act.considerants.map((c) => c.body), ['Considérant que des travaux de voirie auront lieu rue de la Gare du 2 au 6 juin 2025 et qu\'il convient d\'assurer la sécurité des usagers ;'.replace(/^Considérant /, '')]);
  // A word cut by a hyphen across the page joins again; the tribunal's name too.
  const word = cut('devant le tribunal administratif de Grenoble dans un délai', `devant le tribunal administratif de Gre-${page}noble dans un délai`);
  assert.deepEqual([word.act.recours?.tribunal, word.act.recours?.delay], ['Grenoble', 'deux mois']);
  // The text keeps its furniture (the analysis is of the document as written); only the reading blanks it.
  assert.ok(word.text.includes('Page 1/2'));
  // A page that ends a sentence starts a paragraph: the next considérant is its own.
  const two = cut("qu'il convient d'assurer la sécurité des usagers ;", `qu'il convient d'assurer la sécurité des usagers ;${page}Considérant que la rue est étroite ;`);
  assert.equal(two.act.considerants.length, 2);
  // The first page's header and the last page's foot are the document's own: not blanked.
  const foix = parse('Commune de Foix – Délibération n° 2026-07-058 – Page 1/2\n\nCOMMUNE DE FOIX\n\nEXTRAIT DU REGISTRE DES DÉLIBÉRATIONS DU CONSEIL MUNICIPAL\nObjet : Acquisition\nLe conseil municipal,\nVu le code général des collectivités territoriales ;\nDÉCIDE\nArticle 1er : La parcelle est acquise.\n');
  assert.equal(foix.number?.value, '2026-07-058');
});

test('a thirty-ninth review (regular acts): an exécutoire sentence wrapped at the line’s end, « Article 1er⇥Du lundi … », « en ses points 11° », two tallies on two lines, an EPCI under a « Département de … » line', () => {
  const police = (article: string) => `COMMUNE D'UZÈS\nGard\n\nARRÊTÉ N° 2026-212\nportant réglementation du bruit\n\nLe Maire d'Uzès,\nVu le code général des collectivités territoriales, notamment ses articles L. 2212-1 et L. 2212-2 ;\nConsidérant les plaintes reçues en août 2026 ;\n\nARRÊTE\n\n${article}\n\nFait à Uzès, le 14 septembre 2026\n\nLe Maire,\nJean-Luc CHAPON\n`;
  assert.deepEqual(fired(police('Article 1er – Les travaux bruyants sont interdits le dimanche.\n\nArticle 2 – Le présent arrêté est exécutoire à compter de sa publication sur le\nsite internet de la commune et de sa transmission au représentant de l\'État.'), 'POL-002'), []);
  assert.deepEqual(parse(police('Article 1er\tDu lundi 1er juin 2026 au mercredi 30 septembre 2026, les travaux bruyants sont interdits.\n\nArticle 2\tLe présent arrêté sera publié.')).articles.map((a) => a.number), ['1er', '2']);
  // Two votes: « adoptés à l'unanimité (31 voix pour) », then another point's « pour : 28 ; contre : 0 ; abstentions : 2 ».
  const votes = edit(DELIB, /Adopté[^\n]*/, 'Tarifs de la piscine : adoptés à l\'unanimité (31 voix pour).\nTarif de l\'école de natation : 30 votants ; pour : 28 ; contre : 0 ; abstentions : 2.');
  const v = parse(votes).vote;
  assert.deepEqual([v?.for, v?.against, v?.abstentions], [31, null, null]);
  // « GOLFE DU MORBIHAN – VANNES AGGLOMÉRATION » over « Département du Morbihan »: the EPCI's président.
  const gmva = parse('GOLFE DU MORBIHAN – VANNES AGGLOMÉRATION\nParc d\'innovation Bretagne Sud – 30 rue Alfred-Kastler – 56000 Vannes\nDépartement du Morbihan\n\nDÉCISION DU PRÉSIDENT N° DP-2026-0391\n\nLe Président,\nVu le code général des collectivités territoriales, notamment son article L. 5211-10 ;\nDÉCIDE\nArticle 1er : L\'accord-cadre est attribué.\n');
  assert.equal(gmva.authorBody, 'epci');
});

test('a fortieth review (PDF page breaks): « - 2 - », page numbers alone in order, a form feed with the foot of the page above it, a running header « (suite) », an address footer: blanked; a fraction written twice in a table, a telephone line of an article: kept; a sentence wrapped in an article is no heading', () => {
  const act = (cut: string) => `COMMUNE DE COURNON-D'AUVERGNE\nPuy-de-Dôme\n\nDÉCISION N° DM-2026-041\nObjet : Défense de la commune devant le tribunal administratif\n\nLe Maire de Cournon-d'Auvergne,\n\nVu le code général des collectivités territoriales, notamment ses articles L. 2122-22${cut}16°, et L. 2122-23 ;\nVu la délibération n° 2020-045 du 10 juillet 2020 portant délégation d'attributions au maire ;\n\nDÉCIDE\n\nArticle 1er : La commune défendra dans l'instance n° 2601234 devant le tribunal administratif de Clermont-Ferrand.\n\nArticle 2 : Il sera rendu compte de la présente décision au conseil municipal.\n\nFait à Cournon-d'Auvergne, le 2 juin 2026\n\nLe Maire,\nOlivier CHAMBON\n`;
  const read = (t: string) => analyze(t, { catalogue }).act;
  const items = (t: string) => read(t).mentions.filter((m) => m.kind === 'delegation-item').map((m) => m.value);
  assert.deepEqual(items(act(',\n\n- 1 -\n\n')), ['16']);
  assert.deepEqual(items(act(',\n\n\fDécision n° DM-2026-041 (suite)\n\n')), ['16']);
  assert.deepEqual(items(act(',\nMairie – 1 place de la Mairie – 63800 Cournon-d\'Auvergne\n\fDécision n° DM-2026-041 (suite)\n')), ['16']);
  // Page numbers alone: « 2 », then « 3 ».
  const two = `${act(',\n\n2\n\n')}`.replace('Article 2 : Il sera', 'Article 2 : Il\n\n3\n\nsera');
  assert.deepEqual(items(two), ['16']);
  assert.match(read(two).articles[1].body, /^Il sera rendu compte/);
  // A table whose cells « 1/2 » stand alone on their lines keeps them; so does an article's telephone line.
  const table = act('').replace('Article 1er : La commune défendra dans l\'instance n° 2601234 devant le tribunal administratif de Clermont-Ferrand.', 'Article 1er : Les tarifs sont les suivants :\nDurée\nLigne entière\n1/2\nligne\n1 heure\n18,00 €\n1/2\nheure\n10,00 €\nRenseignements :\nTél. 04 73 69 90 00 – www.cournon-auvergne.fr');
  assert.match(read(table).articles[0].body, /1\/2 ligne 1 heure 18,00 € 1\/2 heure 10,00 € Renseignements : Tél\. 04 73 69 90 00/);
  // A sentence wrapped in an article: no heading, the body whole.
  const wrapped = read(act('').replace('Article 1er : La commune défendra dans l\'instance n° 2601234 devant le tribunal administratif de Clermont-Ferrand.', 'Article 1er – Du samedi 22 août 2026 à 8 h au mardi 25 août 2026 à 8 h, la circula-\ntion est interdite place de la Mairie.'));
  assert.deepEqual([wrapped.articles[0].heading, wrapped.articles[0].body], [null, 'Du samedi 22 août 2026 à 8 h au mardi 25 août 2026 à 8 h, la circulation est interdite place de la Mairie.']);
});

test('a séance line whose second column comes after a long run of blanks gives the act’s number (its time: `npm run bench`, « longues suites de blancs »)', () => {
  const gap = ' '.repeat(4_000);
  const text = `COMMUNE DE PORNIC${gap}Loire-Atlantique\n\nSéance du 3 mars 2026${gap}Délibération n° 2026-012\n\nObjet : Tarifs\nLe conseil municipal,\nVu le code général des collectivités territoriales ;\nDÉCIDE\nArticle 1er : Les tarifs sont fixés.\n`;
  assert.equal(parse(text).number?.value, '2026-012');
});

test('a code review of the session: what page furniture must not take (a recueil’s next title, an article’s telephone line), a fix copies no blanked line, fixes stay out of joined words, and a few readings', () => {
  const read = (t: string) => analyze(t, { catalogue });
  // A recueil's next act after a page number keeps its title and number.
  const act = (n: string) => `ARRÊTÉ N° 2026-0${n}\nportant réglementation du stationnement\n\nLe Maire de Lexy,\nVu le code général des collectivités territoriales ;\nARRÊTE\nArticle 1er : Le stationnement est interdit.\nFait à Lexy, le 3 mars 2026\nLe Maire,\nJean DUPONT\n`;
  const recueil = read(`COMMUNE DE LEXY\n\n${act('12')}\nPage 1/1\n\n${act('13')}`);
  assert.deepEqual(recueil.document.acts.map((a) => a.number?.value), ['2026-012', '2026-013']);
  // An article that gives a telephone number above a page number stays.
  const phone = read(edit(ARRETE, 'Article 3 :', 'Article 3 : Les riverains peuvent se renseigner auprès des services techniques – Tél. 04 79 60 20 20\n\n- 2 -\n\nArticle 4 :'));
  assert.deepEqual(phone.act.articles.map((a) => a.number), ['1er', '2', '3', '4']);
  // A visa moved by VIS-003 across a page break carries the text as written, no blanked line.
  const page = '\n\nMairie de Chambéry – Hôtel de ville – 73000 Chambéry – Tél. 04 79 60 20 20\n                                                     Page 1/2\n\fArrêté municipal n° 2025-118 – page 2 sur 2\n\n';
  const late = edit(ARRETE, 'Vu le code de la route ;\n\n', `Vu l'arrêté municipal n° 2020-014 du 3 mars 2020 ;\n\nVu le code de la route${page}modifié ;\n\n`);
  const fix = read(late).diagnostics.find((d) => d.code === 'VIS-003')?.fixes?.[0];
  assert.ok(fix && fix.edits.every((e) => !e.newText.includes('\v')));
  // A starting point cut by a hyphen at a line's end gives no fix that would leave half a word.
  const cutStart = read(edit(ARRETE, 'à compter de sa publication.', 'à compter de sa transmission en pré-\nfecture.'));
  const rec005 = cutStart.diagnostics.find((d) => d.code === 'REC-005');
  assert.ok(rec005);
  assert.deepEqual(rec005.fixes ?? [], []);
  // A département's arrêté whose visa names a communauté de communes is the département's.
  const dep = parse('DÉPARTEMENT DE LA GIRONDE\n\nARRÊTÉ N° 2026-DR-041\nportant réglementation de la circulation sur la route départementale n° 3\n\nLe Président du Conseil départemental de la Gironde,\nVu le code général des collectivités territoriales, notamment son article L. 3221-4 ;\nVu la demande de la communauté de communes Médoc Atlantique ;\nARRÊTE\nArticle 1er : La vitesse est limitée à 70 km/h.\n');
  assert.equal(dep.authorBody, 'departement');
  // Labels one per line, then a sentence that says them again: one tally.
  const tally = parse(edit(DELIB, /Adopté[^\n]*/, 'Pour : 16\nContre : 2\nAbstentions : 0\nLa délibération est adoptée par 16 voix pour et 2 voix contre.')).vote;
  assert.deepEqual([tally?.for, tally?.against, tally?.abstentions], [16, 2, 0]);
  // A word cut at a line's end in a CRLF text joins as in LF.
  const crlf = ARRETE.replace('à compter de sa publication.', 'à compter de sa publi-\ncation.');
  assert.equal(parse(crlf.replace(/\n/g, '\r\n')).recours?.startingPoint, parse(crlf).recours?.startingPoint);
});

test('a forty-third review: an article that quotes the new wording of another text (« … remplacé par les dispositions suivantes : « Article 28 – Compte rendu. … » ») holds the quotation; no article 28 of the act', () => {
  const delib = `COMMUNE DE MONTREVEL-SUR-FURE\n\nDÉLIBÉRATION N° DCM-2026-031\nObjet : Modification du règlement intérieur du conseil municipal\n\nSéance du 3 avril 2026\nConseillers en exercice : 23 – Présents : 19 – Votants : 21\nSecrétaire de séance : Mme Claire VASSEUR\n\nVu le code général des collectivités territoriales, notamment son article L. 2121-8 ;\n\nLe conseil municipal, après en avoir délibéré,\n\nDÉCIDE :\n\nArticle 1er – L'article 28 du règlement intérieur du conseil municipal est remplacé par les dispositions suivantes : « Article 28 – Compte rendu. Le compte rendu de la séance est affiché à la porte de la mairie dans la huitaine et mis en ligne sur le site internet de la commune, conformément aux articles L. 2121-25 et R. 2121-11 du code général des collectivités territoriales. »\n\nArticle 2 – Les autres dispositions du règlement intérieur demeurent inchangées.\n\nAdoptée à l’unanimité.\n\nFait à Montrevel-sur-Fure, le 3 avril 2026\n\nLe Maire,\nClaire DUVERNAY\n`;
  assert.deepEqual(parse(delib).articles.map((a) => a.number), ['1er', '2']);
  assert.deepEqual(diagnostics(delib).filter((d) => d.code === 'STR-003'), []);
});

test('a forty-second review: « Pour le Maire empêché, l’Adjointe déléguée, » on one line over a name is one signatory, as over two lines', () => {
  for (const signed of ['Pour le Maire empêché, l’Adjointe déléguée,\nMarie-Hélène ROUCH', 'Pour le Maire empêché,\nL’Adjointe déléguée,\nMarie-Hélène ROUCH']) {
    const sig = parse(arreteOf(POLICE, 'Le stationnement est interdit rue de la Gare.', signed)).signatories;
    assert.deepEqual(sig.map((s) => [s.quality?.toLowerCase().replace(/\s+/g, ' '), s.name]), [['pour le maire empêché, l’adjointe déléguée', 'Marie-Hélène ROUCH']]);
  }
});

test('a forty-fourth review: an agent suspended from his functions (CGFP, art. L. 531-1) undergoes a conservatory measure, no sanction: neither MOT-001 nor MOT-002; another suspension is still a measure against its holder', () => {
  const act = (measure: string) => `VILLE DE ANNECY\n\nARRÊTÉ N° 2026-RH-0893\nportant suspension de fonctions\n\nLe Maire d’Annecy,\n\nVu le code général de la fonction publique, notamment ses articles L. 531-1 à L. 531-4 ;\n\nConsidérant que M. Nicolas PERRILLAT fait l’objet de poursuites pénales pour des faits commis dans l’exercice de ses fonctions ;\n\nARRÊTE :\n\nArticle 1er : ${measure}\n\nArticle 2 : Pendant la durée de la suspension, l’intéressé conserve son traitement.\n\nArticle 3 : Le présent arrêté sera notifié à l’intéressé.\n\nFait à Annecy, le 2 décembre 2026\n\nLe Maire,\nFrançois ASTORG\n`;
  const suspended = act('M. Nicolas PERRILLAT, technicien principal de 2e classe, est suspendu de ses fonctions à compter de la notification du présent arrêté.');
  assert.deepEqual(diagnostics(suspended).filter((d) => /^MOT-00[12]$/.test(d.code)), []);
  const licence = act('L’autorisation d’exploiter le taxi n° 12 accordée à M. Nicolas PERRILLAT est suspendue pour une durée de deux mois.');
  assert.equal(diagnostics(licence.replace(/Considérant[^\n]*\n/, '')).filter((d) => d.code === 'MOT-001').length, 1);
});

test('a forty-fourth review: « Montpellier Méditerranée Métropole » under « Département de l’Hérault », each word a capital, is the collectivité', () => {
  const act = `RÉPUBLIQUE FRANÇAISE\nDépartement de l’Hérault\nMontpellier Méditerranée Métropole\n\nARRÊTÉ N° A2026-2317\nportant attribution de l’IFSE à Mme Claire ANDRIEU\n\nLe Président de Montpellier Méditerranée Métropole,\n\nVu le code général de la fonction publique ;\n\nARRÊTE :\n\nArticle 1er : Une IFSE est attribuée à Mme Claire ANDRIEU.\n\nFait à Montpellier, le 2 décembre 2026\n\nLe Président,\nMichaël DELAFOSSE\n`;
  assert.equal(parse(act).header.collectivite?.text, 'Montpellier Méditerranée Métropole');
  assert.equal(parse(act.replace('Montpellier Méditerranée Métropole\n\nARRÊTÉ', 'Une grande métropole\n\nARRÊTÉ')).header.collectivite, null);
});

test('a forty-fifth review: a décision whose title is followed by « prise par délégation du conseil municipal », then its objet, reads that objet', () => {
  const act = `Commune de Sens\n\nDÉCISION DU MAIRE N° DM-2026-074\nprise par délégation du conseil municipal\nExercice du droit de préemption urbain – immeuble sis 11, rue Rigault\n\nLe Maire de Sens,\n\nVu le code général des collectivités territoriales, notamment ses articles L. 2122-22 (15°) et L. 2122-23 ;\n\nDÉCIDE :\n\nArticle 1er : La commune exerce son droit de préemption urbain sur l’immeuble sis 11, rue Rigault.\n\nFait à Sens, le 4 mai 2026\n\nLe Maire,\nPaul-Antoine DE CARVILLE\n`;
  assert.equal(parse(act).object?.text, 'Exercice du droit de préemption urbain – immeuble sis 11, rue Rigault');
});

test('a forty-fifth review: « L’Adjoint délégué à l’urbanisme, à la voirie et aux travaux, » is one quality, its fields listed with commas; a name after the comma is the name', () => {
  const signed = (block: string) => parse(arreteOf(POLICE, 'Le stationnement est interdit rue de la Gare.', block)).signatories.map((s) => [s.quality, s.name]);
  assert.deepEqual(signed('L’Adjoint délégué à l’urbanisme, à la voirie et aux travaux,\nPierre MARTIN'), [['L’Adjoint délégué à l’urbanisme, à la voirie et aux travaux', 'Pierre MARTIN']]);
  assert.deepEqual(signed('L’Adjoint délégué à l’urbanisme, Pierre MARTIN'), [['L’Adjoint délégué à l’urbanisme', 'Pierre MARTIN']]);
});

test('a code review of the forty-second to forty-seventh reviews’ fixes: a title, an authority or a quality naming « Brest Métropole » is not the collectivité; a second quoted « Article 29 – … » stays in the quotation', () => {
  for (const line of ['Arrêté du Président de Brest Métropole', 'Délibération du Conseil de Brest Métropole', 'Le Président de Brest Métropole']) {
    const a = parse(`RÉPUBLIQUE FRANÇAISE\n${line}\n\nN° 2026-01\n\nLe Président de Brest Métropole,\nVu le code général des collectivités territoriales ;\nARRÊTE :\nArticle 1er : x.\nFait à Brest, le 3 mars 2026\nLe Président,\nFrançois CUILLANDRE\n`);
    assert.equal(a.header.collectivite, null, line);
  }
  const quoted = `COMMUNE DE MONTREVEL\n\nDÉLIBÉRATION N° DCM-2026-031\nObjet : Règlement intérieur\n\nSéance du 3 avril 2026\nConseillers en exercice : 23 – Présents : 19 – Votants : 21\n\nVu le code général des collectivités territoriales ;\n\nLe conseil municipal, après en avoir délibéré,\n\nDÉCIDE :\n\nArticle 1er – Les articles 28 et 29 du règlement intérieur sont remplacés par les dispositions suivantes : « Article 28 – Compte rendu. Le compte rendu de la séance est affiché à la porte de la mairie dans la huitaine. Article 29 – Procès-verbal. Le procès-verbal de chaque séance est arrêté au commencement de la séance suivante et signé par le maire et le secrétaire. »\n\nArticle 2 – Les autres dispositions demeurent inchangées.\n\nAdoptée à l’unanimité.\n\nFait à Montrevel, le 3 avril 2026\n\nLe Maire,\nClaire DUVERNAY\n`;
  assert.deepEqual(parse(quoted).articles.map((a) => a.number), ['1er', '2']);
});

test('a code review of the forty-second to forty-seventh reviews’ fixes: « Non-votants : 2 » is no count of votants but of members not voting; a « (présents : 14) » in a later sentence does not replace the séance’s « 15 présents »; « ajustement des tarifs … et vote du budget primitif » still dates a budget; « l’intérêt général que présente la réfection … » names a fact', () => {
  const nonVoting = analyze(DELIB.replace('Adoptée à l\'unanimité : Pour : 18, Contre : 0, Abstentions : 0', 'Pour : 14 – Contre : 2 – Abstentions : 0 – Non-votants : 2'));
  assert.notEqual(nonVoting.act.vote?.voters, 2);
  assert.deepEqual(nonVoting.diagnostics.filter((d) => d.code === 'SEA-005'), []);
  const left = DELIB.replace('Nombre de conseillers en exercice : 23\nPrésents : 15\nReprésentés : 3\nVotants : 18', 'Membres en exercice : 23 ; 15 présents ; 3 représentés ; 18 votants.').replace('Après en avoir délibéré,', 'Mme Anne ROUX quitte la séance avant l\'examen de ce point (présents : 14).\n\nAprès en avoir délibéré,');
  assert.equal(parse(left).seance?.present, 15);
  assert.equal(diagnostics(DELIB.replace('Objet : Tarifs de la piscine municipale', 'Objet : Ajustement des tarifs municipaux et vote du budget primitif 2025')).filter((d) => d.code === 'DAT-007').length, 1);
  const retrait = (considerant: string) => `ARRÊTÉ N° 2026-01\n\nLe Maire de Perpignan,\n\nVu le code général de la propriété des personnes publiques ;\n\n${considerant}\n\nARRÊTE :\n\nArticle 1er : L'autorisation d'occupation temporaire accordée à la SARL Le Comptoir par l'arrêté n° 2024-DP-017 du 3 avril 2024 est retirée à compter du 1er juin 2026.\n\nArticle 2 : Le présent arrêté sera notifié à la SARL Le Comptoir.\n\nFait à Perpignan, le 3 mars 2026\n\nLe Maire,\nLouis ALIOT\n`;
  assert.deepEqual(diagnostics(retrait('Considérant l\'intérêt général que présente la réfection du réseau d\'eau de la place ;')).filter((d) => d.code === 'MOT-001'), []);
  assert.equal(diagnostics(retrait('Considérant l\'intérêt général,')).filter((d) => d.code === 'MOT-001').length, 1);
});

test('the fiftieth review (a commune’s police arrêtés): the département under the commune’s address or before a dash, the objet after the number line, « Mise en … », « P.O. le Maire, » and « Pour le Maire et par dél., » over the adjoint: one signatory', () => {
  const head = (letterhead: string) => parse(`${letterhead}\n\nARRÊTÉ N° 2025-31\n\nPortant réglementation temporaire de la circulation\n\nLe Maire,\n\nVu le code de la route ;\n\nARRÊTE :\n\nArticle 1er : La circulation est interdite.\n`).header.departement?.name ?? null;
  assert.equal(head('MAIRIE DE COLLONGES-LA-ROUGE\n19500 COLLONGES-LA-ROUGE\nCorrèze'), 'Corrèze');
  assert.equal(head('MAIRIE DE COLLONGES-LA-ROUGE\n19500 COLLONGES-LA-ROUGE\n(Corrèze)'), 'Corrèze');
  assert.equal(head('Commune d’EGUISHEIM\nHaut-Rhin – Arrondissement de Colmar-Ribeauvillé'), 'Haut-Rhin');
  assert.equal(head('COMMUNE DE LACANAU\n33680 LACANAU – GIRONDE\nService Police municipale'), 'GIRONDE');
  assert.equal(head('VILLE DE VIF\n38450 – Isère'), 'Isère');
  // (A service under the commune, or its address alone, is no département.)
  assert.equal(head('COMMUNE DE LACANAU\n33680 LACANAU\nService Police municipale – Bureau des arrêtés'), null);
  const objet = (lines: string) => parse(`Ville d’Annecy\n\n${lines}\n\nLe Maire d’Annecy,\n\nVu le code de la route ;\n\nARRÊTE :\n\nArticle 1er : x.\n`).object?.text ?? null;
  assert.equal(objet('ARRÊTÉ MUNICIPAL\nN° 2025-DMEP-2271\n\nCréation d’une zone bleue avenue de la République'), 'Création d’une zone bleue avenue de la République');
  assert.equal(objet('ARRÊTÉ PERMANENT DE CIRCULATION N° 2026/0087\n\nMise en sens unique de la rue de Lyon'), 'Mise en sens unique de la rue de Lyon');
  for (const forHead of ['P.O. le Maire,', 'Pour le Maire et par dél.,']) {
    const a = parse(ARRETE.replace('Le Maire,\nThierry REPENTIN', `${forHead}\nL’Adjoint délégué,\n\nJean-Marc LAFFARGUE`));
    assert.deepEqual(a.signatories.map((s) => [s.name, s.delegated]), [['Jean-Marc LAFFARGUE', true]], forHead);
  }
});

test('the forty-ninth review (départements, régions, syndicats): « M. X, Président ; Mme Y, … » one list of présents, a session of two days read on the day the body met, « COMITÉ SYNDICAL DU JEUDI 5 FÉVRIER 2026 » dates the séance, « Ont voté POUR (58) … Se sont ABSTENUS (4) », no département from a subtitle, « ASSEMBLÉE DE CORSE » or a list of members', () => {
  const names = 'M. Gérard LE BIHAN, Président ; Mme Annick GUÉGAN, M. Yves RAULT, Mme Monique HAMON, M. Jean-Claude CORBEL, M. Loïc ROUXEL, Mme Martine LE GOFF, M. Patrick BOSCHER, Mme Brigitte HELLO, M. René TANGUY, M. Serge LE ROUX, Mme Sylvie MORIN, M. Alain COLLET.';
  const listed = DELIB.replace('Présents : 15\nReprésentés : 3\nVotants : 18\n', `Présents : ${names}\n`);
  assert.equal(parse(listed).seance?.present, 13);
  assert.deepEqual(fired(listed, 'SEA-003'), []);
  // (A président's label on its own line still ends the list.)
  assert.equal(parse(DELIB.replace('Présents : 15\nReprésentés : 3\nVotants : 18\nPrésident de séance : Jean DUPONT, maire\n', 'Présents : M. Jean DUPONT, Mme Claire MARTIN\nPrésident de séance : Jean DUPONT, maire\n')).seance?.present, 2);
  const session = (line: string, met: string) => parse(DELIB.replace('Séance du mardi 24 juin 2025\n', `${line}\n\n${met}\n`)).seance?.date;
  assert.equal(session('Session des 15 et 16 décembre 2025', 'Le conseil départemental s’est réuni le lundi 15 décembre 2025 à 9 h 30.'), '2025-12-15');
  assert.equal(session('Session des jeudi 11 et vendredi 12 décembre 2025', 'Le conseil régional s’est réuni le vendredi 12 décembre 2025.'), '2025-12-12');
  assert.equal(session('Session des 15 et 16 décembre 2025', ''), '2025-12-15');
  assert.equal(session('Séance du 16 décembre 2025', ''), '2025-12-16');
  const syndicat = parse(DELIB.replace('Séance du mardi 24 juin 2025\n', 'COMITÉ SYNDICAL DU JEUDI 5 FÉVRIER 2026\n'));
  assert.equal(syndicat.seance?.date, '2026-02-05');
  const vote = parse(DELIB.replace('Adoptée à l\'unanimité : Pour : 18, Contre : 0, Abstentions : 0', 'Ont voté POUR (14) : les groupes « Fà Populu Inseme » et « Avanzemu » ;\nSe sont ABSTENUS (4) : le groupe « Core in Fronte » ;')).vote;
  assert.deepEqual([vote?.for, vote?.abstentions], [14, 4]);
  const dep = (head: string) => parse(`${head}\n\nARRÊTÉ N° 2026-04\n\nLe Président,\n\nVu le code général des collectivités territoriales ;\n\nARRÊTE :\n\nArticle 1er : x.\n`).header.departement?.name ?? null;
  assert.equal(dep('SYNDICAT MIXTE OUVERT « LOT NUMÉRIQUE »\nAménagement numérique du territoire'), null);
  assert.equal(dep('COLLECTIVITÉ DE CORSE\nASSEMBLÉE DE CORSE'), null);
  assert.equal(dep('SYNDICAT MIXTE « LOT NUMÉRIQUE »\n\nMembres :\n– Département du Lot : 5 délégués'), null);
  assert.equal(dep('SYNDICAT MIXTE DU PAYS DE MONCONTOUR\nCôtes-d’Armor'), 'Côtes-d’Armor');
  assert.equal(dep('COMMUNAUTÉ DE COMMUNES DU TERRITOIRE\nTerritoire de Belfort'), 'Territoire de Belfort');
});

test('the forty-ninth review: « Pour le Président du Conseil départemental / et par délégation, / Le Directeur général des services, » is one signatory, who signs by délégation; an agent of a département is told the article of the département (L. 3221-3)', () => {
  const head = 'DÉPARTEMENT DU PAS-DE-CALAIS\n\nARRÊTÉ N° 2026-12 portant délégation de signature\n\nLe Président du Conseil départemental du Pas-de-Calais,\n\nVu le code général des collectivités territoriales, notamment son article L. 3221-3 ;\n\nARRÊTE :\n\nArticle 1er : Délégation de signature est donnée à M. Paul DURAND, directeur des routes.\n\nFait à Arras, le 3 mars 2026\n\n';
  const a = parse(`${head}Pour le Président du Conseil départemental\net par délégation,\nLe Directeur général des services,\n\nÉtienne DUFOUR\n`);
  assert.deepEqual(a.signatories.map((s) => [s.name, s.delegated]), [['Étienne DUFOUR', true]]);
  assert.equal(fired(`${head}Pour le Président du Conseil départemental\net par délégation,\nLe Directeur général des services,\n\nÉtienne DUFOUR\n`, 'SIG-006').length, 1);
  const agent = fired(`${head.replace('portant délégation de signature', 'portant fermeture de la RD 917').replace('Délégation de signature est donnée à M. Paul DURAND, directeur des routes.', 'La RD 917 est fermée.')}La Directrice générale adjointe chargée des routes,\nNathalie BOUTET\n`, 'SIG-003');
  assert.match(agent[0]?.message ?? '', /\(CGCT, art\. L\. 3221-3\)/);
});

test('the forty-ninth review: what the holder of an agrément granted on her request must do (« L’intéressée est tenue de suivre la formation obligatoire ») is no measure taken against her (MOT-002)', () => {
  const agrement = (article2: string) => `DÉPARTEMENT DE LA VIENNE\n\nARRÊTÉ N° 2026-88 portant agrément d’assistante maternelle\n\nLe Président du Conseil départemental de la Vienne,\n\nVu le code de l’action sociale et des familles, notamment ses articles L. 421-3 et L. 421-14 ;\n\nVu la demande d’agrément déposée le 3 novembre 2025 par Mme Laëtitia GIRARD ;\n\nARRÊTE :\n\nArticle 1er : Mme Laëtitia GIRARD est agréée en qualité d’assistante maternelle pour l’accueil simultané de trois enfants.\n\nArticle 2 : ${article2}\n\nFait à Poitiers, le 2 février 2026\n\nLe Président du Conseil départemental,\nAlain PICHON\n`;
  assert.deepEqual(fired(agrement('L’intéressée est tenue de suivre la formation obligatoire prévue à l’article L. 421-14 du code de l’action sociale et des familles.'), 'MOT-002'), []);
});

test('the fifty-first review (décisions by délégation): « aux 1° à 27° de l’article L. 2122-22 », « aux 4°, 5° et 10° de l’article … » name no matter of their own; a « Cession de gré à gré du camion-benne » is the 10°', () => {
  const bail = (visa: string) => DECISION.replace('Objet : Contrat d\'assurance de la flotte automobile', 'Objet : Bail professionnel des locaux du pôle santé')
    .replace('notamment le 6° de son article L. 2122-22 et son article L. 2122-23', 'notamment ses articles L. 2122-22, 5°, et L. 2122-23')
    .replace('Vu la délibération n° DCM-2020-117 du 17 juillet 2020 portant délégation d\'attributions du conseil municipal au maire ;', visa)
    .replace('Article 1er : Le contrat d\'assurance proposé par la société Assurances du Lac est accepté.', 'Article 1er : Un bail professionnel est conclu avec la SCM Cabinet médical pour les locaux du pôle santé, pour une durée de quinze (15) ans à compter du 1er décembre 2025.');
  for (const visa of ['Vu la délibération n° DCM-2020-117 du 17 juillet 2020 portant délégation au maire des attributions prévues aux 1° à 27° de l’article L. 2122-22 du code général des collectivités territoriales ;', 'Vu la délibération n° DCM-2020-117 du 17 juillet 2020 portant délégation au maire des attributions prévues aux 4°, 5° et 10° de l’article L. 2122-22 ;']) {
    const a = parse(bail(visa));
    assert.deepEqual(a.mentions.filter((m) => m.kind === 'delegation-item').map((m) => m.value), ['5'], visa);
    assert.deepEqual(a.references.filter((r) => r.article === 'L2122-22').map((r) => r.item), ['5', null], visa);
    assert.equal(fired(bail(visa), 'DEL-009').length, 1, visa);
    assert.deepEqual(fired(bail(visa), 'DEL-003'), [], visa);
  }
  const sale = DECISION.replace('Objet : Contrat d\'assurance de la flotte automobile', 'Objet : Cession de gré à gré du camion-benne Renault immatriculé AB-123-CD')
    .replace('notamment le 6° de son article L. 2122-22', 'notamment son article L. 2122-22 alinéa 10')
    .replace('Article 1er : Le contrat d\'assurance proposé par la société Assurances du Lac est accepté.', 'Article 1er : Le camion-benne est cédé en l’état au garage Martin au prix de 7 200 euros.');
  // (The term of the lease in its third article.)
  const term = bail('Vu la délibération n° DCM-2020-117 du 17 juillet 2020 portant délégation d\'attributions du conseil municipal au maire ;')
    .replace('pour une durée de quinze (15) ans à compter du 1er décembre 2025.', 'à compter du 1er décembre 2025.\n\nArticle 1er bis : Le loyer annuel est fixé à 21 200 euros.\n\nArticle 1er ter : Le bail est conclu pour une durée de quinze (15) ans.');
  assert.equal(fired(term, 'DEL-009').length, 1);
  // « … à l'unanimité des votants, DÉCIDE / Article 1er : Le Président reçoit délégation … pour : / 1° … »: no vote of one.
  const vote = parse(DELIB.replace('Adoptée à l\'unanimité : Pour : 18, Contre : 0, Abstentions : 0\n', '').replace('Après en avoir délibéré,', 'Après en avoir délibéré, à l\'unanimité des votants,').replace('Article 1er : Les tarifs de la piscine sont fixés conformément à l\'annexe.', 'Article 1er : Le maire reçoit délégation pour :\n\n1° fixer les tarifs de la piscine ;')).vote;
  assert.deepEqual([vote?.unanimous, vote?.for], [true, null]);
  assert.match(fired(sale, 'VIS-006')[0]?.message ?? '', /Désignez l’élément\s:\s«\sle 10°\sde l’article L\.\s2122-22\s»/);
  assert.equal(fired(sale, 'DEL-009').length, 1);
});

test('the fifty-second review (the maire as agent of the State): a procès-verbal de constat is no séance; « (article R. 313-11 du même code) » after a code the catalogue does not know is not the CRPA’s; a mention that sends to the juge judiciaire asks for no tribunal administratif; the désignation of an agent recenseur or a refusal of légalisation is no décision by délégation', () => {
  const pv = 'VILLE DE CLUNY\n\nPROCÈS-VERBAL DE CONSTAT D’ÉTAT D’ABANDON\n\nL’an deux mille vingt-cinq, le neuf septembre, à dix heures, nous, maire, avons constaté l’état de la concession n° 48.\n\nFait à Cluny, le 9 septembre 2025.\n\nLe Maire,\nJean-Marc DUCHÊNE\n';
  assert.notEqual(parse(pv).kind, 'deliberation-cm');
  assert.deepEqual(diagnostics(pv).filter((d) => d.code.startsWith('SEA') && d.severity !== 'hint'), []);
  assert.notEqual(parse(pv.replace('CONSTAT D’ÉTAT D’ABANDON', 'CONSTATATION D’INFRACTION')).kind, 'deliberation-cm');
  const refus = (recours: string) => `VILLE D’ÉVREUX\n\nARRÊTÉ N° 2026-118 portant refus de validation d’une attestation d’accueil\n\nLe Maire d’Évreux, agissant au nom de l’État,\n\nVu le code des relations entre le public et l’administration, notamment ses articles L. 211-2 et L. 211-5 ;\n\nVu la demande de M. Ali BEN SAÏD du 3 mars 2026 ;\n\nConsidérant que le logement ne présente pas des conditions normales ;\n\nARRÊTE :\n\nArticle 1er : La validation de l’attestation d’accueil est refusée.\n\nArticle 2 : ${recours}\n\nFait à Évreux, le 10 mars 2026\n\nLe Maire,\nGuy LEFRAND\n`;
  const same = refus('Conformément à l’article R. 313-12 du code de l’entrée et du séjour des étrangers et du droit d’asile, tout recours contentieux doit être précédé d’un recours administratif auprès du préfet, dans un délai de deux mois à compter de sa notification ; le silence gardé pendant un mois vaut rejet (article R. 313-11 du même code). La décision du préfet peut être déférée au tribunal administratif de Rouen dans un délai de deux mois.');
  assert.deepEqual(fired(same, 'CIT-004'), []);
  assert.equal(parse(same).references.find((r) => r.article === 'R313-11')?.code ?? null, null);
  const hdt = 'COMMUNE DE BAGNOLS-SUR-CÈZE\n\nARRÊTÉ N° 2026-12 portant mesures provisoires d’admission en soins psychiatriques\n\nLe Maire de Bagnols-sur-Cèze,\n\nVu le code de la santé publique, notamment ses articles L. 3213-2 et L. 3216-1 ;\n\nVu l’avis médical du docteur Paul MARTIN du 4 mars 2026 ;\n\nConsidérant que le comportement de M. X révèle des troubles mentaux manifestes ;\n\nARRÊTE :\n\nArticle 1er : M. X est admis au centre hospitalier d’Uzès.\n\nArticle 2 : La régularité de la présente décision ne peut être contestée que devant le juge judiciaire ; l’intéressé peut saisir à tout moment le juge des libertés et de la détention du tribunal judiciaire de Nîmes.\n\nFait à Bagnols-sur-Cèze, le 4 mars 2026\n\nLe Maire,\nJean-Yves CHAPELET\n';
  assert.equal(parse(hdt).recours?.judicial, true);
  assert.deepEqual(diagnostics(hdt).filter((d) => d.code === 'REC-001' || d.code === 'REC-003'), []);
  const decision = (objet: string, visa: string) => `COMMUNE DE CHAUDES-AIGUES\nDépartement du Cantal\n\nDÉCISION N° 2025-043\n${objet}\n\nLe Maire,\n\n${visa}\n\nDÉCIDE\n\nArticle unique : Mme Justine BESSE est désignée. Elle peut contester la présente décision devant le tribunal administratif de Clermont-Ferrand dans un délai de deux mois à compter de sa notification.\n\nFait à Chaudes-Aigues, le 2 décembre 2025\n\nLe Maire,\nJean BRUNEL\n`;
  for (const [objet, visa] of [['portant désignation d’un agent recenseur', 'Vu le décret n° 2003-485 du 5 juin 2003 relatif au recensement de la population ;'], ['portant refus de légalisation de signature', 'Vu le code général des collectivités territoriales, notamment son article L. 2122-30 ;']]) {
    assert.deepEqual(diagnostics(decision(objet, visa)).filter((d) => /^(?:VIS-001|DEL-00[25])$/.test(d.code)), [], objet);
  }
});

test('the fifty-third review (complex séances): présents in two columns are counted by name; « Présents : 18 — Représentés : 3 — Votants : 21 » after a pouvoir given during the séance goes with its own représentés; « Le résultat est le suivant : 8 voix pour, … »; the singular « Élection du représentant », « d’une troisième adjointe »; « — point n° 8 de l’ordre du jour » is no objet', () => {
  const columns = DELIB.replace('Présents : 15\nReprésentés : 3\nVotants : 18\n', 'Étaient présents :\n  M. Jean DUPONT, maire            Mme Odile FAURE\n  M. Christophe REY              Mme Martine GIROUD\n  M. Pascal ARNAUD               Mme Sandrine BLANC\n  M. Didier CHAMPON              Mme Véronique MICHAL\n  M. Franck TERRIER              Mme Hélène DURAND\n  M. Lionel BOUVIER              Mme Agnès REVOL\n  M. Bruno GUILLOT\n\n');
  assert.equal(parse(columns).seance?.present, 13);
  assert.deepEqual(fired(columns, 'SEA-003'), []);
  const moved = DELIB.replace('Présents : 15\nReprésentés : 3\nVotants : 18\n', 'Représentés (2) : Mme Chantal JULLIEN pouvoir à M. Christophe REY, M. Romain MOLLARD pouvoir à Mme Odile FAURE\n\n21 h 05 — Mme Agnès REVOL quitte la séance et donne pouvoir à M. Pascal ARNAUD.\nVote : Présents : 15    Représentés : 3    Votants : 18\n');
  assert.deepEqual([parse(moved).seance?.present, parse(moved).seance?.represented], [15, 3]);
  assert.deepEqual(fired(moved, 'SEA-005'), []);
  const result = DELIB.replace('Adoptée à l\'unanimité : Pour : 18, Contre : 0, Abstentions : 0\n', '').replace('Après en avoir délibéré,', 'Le résultat est le suivant : 9 voix pour, 8 voix contre, 1 abstention.\n\nAprès en avoir délibéré,');
  assert.deepEqual([parse(result).vote?.for, parse(result).vote?.against], [9, 8]);
  assert.deepEqual(fired(result, 'SEA-005'), []);
  const election = (objet: string) => parse(DELIB.replace('Objet : Tarifs de la piscine municipale', `Objet : ${objet}`).replace('Article 1er : Les tarifs de la piscine sont fixés conformément à l\'annexe.', 'Article 1er : Mme Christelle LEMÉTAYER, ayant obtenu la majorité absolue, est proclamée élue.')).election?.kind ?? null;
  assert.equal(election('Élection d’une troisième adjointe au maire'), 'adjoint');
  assert.equal(election('Élection du représentant de la commune au conseil d’administration du collège'), 'representants');
  const point = parse(DELIB.replace('Délibération n° DCM-2025-042', 'Délibération n° DCM-2025-042 — point n° 8 de l’ordre du jour')).object?.text;
  assert.equal(point, 'Tarifs de la piscine municipale');
});

test('the fifty-fourth review (cemeteries, commerce): « Acte publié sous forme électronique le 05/12/2025 » dates the publication', () => {
  const a = parse(`${DELIB}\nActe publié sous forme électronique le 05/12/2025\n`);
  assert.deepEqual(a.mentions.filter((m) => m.kind === 'published-on').map((m) => m.value), ['2025-12-05']);
});

test('the fifty-third and fifty-fourth reviews: the objet in « Arrêté fixant … » under the number, in a second title « ARRÊTÉ PORTANT RÈGLEMENT … » beside a service’s label, under « Délibération n° … » after the séance block; « Présents à l’ouverture (17) : … »', () => {
  const objet = (head: string) => parse(`${head}\n\nLe Maire d’Auxerre,\n\nVu le code général des collectivités territoriales ;\n\nARRÊTE :\n\nArticle 1er : x.\n`).object?.text ?? null;
  assert.equal(objet('Ville d’Auxerre – Yonne\nArrêté n° 2026-DCA-0101\n\nArrêté fixant les droits de place du marché pour l’année 2026'), 'fixant les droits de place du marché pour l’année 2026');
  assert.equal(objet('Ville de Honfleur\nCalvados\n                                   Arrêté n° 2026-0087\n                                   Police des cimetières\n\nARRÊTÉ PORTANT RÈGLEMENT DU CIMETIÈRE SAINT-LÉONARD'), 'PORTANT RÈGLEMENT DU CIMETIÈRE SAINT-LÉONARD');
  const delib = DELIB.replace('Délibération n° DCM-2025-042\nObjet : Tarifs de la piscine municipale', 'Délibération n° DCM-2025-042\nAliénation d’une partie du chemin rural dit « de Bordaberria »');
  assert.equal(parse(delib).object?.text, 'Aliénation d’une partie du chemin rural dit « de Bordaberria »');
  const opening = DELIB.replace('Présents : 15\n', 'Présents à l’ouverture (15) : M. Jean DUPONT, Mme Claire MARTIN et treize autres conseillers\n');
  assert.equal(parse(opening).seance?.present, 15);
  // « Sur les dix-neuf conseillers en exercice, dix-sept étaient présents ».
  const words = DELIB.replace('Nombre de conseillers en exercice : 23\n', 'Sur les vingt-trois conseillers en exercice, quinze étaient présents.\n');
  assert.equal(parse(words).seance?.membersInOffice, 23);
});

test('the fifty-sixth review (rough and scanned acts): Word’s bullets and numbers before « Vu » and « Considérant » keep the recitals', () => {
  for (const bullet of ['\uf0b7 ', '\uf0d8\t', '➢ ', '1. ', '2) ']) {
    const t = ARRETE.replace(/^(Vu|Considérant)/gm, `${bullet}$1`);
    const a = parse(t);
    assert.deepEqual([a.visas.length, a.considerants.length], [2, 1], JSON.stringify(bullet));
  }
});

test('the sixty-first review (acts of every kind): « EXTRAIT DU PROCÈS-VERBAL DES DÉLIBÉRATIONS » heads an extract; the objet’s aside in parentheses on the title’s next line is the objet’s', () => {
  assert.equal(parse(DELIB).extract, true);
  const pv = DELIB.replace('EXTRAIT DU REGISTRE DES DÉLIBÉRATIONS DU CONSEIL MUNICIPAL', 'EXTRAIT DU PROCÈS-VERBAL DES DÉLIBÉRATIONS DU CONSEIL MUNICIPAL');
  assert.notEqual(pv, DELIB);
  assert.equal(parse(pv).extract, true);
  assert.equal(parse(DELIB.replace('EXTRAIT DU REGISTRE DES DÉLIBÉRATIONS DU CONSEIL MUNICIPAL', 'DÉLIBÉRATION DU CONSEIL MUNICIPAL')).extract, false);
  const title = (lines: string) => parse(ARRETE.replace('ARRÊTÉ MUNICIPAL N° 2025-118\nportant réglementation temporaire de la circulation rue de la Gare', lines)).object?.text;
  assert.equal(title('Arrêté n° 2025-118\n\nARRÊTÉ PERMANENT RÉGLEMENTANT LE STATIONNEMENT RUE DE LA GARE\n(création d’une zone bleue)'), 'RÉGLEMENTANT LE STATIONNEMENT RUE DE LA GARE\n(création d’une zone bleue)');
  // (Not a line that stands after a blank line.)
  assert.equal(title('Arrêté n° 2025-118\n\nARRÊTÉ PERMANENT RÉGLEMENTANT LE STATIONNEMENT RUE DE LA GARE\n\n(création d’une zone bleue)'), 'RÉGLEMENTANT LE STATIONNEMENT RUE DE LA GARE');
});

test('the sixty-second review (elections): « Le conseil municipal, par 19 voix pour et 2 contre, » above « DÉCIDE » is the vote; « Présents : 15 » then a pouvoir in a sentence lists nobody present; an election’s « réclamation » is its recours; « — 1 120 habitants » after the commune', () => {
  const tally = DELIB.replace(/Adoptée à l'unanimité[^\n]*\n/, '').replace('Après en avoir délibéré,\n', '').replace('Le Conseil municipal,\n', '').replace('DÉCIDE :', 'Le Conseil municipal, par 15 voix pour et 3 contre,\n\nDÉCIDE :');
  const v = parse(tally).vote;
  assert.deepEqual([v?.for, v?.against], [15, 3]);
  assert.deepEqual(fired(tally, 'SEA-005'), []);
  // (Not a past vote the recitals tell.)
  const past = DELIB.replace(/Adoptée à l'unanimité[^\n]*\n/, '').replace('Après en avoir délibéré,', 'Le conseil municipal, par 12 voix contre 3, avait rejeté la hausse en 2024.\n\nAprès en avoir délibéré,');
  assert.equal(parse(past).vote, null);
  const proxy = DELIB.replace('Représentés : 3\n', 'M. Lucas VIDAL a donné pouvoir à Mme Inès MOREL.\n');
  assert.deepEqual(parse(proxy).members?.present.map((m) => m.text) ?? [], []);
  assert.deepEqual(fired(proxy, 'SEA-014'), []);
  const claim = parse(`${DELIB.replace(/Article 2 : La présente délibération peut[^\n]*\n/, '')}\nUne réclamation peut être déposée devant le tribunal administratif de Grenoble dans les cinq jours qui suivent l’élection.\n`).recours;
  assert.equal(claim?.tribunal, 'Grenoble');
  assert.match(claim?.text ?? '', /^Une réclamation/);
  // (Sixty-third review) « adoptée par 4 voix contre 5 »: 4 for, 5 against, an adoption without a majority.
  const versus = DELIB.replace(/Adoptée à l'unanimité[^\n]*/, 'Adoptée par 4 voix contre 5.');
  assert.deepEqual([parse(versus).vote?.for, parse(versus).vote?.against], [4, 5]);
  assert.equal(fired(versus, 'SEA-005')[0]?.severity, 'error');
  const words = DELIB.replace(/Adoptée à l'unanimité[^\n]*/, 'Adoptée par seize voix contre deux.');
  assert.deepEqual([parse(words).vote?.for, parse(words).vote?.against], [16, 2]);
  const population = parse(DELIB.replace('Département de la Savoie\nCommune de Chambéry', 'Commune de Montreuil-sur-Loir (Maine-et-Loire) — 1 120 habitants'));
  assert.deepEqual([population.header.collectivite?.name, population.header.departement?.name], ['Commune de Montreuil-sur-Loir', 'Maine-et-Loire']);
});

test('the sixty-third review (séances): a mandataire listed among the absents before the member whose pouvoir he holds; séance figures of two moments (« 14 à l’ouverture, 15 à partir du point n° 4 ») inform only', () => {
  const absent = DELIB.replace('Représentés : 3\n', 'Représentés : 3\nAbsents : M. Luc GIRARD, Mme Inès COLLET (pouvoir à M. Luc GIRARD)\n');
  assert.ok(parse(absent).members?.absent.some((m) => m.text === 'M. Luc GIRARD'));
  assert.match(fired(absent, 'SEA-014')[0]?.message ?? '', /M\. Luc GIRARD reçoit le pouvoir de Mme Inès COLLET mais figure parmi les absents/);
  const moments = DELIB.replace('Présents : 15\nReprésentés : 3\nVotants : 18', 'Présents : 14 à l’ouverture de la séance, 15 à partir du point n° 4 (arrivée de M. Franck ROUSSEL à 20 h 40)\nReprésentés : 3\nVotants : 18');
  const d = fired(moments, 'SEA-005');
  assert.equal(d.length, 1);
  assert.equal(d[0].severity, 'information');
});

test('an address line under an EPCI’s name that looks like a département’s name gives way to the line « Département du Var » under it (sixty-fifth review)', () => {
  const header = (lines: string) => parse(`${lines}\nDÉCISION DU PRÉSIDENT N° DP-2026-037\nLe Président,\nVu le code ;\nDÉCIDE :\nArticle 1er : x.\n`).header.departement?.name ?? null;
  assert.equal(header('COMMUNAUTÉ DE COMMUNES DU PAYS DE FAYENCE\nMas de Tassy – 1849 RD 19 – 83440 TOURRETTES\nDépartement du Var'), 'Var');
  // (Alone, the line under the name is still read: the rules check it against the list of départements.)
  assert.equal(header('COMMUNE DE SÈTE\nHérault'), 'Hérault');
});
