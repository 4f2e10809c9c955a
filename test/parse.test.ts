// The parser on the two seeds: what a drafter sees in the outline and the CLI's JSON.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parse } from '../server/src/core/parse';
import { readSeed } from './helpers/corpus';

test('seed 000 (décision du maire de Chambéry) parses completely', () => {
  const act = parse(readSeed(0));
  assert.equal(act.kind, 'decision-maire');
  assert.equal(act.number?.value, 'DDM-2025-075');
  assert.equal(act.object?.text, 'CONVENTION DE DEPART EN MISSION QUEBEC-CANADA');
  assert.equal(act.header.departement?.name, 'Savoie');
  assert.equal(act.visas.length, 4);
  assert.match(act.visas[0].body, /^les articles L\.2122-22, alinéa 4 et L\.2122-23/);
  assert.equal(act.visas[3].body, 'les délibérations annuelles relatives à la dette et les emprunts,');
  assert.equal(act.considerants.length, 0);
  assert.equal(act.dispositive?.verb, 'DÉCIDE');
  assert.deepEqual(act.articles.map((a) => a.number), ['1er', '2', '3', '4']);
  assert.equal(act.articles[0].numberText, '1^{er}');
  assert.match(act.articles[1].body, /^Autorise le Maire/);
  assert.equal(act.placeDate?.place, 'Chambéry');
  assert.equal(act.placeDate?.date, null);
  assert.equal(act.signatories.length, 0);
  assert.equal(act.recours?.tribunal, 'Grenoble');
  assert.ok(act.recours?.telerecours);
  assert.equal(act.transmission?.identifier, '073-217300656-20250417-lmc1H33587H1-AR');
  assert.equal(act.transmission?.actDate, '2025-04-17');
  assert.equal(act.transmission?.number, 'DDM-2025-075');
  assert.equal(act.transmission?.matiere, '7.1');
  assert.equal(act.transmission?.publicationEnd, '2025-06-20');
  assert.equal(act.date, '2025-04-17');
  const l2122 = act.references.filter((r) => r.article === 'L2122-22');
  assert.ok(l2122.some((r) => r.alinea === '4' && r.code === 'CGCT'), 'L.2122-22, alinéa 4 du code général… is a CGCT reference with its alinéa');
  const delib = act.references.find((r) => r.type === 'deliberation' && r.number === 'DCM-2020-117');
  assert.equal(delib?.date, '2020-07-17');
});

test('seed 001 (bureau de la Métropole du Grand Paris) parses completely', () => {
  const act = parse(readSeed(1));
  assert.equal(act.kind, 'deliberation-epci-bureau');
  assert.equal(act.number?.value, 'BM2025/06/24/12');
  assert.match(act.object?.text ?? '', /^OUVERTURE DU PARCOURS/);
  assert.equal(act.header.collectivite?.type, 'metropole');
  assert.equal(act.visas.length, 13);
  assert.equal(act.considerants.length, 7);
  assert.equal(act.dispositive?.verb, 'APRÈS EN AVOIR DÉLIBÉRÉ');
  assert.deepEqual(act.dispositive?.items.map((i) => i.verb), ['APPROUVE', 'AUTORISE']);
  assert.equal(act.articles.length, 0);
  const s = act.seance!;
  assert.equal(s.date, '2025-06-24');
  assert.equal(s.weekday, 'mardi');
  assert.equal(s.convocationDate, '2025-06-18');
  assert.equal(s.membersInOffice, 43);
  assert.equal(s.present, null);
  assert.equal(s.president, 'Patrick OLLIER');
  assert.equal(s.secretary, 'QUENTIN GESELL');
  assert.equal(act.vote?.unanimous, true);
  assert.equal(act.signatories[0].name, 'Patrick OLLIER');
  assert.equal(act.signatories[0].quality, 'Le Président de la Métropole du Grand Paris');
  assert.equal(act.recours?.tribunal, 'Paris');
  assert.ok(act.executoire);
  const maptam = act.references.find((r) => r.number === '2014-58');
  assert.equal(maptam?.nature, 'loi');
  assert.equal(maptam?.date, '2014-01-27');
  assert.equal(maptam?.usualName, 'MAPTAM');
  assert.ok(act.references.some((r) => r.article === 'L5219-1' && r.code === 'CGCT'));
  assert.ok(!act.references.some((r) => r.number === 'BM2025/06/24/12'), 'the act’s own number is not a citation');
});

