// SEA rules.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { DELIB, edit, fired } from './helpers/acts';
import { readSeed } from './helpers/corpus';

test('SEA-001: seed 001 (a bureau) convocation moved to 22 June raises SEA-001: the règlement intérieur sets the bureau’s délai (warning)', () => {
  const seed = readSeed(1);
  assert.deepEqual(fired(seed, 'SEA-001'), []);
  const d = fired(edit(seed, 'DATE DE LA CONVOCATION : 18 juin 2025', 'DATE DE LA CONVOCATION : 22 juin 2025'), 'SEA-001');
  assert.equal(d.length, 1);
  assert.equal(d[0].severity, 'warning');
  assert.match(d[0].message, /1 jour franc seulement/);
  assert.match(d[0].message, /règlement intérieur/);
  assert.doesNotMatch(d[0].message, /il en faut au moins/);
});

test('SEA-001: communes — population from the profile, 3 jours francs by default, urgency', () => {
  const three = edit(DELIB, 'Date de la convocation : 18 juin 2025', 'Date de la convocation : 20 juin 2025'); // 3 jours francs
  assert.deepEqual(fired(three, 'SEA-001', { population: 1200 }), []);
  const big = fired(three, 'SEA-001', { population: 12000 });
  assert.equal(big.length, 1);
  assert.equal(big[0].severity, 'error');
  // A commune the register of collectivités does not know: population unknown.
  const unknown = fired(edit(three, 'Commune de Chambéry', 'Commune de Nulle-Part'), 'SEA-001');
  assert.equal(unknown.length, 1);
  assert.equal(unknown[0].severity, 'information');
  assert.match(unknown[0].message, /5 jours francs sont requis à partir de 3 500 habitants/);
  const one = edit(DELIB, 'Date de la convocation : 18 juin 2025', 'Date de la convocation : 22 juin 2025');
  assert.equal(fired(one, 'SEA-001')[0].severity, 'error');
  assert.deepEqual(fired(edit(one, 'Date de la convocation : 22 juin 2025', 'Date de la convocation : 22 juin 2025 (urgence)'), 'SEA-001'), []);
  assert.deepEqual(fired(DELIB, 'SEA-001'), []);
});

test('SEA-001: missing convocation date in a conseil municipal délibération (warning)', () => {
  const d = fired(edit(DELIB, 'Date de la convocation : 18 juin 2025\n', ''), 'SEA-001');
  assert.equal(d.length, 1);
  assert.equal(d[0].severity, 'warning');
});

test('SEA-003: seed 001 gives no present members (warning, fix inserts the figures block)', () => {
  const d = fired(readSeed(1), 'SEA-003');
  assert.equal(d.length, 1);
  assert.equal(d[0].severity, 'warning');
  assert.match(d[0].fixes?.[0].edits[0].newText ?? '', /PRÉSENTS/);
});

test('SEA-003: quorum not reached (error), unless a second convocation', () => {
  const t = edit(DELIB, 'Présents : 15', 'Présents : 10');
  assert.equal(fired(t, 'SEA-003')[0].severity, 'error');
  assert.deepEqual(fired(edit(t, 'Séance du mardi', 'Séance (deuxième convocation, sans condition de quorum) du mardi'), 'SEA-003'), []);
  assert.deepEqual(fired(DELIB, 'SEA-003'), []);
});

test('SEA-004: one member holding two pouvoirs (error); présents + représentés above en exercice (warning)', () => {
  const t = edit(DELIB, 'Représentés : 3\n', 'Représentés : 3\nM. Paul BLANC a donné pouvoir à Jean DUPONT\nMme Anne NOIR a donné pouvoir à Jean DUPONT\nM. Luc VERT a donné pouvoir à Claire MARTIN\n');
  const d = fired(t, 'SEA-004');
  assert.equal(d.length, 1);
  assert.equal(d[0].severity, 'error');
  assert.match(d[0].message, /Jean DUPONT reçoit 2 pouvoirs/);
  assert.equal(fired(edit(DELIB, 'Représentés : 3', 'Représentés : 10'), 'SEA-004')[0].severity, 'warning');
  assert.deepEqual(fired(DELIB, 'SEA-004'), []);
});

