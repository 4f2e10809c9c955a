// What the recours, exécutoire, publicity, dates and identity readers learn for the REC, PUB and DAT rules and for
// the collectivité the rules look up, which judge the model only (syntax/recours.ts, executoire.ts, publicity.ts,
// dates.ts, identity.ts). Wording as real acts write it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parse } from '../server/src/core/parse';
import { parseDocument } from '../server/src/core/document';
import type { Act, MentionKind } from '../server/src/core/model';

const at = (act: Act, kind: MentionKind, text: string) => act.mentions.filter((m) => m.kind === kind).map((m) => text.slice(m.start, m.end));

const head = (title: string, verb: string) => `COMMUNE DE SAINT-ALBAN
Département de la Savoie

${title}
Objet : occupation du domaine public

Le Maire de Saint-Alban,

Vu le code général des collectivités territoriales ;
Vu la demande de la société Bâtir du 3 mars 2024 ;

${verb} :

Article 1er : La société Bâtir est autorisée à occuper le domaine public place de l’Église.
`;

test('the recours mention: a starting point that runs for the préfet alone, Télérecours misnamed, a recours gracieux that « suspends »', () => {
  const text = `${head('DÉCISION N° DM-2024-12', 'DÉCIDE')}Article 2 : La présente décision peut faire l’objet d’un recours contentieux devant le Tribunal administratif de Grenoble dans un délai de deux mois à compter de sa transmission au représentant de l’État. Le tribunal administratif peut être saisi par l’application Télérecours citoyens accessible sur le site www.tele-recours.gouv.fr. Dans ce même délai, un recours gracieux peut être adressé au maire ; il suspend le délai de recours contentieux.

Fait à Saint-Alban, le 12 mars 2024
Le Maire,
`;
  const r = parse(text).recours!;
  assert.equal(r.tribunal, 'Grenoble');
  assert.ok(r.tribunalNamed && r.startStated);
  assert.equal(r.startingPoint, 'sa transmission');
  assert.equal(r.startingPointKind, 'transmission');
  assert.equal(r.startAlsoPublic, false);
  assert.equal(r.publicationNamed, false);
  assert.equal(r.telerecoursUrl?.text, 'www.tele-recours.gouv.fr');
  assert.equal(r.gracieuxSuspends?.text, 'suspend');
  assert.equal(r.gracieuxInterrupts, false);
});

test('the recours mention: a starting point that also names the publication, a recours gracieux that interrupts, no city', () => {
  const text = `${head('DÉLIBÉRATION N° 2024-05', 'DÉCIDE')}Article 2 : La présente délibération peut faire l’objet d’un recours devant le tribunal administratif compétent dans un délai de deux mois à compter de sa transmission en Préfecture et de sa publication. Un recours gracieux interrompt ce délai, qui court à nouveau à compter de la réponse.

Fait à Saint-Alban, le 12 mars 2024
`;
  const r = parse(text).recours!;
  assert.equal(r.tribunal, null);
  assert.equal(r.tribunalNamed, false);
  assert.equal(r.startingPointKind, 'transmission');
  assert.equal(r.startAlsoPublic, true);
  assert.equal(r.publicationNamed, true);
  assert.equal(r.gracieuxSuspends, null);
  assert.equal(r.gracieuxInterrupts, true);
  assert.equal(r.telerecoursUrl, null);
});

test('the recours mention: « dès sa notification » states the starting point; « la présente notification » is the notification alone', () => {
  const a = parse(`${head('DÉCISION N° DM-2024-13', 'DÉCIDE')}Article 2 : Cette décision peut être déférée au tribunal administratif de Lyon dans un délai de deux mois dès sa notification.
`).recours!;
  assert.equal(a.startingPoint, null);
  assert.ok(a.startStated);
  const b = parse(`${head('DÉCISION N° DM-2024-14', 'DÉCIDE')}Article 2 : Cette décision peut être déférée au tribunal administratif de Lyon dans un délai de deux mois à compter de la présente notification.
`).recours!;
  assert.equal(b.startingPointKind, 'notification');
  const c = parse(`${head('DÉCISION N° DM-2024-15', 'DÉCIDE')}Article 2 : Cette décision peut être déférée au tribunal administratif de Lyon dans un délai de deux mois à compter de la date du « rendu exécutoire ».
`).recours!;
  assert.equal(c.startingPointKind, 'certification');
  // The starting points are phrases of the lexicon (recoursStartingPoints), whatever the case and the accents.
  const kind = (start: string) => parse(`${head('DÉCISION N° DM-2024-16', 'DÉCIDE')}Article 2 : Cette décision peut être déférée au tribunal administratif de Lyon dans un délai de deux mois à compter de ${start}.
`).recours!.startingPointKind;
  assert.equal(kind('sa date de signature'), 'signature');
  assert.equal(kind('la date de Réception en préfecture'), 'transmission');
  assert.equal(kind('la notification'), 'other');
  assert.equal(kind('sa publication'), 'other');
});

