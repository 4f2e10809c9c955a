// DEL rules and the L. 2122-22 data.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { DECISION, edit, fired } from './helpers/acts';
import { L2122_22_ITEMS } from '../server/src/core/rules/delegations';

test('data/l2122-22.json: 31 items numbered 1 to 31, with label, limits flag and status, and a source', () => {
  const raw = JSON.parse(readFileSync(path.join(__dirname, '..', 'data', 'l2122-22.json'), 'utf8'));
  const schema = z.object({
    source: z.string().min(40),
    licence: z.string().min(10),
    count: z.literal(31),
    items: z.array(z.object({
      n: z.number().int(), label: z.string().min(10), short: z.string().min(3), limits: z.boolean(), limitsSince: z.string().regex(/^\d{4}-\d{2}-\d{2}$/).optional(),
      status: z.enum(['confirmed', 'confirmed-2014', 'confirmed-secondary', 'unconfirmed']),
      // Folded regular expressions naming the matter (keywords) and words an objet may use for it (related).
      keywords: z.string().refine((s) => { try { new RegExp(s); return true; } catch { return false; } }),
      related: z.string().refine((s) => { try { new RegExp(s); return true; } catch { return false; } }),
      // Words that put an objet out of the matter (a cession d'immeuble is no 10°).
      excludes: z.string().refine((s) => { try { new RegExp(s); return true; } catch { return false; } }).optional(),
    }).strict()).length(31),
  }).passthrough();
  const data = schema.parse(raw);
  assert.deepEqual(data.items.map((i) => i.n), Array.from({ length: 31 }, (_, i) => i + 1));
  assert.deepEqual(L2122_22_ITEMS.filter((i) => i.limits).map((i) => i.n), [2, 3, 15, 16, 17, 20, 21, 22, 26, 27, 30]);
});

const item = (n: string) => edit(DECISION, 'notamment le 6° de son article L. 2122-22', `notamment le ${n} de son article L. 2122-22`);

test('DEL-001: an item that does not exist (error); no item (warning; an information when the objet names the matter)', () => {
  assert.equal(fired(item('36°'), 'DEL-001')[0].severity, 'error');
  const noItem = edit(DECISION, 'notamment le 6° de son article L. 2122-22', 'notamment son article L. 2122-22');
  // (An objet that names the matter by its own words, « Contrat d'assurance … »: an information; else a warning.)
  assert.equal(fired(noItem, 'DEL-001')[0].settled ?? fired(noItem, 'DEL-001')[0].severity, 'information');
  const none = fired(edit(edit(noItem, /^Objet : .*$/m, 'Objet : Décision du maire'), 'Le contrat d\'assurance proposé par la société Assurances du Lac est accepté.', 'L’offre de la société du Lac est acceptée.'), 'DEL-001');
  assert.equal(none[0].severity, 'warning');
  assert.deepEqual(fired(DECISION, 'DEL-001'), []);
});

test('DEL-002: no délibération of delegation; a délibération older than the mandate', () => {
  const t = edit(DECISION, /Vu la délibération n° DCM-2020-117[^\n]*\n\n/, '');
  assert.equal(fired(t, 'DEL-002').length, 1);
  assert.match(fired(DECISION, 'DEL-002', { mandateStart: '2026-03-22' })[0].message, /précède le début du mandat/);
  assert.deepEqual(fired(DECISION, 'DEL-002', { mandateStart: '2020-05-23' }), []);
});

test('DEL-003: item 3° (loans) without the délibération setting the limits', () => {
  // The délibération of délégation is visée with its number and date: it may fix the limits (information).
  const cited = fired(item('3°'), 'DEL-003');
  assert.equal(cited.length, 1);
  assert.equal(cited[0].severity, 'information');
  assert.match(cited[0].message, /vérifiez que la délibération de délégation visée les fixe/);
  // Limits said to be elsewhere, with no number or date (« les délibérations annuelles relatives à la dette »): warning.
  const elsewhere = edit(item('3°'), 'Considérant', 'Vu les délibérations annuelles relatives à la dette et aux emprunts ;\n\nConsidérant');
  assert.equal(fired(elsewhere, 'DEL-003')[0].severity, 'warning');
  // No délibération of délégation visée at all: DEL-002 asks for it (where the limits are set), DEL-003 does not repeat it
  // (thirtieth review).
  const none = edit(item('3°'), /Vu la délibération n° DCM-2020-117[^\n]*\n\n/, '');
  assert.deepEqual(fired(none, 'DEL-003'), []);
  assert.equal(fired(none, 'DEL-002').length, 1);
  const ok = edit(item('3°'), 'Considérant', 'Vu la délibération n° DCM-2025-010 du 3 février 2025 fixant les limites des emprunts pour 2025 ;\n\nConsidérant');
  assert.deepEqual(fired(ok, 'DEL-003'), []);
  assert.deepEqual(fired(DECISION, 'DEL-003'), []);
});

