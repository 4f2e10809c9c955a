// npm run bench: parse + all rules on a generated 2,000-line act and on each corpus file, median and p95,
// and the ratio to markdown-it parsing the same text in the same process (budgets, GUIDE §5: ratio ≤ 1 on that act, corpus
// median ratio ≤ 2).
// Then the catalogue's load cost, and the LSP figures when the server bench is present.
import { readFileSync, existsSync } from 'node:fs';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import MarkdownIt from 'markdown-it';
import { analyze, analyzeSteps } from '../server/src/core/service';
import { loadCatalogue } from '../server/src/catalogue/load-node';
import { generateAct, generateMinutes } from './generate';
import { corpusFiles } from '../test/helpers/corpus';

function stats(samples: number[]) {
  const s = [...samples].sort((a, b) => a - b);
  const q = (p: number) => s[Math.min(s.length - 1, Math.floor(p * s.length))];
  return { median: q(0.5), p95: q(0.95) };
}

function time(fn: () => void, runs: number): number[] {
  for (let i = 0; i < Math.min(20, runs); i++) fn(); // warm-up
  const out: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    fn();
    out.push(performance.now() - t0);
  }
  return out;
}

const catalogue = loadCatalogue();
const md = new MarkdownIt();
const fmt = (x: number) => x.toFixed(3).padStart(8);

function row(name: string, text: string, runs: number) {
  const a = stats(time(() => analyze(text, { catalogue }), runs));
  const m = stats(time(() => md.parse(text, {}), runs));
  const ratio = a.median / m.median;
  console.log(`${name.padEnd(52)} ${String(text.split('\n').length).padStart(6)} ${fmt(a.median)} ${fmt(a.p95)} ${fmt(m.median)} ${ratio.toFixed(2).padStart(6)}`);
  return { a, m, ratio };
}

