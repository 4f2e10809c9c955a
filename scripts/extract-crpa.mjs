// Extracts the code des relations entre le public et l'administration (CRPA) from
// the dev dependency @socialgouv/legi-data into data/crpa-articles.json, so that the
// catalogue build does not need that large package. Refresh: `npm update
// @socialgouv/legi-data && npm run extract-crpa && npm run build:catalogue`.
import { createRequire } from 'node:module';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const LEGITEXT = 'LEGITEXT000031366350';
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
const pkg = require('@socialgouv/legi-data/package.json');
const tree = JSON.parse(readFileSync(require.resolve(`@socialgouv/legi-data/data/${LEGITEXT}.json`), 'utf8'));

const textDate = tree.data.dateModif; // "2026-02-05": last change to the code in the package
if (tree.data.cid !== LEGITEXT || !/^\d{4}-\d{2}-\d{2}$/.test(textDate)) {
  fail(`arbre inattendu pour ${LEGITEXT} (cid ${tree.data.cid}, dateModif ${textDate})`);
}
const stateTime = Date.parse(`${textDate}T00:00:00Z`);

/** VIGUEUR, or ABROGE_DIFF: in force now, repealed at a later date. */
const IN_FORCE = new Set(['VIGUEUR', 'ABROGE_DIFF']);
/** An article in force on the state date (dateDebut/dateFin are ms since the epoch). */
const articleInForce = (data) => IN_FORCE.has(data.etat) && data.dateDebut <= stateTime && stateTime < data.dateFin;

/** Plain text with one line per paragraph; `texte` in the package loses the line breaks. */
function htmlToText(html) {
  return html
    .replace(/<br\s*\/?>/gi, '\n')
    .replace(/<\/(p|div|tr|li|center|h\d)>/gi, '\n')
    .replace(/<\/t[dh]>/gi, ' ')
    .replace(/<[^>]+>/g, '')
    .replace(/&nbsp;/g, ' ')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&')
    .split('\n')
    .map((line) => line.replace(/[ \t\u00a0]+/g, ' ').trim())
    .filter(Boolean)
    .join('\n');
}

const squash = (s) => s.replace(/\s+/g, '');
const articles = [];
let skipped = 0;
(function walk(node, titles) {
  if (node.type === 'article') {
    const d = node.data;
    if (!articleInForce(d)) {
      skipped++;
      return;
    }
    const texte = d.texteHtml ? htmlToText(d.texteHtml) : d.texte.trim();
    // The paragraph breaks come from the HTML; the words must be those of `texte`.
    if (squash(texte) !== squash(d.texte)) fail(`article ${d.num} : le texte HTML diffère du texte brut`);
    articles.push({ num: d.num, path: titles, texte, legiarti: d.id });
    return;
  }
  if (node.type === 'section' && !IN_FORCE.has(node.data.etat)) return;
  const next = node.type === 'section' ? [...titles, node.data.title] : titles;
  for (const child of node.children ?? []) walk(child, next);
})(tree, []);

const out = {
  source:
    `@socialgouv/legi-data ${pkg.version} (npm ; code Apache-2.0, données DILA LEGI), fichier data/${LEGITEXT}.json, ` +
    'extrait par scripts/extract-crpa.mjs (articles en vigueur à la date du texte ; texte sans balises, un alinéa par ligne).',
  code: tree.data.title,
  legitext: LEGITEXT,
  date_du_texte: textDate,
  licence:
    'Données LEGI de la DILA (Légifrance), réutilisées sous la Licence Ouverte / Open Licence 2.0 (Etalab) ; ' +
    'paquet @socialgouv/legi-data sous licence Apache-2.0.',
  count: articles.length,
  articles,
};
const file = path.join(root, 'data', 'crpa-articles.json');
writeFileSync(file, JSON.stringify(out, null, 1) + '\n');
console.log(`${path.relative(root, file)} : ${articles.length} articles en vigueur au ${textDate} (${skipped} écartés).`);

function fail(message) {
  console.error(`extract-crpa : ${message}`);
  process.exit(1);
}
