// docs/regles.md is generated from the rule registry: the committed page must be up to date.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { RULES } from '../server/src/core/rules';
import { DOC_FILE, renderRulesDoc } from '../scripts/gen-rules-doc';
import { catalogue } from './helpers/acts';

test('docs/regles.md is up to date (run `npm run docs:rules`)', () => {
  const page = renderRulesDoc(RULES, catalogue);
  // (Not assert.equal: its diff of two pages of this size takes longer than the whole suite.)
  assert.ok(readFileSync(DOC_FILE, 'utf8') === page, 'docs/regles.md est périmé : lancez « npm run docs:rules ».');
});

test('docs/regles.md lists every rule with its anchor', () => {
  const page = renderRulesDoc(RULES, catalogue);
  for (const r of RULES) {
    assert.ok(page.includes(`<a id="${r.id.toLowerCase()}"></a>`), r.id);
    assert.ok(page.includes(`| [${r.id}](#${r.id.toLowerCase()}) |`), r.id);
  }
});
