// `actes check [--format text|json] <files or folders>…` — the same checks as the editor, for CI and batches.
// Exit codes: 0 no error-severity diagnostic, 1 at least one, 2 usage error or a file that could not be read.
// The work is in cli/: discover.ts (which files), read.ts (reading safely), check-file.ts (one file),
// check.ts (order, streaming, threads), pool.ts and worker.ts (worker threads).
import { dataVersionText } from './catalogue/load-node';
import { loadProfileFile } from './profile-node';
import type { Profile } from './core/profile';
import { defaultJobs, runCheck, type Io } from './cli/check';
import type { Format } from './cli/check-file';
import { quote } from './cli/read';
import { exportMain } from './export/cli';
import { registre } from './cli/registre';

const USAGE = `Usage : actes check [--format text|json] <fichiers ou dossiers>…
        actes export <ctes|scdl|pdf|html|docx> [--out <dossier>] <fichiers ou dossiers>… (actes export --help)

Vérifie des actes administratifs (arrêtés, décisions, délibérations) et affiche les diagnostics.
Dossiers : tous les fichiers .acte et .txt qu’ils contiennent, récursivement (sauf les dossiers
cachés et node_modules). Un fichier illisible est signalé et les autres sont vérifiés.
Plusieurs fichiers forment un registre : chaque acte est aussi jugé avec les autres (règles REG :
numéro déjà pris par un autre fichier, trou dans une série, acte cité mal daté ou abrogé).

Options :
  --format text|json   format de sortie (text par défaut) ; le JSON est indenté dans un terminal,
                       d’une ligne par fichier ailleurs (fichier, tube)
  --profil <fichier>   profil de la collectivité (actes.json ; par défaut ./actes.json s’il existe)
  --niveau essentiel|complet
                       essentiel (par défaut) : erreurs, avertissements et remarques utiles, remarques
                       de typographie regroupées ; complet : chaque remarque à sa propre sévérité
  --jobs <n>           nombre de fils d’exécution (par défaut, un par cœur ; 1 pour n’en utiliser qu’un)
  --verbose            affiche à la fin, sur la sortie d’erreur, le nombre de fichiers, de fils et la durée
  -h, --help           cette aide
  -v, --version        version

Codes de sortie : 0 aucune erreur, 1 au moins une erreur, 2 erreur d’utilisation ou fichier illisible.`;

class UsageError extends Error {}

export async function main(argv: string[], io: Io = { out: process.stdout, err: process.stderr }): Promise<number> {
  const args = [...argv];
  if (args.length === 0 || args[0] === '-h' || args[0] === '--help' || args[0] === 'aide') {
    (args.length === 0 ? io.err : io.out).write(USAGE + '\n');
    return args.length === 0 ? 2 : 0;
  }
  if (args[0] === '-v' || args[0] === '--version') {
    io.out.write(`actes ${VERSION}\n${dataVersionText()}`);
    return 0;
  }
  if (args[0] === 'export') return exportMain(args.slice(1), io);
  if (args[0] === 'registre') return registre(args.slice(1), io);
  try {
    if (args[0] !== 'check') throw new UsageError(`Commande inconnue : ${quote(args[0])}. Commandes : ${quote('actes check')}, ${quote('actes export')}, ${quote('actes registre')}.`);
    args.shift();
    let format: Format = 'text';
    let profilePath: string | null = null;
    let jobs = defaultJobs();
    let verbose = false;
    let niveau: Profile['level'] | undefined;
    const paths: string[] = [];
    let optionsEnded = false;
    for (let i = 0; i < args.length; i++) {
      const a = args[i];
      const value = () => (a.includes('=') ? a.slice(a.indexOf('=') + 1) : args[++i]);
      if (optionsEnded) paths.push(a);
      else if (a === '--') optionsEnded = true;
      else if (a === '--format' || a.startsWith('--format=')) {
        const f = value();
        if (f !== 'text' && f !== 'json') throw new UsageError(`Format inconnu : ${quote(f ?? '')}. Formats : text, json.`);
        format = f;
      } else if (a === '--profil' || a === '--profile' || a.startsWith('--profil=') || a.startsWith('--profile=')) {
        profilePath = value() || null;
        if (!profilePath) throw new UsageError('--profil attend un fichier.');
      } else if (a === '--niveau' || a.startsWith('--niveau=')) {
        const v = value();
        if (v !== 'essentiel' && v !== 'complet') throw new UsageError(`Niveau inconnu : ${quote(v ?? '')}. Niveaux : essentiel, complet.`);
        niveau = v;
      } else if (a === '--jobs' || a === '-j' || a.startsWith('--jobs=')) {
        const v = value();
        const n = Number(v);
        if (!/^\d+$/.test(v ?? '') || n < 1 || n > 256) throw new UsageError(`--jobs attend un nombre entier de 1 à 256 (reçu : ${quote(v ?? '')}).`);
        jobs = n;
      } else if (a === '--verbose') verbose = true;
      else if (a === '-h' || a === '--help') {
        io.out.write(USAGE + '\n');
        return 0;
      } else if (a.startsWith('-') && a !== '-') throw new UsageError(`Option inconnue : ${a}`);
      else paths.push(a);
    }
    if (paths.length === 0) throw new UsageError('Aucun fichier à vérifier. ' + USAGE.split('\n')[0]);

    const loaded = loadProfileFile(profilePath);
    for (const p of loaded.problems) io.err.write(`actes : ${p}\n`);
    // --niveau wins over the profile file's « niveau ».
    const profile: Profile = niveau ? { ...loaded.profile, level: niveau } : loaded.profile;
    return await runCheck({ paths, format, profile, jobs, verbose }, io);
  } catch (e) {
    if (e instanceof UsageError) {
      io.err.write(`actes : ${e.message}\n`);
      return 2;
    }
    io.err.write(`actes : erreur interne : ${(e as Error)?.message ?? String(e)}\n`);
    return 2;
  }
}

declare const __VERSION__: string | undefined;
const VERSION = typeof __VERSION__ === 'string' ? __VERSION__ : 'dev';

if (require.main === module) {
  void main(process.argv.slice(2)).then((code) => {
    process.exitCode = code;
  });
}
export default main;
