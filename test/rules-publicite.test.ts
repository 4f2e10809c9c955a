// PUB rules.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ARRETE, DECISION, DELIB, edit, fired } from './helpers/acts';
import { readSeed } from './helpers/corpus';
import { parse } from '../server/src/core/parse';

test('PUB-002: a certification dated before the act', () => {
  const t = `${DECISION}\nCertifié exécutoire, transmis en préfecture le 10 avril 2025.\n`;
  assert.equal(fired(t, 'PUB-002').length, 1);
  assert.deepEqual(fired(t.replace('10 avril 2025', '18 avril 2025'), 'PUB-002'), []);
});

test('PUB-002: a police arrêté whose measures apply before it is published, or signed: « entre en vigueur le mardi 1er juillet », « Du lundi 13 octobre 2025 au … »', () => {
  const arrete = (article: string, signed: string, published: string) => `COMMUNE DE MONTLUEL\nARRÊTÉ N° 2025-118\nportant réglementation temporaire de la circulation rue de la Gare\nLe Maire de Montluel,\nVu le code général des collectivités territoriales, notamment ses articles L. 2212-2 et L. 2213-1 ;\nVu le code de la route ;\nConsidérant que des travaux de voirie nécessitent de réglementer la circulation ;\nARRÊTE\nArticle 1er : ${article}\nArticle 2 : Le présent arrêté peut faire l’objet d’un recours devant le tribunal administratif de Lyon dans un délai de deux mois à compter de sa publication.\nFait à Montluel, le ${signed}\nLe Maire,\nRomain DAUBIÉ\n${published}`;
  const period = 'Du lundi 13 octobre 2025 au vendredi 24 octobre 2025, la circulation est interdite rue de la Gare.';
  assert.equal(fired(arrete(period, '15 octobre 2025', 'Publié le 15 octobre 2025\n'), 'PUB-002').length, 1);
  assert.deepEqual(fired(arrete(period, '10 octobre 2025', 'Publié le 10 octobre 2025\n'), 'PUB-002'), []);
  // Without a date of publication: before the signature.
  assert.match(fired(arrete(period, '15 octobre 2025', ''), 'PUB-002')[0]?.message ?? '', /avant sa signature \(15 octobre 2025\)/);
  // « l’arrêté du 3 mars 2024 » in an article dates a text, not a measure.
  assert.deepEqual(fired(arrete('L’arrêté du 3 mars 2024 est abrogé à compter du 20 octobre 2025.', '15 octobre 2025', 'Publié le 15 octobre 2025\n'), 'PUB-002'), []);
  const weekday = arrete('Le stationnement est interdit place du Marché le mardi. Le présent arrêté entre en vigueur le mardi 1er juillet 2025.', '3 juillet 2025', 'Publié le 3 juillet 2025\n');
  assert.equal(fired(weekday, 'PUB-002').length, 1);
  assert.deepEqual(fired(weekday.replace(/3 juillet 2025/g, '27 juin 2025'), 'PUB-002'), []);
});

test('PUB-004: online for less than two months', () => {
  const seed = readSeed(0);
  assert.deepEqual(fired(seed, 'PUB-004'), []);
  assert.match(fired(edit(seed, 'au 20 juin 2025', 'au 10 juin 2025'), 'PUB-004')[0].message, /moins de deux mois/);
});

test('PUB-004: a period of publication written outside the transmission block', () => {
  const t = `${DECISION}\nPublié sur le site internet de la commune du 18 avril 2025 au 2 juin 2025.\n`;
  const d = fired(t, 'PUB-004');
  assert.equal(d.length, 1);
  assert.match(d[0].message, /du 18 avril 2025 au 2 juin 2025 dure moins de deux mois/);
  assert.deepEqual(fired(t.replace('2 juin 2025', '18 juin 2025'), 'PUB-004'), []);
});

const EPCI = edit(edit(edit(edit(edit(DELIB, 'Commune de Chambéry', "Communauté d'agglomération Grand Lac"), 'DU CONSEIL MUNICIPAL', 'DU CONSEIL COMMUNAUTAIRE'),
  'Le Conseil municipal,', 'Le Conseil communautaire,'), 'Le Maire,', 'Le Président,'), 'notamment son article L. 2121-29', 'notamment son article L. 5211-1');

test('PUB-005: an EPCI with own taxation that only displays its act', () => {
  assert.equal(fired(`${EPCI}\nAffiché le 26 juin 2025\n`, 'PUB-005').length, 1);
  assert.deepEqual(fired(`${EPCI}\nAffiché et publié en ligne le 26 juin 2025\n`, 'PUB-005'), []);
});