test('SEA-005: pour + contre + abstentions above the votants (seed 001 and a commune délibération)', () => {
  const seed = edit(edit(readSeed(1), 'NOMBRE DE CONSEILLERS EN EXERCICE : 43', 'NOMBRE DE CONSEILLERS EN EXERCICE : 43\nNOMBRE DE PRÉSENTS : 30\nNOMBRE DE VOTANTS : 10'),
    "ADOpte À L'UNANIMITÉ DES SUFFRAGES EXPRIMÉS", 'ADOPTÉ — POUR : 8, CONTRE : 2, ABSTENTIONS : 3');
  assert.ok(fired(seed, 'SEA-005').some((d) => /plus que les 10 votants/.test(d.message)));
  const t = edit(DELIB, 'Pour : 18, Contre : 0, Abstentions : 0', 'Pour : 15, Contre : 4, Abstentions : 2');
  assert.match(fired(t, 'SEA-005')[0].message, /21, plus que les 18 votants/);
  assert.deepEqual(fired(DELIB, 'SEA-005'), []);
});

test('SEA-005: adopted with pour ≤ contre (error); unanimity of suffrages exprimés without abstentions (information)', () => {
  const t = edit(DELIB, "Adoptée à l'unanimité : Pour : 18, Contre : 0, Abstentions : 0", 'Adoptée. Pour : 8, Contre : 9, Abstentions : 1');
  assert.ok(fired(t, 'SEA-005').some((d) => d.severity === 'error'));
  const u = fired(readSeed(1), 'SEA-005');
  assert.equal(u.length, 1);
  assert.equal(u[0].severity, 'information');
});

test('SEA-007: no secrétaire de séance', () => {
  const t = edit(edit(DELIB, 'Secrétaire de séance : Claire MARTIN\n', ''), '\n\nLe secrétaire de séance,\nClaire MARTIN', '');
  assert.equal(fired(t, 'SEA-007').length, 1);
  assert.deepEqual(fired(DELIB, 'SEA-007'), []);
  // The secrétaire général who attends the séance is not its secrétaire; a secrétaire chosen in other words is.
  const general = edit(t, 'Président de séance : Jean DUPONT, maire\n', 'Président de séance : Jean DUPONT, maire\nAssiste à la séance : Mme Lucie BLANC, secrétaire générale\n');
  assert.equal(fired(general, 'SEA-007').length, 1);
  const chosen = edit(t, "Considérant qu'il y a lieu", 'Le conseil a choisi pour secrétaire Mme Claire MARTIN ;\n\nConsidérant qu\'il y a lieu');
  assert.deepEqual(fired(chosen, 'SEA-007'), []);
});

test('SEA-008: compte administratif voted under the maire’s presidency (error)', () => {
  const t = edit(DELIB, 'Objet : Tarifs de la piscine municipale', 'Objet : Compte administratif 2024');
  const d = fired(t, 'SEA-008');
  assert.ok(d.some((x) => x.severity === 'error'));
  const ok = edit(edit(t, 'Président de séance : Jean DUPONT, maire', 'Président de séance : Claire MARTIN, première adjointe'), 'Après en avoir délibéré,', 'Le maire s’étant retiré au moment du vote, après en avoir délibéré,');
  assert.deepEqual(fired(ok, 'SEA-008'), []);
  assert.deepEqual(fired(DELIB, 'SEA-008'), []);
});

test('SEA-009: a subsidy to an association without any mention of interested members (hint)', () => {
  const t = edit(DELIB, 'Objet : Tarifs de la piscine municipale', 'Objet : Subvention à l’association Les Amis du Lac');
  assert.equal(fired(t, 'SEA-009')[0].severity, 'hint');
  assert.deepEqual(fired(edit(t, 'Après en avoir délibéré,', 'M. Paul BLANC, président de l’association, ne prend pas part au vote. Après en avoir délibéré,'), 'SEA-009'), []);
});

test('SEA-010: the secrétaire de séance does not sign (acts from 1 July 2022)', () => {
  const t = edit(DELIB, '\n\nLe secrétaire de séance,\nClaire MARTIN', '');
  assert.equal(fired(t, 'SEA-010').length, 1);
  assert.deepEqual(fired(t.replace(/2025/g, '2021').replace(/2024/g, '2020'), 'SEA-010'), []);
  assert.deepEqual(fired(DELIB, 'SEA-010'), []);
});