test('DEL-004: a loan decision after the opening of the electoral campaign (error)', () => {
  const d = fired(item('3°'), 'DEL-004', { campaignStart: '2025-03-02' });
  assert.equal(d.length, 1);
  assert.equal(d[0].severity, 'error');
  assert.deepEqual(fired(item('3°'), 'DEL-004', { campaignStart: '2026-03-02' }), []);
  assert.deepEqual(fired(DECISION, 'DEL-004', { campaignStart: '2025-03-02' }), []);
});

test('DEL-004 without a profile: the general renewal of March 2026 (campaign opened on 2 March 2026) ended the délégations of the 3°', () => {
  const loan = (date: string, deliberation = 'n° DCM-2020-117 du 17 juillet 2020') => edit(edit(item('3°'), 'Fait à Chambéry, le 17 avril 2025', `Fait à Chambéry, le ${date}`), 'n° DCM-2020-117 du 17 juillet 2020', deliberation);
  const [d] = fired(loan('6 mars 2026'), 'DEL-004');
  assert.equal(d?.severity, 'error');
  assert.match(d?.message ?? '', /^Décision d’emprunt du 6\smars\s2026, après l’ouverture de la campagne des élections municipales du 15\smars\s2026 \(ouverte le 2\smars\s2026, code électoral, art\.\sR\.\s26\)/u);
  // A délibération of the conseil elected in March 2026 delegates again.
  assert.deepEqual(fired(loan('15 avril 2026', 'n° DCM-2026-020 du 28 mars 2026'), 'DEL-004'), []);
  assert.equal(fired(loan('15 avril 2026'), 'DEL-004').length, 1);
  // Before the campaign, nothing; with the délibération undated, only before the new conseil could be installed.
  assert.deepEqual(fired(loan('27 février 2026'), 'DEL-004'), []);
  assert.equal(fired(loan('10 mars 2026', 'du conseil municipal'), 'DEL-004').length, 1);
  assert.deepEqual(fired(loan('15 avril 2026', 'du conseil municipal'), 'DEL-004'), []);
  // The profile's date, when given, is the one used.
  assert.deepEqual(fired(loan('6 mars 2026'), 'DEL-004', { campaignStart: '2026-03-09' }), []);
});

test('DEL-005: no mention of the report to the conseil municipal (information)', () => {
  const t = edit(edit(DECISION, ' et son article L. 2122-23', ''), /Article 3 : Il sera rendu compte[^\n]*\n\n/, '');
  assert.equal(fired(t, 'DEL-005').length, 1);
  assert.deepEqual(fired(DECISION, 'DEL-005'), []);
});

test('DEL-002: the délibération that delegates counts for the mandate, not a later one that only sets the limits of a matter', () => {
  const text = `DÉCISION N° 2025-012\nLe Maire de Brest,\nVu le code général des collectivités territoriales, notamment ses articles L. 2122-22 (3°) et L. 2122-23 ;\nVu la délibération n° 2014-04-012 du 11 avril 2014 portant délégation d’attributions du conseil municipal au maire ;\nVu la délibération n° 2024-12-088 du 16 décembre 2024 fixant les limites de la délégation en matière d’emprunts ;\nDÉCIDE :\nArticle 1er : Un emprunt de 500 000 euros est contracté auprès de la Banque des territoires.\nArticle 2 : Il en sera rendu compte au conseil municipal.\nFait à Brest, le 3 mars 2025\nLe Maire,\nFrançois CUILLANDRE\n`;
  assert.match(fired(text, 'DEL-002', { mandateStart: '2020-07-04' })[0]?.message ?? '', /11 avril 2014\) précède le début du mandat/);
  // The current délégation « pour intenter les actions en justice » beside an older délibération on another matter: silent.
  const current = text
    .replace('Vu la délibération n° 2014-04-012 du 11 avril 2014 portant délégation d’attributions du conseil municipal au maire ;', 'Vu la délibération n° 2018-05-020 du 3 mai 2018 portant délégation du service public de l’eau ;')
    .replace('Vu la délibération n° 2024-12-088 du 16 décembre 2024 fixant les limites de la délégation en matière d’emprunts ;', 'Vu la délibération n° 2020-07-034 du 10 juillet 2020 portant délégation d’attributions au maire pour intenter les actions en justice et fixant les conditions des emprunts ;');
  assert.deepEqual(fired(current, 'DEL-002', { mandateStart: '2020-07-04' }), []);
});

