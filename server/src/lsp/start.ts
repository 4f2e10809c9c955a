// The language server: thin glue between an LSP connection and the pure core. It keeps the open
// documents (incremental sync), one Analysis per (uri, version), pushes diagnostics of the latest
// version once a burst of changes is over (analyses.ts), and answers each request from the
// analysis of the document's current version. Diagnostics carry no edit: quick fixes are built
// when the editor asks (codeAction, codeAction/resolve). Every message it sends is French.
import { frenchSpacing } from '../core/french';
import {
  DidChangeConfigurationNotification, DidChangeWatchedFilesNotification, ErrorCodes, LSPErrorCodes, MessageType, ResponseError,
  ShowMessageNotification, TextDocumentEdit, TextDocumentSyncKind, TextDocuments, WatchKind,
  type CancellationToken, type CodeAction, type CompletionList, type Connection, type InitializeParams, type InitializeResult,
  type Diagnostic, type Position, type TextEdit, type WorkspaceEdit,
} from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { LineDocuments } from './documents';
import { EMPTY_CATALOGUE, type Catalogue } from '../core/catalogue';
import { DEFAULT_PROFILE } from '../core/profile';
import { documentSymbols } from '../core/features/symbols';
import { foldingRanges } from '../core/features/folding';
import { selectionRanges } from '../core/features/selection';
import { documentLinks } from '../core/features/links';
import { hover, plainText } from '../core/features/hover';
import { fixAllEdits, fixAt, quickFixes } from '../core/features/actions';
import type { Analysis } from '../core/service';
import type { ActesDiagnostic } from '../core/rules/rule';
import { AnalysisCache } from './analyses';
import { completionClient, completionList, type CompletionClient } from './completion';
import { flattenSymbols, readDiagnosticData, toLspDiagnostic, type CodeActionData } from './convert';
import { isClassificationFile, isProfileFile, profileFingerprint, resolveProfile, uriToPath, type RawSettings } from './configuration';
import { CANCELLED_MESSAGE, REFUSED, type RefusedParams } from './lifecycle';
import { registerToolRequest } from '../mcp/lsp';
import { WORKSPACE_INDEX_CAPABILITIES, WorkspaceIndex } from './workspace-index';
import { actHover, actLinks } from '../core/register/navigation';
import { codeLoad } from '../code-cache';
import { APERCU_PROFILE_CHANGED, APERCU_REQUEST, apercu, type ApercuParams } from './apercu';

/** The code action kind of « corriger tout » (`source.fixAll` for editors' fix-on-save). */
const FIX_ALL = 'source.fixAll.actes';

export interface ServerOptions {
  /** Loads the legal catalogue; throws with a French message when it cannot. */
  readonly loadCatalogue: () => Catalogue;
  /** Base URI of the rules page, for rules whose source is usage rather than a text. */
  readonly docsBase: string | null;
  readonly version: string;
  /** Called once, on the turn after the first diagnostics are published (server.ts: V8's code cache is written). */
  readonly onFirstDiagnostics?: () => void;
}

