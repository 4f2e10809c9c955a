// A tiny stand-in for the Actes extension: just enough behaviour (diagnostic, hover, completion, symbols, quick fix)
// to check the e2e harness before the real extension exists. Plain CommonJS, no dependencies.
const vscode = require('vscode');

const ARTICLE_TEXT = 'Le maire peut, en outre, par délégation du conseil municipal, être chargé (stand-in e2e).';

function diagnose(doc, collection) {
  if (doc.languageId !== 'acte') return;
  const out = [];
  for (let i = 0; i < doc.lineCount; i++) {
    const line = doc.lineAt(i).text;
    const at = line.indexOf('A_SIGNER');
    if (at >= 0) {
      const d = new vscode.Diagnostic(new vscode.Range(i, at, i, at + 8),
        'Le signataire n\'est pas identifié (prénom, nom, qualité).', vscode.DiagnosticSeverity.Error);
      d.code = 'TST-001';
      d.source = 'actes-e2e';
      out.push(d);
    }
  }
  collection.set(doc.uri, out);
}

function activate(context) {
  const collection = vscode.languages.createDiagnosticCollection('actes-e2e');
  context.subscriptions.push(collection);
  vscode.workspace.textDocuments.forEach((d) => diagnose(d, collection));
  context.subscriptions.push(
    vscode.workspace.onDidOpenTextDocument((d) => diagnose(d, collection)),
    vscode.workspace.onDidChangeTextDocument((e) => diagnose(e.document, collection)),
    vscode.languages.registerHoverProvider('acte', {
      provideHover(doc, pos) {
        const range = doc.getWordRangeAtPosition(pos, /L\.\s?\d{4}-\d+(-\d+)?/);
        if (!range) return undefined;
        return new vscode.Hover(new vscode.MarkdownString(`**${doc.getText(range)}**\n\n${ARTICLE_TEXT}`), range);
      },
    }),
    vscode.languages.registerCompletionItemProvider('acte', {
      provideCompletionItems(doc, pos) {
        if (!/^\s*Vu\s/.test(doc.lineAt(pos.line).text.slice(0, pos.character))) return [];
        const item = new vscode.CompletionItem('le code général des collectivités territoriales', vscode.CompletionItemKind.Reference);
        item.insertText = 'le code général des collectivités territoriales,';
        return [item];
      },
    }, ' '),
    vscode.languages.registerDocumentSymbolProvider('acte', {
      provideDocumentSymbols(doc) {
        const symbols = [];
        for (let i = 0; i < doc.lineCount; i++) {
          const m = /^\s*(ARTICLE\s+\S+)/.exec(doc.lineAt(i).text);
          if (m) {
            const r = doc.lineAt(i).range;
            symbols.push(new vscode.DocumentSymbol(m[1], '', vscode.SymbolKind.Module, r, r));
          }
        }
        return symbols;
      },
    }),
    vscode.languages.registerCodeActionsProvider('acte', {
      provideCodeActions(doc, range, ctx) {
        return ctx.diagnostics.filter((d) => d.code === 'TST-001').map((d) => {
          const fix = new vscode.CodeAction('Renseigner le signataire', vscode.CodeActionKind.QuickFix);
          fix.diagnostics = [d];
          fix.isPreferred = true;
          fix.edit = new vscode.WorkspaceEdit();
          fix.edit.replace(doc.uri, d.range, 'Jean DUPONT, Maire');
          return fix;
        });
      },
    }, { providedCodeActionKinds: [vscode.CodeActionKind.QuickFix] }),
  );
}

module.exports = { activate, deactivate() {} };
