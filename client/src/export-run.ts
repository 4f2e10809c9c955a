// « Actes : Exporter… » without VS Code: the formats offered, and the run of the bundled CLI (`dist/cli.js export`)
// in a child process. The export code (pdfkit, fonts, the Word writer) lives in dist/cli.js only: neither the
// extension nor the language server loads it, and a PDF's memory goes with the process that wrote it.
import { execFile } from 'node:child_process';
import path from 'node:path';

export type ExportFormat = 'pdf' | 'ctes' | 'html' | 'docx' | 'scdl';

export interface FormatChoice {
  readonly format: ExportFormat;
  readonly label: string;
  readonly description: string;
  readonly detail: string;
}

export const EXPORT_FORMATS: readonly FormatChoice[] = [
  { format: 'pdf', label: 'PDF/A à signer', description: '<numéro>.pdf', detail: 'PDF/A-2b mis en page, polices incorporées, « #signature# » où le parapheur signe.' },
  { format: 'ctes', label: 'Métadonnées @ctes (télétransmission)', description: '<numéro>.xml et <numéro>.json', detail: 'actes:Acte du schéma ACTES v1.1 et champs du formulaire de Pastell : nature, numéro, objet, date, classification.' },
  { format: 'html', label: 'Page web à publier', description: '<numéro>.html', detail: 'Page accessible pour le site de la collectivité (publication électronique), avec « mis en ligne le ».' },
  { format: 'docx', label: 'Document Word', description: '<numéro>.docx', detail: 'Pour les services qui finissent encore leurs actes dans Word.' },
  { format: 'scdl', label: 'Données ouvertes des délibérations (SCDL)', description: 'deliberations.csv', detail: 'Une ligne par délibération, colonnes du schéma « Délibérations » de schema.data.gouv.fr.' },
];

export interface ExportRequest {
  /** dist/cli.js of the extension. */
  readonly cli: string;
  readonly format: ExportFormat;
  /** Folder the files are written to. */
  readonly outDir: string;
  /** The acts (files or folders) on disk. */
  readonly files: readonly string[];
  /** The workspace's actes.json, when there is one. */
  readonly profile: string | null;
  /** The editor's `actes` settings (collectivite, niveau), merged under the profile file as the server does. */
  readonly settings?: { readonly collectivite?: unknown; readonly niveau?: unknown } | null;
  /** Where relative paths start (the workspace folder): the CLI runs there. */
  readonly cwd: string;
}

export interface ExportOutcome {
  /** 0 every act exported, 1 some act could not be, 2 usage or I/O failure (as `actes export`). */
  readonly status: number;
  /** Absolute paths of the files written. */
  readonly written: readonly string[];
  /** The CLI's French messages (warnings and errors), without the « actes : » prefix. */
  readonly messages: readonly string[];
}

/** The arguments of `dist/cli.js` for a request (no shell: each argument is passed as is). */
export function exportArgs(r: ExportRequest): string[] {
  const args = [r.cli, 'export', r.format, '--out', r.outDir];
  if (r.profile) args.push('--profil', r.profile);
  const settings = r.settings ?? {};
  if (settings.collectivite !== undefined || settings.niveau !== undefined) {
    args.push('--reglages', JSON.stringify({ collectivite: settings.collectivite, niveau: settings.niveau }));
  }
  // « -- » is not understood by the CLI; a file whose name starts with « - » is passed by its absolute path.
  args.push(...r.files.map((f) => (f.startsWith('-') ? path.resolve(r.cwd, f) : f)));
  return args;
}

/** What the CLI said: « Écrit : <path> » on stdout per file, « actes : … » on stderr per problem. */
export function readExportOutput(stdout: string, stderr: string, cwd: string, status: number): ExportOutcome {
  const written = stdout.split(/\r?\n/).map((l) => /^Écrit : (.+)$/.exec(l)?.[1]).filter((p): p is string => !!p).map((p) => path.resolve(cwd, p));
  const messages = stderr.split(/\r?\n/).map((l) => l.replace(/^actes : /, '').trim()).filter((l) => l.length > 0);
  return { status, written, messages };
}

/**
 * Runs the export with the given Node-capable executable (VS Code's own: `process.execPath` with
 * ELECTRON_RUN_AS_NODE=1, so no Node installation is needed). Never rejects.
 */
export function runExport(r: ExportRequest, executable: string = process.execPath): Promise<ExportOutcome> {
  return new Promise((resolve) => {
    execFile(executable, exportArgs(r), {
      cwd: r.cwd,
      env: { ...process.env, ELECTRON_RUN_AS_NODE: '1' },
      encoding: 'utf8',
      maxBuffer: 16 * 1024 * 1024,
      timeout: 5 * 60 * 1000,
      windowsHide: true,
    }, (error, stdout, stderr) => {
      const code = error && typeof (error as NodeJS.ErrnoException & { code?: unknown }).code === 'number' ? (error as unknown as { code: number }).code : error ? 2 : 0;
      const outcome = readExportOutput(stdout ?? '', stderr ?? '', r.cwd, code);
      if (error && code === 2 && outcome.messages.length === 0) {
        // A timeout, a signal or a crash: the export ran and was stopped. Never show the command line (English, long).
        const e = error as NodeJS.ErrnoException & { killed?: boolean; signal?: string | null };
        const message = e.killed || e.signal
          ? 'l’export a été interrompu (plus de 5 minutes, ou arrêté par le système).'
          : `l’export n’a pas pu être lancé${typeof e.code === 'string' ? ` (${e.code})` : ''}.`;
        resolve({ ...outcome, messages: [message] });
        return;
      }
      resolve(outcome);
    });
  });
}

/** The French summary of an outcome: « 2 fichiers écrits dans « … » : a.xml, a.json. » */
export function exportSummary(o: ExportOutcome, outDir: string): string {
  const names = o.written.map((p) => path.relative(outDir, p) || path.basename(p));
  const shown = names.length > 4 ? `${names.slice(0, 4).join(', ')}…` : names.join(', ');
  const files = o.written.length === 0
    ? 'aucun fichier écrit'
    : `${o.written.length === 1 ? '1 fichier écrit' : `${o.written.length} fichiers écrits`} dans « ${outDir} » : ${shown}`;
  const notes = o.messages.length === 0 ? '' : ` ; ${o.messages.length === 1 ? '1 remarque' : `${o.messages.length} remarques`} dans la sortie « Actes »`;
  return `Actes : ${files}${notes}.`;
}
