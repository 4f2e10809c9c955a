// End-to-end tests of the real extension in a real VS Code workbench (code-server + Chromium), through the UI as a
// person would. Run: npm run test:e2e (= bash scripts/e2e-setup.sh && npm run package && node --test e2e.test.mjs api.test.mjs)
//
// The .vsix is ./actes.vsix (or $ACTES_E2E_VSIX). The workspace holds copies of test/fixtures/seeds/*.txt as .acte files.
// Each step saves a screenshot under test-results/e2e/ and fails with a message naming what did not appear (and the
// screenshot of that moment) within a bounded wait. A broken environment fails the run (E2eEnvironmentError says which
// part and how to fix it): it is never reported as a pass, nor as a skip.
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import {
  E2eEnvironmentError, REPO_ROOT, acceptSuggestion, activeTabLabel, applyQuickFix, clickText, clickViewRow, createFile, editorLines, hoverAt, openFile,
  outline, problemCounts, problems, revealText, runCommand, startWorkbench, statusBarLanguage, suggestAt, tokenScopesAt, unicodeHighlights,
  waitFor,
} from './harness.mjs';

const VSIX = process.env.ACTES_E2E_VSIX ?? join(REPO_ROOT, 'actes.vsix');
const SEEDS_DIR = join(REPO_ROOT, 'test', 'fixtures', 'seeds');
const MANIFEST = JSON.parse(readFileSync(join(REPO_ROOT, 'package.json'), 'utf8'));
const ALIAS = MANIFEST.contributes?.languages?.find((l) => l.id === 'acte')?.aliases?.[0] ?? 'Acte';

