// Line endings: "\r\n", "\r" and "\n" each end a line (LSP). Every position the core returns must exist in the
// document as the protocol's own implementation splits it (vscode-languageserver-textdocument), on texts written
// with CRLF, lone CR or mixed endings: no range may end between "\r" and "\n", nor past its line's content.
import { tempDir } from './helpers/temp';
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import fc from './helpers/fc';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { DocumentSymbol } from 'vscode-languageserver-types';
import { analyze, type Analysis } from '../server/src/core/service';
import type { Position, Range } from '../server/src/core/model';
import { TextIndex, fold } from '../server/src/core/text';
import { actToJson, diagnosticToJson } from '../server/src/core/json';
import { loadCatalogue } from '../server/src/catalogue/load-node';
import { DEFAULT_PROFILE } from '../server/src/core/profile';
import { documentSymbols, containsRange } from '../server/src/core/features/symbols';
import { foldingRanges } from '../server/src/core/features/folding';
import { selectionRanges } from '../server/src/core/features/selection';
import { documentLinks } from '../server/src/core/features/links';
import { structureCompletions } from '../server/src/core/features/completion';
import { referenceCompletions } from '../server/src/core/features/completion-references';
import { matiereCompletions } from '../server/src/core/features/completion-matiere';
import { activeNomenclature } from '../server/src/core/classification';
import { hover } from '../server/src/core/features/hover';
import { fixAllEdits, fixAt, quickFixes } from '../server/src/core/features/actions';
import { callTool, type ToolEnv } from '../server/src/mcp/tools';
import { corpusFiles, seedFiles } from './helpers/corpus';

const catalogue = loadCatalogue();
/** Every rule at its own severity (the default level groups some of them): every diagnostic and fix gets checked. */
const COMPLET = { ...DEFAULT_PROFILE, level: 'complet' as const };
const toolEnv: ToolEnv = { catalogue, profile: DEFAULT_PROFILE, docsBase: null };
const BIN = path.join(__dirname, '..', 'bin', 'actes.js');

/** The reproducer: five lines, CRLF, the fourth line has 100 characters. */
const REPRODUCER = [
  'DÉLIBÉRATION DU CONSEIL MUNICIPAL',
  '',
  'Le conseil municipal, après en avoir délibéré, DÉCIDE :',
  '- d’autoriser Monsieur le Maire ou monsieur l’adjoint délégué à signer tout document relatif à cette',
  'Un ordre de mission ponctuel, validé par la hiérarchie, doit être établi.',
].join('\r\n');

const lf = (s: string) => s.replace(/\r\n?/g, '\n');
const ENDINGS = {
  crlf: (s: string) => lf(s).replace(/\n/g, '\r\n'),
  cr: (s: string) => lf(s).replace(/\n/g, '\r'),
  // Every third line break is CRLF, every third a lone CR.
  mixed: (s: string) => { let i = 0; return lf(s).replace(/\n/g, () => ['\r\n', '\r', '\n'][i++ % 3]); },
};
const fixtures = [...seedFiles(), ...corpusFiles()].map((f) => ({ name: path.basename(f), text: lf(readFileSync(f, 'utf8')) }));

// ---------------------------------------------------------------------------------------------
// Positions checked against the protocol's split

/** Asserts that positions and ranges exist in `text` as vscode-languageserver-textdocument splits it. */
function protocol(text: string) {
  const doc = TextDocument.create('file:///x.acte', 'acte', 1, text);
  const lineLength = (line: number) => doc.getLineRange(line).end.character;
  const position = (p: Position, what: string) => {
    assert.ok(Number.isInteger(p.line) && p.line >= 0 && p.line < doc.lineCount, `${what} : ligne ${p.line} hors du document (${doc.lineCount} lignes)`);
    const len = lineLength(p.line);
    assert.ok(Number.isInteger(p.character) && p.character >= 0 && p.character <= len, `${what} : caractère ${p.character} au-delà de la ligne ${p.line} (${len} caractères, fin de ligne ${JSON.stringify(doc.getEOLCharacters(p.line))})`);
  };
  const range = (r: Range, what: string) => {
    position(r.start, `${what} (début)`);
    position(r.end, `${what} (fin)`);
    assert.ok(r.start.line < r.end.line || (r.start.line === r.end.line && r.start.character <= r.end.character), `${what} : début après la fin`);
  };
  /** Every range found anywhere in a value (diagnostics with related information, edits, nested fields…). */
  const all = (value: unknown, what: string, seen = new Set<unknown>()): number => {
    if (!value || typeof value !== 'object' || seen.has(value)) return 0;
    seen.add(value);
    const v = value as Record<string, unknown>;
    let n = 0;
    if (isPosition(v.start) && isPosition(v.end)) {
      range(v as unknown as Range, what);
      n++;
    }
    for (const [k, x] of Object.entries(v)) n += all(x, `${what}.${k}`, seen);
    return n;
  };
  return { doc, position, range, all, lineLength };
}

