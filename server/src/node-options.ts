// How the language server's Node process is sized. The server holds little (the catalogue's index, one
// analysis per open document: about 20 MB live) but allocates about 2 MB per keystroke on a 2,000-line act,
// nearly all of it garbage once the next version is analysed. With Node's defaults the young generation grows
// to 3 × 16 MB and the old one to several times what survives. Sized for what it holds:
// - young generation of 8 MB semi-spaces (a Node option, given when the process is started: the VS Code
//   client's execArgv; server-start.ts starts itself again with it where Node can). A version's analysis
//   lives until the next one is done: with 2 MB semi-spaces there was a scavenge at nearly every keystroke,
//   so each version survived two and was promoted (0.6 MB per keystroke), and the old generation filled up,
//   a full collection (3–5 ms) every 12 keystrokes. With 8 MB most versions die young: 5 full collections
//   instead of 34 over 300 keystrokes, server CPU per keystroke −7 %, RSS +12 MB (about 100 MB after 200
//   keystrokes). 12 and 16 MB lowered p95 a little more but brought RSS to 110–123 MB, past the budget of
//   120;
// - old generation collected when it has grown by half (V8 flag, settable while running);
// - one thread for V8's background work (`--v8-pool-size=1`; Node's default is 4). The slow keystrokes were not
//   the main thread working longer: the process's other threads (concurrent marking and sweeping, parallel
//   scavenging, optimising compilation) took 20–40 ms of CPU during them, and the main thread waited up to
//   13 ms for a core (per-thread schedstat, 2 cores, the editor on the other). With one background thread,
//   keystroke p95 went from 13.6–16 to 9.7–11.5 ms and p99 from 20–22 to 13–16 ms, CPU per keystroke and
//   start unchanged, RSS 5–10 MB lower (alternating runs). A language server has one user and small heaps: it
//   gains nothing from four threads of its own competing with the editor and with itself.
// Measured with `npm run bench` and alternating runs of the keystroke benchmark (server CPU time per keystroke,
// collections seen by a PerformanceObserver).
// And one flag for the start: each regular expression compiled once, to native code, when first run. By
// default V8 compiles it to bytecode, then again to native code at its second run: the lexicon's large
// alternations (verbs, formulas, authors…) were compiled twice during the first analysis, about half of it
// (bench/start-bench.ts: first analysis 160 → 85 ms; keystrokes unchanged, every pattern runs often).

/** Node options given when the server process is started. */
export const SERVER_NODE_OPTIONS: readonly string[] = ['--max-semi-space-size=8', '--v8-pool-size=1'];

/** V8 flags the server sets on itself at start (they take effect while running). */
export const SERVER_V8_FLAGS = '--heap-growing-percent=50 --no-regexp-tier-up';
