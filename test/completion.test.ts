// Completion of visas, article numbers, texts and code names.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import fc from './helpers/fc';
import { InsertTextFormat, type CompletionItem, type TextEdit } from 'vscode-languageserver-types';
import { analyze } from '../server/src/core/service';
import { referenceCompletions } from '../server/src/core/features/completion-references';
import { VISA_SUGGESTIONS } from '../server/src/core/features/visa-suggestions';
import { loadCatalogue } from '../server/src/catalogue/load-node';
import { readSeed } from './helpers/corpus';
import { structureCompletions } from '../server/src/core/features/completion';
import { markdownToPlain, snippetToPlain } from '../server/src/core/features/completion-text';
import { CLIENTS, offeredBy, type ClientName } from './helpers/client-filters';
import { EDITOR_CAPABILITIES, LspClient } from './helpers/lsp';
import type { ClientCapabilities, CompletionList } from 'vscode-languageserver-protocol';

const catalogue = loadCatalogue();

/** Completions where "|" stands in `snippet`, the snippet inserted into `doc` after `after` (or at its end). */
function complete(doc: string, snippet: string, after?: string): { items: CompletionItem[]; text: string; at: number } {
  const found = after === undefined ? doc.length : doc.indexOf(after);
  assert.ok(found >= 0, `« ${after} » absent du document`);
  const cut = after === undefined ? doc.length : found + after.length;
  const caret = snippet.indexOf('|');
  assert.ok(caret >= 0, 'no caret');
  const text = doc.slice(0, cut) + snippet.replace('|', '') + doc.slice(cut);
  const at = cut + caret;
  const a = analyze(text, { catalogue });
  const items = referenceCompletions(a, a.index.positionAt(at), catalogue);
  return { items: [...items].sort((x, y) => (x.sortText ?? '').localeCompare(y.sortText ?? '')), text, at };
}
/** Completions in a document written with "|" for the caret. */
const at = (withCaret: string) => complete('', withCaret);
const edit = (i: CompletionItem) => i.textEdit as TextEdit;

const SEED_A = readSeed(0);
const SEED_B = readSeed(1);

test('seed A (décision du maire): "Vu " on a new line offers L. 2122-22 (with its item) and L. 2122-23 first, then the délibération of delegation', () => {
  const { items } = complete(SEED_A, '\n\nVu |', 'relatives à la dette et les emprunts,');
  assert.ok(items.length > 50);
  const first = edit(items[0]).newText;
  assert.match(first, /^le code général des collectivités territoriales, notamment le \$\{1\|1°,2°,3°,.*,31°\|\} de son article L\. 2122-22 et son article L\. 2122-23 ;$/);
  assert.equal(items[0].insertTextFormat, InsertTextFormat.Snippet);
  assert.match(edit(items[1]).newText, /^la délibération n° \$\{1:numéro\} du \$\{2:date\} portant délégation d’attributions du conseil municipal au maire ;$/);
  // Then the codes, then the texts, each in its normal form with its full title.
  const codes = items.filter((i) => i.sortText!.startsWith('1-')).map((i) => edit(i).newText);
  assert.equal(codes[0], 'le code général des collectivités territoriales ;');
  const texts = items.filter((i) => i.sortText!.startsWith('2-')).map((i) => edit(i).newText);
  assert.ok(texts.includes('la loi n° 2014-58 du 27 janvier 2014 de modernisation de l\'action publique territoriale et d\'affirmation des métropoles ;'));
  assert.ok(texts.includes('le décret n° 2015-1212 du 30 septembre 2015 constatant le périmètre, fixant le siège et désignant le comptable public de la métropole du Grand Paris ;'));
  // The documentation quotes the articles.
  assert.match((items[0].documentation as { value: string }).value, /L\. 2122-22\*\* — Le maire peut, en outre/);
});

