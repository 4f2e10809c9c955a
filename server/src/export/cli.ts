// `actes export <ctes|scdl|pdf|html|docx> [--out <dir>] [--profil <file>] [--en-ligne AAAA-MM-JJ] <files or folders>…`
// Each act is written under a name made from its number. Exit codes: 0 all written, 1 an act could not be exported
// (missing number, date, classification…), 2 usage or I/O failure.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, extname, join, relative } from 'node:path';
import { analyze } from '../core/service';
import { filesOf } from '../cli/discover';
import { EMPTY_CATALOGUE, type Catalogue } from '../core/catalogue';
import { loadCatalogue } from '../catalogue/load-node';
import { loadProfileFile } from '../profile-node';
import { exportAct, type ExportAct } from './document';
import { acteXml, ctesProblems, pastellFields } from './ctes';
import { scdlCsv, scdlRow, type ScdlRow } from './scdl';
import { actHtml } from './html';
import { actDocx } from './docx';
import { actPdf, findFonts } from './pdf';
import type { Act } from '../core/model';
import { activeNomenclature } from '../core/classification';

export const EXPORT_USAGE = `Usage : actes export <ctes|scdl|pdf|html|docx> [--out <dossier>] [--profil <fichier>] <fichiers ou dossiers>…

Formats :
  ctes   <numéro>.xml (actes:Acte du schéma ACTES v1.1) et <numéro>.json (champs du formulaire « actes » de Pastell)
  scdl   deliberations.csv (schéma SCDL « Délibérations », UTF-8, virgule) pour les délibérations données
  pdf    <numéro>.pdf (PDF/A-2b, polices incorporées, « #signature# » pour le parapheur)
  html   <numéro>.html (page accessible pour le site de la collectivité)
  docx   <numéro>.docx (document Word)

Options :
  --out <dossier>          dossier de sortie (le dossier courant par défaut ; créé s’il n’existe pas)
  --profil <fichier>       profil de la collectivité (actes.json ; par défaut ./actes.json s’il existe)
  --en-ligne AAAA-MM-JJ    date de mise en ligne portée sur le PDF, la page et le document Word
  --reglages <json>        réglages de l’éditeur ({ "collectivite": {…}, "niveau": … }), complétés par le profil
                           (VS Code les passe avec « Actes : Exporter… »)

Codes de sortie : 0 tout est écrit, 1 un acte n’a pas pu être exporté, 2 erreur d’utilisation ou de lecture.`;

const FORMATS = ['ctes', 'scdl', 'pdf', 'html', 'docx'] as const;
type Format = (typeof FORMATS)[number];

class UsageError extends Error {}

interface Io {
  out: { write(s: string): unknown };
  err: { write(s: string): unknown };
}

/** The acts of one argument (a file, or the .acte and .txt files of a folder), found as `actes check` finds them. */
function collect(path: string, out: string[]): void {
  const { files, problems } = filesOf([path]);
  if (problems.length) throw new UsageError(problems[0]);
  if (files.length === 0) throw new UsageError(`Aucun acte (.acte ou .txt) dans le dossier ${path}`);
  out.push(...files);
}

function readText(path: string): string {
  let buf: Buffer;
  try {
    buf = readFileSync(path);
  } catch (e) {
    throw new UsageError(`Lecture impossible de ${path} : ${(e as NodeJS.ErrnoException).code ?? 'erreur inconnue'}`);
  }
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(buf);
  } catch {
    throw new UsageError(`${path} n’est pas un texte UTF-8 : enregistrez-le en UTF-8.`);
  }
}

