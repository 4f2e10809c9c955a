// zod schemas of the catalogue: the source files under data/ (checked by the build
// and the tests) and the compiled index dist/catalogue.json (loaded by the server).
// Only the fields the product uses are described; other fields (sources, notes,
// flags) stay in the data files for the record.
import { z } from 'zod';
import { COMPILED_VERSION } from './create';
export { TEXT_CHUNK, registerLine, parseRegisterLine, placeKeyOf, registerIndexFile, registerIndexText, type RegisterRow } from './create';

// ---------------------------------------------------------------------------
// Shared pieces

const nonEmpty = z
  .string({ error: (issue) => (issue.input === undefined ? 'champ obligatoire manquant' : 'texte attendu') })
  .regex(/\S/, { error: 'texte vide' });
const legitext = z.string().regex(/^LEGITEXT\d{12}$/, { error: 'identifiant LEGITEXT invalide (LEGITEXT suivi de 12 chiffres)' });
const legiarti = z.string().regex(/^LEGIARTI\d{12}$/, { error: 'identifiant LEGIARTI invalide (LEGIARTI suivi de 12 chiffres)' });
const jorftext = z.string().regex(/^JORFTEXT\d{12}$/, { error: 'identifiant JORFTEXT invalide (JORFTEXT suivi de 12 chiffres)' });
const isoDate = z.iso.date({ error: 'date invalide (attendu AAAA-MM-JJ, date du calendrier)' });
const departementCode = z.string().regex(/^(\d{2}|2[AB]|\d{3})$/, { error: 'code de département invalide (« 01 », « 2A », « 971 »…)' });
/** Every source file says where its data comes from. */
const source = z.union([nonEmpty, z.record(z.string(), nonEmpty)], { error: 'champ « source » manquant ou vide' });

const MONTHS = ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'];

/** "2001-08-01" → "1er août 2001". */
export function frenchDate(iso: string): string {
  const [year, month, day] = iso.split('-').map(Number);
  return `${day === 1 ? '1er' : day} ${MONTHS[month - 1]} ${year}`;
}

// ---------------------------------------------------------------------------
// Source files (data/*.json)

export const codesFileSchema = z.object({
  source,
  codes: z
    .array(
      z.object({
        legitext,
        nom: nonEmpty,
        abreviations_usuelles: z.array(nonEmpty),
        etat_legi_data: z.string().nullable(),
        texte_integral_hors_ligne: z.string().nullable(),
      }),
    )
    .min(1)
    .superRefine((codes, ctx) => {
      const seen = new Map<string, number>();
      codes.forEach((code, i) => {
        for (const [j, abbreviation] of code.abreviations_usuelles.entries()) {
          const key = abbreviation.toLowerCase().replace(/[\s.]/g, '');
          const other = seen.get(key);
          if (other !== undefined && other !== i) {
            ctx.addIssue({ code: 'custom', path: [i, 'abreviations_usuelles', j], message: `abréviation « ${abbreviation} » déjà donnée à codes[${other}]` });
          }
          seen.set(key, i);
        }
      });
      checkUnique(ctx, codes, (c) => c.legitext, 'legitext');
    }),
});

export const codesComplementsFileSchema = z.object({
  source,
  abreviations_ambigues: z.object({ liste: z.array(nonEmpty) }),
  abroges: z.array(z.object({ legitext, remplace_par: legitext.nullable() })),
  codes: z.array(
    z.object({
      nom: nonEmpty,
      abreviations_usuelles: z.array(nonEmpty),
      legitext: legitext.nullable(),
      remplace_par: legitext.nullable(),
    }),
  ),
});

const TEXT_NATURES = ['LOI', 'LOI_ORGANIQUE', 'ORDONNANCE', 'DECRET', 'CONSTITUTION', 'REGLEMENT_UE'] as const;
const NATURE_LABELS: Record<string, string> = { LOI: 'Loi', LOI_ORGANIQUE: 'Loi organique', ORDONNANCE: 'Ordonnance', DECRET: 'Décret' };

