// The VS Code client: starts the bundled language server (dist/server.js) over IPC, shows its
// output channel "Actes" and registers the commands. Everything about acts lives in the server (the preview's page
// too: `actes/apercu`); the exports run the bundled CLI (dist/cli.js) in a child process.
import { frenchSpacing } from '../../server/src/core/french';
import * as vscode from 'vscode';
import { LanguageClient, TransportKind, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';
import { NOUVEL_ACTE, nouvelActe } from './nouvel-acte';
import { registerLanguageModelTools } from './lm-tools';
import { registerRegisterView } from './registre-view';
import { SERVER_NODE_OPTIONS } from '../../server/src/node-options';
import { registerPreview } from './apercu';
import { registerExport } from './exporter';

let client: LanguageClient | undefined;

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  const output = vscode.window.createOutputChannel('Actes', { log: true });
  context.subscriptions.push(output);
  context.subscriptions.push(vscode.commands.registerCommand(NOUVEL_ACTE, (prefix?: string) => nouvelActe(context, output, prefix)));

  const module = vscode.Uri.joinPath(context.extensionUri, 'dist', 'server.js').fsPath;
  // V8's code cache of the server goes in the extension's own storage (server/src/code-cache.ts); the client adds
  // its environment to this.
  const env = { ACTES_CACHE_DIR: vscode.Uri.joinPath(context.globalStorageUri, 'cache').fsPath };
  const serverOptions: ServerOptions = {
    // The server's heap sized for what it holds (server/src/node-options.ts).
    run: { module, transport: TransportKind.ipc, options: { execArgv: [...SERVER_NODE_OPTIONS], env } },
    debug: { module, transport: TransportKind.ipc, options: { execArgv: [...SERVER_NODE_OPTIONS, '--nolazy', '--inspect=6012'], env } },
  };
  const clientOptions: LanguageClientOptions = {
    documentSelector: [{ language: 'acte' }],
    outputChannel: output,
    traceOutputChannel: output,
    // The server then tells when the register of acts changes (the view « Registre des actes »).
    // and when it read the profile again (the preview « Actes : Aperçu » shows its signataire).
    initializationOptions: { registreView: true, apercu: true },
  };
  // The id "actes" makes the client honour the `actes.trace.server` setting.
  client = new LanguageClient('actes', 'Actes', serverOptions, clientOptions);
  try {
    await client.start();
  } catch (e) {
    output.error(`Le serveur Actes n’a pas démarré : ${(e as Error).message}`);
    void vscode.window.showErrorMessage(frenchSpacing('Actes : le serveur de langage n’a pas démarré ; voyez la sortie « Actes ».'));
  }
  registerLanguageModelTools(context, () => client);
  registerRegisterView(context, () => client);
  registerPreview(context, () => client);
  registerExport(context, output);
}

export async function deactivate(): Promise<void> {
  await client?.stop();
  client = undefined;
}
