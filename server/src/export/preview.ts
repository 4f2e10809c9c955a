// « Actes : Aperçu »: the acts of a document as the PDF lays them out (the blocks of `actes export html`, on an A4
// sheet, with « #signature# » where the parapheur signs), for a VS Code webview. The page carries its own strict
// Content-Security-Policy: nothing may load, only the stylesheet bearing the nonce applies, and no script runs unless
// the caller asks for one bearing the nonce (the webview's, which keeps the scroll position). Pure; light
// enough for the language server (no pdfkit).
import type { Analysis } from '../core/service';
import type { Profile } from '../core/profile';
import { exportAct, type ExportAct } from './document';
import { ACT_STYLE, actBody, actHeading, escapeHtml } from './html';

/** The preview's sheet: the PDF's A4 page and margins (64 pt ≈ 2.26 cm), its type sizes; section titles kept for screen readers only. */
const PREVIEW_STYLE = ACT_STYLE
  + 'html{background:#e8e8e8}body{max-width:none;margin:0;padding:1.5rem 0;font-size:10.5pt;line-height:1.35}'
  + '.page{background:#fff;color:#111;width:21cm;max-width:calc(100% - 2rem);box-sizing:border-box;min-height:29.7cm;margin:0 auto 1.5rem;padding:2cm 2.26cm;box-shadow:0 1px 4px rgba(0,0,0,.35)}'
  + 'header p{font-weight:bold;font-size:10pt}h1{font-size:14pt;margin-top:1.5rem;margin-bottom:.25rem}.objet{font-size:11pt}'
  + '.bloc{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap}'
  + 'p{margin:0 0 6pt;text-align:justify}h2.verbe{font-size:10.5pt;text-transform:uppercase;margin:1rem 0 .5rem}h3{font-size:10.5pt;margin:.6rem 0 .15rem}'
  + '.vote{font-weight:bold}.fait,.signature p{text-align:left}.fait{margin-left:50%;margin-top:1.5rem}.signature{margin-top:0}.nom{font-weight:bold}'
  + '.parapheur{font-size:9pt;color:#555}.publication{border-top:none;font-size:8.5pt;margin-top:3rem;padding-top:0}'
  + '.vide{font-family:system-ui,sans-serif;text-align:center;color:#555;margin-top:3rem}';

export interface PreviewOptions {
  /** Nonce of the stylesheet in the Content-Security-Policy (base64 characters). */
  readonly nonce: string;
  /** Let a script bearing the nonce run (the webview adds one that keeps the scroll position); default: no script. */
  readonly script?: boolean;
  /** Name of the document, for the page title when it holds no act. */
  readonly name?: string;
}

/** The acts of the document, read for the exports. */
export function previewActs(analysis: Analysis, profile: Profile, name = 'acte'): ExportAct[] {
  if (analysis.document.shape === 'empty') return [];
  return analysis.document.acts.map((act, i) => exportAct(act, analysis.text, profile, `${name}-${i + 1}`));
}

/** The whole preview page: one sheet per act. */
export function previewHtml(acts: readonly ExportAct[], opts: PreviewOptions): string {
  const nonce = /^[A-Za-z0-9+/=]{8,}$/.test(opts.nonce) ? opts.nonce : 'invalide';
  const title = acts.length ? acts.map(actHeading).join(' ; ') : `Aperçu de ${opts.name ?? 'l’acte'}`;
  const sheets = acts.length
    ? acts.flatMap((a) => ['<div class="page">', ...actBody(a, { parapheur: true }), '</div>'])
    : ['<p class="vide">Rien à afficher : le document ne contient pas encore d’acte.</p>'];
  return [
    '<!DOCTYPE html>', '<html lang="fr">', '<head>', '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'nonce-${nonce}'; img-src 'none'; script-src ${opts.script && nonce !== 'invalide' ? `'nonce-${nonce}'` : '\'none\''}; form-action 'none'; base-uri 'none'">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escapeHtml(title)}</title>`,
    `<style nonce="${nonce}">${PREVIEW_STYLE}</style>`,
    '</head>', '<body>', ...sheets, '</body>', '</html>', '',
  ].join('\n');
}
