// The view « Registre des actes » (Explorer): the acts of the workspace grouped by kind and year, each opening its
// file. Fed by the server's request `actes/registre`; refreshed when the server says the register changed.
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { actLabel, groupRegister, type KindGroup, type RegisterAct, type YearGroup } from './registre-groups';

type Node = { kind: KindGroup } | { year: YearGroup; parent: string } | { act: RegisterAct };

export const REGISTRE_VIEW = 'actes.registre';
export const REGISTRE_REFRESH = 'actes.registre.actualiser';

class RegisterTree implements vscode.TreeDataProvider<Node> {
  private readonly changed = new vscode.EventEmitter<void>();
  readonly onDidChangeTreeData = this.changed.event;
  private timer: NodeJS.Timeout | undefined;
  /** The list the view shows, and its text: a notification that changes nothing visible does not redraw the view. */
  private shown: { acts: RegisterAct[]; text: string } | undefined;
  /** Stable ids of the acts' rows (a file may hold several acts, even under one number): VS Code keeps a row across redraws. */
  private ids = new WeakMap<RegisterAct, string>();

  constructor(private readonly client: () => LanguageClient | undefined) {}

  /**
   * Coalesces the server's notifications (a number being typed changes the register at each keystroke), then redraws
   * the view only if the list differs from the one shown: a redraw under the mouse would swallow a click.
   * `force` (the view's refresh button) redraws in any case.
   */
  refresh(force = false): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      if (!this.shown && !force) return; // the view was never drawn: it asks for the list when it is
      void this.fetch().then((acts) => {
        const text = JSON.stringify(acts);
        if (!force && this.shown && this.shown.text === text) return;
        this.show(acts, text);
        this.changed.fire();
      });
    }, 300);
  }

  private show(acts: RegisterAct[], text: string): void {
    this.shown = { acts, text };
    const seen = new Map<string, number>();
    for (const act of acts) {
      const key = `${act.uri}#${act.number ?? ''}`;
      const n = seen.get(key) ?? 0;
      seen.set(key, n + 1);
      this.ids.set(act, `acte:${key}#${n}`);
    }
  }

  private async fetch(): Promise<RegisterAct[]> {
    const c = this.client();
    if (!c) return [];
    const r = await c.sendRequest<{ acts: RegisterAct[] }>('actes/registre').catch(() => ({ acts: [] }));
    return r.acts;
  }

  async getChildren(node?: Node): Promise<Node[]> {
    if (!node) {
      if (!this.shown) {
        const acts = await this.fetch();
        this.show(acts, JSON.stringify(acts));
      }
      return groupRegister(this.shown!.acts).map((kind) => ({ kind }));
    }
    if ('kind' in node) return node.kind.years.map((year) => ({ year, parent: node.kind.label }));
    if ('year' in node) return node.year.acts.map((act) => ({ act }));
    return [];
  }

  getTreeItem(node: Node): vscode.TreeItem {
    if ('kind' in node) {
      const item = new vscode.TreeItem(node.kind.label, vscode.TreeItemCollapsibleState.Expanded);
      item.id = `nature:${node.kind.label}`;
      item.description = `${node.kind.count}`;
      return item;
    }
    if ('year' in node) {
      const item = new vscode.TreeItem(node.year.year, vscode.TreeItemCollapsibleState.Expanded);
      item.id = `annee:${node.parent}:${node.year.year}`;
      item.description = `${node.year.acts.length}`;
      return item;
    }
    const { act } = node;
    const item = new vscode.TreeItem(actLabel(act), vscode.TreeItemCollapsibleState.None);
    item.id = this.ids.get(act);
    const uri = vscode.Uri.parse(act.uri);
    item.resourceUri = uri;
    item.description = [act.date ? new Date(`${act.date}T00:00:00`).toLocaleDateString('fr-FR') : null, act.status !== 'en vigueur' ? act.status : null].filter(Boolean).join(' · ');
    item.tooltip = `${act.path}${act.status !== 'en vigueur' ? ` (${act.status})` : ''}`;
    item.command = { command: 'vscode.open', title: 'Ouvrir l’acte', arguments: [uri] };
    item.iconPath = new vscode.ThemeIcon(act.status === 'abrogé' ? 'circle-slash' : 'file-text');
    return item;
  }
}

export function registerRegisterView(context: vscode.ExtensionContext, client: () => LanguageClient | undefined): void {
  const tree = new RegisterTree(client);
  context.subscriptions.push(
    vscode.window.registerTreeDataProvider(REGISTRE_VIEW, tree),
    vscode.commands.registerCommand(REGISTRE_REFRESH, () => tree.refresh(true)),
  );
  const c = client();
  if (c) context.subscriptions.push(c.onNotification('actes/registreChanged', () => tree.refresh()));
}