test('SEA-012: huis clos without the vote that decided it', () => {
  const t = edit(DELIB, 'Le Conseil municipal,', 'La séance se poursuit à huis clos.\n\nLe Conseil municipal,');
  assert.equal(fired(t, 'SEA-012').length, 1);
  assert.deepEqual(fired(edit(t, 'à huis clos.', 'à huis clos, décidé à la majorité absolue sur la demande de trois membres.'), 'SEA-012'), []);
});

test('SEA-010 on an extract of the register: information, the secrétaire signs the register, the maire certifies the copy', () => {
  const unsigned = edit(DELIB, '\n\nLe secrétaire de séance,\nClaire MARTIN', '');
  const minute = edit(unsigned, 'EXTRAIT DU REGISTRE DES DÉLIBÉRATIONS DU CONSEIL MUNICIPAL', 'DÉLIBÉRATION DU CONSEIL MUNICIPAL');
  assert.equal(fired(minute, 'SEA-010')[0]?.severity, 'warning');
  const extract = fired(unsigned, 'SEA-010');
  assert.equal(extract.length, 1);
  assert.equal(extract[0].severity, 'information');
  assert.match(extract[0].message, /le secrétaire de séance signe la délibération au registre/);
});

test('SEA-001: the first meeting after the general renewal (installation, doyen d’âge, Friday to Sunday) needs 3 jours francs (L. 2121-7)', () => {
  // Montpellier, 5 April 2014 (a Saturday), convened on Monday 31 March: 4 jours francs in a commune of 3,500+.
  const first = edit(edit(DELIB, 'Séance du mardi 24 juin 2025\nDate de la convocation : 18 juin 2025', 'Séance du samedi 5 avril 2014\nDate de la convocation : 31 mars 2014'),
    'Président de séance : Jean DUPONT, maire', 'Sous la présidence de Monsieur le doyen d’âge de l’Assemblée, Max LEVITA.\nDétermination du nombre d’Adjoints au Maire dans le cadre du renouvellement du Conseil municipal');
  assert.deepEqual(fired(first, 'SEA-001', { population: 12000 }), []);
  // The same délai for an election after the maire's resignation: the ordinary 5 jours francs.
  const resignation = edit(first, 'dans le cadre du renouvellement du Conseil municipal', 'à la suite de la démission du maire');
  assert.equal(fired(resignation, 'SEA-001', { population: 12000 }).length, 1);
  // An ordinary séance on a Tuesday that mentions the renewal: 5 jours francs.
  const tuesday = edit(edit(first, 'samedi 5 avril 2014', 'mardi 8 avril 2014'), 'Date de la convocation : 31 mars 2014', 'Date de la convocation : 3 avril 2014');
  assert.equal(fired(tuesday, 'SEA-001', { population: 12000 }).length, 1);
});

test('SEA-007: a copy that stops before the signatures (where the secrétaire signs) gives information (Saint-Martin, fragment)', () => {
  const noSecretary = edit(DELIB, 'Secrétaire de séance : Claire MARTIN\n', '');
  const whole = fired(edit(noSecretary, 'Le secrétaire de séance,\nClaire MARTIN\n', ''), 'SEA-007');
  assert.equal(whole[0]?.severity, 'warning');
  const cut = noSecretary.slice(0, noSecretary.indexOf('Le Conseil municipal,'));
  assert.equal(fired(cut, 'SEA-007')[0]?.severity, 'information');
});

