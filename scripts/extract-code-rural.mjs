// Extracts the code rural et de la pêche maritime (official LEGI text with LEGIARTI ids)
// from the dev dependency @socialgouv/legi-data into data/codes/code-rural.json.
// Refresh: `npm update @socialgouv/legi-data && npm run data`.
import { createRequire } from 'node:module';
import path from 'node:path';
import { ROOT, readArticlesOf, readLegiCode, reportCodeChange, writeCodeFile } from './extract-lib.mjs';

/** The package's file name (and codes.json's id); the tree itself carries the older cid LEGITEXT000006071367. */
const LEGITEXT = 'LEGITEXT000022197698';
const require = createRequire(import.meta.url);
const file = path.join(ROOT, 'data', 'codes', 'code-rural.json');

try {
  const before = readArticlesOf(file);
  const code = readLegiCode(require, LEGITEXT);
  writeCodeFile(
    file,
    {
      source:
        `@socialgouv/legi-data ${code.version} (npm ; code Apache-2.0, données DILA LEGI), fichier data/${LEGITEXT}.json, ` +
        'extrait par scripts/extract-code-rural.mjs (articles en vigueur à la date du texte ; texte sans balises, un alinéa par ligne).',
      licence:
        'Données LEGI de la DILA (Légifrance), réutilisées sous la Licence Ouverte / Open Licence 2.0 (Etalab) ; ' +
        'paquet @socialgouv/legi-data sous licence Apache-2.0.',
      code: code.title,
      legitext: LEGITEXT,
      statut: 'officiel',
      date_du_texte: code.textDate,
    },
    code.articles,
  );
  console.log(reportCodeChange('Code rural et de la pêche maritime (data/codes/code-rural.json)', before, readArticlesOf(file)));
} catch (error) {
  console.error(`extract-code-rural : ${error.message}`);
  process.exit(1);
}
