// « Actes : Aperçu »: a webview beside the editor showing the act as the PDF lays it out, following the text as it
// is typed. The page comes from the language server (`actes/apercu`, computed from its analysis of the document's
// current version): the client bundles no core. Requests are debounced on change and only the answer to the
// latest one is shown. The page's Content-Security-Policy loads nothing; its one script (nonce'd, added here) keeps
// the scroll position when the page is replaced.
import { frenchSpacing } from '../../server/src/core/french';
import * as vscode from 'vscode';
import { randomBytes } from 'node:crypto';
import type { LanguageClient } from 'vscode-languageclient/node';
import { messagePage as message, withScript } from './apercu-page';

export const APERCU = 'actes.apercu';
const VIEW_TYPE = 'actes.apercu';
/** Milliseconds without a keystroke before the page is asked again. */
const DEBOUNCE_MS = 250;

interface ApercuResult {
  readonly uri: string;
  readonly version: number;
  readonly html: string;
}

class Preview implements vscode.Disposable {
  private panel: vscode.WebviewPanel | undefined;
  private document: vscode.TextDocument | undefined;
  private timer: NodeJS.Timeout | undefined;
  /** Number of the latest request: an older answer is dropped. */
  private sequence = 0;
  private readonly subscriptions: vscode.Disposable[] = [];

  constructor(private readonly client: () => LanguageClient | undefined) {
    this.subscriptions.push(
      vscode.workspace.onDidChangeTextDocument((e) => {
        if (this.panel && e.document === this.document && e.contentChanges.length > 0) this.schedule();
      }),
      vscode.window.onDidChangeActiveTextEditor((editor) => {
        // The preview follows the act being edited.
        if (this.panel && editor?.document.languageId === 'acte' && editor.document !== this.document) this.show(editor.document, false);
      }),
    );
  }

  /** The server read the profile again (settings, actes.json, the classification file): the page may change. */
  profileChanged(): void {
    if (this.panel) this.schedule(0);
  }

  show(document: vscode.TextDocument, reveal: boolean): void {
    this.document = document;
    const title = `Aperçu – ${document.uri.path.split('/').pop() ?? 'acte'}`;
    if (!this.panel) {
      this.panel = vscode.window.createWebviewPanel(VIEW_TYPE, title, { viewColumn: vscode.ViewColumn.Beside, preserveFocus: true }, {
        enableScripts: true,
        enableCommandUris: false,
        localResourceRoots: [],
      });
      this.panel.onDidDispose(() => {
        this.panel = undefined;
        this.document = undefined;
        if (this.timer) clearTimeout(this.timer);
      });
    } else {
      this.panel.title = title;
      if (reveal) this.panel.reveal(undefined, true);
    }
    void this.update();
  }

  private pending: vscode.CancellationTokenSource | undefined;

  private schedule(ms = DEBOUNCE_MS): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.update(), ms);
  }

  private async update(): Promise<void> {
    const panel = this.panel;
    const document = this.document;
    if (!panel || !document) return;
    const sequence = ++this.sequence;
    const client = this.client();
    if (!client?.isRunning()) {
      panel.webview.html = message('Le serveur Actes n’est pas démarré : voyez la sortie « Actes ».');
      return;
    }
    const nonce = randomBytes(18).toString('base64');
    // The request of an earlier version is cancelled: the server drops its work (only the latest page is shown).
    this.pending?.cancel();
    this.pending?.dispose();
    const pending = new vscode.CancellationTokenSource();
    this.pending = pending;
    let result: ApercuResult | null;
    try {
      result = await client.sendRequest<ApercuResult | null>('actes/apercu', { uri: document.uri.toString(), nonce }, pending.token);
    } catch (e) {
      if (sequence === this.sequence && this.panel === panel) panel.webview.html = message(`Aperçu impossible : ${(e as Error).message}`);
      return;
    }
    // A newer request was sent meanwhile (a keystroke, another act): this answer is already out of date.
    if (sequence !== this.sequence || this.panel !== panel || this.document !== document) return;
    if (!result) {
      panel.webview.html = message('Ce document n’est plus ouvert.');
      return;
    }
    panel.webview.html = withScript(result.html, nonce) ?? message('Aperçu refusé : la page reçue ne porte pas la politique de sécurité attendue.');
  }

  dispose(): void {
    if (this.timer) clearTimeout(this.timer);
    this.pending?.dispose();
    this.panel?.dispose();
    for (const s of this.subscriptions) s.dispose();
  }
}

/** The act to preview or export: the one given (editor title, explorer), else the active editor's. */
export function actDocument(uri?: vscode.Uri): vscode.TextDocument | undefined {
  if (uri instanceof vscode.Uri) {
    const open = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
    if (open) return open;
  }
  const active = vscode.window.activeTextEditor?.document;
  if (active?.languageId === 'acte') return active;
  return vscode.window.visibleTextEditors.find((e) => e.document.languageId === 'acte')?.document;
}

export function registerPreview(context: vscode.ExtensionContext, client: () => LanguageClient | undefined): void {
  const preview = new Preview(client);
  const c = client();
  if (c) context.subscriptions.push(c.onNotification('actes/profilRelu', () => preview.profileChanged()));
  context.subscriptions.push(preview, vscode.commands.registerCommand(APERCU, async (uri?: vscode.Uri) => {
    let document = actDocument(uri);
    if (!document && uri instanceof vscode.Uri) document = await vscode.workspace.openTextDocument(uri).then((d) => d, () => undefined);
    if (!document || document.languageId !== 'acte') {
      void vscode.window.showInformationMessage(frenchSpacing('Actes : ouvrez un acte (fichier .acte) pour en voir l’aperçu.'));
      return;
    }
    preview.show(document, true);
  }));
}