test('PUB-009: an identifier whose date differs from the act; invalid SIREN; seed 000 is consistent', () => {
  const seed = readSeed(0);
  assert.deepEqual(fired(seed, 'PUB-009'), []);
  const date = fired(edit(seed, '073-217300656-20250417-', '073-217300656-20250416-'), 'PUB-009');
  assert.equal(date.length, 1);
  assert.match(date[0].message, /16 avril 2025/);
  assert.equal(date[0].severity, 'warning');
  assert.match(fired(edit(seed, '073-217300656-', '073-217300657-'), 'PUB-009')[0].message, /Luhn/);
  assert.match(fired(edit(seed, '073-217300656-', '074-217300656-'), 'PUB-009')[0].message, /Savoie/);
  assert.match(fired(seed, 'PUB-009', { siren: '200000172' })[0].message, /profil/);
});

test('PUB-009: nature of a délibération other than DE (information)', () => {
  const t = `${DELIB}\nIdentifiant de télétransmission : 073-217300656-20250624-DCM2025042-AR\n`;
  const d = fired(t, 'PUB-009');
  assert.equal(d.length, 1);
  assert.equal(d[0].severity, 'information');
  assert.deepEqual(fired(t.replace('-AR\n', '-DE\n'), 'PUB-009'), []);
  // « BF » (documents budgétaires et financiers) fits a budget, not the délibération on tariffs.
  assert.equal(fired(t.replace('-AR\n', '-BF\n'), 'PUB-009').length, 1);
  const budget = edit(t, /Objet : [^\n]*/, 'Objet : Budget primitif 2025 – budget principal');
  assert.deepEqual(fired(budget.replace('-AR\n', '-BF\n'), 'PUB-009'), []);
  assert.match(fired(budget, 'PUB-009')[0]?.message ?? '', /on attend «\sDE\s» \(délibérations\) ou «\sBF\s» \(documents budgétaires et financiers\)/u);
});

test('PUB-009: « Date de télétransmission » and « Date de réception préfecture » in an accusé de réception are read, and checked against the act', () => {
  const act = `Séance du 12 mars 2024\nLe conseil municipal,\nVu le code général des collectivités territoriales ;\nDÉCIDE :\nArticle 1er : Le tarif est fixé.\nAdoptée à l’unanimité.\nFait à Vertou, le 12 mars 2024\n\nAccusé de réception en préfecture\n044-214402158-20240312-2024_17-DE\nDate de télétransmission : 11/03/2024\nDate de réception préfecture : 11/03/2024\n`;
  const t = parse(act).transmission;
  assert.deepEqual([t?.transmissionDate, t?.receptionDate], ['2024-03-11', '2024-03-11']);
  assert.ok(fired(act, 'PUB-009').some((d) => /précède la séance \(12 mars 2024\)/.test(d.message)));
});

test('PUB-004: the period a visa gives another document (« Vu l’avis de publicité publié sur le site internet de la commune du 2 mars 2026 au 3 avril 2026 ») is not the act’s publication (forty-fifth review)', () => {
  const aot = (visa: string) => `VILLE D’AIX-EN-PROVENCE\n\nARRÊTÉ N° 2026-DP-041\nportant autorisation d’occupation temporaire du domaine public communal\n\nLa Maire d’Aix-en-Provence,\n\nVu le code général de la propriété des personnes publiques, notamment ses articles L. 2122-1 et L. 2122-1-1 ;\n${visa}\n\nConsidérant que l’offre de la SAS Glaces du Pays d’Aix est la mieux classée ;\n\nARRÊTE :\n\nArticle 1er : La SAS Glaces du Pays d’Aix est autorisée à occuper le kiosque du parc Jourdan du 1er mai 2026 au 30 avril 2029, moyennant une redevance annuelle de 6 000 euros.\n\nArticle 2 : Le présent arrêté peut faire l’objet d’un recours devant le tribunal administratif de Marseille dans un délai de deux mois à compter de sa notification.\n\nFait à Aix-en-Provence, le 15 avril 2026\n\nLa Maire,\nSophie JOISSAINS\n`;
  assert.deepEqual(fired(aot('Vu l’avis de publicité publié sur le site internet de la commune du 2 mars 2026 au 3 avril 2026 ;'), 'PUB-004'), []);
  // The act’s own period, under it, is still judged.
  assert.equal(fired(aot('Vu l’avis de publicité publié sur le site internet de la commune du 2 mars 2026 au 3 avril 2026 ;') + '\nPublié en ligne du 16 avril 2026 au 1er mai 2026\n', 'PUB-004').length, 1);
});

