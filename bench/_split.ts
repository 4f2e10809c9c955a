import { readFileSync } from 'node:fs';
import { analyzeSteps } from '../server/src/core/service';
import { loadCatalogue } from '../server/src/catalogue/load-node';
import { generateAct } from './generate';
import { corpusFiles } from '../test/helpers/corpus';
const catalogue = loadCatalogue();
function split(text: string, runs: number) {
  let parse = 0, rules = 0;
  for (let r = 0; r < runs + 20; r++) {
    const t0 = performance.now();
    const g = analyzeSteps(text, { catalogue });
    g.next();
    const t1 = performance.now();
    while (!g.next().done);
    const t2 = performance.now();
    if (r >= 20) { parse += t1 - t0; rules += t2 - t1; }
  }
  return [parse / runs, rules / runs];
}
const [p, r] = split(generateAct(2000), 100);
console.log('2000', p.toFixed(2), r.toFixed(2));
let P = 0, R = 0; const rows: [string, number, number][] = [];
for (const f of corpusFiles()) { const [a, b] = split(readFileSync(f, 'utf8'), 30); P += a; R += b; rows.push([f.split('/').pop()!, a, b]); }
rows.sort((x, y) => (x[1] + x[2]) - (y[1] + y[2]));
console.log('corpus total parse', P.toFixed(1), 'rules', R.toFixed(1), 'median', rows[rows.length >> 1]);