test('SEA-007, SEA-010: in a compte rendu, the secrétaire de séance designated by one délibération holds for every act of the séance', () => {
  const one = (n: number, objet: string, extra = '') => `DÉLIBÉRATION N° 2023-0${n}\nObjet : ${objet}\n\nLe conseil municipal,\n\nVu le code général des collectivités territoriales ;\n${extra}\nAprès en avoir délibéré, DÉCIDE :\n\nArticle 1er : ${objet} est approuvé.\n\nAdopté à l’unanimité.\n`;
  const head = 'COMMUNE DE SAINT-ALBAN\nCOMPTE RENDU DE LA SÉANCE DU CONSEIL MUNICIPAL DU 7 FÉVRIER 2023\n\nSéance du 7 février 2023\nDate de la convocation : 1er février 2023\nNombre de conseillers en exercice : 15\nPrésents : 12\nVotants : 12\n\n';
  const text = `${head}${one(1, 'Désignation du secrétaire de séance', 'Considérant qu’il y a lieu de désigner un secrétaire de séance ;\n')}\n${one(2, 'Le tarif de la cantine')}\nFait à Saint-Alban, le 8 février 2023\nLe Maire,\n`;
  assert.deepEqual(fired(text, 'SEA-007'), []);
  assert.deepEqual(fired(text, 'SEA-010'), []);
  // Without that délibération, the séance names no secrétaire: both rules speak.
  const none = `${head}${one(1, 'Le budget primitif')}\n${one(2, 'Le tarif de la cantine')}\nFait à Saint-Alban, le 8 février 2023\nLe Maire,\n`;
  assert.ok(fired(none, 'SEA-007').length > 0);
  assert.ok(fired(none, 'SEA-010').length > 0);
});

test('SEA-008: a président elected for the vote of the compte administratif, as the text says, is not the séance block’s (the maire)', () => {
  const ca = (sentence: string) => `Délibération n° 2024_035\nObjet : Compte administratif 2023\n\nSéance du 18 juin 2024\nPrésident de séance : M. Rodolphe AMAILLAND, Maire\nSecrétaire de séance : Mme Claire BERTIN\n\n${sentence}\n\nLe Conseil municipal, après en avoir délibéré, à l’unanimité, APPROUVE le compte administratif 2023.\n\nFait à Vertou, le 18 juin 2024\nLe Maire,\nRodolphe AMAILLAND\n`;
  for (const sentence of [
    'M. Jean DUPONT, premier adjoint, est élu président de séance pour l’examen du compte administratif. M. le Maire quitte la salle au moment du vote.',
    'M. le Maire s’étant retiré, le conseil élit M. Jean DUPONT président de séance.',
    'Sous la présidence de M. Jean DUPONT, M. le Maire s’étant retiré, le conseil examine le compte.',
  ]) assert.deepEqual(fired(ca(sentence), 'SEA-008'), [], sentence);
  const none = fired(ca('Le conseil examine le compte.'), 'SEA-008');
  assert.ok(none.some((d) => d.severity === 'error'));
});

test('SEA-009: a member of the conseil named as président of the association the délibération subsidises, and no word that he stood out, is a warning', () => {
  const text = edit(edit(DELIB, 'Objet : Tarifs de la piscine municipale', 'Objet : Subventions aux associations sportives'), 'Considérant qu\'il y a lieu de réviser les tarifs au 1er juillet 2025 ;', 'Considérant le programme présenté par Mme Ainhoa ELISSALDE, conseillère municipale, présidente de l’association Ikas Bidea ;');
  const found = fired(text, 'SEA-009');
  assert.deepEqual(found.map((d) => d.severity), ['warning']);
  assert.match(found[0].message, /^Mme Ainhoa ELISSALDE dirige/);
  assert.deepEqual(fired(text.replace('Après en avoir délibéré,', 'Mme Ainhoa ELISSALDE ne prend part ni aux débats ni au vote.\n\nAprès en avoir délibéré,'), 'SEA-009'), []);
  // Not a président who is no member of the conseil.
  assert.notEqual(fired(text.replace('conseillère municipale, ', ''), 'SEA-009')[0]?.severity, 'warning');
});

test('SEA-008: « Le conseil municipal, en application de l’article L. 2121-14 …, élit Mme X, première adjointe, présidente de séance » names the président elected for the compte', () => {
  const account = edit(edit(DELIB, 'Objet : Tarifs de la piscine municipale', 'Objet : Compte administratif 2024'), 'Président de séance : Jean DUPONT, maire\n', '');
  const elected = edit(account, 'Après en avoir délibéré,', 'Le conseil municipal, en application de l’article L. 2121-14 du code général des collectivités territoriales, élit Mme Sylvie BEGOT, première adjointe, présidente de séance pour l’examen du compte administratif, à l’unanimité. M. le Maire quitte la salle au moment du vote.\n\nAprès en avoir délibéré,');
  assert.deepEqual(fired(elected, 'SEA-008'), []);
  assert.equal(fired(account, 'SEA-008').length > 0, true);
});

