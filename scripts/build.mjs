// Build: the legal catalogue (data/ → dist/catalogue.json), then esbuild bundles for the
// extension client, the language server and the CLI. `--production` minifies and drops sourcemaps;
// `--analyze` prints what each bundle holds.
import { analyzeMetafile, build } from 'esbuild';
import { cpSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import vm from 'node:vm';
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';
import path from 'node:path';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const production = process.argv.includes('--production');
// `--analyze`: what each bundle holds, largest first.
const analyze = process.argv.includes('--analyze');
const pkg = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8'));

const catalogueScript = ['build-catalogue.ts', 'build-catalogue.mjs'].map((f) => path.join(root, 'scripts', f)).find(existsSync);
if (catalogueScript) {
  execFileSync(process.execPath, ['--import', 'tsx', catalogueScript], { cwd: root, stdio: 'inherit' });
}

// pdfkit's fontkit requires brotli only to read WOFF2 fonts, which `actes export pdf` never embeds.
const noWoff2 = {
  name: 'no-woff2',
  setup(b) {
    b.onResolve({ filter: /^brotli\/decompress(\.js)?$/ }, () => ({ path: path.join(root, 'server/src/export/no-woff2.cjs') }));
  },
};

// The language server loads the agent tools (and zod) at their first call, from a side bundle
// (server/src/mcp/lsp.ts): `require('./tools')` there stays a require of dist/server-tools.js.
const lazyTools = {
  name: 'lazy-tools',
  setup(b) {
    b.onResolve({ filter: /^\.\/tools$/ }, (args) =>
      args.importer.endsWith(path.join('mcp', 'lsp.ts')) && args.kind === 'require-call' ? { path: './server-tools.js', external: true } : undefined);
  },
};

// `actes export pdf` loads pdfkit when a PDF is asked for (server/src/export/pdf.ts): from a side bundle,
// dist/cli-pdfkit.js, so that `actes check` does not even compile it (pdfkit and fontkit are 60 % of the CLI).
const lazyPdfkit = {
  name: 'lazy-pdfkit',
  setup(b) {
    b.onResolve({ filter: /^pdfkit$/ }, (args) => (args.kind === 'require-call' ? { path: './cli-pdfkit.js', external: true } : undefined));
  },
};

// Node modules the language server seldom needs (node:crypto for a preview's nonce and the JSON-RPC library's pipe
// names, child_process for its module resolution) cost 5–10 ms each to load at start: in dist/server-main.js the
// libraries' `require` of them gives a proxy that loads the module on first use (the libraries only read its
// properties). The server's own code requires them where it uses them (lsp/apercu.ts).
const LAZY_BUILTINS = /^(?:node:)?(?:crypto|child_process)$/;
const lazyBuiltins = {
  name: 'lazy-builtins',
  setup(b) {
    b.onResolve({ filter: LAZY_BUILTINS }, (args) => (args.namespace === 'lazy-builtin' || args.kind !== 'require-call' || !args.importer.includes(`${path.sep}node_modules${path.sep}`) ? undefined : { path: args.path.replace(/^node:/, ''), namespace: 'lazy-builtin' }));
    b.onLoad({ filter: /.*/, namespace: 'lazy-builtin' }, (args) => ({
      contents: `let m; const load = () => (m ??= require('node:${args.path}'));
module.exports = new Proxy({}, {
  get: (_, k) => load()[k],
  has: (_, k) => k in load(),
  ownKeys: () => Reflect.ownKeys(load()),
  getOwnPropertyDescriptor: (_, k) => { const d = Reflect.getOwnPropertyDescriptor(load(), k); return d && { ...d, configurable: true }; },
});`,
      loader: 'js',
    }));
  },
};

// The server's modules import vscode-languageserver/node (a CommonJS module): esbuild gives each importing module its
// own ES view of it, a copy of its ~320 exports as getters (six copies, some milliseconds at every start). They import
// it from one ES module instead, which names each export: one view, and their references go straight to it.
const require = createRequire(import.meta.url);
const oneLanguageServerView = {
  name: 'one-language-server-view',
  setup(b) {
    b.onResolve({ filter: /^vscode-languageserver\/node$/ }, (args) =>
      args.namespace === 'file' && !args.importer.includes(`${path.sep}node_modules${path.sep}`) && args.kind === 'import-statement' ? { path: 'vscode-languageserver/node', namespace: 'one-view' } : undefined);
    b.onLoad({ filter: /.*/, namespace: 'one-view' }, () => {
      const real = require.resolve('vscode-languageserver/node', { paths: [root] });
      const names = Object.keys(require(real)).filter((n) => /^[A-Za-z_$][\w$]*$/.test(n) && n !== 'default');
      return { contents: `export { ${names.join(', ')} } from ${JSON.stringify(real)};`, loader: 'js', resolveDir: root };
    });
  },
};

// vscode-languageserver brings its own copy of the LSP types; the core's imports use it too (one copy in the bundle).
const nestedTypes = path.join(root, 'node_modules/vscode-languageserver/node_modules/vscode-languageserver-types');
const serverAlias = existsSync(nestedTypes) ? { 'vscode-languageserver-types': nestedTypes } : {};

const entries = [
  { in: 'client/src/extension.ts', out: 'extension', external: ['vscode'] },
  // dist/server.js sets up the process (compile cache, heap), then loads the language server, dist/server-main.js.
  { in: 'server/src/server-start.ts', out: 'server', external: ['./server-main.js'] },
  { in: 'server/src/server.ts', out: 'server-main', external: [], plugins: [lazyTools, lazyBuiltins, oneLanguageServerView], alias: serverAlias },
  { in: 'server/src/mcp/tools.ts', out: 'server-tools', external: [], alias: serverAlias },
  // dist/cli.js, the `actes` command, loads the CLI, dist/cli-main.js, through the same code cache.
  { in: 'server/src/cli-start.ts', out: 'cli', external: ['./cli-main.js'] },
  { in: 'server/src/cli.ts', out: 'cli-main', external: [], plugins: [lazyPdfkit] },
  { in: 'pdfkit', out: 'cli-pdfkit', external: [], contents: "module.exports = require('pdfkit');" },
  { in: 'server/src/mcp/server.ts', out: 'mcp', external: [] },
  { in: 'server/src/cli/worker.ts', out: 'cli-worker', external: [] },
].filter((e) => e.contents !== undefined || existsSync(path.join(root, e.in)));

await Promise.all(
  entries.map((e) =>
    build({
      absWorkingDir: root,
      ...(e.contents !== undefined ? { stdin: { contents: e.contents, resolveDir: root, sourcefile: `${e.out}.js` } } : { entryPoints: [e.in] }),
      outfile: `dist/${e.out}.js`,
      bundle: true,
      platform: 'node',
      target: 'node20',
      format: 'cjs',
      external: e.external,
      minify: production,
      sourcemap: !production,
      define: { __VERSION__: JSON.stringify(pkg.version) },
      plugins: [noWoff2, ...(e.plugins ?? [])],
      alias: e.alias ?? {},
      metafile: analyze,
      logLevel: 'warning',
    }).then(async (r) => {
      if (analyze) console.log(`dist/${e.out}.js\n${await analyzeMetafile(r.metafile)}`);
    }),
  ),
);
// Every bundle in pure ASCII. esbuild escapes the non-ASCII characters of strings, not those of regular expression
// literals (« », ’, œ… of the lexicon's patterns): with one of them the whole bundle is decoded from UTF-8 and held by
// V8 as a two-byte string, which doubles its size and the time V8 takes to deserialize its code cache at every start
// of the language server (code-cache.ts reads an ASCII bundle as Latin-1). Each such character becomes its `\uXXXX`
// escape, which means the same in a regular expression (with or without the u flag), a string and a comment; an
// identity escape before it (`\’`) is dropped, its escape meaning the same character.
function asciiOnly(source) {
  let out = '';
  let last = 0;
  for (let i = 0; i < source.length; i++) {
    const c = source.charCodeAt(i);
    if (c < 0x80) continue;
    let slashes = 0;
    while (i - slashes - 1 >= last && source.charCodeAt(i - slashes - 1) === 0x5c) slashes++;
    out += source.slice(last, slashes % 2 === 1 ? i - 1 : i) + `\\u${c.toString(16).padStart(4, '0')}`;
    last = i + 1;
  }
  return last === 0 ? source : out + source.slice(last);
}
for (const e of entries) {
  const file = path.join(root, 'dist', `${e.out}.js`);
  const source = readFileSync(file, 'utf8');
  const ascii = asciiOnly(source);
  if (ascii === source) continue;
  new vm.Script(ascii, { filename: file }); // still JavaScript (throws, failing the build, if not)
  writeFileSync(file, ascii);
}

// `actes export pdf` (in dist/cli.js only): pdfkit's data (sRGB profile for PDF/A) and the DejaVu Serif fonts.
for (const [from, to] of [
  ['node_modules/pdfkit/js/data/sRGB_IEC61966_2_1.icc', 'dist/data/sRGB_IEC61966_2_1.icc'],
  ['node_modules/dejavu-fonts-ttf/ttf/DejaVuSerif.ttf', 'dist/fonts/DejaVuSerif.ttf'],
  ['node_modules/dejavu-fonts-ttf/ttf/DejaVuSerif-Bold.ttf', 'dist/fonts/DejaVuSerif-Bold.ttf'],
  ['node_modules/dejavu-fonts-ttf/LICENSE', 'dist/fonts/LICENSE'],
]) {
  if (!existsSync(path.join(root, from))) continue;
  mkdirSync(path.dirname(path.join(root, to)), { recursive: true });
  cpSync(path.join(root, from), path.join(root, to));
}
console.log(`build: ${entries.map((e) => `dist/${e.out}.js`).join(', ')}${production ? ' (production)' : ''}`);
