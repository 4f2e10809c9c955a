#!/usr/bin/env node
// The Actes language server over stdio, for any LSP editor: `actes-language-server --stdio`.
const path = require('node:path');
const fs = require('node:fs');
const server = path.join(__dirname, '..', 'dist', 'server.js');
if (!fs.existsSync(server)) {
  process.stderr.write('actes-language-server : le serveur n’est pas construit ; lancez « npm run build ».\n');
  process.exit(2);
}
if (!process.argv.includes('--stdio') && !process.argv.some((a) => a.startsWith('--node-ipc') || a.startsWith('--socket') || a.startsWith('--pipe'))) {
  process.argv.push('--stdio');
}
require(server);
