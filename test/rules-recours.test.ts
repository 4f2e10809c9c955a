// REC rules.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ARRETE, DECISION, DELIB, diagnostics, edit, fired } from './helpers/acts';
import { readSeed } from './helpers/corpus';
import { parse } from '../server/src/core/parse';

const SENTENCE = /Article 2 : La présente décision peut faire l'objet[^\n]*\n\n/;

test('REC-001: no recours mention (warning; error for an individual act, a préemption; information for a décision by délégation that concerns no one it is notified to; fix inserts the article)', () => {
  const t = edit(edit(DECISION, SENTENCE, ''), 'Article 3 :', 'Article 2 :').replace('Article 4 :', 'Article 3 :');
  const d = fired(t, 'REC-001');
  assert.equal(d.length, 1);
  // A contract accepted by délégation (L. 2122-22, 6°) is notified to no one it concerns.
  assert.equal(d[0].severity, 'information');
  // An arrêté whose nature the text does not tell (individual or regulatory): a warning.
  const arrete = t.replace('DÉCISION DU MAIRE', 'ARRÊTÉ DU MAIRE').replace('DÉCIDE :', 'ARRÊTE :').replace(/la présente décision/g, 'le présent arrêté');
  assert.equal(fired(arrete, 'REC-001')[0]?.severity, 'warning');
  // A préemption (15°) is notified to the owner, the notaire and the buyer (code de l'urbanisme, R. 213-8): an
  // individual decision whose délai the mention alone makes run.
  assert.equal(fired(t.replace('le 6° de son article', 'le 15° de son article').replace('Contrat d\'assurance de la flotte automobile', 'Exercice du droit de préemption urbain'), 'REC-001')[0]?.severity, 'error');
  const fix = d[0].fixes?.[0];
  assert.ok(fix, 'a fix is offered');
  assert.match(fix.title, /tribunal administratif de Grenoble/);
  const individual = t + '\nIdentifiant de télétransmission : 073-217300656-20250417-DDM2025080-AI\n';
  assert.equal(fired(individual, 'REC-001')[0].severity, 'error');
  assert.deepEqual(fired(DECISION, 'REC-001'), []);
});

test('REC-001: a mention that names no tribunal', () => {
  const t = edit(DECISION, 'devant le tribunal administratif de Grenoble dans', 'devant la juridiction administrative dans');
  assert.match(fired(t, 'REC-001')[0].message, /ne nomme pas le tribunal/);
});

test('REC-002: Lyon named for a Savoie act; Grenoble is right (seed 000)', () => {
  const seed = readSeed(0);
  assert.deepEqual(fired(seed, 'REC-002'), []);
  const d = fired(edit(seed, 'Tribunal Administratif de Grenoble', 'Tribunal Administratif de Lyon'), 'REC-002');
  assert.equal(d.length, 1);
  assert.match(d[0].message, /Grenoble/);
  // The fix replaces the name with its « de », so that an elision or a territory comes out right.
  assert.equal(d[0].fixes?.[0].edits[0].newText, 'de Grenoble');
});

test('REC-002: overseas, the tribunal is named after its territory, not its seat (CJA, art. R. 221-3)', () => {
  const act = (tribunal: string) => `COMMUNE DU DIAMANT\nDépartement de la Martinique\n\nARRÊTÉ N° 2026-014\nportant interdiction temporaire de la baignade\n\nLe Maire du Diamant,\nVu le code général des collectivités territoriales, notamment son article L. 2212-2 ;\nConsidérant la présence de sargasses sur la plage du 2 au 5 juin 2026 ;\n\nARRÊTE\n\nArticle 1er : La baignade est interdite sur la plage de la Pointe du 2 au 5 juin 2026.\nArticle 2 : Le présent arrêté peut faire l’objet d’un recours devant le tribunal administratif ${tribunal} dans un délai de deux mois à compter de sa publication.\n\nFait au Diamant, le 1er juin 2026\n\nLe Maire,\nJean Dupont\n`;
  assert.deepEqual(fired(act('de la Martinique'), 'REC-002'), []);
  for (const wrong of ['de la Guadeloupe', 'de Fort-de-France', 'de Schœlcher']) {
    const d = fired(act(wrong), 'REC-002');
    if (wrong === 'de Schœlcher') {
      // The seat itself is not wrong enough to warn about.
      assert.deepEqual(d, []);
      continue;
    }
    assert.equal(d.length, 1, wrong);
    assert.match(d[0].message, /^Le tribunal administratif compétent est celui de la Martinique, pas celui (?:de la Guadeloupe|de Fort-de-France)\s: le département 972 \(Martinique\), d’après l’en-tête de l’acte/);
    assert.equal(d[0].fixes?.[0].edits[0].newText, 'de la Martinique');
  }
});