test('seed B (bureau de la métropole du Grand Paris): "Vu " offers L. 5211-10 first', () => {
  const { items } = complete(SEED_B, '\n\nVu |', 'Appropriation Métropolitaine »,');
  assert.match(edit(items[0]).newText, /L\. 5211-10/);
  assert.match(edit(items[0]).newText, /L\. 5219-1/, 'the Grand Paris variant first');
  assert.match(edit(items[1]).newText, /notamment son article L\. 5211-10 ;/);
  assert.match(edit(items[2]).newText, /délégation d’attributions du conseil au bureau/);
});

test('other kinds: délibération du conseil municipal, arrêté de police (circulation), arrêté du président', () => {
  const cm = complete('DÉLIBÉRATION DU CONSEIL MUNICIPAL\n\nSéance du 3 mars 2025\n\nLe conseil municipal,\n\n', 'Vu |').items;
  assert.match(edit(cm[0]).newText, /L\. 2121-29/);
  const police = complete('ARRÊTÉ DU MAIRE N° 2025-12\n\nRéglementation temporaire de la circulation et du stationnement rue Haute\n\nLe Maire de Testville,\n\n', 'Vu |');
  assert.match(edit(police.items[0]).newText, /L\. 2212-1, L\. 2212-2 et L\. 2213-1/);
  const president = complete('ARRÊTÉ DU PRÉSIDENT N° 2025-3\n\nLe Président de la communauté de communes,\n\n', 'Vu |').items;
  assert.ok(president.slice(0, 3).some((i) => /L\. 5211-9/.test(edit(i).newText)), president.slice(0, 3).map((i) => i.label).join(' / '));
});

test('typing after "Vu " keeps the range on what was typed; "VU" in capitals and "- Vu**" too', () => {
  const { items, text, at: caret } = complete(SEED_A, '\n\nVU le co|', 'relatives à la dette et les emprunts,');
  const r = edit(items[0]).range;
  const a = analyze(text, { catalogue });
  assert.equal(text.slice(a.index.offsetAt(r.start), a.index.offsetAt(r.end)), 'le co');
  assert.equal(a.index.offsetAt(r.end), caret);
  assert.ok(complete(SEED_B, '\n- Vu** |', 'Appropriation Métropolitaine »,').items.length > 0);
  // Not a visa: "vu" inside a sentence.
  assert.deepEqual(at('Le maire a vu |').items, []);
});

test('"article L. 2122-2" offers L. 2122-22 and L. 2122-23 with their section headings, in normal form', () => {
  const { items, text } = complete(SEED_A, '\n\nVu l’article L. 2122-2|', 'relatives à la dette et les emprunts,');
  const byLabel = new Map(items.map((i) => [i.label, i]));
  for (const n of ['L. 2122-22', 'L. 2122-23']) {
    const i = byLabel.get(n);
    assert.ok(i, n);
    assert.equal(i!.detail, 'Sous-section 2 : Attributions exercées au nom de la commune');
    assert.equal(edit(i!).newText, n);
    assert.match((i!.documentation as { value: string }).value, /Version du 6 décembre 2023/);
  }
  const a = analyze(text, { catalogue });
  const r = edit(items[0]).range;
  assert.equal(text.slice(a.index.offsetAt(r.start), a.index.offsetAt(r.end)), 'L. 2122-2');
  assert.ok(items.every((i) => (i.filterText ?? i.label).startsWith('L. 2122-2')));
});

test('"L.2122-" and "articles R. 2131-" complete in the CGCT; what was typed is completed, not rewritten', () => {
  const dot = complete(SEED_A, '\n\nVu les articles L.2122-|', 'relatives à la dette et les emprunts,').items;
  assert.ok(dot.some((i) => i.label === 'L.2122-22' && edit(i).newText === 'L.2122-22'), dot.slice(0, 3).map((i) => i.label).join(', '));
  const r = complete(SEED_A, '\n\nVu les articles R. 2131-|', 'relatives à la dette et les emprunts,').items;
  assert.ok(r.length > 0 && r.every((i) => i.label.startsWith('R. 2131-')));
  assert.ok(r.some((i) => i.label === 'R. 2131-1'));
});

