// The collectivité from the act or the profile, through the register of communes and EPCI:
// population thresholds (SEA-001) and the SIREN of the @ctes identifier (PUB-009).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../server/src/core/service';
import { resolveCollectivite } from '../server/src/core/collectivite';
import { EMPTY_CATALOGUE } from '../server/src/core/catalogue';
import { DEFAULT_PROFILE } from '../server/src/core/profile';
import { catalogue, DELIB, edit, fired, profileWith } from './helpers/acts';
import { readSeed } from './helpers/corpus';

const resolved = (text: string, profile = DEFAULT_PROFILE) => {
  const a = analyze(text, { catalogue, profile });
  return resolveCollectivite(a.act, profile, catalogue);
};

test('the commune from the header (name and département), the profile, an INSEE code or the identifier', () => {
  const header = resolved(DELIB);
  assert.equal(header.info?.name, 'Chambéry');
  assert.equal(header.from, 'en-tete');
  assert.equal(header.populationFrom, 'registre');
  assert.ok(header.population! > 50000);
  assert.match(header.populationNote!, /population totale de Chambéry/);
  assert.equal(resolved(DELIB, profileWith({ siren: '217300086' })).info?.name, 'Aix-les-Bains');
  assert.equal(resolved(DELIB, profileWith({ population: 800 })).population, 800);
  assert.equal(resolved(DELIB, profileWith({ population: 800 })).populationFrom, 'profil');
  const insee = edit(edit(DELIB, 'Commune de Chambéry', 'Commune de Nulle-Part'), 'Séance du', 'Code INSEE : 73008\nSéance du');
  assert.equal(resolved(insee).info?.name, 'Aix-les-Bains');
  const seed = resolved(readSeed(0));
  assert.equal(seed.info?.siren, '217300656');
  const byId = resolved(edit(readSeed(0), 'MAIRIE DE CHAMBERY', 'MAIRIE'));
  assert.equal(byId.from, 'identifiant');
  assert.equal(byId.named, null);
  // Homonyms in several départements without one named: nothing is assumed.
  assert.equal(resolved(edit(edit(DELIB, 'Commune de Chambéry', 'Commune de Saint-Denis'), 'Département de la Savoie\n', '')).info, null);
  // No register: nothing, and nothing throws.
  const a = analyze(DELIB, { catalogue: EMPTY_CATALOGUE });
  assert.equal(resolveCollectivite(a.act, DEFAULT_PROFILE, EMPTY_CATALOGUE).info, null);
});

test('SEA-001: the register’s population sets the délai, and the message says it was assumed and from where', () => {
  const three = edit(DELIB, 'Date de la convocation : 18 juin 2025', 'Date de la convocation : 20 juin 2025'); // 3 jours francs
  const [d] = fired(three, 'SEA-001');
  assert.ok(d, 'Chambéry has more than 3 500 inhabitants: 5 jours francs');
  assert.equal(d.severity, 'error');
  assert.match(d.message, /pour une commune de \d{2}\s\d{3} habitants \(population totale de Chambéry au registre des collectivités/);
  assert.match(d.message, /indiquez «\spopulation\s» dans le profil/);
  // A small commune of the register: 3 jours francs suffice, nothing said.
  const small = edit(edit(three, 'Commune de Chambéry', 'Commune d’Aillon-le-Jeune'), 'Chambéry', 'Aillon-le-Jeune');
  assert.deepEqual(fired(small, 'SEA-001'), []);
  // The profile's figure wins.
  assert.deepEqual(fired(three, 'SEA-001', { population: 1200 }), []);
});

test('PUB-009: seed 000 with another commune’s SIREN in its identifier names the commune the SIREN belongs to', () => {
  const seed = readSeed(0);
  assert.deepEqual(fired(seed, 'PUB-009'), []);
  const [d] = fired(edit(seed, '073-217300656-', '073-217300086-'), 'PUB-009');
  assert.ok(d, 'PUB-009 expected');
  assert.equal(d.severity, 'warning');
  assert.equal(d.message, 'Le SIREN de l’identifiant (217300086) n’est pas celui de la commune de Chambéry (SIREN 217300656), nommée dans l’acte\u202f: c’est celui de la commune d’Aix-les-Bains (73). Vérifiez l’identifiant de télétransmission.');
  const a = analyze(edit(seed, '073-217300656-', '073-217300086-'), { catalogue });
  const r = a.diagnostics.find((x) => x.code === 'PUB-009')!;
  assert.equal(a.text.slice(a.index.offsetAt(r.range.start), a.index.offsetAt(r.range.end)), '217300086');
  // With the profile's SIREN, the message also names the SIREN's owner.
  assert.match(fired(seed, 'PUB-009', { siren: '217300086' })[0].message, /profil\)\s: c’est celui de la commune de Chambéry/);
});

test('PUB-005: a commune of 3 500 inhabitants and more (profile, else register) must publish electronically', () => {
  const shown = `${DELIB}\nAffiché le 26 juin 2025\n`;
  const [d] = fired(shown, 'PUB-005');
  assert.ok(d, 'Chambéry: electronic publication required');
  assert.match(d.message, /une commune de 3 500 habitants et plus \(\d{2}\s\d{3} habitants\s: population totale de Chambéry au registre/);
  assert.deepEqual(fired(`${DELIB}\nAffiché et publié en ligne le 26 juin 2025\n`, 'PUB-005'), []);
  // « Publiée par affichage » is an affichage (68th review).
  assert.equal(fired(`${DELIB}\nPubliée par affichage en mairie du 26 juin au 26 août 2025\n`, 'PUB-005').length, 1);
  assert.deepEqual(fired(shown, 'PUB-005', { population: 1200 }), [], 'a small commune may only display');
  assert.deepEqual(fired(edit(shown, 'Commune de Chambéry', 'Commune de Nulle-Part'), 'PUB-005'), [], 'population unknown: silence');
});

test('« Ville du Mans », « Ville des Sables-d’Olonne » are found in the register (the article goes back into the name), and messages say « du Mans »', async () => {
  const { ofPlace } = await import('../server/src/core/collectivite');
  const header = (h: string, dep: string) => `Département de ${dep}\n${h}\nSéance du 12 mars 2024\nDate de convocation : 8 mars 2024\nLe conseil municipal,\nVu le code général des collectivités territoriales ;\nDÉCIDE :\nArticle 1er : Le tarif est fixé.\n`;
  const d = fired(header('Ville du Mans', 'la Sarthe'), 'SEA-001');
  assert.equal(d[0]?.severity, 'error', 'Le Mans has more than 3 500 inhabitants: 5 jours francs');
  assert.match(d[0].message, /population totale du Mans/);
  assert.ok(catalogue.collectivitesNamed!('Ville des Sables-d’Olonne', '85').length >= 1);
  assert.deepEqual([ofPlace('Vertou'), ofPlace('Annecy'), ofPlace('Le Havre'), ofPlace('Les Sorinières'), ofPlace('Hazebrouck')], ['de Vertou', 'd’Annecy', 'du Havre', 'des Sorinières', 'de Hazebrouck']);
});

test('« Commune du Val d’Oingt » is found though the register writes « Val d’Oingt », without the article', () => {
  assert.ok(catalogue.collectivitesNamed!('Commune du Val d’Oingt', '69').length >= 1);
});
