// End-to-end harness: a real VS Code workbench (code-server) driven by Debian's Chromium through playwright-core,
// used as a person would. Installed by scripts/e2e-setup.sh into a cache outside the repository.
//
//   const wb = await startWorkbench({ vsix, workspaceFiles: { '000.acte': { from: seedPath } } });
//   try { await openFile(wb.page, '000.acte'); ... } finally { await wb.stop(); }
//
// Every wait is bounded and polls for a condition (no fixed sleeps); on timeout it throws an Error saying what did not
// appear, with the path of a screenshot taken at that moment. A broken environment (setup not run, no Chromium,
// code-server that will not start) throws an E2eEnvironmentError saying which part failed and how to fix it.
import { spawn, spawnSync } from 'node:child_process';
import { createWriteStream, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync, copyFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { homedir, tmpdir } from 'node:os';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
export const RESULTS_DIR = process.env.ACTES_E2E_RESULTS ?? join(REPO_ROOT, 'test-results', 'e2e');
export const CACHE_DIR = process.env.ACTES_E2E_CACHE ?? join(homedir(), '.cache', 'actes-e2e');

const DEBUG = process.env.ACTES_E2E_DEBUG === '1';

const CHROMIUM_FLAGS = [
  '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
  '--disable-component-update', '--disable-sync',
];

/** A failure of the environment (not of the product): says which part and how to fix it. */
export class E2eEnvironmentError extends Error {
  constructor(part, fix, details = '') {
    super(`e2e environment: ${part}\n  fix: ${fix}${details ? `\n  ${details}` : ''}`);
    this.name = 'E2eEnvironmentError';
  }
}

const SETUP_FIX = 'run `bash scripts/e2e-setup.sh` (installs Node 24, code-server, playwright-core, chromium; cached in '
  + `${CACHE_DIR})`;

/** Paths written by scripts/e2e-setup.sh, checked one by one. */
export function environment() {
  const file = join(CACHE_DIR, 'paths.json');
  if (!existsSync(file)) throw new E2eEnvironmentError(`the e2e tools are not installed (${file} is missing)`, SETUP_FIX);
  const paths = JSON.parse(readFileSync(file, 'utf8'));
  const need = [
    ['node24', 'Node 24'], ['codeServerEntry', 'code-server'], ['playwrightCore', 'playwright-core'],
  ];
  for (const [key, what] of need) {
    if (!paths[key] || !existsSync(paths[key])) {
      throw new E2eEnvironmentError(`${what} is missing (${paths[key] ?? key})`, SETUP_FIX);
    }
  }
  paths.chromium = process.env.ACTES_E2E_CHROMIUM ?? paths.chromium ?? '/usr/bin/chromium';
  if (!existsSync(paths.chromium)) {
    throw new E2eEnvironmentError(`Chromium is missing (${paths.chromium})`,
      'run `apt-get update && apt-get install -y chromium` as root, or `bash scripts/e2e-setup.sh`');
  }
  return paths;
}

function loadPlaywright(paths) {
  try {
    return createRequire(join(paths.playwrightCore, 'package.json'))('playwright-core');
  } catch (err) {
    throw new E2eEnvironmentError(`playwright-core will not load from ${paths.playwrightCore}`, SETUP_FIX, String(err));
  }
}

// ------------------------------------------------------------------------------------------------ processes
const live = new Set(); // process group ids still to kill

function killGroup(pid, signal) {
  try { process.kill(-pid, signal); return true; } catch { return false; }
}
function groupAlive(pid) {
  try { process.kill(-pid, 0); return true; } catch { return false; }
}
async function stopGroup(pid, graceMs = 5000) {
  if (!pid) return;
  killGroup(pid, 'SIGTERM');
  const end = Date.now() + graceMs;
  while (groupAlive(pid) && Date.now() < end) await new Promise((r) => setTimeout(r, 100));
  if (groupAlive(pid)) killGroup(pid, 'SIGKILL');
  live.delete(pid);
}
// Last resort when the test process ends without calling stop(): no code-server or chromium is left behind.
process.on('exit', () => { for (const pid of live) killGroup(pid, 'SIGKILL'); });
for (const sig of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
  process.once(sig, () => {
    for (const pid of live) killGroup(pid, 'SIGKILL');
    process.exit(128 + ({ SIGHUP: 1, SIGINT: 2, SIGTERM: 15 })[sig]);
  });
}

function tail(file, lines = 25) {
  try { return readFileSync(file, 'utf8').split('\n').slice(-lines).join('\n'); } catch { return ''; }
}

/**
 * Spawns a command in its own process group, logging to logFile, and resolves with the first match of `ready` in
 * its output; rejects if it exits first or nothing matches within timeoutMs.
 */
function spawnUntil(cmd, args, { env, cwd, logFile, ready, timeoutMs, part, fix }) {
  return new Promise((resolvePromise, reject) => {
    const log = createWriteStream(logFile);
    let child;
    try {
      child = spawn(cmd, args, { env, cwd, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
    } catch (err) {
      reject(new E2eEnvironmentError(`${part} could not be started (${cmd})`, fix, String(err)));
      return;
    }
    if (child.pid) live.add(child.pid);
    let out = '';
    let done = false;
    const finish = (err, value) => {
      if (done) return;
      done = true;
      clearTimeout(timer);
      if (err) {
        if (child.pid) killGroup(child.pid, 'SIGKILL');
        live.delete(child.pid);
        reject(err);
      } else resolvePromise(value);
    };
    const onData = (chunk) => {
      log.write(chunk);
      if (done) return;
      out += chunk.toString();
      const m = ready.exec(out);
      if (m) finish(null, { child, match: m });
      if (out.length > 1e6) out = out.slice(-1e5);
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.on('error', (err) => finish(new E2eEnvironmentError(`${part} could not be started (${cmd})`, fix, String(err))));
    child.on('exit', (code, signal) => {
      log.end();
      live.delete(child.pid);
      finish(new E2eEnvironmentError(`${part} exited before it was ready (code ${code}, signal ${signal})`, fix,
        `log ${logFile}:\n${out.split('\n').slice(-25).join('\n')}`));
    });
    const timer = setTimeout(() => finish(new E2eEnvironmentError(
      `${part} was not ready within ${timeoutMs / 1000} s`, fix, `log ${logFile}:\n${out.split('\n').slice(-25).join('\n')}`)),
    timeoutMs);
  });
}

// ------------------------------------------------------------------------------------------------ workbench
const DEFAULT_SETTINGS = {
  'workbench.startupEditor': 'none',
  'workbench.tips.enabled': false,
  'workbench.enableExperiments': false,
  'workbench.secondarySideBar.defaultVisibility': 'hidden',
  'chat.disableAIFeatures': true,
  'telemetry.telemetryLevel': 'off',
  'update.mode': 'none',
  'extensions.autoCheckUpdates': false,
  'extensions.autoUpdate': false,
  'extensions.ignoreRecommendations': true,
  'security.workspace.trust.enabled': false,
  'git.enabled': false,
  'files.autoSave': 'off',
  'editor.minimap.enabled': false,
  'editor.hover.delay': 300,
  'window.restoreWindows': 'none',
};

const pageState = new WeakMap(); // page → { screenshot }

/**
 * Starts a fresh workbench: installs the vsix into a fresh extensions dir, copies the files into a fresh workspace,
 * starts code-server on 127.0.0.1 (random port), launches Chromium, waits for the workbench and the Explorer.
 *
 * @param {object} o
 * @param {string} [o.vsix] path of the .vsix to install (none: plain workbench)
 * @param {Record<string, string | {from: string} | {content: string}> | string[]} [o.workspaceFiles]
 *   name → source path / {from} / {content}; or an array of source paths (copied under their own names)
 * @param {string} [o.name] prefix of the screenshots
 * @param {object} [o.settings] extra user settings
 * @param {{width:number,height:number}} [o.viewport]
 * @param {boolean} [o.keep] keep the temp dir after stop() (also ACTES_E2E_KEEP=1)
 * @param {Record<string, string>} [o.env] extra environment of code-server (its extension host inherits it)
 * @param {(authority: string) => [string, string][]} [o.payload] the workbench's `payload` URL parameter, e.g.
 *   [['extensionDevelopmentPath', 'vscode-remote://<authority>/path'], ['extensionTestsPath', …]], given the remote
 *   authority the workbench uses; a built workbench reads these development options only when code-server runs with
 *   `--vscode-option enable-smoke-test-driver` (VS Code's --enable-smoke-test-driver), which is then added
 * @param {string[]} [o.serverArgs] extra arguments of code-server
 * @param {Record<string, Function>} [o.expose] functions exposed to the page before it loads (codeAutomationExit…)
 */
export async function startWorkbench({
  vsix, workspaceFiles = {}, name = 'e2e', settings = {}, viewport = { width: 1600, height: 1000 },
  keep = process.env.ACTES_E2E_KEEP === '1', startTimeoutMs = 90_000, env: extraEnv = {}, payload, expose = {},
  serverArgs = [],
} = {}) {
  const t0 = Date.now();
  const step = (what) => { if (DEBUG) process.stderr.write(`[e2e] +${Date.now() - t0} ms: ${what}\n`); };
  const paths = environment();
  const { chromium } = loadPlaywright(paths);
  mkdirSync(RESULTS_DIR, { recursive: true });
  const tmp = mkdtempSync(join(tmpdir(), 'actes-e2e-'));
  const dirs = {
    tmp, userData: join(tmp, 'user-data'), extensions: join(tmp, 'extensions'), workspace: join(tmp, 'workspace'),
    xdg: join(tmp, 'xdg'), chromeProfile: join(tmp, 'chromium-profile'), logs: join(tmp, 'logs'),
  };
  for (const d of Object.values(dirs)) mkdirSync(d, { recursive: true });
  mkdirSync(join(dirs.userData, 'User'), { recursive: true });
  writeFileSync(join(dirs.userData, 'User', 'settings.json'),
    JSON.stringify({ ...DEFAULT_SETTINGS, ...settings }, null, 2));

  // Workspace files.
  const entries = Array.isArray(workspaceFiles)
    ? workspaceFiles.map((p) => [basename(p), { from: p }])
    : Object.entries(workspaceFiles);
  for (const [rel, src] of entries) {
    const dest = join(dirs.workspace, rel);
    mkdirSync(dirname(dest), { recursive: true });
    if (typeof src === 'string' && existsSync(src)) copyFileSync(src, dest);
    else if (src && typeof src === 'object' && 'from' in src) copyFileSync(src.from, dest);
    else if (src && typeof src === 'object' && 'content' in src) writeFileSync(dest, src.content);
    else writeFileSync(dest, String(src));
  }

  const env = {
    ...process.env,
    XDG_CONFIG_HOME: dirs.xdg, XDG_DATA_HOME: join(dirs.xdg, 'data'), XDG_CACHE_HOME: join(dirs.xdg, 'cache'),
    ...extraEnv,
  };
  delete env.VSCODE_IPC_HOOK_CLI; // a code-server started from a VS Code terminal would talk to that VS Code
  delete env.PORT;

  let shotNo = 0;
  const handle = {
    dirs, paths, page: null, browser: null, server: null, chromiumProcess: null, stopped: false,
    /** Saves test-results/e2e/<name>-NN-<shot>.png and returns its path. */
    async screenshot(shot) {
      const file = join(RESULTS_DIR, `${name}-${String(++shotNo).padStart(2, '0')}-${slug(shot)}.png`);
      if (handle.page) await handle.page.screenshot({ path: file, timeout: 15_000 }).catch(() => {});
      return file;
    },
    async stop() {
      if (handle.stopped) return;
      handle.stopped = true;
      if (handle.browser) await withTimeout(handle.browser.close(), 5000).catch(() => {});
      await stopGroup(handle.chromiumProcess?.pid);
      await stopGroup(handle.server?.pid);
      if (!keep) rmSync(tmp, { recursive: true, force: true, maxRetries: 3 });
    },
  };

  try {
    // 1. The extension, installed offline into the fresh extensions dir.
    if (vsix) {
      if (!existsSync(vsix)) {
        throw new E2eEnvironmentError(`the extension package ${vsix} does not exist`, 'build it: `npm run package`');
      }
      const r = spawnSync(paths.node24, [paths.codeServerEntry, '--user-data-dir', dirs.userData,
        '--extensions-dir', dirs.extensions, '--install-extension', vsix, '--force'],
      { env, encoding: 'utf8', timeout: 120_000 });
      const out = `${r.stdout ?? ''}${r.stderr ?? ''}`;
      writeFileSync(join(dirs.logs, 'install-extension.log'), out);
      if (r.status !== 0 || !/successfully installed/i.test(out)) {
        throw new E2eEnvironmentError(`code-server --install-extension ${vsix} failed (exit ${r.status}${r.error ? `, ${r.error.message}` : ''})`,
          'check that the .vsix is valid (`npx @vscode/vsce ls`), then rerun; if code-server itself is broken: '
          + `rm -rf ${join(CACHE_DIR, 'code-server')} && bash scripts/e2e-setup.sh`, out.trim().split('\n').slice(-15).join('\n'));
      }
    }

    step('extension installed');
    // 2. code-server on a random free port of 127.0.0.1.
    const cs = await spawnUntil(paths.node24, [paths.codeServerEntry,
      '--bind-addr', '127.0.0.1:0', '--auth', 'none',
      '--user-data-dir', dirs.userData, '--extensions-dir', dirs.extensions,
      '--disable-telemetry', '--disable-update-check', '--disable-workspace-trust',
      '--disable-getting-started-override', '--ignore-last-opened',
      ...(payload ? ['--vscode-option', 'enable-smoke-test-driver'] : []), ...serverArgs,
      dirs.workspace], {
      env, cwd: dirs.workspace, logFile: join(dirs.logs, 'code-server.log'),
      ready: /HTTP server listening on (http:\/\/127\.0\.0\.1:(\d+)\/?)/, timeoutMs: startTimeoutMs,
      part: 'code-server', fix: `see the log; reinstall with \`rm -rf ${join(CACHE_DIR, 'code-server')} && bash scripts/e2e-setup.sh\``,
    });
    handle.server = cs.child;
    step(`code-server listening on port ${cs.match[2]}`);
    const host = `127.0.0.1:${cs.match[2]}`;
    handle.remoteAuthority = payload ? await remoteAuthorityOf(`http://${host}/`) : host;
    const url = `http://${host}/?folder=${encodeURIComponent(dirs.workspace)}`
      + (payload ? `&payload=${encodeURIComponent(JSON.stringify(payload(handle.remoteAuthority)))}` : '');

    // 3. Chromium, our own process group and a fresh profile, reached through the DevTools protocol.
    const ch = await spawnUntil(paths.chromium, [...CHROMIUM_FLAGS, '--headless', `--user-data-dir=${dirs.chromeProfile}`,
      '--remote-debugging-address=127.0.0.1', '--remote-debugging-port=0', '--disable-dev-shm-usage',
      `--window-size=${viewport.width},${viewport.height}`, 'about:blank'], {
      env: process.env, logFile: join(dirs.logs, 'chromium.log'),
      ready: /DevTools listening on (ws:\/\/\S+)/, timeoutMs: 60_000,
      part: `Chromium (${paths.chromium})`, fix: 'run `apt-get install --reinstall -y chromium` as root; try `chromium --headless --no-sandbox --dump-dom about:blank`',
    });
    handle.chromiumProcess = ch.child;
    step('Chromium started');
    try {
      handle.browser = await chromium.connectOverCDP(ch.match[1], { timeout: 30_000 });
    } catch (err) {
      throw new E2eEnvironmentError('playwright-core could not connect to Chromium', SETUP_FIX, String(err));
    }
    const context = await handle.browser.newContext({ viewport });
    handle.context = context;
    handle.page = await context.newPage();
    pageState.set(handle.page, handle);
    handle.page.setDefaultTimeout(30_000);
    for (const [fname, fn] of Object.entries(expose)) await handle.page.exposeFunction(fname, fn);

    // 4. The workbench, with the workspace folder loaded in the Explorer.
    try {
      await handle.page.goto(url, { timeout: 60_000 });
    } catch (err) {
      throw new E2eEnvironmentError(`Chromium could not load the workbench at ${url}`, 'see the code-server log',
        `${String(err).split('\n')[0]}\n${tail(join(dirs.logs, 'code-server.log'))}`);
    }
    await waitFor(handle.page, () => handle.page.isVisible('.monaco-workbench'),
      { timeoutMs: startTimeoutMs, what: 'the VS Code workbench (.monaco-workbench)' });
    await waitFor(handle.page, () => handle.page.isVisible('.explorer-folders-view .monaco-list-row'),
      { timeoutMs: startTimeoutMs, what: 'the workspace folder in the Explorer' });
    step('workbench ready');
    return handle;
  } catch (err) {
    if (handle.page) await handle.screenshot('start-failed');
    if (!(err instanceof E2eEnvironmentError)) {
      err.message += `\n  code-server log: ${join(dirs.logs, 'code-server.log')} (kept)`;
    }
    keep = true; // keep the logs of a failed start
    err.message += `\n  logs kept in ${dirs.logs}`;
    await handle.stop();
    throw err;
  }
}

/** The remote authority of vscode-remote:// URIs in the workbench served at `url` (code-server says "remote"). */
async function remoteAuthorityOf(url) {
  const html = await fetch(url).then((r) => r.text()).catch(() => '');
  const settings = /id="vscode-workbench-web-configuration"\s+data-settings="([^"]*)"/.exec(html)?.[1];
  const unescape = (t) => t.replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
  try {
    const authority = JSON.parse(unescape(settings ?? '')).remoteAuthority;
    if (typeof authority === 'string' && authority) return authority;
  } catch { /* reported below */ }
  throw new E2eEnvironmentError(`no remoteAuthority in the workbench configuration served at ${url}`,
    'this code-server version serves its workbench differently: see test/e2e/harness.mjs, remoteAuthorityOf()');
}

function slug(s) {
  return String(s).normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[^A-Za-z0-9._-]+/g, '-')
    .replace(/^-+|-+$/g, '').slice(0, 60) || 'shot';
}

function withTimeout(promise, ms) {
  let t;
  return Promise.race([promise, new Promise((_, rej) => { t = setTimeout(() => rej(new Error('timeout')), ms); })])
    .finally(() => clearTimeout(t));
}

// ------------------------------------------------------------------------------------------------ waiting
/**
 * Polls `predicate` (sync or async; errors count as "not yet") until it returns a truthy value, which is returned.
 * On timeout throws an Error naming `what`, with the last value seen and the path of a screenshot.
 */
export async function waitFor(page, predicate, { timeoutMs = 15_000, what = 'a condition', intervalMs = 100 } = {}) {
  const start = Date.now();
  const end = start + timeoutMs;
  let last; let lastErr;
  for (;;) {
    try {
      last = await predicate();
      if (last) {
        if (DEBUG) process.stderr.write(`[e2e] ${Date.now() - start} ms: ${what}\n`);
        return last;
      }
    } catch (err) { lastErr = err; }
    if (Date.now() >= end) break;
    await new Promise((r) => setTimeout(r, intervalMs));
  }
  const h = pageState.get(page);
  let shot = '';
  if (h) shot = await h.screenshot(`timeout-${what}`);
  else if (page) {
    mkdirSync(RESULTS_DIR, { recursive: true });
    shot = join(RESULTS_DIR, `timeout-${slug(what)}-${Date.now()}.png`);
    await page.screenshot({ path: shot, timeout: 15_000 }).catch(() => { shot = '(screenshot failed)'; });
  }
  const seen = last === undefined ? '' : `\n  last value: ${JSON.stringify(last)?.slice(0, 500)}`;
  const error = lastErr ? `\n  last error: ${String(lastErr.message ?? lastErr).split('\n')[0]}` : '';
  throw new Error(`Timed out after ${timeoutMs} ms waiting for ${what}${seen}${error}\n  screenshot: ${shot}`);
}

// ------------------------------------------------------------------------------------------------ UI helpers
const ACTIVE_EDITOR = '.part.editor .editor-group-container.active .editor-instance .monaco-editor';
const QUICK_INPUT = '.quick-input-widget';
const quickRows = (page) => page.$$eval(`${QUICK_INPUT} .quick-input-list .monaco-list-row`,
  (els) => els.filter((e) => e.offsetParent !== null).map((e) => e.getAttribute('aria-label') ?? e.innerText));

async function openQuickInput(page, key, what) {
  await page.keyboard.press(key);
  await waitFor(page, () => page.isVisible(`${QUICK_INPUT} .quick-input-box input`), { what, timeoutMs: 10_000 });
}

/** Waits until the active editor has the keyboard focus (typing before that loses the first keystrokes). */
export async function focusEditor(page, { timeoutMs = 10_000 } = {}) {
  if (await page.isVisible(`${ACTIVE_EDITOR}.focused`)) return;
  await page.keyboard.press('Control+1'); // View: Focus First Editor Group
  await waitFor(page, () => page.isVisible(`${ACTIVE_EDITOR}.focused`), { timeoutMs, what: 'the keyboard focus in the editor' });
}

/** Opens a workspace file by name with Quick Open (Ctrl+P) and waits until its editor has the focus. */
export async function openFile(page, name, { timeoutMs = 20_000 } = {}) {
  await openQuickInput(page, 'Control+P', 'Quick Open (Ctrl+P)');
  await page.fill(`${QUICK_INPUT} .quick-input-box input`, name); // typing key by key re-filters on every key: slow
  await waitFor(page, async () => (await quickRows(page)).some((l) => l.includes(name)),
    { timeoutMs, what: `"${name}" in the Quick Open list` });
  await page.locator(`${QUICK_INPUT} .quick-input-list .monaco-list-row`).filter({ hasText: name }).first().click();
  await waitFor(page, async () => (await activeTabLabel(page))?.startsWith(name),
    { timeoutMs, what: `an editor tab for "${name}"` });
  await focusEditor(page);
}

export async function activeTabLabel(page) {
  return page.$eval('.part.editor .editor-group-container.active .tab.active', (e) => e.getAttribute('aria-label'))
    .catch(() => null);
}

/** Runs a command by its English title from the Command Palette (F1). */
export async function runCommand(page, title, { timeoutMs = 15_000 } = {}) {
  const titles = Array.isArray(title) ? title : [title];
  await openQuickInput(page, 'F1', 'the Command Palette (F1)');
  await page.fill(`${QUICK_INPUT} .quick-input-box input`, `>${titles[0]}`);
  const match = (rows) => rows.find((l) => titles.some((t) => l === t || l.startsWith(`${t},`)));
  let found = await waitFor(page, async () => match(await quickRows(page)),
    { timeoutMs: titles.length > 1 ? Math.min(timeoutMs, 5000) : timeoutMs, what: `the command "${titles[0]}" in the Command Palette` })
    .catch((err) => { if (titles.length === 1) throw err; return null; });
  if (!found) { // other spellings across VS Code versions
    for (const t of titles.slice(1)) {
      await page.fill(`${QUICK_INPUT} .quick-input-box input`, `>${t}`);
      found = await waitFor(page, async () => match(await quickRows(page)), { timeoutMs, what: `the command "${t}" in the Command Palette` })
        .catch(() => null);
      if (found) break;
    }
    if (!found) {
      await waitFor(page, () => false, { timeoutMs: 1, what: `any of the commands ${JSON.stringify(titles)} in the Command Palette` });
    }
  }
  await page.locator(`${QUICK_INPUT} .quick-input-list .monaco-list-row[aria-label="${found.replace(/"/g, '\\"')}"]`).first().click();
  await waitFor(page, async () => !(await page.isVisible(`${QUICK_INPUT} .quick-input-box input`)),
    { timeoutMs: 5000, what: `the Command Palette to close after "${found}"` }).catch(() => {});
}

/** Text of the visible lines of the active editor, top to bottom (non-breaking spaces as spaces). */
export async function editorLines(page) {
  return page.$$eval(`${ACTIVE_EDITOR} .view-lines .view-line`, (ls) => ls
    .map((l) => ({ top: parseFloat(l.style.top) || 0, text: l.textContent.replace(/\u00a0/g, ' ') }))
    .sort((a, b) => a.top - b.top).map((l) => l.text));
}

/**
 * Unicode-highlight decorations (the boxes VS Code draws around « ambiguous » or « invisible » characters, rendered as
 * `.unicode-highlight` elements in the editor's overlay layer) in the active editor, once one of its visible lines
 * holds `text`; null while none does.
 */
export async function unicodeHighlights(page, text) {
  return page.evaluate(({ sel, needle }) => {
    const editor = document.querySelector(sel);
    const lines = editor ? [...editor.querySelectorAll('.view-lines .view-line')] : [];
    if (!lines.some((l) => l.textContent.replace(/[\u00a0\u202f]/g, ' ').includes(needle))) return null;
    return editor.querySelectorAll('.unicode-highlight').length;
  }, { sel: ACTIVE_EDITOR, needle: text });
}

/** The language shown in the status bar ("Acte", "Plain Text", ...). */
export async function statusBarLanguage(page) {
  return (await page.textContent('#status\\.editor\\.mode').catch(() => null))?.trim() ?? null;
}

/** Screen position of the middle of the first visible occurrence of `text` in the active editor, or null. */
async function locateText(page, text, { at = 0.5 } = {}) {
  return page.evaluate(({ sel, needle, at }) => {
    const lines = [...document.querySelectorAll(`${sel} .view-lines .view-line`)]
      .sort((a, b) => (parseFloat(a.style.top) || 0) - (parseFloat(b.style.top) || 0));
    for (const line of lines) {
      const idx = line.textContent.replace(/\u00a0/g, ' ').indexOf(needle);
      if (idx < 0) continue;
      const target = idx + Math.min(needle.length - 1, Math.max(0, Math.floor(needle.length * at)));
      const walker = document.createTreeWalker(line, NodeFilter.SHOW_TEXT);
      let pos = 0; let n;
      while ((n = walker.nextNode())) {
        const len = n.textContent.length;
        if (target < pos + len) {
          const r = document.createRange();
          r.setStart(n, target - pos); r.setEnd(n, target - pos + 1);
          const b = r.getBoundingClientRect();
          const editor = line.closest('.monaco-editor').getBoundingClientRect();
          if (b.width === 0 || b.top < editor.top || b.bottom > editor.bottom || b.right > editor.right) return null;
          return { x: b.left + b.width / 2, y: b.top + b.height / 2 };
        }
        pos += len;
      }
    }
    return null;
  }, { sel: ACTIVE_EDITOR, needle: text, at });
}

/** Brings `text` into view in the active editor with the Find widget (Ctrl+F); leaves it selected. */
export async function revealText(page, text, { timeoutMs = 10_000 } = {}) {
  await focusEditor(page);
  await page.keyboard.press('Control+F');
  const input = `${ACTIVE_EDITOR} .find-widget.visible textarea, ${ACTIVE_EDITOR} .find-widget.visible input`;
  await waitFor(page, () => page.isVisible(input), { timeoutMs, what: 'the Find widget (Ctrl+F)' });
  await page.fill(input, text);
  await waitFor(page, async () => !/No results/i.test(await page.textContent(`${ACTIVE_EDITOR} .find-widget .matchesCount`).catch(() => 'No results')),
    { timeoutMs, what: `"${text}" found by the Find widget` });
  await page.keyboard.press('Enter');
  await page.keyboard.press('Escape');
  await focusEditor(page);
  return waitFor(page, () => locateText(page, text), { timeoutMs, what: `"${text}" visible in the editor` });
}

/** Places the cursor inside `text` (first visible occurrence, found with Ctrl+F if off screen) by clicking it. */
export async function clickText(page, text, opts = {}) {
  const pos = (await locateText(page, text, opts)) ?? (await revealText(page, text) && await locateText(page, text, opts));
  if (!pos) await waitFor(page, () => false, { timeoutMs: 1, what: `"${text}" in the editor` });
  await page.mouse.click(pos.x, pos.y);
  return pos;
}

const VISIBLE_HOVER = '.monaco-hover:not(.hidden)';
const hoverText = (page) => page.$$eval(VISIBLE_HOVER, (els) => els.filter((e) => e.offsetParent !== null)
  .map((e) => e.innerText.trim()).filter((t) => t && !/^Loading\.*$/.test(t)).join('\n'));

/** Moves the mouse over `text` in the active editor as a person would and returns the hover's text. */
export async function hoverAt(page, text, { timeoutMs = 15_000, expect } = {}) {
  let pos = await locateText(page, text);
  if (!pos) pos = await revealText(page, text);
  // Leave any previous hover, then glide in (a single jump does not always raise Monaco's hover).
  await page.mouse.move(pos.x, pos.y + 200);
  await waitFor(page, async () => !(await hoverText(page)), { timeoutMs: 5000, what: 'the previous hover to close' }).catch(() => {});
  await page.mouse.move(pos.x - 20, pos.y);
  await page.mouse.move(pos.x, pos.y, { steps: 5 });
  return waitFor(page, async () => {
    const t = await hoverText(page);
    return t && (!expect || t.includes(expect)) ? t : null;
  }, { timeoutMs, what: `a hover over "${text}"${expect ? ` containing "${expect}"` : ''} (.monaco-hover)` });
}

/** Shows the hover at the cursor with the keyboard (Ctrl+K Ctrl+I, "Show or Focus Hover") and returns its text. */
export async function hoverAtCursor(page, { timeoutMs = 15_000 } = {}) {
  await page.keyboard.press('Control+K');
  await page.keyboard.press('Control+I');
  return waitFor(page, () => hoverText(page), { timeoutMs, what: 'a hover at the cursor (Ctrl+K Ctrl+I)' });
}

const SUGGEST_ROWS = '.editor-widget.suggest-widget.visible .monaco-list-row';
export const suggestions = (page) => page.$$eval(SUGGEST_ROWS, (els) => els.map((e) => e.getAttribute('aria-label') ?? e.innerText));

/**
 * Types `typed` in the active editor (on a new line at the end of the document with `{ newLineAtEnd: true }`, or
 * on a new line after the line holding `afterText`), then
 * asks for completions with Ctrl+Space and returns the labels of the rows of the suggest widget.
 */
export async function suggestAt(page, typed = '', { newLineAtEnd = false, afterText, timeoutMs = 15_000, expect } = {}) {
  await focusEditor(page);
  if (afterText) { // a new line after the line holding afterText
    await clickText(page, afterText);
    await page.keyboard.press('End');
    await page.keyboard.press('Enter');
  } else if (newLineAtEnd) {
    await page.keyboard.press('Control+End');
    await page.keyboard.press('End');
    if ((await page.textContent('#status\\.editor\\.selection').catch(() => '')).match(/Col (\d+)/)?.[1] !== '1') {
      await page.keyboard.press('Enter');
    }
  }
  if (typed) await page.keyboard.type(typed);
  await page.keyboard.press('Escape'); // an automatic suggest may be half-loaded: ask again explicitly
  await page.keyboard.press('Control+Space');
  return waitFor(page, async () => {
    const rows = await suggestions(page);
    return rows.length && (!expect || rows.some((r) => r.includes(expect))) ? rows : null;
  }, { timeoutMs, what: `completion suggestions (.suggest-widget)${expect ? ` including "${expect}"` : ''}` });
}

/**
 * Accepts a suggestion with the arrow keys and Tab (Enter makes a new line in an acte: `editor.acceptSuggestionOnEnter`
 * is off for the language, prose first): the one whose label contains `label` (string) or matches it
 * (RegExp), or the focused one (label null). Returns the accepted row's label.
 */
export async function acceptSuggestion(page, label = null, { timeoutMs = 10_000 } = {}) {
  const matches = (l) => l != null && (label == null || (label instanceof RegExp ? label.test(l) : l.includes(label)));
  const rows = await waitFor(page, async () => {
    const r = await suggestions(page);
    return r.some(matches) ? r : null;
  }, { timeoutMs, what: `the suggestion ${label == null ? '(any)' : `"${label}"`}` });
  const focused = () => page.$eval(`${SUGGEST_ROWS}.focused`, (e) => e.getAttribute('aria-label')).catch(() => null);
  for (let i = 0; i <= rows.length + 50; i++) {
    if (matches(await focused())) break;
    await page.keyboard.press('ArrowDown');
  }
  const accepted = await focused();
  if (!matches(accepted)) {
    await waitFor(page, () => false, { timeoutMs: 1, what: `the keyboard focus on suggestion "${label}"` });
  }
  await page.keyboard.press('Tab');
  // Closed, or showing something else: a snippet with a choice placeholder (${1|a,b|}) reopens it with the choices.
  await waitFor(page, async () => !(await page.isVisible('.editor-widget.suggest-widget.visible'))
    || !(await suggestions(page)).includes(accepted),
  { timeoutMs, what: `the suggest widget to close after accepting "${accepted}"` });
  return accepted;
}

/** Opens the Problems panel if it is not visible (Ctrl+Shift+M toggles, so look first). */
export async function showProblems(page, { timeoutMs = 10_000 } = {}) {
  if (await page.isVisible('.markers-panel')) return;
  await page.keyboard.press('Control+Shift+M');
  await waitFor(page, () => page.isVisible('.markers-panel'), { timeoutMs, what: 'the Problems panel (Ctrl+Shift+M)' })
    .catch(async () => {
      await runCommand(page, 'View: Focus Problems (Errors, Warnings, Infos)');
      await waitFor(page, () => page.isVisible('.markers-panel'), { timeoutMs, what: 'the Problems panel' });
    });
}

/**
 * Texts of the problem rows of the Problems panel ("message source code [Ln l, Col c]"), file rows left out.
 * `filter` types into the panel's filter box (e.g. a rule id), useful when there are more rows than fit.
 */
export async function problems(page, { filter } = {}) {
  await showProblems(page);
  if (filter !== undefined) {
    const box = '.panel .viewpane-filter input[aria-label="Filter Problems"]';
    if ((await page.inputValue(box).catch(() => '')) !== filter) {
      await page.fill(box, filter);
      // The filter is debounced; its badge ("Showing 1 of 3") appears once the rows are filtered.
      await waitFor(page, async () => {
        const badge = await page.$eval('.panel .viewpane-filter .viewpane-filter-badge',
          (e) => (e.classList.contains('hidden') ? '' : e.textContent)).catch(() => '');
        return filter ? /\d/.test(badge) : !badge;
      }, { timeoutMs: 10_000, what: `the Problems filter "${filter}" to apply` });
    }
  }
  return page.$$eval('.markers-panel .monaco-list-row', (els) => els
    .filter((e) => !e.querySelector('.resource-label, .file-icon, .monaco-icon-label.file-icon'))
    .map((e) => e.innerText.replace(/\s*\n\s*/g, ' ').trim()));
}

/** Errors/warnings counters of the status bar, e.g. { errors: 2, warnings: 1 }. */
export async function problemCounts(page) {
  const label = await page.getAttribute('#status\\.problems', 'aria-label').catch(() => '') ?? '';
  if (/No Problems/i.test(label)) return { errors: 0, warnings: 0 };
  return { errors: Number(label.match(/Errors?: (\d+)/i)?.[1] ?? 0), warnings: Number(label.match(/Warnings?: (\d+)/i)?.[1] ?? 0) };
}

/** Focuses the Outline view and returns the labels of its rows. */
export async function outline(page, { timeoutMs = 15_000, expect } = {}) {
  if (!(await page.isVisible('.outline-pane'))) {
    await runCommand(page, ['Explorer: Focus on Outline View', 'Outline: Focus on Outline View']);
  }
  return waitFor(page, async () => {
    const rows = await page.$$eval('.outline-pane .monaco-list-row', (els) => els.map((e) => e.getAttribute('aria-label') ?? e.innerText));
    return rows.length && (!expect || rows.some((r) => r.includes(expect))) ? rows : null;
  }, { timeoutMs, what: `rows in the Outline view${expect ? ` including "${expect}"` : ''}` });
}

/**
 * Puts the cursor in `at` (text in the editor; else F8 goes to the next problem), opens the quick fixes (Ctrl+.) and
 * applies the one whose title contains `title` (string) or matches it (RegExp). Returns the titles offered.
 */
export async function applyQuickFix(page, { at, title, timeoutMs = 15_000 }) {
  if (at) await clickText(page, at);
  else { await focusEditor(page); await page.keyboard.press('F8'); await page.keyboard.press('Escape'); }
  const rowsSel = '.action-widget .monaco-list-row.action';
  const matches = (t) => (title instanceof RegExp ? title.test(t) : t.includes(title));
  const titles = () => page.$$eval(rowsSel, (els) => els.filter((e) => e.offsetParent !== null).map((e) => e.innerText.trim()));
  // The menu lists the actions computed when it opened: if they came before the server had the diagnostics (a busy
  // machine), close it and ask again, until the deadline.
  const end = Date.now() + timeoutMs;
  let offered = null; let seen = [];
  while (!offered) {
    await page.keyboard.press('Control+.');
    offered = await waitFor(page, async () => {
      const t = await titles();
      if (t.length) seen = t;
      return t.some(matches) ? t : null;
    }, { timeoutMs: Math.max(1, Math.min(5000, end - Date.now())), what: `the quick fix ${title} in the Ctrl+. menu` })
      .catch((err) => { if (Date.now() >= end) throw new Error(`${err.message}\n  menu offered: ${JSON.stringify(seen)}`); return null; });
    if (!offered) await page.keyboard.press('Escape');
  }
  await page.locator(rowsSel).filter({ hasText: offered.find(matches) }).first().click();
  await waitFor(page, async () => !(await page.isVisible('.action-widget .monaco-list-row')),
    { timeoutMs, what: 'the quick fix menu to close' });
  return offered;
}

/** Creates a file in the workspace root with the Explorer's "New File..." action, opens it, focuses its editor. */
export async function createFile(page, name, { timeoutMs = 15_000 } = {}) {
  if (!(await page.isVisible('.explorer-folders-view'))) {
    await page.keyboard.press('Control+Shift+E');
    await waitFor(page, () => page.isVisible('.explorer-folders-view'), { timeoutMs, what: 'the Explorer (Ctrl+Shift+E)' });
  }
  await page.hover('.explorer-folders-view');
  const button = '.explorer-viewlet .pane-header .action-label[aria-label^="New File"]';
  await waitFor(page, () => page.isVisible(button), { timeoutMs, what: 'the Explorer\'s "New File..." button' });
  await page.click(button);
  const input = '.explorer-folders-view .monaco-inputbox input';
  await waitFor(page, () => page.isVisible(input), { timeoutMs, what: 'the file name box in the Explorer' });
  await page.fill(input, name);
  await page.keyboard.press('Enter');
  await waitFor(page, async () => (await activeTabLabel(page))?.startsWith(name), { timeoutMs, what: `an editor tab for the new file "${name}"` });
  await focusEditor(page);
}

/** TextMate scopes of the token at `text` (Developer: Inspect Editor Tokens and Scopes), e.g. ['keyword.x.acte', 'source.acte']. */
export async function tokenScopesAt(page, text, { timeoutMs = 15_000 } = {}) {
  await clickText(page, text, { at: 0.3 });
  await runCommand(page, 'Developer: Inspect Editor Tokens and Scopes');
  const info = await waitFor(page, async () => {
    const t = await page.textContent('.token-inspect-widget').catch(() => null);
    return t && /textmate scopes/i.test(t) ? await page.innerText('.token-inspect-widget') : null;
  }, { timeoutMs, what: 'the token inspector (.token-inspect-widget)' });
  await page.keyboard.press('Escape');
  const after = info.split(/textmate scopes\s*/i)[1] ?? '';
  const scopes = [];
  for (const line of after.split('\n')) {
    const s = line.trim();
    if (!s || /\s/.test(s) || s === 'foreground' || s.startsWith('{')) break;
    scopes.push(s);
  }
  return scopes;
}

/**
 * Clicks the row holding `text` in the sidebar view whose header matches `header`, as a person would: the other views
 * of the sidebar are collapsed first (a short view clips its last rows, and a click on a clipped row's centre lands
 * elsewhere), then the click waits until the row lies wholly inside the view's body.
 */
export async function clickViewRow(page, header, text, { timeoutMs = 15_000 } = {}) {
  const HEADERS = '.part.sidebar .pane-header';
  const others = await page.$$eval(HEADERS, (els, src) => els.map((e, i) => ({ i, open: e.getAttribute('aria-expanded') === 'true', label: e.innerText }))
    .filter((h) => h.open && !new RegExp(src, 'i').test(h.label)).map((h) => h.i), header.source);
  for (const i of others) await page.locator(HEADERS).nth(i).click();
  const pane = page.locator('.part.sidebar .pane').filter({ has: page.locator('.pane-header', { hasText: header }) });
  const row = pane.locator('.monaco-list-row', { hasText: text }).first();
  await waitFor(page, async () => {
    const [r, b] = await Promise.all([row.boundingBox(), pane.locator('.pane-body').boundingBox()]);
    return Boolean(r && b && r.y >= b.y && r.y + r.height <= b.y + b.height);
  }, { timeoutMs, what: `the row "${text}" wholly visible in the view ${header}` });
  await row.click();
}
