// Extracts the code des relations entre le public et l'administration (CRPA) from
// the dev dependency @socialgouv/legi-data into data/crpa-articles.json, so that the
// catalogue build does not need that large package. Refresh: `npm update
// @socialgouv/legi-data && npm run data` (or `npm run extract-crpa`).
import { createRequire } from 'node:module';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { ROOT, readArticlesOf, readLegiCode, reportCodeChange } from './extract-lib.mjs';

const LEGITEXT = 'LEGITEXT000031366350';
const require = createRequire(import.meta.url);
const file = path.join(ROOT, 'data', 'crpa-articles.json');

try {
  const before = readArticlesOf(file);
  const code = readLegiCode(require, LEGITEXT);
  const out = {
    source:
      `@socialgouv/legi-data ${code.version} (npm ; code Apache-2.0, données DILA LEGI), fichier data/${LEGITEXT}.json, ` +
      'extrait par scripts/extract-crpa.mjs (articles en vigueur à la date du texte ; texte sans balises, un alinéa par ligne).',
    code: code.title,
    legitext: LEGITEXT,
    date_du_texte: code.textDate,
    licence:
      'Données LEGI de la DILA (Légifrance), réutilisées sous la Licence Ouverte / Open Licence 2.0 (Etalab) ; ' +
      'paquet @socialgouv/legi-data sous licence Apache-2.0.',
    count: code.articles.length,
    articles: code.articles,
  };
  writeFileSync(file, JSON.stringify(out, null, 1) + '\n');
  console.log(reportCodeChange('CRPA (data/crpa-articles.json)', before, readArticlesOf(file)));
} catch (error) {
  console.error(`extract-crpa : ${error.message}`);
  process.exit(1);
}
