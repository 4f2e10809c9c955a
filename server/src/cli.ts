// `actes check [--format text|json] <files or folders>…` — the same checks as the editor, for CI and batches.
// Exit codes: 0 no error-severity diagnostic, 1 at least one, 2 usage or I/O failure.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative, extname } from 'node:path';
import { analyze } from './core/service';
import { actToJson, diagnosticToJson, documentToJson } from './core/json';
import { EMPTY_CATALOGUE, type Catalogue } from './core/catalogue';
import { dataVersionText, loadCatalogue } from './catalogue/load-node';
import { loadProfileFile } from './profile-node';
import type { Profile } from './core/profile';

const USAGE = `Usage : actes check [--format text|json] <fichiers ou dossiers>…

Vérifie des actes administratifs (arrêtés, décisions, délibérations) et affiche les diagnostics.
Dossiers : tous les fichiers .acte et .txt qu’ils contiennent, récursivement.

Options :
  --format text|json   format de sortie (text par défaut)
  --profil <fichier>   profil de la collectivité (actes.json ; par défaut ./actes.json s’il existe)
  --niveau essentiel|complet
                       essentiel (par défaut) : erreurs, avertissements et remarques utiles, remarques
                       de typographie regroupées ; complet : chaque remarque à sa propre sévérité
  -h, --help           cette aide
  -v, --version        version

Codes de sortie : 0 aucune erreur, 1 au moins une erreur, 2 erreur d’utilisation ou de lecture.`;

const ACT_EXTENSIONS = new Set(['.acte', '.txt']);

class UsageError extends Error {}

function collect(path: string, out: string[]): void {
  let st;
  try {
    st = statSync(path);
  } catch {
    throw new UsageError(`Fichier ou dossier introuvable : ${path}`);
  }
  if (st.isDirectory()) {
    const before = out.length;
    const walk = (dir: string) => {
      for (const name of readdirSync(dir).sort()) {
        if (name.startsWith('.') || name === 'node_modules') continue;
        const p = join(dir, name);
        const s = statSync(p);
        if (s.isDirectory()) walk(p);
        else if (ACT_EXTENSIONS.has(extname(name).toLowerCase())) out.push(p);
      }
    };
    walk(path);
    if (out.length === before) throw new UsageError(`Aucun acte (.acte ou .txt) dans le dossier ${path}`);
  } else out.push(path);
}

function readUtf8(path: string): string {
  let buf: Buffer;
  try {
    buf = readFileSync(path);
  } catch (e) {
    throw new UsageError(`Lecture impossible de ${path} : ${(e as NodeJS.ErrnoException).code ?? 'erreur inconnue'}`);
  }
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(buf);
  } catch {
    throw new UsageError(`${path} n’est pas un texte UTF-8 : enregistrez-le en UTF-8 (dans VS Code : « Enregistrer avec l’encodage »).`);
  }
}

export function main(argv: string[], io = { out: process.stdout, err: process.stderr }): number {
  const args = [...argv];
  if (args.length === 0 || args[0] === '-h' || args[0] === '--help' || args[0] === 'aide') {
    (args.length === 0 ? io.err : io.out).write(USAGE + '\n');
    return args.length === 0 ? 2 : 0;
  }
  if (args[0] === '-v' || args[0] === '--version') {
    io.out.write(`actes ${VERSION}\n${dataVersionText()}`);
    return 0;
  }
  try {
    if (args[0] !== 'check') throw new UsageError(`Commande inconnue : « ${args[0]} ». Seule « actes check » existe.`);
    args.shift();
    let format = 'text';
    let profilePath: string | null = null;
    let niveau: string | undefined;
    const paths: string[] = [];
    for (let i = 0; i < args.length; i++) {
      const a = args[i];
      if (a === '--format' || a.startsWith('--format=')) {
        format = a.includes('=') ? a.split('=')[1] : args[++i];
        if (format !== 'text' && format !== 'json') throw new UsageError(`Format inconnu : « ${format ?? ''} ». Formats : text, json.`);
      } else if (a === '--profil' || a === '--profile') {
        profilePath = args[++i] ?? null;
        if (!profilePath) throw new UsageError('--profil attend un fichier.');
      } else if (a === '--niveau' || a.startsWith('--niveau=')) {
        niveau = a.includes('=') ? a.split('=')[1] : args[++i];
        if (niveau !== 'essentiel' && niveau !== 'complet') throw new UsageError(`Niveau inconnu : « ${niveau ?? ''} ». Niveaux : essentiel, complet.`);
      } else if (a === '-h' || a === '--help') {
        io.out.write(USAGE + '\n');
        return 0;
      } else if (a.startsWith('-') && a !== '-') throw new UsageError(`Option inconnue : ${a}`);
      else paths.push(a);
    }
    if (paths.length === 0) throw new UsageError('Aucun fichier à vérifier. ' + USAGE.split('\n')[0]);
    const files: string[] = [];
    for (const p of paths) collect(p, files);

    let catalogue: Catalogue = EMPTY_CATALOGUE;
    try {
      catalogue = loadCatalogue();
    } catch (e) {
      io.err.write(`actes : catalogue juridique indisponible (${(e as Error).message}) ; les vérifications des références sont désactivées.\n`);
    }
    const loaded = loadProfileFile(profilePath);
    const problems = loaded.problems;
    // --niveau wins over the profile file's « niveau ».
    const profile = niveau ? { ...loaded.profile, level: niveau as Profile['level'] } : loaded.profile;
    for (const p of problems) io.err.write(`actes : ${p}\n`);

    let errors = 0;
    let warnings = 0;
    const results = [];
    for (const file of files) {
      const text = readUtf8(file);
      const a = analyze(text, { catalogue, profile });
      const shown = relative(process.cwd(), file) || file;
      for (const d of a.diagnostics) {
        if (d.severity === 'error') errors++;
        else if (d.severity === 'warning') warnings++;
      }
      if (format === 'json') results.push({ path: shown, act: actToJson(a.act), ...documentToJson(a.document), diagnostics: a.diagnostics.map(diagnosticToJson) });
      else {
        for (const d of a.diagnostics) {
          io.out.write(`${shown}:${d.range.start.line + 1}:${d.range.start.character + 1}: ${d.severity} ${d.code} ${d.message}\n`);
        }
      }
    }
    if (format === 'json') io.out.write(JSON.stringify({ version: 1, files: results }, null, 2) + '\n');
    else {
      const plural = (n: number, w: string) => `${n} ${w}${n > 1 ? 's' : ''}`;
      io.out.write(`${plural(files.length, 'fichier')} vérifié${files.length > 1 ? 's' : ''} : ${plural(errors, 'erreur')}, ${plural(warnings, 'avertissement')}.\n`);
    }
    return errors > 0 ? 1 : 0;
  } catch (e) {
    if (e instanceof UsageError) {
      io.err.write(`actes : ${e.message}\n`);
      return 2;
    }
    io.err.write(`actes : erreur interne : ${(e as Error).message}\n`);
    return 2;
  }
}

declare const __VERSION__: string | undefined;
const VERSION = typeof __VERSION__ === 'string' ? __VERSION__ : 'dev';

if (require.main === module) process.exitCode = main(process.argv.slice(2));
export default main;
