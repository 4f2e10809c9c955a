// The Actes language-model tools inside VS Code (extension host): they are registered, and
// `vscode.lm.invokeTool` runs them as a chat agent would, on the open act when no text is given.
// Called from ./index.ts. On a VS Code without the tool API (before 1.95) the checks say so and pass:
// the extension must still activate there, which the other checks prove.
import * as vscode from 'vscode';
import assert from 'node:assert/strict';
import path from 'node:path';

// The tool API, typed locally: @types/vscode follows engines.vscode (1.91), which predates it.
interface LmApi {
  readonly lm?: {
    readonly tools?: readonly { readonly name: string; readonly inputSchema?: object }[];
    invokeTool?(name: string, options: { input: object; toolInvocationToken: undefined }, token?: vscode.CancellationToken): Thenable<{ content: unknown[] }>;
  };
}

const TOOLS = ['actes_check_act', 'actes_get_article', 'actes_suggest_visas', 'actes_explain_rule', 'actes_parse_act'];

function api(): Required<NonNullable<LmApi['lm']>> | null {
  const lm = (vscode as unknown as LmApi).lm;
  return lm?.tools && typeof lm.invokeTool === 'function' ? (lm as Required<NonNullable<LmApi['lm']>>) : null;
}

async function invoke(name: string, input: object): Promise<string> {
  const lm = api()!;
  const result = await lm.invokeTool(name, { input, toolInvocationToken: undefined });
  return result.content.map((p) => String((p as { value?: unknown }).value ?? '')).join('\n');
}

/** The checks, in the `[name, check]` form of ./index.ts. */
export function lmToolChecks(seeds: string): [string, () => Promise<void>][] {
  /** True (and said) when this VS Code has no tool API: the check has nothing to verify. */
  const unavailable = () => {
    if (api()) return false;
    console.log(`    (VS Code ${vscode.version} n’a pas l’API des outils de modèle de langage : vérification sans objet)`);
    return true;
  };
  return [
    ['outils de modèle de langage : les cinq outils Actes sont enregistrés', async () => {
      if (unavailable()) return;
      const names = api()!.tools.map((t) => t.name);
      for (const t of TOOLS) assert.ok(names.includes(t), `${t} absent de vscode.lm.tools`);
    }],
    ['#actesVerifier sans texte vérifie l’acte ouvert (seed 000 : SIG-001 et DAT-001)', async () => {
      if (unavailable()) return;
      const doc = await vscode.workspace.openTextDocument(vscode.Uri.file(path.join(seeds, '000_394f327773c6203e.txt')));
      await vscode.window.showTextDocument(await vscode.languages.setTextDocumentLanguage(doc, 'acte'));
      const text = await invoke('actes_check_act', {});
      assert.match(text, /^Décision du maire n° DDM-2025-075/);
      assert.match(text, /erreur SIG-001 : .*Source : CRPA, art\. L\. 212-1/);
      assert.match(text, /erreur DAT-001 : /);
    }],
    ['#actesArticle donne le texte de CGCT L. 2122-22', async () => {
      if (unavailable()) return;
      const text = await invoke('actes_get_article', { code: 'code général des collectivités territoriales', article: 'L2122-22' });
      assert.match(text, /^Code général des collectivités territoriales, article L\. 2122-22/);
      assert.match(text, /Le maire peut, en outre, par délégation du conseil municipal/);
    }],
    ['#actesVisas propose L. 2122-22 pour une décision du maire', async () => {
      if (unavailable()) return;
      assert.match(await invoke('actes_suggest_visas', { kind: 'decision-maire' }), /notamment le \[N°\] de son article L\. 2122-22/);
    }],
    ['#actesRegle et #actesStructure répondent ; une règle inconnue est une erreur en français', async () => {
      if (unavailable()) return;
      assert.match(await invoke('actes_explain_rule', { id: 'SIG-001' }), /^SIG-001 — /);
      assert.match(await invoke('actes_parse_act', { text: 'DÉCISION DU MAIRE N° 2025-1\n\nVu le code général des collectivités territoriales ;\n\nDÉCIDE :\n\nArticle 1er : x.' }), /"kind": "decision-maire"/);
      await assert.rejects(invoke('actes_explain_rule', { id: 'ABC-123' }), /Règle inconnue : « ABC-123 »/);
    }],
  ];
}
