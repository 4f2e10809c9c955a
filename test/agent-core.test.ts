// The pure pieces the agent tools stand on: looking up an article as a person names it, a rule's
// explanation, visas per kind as text ready to paste, the matter of L. 2122-22 an object points
// to, a profile completing another, and the tools' own input handling (French errors, no throw).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { loadCatalogue } from '../server/src/catalogue/load-node';
import { articleNumber, lookupArticle } from '../server/src/core/features/article-lookup';
import { explainRule, ruleById } from '../server/src/core/rules/explain';
import { bestDelegationItem, delegationItemsFor, visaPlainText, visaSuggestionsFor } from '../server/src/core/features/visa-suggestions';
import { parseProfile } from '../server/src/core/settings';
import { DEFAULT_PROFILE } from '../server/src/core/profile';
import { actKindOf, callTool, type ToolEnv } from '../server/src/mcp/tools';

const catalogue = loadCatalogue();
const env: ToolEnv = { catalogue, profile: DEFAULT_PROFILE, docsBase: null };
const SEED_000 = readFileSync(path.join(__dirname, 'fixtures', 'seeds', '000_394f327773c6203e.txt'), 'utf8');
const noFacts = { police: false, topic: '', grandParis: false };

test('an article is found whatever the way its code and number are written', () => {
  for (const code of ['CGCT', 'cgct', 'code général des collectivités territoriales', 'Code general des collectivites territoriales', 'le CGCT']) {
    for (const article of ['L. 2122-22', 'L2122-22', 'l 2122-22', 'article L. 2122-22', 'L.2122-22']) {
      const r = lookupArticle(catalogue, code, article);
      assert.equal(r.status, 'found', `${code} / ${article}`);
      if (r.status !== 'found') continue;
      assert.equal(r.article.display, 'L. 2122-22');
      assert.match(r.article.text, /^Le maire peut, en outre, par délégation du conseil municipal/);
    }
  }
  const crpa = lookupArticle(catalogue, 'code des relations entre le public et l’administration', 'L. 212-1');
  assert.equal(crpa.status, 'found');
  if (crpa.status === 'found') {
    assert.equal(crpa.code.key, 'CRPA');
    assert.equal(crpa.official, true);
    assert.match(crpa.notice, /^Texte officiel \(Légifrance\), état au 5 février 2026/);
    assert.match(crpa.article.url, /^https:\/\/www\.legifrance\.gouv\.fr\/codes\/article_lc\/LEGIARTI/);
    assert.ok(crpa.headings.some((h) => /Signature/.test(h)), crpa.headings.join(' › '));
  }
  const cgct = lookupArticle(catalogue, 'CGCT', 'L. 2122-22');
  assert.ok(cgct.status === 'found' && /6 décembre 2023 ; les modifications postérieures/.test(cgct.notice));
});

test('an unknown code, a code held without its articles, a missing article and a non-number are told apart', () => {
  assert.equal(lookupArticle(catalogue, 'code des sorciers', 'L. 1').status, 'unknown-code');
  const csp = lookupArticle(catalogue, 'code de la santé publique', 'L. 1311-1');
  assert.equal(csp.status, 'articles-not-held');
  assert.ok(csp.status === 'articles-not-held' && csp.codeUrl?.includes('LEGITEXT000006072665'));
  // The code de la route is held (indicative copy): its articles are found.
  assert.equal(lookupArticle(catalogue, 'code de la route', 'R. 417-10').status, 'found');
  const missing = lookupArticle(catalogue, 'CGCT', 'L. 2122-99');
  assert.equal(missing.status, 'unknown-article');
  assert.ok(missing.status === 'unknown-article' && missing.near.every((a) => a.num.startsWith('L2122-')) && missing.near.length > 0);
  assert.equal(lookupArticle(catalogue, 'CGCT', 'bonjour').status, 'bad-article');
  assert.equal(articleNumber('R.* 4433-24'), 'R*4433-24');
  assert.equal(articleNumber(''), null);
});

test('a rule is explained by its id in any case; an unknown id gives null', () => {
  const x = explainRule(' sig-001 ', catalogue);
  assert.ok(x);
  assert.equal(x.id, 'SIG-001');
  assert.match(x.source.label, /CRPA, art\. L\. 212-1/);
  assert.match(x.source.url ?? '', /legifrance/);
  assert.deepEqual(x.appliesTo, ['tous les actes']);
  assert.ok(x.details && x.details.length > 50);
  assert.equal(explainRule('PUB-001', catalogue)?.explanationOnly, true);
  assert.equal(explainRule('ZZZ-999', catalogue), null);
  assert.equal(ruleById('dat-001')?.id, 'DAT-001');
});

