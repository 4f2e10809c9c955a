// Editor features of the core (outline, folding, selection, links, structural completion, quick
// fixes) on any text: they never throw, every range lies inside the document, the outline nests
// properly, and a quick fix changes only what it means to change.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from './helpers/fc';
import { readFileSync } from 'node:fs';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { DocumentSymbol } from 'vscode-languageserver-types';
import { analyze, type Analysis } from '../server/src/core/service';
import type { Position, Range } from '../server/src/core/model';
import { loadCatalogue } from '../server/src/catalogue/load-node';
import { documentSymbols, containsRange } from '../server/src/core/features/symbols';
import { foldingRanges } from '../server/src/core/features/folding';
import { selectionRanges } from '../server/src/core/features/selection';
import { documentLinks } from '../server/src/core/features/links';
import { structureCompletions } from '../server/src/core/features/completion';
import { quickFixes } from '../server/src/core/features/actions';
import { SEED_000, SEED_001 } from './helpers/lsp';

const catalogue = loadCatalogue();
const seeds = [SEED_000, SEED_001].map((f) => readFileSync(f, 'utf8'));
const fragments = ['Vu ', 'Considérant que ', 'ARRÊTE :', 'DÉCIDE :', 'APRÈS EN AVOIR DÉLIBÉRÉ', 'APPROUVE ', 'Article 1er :', 'ARTICLE 2^o :', 'Art', 'Fait à X,', ' le 1er janvier 2024', '\r\n', '\r', '\n', '\f', '**', 'L.2122-22', 'loi n° 2014-58 du 27 janvier 2014', 'Le Maire,', 'Jean DUPONT', 'Accusé de réception', '\ud800', 'é', ';'];

function inside(text: string, r: Range, what: string): void {
  const lines = text.split(/\r\n|\r|\n/);
  for (const p of [r.start, r.end]) {
    assert.ok(p.line >= 0 && p.line < lines.length, `${what} : ligne ${p.line} hors du document`);
    assert.ok(p.character >= 0 && p.character <= lines[p.line].length, `${what} : caractère ${p.character} hors de la ligne ${p.line}`);
  }
  assert.ok(r.start.line < r.end.line || (r.start.line === r.end.line && r.start.character <= r.end.character), `${what} : début après la fin`);
}

function checkSymbols(text: string, symbols: readonly DocumentSymbol[], parent?: DocumentSymbol): void {
  for (const s of symbols) {
    inside(text, s.range, s.name);
    assert.ok(s.name.length > 0, 'nom vide');
    assert.ok(containsRange(s.range, s.selectionRange), `${s.name} : selectionRange hors de range`);
    if (parent) assert.ok(containsRange(parent.range, s.range), `${s.name} déborde de ${parent.name}`);
    checkSymbols(text, s.children ?? [], s);
  }
}

function positionsOf(text: string): Position[] {
  const lines = text.split(/\r\n|\r|\n/);
  const out: Position[] = [{ line: 0, character: 0 }, { line: lines.length + 3, character: 7 }, { line: -1, character: -1 }];
  for (let i = 0; i < lines.length; i += Math.max(1, Math.floor(lines.length / 12))) out.push({ line: i, character: Math.floor(lines[i].length / 2) }, { line: i, character: lines[i].length });
  return out;
}

function checkAll(text: string): void {
  const a: Analysis = analyze(text, { catalogue });
  checkSymbols(text, documentSymbols(a));
  const lineCount = text.split(/\r\n|\r|\n/).length;
  for (const f of foldingRanges(a)) assert.ok(f.startLine < f.endLine && f.endLine < lineCount, `repli ${f.startLine}-${f.endLine}`);
  const positions = positionsOf(text);
  const inDoc = positions.filter((p) => p.line >= 0 && p.line < lineCount);
  const selections = selectionRanges(a, inDoc);
  assert.equal(selections.length, inDoc.length);
  for (const s of selections) {
    for (let x: typeof s | undefined = s; x; x = x.parent) {
      inside(text, x.range, 'sélection');
      if (x.parent) assert.ok(containsRange(x.parent.range, x.range), 'sélection mal imbriquée');
    }
  }
  for (const l of documentLinks(a, catalogue)) inside(text, l.range, 'lien');
  for (const p of positions) {
    for (const item of structureCompletions(a, p)) {
      const edit = item.textEdit as { range: Range } | undefined;
      if (edit) inside(text, edit.range, `complétion ${item.label}`);
    }
  }
  const whole = { start: { line: 0, character: 0 }, end: { line: lineCount, character: 0 } };
  for (const fix of quickFixes(a, whole)) for (const e of fix.edits) inside(text, e.range, fix.title);
}

test('the features on the seeds', () => {
  for (const text of seeds) checkAll(text);
});

