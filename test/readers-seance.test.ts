// What the séance, vote, members and signature readers learn so that the SEA and SIG rules judge the model alone
// (syntax/deliberation.ts, members.ts, vote.ts, signatures.ts). Texts are worded as real délibérations and arrêtés
// word them.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parse } from '../server/src/core/parse';
import type { Act, MentionKind } from '../server/src/core/model';

const kinds = (act: Act, kind: MentionKind) => act.mentions.filter((m) => m.kind === kind);
const at = (act: Act, kind: MentionKind, text: string) => kinds(act, kind).map((m) => text.slice(m.start, m.end));

/** A délibération: the séance block, the objet, what is said before the verb, the vote, the closing. */
function deliberation(o: { seance?: string; objet?: string; before?: string; vote?: string; closing?: string } = {}): string {
  return `COMMUNE DE SAINT-ALBAN
Département de la Savoie

EXTRAIT DU REGISTRE DES DÉLIBÉRATIONS DU CONSEIL MUNICIPAL

${o.seance ?? `Séance du jeudi 13 juin 2024
L'an deux mille vingt-quatre, le treize juin à dix-neuf heures, le conseil municipal s'est réuni sous la présidence de Monsieur Jean DUPONT, Maire.
Date de la convocation : 6 juin 2024
Nombre de conseillers en exercice : 15
Présents : 11
Votants : 13
Secrétaire de séance : Anne LEROY`}

Objet : ${o.objet ?? 'Tarifs de la cantine scolaire'}

Vu le code général des collectivités territoriales, notamment son article L. 2121-29 ;

${o.before ?? ''}

Le conseil municipal, après en avoir délibéré,

APPROUVE les tarifs annexés.

${o.vote ?? 'Adopté à l’unanimité.'}

${o.closing ?? `Fait et délibéré les jour, mois et an susdits.
Le Maire,
Jean DUPONT
La secrétaire de séance,
Anne LEROY`}
`;
}

test('the vote of the compte administratif: the objet, who presides, the maire who withdraws', () => {
  const text = deliberation({
    objet: 'Approbation du compte administratif 2023',
    before: 'Monsieur le Maire s’est retiré au moment du vote.',
    vote: 'Adopté par 10 voix pour, 2 voix contre et 1 abstention.',
  });
  const act = parse(text);
  assert.deepEqual(kinds(act, 'accounts').map((m) => m.value), ['administratif']);
  assert.deepEqual(at(act, 'accounts', text), ['Approbation du compte administratif 2023']);
  // « sous la présidence de Monsieur Jean DUPONT, Maire »: the maire presides, and he signs.
  assert.equal(kinds(act, 'head-presides').length, 1);
  assert.deepEqual(at(act, 'withdrawal', text), ['s’est retiré']);

  // An élue presides, nobody says the maire withdrew; a compte financier unique.
  const other = deliberation({
    seance: `Séance du 13 juin 2024
Le conseil municipal s'est réuni sous la présidence de Madame Anne LEROY, élue présidente de séance.
Date de la convocation : 6 juin 2024
Nombre de conseillers en exercice : 15
Présents : 11
Secrétaire de séance : Paul DURAND`,
    objet: 'Approbation du compte financier unique 2024',
  });
  const b = parse(other);
  assert.deepEqual(kinds(b, 'accounts').map((m) => m.value), ['financier']);
  assert.equal(kinds(b, 'head-presides').length, 0);
  assert.equal(kinds(b, 'withdrawal').length, 0);
  // An ordinary objet: none of these is read.
  const plain = parse(deliberation());
  assert.equal(kinds(plain, 'accounts').length + kinds(plain, 'withdrawal').length + kinds(plain, 'head-presides').length, 0);
});

