// dist/cli.js, the `actes` command: loads the CLI (dist/cli-main.js, built from cli.ts) through V8's code cache
// (code-cache.ts), as dist/server.js loads the language server. A run compiles only what the previous runs did not:
// the bytecode of every function the first run used is written once that run is over. Nothing else here.
import path from 'node:path';
import { WARM_EVENT, loadWithCodeCache } from './code-cache';

type Cli = typeof import('./cli');
const cli = loadWithCodeCache(path.join(__dirname, 'cli-main.js'), module) as Cli;

/** `actes …`: the exit status. Once the command is over, the code cache is written if there was none. */
export async function main(argv: string[], io?: Parameters<Cli['main']>[1]): Promise<number> {
  try {
    return await cli.main(argv, io);
  } finally {
    (process as NodeJS.EventEmitter).emit(WARM_EVENT);
  }
}

if (require.main === module) {
  void main(process.argv.slice(2)).then((code) => {
    process.exitCode = code;
  });
}
export default main;
