// Entry point of the bundled language server (dist/server.js). Started by the VS Code client
// over IPC, or by any LSP editor as `actes-language-server --stdio`.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { ProposedFeatures, StreamMessageWriter, createConnection, type Connection } from 'vscode-languageserver/node';
import { loadCatalogue } from './catalogue/load-node';
import { startServer } from './lsp/start';
import { FrameReader } from './lsp/framing';
import { Lifecycle } from './lsp/lifecycle';
import { WARM_EVENT } from './code-cache';

declare const __VERSION__: string | undefined;
const VERSION = typeof __VERSION__ === 'string' ? __VERSION__ : 'dev';

const USAGE = `Usage : actes-language-server --stdio

Serveur de langage (LSP) d’Actes pour les actes administratifs locaux.
Transports : --stdio, --node-ipc, --socket=<port>, --pipe=<nom>.`;

const args = process.argv.slice(2);
if (args.includes('--version') || args.includes('-v')) {
  process.stdout.write(`actes-language-server ${VERSION}\n`);
  process.exit(0);
}
if (args.includes('--help') || args.includes('-h')) {
  process.stdout.write(`${USAGE}\n`);
  process.exit(0);
}
if (!args.some((a) => /^--(?:stdio|node-ipc|socket|pipe)\b/.test(a))) {
  process.stderr.write(`actes-language-server : aucun transport indiqué.\n${USAGE}\n`);
  process.exit(2);
}

// The rules page ships next to the bundle: dist/server.js → docs/regles.md (a copy without it links to the law only).
const rulesPage = path.resolve(__dirname, '..', 'docs', 'regles.md');
const docsBase = existsSync(rulesPage) ? pathToFileURL(rulesPage).href : null;

const lifecycle = new Lifecycle();

/**
 * Over stdio, frames are read by FrameReader: a malformed frame is skipped and reading resumes at
 * the next one (the library's reader would stay deaf). stdout carries the protocol, so anything
 * written with console goes to stderr; the end of stdin ends the process (0 after shutdown, else 1).
 */
function stdioConnection(): Connection {
  for (const method of ['log', 'info', 'warn', 'error', 'debug', 'trace'] as const) {
    console[method] = (...parts: unknown[]) => {
      process.stderr.write(`${parts.map(String).join(' ')}\n`);
    };
  }
  const reader = new FrameReader(process.stdin, {
    onProblem: (message) => process.stderr.write(`actes-language-server : ${message}\n`),
  });
  const end = () => process.exit(lifecycle.shutdown ? 0 : 1);
  process.stdin.on('end', end);
  process.stdin.on('close', end);
  return createConnection(ProposedFeatures.all, reader, new StreamMessageWriter(process.stdout), lifecycle.options);
}

const connection = args.includes('--stdio') ? stdioConnection() : createConnection(ProposedFeatures.all, lifecycle.options);
// Once the first diagnostics are out, dist/server.js may write V8's code cache (code-cache.ts).
const onFirstDiagnostics = () => void (process as NodeJS.EventEmitter).emit(WARM_EVENT);
startServer(connection, { loadCatalogue: () => loadCatalogue(), docsBase, version: VERSION, onFirstDiagnostics });
