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
