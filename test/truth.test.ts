// The truth table (issue 11, item 5): for every annotated act of the corpus and the two seeds, the error and
// warning diagnostics a correct checker gives at the default level, decided by hand from the act and the law
// (test/truth/expected.json), compared with what the product gives (`analyze` with the compiled catalogue, the
// default profile, a saved act: what `actes check` reports).
//
// Comparison: per file, the SET of rule codes of error and warning diagnostics (several findings of one rule
// on one act count once: the table is about which defects an act has, not how many messages a rule splits
// them into; a document holding several acts is judged as the union of its acts' diagnostics, which is what
// `analyze` returns). An expected entry may name alternatives (`alt`): any one of them satisfies it, and the
// others are then not counted as false positives. Entries under `missing` (real defects no rule covers yet)
// are not counted.
//
// The product does not reach the issue's target yet, so each current difference is listed in
// test/truth/known-gaps.json (act, code, fp or fn, cause, reason). The test fails on a difference that is not
// listed, and on a listed gap that no longer occurs (« écart résolu, retirez-le de known-gaps.json »), so the list
// only shrinks as the reader and the rules improve.
//
// After a change to the reader or the rules (e.g. merging a new parser), refresh the list with
//   UPDATE_KNOWN_GAPS=1 node --import tsx --test test/truth.test.ts
// which keeps the reasons of gaps that remain, drops resolved ones and adds new ones marked « à qualifier »:
// give each new one its cause and reason by hand (and fix the table, not the list, if the table was wrong).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { analyze } from '../server/src/core/service';
import { loadCatalogue } from '../server/src/catalogue/load-node';
import { DEFAULT_PROFILE } from '../server/src/core/profile';
import { RULES } from '../server/src/core/rules';
import { CORPUS_DIR, SEEDS_DIR, annotatedActs, seedFiles } from './helpers/corpus';

const TRUTH_DIR = path.join(__dirname, 'truth');
const EXPECTED_FILE = path.join(TRUTH_DIR, 'expected.json');
const GAPS_FILE = path.join(TRUTH_DIR, 'known-gaps.json');
const UPDATE = process.env.UPDATE_KNOWN_GAPS === '1';

interface ExpectedEntry { code: string; why: string; alt?: string[] }
interface TableAct { expected: ExpectedEntry[]; notes: string; missing?: { family: string; what: string }[] }
interface Table { version: number; acts: Record<string, TableAct> }
type GapType = 'fp' | 'fn';
type Cause = 'parser' | 'rule-logic' | 'missing-rule' | 'à qualifier';
interface Gap { act: string; code: string; type: GapType; cause: Cause; reason: string }
interface GapsFile { version: number; about?: string; gaps: Gap[] }

const table: Table = JSON.parse(readFileSync(EXPECTED_FILE, 'utf8'));
const gapsFile: GapsFile = JSON.parse(readFileSync(GAPS_FILE, 'utf8'));
const catalogue = loadCatalogue();

const isSeed = (file: string) => /^\d{3}_/.test(file);
const actPath = (file: string) => path.join(isSeed(file) ? SEEDS_DIR : CORPUS_DIR, file);
const short = (file: string) => file.split('_')[0];
const key = (act: string, code: string, type: GapType) => `${act}\u0000${code}\u0000${type}`;

interface Outcome {
  file: string;
  acts: number;
  produced: Set<string>;
  tp: number;
  fp: string[];
  fn: string[];
}

function run(file: string): Outcome {
  const analysis = analyze(readFileSync(actPath(file), 'utf8'), { catalogue, profile: DEFAULT_PROFILE });
  const produced = new Set(analysis.diagnostics.filter((d) => d.severity === 'error' || d.severity === 'warning').map((d) => d.code));
  // Main exposes one act per analysis; the new reader adds `document.acts` (one per délibération of a compte rendu).
  const acts = (analysis as unknown as { document?: { acts?: readonly unknown[] } }).document?.acts?.length ?? 1;
  const entries = table.acts[file].expected;
  let tp = 0;
  const fn: string[] = [];
  const covered = new Set<string>();
  for (const e of entries) {
    const codes = [e.code, ...(e.alt ?? [])];
    codes.forEach((c) => covered.add(c));
    if (codes.some((c) => produced.has(c))) tp++;
    else fn.push(e.code);
  }
  const fp = [...produced].filter((c) => !covered.has(c)).sort();
  return { file, acts, produced, tp, fp, fn };
}

const pct = (n: number, d: number) => (d === 0 ? '—' : `${((100 * n) / d).toFixed(1)} %`);

