// Validation of the collectivité's profile (workspace file `actes.json`, setting `actes.collectivite`)
// and of the rule severities (`actes.rules`). Each field is checked on its own: a bad field gives one
// French message naming it, and its default is used; the other fields still apply.
// The checks are the few zod offered here (strings, patterns, choices, whole numbers, a strict object),
// written out so that the language server does not load a validation library at start (`v` below,
// shaped like zod: `v.string({ min: 1 })`, `v.enum([...])`, `safeParse`).
import { DEFAULT_PROFILE, type Profile } from './profile';
import { compilePattern } from './register/numbering';

/** A check of one value: the value (possibly rebuilt) or failure. */
export interface Schema<T> {
  safeParse(value: unknown): { success: true; data: T } | { success: false };
}

const ok = <T>(data: T) => ({ success: true as const, data });
const fail = { success: false as const };
const isRecord = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x);

/** The validators of settings fields. */
export const v = {
  /**
   * A string (trimmed first with `trim`), at least `min` UTF-16 units long, matching `regex` and passing `check` when
   * given.
   */
  string: (opts: { min?: number; regex?: RegExp; check?: (s: string) => boolean; trim?: boolean } = {}): Schema<string> => ({
    safeParse: (raw) => {
      const x = typeof raw === 'string' && opts.trim ? raw.trim() : raw;
      return typeof x === 'string' && x.length >= (opts.min ?? 0) && (!opts.regex || opts.regex.test(x)) && (!opts.check || opts.check(x)) ? ok(x) : fail;
    },
  }),
  /** One of the given strings. */
  enum: <T extends string>(values: readonly T[]): Schema<T> => ({
    safeParse: (x) => (typeof x === 'string' && (values as readonly string[]).includes(x) ? ok(x as T) : fail),
  }),
  /** A whole number (a safe integer), at least `min` when given. */
  int: (opts: { min?: number } = {}): Schema<number> => ({
    safeParse: (x) => (typeof x === 'number' && Number.isSafeInteger(x) && x >= (opts.min ?? -Infinity) ? ok(x) : fail),
  }),
  /** true or false. */
  boolean: (): Schema<boolean> => ({ safeParse: (x) => (typeof x === 'boolean' ? ok(x) : fail) }),
  /**
   * An object with these keys, each valid (strict: an unknown key fails; `partial`: a key may be absent); the
   * result holds the checked values.
   */
  object: <S extends Record<string, Schema<unknown>>>(shape: S, opts: { partial?: boolean } = {}): Schema<{ [K in keyof S]: S[K] extends Schema<infer T> ? T : never }> => ({
    safeParse: (x) => {
      if (!isRecord(x)) return fail;
      const out: Record<string, unknown> = {};
      for (const key of Object.keys(x)) if (!Object.prototype.hasOwnProperty.call(shape, key)) return fail;
      for (const [key, schema] of Object.entries(shape)) {
        if (opts.partial && x[key] === undefined) continue;
        const r = schema.safeParse(x[key]);
        if (!r.success) return fail;
        out[key] = r.data;
      }
      return ok(out as { [K in keyof S]: S[K] extends Schema<infer T> ? T : never });
    },
  }),
};

const isoDate = v.string({ regex: /^\d{4}-\d{2}-\d{2}$/ });
const numberPattern = v.string({ check: (s) => compilePattern(s) !== null });
const severity = v.enum(['error', 'warning', 'information', 'hint', 'off'] as const);

/** Field name in actes.json → schema and where it goes in the profile. */
const FIELDS = {
  nom: { schema: v.string({ min: 1 }), key: 'name', expected: 'un texte non vide' },
  type: { schema: v.enum(['commune', 'epci', 'metropole', 'syndicat', 'autre'] as const), key: 'kind', expected: '« commune », « epci », « metropole », « syndicat » ou « autre »' },
  departement: { schema: v.string({ regex: /^(?:0?[1-9]|[1-8]\d|9[0-5]|2[AaBb]|97[1-8]|98[4-9])$/ }), key: 'departement', expected: 'un code de département (« 73 », « 2A », « 974 »)' },
  siren: { schema: v.string({ regex: /^\d{9}$/ }), key: 'siren', expected: 'neuf chiffres' },
  siret: { schema: v.string({ regex: /^\d{14}$/ }), key: 'siret', expected: 'quatorze chiffres' },
  population: { schema: v.int({ min: 0 }), key: 'population', expected: 'un nombre entier positif' },
  tribunal: { schema: v.string({ min: 2 }), key: 'tribunal', expected: 'le siège d’un tribunal administratif (« Grenoble »)' },
  signataire: {
    schema: v.object({ nom: v.string({ min: 3 }), qualite: v.string({ min: 3 }) }),
    key: 'signatory',
    expected: 'un objet { "nom": "Prénom NOM", "qualite": "Le Maire" }',
  },
  debutMandat: { schema: isoDate, key: 'mandateStart', expected: 'une date AAAA-MM-JJ' },
  debutCampagne: { schema: isoDate, key: 'campaignStart', expected: 'une date AAAA-MM-JJ' },
  niveau: { schema: v.enum(['essentiel', 'complet'] as const), key: 'level', expected: '« essentiel » ou « complet »' },
  classification: { schema: v.string({ trim: true, min: 1 }), key: 'classification', expected: 'le chemin du fichier de classification de la préfecture (XML actes:RetourClassification, « classification.xml »), relatif au dossier de actes.json' },
  teletransmission: { schema: v.enum(['s2low', 'pastell', 'fast', 'schema'] as const), key: 'teletransmission', expected: '« s2low », « pastell », « fast » ou « schema »' },
  numerotation: {
    schema: v.object({ deliberation: numberPattern, arrete: numberPattern, decision: numberPattern }, { partial: true }),
    key: 'numerotation',
    expected: 'un objet { "deliberation": "DCM-{AAAA}-{NNN}", "arrete": "AR{AAAA}_{NNN}", "decision": "DEC{AAAA}_{NNN}" } : pour chaque nature d’acte (deliberation, arrete, decision), un modèle de 40 caractères au plus, sans espace, avec un seul rang {NNN} (autant de N que de chiffres, 6 au plus) et, s’il y a lieu, l’année {AAAA} ou {AA}',
  },
} as const;