test('a visa of the délibération that delegates names the matters in its own words: « notamment ses 11° et 16° », « (20° de l’article 1er) » (DEL-001, DEL-007)', () => {
  const decision = (visa: string, objet: string) => `COMMUNE DE PONT-AVEN\nDÉCISION DU MAIRE N° 2026-006\nObjet : ${objet}\nLe Maire de Pont-Aven,\nVu le code général des collectivités territoriales, notamment ses articles L. 2122-22 et L. 2122-23 ;\n${visa}\nDÉCIDE\nArticle 1er : La décision est prise.\nFait à Pont-Aven, le 4 mai 2026\nLe Maire,\nJean DUPONT\n`;
  const treasury = decision('Vu la délibération n° 2026-037 du 26 mars 2026 par laquelle le conseil municipal a délégué au maire, pour la durée de son mandat, le pouvoir de réaliser les lignes de trésorerie sur la base d’un montant maximum de 400 000 euros (20° de l’article 1er) ;', 'Ouverture d’une ligne de trésorerie de 300 000 euros');
  assert.deepEqual(fired(treasury, 'DEL-001'), []);
  assert.equal(fired(treasury.replace(' (20° de l’article 1er)', ''), 'DEL-001').length, 1);
  const defence = decision('Vu la délibération n° 2026-052 du 9 avril 2026 portant délégation d’attributions au maire, notamment ses 11° et 16° ;', 'Défense des intérêts de la commune – Requête devant le tribunal administratif de Pau');
  assert.deepEqual(fired(defence, 'DEL-007'), []);
  assert.equal(fired(defence.replace('ses 11° et 16°', 'son 11°'), 'DEL-007').length, 1);
});

