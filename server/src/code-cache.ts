// V8's code cache for the language server's bundle, on every Node version (`module.enableCompileCache`
// exists only from Node 22.1, and caches only what is compiled up front). The bundle is compiled as
// Node would (same wrapper, same file name in stack traces) with `vm.Script`, given the cached data
// of an earlier start; once the first diagnostics are published (the `actes:warm` event on `process`),
// the cache is written if there was none or V8 refused it. Written then, it holds the bytecode of
// every function the start ran — protocol, catalogue, parse, rules — which V8 otherwise compiles
// lazily on first call.
//
// Where: `ACTES_CACHE_DIR` when set (the VS Code client gives its global storage; empty: no cache),
// else the user's cache folder (XDG_CACHE_HOME or ~/.cache, ~/Library/Caches, %LOCALAPPDATA%): never a
// folder other users can write to, since the cache holds code that will be run (a folder owned by another
// user or writable by others is not used). One file per bundle (path, size, date), Node version and options;
// the files of other builds are removed when one is written. Each file starts with the checksum of the source
// and of its data, checked before V8 sees it (V8 trusts data of the right length: damaged, it may crash). Both
// are CRC-32s computed natively (zlib.crc32, Node ≥ 20.15) or, on older Nodes, a hash of 32-bit words in
// JavaScript: the start reads about 2 MB (bundle and cache), which FNV over bytes in JavaScript took 15–30 ms
// to hash. The bundle is pure ASCII (scripts/build.mjs): read as Latin-1, a copy, where decoding UTF-8 costs
// 5–10 ms per megabyte, and V8 deserializes the cache of a one-byte source about twice as fast as of a
// two-byte one. Any failure (no folder, read-only disk, a refused cache) only means compiling as usual.
import { isAscii } from 'node:buffer';
import { existsSync, lstatSync, mkdirSync, readFileSync, readdirSync, renameSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import vm from 'node:vm';
import zlib from 'node:zlib';

/** Emitted on `process` by the server once its first diagnostics are published. */
export const WARM_EVENT = 'actes:warm';

/** How the last load went, for the server's start-up log line (code-cache.ts → lsp/start.ts, through a global). */
export interface CodeLoad {
  /** performance.now() when the bundle started loading and when it was compiled and run. */
  readonly startedAt: number;
  compiledAt: number;
  loadedAt: number;
  /** absent: no cache yet (or off); used; refused by V8 (another Node version or flags). */
  cache: 'off' | 'absent' | 'used' | 'refused';
}

const CODE_LOAD = Symbol.for('actes.codeLoad');

/** What loadWithCodeCache recorded in this process, if it ran. */
export function codeLoad(): CodeLoad | undefined {
  return (globalThis as { [CODE_LOAD]?: CodeLoad })[CODE_LOAD];
}

/** The folder the cache goes in, or null for none. */
export function cacheDir(env: NodeJS.ProcessEnv = process.env, platform: NodeJS.Platform = process.platform): string | null {
  const given = env.ACTES_CACHE_DIR;
  if (given !== undefined) return given && path.isAbsolute(given) ? given : null;
  const home = os.homedir();
  if (!home) return null;
  if (platform === 'win32') return path.join(env.LOCALAPPDATA && path.isAbsolute(env.LOCALAPPDATA) ? env.LOCALAPPDATA : path.join(home, 'AppData', 'Local'), 'actes', 'cache');
  if (platform === 'darwin') return path.join(home, 'Library', 'Caches', 'actes');
  return path.join(env.XDG_CACHE_HOME && path.isAbsolute(env.XDG_CACHE_HOME) ? env.XDG_CACHE_HOME : path.join(home, '.cache'), 'actes');
}

/** FNV-1a, 32 bits, in hex: a short stable name (node:crypto would cost its load at every start). */
function fnv(s: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return (h >>> 0).toString(16).padStart(8, '0');
}

/** The cache file of this bundle in this Node, or null when there is no cache folder. */
export function cacheFile(file: string, dir: string | null = cacheDir()): string | null {
  if (!dir) return null;
  const s = statSync(file);
  const key = [file, s.size, s.mtimeMs, process.version, process.arch, ...process.execArgv].join('|');
  return path.join(dir, `${path.basename(file, '.js')}-${fnv(key)}.v8cache`);
}

/** 32-bit words hashed in JavaScript, two lanes (four times fewer steps than bytes): where zlib.crc32 is missing. */
export function wordHash(b: Uint8Array): number {
  const n = b.length >>> 2;
  const words = b.byteOffset % 4 === 0 ? new Int32Array(b.buffer, b.byteOffset, n) : new Int32Array(b.buffer.slice(b.byteOffset, b.byteOffset + n * 4));
  let h1 = 0x811c9dc5;
  let h2 = Math.imul(0x01000193, b.length | 1);
  let i = 0;
  for (; i + 1 < n; i += 2) {
    h1 = Math.imul(h1 ^ words[i], 0x01000193);
    h2 = Math.imul(h2 ^ words[i + 1], 0x5bd1e995);
  }
  if (i < n) h1 = Math.imul(h1 ^ words[i], 0x01000193);
  for (let j = n * 4; j < b.length; j++) h2 = Math.imul(h2 ^ b[j], 0x5bd1e995);
  return (Math.imul(h1 ^ (h2 >>> 15), 0x2c1b3c6d) ^ h2) >>> 0;
}

/** The checksum of bytes: the source's and a cache file's data. */
export function checksum(b: Uint8Array): number {
  const crc32 = (zlib as { crc32?: (data: Uint8Array) => number }).crc32;
  return typeof crc32 === 'function' ? crc32(b) >>> 0 : wordHash(b);
}

/** A bundle's text: Latin-1 (a copy) when its bytes are ASCII, as the build writes it; else UTF-8. */
export function sourceText(bytes: Buffer): string {
  return typeof isAscii === 'function' && isAscii(bytes) ? bytes.toString('latin1') : bytes.toString('utf8');
}

/**
 * A cache file is a header, then V8's data. V8 checks its data only by length, flags and version: given damaged data
 * it may crash, and given the data of another source of the same length it runs that code. So the header holds
 * the checksum of the source the data was made from (its bytes) and of the data, checked before V8 sees anything.
 * The header says which checksum it holds (CRC-32 or the JavaScript one): a cache written by a Node with
 * zlib.crc32 and read by one without is refused, never misread.
 */
const MAGIC_CRC32 = 0x32434341; // "ACC2"
const MAGIC_WORDS = 0x33434341; // "ACC3"
const HEADER = 16;
const magic = () => (typeof (zlib as { crc32?: unknown }).crc32 === 'function' ? MAGIC_CRC32 : MAGIC_WORDS);

/** The cache file of `data`, made from the source whose checksum is `sourceSum`. */
export function withHeader(data: Buffer, sourceSum: number): Buffer {
  const head = Buffer.alloc(HEADER);
  head.writeUInt32LE(magic(), 0);
  head.writeUInt32LE(sourceSum, 4);
  head.writeUInt32LE(checksum(data), 8);
  head.writeUInt32LE(data.length, 12);
  return Buffer.concat([head, data]);
}

/** The V8 data of a cache file made from the source whose checksum is `sourceSum`, or null when the file is not whole or not this source's. */
export function checkedData(file: Buffer, sourceSum: number): Buffer | null {
  if (file.length < HEADER || file.readUInt32LE(0) !== magic()) return null;
  if (file.readUInt32LE(4) !== sourceSum) return null;
  const data = file.subarray(HEADER);
  if (file.readUInt32LE(12) !== data.length || file.readUInt32LE(8) !== checksum(data)) return null;
  return data;
}

/**
 * A cache folder the server may trust: its own (on POSIX, owned by this user and writable by nobody else), since
 * the file holds code that will be run. A folder that does not exist yet is made so.
 */
function trusted(dir: string): boolean {
  if (typeof process.getuid !== 'function') return true;
  try {
    const st = lstatSync(dir);
    return st.isDirectory() && st.uid === process.getuid() && (st.mode & 0o022) === 0;
  } catch {
    return true; // not there yet: mkdir makes it 0o700
  }
}

/** Writes the cache of `script` (atomically: a reader never sees half a file) and removes the other builds' files. */
function save(script: vm.Script, file: string, sourceSum: number): void {
  try {
    const dir = path.dirname(file);
    if (!trusted(dir)) return;
    mkdirSync(dir, { recursive: true, mode: 0o700 });
    const tmp = `${file}.${process.pid}.tmp`;
    writeFileSync(tmp, withHeader(script.createCachedData(), sourceSum), { mode: 0o600 });
    renameSync(tmp, file);
    const prefix = `${path.basename(file).replace(/-[0-9a-f]{8}\.v8cache$/, '')}-`;
    for (const other of readdirSync(dir)) {
      if (other.startsWith(prefix) && other.endsWith('.v8cache') && other !== path.basename(file)) unlinkSync(path.join(dir, other));
    }
  } catch {
    // no cache this time
  }
}

/**
 * Loads a CommonJS bundle as `require(file)` would, through V8's code cache, and gives its exports. Compilation
 * problems fall back to `require`; an error thrown by the bundle itself is not caught (it is the program's).
 */
export function loadWithCodeCache(file: string, parent: NodeModule): unknown {
  const record: CodeLoad = { startedAt: performance.now(), compiledAt: 0, loadedAt: 0, cache: 'off' };
  (globalThis as { [CODE_LOAD]?: CodeLoad })[CODE_LOAD] = record;
  let run: ((...args: unknown[]) => void) | null = null;
  let script: vm.Script | null = null;
  let target: string | null = null;
  let sourceSum = 0;
  try {
    const bytes = readFileSync(file);
    const source = sourceText(bytes);
    sourceSum = checksum(bytes);
    try {
      target = cacheFile(file);
    } catch {
      target = null;
    }
    if (target && !trusted(path.dirname(target))) target = null;
    const stored = target && existsSync(target) ? readFileSync(target) : undefined;
    const cachedData = stored ? checkedData(stored, sourceSum) ?? undefined : undefined;
    // Node's own CommonJS wrapper, on one line: positions in stack traces stay those of the file.
    script = new vm.Script(`(function (exports, require, module, __filename, __dirname) { ${source}\n});`, { filename: file, cachedData });
    record.cache = !target ? 'off' : stored && !cachedData ? 'refused' : !cachedData ? 'absent' : script.cachedDataRejected ? 'refused' : 'used';
    run = script.runInThisContext();
  } catch {
    run = null;
  }
  record.compiledAt = performance.now();
  if (!run || !script) {
    record.cache = 'off';
    const exported: unknown = parent.require(file);
    record.loadedAt = performance.now();
    return exported;
  }
  // Node's Module class, as the parent module's constructor (loading node:module would load the ES module loader too).
  const Module = parent.constructor as unknown as {
    new (id: string, parent: NodeModule): NodeModule;
    _nodeModulePaths(dir: string): string[];
    createRequire(file: string): NodeJS.Require;
  };
  const mod = new Module(file, parent);
  mod.filename = file;
  mod.paths = Module._nodeModulePaths(path.dirname(file));
  if (target && record.cache !== 'used') {
    const compiled = script;
    const into = target;
    const sum = sourceSum;
    process.once(WARM_EVENT, () => save(compiled, into, sum));
  }
  run.call(mod.exports, mod.exports, Module.createRequire(file), mod, file, path.dirname(file));
  mod.loaded = true;
  record.loadedAt = performance.now();
  return mod.exports;
}
