// The agent tools behind the language server: the custom request `actes/tool`, which the VS Code
// client's language-model tools send (client/src/lm-tools.ts). The server already holds the
// catalogue and the workspace profile (settings and actes.json), so the client bundles no core.
import type { Connection } from 'vscode-languageserver/node';
import { callTool, type ToolEnv, type ToolOutcome } from './tools';

export const TOOL_REQUEST = 'actes/tool';

export interface ToolRequestParams {
  /** check_act, get_article, suggest_visas, explain_rule, parse_act */
  readonly name: string;
  readonly input: unknown;
}

/** Answers `actes/tool` with a ToolOutcome (French text, structured result, isError); never fails. */
export function registerToolRequest(connection: Connection, env: () => Promise<ToolEnv>): void {
  connection.onRequest(TOOL_REQUEST, async (params: ToolRequestParams): Promise<ToolOutcome> => {
    try {
      return callTool(String(params?.name ?? ''), params?.input, await env());
    } catch (e) {
      return { text: `Erreur interne d’Actes : ${(e as Error).message}`, isError: true };
    }
  });
}
