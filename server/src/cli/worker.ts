// Worker thread of `actes check`: loads the catalogue once, then checks the files it is sent, one message each.
import { parentPort, workerData } from 'node:worker_threads';
import { EMPTY_CATALOGUE, type Catalogue } from '../core/catalogue';
import { loadCatalogue } from '../catalogue/load-node';
import { checkEntry, type CheckContext } from './check-file';
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
port.on('message', (task: WorkerTask) => {
  port.postMessage({ id: task.id, result: checkEntry(task.entry, ctx) } satisfies WorkerReply);
});
