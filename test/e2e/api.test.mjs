// The extension's API suite (test/electron/index.ts, written for @vscode/test-electron) run for real in the extension
// host of code-server, which is VS Code's own server: no desktop VS Code needed.
//
// How: code-server serves the web workbench; its URL parameter `payload` takes the same development options as the
// desktop command line (`extensionDevelopmentPath`, `extensionTestsPath`, as vscode-remote:// URIs on the server).
// The workbench then loads the repository as a development extension in the server's extension host, requires the
// bundled suite there and calls its run(). When run() settles, the extension host reports its exit code to the
// workbench, which hands it to `window.codeAutomationExit(code)`: exposed here by playwright. The suite also writes
// the outcome of each check to $ACTES_API_RESULT. Run: npm run test:e2e (after `npm run package`, which builds dist/).
import assert from 'node:assert/strict';
import { cpSync, existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { after, before, describe, test } from 'node:test';
import { build } from 'esbuild';
import { E2eEnvironmentError, REPO_ROOT, RESULTS_DIR, startWorkbench } from './harness.mjs';

const SEEDS_DIR = join(REPO_ROOT, 'test', 'fixtures', 'seeds');
const SUITE_TIMEOUT_MS = 240_000;

/** vscode-remote://<authority>/<absolute path>: a path on the machine of code-server, seen from the workbench. */
const remoteUri = (authority, path) => `vscode-remote://${authority}${pathToFileURL(path).pathname}`;

describe('API suite (test/electron) in the extension host of code-server', { timeout: SUITE_TIMEOUT_MS + 120_000 }, () => {
  let tmp; let wb; let exit;

  before(async () => {
    if (!existsSync(join(REPO_ROOT, 'dist', 'extension.js'))) {
      throw new E2eEnvironmentError('dist/extension.js is missing', 'build it: `npm run build` (or `npm run package`)');
    }
    tmp = mkdtempSync(join(tmpdir(), 'actes-api-'));
    const suite = join(tmp, 'suite', 'index.js');
    await build({
      entryPoints: [join(REPO_ROOT, 'test', 'electron', 'index.ts')], outfile: suite,
      bundle: true, platform: 'node', format: 'cjs', target: 'node20', external: ['vscode'], logLevel: 'warning',
    });
    let settle;
    exit = new Promise((resolve) => { settle = resolve; });
    wb = await startWorkbench({
      name: 'api',
      workspaceFiles: readdirSync(SEEDS_DIR).filter((f) => f.endsWith('.txt')).map((f) => join(SEEDS_DIR, f)),
      env: { ACTES_SEEDS: SEEDS_DIR, ACTES_API_RESULT: join(tmp, 'result.json') },
      payload: (authority) => [
        ['extensionDevelopmentPath', remoteUri(authority, REPO_ROOT)],
        ['extensionTestsPath', remoteUri(authority, suite)],
        ['skipWelcome', 'true'],
      ],
      expose: { codeAutomationExit: (code) => settle(code) },
    });
  });

  after(async () => {
    await wb?.stop();
    if (tmp) rmSync(tmp, { recursive: true, force: true });
  });

  test('every check of the suite passes in the real extension host', async (t) => {
    let timer;
    const code = await Promise.race([exit, new Promise((resolve) => { timer = setTimeout(() => resolve('timeout'), SUITE_TIMEOUT_MS); })]);
    clearTimeout(timer);
    await wb.screenshot('api-suite-end');
    const resultFile = join(tmp, 'result.json');
    const result = existsSync(resultFile) ? JSON.parse(readFileSync(resultFile, 'utf8')) : null;
    if (result) {
      t.diagnostic(`${result.appName} ${result.vscode} (code-server), extension host du serveur`);
      for (const r of result.results) t.diagnostic(`${r.ok ? '✔' : '✖'} ${r.name}${r.ok ? '' : ` — ${r.message}`}`);
    }
    let logs = '';
    if (code !== 0 || !result || result.results.some((r) => !r.ok)) { // keep the logs of code-server and its extension host
      logs = join(RESULTS_DIR, 'api-logs');
      rmSync(logs, { recursive: true, force: true });
      cpSync(wb.dirs.logs, join(logs, 'code-server'), { recursive: true });
      if (existsSync(join(wb.dirs.userData, 'logs'))) cpSync(join(wb.dirs.userData, 'logs'), join(logs, 'user-data'), { recursive: true });
    }
    assert.notEqual(code, 'timeout', `the suite did not finish within ${SUITE_TIMEOUT_MS / 1000} s (logs: ${logs})`);
    assert.ok(result, `the suite wrote no result (exit code ${code}): it did not run (logs: ${logs})`);
    const failed = result.results.filter((r) => !r.ok);
    assert.deepEqual(failed, [], 'checks failed in the extension host');
    assert.ok(result.results.length >= 8, `only ${result.results.length} checks ran`);
    assert.equal(code, 0, 'the extension host exited non-zero');
  });
});