test('PUB-002: a publication dated on the transmission’s line (« Acte transmis en préfecture le 10 avril 2025 et publié le 1er avril 2025. », « Transmis … – Publié sur le site … le … ») is read; before the séance, it is told (forty-seventh review)', () => {
  const delib = edit(DELIB, 'Séance du mardi 24 juin 2025', 'Séance du mardi 24 juin 2025');
  for (const line of ['Acte transmis en préfecture le 26 juin 2025 et publié le 20 juin 2025.', 'Transmis en préfecture le 26 juin 2025 – Publié sur le site internet de la ville le 20 juin 2025.']) {
    const act = `${delib}\n${line}\n`;
    assert.deepEqual(parse(act).mentions.filter((m) => m.kind === 'published-on').map((m) => m.value), ['2025-06-20']);
    assert.equal(fired(act, 'PUB-002').length, 1);
  }
  // (In a visa, another act's publication is not this one's.)
  assert.deepEqual(parse(edit(DELIB, 'Vu la délibération n° DCM-2024-101 du 12 décembre 2024 fixant les tarifs municipaux ;', 'Vu la délibération n° DCM-2024-101 du 12 décembre 2024, transmise le 13 décembre 2024 et publiée le 14 décembre 2024 ;')).mentions.filter((m) => m.kind === 'published-on'), []);
});

test('the publication « Publiée sous forme électronique sur le site internet de la Communauté de communes le 20 octobre 2026. » and « Date de transmission au contrôle de légalité : 23 novembre 2026 » are read (forty-sixth review)', () => {
  const act = `${DELIB}\nDate de transmission au contrôle de légalité : 26 juin 2025\nPubliée sous forme électronique sur le site internet de la Communauté de communes le 27 juin 2025.\n`;
  const a = parse(act);
  assert.deepEqual(a.mentions.filter((m) => m.kind === 'published-on').map((m) => m.value), ['2025-06-27']);
  assert.equal(a.transmission?.transmissionDate, '2025-06-26');
});

test('PUB-005: « public », « publique » (« Copie : Trésor public », « L’Adjointe déléguée à la tranquillité publique ») say no publication; PUB-002: « Article 1er – Le samedi 21 juin 2025, la circulation est interdite » in an arrêté published on 24 June reaches back (fiftieth review)', () => {
  const big = (tail: string) => edit(edit(ARRETE, 'Commune de Chambéry', 'Ville de Villeurbanne'), 'Le Maire,\nThierry REPENTIN', `Pour le Maire et par délégation,\nL’Adjointe déléguée à la tranquillité publique,\nSophie MARCHAND\n\n${tail}`).replace(/Chambéry/g, 'Villeurbanne').replace('Savoie', 'Rhône').replace('Grenoble', 'Lyon');
  assert.equal(fired(big('Copie : Trésor public\n\nAffiché en mairie le 27 mai 2025.'), 'PUB-005').length, 1);
  assert.deepEqual(fired(big('Affiché en mairie et publié sur le site internet de la ville le 27 mai 2025.'), 'PUB-005'), []);
  const day = (article: string) => edit(ARRETE, 'Article 1er : La circulation est interdite rue de la Gare du 2 au 6 juin 2025.', `Article 1er : ${article}`);
  const back = fired(day('Le samedi 24 mai 2025, la circulation est interdite rue de la Gare.'), 'PUB-002');
  assert.match(back[0]?.message ?? '', /à compter du 24 mai 2025, avant sa signature \(26 mai 2025\)/);
  assert.deepEqual(fired(day('Le samedi 31 mai 2025, la circulation est interdite rue de la Gare.'), 'PUB-002'), []);
  // (Another act's date is not the measure’s: « l’arrêté n° 2024-12 pris le 3 mars 2024 est abrogé ».)
  assert.deepEqual(fired(day('L’arrêté n° 2024-12 du 3 mars 2024 est abrogé. Le 2 juin 2025, la circulation est interdite rue de la Gare.'), 'PUB-002'), []);
});

test('PUB-005: the affichage of the convocation in a séance’s header (« Date d’affichage de la convocation : … », « Convocation : … » over « Affichage : … ») is no publicity of the act, even where a procès-verbal puts it after an act (fifty-fifth review)', () => {
  const big = DELIB.replace('Commune de Chambéry', 'Ville de Villeurbanne').replace(/Chambéry/g, 'Villeurbanne').replace('Savoie', 'Rhône').replace('Grenoble', 'Lyon');
  for (const header of ['Date de la convocation : 18 juin 2025\nDate d’affichage de la convocation : 18 juin 2025\n', 'Convocation : 18 juin 2025\nAffichage : 18 juin 2025\n']) {
    assert.deepEqual(fired(`${big}\n${header}`, 'PUB-005'), [], header);
  }
  assert.equal(fired(`${big}\nAffiché en mairie le 26 juin 2025.\n`, 'PUB-005').length, 1);
});
