// A small pool of worker threads for `actes check`: tasks go, in batches, to whichever worker has room, results come back as promises the caller awaits in its own order. A worker that dies is replaced;
// the files it held are retried once elsewhere, each alone, then reported; with no worker left, the caller's fallback runs.
import { Worker } from 'node:worker_threads';
import type { Profile } from '../core/profile';
import type { Entry } from './discover';
import { errorResult, type FileResult, type Format } from './check-file';

export interface WorkerData {
  readonly format: Format;
  readonly profile: Profile;
}
/** A batch of files for one worker (batches keep the number of messages, and thread wake-ups, low). */
export interface WorkerTask {
  readonly tasks: readonly { readonly id: number; readonly entry: Entry }[];
}
export type WorkerReply = { ready: true; catalogueError: string | null } | { results: { id: number; result: FileResult }[] };

interface Task {
  readonly id: number;
  readonly entry: Entry;
  attempts: number;
  resolve(r: FileResult): void;
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

  constructor(
    private readonly file: string,
    size: number,
    private readonly data: WorkerData,
    /** Called once per worker when it is ready, with the catalogue problem it met, if any. */
    private readonly onReady: (catalogueError: string | null) => void,
    /** Runs a task in this thread when no worker is left. */
    private readonly fallback: (entry: Entry) => FileResult,
  ) {
    this.respawns = size + 4;
    for (let i = 0; i < size; i++) this.spawn();
  }

  get size(): number {
    return this.slots.length;
  }

  run(entry: Entry): Promise<FileResult> {
    return new Promise((resolve) => {
      this.queue.push({ id: this.nextId++, entry, attempts: 0, resolve });
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
    worker.on('message', (m: WorkerReply) => {
      if ('ready' in m) {
        this.onReady(m.catalogueError);
        return;
      }
      slot.batches--;
      slot.isolated = false;
      for (const { id, result } of m.results) {
        const task = slot.inflight.get(id);
        if (!task) continue;
        slot.inflight.delete(id);
        task.resolve(result);
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
        task.resolve(errorResult(p, 'erreur interne : l’analyse de ce fichier a interrompu le fil d’exécution ; merci de la signaler', this.data.format));
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
      for (const task of this.queue.splice(0)) task.resolve(this.fallback(task.entry));
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
      best.worker.postMessage({ tasks: batch.map((t) => ({ id: t.id, entry: t.entry })) } satisfies WorkerTask);
    }
  }
}