test('the pouvoirs: each mandataire with the pouvoirs he receives, a repeated block counted once', () => {
  const seance = `Séance du 13 juin 2024
Date de la convocation : 6 juin 2024
Nombre de conseillers en exercice : 15
Présents : 11
Pouvoirs : Claire MARTIN à Paul DURAND, Luc BERNARD à Paul DURAND
Absent : Marc PETIT (pouvoir à Mme Julie ROUX)
Secrétaire de séance : Anne LEROY`;
  const text = deliberation({ seance });
  const act = parse(text);
  const holders = kinds(act, 'proxy-holder');
  assert.deepEqual(holders.map((m) => text.slice(m.start, m.end)), ['Paul DURAND', 'Paul DURAND', 'Julie ROUX']);
  assert.deepEqual(holders.map((m) => m.value), ['pauldurand', 'pauldurand', 'julieroux']);
  // The séance block printed again on the next page: the same pouvoirs, not new ones.
  const twice = parse(deliberation({ seance: `${seance}\n\n${seance.split('\n').slice(4, 5).join('\n')}` }));
  assert.equal(kinds(twice, 'proxy-holder').length, 3);
});

test('the members listed present without a number, a convocation spoken of without a date, a secrétaire named elsewhere', () => {
  const text = deliberation({
    seance: `Séance du 13 juin 2024
Nombre de conseillers en exercice : 15
Présent(e)s Madame Anne LEROY, Monsieur Paul DURAND, Madame Julie ROUX`,
    before: 'Considérant que les membres ont été convoqués par voie dématérialisée ;\nLe conseil a choisi pour secrétaire Mme Julie ROUX.',
    closing: 'Fait et délibéré les jour, mois et an susdits.\nLe Maire,\nJean DUPONT',
  });
  const act = parse(text);
  assert.equal(act.seance?.present, null);
  assert.deepEqual(at(act, 'present-list', text), ['Présent(e)s']);
  assert.equal(act.seance?.convocationDate, null);
  assert.deepEqual(at(act, 'convocation-word', text), ['convoqu']);
  assert.equal(act.seance?.secretary, null);
  assert.deepEqual(at(act, 'secretary-word', text), ['secrétaire']);
  // The secrétaire général who attends the séance is not a secrétaire of the séance.
  const general = deliberation({
    seance: 'Séance du 13 juin 2024\nNombre de conseillers en exercice : 15\nPrésents : 11\nAssiste à la séance : Mme Lucie BLANC, secrétaire générale',
    closing: 'Fait et délibéré les jour, mois et an susdits.\nLe Maire,\nJean DUPONT',
  });
  assert.equal(kinds(parse(general), 'secretary-word').length, 0);
  // « le présent arrêté » is not a list of members; a séance with its numbers reads none of these.
  const plain = parse(deliberation());
  assert.equal(kinds(plain, 'present-list').length + kinds(plain, 'convocation-word').length + kinds(plain, 'secretary-word').length, 0);
});

test('the first meeting after the renewal, from the séance and the objet', () => {
  const text = deliberation({
    seance: `Séance du samedi 23 mai 2020
Le conseil municipal s'est réuni sous la présidence de Monsieur Paul DURAND, doyen d'âge.
Date de la convocation : 18 mai 2020
Nombre de conseillers en exercice : 15
Présents : 15
Secrétaire de séance : Anne LEROY`,
    objet: 'Installation du conseil municipal et élection du maire',
  });
  assert.equal(kinds(parse(text), 'first-meeting').length, 1);
  // An election after a resignation follows the ordinary délai.
  const after = parse(deliberation({ objet: 'Élection du maire suite à la démission de Monsieur Jean DUPONT' }));
  assert.equal(kinds(after, 'first-meeting').length, 0);
});

