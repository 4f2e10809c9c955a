// The language server: thin glue between an LSP connection and the pure core. It keeps the open
// documents (incremental sync), one Analysis per (uri, version), pushes diagnostics right after
// each change, and answers each request from the analysis of the document's current version.
import {
  DidChangeConfigurationNotification, DidChangeWatchedFilesNotification, MessageType, ShowMessageNotification,
  TextDocumentEdit, TextDocumentSyncKind, TextDocuments,
  type CodeAction, type CompletionList, type Connection, type InitializeParams, type InitializeResult, type WorkspaceEdit,
} from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { EMPTY_CATALOGUE, type Catalogue } from '../core/catalogue';
import { DEFAULT_PROFILE } from '../core/profile';
import { documentSymbols } from '../core/features/symbols';
import { foldingRanges } from '../core/features/folding';
import { selectionRanges } from '../core/features/selection';
import { documentLinks } from '../core/features/links';
import { hover } from '../core/features/hover';
import { quickFixes } from '../core/features/actions';
import { AnalysisCache } from './analyses';
import { completionClient, completionList, type CompletionClient } from './completion';
import { flattenSymbols, toLspDiagnostic } from './convert';
import { isProfileFile, resolveProfile, uriToPath, type RawSettings } from './configuration';
import { registerToolRequest } from '../mcp/lsp';

export interface ServerOptions {
  /** Loads the legal catalogue; throws with a French message when it cannot. */
  readonly loadCatalogue: () => Catalogue;
  /** Base URI of the rules page, for rules whose source is usage rather than a text. */
  readonly docsBase: string | null;
  readonly version: string;
}

