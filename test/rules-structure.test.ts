// STR rules: one act that triggers each rule, one that does not.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ARRETE, DECISION, DELIB, edit, fired } from './helpers/acts';
import { parse } from '../server/src/core/parse';

test('the model acts are clean', () => {
  for (const t of [ARRETE, DECISION, DELIB]) assert.deepEqual(fired(t, 'STR-001').concat(fired(t, 'STR-002'), fired(t, 'STR-003'), fired(t, 'STR-004'), fired(t, 'STR-005'), fired(t, 'STR-006'), fired(t, 'STR-007')), []);
});

test('STR-001: no dispositive verb (warning), a verb that does not match the kind (information)', () => {
  const none = fired(edit(DECISION, 'DÉCIDE :\n\n', ''), 'STR-001');
  assert.equal(none.length, 1);
  assert.equal(none[0].severity, 'warning');
  const wrong = fired(edit(ARRETE, 'ARRÊTE :', 'DÉCIDE :'), 'STR-001');
  assert.equal(wrong.length, 1);
  assert.equal(wrong[0].severity, 'information');
  assert.deepEqual(fired(DECISION, 'STR-001'), []);
});

test('STR-002: a visa after a considérant', () => {
  const t = edit(DELIB, "Considérant qu'il y a lieu de réviser les tarifs au 1er juillet 2025 ;", "Considérant qu'il y a lieu de réviser les tarifs au 1er juillet 2025 ;\n\nVu l'avis de la commission des finances du 10 juin 2025 ;");
  const d = fired(t, 'STR-002');
  assert.equal(d.length, 1);
  assert.match(d[0].message, /précèdent les considérants/);
  assert.deepEqual(fired(DELIB, 'STR-002'), []);
});

test('STR-003: gap in the numbering (warning, renumber fix), "Article 1" (information), single article', () => {
  const gap = fired(edit(DECISION, 'Article 3 :', 'Article 5 :'), 'STR-003');
  // 5 where 3 was expected; the 4 that follows is in its place (1er, 2, 5, 4): one finding, not a cascade.
  assert.equal(gap.length, 1);
  assert.match(gap[0].message, /l’article 5 suit l’article 2/);
  const doubled = fired(edit(DECISION, 'Article 2 :', 'Article 1er :'), 'STR-003');
  assert.equal(doubled.length, 1);
  assert.match(doubled[0].message, /en double/);
  assert.equal(gap[0].severity, 'warning');
  assert.equal(gap[0].fixes?.[0].title, 'Renuméroter les articles (1er, 2, 3…)');
  const one = fired(edit(DECISION, 'Article 1er :', 'Article 1 :'), 'STR-003');
  assert.equal(one.length, 1);
  assert.equal(one[0].severity, 'information');
  const single = edit(ARRETE, /\n\nArticle 2 :[^]*?(?=\n\nFait à)/, '');
  assert.match(fired(single, 'STR-003')[0].message, /Article unique/);
  assert.deepEqual(fired(DECISION, 'STR-003'), []);
});

test('STR-004: an enumeration that skips an item', () => {
  const t = edit(ARRETE, 'Article 1er : La circulation est interdite rue de la Gare du 2 au 6 juin 2025.', 'Article 1er : La circulation est interdite :\n1° rue de la Gare ;\n2° rue de Boigne ;\n4° place Saint-Léger.');
  assert.match(fired(t, 'STR-004')[0].message, /«\s4°\s» suit «\s2°\s»/);
  const ok = edit(ARRETE, 'Article 1er : La circulation est interdite rue de la Gare du 2 au 6 juin 2025.', 'Article 1er : La circulation est interdite :\n1° rue de la Gare ;\n2° rue de Boigne ;\n3° place Saint-Léger.');
  assert.deepEqual(fired(ok, 'STR-004'), []);
});

test('STR-005: no execution article in an arrêté', () => {
  const t = edit(ARRETE, /\n\nArticle 3 :[^]*?(?=\n\nFait à)/, '');
  assert.equal(fired(t, 'STR-005').length, 1);
  assert.deepEqual(fired(ARRETE, 'STR-005'), []);
});

test('STR-006: a commune whose département is known neither from the act nor from the profile', () => {
  const t = edit(DECISION, 'Département de la Savoie\n', '');
  assert.equal(fired(t, 'STR-006').length, 1);
  assert.deepEqual(fired(t, 'STR-006', { departement: '73' }), []);
});

