// `actes check`: discover the files, check them (in this thread for small batches, in worker threads for large
// ones), and stream the output in discovery order: JSON is written file by file, never held whole in memory.
// With several files, a first pass builds the register of all of them (parse only, spread over the workers too),
// which every thread then receives once, so the REG rules judge each act against the others.
import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { EMPTY_CATALOGUE, type Catalogue } from '../core/catalogue';
import { frenchSpacing } from '../core/french';
import type { Profile } from '../core/profile';
import { loadCatalogue } from '../catalogue/load-node';
import { checkEntry, indexFile, type CheckContext, type FileResult, type Format, type Indexed } from './check-file';
import { discover, type Entry } from './discover';
import { WorkerPool, type TaskOp } from './pool';
import { readAct, type ReadResult } from './read';
import { registerFromEntries, type ActRegister, type RegisterEntry } from '../core/register';

export interface Out {
  write(s: string | Uint8Array): boolean;
  /** A terminal: JSON is indented for a person to read (elsewhere, one line per file). */
  readonly isTTY?: boolean;
  once?(event: string, listener: (...args: unknown[]) => void): unknown;
  on?(event: string, listener: (...args: unknown[]) => void): unknown;
}
export interface Io {
  out: Out;
  err: Out;
}

export interface CheckOptions {
  readonly paths: readonly string[];
  readonly format: Format;
  readonly profile: Profile;
  /** Threads to use; 1 checks everything in this thread. */
  readonly jobs: number;
  /** A line on stderr at the end: how many files, threads, how long. */
  readonly verbose: boolean;
}

/** Below this many files, starting workers (each loads the catalogue) costs more than it saves. */
export const WORKER_THRESHOLD = 50;
/** Fewest files worth a worker of its own (each worker loads the catalogue, a few hundred milliseconds). */
const FILES_PER_WORKER = 25;
/** Results waiting to be written, per worker: bounds memory whatever the order workers finish in. */
const WINDOW_PER_WORKER = 32;

/**
 * Most files whose register `actes check` builds: beyond, the REG rules are not applied (a note says so) and the
 * files are checked as they are found, as before. The language server's register has the same bound.
 */
export const MAX_REGISTER_FILES = 50_000;
/** Texts kept between the two passes when checking in this thread (UTF-16 bytes); beyond, a file is read again. */
const TEXT_BUDGET = 64 * 1024 * 1024;

export const defaultJobs = (): number => Math.max(1, availableParallelism());

/** The worker script sits beside the bundled CLI (dist/cli-worker.js); from the sources there is none. */
function workerFile(): string | null {
  const file = join(__dirname, 'cli-worker.js');
  return existsSync(file) ? file : null;
}

const plural = (n: number, w: string) => `${n} ${w}${n > 1 ? 's' : ''}`;

