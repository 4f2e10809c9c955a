#!/usr/bin/env node
// `actes-mcp`: the Actes tools (check_act, get_article, suggest_visas, explain_rule, parse_act) as an MCP server over stdio.
const path = require('node:path');
const fs = require('node:fs');
const server = path.join(__dirname, '..', 'dist', 'mcp.js');
if (!fs.existsSync(server)) {
  process.stderr.write('actes-mcp : le serveur n’est pas construit ; lancez « npm run build ».\n');
  process.exit(2);
}
require(server).run(process.argv.slice(2));
