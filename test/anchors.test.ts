// The anchors of a pattern (server/src/core/anchors.ts): words every match holds, so that a reader skips a pattern
// whose anchors are all absent from the text after an edit. An anchor that a match may lack would hide a finding: the
// property tests below hold that every match holds one, on generated patterns and on every pattern the readers run
// over the corpus.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import fc from './helpers/fc';
import { anchorsOf, anchorsOfSource } from '../server/src/core/anchors';
import { analyze } from '../server/src/core/service';
import { TextIndex, commonPrefix, commonSuffix, fold, refold } from '../server/src/core/text';
import { corpusFiles, seedFiles } from './helpers/corpus';

test('a pattern’s anchors: the words of each alternative, the longest run of letters, nothing from optional parts or lookarounds', () => {
  assert.deepEqual(anchorsOfSource(String.raw`voies?\s+et\s+delais?\s+de\s+recours|recours\s+gracieux`), ['recours', 'gracieux']);
  assert.deepEqual(anchorsOfSource(String.raw`\bentrera\s+en\s+vigueur\b`), ['entrera']);
  // (Optional or repeated zero times: not required; a lookahead matches nothing of the match.)
  assert.deepEqual(anchorsOfSource(String.raw`(?:tres\s+)?urgent(?=\s+mesure)`), ['urgent']);
  assert.deepEqual(anchorsOfSource(String.raw`(?<!non\s)opposition|s'oppose`), ["s'oppose", 'opposition']);
  // Escapes that stand for a character join the run: « l. 2122-22 ».
  assert.deepEqual(anchorsOfSource(String.raw`\bl\.\s*2122-22\b`), ['2122-22']);
  assert.deepEqual(anchorsOfSource(String.raw`\u00e9lu`), ['élu']);
  // An alternative without a word of its own, a character class alone, a backreference, an unbalanced group: none.
  assert.equal(anchorsOfSource(String.raw`recours|\d+\s*[a-z]+`), null);
  assert.equal(anchorsOfSource(String.raw`[a-z]+`), null);
  assert.equal(anchorsOfSource(String.raw`(ab)c\1`), null);
  assert.equal(anchorsOfSource(String.raw`abc)`), null);
  assert.equal(anchorsOfSource(String.raw`x*`), null);
  // A flag « i » changes what a word matches: none.
  assert.equal(anchorsOf(/recours/i), null);
  // With « u », a character beyond the BMP is one atom, optional whole under « ? »: none.
  assert.equal(anchorsOf(/x😀?y/u), null);
  assert.equal(anchorsOf(/ab\ud83d\ude00*cd/u), null);
  assert.deepEqual(anchorsOf(/x😀?y/), ['x\ud83d']);
  assert.deepEqual(anchorsOf(/recours/), ['recours']);
});

/** A random pattern over a small alphabet, with every construct the reader knows (and some it gives up on). */
function alternation(depth: number): fc.Arbitrary<string> {
  const letters = fc.constantFrom('a', 'b', 'c', ' ', '\\.', '\\-', '\\u0061', '\\x62');
  const others = fc.constantFrom('[ab]', '[^a]', '.', '\\s', '\\w', '\\d', '\\b', '^', '$', '[]', '[^]');
  const inner = depth > 0 ? alternation(depth - 1) : null;
  const atom = inner === null
    ? fc.oneof({ weight: 14, arbitrary: letters }, { weight: 2, arbitrary: others })
    : fc.oneof(
      { weight: 14, arbitrary: letters },
      { weight: 2, arbitrary: others },
      { weight: 2, arbitrary: inner.map((a) => `(?:${a})`) },
      { weight: 1, arbitrary: inner.map((a) => `(${a})`) },
      { weight: 1, arbitrary: inner.map((a) => `(?=${a})`) },
      { weight: 1, arbitrary: inner.map((a) => `(?!${a})`) },
      { weight: 1, arbitrary: inner.map((a) => `(?<=${a})`) },
      { weight: 1, arbitrary: inner.map((a) => `(?<n>${a})`) },
    );
  const quantifier = fc.oneof({ weight: 12, arbitrary: fc.constant('') }, { weight: 8, arbitrary: fc.constantFrom('?', '*', '+', '{2}', '{0,2}', '{1,}', '+?', '??') });
  const term = fc.tuple(atom, quantifier).map(([a, q]) => a + q);
  const sequence = fc.array(term, { minLength: 0, maxLength: 8 }).map((ts) => ts.join(''));
  return fc.array(sequence, { minLength: 1, maxLength: 3 }).map((ss) => ss.join('|'));
}
const pattern = alternation(2);