// What the product promises on seed 000 (test/fixtures/seeds/README.md).
const HOVER_AT = 'L.2122-22';
const HOVER_TEXT = 'Le maire peut, en outre, par délégation du conseil municipal';
const LAST_VISA_OF_000 = 'Vu les délibérations annuelles relatives à la dette';
const PLACE_DATE_OF_000 = 'Fait à Chambéry';
const FRENCH = /\b(le|la|les|de|du|des|est|n’est|n'est|pas|aucun|aucune|manque|manquant)\b/i;

const TIMEOUT = 30_000;

// Correct French typography: apostrophe ’, guillemets « » with U+00A0 inside, U+202F before « ; », and a paragraph
// long enough to need wrapping. VS Code boxes such characters in code; in an acte they must read as plain text.
const TYPO_NEEDLE = 'Considérant l’intérêt';
const TYPO_LINE = 'Considérant l’intérêt qui s’attache à la « fête de la musique » du 21\u00a0juin\u202f; '
  .replace(/« /g, '«\u00a0').replace(/ »/g, '\u00a0»')
  + 'qu’il convient d’en organiser le déroulement dans les rues du centre-ville, d’en assurer la sécurité et la '
  + 'tranquillité publiques, et d’informer les riverains des mesures de circulation et de stationnement prises à '
  + 'cette occasion par l’autorité municipale,';
const TYPO_ACTE = `ARRÊTÉ DU MAIRE N° 2025-042\n\nLe Maire de la Ville de Chambéry,\n\n${TYPO_LINE}\n\nARRÊTE\n\nArticle 1er : objet.\n`; // the language server starts with the first .acte file: allow it time, once

describe('Actes in a real VS Code workbench (code-server + Chromium)', { timeout: 600_000 }, () => {
  let wb; let page; let seed000;

  before(async () => {
    if (!existsSync(VSIX)) {
      throw new E2eEnvironmentError(`the extension package ${VSIX} does not exist`, 'build it: `npm run package`');
    }
    if (!existsSync(SEEDS_DIR)) {
      throw new E2eEnvironmentError(`the seeds folder ${SEEDS_DIR} is missing`, 'the fixtures belong to the repository: restore test/fixtures/seeds (git checkout)');
    }
    const files = {};
    for (const f of readdirSync(SEEDS_DIR).filter((n) => n.endsWith('.txt'))) {
      files[f.replace(/\.txt$/, '.acte')] = { from: join(SEEDS_DIR, f) };
    }
    seed000 = Object.keys(files).find((f) => f.startsWith('000'));
    files['typographie.acte'] = { content: TYPO_ACTE };
    files['controle.js'] = { content: `// control: the same French line in code\n${TYPO_LINE}\n` };
    assert.ok(seed000, `no seed 000 in ${SEEDS_DIR}`);
    wb = await startWorkbench({ vsix: VSIX, workspaceFiles: files, name: 'e2e' });
    page = wb.page;
  });

  after(async () => { await wb?.stop(); });

  test('1. seed 000: SIG-001 and DAT-001 in the Problems panel, in French', async () => {
    await openFile(page, seed000);
    await waitFor(page, async () => (await statusBarLanguage(page)) === ALIAS,
      { what: `the language "${ALIAS}" in the status bar` });
    await waitFor(page, async () => (await problems(page)).length > 0,
      { timeoutMs: TIMEOUT, what: 'diagnostics of seed 000 in the Problems panel' });
    await wb.screenshot('1-problems-seed-000');
    // The panel renders only the rows that fit: filter on each rule id (the filter box matches codes too).
    for (const id of ['SIG-001', 'DAT-001']) {
      const rows = await waitFor(page, async () => {
        const r = await problems(page, { filter: id });
        return r.some((x) => x.includes(id)) ? r : null;
      }, { timeoutMs: TIMEOUT, what: `${id} in the Problems panel` });
      const row = rows.find((x) => x.includes(id));
      assert.match(row, FRENCH, `the ${id} message is not in French: ${row}`);
      await wb.screenshot(`1-problems-${id}`);
    }
    await problems(page, { filter: '' });
  });

  test(`2. hover over "${HOVER_AT}" shows the article's text`, async () => {
    await openFile(page, seed000);
    const text = await hoverAt(page, HOVER_AT, { expect: HOVER_TEXT, timeoutMs: TIMEOUT });
    await wb.screenshot('2-hover-L2122-22');
    assert.ok(text.includes(HOVER_TEXT), text);
  });

  test('3. "Vu " on a new line: accepting a completion inserts the visa', async () => {
    await openFile(page, seed000);
    const rows = await suggestAt(page, 'Vu ', { afterText: LAST_VISA_OF_000, timeoutMs: TIMEOUT });
    await wb.screenshot('3-completion-vu');
    assert.ok(rows.length > 0);
    const before = await editorLines(page);
    const accepted = await acceptSuggestion(page, null);
    const line = await waitFor(page, async () => {
      const now = await editorLines(page);
      return now.find((l, i) => /^Vu \S/.test(l) && l !== before[i] && !before.includes(l));
    }, { what: `a visa line inserted after accepting "${accepted}"` });
    await wb.screenshot('3-completion-accepted');
    assert.ok(line.length > 'Vu '.length + 10, `the inserted visa is too short: "${line}"`);
    await page.keyboard.press('Escape'); // a visa may be a snippet with choices: leave it
    await page.keyboard.press('Escape');
  });

  test('4. a new .acte file: the "deliberation-cm" snippet, highlighted by the grammar, listed in the Outline', async () => {
    await createFile(page, 'nouvelle-deliberation.acte');
    await waitFor(page, async () => (await statusBarLanguage(page)) === ALIAS,
      { what: `the language "${ALIAS}" for the new file` });
    await suggestAt(page, 'deliberation-cm', { expect: 'deliberation-cm', timeoutMs: TIMEOUT });
    await acceptSuggestion(page, 'deliberation-cm');
    await page.keyboard.press('Escape'); // leave the snippet's placeholders
    // The skeleton is longer than the editor is tall: the Find widget brings its first article into view.
    await revealText(page, 'Article 1er');
    const scopes = await tokenScopesAt(page, 'Article 1er');
    assert.ok(scopes.some((s) => s.endsWith('.acte') && s !== 'source.acte'),
      `"Article 1er" is not highlighted by the acte grammar: scopes ${JSON.stringify(scopes)}`);
    const rows = await outline(page, { timeoutMs: TIMEOUT });
    await wb.screenshot('4-snippet-outline');
    assert.ok(rows.length >= 3, `the Outline lists too little: ${JSON.stringify(rows)}`);
  });

  test('5. a quick fix makes its diagnostic disappear (DAT-001 on seed 000)', async () => {
    await openFile(page, seed000);
    await waitFor(page, async () => (await problems(page, { filter: 'DAT-001' })).some((r) => r.includes('DAT-001')),
      { timeoutMs: TIMEOUT, what: 'DAT-001 in the Problems panel' });
    const errorsBefore = (await problemCounts(page)).errors;
    const offered = await applyQuickFix(page, { at: PLACE_DATE_OF_000, title: /^Dater/, timeoutMs: TIMEOUT });
    assert.ok(offered.length > 0);
    // Filtered on DAT-001, so that a row scrolled out of view cannot pass for a row that disappeared.
    await waitFor(page, async () => (await problems(page, { filter: 'DAT-001' })).length === 0,
      { timeoutMs: TIMEOUT, what: 'DAT-001 to disappear from the Problems panel after the quick fix' });
    await wb.screenshot('5-quick-fix');
    assert.equal((await problemCounts(page)).errors, errorsBefore - 1, 'the error count did not drop by one');
    await problems(page, { filter: '' });
    assert.ok((await editorLines(page)).some((l) => /^Fait à Chambéry, le \d/.test(l)), 'the date was not inserted');
  });

  test('6. French typography (’ « » U+00A0 U+202F) is not boxed in an acte, and long paragraphs wrap', async () => {
    await openFile(page, 'typographie.acte');
    await waitFor(page, async () => (await statusBarLanguage(page)) === ALIAS, { what: `the language "${ALIAS}" for typographie.acte` });
    await waitFor(page, async () => (await unicodeHighlights(page, TYPO_NEEDLE)) !== null,
      { what: 'the French paragraph in the editor of typographie.acte' });
    // Control: in code VS Code boxes these characters, and the query sees the boxes (it is not blind).
    await openFile(page, 'controle.js');
    const boxed = await waitFor(page, async () => (await unicodeHighlights(page, TYPO_NEEDLE)) || null,
      { timeoutMs: TIMEOUT, what: 'unicode-highlight boxes on the French line of controle.js (VS Code\'s behaviour in code)' });
    await wb.screenshot('6-typographie-controle-js');
    assert.ok(boxed > 0);
    // Back to the acte, open since before the control was computed: no box at all on the same text.
    await openFile(page, 'typographie.acte');
    await waitFor(page, async () => (await unicodeHighlights(page, TYPO_NEEDLE)) !== null,
      { what: 'the French paragraph in the editor of typographie.acte, again' });
    await wb.screenshot('6-typographie-acte');
    assert.equal(await unicodeHighlights(page, TYPO_NEEDLE), 0, 'French typography is boxed as ambiguous or invisible in an acte');
    const overflow = await page.evaluate(() => {
      const editor = document.querySelector('.part.editor .editor-group-container.active .editor-instance .monaco-editor .view-lines');
      const right = editor.parentElement.getBoundingClientRect().right;
      return Math.max(0, ...[...editor.querySelectorAll('.view-line span span')].map((e) => e.getBoundingClientRect().right - right));
    });
    assert.ok(overflow <= 1, `the paragraph runs ${Math.round(overflow)} px off the editor: no word wrap`);
  });

  test('7. the view « Registre des actes » lists the acts by kind and year and opens one', async () => {
    await runCommand(page, ['Explorer: Focus on Register of acts View', 'Focus on Register of acts View', 'Explorer: Focus on Registre des actes View']);
    const pane = page.locator('.pane').filter({ has: page.locator('.pane-header', { hasText: /register of acts|registre des actes/i }) });
    await waitFor(page, async () => /DDM-2025-075/.test(await pane.innerText().catch(() => '')),
      { timeoutMs: TIMEOUT, what: 'seed 000 (DDM-2025-075) in the view « Registre des actes »' });
    await wb.screenshot('7-registre-des-actes');
    const text = await pane.innerText();
    assert.match(text, /Décision du maire/, 'the acts are grouped by kind');
    assert.match(text, /\b2025\b/, 'and by year');
    await clickViewRow(page, /register of acts|registre des actes/i, 'DDM-2025-075');
    await waitFor(page, async () => (await activeTabLabel(page))?.startsWith(seed000),
      { timeoutMs: TIMEOUT, what: `a click on DDM-2025-075 in the view to open ${seed000}` });
  });

  test('8. « Actes : Aperçu » shows the act beside the editor, laid out as its PDF, and follows the text as it is typed', async () => {
    await openFile(page, seed000);
    await runCommand(page, ['Actes: Preview', 'Actes: Aperçu']);
    // The webview: an iframe holding the page's frame; the page is the server's (actes/apercu).
    const sheet = page.frameLocator('iframe.webview.ready').frameLocator('#active-frame');
    await waitFor(page, async () => /DDM-2025-075/.test(await sheet.locator('h1').first().innerText({ timeout: 1000 }).catch(() => '')),
      { timeoutMs: TIMEOUT, what: 'the preview of seed 000 (its title « … n° DDM-2025-075 ») in a webview' });
    assert.match(await sheet.locator('.parapheur').first().innerText(), /#signature#/);
    assert.equal(await page.locator('.part.editor .editor-group-container').count(), 2, 'the preview opens beside the editor');
    await wb.screenshot('8-apercu');
    // Typing in the act updates the preview (debounced): a new visa appears on the sheet.
    // Before the verb (a short line: Home is its start even with word wrap), a visa and a blank line.
    await clickText(page, 'DECIDE');
    await page.keyboard.press('Home');
    await page.keyboard.type('Vu la loi du 1er juillet 1901 ;');
    await page.keyboard.press('Escape');
    await page.keyboard.press('Enter');
    await page.keyboard.press('Enter');
    await waitFor(page, async () => /loi du 1er juillet 1901/.test(await sheet.locator('main').first().innerText({ timeout: 1000 }).catch(() => '')),
      { timeoutMs: TIMEOUT, what: 'the typed visa in the preview' });
    await wb.screenshot('8-apercu-apres-saisie');
  });

  test('9. « Actes : Exporter… »: the format, then the folder; the @ctes files of seed 000 are written there and named', async () => {
    const outDir = join(wb.dirs.workspace, 'envoi');
    mkdirSync(outDir, { recursive: true });
    // A folder in it: the dialog (which lists folders only) shows it once it shows « envoi », not the one it opened on.
    mkdirSync(join(outDir, 'archives'), { recursive: true });
    await openFile(page, seed000);
    await runCommand(page, ['Actes: Export…', 'Actes: Exporter…']);
    const QUICK = '.quick-input-widget';
    const rows = () => page.$$eval(`${QUICK} .quick-input-list .monaco-list-row`, (els) => els.filter((e) => e.offsetParent !== null).map((e) => e.innerText));
    await waitFor(page, async () => (await rows()).some((r) => /@ctes/.test(r)), { timeoutMs: TIMEOUT, what: 'the formats of « Exporter… » in a QuickPick' });
    await wb.screenshot('9-exporter-format');
    await page.locator(`${QUICK} .quick-input-list .monaco-list-row`, { hasText: '@ctes' }).first().click();
    // The folder: VS Code's own dialog (in code-server, a quick input holding a path, with the « Exporter ici » button).
    const input = `${QUICK} .quick-input-box input`;
    // Opened on the workspace folder (its path typed in, its folder « envoi » listed): only then is a path typed over.
    await waitFor(page, async () => (await page.inputValue(input).catch(() => '')) === `${wb.dirs.workspace}/` && (await rows()).some((r) => /^envoi/.test(r)),
      { timeoutMs: TIMEOUT, what: 'the folder dialog, open on the workspace folder' });
    await page.fill(input, `${outDir}/`);
    await waitFor(page, async () => (await page.inputValue(input)) === `${outDir}/` && (await rows()).some((r) => /^archives/.test(r)),
      { timeoutMs: TIMEOUT, what: 'the dialog showing the folder « envoi » (its folder « archives »)' });
    await page.locator(`${QUICK} .monaco-button`, { hasText: 'Exporter ici' }).first().click();
    const toast = page.locator('.notifications-toasts .notification-toast', { hasText: 'DDM-2025-075.xml' });
    await waitFor(page, () => toast.first().isVisible(), { timeoutMs: TIMEOUT, what: 'the message naming the files written' });
    await wb.screenshot('9-exporter-message');
    // In French typography: no-break spaces inside « », a narrow one before « : ».
    assert.match(await toast.first().innerText(), /2 fichiers écrits dans «\u00a0.*envoi\u00a0»\u202f: DDM-2025-075\.xml, DDM-2025-075\.json/);
    assert.match(await toast.first().innerText(), /Ouvrir le dossier/);
    assert.match(readFileSync(join(outDir, 'DDM-2025-075.xml'), 'latin1'), /actes:NumeroInterne="DDM-2025-075"/);
  });
});