test('SEA-004: the same pouvoir written in two lists (« Pouvoirs : 2 (Mme Annick Leray à M. Daniel Hervouet ; …) » and « Absents excusés : Mme Annick Leray (pouvoir à M. Daniel Hervouet) ») is one pouvoir', () => {
  const block = (absents: string) => edit(DELIB, 'Représentés : 3\n', `Représentés : 2\nPouvoirs : 2 (Mme Annick Leray à M. Daniel Hervouet ; M. Paul Bréhier à Mme Sophie Guérin)\n${absents}\n`);
  assert.deepEqual(fired(block('Absents excusés : Mme Annick Leray (pouvoir à M. Daniel Hervouet), M. Paul Bréhier (pouvoir à Mme Sophie Guérin), M. Loïc Durand.'), 'SEA-004'), []);
  // Two mandants, one mandataire: two pouvoirs.
  assert.equal(fired(block('Absents excusés : Mme Annick Leray (pouvoir à M. Daniel Hervouet), M. Paul Bréhier (pouvoir à M. Daniel Hervouet).').replace('M. Paul Bréhier à Mme Sophie Guérin', 'M. Paul Bréhier à M. Daniel Hervouet'), 'SEA-004').length, 1);
});

test('SEA-005: a point that gives its own votants beside its tally (« Votants : 10 – Pour : 10 … », or « Votants : 10 » on the line above), or says the maire withdrew for the vote, is counted against them, not the séance’s (forty-second review)', () => {
  const account = `Departement du Cantal\t\t\t\tCommune de SALERS\n\nDeliberation du conseil municipal\nSeance du 26 fevrier 2026\n\nNombre de membres\ten exercice : 11\tpresents : 10\tvotants : 11\nDate de convocation : 19/02/2026\n\nPresents : Henri DELORT, Paul CHAMBON, Marie-Christine VIDAL, Jean-Luc MONTEIL, Francoise LAPEYRE,\nBernard COURBOULES, Veronique ESTEVE, Alain BOUCHARDY, Genevieve TOURNADRE, Lionel MALET.\nPouvoir : Mme Chantal ROUGIER a M. Paul CHAMBON.\nSecretaire de seance : Mme Veronique ESTEVE\n\nDeliberation N° 2026-005\nObjet : Approbation du compte administratif 2025\n\nVu le Code general des collectivites territoriales, notamment ses articles L. 1612-12 et L. 2121-14 ;\n\nM. Henri DELORT, Maire, s'est retire au moment du vote.\n\nLe Conseil municipal, hors de la presence du Maire, apres en avoir delibere,\nAPPROUVE le compte administratif 2025 du budget principal.\n\nVotants : 10 (le Maire ayant quitte la salle) - Pour : 10 - Contre : 0 - Abstention : 0\n\nFait et delibere a Salers, les jour, mois et an susdits.\n\nLe President de seance,\nPaul CHAMBON\n`;
  assert.deepEqual(fired(account, 'SEA-005'), []);
  assert.deepEqual(fired(account.replace('Votants : 10 (le Maire ayant quitte la salle) - Pour', 'Votants : 10\nPour'), 'SEA-005'), []);
  // The maire's withdrawal alone: one member who does not vote.
  const withdrew = account.replace('Votants : 10 (le Maire ayant quitte la salle) - Pour', 'Pour');
  assert.deepEqual(fired(withdrew, 'SEA-005'), []);
  // Without it, the séance's eleven votants for ten votes: a tally to complete.
  assert.equal(fired(withdrew.replace("M. Henri DELORT, Maire, s'est retire au moment du vote.", ''), 'SEA-005').length, 1);
  // The point's own votants fewer than its votes: a count to correct.
  assert.match(fired(account.replace('Votants : 10 (le Maire', 'Votants : 9 (le Maire'), 'SEA-005')[0]?.message ?? '', /plus que les 9 votants/);
});

