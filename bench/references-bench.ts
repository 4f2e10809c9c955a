// Hover and reference completion, per call, in the core (no LSP): on the two seeds and on a generated
// 2,000-line act. Budgets through LSP: hover ≤ 5 ms p95, completion ≤ 10 ms p95 (GUIDE.md §5).
// Run: node --import tsx bench/references-bench.ts (after npm run build, for dist/catalogue.json).
import { readFileSync } from 'node:fs';
import { analyze, type Analysis } from '../server/src/core/service';
import { hover } from '../server/src/core/features/hover';
import { referenceCompletions } from '../server/src/core/features/completion-references';
import { loadCatalogue } from '../server/src/catalogue/load-node';
import type { Position } from '../server/src/core/model';
import { generateAct } from './generate';
import { seedFiles } from '../test/helpers/corpus';

const h0 = process.memoryUsage().heapUsed;
const t0 = performance.now();
const catalogue = loadCatalogue();
const loadMs = performance.now() - t0;
const heapMb = (process.memoryUsage().heapUsed - h0) / 1048576;
// What is read lazily, the first time it is needed: one chunk of article texts, the register.
const lazy = (f: () => unknown) => {
  const s = performance.now();
  f();
  return performance.now() - s;
};
const firstTextMs = lazy(() => catalogue.article('CGCT', 'L2122-22')?.text);
const firstRuralMs = lazy(() => catalogue.article('CRPM', 'L211-11')?.text);
const firstRegisterMs = lazy(() => catalogue.collectiviteBySiren?.('217300656'));
const nextRegisterMs = lazy(() => catalogue.collectivitesNamed?.('Aix-les-Bains', '73'));

interface Stats { n: number; first: number; median: number; p95: number; max: number }
function measure(calls: readonly (() => unknown)[], rounds: number): Stats {
  const times: number[] = [];
  let first = -1;
  for (let r = 0; r < rounds; r++) {
    for (const call of calls) {
      const s = performance.now();
      call();
      const t = performance.now() - s;
      if (first < 0) first = t;
      times.push(t);
    }
  }
  times.sort((a, b) => a - b);
  const q = (p: number) => times[Math.min(times.length - 1, Math.floor(p * times.length))];
  return { n: times.length, first, median: q(0.5), p95: q(0.95), max: times[times.length - 1] };
}
const fmt = (s: Stats) => `${String(s.n).padStart(6)} ${s.first.toFixed(2).padStart(8)} ${s.median.toFixed(3).padStart(8)} ${s.p95.toFixed(3).padStart(8)} ${s.max.toFixed(2).padStart(8)}`;

/** Hover on every reference of the document (and on its alinéa), plus on every 97th character. */
function hoverCalls(a: Analysis): (() => unknown)[] {
  const positions: Position[] = [];
  for (const r of a.act.references) {
    positions.push(a.index.positionAt(r.start + 1));
    if (r.alineaSpan) positions.push(a.index.positionAt(r.alineaSpan.start + 1));
  }
  for (let o = 0; o < a.text.length; o += 97) positions.push(a.index.positionAt(o));
  return positions.map((p) => () => hover(a, p, catalogue));
}

const SCENARIOS: readonly (readonly [string, string])[] = [
  ['« Vu » en début de ligne', 'Vu '],
  ['« article L. 2122-2 »', 'Vu l’article L. 2122-2'],
  ['« articles L. 2 » (large)', 'Vu les articles L. 2'],
  ['« loi n° 20 »', 'Vu la loi n° 20'],
  ['« du code »', 'Vu l’article L. 2122-22 du code '],
];

/** The document with a new visa line typed after its first visa; the caret at its end. */
function completionCase(text: string, typed: string): { a: Analysis; pos: Position } {
  const first = analyze(text, { catalogue }).act.visas[0];
  const cut = first ? first.end : 0;
  const doc = text.slice(0, cut) + '\n\n' + typed + '\n' + text.slice(cut);
  const a = analyze(doc, { catalogue });
  return { a, pos: a.index.positionAt(cut + 2 + typed.length) };
}

const docs: [string, string][] = [
  ...seedFiles().map((f, i): [string, string] => [`graine ${String(i).padStart(3, '0')}`, readFileSync(f, 'utf8')]),
  ['acte généré de 2 000 lignes', generateAct(2000)],
];

console.log(`Références : catalogue chargé en ${loadMs.toFixed(0)} ms, tas +${heapMb.toFixed(1)} Mo (dans ce processus)`);
console.log(
  `  lus à la demande : premier texte du CGCT ${firstTextMs.toFixed(1)} ms, du code rural ${firstRuralMs.toFixed(1)} ms ; ` +
    `registre des collectivités, première recherche ${firstRegisterMs.toFixed(1)} ms, suivante ${nextRegisterMs.toFixed(2)} ms`,
);
console.log(`${'survol (hover), ms par appel'.padEnd(58)} ${'appels'.padStart(6)} ${'1er'.padStart(8)} ${'médiane'.padStart(8)} ${'p95'.padStart(8)} ${'max'.padStart(8)}`);
const hoverP95: number[] = [];
for (const [name, text] of docs) {
  const a = analyze(text, { catalogue });
  const s = measure(hoverCalls(a), 20);
  hoverP95.push(s.p95);
  console.log(`${`${name} (${a.act.references.length} références)`.padEnd(58)} ${fmt(s)}`);
}
console.log(`${'complétion, ms par appel'.padEnd(58)} ${'appels'.padStart(6)} ${'1er'.padStart(8)} ${'médiane'.padStart(8)} ${'p95'.padStart(8)} ${'max'.padStart(8)}`);
const completionP95: number[] = [];
for (const [name, text] of docs) {
  for (const [label, typed] of SCENARIOS) {
    const { a, pos } = completionCase(text, typed);
    const n = referenceCompletions(a, pos, catalogue).length;
    const s = measure([() => referenceCompletions(a, pos, catalogue)], 300);
    completionP95.push(s.p95);
    console.log(`${`${name}, ${label} → ${n}`.padEnd(58)} ${fmt(s)}`);
  }
}
console.log(
  `\nSurvol : pire p95 ${Math.max(...hoverP95).toFixed(2)} ms (budget ≤ 5 ms par LSP) ; ` +
    `complétion : pire p95 ${Math.max(...completionP95).toFixed(2)} ms (budget ≤ 10 ms par LSP). « 1er » = premier appel, code froid.`,
);
