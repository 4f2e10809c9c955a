// Entry point of the bundled language server (dist/server.js). Started by the VS Code client
// over IPC, or by any LSP editor as `actes-language-server --stdio`.
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { ProposedFeatures, createConnection } from 'vscode-languageserver/node';
import { loadCatalogue } from './catalogue/load-node';
import { startServer } from './lsp/start';

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

// The rules page ships next to the bundle: dist/server.js → docs/regles.md.
const docsBase = pathToFileURL(path.resolve(__dirname, '..', 'docs', 'regles.md')).href;

startServer(createConnection(ProposedFeatures.all), { loadCatalogue: () => loadCatalogue(), docsBase, version: VERSION });
