// A small LSP client for tests and benchmarks: spawns the bundled server over stdio, talks
// JSON-RPC to it as an editor would, answers its requests (workspace/configuration,
// client/registerCapability) and lets a test wait for a given message instead of sleeping.
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import { StreamMessageReader, StreamMessageWriter, createMessageConnection, type MessageConnection } from 'vscode-jsonrpc/node';
import type {
  ClientCapabilities, InitializeResult, PublishDiagnosticsParams, ShowMessageParams, TextDocumentContentChangeEvent,
} from 'vscode-languageserver-protocol';

export const ROOT = path.resolve(__dirname, '..', '..');
/** The bundled server; ACTES_SERVER names another build (benchmarks: before/after on the same machine). */
export const SERVER = process.env.ACTES_SERVER ?? path.join(ROOT, 'dist', 'server.js');
export const SEEDS = path.join(ROOT, 'test', 'fixtures', 'seeds');
export const SEED_000 = path.join(SEEDS, '000_394f327773c6203e.txt');
export const SEED_001 = path.join(SEEDS, '001_d66c58857f472c73.txt');

export const fileUri = (p: string) => pathToFileURL(p).href;
export const readText = (p: string) => readFileSync(p, 'utf8');

/** What an editor like VS Code announces (the parts the server looks at). */
export const EDITOR_CAPABILITIES: ClientCapabilities = {
  workspace: {
    configuration: true,
    didChangeConfiguration: { dynamicRegistration: true },
    didChangeWatchedFiles: { dynamicRegistration: true },
    workspaceEdit: { documentChanges: true },
    workspaceFolders: true,
  },
  textDocument: {
    synchronization: { dynamicRegistration: false, didSave: true },
    publishDiagnostics: { relatedInformation: true, versionSupport: true, codeDescriptionSupport: true, dataSupport: true },
    documentSymbol: { hierarchicalDocumentSymbolSupport: true },
    completion: { completionItem: { snippetSupport: true, documentationFormat: ['markdown', 'plaintext'] } },
    hover: { contentFormat: ['markdown', 'plaintext'] },
    codeAction: { codeActionLiteralSupport: { codeActionKind: { valueSet: ['quickfix'] } }, isPreferredSupport: true },
    foldingRange: { lineFoldingOnly: true },
    documentLink: { tooltipSupport: true },
  },
  window: { workDoneProgress: false },
};

interface Waiter<T> {
  readonly match: (value: T) => boolean;
  readonly resolve: (value: T) => void;
}

export interface StartOptions {
  /** Value of the `actes` settings section returned to workspace/configuration. */
  readonly settings?: unknown;
  /** Value of `files.associations` returned to workspace/configuration ({ "*.txt": "acte" }). */
  readonly associations?: Record<string, string>;
  /** Workspace folder (where actes.json is looked for); null for none. */
  readonly root?: string | null;
  readonly capabilities?: ClientCapabilities;
  /** The server's file (benchmarks: two builds compared in one process); SERVER by default. */
  readonly server?: string;
  /** Environment of the server process; this process's by default. */
  readonly env?: NodeJS.ProcessEnv;
  /** Node options for the server process (benchmarks: heap settings). */
  readonly execArgv?: readonly string[];
  /** `initializationOptions` of the initialize request. */
  readonly initializationOptions?: unknown;
  /** Milliseconds before a wait gives up with a clear error (a safety net, not a sleep). */
  readonly timeout?: number;
}

export class LspClient {
  readonly diagnostics: PublishDiagnosticsParams[] = [];
  readonly messages: ShowMessageParams[] = [];
  readonly logs: string[] = [];
  private readonly logWaiters: { match: (line: string) => boolean; resolve: (line: string) => void }[] = [];
  readonly configurationRequests: unknown[] = [];
  /** Registrations the server asked for (client/registerCapability). */
  readonly registrations: { id: string; method: string; registerOptions?: unknown }[] = [];
  initializeResult!: InitializeResult;
  settings: unknown;
  associations: Record<string, string> | null;
  private readonly diagnosticWaiters: Waiter<PublishDiagnosticsParams>[] = [];
  private readonly exited: Promise<number | null>;
  private stderr = '';

