// The readers that let rules judge the model alone: each recital says what its words say (syntax/recitals.ts),
// and the act lists the mentions the rules look at (syntax/mentions.ts). Texts are worded as real acts word them.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parse } from '../server/src/core/parse';
import type { Act, MentionKind } from '../server/src/core/model';
import { ctesNatureCode } from '../server/src/core/lexicon';

const kinds = (act: Act, kind: MentionKind) => act.mentions.filter((m) => m.kind === kind);
const at = (act: Act, kind: MentionKind, text: string) => kinds(act, kind).map((m) => text.slice(m.start, m.end));

const DECISION = `Commune de Saint-Alban
Département de la Savoie

DÉCISION DU MAIRE N° DM-2024-12
Objet : emprunt auprès de la Caisse d’épargne

Le Maire de Saint-Alban,

Vu l’article L. 2122-22 du code général des collectivités territoriales ;
Vu le code général des collectivités territoriales, notamment ses articles L. 2122-22 et L. 2122-23 ;
Vu la loi n° 2015-991 du 7 août 2015 ;
Vu la loi n° 2014-58 du 27 janvier 2014 de modernisation de l’action publique territoriale et d’affirmation des métropoles, notamment son article 12 ;
Vu la délibération n° CM2020/07/10/05 du conseil municipal portant délégation d’attributions au maire ;
Vu les délibérations annuelles relatives à la dette ;
Vu l’avis de la commission des finances ;

Considérant le courrier de la société Bâtir du 3 mars 2024 ;

DECIDE :

Article 1er : Le prêt est conclu selon les conditions ci-annexées.
Article 2 : La présente décision entrera en vigueur le 1 juillet 2024 ; le ou les emprunts sont inscrits au budget.
Article 3 : Le directeur général des services est chargé de l’exécution de la présente décision.

Fait à Saint-Alban, le 12 mars 2024
Le Maire,
`;

test('a visa says what it designates, whether it identifies its text, and how it cites a code', () => {
  const act = parse(DECISION);
  const r = act.visas.map((v) => v.reading);
  assert.equal(act.visas.length, 7);
  // « Vu l’article L. 2122-22 du code … »: the article before the code.
  assert.equal(r[0].designates, 'code');
  assert.equal(r[0].category, 'code');
  assert.deepEqual(r[0].articleFirst, { plural: false, articles: 'L. 2122-22', code: 'code général des collectivités territoriales' });
  assert.equal(r[1].codeTitle, 'general des collectivites territoriales, notamment ses articles l. 2122-22 et l. 2122-23 ;');
  assert.equal(r[1].articleFirst, null);
  // A loi with number and date but no intitulé; another with its intitulé.
  assert.equal(r[2].designates, 'loi');
  assert.ok(r[2].numbered && r[2].dated && r[2].untitled);
  assert.ok(r[3].numbered && r[3].dated && !r[3].untitled);
  // A délibération of délégation, with its date inside the number.
  assert.ok(r[4].citesDeliberation && r[4].delegation && r[4].numbered);
  assert.equal(r[4].numberDate, '2020-07-10');
  // « les délibérations annuelles »: neither number nor date.
  assert.equal(r[5].designates, 'deliberation');
  assert.ok(!r[5].numbered && !r[5].dated);
  assert.equal(r[6].category, 'avis');
  assert.ok(r.slice(0, 4).every((x) => x.namesText));
  // A considérant that states a fact.
  assert.ok(act.considerants[0].reading.factual);
});

test('the mentions of a décision: articles of a loi in a visa, execution clause, annexed piece, style of the dispositif', () => {
  const act = parse(DECISION);
  assert.deepEqual(at(act, 'law-articles', DECISION), ['notamment son article 12']);
  assert.equal(kinds(act, 'law-articles')[0].value, '12');
  assert.deepEqual(at(act, 'execution-clause', DECISION), ['chargé de l’exécution']);
  const piece = kinds(act, 'annexed-piece')[0];
  assert.equal(piece.start, act.articles[0].start);
  assert.deepEqual(at(act, 'future-tense', DECISION), ['entrera en vigueur']);
  assert.deepEqual(at(act, 'singular-plural', DECISION), ['le ou les']);
  assert.deepEqual(at(act, 'first-of-month', DECISION), ['1 juillet 2024']);
  assert.deepEqual(at(act, 'unaccented-capital', DECISION), ['DECIDE']);
  assert.equal(kinds(act, 'unaccented-capital')[0].value, 'DÉCIDE');
  assert.equal(kinds(act, 'maire-named').length, 1);
  assert.equal(kinds(act, 'departement-named').length, 1);
  assert.equal(kinds(act, 'collectivite-named').length, 1);
  // No unfavourable measure: a loan is not a refusal.
  assert.equal(kinds(act, 'unfavourable-measure').length, 0);
});