export async function runCheck(opts: CheckOptions, io: Io): Promise<number> {
  const t0 = performance.now();
  const { format } = opts;
  const pretty = io.out.isTTY === true;

  // Output, with back-pressure: wait for 'drain' when the pipe is full; stop if it breaks (`| head`).
  let broken = false;
  let wake: (() => void) | null = null;
  const stop = () => {
    broken = true;
    wake?.();
  };
  io.out.on?.('error', stop);
  io.out.on?.('close', stop);
  const write = async (s: string | Uint8Array) => {
    if (s.length === 0 || broken) return;
    if (!io.out.write(s) && io.out.once && !broken) {
      await new Promise<void>((resolve) => {
        wake = resolve;
        io.out.once!('drain', () => resolve());
      });
      wake = null;
    }
  };

  // In-process checking context, built on first use (in worker mode the main thread never needs the catalogue).
  let catalogueWarned = false;
  const warnCatalogue = (message: string | null) => {
    if (message && !catalogueWarned) {
      catalogueWarned = true;
      io.err.write(`actes : catalogue juridique indisponible (${message}) ; les vérifications des références sont désactivées.\n`);
    }
  };
  let ctx: CheckContext | null = null;
  let register: ActRegister | undefined;
  /** Register key of each file (its real path), and the texts the first pass kept (this thread only). */
  const keys = new Map<string, string>();
  const kept = new Map<string, ReadResult>();
  const local = (entry: Entry, key?: string): FileResult => {
    if (!ctx && entry.kind === 'file') {
      let catalogue: Catalogue = EMPTY_CATALOGUE;
      try {
        catalogue = loadCatalogue();
      } catch (e) {
        warnCatalogue((e as Error).message);
      }
      ctx = { catalogue, profile: opts.profile, format, pretty, register };
    }
    const read = kept.get(entry.path);
    kept.delete(entry.path);
    return checkEntry(entry, ctx ?? { catalogue: EMPTY_CATALOGUE, profile: opts.profile, format, pretty }, key ?? keys.get(entry.path), read);
  };
  const fallback = (entry: Entry, op: TaskOp, key?: string): FileResult | Indexed =>
    op === 'index' ? (entry.kind === 'file' ? indexFile(entry.path) : { key: entry.path, entries: [] }) : local(entry, key);

  // Look ahead: the register needs every file before the first is checked (up to MAX_REGISTER_FILES); the
  // choice between this thread and workers needs a count. Beyond the bound, the rest is listed as it is checked.
  const entries = discover(opts.paths);
  const head: Entry[] = [];
  const lookahead = Math.max(WORKER_THRESHOLD, opts.jobs * FILES_PER_WORKER, MAX_REGISTER_FILES + 1);
  let files = 0;
  let listed = true;
  // (next() by hand: breaking out of a for…of would close the generator.)
  for (let n = entries.next(); !n.done; n = entries.next()) {
    head.push(n.value);
    if (n.value.kind === 'file' && ++files >= lookahead) {
      listed = false;
      break;
    }
  }
  const file = workerFile();
  const pool =
    opts.jobs > 1 && files >= WORKER_THRESHOLD && file
      ? new WorkerPool(file, Math.min(opts.jobs, Math.max(2, Math.floor(files / FILES_PER_WORKER))), { format, pretty, profile: opts.profile }, warnCatalogue, fallback)
      : null;
  const threads = pool ? pool.size : 1;

  // First pass: the register of the files given (a single file has a register of one: no REG findings).
  if (!listed) {
    io.err.write(`actes : plus de ${MAX_REGISTER_FILES.toLocaleString('fr-FR')} fichiers : le registre des actes n’est pas constitué et les règles REG ne sont pas appliquées.\n`);
  } else if (files >= 2) {
    const targets = head.filter((e) => e.kind === 'file');
    let indexed: Indexed[];
    if (pool) indexed = await Promise.all(targets.map((e) => pool.index(e)));
    else {
      let budget = TEXT_BUDGET;
      indexed = targets.map((e) => {
        const read = readAct(e.path);
        const size = 'text' in read ? read.text.length * 2 : 0;
        if (size <= budget) {
          kept.set(e.path, read);
          budget -= size;
        }
        return indexFile(e.path, read);
      });
    }
    // One document per real file (a file named twice is one act), in discovery order: every thread builds the
    // same register from this list, so the output does not depend on --jobs.
    const byKey = new Map<string, readonly RegisterEntry[]>();
    targets.forEach((e, i) => {
      keys.set(e.path, indexed[i].key);
      byKey.set(indexed[i].key, indexed[i].entries);
    });
    const list = [...byKey.values()].flat();
    register = registerFromEntries(list);
    pool?.setRegister(list);
  }

  let errors = 0;
  let warnings = 0;
  let checked = 0;
  let failed = 0;
  let first = true;
  const emit = async (r: FileResult) => {
    errors += r.errors;
    warnings += r.warnings;
    checked += r.checked;
    failed += r.failed;
    if (r.err) io.err.write(r.err);
    if (format === 'json') {
      if (r.out.length === 0) return;
      await write(first ? '\n' : ',\n');
      await write(r.out);
      first = false;
    } else await write(r.out);
  };

  if (format === 'json') await write(pretty ? '{\n  "version": 1,\n  "files": [' : '{"version":1,"files":[');
  try {
    const all = (function* () {
      yield* head;
      yield* entries;
    })();
    if (pool) {
      // Results are awaited in discovery order; at most `window` are pending, so memory stays bounded.
      const window = pool.size * WINDOW_PER_WORKER;
      const pending: Promise<FileResult>[] = [];
      for (const e of all) {
        if (broken) break;
        pending.push(e.kind === 'file' ? pool.run(e, keys.get(e.path)) : Promise.resolve(local(e)));
        if (pending.length >= window) await emit(await pending.shift()!);
      }
      while (pending.length > 0 && !broken) await emit(await pending.shift()!);
    } else {
      for (const e of all) {
        if (broken) break;
        await emit(local(e));
      }
    }
  } finally {
    await pool?.close();
  }
  if (broken) return 2;

  if (format === 'json') await write(pretty ? `${first ? '' : '\n  '}]\n}\n` : `${first ? '' : '\n'}]}\n`);
  else {
    const notRead = failed > 0 ? ` ; ${plural(failed, 'fichier')} non lu${failed > 1 ? 's' : ''}` : '';
    await write(`${frenchSpacing(`${plural(checked, 'fichier')} vérifié${checked > 1 ? 's' : ''} : ${plural(errors, 'erreur')}, ${plural(warnings, 'avertissement')}${notRead}.`)}\n`);
  }
  if (opts.verbose) {
    const seconds = ((performance.now() - t0) / 1000).toFixed(2).replace('.', ',');
    const how = pool ? `${plural(threads, 'fil')} d’exécution` : 'dans un seul fil d’exécution';
    io.err.write(`actes : ${plural(checked, 'fichier')} vérifié${checked > 1 ? 's' : ''} en ${seconds} s, ${how}.\n`);
  }
  return failed > 0 ? 2 : errors > 0 ? 1 : 0;
}