const isPosition = (p: unknown): p is Position =>
  !!p && typeof p === 'object' && typeof (p as Position).line === 'number' && typeof (p as Position).character === 'number';

/** Positions a user may put the cursor at: start, middle and end of lines, the edges of every reference. */
function cursorPositions(a: Analysis, doc: TextDocument, maxLines = 40): Position[] {
  const out: Position[] = [];
  const step = Math.max(1, Math.floor(doc.lineCount / maxLines));
  for (let line = 0; line < doc.lineCount; line += step) {
    const len = doc.getLineRange(line).end.character;
    out.push({ line, character: 0 }, { line, character: len >> 1 }, { line, character: len });
  }
  for (const r of a.act.references.slice(0, 60)) out.push(r.range.start, r.range.end);
  return out;
}

/** Every feature of the core on one text; every range they return must exist in the protocol's split. */
function checkFeatures(text: string, label = ''): void {
  const p = protocol(text);
  const a = analyze(text, { catalogue });
  const what = (s: string) => (label ? `${label} : ${s}` : s);

  p.all(actToJson(a.act), what('modèle'));
  p.all(a.act, what('modèle (tous les champs)'));
  // Diagnostics and their fixes at both levels, of a saved file and of a draft being typed.
  const whole = { start: { line: 0, character: 0 }, end: { line: p.doc.lineCount, character: 0 } };
  for (const x of [a, analyze(text, { catalogue, profile: COMPLET, draft: true })]) {
    for (const d of x.diagnostics) p.all(d, what(`diagnostic ${d.code}`));
    // Fixes are built lazily, when the editor asks (codeAction, codeAction/resolve, source.fixAll).
    for (const fix of quickFixes(x, whole)) {
      for (const e of fix.edits) p.range(e.range, what(`correctif « ${fix.title} »`));
      for (const e of fixAt(x, fix.diagnosticIndex, fix.fixIndex)?.edits ?? []) p.range(e.range, what(`correctif résolu « ${fix.title} »`));
    }
    for (const e of fixAllEdits(x)?.edits ?? []) p.range(e.range, what('corriger tout'));
  }

  const symbols = (list: readonly DocumentSymbol[], parent?: DocumentSymbol) => {
    for (const s of list) {
      p.range(s.range, what(`symbole ${s.name}`));
      p.range(s.selectionRange, what(`symbole ${s.name} (sélection)`));
      assert.ok(containsRange(s.range, s.selectionRange), what(`symbole ${s.name} : selectionRange hors de range`));
      if (parent) assert.ok(containsRange(parent.range, s.range), what(`symbole ${s.name} déborde de ${parent.name}`));
      symbols(s.children ?? [], s);
    }
  };
  symbols(documentSymbols(a));

  for (const f of foldingRanges(a)) {
    p.position({ line: f.startLine, character: f.startCharacter ?? 0 }, what('repli (début)'));
    p.position({ line: f.endLine, character: f.endCharacter ?? 0 }, what('repli (fin)'));
    assert.ok(f.startLine <= f.endLine, what(`repli ${f.startLine}-${f.endLine} à l’envers`));
  }
  for (const l of documentLinks(a, catalogue)) p.range(l.range, what(`lien ${l.target}`));

  const positions = cursorPositions(a, p.doc);
  for (const s of selectionRanges(a, positions)) {
    for (let x: typeof s | undefined = s; x; x = x.parent) {
      p.range(x.range, what('sélection'));
      if (x.parent) assert.ok(containsRange(x.parent.range, x.range), what('sélection mal imbriquée'));
    }
  }
  for (const pos of positions) {
    const h = hover(a, pos, catalogue);
    if (h) p.range(h.range, what(`survol en ${pos.line}:${pos.character}`));
    const matieres = matiereCompletions(a, pos, activeNomenclature(catalogue, DEFAULT_PROFILE));
    for (const item of [...structureCompletions(a, pos), ...referenceCompletions(a, pos, catalogue), ...matieres]) {
      p.all({ textEdit: item.textEdit, additionalTextEdits: item.additionalTextEdits }, what(`complétion « ${item.label} »`));
    }
  }
}