test('« L2122-22 alinéa 4 » is read as the matter the act says (forty-third review): the 4° the délibération of délégation cites, or the marché the objet names; no DEL-003 on the 3° (loans), VIS-006 offers the 4° alone', () => {
  const marche = (visas: string) => `COMMUNE DE MONTREVEL-SUR-FURE\n\nDÉCISION DU MAIRE N° DM-2026-011\nportant attribution du marché de maintenance des installations de chauffage des bâtiments communaux\n\nLe Maire de Montrevel-sur-Fure,\n\nVu le code général des collectivités territoriales, et notamment l'article L2122-22 alinéa 4 et l'article L2122-23 ;\n${visas}\n\nDÉCIDE\n\nArticle 1er – Le marché de maintenance des installations de chauffage est attribué à la société Thermique Dauphinoise pour un montant de 18 400 euros hors taxes.\n\nArticle 2 – Il en sera rendu compte au conseil municipal lors de sa prochaine séance.\n\nFait à Montrevel-sur-Fure, le 14 avril 2026\n\nLe Maire,\nClaire DUVERNAY\n`;
  for (const visas of [
    'Vu la délibération n° DCM-2026-018 du 3 avril 2026 par laquelle le conseil municipal a délégué au maire les attributions mentionnées au 4° de l’article L. 2122-22 du code général des collectivités territoriales ;',
    'Vu la délibération n° DCM-2026-018 du 3 avril 2026 portant délégation d’attributions du conseil municipal au maire ;',
  ]) {
    const act = marche(visas);
    assert.deepEqual(fired(act, 'DEL-003'), []);
    const vis = fired(act, 'VIS-006');
    assert.equal(vis.length, 1);
    assert.match(vis[0].message.replace(/\s/g, ' '), /Désignez l’élément : « le 4° de l’article L\. 2122-22 »/);
    assert.deepEqual(vis[0].fixes!.map((f) => f.title.replace(/\s/g, ' ').replace(/ \(.*$/, '')), ['Écrire « le 4° de l’article L. 2122-22 »']);
  }
});

test('a décision the maire takes on his own powers, which its visas cite, is no décision by délégation (sixty-fifth review): no VIS-001, DEL-002 nor DEL-005', () => {
  const own = (objet: string, visas: string, article: string) => `COMMUNE DE MEYLAN\nDÉCISION DU MAIRE N° 2026-041\nObjet : ${objet}\nLe Maire de Meylan,\n${visas}\nDÉCIDE\nArticle 1er : ${article}\nArticle 2 : La présente décision peut faire l’objet d’un recours devant le tribunal administratif de Grenoble dans un délai de deux mois à compter de sa publication.\nFait à Meylan, le 4 juin 2026\nLe Maire,\nPhilippe CARDIN\n`;
  const cases = [
    // Moves of credits between chapters that the budget allows (M57).
    own('Virement de crédits entre chapitres', 'Vu le code général des collectivités territoriales, notamment ses articles L. 2122-21 et L. 5217-10-6 ;\nVu la délibération n° 2026-030 du 9 avril 2026 adoptant le budget primitif 2026 ;', 'Un virement de crédits de 35 000 € est opéré du chapitre 65 vers le chapitre 011.'),
    // The maire as autorité territoriale.
    own('Recrutement d’un agent contractuel', 'Vu le code général de la fonction publique, notamment son article L. 332-23 ;\nVu la délibération n° 2026-012 du 9 avril 2026 portant création d’emplois non permanents ;', 'M. Hugo PERRIN est recruté en qualité d’adjoint technique contractuel du 1er juillet au 31 août 2026.'),
    // The maire who carries out a délibération.
    own('Signature du marché de construction du gymnase', 'Vu le code général des collectivités territoriales, notamment son article L. 2122-21 ;\nVu la délibération n° 2026-057 du 21 mai 2026 attribuant le marché et autorisant le maire à le signer ;', 'Le maire signe le marché avec la société Rhône-Alpes Bâtiment.'),
    // The police of the maire (L. 2212-1 and after).
    own('Interdiction temporaire de la baignade au lac', 'Vu le code général des collectivités territoriales, notamment ses articles L. 2212-1 et L. 2212-2 ;', 'La baignade est interdite au lac du 5 au 20 juin 2026.'),
    // The manager of the public domain.
    own('Refus d’une autorisation d’occupation du domaine public', 'Vu le code général de la propriété des personnes publiques, notamment ses articles L. 2122-1 et L. 2122-2 ;\nVu la demande présentée le 14 avril 2026 par la SARL Le Comtadin ;', 'La demande d’autorisation d’occupation du domaine public est refusée.'),
  ];
  for (const act of cases) {
    for (const id of ['VIS-001', 'DEL-002', 'DEL-005']) assert.deepEqual(fired(act, id), [], `${id} on « ${act.split('\n')[2]} »`);
  }
  // The same décision that vises a délibération of délégation is judged as one: it must vise L. 2122-22.
  const delegated = cases[1].replace('Vu la délibération n° 2026-012 du 9 avril 2026 portant création d’emplois non permanents ;', 'Vu la délibération n° 2026-012 du 9 avril 2026 portant délégation d’attributions du conseil municipal au maire ;');
  assert.equal(fired(delegated, 'VIS-001').length, 1);
  // And a décision that cites none of them still asks for the délibération that delegates.
  assert.equal(fired(DECISION.replace(/^Vu la délibération.*délégation.*$/m, ''), 'DEL-002').length, 1);
});

test('the président of an EPCI who pre-empts under L. 5211-9, by the délibération that delegates it, need not vise L. 5211-10 (EPCI-004, sixty-fifth review)', () => {
  const act = (article: string) => `COMMUNAUTÉ DE COMMUNES CŒUR DE SAVOIE\nDÉCISION DU PRÉSIDENT N° 2026-044\nObjet : Exercice du droit de préemption urbain – parcelle ZA 88 à Porte-de-Savoie\nLe Président de la communauté de communes Cœur de Savoie,\nVu le code général des collectivités territoriales, notamment son article ${article} ;\nVu le code de l’urbanisme, notamment ses articles L. 210-1, L. 211-1 et L. 213-3 ;\nVu la délibération n° 2026-04-016 du conseil communautaire du 23 avril 2026 portant délégation au président de l’exercice des droits de préemption dont la communauté de communes est titulaire ;\nVu la déclaration d’intention d’aliéner reçue le 4 mai 2026 ;\nConsidérant le projet de zone d’activités ;\nDÉCIDE\nArticle 1er : La communauté de communes exerce son droit de préemption sur la parcelle ZA 88 au prix de 210 000 euros.\nFait à Montmélian, le 12 juin 2026\nLe Président,\nDaniel GRAND\n`;
  assert.deepEqual(fired(act('L. 5211-9'), 'EPCI-004'), []);
  assert.equal(fired(act('L. 5211-2'), 'EPCI-004').length, 1);
});

test('an insurance contract by its own words (« contrat flotte automobile », « dommages-ouvrage ») is the 6° (DEL-007, sixty-fifth review)', () => {
  for (const objet of ['Avenant n° 2 au contrat flotte automobile', 'Contrat dommages-ouvrage pour la construction de l’école']) {
    const act = edit(edit(DECISION, /^Objet : .*$/m, `Objet : ${objet}`), 'Le contrat d\'assurance proposé par la société Assurances du Lac est accepté.', 'L’offre de la société Mutuelle du Lac est acceptée.');
    assert.deepEqual(fired(act, 'DEL-007'), [], objet);
  }
  // (Nor a word of the 6° in the objet: the matter invoked is not the objet's.)
  const other = edit(edit(DECISION, /^Objet : .*$/m, 'Objet : Location d’un copieur pour la mairie'), 'Le contrat d\'assurance proposé par la société Assurances du Lac est accepté.', 'L’offre de la société Bureautique du Lac est acceptée.');
  assert.equal(fired(other, 'DEL-007').length, 1);
});

test('a délégation voted between the first round of March 2026 and the first day a new conseil could sit (20 March) is the outgoing conseil’s (DEL-002, sixty-fifth review)', () => {
  const decision = (voted: string) => edit(edit(DECISION, 'Vu la délibération n° DCM-2020-117 du 17 juillet 2020', `Vu la délibération n° DCM-2026-017 du ${voted}`), 'Fait à Chambéry, le 17 avril 2025', 'Fait à Chambéry, le 4 mai 2026');
  const outgoing = fired(decision('17 mars 2026'), 'DEL-002');
  assert.equal(outgoing.length, 1);
  assert.match(outgoing[0].message.replace(/\s/g, ' '), /votée après le premier tour .* mars 2026 et avant qu’un nouveau conseil puisse être installé \(au plus tôt le 20 mars 2026/);
  assert.deepEqual(fired(decision('20 mars 2026'), 'DEL-002'), []);
  assert.deepEqual(fired(decision('3 avril 2026'), 'DEL-002'), []);
});

test('an objet that opens with « Tarifs … » under a numbered title is a tarif the maire fixes (DEL-010, sixty-fifth review)', () => {
  const act = (objet: string) => `VILLE DE MEYLAN\nDépartement de l’Isère\nARRÊTÉ N° 2026-ARR-210\nObjet : ${objet}\nLe Maire de Meylan,\nVu le code général des collectivités territoriales, notamment son article L. 2122-21 ;\nConsidérant qu’il convient de réviser les tarifs de la piscine ;\nARRÊTE\nArticle 1er : Les tarifs de la piscine municipale sont fixés à 4,20 € l’entrée adulte.\nFait à Meylan, le 4 juin 2026\nLe Maire,\nPhilippe CARDIN\n`;
  for (const objet of ['Tarifs de la piscine municipale à compter du 1er juillet 2026', 'Tarifs municipaux 2026']) assert.equal(fired(act(objet), 'DEL-010').length, 1, objet);
  assert.deepEqual(fired(act('Horaires de la piscine municipale'), 'DEL-010'), []);
});

test('a délibération of délégation a considérant cites (« en vertu de la délibération n° … , le maire a reçu délégation ») is there, only not visée: an information (DEL-002, sixty-fifth review)', () => {
  const act = edit(edit(DECISION, /Vu la délibération n° DCM-2020-117[^\n]*\n\n/, ''), 'Considérant qu\'il y a lieu', 'Considérant qu’en vertu de la délibération n° DCM-2026-031 du 27 mars 2026, le maire a reçu délégation pour passer les contrats d’assurance ;\n\nConsidérant qu\'il y a lieu');
  const found = fired(act, 'DEL-002');
  assert.equal(found.length, 1);
  assert.equal(found[0].settled ?? found[0].severity, 'information');
  assert.match(found[0].message.replace(/\s/g, ' '), /un considérant cite la délibération n° DCM-2026-031 comme délégante/);
  assert.doesNotMatch(found[0].message, /pas compétent/);
  // (A délibération on a délégation de service public a considérant cites is no délégation to the maire: a warning.)
  const dsp = edit(edit(DECISION, /Vu la délibération n° DCM-2020-117[^\n]*\n\n/, ''), 'Considérant qu\'il y a lieu', 'Considérant qu’en vertu de la délibération n° DCM-2026-031 du 27 mars 2026 approuvant la délégation de service public de l’eau, le contrat est signé ;\n\nConsidérant qu\'il y a lieu');
  assert.equal(fired(dsp, 'DEL-002')[0].severity, 'warning');
});

test('a transaction by délégation above 1 000 euros in a commune of fewer than 50 000 inhabitants (16°) is the conseil’s (DEL-009, sixty-fifth review)', () => {
  const act = (sum: string, objet = 'Protocole transactionnel avec la société Bâti-Rénov') => edit(edit(edit(item('16°'), /^Objet : .*$/m, `Objet : ${objet}`), 'Le contrat d\'assurance proposé par la société Assurances du Lac est accepté.', `Le protocole transactionnel par lequel la commune verse ${sum} euros à la société Bâti-Rénov est approuvé.`), 'Considérant qu\'il y a lieu d\'assurer les véhicules municipaux ;', 'Considérant qu’il y a lieu de mettre fin au litige ;');
  const over = fired(act('3 000'), 'DEL-009', { population: 19_000 });
  assert.equal(over.length, 1);
  assert.match(over[0].message.replace(/\s/g, ' '), /Une transaction de 3 000 euros dépasse .* 16° .* limite de 1 000 euros/);
  assert.deepEqual(fired(act('800'), 'DEL-009', { population: 19_000 }), []);
  // (« une indemnité transactionnelle, globale et forfaitaire de 3 500 euros » is the sum paid.)
  const global = act('3 500').replace('par lequel la commune verse 3 500 euros', 'par lequel la commune verse une indemnité transactionnelle, globale et forfaitaire de 3 500 euros');
  assert.equal(fired(global, 'DEL-009', { population: 19_000 }).length, 1);
  // From 50 000 inhabitants, 5 000 euros; with no population known, nothing is said.
  assert.deepEqual(fired(act('3 000'), 'DEL-009', { population: 120_000 }), []);
  // (An action en justice under the same 16° has no cap.)
  assert.deepEqual(fired(act('3 000', 'Action en justice contre la société Bâti-Rénov').replace('Le protocole transactionnel par lequel la commune verse', 'La commune réclame'), 'DEL-009', { population: 19_000 }), []);
});

test('a décision above the ceiling its visa of the délibération of délégation writes is beyond the délégation (DEL-003, sixty-fifth review)', () => {
  const loan = (sum: string) => `COMMUNE DE VILLEFRANCHE-SUR-SAÔNE\nDÉCISION DU MAIRE N° 2026-051\nObjet : Réalisation d’un emprunt auprès du Crédit Agricole Centre-Est\nLe Maire de Villefranche-sur-Saône,\nVu le code général des collectivités territoriales, notamment ses articles L. 2122-22, 3°, et L. 2122-23 ;\nVu la délibération n° 2026-04-07 du conseil municipal du 9 avril 2026 portant délégation d’attributions au maire, autorisant le maire à procéder à la réalisation des emprunts dans la limite d’un montant total de 1 000 000 € par exercice budgétaire ;\nDÉCIDE\nArticle 1er : La commune contracte un emprunt d’un montant de ${sum} euros.\nArticle 2 : Il sera rendu compte de la présente décision au conseil municipal.\nFait à Villefranche-sur-Saône, le 12 mai 2026\nLe Maire,\nThomas RAVIER\n`;
  const over = fired(loan('1 800 000'), 'DEL-003');
  assert.equal(over.length, 1);
  assert.match(over[0].message.replace(/\s/g, ' '), /porte sur 1 800 000 euros, au-delà de la limite de 1 000 000 euros que fixe la délibération de délégation visée \(emprunts, 3°\)/);
  assert.equal(fired(loan('800 000'), 'DEL-003').filter((d) => /au-delà/.test(d.message)).length, 0);
  // A ceiling HT: a sum said HT is compared as it is; one not said HT may hold taxes (divided by 1.2).
  const marche = (sum: string) => loan('0').replace('emprunts dans la limite d’un montant total de 1 000 000 € par exercice budgétaire', 'marchés d’un montant inférieur à 90 000 € HT lorsque les crédits sont inscrits au budget').replace('L. 2122-22, 3°,', 'L. 2122-22, 4°,').replace('Réalisation d’un emprunt auprès du Crédit Agricole Centre-Est', 'Attribution du marché de travaux de l’esplanade').replace('La commune contracte un emprunt d’un montant de 0 euros.', `Le marché est attribué à l’entreprise EUROVIA pour un montant de ${sum}.`);
  assert.equal(fired(marche('148 000 € HT'), 'DEL-003').filter((d) => /au-delà/.test(d.message)).length, 1);
  assert.equal(fired(marche('100 000 €'), 'DEL-003').filter((d) => /au-delà/.test(d.message)).length, 0);
  assert.equal(fired(marche('100 000 € HT'), 'DEL-003').filter((d) => /au-delà/.test(d.message)).length, 1);
});

test('the 9° delegates only gifts without condition or charge, the 2° only droits without a fiscal character (DEL-009, sixty-fifth review)', () => {
  const gift = (considerant: string) => `VILLE DE PÉRIGUEUX\nDÉCISION DU MAIRE N° 2026-033\nObjet : Acceptation d’un legs de Mme Germaine DELPEYRAT\nLe Maire de Périgueux,\nVu le code général des collectivités territoriales, notamment ses articles L. 2122-22, 9°, et L. 2122-23 ;\nVu la délibération n° 2026-041 du 2 avril 2026 portant délégation d’attributions du conseil municipal au maire ;\nConsidérant que, par son testament, Mme Germaine DELPEYRAT lègue à la Ville la somme de 85 000 euros${considerant} ;\nDÉCIDE\nArticle 1er : La Ville accepte le legs de Mme Germaine DELPEYRAT.\nArticle 2 : Il sera rendu compte de la présente décision au conseil municipal.\nFait à Périgueux, le 5 mai 2026\nLe Maire,\nEmeric LAVITOLA\n`;
  const charged = fired(gift(', à charge pour la commune d’assurer l’entretien de sa sépulture'), 'DEL-009');
  assert.equal(charged.length, 1);
  assert.match(charged[0].message.replace(/\s/g, ' '), /grevé d’une condition ou d’une charge \(« à charge pour la commune d’assurer »\)/);
  assert.equal(fired(gift(', à la condition qu’elle soit affectée au kiosque'), 'DEL-009').length, 1);
  assert.deepEqual(fired(gift(', sans condition ni charge'), 'DEL-009'), []);
  // A tax the objet names, under the 2°; not a tax the articles leave out of a tarif.
  const tarifs = (objet: string, article: string) => `COMMUNE DE MILLAU\nDÉCISION DU MAIRE N° 2026-060\nObjet : ${objet}\nLe Maire de Millau,\nVu le code général des collectivités territoriales, notamment ses articles L. 2122-22, 2°, et L. 2122-23 ;\nVu la délibération n° 2026-041 du 2 avril 2026 portant délégation d’attributions du conseil municipal au maire ;\nDÉCIDE\nArticle 1er : ${article}\nArticle 2 : Il sera rendu compte de la présente décision au conseil municipal.\nFait à Millau, le 5 mai 2026\nLe Maire,\nEmmanuelle GAZEL\n`;
  assert.equal(fired(tarifs('Fixation des tarifs de la taxe de séjour pour 2027', 'Les tarifs de la taxe de séjour sont fixés à 1,10 € par nuitée.'), 'DEL-009').length, 1);
  assert.deepEqual(fired(tarifs('Tarifs du camping municipal', 'Les tarifs du camping sont fixés à 12 € par nuitée, taxe de séjour non comprise.'), 'DEL-009'), []);
});

test('a préemption vises the déclaration d’intention d’aliéner, comes within two months of its receipt, and says why (DEL-011, sixty-fifth review)', () => {
  const act = (visa: string, considerant: string, date: string) => `COMMUNE DE BOUGUENAIS\nDÉCISION DU MAIRE N° 2026-071\nObjet : Exercice du droit de préemption urbain – parcelle BK 214\nLe Maire de Bouguenais,\nVu le code général des collectivités territoriales, notamment ses articles L. 2122-22, 15°, et L. 2122-23 ;\nVu le code de l’urbanisme, notamment ses articles L. 210-1 et L. 213-2 ;\nVu la délibération n° 2026-030 du 27 mars 2026 portant délégation au maire pour exercer les droits de préemption ;\n${visa}${considerant}DÉCIDE\nArticle 1er : La commune de Bouguenais exerce son droit de préemption urbain sur le bien cadastré section BK n° 214 au prix de 210 000 euros.\nArticle 2 : Il sera rendu compte de la présente décision au conseil municipal.\nFait à Bouguenais, le ${date}\nLe Maire,\nSandra IMPÉRIALE\n`;
  const dia = 'Vu la déclaration d’intention d’aliéner reçue en mairie le 20 mars 2026, relative à la vente de la parcelle BK 214 ;\n';
  const why = 'Considérant que l’acquisition de la parcelle permettra de réaliser un programme de logements sociaux ;\n';
  assert.deepEqual(fired(act(dia, why, '19 mai 2026'), 'DEL-011'), []);
  const late = fired(act(dia, why, '4 juin 2026'), 'DEL-011');
  assert.equal(late.length, 1);
  assert.equal(late[0].severity, 'error');
  assert.match(late[0].message.replace(/\s/g, ' '), /reçue le 20 mars 2026 : le délai de deux mois pour préempter expirait le 20 mai 2026/);
  // (A request for documents suspends the délai: an information.)
  const suspended = fired(act(dia.replace(' ;', ', dont l’instruction a été suspendue par une demande de pièces du 10 avril 2026 ;'), why, '4 juin 2026'), 'DEL-011');
  assert.deepEqual(suspended.map((d) => d.severity), ['information']);
  assert.match(fired(act('', why, '19 mai 2026'), 'DEL-011')[0].message, /ne vise pas la déclaration d’intention d’aliéner/);
  assert.match(fired(act(dia, '', '19 mai 2026'), 'DEL-011')[0].message, /ne dit pas pourquoi le droit est exercé/);
  // A décision that waives its right is none of this.
  assert.deepEqual(fired(act('', '', '4 juin 2026').replace('exerce son droit de préemption urbain sur', 'renonce à exercer son droit de préemption urbain sur'), 'DEL-011'), []);
});

test('the 4° delegates the marchés only when their credits are in the budget (DEL-009, sixty-fifth review)', () => {
  const act = (considerant: string) => `VILLE DE MEYLAN\nDÉCISION DU MAIRE N° 2026-077\nObjet : Attribution du marché de réfection de la toiture du gymnase\nLe Maire de Meylan,\nVu le code général des collectivités territoriales, notamment ses articles L. 2122-22, 4°, et L. 2122-23 ;\nVu la délibération n° 2026-041 du 2 avril 2026 portant délégation d’attributions du conseil municipal au maire ;\nConsidérant que ${considerant} ;\nDÉCIDE\nArticle 1er : Le marché est attribué à la société Toitures Alpines pour 62 000 euros HT.\nArticle 2 : Il sera rendu compte de la présente décision au conseil municipal.\nFait à Meylan, le 5 mai 2026\nLe Maire,\nPhilippe CARDIN\n`;
  const found = fired(act('les crédits nécessaires seront inscrits au budget lors de la prochaine décision modificative'), 'DEL-009');
  assert.deepEqual(found.map((d) => d.severity), ['warning']);
  assert.match(found[0].message, /lorsque les crédits sont inscrits au budget/);
  assert.deepEqual(fired(act('les crédits nécessaires sont inscrits au budget primitif 2026'), 'DEL-009'), []);
});

test('sixty-sixth review: near misses of the new checks stay silent — a ceiling in % or years, a ceiling for another matter, « non grevé », fees « à la charge de la commune », « hors taxe de séjour », a value « à neuf », a write-off period, the operation’s cost, a rectificative DIA', () => {
  const decision = (item: string, visa: string, objet: string, article: string, considerant = '') => `COMMUNE DE VALLON-PONT-D’ARC\nDÉCISION DU MAIRE N° 2026-090\nObjet : ${objet}\nLe Maire de Vallon-Pont-d’Arc,\nVu le code général des collectivités territoriales, notamment ses articles L. 2122-22, ${item}, et L. 2122-23 ;\nVu la délibération n° 2026-041 du 2 avril 2026 portant délégation d’attributions du conseil municipal au maire${visa} ;\n${considerant}DÉCIDE\nArticle 1er : ${article}\nArticle 2 : Il sera rendu compte de la présente décision au conseil municipal.\nFait à Vallon-Pont-d’Arc, le 5 mai 2026\nLe Maire,\nClaude BENAHMED\n`;
  const silent = (act: string, ids = ['DEL-003', 'DEL-009']) => { for (const id of ids) assert.deepEqual(fired(act, id).filter((d) => d.severity === 'error' || d.severity === 'warning').map((d) => d.message), [], `${id}: ${act.split('\n')[2]}`); };
  silent(decision('2°', ', pour fixer les tarifs dans la limite de 8 % d’augmentation annuelle', 'Tarifs de la salle des fêtes', 'Le tarif de location est fixé à 19 euros de l’heure.'));
  silent(decision('5°', ', pour les louages n’excédant pas 12 ans', 'Location d’un local', 'Le local est loué pour neuf ans moyennant un loyer annuel de 2 400 euros.'));
  silent(decision('4°', ', pour réaliser les emprunts dans la limite de 300 000 € par an et passer les marchés lorsque les crédits sont inscrits au budget', 'Attribution du marché de voirie', 'Le marché est attribué à la société Colas pour 348 000 euros HT.'));
  silent(decision('4°', ', pour les marchés d’un montant inférieur à 90 000 € HT', 'Attribution du lot n° 3', 'Le lot n° 3 est attribué à la société Alpes Peinture pour 62 000 euros HT ; le coût de l’opération est de 310 000 euros HT.'));
  silent(decision('9°', '', 'Acceptation d’un don', 'La commune accepte le don de 5 000 euros de M. Favre, non grevé de charges ni de conditions ; les frais de l’acte notarié sont à la charge de la commune.'));
  silent(decision('10°', '', 'Cession d’une balayeuse', 'La balayeuse (valeur à neuf : 95 000 euros) est cédée à la société Voirie Services au prix de 3 800 euros.'));
  silent(decision('5°', '', 'Bail commercial', 'Le local est donné à bail pour neuf ans ; les travaux du preneur seront amortis sur une durée de 15 ans.'));
  silent(decision('2°', '', 'Tarifs du camping municipal 2026, hors taxe de séjour', 'Les tarifs du camping sont fixés à 12 euros par nuitée.'));
  // A rectificative DIA runs the délai from its own receipt.
  const dia = 'Vu la déclaration d’intention d’aliéner reçue en mairie le 9 février 2026 ;\nVu la déclaration d’intention d’aliéner rectificative reçue en mairie le 16 avril 2026 ;\n';
  const preemption = decision('15°', '', 'Exercice du droit de préemption urbain', 'La commune exerce son droit de préemption urbain sur la parcelle AB 12 au prix de 150 000 euros.', `${dia}Considérant le projet de logements sociaux ;\n`).replace('le 5 mai 2026', 'le 10 juin 2026');
  silent(preemption, ['DEL-011']);
  assert.equal(fired(preemption.replace('Vu la déclaration d’intention d’aliéner rectificative reçue en mairie le 16 avril 2026 ;\n', ''), 'DEL-011').length, 1);
});

test('a décision on the maire’s own powers (a refusal to communicate a document, the answer to a recours préalable on a forfait de post-stationnement) is not judged as taken by délégation (69th review)', () => {
  const decision = (title: string, visa: string, article: string) => `VILLE DE LANNION\nDépartement des Côtes-d’Armor\n\nDÉCISION N° D2026_101\n${title}\n\nLe Maire de Lannion,\n\n${visa}\nVu la demande présentée le 2 avril 2026 par M. Hervé COLLIN ;\n\nConsidérant que le document demandé est un document préparatoire à une décision qui n’est pas encore prise ;\n\nDÉCIDE\n\nArticle 1er : ${article}\n\nArticle 2 : La présente décision peut faire l’objet d’un recours devant le tribunal administratif de Rennes dans un délai de deux mois à compter de sa notification.\n\nFait à Lannion, le 20 avril 2026\n\nLe Maire,\nPaul LE BRAS\n`;
  const delegationRules = (text: string) => ['VIS-001', 'DEL-002', 'DEL-005'].flatMap((id) => fired(text, id).map((d) => d.code));
  assert.deepEqual(delegationRules(decision('portant refus de communication d’un document administratif', 'Vu le code des relations entre le public et l’administration, notamment ses articles L. 311-1 et L. 311-5 ;', 'La demande de communication présentée par M. Hervé COLLIN est rejetée.')), []);
  assert.deepEqual(delegationRules(decision('rejetant un recours administratif préalable obligatoire', 'Vu le code général des collectivités territoriales, notamment ses articles L. 2333-87 et L. 2333-87-1 ;', 'Le recours de M. Hervé COLLIN contre le forfait de post-stationnement est rejeté.')), []);
  // (A matter of L. 2122-22 named by its own words, or the CGCT alone, is still a décision by délégation.)
  assert.deepEqual(delegationRules(decision('portant attribution du marché de fourniture de mobilier scolaire', 'Vu le code de la commande publique ;', 'Le marché est attribué à la société Bureau Breton.')), ['VIS-001', 'DEL-002', 'DEL-005']);
  assert.deepEqual(delegationRules(decision('portant refus de communication d’un document administratif', 'Vu le code général des collectivités territoriales ;', 'La demande de communication présentée par M. Hervé COLLIN est rejetée.')), ['VIS-001', 'DEL-002', 'DEL-005']);
});
