// Generates docs/regles.md, the page that lists every rule, from the rule registry itself
// (server/src/core/rules/index.ts): id, what it checks, kinds, default severity, source, status.
// Run with `npm run docs:rules`; test/rules-doc.test.ts checks the committed page is up to date.
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { RULES, ruleHref } from '../server/src/core/rules';
import type { Rule, Severity } from '../server/src/core/rules/rule';
import type { DocumentedRule } from '../server/src/core/rules/support';
import { KIND_LABEL } from '../server/src/core/rules/util';
import type { Catalogue } from '../server/src/core/catalogue';
import { loadCatalogue } from '../server/src/catalogue/load-node';

const SEVERITY: Record<Severity, string> = { error: 'erreur', warning: 'avertissement', information: 'information', hint: 'suggestion' };
const STATUS: Record<Rule['status'], string> = {
  confirmed: 'confirmé (texte)',
  secondary: 'confirmé (source secondaire)',
  unconfirmed: '**non confirmé**',
};
const FAMILIES: [string, string][] = [
  ['STR', 'Structure'], ['SIG', 'Auteur et signature'], ['DAT', 'Dates et numérotation'], ['VIS', 'Visas'],
  ['CIT', 'Citations'], ['MOT', 'Motivation et procédure préalable'], ['REC', 'Voies et délais de recours'],
  ['PUB', 'Publicité, transmission, caractère exécutoire'], ['SEA', 'Séance et vote des délibérations'],
  ['DEL', 'Délégations du conseil municipal au maire'], ['EPCI', 'EPCI et métropoles'], ['POL', 'Police'],
  ['TYP', 'Typographie et style'], ['REG', 'Registre des actes'], ['CTES', 'Télétransmission (@ctes)'],
];

/** What the rule shows at each level of `actes.niveau` (the engine's behaviour: server/src/core/rules/index.ts). */
function level(r: Rule): string {
  if (doc(r)?.explanationOnly) return '—';
  if (r.display === 'complet') return 'complet seulement (désactivée au niveau essentiel)';
  if (r.display === 'style') return 'essentiel : une suggestion regroupée par acte, avec « Corriger tout » ; complet : chaque remarque';
  if (r.severity === 'information' && r.display !== 'essentiel') return 'essentiel : suggestion ; complet : information';
  return 'essentiel';
}

const cell = (s: string) => s.replace(/\|/g, '\\|').replace(/\n/g, ' ');
const kinds = (r: Rule) => (r.kinds === 'all' ? 'tous' : r.kinds.map((k) => KIND_LABEL[k]).join(', '));
const doc = (r: Rule) => (r as DocumentedRule).doc;

function source(r: Rule, catalogue: Catalogue): string {
  const href = ruleHref(r, { catalogue }, null);
  return href ? `[${cell(r.source.label)}](${href})` : cell(r.source.label);
}