test('the words of a vote: a result or a bare « adopté », « des suffrages exprimés », a casting vote', () => {
  const bare = parse(deliberation({ vote: 'Le conseil municipal adopte la délibération ainsi rédigée.\nPour : 7' }));
  assert.ok(bare.vote);
  const counted = parse(deliberation({ vote: 'Adopté à l’unanimité des suffrages exprimés.' }));
  assert.equal(counted.vote?.unanimous, true);
  assert.equal(counted.vote?.resultWords, true);
  assert.equal(counted.vote?.ofExpressed, true);
  assert.equal(kinds(counted, 'abstention-word').length, 0);
  // « une abstention » is counted (a figure in words); « s'abstient » alone is a word of abstention with no count.
  const withAbstentions = parse(deliberation({ vote: 'Adopté à l’unanimité des suffrages exprimés.\nM. Paul DURAND s’abstient ; une abstention.' }));
  assert.equal(withAbstentions.vote?.abstentions, 1);
  const abstains = parse(deliberation({ vote: 'Adopté à l’unanimité des suffrages exprimés.\nM. Paul DURAND s’abstient ; abstention de M. DURAND.' }));
  assert.equal(kinds(abstains, 'abstention-word').length, 1);

  // « La délibération est adoptée. »: a vote, but its words give no result.
  const adopted = parse(deliberation({ vote: 'La délibération est adoptée.' }));
  assert.equal(adopted.vote?.resultWords, false);
  assert.equal(adopted.vote?.adoptedOnLine, true);
  // « Le conseil municipal adopte. »: no vote the reader can read; « adopte » after the dispositif, no word of a result.
  const text = deliberation({ vote: 'Le conseil municipal adopte.' });
  const act = parse(text);
  assert.equal(act.vote, null);
  assert.deepEqual(at(act, 'adopted-word', text), ['adopte']);
  assert.equal(kinds(act, 'vote-word').length, 0);
  const show = deliberation({ vote: 'Le conseil municipal adopte, après un vote à main levée.' });
  assert.deepEqual(at(parse(show), 'vote-word', show), ['vote']);

  // Adopted with as many votes against as for: the président's casting vote is written.
  const split = deliberation({ vote: 'Adopté par 6 voix pour et 6 voix contre.\nVoix prépondérante du président.' });
  const s = parse(split);
  assert.equal(s.vote?.for, 6);
  assert.equal(s.vote?.against, 6);
  assert.deepEqual(at(s, 'casting-vote', split), ['Voix prépondérante']);
  // « la voix du Maire étant prépondérante » says it too.
  const written = deliberation({ vote: 'Adopté par 6 voix pour et 6 voix contre, la voix du Maire étant prépondérante.' });
  assert.deepEqual(at(parse(written), 'casting-vote', written), ['prépondérante']);
});

test('an objet that concerns an association, a member who takes no part, a huis clos and how it was decided', () => {
  const text = deliberation({
    objet: 'Subvention exceptionnelle à l’association Les Amis du Patrimoine',
    before: 'Monsieur Paul DURAND, président de l’association, ne prend pas part au vote.\nLe conseil municipal décide, à l’unanimité, de se réunir à huis clos.',
  });
  const act = parse(text);
  assert.deepEqual(kinds(act, 'association-object').map((m) => m.value), ['association']);
  assert.deepEqual(at(act, 'not-taking-part', text), ['ne prend pas part']);
  assert.deepEqual(kinds(act, 'huis-clos').map((m) => [text.slice(m.start, m.end), m.flag]), [['huis clos', true]]);
  const undecided = parse(deliberation({ before: 'La séance se tient à huis clos.' }));
  assert.deepEqual(kinds(undecided, 'huis-clos').map((m) => m.flag), [false]);
  // Not for an arrêté: these are the mentions of a délibération.
  const arrete = parse('ARRÊTÉ DU MAIRE N° 2024-12\n\nLe Maire de Saint-Alban,\n\nVu le code général des collectivités territoriales ;\n\nARRÊTE :\n\nArticle 1er : La réunion se tient à huis clos.\n');
  assert.equal(kinds(arrete, 'huis-clos').length, 0);
});

test('a member of the conseil who « est présidente de l’association » the délibération subsidises is interested (67th review)', () => {
  const objet = 'Attribution des subventions aux associations pour 2026';
  const said = (s: string) => deliberation({ objet, before: `${s}\nUne subvention de 1 500 € est attribuée à l’association Judo Club Cazérien.` });
  const value = (t: string) => kinds(parse(t), 'interested-member').map((m) => m.value);
  assert.deepEqual(value(said('Il est précisé que Mme Sandrine ROUDIL, conseillère municipale, est présidente de l’association Judo Club Cazérien.')), ['Mme Sandrine ROUDIL']);
  // (Without an office in the conseil nor on the list of those present: someone else.)
  assert.deepEqual(value(said('Il est précisé que Mme Sandrine ROUDIL est présidente de l’association Judo Club Cazérien.')), []);
});

