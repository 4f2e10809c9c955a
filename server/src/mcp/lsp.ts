// The agent tools behind the language server: the custom request `actes/tool`, which the VS Code
// client's language-model tools send (client/src/lm-tools.ts). The server already holds the
// catalogue and the workspace profile (settings and actes.json), so the client bundles no core.
// The tools (and zod, which validates their input) are loaded at the first call: in the bundle,
// `./tools` is the side file dist/server-tools.js (scripts/build.mjs), so the server starts without them.
import type { Connection } from 'vscode-languageserver/node';
import type { ToolEnv, ToolOutcome } from './tools';

export const TOOL_REQUEST = 'actes/tool';

export interface ToolRequestParams {
  /** check_act, get_article, suggest_visas, explain_rule, parse_act */
  readonly name: string;
  readonly input: unknown;
}

let tools: typeof import('./tools') | null = null;
function loadTools(): typeof import('./tools') {
  // A plain require, kept lazy: esbuild maps it to dist/server-tools.js for the server bundle.
  tools ??= require('./tools') as typeof import('./tools');
  return tools;
}

/** Answers `actes/tool` with a ToolOutcome (French text, structured result, isError); never fails. */
export function registerToolRequest(connection: Connection, env: () => Promise<ToolEnv>): void {
  connection.onRequest(TOOL_REQUEST, async (params: ToolRequestParams): Promise<ToolOutcome> => {
    try {
      const environment = await env();
      return loadTools().callTool(String(params?.name ?? ''), params?.input, environment);
    } catch (e) {
      return { text: `Erreur interne d’Actes : ${(e as Error).message}`, isError: true };
    }
  });
}
