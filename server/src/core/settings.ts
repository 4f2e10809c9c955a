// Validation of the collectivité's profile (workspace file `actes.json`, setting `actes.collectivite`)
// and of the rule severities (`actes.rules`). Each field is checked on its own: a bad field gives one
// French message naming it, and its default is used; the other fields still apply.
import { z } from 'zod';
import { DEFAULT_PROFILE, type Profile } from './profile';
import { compilePattern } from './register/numbering';

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'une date AAAA-MM-JJ');
const numberPattern = z.string().refine((s) => compilePattern(s) !== null);
const severity = z.enum(['error', 'warning', 'information', 'hint', 'off']);

/** Field name in actes.json → schema and where it goes in the profile. */
const FIELDS = {
  nom: { schema: z.string().min(1), key: 'name', expected: 'un texte non vide' },
  type: { schema: z.enum(['commune', 'epci', 'metropole', 'syndicat', 'autre']), key: 'kind', expected: '« commune », « epci », « metropole », « syndicat » ou « autre »' },
  departement: { schema: z.string().regex(/^(?:0?[1-9]|[1-8]\d|9[0-5]|2[AaBb]|97[1-8]|98[4-9])$/), key: 'departement', expected: 'un code de département (« 73 », « 2A », « 974 »)' },
  siren: { schema: z.string().regex(/^\d{9}$/), key: 'siren', expected: 'neuf chiffres' },
  siret: { schema: z.string().regex(/^\d{14}$/), key: 'siret', expected: 'quatorze chiffres' },
  population: { schema: z.number().int().nonnegative(), key: 'population', expected: 'un nombre entier positif' },
  tribunal: { schema: z.string().min(2), key: 'tribunal', expected: 'le siège d’un tribunal administratif (« Grenoble »)' },
  signataire: {
    schema: z.object({ nom: z.string().min(3), qualite: z.string().min(3) }).strict(),
    key: 'signatory',
    expected: 'un objet { "nom": "Prénom NOM", "qualite": "Le Maire" }',
  },
  debutMandat: { schema: isoDate, key: 'mandateStart', expected: 'une date AAAA-MM-JJ' },
  debutCampagne: { schema: isoDate, key: 'campaignStart', expected: 'une date AAAA-MM-JJ' },
  niveau: { schema: z.enum(['essentiel', 'complet']), key: 'level', expected: '« essentiel » ou « complet »' },
  classification: { schema: z.string().trim().min(1), key: 'classification', expected: 'le chemin du fichier de classification de la préfecture (XML actes:RetourClassification, « classification.xml »), relatif au dossier de actes.json' },
  teletransmission: { schema: z.enum(['s2low', 'pastell', 'fast', 'schema']), key: 'teletransmission', expected: '« s2low », « pastell », « fast » ou « schema »' },
  numerotation: {
    schema: z.object({ deliberation: numberPattern, arrete: numberPattern, decision: numberPattern }).partial().strict(),
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