test('STR-001 advises the verb of the kind: « ARRÊTE : » for an arrêté, never « DÉCIDE : »', () => {
  const d = fired(edit(ARRETE, /\nARRÊTE :\n/, '\n'), 'STR-001');
  assert.equal(d.length, 1);
  assert.match(d[0].message, /ajoutez «\sARRÊTE\s:\s»/);
  assert.doesNotMatch(d[0].message, /DÉCIDE/);
});

test('STR-001: a délibération whose dispositif is a sentence (« Le conseil municipal décide … », « … procède à la désignation ») has its verb', () => {
  const delib = (sentence: string) => `Séance du 5 février 2024\nLe conseil municipal,\nVu le code général des collectivités territoriales ;\n\n${sentence}\n\nArticle 1er : Le tarif est fixé.\n\nFait à Lexy, le 5 février 2024\nLe Maire,\nJean DUPONT\n`;
  for (const sentence of ['Le conseil municipal décide de fixer le tarif suivant :', 'Le conseil municipal approuve le tarif suivant :', 'Le Conseil municipal, après avoir décidé de ne pas procéder au scrutin secret, procède à la désignation :']) {
    assert.deepEqual(fired(delib(sentence), 'STR-001'), [], sentence);
  }
  assert.equal(fired(delib('Le conseil municipal a examiné le tarif suivant :'), 'STR-001').length, 1);
});

test('STR-007: the fields of a model left unfilled are shown where they are, and what a paper copy leaves to fill by hand is not', () => {
  const values = (text: string) => parse(text).mentions.filter((m) => m.kind === 'placeholder').map((m) => m.value);
  const model = `RÉPUBLIQUE FRANÇAISE
Commune de [NOM DE LA COMMUNE]

ARRÊTÉ N° ____
portant réglementation de la circulation rue (préciser la voie)

Le Maire de [NOM DE LA COMMUNE],

Vu le code de la route ;
Vu la demande du XX/XX/2025 présentée par «NOM_ENTREPRISE» ;

ARRÊTE :

Article 1er : La circulation est interdite du __/06/2025 au ……………
Article 2 : Le présent arrêté sera publié.

Fait à Lexy, le 3 juin 2025
Le Maire,
(Nom Prénom)

Publié le ……………
Notifié le ____
`;
  assert.deepEqual(values(model), ['[NOM DE LA COMMUNE]', 'N° ____', '(préciser la voie)', '[NOM DE LA COMMUNE]', 'XX/XX/2025', '«NOM_ENTREPRISE»', '__/06/2025', '……………', '(Nom Prénom)']);
  assert.equal(fired(model, 'STR-007')[0].severity, 'warning');
  assert.match(fired(model, 'STR-007')[0].message, /^Champ du modèle non rempli\s: «\s\[NOM DE LA COMMUNE\]\s»\s; remplacez-le par sa valeur avant de signer et de publier l’acte\.$/u);
  assert.equal(fired(model, 'STR-007').length, 9);
  // Not fields: leaders before a figure, a site's label in brackets, a note of an export, Markdown's emphasis, a link.
  const filled = edit(ARRETE, 'ARRÊTE :', 'ARRÊTE :\n\n[ARRETE] [Signature] __important__ [voir](https://www.legifrance.gouv.fr)\nComité des fêtes ........ 2 500 €\nTotal ........................ 8 500 €\nAssociations ........ gratuit\nRapporteur ..................... Mme Nadia ZAHRA\nObjet : Stationnement – __travaux de voirie__\nM. [nom occulté], demeurant [adresse occultée], est mis en demeure.');
  assert.deepEqual(values(filled), []);
  // Past twelve, the last one says how many more.
  const many = 'Présents : __ ; Absents : __ ; Pouvoirs : __ ; Votants : __ ; Pour : __ ; Contre : __ ; Abstentions : __ ; Exprimés : __ ; Secrétaire : __ ; Excusés : __ ; Retards : __ ; Départs : __ ; Arrivées : __ ; Sorties : __\n';
  const d = fired(edit(DELIB, /Séance du/, `${many}Séance du`), 'STR-007');
  assert.equal(d.length, 12);
  // A blank before a connector is one (« Fait à ……, le …… »).
  assert.deepEqual(values(edit(ARRETE, /Fait à [^\n]*/, 'Fait à ……………, le ……………')), ['……………', '……………']);
  assert.match(d[11].message, /\(et 2 autres\)\s; remplacez chacun par sa valeur/);
});