test('with no recours mention read, its words are a mention; an act that says it is published and not notified', () => {
  // « Le tribunal administratif … peut être saisi … deux mois »: words the recours reader does not take for a mention.
  const text = `${head('ARRÊTÉ N° 2024-031', 'ARRÊTE')}Article 2 : Le présent arrêté sera publié au recueil des actes administratifs de la commune.

Fait à Saint-Alban, le 12 mars 2024
Le Maire,

Le tribunal administratif de Grenoble peut être saisi dans les deux mois suivant la publication.
`;
  const act = parse(text);
  assert.equal(act.recours, null);
  assert.deepEqual(at(act, 'recours-words', text), ['tribunal administratif de Grenoble peut être saisi dans les deux mois']);
  assert.deepEqual(at(act, 'published-self', text), ['Le présent arrêté sera publié']);
  assert.deepEqual(at(act, 'notified-self', text), []);
  const notified = text.replace('sera publié au recueil des actes administratifs de la commune', 'sera notifié à l’intéressé et publié');
  assert.deepEqual(at(parse(notified), 'notified-self', notified), ['Le présent arrêté sera notifi']);
});

test('publicity after the dispositif: an affichage stamp, and the recours mention’s « à compter de son affichage » left out', () => {
  const text = `${head('ARRÊTÉ N° 2024-032', 'ARRÊTE')}Article 2 : Le présent arrêté peut faire l’objet d’un recours devant le tribunal administratif de Grenoble dans un délai de deux mois à compter de son affichage.

Fait à Saint-Alban, le 12 mars 2024
Le Maire,

Affiché le : 13/03/2024
`;
  const act = parse(text);
  assert.deepEqual(at(act, 'affichage', text), ['Affiché']);
  assert.deepEqual(at(act, 'publication-named', text), []);
  const online = `${text}Mis en ligne sur le site internet le 13/03/2024\n`;
  assert.deepEqual(at(parse(online), 'publication-named', online), ['en ligne']);
});

test('the certification gives its publicity dates; a period of publication outside the transmission block', () => {
  const text = `${head('ARRÊTÉ N° 2024-033', 'ARRÊTE')}
Fait à Saint-Alban, le 12 mars 2024
Le Maire,

Certifié exécutoire compte tenu de la transmission en préfecture le 18/03/2024 et de la publication le 19/03/2024.
Publié sur le site de la commune du 19 mars 2024 au 20 mai 2024.
`;
  const act = parse(text);
  assert.deepEqual(act.executoire?.publicityDates.map((d) => [d.iso, text.slice(d.start, d.end)]), [
    ['2024-03-18', 'transmission en préfecture le 18/03/2024'],
    ['2024-03-19', 'publication le 19/03/2024'],
  ]);
  assert.equal(act.publicationPeriod?.from, '2024-03-19');
  assert.equal(act.publicationPeriod?.to, '2024-05-20');
  assert.equal(act.publicationPeriod?.text, 'Publié sur le site de la commune du 19 mars 2024 au 20 mai 2024');
});