test('REC-002: the profile tribunal overrides the département', () => {
  assert.equal(fired(DECISION, 'REC-002', { tribunal: 'Lyon' }).length, 1);
  assert.deepEqual(fired(DECISION, 'REC-002'), []);
});

test('REC-002: the Métropole du Grand Paris answers to the tribunal administratif de Paris (seed 001)', () => {
  const seed = readSeed(1);
  assert.deepEqual(fired(seed, 'REC-002'), []);
  assert.equal(fired(edit(seed, 'tribunal administratif de Paris', 'tribunal administratif de Montreuil'), 'REC-002').length, 1);
});

test('REC-003: wrong address (information); no mention (hint)', () => {
  assert.equal(fired(edit(DECISION, 'www.telerecours.fr', 'www.telerecours.gouv.fr'), 'REC-003')[0].severity, 'information');
  const none = fired(edit(DECISION, / Le tribunal administratif peut être saisi par l'application Télérecours citoyens accessible sur le site www\.telerecours\.fr\./, ''), 'REC-003');
  assert.equal(none[0].severity, 'hint');
  assert.deepEqual(fired(DECISION, 'REC-003'), []);
});

test('REC-004: a recours gracieux that does not say it interrupts the délai', () => {
  const t = edit(DECISION, 'www.telerecours.fr.', 'www.telerecours.fr. Un recours gracieux peut être adressé au maire.');
  assert.equal(fired(t, 'REC-004').length, 1);
  const ok = edit(DECISION, 'www.telerecours.fr.', 'www.telerecours.fr. Un recours gracieux peut être adressé au maire ; il interrompt le délai de recours contentieux.');
  assert.deepEqual(fired(ok, 'REC-004'), []);
});

test('REC-001 says what the absence does for this kind of act: information for a published délibération', () => {
  const recours = /[^\n]*recours pour excès de pouvoir[^\n]*\n/;
  assert.ok(recours.test(DELIB), 'la délibération modèle a une mention des recours');
  const d = fired(edit(DELIB, recours, ''), 'REC-001');
  assert.equal(d.length, 1);
  assert.equal(d[0].severity, 'information');
  assert.match(d[0].message, /le délai court à compter de la publication même sans cette mention/);
  assert.doesNotMatch(d[0].message, /n’est pas opposable\./);
});

test('REC-004: « suspend le délai » is corrected to « interrompt » (seed 000), « pas suspensif » is left alone', () => {
  const seed = readSeed(0);
  const [d] = fired(seed, 'REC-004');
  assert.ok(d, 'REC-004 attendu sur la graine 000');
  assert.equal(d.severity, 'warning');
  assert.match(d.message, /il l’interrompt/);
  const fix = d.fixes?.[0];
  assert.ok(fix);
  assert.equal(fix.edits[0].newText, 'interrompt');
  const t = edit(DECISION, 'www.telerecours.fr.', 'www.telerecours.fr. Un recours gracieux peut être adressé au maire ; il interrompt le délai de recours contentieux, mais n’est pas suspensif de la décision.');
  assert.deepEqual(fired(t, 'REC-004'), []);
});

test('REC-005: a délai that runs from the transmission to the préfet alone; with the publication it is right (seed 001)', () => {
  const t = edit(DECISION, 'à compter de sa publication', 'à compter de sa transmission au représentant de l’État');
  const [d] = fired(t, 'REC-005');
  assert.ok(d, 'REC-005 attendu');
  assert.equal(d.severity, 'warning');
  assert.match(d.message, /ne court pas à compter de sa transmission/);
  assert.deepEqual(fired(DECISION, 'REC-005'), []);
  assert.deepEqual(fired(readSeed(1), 'REC-005'), []);
});

test('REC-001 on a police arrêté (a regulatory act, published): information, the délai runs from publication', () => {
  const recours = /[^\n]*recours pour excès de pouvoir[^\n]*\n/;
  const police = edit(ARRETE, recours, '');
  const [d] = fired(police, 'REC-001');
  assert.ok(d, 'REC-001 attendu');
  assert.equal(d.severity, 'information');
});

test('REC-001: a tribunal named by its address (« tribunal administratif (6, allée de l’Ile-Gloriette … 44041 Nantes Cedex) ») is named', () => {
  const t = edit(ARRETE, 'devant le tribunal administratif de Grenoble dans', 'devant le tribunal administratif (2, place de Verdun BP 1135 - 38022 Grenoble Cedex) dans');
  assert.deepEqual(fired(t, 'REC-001'), []);
  assert.equal(parse(t).recours?.tribunal, 'Grenoble');
  assert.deepEqual(fired(t, 'REC-002'), []);
  // The address of another tribunal is the wrong tribunal (REC-002).
  const nantes = edit(ARRETE, 'devant le tribunal administratif de Grenoble dans', 'devant le tribunal administratif (6, allée de l\'Ile-Gloriette CS 24111 - 44041 Nantes Cedex) dans');
  assert.equal(fired(nantes, 'REC-002').length, 1);
});

test('REC-001: an act that says it is published, not notified, gets information (Paris, délégation de signature; Aucamville, certification)', () => {
  const withoutRecours = edit(DECISION, SENTENCE, '').replace('Article 3 :', 'Article 2 :').replace('Article 4 :', 'Article 3 :');
  const published = edit(withoutRecours, 'Article 3 : Le directeur', 'Article 3 : La présente décision sera publiée sur le portail des publications administratives de la Ville.\n\nArticle 4 : Le directeur');
  assert.equal(fired(published, 'REC-001')[0].severity, 'information');
  const transmitted = edit(withoutRecours, 'Article 3 : Le directeur', 'Article 3 : La présente décision sera transmise au représentant de l’État dans le département et publiée au recueil des actes administratifs.\n\nArticle 4 : Le directeur');
  assert.equal(fired(transmitted, 'REC-001')[0].severity, 'information');
  const certified = `${withoutRecours}\nCertifiée exécutoire compte tenu de la transmission en préfecture et de la publication en date du 15/12/2022\n`;
  assert.equal(fired(certified, 'REC-001')[0].severity, 'information');
  // Published and notified to the person it concerns: without the mention in the notification, the délai does not
  // run against that person (CJA, art. R. 421-5): an error.
  const notified = edit(published, 'sera publiée sur le portail', 'sera notifiée à l’intéressé et publiée sur le portail');
  assert.equal(fired(notified, 'REC-001')[0].severity, 'error');
  // A delegated matter « notifier les décisions … » is not the act's own notification.
  const matter = edit(published, 'Article 1er : Le contrat', 'Article 1er : Délégation est donnée pour notifier les décisions de non-renouvellement. Le contrat');
  assert.equal(fired(matter, 'REC-001')[0].severity, 'information');
});

test('REC-005: « à compter de la date du « rendu exécutoire » mentionnée sur le présent acte » (Soisy-sous-Montmorency)', () => {
  const t = edit(DECISION, 'à compter de sa publication', 'à compter de la date du « rendu exécutoire » mentionnée sur le présent acte');
  const [d] = fired(t, 'REC-005');
  assert.ok(d, 'REC-005 attendu');
  assert.match(d.message, /rendu exécutoire/);
  // A stamp « Mis en ligne et/ou notifié le : » beside the mention does not correct its starting point.
  assert.equal(fired(`${t}\nMis en ligne et/ou notifié le :\n`, 'REC-005').length, 1);
});

test('REC-001: a compte rendu that writes the voies et délais de recours once, after its last délibération, is silent for all', () => {
  const one = (n: number, objet: string) => `DÉLIBÉRATION N° 2023-0${n}\nObjet : ${objet}\n\nLe conseil municipal,\n\nVu le code général des collectivités territoriales ;\n\nAprès en avoir délibéré, DÉCIDE :\n\nArticle 1er : ${objet} est approuvé.\n\nAdopté à l’unanimité.\n`;
  const text = `COMMUNE DE SAINT-ALBAN\nCOMPTE RENDU DE LA SÉANCE DU CONSEIL MUNICIPAL DU 7 FÉVRIER 2023\n\n${one(1, 'Le budget primitif')}\n${one(2, 'Le tarif de la cantine')}\nFait à Saint-Alban, le 8 février 2023\nLe Maire,\n\nLes présentes délibérations peuvent faire l’objet d’un recours devant le tribunal administratif de Grenoble dans un délai de deux mois à compter de leur publication.\n`;
  assert.deepEqual(fired(text, 'REC-001'), []);
  // Without it, one finding at the closing the délibérations share (one mention there fixes both).
  assert.equal(fired(text.replace(/Les présentes délibérations peuvent[^\n]*\n/, ''), 'REC-001').length, 1);
});

test('REC-001: a police measure is published (information), unless it is notified to the person it concerns (error, R. 421-5)', () => {
  const noRecours = edit(ARRETE, /Article 2 : Le présent arrêté peut faire l'objet[^\n]*\n\n/, '');
  assert.equal(fired(noRecours, 'REC-001')[0].severity, 'information');
  const notified = edit(noRecours, 'de l\'exécution du présent arrêté.', 'de l\'exécution du présent arrêté, qui sera notifié à la SARL Le Corsaire.');
  assert.equal(fired(notified, 'REC-001')[0].severity, 'error');
});

test('REC-001: a police arrêté sent to the gendarmerie for its execution is not notified to a person (information)', () => {
  const noRecours = edit(ARRETE, /Article 2 : Le présent arrêté peut faire l'objet[^\n]*\n\n/, '');
  const sent = edit(noRecours, 'de l\'exécution du présent arrêté.', 'de l\'exécution du présent arrêté. Il sera notifié à M. le Commandant de la brigade de gendarmerie.');
  assert.equal(fired(sent, 'REC-001')[0].severity, 'information');
});

test('REC-001: an opposition to a déclaration préalable is an individual decision (an error without the mention, naming the tribunal of the département); a délai written wrong is a warning, even for a police arrêté', () => {
  const dp = (recours: string) => `COMMUNE DE HONFLEUR\nDépartement du Calvados\nARRÊTÉ N° U-2025-0143\nd’opposition à une déclaration préalable\nLe Maire de Honfleur,\nVu la déclaration préalable n° DP 014 333 25 00021 déposée le 2 mai 2025 par M. Paul LEROY ;\nVu le code de l’urbanisme, notamment ses articles L. 421-4 et R. 421-17 ;\nVu le plan local d’urbanisme approuvé le 12 mars 2019 ;\nConsidérant que le projet prévoit des menuiseries en PVC, que l’article UA 11 du règlement interdit dans le secteur ;\nARRÊTE\nArticle unique – Il est fait opposition à la déclaration préalable susvisée.\n${recours}Fait à Honfleur, le 20 mai 2025\nLe Maire,\nMichel LAMARRE\n`;
  const missing = fired(dp(''), 'REC-001');
  assert.deepEqual(missing.map((d) => d.severity), ['error']);
  assert.match(missing[0].message, /tribunal administratif de Caen/);
  assert.deepEqual(fired(dp(''), 'MOT-002'), []);
  // « Il n’est pas fait opposition »: favourable.
  assert.notEqual(fired(dp('').replace('Il est fait opposition', 'Il n’est pas fait opposition'), 'REC-001')[0]?.severity, 'error');
  const police = (delay: string) => `COMMUNE DE SAINT-JEAN-DE-MONTS\nARRÊTÉ N° 2025-PM-061\nportant réglementation de la baignade\nLe Maire de Saint-Jean-de-Monts,\nVu le code général des collectivités territoriales, notamment ses articles L. 2212-2 et L. 2213-23 ;\nConsidérant la nécessité d’assurer la sécurité des baigneurs ;\nARRÊTE\nArticle 1er : La baignade est interdite hors des zones surveillées.\nArticle 2 : Le présent arrêté peut faire l’objet d’un recours contentieux devant le tribunal administratif de Nantes dans un délai ${delay} à compter de sa publication.\nFait à Saint-Jean-de-Monts, le 2 juin 2025\nLe Maire,\nVéronique LAUNAY\n`;
  assert.deepEqual(fired(police('d’un mois'), 'REC-001').map((d) => d.severity), ['warning']);
  assert.deepEqual(fired(police('de deux mois'), 'REC-001'), []);
});

test('REC-002: since 2025 the tarification of a social or medico-social établissement goes to a tribunal the CJA designates (an information, not the département’s tribunal); a mention that still sends to the tribunal interrégional de la tarification is a warning', () => {
  const arrete = (recours: string, date = '12 mars 2025') => `DÉPARTEMENT DE LA DRÔME\n\nARRÊTÉ N° 2025-DA-0142\nportant fixation du tarif journalier d’hébergement de l’EHPAD Les Tilleuls pour l’exercice 2025\n\nLa Présidente du Conseil départemental de la Drôme,\nVu le code de l’action sociale et des familles, notamment ses articles L. 314-1 et R. 314-35 ;\nConsidérant la proposition budgétaire de l’établissement ;\nARRÊTE\nArticle 1er : Le tarif journalier d’hébergement est fixé à 68,40 euros.\nArticle 2 : ${recours}\nFait à Valence, le ${date}\nLa Présidente du Conseil départemental,\nMarie-Pierre MOUTON\n`;
  const lyon = fired(arrete('Le présent arrêté peut faire l’objet d’un recours devant le tribunal administratif de Lyon dans un délai de deux mois à compter de sa notification.'), 'REC-002');
  assert.deepEqual(lyon.map((d) => d.severity), ['information']);
  assert.match(lyon[0].message, /décret n° 2024-1168 du 6 décembre 2024/);
  // Before 2025, the seat's rule (the tribunal de la tarification judged then).
  assert.deepEqual(fired(arrete('Le présent arrêté peut faire l’objet d’un recours devant le tribunal administratif de Lyon dans un délai de deux mois à compter de sa notification.', '12 mars 2024'), 'REC-002').map((d) => d.severity), ['warning']);
  const titss = diagnostics(arrete('Le présent arrêté peut faire l’objet d’un recours devant le tribunal interrégional de la tarification sanitaire et sociale de Lyon dans un délai d’un mois à compter de sa notification (CASF, art. R. 351-15).')).filter((d) => d.code.startsWith('REC-00') && d.severity === 'warning');
  assert.deepEqual(titss.map((d) => d.code), ['REC-002']);
  assert.match(titss[0].message, /supprimés depuis le 1er janvier 2025/);
});

test('REC-001: « Vu la demande présentée par ENEDIS » and « ENEDIS est autorisée à … »: a favourable decision on its beneficiary’s request (an information without the mention; thirty-first review)', () => {
  const text = `COMMUNE DE VOIRON\nARRÊTÉ N° 2025-VOI-120\nportant permission de voirie\nLe Maire de Voiron,\nVu le code de la voirie routière, notamment ses articles L. 113-2 et L. 113-3 ;\nVu la demande présentée le 30 octobre 2025 par ENEDIS ;\nARRÊTE\nArticle 1er : ENEDIS est autorisée à réaliser une tranchée rue Pasteur du lundi 17 au vendredi 21 novembre 2025.\nArticle 2 : La présente permission est délivrée sous réserve du droit des tiers.\nFait à Voiron, le 5 novembre 2025\nLe Maire,\nJulien POLAT\n`;
  assert.deepEqual(fired(text, 'REC-001').map((d) => d.severity), ['information']);
  assert.deepEqual(fired(text, 'MOT-001'), []);
});

test('REC-001 and REC-003: a mention that sends to the commission du contentieux du stationnement payant within one month is right as it is (69th review)', () => {
  const fps = edit(DECISION, SENTENCE, 'Article 2 : La présente décision peut être contestée devant la commission du contentieux du stationnement payant (CS 81020, 87010 Limoges Cedex 1) dans un délai d’un mois à compter de sa notification.\n\n');
  assert.equal(parse(fps).recours?.specialJurisdiction, true);
  assert.deepEqual([...fired(fps, 'REC-001'), ...fired(fps, 'REC-003')], []);
  // (A tribunal administratif given one month is still told its two months.)
  const ta = edit(DECISION, SENTENCE, 'Article 2 : La présente décision peut faire l’objet d’un recours devant le tribunal administratif de Grenoble dans un délai d’un mois à compter de sa notification.\n\n');
  assert.match(fired(ta, 'REC-001')[0]?.message ?? '', /deux mois/);
});
