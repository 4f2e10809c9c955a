// The "Actes : nouvel acte…" command: pick a kind of act, get an untitled `acte` document
// filled with the matching snippet skeleton of the extension (snippets/acte.code-snippets).
import { frenchSpacing } from '../../server/src/core/french';
import * as vscode from 'vscode';
import { snippetBody } from './snippets';
import { TEMPLATES } from './templates';

export const NOUVEL_ACTE = 'actes.nouvelActe';

async function readSnippets(extensionUri: vscode.Uri): Promise<string> {
  const bytes = await vscode.workspace.fs.readFile(vscode.Uri.joinPath(extensionUri, 'snippets', 'acte.code-snippets'));
  return new TextDecoder('utf-8').decode(bytes);
}

export async function nouvelActe(context: vscode.ExtensionContext, log: vscode.LogOutputChannel, prefix?: string): Promise<vscode.TextEditor | undefined> {
  const chosen = prefix ? TEMPLATES.find((t) => t.prefix === prefix) : await vscode.window.showQuickPick(TEMPLATES, {
    title: 'Nouvel acte',
    placeHolder: 'Quelle sorte d’acte ?',
    matchOnDescription: true,
  });
  if (!chosen) return undefined;
  let body: string | null = null;
  try {
    body = snippetBody(await readSnippets(context.extensionUri), chosen.prefix);
  } catch (e) {
    log.error(`Lecture des modèles impossible : ${(e as Error).message}`);
  }
  if (body === null) {
    void vscode.window.showErrorMessage(frenchSpacing(`Actes : le modèle « ${chosen.prefix} » est introuvable dans snippets/acte.code-snippets.`));
    return undefined;
  }
  const doc = await vscode.workspace.openTextDocument({ language: 'acte', content: '' });
  const editor = await vscode.window.showTextDocument(doc);
  await editor.insertSnippet(new vscode.SnippetString(body), new vscode.Position(0, 0));
  return editor;
}
