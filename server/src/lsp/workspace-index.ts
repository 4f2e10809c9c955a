// The workspace's register of acts: every `.acte` file of the workspace folders, and every file the user associated
// with the language (`files.associations`, read from the client's configuration or given in initializationOptions
// as `associations`; see associations.ts), scanned in the background (with
// window/workDoneProgress when the client supports it), kept up to date from open documents and from
// workspace/didChangeWatchedFiles. Only the small register entries are kept, never texts or models.
// It answers definition, references, workspace symbols and the custom request `actes/registre`.
// node:fs/promises is read at its first use (fs.promises), by the scan, after the first diagnostics: loading it
// at start costs a few modules (readline, watchers) and 1–2 ms.
import { existsSync, promises as fsp, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import {
  CompletionItemKind, FileChangeType, SymbolKind,
  type CompletionItem, type Connection, type FileEvent, type InitializeParams, type Location, type ServerCapabilities, type SymbolInformation,
} from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { TextDocuments } from 'vscode-languageserver/node';
import { readDocument, type Analysis } from '../core/service';
import { TextIndex } from '../core/text';
import { ActRegister, entriesOf, registerOrder, statusOf } from '../core/register';
import { KIND_LABEL } from '../core/rules/util';
import { definition, nextNumbers, references, searchActs } from '../core/register/navigation';
import { actePatterns, associations, type Associations } from './associations';
import type { Numbering } from '../core/register/numbering';
import { analysedLength } from './limits';

/** At most this many files are indexed (a workspace opened on a whole disk must not exhaust memory). */
export const MAX_FILES = 50_000;
const BATCH = 25;

export const WORKSPACE_INDEX_CAPABILITIES: ServerCapabilities = {
  definitionProvider: true,
  referencesProvider: true,
  workspaceSymbolProvider: true,
};

export class WorkspaceIndex {
  readonly register = new ActRegister();
  private folders: string[] = [];
  private progress = false;
  /** The client shows the view « Registre des actes » and wants `actes/registreChanged` (VS Code client). */
  private notifyView = false;
  private associated: Associations = associations([]);
  private started = false;
  /** Scans run one after the other (a change of associations during the first scan waits for it). */
  private scanning: Promise<void> = Promise.resolve();
  private scanDone!: () => void;
  /**
   * Files a scan read from the disk, with their size and date then: a later scan (the associations changed) does not
   * read and parse them again while they are unchanged. Any other way an entry is set (an edit, a watched change, a
   * closed buffer) forgets the file here, so it is read again.
   */
  private readByScan = new Map<string, string>();
  /** Resolved when the first scan of the folders is over. */
  readonly scanned = new Promise<void>((resolve) => (this.scanDone = resolve));

  constructor(
    private readonly connection: Connection,
    private readonly documents: TextDocuments<TextDocument>,
    /** The register changed: analyses are out of date; `except` needs no new diagnostics. */
    private readonly onChange: (except?: string) => void,
  ) {
    documents.onDidClose((e) => void this.closed(e.document.uri));
  }

  initialize(params: InitializeParams): void {
    this.progress = !!params.capabilities.window?.workDoneProgress;
    this.notifyView = (params.initializationOptions as { registreView?: unknown } | undefined)?.registreView === true;
    const uris = params.workspaceFolders?.map((f) => f.uri) ?? (params.rootUri ? [params.rootUri] : []);
    this.folders = uris.map(pathOf).filter((p): p is string => p !== null);
    const given = actePatterns((params.initializationOptions as { associations?: unknown } | undefined)?.associations);
    if (given.length) this.associated = associations(given);
  }

  /** Glob patterns of the files associated with `acte` (for the file watchers). */
  get associationGlobs(): string[] {
    return this.associated.watchGlobs();
  }

  /**
   * The client's `files.associations` (or a list of patterns): the files mapped to `acte` are indexed too. When
   * they change after the first scan, the folders are scanned again (new files added, files no longer associated
   * removed). True when the patterns changed.
   */
  setAssociations(value: unknown): boolean {
    const patterns = actePatterns(value);
    if (patterns.join('\n') === this.associated.patterns.join('\n')) return false;
    this.associated = associations(patterns);
    if (this.started) this.scanning = this.scanning.then(() => this.scan(false));
    return true;
  }

  /** An act's file: `.acte`, or associated with the language by the user. */
  isActFile(file: string): boolean {
    if (file.toLowerCase().endsWith('.acte')) return true;
    return this.associated.matches(file, this.relativeOf(file));
  }

  private isActUri(uri: string): boolean {
    const file = pathOf(uri);
    return file !== null && this.isActFile(file);
  }

  /** Scans the folders in the background, a batch of files per turn of the event loop. */
  async start(): Promise<void> {
    this.started = true;
    this.scanning = this.scanning.then(() => this.scan(true));
    await this.scanning;
  }

  private async scan(first: boolean): Promise<void> {
    const started = performance.now();
    const reporter = this.progress ? await this.connection.window.createWorkDoneProgress().catch(() => null) : null;
    reporter?.begin('Actes : registre des actes', 0, 'Recherche des actes…', false);
    let read = 0;
    try {
      const files: string[] = [];
      for (const folder of this.folders) await walk(folder, files, (file) => this.isActFile(file));
      // Files indexed before and no longer found (associations removed): out of the register, unless open.
      const found = new Set(files.map((f) => pathToFileURL(f).href));
      for (const e of this.register.entries()) {
        if (!found.has(e.uri) && !this.documents.get(e.uri)) {
          this.register.delete(e.uri);
          this.readByScan.delete(e.uri);
        }
      }
      for (let i = 0; i < files.length; i += BATCH) {
        for (const file of files.slice(i, i + BATCH)) {
          const uri = pathToFileURL(file).href;
          if (this.documents.get(uri)) continue; // an open document is indexed from its buffer
          const stamp = stampOf(file);
          if (stamp !== null && this.readByScan.get(uri) === stamp && this.register.has(uri)) continue;
          let text: string | null = null;
          try {
            text = readFileSync(file, 'utf8'); // a batch is small: the event loop is free again within milliseconds
          } catch {
            text = null;
          }
          read++;
          if (text !== null) {
            this.register.set(uri, this.entriesOfText(uri, text));
            if (stamp !== null) this.readByScan.set(uri, stamp);
          }
        }
        reporter?.report(Math.round(((i + BATCH) * 100) / Math.max(files.length, 1)), `${Math.min(i + BATCH, files.length)} / ${files.length} actes`);
        await new Promise((resolve) => setImmediate(resolve));
      }
      this.connection.console.log(`Actes : registre des actes : ${this.register.size} actes de ${files.length} fichiers indexés en ${Math.round(performance.now() - started)} ms (${read} lu${read > 1 ? 's' : ''} sur le disque).`);
    } catch (e) {
      this.connection.console.error(`Actes : registre des actes incomplet (${(e as Error).message}).`);
    } finally {
      reporter?.done();
      if (first) this.scanDone();
      this.changed();
    }
  }

  /** An open document was analysed: its entries come from the buffer. */
  documentAnalysed(uri: string, analysis: Analysis): void {
    this.readByScan.delete(uri);
    if (this.register.set(uri, entriesOf(analysis.document.acts, analysis.text, uri, this.nameOf(uri)))) this.changed(uri);
  }

  /** workspace/didChangeWatchedFiles: files created, changed or deleted outside the editor. */
  async filesChanged(changes: readonly FileEvent[]): Promise<void> {
    let changed = false;
    for (const c of changes) {
      this.readByScan.delete(c.uri);
      if (this.documents.get(c.uri)) continue;
      if (!this.isActUri(c.uri)) {
        // A file renamed away from an act's name, or no longer associated: out of the register.
        if (c.type === FileChangeType.Deleted || this.register.has(c.uri)) changed = this.register.delete(c.uri) || changed;
        continue;
      }
      if (c.type === FileChangeType.Deleted) changed = this.register.delete(c.uri) || changed;
      else {
        const file = pathOf(c.uri);
        const text = file ? await fsp.readFile(file, 'utf8').catch(() => null) : null;
        changed = (text === null ? this.register.delete(c.uri) : this.register.set(c.uri, this.entriesOfText(c.uri, text))) || changed;
      }
    }
    if (changed) this.changed();
  }

  /** A closed document is indexed again from the disk (its buffer may not have been saved). */
  private async closed(uri: string): Promise<void> {
    this.readByScan.delete(uri);
    const file = pathOf(uri);
    const text = file && this.isActFile(file) && existsSync(file) ? await fsp.readFile(file, 'utf8').catch(() => null) : null;
    if (this.documents.get(uri)) return;
    if (text === null ? this.register.delete(uri) : this.register.set(uri, this.entriesOfText(uri, text))) this.changed(uri);
  }

  definition(uri: string, analysis: Analysis, position: { line: number; character: number }): Location[] {
    return definition(analysis, this.register, uri, position);
  }

  references(uri: string, analysis: Analysis, position: { line: number; character: number }, includeDeclaration: boolean): Location[] {
    return references(analysis, this.register, uri, position, includeDeclaration);
  }

  /** Completion of a new act's number: the next number of each series of the same kind. */
  nextNumbers(uri: string, analysis: Analysis, position: { line: number; character: number }, numbering: Numbering | null = null): CompletionItem[] {
    return nextNumbers(analysis, this.register, uri, position, new Date().getFullYear(), numbering).map((n, i) => ({
      label: n.number, kind: CompletionItemKind.Value, detail: n.detail, sortText: `0${i}`, filterText: n.number,
      textEdit: { range: n.range, newText: n.number },
    }));
  }

  symbols(query: string): SymbolInformation[] {
    return searchActs(this.register, query).map((s) => ({
      name: s.name, kind: SymbolKind.File, containerName: s.detail, location: { uri: s.uri, range: s.range },
    }));
  }

  /** `actes/registre`: the register in date order, once the first scan is over (the view « Registre des actes »). */
  async list(): Promise<{ version: 1; acts: unknown[] }> {
    await this.scanned;
    return {
      version: 1,
      acts: registerOrder(this.register.entries()).map((e) => {
        const s = statusOf(this.register, e);
        return {
          uri: e.uri, path: e.name, number: e.number, kind: e.kind, kindLabel: capitalize(KIND_LABEL[e.kind]), date: e.date, object: e.object, matiere: e.matiere,
          signatory: e.signatory, status: s.status, statusBy: s.by.map((x) => x.number ?? x.name),
        };
      }),
    };
  }

  /** The register changed: analyses are redone, and the client's view « Registre des actes » refreshes. */
  private changed(except?: string): void {
    this.onChange(except);
    if (this.notifyView) void this.connection.sendNotification('actes/registreChanged').catch(() => undefined);
  }

  /** The register entries of a file's text (of its beginning, for a huge file: limits.ts). */
  private entriesOfText(uri: string, whole: string) {
    const text = whole.slice(0, analysedLength(whole));
    const index = new TextIndex(text);
    return entriesOf(readDocument(text, index).acts, text, uri, this.nameOf(uri));
  }

  private nameOf(uri: string): string {
    const file = pathOf(uri);
    if (!file) return uri;
    return this.relativeOf(file) ?? path.basename(file);
  }

  /** The path of a file in the first workspace folder that holds it, with `/`; null outside them. */
  private relativeOf(file: string): string | null {
    for (const folder of this.folders) {
      const rel = path.relative(folder, file);
      if (rel && !rel.startsWith('..') && !path.isAbsolute(rel)) return rel.split(path.sep).join('/');
    }
    return null;
  }
}

const capitalize = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

function pathOf(uri: string): string | null {
  try {
    return uri.startsWith('file:') ? fileURLToPath(uri) : null;
  } catch {
    return null;
  }
}

async function walk(dir: string, out: string[], isAct: (file: string) => boolean): Promise<void> {
  let names;
  try {
    names = await fsp.readdir(dir, { withFileTypes: true });
  } catch {
    return;
  }
  names.sort((a, b) => (a.name < b.name ? -1 : 1));
  for (const d of names) {
    if (out.length >= MAX_FILES) return;
    if (d.name.startsWith('.') || d.name === 'node_modules') continue;
    const p = path.join(dir, d.name);
    if (d.isDirectory()) await walk(p, out, isAct);
    else if (d.isFile() && isAct(p)) out.push(p);
  }
}

/** A file's size and modification date, or null when it cannot be read. */
function stampOf(file: string): string | null {
  try {
    const st = statSync(file);
    return `${st.size}:${st.mtimeMs}`;
  } catch {
    return null;
  }
}
