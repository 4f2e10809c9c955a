// Smoke test of the e2e harness itself, with a tiny stand-in extension (test/e2e/tiny-extension) packed into a .vsix
// here: proves that code-server, Chromium and every helper of harness.mjs work on this machine, before (and
// independently of) the real extension. Run: bash scripts/e2e-setup.sh && node --test test/e2e/smoke.test.mjs
import assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import {
  REPO_ROOT, acceptSuggestion, applyQuickFix, createFile, editorLines, hoverAt, openFile, outline, problemCounts,
  problems, startWorkbench, statusBarLanguage, suggestAt, tokenScopesAt, waitFor,
} from './harness.mjs';
import { makeVsix } from './make-vsix.mjs';

const SEED_000 = readdirSync(join(REPO_ROOT, 'test', 'fixtures', 'seeds')).find((f) => f.startsWith('000_'));
const TINY = [
  'DÉCISION DU MAIRE N° 2025-001',
  '',
  'Vu les articles L.2122-22 et L.2122-23 du code général des collectivités territoriales,',
  '',
  'ARTICLE 1er : objet',
  '',
  'Fait à Chambéry, le 2 mai 2025',
  'A_SIGNER',
  '',
].join('\n');

describe('e2e harness smoke test (tiny stand-in extension)', { timeout: 300_000 }, () => {
  let wb; let page; let tmp;

  before(async () => {
    tmp = mkdtempSync(join(tmpdir(), 'actes-e2e-vsix-'));
    const vsix = makeVsix(join(REPO_ROOT, 'test', 'e2e', 'tiny-extension'), join(tmp, 'tiny.vsix'));
    const files = { 'tiny.acte': { content: TINY } };
    if (SEED_000) files['000.acte'] = { from: join(REPO_ROOT, 'test', 'fixtures', 'seeds', SEED_000) };
    wb = await startWorkbench({ vsix, workspaceFiles: files, name: 'smoke' });
    page = wb.page;
  });

  after(async () => {
    await wb?.stop();
    if (tmp) rmSync(tmp, { recursive: true, force: true });
  });

  test('opens a .acte file and the status bar shows the language alias', async () => {
    await openFile(page, 'tiny.acte');
    const lang = await waitFor(page, async () => ((await statusBarLanguage(page)) === 'Acte (e2e)' ? 'Acte (e2e)' : null),
      { what: 'the language "Acte (e2e)" in the status bar' });
    await wb.screenshot('open-tiny');
    assert.equal(lang, 'Acte (e2e)');
    assert.ok((await editorLines(page)).includes('ARTICLE 1er : objet'));
  });

  test('Problems panel lists the diagnostic with its French message and code', async () => {
    const rows = await waitFor(page, async () => {
      const r = await problems(page);
      return r.some((x) => x.includes('TST-001')) ? r : null;
    }, { what: 'TST-001 in the Problems panel' });
    await wb.screenshot('problems');
    assert.ok(rows.some((r) => r.includes("Le signataire n'est pas identifié") && r.includes('TST-001')), JSON.stringify(rows));
    assert.deepEqual(await problemCounts(page), { errors: 1, warnings: 0 });
  });

  test('hover over a legal reference shows its text', { skip: !SEED_000 && 'no seed 000 in test/fixtures/seeds' }, async () => {
    await openFile(page, '000.acte');
    const text = await hoverAt(page, 'L.2122-22', { expect: 'Le maire peut' });
    await wb.screenshot('hover');
    assert.match(text, /Le maire peut, en outre, par délégation du conseil municipal/);
  });

  test('completion after "Vu " on a new line inserts the visa', async () => {
    await openFile(page, 'tiny.acte');
    const rows = await suggestAt(page, 'Vu ', { newLineAtEnd: true, expect: 'le code général' });
    await wb.screenshot('suggest');
    assert.ok(rows.some((r) => r.startsWith('le code général des collectivités territoriales')), JSON.stringify(rows));
    await acceptSuggestion(page, 'le code général des collectivités territoriales');
    const lines = await waitFor(page, async () => {
      const l = await editorLines(page);
      return l.includes('Vu le code général des collectivités territoriales,') ? l : null;
    }, { what: 'the inserted visa line' });
    await wb.screenshot('suggest-accepted');
    assert.ok(lines.includes('Vu le code général des collectivités territoriales,'));
  });

  test('a new file gets the snippet, the grammar highlights it, the Outline lists it', async () => {
    await createFile(page, 'nouvelle.acte');
    assert.equal(await statusBarLanguage(page), 'Acte (e2e)');
    await suggestAt(page, 'deliberation-cm', { expect: 'deliberation-cm' });
    await acceptSuggestion(page, 'deliberation-cm');
    await page.keyboard.press('Escape'); // leave the snippet's placeholders
    const lines = await waitFor(page, async () => {
      const l = await editorLines(page);
      return l.includes('ARTICLE 1er : objet') ? l : null;
    }, { what: 'the snippet text in the editor' });
    assert.equal(lines[0], 'DÉLIBÉRATION DU CONSEIL MUNICIPAL N° 2025-001');
    const scopes = await tokenScopesAt(page, 'ARTICLE 1er');
    assert.ok(scopes.includes('keyword.control.article.acte'), JSON.stringify(scopes));
    const rows = await outline(page, { expect: 'ARTICLE 2' });
    await wb.screenshot('snippet-outline');
    assert.ok(rows.some((r) => r.startsWith('ARTICLE 1er')) && rows.some((r) => r.startsWith('ARTICLE 2')), JSON.stringify(rows));
  });

  test('a quick fix makes the diagnostic disappear', async () => {
    await openFile(page, 'tiny.acte');
    const offered = await applyQuickFix(page, { at: 'A_SIGNER', title: 'Renseigner le signataire' });
    assert.ok(offered.includes('Renseigner le signataire'), JSON.stringify(offered));
    await waitFor(page, async () => !(await problems(page)).some((r) => r.includes('TST-001')),
      { what: 'TST-001 to disappear from the Problems panel' });
    await wb.screenshot('quick-fix');
    assert.ok((await editorLines(page)).includes('Jean DUPONT, Maire'));
    assert.deepEqual(await problemCounts(page), { errors: 0, warnings: 0 });
  });
});