export async function exportMain(argv: readonly string[], io: Io = { out: process.stdout, err: process.stderr }): Promise<number> {
  const args = [...argv];
  if (args.length === 0 || args[0] === '-h' || args[0] === '--help') {
    (args.length === 0 ? io.err : io.out).write(EXPORT_USAGE + '\n');
    return args.length === 0 ? 2 : 0;
  }
  try {
    const format = args.shift() as Format;
    if (!FORMATS.includes(format)) throw new UsageError(`Format d’export inconnu : « ${format} ». Formats : ${FORMATS.join(', ')}.`);
    let outDir = '.';
    let profilePath: string | null = null;
    let onlineDate: string | null = null;
    let settings: { collectivite?: unknown; niveau?: unknown } = {};
    const paths: string[] = [];
    for (let i = 0; i < args.length; i++) {
      const a = args[i];
      const value = (name: string) => {
        const v = a.includes('=') ? a.slice(a.indexOf('=') + 1) : args[++i];
        if (!v) throw new UsageError(`${name} attend une valeur.`);
        return v;
      };
      if (a === '--out' || a.startsWith('--out=')) outDir = value('--out');
      else if (a === '--profil' || a === '--profile' || a.startsWith('--profil=')) profilePath = value('--profil');
      else if (a === '--en-ligne' || a.startsWith('--en-ligne=')) {
        onlineDate = value('--en-ligne');
        if (!/^\d{4}-\d{2}-\d{2}$/.test(onlineDate)) throw new UsageError(`--en-ligne attend une date AAAA-MM-JJ (reçu « ${onlineDate} »).`);
      } else if (a === '--reglages' || a.startsWith('--reglages=')) {
        const raw = value('--reglages');
        let parsed: unknown;
        try {
          parsed = JSON.parse(raw);
        } catch {
          throw new UsageError('--reglages attend un objet JSON ({ "collectivite": { "nom": … } }).');
        }
        if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed)) throw new UsageError('--reglages attend un objet JSON ({ "collectivite": { "nom": … } }).');
        const o = parsed as Record<string, unknown>;
        settings = { collectivite: o.collectivite, niveau: o.niveau };
      } else if (a === '-h' || a === '--help') {
        io.out.write(EXPORT_USAGE + '\n');
        return 0;
      } else if (a.startsWith('-') && a !== '-') throw new UsageError(`Option inconnue : ${a}`);
      else paths.push(a);
    }
    if (paths.length === 0) throw new UsageError('Aucun fichier à exporter. ' + EXPORT_USAGE.split('\n')[0]);
    const files: string[] = [];
    for (const p of paths) collect(p, files);
    let catalogue: Catalogue = EMPTY_CATALOGUE;
    try {
      catalogue = loadCatalogue();
    } catch (e) {
      io.err.write(`actes : catalogue juridique indisponible (${(e as Error).message}) ; libellés des matières absents.\n`);
    }
    const { profile, problems } = loadProfileFile(profilePath, settings);
    for (const p of problems) io.err.write(`actes : ${p}\n`);
    // The préfecture's classification when the profile names it, else the national nomenclature.
    const nomenclature = activeNomenclature(catalogue, profile);
    const labels = (code: string) => nomenclature.matieres.find((m) => m.code === code)?.libelle ?? null;
    const fonts = format === 'pdf' ? findFonts() : null;
    if (format === 'pdf' && !fonts) throw new UsageError('polices DejaVu introuvables (dist/fonts ou paquet npm dejavu-fonts-ttf) : relancez « npm run build ».');
    try {
      mkdirSync(outDir, { recursive: true });
    } catch (e) {
      throw new UsageError(`Impossible de créer le dossier ${outDir} : ${(e as NodeJS.ErrnoException).code ?? 'erreur inconnue'}`);
    }

    let failed = 0;
    const used = new Set<string>();
    const rows: ScdlRow[] = [];
    const pending: Promise<void>[] = [];
    const write = (name: string, data: string | Uint8Array) => {
      const p = join(outDir, name);
      writeFileSync(p, data);
      io.out.write(`Écrit : ${relative(process.cwd(), p) || p}\n`);
    };
    for (const file of files) {
      const text = readText(file);
      const analysis = analyze(text, { catalogue, profile });
      const acts: readonly Act[] = analysis.document.shape === 'empty' ? [] : analysis.document.acts;
      if (acts.length === 0) {
        io.err.write(`actes : ${file} : aucun acte lisible ; rien n’est exporté.\n`);
        failed++;
        continue;
      }
      acts.forEach((act, i) => {
        const stem = basename(file, extname(file)) + (acts.length > 1 ? `-${i + 1}` : '');
        const e: ExportAct = exportAct(act, text, profile, stem);
        const where = `${file}${acts.length > 1 ? ` (acte ${i + 1}${e.number ? ` n° ${e.number}` : ''})` : ''}`;
        let name = e.fileName;
        for (let k = 2; used.has(name); k++) name = `${e.fileName}-${k}`;
        if (format === 'scdl') {
          if (!act.kind.startsWith('deliberation')) {
            io.err.write(`actes : ${where} : pas une délibération ; absente de deliberations.csv.\n`);
            return;
          }
          const r = scdlRow(e, act, profile, labels, where);
          rows.push(r.row);
          for (const w of r.warnings) io.err.write(`actes : ${w}\n`);
          return;
        }
        used.add(name);
        if (format === 'ctes') {
          const probs = ctesProblems(e, profile.teletransmission ?? null);
          for (const p of probs) io.err.write(`actes : ${where} : ${p.level === 'error' ? 'erreur' : 'avertissement'} : ${p.message}\n`);
          if (probs.some((p) => p.level === 'error')) {
            failed++;
            return;
          }
          const code = e.matiere.join('.');
          if (nomenclature.matieres.length > 0 && !labels(nomenclature.prefecture ? code : e.matiere.slice(0, 2).join('.'))) {
            io.err.write(`actes : ${where} : avertissement : la classification « ${code} » n’existe pas dans ${nomenclature.prefecture ? `la classification de la préfecture (${nomenclature.file})` : 'la nomenclature nationale'}.\n`);
          }
          write(`${name}.xml`, acteXml(e, { documentName: `${name}.pdf`, ...(nomenclature.date ? { classificationDate: nomenclature.date } : {}) }));
          write(`${name}.json`, JSON.stringify({ ...pastellFields(e, labels), arrete: `${name}.pdf` }, null, 2) + '\n');
        } else if (format === 'html') write(`${name}.html`, actHtml(e, { onlineDate }));
        else if (format === 'docx') write(`${name}.docx`, actDocx(e, { onlineDate }));
        else if (format === 'pdf') pending.push(actPdf(e, fonts!, { onlineDate }).then((b) => write(`${name}.pdf`, b)));
      });
    }
    await Promise.all(pending.splice(0));
    if (format === 'scdl') {
      if (rows.length === 0) {
        io.err.write('actes : aucune délibération parmi les fichiers donnés ; deliberations.csv n’est pas écrit.\n');
        return 1;
      }
      write('deliberations.csv', scdlCsv(rows));
    }
    return failed > 0 ? 1 : 0;
  } catch (e) {
    if (e instanceof UsageError) {
      io.err.write(`actes : ${e.message}\n`);
      return 2;
    }
    io.err.write(`actes : erreur interne : ${(e as Error).message}\n`);
    return 2;
  }
}
