// Builds dist/catalogue.json, the compact index the server and the CLI load, from
// the source files under data/. Every file is checked against its zod schema first;
// any error is printed in French with the file and the entry path, and the build
// exits with status 1.
//
//   node --import tsx scripts/build-catalogue.ts [--out <file>] [--data <dir>]   (npm run build:catalogue)
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import {
  COMPILED_VERSION,
  SOURCE_SCHEMAS,
  validateSource,
  type CompiledCatalogue,
  type SourceFile,
  type Sources,
} from '../server/src/catalogue/schemas.ts';
import { articleOrder } from '../server/src/catalogue/create.ts';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const DATA_DIR = path.join(ROOT, 'data');
export const DEFAULT_OUT = path.join(ROOT, 'dist', 'catalogue.json');

type Result<T> = { ok: true; value: T } | { ok: false; errors: string[] };

/** Reads and checks every source file of `dir`. */
export function readSources(dir = DATA_DIR): Result<Sources> {
  const errors: string[] = [];
  const sources: Partial<Record<SourceFile, unknown>> = {};
  for (const file of Object.keys(SOURCE_SCHEMAS) as SourceFile[]) {
    let raw: unknown;
    try {
      raw = JSON.parse(readFileSync(path.join(dir, file), 'utf8'));
    } catch (error) {
      errors.push(`${file}: (racine): fichier illisible ou JSON invalide : ${(error as Error).message}`);
      continue;
    }
    const checked = validateSource(file, raw);
    if (checked.ok) sources[file] = checked.data;
    else errors.push(...checked.errors);
  }
  return errors.length ? { ok: false, errors } : { ok: true, value: sources as Sources };
}

const TEXT_NATURES = {
  LOI: 'loi',
  LOI_ORGANIQUE: 'loi-organique',
  DECRET: 'decret',
  ORDONNANCE: 'ordonnance',
  CONSTITUTION: 'constitution',
  REGLEMENT_UE: 'reglement-ue',
} as const;

/** Turns checked sources into the compiled index; reports cross-file inconsistencies. */
export function compileCatalogue(s: Sources): Result<CompiledCatalogue> {
  const errors: string[] = [];
  const complements = s['codes-complements.json'];
  const ambiguous = new Set(complements.abreviations_ambigues.liste);
  const repealedBy = new Map(complements.abroges.map((r) => [r.legitext, r.remplace_par]));
  const known = new Set(s['codes.json'].codes.map((c) => c.legitext));
  complements.abroges.forEach((r, i) => {
    if (!known.has(r.legitext)) errors.push(`codes-complements.json: abroges[${i}].legitext: code « ${r.legitext} » absent de codes.json`);
    if (r.remplace_par && !known.has(r.remplace_par)) errors.push(`codes-complements.json: abroges[${i}].remplace_par: code « ${r.remplace_par} » absent de codes.json`);
  });
  complements.codes.forEach((c, i) => {
    if (c.remplace_par && !known.has(c.remplace_par)) errors.push(`codes-complements.json: codes[${i}].remplace_par: code « ${c.remplace_par} » absent de codes.json`);
  });

  const withArticles = new Map<string, { textDate: string; sections: [string, number][]; articles: [string, number, string, string | null][] }>();
  const cgct = s['cgct-articles.json'];
  const cgctDate = /\d{4}-\d{2}-\d{2}/.exec(cgct.date_du_texte)![0];
  withArticles.set(cgct.legitext, { textDate: cgctDate, ...compileCgct(cgct) });
  const crpa = s['crpa-articles.json'];
  withArticles.set(crpa.legitext, { textDate: crpa.date_du_texte, ...compileCrpa(crpa) });
  for (const [legitext, file] of [[cgct.legitext, 'cgct-articles.json'], [crpa.legitext, 'crpa-articles.json']]) {
    if (!known.has(legitext)) errors.push(`${file}: legitext: code « ${legitext} » absent de codes.json`);
  }

  const entries = [
    ...s['codes.json'].codes.map((c) => ({
      legitext: c.legitext as string | null,
      nom: c.nom,
      abbreviations: c.abreviations_usuelles,
      repealed: repealedBy.has(c.legitext) || c.etat_legi_data === 'ABROGE',
      replacedBy: repealedBy.get(c.legitext) ?? null,
    })),
    ...complements.codes.map((c) => ({ legitext: c.legitext, nom: c.nom, abbreviations: c.abreviations_usuelles, repealed: true, replacedBy: c.remplace_par })),
  ];
  const keyOf = new Map<string | null, string>();
  const codes: CompiledCatalogue['codes'] = [];
  const keys = new Set<string>();
  for (const entry of entries) {
    const key = entry.abbreviations.find((a) => /^[A-Z][A-Z0-9]+$/.test(a) && !ambiguous.has(a)) ?? slug(entry.nom);
    if (keys.has(key)) errors.push(`codes.json: clé « ${key} » en double (${entry.nom})`);
    keys.add(key);
    if (entry.legitext) keyOf.set(entry.legitext, key);
    const held = entry.legitext ? withArticles.get(entry.legitext) : undefined;
    codes.push({
      key,
      name: lowerFirst(entry.nom),
      abbreviations: entry.abbreviations,
      legitext: entry.legitext,
      repealed: entry.repealed,
      replacedBy: entry.replacedBy,
      textDate: held?.textDate ?? null,
      sections: held?.sections ?? [],
      articles: held?.articles ?? [],
      order: held ? articleOrder(held.articles) : [],
    });
  }
  for (const code of codes) if (code.replacedBy) code.replacedBy = keyOf.get(code.replacedBy) ?? null;

  const texts: CompiledCatalogue['texts'] = s['textes.json'].textes.map((t) => ({
    nature: TEXT_NATURES[t.nature],
    number: t.numero,
    date: t.date,
    title: t.intitule ?? '',
    citation: t.nature === 'CONSTITUTION' ? t.titre_complet : lowerFirst(t.titre_complet),
    usualNames: t.noms_usuels,
    jorftext: t.jorftext,
    titleConfirmed: t.titre_confirme,
  }));

  const d = s['departements.json'];
  const catalogue: CompiledCatalogue = {
    version: COMPILED_VERSION,
    codes,
    texts,
    departements: d.departements.map((x) => ({ code: x.code, code3: x.code_3car, name: x.nom, tribunal: x.tribunal_administratif_siege })),
    tribunals: d.tribunaux_administratifs.map((t) => ({ seat: t.siege, ressort: t.ressort_texte, departements: t.departements })),
    natures: s['actes-natures.json'].natures.map((n) => ({ code: n.code, abrege: n.abrege, libelle: n.libelle })),
    matieres: s['actes-matieres.json'].matieres.map((m) => ({ code: m.code, libelle: m.libelle })),
  };
  return errors.length ? { ok: false, errors } : { ok: true, value: catalogue };
}