/** An arrêté signed by `closing`, with `visa` among its visas. */
const arrete = (closing: string, visa = '') => `COMMUNE DE SAINT-ALBAN

ARRÊTÉ DU MAIRE N° 2024-045
Objet : Réglementation temporaire de la circulation rue de la Gare

Le Maire de Saint-Alban,

Vu le code général des collectivités territoriales, notamment ses articles L. 2213-1 et L. 2213-2 ;
${visa}
Considérant la nécessité de réglementer la circulation pendant les travaux ;

ARRÊTE :

Article 1er : La circulation est interdite rue de la Gare du 3 au 7 juin 2024.
Article 2 : Le directeur général des services est chargé de l’exécution du présent arrêté.

Fait à Saint-Alban, le 28 mai 2024
${closing}
`;

test('a signatory: the head or a delegate, a délégation written near it, a quality that opens its line', () => {
  const head = parse(arrete('Le Maire,\nJean DUPONT')).signatories[0];
  assert.deepEqual([head.head, head.delegate, head.delegationNear, head.opensLine], [true, false, false, true]);
  const delegated = parse(arrete('Pour le Maire et par délégation,\nL’Adjointe déléguée à la voirie,\nSophie MARTIN')).signatories;
  const adj = delegated.find((s) => /Adjointe/.test(s.quality ?? ''));
  assert.ok(adj);
  assert.equal(adj.delegate, true);
  assert.equal(adj.delegationNear, true);
  // An adjointe who signs without a word of délégation; the visa of her délégation arrêté is read apart.
  const text = arrete('L’Adjointe au maire,\nSophie MARTIN', 'Vu l’arrêté n° 2020-15 du 10 juillet 2020 portant délégation de fonctions à Madame Sophie MARTIN ;');
  const act = parse(text);
  const bare = act.signatories[0];
  assert.equal(bare.delegate, true);
  assert.equal(bare.delegationNear, false);
  assert.equal(at(act, 'delegation-visa', text).length, 1);
  assert.equal(kinds(parse(arrete('L’Adjointe au maire,\nSophie MARTIN')), 'delegation-visa').length, 0);
});

test('a legible signer after the dispositif when no signatory was read with both a name and a quality', () => {
  // « Le Maire. » ends a sentence, so the block reader leaves the name; the name still stands near the quality.
  const text = arrete('Le Maire.\nJean DUPONT');
  const act = parse(text);
  assert.deepEqual(act.signatories.map((s) => [s.name, s.quality]), [[null, 'Le Maire']]);
  assert.deepEqual(at(act, 'named-signer', text), ['Jean DUPONT']);
  // No name anywhere: nothing is read.
  const none = parse(arrete('Le Maire,'));
  assert.equal(kinds(none, 'named-signer').length, 0);
  // A signatory read with both: the mention is not needed.
  assert.equal(kinds(parse(arrete('Le Maire,\nJean DUPONT')), 'named-signer').length, 0);
});

test('« Présidence : M. X » and « Secrétaire : Mme Y » as labels of the séance block name the président and the secrétaire', () => {
  const act = parse('Séance du 5 février 2024\nPrésidence : M. Jean DUPONT\nSecrétaire : Mme Claire MARTIN\nPrésents : 20 - Votants : 22\nLe conseil municipal,\nVu le code général des collectivités territoriales ;\nDÉCIDE :\nArticle 1er : Le tarif est fixé.\nAdoptée à l’unanimité.\n');
  assert.equal(act.seance?.president, 'Jean DUPONT');
  assert.equal(act.seance?.secretary, 'Claire MARTIN');
  // « secrétaire » inside a sentence is no label.
  assert.equal(parse('Séance du 5 février 2024\nLe conseil municipal,\nVu l’avis du secrétaire : M. Paul DURAND ;\nDÉCIDE :\nArticle 1er : Le tarif est fixé.\n').seance?.secretary ?? null, null);
});

