// Quick figures: parse + all rules vs markdown-it on the generated 2,000-line act and the corpus median ratio.
import { readFileSync } from 'node:fs';
import MarkdownIt from 'markdown-it';
import { analyze } from '../server/src/core/service';
import { loadCatalogue } from '../server/src/catalogue/load-node';
import { generateAct } from './generate';
import { corpusFiles } from '../test/helpers/corpus';

const catalogue = loadCatalogue();
const md = new MarkdownIt();
const med = (fn: () => void, runs: number) => {
  for (let i = 0; i < 10; i++) fn();
  const s: number[] = [];
  for (let i = 0; i < runs; i++) { const t = performance.now(); fn(); s.push(performance.now() - t); }
  s.sort((a, b) => a - b);
  return s[s.length >> 1];
};
const big = generateAct(2000);
const a = med(() => analyze(big, { catalogue }), 60);
const m = med(() => md.parse(big, {}), 60);
const ratios = corpusFiles().map((f) => {
  const t = readFileSync(f, 'utf8');
  return med(() => analyze(t, { catalogue }), 30) / med(() => md.parse(t, {}), 30);
}).sort((x, y) => x - y);
console.log(`2 000 lignes : ${a.toFixed(2)} ms, markdown-it ${m.toFixed(2)} ms, ratio ${(a / m).toFixed(2)} ; corpus : ratio médian ${ratios[ratios.length >> 1].toFixed(2)}`);