export function startServer(connection: Connection, options: ServerOptions): void {
  const documents = new TextDocuments(TextDocument);
  let catalogue: Catalogue = EMPTY_CATALOGUE;
  const cache = new AnalysisCache({ catalogue, profile: DEFAULT_PROFILE, docsBase: options.docsBase });
  let root: string | null = null;
  let pullConfiguration = false;
  let dynamicConfiguration = false;
  let dynamicWatchers = false;
  let versionedEdits = false;
  let hierarchicalSymbols = true;
  let completion: CompletionClient = { snippets: false, markdown: false };
  let pushedSettings: RawSettings = undefined;
  let lastProblems = new Set<string>();
  let catalogueMessage = '';

  // Diagnostics wait for the first settings, so the first ones published already honour them.
  let settingsLoaded!: () => void;
  const ready = new Promise<void>((resolve) => (settingsLoaded = resolve));

  const log = (message: string) => connection.console.log(message);

  /** Runs a handler; an internal error is logged and answered with a neutral value. */
  const guard = <T>(what: string, fallback: T, run: () => T): T => {
    try {
      return run();
    } catch (e) {
      connection.console.error(`Actes : erreur interne (${what}) : ${(e as Error).stack ?? e}`);
      return fallback;
    }
  };

  const analysisOf = (uri: string) => {
    const doc = documents.get(uri);
    return doc ? { doc, analysis: cache.get(doc) } : null;
  };

  // ---- Diagnostics, pushed after each change (coalesced within one turn of the event loop).
  const pending = new Set<string>();
  let flushScheduled = false;
  const flush = () => {
    flushScheduled = false;
    const uris = [...pending];
    pending.clear();
    for (const uri of uris) {
      const doc = documents.get(uri);
      if (!doc) continue;
      const diagnostics = guard('diagnostics', [], () => cache.get(doc).diagnostics.map(toLspDiagnostic));
      void connection.sendDiagnostics({ uri, version: doc.version, diagnostics });
    }
  };
  const schedule = (uri: string) => {
    pending.add(uri);
    if (flushScheduled) return;
    flushScheduled = true;
    void ready.then(() => setImmediate(flush));
  };
  const republishAll = () => documents.all().forEach((d) => schedule(d.uri));

  documents.onDidChangeContent((e) => schedule(e.document.uri));
  documents.onDidClose((e) => {
    pending.delete(e.document.uri);
    cache.delete(e.document.uri);
    void connection.sendDiagnostics({ uri: e.document.uri, diagnostics: [] });
  });

  // ---- Settings and the workspace profile.
  const reloadSettings = async () => {
    let settings = pushedSettings;
    if (pullConfiguration) {
      try {
        settings = await connection.workspace.getConfiguration('actes');
      } catch (e) {
        log(`Actes : réglages illisibles (${(e as Error).message}) ; réglages par défaut utilisés.`);
        settings = undefined;
      }
    }
    const { profile, problems } = resolveProfile(settings, root);
    const current = new Set(problems);
    for (const p of problems) {
      connection.console.warn(`Actes : ${p}`);
      if (!lastProblems.has(p)) void connection.sendNotification(ShowMessageNotification.type, { type: MessageType.Warning, message: `Actes : ${p}` });
    }
    lastProblems = current;
    cache.setOptions({ ...cache.current, profile });
    republishAll();
  };
  // Reloads run one after the other, so the last change always wins.
  let reloading = Promise.resolve();
  const reload = () => {
    reloading = reloading
      .then(reloadSettings)
      .catch((e) => connection.console.error(`Actes : ${(e as Error).message}`))
      .finally(settingsLoaded);
  };

  connection.onInitialize((params: InitializeParams): InitializeResult => {
    const caps = params.capabilities;
    pullConfiguration = !!caps.workspace?.configuration;
    dynamicConfiguration = !!caps.workspace?.didChangeConfiguration?.dynamicRegistration;
    dynamicWatchers = !!caps.workspace?.didChangeWatchedFiles?.dynamicRegistration;
    versionedEdits = !!caps.workspace?.workspaceEdit?.documentChanges;
    hierarchicalSymbols = !!caps.textDocument?.documentSymbol?.hierarchicalDocumentSymbolSupport;
    completion = completionClient(caps);
    root = uriToPath(params.workspaceFolders?.[0]?.uri ?? params.rootUri ?? null) ?? (params.rootPath || null);
    pushedSettings = (params.initializationOptions as { settings?: unknown } | undefined)?.settings;

    const started = performance.now();
    try {
      catalogue = options.loadCatalogue();
      const ms = Math.round(performance.now() - started);
      catalogueMessage = `catalogue juridique chargé en ${ms} ms (${catalogue.codes.length} codes, ${catalogue.texts.length} textes).`;
    } catch (e) {
      catalogue = EMPTY_CATALOGUE;
      catalogueMessage = `catalogue juridique indisponible (${(e as Error).message}) ; les vérifications et liens des références sont désactivés.`;
    }
    cache.setOptions({ ...cache.current, catalogue });

    return {
      capabilities: {
        textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental },
        documentSymbolProvider: { label: 'Actes' },
        foldingRangeProvider: true,
        selectionRangeProvider: true,
        documentLinkProvider: { resolveProvider: false },
        completionProvider: { resolveProvider: false },
        hoverProvider: true,
        codeActionProvider: { codeActionKinds: ['quickfix'], resolveProvider: false },
      },
      serverInfo: { name: 'actes-language-server', version: options.version },
    };
  });

  connection.onInitialized(() => {
    log(`Actes ${options.version} : ${catalogueMessage}`);
    if (root) log(`Actes : dossier de travail ${root}`);
    if (dynamicConfiguration) void connection.client.register(DidChangeConfigurationNotification.type, { section: 'actes' });
    if (dynamicWatchers) void connection.client.register(DidChangeWatchedFilesNotification.type, { watchers: [{ globPattern: '**/actes.json' }] });
    reload();
  });

  connection.onDidChangeConfiguration((params) => {
    if (!pullConfiguration) pushedSettings = (params.settings as { actes?: unknown } | null)?.actes;
    reload();
  });

  connection.onDidChangeWatchedFiles((params) => {
    if (params.changes.some((c) => isProfileFile(c.uri, root))) {
      log('Actes : actes.json a changé ; profil rechargé.');
      reload();
    }
  });

  // ---- Requests: each reads the analysis of the current version (computed now if needed).
  connection.onDocumentSymbol((p) => guard('symboles', [], () => {
    const a = analysisOf(p.textDocument.uri);
    if (!a) return [];
    const symbols = documentSymbols(a.analysis);
    return hierarchicalSymbols ? symbols : flattenSymbols(symbols, p.textDocument.uri);
  }));

  connection.onFoldingRanges((p) => guard('repliage', [], () => {
    const a = analysisOf(p.textDocument.uri);
    return a ? foldingRanges(a.analysis) : [];
  }));

  connection.onSelectionRanges((p) => guard('sélection', [], () => {
    const a = analysisOf(p.textDocument.uri);
    return a ? selectionRanges(a.analysis, p.positions) : [];
  }));

  connection.onDocumentLinks((p) => guard('liens', [], () => {
    const a = analysisOf(p.textDocument.uri);
    return a ? documentLinks(a.analysis, catalogue) : [];
  }));

  connection.onCompletion((p): CompletionList => guard('complétion', { isIncomplete: false, items: [] }, () => {
    const a = analysisOf(p.textDocument.uri);
    return a ? completionList(a.analysis, p.position, catalogue, completion) : { isIncomplete: false, items: [] };
  }));

  connection.onHover((p) => guard('survol', null, () => {
    const a = analysisOf(p.textDocument.uri);
    const h = a ? hover(a.analysis, p.position, catalogue) : null;
    return h ? { contents: { kind: 'markdown' as const, value: h.markdown }, range: h.range } : null;
  }));

  connection.onCodeAction((p) => guard('actions', [], () => {
    const only = p.context.only;
    if (only && !only.some((k) => k === '' || k === 'quickfix' || 'quickfix'.startsWith(`${k}.`))) return [];
    const a = analysisOf(p.textDocument.uri);
    if (!a) return [];
    const { doc } = a;
    return quickFixes(a.analysis, p.range).map((fix): CodeAction => {
      const edits = fix.edits.map((e) => ({ range: e.range, newText: e.newText }));
      const edit: WorkspaceEdit = versionedEdits
        ? { documentChanges: [TextDocumentEdit.create({ uri: doc.uri, version: doc.version }, edits)] }
        : { changes: { [doc.uri]: edits } };
      return { title: fix.title, kind: 'quickfix', diagnostics: [toLspDiagnostic(fix.diagnostic)], isPreferred: fix.preferred, edit };
    });
  }));

  // Agent tools (VS Code language-model tools): answered once the settings are read.
  registerToolRequest(connection, () => ready.then(() => ({ catalogue, profile: cache.current.profile ?? DEFAULT_PROFILE, docsBase: options.docsBase })));

  documents.listen(connection);
  connection.listen();
}
