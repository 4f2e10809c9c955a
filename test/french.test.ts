// What Actes writes follows French typography: no-break spaces inside « », a narrow one before : ; ? !
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { analyze } from '../server/src/core/service';
import { loadCatalogue } from '../server/src/catalogue/load-node';
import { quickFixes } from '../server/src/core/features/actions';
import { frenchSpacing } from '../server/src/core/french';
import { SEED_000, SEED_001 } from './helpers/lsp';

test('frenchSpacing puts no-break spaces where French typography wants them, and nothing else', () => {
  assert.equal(frenchSpacing('ajoutez « ARRÊTE : » ; voir ci-dessous ! Vraiment ?'), 'ajoutez «\u00a0ARRÊTE\u202f:\u00a0»\u202f; voir ci-dessous\u202f! Vraiment\u202f?');
  assert.equal(frenchSpacing('https://www.telerecours.fr'), 'https://www.telerecours.fr');
  assert.equal(frenchSpacing('art. L. 2122-22, 4°'), 'art. L. 2122-22, 4°');
});

test('diagnostics and quick-fix titles on the seeds never break a line inside « » or before a colon', () => {
  const catalogue = loadCatalogue();
  for (const file of [SEED_000, SEED_001]) {
    const a = analyze(readFileSync(file, 'utf8'), { catalogue });
    assert.ok(a.diagnostics.length > 0);
    const texts = [...a.diagnostics.map((d) => d.message), ...quickFixes(a, { start: { line: 0, character: 0 }, end: { line: 100000, character: 0 } }).map((f) => f.title)];
    for (const t of texts) {
      assert.doesNotMatch(t, /« |[^\s] »| [:;?!](?:\s|$)/, t);
    }
  }
});

test('populations in messages are grouped as French writes them (« 12 345 », narrow no-break space), as Intl does', async () => {
  const { groupDigits } = await import('../server/src/core/rules/util');
  assert.equal(groupDigits(3500), '3\u202f500');
  assert.equal(groupDigits(12345678), '12\u202f345\u202f678');
  for (const n of [0, 7, 999, 1000, 65432, 2165423, -4200, 123456789012]) assert.equal(groupDigits(n), n.toLocaleString('fr-FR'), String(n));
});

test('messages agree with the kind of act and quote the act’s own words, accents included', () => {
  const closing = 'Fait à Lexy, le 3 mai 2024\nLe Maire,\nJean DUPONT\n';
  const verb = analyze(`ARRÊTÉ N° 2024-1\nLe Maire de Lexy,\nVu le code de la route ;\nDÉCIDE :\nArticle 1er : La circulation est interdite.\n${closing}`).diagnostics.find((d) => d.code === 'STR-001');
  assert.match(verb?.message ?? '', /ne correspond pas à un arrêté du maire/);
  const withdrawal = analyze(`Décision de retrait\nLe Maire de Lexy,\nVu le code de la route ;\nConsidérant que M. Paul MARTIN n’a pas respecté les conditions ;\nDÉCIDE :\nArticle 1er : L’autorisation délivrée à M. Paul MARTIN est retirée.\n${closing}`);
  const mot = withdrawal.diagnostics.find((d) => d.code === 'MOT-002');
  assert.match(mot?.message ?? '', /\(«\s*retirée\s*»\)/);
  // No placeholder where the number of members is unknown.
  const seance = analyze(`Séance du 5 février 2024\nLe conseil municipal,\nVu le code général des collectivités territoriales ;\nDÉCIDE :\nArticle 1er : Le tarif est fixé.\nAdoptée à l’unanimité.\n${closing}`).diagnostics.find((d) => d.code === 'SEA-003');
  assert.ok(seance);
  assert.doesNotMatch(seance.message, /…/);
});
