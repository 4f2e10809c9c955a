// Copies the codes held as an indicative copy (legalize-fr snapshot, see data/README.md) from the
// project's reference set into data/codes/<name>.json, in the compact code-file format. The reference
// set lives outside the repository: `--reference <dir>` or ACTES_REFERENCE, by default ../shared/reference
// beside the checkout; when it is absent the files already in data/codes/ are kept as they are.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { ROOT, readArticlesOf, reportCodeChange, writeCodeFile } from './extract-lib.mjs';

const at = process.argv.indexOf('--reference');
const reference = path.resolve(at > 0 ? process.argv[at + 1] : process.env.ACTES_REFERENCE ?? path.join(ROOT, '..', 'shared', 'reference'));
const dir = path.join(reference, 'codes-indicatifs');

if (!existsSync(dir)) {
  console.log(`Codes indicatifs : jeu de référence absent (${dir}) ; fichiers de data/codes/ conservés.`);
  process.exit(0);
}
try {
  for (const name of readdirSync(dir).filter((f) => f.endsWith('.json')).sort()) {
    const src = JSON.parse(readFileSync(path.join(dir, name), 'utf8'));
    if (!/^LEGITEXT\d{12}$/.test(src.legitext) || !/^\d{4}-\d{2}-\d{2}$/.test(src.lastUpdated) || !Array.isArray(src.articles)) {
      throw new Error(`${name} : format inattendu (legitext, lastUpdated ou articles)`);
    }
    const file = path.join(ROOT, 'data', 'codes', name);
    const before = readArticlesOf(file);
    const s = src.source;
    writeCodeFile(
      file,
      {
        source: `${s.repository} (dépôt public, export Markdown des codes de Légifrance), fichier ${s.path}, commit ${s.commit} du ${s.commitDate} ; copié par scripts/extract-codes-indicatifs.mjs.`,
        licence: 'Textes : Légifrance (DILA), Licence Ouverte 2.0 ; structure : MIT (legalize-fr).',
        code: src.code,
        legitext: src.legitext,
        statut: 'indicatif',
        date_du_texte: src.lastUpdated,
        fiabilite: src.reliability,
      },
      src.articles.map((a) => ({ num: a.num, path: a.path, texte: a.text, legiarti: null })),
    );
    console.log(reportCodeChange(`${src.code} (data/codes/${name}, copie indicative)`, before, readArticlesOf(file)));
  }
} catch (error) {
  console.error(`extract-codes-indicatifs : ${error.message}`);
  process.exit(1);
}