test('every match of a generated pattern holds one of its anchors', () => {
  const text = fc.array(fc.constantFrom('a', 'b', 'c', ' ', '.', '-', '1', '\n'), { maxLength: 40 }).map((cs) => cs.join(''));
  let anchored = 0;
  fc.assert(
    fc.property(pattern, fc.array(text, { minLength: 1, maxLength: 8 }), (source, samples) => {
      let re: RegExp;
      try {
        re = new RegExp(source, 'g');
      } catch {
        return; // not a pattern JavaScript accepts
      }
      const anchors = anchorsOfSource(source);
      if (anchors === null) return;
      anchored++;
      for (const s of samples) {
        for (const m of s.matchAll(re)) {
          if (m[0] === '' && anchors.length) assert.fail(`${source}: empty match, anchors ${JSON.stringify(anchors)}`);
          assert.ok(anchors.some((w) => m[0].includes(w)), `${source} matched ${JSON.stringify(m[0])} without ${JSON.stringify(anchors)}`);
        }
      }
    }),
    { numRuns: 6000 },
  );
  assert.ok(anchored > 200, `only ${anchored} generated patterns had anchors`);
});

test('every match the readers find in the seeds and the corpus holds one of its pattern’s anchors', () => {
  const exec = RegExp.prototype.exec;
  const bad: string[] = [];
  let checked = 0;
  let inside = false;
  RegExp.prototype.exec = function (this: RegExp, s: string) {
    const m = exec.call(this, s);
    if (m && !inside) {
      inside = true;
      const anchors = anchorsOf(this);
      if (anchors) {
        checked++;
        if (!anchors.some((w) => m[0].includes(w))) bad.push(`${this.source.slice(0, 80)} → ${JSON.stringify(m[0].slice(0, 60))}`);
      }
      inside = false;
    }
    return m;
  };
  try {
    for (const f of [...seedFiles(), ...corpusFiles()]) analyze(readFileSync(f, 'utf8'));
  } finally {
    RegExp.prototype.exec = exec;
  }
  assert.deepEqual(bad, []);
  assert.ok(checked > 1000, `only ${checked} matches checked`);
});

test('TextIndex.mayMatch: false only where the pattern finds nothing, in every version of an edited text', () => {
  const patterns = [/voies\s+et\s+delais\s+de\s+recours|recours\s+gracieux/, /\bnotifie(?:e)?\s+a\b/, /publie(?:e)?\s+le\s+\d/, /ab+c|ca/];
  const chars = fc.constantFrom('a', 'b', 'c', ' ', '\n', 'é', 'recours ', 'gracieux ', 'notifiée à ', 'publié le 3 ', 'voies et délais de ');
  const str = (max: number) => fc.array(chars, { maxLength: max }).map((cs) => cs.join(''));
  const change = fc.record({ at: fc.nat(), remove: fc.nat({ max: 12 }), piece: str(3) });
  let skipped = 0;
  fc.assert(
    fc.property(str(30), fc.array(change, { minLength: 1, maxLength: 8 }), (start, changes) => {
      let text = start;
      let index = new TextIndex(text);
      let folded = fold(text);
      index.folded = folded;
      for (const c of changes) {
        const at = c.at % (text.length + 1);
        const next = text.slice(0, at) + c.piece + text.slice(Math.min(text.length, at + c.remove));
        const prefix = commonPrefix(text, next);
        const suffix = commonSuffix(text, next, Math.min(text.length, next.length) - prefix);
        folded = refold(text, folded, next, prefix, suffix);
        index = TextIndex.edited(index, next, prefix, suffix);
        index.folded = folded;
        text = next;
        for (const re of patterns) {
          if (index.mayMatch('folded', folded, re)) continue;
          skipped++;
          assert.equal(re.exec(folded), null, `${re.source} in ${JSON.stringify(folded)}`);
        }
      }
    }),
    { numRuns: 400 },
  );
  assert.ok(skipped > 100, `only ${skipped} patterns skipped`);
  // A string of the same length that is not the text's folded copy is searched as it is, never answered from the
  // previous version's.
  const first = new TextIndex('xyz qq');
  first.folded = fold('xyz qq');
  assert.equal(first.mayMatch('folded', first.folded, /abc/), true); // (a first reading of a short text: not asked)
  first.firstIndexOf('folded', first.folded, 'abc');
  const next = TextIndex.edited(first, 'xyz qr', 5, 0);
  next.folded = fold('xyz qr');
  assert.equal(next.mayMatch('folded', next.folded, /abc/), false);
  assert.equal(next.mayMatch('folded', 'abc qr', /abc/), true);
  assert.equal(next.firstIndexOf('folded', 'abc qr', 'abc'), 0);
});