test('messy forms: CRLF, "Article premier", "Art. 2 -", Markdown emphasis, flattened text', () => {
  const crlf = 'ARRÊTÉ N° 2024-12\r\nLe Maire de Trifouilly,\r\nVu le code général des collectivités territoriales ;\r\nARRÊTE :\r\nArticle premier : Le stationnement est interdit.\r\nArt. 2 - Le présent arrêté sera affiché.\r\nFait à Trifouilly, le 1er mars 2024\r\nLe Maire,\r\nJean DUPONT\r\n';
  const a = parse(crlf);
  assert.equal(a.kind, 'arrete-maire');
  assert.deepEqual(a.articles.map((x) => x.number), ['1er', '2']);
  assert.equal(a.placeDate?.date, '2024-03-01');
  assert.equal(a.signatories[0]?.name, 'Jean DUPONT');
  assert.equal(a.articles[0].range.start.line, 4);
  const flat = 'ARRETE MUNICIPAL N° 12 Le Maire de X, Vu le code général des collectivités territoriales ; Vu le code de la route ; Considérant que la fête impose des mesures ; ARRETE : Article 1er : La circulation est interdite. Article 2 : Le présent arrêté sera affiché. Fait à X, le 3 mai 2023 Le Maire, Paul MARTIN';
  const b = parse(flat);
  assert.equal(b.visas.length, 2);
  assert.equal(b.considerants.length, 1);
  assert.equal(b.dispositive?.verb, 'ARRÊTE');
  assert.equal(b.articles.length, 2);
  assert.equal(b.placeDate?.date, '2023-05-03');
  assert.equal(b.police, true);
});

test('a délibération whose séance is written in words', () => {
  const t = "EXTRAIT DU REGISTRE DES DÉLIBÉRATIONS DU CONSEIL MUNICIPAL\nL'an deux mille vingt-trois, le seize février à 19 h, le conseil municipal, convoqué le dix février, s'est réuni.\nPrésents : Jean DUPONT, Marie MARTIN, Paul DURAND.\nAbsents : Luc PETIT (pouvoir à Jean DUPONT).\nNombre de conseillers en exercice : 5\n";
  const a = parse(t);
  assert.equal(a.kind, 'deliberation-cm');
  assert.equal(a.seance?.date, '2023-02-16');
  assert.equal(a.seance?.convocationDate, '2023-02-10');
  assert.equal(a.seance?.present, 3);
  assert.equal(a.seance?.represented, 1);
  assert.equal(a.seance?.membersInOffice, 5);
});

test('the model is frozen', () => {
  const a = parse('Vu le code ;');
  assert.ok(Object.isFrozen(a));
  assert.ok(Object.isFrozen(a.visas));
});

test('one figure per line, and "après en avoir délibéré, DÉCIDE :"', () => {
  const a = parse('Séance du mardi 24 juin 2025 à 19 h 00\nDate de convocation : 18 juin 2025\nConseillers en exercice : 33\nPrésents : 25\nReprésentés : 5\nVotants : 30\n\nVu le code général des collectivités territoriales ;\n\nLe conseil municipal, après en avoir délibéré, DÉCIDE :\n\nArticle 1er\nLa subvention est attribuée.\n');
  assert.deepEqual([a.seance?.membersInOffice, a.seance?.present, a.seance?.represented, a.seance?.voters], [33, 25, 5, 30]);
  assert.equal(a.dispositive?.verb, 'DÉCIDE');
  assert.equal(a.seance?.hour, '19:00');
});

test('vote figures, one per line or in a sentence', () => {
  const lines = parse('DÉCIDE :\nArticle 1er\nLa subvention est attribuée.\n\nAdoptée à l’unanimité des suffrages exprimés.\nPour : 40\nContre : 0\nAbstentions : 0\n');
  assert.deepEqual([lines.vote?.for, lines.vote?.against, lines.vote?.abstentions, lines.vote?.adopted], [40, 0, 0, true]);
  const sentence = parse('DÉCIDE :\nArticle 1er\nLe marché est attribué pour 6 ans.\n\nAdopté par 25 voix pour, 3 voix contre et 2 abstentions.\n');
  assert.deepEqual([sentence.vote?.for, sentence.vote?.against, sentence.vote?.abstentions], [25, 3, 2]);
});

test('a local act number is not a code article, a real article next to it is', () => {
  const a = parse('Vu la délibération D2023-01-003 du 13 janvier 2023 ;\nVu le code général des collectivités territoriales, notamment son article D. 2334-3 ;\n');
  assert.deepEqual(a.references.filter((r) => r.type === 'code-article').map((r) => r.article), ['D2334-3']);
});

test('an act numbered with one figure (« ARRÊTÉ N° 1 », the year’s first) has its number', () => {
  const act = (title: string) => parse(`COMMUNE DE LAVAL-ROQUECEZIÈRE\n${title}\nportant réglementation du stationnement\nLe Maire,\nVu le code général des collectivités territoriales ;\nARRÊTE\nArticle 1er : Le stationnement est interdit place de l’Église.\nFait à Laval-Roquecezière, le 5 janvier 2026\nLe Maire,\nJean DUPONT\n`);
  assert.equal(act('ARRÊTÉ N° 1').number?.value, '1');
  assert.equal(act('ARRÊTÉ MUNICIPAL n°7').number?.value, '7');
  assert.equal(act('ARRÊTÉ N° 12').number?.value, '12');
});

