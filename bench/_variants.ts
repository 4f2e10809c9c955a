// Agreement with the annotations on layout variants of the annotated corpus (not a test: a measure).
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from '../server/src/core/parse';
import { CORPUS_DIR, annotatedActs, compareWithAnnotation, type FieldResult } from '../test/helpers/corpus';
const wrap = (t: string, w: number) => t.split('\n').map((l) => {
  if (l.length <= w) return l;
  const out: string[] = []; let cur = '';
  for (const word of l.split(' ')) { if (cur && (cur + ' ' + word).length > w) { out.push(cur); cur = word; } else cur = cur ? cur + ' ' + word : word; }
  if (cur) out.push(cur); return out.join('\n');
}).join('\n');
const variants: Record<string, (t: string) => string> = {
  original: (t) => t,
  wrap80: (t) => wrap(t, 80),
  wrap60: (t) => wrap(t, 60),
  crlf: (t) => t.replace(/\r?\n/g, '\r\n'),
  noAccentsCaps: (t) => t.split('\n').map((l) => (l === l.toUpperCase() ? l.normalize('NFD').replace(/[\u0300-\u036f]/g, '') : l)).join('\n'),
  doubleBlank: (t) => t.replace(/\n/g, '\n\n'),
  indent: (t) => t.split('\n').map((l) => '    ' + l).join('\n'),
  nbsp: (t) => t.replace(/ ([:;!?])/g, '\u00a0$1'),
  noBlank: (t) => t.replace(/\n[ \t]*(?=\n)/g, ''),
  mdBold: (t) => t.split('\n').map((l) => (l.trim().length > 3 && l === l.toUpperCase() && /[A-Z]/.test(l) ? `**${l.trim()}**` : l)).join('\n'),
  mdHeadings: (t) => t.split('\n').map((l) => (/^\s*(ARR[EÊ]T[EÉ]|D[EÉ]LIB[EÉ]RATION|D[EÉ]CISION|EXTRAIT)/i.test(l) ? `# ${l.trim()}` : /^\s*Article\s/i.test(l) ? `## ${l.trim()}` : l)).join('\n'),
  tabs: (t) => t.replace(/ {3,}/g, '\t'),
  straightQuotes: (t) => t.replace(/[’‘]/g, "'").replace(/[«»]/g, '"'),
  pageFurniture: (t) => t.split('\n').map((l, i) => (i > 0 && i % 40 === 0 ? `\nPage ${i / 40}/9\n\f${l}` : l)).join('\n'),
  bullets: (t) => t.replace(/^(\s*)[-–]\s+/gm, '$1• '),
  stampEvery30: (t) => t.split('\n').map((l, i) => (i > 0 && i % 30 === 0 ? `Envoyé en préfecture le 12/03/2026\nReçu en préfecture le 12/03/2026\nID : 035-213502388-20260312-2026_014-DE\n${l}` : l)).join('\n'),
};
const acts = annotatedActs();
for (const [name, fn] of Object.entries(variants)) {
  const results: FieldResult[] = [];
  for (const a of acts) {
    try { results.push(...compareWithAnnotation(parse(fn(readFileSync(path.join(CORPUS_DIR, a.file), 'utf8'))), a)); } catch (e) { console.log(name, a.id, 'THROW', (e as Error).message); }
  }
  const agree = results.filter((r) => r.agree).length;
  const misses = results.filter((r) => !r.agree);
  const byField = new Map<string, number>(); for (const m of misses) byField.set(m.field, (byField.get(m.field) ?? 0) + 1);
  console.log(`${name.padEnd(14)} ${agree}/${results.length} = ${((100 * agree) / results.length).toFixed(1)} %  ${[...byField].map(([f, n]) => `${f}:${n}`).join(' ')}`);
  if (process.argv[2] === name) for (const m of misses) console.log(`   ${m.id} ${m.field}: attendu ${JSON.stringify(m.expected)}, obtenu ${JSON.stringify(m.actual)}`);
}