  private constructor(readonly child: ChildProcessWithoutNullStreams, readonly connection: MessageConnection, private readonly options: StartOptions) {
    this.settings = options.settings ?? {};
    this.associations = options.associations ?? null;
    this.exited = new Promise((resolve) => child.on('exit', (code) => resolve(code)));
    child.stderr.on('data', (d) => (this.stderr += String(d)));
    connection.onNotification('textDocument/publishDiagnostics', (p: PublishDiagnosticsParams) => {
      this.diagnostics.push(p);
      for (const w of [...this.diagnosticWaiters]) {
        if (w.match(p)) {
          this.diagnosticWaiters.splice(this.diagnosticWaiters.indexOf(w), 1);
          w.resolve(p);
        }
      }
    });
    connection.onNotification('window/showMessage', (p: ShowMessageParams) => {
      this.messages.push(p);
    });
    connection.onNotification('window/logMessage', (p: { message: string }) => {
      this.logs.push(p.message);
      for (const w of [...this.logWaiters]) {
        if (w.match(p.message)) {
          this.logWaiters.splice(this.logWaiters.indexOf(w), 1);
          w.resolve(p.message);
        }
      }
    });
    connection.onRequest('workspace/configuration', (p: { items: { section?: string }[] }) => {
      this.configurationRequests.push(p);
      return p.items.map((item) => (item.section === 'actes' ? this.settings : item.section === 'files.associations' ? this.associations : null));
    });
    connection.onRequest('client/registerCapability', (p: { registrations: { id: string; method: string; registerOptions?: unknown }[] }) => {
      this.registrations.push(...p.registrations);
      return null;
    });
    connection.onRequest('window/workDoneProgress/create', () => null);
    connection.listen();
  }

  /**
   * Spawns `node dist/server.js --stdio` and runs initialize / initialized. Unless `env` says otherwise, V8's code
   * cache of the server goes to a folder of this test process, removed when it exits: tests never write to the
   * user's cache folder, and the servers a test file starts after the first still start from the cache.
   */
  static async start(options: StartOptions = {}): Promise<LspClient> {
    const child = spawn(process.execPath, [...(options.execArgv ?? []), options.server ?? SERVER, '--stdio'], { cwd: ROOT, stdio: 'pipe', env: options.env ?? { ...process.env, ACTES_CACHE_DIR: process.env.ACTES_CACHE_DIR ?? testCacheDir() } });
    const connection = createMessageConnection(new StreamMessageReader(child.stdout), new StreamMessageWriter(child.stdin));
    const client = new LspClient(child, connection, options);
    const root = options.root === undefined ? ROOT : options.root;
    client.initializeResult = await client.withTimeout('initialize', connection.sendRequest('initialize', {
      processId: process.pid,
      clientInfo: { name: 'actes-tests' },
      rootUri: root ? fileUri(root) : null,
      workspaceFolders: root ? [{ uri: fileUri(root), name: path.basename(root) }] : null,
      capabilities: options.capabilities ?? EDITOR_CAPABILITIES,
      ...(options.initializationOptions !== undefined ? { initializationOptions: options.initializationOptions } : {}),
    }));
    await connection.sendNotification('initialized', {});
    return client;
  }