test('SEA-005: the pouvoirs listed by name (« Pouvoir : Mme X à M. Y. », « Pouvoirs : A à B ; C à D » over two lines, « Pouvoir de Mme X à M. Y ») count as représentés, and votants above présents + représentés are told (forty-second review)', () => {
  const delib = (proxies: string, voters: number) => `COMMUNE DE GORDES\n\nDELIBERATION N° 2026-031\nObjet : Creation d'un poste d'adjoint technique\n\nSeance du 9 juillet 2026\nNombre de conseillers en exercice : 19 - presents : 14 - votants : ${voters}\n\nPresents : M. Bernard AUBERT, Mme Claudine REYNAUD, M. Patrick GIRARD, Mme Valerie MOUTTE, M. Serge BLANC, Mme Evelyne CHABAUD, M. Marc ISNARD, Mme Delphine FABRE, M. Christian PELLEGRIN, Mme Nathalie BARTHELEMY, M. Jacques AUDIBERT, Mme Sandrine JOUVE, M. Thomas MARTINEZ, Mme Aurelie ROCHE.\n${proxies}\nSecretaire de seance : Mme Aurelie ROCHE.\n\nVu le code general des collectivites territoriales ;\n\nLe conseil municipal, apres en avoir delibere,\nDECIDE de creer un poste d'adjoint technique.\n\nPour : ${voters} - Contre : 0 - Abstention : 0\n\nFait a Gordes, le 9 juillet 2026\n\nLe Maire,\nBernard AUBERT\n`;
  const listed = 'Pouvoirs : Mme Monique ARNAUD a M. Bernard AUBERT ; M. Philippe MEYNARD a Mme Claudine REYNAUD ;\nMme Julie SERRE a M. Serge BLANC.\nAbsents : M. Kevin ORTEGA, Mme Laetitia GAY.';
  assert.deepEqual(fired(delib(listed, 17), 'SEA-005'), []);
  assert.match(fired(delib(listed, 18), 'SEA-005')[0]?.message ?? '', /18 votants pour 14 présents et 3 représentés/);
  for (const one of ['Pouvoir : Mme Chantal ROUGIER a M. Paul CHAMBON.', 'Pouvoir de Mme Claire MARTY a M. Pierre LACAZE.']) {
    assert.deepEqual(fired(delib(one, 15), 'SEA-005'), []);
    assert.match(fired(delib(one, 16), 'SEA-005')[0]?.message ?? '', /16 votants pour 14 présents et 1 représenté\s:/);
  }
});

test('SEA-008: « Présidence de séance pour ce point : Mme X, première adjointe, élue … » and « Le conseil municipal a élue Mme X … présidente de séance » name the président elected for the compte (forty-seventh review)', () => {
  const account = edit(edit(DELIB, 'Objet : Tarifs de la piscine municipale', 'Objet : Compte administratif 2024'), 'Président de séance : Jean DUPONT, maire\n', '');
  for (const said of [
    'Présidence de séance pour ce point : Mme Laëtitia ANDRÉ, première adjointe, élue en application de l’article L. 2121-14 du code général des collectivités territoriales ; M. le Maire a quitté la salle pendant le vote.',
    'Le conseil municipal a élue Mme Laëtitia ANDRÉ, première adjointe, présidente de séance pour l’examen du compte administratif. M. le Maire a quitté la salle pendant le vote.',
  ]) assert.deepEqual(fired(edit(account, 'Après en avoir délibéré,', `${said}\n\nAprès en avoir délibéré,`), 'SEA-008'), []);
});

test('SEA-008: the maire withdrew and a doyenne d’âge took the chair without the conseil electing her: the error says no président was elected, not that the maire presided (forty-seventh review)', () => {
  const account = edit(edit(DELIB, 'Objet : Tarifs de la piscine municipale', 'Objet : Compte administratif 2024'), 'Président de séance : Jean DUPONT, maire\n', 'Président de séance : Jean DUPONT, maire\n');
  const doyenne = edit(account, 'Après en avoir délibéré,', 'M. le Maire ayant quitté la salle, Mme Laëtitia ANDRÉ, doyenne d’âge, prend la présidence de la séance pour le vote du compte administratif.\n\nAprès en avoir délibéré,');
  const sea = fired(doyenne, 'SEA-008');
  assert.equal(sea.length, 1);
  assert.match(sea[0].message.replace(/\s/g, ' '), /^Le maire s’est retiré pour le vote du compte administratif, mais l’acte ne dit pas que le conseil a élu un président de séance/);
});

