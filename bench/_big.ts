import { analyze } from '../server/src/core/service';
import { loadCatalogue } from '../server/src/catalogue/load-node';
import { generateAct } from './generate';
const catalogue = loadCatalogue();
const text = generateAct(2000);
for (let i = 0; i < 30; i++) analyze(text, { catalogue });
const t: number[] = [];
for (let i = 0; i < 200; i++) { const t0 = performance.now(); analyze(text, { catalogue }); t.push(performance.now() - t0); }
t.sort((a, b) => a - b); console.log('2000-line median', t[100].toFixed(2));