const REFUS = `Commune de Villeneuve
ARRÊTÉ N° 2024-031 portant interdiction de stationnement

Le Maire de Villeneuve,

Vu le code général des collectivités territoriales, notamment son article L. 2212-2 ;
Vu la demande présentée par M. Jean DUPONT le 2 février 2024 ;
Considérant le rapport de la police municipale du 5 février 2024 constatant des dépôts de déchets ;

ARRÊTE :

Article 1er : Le stationnement du véhicule de M. Jean DUPONT est interdit sur la parcelle communale.
Article 2 : Le Tribunal Administratif de Lyon peut être saisi dans un délai de deux mois. Les EPCI et le DGS sont informés.
Article 3 : Le directeur général des services est chargé de l’exécution du présent arrêté.

Fait à Villeneuve, le 8 février 2024
`;

test('the measure a dispositif takes against a person, and what the text says of the procedure', () => {
  const act = parse(REFUS);
  const m = kinds(act, 'unfavourable-measure');
  assert.equal(m.length, 1);
  assert.equal(m[0].value, 'interdit');
  assert.equal(REFUS.slice(m[0].start, m[0].end), 'interdit');
  assert.ok(m[0].flag, 'the sentence names M. Jean DUPONT');
  assert.equal(kinds(act, 'own-request').length, 0, '« la demande présentée par » is not « sa demande »');
  assert.equal(kinds(act, 'contradictory-procedure').length, 0);
  // Typography and abbreviations in the articles.
  const tribunal = kinds(act, 'tribunal-capitalised');
  assert.equal(tribunal.length, 1);
  assert.equal(tribunal[0].flag, false, 'inside a sentence');
  assert.deepEqual(kinds(act, 'abbreviation').map((a) => [a.value, a.flag]), [['EPCI', true], ['DGS', false]]);
});

test('a number glued to « n° » is a mention outside citations only; enumerations are read per article', () => {
  const text = `ARRÊTÉ N°2024-12

Vu le décret n°2015-1212 du 30 septembre 2015 ;

ARRÊTE :

Article 1er : Sont autorisés :
1° le marché du samedi ;
3° le marché du dimanche ;
a) à l’heure dite ;
c) ailleurs.
Article 2 : Le directeur général des services est chargé de l’exécution du présent arrêté.
`;
  const act = parse(text);
  assert.deepEqual(at(act, 'numero-glued', text), ['N°'], 'the décret’s « n° » is left to CIT-002');
  assert.deepEqual(kinds(act, 'enumeration').map((m) => [m.value, m.flag]), [['1', true], ['3', true], ['a', false], ['c', false]]);
});

test('a délibération du bureau: the non-delegable matter of its objet and the secrétaire de séance are read', () => {
  const text = `COMMUNAUTÉ DE COMMUNES DU VAL
Séance du bureau du 3 avril 2024
Membres en exercice : 12
Présents : 9

Objet : approbation du compte administratif 2023

Vu le code général des collectivités territoriales ;

Le bureau, après en avoir délibéré, approuve le compte administratif.

Secrétaire de séance : Mme Durand
`;
  const act = parse(text);
  assert.equal(act.kind, 'deliberation-epci-bureau');
  assert.equal(kinds(act, 'non-delegable-matter')[0]?.value, '2', 'compte administratif: 2° of L. 5211-10');
  assert.deepEqual(at(act, 'secretary-label', text), ['Secrétaire de séance']);
  assert.equal(kinds(act, 'adopting-sentence').length, 0, 'read only when the act has no dispositive verb');
});