test('the président of a séance « présidée par Mme X, Maire », or whose name the line cuts, « sous la présidence de Mme Hélène⏎MARCHAND » (67th review)', () => {
  const seance = (s: string) => deliberation({ seance: `Séance du jeudi 25 juin 2026\nConvocation du 19 juin 2026\n${s}\nConseillers en exercice : 27 – Présents : 24 – Votants : 26` });
  assert.equal(parse(seance('Séance publique ordinaire présidée par Mme Hélène MARCHAND, Maire.')).seance?.president, 'Hélène MARCHAND');
  assert.equal(parse(seance('Le conseil municipal s’est réuni en séance publique sous la présidence de Mme Hélène\nMARCHAND, Maire.')).seance?.president, 'Hélène MARCHAND');
  assert.equal(parse(seance('Le conseil municipal s’est réuni sous la présidence de Mme Hélène\r\nMARCHAND, Maire.')).seance?.president, 'Hélène MARCHAND');
  // (Not the association an objet names, presided by its own président.)
  assert.equal(parse(deliberation({ seance: 'Séance du jeudi 25 juin 2026\nObjet : subvention à l’association Judo Club présidée par M. Paul DURAND\nPrésents : 24 – Votants : 26' })).seance?.president ?? null, null);
});

test('« N’a pas pris part au vote : 1 » counts the member who did not vote', () => {
  const act = parse('Séance du 5 février 2024\nVotants : 46\nLe conseil communautaire,\nVu le code général des collectivités territoriales ;\nDÉCIDE :\nArticle 1er : L’adhésion est approuvée.\nOnt voté pour : 44\nOnt voté contre : 0\nSe sont abstenus : 1\nN’a pas pris part au vote : 1 (M. Yves MARTIN, intéressé)\n');
  assert.deepEqual([act.vote?.for, act.vote?.against, act.vote?.abstentions, act.vote?.notVoting], [44, 0, 1, 1]);
  // The tally ends the last article.
  assert.doesNotMatch(act.articles[act.articles.length - 1].body, /voté/);
});

test('members named as not taking part in the vote are counted, in the usual prose forms', () => {
  const act = (sentence: string) => parse(`Séance du 12 mars 2024\nEn exercice : 35 ; présents : 30 ; représentés : 2 ; votants : 32\nLe Conseil municipal, après en avoir délibéré, ATTRIBUE une subvention de 2 000 euros à l’association.\nPour : 28 ; contre : 2 ; abstention : 1\n${sentence}\n`);
  assert.equal(act('M. Paul LEROUX, président de l’association, ne prend part ni aux débats ni au vote.').vote?.notVoting, 1);
  assert.equal(act('(M. Paul LEROUX n’a pas pris part au vote)').vote?.notVoting, 1);
  assert.equal(act('Ne prennent pas part au vote : M. Paul LEROUX, Mme Anne DURAND').vote?.notVoting, 2);
  assert.equal(act('MM. LEROUX et DURAND ne prennent pas part au vote.').vote?.notVoting, 2);
  assert.equal(act('(M. Jacques LEBRUN n’ayant pas pris part au vote)').vote?.notVoting, 1);
  // Said before the vote, in the exposé.
  const before = parse('Séance du 12 mars 2024\nVotants : 32\nM. Jacques LEBRUN quitte la salle et ne prend part ni au débat ni au vote.\nLe Conseil communautaire, après en avoir délibéré, par 25 voix pour, 3 voix contre et 3 abstentions, APPROUVE la convention.\n');
  assert.equal(before.vote?.notVoting, 1);
  assert.equal(act('').vote?.notVoting ?? null, null);
});

test('« Présents ou représentés : 33 » is the total of both: 3 représentés beside 30 présents, not 33', () => {
  const act = parse('Séance du 12 mars 2024\nMembres en exercice : 35\nMembres présents : 30\nMembres présents ou représentés : 33\nLe Conseil municipal, après en avoir délibéré, DÉCIDE :\nArticle 1er : Le tarif est fixé.\n');
  assert.deepEqual([act.seance?.membersInOffice, act.seance?.present, act.seance?.represented], [35, 30, 3]);
});

