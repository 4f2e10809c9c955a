// How the server process starts (server/src/server-start.ts, code-cache.ts): V8's code cache of the bundle is
// written after the first diagnostics and used by the next start, never changes what is published, and a
// missing, refused or disabled cache only means compiling as usual. And the launch VS Code uses (a forked
// process over IPC) still works. No sleeps: every step waits for the message it expects.
import { after, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { fork, spawn } from 'node:child_process';
import { chmodSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { IPCMessageReader, IPCMessageWriter, StreamMessageReader, StreamMessageWriter, createMessageConnection } from 'vscode-jsonrpc/node';
import type { PublishDiagnosticsParams } from 'vscode-languageserver-protocol';
import { EDITOR_CAPABILITIES, LspClient, ROOT, SEED_000, SERVER, fileUri, readText } from './helpers/lsp';
import { cacheDir, checkedData, checksum, withHeader, wordHash } from '../server/src/code-cache';
import { SERVER_NODE_OPTIONS } from '../server/src/node-options';

const uri = fileUri(SEED_000);
const text = readText(SEED_000);
const dirs: string[] = [];
after(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));
const tempDir = () => {
  const d = mkdtempSync(path.join(os.tmpdir(), 'actes-cache-'));
  dirs.push(d);
  return d;
};

/** One start: the first diagnostics of seed 000, and the log line that tells how the code was loaded. */
async function start(cache: string): Promise<{ diagnostics: PublishDiagnosticsParams; startLog: string }> {
  const c = await LspClient.start({ env: { ...process.env, ACTES_CACHE_DIR: cache } });
  try {
    await c.open(uri, text);
    const diagnostics = await c.diagnosticsFor(uri, 1);
    await c.stop(); // messages are handled in order: the log that follows the first publication is in
    const startLog = c.logs.find((l) => l.includes('premiers diagnostics')) ?? '';
    return { diagnostics, startLog };
  } finally {
    c.kill();
  }
}

describe('code cache of the server bundle', () => {
  test('written by a first start, used by the next, with the same diagnostics', async () => {
    const dir = tempDir();
    const first = await start(dir);
    assert.match(first.startLog, /cache créé pour le prochain démarrage/);
    assert.equal(readdirSync(dir).filter((f) => f.endsWith('.v8cache')).length, 1, 'one cache file');
    const second = await start(dir);
    assert.match(second.startLog, /cache utilisé/);
    assert.ok(second.diagnostics.diagnostics.length > 0);
    assert.deepEqual(second.diagnostics, first.diagnostics);
  });

  test('a damaged cache is refused and written again; diagnostics unchanged', async () => {
    const dir = tempDir();
    const first = await start(dir);
    const [file] = readdirSync(dir).filter((f) => f.endsWith('.v8cache'));
    writeFileSync(path.join(dir, file), Buffer.alloc(4096, 7));
    const damaged = await start(dir);
    assert.match(damaged.startLog, /cache refusé, recréé/);
    assert.deepEqual(damaged.diagnostics, first.diagnostics);
    assert.match((await start(dir)).startLog, /cache utilisé/);
  });

  test('a cache damaged inside its data (right length) is refused before V8 reads it; the server starts', async () => {
    const dir = tempDir();
    const first = await start(dir);
    const [file] = readdirSync(dir).filter((f) => f.endsWith('.v8cache'));
    const bytes = readFileSync(path.join(dir, file));
    for (let i = 0; i < 64; i++) bytes[Math.floor(bytes.length / 2) + i] ^= 0xa5;
    writeFileSync(path.join(dir, file), bytes);
    const damaged = await start(dir);
    assert.match(damaged.startLog, /cache refusé, recréé/);
    assert.deepEqual(damaged.diagnostics, first.diagnostics);
  });

  test('the bundles are pure ASCII (read without decoding UTF-8, held by V8 as one-byte strings)', () => {
    for (const file of ['server.js', 'server-main.js', 'server-tools.js', 'cli.js', 'cli-main.js']) {
      const bytes = readFileSync(path.join(ROOT, 'dist', file));
      assert.ok(bytes.every((b) => b < 0x80), `dist/${file} is ASCII`);
    }
  });

  test('a cache folder others can write to is not used', { skip: typeof process.getuid !== 'function' && 'POSIX only' }, async () => {
    const dir = tempDir();
    chmodSync(dir, 0o777);
    const { diagnostics, startLog } = await start(dir);
    assert.match(startLog, /sans cache/);
    assert.ok(diagnostics.diagnostics.length > 0);
    assert.deepEqual(readdirSync(dir), []);
  });

  test('ACTES_CACHE_DIR empty: no cache, the server works as before', async () => {
    const { diagnostics, startLog } = await start('');
    assert.match(startLog, /sans cache/);
    assert.ok(diagnostics.diagnostics.length > 0);
  });

  test('the checksums see a change of any byte (CRC-32, and the JavaScript hash of older Nodes), aligned or not', () => {
    const data = Buffer.from(readFileSync(SERVER).subarray(0, 4099));
    for (const hash of [checksum, wordHash]) {
      for (const offset of [0, 1, 2, 3]) {
        const view = Buffer.concat([Buffer.alloc(offset), data]).subarray(offset);
        const base = hash(view);
        for (const at of [0, 1, 2, 3, 2048, 4095, 4096, 4097, 4098]) {
          const changed = Buffer.from(view);
          changed[at] ^= 1;
          assert.notEqual(hash(changed), base, `byte ${at} (offset ${offset})`);
        }
      }
    }
    const file = withHeader(data, 12345);
    assert.deepEqual(checkedData(file, 12345), data);
    assert.equal(checkedData(file, 12346), null, 'another source');
    const damaged = Buffer.from(file);
    damaged[100] ^= 0x10;
    assert.equal(checkedData(damaged, 12345), null, 'damaged data');
    assert.equal(checkedData(file.subarray(0, file.length - 1), 12345), null, 'cut short');
  });

  test('by default, the user’s own cache folder (never a shared one)', () => {
    assert.equal(cacheDir({ XDG_CACHE_HOME: '/home/x/.cache' }, 'linux'), path.join('/home/x/.cache', 'actes'));
    assert.equal(cacheDir({ XDG_CACHE_HOME: 'relative' }, 'linux'), path.join(os.homedir(), '.cache', 'actes'));
    assert.equal(cacheDir({}, 'darwin'), path.join(os.homedir(), 'Library', 'Caches', 'actes'));
    assert.equal(cacheDir({ ACTES_CACHE_DIR: '/given' }, 'linux'), '/given');
    assert.equal(cacheDir({ ACTES_CACHE_DIR: '' }, 'linux'), null);
    assert.equal(cacheDir({ ACTES_CACHE_DIR: 'not/absolute' }, 'linux'), null);
  });
});

describe('launch as VS Code does it', () => {
  test('forked over IPC (module + TransportKind.ipc): initialize, then the diagnostics of an opened act', async () => {
    const child = fork(SERVER, ['--node-ipc'], {
      cwd: ROOT,
      execArgv: [...SERVER_NODE_OPTIONS],
      stdio: ['pipe', 'pipe', 'pipe', 'ipc'],
      env: { ...process.env, ACTES_CACHE_DIR: tempDir() },
    });
    const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
    const connection = createMessageConnection(new IPCMessageReader(child), new IPCMessageWriter(child));
    const published = new Promise<PublishDiagnosticsParams>((resolve) => {
      connection.onNotification('textDocument/publishDiagnostics', (p: PublishDiagnosticsParams) => {
        if (p.uri === uri) resolve(p);
      });
    });
    connection.onRequest('workspace/configuration', (p: { items: unknown[] }) => p.items.map(() => null));
    connection.onRequest('client/registerCapability', () => null);
    connection.listen();
    try {
      const init = await connection.sendRequest<{ serverInfo?: { name: string } }>('initialize', {
        processId: process.pid, rootUri: null, workspaceFolders: null, capabilities: EDITOR_CAPABILITIES,
      });
      assert.equal(init.serverInfo?.name, 'actes-language-server');
      await connection.sendNotification('initialized', {});
      await connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'acte', version: 1, text } });
      const p = await published;
      assert.equal(p.version, 1);
      assert.ok(p.diagnostics.length > 0);
      await connection.sendRequest('shutdown');
      await connection.sendNotification('exit');
      assert.equal(await exited, 0);
    } finally {
      connection.dispose();
      if (child.exitCode === null) child.kill();
    }
  });
});