const texteSchema = z
  .object({
    id: nonEmpty,
    nature: z.enum(TEXT_NATURES, { error: `nature inconnue (attendu : ${TEXT_NATURES.join(', ')})` }),
    numero: nonEmpty.nullable(),
    date: isoDate,
    date_fr: nonEmpty,
    intitule: nonEmpty.nullable(),
    titre_complet: nonEmpty,
    noms_usuels: z.array(nonEmpty),
    titre_confirme: z.boolean(),
    jorftext: jorftext.nullable(),
  })
  .superRefine((t, ctx) => {
    if (!isoDate.safeParse(t.date).success) return; // already reported
    const dateFr = frenchDate(t.date);
    if (t.date_fr !== dateFr) {
      ctx.addIssue({ code: 'custom', path: ['date_fr'], message: `« ${t.date_fr} » ne correspond pas à la date ${t.date} (attendu « ${dateFr} »)` });
      return;
    }
    const label = NATURE_LABELS[t.nature];
    let expected: string | null = null;
    if (label) expected = `${label}${t.numero ? ` n° ${t.numero}` : ''} du ${dateFr}${t.intitule ? ` ${t.intitule}` : ''}`;
    else if (t.nature === 'CONSTITUTION') expected = `Constitution du ${dateFr}`;
    const consistent =
      expected !== null
        ? t.titre_complet === expected
        : t.titre_complet.startsWith(`Règlement (UE) ${t.numero} `) && t.titre_complet.endsWith(` du ${dateFr} ${t.intitule}`);
    if (!consistent) {
      ctx.addIssue({
        code: 'custom',
        path: ['titre_complet'],
        message: `le titre complet ne reprend pas la nature, le numéro, la date et l'intitulé${expected ? ` (attendu « ${expected} »)` : ''}`,
      });
    }
  });

export const textesFileSchema = z.object({
  source,
  textes: z
    .array(texteSchema)
    .min(1)
    .superRefine((textes, ctx) => {
      checkUnique(ctx, textes, (t) => t.id, 'id');
      checkUnique(ctx, textes, (t) => (t.numero ? `${t.nature} ${t.numero}` : null), 'numero');
    }),
});

export const departementsFileSchema = z
  .object({
    source,
    tribunaux_administratifs: z
      .array(z.object({ siege: nonEmpty, ressort_texte: nonEmpty, departements: z.array(departementCode).min(1) }))
      .min(1),
    departements: z
      .array(
        z.object({
          code: departementCode,
          code_3car: z.string().regex(/^\d{3}$/, { error: 'code sur 3 caractères invalide' }).nullable(),
          nom: nonEmpty,
          tribunal_administratif_siege: nonEmpty.nullable(),
        }),
      )
      .min(1),
  })
  .superRefine((file, ctx) => {
    checkUnique(ctx, file.departements, (d) => d.code, 'code', ['departements']);
    checkUnique(ctx, file.tribunaux_administratifs, (t) => t.siege, 'siege', ['tribunaux_administratifs']);
    const seatOf = new Map<string, string>();
    file.tribunaux_administratifs.forEach((t, i) =>
      t.departements.forEach((code, j) => {
        if (seatOf.has(code)) ctx.addIssue({ code: 'custom', path: ['tribunaux_administratifs', i, 'departements', j], message: `« ${code} » est déjà dans le ressort de ${seatOf.get(code)}` });
        seatOf.set(code, t.siege);
      }),
    );
    const codes = new Set(file.departements.map((d) => d.code));
    file.tribunaux_administratifs.forEach((t, i) =>
      t.departements.forEach((code, j) => {
        if (!codes.has(code)) ctx.addIssue({ code: 'custom', path: ['tribunaux_administratifs', i, 'departements', j], message: `département « ${code} » inconnu` });
      }),
    );
    file.departements.forEach((d, i) => {
      const seat = seatOf.get(d.code) ?? null;
      if (d.tribunal_administratif_siege !== seat) {
        ctx.addIssue({
          code: 'custom',
          path: ['departements', i, 'tribunal_administratif_siege'],
          message: `« ${d.tribunal_administratif_siege} » ne correspond pas au ressort des tribunaux (${seat ?? 'aucun'})`,
        });
      }
      if (d.code_3car !== null && d.code_3car !== d.code.padStart(3, '0')) {
        ctx.addIssue({ code: 'custom', path: ['departements', i, 'code_3car'], message: `« ${d.code_3car} » ne correspond pas au code « ${d.code} »` });
      }
    });
  });

