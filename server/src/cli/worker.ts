// Worker thread of `actes check`: loads the catalogue once, then checks the batches of files it is sent.
import { parentPort, workerData } from 'node:worker_threads';
import { EMPTY_CATALOGUE, type Catalogue } from '../core/catalogue';
import { loadCatalogue } from '../catalogue/load-node';
import { checkEntry, type CheckContext, type FileResult } from './check-file';
import type { WorkerData, WorkerReply, WorkerTask } from './pool';

const data = workerData as WorkerData;
let catalogue: Catalogue = EMPTY_CATALOGUE;
let catalogueError: string | null = null;
try {
  catalogue = loadCatalogue();
} catch (e) {
  catalogueError = (e as Error).message;
}
const ctx: CheckContext = { catalogue, profile: data.profile, format: data.format };
const port = parentPort!;
port.postMessage({ ready: true, catalogueError } satisfies WorkerReply);
const encoder = new TextEncoder();
port.on('message', (batch: WorkerTask) => {
  const results: { id: number; result: FileResult }[] = [];
  const transfer: ArrayBuffer[] = [];
  for (const { id, entry } of batch.tasks) {
    const result = checkEntry(entry, ctx);
    // TextEncoder gives a buffer of its own (never Buffer's shared pool), so it can be transferred.
    const out = typeof result.out === 'string' ? encoder.encode(result.out) : result.out;
    results.push({ id, result: { ...result, out } });
    transfer.push(out.buffer as ArrayBuffer);
  }
  port.postMessage({ results } satisfies WorkerReply, transfer);
});