/** CGCT: section tree by id; articles sorted in code order (the source is in file-name order). */
function compileCgct(file: Sources['cgct-articles.json']) {
  const ids = Object.keys(file.sections);
  const index = new Map(ids.map((id, i) => [id, i]));
  const sections = ids.map((id): [string, number] => {
    const s = file.sections[id];
    return [tidy(s.titre ?? humanize(s.slug)), s.parent === null ? -1 : index.get(s.parent)!];
  });
  const rootOf = (section: string): string => {
    let id = section;
    while (file.sections[id].parent !== null) id = file.sections[id].parent!;
    return file.sections[id].slug;
  };
  const skip = new Set(file.anomalies.entrees_non_articles);
  const articles = file.articles
    .filter((a) => !skip.has(a.num))
    .map((a) => ({ a, num: normalizeNum(a.num), part: PART_RANK[rootOf(a.section)] ?? 9 }))
    .sort((x, y) => x.part - y.part || compareNums(x.num, y.num))
    .map(({ a, num }): [string, number, string, string | null] => [num, index.get(a.section)!, a.texte, a.legiarti]);
  return { sections, articles };
}

const PART_RANK: Record<string, number> = { 'partie-legislative': 0, 'partie-reglementaire': 1, annexes: 2 };

/** CRPA: already in code order; section paths are interned into a tree. */
function compileCrpa(file: Sources['crpa-articles.json']) {
  const sections: [string, number][] = [];
  const index = new Map<string, number>();
  const articles = file.articles.map((a): [string, number, string, string | null] => {
    let parent = -1;
    for (let depth = 1; depth <= a.path.length; depth++) {
      const id = a.path.slice(0, depth).join('\u0000');
      let i = index.get(id);
      if (i === undefined) {
        i = sections.push([tidy(a.path[depth - 1]), parent]) - 1;
        index.set(id, i);
      }
      parent = i;
    }
    return [normalizeNum(a.num), parent, a.texte, a.legiarti];
  });
  return { sections, articles };
}

const ARTICLE_NUM = /^(LO|L|R|D|A)\s*\.?\s*(\*?)\s*\.?\s*(\d+(?:-\d+)*(?:-[A-Z])?)(?:\s*(\S.*))?$/;

/**
 * "L. 2122-22", "R 1424-59", "D. 2335-23" → "L2122-22", "R1424-59", "D2335-23";
 * "R1111-1-A" stays; a word suffix keeps one space ("L5211-5-1 A", "R2333-120-21 bis");
 * other labels ("Annexe I", a number without its letter) are kept as they are.
 */