export const naturesFileSchema = z.object({
  source,
  natures: z
    .array(
      z.object({
        code: z.int().min(1).max(9),
        abrege: z.string().regex(/^[A-Z]{2}$/, { error: 'abrégé invalide (deux lettres majuscules)' }),
        libelle: nonEmpty,
      }),
    )
    .min(1)
    .superRefine((natures, ctx) => {
      checkUnique(ctx, natures, (n) => String(n.code), 'code');
      checkUnique(ctx, natures, (n) => n.abrege, 'abrege');
    }),
});

export const matieresFileSchema = z.object({
  source,
  matieres: z
    .array(
      z.object({
        code: z.string().regex(/^\d+(\.\d+)?$/, { error: 'code de matière invalide (« 7 » ou « 7.1 »)' }),
        niveau: z.union([z.literal(1), z.literal(2)], { error: 'niveau invalide (1 ou 2)' }),
        parent: z.string().nullable(),
        libelle: nonEmpty,
      }),
    )
    .min(1)
    .superRefine((matieres, ctx) => {
      checkUnique(ctx, matieres, (m) => m.code, 'code');
      const codes = new Set(matieres.map((m) => m.code));
      matieres.forEach((m, i) => {
        const parent = m.niveau === 1 ? null : m.code.split('.')[0];
        if (m.parent !== parent || (parent !== null && !codes.has(parent))) {
          ctx.addIssue({ code: 'custom', path: [i, 'parent'], message: `parent « ${m.parent} » incohérent avec le code « ${m.code} » et le niveau ${m.niveau}` });
        }
      });
    }),
});

export const cgctFileSchema = z
  .object({
    source,
    licence: nonEmpty,
    code: nonEmpty,
    legitext,
    date_du_texte: z.string().regex(/\b\d{4}-\d{2}-\d{2}\b/, { error: 'la date du texte doit contenir une date AAAA-MM-JJ' }),
    anomalies: z.object({ entrees_non_articles: z.array(z.string()) }),
    sections: z.record(z.string(), z.object({ parent: z.string().nullable(), slug: nonEmpty, titre: nonEmpty.nullable() })),
    articles: z.array(z.object({ num: nonEmpty, section: nonEmpty, texte: nonEmpty, legiarti: legiarti.nullable() })).min(1),
  })
  .superRefine((file, ctx) => {
    for (const [id, section] of Object.entries(file.sections)) {
      if (section.parent !== null && !(section.parent in file.sections)) {
        ctx.addIssue({ code: 'custom', path: ['sections', id, 'parent'], message: `section « ${section.parent} » inconnue` });
      }
    }
    file.articles.forEach((a, i) => {
      if (!(a.section in file.sections)) ctx.addIssue({ code: 'custom', path: ['articles', i, 'section'], message: `section « ${a.section} » inconnue` });
    });
  });

export const crpaFileSchema = z.object({
  source,
  licence: nonEmpty,
  code: nonEmpty,
  legitext,
  date_du_texte: isoDate,
  articles: z
    .array(z.object({ num: nonEmpty, path: z.array(nonEmpty).min(1), texte: nonEmpty, legiarti }))
    .min(1)
    .superRefine((articles, ctx) => checkUnique(ctx, articles, (a) => a.num, 'num')),
});

