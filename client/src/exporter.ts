// « Actes : Exporter… »: the format (QuickPick), the folder (dialog), then `dist/cli.js export` on the current act
// or on the files chosen in the explorer, run with VS Code's own runtime (export-run.ts). Unsaved acts are saved
// first: the export reads the files, as `actes export` does.
import { frenchSpacing } from '../../server/src/core/french';
import * as vscode from 'vscode';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { EXPORT_FORMATS, exportSummary, runExport, type FormatChoice } from './export-run';
import { actDocument } from './apercu';

export const EXPORTER = 'actes.exporter';

/** The files to export: the explorer's selection (files or folders), else the current act. */
async function targets(uri?: vscode.Uri, selected?: vscode.Uri[]): Promise<vscode.Uri[] | string> {
  const chosen = (selected?.length ? selected : uri instanceof vscode.Uri ? [uri] : []).filter((u) => u instanceof vscode.Uri);
  if (chosen.length === 0) {
    const doc = actDocument();
    if (!doc) return 'ouvrez un acte (fichier .acte) ou choisissez des actes dans l’explorateur.';
    if (doc.isUntitled) {
      const saved = await doc.save();
      if (!saved || doc.isUntitled) return 'enregistrez l’acte avant de l’exporter.';
    }
    chosen.push(doc.uri);
  }
  for (const u of chosen) {
    if (u.scheme !== 'file') return `« ${u.toString()} » n’est pas un fichier sur le disque : enregistrez-le d’abord.`;
    // The export reads the files: what the editor holds unsaved is saved first.
    const open = vscode.workspace.textDocuments.find((d) => d.uri.toString() === u.toString());
    if (open?.isDirty && !(await open.save())) return `« ${path.basename(u.fsPath)} » n’a pas pu être enregistré.`;
  }
  return chosen;
}

async function openFolder(dir: vscode.Uri, first: vscode.Uri | undefined): Promise<void> {
  // In the workspace: shown in the explorer; elsewhere: in the system's file manager.
  if (first && vscode.workspace.getWorkspaceFolder(first)) await vscode.commands.executeCommand('revealInExplorer', first);
  else await vscode.commands.executeCommand('revealFileInOS', first ?? dir);
}

export function registerExport(context: vscode.ExtensionContext, output: vscode.LogOutputChannel): void {
  context.subscriptions.push(vscode.commands.registerCommand(EXPORTER, async (uri?: vscode.Uri, selected?: vscode.Uri[]) => {
    const files = await targets(uri, selected);
    if (typeof files === 'string') {
      void vscode.window.showWarningMessage(frenchSpacing(`Actes : ${files}`));
      return;
    }
    const pick = await vscode.window.showQuickPick<FormatChoice & vscode.QuickPickItem>(EXPORT_FORMATS.map((f) => ({ ...f })), {
      title: files.length === 1 ? `Exporter ${path.basename(files[0].fsPath)}` : `Exporter ${files.length} éléments`,
      placeHolder: 'Sous quelle forme ?',
      matchOnDescription: true,
      matchOnDetail: true,
    });
    if (!pick) return;
    const folder = vscode.workspace.getWorkspaceFolder(files[0]);
    const base = folder?.uri ?? vscode.Uri.file(path.dirname(files[0].fsPath));
    const dirs = await vscode.window.showOpenDialog({
      title: 'Dossier où écrire les fichiers exportés',
      openLabel: 'Exporter ici',
      canSelectFiles: false,
      canSelectFolders: true,
      canSelectMany: false,
      defaultUri: base,
    });
    const dir = dirs?.[0];
    if (!dir) return;
    if (dir.scheme !== 'file') {
      void vscode.window.showWarningMessage(frenchSpacing('Actes : choisissez un dossier sur le disque.'));
      return;
    }
    const cwd = folder?.uri.fsPath ?? path.dirname(files[0].fsPath);
    const profile = path.join(cwd, 'actes.json');
    const collectivite = vscode.workspace.getConfiguration('actes', files[0]).get<unknown>('collectivite');
    const outcome = await vscode.window.withProgress(
      { location: vscode.ProgressLocation.Notification, title: frenchSpacing(`Actes : export (${pick.label})…`) },
      () => runExport({
        cli: vscode.Uri.joinPath(context.extensionUri, 'dist', 'cli.js').fsPath,
        format: pick.format,
        outDir: dir.fsPath,
        files: files.map((f) => f.fsPath),
        profile: existsSync(profile) ? profile : null,
        // The signataire or SIRET set in the settings rather than in actes.json reach the export as they reach the server.
        settings: { collectivite: collectivite && typeof collectivite === 'object' && Object.keys(collectivite).length > 0 ? collectivite : undefined },
        cwd,
      }),
    );
    for (const m of outcome.messages) output.warn(`Export ${pick.format} : ${m}`);
    for (const f of outcome.written) output.info(`Export ${pick.format} : écrit ${f}`);
    const summary = exportSummary(outcome, dir.fsPath);
    const buttons = [...(outcome.written.length ? ['Ouvrir le dossier'] : []), ...(outcome.messages.length ? ['Voir la sortie'] : [])];
    const show = outcome.status === 0 ? vscode.window.showInformationMessage : outcome.written.length ? vscode.window.showWarningMessage : vscode.window.showErrorMessage;
    const text = outcome.written.length === 0 && outcome.messages.length ? `Actes : rien n’a été exporté : ${outcome.messages[0]}` : summary;
    const answer = await show(frenchSpacing(text), ...buttons);
    if (answer === 'Ouvrir le dossier') await openFolder(dir, outcome.written[0] ? vscode.Uri.file(outcome.written[0]) : undefined);
    else if (answer === 'Voir la sortie') output.show(true);
  }));
}