export function normalizeNum(raw: string): string {
  const m = ARTICLE_NUM.exec(raw.trim());
  if (!m) return tidy(raw);
  return `${m[1]}${m[2]}${m[3]}${m[4] ? ` ${m[4]}` : ''}`;
}

const NUM_PARTS = /(\d+(?:-\d+)*)(?:-([A-Z]))?(?: (\S+))?$/;
/** "… A" comes before the plain number, "…-A", "… bis", "… ter" after it. */
function suffixRank(m: RegExpExecArray): number {
  const [, , hyphenLetter, word] = m;
  if (hyphenLetter) return 10 + hyphenLetter.charCodeAt(0) - 65;
  if (!word) return 0;
  if (/^[A-Z]$/.test(word)) return word.charCodeAt(0) - 100;
  const latin = LATIN.indexOf(word);
  return latin >= 0 ? 40 + latin : 90;
}
const LATIN = ['bis', 'ter', 'quater', 'quinquies', 'sexies', 'septies', 'octies', 'nonies', 'decies'];

/** Order of article numbers within a part of a code: number groups, then suffix ("… A" before, "… bis" after). */
function compareNums(a: string, b: string): number {
  const ma = NUM_PARTS.exec(a);
  const mb = NUM_PARTS.exec(b);
  if (!ma || !mb) return ma ? -1 : mb ? 1 : 0; // labels without a number keep their order, after numbers
  // The first group concatenates part, book, title and chapter digits ("71" = 7th part, book 1):
  // compared as text ("1111" < "2122" < "71"); the others are plain numbers.
  const na = ma[1].split('-');
  const nb = mb[1].split('-');
  if (na[0] !== nb[0]) return na[0] < nb[0] ? -1 : 1;
  for (let i = 1; i < Math.min(na.length, nb.length); i++) if (na[i] !== nb[i]) return Number(na[i]) - Number(nb[i]);
  if (na.length !== nb.length) return na.length - nb.length;
  return suffixRank(ma) - suffixRank(mb) || (a < b ? -1 : a > b ? 1 : 0);
}

const lowerFirst = (s: string) => s.charAt(0).toLowerCase() + s.slice(1);
const tidy = (s: string) => s.replace(/\s+/g, ' ').trim();
/** Section whose title the source could not recover: its slug, readable ("section-7-dotation…" → "Section 7 dotation…"). */
const humanize = (slug: string) => { const s = slug.replace(/-/g, ' '); return s.charAt(0).toUpperCase() + s.slice(1); };

const STOP_WORDS = new Set(['de', 'du', 'des', 'la', 'le', 'les', 'l', 'd', 'et', 'pour', 'cause']);
/** "Code de l'urbanisme" → "code-urbanisme"; "Code forestier (nouveau)" → "code-forestier". */
export function slug(name: string): string {
  return name
    .replace(/\(.*?\)/g, ' ')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter((w) => w && !STOP_WORDS.has(w))
    .join('-');
}

/** Builds the index and writes it; returns the errors (empty on success). */
export function buildCatalogue(out = DEFAULT_OUT, dir = DATA_DIR): string[] {
  const sources = readSources(dir);
  if (!sources.ok) return sources.errors;
  const compiled = compileCatalogue(sources.value);
  if (!compiled.ok) return compiled.errors;
  mkdirSync(path.dirname(out), { recursive: true });
  // Characters above U+00FF (’, œ, €…) are escaped: the file then decodes to a one-byte
  // string, which Node reads and parses faster. It stays plain UTF-8 JSON.
  const json = JSON.stringify(compiled.value).replace(/[\u0100-\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
  writeFileSync(out, json);
  const c = compiled.value;
  const articles = c.codes.reduce((n, code) => n + code.articles.length, 0);
  console.log(
    `Catalogue écrit dans ${path.relative(process.cwd(), out) || out} : ${c.codes.length} codes, ${articles} articles, ` +
      `${c.texts.length} textes, ${c.departements.length} départements, ${c.tribunals.length} tribunaux administratifs.`,
  );
  return [];
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  const option = (name: string) => {
    const at = process.argv.indexOf(name);
    return at > 0 && process.argv[at + 1] ? path.resolve(process.argv[at + 1]) : undefined;
  };
  const dir = option('--data') ?? DATA_DIR;
  const errors = buildCatalogue(option('--out'), dir);
  if (errors.length) {
    console.error(`Catalogue non construit : ${errors.length} erreur(s) dans ${path.relative(process.cwd(), dir) || dir}/.`);
    for (const error of errors.slice(0, 50)) console.error(`  ${error}`);
    if (errors.length > 50) console.error(`  … et ${errors.length - 50} autre(s).`);
    process.exit(1);
  }
}
