// Golden snapshot of what `actes check --format json` says about every fixture (the model as JSON and the
// diagnostic codes): any change in the reading shows here as a difference to examine.
// UPDATE_GOLDEN=1 node --import tsx --test test/golden.test.ts rewrites the snapshots after review.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { analyze } from '../server/src/core/service';
import { actToJson, documentToJson } from '../server/src/core/json';
import { catalogue } from './helpers/acts';
import { corpusFiles, seedFiles } from './helpers/corpus';

const GOLDEN = path.join(__dirname, 'golden');
const update = process.env.UPDATE_GOLDEN === '1';

function snapshot(file: string) {
  const a = analyze(readFileSync(file, 'utf8'), { catalogue });
  return {
    act: actToJson(a.act),
    ...documentToJson(a.document),
    diagnostics: a.diagnostics.map((d) => `${d.code} ${d.severity} ${d.range.start.line}`),
  };
}

for (const file of [...seedFiles(), ...corpusFiles()]) {
  const name = path.basename(file).replace(/\.txt$/, '.json');
  test(`golden: ${name}`, () => {
    const actual = JSON.parse(JSON.stringify(snapshot(file)));
    const target = path.join(GOLDEN, name);
    if (update) {
      mkdirSync(GOLDEN, { recursive: true });
      writeFileSync(target, `${JSON.stringify(actual, null, 1)}\n`);
      return;
    }
    assert.ok(existsSync(target), `${name} : pas d’instantané ; lancez UPDATE_GOLDEN=1`);
    assert.deepEqual(actual, JSON.parse(readFileSync(target, 'utf8')), `${name} : la lecture a changé ; examinez l’écart puis UPDATE_GOLDEN=1`);
  });
}