export function startServer(connection: Connection, options: ServerOptions): void {
  /** When each phase of the start ended (performance.now(): milliseconds since the process started), for the log. */
  const startup = { initializeAt: 0, catalogueMs: 0, firstAnalysisAt: 0, published: false };
  // Documents as lines: a keystroke costs the lines it touches, not a copy of the act (documents.ts).
  const documents = new TextDocuments(LineDocuments);
  const cache = new AnalysisCache({ catalogue: EMPTY_CATALOGUE, profile: DEFAULT_PROFILE, docsBase: options.docsBase });
  // The legal catalogue is read once the editor has said `initialized` (initialize is answered without it), or at
  // once when something needs it first; every use goes through theCatalogue().
  let catalogue: Catalogue | null = null;
  const theCatalogue = (): Catalogue => {
    if (catalogue) return catalogue;
    const started = performance.now();
    let message: string;
    try {
      catalogue = options.loadCatalogue();
      startup.catalogueMs = performance.now() - started;
      message = `catalogue juridique chargé en ${Math.round(startup.catalogueMs)} ms (${catalogue.codes.length} codes, ${catalogue.texts.length} textes).`;
    } catch (e) {
      catalogue = EMPTY_CATALOGUE;
      message = `catalogue juridique indisponible (${(e as Error).message}) ; les vérifications et liens des références sont désactivés.`;
    }
    cache.setOptions({ ...cache.current, catalogue });
    log(`Actes ${options.version} : ${message}`);
    return catalogue;
  };
  /** The analysis of this version of the document, with the catalogue loaded. */
  const analysed = (doc: TextDocument): Analysis => {
    theCatalogue();
    return cache.get(doc);
  };
  // The register of the workspace's acts: when it changes, the REG diagnostics of the other open documents may.
  // They are analysed again in the background, like after a change (latest version only, dropped when
  // superseded), and published again only if their diagnostics differ from the ones published.
  const published = new Map<string, { version: number; diagnostics: Diagnostic[] }>();
  const rechecked = new Set<string>();
  const workspace = new WorkspaceIndex(connection, documents, (except) => {
    cache.invalidate(except);
    for (const d of documents.all()) {
      if (d.uri === except) continue;
      rechecked.add(d.uri);
      schedule(d.uri);
    }
  });
  cache.setOptions({ ...cache.current, register: workspace.register });
  let root: string | null = null;
  let pullConfiguration = false;
  let dynamicConfiguration = false;
  let dynamicWatchers = false;
  let versionedEdits = false;
  let hierarchicalSymbols = true;
  let completion: CompletionClient = { snippets: false, markdown: false };
  let markdownHover = false;
  let resolveEdits = false;
  let pushedSettings: RawSettings = undefined;
  /** The client shows previews (`initializationOptions.apercu`): it is told when the profile was read again. */
  let notifyApercu = false;
  let lastProblems = new Set<string>();
  /** What actes.json looked like when last read (to re-read it only when it changed). */
  let profileSeen: string | null = null;

  // Diagnostics wait for the first settings, so the first ones published already honour them.
  let settingsLoaded!: () => void;
  const ready = new Promise<void>((resolve) => (settingsLoaded = resolve));

  const log = (message: string) => connection.console.log(message);
  frenchProtocolLog(connection);

  /** Runs a handler; an internal error is logged and answered with a neutral value. */
  const guard = <T>(what: string, fallback: T, run: () => T): T => {
    try {
      return run();
    } catch (e) {
      if (e instanceof ResponseError) throw e;
      process.stderr.write(`Actes : erreur interne (${what}) : ${(e as Error).stack ?? e}\n`);
      connection.console.error(`Actes : erreur interne (${what}) ; réponse vide envoyée. Le détail est sur la sortie d’erreur du serveur.`);
      return fallback;
    }
  };

  /** A request cancelled by the client is answered RequestCancelled, not computed. */
  const checkCancelled = (token: CancellationToken | undefined) => {
    if (token?.isCancellationRequested) throw new ResponseError(LSPErrorCodes.RequestCancelled, CANCELLED_MESSAGE);
  };

  /** Runs a request that computes: refused if already cancelled, guarded, checked again before answering. */
  const compute = <T>(token: CancellationToken | undefined, what: string, fallback: T, run: () => T): T => {
    checkCancelled(token);
    const result = guard(what, fallback, run);
    checkCancelled(token);
    return result;
  };

  const analysisOf = (uri: string) => {
    const doc = documents.get(uri);
    return doc ? { doc, analysis: analysed(doc) } : null;
  };
  /** The analysis for a request at `position`; null beyond the analysed beginning of a huge document (limits.ts). */
  const analysisAt = (uri: string, position: Position) => {
    const a = analysisOf(uri);
    if (!a || a.analysis.text.length === a.doc.getText().length) return a;
    const end = a.analysis.index.positionAt(a.analysis.text.length);
    return position.line < end.line || (position.line === end.line && position.character <= end.character) ? a : null;
  };
  /** Huge documents told that only their beginning is analysed (once each, until they become small again). */
  const toldPartial = new Set<string>();
  const tellIfPartial = (doc: TextDocument, analysis: Analysis) => {
    const length = doc.getText().length;
    if (analysis.text.length === length) {
      toldPartial.delete(doc.uri);
      return;
    }
    if (toldPartial.has(doc.uri)) return;
    toldPartial.add(doc.uri);
    const line = analysis.index.positionAt(analysis.text.length).line;
    const message = `Actes : ce document est très volumineux (${length.toLocaleString('fr-FR')} caractères) ; seuls ses ${analysis.text.length.toLocaleString('fr-FR')} premiers caractères (jusqu’à la ligne ${(line + 1).toLocaleString('fr-FR')}) sont vérifiés. Découpez-le en plusieurs fichiers pour tout vérifier.`;
    log(`${message} (${doc.uri})`);
    void connection.sendNotification(ShowMessageNotification.type, { type: MessageType.Info, message: frenchSpacing(message) });
  };

  // ---- Diagnostics of the latest version, once the incoming messages are drained.
  // The message queue handles one message per turn of the event loop; a change marks `changes`.
  // The background work runs only after a whole turn without a change, so changes read together
  // lead to one analysis (of the last version); it then runs in slices (analyses.ts) and drops
  // the work of a version as soon as a newer one arrives. A change that supersedes work under way
  // means the user is typing faster than we analyse (or pasting a burst): the work then waits for
  // BURST_QUIET_MS without a change, so a burst does not start (and drop) one analysis per gap.
  const BURST_QUIET_MS = 15;
  const pending = new Set<string>();
  let changes = 0;
  let changesSeen = -1;
  let running = false;
  let quietUntil = 0;
  // What is said of the words being typed is softer (core: `ActesDiagnostic.settled`); once the person has not typed
  // in the document for SETTLE_MS, its diagnostics are published again at their settled severity.
  const SETTLE_MS = 1500;
  const settling = new Map<string, ReturnType<typeof setTimeout>>();
  const unsettle = (uri: string) => {
    clearTimeout(settling.get(uri));
    settling.delete(uri);
  };
  const publish = (doc: TextDocument, analysis: Analysis) => {
    tellIfPartial(doc, analysis);
    guard('registre', undefined, () => workspace.documentAnalysed(doc.uri, analysis));
    const diagnostics = guard('diagnostics', [], () => analysis.diagnostics.map((d, i) => toLspDiagnostic(d, i, doc.version)));
    const last = published.get(doc.uri);
    // Analysed again only because the register changed: nothing to send if nothing changed.
    if (rechecked.delete(doc.uri) && last?.version === doc.version && JSON.stringify(last.diagnostics) === JSON.stringify(diagnostics)) return;
    published.set(doc.uri, { version: doc.version, diagnostics });
    void connection.sendDiagnostics({ uri: doc.uri, version: doc.version, diagnostics });
    if (!startup.published) firstDiagnostics();
    unsettle(doc.uri);
    if (analysis.diagnostics.some((d) => d.settled)) {
      const { uri, version } = doc;
      const timer = setTimeout(() => {
        settling.delete(uri);
        if (documents.get(uri)?.version !== version || pending.has(uri) || published.get(uri)?.version !== version) return;
        const settled = guard('diagnostics', [], () => analysis.diagnostics.map((d, i) => toLspDiagnostic(d, i, version, true)));
        published.set(uri, { version, diagnostics: settled });
        void connection.sendDiagnostics({ uri, version, diagnostics: settled });
      }, SETTLE_MS);
      timer.unref?.();
      settling.set(uri, timer);
    }
  };
  /** The start, phase by phase, in the log; then what waited for it (the code cache) may run. */
  const firstDiagnostics = () => {
    startup.published = true;
    const at = (ms: number) => `${Math.round(ms)} ms`;
    const code = codeLoad();
    const cache = { off: 'sans cache', absent: 'cache créé pour le prochain démarrage', used: 'cache utilisé', refused: 'cache refusé, recréé' };
    const phases = [
      ...(code ? [`Node prêt à ${at(code.startedAt)}`, `code chargé à ${at(code.loadedAt)} (${cache[code.cache]})`] : []),
      `initialize à ${at(startup.initializeAt)}`,
      `catalogue en ${at(startup.catalogueMs)}`,
      `analyse de ${at(startup.firstAnalysisAt)} à ${at(performance.now())}`,
    ];
    log(`Actes ${options.version} : premiers diagnostics à ${at(performance.now())} du lancement (${phases.join(', ')}).`);
    if (options.onFirstDiagnostics) setImmediate(options.onFirstDiagnostics);
  };
  const work = () => {
    running = false;
    if (changes !== changesSeen) {
      changesSeen = changes; // messages are still coming: wait one more turn
      wake();
      return;
    }
    const wait = quietUntil - performance.now();
    if (wait > 0) {
      running = true;
      setTimeout(work, Math.ceil(wait));
      return;
    }
    theCatalogue();
    if (!startup.firstAnalysisAt) startup.firstAnalysisAt = performance.now();
    for (const uri of [...pending]) {
      const doc = documents.get(uri);
      if (!doc) {
        pending.delete(uri);
        continue;
      }
      const analysis = guard('diagnostics', null, () => cache.advance(doc) ?? undefined);
      if (analysis === undefined) {
        wake(); // more to do for this document: give the event loop a turn first
        return;
      }
      pending.delete(uri);
      if (analysis) publish(doc, analysis);
    }
    startScan();
  };
  // The workspace's register (a scan that reads and parses every act of the folders) starts once the documents
  // open at start have their first diagnostics, so that they do not wait for it. Their diagnostics that depend on
  // the other acts (REG rules) come when the scan is over: published again then, only if they changed.
  let scanStarted = false;
  const startScan = () => {
    if (scanStarted || pending.size > 0) return;
    scanStarted = true;
    void workspace.start();
  };
  const wake = () => {
    if (running || pending.size === 0) return;
    running = true;
    setImmediate(work);
  };
  let isReady = false;
  void ready.then(() => {
    isReady = true;
    wake();
  });
  const schedule = (uri: string) => {
    if (cache.busy(uri)) quietUntil = performance.now() + BURST_QUIET_MS;
    pending.add(uri);
    changes++;
    if (isReady) wake();
  };
  const republishAll = () => documents.all().forEach((d) => schedule(d.uri));

  documents.onDidChangeContent((e) => schedule(e.document.uri));
  documents.onDidClose((e) => {
    unsettle(e.document.uri);
    pending.delete(e.document.uri);
    published.delete(e.document.uri);
    rechecked.delete(e.document.uri);
    toldPartial.delete(e.document.uri);
    cache.delete(e.document.uri);
    void connection.sendDiagnostics({ uri: e.document.uri, diagnostics: [] });
  });

  // ---- Settings and the workspace profile.
  const reloadSettings = async () => {
    let settings = pushedSettings;
    if (pullConfiguration) {
      // Both sections asked at once: one round trip to the editor before the first diagnostics, not two. The files
      // the user associated with the language are acts of the register too (VS Code's files.associations).
      const [actes, associated] = await Promise.all([
        connection.workspace.getConfiguration('actes').then((value: unknown) => ({ value }), () => null),
        connection.workspace.getConfiguration('files.associations').catch(() => undefined),
      ]);
      if (!actes) log('Actes : l’éditeur n’a pas fourni les réglages « actes » ; réglages par défaut utilisés.');
      settings = actes ? (actes.value as RawSettings) : undefined;
      if (workspace.setAssociations(associated)) watchAssociations();
    }
    profileSeen = profileFingerprint(root);
    const { profile, problems } = resolveProfile(settings, root);
    const current = new Set(problems);
    for (const p of problems) {
      connection.console.warn(`Actes : ${p}`);
      if (!lastProblems.has(p)) void connection.sendNotification(ShowMessageNotification.type, { type: MessageType.Warning, message: frenchSpacing(`Actes : ${p}`) });
    }
    lastProblems = current;
    cache.setOptions({ ...cache.current, profile });
    republishAll();
    // The preview shows the profile's signataire and collectivité: a client that shows one asks for it again.
    if (notifyApercu) void connection.sendNotification(APERCU_PROFILE_CHANGED);
  };
  // Reloads run one after the other, so the last change always wins.
  let reloading = Promise.resolve();
  const reload = () => {
    profileSeen = profileFingerprint(root); // read again just before use; set now so a save meanwhile does not reload twice
    reloading = reloading
      .then(reloadSettings)
      .catch((e) => {
        process.stderr.write(`actes-language-server : ${(e as Error).stack ?? e}\n`);
        connection.console.error('Actes : rechargement des réglages impossible ; les réglages précédents restent en vigueur (détail sur la sortie d’erreur du serveur).');
      })
      .finally(settingsLoaded);
  };
  /** Without a file watcher from the client: re-read actes.json when a document is opened or saved, if it changed. */
  const recheckProfile = () => {
    if (dynamicWatchers || !root) return;
    if (profileFingerprint(root) !== profileSeen) {
      log('Actes : actes.json a changé ; profil rechargé.');
      reload();
    }
  };
  documents.onDidOpen(() => recheckProfile());
  documents.onDidSave(() => recheckProfile());

  connection.onInitialize((params: InitializeParams): InitializeResult => {
    const caps = params.capabilities ?? {};
    pullConfiguration = !!caps.workspace?.configuration;
    dynamicConfiguration = !!caps.workspace?.didChangeConfiguration?.dynamicRegistration;
    dynamicWatchers = !!caps.workspace?.didChangeWatchedFiles?.dynamicRegistration;
    versionedEdits = !!caps.workspace?.workspaceEdit?.documentChanges;
    hierarchicalSymbols = !!caps.textDocument?.documentSymbol?.hierarchicalDocumentSymbolSupport;
    completion = completionClient(caps);
    markdownHover = !!caps.textDocument?.hover?.contentFormat?.includes('markdown');
    resolveEdits = !!caps.textDocument?.codeAction?.resolveSupport?.properties?.includes('edit') && !!caps.textDocument?.codeAction?.dataSupport;
    root = uriToPath(params.workspaceFolders?.[0]?.uri ?? params.rootUri ?? null) ?? (params.rootPath || null);
    pushedSettings = (params.initializationOptions as { settings?: unknown } | undefined)?.settings;
    notifyApercu = (params.initializationOptions as { apercu?: unknown } | undefined)?.apercu === true;

    workspace.initialize(params);
    startup.initializeAt = performance.now();

    return {
      capabilities: {
        textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental, save: { includeText: false } },
        documentSymbolProvider: { label: 'Actes' },
        foldingRangeProvider: true,
        selectionRangeProvider: true,
        documentLinkProvider: { resolveProvider: false },
        completionProvider: { resolveProvider: false },
        hoverProvider: true,
        codeActionProvider: { codeActionKinds: ['quickfix', FIX_ALL], resolveProvider: resolveEdits },
        ...WORKSPACE_INDEX_CAPABILITIES,
      },
      serverInfo: { name: 'actes-language-server', version: options.version },
    };
  });

  /** File watchers for the files associated with the language, registered again when the associations change. */
  let associationWatchers: Promise<{ dispose(): void } | null> = Promise.resolve(null);
  const watchAssociations = () => {
    if (!dynamicWatchers) return;
    const globs = workspace.associationGlobs;
    associationWatchers = associationWatchers.then(async (old) => {
      old?.dispose();
      if (globs.length === 0) return null;
      return connection.client.register(DidChangeWatchedFilesNotification.type, {
        watchers: globs.map((globPattern) => ({ globPattern, kind: WatchKind.Create | WatchKind.Change | WatchKind.Delete })),
      }).catch(() => null);
    });
  };

  connection.onInitialized(() => {
    if (root) log(`Actes : dossier de travail ${root}`);
    if (dynamicConfiguration) void connection.client.register(DidChangeConfigurationNotification.type, { section: ['actes', 'files.associations'] });
    if (dynamicWatchers) {
      // Creation and deletion too: `sed -i` and `mv` replace the file rather than change it.
      void connection.client.register(DidChangeWatchedFilesNotification.type, {
        watchers: [
          { globPattern: '**/actes.json', kind: WatchKind.Create | WatchKind.Change | WatchKind.Delete },
          { globPattern: '**/*.acte', kind: WatchKind.Create | WatchKind.Change | WatchKind.Delete },
          // The préfecture's classification file the profile names (`classification`).
          { globPattern: '**/*.xml', kind: WatchKind.Create | WatchKind.Change | WatchKind.Delete },
        ],
      });
    }
    if (workspace.associationGlobs.length) watchAssociations();
    reload();
    // The catalogue is read now, while the editor answers the request for the settings just sent (diagnostics wait
    // for both); anything that needs it earlier reads it at once (theCatalogue()).
    setImmediate(() => guard('catalogue', undefined, () => void theCatalogue()));
    // The first scan waits for the first settings (they say which files are associated with the language), and
    // for the first diagnostics of the documents already open (startScan).
    void ready.then(startScan);
  });

  connection.onDidChangeConfiguration((params) => {
    if (!pullConfiguration) {
      pushedSettings = (params.settings as { actes?: unknown } | null)?.actes;
      const pushed = (params.settings as { files?: { associations?: unknown } } | null)?.files?.associations;
      if (pushed !== undefined && workspace.setAssociations(pushed)) watchAssociations();
    }
    reload();
  });

  connection.onDidChangeWatchedFiles((params) => {
    void workspace.filesChanged(params.changes);
    if (params.changes.some((c) => isProfileFile(c.uri, root))) {
      log('Actes : actes.json a changé ; profil rechargé.');
      reload();
    } else if (params.changes.some((c) => isClassificationFile(c.uri, cache.current.profile?.classification, root))) {
      log('Actes : le fichier de classification de la préfecture a changé ; profil rechargé.');
      reload();
    }
  });

  // ---- Requests: each reads the analysis of the current version (computed now if needed).
  connection.onDocumentSymbol((p, token) => compute(token, 'symboles', [], () => {
    const a = analysisOf(p.textDocument.uri);
    if (!a) return [];
    const symbols = documentSymbols(a.analysis);
    return hierarchicalSymbols ? symbols : flattenSymbols(symbols, p.textDocument.uri);
  }));

  connection.onFoldingRanges((p, token) => compute(token, 'repliage', [], () => {
    const a = analysisOf(p.textDocument.uri);
    return a ? foldingRanges(a.analysis) : [];
  }));

  connection.onSelectionRanges((p, token) => compute(token, 'sélection', [], () => {
    const a = analysisOf(p.textDocument.uri);
    return a ? selectionRanges(a.analysis, p.positions) : [];
  }));

  connection.onDocumentLinks((p, token) => compute(token, 'liens', [], () => {
    const a = analysisOf(p.textDocument.uri);
    return a ? [...documentLinks(a.analysis, theCatalogue()), ...actLinks(a.analysis, workspace.register, a.doc.uri)] : [];
  }));

  connection.onCompletion((p, token): CompletionList => compute(token, 'complétion', { isIncomplete: false, items: [] }, () => {
    const a = analysisAt(p.textDocument.uri, p.position);
    if (!a) return { isIncomplete: false, items: [] };
    const list = completionList(a.analysis, p.position, theCatalogue(), completion, cache.current.profile ?? DEFAULT_PROFILE);
    const numbers = workspace.nextNumbers(a.doc.uri, a.analysis, p.position, cache.current.profile?.numerotation ?? null);
    return numbers.length ? { ...list, items: [...numbers, ...list.items] } : list;
  }));

  connection.onHover((p, token) => compute(token, 'survol', null, () => {
    const a = analysisAt(p.textDocument.uri, p.position);
    const h = a ? actHover(a.analysis, workspace.register, a.doc.uri, p.position) ?? hover(a.analysis, p.position, theCatalogue()) : null;
    if (!h) return null;
    return markdownHover
      ? { contents: { kind: 'markdown' as const, value: h.markdown }, range: h.range }
      : { contents: { kind: 'plaintext' as const, value: plainText(h.markdown) }, range: h.range };
  }));

  const workspaceEdit = (doc: TextDocument, edits: readonly { range: TextEdit['range']; newText: string }[]): WorkspaceEdit => {
    const list = edits.map((e) => ({ range: e.range, newText: e.newText }));
    return versionedEdits
      ? { documentChanges: [TextDocumentEdit.create({ uri: doc.uri, version: doc.version }, list)] }
      : { changes: { [doc.uri]: list } };
  };
  const lspDiagnostic = (analysis: Analysis, d: ActesDiagnostic, version: number) => toLspDiagnostic(d, analysis.diagnostics.indexOf(d), version);

  connection.onCodeAction((p, token) => compute(token, 'actions', [], () => {
    const only = p.context.only;
    const a = analysisOf(p.textDocument.uri);
    if (!a) return [];
    const { doc, analysis } = a;
    // « Corriger tout » of the grouped style remarks, only when the editor asks for source.fixAll (e.g. on save).
    if (only?.some((k) => k === 'source' || k === 'source.fixAll' || FIX_ALL.startsWith(`${k}.`) || k === FIX_ALL)) {
      const all = fixAllEdits(analysis);
      return all ? [{
        title: 'Actes : corriger tout (typographie et citations)',
        kind: FIX_ALL,
        diagnostics: all.diagnostics.map((d) => lspDiagnostic(analysis, d, doc.version)),
        edit: workspaceEdit(doc, all.edits),
      }] : [];
    }
    if (only && !only.some((k) => k === '' || k === 'quickfix' || 'quickfix'.startsWith(`${k}.`))) return [];
    // Diagnostics the editor names (by their data) count even when the range misses them.
    const named = p.context.diagnostics.map((d) => readDiagnosticData(d.data)).filter((d) => d !== null && d.v === doc.version).map((d) => d!.i);
    return quickFixes(analysis, p.range, undefined, named).map((fix): CodeAction => {
      const action: CodeAction = {
        title: fix.title,
        kind: 'quickfix',
        diagnostics: fix.diagnostics.map((d) => lspDiagnostic(analysis, d, doc.version)),
        ...(fix.preferred ? { isPreferred: true } : {}),
      };
      if (!resolveEdits) return { ...action, edit: workspaceEdit(doc, fix.edits) };
      const data: CodeActionData = { uri: doc.uri, v: doc.version, i: fix.diagnosticIndex, k: fix.fixIndex };
      return { ...action, data };
    });
  }));

  // The register of acts: definition and references on a cited act's number, workspace symbols, the register itself.
  connection.onDefinition((p) => guard('définition', [], () => {
    const a = analysisAt(p.textDocument.uri, p.position);
    return a ? workspace.definition(a.doc.uri, a.analysis, p.position) : [];
  }));
  connection.onReferences((p) => guard('références', [], () => {
    const a = analysisAt(p.textDocument.uri, p.position);
    return a ? workspace.references(a.doc.uri, a.analysis, p.position, p.context.includeDeclaration) : [];
  }));
  connection.onWorkspaceSymbol((p) => guard('symboles du dossier', [], () => workspace.symbols(p.query)));
  connection.onRequest('actes/registre', () => workspace.list());

  // « Actes : Aperçu »: the page of the document's current version, once the settings are read (the profile's
  // signataire and collectivité appear on it).
  connection.onRequest(APERCU_REQUEST, async (p: Partial<ApercuParams> | null, token) => {
    if (typeof p?.uri !== 'string') throw new ResponseError(ErrorCodes.InvalidParams, 'actes/apercu attend { "uri": "…" } : l’adresse d’un document ouvert.');
    await ready;
    return compute(token, 'aperçu', null, () => {
      const a = analysisOf(p.uri!);
      return a ? apercu(a.doc.uri, a.doc.version, a.analysis, cache.current.profile ?? DEFAULT_PROFILE, p.nonce) : null;
    });
  });

  // Agent tools (VS Code language-model tools): answered once the settings are read.
  registerToolRequest(connection, () => ready.then(() => ({ catalogue: theCatalogue(), profile: cache.current.profile ?? DEFAULT_PROFILE, docsBase: options.docsBase })));
  connection.onCodeActionResolve((action, token) => compute(token, 'résolution d’action', action, () => {
    const data = action.data as CodeActionData | undefined;
    if (!data || typeof data.uri !== 'string') return action;
    const doc = documents.get(data.uri);
    // The document changed since the action was offered: its edits would apply to another text.
    if (!doc || doc.version !== data.v) throw new ResponseError(LSPErrorCodes.ContentModified, 'le document a changé depuis que l’action a été proposée ; redemandez les corrections.');
    const fix = fixAt(analysed(doc), data.i, data.k);
    return fix ? { ...action, edit: workspaceEdit(doc, fix.edits) } : action;
  }));

  // Requests the lifecycle refuses (lifecycle.ts) are routed here to be answered with their error.
  connection.onRequest(REFUSED, (p: RefusedParams) => new ResponseError(p.code, p.message));
  // Unknown requests: the specification's MethodNotFound, in French.
  connection.onRequest((method: string) => new ResponseError(ErrorCodes.MethodNotFound, `méthode inconnue : « ${method} ».`));

  documents.listen(connection);
  connection.listen();
}

