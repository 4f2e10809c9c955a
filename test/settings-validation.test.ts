// The profile's fields, validated one by one without a validation library (core/settings.ts): every field
// accepts what actes.json documents and refuses the rest with one French message naming it, its default kept.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseProfile } from '../server/src/core/settings';
import { DEFAULT_PROFILE } from '../server/src/core/profile';

const one = (field: string, value: unknown) => parseProfile([{ value: { [field]: value }, where: 'actes.json' }]);

test('each field accepts a valid value', () => {
  const cases: [string, unknown, string, unknown][] = [
    ['nom', 'Ville de Chambéry', 'name', 'Ville de Chambéry'],
    ['type', 'epci', 'kind', 'epci'],
    ['departement', '2a', 'departement', '2A'],
    ['departement', '07', 'departement', '7'],
    ['departement', '974', 'departement', '974'],
    ['siren', '217300656', 'siren', '217300656'],
    ['siret', '21730065600014', 'siret', '21730065600014'],
    ['population', 0, 'population', 0],
    ['population', 60000, 'population', 60000],
    ['tribunal', 'Grenoble', 'tribunal', 'Grenoble'],
    ['signataire', { nom: 'Jean DUPONT', qualite: 'Le Maire' }, 'signatory', { name: 'Jean DUPONT', quality: 'Le Maire' }],
    ['debutMandat', '2020-05-23', 'mandateStart', '2020-05-23'],
    ['debutCampagne', '2025-09-01', 'campaignStart', '2025-09-01'],
    ['niveau', 'complet', 'level', 'complet'],
    ['teletransmission', 'pastell', 'teletransmission', 'pastell'],
  ];
  for (const [field, value, key, expected] of cases) {
    const r = one(field, value);
    assert.deepEqual(r.problems, [], `${field} = ${JSON.stringify(value)}`);
    assert.deepEqual((r.profile as unknown as Record<string, unknown>)[key], expected, field);
  }
});

test('a bad value gives one French message naming the field, and the default applies', () => {
  const cases: [string, unknown, string][] = [
    ['nom', '', 'name'],
    ['nom', 12, 'name'],
    ['type', 'département', 'kind'],
    ['departement', '96', 'departement'],
    ['departement', 73, 'departement'],
    ['siren', '21730065', 'siren'],
    ['siret', '217300656', 'siret'],
    ['population', -1, 'population'],
    ['population', 12.5, 'population'],
    ['population', '60000', 'population'],
    ['population', 1e300, 'population'],
    ['tribunal', 'G', 'tribunal'],
    ['signataire', { nom: 'Jean DUPONT' }, 'signatory'],
    ['signataire', { nom: 'Jean DUPONT', qualite: 'Le Maire', titre: 'x' }, 'signatory'],
    ['signataire', ['Jean DUPONT', 'Le Maire'], 'signatory'],
    ['signataire', { nom: 'JD', qualite: 'Le Maire' }, 'signatory'],
    ['debutMandat', '23/05/2020', 'mandateStart'],
    ['niveau', 'tout', 'level'],
    ['teletransmission', 'ixbus', 'teletransmission'],
  ];
  for (const [field, value, key] of cases) {
    const r = one(field, value);
    assert.equal(r.problems.length, 1, `${field} = ${JSON.stringify(value)}`);
    assert.match(r.problems[0], new RegExp(`^actes\\.json : « ${field} » doit être .+ \\(reçu .+\\) ; valeur par défaut utilisée\\.$`));
    assert.deepEqual((r.profile as unknown as Record<string, unknown>)[key], (DEFAULT_PROFILE as unknown as Record<string, unknown>)[key], field);
  }
});

test('an unknown field and a bad severity are named; the good fields still apply', () => {
  const r = parseProfile([{ value: { nom: 'Ville de Chambéry', couleur: 'bleu', regles: { 'VIS-005': 'off', 'SIG-001': 'grave' } }, where: 'actes.json' }]);
  assert.equal(r.profile.name, 'Ville de Chambéry');
  assert.equal(r.profile.rules['VIS-005'], 'off');
  assert.equal(r.profile.rules['SIG-001'], undefined);
  assert.equal(r.problems.length, 2, r.problems.join('\n'));
  assert.match(r.problems[0], /champ inconnu « couleur »/);
  assert.match(r.problems[1], /« SIG-001 » vaut "grave"/);
});