// ---------------------------------------------------------------------------------------------
// The text index is the protocol's split

test('TextIndex splits lines, maps offsets and positions exactly as the protocol does', () => {
  const pieces = ['a', 'é', '\r', '\n', '\r\n', '\n\r', ' ', '\ud83d\ude00', 'Vu '];
  const check = (text: string) => {
    const doc = TextDocument.create('file:///x.acte', 'acte', 1, text);
    const index = new TextIndex(text);
    assert.equal(index.lineCount, doc.lineCount, 'nombre de lignes');
    for (let o = -1; o <= text.length + 1; o++) assert.deepEqual(index.positionAt(o), doc.positionAt(o), `position de l’offset ${o}`);
    for (let line = -1; line <= doc.lineCount; line++) {
      for (const character of [-1, 0, 1, 2, 3, 1000]) {
        assert.equal(index.offsetAt({ line, character }), doc.offsetAt({ line, character }), `offset de ${line}:${character}`);
      }
      if (line >= 0 && line < doc.lineCount) {
        assert.equal(index.lineEnd(line) - index.lineStarts[line], doc.getLineRange(line).end.character, `fin de la ligne ${line}`);
      }
    }
  };
  fc.assert(fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 40 }).map((a) => a.join('')), check), { numRuns: 400 });
  check(REPRODUCER);
});

test('an offset inside a CRLF maps to the end of its line’s content', () => {
  const index = new TextIndex('ab\r\ncd\rx');
  assert.deepEqual(index.positionAt(3), { line: 0, character: 2 }, 'entre \\r et \\n');
  assert.deepEqual(index.positionAt(4), { line: 1, character: 0 });
  assert.deepEqual(index.positionAt(6), { line: 1, character: 2 });
  assert.deepEqual(index.positionAt(7), { line: 2, character: 0 }, 'après un \\r seul');
});

test('a span read from the text never starts or ends with a line break', () => {
  fc.assert(
    fc.property(
      fc.array(fc.constantFrom('a', 'é', '\r', '\n', '\r\n', ' '), { maxLength: 30 }).map((a) => a.join('')),
      fc.nat(), fc.nat(),
      (text, x, y) => {
        const index = new TextIndex(text);
        const [s, e] = [x % (text.length + 1), y % (text.length + 1)].sort((m, n) => m - n);
        const sp = index.span(s, e);
        assert.ok(!/^[\r\n]|[\r\n]$/.test(sp.text), JSON.stringify(sp.text));
        assert.equal(sp.text, text.slice(sp.start, sp.end));
        assert.ok(sp.start >= s && sp.end <= e && sp.start <= sp.end);
        assert.equal(sp.text.replace(/[\r\n]/g, ''), text.slice(s, e).replace(/^[\r\n]+|[\r\n]+$/g, '').replace(/[\r\n]/g, ''));
        assert.deepEqual(sp.range, index.range(sp.start, sp.end));
      },
    ),
    { numRuns: 300 },
  );
});

test('fold reads a lone CR as a line end and keeps the length', () => {
  assert.equal(fold('A\rB\r\nC\n\r'), 'a\nb\r\nc\n\n');
  const pieces = fc.constantFrom('\r', '\n', '\r\n', 'É', 'a', '\ud800', '\u00a0');
  fc.assert(fc.property(fc.array(pieces, { maxLength: 30 }).map((a) => a.join('')), (s) => {
    const f = fold(s);
    assert.equal(f.length, s.length);
    // Lines of the folded text, read with "\n" only, are the protocol's lines.
    assert.equal(f.split('\n').length, TextDocument.create('file:///x', 'acte', 1, s).lineCount);
  }));
});

// ---------------------------------------------------------------------------------------------
// The reproducer

