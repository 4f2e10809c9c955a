// TYP rules (information only).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { DECISION, edit, fired } from './helpers/acts';

test('TYP-001: "n°" glued to the number (one finding, fix for every occurrence)', () => {
  const t = edit(edit(DECISION, 'N° DDM-2025-080', 'N°DDM-2025-080'), 'n° DCM-2020-117', 'n°DCM-2020-117');
  const d = fired(t, 'TYP-001');
  assert.equal(d.length, 1);
  assert.equal(d[0].fixes?.[0].edits.length, 2);
  assert.deepEqual(fired(DECISION, 'TYP-001'), []);
});

test('TYP-003: "Tribunal Administratif" in running text', () => {
  const d = fired(edit(DECISION, 'devant le tribunal administratif de Grenoble', 'devant le Tribunal Administratif de Grenoble'), 'TYP-003');
  assert.equal(d[0].fixes?.[0].edits[0].newText, 'tribunal administratif');
  assert.deepEqual(fired(DECISION, 'TYP-003'), []);
});

test('TYP-004: "1 juillet" rather than "1er juillet"', () => {
  const d = fired(edit(DECISION, 'Considérant qu\'il y a lieu', 'Considérant qu\'à compter du 1 juillet 2025 il y a lieu'), 'TYP-004');
  assert.equal(d[0].fixes?.[0].edits[0].newText, 'er');
  assert.deepEqual(fired(DECISION, 'TYP-004'), []);
});

test('TYP-005: capitals without accents (information)', () => {
  const d = fired(edit(DECISION, 'DÉCIDE :', 'DECIDE :'), 'TYP-005');
  assert.equal(d.length, 1);
  assert.equal(d[0].severity, 'information');
  assert.deepEqual(fired(DECISION, 'TYP-005'), []);
});

test('TYP-006: future tense and "et/ou" in the dispositif', () => {
  const t = edit(DECISION, 'Article 3 : Il sera rendu compte', 'Article 3 : La présente décision entrera en vigueur dès sa publication et/ou sa notification. Il sera rendu compte');
  assert.equal(fired(t, 'TYP-006').length, 2);
  assert.deepEqual(fired(DECISION, 'TYP-006'), []);
});
