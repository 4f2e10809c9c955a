// npm run data: refreshes every data file from its source, printing what changed, then rebuilds
// the catalogue. Sources: @socialgouv/legi-data (CRPA, code rural), @etalab/decoupage-administratif
// (communes and EPCI), the project's reference set for the indicative copies (--reference <dir>,
// skipped when absent). The CGCT and its known changes are edited by hand (see data/README.md).
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { ROOT } from './extract-lib.mjs';

const pass = process.argv.slice(2);
const steps = [
  ['extract-crpa.mjs'],
  ['extract-code-rural.mjs'],
  ['extract-codes-indicatifs.mjs', ...pass],
  ['extract-collectivites.mjs'],
];
try {
  for (const [script, ...args] of steps) {
    execFileSync(process.execPath, [path.join(ROOT, 'scripts', script), ...args], { cwd: ROOT, stdio: 'inherit' });
  }
  execFileSync(process.execPath, ['--import', 'tsx', path.join(ROOT, 'scripts', 'build-catalogue.ts')], { cwd: ROOT, stdio: 'inherit' });
  console.log('Données à jour : vérifiez le différentiel (git diff --stat data/), puis lancez npm test.');
} catch {
  console.error('npm run data : une étape a échoué (voir ci-dessus).');
  process.exit(1);
}
