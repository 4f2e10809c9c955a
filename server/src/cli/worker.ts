// Worker thread of `actes check`: loads the catalogue once, then checks the batches of files it is sent; with
// several files, first indexes its share of them for the register, then receives the whole register once.
import { parentPort, workerData } from 'node:worker_threads';
import { EMPTY_CATALOGUE, type Catalogue } from '../core/catalogue';
import { loadCatalogue } from '../catalogue/load-node';
import { checkEntry, indexFile, type CheckContext, type FileResult, type Indexed } from './check-file';
import type { WorkerData, WorkerMessage, WorkerReply } from './pool';
import { registerFromEntries } from '../core/register';

const data = workerData as WorkerData;
let catalogue: Catalogue = EMPTY_CATALOGUE;
let catalogueError: string | null = null;
try {
  catalogue = loadCatalogue();
} catch (e) {
  catalogueError = (e as Error).message;
}
let ctx: CheckContext = { catalogue, profile: data.profile, format: data.format, pretty: data.pretty };
const port = parentPort!;
port.postMessage({ ready: true, catalogueError } satisfies WorkerReply);
const encoder = new TextEncoder();
port.on('message', (message: WorkerMessage) => {
  if ('register' in message) {
    ctx = { ...ctx, register: registerFromEntries(message.register) };
    return;
  }
  const results: { id: number; result?: FileResult; indexed?: Indexed }[] = [];
  const transfer: ArrayBuffer[] = [];
  for (const { id, op, entry, key } of message.tasks) {
    if (op === 'index') {
      results.push({ id, indexed: entry.kind === 'file' ? indexFile(entry.path) : { key: entry.path, entries: [] } });
      continue;
    }
    const result = checkEntry(entry, ctx, key);
    // TextEncoder gives a buffer of its own (never Buffer's shared pool), so it can be transferred.
    const out = typeof result.out === 'string' ? encoder.encode(result.out) : result.out;
    results.push({ id, result: { ...result, out } });
    transfer.push(out.buffer as ArrayBuffer);
  }
  port.postMessage({ results } satisfies WorkerReply, transfer);
});
