#!/usr/bin/env node
// The `actes` command: runs the bundled CLI (build it first with `npm run build`).
const path = require('node:path');
const fs = require('node:fs');
const cli = path.join(__dirname, '..', 'dist', 'cli.js');
if (!fs.existsSync(cli)) {
  process.stderr.write('actes : la commande n’est pas construite ; lancez « npm run build ».\n');
  process.exit(2);
}
process.exitCode = require(cli).main(process.argv.slice(2));
