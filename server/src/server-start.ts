// dist/server.js, what editors start: sets up the Node process, then loads the language server
// (dist/server-main.js, built from server.ts). Before that bundle is compiled:
// - the heap sized for what the server holds (node-options.ts): V8 flags set now; over stdio, where Node
//   can replace the process (`process.execve`, Node ≥ 23.11), it restarts itself once with the Node
//   options it was not given (the VS Code client gives them);
// - the bundle is compiled with V8's code cache (code-cache.ts): a start reuses the bytecode of the
//   functions the previous start ran up to its first diagnostics, instead of compiling them again;
// - nothing else: any failure here is ignored and the server starts as before.
import v8 from 'node:v8';
import path from 'node:path';
import { SERVER_NODE_OPTIONS, SERVER_V8_FLAGS } from './node-options';
import { loadWithCodeCache } from './code-cache';

const RESTARTED = 'ACTES_SERVER_NODE_OPTIONS';

function restartWithNodeOptions(): void {
  const proc = process as { execve?: (file: string, args: string[], env: NodeJS.ProcessEnv) => never };
  const missing = SERVER_NODE_OPTIONS.filter((o) => !process.execArgv.some((a) => a.split('=')[0] === o.split('=')[0]));
  // Only over stdio: the IPC channel of a forked process would not survive the replacement.
  if (typeof proc.execve !== 'function' || missing.length === 0 || process.env[RESTARTED] || !process.argv.includes('--stdio')) return;
  try {
    proc.execve(process.execPath, [process.execPath, ...process.execArgv, ...missing, ...process.argv.slice(1)], { ...process.env, [RESTARTED]: '1' });
  } catch {
    // not replaced: start as is
  }
}

try {
  restartWithNodeOptions();
  v8.setFlagsFromString(SERVER_V8_FLAGS);
} catch {
  // the server starts with Node's defaults
}

loadWithCodeCache(path.join(__dirname, 'server-main.js'), module);