test('SEA-003: a séance that lists its présents by name without their number (« Étaient présents les conseillers suivants : … »): the names are counted, a warning when they are not the majority of the members in office', () => {
  const seance = (present: string, absent: string) => `COMMUNE DE SAINT-MARTIN-DU-BOIS
Département de Maine-et-Loire

EXTRAIT DU REGISTRE DES DÉLIBÉRATIONS DU CONSEIL MUNICIPAL

Séance du 12 mars 2026
Date de convocation : 5 mars 2026
Nombre de conseillers en exercice : 11

L'an deux mille vingt-six, le douze mars à vingt heures, le conseil municipal, légalement convoqué, s'est réuni à la mairie sous la présidence de M. Jean DUPONT, maire.

Étaient présents les conseillers suivants : ${present}.
Absents excusés : Mme Sophie VERT (pouvoir à M. Jean DUPONT), M. Yves GRIS.
Absents : ${absent}.
Secrétaire de séance : Mme Claire MARTIN.

Délibération n° 2026-012
Objet : Tarifs de la salle des fêtes

Vu le code général des collectivités territoriales, notamment son article L. 2121-29 ;

Le conseil municipal, après en avoir délibéré, à l'unanimité,

DÉCIDE :

Article 1er : Les tarifs de location de la salle des fêtes sont fixés à 150 euros la journée.

Fait à Saint-Martin-du-Bois, le 12 mars 2026.
Le Maire, Jean DUPONT
La secrétaire de séance, Claire MARTIN
`;
  const seven = seance('M. Jean DUPONT, Mme Claire MARTIN, M. Paul ROUX, Mme Anne LEROY, M. Luc BLANC, Mme Julie PETIT, M. Marc NOIR', 'Mme Lucie BRUN, M. Henri ROSE');
  assert.deepEqual(fired(seven, 'SEA-003'), []);
  const four = seance('M. Jean DUPONT, Mme Claire MARTIN, M. Paul ROUX, Mme Anne LEROY', 'Mme Lucie BRUN, M. Henri ROSE, M. Luc BLANC, Mme Julie PETIT, M. Marc NOIR');
  const [d] = fired(four, 'SEA-003');
  assert.equal(d.severity, 'warning');
  assert.match(d.message, /^La liste des présents ne nomme que 4 membres pour 11 en exercice\s:\sle quorum \(au moins 6 présents\) ne paraît pas atteint/u);
  // After a second convocation, no quorum is needed.
  assert.deepEqual(fired(four.replace('légalement convoqué,', 'légalement convoqué pour la seconde fois, le quorum n’ayant pas été atteint le 5 mars,'), 'SEA-003'), []);
  assert.deepEqual(fired(four.replace('légalement convoqué,', 'à nouveau convoqué le 8 mars conformément à l’article L. 2121-17,'), 'SEA-003'), []);
  // (Sixty-third review) Six members present, however the list writes them: no warning.
  for (const six of [
    'M. Jean DUPONT, M. et Mme Paul ROUX, Mme Anne LEROY, M. Luc BLANC, Mme Julie PETIT',
    'M. Jean DUPONT, Mme et M. Claire et Paul ROUX, Mme Anne LEROY, M. Luc BLANC, Mme Julie PETIT',
    'Jean DUPONT - Claire MARTIN - Paul ROUX - Anne LEROY - Luc BLANC - Julie PETIT',
    'M. Jean DUPONT, Mme Claire MARTIN, M. Paul ROUX (pouvoir de Mme Lucie BRUN), Mme Anne LEROY, M. Luc BLANC, Mme Julie PETIT',
  ]) assert.deepEqual(fired(seance(six, 'M. Henri ROSE'), 'SEA-003'), [], six);
  // A list of those not there (« tous, sauf … ») is not counted; « Présent(s) : » is a list of présents.
  assert.deepEqual(fired(seance('tous les conseillers en exercice, sauf Mme Lucie BRUN, M. Henri ROSE, M. Luc BLANC', 'néant'), 'SEA-003'), []);
  assert.deepEqual(fired(seance('les conseillers en exercice à l’exception de Mme Lucie BRUN, M. Henri ROSE, M. Luc BLANC', 'néant'), 'SEA-003'), []);
  const plural = fired(four.replace('Étaient présents les conseillers suivants :', 'Présent(s) :'), 'SEA-003');
  assert.equal(plural.length, 1);
  assert.equal(plural[0].severity, 'warning');
});

