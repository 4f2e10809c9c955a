// The rule registry: ids, families, severities, sources; explanation-only rules stay silent.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { RULES, findingFixes, ruleHref } from '../server/src/core/rules';
import type { DocumentedRule } from '../server/src/core/rules/support';
import { ARRETE, DECISION, DELIB, catalogue, diagnostics, profileWith } from './helpers/acts';
import { parse } from '../server/src/core/parse';
import { TextIndex } from '../server/src/core/text';
import { corpusFiles, readSeed } from './helpers/corpus';

const MINE = ['STR', 'SIG', 'DAT', 'VIS', 'MOT', 'REC', 'PUB', 'SEA', 'DEL', 'EPCI', 'POL', 'TYP'];

test('rule ids are unique, well formed, and every family of rules.md is present', () => {
  const ids = RULES.map((r) => r.id);
  assert.equal(new Set(ids).size, ids.length);
  for (const id of ids) assert.match(id, /^[A-Z]{3,4}-\d{3}$/);
  for (const f of MINE) assert.ok(ids.some((id) => id.startsWith(`${f}-`)), f);
});

test('every rule has a French title, a valid severity, a source with a link, a status', () => {
  for (const r of RULES) {
    assert.ok(r.title.length > 15, r.id);
    assert.ok(['error', 'warning', 'information', 'hint'].includes(r.severity), r.id);
    assert.ok(r.source.label.length > 3, r.id);
    assert.ok(['confirmed', 'secondary', 'unconfirmed'].includes(r.status), r.id);
    assert.ok(ruleHref(r, { catalogue }, 'https://example.invalid/regles.md'), r.id);
  }
});

test('unconfirmed rules never default to error', () => {
  for (const r of RULES) if (r.status === 'unconfirmed') assert.notEqual(r.severity, 'error', r.id);
});

test('explanation-only rules report nothing (seeds, model acts, corpus)', () => {
  const quiet = new Set(RULES.filter((r) => (r as DocumentedRule).doc?.explanationOnly).map((r) => r.id));
  assert.ok(quiet.size > 5);
  const texts = [readSeed(0), readSeed(1), ARRETE, DECISION, DELIB, ...corpusFiles().map((f) => readFileSync(f, 'utf8'))];
  for (const t of texts) for (const d of diagnostics(t)) assert.ok(!quiet.has(d.code), d.code);
});

test('a rule set to "off" in the profile is silent; a severity override applies', () => {
  const seed = readSeed(0);
  assert.ok(diagnostics(seed).some((d) => d.code === 'SIG-001'));
  assert.ok(!diagnostics(seed, { rules: { 'SIG-001': 'off' } }).some((d) => d.code === 'SIG-001'));
  assert.ok(diagnostics(seed, { rules: { 'SIG-001': 'warning' } }).filter((d) => d.code === 'SIG-001').every((d) => d.severity === 'warning'));
});

test('no rule throws on odd input, and every range lies inside the document', () => {
  const odd = ['', '\f', 'Vu', 'DÉCIDE :', 'Article 1er', '\ud800 Fait à , le', 'Séance du 31 février 2025\nDate de la convocation : 40/13/2025', 'x'.repeat(5000), DECISION.replace(/\n/g, '\r\n'), DELIB.slice(0, 300), readSeed(1).replace(/\n/g, ' ')];
  for (const text of odd) {
    const act = parse(text);
    const index = new TextIndex(text);
    const ctx = { act, text, index, catalogue, profile: profileWith({ signatory: { name: 'Jean DUPONT', quality: 'Le Maire' }, population: 5000 }) };
    for (const r of RULES) {
      // Direct call: the engine swallows exceptions, the test must not.
      const findings = r.check(ctx);
      for (const f of findings) {
        for (const p of [f.range.start, f.range.end, ...findingFixes(f).flatMap((x) => x.edits.flatMap((e) => [e.range.start, e.range.end]))]) {
          assert.ok(p.line >= 0 && p.line < index.lineCount, `${r.id}: ligne ${p.line}`);
          assert.ok(p.character >= 0 && index.lineStarts[p.line] + p.character <= index.lineEnd(p.line), `${r.id}: colonne ${p.character}`);
        }
      }
    }
  }
});