/** A code of data/codes/ (code rural, indicative copies): metadata, section table, one article per line. */
export const codeFileSchema = z.object({
  source,
  licence: nonEmpty,
  code: nonEmpty,
  legitext,
  /** officiel: LEGI text with ids; indicatif: a copy that may lag or lose tables (legalize-fr). */
  statut: z.enum(['officiel', 'indicatif'], { error: 'statut invalide (officiel ou indicatif)' }),
  date_du_texte: isoDate,
  sections: z.array(z.tuple([nonEmpty, z.int().min(-1)])),
  articles: z
    .array(z.tuple([nonEmpty, z.int().min(-1), z.string(), legiarti.nullable()]))
    .min(1)
    .superRefine((articles, ctx) => checkUnique(ctx, articles, (a) => a[0], 'num')),
});
export type CodeFile = z.infer<typeof codeFileSchema>;

const siren = z.string().regex(/^\d{9}$/, { error: 'SIREN invalide (9 chiffres)' });
const insee = z.string().regex(/^(\d{5}|2[AB]\d{3})$/, { error: 'code INSEE invalide (5 caractères)' });

export const collectivitesFileSchema = z.object({
  source,
  licence: nonEmpty,
  millesime: nonEmpty,
  population: nonEmpty,
  communes: z
    .array(z.tuple([insee, siren, nonEmpty, departementCode, z.int().min(0).nullable(), z.enum(['T', 'M']).nullable()]))
    .min(1)
    .superRefine((rows, ctx) => {
      checkUnique(ctx, rows, (r) => r[0], 'insee');
      checkUnique(ctx, rows, (r) => r[1], 'siren');
    }),
  epci: z.array(z.tuple([siren, nonEmpty, z.enum(['CC', 'CA', 'CU', 'METRO', 'MET69']), z.int().min(0).nullable(), z.array(insee)])),
});

export const cgctModificationsFileSchema = z.object({
  source,
  date_du_texte_cgct: isoDate,
  modifications: z.array(
    z.object({ article: nonEmpty, loi: nonEmpty, nature: z.enum(TEXT_NATURES), numero: nonEmpty, date: isoDate, objet: nonEmpty }),
  ),
});

/** Every file the build reads from data/, with its schema. */
export const SOURCE_SCHEMAS = {
  'codes.json': codesFileSchema,
  'codes-complements.json': codesComplementsFileSchema,
  'textes.json': textesFileSchema,
  'departements.json': departementsFileSchema,
  'actes-natures.json': naturesFileSchema,
  'actes-matieres.json': matieresFileSchema,
  'cgct-articles.json': cgctFileSchema,
  'crpa-articles.json': crpaFileSchema,
  'collectivites.json': collectivitesFileSchema,
  'cgct-modifications.json': cgctModificationsFileSchema,
} as const;

export type SourceFile = keyof typeof SOURCE_SCHEMAS;
export type Sources = { [F in SourceFile]: z.infer<(typeof SOURCE_SCHEMAS)[F]> };

export type Validation<T> = { ok: true; data: T } | { ok: false; errors: string[] };

/**
 * Checks one source file. Errors are French and name the file and the entry:
 * `textes.json: textes[12].date: date invalide (…) ; valeur : « 2014-13-45 »`.
 */
export function validateSource<F extends SourceFile>(file: F, data: unknown): Validation<Sources[F]> {
  const result = SOURCE_SCHEMAS[file].safeParse(data, { error: z.locales.fr().localeError });
  if (result.success) return { ok: true, data: result.data as Sources[F] };
  return { ok: false, errors: formatIssues(file, result.error.issues, data) };
}

export function formatIssues(file: string, issues: readonly z.core.$ZodIssue[], data: unknown): string[] {
  return issues.map((issue) => {
    const where = formatPath(issue.path);
    const value = valueAt(data, issue.path);
    const shown = typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean' ? ` ; valeur : « ${String(value).slice(0, 80)} »` : '';
    return `${file}: ${where || '(racine)'}: ${issue.message}${shown}`;
  });
}

/** ["textes", 12, "date"] → "textes[12].date". */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const key of path) out += typeof key === 'number' ? `[${key}]` : `${out ? '.' : ''}${String(key)}`;
  return out;
}

function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
  let value = data;
  for (const key of path) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<PropertyKey, unknown>)[key];
  }
  return value;
}

