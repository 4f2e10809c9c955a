// The editor suite (test/electron/): runs in a real VS Code when one is available here
// ($VSCODE_EXECUTABLE, a `code` command, or @vscode/test-electron with ACTES_VSCODE_DOWNLOAD=1).
// Otherwise it is skipped, and says why.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findVsCode, runSuite, testElectron } from './electron/run';

test('suite VS Code (@vscode/test-electron) : diagnostics, plan et complétion dans l’éditeur', async (t) => {
  let found = findVsCode();
  if (!found && process.env.ACTES_VSCODE_DOWNLOAD === '1') {
    const te = await testElectron();
    if (te) found = { executable: await te.downloadAndUnzipVSCode(), how: '@vscode/test-electron' };
  }
  if (!found) {
    const reason = 'ignorée : aucun VS Code sur cette machine (ni $VSCODE_EXECUTABLE, ni commande « code »), '
      + 'et @vscode/test-electron ne peut pas en télécharger un (seuls le registre npm et Debian sont joignables). '
      + 'La même suite tourne dans l’hôte d’extensions de code-server avec npm run test:e2e. '
      + 'Pour la lancer dans VS Code : VSCODE_EXECUTABLE=/chemin/vers/code npm test (voir le README, « Tests dans VS Code »).';
    t.diagnostic(reason);
    t.skip(reason);
    return;
  }
  t.diagnostic(`VS Code : ${found.executable} (${found.how})`);
  assert.equal(await runSuite(found.executable), 0, 'la suite VS Code a échoué (voir sa sortie ci-dessus)');
});
