// `actes registre [--format md|csv|json] <dossiers>…` — the register of the acts of folders, in date order.
// Also builds the register `actes check` hands to the REG rules.
import { readFileSync } from 'node:fs';
import { readDocument } from '../core/service';
import { filesOf } from './discover';
import { TextIndex } from '../core/text';
import { ActRegister, entriesOf, registerOrder, statusOf, type RegisterEntry } from '../core/register';
import { KIND_LABEL } from '../core/rules/util';

const USAGE = `Usage : actes registre [--format md|csv|json] <dossiers ou fichiers>…

Liste les actes des dossiers par ordre de date : numéro, date, nature, objet, matière, signataire, état
(en vigueur, modifié, abrogé). Dossiers : les fichiers .acte et .txt qu’ils contiennent, récursivement.

Options :
  --format md|csv|json   format de sortie (md par défaut)
  -h, --help             cette aide`;

class UsageError extends Error {}

/** Files of the folders (and files) given, in a stable order (the discovery of `actes check`). */
function collect(paths: readonly string[]): string[] {
  const { files, problems } = filesOf(paths);
  if (problems.length) throw new UsageError(problems[0]);
  return files;
}

/** Adds one document's acts to the register (parse only: no rules). */
export function addToRegister(register: ActRegister, key: string, name: string, text: string): void {
  const index = new TextIndex(text);
  const doc = readDocument(text, index);
  register.set(key, entriesOf(doc.acts, text, key, name));
}

/** The register of files whose texts are known (`actes check`: every file given; unreadable ones are skipped). */
export function registerOfFiles(files: readonly string[], read: (file: string) => string | null): ActRegister {
  const register = new ActRegister();
  for (const file of files) {
    const text = read(file);
    if (text !== null) addToRegister(register, file, file, text);
  }
  return register;
}

function readText(file: string): string | null {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(readFileSync(file));
  } catch {
    return null;
  }
}

export interface RegisterRow {
  readonly path: string;
  readonly number: string | null;
  readonly kind: RegisterEntry['kind'];
  readonly date: string | null;
  readonly object: string | null;
  readonly matiere: string | null;
  readonly signatory: string | null;
  readonly status: 'en vigueur' | 'modifié' | 'abrogé';
  readonly statusBy: readonly string[];
  readonly cites: readonly string[];
  readonly modifies: readonly string[];
  readonly abrogates: readonly string[];
}

export function registerRows(register: ActRegister): RegisterRow[] {
  return registerOrder(register.entries()).map((e) => {
    const s = statusOf(register, e);
    return {
      path: e.name, number: e.number, kind: e.kind, date: e.date, object: e.object, matiere: e.matiere, signatory: e.signatory,
      status: s.status, statusBy: s.by.map((x) => x.number ?? x.name),
      cites: [...new Set(e.cites.map((c) => c.number))], modifies: e.modifies, abrogates: e.abrogates,
    };
  });
}

const csvCell = (v: string | null) => (v === null ? '' : /[";\n\r]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);
const mdCell = (v: string | null) => (v ?? '—').replace(/\|/g, '\\|').replace(/\s+/g, ' ');

function statusText(r: RegisterRow): string {
  return r.statusBy.length ? `${r.status} (${r.statusBy.join(', ')})` : r.status;
}

export function registre(argv: readonly string[], io: { readonly out: { write(s: string): unknown }; readonly err: { write(s: string): unknown } }): number {
  try {
    let format = 'md';
    const paths: string[] = [];
    for (let i = 0; i < argv.length; i++) {
      const a = argv[i];
      if (a === '--format' || a.startsWith('--format=')) {
        format = a.includes('=') ? a.split('=')[1] : argv[++i];
        if (format !== 'md' && format !== 'csv' && format !== 'json') throw new UsageError(`Format inconnu : « ${format ?? ''} ». Formats : md, csv, json.`);
      } else if (a === '-h' || a === '--help') {
        io.out.write(USAGE + '\n');
        return 0;
      } else if (a.startsWith('-')) throw new UsageError(`Option inconnue : ${a}`);
      else paths.push(a);
    }
    if (paths.length === 0) throw new UsageError('Aucun dossier à lister. ' + USAGE.split('\n')[0]);
    const files = collect(paths);
    let unreadable = 0;
    const register = registerOfFiles(files, (f) => {
      const t = readText(f);
      if (t === null) {
        unreadable++;
        io.err.write(`actes : lecture impossible ou texte non UTF-8 : ${f}\n`);
      }
      return t;
    });
    const rows = registerRows(register);
    if (format === 'json') io.out.write(JSON.stringify({ version: 1, acts: rows }, null, 2) + '\n');
    else if (format === 'csv') {
      io.out.write('numero;date;nature;objet;matiere;signataire;etat;fichier\n');
      for (const r of rows) {
        io.out.write([r.number, r.date, KIND_LABEL[r.kind], r.object, r.matiere, r.signatory, statusText(r), r.path].map(csvCell).join(';') + '\n');
      }
    } else {
      io.out.write('| Numéro | Date | Nature | Objet | Matière | Signataire | État | Fichier |\n|---|---|---|---|---|---|---|---|\n');
      for (const r of rows) {
        io.out.write(`| ${[r.number, r.date, KIND_LABEL[r.kind], r.object, r.matiere, r.signatory, statusText(r), r.path].map(mdCell).join(' | ')} |\n`);
      }
    }
    return unreadable > 0 ? 2 : 0;
  } catch (e) {
    io.err.write(`actes : ${e instanceof UsageError ? e.message : `erreur interne : ${(e as Error).message}`}\n`);
    return 2;
  }
}