  private withTimeout<T>(what: string, promise: Promise<T>): Promise<T> {
    const ms = this.options.timeout ?? 15000;
    let timer: NodeJS.Timeout | undefined;
    const limit = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error(`pas de réponse du serveur (${what}) après ${ms} ms\n${this.stderr}`)), ms);
    });
    return Promise.race([promise, limit]).finally(() => clearTimeout(timer));
  }

  /** The first log line of the server (already received or to come) that satisfies `match`. */
  waitForLog(match: (line: string) => boolean): Promise<string> {
    const seen = this.logs.find(match);
    if (seen !== undefined) return Promise.resolve(seen);
    return this.withTimeout('journal du serveur', new Promise((resolve) => this.logWaiters.push({ match, resolve })));
  }

  /** The first diagnostics for `uri` (already received or to come) that satisfy `match`. */
  waitForDiagnostics(uri: string, match: (p: PublishDiagnosticsParams) => boolean = () => true): Promise<PublishDiagnosticsParams> {
    const seen = this.diagnostics.find((p) => p.uri === uri && match(p));
    if (seen) return Promise.resolve(seen);
    return this.withTimeout(`diagnostics ${path.basename(uri)}`, new Promise((resolve) => {
      this.diagnosticWaiters.push({ match: (p) => p.uri === uri && match(p), resolve });
    }));
  }

  /** The next diagnostics for `uri` published after this call (call it before causing them). */
  nextDiagnostics(uri: string, match: (p: PublishDiagnosticsParams) => boolean = () => true): Promise<PublishDiagnosticsParams> {
    return this.withTimeout(`diagnostics suivants ${path.basename(uri)}`, new Promise((resolve) => {
      this.diagnosticWaiters.push({ match: (p) => p.uri === uri && match(p), resolve });
    }));
  }

  /** Diagnostics of exactly this version of the document. */
  diagnosticsFor(uri: string, version: number): Promise<PublishDiagnosticsParams> {
    return this.waitForDiagnostics(uri, (p) => p.version === version);
  }

  open(uri: string, text: string, version = 1, languageId = 'acte'): Promise<void> {
    return this.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId, version, text } });
  }

  change(uri: string, version: number, contentChanges: TextDocumentContentChangeEvent[]): Promise<void> {
    return this.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges });
  }

  close(uri: string): Promise<void> {
    return this.connection.sendNotification('textDocument/didClose', { textDocument: { uri } });
  }

  request<R>(method: string, params: unknown): Promise<R> {
    return this.withTimeout(method, this.connection.sendRequest<R>(method, params));
  }

  /** New settings, announced as VS Code does (the server then pulls them). */
  async changeSettings(settings: unknown): Promise<void> {
    this.settings = settings;
    await this.connection.sendNotification('workspace/didChangeConfiguration', { settings: null });
  }

  /** shutdown, exit, and the process's exit code. */
  async stop(): Promise<number | null> {
    await this.request('shutdown', null);
    await this.connection.sendNotification('exit');
    const code = await this.withTimeout('exit', this.exited);
    this.connection.dispose();
    return code;
  }

  /** Kills the server (for failed tests); safe to call after stop(). */
  kill(): void {
    if (this.child.exitCode === null) this.child.kill();
  }

  get pid(): number | undefined {
    return this.child.pid;
  }
}

/**
 * The server driven byte by byte, for what a well-behaved client never does: requests before
 * `initialize` or after `shutdown`, several frames in one write (a request and its cancellation),
 * malformed frames. Every message the server sends is collected; waits are for a message.
 */
export class RawServer {
  readonly received: Record<string, unknown>[] = [];
  readonly exited: Promise<number | null>;
  stderr = '';
  private readonly waiters: { match: (m: Record<string, unknown>) => boolean; resolve: (m: Record<string, unknown>) => void }[] = [];

  constructor(private readonly timeout = 15000) {
    this.child = spawn(process.execPath, [SERVER, '--stdio'], { cwd: ROOT, stdio: 'pipe', env: { ...process.env, ACTES_CACHE_DIR: process.env.ACTES_CACHE_DIR ?? testCacheDir() } });
    this.exited = new Promise((resolve) => this.child.on('exit', (code) => resolve(code)));
    this.child.stderr.on('data', (d) => (this.stderr += String(d)));
    // An answer to one of the server's requests may still be on its way when a test kills it: not an error.
    this.child.stdin.on('error', () => undefined);
    const reader = new StreamMessageReader(this.child.stdout);
    reader.listen((m) => {
      const message = m as unknown as Record<string, unknown>;
      this.received.push(message);
      // Answer the server's own requests as an editor would.
      if (typeof message.method === 'string' && message.id !== undefined) {
        const result = message.method === 'workspace/configuration' ? ((message.params as { items: unknown[] }).items.map(() => ({}))) : null;
        this.write(frame({ jsonrpc: '2.0', id: message.id, result }));
      }
      for (const w of [...this.waiters]) {
        if (w.match(message)) {
          this.waiters.splice(this.waiters.indexOf(w), 1);
          w.resolve(message);
        }
      }
    });
  }