export interface ProfileResult {
  readonly profile: Profile;
  /** French messages, one per bad field. */
  readonly problems: readonly string[];
}

/** Rule severities: { "VIS-005": "off", "SEA-001": "warning" }. */
export function parseRuleSettings(value: unknown, where: string): { rules: Record<string, Profile['rules'][string]>; problems: string[] } {
  const rules: Record<string, Profile['rules'][string]> = {};
  const problems: string[] = [];
  if (value === undefined || value === null) return { rules, problems };
  if (typeof value !== 'object' || Array.isArray(value)) {
    return { rules, problems: [`${where} doit être un objet { "VIS-005": "off" } ; réglage ignoré.`] };
  }
  for (const [id, level] of Object.entries(value)) {
    if (!/^[A-Z]{3,4}-\d{3}$/.test(id)) {
      problems.push(`${where} : « ${id} » n’est pas un identifiant de règle (forme « VIS-005 ») ; ignoré.`);
      continue;
    }
    const r = severity.safeParse(level);
    if (r.success) rules[id] = r.data;
    else problems.push(`${where} : « ${id} » vaut ${JSON.stringify(level)} ; valeurs possibles : error, warning, information, hint, off. Sévérité par défaut utilisée.`);
  }
  return { rules, problems };
}

/**
 * Merge profile layers (settings first, then the workspace file), validating each field.
 * `where` names the source in messages ("actes.json", "réglage actes.collectivite").
 * `base` is the profile the layers complete (the defaults unless given).
 */
export function parseProfile(
  layers: readonly { value: unknown; where: string }[], ruleLayers: readonly { value: unknown; where: string }[] = [], base: Profile = DEFAULT_PROFILE,
): ProfileResult {
  const out: Record<string, unknown> = { ...base };
  const problems: string[] = [];
  for (const { value, where } of layers) {
    if (value === undefined || value === null) continue;
    if (typeof value !== 'object' || Array.isArray(value)) {
      problems.push(`${where} doit contenir un objet JSON ({ "nom": …, "departement": … }) ; profil ignoré.`);
      continue;
    }
    for (const [field, v] of Object.entries(value as Record<string, unknown>)) {
      if (field === 'regles' || field === '$schema') continue;
      const spec = (FIELDS as Record<string, (typeof FIELDS)[keyof typeof FIELDS]>)[field];
      if (!spec) {
        problems.push(`${where} : champ inconnu « ${field} » ; champs possibles : ${Object.keys(FIELDS).join(', ')}, regles.`);
        continue;
      }
      const r = spec.schema.safeParse(v);
      if (!r.success) {
        problems.push(`${where} : « ${field} » doit être ${spec.expected} (reçu ${JSON.stringify(v)}) ; valeur par défaut utilisée.`);
        continue;
      }
      let data: unknown = r.data;
      if (field === 'departement') data = String(r.data).toUpperCase().replace(/^0(?=\d$)/, '').replace(/^0(?=[1-9]$)/, '');
      if (field === 'departement' && /^\d$/.test(String(data))) data = String(data);
      if (field === 'signataire') data = { name: (r.data as { nom: string }).nom, quality: (r.data as { qualite: string }).qualite };
      out[spec.key] = data;
    }
  }
  const rules: Record<string, Profile['rules'][string]> = { ...base.rules };
  const allRuleLayers = [
    ...ruleLayers,
    ...layers.map((l) => ({ value: l.value && typeof l.value === 'object' ? (l.value as Record<string, unknown>).regles : undefined, where: `${l.where} (regles)` })),
  ];
  for (const l of allRuleLayers) {
    const r = parseRuleSettings(l.value, l.where);
    Object.assign(rules, r.rules);
    problems.push(...r.problems);
  }
  out.rules = Object.freeze(rules);
  return { profile: Object.freeze(out) as unknown as Profile, problems };
}
