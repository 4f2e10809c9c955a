// The VS Code language-model tools of client/src/lm-tools.ts, outside VS Code: the module is bundled
// against a stand-in for the `vscode` API. Checks the guard (no tool API: nothing registered, no error),
// the open act used when no text is given, and the French errors. The same tools run for real in the
// extension host suite (test/electron/lm-tools.ts).
import { tempDir } from './helpers/temp';
import { before, test } from 'node:test';
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import path from 'node:path';
import { build } from 'esbuild';

interface Registered { invoke(o: { input: Record<string, unknown> }, token: unknown): Promise<unknown>; prepareInvocation?(o: { input: Record<string, unknown> }): { invocationMessage: string } }
const fake: Record<string, unknown> = { lm: undefined, LanguageModelToolResult: undefined, LanguageModelTextPart: undefined, window: undefined };
let lmTools: { registerLanguageModelTools(context: { subscriptions: unknown[] }, getClient: () => unknown): number };

class Result { constructor(readonly content: unknown[]) {} }
class TextPart { constructor(readonly value: string) {} }

function withToolApi(): Map<string, Registered> {
  const registered = new Map<string, Registered>();
  fake.lm = { registerTool: (name: string, tool: Registered) => (registered.set(name, tool), { dispose() {} }) };
  fake.LanguageModelToolResult = Result;
  fake.LanguageModelTextPart = TextPart;
  return registered;
}
const editor = (languageId: string, text: string) => ({ document: { languageId, getText: () => text } });

before(async () => {
  const out = path.join(tempDir('actes-lm-'), 'lm-tools.js');
  (globalThis as Record<string, unknown>).__actesFakeVscode = fake;
  await build({
    entryPoints: [path.resolve(__dirname, '..', 'client', 'src', 'lm-tools.ts')], outfile: out, bundle: true, platform: 'node', format: 'cjs',
    logLevel: 'warning',
    plugins: [{
      name: 'fake-vscode',
      setup(b) {
        b.onResolve({ filter: /^vscode$/ }, () => ({ path: 'vscode', namespace: 'fake' }));
        b.onLoad({ filter: /.*/, namespace: 'fake' }, () => ({ contents: 'module.exports = globalThis.__actesFakeVscode;', loader: 'js' }));
      },
    }],
  });
  lmTools = createRequire(__filename)(out);
});

test('without vscode.lm.registerTool (VS Code before 1.95), nothing is registered and nothing fails', () => {
  fake.lm = undefined;
  const context = { subscriptions: [] as unknown[] };
  assert.equal(lmTools.registerLanguageModelTools(context, () => undefined), 0);
  assert.equal(context.subscriptions.length, 0);
  fake.lm = {}; // an lm namespace without tools (VS Code 1.90–1.94)
  assert.equal(lmTools.registerLanguageModelTools(context, () => undefined), 0);
});

test('the five tools are registered; without text, check_act sends the open act to the language server', async () => {
  const registered = withToolApi();
  const sent: { method: string; params: { name: string; input: Record<string, unknown> } }[] = [];
  const client = { isRunning: () => true, sendRequest: async (method: string, params: never) => (sent.push({ method, params }), { text: 'Décision du maire — 2 erreurs' }) };
  fake.window = { activeTextEditor: editor('markdown', 'notes'), visibleTextEditors: [editor('markdown', 'notes'), editor('acte', 'DÉCISION DU MAIRE…')] };
  const context = { subscriptions: [] as unknown[] };
  assert.equal(lmTools.registerLanguageModelTools(context, () => client), 5);
  assert.deepEqual([...registered.keys()], ['actes_check_act', 'actes_get_article', 'actes_suggest_visas', 'actes_explain_rule', 'actes_parse_act']);
  assert.equal(context.subscriptions.length, 5);

  const result = (await registered.get('actes_check_act')!.invoke({ input: {} }, null)) as Result;
  assert.deepEqual(sent, [{ method: 'actes/tool', params: { name: 'check_act', input: { text: 'DÉCISION DU MAIRE…' } } }]);
  assert.ok(result instanceof Result);
  assert.equal((result.content[0] as TextPart).value, 'Décision du maire — 2 erreurs');
  // A given text wins over the open act; other tools never read the editor.
  await registered.get('actes_parse_act')!.invoke({ input: { text: 'ARRÊTÉ' } }, null);
  await registered.get('actes_get_article')!.invoke({ input: { code: 'CGCT', article: 'L. 2122-22' } }, null);
  assert.deepEqual(sent.slice(1).map((s) => s.params), [{ name: 'parse_act', input: { text: 'ARRÊTÉ' } }, { name: 'get_article', input: { code: 'CGCT', article: 'L. 2122-22' } }]);
  assert.match(registered.get('actes_get_article')!.prepareInvocation!({ input: { code: 'CGCT', article: 'L. 2122-22' } }).invocationMessage, /^Actes : lecture de l’article L\. 2122-22 \(CGCT\)$/);
});

test('no open act, a stopped server and an error of the tool reach the agent as French errors', async () => {
  const registered = withToolApi();
  let running = true;
  const client = { isRunning: () => running, sendRequest: async () => ({ text: 'Règle inconnue : « ABC-123 ».', isError: true }) };
  fake.window = { activeTextEditor: undefined, visibleTextEditors: [] };
  lmTools.registerLanguageModelTools({ subscriptions: [] }, () => client);
  await assert.rejects(registered.get('actes_check_act')!.invoke({ input: {} }, null), /^Error: Aucun acte ouvert : ouvrez un fichier \.acte/);
  await assert.rejects(registered.get('actes_explain_rule')!.invoke({ input: { id: 'ABC-123' } }, null), /Règle inconnue : « ABC-123 »/);
  running = false;
  await assert.rejects(registered.get('actes_explain_rule')!.invoke({ input: { id: 'SIG-001' } }, null), /Le serveur Actes n’est pas démarré/);
});