test('the date that opens the sentence « … le Conseil municipal s’est réuni » is the séance’s, in figures or in words', () => {
  const act = (opening: string) => parse(`Délibération n° 2024_070\nObjet : Dénomination d’une voie\n\n${opening}, le Conseil municipal s’est réuni sous la présidence de M. Rodolphe AMAILLAND, Maire.\nDate de convocation : 10 mars 2024\nSecrétaire de séance : Mme Claire BERTIN\n\nLe Conseil municipal, après en avoir délibéré, DÉCIDE de dénommer la voie.\n`);
  assert.equal(act('Le mardi 12 mars 2024 à 18 h 30').seance?.date, '2024-03-12');
  assert.equal(act('Le douze mars deux mille vingt-quatre à dix-huit heures trente').seance?.date, '2024-03-12');
});

test('a pouvoir given to « M. GUÉRIN », a civility and a surname alone, names its mandataire', () => {
  const act = parse('Séance du 12 mars 2024\nEn exercice : 23 — Présents : 18 — Représentés : 2 — Votants : 20\nAbsents : M. Luc BICHON (pouvoir à M. GUÉRIN), Mme Anne DURAND (pouvoir à M. GUÉRIN)\nLe Conseil municipal, après en avoir délibéré, DÉCIDE :\nArticle 1er : Le tarif est fixé.\n');
  assert.deepEqual(act.mentions.filter((m) => m.kind === 'proxy-holder').map((m) => m.value), ['guerin', 'guerin']);
});

test('« Président : M. X, Maire », « Présents (titulaires et suppléants) : 28 » and « à l’unanimité moins deux abstentions » are read', () => {
  const act = parse('Séance du 5 février 2024\nPrésident : M. Jean DUPONT, Maire\nPrésents (titulaires et suppléants) : 28\nLe conseil communautaire,\nVu le code général des collectivités territoriales ;\nDÉCIDE :\nArticle 1er : Le tarif est fixé.\nAdoptée à l’unanimité moins deux abstentions.\n');
  assert.deepEqual([act.seance?.president, act.seance?.present, act.vote?.unanimous, act.vote?.abstentions], ['Jean DUPONT', 28, true, 2]);
});

test('a member who takes no part, named in the exposé and again beside the tally, is counted once', () => {
  const act = parse('Séance du 12 mars 2024\nVotants : 13\nM. Paul LEROUX, président de l’association, quitte la salle et ne prend part ni aux débats ni au vote.\nLe Conseil municipal, après en avoir délibéré, par 11 voix pour, ATTRIBUE la subvention.\nM. Paul LEROUX ne prend pas part au vote.\n');
  assert.equal(act.vote?.notVoting, 1);
});

test('« Secrétaires de séance : Mme Claire MARTIN et M. Paul DURAND »: both secrétaires', () => {
  const act = parse(`Séance du conseil municipal du 12 mars 2025\nEn exercice : 15 — Présents : 12 — Représentés : 1 — Votants : 13\nSecrétaires de séance : Mme Claire MARTIN et M. Paul DURAND\nObjet : Tarifs\nLe Conseil municipal, après en avoir délibéré, à l’unanimité, DÉCIDE :\nArticle unique : Les tarifs sont fixés.\n`);
  assert.equal(act.seance?.secretary, 'Claire MARTIN et Paul DURAND');
  assert.equal(act.seance?.president, null);
});