test('visas for a décision du maire cite L. 2122-22, as text ready to paste with bracketed blanks', () => {
  const visas = visaSuggestionsFor('decision-maire', noFacts);
  const texts = visas.map((s) => visaPlainText(s));
  assert.match(texts[0], /^Vu le code général des collectivités territoriales, notamment le \[N°\] de son article L\. 2122-22 et son article L\. 2122-23 ;$/);
  assert.ok(texts.some((t) => t === 'Vu la délibération n° [numéro] du [date] portant délégation d’attributions du conseil municipal au maire ;'), texts.join('\n'));
  assert.ok(texts.every((t) => !/\$\{|\{\{/.test(t)), 'no snippet syntax left');
  assert.match(visaPlainText(visas[0], 4), /notamment le 4° de son article L\. 2122-22/);
  // A police arrêté about parking puts the circulation visa first.
  const police = visaSuggestionsFor('arrete-maire', { police: true, topic: 'stationnement', grandParis: false });
  assert.equal(police[0].id, 'arrete-police-circulation');
  assert.equal(visaSuggestionsFor('unknown', noFacts).length, 0);
});

test('the object of a décision points to the matter of L. 2122-22 it relies on', () => {
  assert.equal(delegationItemsFor('marché public de travaux de voirie')[0].n, 4);
  assert.equal(bestDelegationItem('marché public de travaux de voirie')?.n, 4);
  assert.equal(bestDelegationItem('convention de départ en mission'), null);
  assert.deepEqual(delegationItemsFor('emprunts 2025').map((i) => i.n), [3]);
  assert.equal(delegationItemsFor('concession dans le cimetière')[0].n, 8);
  assert.equal(delegationItemsFor('régie de recettes')[0].n, 7);
  assert.deepEqual(delegationItemsFor(''), []);
});

test('a profile completes a base profile: base fields and rule severities stay unless overridden', () => {
  const base = parseProfile([{ value: { departement: '73', nom: 'Ville de Chambéry', regles: { 'VIS-005': 'off' } }, where: 'actes.json' }]).profile;
  const { profile, problems } = parseProfile([{ value: { population: 60000, regles: { 'TYP-005': 'off' } }, where: 'profil' }], [], base);
  assert.deepEqual(problems, []);
  assert.equal(profile.departement, '73');
  assert.equal(profile.name, 'Ville de Chambéry');
  assert.equal(profile.population, 60000);
  assert.deepEqual(profile.rules, { 'VIS-005': 'off', 'TYP-005': 'off' });
});

test('kinds of act are read from their id or their French name', () => {
  assert.equal(actKindOf('decision-maire'), 'decision-maire');
  assert.equal(actKindOf('Décision du Maire'), 'decision-maire');
  assert.equal(actKindOf('arrêté du président de la communauté'), 'arrete-president');
  assert.equal(actKindOf('délibération du bureau'), 'deliberation-epci-bureau');
  assert.equal(actKindOf('délibération du conseil municipal'), 'deliberation-cm');
  assert.equal(actKindOf('chanson'), null);
});

test('tools answer bad input with a French error and never throw', () => {
  const bad: [string, unknown][] = [
    ['check_act', undefined], ['check_act', { text: 42 }], ['check_act', 'texte'], ['check_act', { text: 'x'.repeat(5_000_001) }],
    ['get_article', { code: 'CGCT' }], ['get_article', { code: '', article: 'L. 1' }], ['suggest_visas', { kind: [] }],
    ['explain_rule', {}], ['parse_act', { text: null }], ['inconnu', {}],
  ];
  for (const [name, args] of bad) {
    const r = callTool(name, args, env);
    assert.equal(r.isError, true, `${name} ${JSON.stringify(args)?.slice(0, 40)}`);
    assert.equal(r.structured, undefined);
    assert.match(r.text, /^(?:Entrée invalide pour \w+\s: .+\.|Outil inconnu\s: «\sinconnu\s».+)$/s);
  }
  assert.match(callTool('check_act', { text: 42 }, env).text, /«\stext\s» doit être un texte/);
  assert.match(callTool('get_article', { code: 'CGCT' }, env).text, /«\sarticle\s» manque/);
  assert.match(callTool('check_act', 'texte', env).text, /l’entrée doit être un objet/);
});

test('check_act applies the profile given with the call and reports its bad fields', () => {
  const plain = callTool('check_act', { text: SEED_000 }, env);
  assert.ok((plain.structured?.diagnostics as { code: string }[]).some((d) => d.code === 'SIG-001'));
  const off = callTool('check_act', { text: SEED_000, profile: { regles: { 'SIG-001': 'off' }, couleur: 'bleu' } }, env);
  assert.ok(!(off.structured?.diagnostics as { code: string }[]).some((d) => d.code === 'SIG-001'));
  const problems = off.structured?.profileProblems as string[];
  assert.equal(problems.length, 1);
  assert.match(problems[0], /^profil : champ inconnu « couleur » ; champs possibles : nom, type, /);
  assert.match(off.text, /Profil\s: profil\s: champ inconnu «\scouleur\s»/);
});

test('lookupArticle says whether the copy is official or indicative, and when a later law changed the article', () => {
  const route = lookupArticle(catalogue, 'code de la route', 'R. 417-10');
  assert.equal(route.status, 'found');
  if (route.status === 'found') {
    assert.equal(route.official, false);
    assert.match(route.notice, /^Copie indicative, non officielle/);
  }
  const changed = lookupArticle(catalogue, 'CGCT', 'L. 2123-35');
  assert.equal(changed.status, 'found');
  if (changed.status === 'found') {
    assert.equal(changed.official, true);
    assert.match(changed.notice, /Texte antérieur à la loi n° 2024-247/);
  }
});