test('SEA-005: voices weighted by a syndicat mixte’s statuts are not counted against the delegates who vote (68th review)', () => {
  const smo = (figures: string) => `SYNDICAT MIXTE DU BASSIN DE L’AUTHION\n\nDÉLIBÉRATION N° 2026-014\nObjet : Programme de travaux 2026\n\nSéance du comité syndical du 12 mai 2026\nDate de convocation : 5 mai 2026\n${figures}\n\nVu le code général des collectivités territoriales, notamment son article L. 5721-2 ;\n\nLe comité syndical, après en avoir délibéré,\nAPPROUVE le programme de travaux 2026.\n\nVote : Pour : 76 voix – Contre : 6 voix – Abstention : 0\n\nLe Président,\nJean MARTIN\n`;
  assert.deepEqual(fired(smo('Délégués en exercice : 12 – Délégués présents : 8 (représentant 76 voix) – Pouvoirs : 1 (6 voix) – Votants : 9 délégués (82 voix)'), 'SEA-005'), []);
  assert.equal(fired(smo('Délégués en exercice : 12 – Présents : 8 – Pouvoirs : 1 – Votants : 9'), 'SEA-005').length, 1);
});

test('SEA-008 speaks of the président, not of a maire, for an EPCI’s compte administratif (68th review)', () => {
  const ca = `COMMUNAUTÉ DE COMMUNES DU PAYS DE VERNELLE\n\nDÉLIBÉRATION N° 2026-061\nObjet : Approbation du compte administratif 2025\n\nSéance du conseil communautaire du 25 juin 2026, présidée par M. Bertrand LAURIOT, Président.\nDate de convocation : 19 juin 2026\nMembres en exercice : 40 – Présents : 32 – Votants : 35\n\nVu le code général des collectivités territoriales, notamment ses articles L. 1612-12 et L. 2121-14 ;\n\nLe conseil communautaire, après en avoir délibéré,\nAPPROUVE le compte administratif 2025.\n\nAdopté à l’unanimité.\n\nLe Président,\nBertrand LAURIOT\n`;
  const d = fired(ca, 'SEA-008');
  assert.equal(d.length, 1);
  assert.match(d[0].message, /sous la présidence du président, Bertrand LAURIOT\s: pour ce vote, le conseil élit un président de séance autre que le président, et le président se retire/);
  assert.doesNotMatch(d[0].message, /maire/);
});

test('SEA-013: the vice-présidents’ results written as a table, a row for each, are a result (68th review)', () => {
  const vp = (results: string) => `VERNELLE AGGLOMÉRATION – Communauté d’agglomération\nEXTRAIT DU REGISTRE DES DÉLIBÉRATIONS DU CONSEIL COMMUNAUTAIRE\nSéance du jeudi 16 avril 2026 – Délibération n° DEL2026_044\nDate de convocation : 9 avril 2026\nMembres en exercice : 62 – Présents : 57 – Pouvoirs : 3 – Votants : 60\n\nOBJET : ÉLECTION DES VICE-PRÉSIDENTS\n\nVu le code général des collectivités territoriales, notamment ses articles L. 2122-7 et L. 5211-2 ;\n\nIl a été procédé successivement, au scrutin secret, à l’élection des vice-présidents.\n\n${results}\n\nOnt été proclamés vice-présidents et immédiatement installés, dans l’ordre du tableau, les conseillers susnommés.\n\nLe Président,\nBertrand LAURIOT\n`;
  const table = 'Rang   Élu(e)                      Votants  Blancs et nuls  Exprimés  Majorité absolue  Voix obtenues\n1er    Mme Hélène GIRAUDEAU           60          6            54            28              51\n2e     M. Pascal MÉNARD               60          8            52            27              48';
  assert.deepEqual(fired(vp(table), 'SEA-013'), []);
  assert.equal(fired(vp('Mme Hélène GIRAUDEAU et M. Pascal MÉNARD sont candidats.'), 'SEA-013').length, 1);
});