test('the reproducer of issue 17: every range ends inside its line', () => {
  const lines = REPRODUCER.split('\r\n');
  assert.equal(lines.length, 5);
  assert.equal(lines[3].length, 100);
  const a = analyze(REPRODUCER, { catalogue });
  // Whatever the reader makes of the fourth line (no signatory since the reading rewrite), it ends inside its line.
  const p = protocol(REPRODUCER);
  for (const s of a.act.signatories) {
    p.range(s.range, `signataire « ${s.quality} »`);
    if (s.range.end.line === 3) assert.ok(s.range.end.character <= 100, JSON.stringify(s.range));
    assert.ok(!/[\r\n]$/.test(s.text), `le signataire finit par un saut de ligne : ${JSON.stringify(s.text)}`);
    if (s.quality) assert.ok(!/[\r\n]/.test(s.quality), JSON.stringify(s.quality));
  }
  checkFeatures(REPRODUCER, 'reproducteur');
  // The same act with LF endings reads the same, position for position.
  const b = analyze(lf(REPRODUCER), { catalogue });
  assert.deepEqual(actToJson(a.act), actToJson(b.act));
});

// ---------------------------------------------------------------------------------------------
// Every feature, on CRLF, CR and mixed texts

const fragments = [
  'Vu ', 'VU ', 'Considérant que ', 'ARRÊTE :', 'DÉCIDE :', 'APRÈS EN AVOIR DÉLIBÉRÉ', 'APPROUVE ', 'Article 1er :',
  'ARTICLE 2^o :', 'Art. 3 -', 'Art', 'Fait à Chambéry, le ', '1er janvier 2024', 'L.2122-22', 'article L. 21',
  'loi n° ', 'loi n° 2014-58 du 27 janvier 2014', 'du code ', 'code général des collectivités territoriales',
  'Le Maire,', 'Le Maire de Chambéry', 'Jean DUPONT', 'Monsieur le Maire', 'l’adjoint délégué', 'L’adjointe déléguée aux finances',
  'Pour le Maire et par délégation,', 'Le Président de la Métropole', 'Accusé de réception', '073-217300656-20250417-x-AR',
  'Nature de l’acte : Délibérations', 'tribunal administratif de Grenoble', 'deux mois', 'Présents : ', 'Séance du 3 mars 2025',
  'à l’unanimité', 'é', '’', ';', ',', ':', ' ', '  ', '**', '\f', '\t',
];
const breaks = ['\r\n', '\r', '\n', '\r\n\r\n', '\r\r', '\n\r'];
/** Lines of one to six fragments, each line ended by any line break (CRLF, CR, LF, blank lines, LF CR). */
const actText = fc
  .array(fc.tuple(fc.array(fc.constantFrom(...fragments), { minLength: 1, maxLength: 6 }), fc.constantFrom(...breaks)), { maxLength: 30 })
  .map((lines) => lines.map(([words, eol]) => words.join('') + eol).join(''));

/** An act in its usual order, each part chosen among a few forms, each line ended by any line break. */
const pick = (...xs: string[]) => fc.constantFrom(...xs);
const actSkeleton = fc
  .tuple(
    pick('ARRÊTÉ DU MAIRE N° 2025-12', 'DÉLIBÉRATION DU CONSEIL MUNICIPAL', 'DÉCISION N° DDM-2025-075', ''),
    pick('Le Maire de Chambéry,', 'Le conseil municipal,', ''),
    fc.array(pick('Vu le code général des collectivités territoriales, et notamment son article L. 2122-22 ;', 'Vu la loi n° 2014-58 du 27 janvier 2014 ;', 'Considérant que la voie est étroite ;', 'Vu l’arrêté du 3 mars 2025'), { maxLength: 3 }),
    pick('ARRÊTE :', 'DÉCIDE :', 'Le conseil municipal, après en avoir délibéré, DÉCIDE :', ''),
    fc.array(pick('Article 1er : Le stationnement est interdit.', 'Article 2 : Le présent arrêté peut faire l’objet d’un recours devant le tribunal administratif de Grenoble dans un délai de deux mois.', '- d’autoriser Monsieur le Maire ou monsieur l’adjoint délégué à signer tout document relatif à cette', 'APPROUVE le règlement.'), { maxLength: 3 }),
    pick('Fait à Chambéry, le 17 avril 2025', 'Chambéry, le 1er juillet 2022', 'Fait et délibéré les jour, mois et an susdits', ''),
    fc.array(pick('Le Maire', 'Le Maire de Chambéry', 'L’adjointe déléguée aux finances', 'Pour le Maire et par délégation,', 'Jean DUPONT', 'Le Président de la Métropole', 'Signé électroniquement par : Gérard ANDRE'), { maxLength: 3 }),
    pick('', 'Accusé de réception en préfecture\n073-217300656-20250417-lmc1H33587H1-AR\nNature de l’acte : Délibérations\nDate de transmission : 18 avril 2025'),
    fc.array(fc.constantFrom(...breaks), { minLength: 1, maxLength: 40 }),
    fc.constantFrom('', ' ', '  ', '\t'),
  )
  .map(([title, author, recitals, verb, articles, place, signature, ar, eols, pad]) => {
    const lines = [title, author, ...recitals, verb, ...articles, place, ...signature, ...ar.split('\n')].filter((l) => l !== '');
    return lines.map((l, i) => l + pad + eols[i % eols.length]).join('');
  });

