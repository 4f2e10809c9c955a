// The readers that let the DEL, POL, REG and CIT rules judge the model alone: what a décision says of its délégation
// (syntax/delegations.ts) and how its citations are written (syntax/citations.ts). Texts are worded as real acts
// word them: décisions du maire and du président taken by délégation, an arrêté de police, visas of lois and décrets.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parse } from '../server/src/core/parse';
import type { Act, MentionKind } from '../server/src/core/model';

const read = (act: Act, text: string, kind: MentionKind) =>
  act.mentions.filter((m) => m.kind === kind).map((m) => ({ at: text.slice(m.start, m.end), value: m.value, flag: m.flag }));

const A = `Commune de Villefranche-de-Lonchat

DÉCISION DU MAIRE N° DEC-2023-041
Objet : réalisation d’un emprunt de 300 000 € auprès de la Banque des territoires

Le Maire de Villefranche-de-Lonchat,

Vu le code général des collectivités territoriales, notamment le 3° de son article L. 2122-22 ;
Vu la délibération n° 2020-05-25/05 du 25 mai 2020 aux termes de laquelle il a reçu délégation d’attributions du conseil municipal ;
Vu la délibération n° 2023-12 du 2 février 2023 fixant le montant maximal des emprunts à 500 000 € ;
Vu la proposition de la Banque des territoires ;

DÉCIDE :

Article 1er : Un emprunt de 300 000 € est contracté auprès de la Banque des territoires.
Article 2 : Il en sera rendu compte au conseil municipal lors de sa prochaine séance.

Fait à Villefranche-de-Lonchat, le 14 mars 2023
Le Maire,
`;

const B = `COMMUNAUTÉ DE COMMUNES DU PAYS DE LUMBRES

DÉCISION DU PRÉSIDENT N° 2024-07
Objet : contrat de prêt pour le financement de la piscine intercommunale

Le Président de la communauté de communes du Pays de Lumbres,

Vu le code général des collectivités territoriales, notamment son article L. 5211-10 ;
Vu la loi no 2014-58 du 27/01/2014 de modernisation de l’action publique territoriale et d’affirmation des métropoles ;
Vu le décret n° 2015-1000 du 01 août 2015 ;
Vu la loi n°2015-991 du 1 août 2015 portant nouvelle organisation territoriale de la République ;
Vu la délibération n° 2020-07-15/03 du 15 juillet 2020 portant délégation d’attributions du conseil communautaire au président ;

DÉCIDE :

Article 1er : Un prêt de 2 000 000 € est contracté auprès de la Caisse d’épargne.

Fait à Lumbres, le 3 avril 2024
Le Président,
`;

const C = `Commune de Saint-Gilles

ARRÊTÉ DU MAIRE N° 2023-118
Objet : réglementation temporaire de la circulation et du stationnement rue de la Gare

Le Maire de Saint-Gilles,

Vu le code de la route, notamment ses articles R. 411-8 et R. 417-10 ;
Vu la délibération n° 2021-09-23/18 en date du 23 septembre 2021 relative aux tarifs d’occupation du domaine public ;
Considérant que les travaux de réfection de la chaussée nécessitent d’interdire la circulation ;

ARRÊTE :

Article 1er : La circulation et le stationnement sont interdits rue de la Gare du 3 au 7 avril 2023.
Article 2 : Le directeur général des services est chargé de l’exécution du présent arrêté.

Fait à Saint-Gilles, le 28 mars 2023
Le Maire,
`;

test('a décision du maire: the matter it invokes in words, the délibérations it relies on, the account to the conseil, its objet', () => {
  const act = parse(A);
  assert.equal(act.kind, 'decision-maire');
  // « le 3° de son article L. 2122-22 »: the number, where it is written.
  assert.deepEqual(read(act, A, 'delegation-item'), [{ at: '3', value: '3', flag: false }]);
  // The délibération that delegates (« il a reçu délégation d’attributions »), and the one that sets the limits.
  const visas = (kind: MentionKind) => act.mentions.filter((m) => m.kind === kind).map((m) => act.visas.findIndex((v) => v.start === m.start));
  assert.deepEqual(visas('delegating-visa'), [1]);
  assert.deepEqual(visas('limits-visa'), [2]);
  assert.deepEqual(read(act, A, 'account-to-council').map((m) => m.at), ['rendu compte']);
  // « réalisation d’un emprunt »: the 3° (emprunts), by its own words.
  assert.deepEqual(read(act, A, 'objet-matter').map((m) => [m.value, m.flag]), [['3', true]]);
  assert.deepEqual(read(act, A, 'loan-objet'), [], 'the loan of a décision du maire is judged by its matter');
});

test('a décision du maire that says nothing of the account to the conseil nor of a délibération of limits', () => {
  const text = A.replace('Il en sera rendu compte au conseil municipal lors de sa prochaine séance.', 'La présente décision sera transmise au représentant de l’État.')
    .replace('Vu la délibération n° 2023-12 du 2 février 2023 fixant le montant maximal des emprunts à 500 000 € ;\n', '')
    .replace('Objet : réalisation d’un emprunt de 300 000 € auprès de la Banque des territoires', 'Objet : location d’un local associatif')
    .replace('Un emprunt de 300 000 € est contracté auprès de la Banque des territoires.', 'Le local du 3, rue Haute est loué à l’association Les Amis du livre.');
  const act = parse(text);
  assert.equal(act.kind, 'decision-maire');
  assert.deepEqual(read(act, text, 'account-to-council'), []);
  assert.deepEqual(read(act, text, 'limits-visa'), []);
  // « location d’un local »: the 5° (louage de choses) by its own words, not the 3° it invokes; « association » fits
  // the 24° (adhésion aux associations) only broadly.
  assert.deepEqual(read(act, text, 'objet-matter').map((m) => [m.value, m.flag]), [['5', true], ['24', false]]);
});