console.log('Analyse (parse + toutes les règles), en millisecondes ; markdown-it sur le même texte pour comparaison');
console.log(`${'document'.padEnd(52)} ${'lignes'.padStart(6)} ${'médiane'.padStart(8)} ${'p95'.padStart(8)} ${'md-it'.padStart(8)} ${'ratio'.padStart(6)}`);
const big = row('acte généré de 2 000 lignes', generateAct(2000), 200);
const ratios: number[] = [];
for (const f of corpusFiles()) ratios.push(row(path.basename(f).slice(0, 50), readFileSync(f, 'utf8'), 100).ratio);
ratios.sort((x, y) => x - y);
console.log(`\nActe de 2 000 lignes : médiane ${big.a.median.toFixed(2)} ms, ratio à markdown-it ${big.ratio.toFixed(2)} (budget ≤ 1,0)`);
// Minor page faults per run (Linux): on a virtual machine that hands freed pages back to its host, each fault of a
// fresh page costs tens of microseconds, and they weigh more than the code in the figures above.
{
  const faults = (): number | null => {
    try {
      return Number(readFileSync('/proc/self/stat', 'utf8').split(') ')[1].split(' ')[7]);
    } catch {
      return null;
    }
  };
  const big2000 = generateAct(2000);
  const perRun = (fn: () => void) => {
    for (let i = 0; i < 20; i++) fn();
    const f0 = faults();
    for (let i = 0; i < 100; i++) fn();
    const f1 = faults();
    return f0 === null || f1 === null ? null : (f1 - f0) / 100;
  };
  const a = perRun(() => analyze(big2000, { catalogue }));
  const m = perRun(() => md.parse(big2000, {}));
  if (a !== null && m !== null) console.log(`Fautes de page mineures par analyse (acte de 2 000 lignes) : ${a.toFixed(0)} ; markdown-it : ${m.toFixed(0)}`);
}
// Long runs of blanks (a PDF layout, the acts of a collection blanked out around each one): a regular expression that
// can split a run between two of its parts costs the square or the cube of its length. Each run here is one line's
// longest unit (4,000 characters).
{
  const gap = ' '.repeat(3_900);
  const text = `COMMUNE DE PORNIC${gap}Loire-Atlantique\n\nARRÊTÉ ${gap}N° 2026-041 portant interdiction du stationnement place du Marché\n\nLe Maire de Pornic,\nVu le code général des collectivités territoriales ;\nConsidérant la tenue du marché ;\n\nARRÊTE${gap}\n\nArticle 1er : Le stationnement est interdit place du Marché.${gap}\nPrésents : M.${gap}Jean BRARD. Mme${gap}Brigitte DIERICX a donné pouvoir à M. Paul FILY.\n\nFait à Pornic, le 1er juillet 2026\n\nLe Maire,${gap}\nJean-Michel BRARD\n\nL’adjoint délégué,\n${'            \n'.repeat(9)}Publié le 2 juillet 2026\n`;
  const s = stats(time(() => analyze(text, { catalogue }), 10));
  console.log(`Acte aux longues suites de blancs (${text.length} caractères) : médiane ${s.median.toFixed(1)} ms, p95 ${s.p95.toFixed(1)} ms`);
}
// Page furniture looked for in a text with many form feeds and long table lines ending with a figure (a PDF's copy):
// each page break is looked at within a few lines, not across the whole run.
{
  const base = generateAct(200);
  const feeds = base + '\f\n'.repeat(20_000);
  const table = base + Array.from({ length: 2_000 }, (_, i) => `Chapitre ${i} charges${' '.repeat(120)}${450 + i}`).join('\n') + '\n';
  const f = stats(time(() => analyze(feeds, { catalogue }), 5));
  const t = stats(time(() => analyze(table, { catalogue }), 5));
  console.log(`Pages d’un PDF : 20 000 sauts de page ${f.median.toFixed(1)} ms ; 2 000 lignes de tableau finissant par un chiffre ${t.median.toFixed(1)} ms`);
}
console.log(`Corpus : ratio médian ${ratios[Math.floor(ratios.length / 2)].toFixed(2)} (budget ≤ 2), pire ${ratios[ratios.length - 1].toFixed(2)}`);
// What every act costs whatever its length: a short arrêté (fourteen lines), read (all the readers), then judged (all the rules).
// The corpus's acts are short, so its median ratio is mostly this fixed cost against markdown-it's.
{
  const tiny = 'ARRÊTÉ N° 2026-01\n\nLe Maire de Lyon,\n\nVu le code général des collectivités territoriales ;\n\nARRÊTE :\n\nArticle 1er : Le stationnement est interdit.\n\nFait à Lyon, le 3 mars 2026\n\nLe Maire,\nJean DUPONT\n';
  const read = stats(time(() => analyzeSteps(tiny, { catalogue }).next(), 2000));
  const all = stats(time(() => analyze(tiny, { catalogue }), 2000));
  const empty = stats(time(() => analyze('', { catalogue }), 2000));
  const m = stats(time(() => md.parse(tiny, {}), 2000));
  const us = (x: number) => `${Math.round(x * 1000)} µs`;
  console.log(`Acte minimal (${tiny.split('\n').length - 1} lignes) : lecture ${us(read.median)}, lecture et règles ${us(all.median)} (document vide ${us(empty.median)}) ; markdown-it ${us(m.median)}, ratio ${(all.median / m.median).toFixed(1)}`);
}

// A procès-verbal of 50 délibérations: each act is read from its own part of the text (after the shared header), so
// the work grows with the number of acts, not with their number times the length. Analysis from scratch, then a
// keystroke given the previous version (all rules included, as the language server does).
{
  const text = generateMinutes(50);
  const full = stats(time(() => analyze(text, { catalogue }), 20));
  const before = analyze(text, { catalogue });
  const edits = Array.from({ length: 20 }, (_, i) => {
    const at = Math.floor(((i + 0.5) / 20) * text.length);
    return [text.slice(0, at), 'x', text.slice(at)].join('');
  });
  let k = 0;
  const keystroke = stats(time(() => analyze(edits[k++ % edits.length], { catalogue, previous: before }), 20));
  console.log(`Procès-verbal de 50 délibérations (${text.split('\n').length} lignes) : analyse ${full.median.toFixed(1)} ms (p95 ${full.p95.toFixed(1)}), après une frappe ${keystroke.median.toFixed(1)} ms (p95 ${keystroke.p95.toFixed(1)})`);
}