  readonly child: ChildProcessWithoutNullStreams;

  /** Writes bytes as they are (several frames in one write arrive together). */
  write(bytes: Buffer | string): void {
    this.child.stdin.write(bytes);
  }

  /** The first message (received or to come) that satisfies `match`. */
  waitFor(what: string, match: (m: Record<string, unknown>) => boolean): Promise<Record<string, unknown>> {
    const seen = this.received.find(match);
    if (seen) return Promise.resolve(seen);
    let timer: NodeJS.Timeout | undefined;
    return Promise.race([
      new Promise<Record<string, unknown>>((resolve) => this.waiters.push({ match, resolve })),
      new Promise<never>((_, reject) => {
        timer = setTimeout(() => reject(new Error(`pas de message du serveur (${what}) après ${this.timeout} ms\n${this.stderr}`)), this.timeout);
      }),
    ]).finally(() => clearTimeout(timer));
  }

  /** The response to request `id`. */
  response(id: number | string): Promise<{ id: number | string; result?: unknown; error?: { code: number; message: string } }> {
    return this.waitFor(`réponse ${id}`, (m) => m.id === id && m.method === undefined) as never;
  }

  /** Sends a request and returns its response. */
  request(id: number, method: string, params: unknown): ReturnType<RawServer['response']> {
    this.write(frame({ jsonrpc: '2.0', id, method, params }));
    return this.response(id);
  }

  notify(method: string, params?: unknown): void {
    this.write(frame({ jsonrpc: '2.0', method, ...(params === undefined ? {} : { params }) }));
  }

  /** initialize + initialized, with the given capabilities. */
  async initialize(id: number, capabilities: ClientCapabilities = EDITOR_CAPABILITIES, root: string | null = null): Promise<void> {
    const r = await this.request(id, 'initialize', { processId: process.pid, rootUri: root ? fileUri(root) : null, workspaceFolders: null, capabilities });
    if (r.error) throw new Error(`initialize refusé : ${r.error.message}`);
    this.notify('initialized', {});
  }

  kill(): void {
    if (this.child.exitCode === null) this.child.kill();
  }
}

/** One LSP frame (header and JSON body) for `message`. */
export function frame(message: unknown): Buffer {
  const body = Buffer.from(JSON.stringify(message), 'utf8');
  return Buffer.concat([Buffer.from(`Content-Length: ${body.length}\r\n\r\n`, 'ascii'), body]);
}

/** Seed 000 with `count` articles all numbered « ARTICLE 1er » (STR-003 on every article but the first). */
export function misnumberedAct(count = 300): string {
  const seed = readText(SEED_000).split('\n');
  const verb = seed.findIndex((l) => l.startsWith('DECIDE'));
  const fait = seed.findIndex((l) => l.startsWith('Fait à'));
  const articles: string[] = [];
  for (let i = 1; i <= count; i++) articles.push('ARTICLE 1er :', '', `Approuve la convention n° ${i} et autorise le Maire à la signer.`, '');
  return [...seed.slice(0, verb + 2), ...articles, ...seed.slice(fait)].join('\n');
}

let cacheFolder: string | null = null;
/** A code-cache folder for the servers this process starts, removed at exit. */
function testCacheDir(): string {
  if (!cacheFolder) {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'actes-test-cache-'));
    cacheFolder = dir;
    process.once('exit', () => rmSync(dir, { recursive: true, force: true }));
  }
  return cacheFolder;
}