test('the code in context: named after the number in the same visa, or before it', () => {
  const after = at('Vu l’article L. 211-| du code des relations entre le public et l’administration ;').items;
  assert.ok(after.some((i) => i.label === 'L. 211-2'), after.map((i) => i.label).slice(0, 5).join(', '));
  assert.ok(after.every((i) => i.label.startsWith('L. 211-')));
  const before = at('Vu le code des relations entre le public et l’administration, notamment ses articles L. 211-2 et L. 211-|').items;
  assert.ok(before.some((i) => i.label === 'L. 211-5'));
  // A code held as an indicative copy: its own articles, with their headings and the copy's date.
  const urba = at('Vu l’article L. 213-| du code de l’urbanisme ;').items;
  assert.ok(urba.some((i) => i.label === 'L. 213-3' && /Chapitre III/.test(i.detail ?? '')), urba.map((i) => i.label).slice(0, 5).join(', '));
  assert.ok(urba.every((i) => i.label.startsWith('L. 213-')));
  assert.match(JSON.stringify(urba[0].documentation), /Copie indicative du 3 avril 2026/);
  // A code whose articles we do not hold: nothing rather than the CGCT's.
  assert.deepEqual(at('Vu l’article L. 1311-| du code de la santé publique ;').items, []);
});

test('"loi n°", "décret n°", "ordonnance n°": the texts by number, inserting number, date and title', () => {
  const { items } = complete(SEED_B, '\n\nVu la loi n° 2014-5|', 'Appropriation Métropolitaine »,');
  const maptam = items.find((i) => i.label === 'n° 2014-58');
  assert.ok(maptam);
  assert.equal(edit(maptam!).newText, 'n° 2014-58 du 27 janvier 2014 de modernisation de l\'action publique territoriale et d\'affirmation des métropoles');
  assert.match(maptam!.detail!, /27 janvier 2014 — loi MAPTAM/);
  assert.ok(items.every((i) => i.label.startsWith('n° 2014-5')));
  const decrets = at('Vu le décret n°|').items;
  assert.ok(decrets.length > 5 && decrets.some((i) => i.label === 'n° 2015-1212'));
  assert.ok(decrets.every((i) => edit(i).newText.startsWith('n° ')));
  const ord = at('Vu l’ordonnance n° 2021|').items;
  assert.deepEqual(ord.map((i) => i.label).sort(), ['n° 2021-1310', 'n° 2021-1574']);
});

test('"du code ": the code names, the CGCT first', () => {
  const { items, text } = at('Vu l’article L. 2122-22 du code |');
  assert.equal(items[0].label, 'code général des collectivités territoriales');
  assert.ok(items.some((i) => i.label === 'code de l\'urbanisme'));
  assert.ok(items.every((i) => !/code des communes/.test(i.label)), 'no repealed code');
  const a = analyze(text, { catalogue });
  const r = edit(items[0]).range;
  assert.equal(text.slice(a.index.offsetAt(r.start), a.index.offsetAt(r.end)), 'code ');
});

test('no completion outside references', () => {
  assert.deepEqual(at('La somme de 2|').items, []);
  assert.deepEqual(at('Le L|').items, []);
  assert.deepEqual(complete('', '|').items, []);
});

