// Entry point of `actes-mcp` (dist/mcp.js): the agent tools of ./tools.ts as an MCP server over
// stdio. Loads the bundled catalogue once; reads the collectivité's profile from ./actes.json (the
// client's working directory) at each check, as `actes check` does. No network, no telemetry.
//
// The low-level `Server` is used rather than `McpServer` so that a bad input gets a French error
// result from our own zod validation (McpServer answers with its own English message).
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { Server } from '@modelcontextprotocol/sdk/server/index.js';
import { StdioServerTransport } from '@modelcontextprotocol/sdk/server/stdio.js';
import { CallToolRequestSchema, ListToolsRequestSchema, type CallToolResult } from '@modelcontextprotocol/sdk/types.js';
import { EMPTY_CATALOGUE, type Catalogue } from '../core/catalogue';
import { loadCatalogue } from '../catalogue/load-node';
import { loadProfileFile } from '../profile-node';
import { TOOL_INFO, TOOL_NAMES, callTool, toolSchemas, type ToolEnv, type ToolOutcome } from './tools';

declare const __VERSION__: string | undefined;
const VERSION = typeof __VERSION__ === 'string' ? __VERSION__ : 'dev';

const USAGE = `Usage : actes-mcp

Serveur MCP d’Actes sur l’entrée et la sortie standard (stdio), à déclarer dans un client MCP
(assistant, éditeur). Outils : ${TOOL_NAMES.join(', ')}.
Le profil de la collectivité est lu dans ./actes.json s’il existe. Aucun accès au réseau.`;

const INSTRUCTIONS =
  'Actes vérifie les actes administratifs des collectivités françaises (arrêtés, décisions, délibérations) avec des règles déterministes '
  + 'qui citent leurs sources, hors ligne. Après avoir rédigé ou modifié un acte, appelez check_act et corrigez ce qu’il signale ; '
  + 'citez les articles avec get_article plutôt que de mémoire ; suggest_visas propose les visas d’une nature d’acte ; '
  + 'explain_rule explique un identifiant de règle (« SIG-001 »).';

export function toMcpResult(outcome: ToolOutcome): CallToolResult {
  return {
    content: [{ type: 'text', text: outcome.text }],
    ...(outcome.structured ? { structuredContent: outcome.structured } : {}),
    ...(outcome.isError ? { isError: true } : {}),
  };
}

export function createActesMcpServer(catalogue: Catalogue, profileFile: string | null = null): Server {
  // The rules page ships next to the bundle: dist/mcp.js → docs/regles.md.
  const docsBase = pathToFileURL(path.resolve(__dirname, '..', 'docs', 'regles.md')).href;
  const server = new Server({ name: 'actes-mcp', title: 'Actes', version: VERSION }, { capabilities: { tools: {} }, instructions: INSTRUCTIONS });
  const tools = TOOL_NAMES.map((name) => ({
    name,
    ...TOOL_INFO[name],
    ...toolSchemas(name),
    annotations: { title: TOOL_INFO[name].title, readOnlyHint: true, openWorldHint: false, idempotentHint: true },
  }));
  server.setRequestHandler(ListToolsRequestSchema, () => ({ tools }));
  server.setRequestHandler(CallToolRequestSchema, (request) => {
    const { profile, problems } = loadProfileFile(profileFile);
    const env: ToolEnv = { catalogue, profile, profileProblems: problems, docsBase };
    return toMcpResult(callTool(request.params.name, request.params.arguments, env));
  });
  return server;
}

/** Starts the server on stdio (or prints --help / --version). */
export function run(args: string[]): void {
  start(args).catch((e) => {
    process.stderr.write(`actes-mcp : ${(e as Error).message}\n`);
    process.exitCode = 1;
  });
}

async function start(args: string[]): Promise<void> {
  if (args.includes('--version') || args.includes('-v')) {
    process.stdout.write(`actes-mcp ${VERSION}\n`);
    return;
  }
  if (args.includes('--help') || args.includes('-h')) {
    process.stdout.write(`${USAGE}\n`);
    return;
  }
  let catalogue: Catalogue = EMPTY_CATALOGUE;
  try {
    catalogue = loadCatalogue();
  } catch (e) {
    process.stderr.write(`actes-mcp : catalogue juridique indisponible (${(e as Error).message}) ; get_article et les vérifications des références sont désactivés.\n`);
  }
  const server = createActesMcpServer(catalogue);
  await server.connect(new StdioServerTransport());
}

if (require.main === module) run(process.argv.slice(2));
