// SIG rules.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { DECISION, DELIB, edit, fired } from './helpers/acts';

test('SIG-001: no signatory, or a quality without a name (error)', () => {
  const none = fired(edit(DECISION, '\n\nLe Maire,\nThierry REPENTIN', ''), 'SIG-001');
  assert.equal(none.length, 1);
  assert.equal(none[0].severity, 'error');
  const noName = fired(edit(DECISION, 'Le Maire,\nThierry REPENTIN', 'Le Maire,'), 'SIG-001');
  assert.equal(noName.length, 1);
  assert.deepEqual(fired(DECISION, 'SIG-001'), []);
});

test('SIG-001: the fix inserts the profile signatory', () => {
  const t = edit(DECISION, '\n\nLe Maire,\nThierry REPENTIN', '');
  const d = fired(t, 'SIG-001', { signatory: { name: 'Thierry REPENTIN', quality: 'Le Maire' } });
  assert.equal(d[0].fixes?.[0].edits[0].newText, '\n\nLe Maire,\n\nThierry REPENTIN');
});

test('SIG-001: a délibération signed by an identified secrétaire de séance is identified', () => {
  const t = edit(DELIB, 'Le Maire,\nJean DUPONT\n\n', '');
  assert.deepEqual(fired(t, 'SIG-001'), []);
});

test('SIG-003: an adjoint signs without mention of delegation', () => {
  const t = edit(DECISION, 'Le Maire,\nThierry REPENTIN', 'L’Adjoint aux finances,\nMarc DURAND');
  assert.equal(fired(t, 'SIG-003').length, 1);
  const ok = edit(DECISION, 'Le Maire,\nThierry REPENTIN', 'Pour le Maire et par délégation,\nL’Adjoint délégué aux finances,\nMarc DURAND');
  assert.deepEqual(fired(ok, 'SIG-003'), []);
  assert.deepEqual(fired(DECISION, 'SIG-003'), []);
});
