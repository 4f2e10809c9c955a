// Every rule over test/fixtures/corpus: prints how many acts each rule fires on, and checks that where
// the hand annotations say a mention is present, the rule for that mention does not report it missing.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { analyze } from '../server/src/core/service';
import { RULES } from '../server/src/core/rules';
import type { ActesDiagnostic } from '../server/src/core/rules/rule';
import { SIG_001_MISSING } from '../server/src/core/rules/signature';
import { DAT_001_MISSING } from '../server/src/core/rules/dates';
import { REC_001_MISSING } from '../server/src/core/rules/recours';
import { SEA_001_MISSING, SEA_003_MISSING, SEA_005_MISSING, SEA_007_MISSING } from '../server/src/core/rules/seance';
import { catalogue } from './helpers/acts';
import { CORPUS_DIR, annotatedActs, corpusFiles } from './helpers/corpus';

const results = new Map<string, readonly ActesDiagnostic[]>();
for (const file of corpusFiles()) {
  results.set(path.basename(file), analyze(readFileSync(file, 'utf8'), { catalogue }).diagnostics);
}

test('per rule, how many corpus acts it fires on (printed)', () => {
  const lines: string[] = [];
  for (const r of RULES) {
    const acts = [...results].filter(([, d]) => d.some((x) => x.code === r.id));
    if (acts.length === 0) continue;
    const bySeverity = new Map<string, number>();
    for (const [, d] of acts) for (const x of d) if (x.code === r.id) bySeverity.set(x.severity, (bySeverity.get(x.severity) ?? 0) + 1);
    lines.push(`${r.id.padEnd(9)} ${String(acts.length).padStart(2)} / ${results.size} actes   (${[...bySeverity].map(([s, n]) => `${n} ${s}`).join(', ')})`);
  }
  const silent = RULES.filter((r) => ![...results.values()].some((d) => d.some((x) => x.code === r.id))).map((r) => r.id);
  console.log(`\nRègles sur ${CORPUS_DIR} :\n${lines.join('\n')}\nmuettes : ${silent.join(', ')}`);
  assert.ok(results.size >= 40);
});

test('where the annotations say a mention is present, its rule does not report it missing', () => {
  const problems: string[] = [];
  for (const a of annotatedActs()) {
    const d = results.get(a.file);
    assert.ok(d, `${a.file} : acte annoté absent du corpus`);
    const ann = a.annotation;
    const say = (cond: unknown, id: string, pred: (x: ActesDiagnostic) => boolean, what: string) => {
      if (!cond) return;
      for (const x of d) if (x.code === id && pred(x)) problems.push(`${a.id} ${what} présent, mais ${id} : ${x.message.slice(0, 90)}`);
    };
    const any = () => true;
    const starts = (p: string | readonly string[]) => (x: ActesDiagnostic) => (typeof p === 'string' ? [p] : p).some((s) => x.message.includes(s));
    say(ann.signatory?.name_present && ann.signatory?.quality_present, 'SIG-001', any, 'signataire (nom et qualité)');
    say(ann.signatory?.name_present || ann.signatory?.quality_present, 'SIG-001', starts(SIG_001_MISSING), 'signataire');
    say(ann.place_and_date_line?.present, 'DAT-001', any, '« Fait à …, le … »');
    say(ann.recours_mention?.present, 'REC-001', starts(REC_001_MISSING), 'mention des recours');
    say(ann.executoire_certification?.present, 'PUB-002', any, 'certification exécutoire');
    const s = ann.deliberation;
    if (s) {
      say(s.presents !== null && s.presents !== undefined, 'SEA-003', starts(SEA_003_MISSING), 'nombre de présents');
      say(s.convocation_date, 'SEA-001', starts(SEA_001_MISSING), 'date de convocation');
      say(s.secretaire_de_seance, 'SEA-007', starts(SEA_007_MISSING), 'secrétaire de séance');
      say(s.vote_result, 'SEA-005', starts(SEA_005_MISSING), 'résultat du vote');
    }
    void DAT_001_MISSING;
  }
  assert.deepEqual(problems, []);
});

test('messy OCR acts do not drown in diagnostics', () => {
  for (const [file, d] of results) {
    const errors = d.filter((x) => x.severity === 'error' && !x.code.startsWith('CIT-')).length;
    const warnings = d.filter((x) => x.severity === 'warning').length;
    assert.ok(errors <= 3, `${file}: ${errors} erreurs`);
    assert.ok(warnings <= 10, `${file}: ${warnings} avertissements`);
  }
});
