// What Actes writes follows French typography: no-break spaces inside « », a narrow one before : ; ? !
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { analyze } from '../server/src/core/service';
import { loadCatalogue } from '../server/src/catalogue/load-node';
import { quickFixes } from '../server/src/core/features/actions';
import { frenchSpacing } from '../server/src/core/french';
import { SEED_000, SEED_001 } from './helpers/lsp';

test('frenchSpacing puts no-break spaces where French typography wants them, and nothing else', () => {
  assert.equal(frenchSpacing('ajoutez « ARRÊTE : » ; voir ci-dessous ! Vraiment ?'), 'ajoutez «\u00a0ARRÊTE\u202f:\u00a0»\u202f; voir ci-dessous\u202f! Vraiment\u202f?');
  assert.equal(frenchSpacing('https://www.telerecours.fr'), 'https://www.telerecours.fr');
  assert.equal(frenchSpacing('art. L. 2122-22, 4°'), 'art. L. 2122-22, 4°');
});

test('diagnostics and quick-fix titles on the seeds never break a line inside « » or before a colon', () => {
  const catalogue = loadCatalogue();
  for (const file of [SEED_000, SEED_001]) {
    const a = analyze(readFileSync(file, 'utf8'), { catalogue });
    assert.ok(a.diagnostics.length > 0);
    const texts = [...a.diagnostics.map((d) => d.message), ...quickFixes(a, { start: { line: 0, character: 0 }, end: { line: 100000, character: 0 } }).map((f) => f.title)];
    for (const t of texts) {
      assert.doesNotMatch(t, /« |[^\s] »| [:;?!](?:\s|$)/, t);
    }
  }
});

test('populations in messages are grouped as French writes them (« 12 345 », narrow no-break space), as Intl does', async () => {
  const { groupDigits } = await import('../server/src/core/rules/util');
  assert.equal(groupDigits(3500), '3\u202f500');
  assert.equal(groupDigits(12345678), '12\u202f345\u202f678');
  for (const n of [0, 7, 999, 1000, 65432, 2165423, -4200, 123456789012]) assert.equal(groupDigits(n), n.toLocaleString('fr-FR'), String(n));
});
