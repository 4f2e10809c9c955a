// A small pool of worker threads for `actes check`: tasks go, in batches, to whichever worker has room, results come back as promises the caller awaits in its own order. A worker that dies is replaced;
// the files it held are retried once elsewhere, each alone, then reported; with no worker left, the caller's fallback runs.
// Two kinds of task: `index` (first pass over several files: the register entries of a file) and `check` (the
// diagnostics, with the register the pool sent every worker once, `setRegister`).
import { Worker } from 'node:worker_threads';
import type { Profile } from '../core/profile';
import type { Entry } from './discover';
import { errorResult, type FileResult, type Format, type Indexed } from './check-file';
import type { RegisterEntry } from '../core/register';

export interface WorkerData {
  readonly format: Format;
  readonly pretty?: boolean;
  readonly profile: Profile;
}
/** A batch of files for one worker (batches keep the number of messages, and thread wake-ups, low). */
export type TaskOp = 'index' | 'check';
export interface WorkerTask {
  readonly tasks: readonly { readonly id: number; readonly op: TaskOp; readonly entry: Entry; readonly key?: string }[];
}
/** The register of the files checked, sent once to each worker before the `check` tasks. */
export interface WorkerRegister {
  readonly register: readonly RegisterEntry[];
}
export type WorkerMessage = WorkerTask | WorkerRegister;
export type WorkerReply =
  | { ready: true; catalogueError: string | null }
  | { results: { id: number; result?: FileResult; indexed?: Indexed }[] };

interface Task {
  readonly id: number;
  readonly op: TaskOp;
  readonly entry: Entry;
  readonly key?: string;
  attempts: number;
  resolve(r: FileResult | Indexed): void;
}
interface Slot {
  readonly worker: Worker;
  readonly inflight: Map<number, Task>;
  batches: number;
  /** Holds one retried file alone, so that if it kills this worker too, only that file is blamed. */
  isolated: boolean;
}

/** Files sent to a worker at once, at most; and batches a worker may hold (one running, one waiting). */
const BATCH = 8;
const BATCHES_PER_WORKER = 2;

export class WorkerPool {
  private readonly slots: Slot[] = [];
  private readonly queue: Task[] = [];
  private nextId = 0;
  private respawns: number;
  private closing = false;
  private register: WorkerRegister | null = null;

  constructor(
    private readonly file: string,
    size: number,
    private readonly data: WorkerData,
    /** Called once per worker when it is ready, with the catalogue problem it met, if any. */
    private readonly onReady: (catalogueError: string | null) => void,
    /** Runs a task in this thread when no worker is left. */
    private readonly fallback: (entry: Entry, op: TaskOp, key?: string) => FileResult | Indexed,
  ) {
    this.respawns = size + 4;
    for (let i = 0; i < size; i++) this.spawn();
  }

  get size(): number {
    return this.slots.length;
  }

  /** Checks a file; `key` is its key in the register, when there is one. */
  run(entry: Entry, key?: string): Promise<FileResult> {
    return this.push('check', entry, key) as Promise<FileResult>;
  }

  /** First pass: the register entries of a file. */
  index(entry: Entry): Promise<Indexed> {
    return this.push('index', entry) as Promise<Indexed>;
  }

  /** Sends the register to every worker, once (and to any worker started later, before its first task). */
  setRegister(entries: readonly RegisterEntry[]): void {
    this.register = { register: entries };
    for (const s of this.slots) s.worker.postMessage(this.register satisfies WorkerMessage);
  }

  private push(op: TaskOp, entry: Entry, key?: string): Promise<FileResult | Indexed> {
    return new Promise((resolve) => {
      this.queue.push({ id: this.nextId++, op, entry, key, attempts: 0, resolve });
      this.pump();
    });
  }

  async close(): Promise<void> {
    this.closing = true;
    await Promise.all(this.slots.splice(0).map((s) => s.worker.terminate()));
  }

  private spawn(): void {
    const worker = new Worker(this.file, { workerData: this.data });
    const slot: Slot = { worker, inflight: new Map(), batches: 0, isolated: false };
    if (this.register) worker.postMessage(this.register satisfies WorkerMessage);
    worker.on('message', (m: WorkerReply) => {
      if ('ready' in m) {
        this.onReady(m.catalogueError);
        return;
      }
      slot.batches--;
      slot.isolated = false;
      for (const { id, result, indexed } of m.results) {
        const task = slot.inflight.get(id);
        if (!task) continue;
        slot.inflight.delete(id);
        task.resolve((result ?? indexed)!);
      }
      this.pump();
    });
    worker.on('error', () => {
      /* handled on exit */
    });
    worker.on('exit', () => this.lost(slot));
    this.slots.push(slot);
  }

  private lost(slot: Slot): void {
    const i = this.slots.indexOf(slot);
    if (i < 0 || this.closing) return;
    this.slots.splice(i, 1);
    for (const task of slot.inflight.values()) {
      if (++task.attempts >= 2) {
        const p = task.entry.path;
        // A file that kills the first pass is left out of the register; the second pass reports it.
        task.resolve(task.op === 'index'
          ? { key: task.key ?? p, entries: [] }
          : errorResult(p, 'erreur interne : l’analyse de ce fichier a interrompu le fil d’exécution ; merci de la signaler', this.data.format, this.data.pretty));
      } else this.queue.unshift(task);
    }
    slot.inflight.clear();
    slot.batches = 0;
    slot.isolated = false;
    if (this.respawns-- > 0) this.spawn();
    this.pump();
  }

  private pump(): void {
    if (this.slots.length === 0) {
      // No worker left: finish in this thread.
      for (const task of this.queue.splice(0)) task.resolve(this.fallback(task.entry, task.op, task.key));
      return;
    }
    while (this.queue.length > 0) {
      // A file that was in flight when a worker died goes alone to an idle worker; others go in batches.
      const retry = this.queue[0].attempts > 0;
      let best: Slot | null = null;
      for (const s of this.slots) {
        const room = retry ? s.batches === 0 : s.batches < BATCHES_PER_WORKER && !s.isolated;
        if (room && (!best || s.batches < best.batches)) best = s;
      }
      if (!best) return;
      const batch = retry ? this.queue.splice(0, 1) : this.queue.splice(0, BATCH);
      best.isolated = retry;
      for (const task of batch) best.inflight.set(task.id, task);
      best.batches++;
      best.worker.postMessage({ tasks: batch.map((t) => ({ id: t.id, op: t.op, entry: t.entry, key: t.key })) } satisfies WorkerMessage);
    }
  }
}