test('the truth table covers every annotated act and the seeds, with known rule ids and a reason for each entry', () => {
  const wanted = [...annotatedActs().map((a) => a.file), ...seedFiles().map((f) => path.basename(f))].sort();
  assert.ok(wanted.length >= 50, `attendu les 48 actes annotés et les 2 graines, trouvé ${wanted.length}`);
  assert.deepEqual(Object.keys(table.acts).sort(), wanted, 'test/truth/expected.json doit avoir une entrée par acte annoté et par graine');
  const ids = new Set(RULES.map((r) => r.id));
  for (const [file, act] of Object.entries(table.acts)) {
    assert.equal(typeof act.notes, 'string', `${file} : « notes » manque`);
    const seen = new Set<string>();
    for (const e of act.expected) {
      for (const c of [e.code, ...(e.alt ?? [])]) assert.ok(ids.has(c), `${file} : ${c} n’est pas une règle de docs/regles.md`);
      assert.ok(!seen.has(e.code), `${file} : ${e.code} attendu deux fois`);
      seen.add(e.code);
      assert.ok(e.why && e.why.length > 20, `${file} : ${e.code} sans justification`);
    }
  }
  for (const g of gapsFile.gaps) {
    assert.ok(table.acts[g.act], `known-gaps.json : acte inconnu ${g.act}`);
    assert.ok(g.type === 'fp' || g.type === 'fn', `known-gaps.json : type « ${g.type} » (fp ou fn)`);
  }
});

test('diagnostics agree with the truth table, apart from the known gaps (precision and recall printed)', () => {
  const outcomes = Object.keys(table.acts).sort().map(run);
  const known = new Map(gapsFile.gaps.map((g) => [key(g.act, g.code, g.type), g]));
  assert.equal(known.size, gapsFile.gaps.length, 'known-gaps.json : écart listé deux fois');

  const current: Gap[] = [];
  const lines: string[] = [];
  let tp = 0;
  let fp = 0;
  let fn = 0;
  let knownFp = 0;
  let knownFn = 0;
  const byRule = new Map<string, { fp: number; fn: number }>();
  const count = (code: string, type: GapType) => {
    const r = byRule.get(code) ?? { fp: 0, fn: 0 };
    r[type]++;
    byRule.set(code, r);
  };
  for (const o of outcomes) {
    tp += o.tp;
    const diffs: string[] = [];
    for (const [type, codes] of [['fp', o.fp], ['fn', o.fn]] as const) {
      for (const code of codes) {
        const k = known.get(key(o.file, code, type));
        current.push(k ?? { act: o.file, code, type, cause: 'à qualifier', reason: 'à qualifier (nouvel écart)' });
        count(code, type);
        if (type === 'fp') { fp++; if (k) knownFp++; } else { fn++; if (k) knownFn++; }
        diffs.push(`${type === 'fp' ? 'inattendu' : 'manquant'} ${code}${k ? ` (écart connu : ${k.cause}, ${k.reason})` : ' — NOUVEL ÉCART'}`);
      }
    }
    if (diffs.length) lines.push(`  ${short(o.file)}${o.acts > 1 ? ` (${o.acts} actes)` : ''} : ${diffs.join(' ; ')}`);
  }
  const currentKeys = new Set(current.map((g) => key(g.act, g.code, g.type)));
  const resolved = gapsFile.gaps.filter((g) => !currentKeys.has(key(g.act, g.code, g.type)));
  const unexpected = current.filter((g) => !known.has(key(g.act, g.code, g.type)));

  const expectedTotal = tp + fn;
  const rules = [...byRule].sort(([a], [b]) => a.localeCompare(b)).map(([c, r]) => `${c} ${r.fp} FP / ${r.fn} FN`);
  console.log([
    `\nTable de vérité : ${outcomes.length} actes, ${expectedTotal} diagnostics attendus (erreurs et avertissements), ${tp + fp} produits.`,
    `Écarts par acte (inattendu = faux positif, manquant = faux négatif) :`,
    ...(lines.length ? lines : ['  aucun']),
    `Par règle : ${rules.join(', ') || 'aucun écart'}`,
    `Brut : précision ${pct(tp, tp + fp)} (${tp} justes, ${fp} faux positifs), rappel ${pct(tp, tp + fn)} (${fn} faux négatifs).`,
    `Hors écarts connus : précision ${pct(tp, tp + fp - knownFp)}, rappel ${pct(tp, tp + fn - knownFn)}.`,
    ...resolved.map((g) => `Écart résolu, retirez-le de known-gaps.json : ${short(g.act)} ${g.code} ${g.type}`),
  ].join('\n'));

  if (UPDATE) {
    const order = (g: Gap) => `${g.act} ${g.type} ${g.code}`;
    const next: GapsFile = { version: 1, about: gapsFile.about, gaps: current.sort((a, b) => order(a).localeCompare(order(b))) };
    writeFileSync(GAPS_FILE, `${JSON.stringify(next, null, 2)}\n`);
    console.log(`known-gaps.json réécrit : ${current.length} écarts (${unexpected.length} nouveaux à qualifier, ${resolved.length} retirés).`);
    return;
  }
  const problems = [
    ...unexpected.map((g) => `${short(g.act)} : ${g.type === 'fp' ? 'diagnostic inattendu' : 'diagnostic manquant'} ${g.code} (absent de known-gaps.json)`),
    ...resolved.map((g) => `${short(g.act)} : ${g.code} ${g.type} — écart résolu, retirez-le de known-gaps.json`),
  ];
  assert.deepEqual(problems, [], `Écarts avec la table de vérité :\n${problems.join('\n')}\n(UPDATE_KNOWN_GAPS=1 pour réécrire la liste)`);
});