test('a délibération whose verb the units missed: the adopting sentence is read', () => {
  const text = `DÉLIBÉRATION DU CONSEIL MUNICIPAL
Séance du 3 avril 2024

Vu le code général des collectivités territoriales ;

Le conseil municipal, à l’unanimité, adopte le règlement du cimetière.
`;
  const act = parse(text);
  assert.equal(act.dispositive, null);
  assert.deepEqual(at(act, 'adopting-sentence', text), ['Le conseil municipal, à l’unanimité, adopte']);
});

test('where a recital ends, and the words around a reference that a fix rewrites', () => {
  const text = `ARRÊTÉ DU MAIRE

Vu l’article L. 2122-22, alinéa 4 du code général des collectivités territoriales ;
Vu la loi n° 2014-58 du 27 janvier 2014 de modernisation de l’action publique territoriale et d’affirmation des métropoles (MAPTAM) ;
Considérant l’urgence

ARRÊTE :

Article unique : Le marché est ouvert.
`;
  const act = parse(text);
  assert.deepEqual(kinds(act, 'recital-ending').map((m) => m.value), [' ;', ' ;', '']);
  const lead = kinds(act, 'article-lead');
  assert.deepEqual(lead.map((m) => [text.slice(m.start, m.end), m.value]), [['l’article ', '']]);
  assert.deepEqual(at(act, 'parenthesised-name', text), [' (MAPTAM)']);
});

test('the layout a fix copies: list markers before « Vu », the break between visas and after a heading', () => {
  const text = `ARRÊTÉ DU MAIRE

- Vu le code général des collectivités territoriales ;

- Vu le code de la route ;

ARRÊTE :

Article 1er :
La circulation est interdite rue Haute.
`;
  const act = parse(text);
  assert.deepEqual(kinds(act, 'list-marker').map((m) => m.value), ['- ', '- ']);
  assert.deepEqual(kinds(act, 'visa-separator').map((m) => m.value), ['blank-line']);
  assert.deepEqual(kinds(act, 'heading-break').map((m) => m.value), ['line']);
});

test('the @ctes nature of the transmission block, from the lexicon', () => {
  const block = (nature: string) => parse(`ARRÊTÉ N° 2024-3\n\nARRÊTE :\n\nArticle unique : Le marché est ouvert.\n\nFait à Lyon, le 2 mars 2024\n\nAccusé de réception en préfecture\n069-216901231-20240302-2024_3-AI\nDate de l'acte : 02/03/2024\nNature de l'acte : ${nature}\n`).transmission;
  assert.equal(ctesNatureCode('DE'), 1);
  assert.equal(ctesNatureCode('Délibérations'), 1);
  assert.equal(ctesNatureCode('Actes réglementaires'), 2);
  assert.equal(ctesNatureCode('Contrats, conventions et avenants'), 4);
  assert.equal(ctesNatureCode('Autres'), 6);
  assert.equal(ctesNatureCode('Décision Classique'), null);
  const t = block('Actes individuels');
  assert.equal(t?.nature, 'Actes individuels');
  assert.equal(t?.natureCode, 3);
});

test('weekdays written with a date are read wherever a word starts, in any case, and not inside another word', () => {
  const text = `Lundi 3 mars 2025 : réunion de la commission.
Séance du conseil (MARDI 4 mars 2025), puis mercredi le 5 mars 2025, jeudi 6/03/2025, vendredi 7 mars 2025.
Le samedi 8 mars 2025 et le dimanche 9 mars 2025 ; les lundis 10 mars 2025 et xmardi 11 mars 2025 ne comptent pas.
Convoqué le jeudi 13 mars, sans année.`;
  const read = parse(text).weekdayDates.map((w) => `${w.weekday} ${w.iso ?? w.yearless} ${text.slice(w.start, w.end)}`);
  assert.deepEqual(read, [
    'lundi 2025-03-03 Lundi 3 mars 2025',
    'mardi 2025-03-04 MARDI 4 mars 2025',
    'mercredi 2025-03-05 mercredi le 5 mars 2025',
    'jeudi 2025-03-06 jeudi 6/03/2025',
    'vendredi 2025-03-07 vendredi 7 mars 2025',
    'samedi 2025-03-08 samedi 8 mars 2025',
    'dimanche 2025-03-09 dimanche 9 mars 2025',
    'jeudi 2000-03-13 jeudi 13 mars,',
  ]);
});
