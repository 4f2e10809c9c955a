// What issue 5 expects on the two seeds ("Done when"), including the mutations it names.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { diagnostics, edit, fired } from './helpers/acts';
import { readSeed } from './helpers/corpus';

test('seed 000: SIG-001 and DAT-001 errors, VIS-002 (and VIS-006) warnings; no REC-002, no PUB-009', () => {
  const d = diagnostics(readSeed(0));
  const sev = (id: string) => d.filter((x) => x.code === id).map((x) => x.severity);
  assert.deepEqual(sev('SIG-001'), ['error']);
  assert.deepEqual(sev('DAT-001'), ['error']);
  assert.deepEqual(sev('VIS-002'), ['warning']);
  assert.ok(sev('VIS-006').includes('warning'));
  assert.deepEqual(sev('REC-002'), []);
  assert.deepEqual(sev('PUB-009'), []);
});

test('seed 001: SEA-003 and the missing visas of L. 5211-10 and of the délégation to the bureau; none of SIG-001, DAT-001, SEA-001, REC-001, REC-002, DAT-003', () => {
  const d = diagnostics(readSeed(1));
  assert.deepEqual(d.filter((x) => x.code === 'SEA-003').map((x) => x.severity), ['warning']);
  const epci = d.filter((x) => x.code === 'EPCI-004');
  assert.ok(epci.some((x) => /L\. 5211-10/.test(x.message)));
  assert.ok(epci.some((x) => /délègue au bureau/.test(x.message)));
  for (const id of ['SIG-001', 'DAT-001', 'SEA-001', 'REC-001', 'REC-002', 'DAT-003']) assert.deepEqual(d.filter((x) => x.code === id), [], id);
});

test('done when: Lyon in seed 000 raises REC-002', () => {
  assert.equal(fired(edit(readSeed(0), 'Tribunal Administratif de Grenoble', 'Tribunal Administratif de Lyon'), 'REC-002').length, 1);
});

test('done when: seed 001 convened on 22 June raises SEA-001', () => {
  assert.equal(fired(edit(readSeed(1), 'DATE DE LA CONVOCATION : 18 juin 2025', 'DATE DE LA CONVOCATION : 22 juin 2025'), 'SEA-001').length, 1);
});

test('done when: an identifier whose date differs from the act raises PUB-009', () => {
  assert.equal(fired(edit(readSeed(0), '-20250417-lmc1H33587H1-AR', '-20250418-lmc1H33587H1-AR'), 'PUB-009').length, 1);
});

test('done when: pour + contre + abstentions above the votants raises SEA-005', () => {
  const t = edit(edit(readSeed(1), 'NOMBRE DE CONSEILLERS EN EXERCICE : 43', 'NOMBRE DE CONSEILLERS EN EXERCICE : 43\nNOMBRE DE PRÉSENTS : 30\nNOMBRE DE VOTANTS : 10'),
    "ADOpte À L'UNANIMITÉ DES SUFFRAGES EXPRIMÉS", 'ADOPTÉ — POUR : 8, CONTRE : 2, ABSTENTIONS : 3');
  assert.ok(fired(t, 'SEA-005').some((d) => d.severity === 'warning' && /votants/.test(d.message)));
});