test('no letterhead: « DU CONSEIL MUNICIPAL DE CAZÈRES (HAUTE-GARONNE) » under the register’s title names the commune and its département (67th review)', () => {
  const act = (head: string) => parse(`EXTRAIT DU REGISTRE DES DÉLIBÉRATIONS\n${head}\n\nSéance du 28 mai 2026\nConseillers en exercice : 27 / Présents : 23 / Votants : 26\n\nDÉLIBÉRATION N° 2026-050\nObjet : Tarifs de la cantine\n\nVu le code général des collectivités territoriales ;\n\nLe conseil municipal, après en avoir délibéré,\nDÉCIDE :\n\nArticle 1er : Les tarifs sont fixés.\n`);
  const a = act('DU CONSEIL MUNICIPAL DE CAZÈRES (HAUTE-GARONNE)');
  assert.deepEqual([a.header.collectivite?.name, a.header.collectivite?.type, a.header.departement?.name], ['CAZÈRES', 'commune', 'HAUTE-GARONNE']);
  assert.equal(act('DU CONSEIL MUNICIPAL DU PRÊCHEUR').header.collectivite?.name, 'Le PRÊCHEUR');
  // (A conseil named with no commune is none.)
  assert.equal(act('DU CONSEIL MUNICIPAL').header.collectivite, null);
});

test('a letterhead in columns: « DÉPARTEMENT » over « HAUTE-GARONNE », then « ARRONDISSEMENT » over « DE MURET », names the département, not the arrondissement (67th review)', () => {
  const a = parse(`DÉPARTEMENT                              RÉPUBLIQUE FRANÇAISE\nHAUTE-GARONNE                            COMMUNE DE CAZÈRES\nARRONDISSEMENT\nDE MURET                   EXTRAIT DU REGISTRE DES DÉLIBÉRATIONS\n                                 DU CONSEIL MUNICIPAL\n\nSéance du jeudi 9 avril 2026\n\nObjet : Vote des taux\n\nVu le code général des collectivités territoriales ;\n\nLe conseil municipal, après en avoir délibéré,\nDÉCIDE :\n\nArticle 1er : Les taux sont fixés.\n`);
  assert.deepEqual([a.header.departement?.name, a.header.collectivite?.name], ['HAUTE-GARONNE', 'COMMUNE DE CAZÈRES']);
});

test('a délibération of the conseil communautaire on the composition of its bureau is the conseil’s, not the bureau’s (68th review)', () => {
  const act = (title: string, body: string) => parse(`VERNELLE AGGLOMÉRATION\nCommunauté d’agglomération\n\nDÉLIBÉRATION N° DEL2026_047 – ${title}\n\nSéance du jeudi 16 avril 2026 – Date de convocation : 9 avril 2026\nMembres en exercice : 62 – Présents : 57 – Votants : 60\n\nVu le code général des collectivités territoriales, notamment son article L. 5211-10 ;\n\n${body}\n\nDÉCIDE que le bureau communautaire est composé du Président, des dix vice-présidents et de quatre autres membres.\n`).kind;
  assert.equal(act('COMPOSITION DU BUREAU COMMUNAUTAIRE', 'Le conseil communautaire, après en avoir délibéré,'), 'deliberation-epci-conseil');
  assert.equal(act('ÉLECTION DES MEMBRES DU BUREAU', 'Le conseil communautaire, après en avoir délibéré,'), 'deliberation-epci-conseil');
  // (The bureau that deliberates is the bureau's.)
  assert.equal(act('ATTRIBUTION D’UNE SUBVENTION', 'Le bureau communautaire, après en avoir délibéré,'), 'deliberation-epci-bureau');
});

test('the number written on the séance’s line after a dash, « SÉANCE DU JEUDI 24 SEPTEMBRE 2026 – N° DEL2026_089 », is the act’s; a point’s « – n° 3 » is not (68th review)', () => {
  const act = (line: string) => parse(`COMMUNAUTÉ D’AGGLOMÉRATION VERNELLE AGGLOMÉRATION\nEXTRAIT DU REGISTRE DES DÉLIBÉRATIONS DU CONSEIL\n${line}\n\nEn exercice : 62     Présents : 54     Votants : 59\n\nOBJET : ADOPTION DU RÈGLEMENT INTÉRIEUR\n\nVu le code général des collectivités territoriales ;\n\nLe conseil communautaire, après en avoir délibéré,\nADOPTE le règlement intérieur.\n`).number?.value ?? null;
  assert.equal(act('SÉANCE DU JEUDI 24 SEPTEMBRE 2026 – N° DEL2026_089'), 'DEL2026_089');
  assert.equal(act('Séance du mardi 12 mai 2026 – n° BC2026_010'), 'BC2026_010');
  assert.equal(act('Séance du mardi 12 mai 2026 – n° 3'), null);
});
