// Real editors, headless, configured exactly as the README says: Debian's Neovim (0.7) and Emacs with Eglot drive
// the built server (bin/actes-language-server.js --stdio, put in PATH as `actes-language-server`, as `npm link`
// would) on a copy of seed 000 saved as `.acte`. Each editor runs a script (nvim-run.lua, eglot-run.el) that waits
// for what it expects (never a fixed sleep) and writes what it saw as JSON; this file asserts on it.
// Setup: `bash scripts/editors-setup.sh` (run by `npm run test:editors`) installs the editors when missing.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { chmodSync, copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { analyze } from '../../server/src/core/service';
import { loadCatalogue } from '../../server/src/catalogue/load-node';
import { ROOT, SEED_000 } from '../helpers/lsp';
import { readmeConfig } from './readme-configs';

const SERVER_BIN = path.join(ROOT, 'bin', 'actes-language-server.js');
/** A safety net per wait inside the editors (not a sleep): they give up and report after this. */
const WAIT_MS = 30_000;

const EXPECTED_VISA = 'Vu le code général des collectivités territoriales, notamment le 1° de son article L. 2122-22 et son article L. 2122-23 ;';
const EXPECTED_LINES: Record<string, string> = {
  'Vu ': EXPECTED_VISA,
  Vu: EXPECTED_VISA,
  'Vu le c': EXPECTED_VISA,
  'Vu l’article L. 2122-2': 'Vu l’article L. 2122-22',
};

interface CompletionResult { typed: string; line: string; words?: string[]; candidates?: string[]; count?: number }
interface EditorResult {
  error?: string;
  steps: { timeout: string }[];
  diagnostics?: string[];
  hover?: string;
  completion?: CompletionResult[];
  quickfix?: { offered: string[]; line: string };
  diagnosticsAfterFix?: string[];
  [k: string]: unknown;
}

let dir: string;
let env: NodeJS.ProcessEnv;
let actFile: string;

function which(cmd: string): boolean {
  return spawnSync('sh', ['-c', `command -v ${cmd}`], { stdio: 'ignore' }).status === 0;
}

/** Runs an editor to completion; resolves with its JSON results (or fails with its output). */
function runEditor(cmd: string, args: string[], out: string): Promise<EditorResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, args, { cwd: path.dirname(actFile), env: { ...env, ACTES_EDITORS_OUT: out }, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (d) => (output += String(d)));
    child.stderr.on('data', (d) => (output += String(d)));
    // Safety net only: each wait inside the editor already gives up after WAIT_MS.
    const guard = setTimeout(() => child.kill('SIGKILL'), 20 * WAIT_MS);
    child.on('error', (e) => { clearTimeout(guard); reject(e); });
    child.on('exit', (code, signal) => {
      clearTimeout(guard);
      if (!existsSync(out)) {
        reject(new Error(`${cmd} s’est arrêté (code ${code}, signal ${signal}) sans écrire ses résultats :\n${output.slice(-3000)}`));
        return;
      }
      resolve(JSON.parse(readFileSync(out, 'utf8')) as EditorResult);
    });
  });
}

before(() => {
  for (const cmd of ['nvim', 'emacs']) {
    assert.ok(which(cmd), `« ${cmd} » est introuvable : lancez « bash scripts/editors-setup.sh » (ou « npm run test:editors »).`);
  }
  assert.ok(existsSync(path.join(ROOT, 'dist', 'server.js')), 'dist/server.js manque : lancez « npm run build ».');
  dir = mkdtempSync(path.join(tmpdir(), 'actes-editors-'));
  // `actes-language-server` in PATH, as after `npm link`.
  const bin = path.join(dir, 'bin');
  mkdirSync(bin);
  const shim = path.join(bin, 'actes-language-server');
  writeFileSync(shim, `#!/bin/sh\nexec "${process.execPath}" "${SERVER_BIN}" "$@"\n`);
  chmodSync(shim, 0o755);
  // The act, in a folder of its own.
  const ws = path.join(dir, 'actes');
  mkdirSync(ws);
  actFile = path.join(ws, 'decision-000.acte');
  copyFileSync(SEED_000, actFile);
  // The README's configurations, verbatim.
  writeFileSync(path.join(dir, 'init.lua'), readmeConfig('neovim-0.7'));
  writeFileSync(path.join(dir, 'init-0.10.lua'), readmeConfig('neovim-0.10'));
  writeFileSync(path.join(dir, 'init-0.11.lua'), readmeConfig('neovim-0.11'));
  writeFileSync(path.join(dir, 'eglot.el'), readmeConfig('eglot'));
  const home = path.join(dir, 'home');
  mkdirSync(home);
  env = {
    ...process.env,
    PATH: `${bin}${path.delimiter}${process.env.PATH ?? ''}`,
    // Nothing from the person's own configuration.
    HOME: home, XDG_CONFIG_HOME: path.join(home, '.config'), XDG_DATA_HOME: path.join(home, '.local/share'),
    XDG_STATE_HOME: path.join(home, '.local/state'), XDG_CACHE_HOME: path.join(home, '.cache'),
    ACTES_EDITORS_FILE: actFile,
    ACTES_EDITORS_TIMEOUT: String(WAIT_MS),
  };
});

