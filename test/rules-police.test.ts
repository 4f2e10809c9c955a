// POL rules.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ARRETE, edit, fired } from './helpers/acts';

test('POL-001: a police arrêté without the police visas (fix adds them)', () => {
  const t = edit(ARRETE, /Vu le code de la route ;\n\nVu le code général[^\n]*\n\n/, '');
  const d = fired(t, 'POL-001');
  assert.equal(d.length, 1);
  assert.match(d[0].fixes?.[0].edits[0].newText ?? '', /L\. 2212-1, L\. 2212-2 et L\. 2213-1/);
  assert.deepEqual(fired(ARRETE, 'POL-001'), []);
  // A special-police code is enough.
  assert.deepEqual(fired(edit(ARRETE, /\n\nVu le code général[^\n]*/, ''), 'POL-001'), []);
});