test('every feature on texts made of act fragments with CRLF, CR and mixed endings', () => {
  fc.assert(fc.property(actText, (t) => checkFeatures(t)), { numRuns: 200 });
  fc.assert(fc.property(actSkeleton, (t) => checkFeatures(t)), { numRuns: 200 });
  // The same texts with only CRLF, only CR.
  fc.assert(fc.property(fc.oneof(actText, actSkeleton), fc.constantFrom(...Object.values(ENDINGS)), (t, to) => checkFeatures(to(t))), { numRuns: 150 });
});

test('every feature on the seeds and the corpus with CRLF, CR and mixed endings', () => {
  for (const f of fixtures) {
    for (const [name, to] of Object.entries(ENDINGS)) checkFeatures(to(f.text), `${f.name} (${name})`);
  }
});

test('line endings change nothing the reader sees: LF, CRLF and CR give the same model and diagnostics', () => {
  // Positions are line and character, so they do not depend on how lines end.
  const view = (t: string) => {
    const a = analyze(t, { catalogue, profile: COMPLET });
    return { act: actToJson(a.act), diagnostics: a.diagnostics.map(diagnosticToJson) };
  };
  for (const f of fixtures) {
    const expected = view(f.text);
    for (const name of ['crlf', 'cr'] as const) assert.deepEqual(view(ENDINGS[name](f.text)), expected, `${f.name} (${name})`);
  }
});

test('a lone CR reads exactly as a LF, on any text: same length, same offsets, so the same model and diagnostics', () => {
  // Any reader that looks for "\n" in the original text instead of the folded one (or the index) fails here.
  const view = (t: string) => {
    const a = analyze(t, { catalogue, profile: COMPLET });
    return { act: actToJson(a.act), document: a.document.acts.map(actToJson), diagnostics: a.diagnostics.map(diagnosticToJson) };
  };
  // The word before « Le Maire » is on the line above: no sentence holds this quality.
  const signature = 'ARRÊTÉ N° 1\n\nVu le code ;\n\nARRÊTE :\n\nArticle 1er : X.\n\nFait à Chambéry, le 3 mars 2025\n\nAmpliation adressée au préfet\nLe Maire,\nJean DUPONT\n';
  assert.deepEqual(view(ENDINGS.cr(signature)).act.signatories.map((x) => x.name), ['Jean DUPONT']);
  assert.deepEqual(view(ENDINGS.cr(signature)), view(signature));
  // Found by the property below in CI: « Pour le Maire et par délégation, » and the quality two lines below, with lone
  // CRs between them, were merged into one signatory (the lines were counted by "\n" only).
  const found = 'Fait à Chambéry, le Vu \r\nPour le Maire et par délégation,\n\r\f\r\nLe Maire de ChambéryVu \r\n';
  assert.deepEqual(view(ENDINGS.cr(lf(found))), view(lf(found)));
  assert.equal(view(lf(found)).act.signatories.length, 2);
  fc.assert(fc.property(fc.oneof(actText, actSkeleton), (t0) => {
    const t = lf(t0);
    assert.deepEqual(view(ENDINGS.cr(t)), view(t));
  }), { numRuns: 300 });
});

