// The Actes tools for VS Code's chat agents (language-model tools, `#actesVerifier`…): declared in
// package.json (contributes.languageModelTools), registered here, answered by the language server
// through the `actes/tool` request, so the client bundles no domain code. When no text is given,
// check_act and parse_act take the open act. Registration is skipped on VS Code versions without
// `vscode.lm.registerTool` (before 1.95): the rest of the extension works as before.
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';

/** Server tool → contributed tool name ("check_act" → "actes_check_act"). */
export const LM_TOOLS = ['check_act', 'get_article', 'suggest_visas', 'explain_rule', 'parse_act'] as const;
export const lmToolName = (tool: string) => `actes_${tool}`;

/** The tools that read an act: they take the open one when the input holds no text. */
const READS_ACT = new Set<string>(['check_act', 'parse_act']);

// The language-model tool API, typed locally: @types/vscode stays at the engines version (1.91).
interface LmToolApi {
  readonly lm?: { registerTool?(name: string, tool: LmTool): vscode.Disposable };
  readonly LanguageModelToolResult?: new (content: unknown[]) => unknown;
  readonly LanguageModelTextPart?: new (value: string) => unknown;
}
interface LmTool {
  invoke(options: { input: Record<string, unknown> }, token: vscode.CancellationToken): Promise<unknown>;
  prepareInvocation?(options: { input: Record<string, unknown> }): { invocationMessage: string };
}
interface ToolOutcome {
  readonly text: string;
  readonly isError?: boolean;
}

/** The act the tools read when none is given: the active editor's, else a visible one. */
function openAct(): vscode.TextDocument | null {
  const active = vscode.window.activeTextEditor?.document;
  if (active?.languageId === 'acte') return active;
  return vscode.window.visibleTextEditors.find((e) => e.document.languageId === 'acte')?.document ?? null;
}

function progress(tool: string, input: Record<string, unknown>): string {
  switch (tool) {
    case 'check_act':
      return typeof input.text === 'string' ? 'Actes : vérification de l’acte' : 'Actes : vérification de l’acte ouvert';
    case 'get_article':
      return `Actes : lecture de l’article ${String(input.article ?? '')} (${String(input.code ?? '')})`;
    case 'suggest_visas':
      return 'Actes : recherche des visas';
    case 'explain_rule':
      return `Actes : explication de la règle ${String(input.id ?? '')}`;
    default:
      return 'Actes : analyse de l’acte';
  }
}

/** Registers the tools; returns how many (0 when this VS Code has no language-model tool API). */
export function registerLanguageModelTools(context: vscode.ExtensionContext, getClient: () => LanguageClient | undefined): number {
  const api = vscode as unknown as LmToolApi;
  const { LanguageModelToolResult: Result, LanguageModelTextPart: TextPart } = api;
  if (typeof api.lm?.registerTool !== 'function' || !Result || !TextPart) return 0;
  for (const tool of LM_TOOLS) {
    const registration = api.lm.registerTool(lmToolName(tool), {
      prepareInvocation: ({ input }) => ({ invocationMessage: progress(tool, input ?? {}) }),
      async invoke({ input }, token) {
        const args: Record<string, unknown> = { ...(input ?? {}) };
        if (READS_ACT.has(tool) && typeof args.text !== 'string') {
          const doc = openAct();
          if (!doc) throw new Error('Aucun acte ouvert : ouvrez un fichier .acte dans l’éditeur, ou donnez le texte de l’acte (« text »).');
          args.text = doc.getText();
        }
        const client = getClient();
        if (!client?.isRunning()) throw new Error('Le serveur Actes n’est pas démarré : voyez la sortie « Actes ».');
        const outcome = await client.sendRequest<ToolOutcome>('actes/tool', { name: tool, input: args }, token);
        if (outcome.isError) throw new Error(outcome.text);
        return new Result([new TextPart(outcome.text)]);
      },
    });
    context.subscriptions.push(registration);
  }
  return LM_TOOLS.length;
}
