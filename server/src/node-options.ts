// How the language server's Node process is sized. The server holds little (the catalogue's index, one
// analysis per open document: about 20 MB live) but allocates about 10 MB per analysis, all of it garbage
// at the next keystroke. With Node's defaults the young generation grows to 3 × 16 MB and the old one to
// several times what survives, so the process sits at 150–200 MB. Sized for what it holds:
// - young generation of 2 MB semi-spaces: more, cheaper scavenges; a Node option, given when the process
//   is started (the VS Code client's execArgv; server-start.ts starts itself again with it where Node can);
// - old generation collected when it has grown by half (V8 flag, settable while running).
// Measured with `npm run bench` (RSS after 200 keystrokes, server CPU time per keystroke).
// And one flag for the start: each regular expression compiled once, to native code, when first run. By
// default V8 compiles it to bytecode, then again to native code at its second run: the lexicon's large
// alternations (verbs, formulas, authors…) were compiled twice during the first analysis, about half of it
// (bench/start-bench.ts: first analysis 160 → 85 ms; keystrokes unchanged, every pattern runs often).

/** Node options given when the server process is started. */
export const SERVER_NODE_OPTIONS: readonly string[] = ['--max-semi-space-size=2'];

/** V8 flags the server sets on itself at start (they take effect while running). */
export const SERVER_V8_FLAGS = '--heap-growing-percent=50 --no-regexp-tier-up';
