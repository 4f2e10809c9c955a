// The model against the hand annotations of test/fixtures/corpus/index.json, field by field.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from '../server/src/core/parse';
import { CORPUS_DIR, annotatedActs, compareWithAnnotation, type FieldResult } from './helpers/corpus';

const THRESHOLD = 0.97;

test(`the model agrees with at least ${THRESHOLD * 100} % of the annotated fields`, () => {
  const results: FieldResult[] = [];
  const acts = annotatedActs();
  assert.ok(acts.length >= 20, 'the annotated corpus is there');
  for (const a of acts) results.push(...compareWithAnnotation(parse(readFileSync(path.join(CORPUS_DIR, a.file), 'utf8')), a));
  const byField = new Map<string, { agree: number; total: number }>();
  for (const r of results) {
    const s = byField.get(r.field) ?? { agree: 0, total: 0 };
    s.total++;
    if (r.agree) s.agree++;
    byField.set(r.field, s);
  }
  const lines = [...byField].map(([f, s]) => `  ${f.padEnd(28)} ${String(s.agree).padStart(3)}/${String(s.total).padEnd(3)} ${((100 * s.agree) / s.total).toFixed(0).padStart(3)} %`);
  const agree = results.filter((r) => r.agree).length;
  console.log(`Accord avec les annotations du corpus (${acts.length} actes annotés) :\n${lines.join('\n')}\n  total ${agree}/${results.length} = ${((100 * agree) / results.length).toFixed(1)} %`);
  const misses = results.filter((r) => !r.agree).map((r) => `  ${r.id} ${r.field}: attendu ${JSON.stringify(r.expected)}, obtenu ${JSON.stringify(r.actual)}`);
  if (misses.length) console.log(`Désaccords :\n${misses.join('\n')}`);
  assert.ok(agree / results.length >= THRESHOLD, `agreement ${(agree / results.length).toFixed(3)} below ${THRESHOLD}`);
});

test('every corpus file parses, annotated or not, with a kind and ranges inside the text', () => {
  const files = JSON.parse(readFileSync(path.join(CORPUS_DIR, 'index.json'), 'utf8')).acts as { file: string; kind: string }[];
  for (const { file } of files) {
    const text = readFileSync(path.join(CORPUS_DIR, file), 'utf8');
    const act = parse(text);
    const lines = text.split(/\r\n|\r|\n/);
    for (const v of [...act.visas, ...act.considerants, ...act.articles, ...act.references]) {
      assert.ok(v.range.end.line < lines.length, `${file}: range beyond the last line`);
    }
  }
});

// The same acts as they reach the product by other roads: a Word copy with a blank line after each paragraph or
// none, Windows line ends, a Markdown export, columns aligned with tabs, straight quotes, the page furniture and the
// @ctes stamp a PDF repeats on each page. The reading should not depend on them.
const wrapPages = (t: string, every: number, furniture: (page: number) => string) =>
  t.split('\n').map((l, i) => (i > 0 && i % every === 0 ? `${furniture(i / every)}${l}` : l)).join('\n');
const VARIANTS: Record<string, (t: string) => string> = {
  'lignes Windows (CRLF)': (t) => t.replace(/\r?\n/g, '\r\n'),
  'une ligne vide après chaque ligne': (t) => t.replace(/\n/g, '\n\n'),
  'aucune ligne vide': (t) => t.replace(/\n[ \t]*(?=\n)/g, ''),
  'lignes en retrait': (t) => t.split('\n').map((l) => `    ${l}`).join('\n'),
  'capitales sans accents': (t) => t.split('\n').map((l) => (l === l.toUpperCase() ? l.normalize('NFD').replace(/[\u0300-\u036f]/g, '') : l)).join('\n'),
  'export Markdown (capitales en gras)': (t) => t.split('\n').map((l) => (l.trim().length > 3 && l === l.toUpperCase() && /[A-Z]/.test(l) ? `**${l.trim()}**` : l)).join('\n'),
  'colonnes en tabulations': (t) => t.replace(/ {3,}/g, '\t'),
  'guillemets droits': (t) => t.replace(/[’‘]/g, "'").replace(/[«»]/g, '"'),
  'numéro de page et saut de page': (t) => wrapPages(t, 40, (p) => `\nPage ${p}/9\n\f`),
  'tampon @ctes à chaque page': (t) => wrapPages(t, 30, () => 'Envoyé en préfecture le 12/03/2026\nReçu en préfecture le 12/03/2026\nID : 035-213502388-20260312-2026_014-DE\n'),
};

test('the reading agrees as well with the same acts in other layouts (Word, Windows, Markdown, PDF pages)', () => {
  const acts = annotatedActs();
  const texts = acts.map((a) => readFileSync(path.join(CORPUS_DIR, a.file), 'utf8'));
  const rows: string[] = [];
  for (const [name, variant] of Object.entries(VARIANTS)) {
    const results = acts.flatMap((a, i) => compareWithAnnotation(parse(variant(texts[i])), a));
    const agree = results.filter((r) => r.agree).length;
    rows.push(`  ${name.padEnd(38)} ${agree}/${results.length} = ${((100 * agree) / results.length).toFixed(1)} %`);
    assert.ok(agree / results.length >= 0.96, `${name} : ${agree}/${results.length}`);
  }
  console.log(`Accord avec les annotations, mêmes actes autrement mis en page :\n${rows.join('\n')}`);
});