after(() => {
  if (dir && !process.env.ACTES_EDITORS_KEEP) rmSync(dir, { recursive: true, force: true });
});

test('the seed gives CIT-001 when no setting turns it off (so its absence below shows the settings were sent)', () => {
  const a = analyze(readFileSync(SEED_000, 'utf8'), { catalogue: loadCatalogue() });
  assert.ok(a.diagnostics.some((d) => d.code === 'CIT-001'));
});

/** What both editors must have seen. */
function assertEditor(r: EditorResult, editor: string, words: (c: CompletionResult) => string[] | undefined): void {
  assert.equal(r.error, undefined, `${editor} : ${r.error}`);
  assert.deepEqual(r.steps, [], `${editor} : attentes sans réponse : ${JSON.stringify(r.steps)}`);
  // Diagnostics, with the README's setting honoured.
  for (const code of ['SIG-001', 'DAT-001']) assert.ok(r.diagnostics?.includes(code), `${editor} : ${code} absent de ${r.diagnostics?.join(', ')}`);
  assert.ok(!r.diagnostics?.includes('CIT-001'), `${editor} : le réglage CIT-001 = off n’est pas appliqué`);
  // Hover on « L. 2122-22 »: the article's text.
  assert.match(r.hover ?? '', /Article L\. 2122-22/, `${editor} : survol ${r.hover}`);
  assert.match(r.hover ?? '', /Le maire peut, en outre/);
  // Completion: items offered after each prefix, the chosen one inserted in full, never a raw snippet.
  assert.equal(r.completion?.length, Object.keys(EXPECTED_LINES).length);
  for (const c of r.completion ?? []) {
    const offered = words(c) ?? [];
    assert.ok(offered.length > 0, `${editor} : rien de proposé après « ${c.typed} »`);
    assert.equal(c.line, EXPECTED_LINES[c.typed], `${editor}, « ${c.typed} »`);
    assert.doesNotMatch(c.line, /\$\{|\$\d/);
    for (const w of offered) assert.doesNotMatch(w, /\$\{/, `${editor} : « ${w} »`);
  }
  // The quick fix dates the act; the server then stops reporting DAT-001.
  assert.equal(r.quickfix?.line, 'Fait à Chambéry, le 17 avril 2025');
  assert.ok(r.quickfix?.offered.some((t) => /^Dater l’acte/.test(t)), JSON.stringify(r.quickfix?.offered));
  assert.ok(!r.diagnosticsAfterFix?.includes('DAT-001'), `${editor} : DAT-001 encore là après la correction`);
  assert.ok(r.diagnosticsAfterFix?.includes('SIG-001'));
}

describe('Neovim, with the README configuration for Neovim 0.7 and later', () => {
  test('diagnostics, hover, completion after « Vu » and « L. 2122-2 », quick fix, settings', async () => {
    const r = await runEditor('nvim', ['--headless', '-i', 'NONE', '-u', path.join(dir, 'init.lua'), '-c', `luafile ${path.join(__dirname, 'nvim-run.lua')}`], path.join(dir, 'nvim.json'));
    assert.equal(r.filetype, 'acte', 'type de fichier *.acte non reconnu');
    assert.equal(r.clients, 1);
    assertEditor(r, 'Neovim', (c) => c.words);
    // Neovim keeps only the items that begin with what was typed since their start: the article numbers all do.
    const articles = r.completion!.find((c) => c.typed.includes('2122'))!;
    assert.ok(articles.words!.includes('L. 2122-21') && articles.words!.includes('L. 2122-22'), articles.words!.join(', '));
  });

  test('the configurations for Neovim 0.10 and 0.11 are valid Lua (only Neovim 0.7 is packaged here)', () => {
    for (const f of ['init-0.10.lua', 'init-0.11.lua']) {
      const r = spawnSync('nvim', ['--headless', '-u', 'NONE', '-i', 'NONE', '-c', `lua local f, e = loadfile('${path.join(dir, f)}'); if not f then io.stderr:write(e); vim.cmd('cquit') end`, '-c', 'qall!'], { env, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
      assert.equal(r.status, 0, `${f} : ${r.stderr}`);
    }
  });
});

describe('Emacs with Eglot, with the README configuration', () => {
  test('diagnostics, hover, completion after « Vu » and « L. 2122-2 », quick fix, settings', async () => {
    const r = await runEditor('emacs', ['--batch', '-l', path.join(dir, 'eglot.el'), '-l', path.join(__dirname, 'eglot-run.el')], path.join(dir, 'emacs.json'));
    assert.equal(r.mode, 'acte-mode');
    assert.equal(r.managed, true, 'Eglot ne gère pas le fichier');
    assertEditor(r, 'Emacs', (c) => c.candidates);
  });
});