describe('what the first diagnostics wait for', () => {
  // The editor's answer to each request costs a round trip: both settings sections are asked for at once. The client
  // below answers neither until it holds both requests, so a server that waited for the first answer before asking
  // the second would never publish (the test then fails on its timeout).
  test('both settings sections (actes, files.associations) are asked for before either is answered', { timeout: 30_000 }, async () => {
    const child = spawn(process.execPath, [SERVER, '--stdio'], { cwd: ROOT, stdio: 'pipe', env: { ...process.env, ACTES_CACHE_DIR: '' } });
    const connection = createMessageConnection(new StreamMessageReader(child.stdout), new StreamMessageWriter(child.stdin));
    const held: { items: { section?: string }[]; answer: (value: unknown) => void }[] = [];
    connection.onRequest('workspace/configuration', (p: { items: { section?: string }[] }) => new Promise((answer) => {
      held.push({ items: p.items, answer });
      if (held.reduce((n, h) => n + h.items.length, 0) >= 2) for (const h of held) h.answer(h.items.map(() => null));
    }));
    connection.onRequest('client/registerCapability', () => null);
    const published = new Promise<PublishDiagnosticsParams>((resolve) => {
      connection.onNotification('textDocument/publishDiagnostics', (p: PublishDiagnosticsParams) => {
        if (p.uri === uri) resolve(p);
      });
    });
    connection.listen();
    try {
      await connection.sendRequest('initialize', { processId: process.pid, rootUri: null, workspaceFolders: null, capabilities: EDITOR_CAPABILITIES });
      await connection.sendNotification('initialized', {});
      await connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'acte', version: 1, text } });
      const p = await published;
      assert.ok(p.diagnostics.length > 0);
      assert.deepEqual(held.flatMap((h) => h.items.map((i) => i.section)).sort(), ['actes', 'files.associations']);
    } finally {
      connection.dispose();
      child.kill();
    }
  });
});

test('the `actes` command uses the same code cache: written by its first run, then used; a damaged one changes nothing', async () => {
  const { spawnSync } = await import('node:child_process');
  const cache = tempDir();
  const bin = path.join(ROOT, 'bin', 'actes.js');
  const run = () => spawnSync(process.execPath, [bin, 'check', '--format', 'json', SEED_000], { encoding: 'utf8', env: { ...process.env, ACTES_CACHE_DIR: cache } });
  const first = run();
  assert.equal(first.status, 1, first.stderr);
  const files = readdirSync(cache).filter((f) => f.startsWith('cli-main-') && f.endsWith('.v8cache'));
  assert.equal(files.length, 1, readdirSync(cache).join(', '));
  const second = run();
  assert.equal(second.stdout, first.stdout);
  // Damaged (one byte changed): refused before V8 sees it, written again, same output.
  const file = path.join(cache, files[0]);
  const bytes = readFileSync(file);
  bytes[bytes.length >> 1] ^= 0xff;
  writeFileSync(file, bytes);
  const third = run();
  assert.equal(third.stdout, first.stdout);
  assert.notDeepEqual(readFileSync(file), bytes);
});