// Re-reading after a keystroke: the reading (fold, scanner, blocks, references; no rules) of the 2,000-line act with
// one character inserted, given the previous version's analysis (as the language server does), against from scratch.
{
  const text = generateAct(2000);
  const before = analyze(text, { catalogue });
  const edits = Array.from({ length: 50 }, (_, i) => {
    const at = Math.floor(((i + 0.5) / 50) * text.length);
    // Joined, so a flat string, as the language server passes its document's text (a concatenation would leave
    // the analysis to flatten it, a cost the server does not have there).
    return [text.slice(0, at), 'x', text.slice(at)].join('');
  });
  let k = 0;
  const read = (previous?: typeof before) => () => {
    analyzeSteps(edits[k++ % edits.length], { catalogue, previous }).next();
  };
  const incremental = stats(time(read(before), 200));
  const scratch = stats(time(read(), 200));
  console.log(`Relecture après la frappe d’un caractère (acte de 2 000 lignes) : médiane ${incremental.median.toFixed(2)} ms (budget ≤ 1 ms), p95 ${incremental.p95.toFixed(2)} ms ; lecture complète ${scratch.median.toFixed(2)} ms`);
  // The floor under it: each version of the text is a new string of its length, and so is its folded copy (the readers'
  // patterns run on a flat string). What one copy of that size costs on this machine (page faults of fresh memory
  // included):
  const copy = stats(time(() => {
    const c = (String(k++ % 10) + text).slice(1);
    if (c.charCodeAt(0) === -1) throw new Error('unreachable');
  }, 200));
  console.log(`  une copie d’un texte de cette taille (${text.length} caractères) : médiane ${copy.median.toFixed(2)} ms`);
}

// Catalogue: load time and heap, in a fresh process so nothing is cached.
const probe = `const t0=performance.now();const h0=process.memoryUsage().heapUsed;const c=require(${JSON.stringify(path.join(__dirname, '..', 'dist', 'cli.js'))});` +
  `const {loadCatalogue}=require(${JSON.stringify(path.join(__dirname, '..', 'server', 'src', 'catalogue', 'load-node.ts'))});`;
void probe;
const loadRuns: number[] = [];
let heap = 0;
for (let i = 0; i < 5; i++) {
  const out = execFileSync(process.execPath, ['--import', 'tsx', '--expose-gc', '-e',
    `const {loadCatalogue}=require(${JSON.stringify(path.join(__dirname, '..', 'server', 'src', 'catalogue', 'load-node.ts'))});` +
    `global.gc();const h0=process.memoryUsage().heapUsed;const t0=performance.now();const c=loadCatalogue();const t=performance.now()-t0;` +
    `global.gc();console.log(JSON.stringify({t,heap:(process.memoryUsage().heapUsed-h0)/1048576,n:c.codes.length}))`], { encoding: 'utf8' });
  const r = JSON.parse(out.trim().split('\n').pop()!);
  loadRuns.push(r.t);
  heap = r.heap;
}
const l = stats(loadRuns);
console.log(`\nCatalogue : chargement médian ${l.median.toFixed(0)} ms (budget ≤ 100 ms), tas conservé ${heap.toFixed(1)} Mo (budget ≤ 60 Mo)`);

for (const extra of ['references-bench.ts', 'lsp-bench.ts', 'cli-bench.ts', 'register-bench.ts']) {
  const file = path.join(__dirname, extra);
  if (existsSync(file)) {
    console.log('');
    execFileSync(process.execPath, ['--import', 'tsx', file], { stdio: 'inherit' });
  }
}
