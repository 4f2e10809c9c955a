// Server start to first diagnostics only (spawn, initialize, catalogue index, analysis, publish), and the
// catalogue's load in a fresh process: the quick check of the start budget (≤ 250 ms) while iterating.
// Run: npm run build && node --import tsx bench/start-bench.ts
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { formatStartPhases, runLspBench } from './lsp-bench';

const loads: number[] = [];
let heap = 0;
for (let i = 0; i < 5; i++) {
  const out = execFileSync(process.execPath, ['--import', 'tsx', '--expose-gc', '-e',
    `const {loadCatalogue}=require(${JSON.stringify(path.join(__dirname, '..', 'server', 'src', 'catalogue', 'load-node.ts'))});` +
    'global.gc();const h0=process.memoryUsage().heapUsed;const t0=performance.now();const c=loadCatalogue();const t=performance.now()-t0;' +
    'global.gc();console.log(JSON.stringify({t,heap:(process.memoryUsage().heapUsed-h0)/1048576}))'], { encoding: 'utf8' });
  const r = JSON.parse(out.trim().split('\n').pop()!);
  loads.push(r.t);
  heap = r.heap;
}
loads.sort((a, b) => a - b);
console.log(`Catalogue (index seul) : chargement médian ${loads[2].toFixed(0)} ms (min ${loads[0].toFixed(0)}), tas conservé ${heap.toFixed(1)} Mo`);
runLspBench({ starts: 7, keystrokes: 15, requests: 15 })
  .then((r) => {
    const s = r.startToFirstDiagnosticsMs;
    console.log(`Démarrage → premiers diagnostics : médiane ${s.median} ms, p95 ${s.p95} ms, min ${Math.min(s.median, s.p95)} ms (n = ${s.n}) ; budget ≤ 250 ms`);
    console.log(`  dont démarrage → initialize : médiane ${r.startToInitializedMs.median} ms`);
    if (r.startCpuMs) console.log(`  temps CPU du serveur (fil principal) jusqu’aux premiers diagnostics : médiane ${r.startCpuMs.median} ms (moins sensible à la charge de la machine)`);
    if (r.startPhases) console.log(`  dans le serveur (ms depuis son lancement, médianes) : ${formatStartPhases(r.startPhases)}`);
    console.log(`  premier démarrage, avant le cache de code : ${r.firstStartMs} ms`);
    if (r.catalogueLoadLog) console.log(`  ${r.catalogueLoadLog}`);
  })
  .catch((e) => {
    console.error(`start-bench : ${(e as Error).message}`);
    process.exitCode = 1;
  });