/** The Markdown page for `rules`. Deterministic: same registry and catalogue, same page. */
export function renderRulesDoc(rules: readonly Rule[], catalogue: Catalogue): string {
  const out: string[] = [];
  out.push('# Règles de vérification des actes');
  out.push('');
  out.push('> Page générée par `npm run docs:rules` à partir du registre des règles (`server/src/core/rules/index.ts`) : ne la modifiez pas à la main.');
  out.push('');
  out.push('Chaque diagnostic porte l’identifiant de sa règle (`code`), la source `actes` et un lien vers sa source juridique. La sévérité par défaut se règle par identifiant, dans les réglages (`"actes.rules": { "VIS-005": "off" }`) ou dans le fichier `actes.json` de l’espace de travail (`"regles": { … }`) : `error`, `warning`, `information`, `hint` ou `off`.');
  out.push('');
  out.push('Statut : **confirmé (texte)** quand la règle a été lue dans un texte primaire (code, Guide de légistique) ; **confirmé (source secondaire)** quand elle a été lue dans une source fiable qui reproduit le texte en vigueur ; **non confirmé** quand elle vient de la pratique : la sévérité choisie est alors la plus douce, et la règle peut être désactivée.');
  out.push('');
  const explanationOnly = rules.filter((r) => doc(r)?.explanationOnly);
  if (explanationOnly.length) {
    out.push(`Règles d’explication seulement (aucun diagnostic ; leur contenu sert à la documentation et au survol) : ${explanationOnly.map((r) => `[${r.id}](#${r.id.toLowerCase()})`).join(', ')}.`);
    out.push('');
  }
  out.push(`${rules.length} règles.`);
  out.push('');
  out.push('Niveau (`actes.niveau`, ou `"niveau"` dans `actes.json`, ou `actes check --niveau`) : au niveau **essentiel** (par défaut), Actes montre les erreurs, les avertissements et les remarques jugées utiles ; les autres remarques d’information deviennent des suggestions, les remarques de typographie et de forme des citations sont regroupées en une suggestion par règle et par acte, avec une action « Corriger tout ». Au niveau **complet**, chaque remarque garde sa propre sévérité. Une sévérité réglée par identifiant l’emporte toujours. Ce qui n’est pas encore écrit ne manque pas : quand le texte s’arrête avant la partie de l’acte qu’une règle contrôle (copie tronquée, ou acte en cours de rédaction dans l’éditeur tant que la ligne « Fait à … » ou la signature n’existe pas), la règle ne signale l’absence que par une information.');
  out.push('');
  out.push('| Id | Ce qui est vérifié | Actes | Sévérité par défaut | Niveau | Source | Statut |');
  out.push('|---|---|---|---|---|---|---|');
  for (const r of rules) {
    const sev = doc(r)?.explanationOnly ? 'explication seulement' : SEVERITY[r.severity];
    out.push(`| [${r.id}](#${r.id.toLowerCase()}) | ${cell(r.title)} | ${cell(kinds(r))} | ${sev} | ${cell(level(r))} | ${source(r, catalogue)} | ${STATUS[r.status]} |`);
  }
  out.push('');
  for (const [prefix, name] of FAMILIES) {
    const family = rules.filter((r) => r.id.split('-')[0] === prefix);
    if (family.length === 0) continue;
    out.push(`## ${prefix} — ${name}`);
    out.push('');
    for (const r of family) {
      out.push(`<a id="${r.id.toLowerCase()}"></a>`);
      out.push('');
      out.push(`### ${r.id} — ${r.title}`);
      out.push('');
      out.push(`- Actes : ${kinds(r)}`);
      out.push(`- Sévérité par défaut : ${doc(r)?.explanationOnly ? 'aucune (explication seulement)' : SEVERITY[r.severity]}`);
      out.push(`- Niveau : ${level(r)}${r.missing ? ' ; information seulement quand le texte s’arrête avant cette partie de l’acte (copie tronquée, acte en cours de rédaction)' : ''}`);
      out.push(`- Source : ${source(r, catalogue)}`);
      out.push(`- Statut : ${STATUS[r.status]}${r.status === 'unconfirmed' ? ' — non confirmé : aucune source n’a été trouvée pour cette règle, qui vient de la pratique ; sévérité la plus douce, à vérifier avant de s’y fier.' : ''}`);
      const details = doc(r)?.details;
      if (details) {
        out.push('');
        out.push(details);
      }
      out.push('');
    }
  }
  const others = rules.filter((r) => !FAMILIES.some(([p]) => r.id.startsWith(`${p}-`)));
  for (const r of others) {
    out.push(`<a id="${r.id.toLowerCase()}"></a>`);
    out.push('');
    out.push(`### ${r.id} — ${r.title}`);
    out.push('');
  }
  return out.join('\n').replace(/\n+$/, '\n');
}

export const DOC_FILE = path.resolve(__dirname, '..', 'docs', 'regles.md');

if (process.argv[1] && /gen-rules-doc\.[cm]?[jt]s$/.test(process.argv[1])) {
  const page = renderRulesDoc(RULES, loadCatalogue());
  writeFileSync(DOC_FILE, page);
  console.log(`docs/regles.md : ${RULES.length} règles.`);
}