test('a décision du président of an EPCI: the loan its objet names', () => {
  const act = parse(B);
  assert.equal(act.kind, 'decision-president');
  assert.deepEqual(read(act, B, 'loan-objet').map((m) => m.value), ['contrat de pret']);
  assert.equal(read(act, B, 'loan-objet')[0].at, 'contrat de prêt pour le financement de la piscine intercommunale');
  assert.deepEqual(read(act, B, 'delegation-item'), [], 'read for a décision du maire only');
});

test('how lois and décrets are cited: the « n° », the number, the form of the date, the title', () => {
  const act = parse(B);
  assert.deepEqual(read(act, B, 'text-number-lead').map((m) => [m.at, m.flag]), [[' no ', true], [' n° ', true], [' n°', true]]);
  assert.deepEqual(read(act, B, 'text-number').map((m) => m.at), ['2014-58', '2015-1000', '2015-991']);
  // « 27/01/2014 » in figures, « 01 août » and « 1 août » for the first of the month.
  assert.deepEqual(read(act, B, 'date-form').map((m) => [m.at, m.value]), [['27/01/2014', 'numeric'], ['01', 'first'], ['1', 'first']]);
  assert.deepEqual(read(act, B, 'text-title').map((m) => m.at), [
    'de modernisation de l’action publique territoriale et d’affirmation des métropoles',
    'portant nouvelle organisation territoriale de la République',
  ]);
  // A loi cited as the Journal officiel cites it: nothing to say of its form.
  const normal = 'Vu la loi n° 2015-991 du 7 août 2015 portant nouvelle organisation territoriale de la République ;';
  const other = parse(B.replace('Vu la loi n°2015-991 du 1 août 2015 portant nouvelle organisation territoriale de la République ;', normal));
  const lead = other.mentions.filter((m) => m.kind === 'text-number-lead').map((m) => m.value);
  assert.deepEqual(lead, [' no ', ' n° ', ' n° ']);
  assert.equal(other.mentions.filter((m) => m.kind === 'date-form').length, 2);
});

test('the objet a cited délibération is given, and a code of special police in the visas of an arrêté de police', () => {
  const b = parse(B);
  assert.deepEqual(read(b, B, 'cited-object').map((m) => m.value?.trim()), ['delegation d\'attributions du conseil communautaire au president']);
  const act = parse(C);
  assert.equal(act.kind, 'arrete-maire');
  assert.equal(act.police, true);
  assert.deepEqual(read(act, C, 'cited-object').map((m) => m.value?.trim()), ['tarifs d\'occupation du domaine public']);
  // The same with CRLF line endings: the span stops before the blanks and the line's end.
  const crlf = C.replace(/\n/g, '\r\n');
  assert.deepEqual(read(parse(crlf), crlf, 'cited-object').map((m) => m.at), [' relative aux tarifs d’occupation du domaine public']);
  assert.deepEqual(read(act, C, 'special-police-code').map((m) => [m.at, m.value]), [['Vu le code de la route, notamment ses articles R. 411-8 et R. 417-10 ;', 'code de la route']]);
  const cgct = C.replace('Vu le code de la route, notamment ses articles R. 411-8 et R. 417-10 ;', 'Vu le code général des collectivités territoriales, notamment ses articles L. 2212-1, L. 2212-2 et L. 2213-1 ;');
  assert.deepEqual(read(parse(cgct), cgct, 'special-police-code'), []);
});

test('the code of an article cited without it: named in the same visa, else the CGCT, whose name OCR may garble', () => {
  const text = `Commune de Portet-sur-Garonne

ARRÊTÉ DU MAIRE N° 2023-URB-12
Objet : sursis à statuer sur une déclaration préalable

Le Maire de Portet-sur-Garonne,

Vu les articles L. 421-1 et suivants et R. 421-14 du code de l’urbanisme ;
Vu l’article L. 2122-18 du Coude Général des Collectivités Territoriales ;
Vu l’article L. 2212-2 ;

ARRÊTE :

Article 1er : Il est sursis à statuer sur la déclaration préalable n° DP 031 433 23 00045.
`;
  const act = parse(text);
  // « L. 421-1 et suivants et R. 421-14 du code de l’urbanisme »: the code that closes the visa (R. 421-14 has it written).
  assert.deepEqual(read(act, text, 'article-code').map((m) => [m.at, m.value, m.flag]), [
    ['L. 421-1', 'CU', true], ['L. 2122-18', null, false], ['L. 2212-2', null, false],
  ]);
  assert.deepEqual(read(act, text, 'cgct-named-loosely').map((m) => m.at), ['L. 2122-18']);
});

test('a code named by its abbreviation, not one written in full', () => {
  const text = `DÉCISION DU MAIRE

Le Maire d’Aucamville,

Vu le CGCT, notamment son article L. 2122-22 ;
Vu le code général des collectivités territoriales ;

DÉCIDE :

Article 1er : Une subvention est sollicitée auprès de l’ADEME.
`;
  assert.deepEqual(read(parse(text), text, 'code-abbreviated').map((m) => [m.at, m.value]), [['CGCT', 'CGCT']]);
});