test('a forty-sixth review: a séance on second convocation reads its own figures and convocation, not those of the first séance without quorum; présents and représentés « lors du vote de la présente délibération » are the point’s', () => {
  const second = `COMMUNAUTÉ DE COMMUNES DU CAUSSE DE GRAMAT\n\nSéance du lundi 7 septembre 2026 (seconde convocation)\nDélibération n° CGHQ-2026-054\nObjet : Convention de mise à disposition des services techniques\n\nLe Conseil communautaire, régulièrement convoqué une première fois le 25 août 2026 pour la séance du mardi 1er septembre 2026, ne s'est pas réuni en nombre suffisant ce jour-là, le quorum n'étant pas atteint (12 présents sur 33 membres en exercice).\n\nConvoqué à nouveau le mercredi 2 septembre 2026, le Conseil communautaire s'est réuni le lundi 7 septembre 2026 à 18 heures à Gramat.\n\nMembres en exercice : 33\nPrésents : 14\nReprésentés : 6\nVotants : 20\n\nSecrétaire de séance : M. Guillaume COUDERC.\n\nLe Conseil communautaire, après en avoir délibéré,\nAPPROUVE la convention.\n\nAdopté à l'unanimité.\n`;
  const s = parse(second).seance!;
  assert.deepEqual([s.convocationDate, s.present, s.represented, s.voters], ['2026-09-02', 14, 6, 20]);
  const moving = `COMMUNAUTÉ D'AGGLOMÉRATION DU GRAND ALBIGEOIS\n\nSéance du 12 octobre 2026\nDélibération n° 2026-118\nObjet : Fonds de concours\n\nMembres en exercice : 40\nPrésents à l'ouverture de la séance : 28\nReprésentés à l'ouverture de la séance : 6\nArrivée de M. Jean-Marc DESCHAMPS à 18 h 45, avant l'examen de la présente délibération.\nDépart de Mme Nicole PRADEAU à 19 h 20, avant le vote de la présente délibération ; elle a donné pouvoir à M. Alain GAYOUT.\nPrésents lors du vote de la présente délibération : 28\nReprésentés lors du vote de la présente délibération : 7\nVotants : 35\n\nLe Conseil communautaire, après en avoir délibéré,\nAPPROUVE le fonds de concours.\n\nAdopté à l'unanimité.\n`;
  const m = parse(moving).seance!;
  assert.deepEqual([m.present, m.represented, m.voters], [28, 7, 35]);
});

test('an e-signature stamp gives the quality on its own line, « Qualité : Maire de Cazères », also to a name read above it (67th review)', () => {
  const closing = (c: string) => arrete(c).replace('Fait à Saint-Alban, le 28 mai 2024\n', 'Fait à Saint-Alban, le 28 mai 2024\n\n');
  const stamp = 'Signé électroniquement par : Hélène MARCHAND\nQualité : Maire de Saint-Alban\nDate : 28/05/2024 14:31:07';
  for (const c of [stamp, `Hélène MARCHAND\n\n${stamp}`]) {
    const text = closing(c);
    const s = parse(text).signatories.filter((x) => x.role === 'author');
    assert.deepEqual(s.map((x) => [x.name, x.quality, text.slice(x.start, x.end)]), [['Hélène MARCHAND', 'Maire de Saint-Alban', 'Hélène MARCHAND']]);
  }
});

test('who acknowledges the notification under the signature (« Notifié le : … / Le président de l’association, X ») signs nothing of the act (67th review)', () => {
  const text = arrete('Le Maire,\nJean DUPONT\n\nNotifié le : 29 mai 2024\nLe président de l’association, Lionel DARBAS');
  assert.deepEqual(parse(text).signatories.map((s) => s.name), ['Jean DUPONT']);
  // (A secrétaire de séance under the maire still signs.)
  assert.equal(parse(arrete('Le Maire,\nJean DUPONT\n\nLe secrétaire de séance,\nPaul MARTIN')).signatories.length, 2);
});

test('the suppléants listed present without a deliberative voice are not counted among the members present (68th review)', () => {
  const text = deliberation({ seance: 'Séance du mardi 2 juin 2026\nDate de convocation : 26 mai 2026\nDélégués titulaires en exercice : 10\nDélégués titulaires présents : M. Alain GASNIER, Mme Odile PAPILLON, M. Hervé RABOUIN, Mme Karine JOLIVET, M. Gilles MAUGIN.\nDélégués suppléants présents, sans voix délibérative : Mme Monique BERTHELOT, M. Éric CHESNEAU, Mme Danielle DAVY, M. Fabrice ESNAULT.\nAbsents : M. Michel ROUILLER, Mme Patricia AUDOUIN.' });
  assert.equal(parse(text).seance?.present, 5);
});