/** The JSON-RPC library's own log messages (English), said in French; the original goes to stderr. */
const PROTOCOL_MESSAGES: [RegExp, (m: RegExpExecArray) => string][] = [
  [/^Notification handler '([^']+)' failed/, (m) => `la notification « ${m[1]} » n’a pas pu être traitée (paramètres inattendus) ; elle est ignorée.`],
  [/^Notification (\S+) defines/, (m) => `la notification « ${m[1]} » n’a pas les paramètres attendus.`],
  [/^Received (?:empty )?message/, () => 'message JSON-RPC invalide ignoré.'],
  [/^Received response message without id/, () => 'réponse sans identifiant ignorée.'],
  [/^Response handler '([^']+)'/, (m) => `la réponse de l’éditeur à « ${m[1]} » n’a pas pu être traitée.`],
  [/^Sending .* failed/, () => 'envoi d’un message à l’éditeur impossible.'],
  [/^Processing message queue failed/, () => 'erreur interne dans la file des messages.'],
];

function frenchProtocolLog(connection: Connection): void {
  const console = connection.console;
  for (const level of ['error', 'warn', 'info', 'log'] as const) {
    const original = console[level].bind(console);
    console[level] = (message: string) => {
      if (typeof message === 'string' && message.startsWith('Actes')) {
        original(message);
        return;
      }
      process.stderr.write(`actes-language-server : ${message}\n`);
      const known = PROTOCOL_MESSAGES.map(([re, say]) => {
        const m = re.exec(String(message));
        return m ? say(m) : null;
      }).find((x) => x !== null);
      original(`Actes : ${known ?? 'erreur du protocole'} (détail sur la sortie d’erreur du serveur)`);
    };
  }
}