test('weekdays written with a date: the year beside the day, from « l’an … », or none; a date line the place-and-date reader missed', () => {
  const text = `COMMUNE DE SAINT-ALBAN
EXTRAIT DU REGISTRE DES DÉLIBÉRATIONS DU CONSEIL MUNICIPAL
Séance du mardi 17 janvier 2023

L’an deux mil vingt-trois, le vendredi 06 février à 20h30, le conseil municipal, convoqué le lundi 3 mars, s’est réuni.

Le conseil municipal, après en avoir délibéré, DÉCIDE :

Article 1er : Le tarif de la salle des fêtes est fixé à 3 euros par personne et par séance, pour les associations de la commune comme pour les particuliers qui en font la demande auprès du secrétariat de la mairie, dans la limite des places disponibles.
Article 2 : Une réunion publique aura lieu le jeudi 7 mars à 18 heures.

Le Maire,
Jean DUPONT
le 12 février 2023
`;
  const act = parse(text);
  assert.deepEqual(act.weekdayDates.map((w) => [w.weekday, w.yearWritten, w.iso, w.yearless, text.slice(w.start, w.end)]), [
    ['mardi', true, '2023-01-17', null, 'mardi 17 janvier 2023'],
    ['vendredi', false, '2023-02-06', null, 'vendredi 06 février'],
    ['lundi', false, '2023-03-03', null, 'lundi 3 mars'],
    ['jeudi', false, null, '2000-03-07', 'jeudi 7 mars'],
  ]);
  assert.equal(act.placeDate, null);
  assert.deepEqual(at(act, 'date-line', text), ['le 12 février 2023']);
});

test('a collection that writes the voies et délais de recours once, at its end: every act without a mention of its own sees the words', () => {
  const one = (n: number, objet: string) => `DÉLIBÉRATION N° 2023-0${n}
Objet : ${objet}

Le conseil municipal,

Vu le code général des collectivités territoriales ;

Après en avoir délibéré, DÉCIDE :

Article 1er : ${objet} est approuvé.

Adopté à l’unanimité.
`;
  const text = `COMMUNE DE SAINT-ALBAN
COMPTE RENDU DE LA SÉANCE DU CONSEIL MUNICIPAL DU 7 FÉVRIER 2023

${one(1, 'Le budget primitif')}
${one(2, 'Le tarif de la cantine')}
Fait à Saint-Alban, le 8 février 2023
Le Maire,

Les présentes délibérations peuvent faire l’objet d’un recours devant le tribunal administratif de Grenoble dans un délai de deux mois à compter de leur publication.
`;
  const doc = parseDocument(text);
  assert.equal(doc.shape, 'collection');
  const [first, last] = doc.acts;
  assert.equal(first.recours, null);
  assert.deepEqual(at(first, 'recours-words', text), ['tribunal administratif de Grenoble dans un délai de deux mois']);
  assert.equal(last.recours?.tribunal, 'Grenoble');
  assert.deepEqual(at(last, 'recours-words', text), []);
});

test('what identifies the collectivité in the head of the text: an INSEE code, the commune of a flattened « Le Maire de la Ville de … , »', () => {
  const text = 'ARRÊTÉ MUNICIPAL N° 2023-112 Code INSEE de la commune : 77108 Le Maire de la Ville de CHELLES, Vu le code général des collectivités territoriales ; ARRÊTE : Article 1er : La circulation est interdite rue de la Gare.';
  const act = parse(text);
  assert.deepEqual(act.mentions.filter((m) => m.kind === 'insee-code').map((m) => m.value), ['77108']);
  assert.deepEqual(act.mentions.filter((m) => m.kind === 'maire-of').map((m) => m.value), ['CHELLES']);
  const plain = parse(`${head('ARRÊTÉ N° 2024-034', 'ARRÊTE')}`);
  assert.deepEqual(plain.mentions.filter((m) => m.kind === 'insee-code' || m.kind === 'maire-of'), []);
});

test('a recueil of arrêtés: the INSEE code written in the first act identifies the collectivité of every act', () => {
  const arrete = (n: number, extra: string) => `ARRÊTÉ N° 2025-0${n}\n${extra}portant réglementation du stationnement rue ${n}\n\nLe Maire,\n\nVu le code général des collectivités territoriales ;\n\nARRÊTE :\n\nArticle 1 : Le stationnement est interdit rue ${n}.\nArticle 2 : Le présent arrêté peut faire l'objet d'un recours devant le tribunal administratif de Lyon dans un délai de deux mois à compter de sa notification.\n\nFait à Lyon, le 3 mars 2025\nLe Maire,\nJean DUPONT\n\nAffiché le 4 mars 2025\n`;
  const text = `${arrete(1, 'Code INSEE : 69123\n')}\n${arrete(2, '')}`;
  const doc = parseDocument(text);
  assert.equal(doc.shape, 'collection');
  assert.equal(doc.acts.length, 2);
  for (const a of doc.acts) assert.deepEqual(a.mentions.filter((m) => m.kind === 'insee-code').map((m) => m.value), ['69123']);
});