test('visa suggestions are well-formed data: kinds, labels, snippets with balanced placeholders', () => {
  const ids = new Set<string>();
  for (const s of VISA_SUGGESTIONS) {
    assert.ok(!ids.has(s.id), s.id);
    ids.add(s.id);
    assert.ok(s.kinds.length > 0);
    assert.match(s.insert, / ;$/);
    assert.equal((s.insert.match(/\$\{/g) ?? []).length, (s.insert.match(/\}/g) ?? []).length - (s.insert.match(/\{\{/g) ?? []).length * 2);
    for (const a of s.articles ?? []) assert.ok(catalogue.article(a.code, a.num), `${a.code} ${a.num}`);
  }
});

test('property: completion anywhere never throws, ranges end at the caret and start on its line', () => {
  const docs = [SEED_A, SEED_B].map((t) => analyze(t, { catalogue }));
  fc.assert(
    fc.property(fc.nat(1), fc.nat(), (d, o) => {
      const a = docs[d];
      const pos = a.index.positionAt(o % (a.text.length + 1));
      for (const i of referenceCompletions(a, pos, catalogue)) {
        const r = edit(i).range;
        assert.deepEqual(r.end, pos);
        assert.equal(r.start.line, pos.line);
        assert.ok(r.start.character <= pos.character);
      }
    }),
    { numRuns: 2000 },
  );
});

// ---------------------------------------------------------------------------------------------
// Every client: plain text without snippet support, items that survive the client's own filtering.

test('snippetToPlain: placeholders give their default text, choices their first option, escapes their character', () => {
  assert.equal(snippetToPlain('la délibération n° ${1:numéro} du ${2:date} ;'), 'la délibération n° numéro du date ;');
  assert.equal(snippetToPlain('le ${1|1°,2°,3°|} de son article'), 'le 1° de son article');
  assert.equal(snippetToPlain('${1:a ${2:b}} c$0'), 'a b c');
  assert.equal(snippetToPlain('\\$1 coûte 3 \\} ${TM_FILENAME:nom} $TM_LINE_NUMBER'), '$1 coûte 3 } nom ');
  assert.equal(snippetToPlain('${1|a\\,b,c|}'), 'a,b');
  assert.equal(snippetToPlain('reste ${'), 'reste ${');
});

test('markdownToPlain: emphasis and escapes removed, links spelled out', () => {
  assert.equal(markdownToPlain('**Code général** — *Partie législative* \\* L\\. 2122\\-22 [Légifrance](https://www.legifrance.gouv.fr/x)'),
    'Code général — Partie législative * L. 2122-22 Légifrance (https://www.legifrance.gouv.fr/x)');
});

test('property: snippetToPlain and markdownToPlain take any text, and leave text without markup as it is', () => {
  fc.assert(
    fc.property(fc.string({ unit: fc.constantFrom('$', '{', '}', '|', ',', ':', '\\', '*', '[', ']', '(', ')', '1', 'a', ' ', 'é') }), (s) => {
      assert.equal(typeof snippetToPlain(s), 'string');
      assert.equal(typeof markdownToPlain(s), 'string');
    }),
    { numRuns: 3000 },
  );
  fc.assert(fc.property(fc.string().filter((s) => !/[$\\*[]/.test(s)), (s) => {
    assert.equal(snippetToPlain(s), s);
    assert.equal(markdownToPlain(s), s);
  }));
});

test('without snippet support: plain text, placeholders replaced by their default text, choices by their first option', () => {
  const a = analyze(`${SEED_A.replace('relatives à la dette et les emprunts,', 'relatives à la dette et les emprunts,\n\nVu ')}`, { catalogue });
  const line = a.text.split('\n').findIndex((l) => l === 'Vu ');
  const items = referenceCompletions(a, { line, character: 3 }, catalogue, { snippets: false });
  assert.ok(items.length > 50);
  for (const i of items) {
    assert.equal(i.insertTextFormat, InsertTextFormat.PlainText, i.label);
    assert.doesNotMatch(edit(i).newText, /\$\{|\$\d/, i.label);
  }
  const sorted = [...items].sort((x, y) => x.sortText!.localeCompare(y.sortText!));
  assert.equal(edit(sorted[0]).newText, 'le code général des collectivités territoriales, notamment le 1° de son article L. 2122-22 et son article L. 2122-23 ;');
  assert.equal(edit(sorted[1]).newText, 'la délibération n° numéro du date portant délégation d’attributions du conseil municipal au maire ;');
  // With snippet support the same item is a snippet with the choice of the items of L. 2122-22.
  const snippets = referenceCompletions(a, { line, character: 3 }, catalogue, { snippets: true });
  assert.ok(snippets.some((i) => i.insertTextFormat === InsertTextFormat.Snippet && /\$\{1\|1°,2°/.test(edit(i).newText)));
});

/** Seed A with `typed` on a new line after its last visa, completed in each client's way. */
function inClients(typed: string, options = { snippets: false }) {
  const text = SEED_A.replace('relatives à la dette et les emprunts,', `relatives à la dette et les emprunts,\n\n${typed}`);
  const a = analyze(text, { catalogue });
  const line = a.text.split('\n').indexOf(typed);
  const position = { line, character: typed.length };
  const items = [...structureCompletions(a, position), ...referenceCompletions(a, position, catalogue, options)];
  const starts = new Set(items.map((i) => edit(i).range.start.character));
  assert.ok(starts.size <= 1, `« ${typed} » : les éléments ne remplacent pas tous depuis le même endroit (${[...starts].join(', ')})`);
  return { items, offered: (client: ClientName) => offeredBy(client, typed, typed.length, items) };
}

const SCENARIOS: readonly { typed: string; expect: string }[] = [
  { typed: 'Vu ', expect: 'Vu le code général des collectivités territoriales, notamment le 1° de son article L. 2122-22 et son article L. 2122-23 ;' },
  { typed: 'Vu', expect: 'Vu le code général des collectivités territoriales ;' },
  { typed: 'Vu le c', expect: 'Vu le code général des collectivités territoriales ;' },
  { typed: 'Vu le code général des collectivités t', expect: 'Vu le code général des collectivités territoriales' },
  { typed: 'Vu la d', expect: 'Vu la délibération n° numéro du date portant délégation d’attributions du conseil municipal au maire ;' },
  { typed: 'Vu l’article L. 2122-2', expect: 'Vu l’article L. 2122-22' },
  { typed: 'Vu l’article L. 2122-2', expect: 'Vu l’article L. 2122-21' },
  { typed: 'Vu les articles L.2122-2', expect: 'Vu les articles L.2122-22' },
  { typed: 'Vu l’article L. 2122-22 du code g', expect: 'Vu l’article L. 2122-22 du code général des collectivités territoriales' },
  { typed: 'Vu la loi n° 2014-5', expect: 'Vu la loi n° 2014-58 du 27 janvier 2014 de modernisation de l\'action publique territoriale et d\'affirmation des métropoles' },
  { typed: 'Vu le décret n°2015-1', expect: 'Vu le décret n°2015-1212 du 30 septembre 2015 constatant le périmètre, fixant le siège et désignant le comptable public de la métropole du Grand Paris' },
];

for (const client of CLIENTS) {
  test(`${client}: items survive the client's own filtering after « Vu », « Vu le c », « L. 2122-2 »… and insert what they say`, () => {
    for (const { typed, expect } of SCENARIOS) {
      const offered = inClients(typed).offered(client);
      assert.ok(offered.length > 0, `${client} : rien après « ${typed} »`);
      const lines = offered.map((o) => o.line);
      assert.ok(lines.includes(expect), `${client}, « ${typed} » : « ${expect} » absent de\n${lines.slice(0, 8).join('\n')}`);
      for (const l of lines) {
        // Prefix-filtering clients keep only what completes the typed text; fuzzy ones may show more.
        if (client.startsWith('neovim')) assert.ok(l.startsWith(typed), `${client} : « ${l} » ne prolonge pas « ${typed} »`);
        assert.doesNotMatch(l, /\$\{/);
      }
    }
  });
}

test('with snippets, the text before the first placeholder is still what was typed (« Vu LE c »)', () => {
  const { items, offered } = inClients('Vu LE c', { snippets: true });
  assert.ok(items.some((i) => i.insertTextFormat === InsertTextFormat.Snippet && edit(i).newText.startsWith('LE code général des collectivités territoriales, notamment le ${1|1°')));
  for (const client of CLIENTS) assert.ok(offered(client).length > 0, client);
});

test('the structural items (verb, next article) survive prefix filtering too', () => {
  const a = analyze('ARRÊTÉ DU MAIRE\n\nVu le code général des collectivités territoriales ;\n\nARR', { catalogue });
  const verbs = structureCompletions(a, { line: 4, character: 3 });
  assert.deepEqual(verbs.map((i) => i.label), ['ARRÊTE :']);
  for (const client of CLIENTS) assert.equal(offeredBy(client, 'ARR', 3, verbs)[0]?.line, 'ARRÊTE :', client);
});

describe('completion over the protocol, for a client without snippet support (Neovim 0.7, Eglot without yasnippet)', () => {
  let client: LspClient;
  const NO_SNIPPETS: ClientCapabilities = {
    ...EDITOR_CAPABILITIES,
    textDocument: { ...EDITOR_CAPABILITIES.textDocument, completion: { completionItem: { snippetSupport: false } } },
  };
  before(async () => {
    client = await LspClient.start({ capabilities: NO_SNIPPETS });
  });
  after(() => client?.kill());

  for (const { typed, expect } of SCENARIOS.filter((s, i) => i % 2 === 0 || s.typed.includes('2122'))) {
    test(`« ${typed} »: no snippet, and the items survive every client's filter`, async () => {
      const text = SEED_A.replace('relatives à la dette et les emprunts,', `relatives à la dette et les emprunts,\n\n${typed}`);
      const uri = `file:///tmp/actes-completion-${Buffer.from(typed).toString('hex')}.acte`;
      await client.open(uri, text, 1);
      const line = text.split('\n').indexOf(typed);
      const list = await client.request<CompletionList>('textDocument/completion', { textDocument: { uri }, position: { line, character: typed.length } });
      assert.ok(list.items.length > 0);
      assert.doesNotMatch(JSON.stringify(list.items.map((i) => [i.insertText, edit(i).newText])), /\$\{|\$\d/);
      assert.ok(list.items.every((i) => i.insertTextFormat === InsertTextFormat.PlainText));
      // No Markdown declared for documentation (Eglot 1.9): plain text, no "**".
      for (const i of list.items) {
        const doc = i.documentation as { kind: string; value: string } | undefined;
        if (doc) assert.ok(doc.kind === 'plaintext' && !doc.value.includes('**'), `${i.label} : ${JSON.stringify(doc).slice(0, 120)}`);
      }
      for (const c of CLIENTS) assert.ok(offeredBy(c, typed, typed.length, list.items).some((o) => o.line === expect), `${c} : « ${expect} »`);
      await client.close(uri);
    });
  }

  test('a client that supports snippets still gets them', async () => {
    const snippets = await LspClient.start();
    try {
      const typed = 'Vu ';
      const text = SEED_A.replace('relatives à la dette et les emprunts,', `relatives à la dette et les emprunts,\n\n${typed}`);
      const uri = 'file:///tmp/actes-completion-snippets.acte';
      await snippets.open(uri, text, 1);
      const list = await snippets.request<CompletionList>('textDocument/completion', { textDocument: { uri }, position: { line: text.split('\n').indexOf(typed), character: 3 } });
      assert.ok(list.items.some((i) => i.insertTextFormat === InsertTextFormat.Snippet && /\$\{1\|1°/.test(edit(i).newText)));
      assert.ok(list.items.every((i) => (i.documentation as { kind: string } | undefined)?.kind !== 'plaintext'));
    } finally {
      snippets.kill();
    }
  });
});
