#!/usr/bin/env node
// The `actes` command: runs the bundled CLI (build it first with `npm run build`).
const path = require('node:path');
const fs = require('node:fs');
const cli = path.join(__dirname, '..', 'dist', 'cli.js');
if (!fs.existsSync(cli)) {
  process.stderr.write('actes : la commande n’est pas construite ; lancez «\u00a0npm run build\u00a0».\n');
  process.exit(2);
}
Promise.resolve()
  .then(() => require(cli).main(process.argv.slice(2)))
  .then(
    (code) => {
      process.exitCode = code;
    },
    (error) => {
      process.stderr.write(`actes : erreur interne : ${error && error.message ? error.message : String(error)}\n`);
      process.exitCode = 2;
    },
  );