function checkUnique<T>(ctx: z.RefinementCtx, items: readonly T[], keyOf: (item: T) => string | null, field: string, prefix: PropertyKey[] = []): void {
  const seen = new Map<string, number>();
  items.forEach((item, i) => {
    const key = keyOf(item);
    if (key === null) return;
    const first = seen.get(key);
    if (first !== undefined) ctx.addIssue({ code: 'custom', path: [...prefix, i, field], message: `« ${key} » en double (déjà à l'entrée ${first})` });
    else seen.set(key, i);
  });
}

// ---------------------------------------------------------------------------
// Compiled index (dist/catalogue.json), written by scripts/build-catalogue.ts

export { COMPILED_VERSION };

/** [title, parent section index or -1]. */

export const compiledCatalogueSchema = z.object({
  version: z.literal(COMPILED_VERSION),
  /** Dates of the data, for hover footers and `actes --version`: [label, ISO date or period]. */
  dataDates: z.array(z.tuple([nonEmpty, nonEmpty])),
  codes: z.array(
    z.object({
      key: nonEmpty,
      name: nonEmpty,
      abbreviations: z.array(nonEmpty),
      legitext: legitext.nullable(),
      repealed: z.boolean(),
      /** Key of the code that replaced a repealed one. */
      replacedBy: nonEmpty.nullable(),
      textDate: isoDate.nullable(),
      /** officiel (LEGI text) or indicatif (copy to check on Légifrance); null when no article is held. */
      status: z.enum(['officiel', 'indicatif']).nullable(),
      /** File beside the index holding the texts and LEGIARTI ids, read on first use; null when none. */
      file: nonEmpty.nullable(),
      /** True when the side files hold LEGIARTI ids (else links search Légifrance without reading them). */
      ids: z.boolean(),
      /** Article numbers in code order, joined by "\n". Their sections are in the code's plan file (CompiledCodePlan). */
      nums: z.string(),
      /** Positions of the articles sorted by the key of their number (ties in code order), joined by ",": lookups start without sorting. */
      order: z.string(),
    }),
  ),
  /** Articles changed after the text held: [code key, article number, law citation, ISO date, object]. */
  amendments: z.array(z.tuple([nonEmpty, nonEmpty, nonEmpty, isoDate, nonEmpty])),
  register: z.object({ file: nonEmpty, millesime: nonEmpty, population: nonEmpty }).nullable(),
  texts: z.array(
    z.object({
      nature: z.enum(['loi', 'loi-organique', 'decret', 'ordonnance', 'constitution', 'reglement-ue']),
      number: nonEmpty.nullable(),
      date: isoDate.nullable(),
      title: z.string(),
      citation: nonEmpty,
      usualNames: z.array(nonEmpty),
      jorftext: jorftext.nullable(),
      titleConfirmed: z.boolean(),
    }),
  ),
  departements: z.array(z.object({ code: departementCode, code3: z.string().nullable(), name: nonEmpty, tribunal: nonEmpty.nullable() })),
  tribunals: z.array(z.object({ seat: nonEmpty, ressort: nonEmpty, departements: z.array(departementCode) })),
  natures: z.array(z.object({ code: z.int(), abrege: nonEmpty, libelle: nonEmpty })),
  matieres: z.array(z.object({ code: nonEmpty, libelle: nonEmpty })),
});

export type CompiledCatalogue = z.infer<typeof compiledCatalogueSchema>;

/**
 * A code's plan, beside the index (`catalogue/<KEY>-plan.json`): its sections and each article's section, read the
 * first time an article's path is asked for (they were two thirds of the index, thousands of objects at start).
 */
export interface CompiledCodePlan {
  /** [title, parent index or -1], parents first. */
  readonly sections: readonly (readonly [string, number])[];
  /** Section index of each article, in the order of `nums` (-1: none). */
  readonly secs: readonly number[];
}

/** A code's file beside the index: each article's text and LEGIARTI id, in the order of `nums`. */
export interface CompiledCodeTexts {
  readonly texts: readonly string[];
  readonly legiarti: readonly (string | null)[] | null;
}