test('mutated seeds and corpus acts with CRLF or CR endings, cut anywhere (also between "\\r" and "\\n")', () => {
  fc.assert(
    fc.property(
      fc.integer({ min: 0, max: fixtures.length - 1 }), fc.constantFrom(...Object.values(ENDINGS)), fc.nat(), fc.nat({ max: 200 }),
      fc.constantFrom(...fragments, ...breaks),
      (doc, to, at, len, insert) => {
        const t = to(fixtures[doc].text);
        const i = at % (t.length + 1);
        checkFeatures(t.slice(0, i));
        checkFeatures(t.slice(0, i) + insert + t.slice(i + len));
      },
    ),
    { numRuns: 60 },
  );
});

// ---------------------------------------------------------------------------------------------
// The CLI

test('actes check --format json on the seeds with CRLF endings: every range inside its line', () => {
  const dir = tempDir('actes-crlf-');
  const texts = new Map<string, string>();
  for (const f of seedFiles()) {
    for (const [name, to] of Object.entries(ENDINGS)) {
      const file = path.join(dir, `${name}-${path.basename(f)}`);
      const text = to(readFileSync(f, 'utf8'));
      writeFileSync(file, text);
      texts.set(file, text);
    }
  }
  const file = path.join(dir, 'reproducteur.acte');
  writeFileSync(file, REPRODUCER);
  texts.set(file, REPRODUCER);
  const r = spawnSync(process.execPath, [BIN, 'check', '--format', 'json', ...texts.keys()], { encoding: 'utf8' });
  assert.ok(r.status === 0 || r.status === 1, r.stderr);
  const out = JSON.parse(r.stdout);
  assert.equal(out.files.length, texts.size);
  let checked = 0;
  for (const f of out.files) {
    const text = texts.get(path.resolve(f.path));
    assert.ok(text !== undefined, f.path);
    checked += protocol(text).all(f, path.basename(f.path));
  }
  assert.ok(checked > 100, `${checked} plages seulement`);
});

test('the agent tools (check_act, parse_act) on CRLF, CR and mixed seeds: every range inside its line', () => {
  let checked = 0;
  for (const f of fixtures.slice(0, 12)) {
    for (const [name, to] of Object.entries(ENDINGS)) {
      const text = to(f.text);
      for (const tool of ['check_act', 'parse_act']) {
        const r = callTool(tool, { text }, toolEnv);
        assert.ok(!r.isError && r.structured, `${tool} : ${r.text}`);
        checked += protocol(text).all(r.structured, `${f.name} (${name}) ${tool}`);
      }
    }
  }
  assert.ok(checked > 300, `${checked} plages seulement`);
});

for (const [ending, foreign] of [['crlf', /\r(?!\n)|(?<!\r)\n/], ['cr', /\n/]] as const) test(`a quick fix on a ${ending.toUpperCase()} act writes its line breaks, and the text around its edits stays byte-identical`, () => {
  let checked = 0;
  for (const f of fixtures) {
    if (!f.text.includes('\n')) continue;
    const text = ENDINGS[ending](f.text);
    const doc = TextDocument.create('file:///x.acte', 'acte', 1, text);
    const whole = { start: { line: 0, character: 0 }, end: { line: doc.lineCount, character: 0 } };
    const fixes = [analyze(text, { catalogue }), analyze(text, { catalogue, profile: COMPLET })].flatMap((a) => quickFixes(a, whole));
    for (const fix of fixes) {
      for (const e of fix.edits) assert.ok(!foreign.test(e.newText), `${f.name} : « ${fix.title} » écrit ${JSON.stringify(e.newText)}`);
      const fixed = TextDocument.applyEdits(doc, fix.edits.map((e) => ({ range: e.range, newText: e.newText })));
      const start = Math.min(...fix.edits.map((e) => doc.offsetAt(e.range.start)));
      const end = Math.max(...fix.edits.map((e) => doc.offsetAt(e.range.end)));
      assert.equal(fixed.slice(0, start), text.slice(0, start), `${f.name} : « ${fix.title} » change le début du texte`);
      assert.equal(fixed.slice(fixed.length - (text.length - end)), text.slice(end), `${f.name} : « ${fix.title} » change la fin du texte`);
      checked++;
    }
  }
  assert.ok(checked > 50, `${checked} correctifs seulement`);
});
