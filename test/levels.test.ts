// The level of remarks (`actes.niveau`): « essentiel » by default (errors, warnings and the remarks worth a
// person's attention; typography grouped as one hint per rule, with a « corriger tout » fix), « complet » on demand;
// and « not yet typed is not missing »: the end of a draft is not reported as an error before it is written.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../server/src/core/service';
import { DEFAULT_PROFILE, type Profile } from '../server/src/core/profile';
import { parseProfile } from '../server/src/core/settings';
import type { ActesDiagnostic, TextEdit } from '../server/src/core/rules/rule';
import { TextIndex } from '../server/src/core/text';
import { DECISION, catalogue, edit } from './helpers/acts';
import { readSeed } from './helpers/corpus';

const run = (text: string, profile: Partial<Profile> = {}, draft = false) =>
  analyze(text, { catalogue, profile: { ...DEFAULT_PROFILE, ...profile }, draft }).diagnostics;
const aboveHint = (ds: readonly ActesDiagnostic[]) => ds.filter((d) => d.severity !== 'hint');
const codes = (ds: readonly ActesDiagnostic[]) => [...new Set(ds.map((d) => d.code))].sort();

function applyEdits(text: string, edits: readonly TextEdit[]): string {
  const index = new TextIndex(text);
  const spans = edits.map((e) => ({ start: index.offsetAt(e.range.start), end: index.offsetAt(e.range.end), text: e.newText }));
  spans.sort((a, b) => b.start - a.start);
  let out = text;
  for (const s of spans) out = out.slice(0, s.start) + s.text + out.slice(s.end);
  return out;
}

test('seed 000 at the default level: at most 8 diagnostics above hint, the ones a juriste expects among them', () => {
  const ds = run(readSeed(0));
  const shown = aboveHint(ds);
  assert.ok(shown.length <= 8, `${shown.length} diagnostics au-dessus de « hint » : ${codes(shown).join(', ')}`);
  for (const id of ['SIG-001', 'DAT-001', 'VIS-002']) assert.ok(shown.some((d) => d.code === id), `${id} attendu`);
  assert.ok(shown.some((d) => d.code === 'VIS-006' || d.code === 'DEL-003'), 'VIS-006 ou DEL-003 attendu');
  assert.ok(!ds.some((d) => d.code === 'TYP-005' || d.code === 'STR-006'), 'TYP-005 et STR-006 sont désactivées par défaut');
});

test('seed 001 at the default level: at most 8 diagnostics above hint, with SEA-003 and EPCI-004', () => {
  const shown = aboveHint(run(readSeed(1)));
  assert.ok(shown.length <= 8, `${shown.length} diagnostics au-dessus de « hint » : ${codes(shown).join(', ')}`);
  for (const id of ['SEA-003', 'EPCI-004']) assert.ok(shown.some((d) => d.code === id), `${id} attendu`);
});

test('« complet » shows every remark at its own severity; « essentiel » turns minor information into hints', () => {
  const text = edit(DECISION, 'DÉCIDE :', 'DECIDE :');
  const complet = run(text, { level: 'complet' });
  const essentiel = run(text);
  const typ005 = complet.find((d) => d.code === 'TYP-005');
  assert.equal(typ005?.severity, 'information');
  assert.ok(!essentiel.some((d) => d.code === 'TYP-005'));
  // An explicit severity for a rule wins over the level.
  assert.equal(run(text, { rules: { 'TYP-005': 'warning' } }).find((d) => d.code === 'TYP-005')?.severity, 'warning');
});

test('style remarks are grouped: one hint per rule, whose « corriger tout » fixes every place at once', () => {
  const text = edit(
    DECISION,
    'notamment le 6° de son article L. 2122-22 et son article L. 2122-23 ;',
    'notamment le 6° de son article L.2122-22 et ses articles L 2122-23 et L.2122-18 ;',
  );
  const complet = run(text, { level: 'complet' }).filter((d) => d.code === 'CIT-001');
  assert.equal(complet.length, 3);
  const grouped = run(text).filter((d) => d.code === 'CIT-001');
  assert.equal(grouped.length, 1);
  const [g] = grouped;
  assert.equal(g.severity, 'hint');
  assert.match(g.message, /^3 articles de code à écrire sous la forme «\sL\. 2122-22\s»/);
  const fix = g.fixes?.find((f) => f.all);
  assert.ok(fix, 'une correction « Corriger tout » est attendue');
  assert.match(fix.title, /^Corriger tout/);
  const fixed = applyEdits(text, fix.edits);
  assert.ok(fixed.includes('notamment le 6° de son article L. 2122-22 et ses articles L. 2122-23 et L. 2122-18 ;'));
  assert.deepEqual(run(fixed, { level: 'complet' }).filter((d) => d.code === 'CIT-001'), []);
  // A single remark is not grouped: it keeps its own message.
  const one = run(edit(DECISION, 'L. 2122-23 ;', 'L.2122-23 ;')).filter((d) => d.code === 'CIT-001');
  assert.equal(one.length, 1);
  assert.match(one[0].message, /«\sL\.2122-23\s» s’écrit «\sL\. 2122-23\s»/);
});

test('not yet typed is not missing: a draft without its closing part gets information, a complete act errors', () => {
  const draft = DECISION.slice(0, DECISION.indexOf('Fait à'));
  const whileTyping = run(draft, {}, true);
  for (const id of ['SIG-001', 'DAT-001']) {
    const d = whileTyping.find((x) => x.code === id);
    assert.equal(d?.severity, 'information', `${id} pendant la rédaction`);
  }
  // Checked as a file (actes check), a text that stops at its last article is a copy cut before its closing
  // part (page 2 missing): still information. With its closing part (here the platform's stamp), full severity.
  for (const id of ['SIG-001', 'DAT-001']) assert.equal(run(draft).find((x) => x.code === id)?.severity, 'information', `${id}, copie coupée`);
  const stamped = `${draft}Accusé de réception en préfecture : 073-217300656-20250417-DDM2025080-AR\n`;
  for (const id of ['SIG-001', 'DAT-001']) assert.equal(run(stamped).find((x) => x.code === id)?.severity, 'error', `${id}, acte complet`);
  // A draft whose signature block is begun: full severity (the name is missing under « Le Maire, »).
  const signedLater = `${draft}Fait à Chambéry, le 17 avril 2025\n\nLe Maire,\n`;
  assert.equal(run(signedLater, {}, true).find((x) => x.code === 'SIG-001')?.severity, 'error');
});

test('the level is read from actes.json and the settings, and a bad value gives a French message and the default', () => {
  assert.equal(parseProfile([{ value: { niveau: 'complet' }, where: 'actes.json' }]).profile.level, 'complet');
  const bad = parseProfile([{ value: { niveau: 'tout' }, where: 'actes.json' }]);
  assert.equal(bad.profile.level, 'essentiel');
  assert.match(bad.problems.join('\n'), /actes\.json : « niveau » doit être « essentiel » ou « complet »/);
});