test('the features on arbitrary strings and act fragments never throw; ranges stay inside', () => {
  fc.assert(fc.property(fc.string({ unit: 'grapheme-composite', maxLength: 300 }), checkAll), { numRuns: 150 });
  fc.assert(fc.property(fc.array(fc.constantFrom(...fragments), { maxLength: 50 }).map((x) => x.join('')), checkAll), { numRuns: 200 });
});

test('the features on mutated seeds', () => {
  fc.assert(
    fc.property(fc.integer({ min: 0, max: seeds.length - 1 }), fc.nat(), fc.nat({ max: 300 }), fc.constantFrom(...fragments), (doc, at, len, insert) => {
      const t = seeds[doc];
      const i = at % (t.length + 1);
      checkAll(t.slice(0, i) + insert + t.slice(i + len));
    }),
    { numRuns: 100 },
  );
});

test('each quick fix changes only the text it means to change', () => {
  let checked = 0;
  for (const text of seeds) {
    const a = analyze(text, { catalogue, profile: undefined });
    const lineCount = text.split(/\r\n|\r|\n/).length;
    for (const fix of quickFixes(a, { start: { line: 0, character: 0 }, end: { line: lineCount, character: 0 } })) {
      const doc = TextDocument.create('file:///x.acte', 'acte', 1, text);
      const fixed = TextDocument.applyEdits(doc, fix.edits.map((e) => ({ range: e.range, newText: e.newText })));
      const start = Math.min(...fix.edits.map((e) => doc.offsetAt(e.range.start)));
      const end = Math.max(...fix.edits.map((e) => doc.offsetAt(e.range.end)));
      assert.equal(fixed.slice(0, start), text.slice(0, start), `${fix.title} : le début du texte a changé`);
      assert.equal(fixed.slice(fixed.length - (text.length - end)), text.slice(end), `${fix.title} : la fin du texte a changé`);
      checked++;
    }
  }
  assert.ok(checked > 0, 'aucun correctif proposé sur les seeds');
});

test('structural completion: verb after the recitals, next article number', () => {
  const text = 'ARRÊTÉ DU MAIRE N° 1\n\nLe Maire de Vars,\n\nVu le code général des collectivités territoriales ;\n\nARRÊTE :\n\nArticle 1er : X.\n\nArticle 2 : Y.\n\nArt';
  const a = analyze(text);
  const labels = structureCompletions(a, { line: 12, character: 3 }).map((i) => i.label);
  assert.deepEqual(labels, ['Article 3']);
  const b = analyze('DÉCISION N° 2\n\nVu le code ;\n\nDÉ');
  assert.deepEqual(structureCompletions(b, { line: 4, character: 2 }).map((i) => i.label), ['DÉCIDE :']);
  const c = analyze('ARRÊTÉ N° 3\n\nVu le code ;\n\nARRÊTE :\n\n');
  assert.deepEqual(structureCompletions(c, { line: 6, character: 0 }).map((i) => i.label), ['Article 1er', 'Article unique']);
  // Not in the recitals, not in the closing part.
  assert.deepEqual(structureCompletions(a, { line: 2, character: 0 }), []);
});

test('a procès-verbal holding two délibérations shows one outline node per act, each with its own dispositif', () => {
  const text = [
    'COMMUNE DE SAINT-EXEMPLE',
    'PROCÈS-VERBAL DE LA SÉANCE DU CONSEIL MUNICIPAL DU 3 MARS 2025',
    'Présents : 15. Secrétaire de séance : Mme Anne MARTIN.',
    '',
    'DÉLIBÉRATION N° 2025-01 : Tarifs de la cantine scolaire',
    'Vu le code général des collectivités territoriales ;',
    'Le conseil municipal, après en avoir délibéré,',
    'DÉCIDE :',
    'Article 1er : Les tarifs sont fixés à 3 euros.',
    'Adopté à l’unanimité.',
    '',
    'DÉLIBÉRATION N° 2025-02 : Subvention au comité des fêtes',
    'Vu le code général des collectivités territoriales ;',
    'Le conseil municipal, après en avoir délibéré,',
    'DÉCIDE :',
    'Article 1er : Une subvention de 500 euros est accordée.',
    'Adopté à l’unanimité.',
  ].join('\n');
  const a = analyze(text, { catalogue });
  assert.equal(a.document.shape, 'collection');
  const symbols = documentSymbols(a);
  checkSymbols(text, symbols);
  const acts = symbols.filter((s) => (s.children ?? []).some((c) => c.name === 'Dispositif'));
  assert.equal(acts.length, 2, symbols.map((s) => s.name).join(' | '));
  assert.deepEqual(acts.map((s) => s.detail), ['n° 2025-01', 'n° 2025-02']);
  assert.match(acts[1].name, /Subvention au comité des fêtes/);
  assert.equal(acts[1].range.start.line, 11);
  // Folding follows the outline: each act folds on its own.
  const folds = foldingRanges(a).map((f) => `${f.startLine}-${f.endLine}`);
  assert.ok(folds.includes('11-16'), folds.join(' '));
});
