// Open data: the rows of the SCDL « Délibérations » schema (schema.data.gouv.fr, scdl/deliberations 2.1.x),
// one per délibération, in the schema's column order. Pure.
import type { Act } from '../core/model';
import type { Profile } from '../core/profile';
import type { ExportAct } from './document';

export const SCDL_COLUMNS = [
  'COLL_NOM', 'COLL_SIRET', 'DELIB_ID', 'DELIB_DATE', 'DELIB_MATIERE_CODE', 'DELIB_MATIERE_NOM', 'DELIB_OBJET',
  'BUDGET_ANNEE', 'BUDGET_NOM', 'PREF_ID', 'PREF_DATE', 'VOTE_EFFECTIF', 'VOTE_REEL', 'VOTE_POUR', 'VOTE_CONTRE',
  'VOTE_ABSTENTION', 'DELIB_URL',
] as const;
export type ScdlColumn = (typeof SCDL_COLUMNS)[number];

export const SCDL_REQUIRED: readonly ScdlColumn[] = ['COLL_NOM', 'COLL_SIRET', 'DELIB_ID', 'DELIB_DATE', 'DELIB_MATIERE_CODE', 'DELIB_MATIERE_NOM', 'DELIB_OBJET'];

/** The schema's patterns for the columns that have one. */
export const SCDL_PATTERNS: Partial<Record<ScdlColumn, RegExp>> = {
  COLL_SIRET: /^\d{14}$/,
  DELIB_DATE: /^\d{4}-\d{2}-\d{2}$/,
  DELIB_MATIERE_CODE: /^\d\.\d{1,2}$/,
  PREF_DATE: /^\d{4}-\d{2}-\d{2}$/,
  BUDGET_ANNEE: /^\d{4}$/,
};

export type ScdlRow = Record<ScdlColumn, string>;

const num = (n: number | null | undefined) => (typeof n === 'number' && Number.isFinite(n) ? String(n) : '');

/**
 * One row for a délibération; `warnings` names every required column left empty and every value outside the
 * schema's pattern (French, for stderr).
 */
export function scdlRow(e: ExportAct, act: Act, profile: Profile, labels: (code: string) => string | null, where: string): { row: ScdlRow; warnings: string[] } {
  const code = e.matiere.length >= 2 ? `${e.matiere[0]}.${e.matiere[1]}` : '';
  const s = act.seance;
  const v = act.vote;
  const voters = s?.voters ?? (s?.present != null ? s.present + (s.represented ?? 0) : null);
  const pour = v?.for ?? (v?.unanimous && voters != null ? voters - (v.abstentions ?? 0) - (v.notVoting ?? 0) : null);
  const row: ScdlRow = {
    COLL_NOM: e.collectivite ?? '',
    COLL_SIRET: profile.siret ?? '',
    DELIB_ID: e.number ?? '',
    DELIB_DATE: s?.date ?? e.date ?? '',
    DELIB_MATIERE_CODE: code,
    DELIB_MATIERE_NOM: code ? labels(code) ?? '' : '',
    DELIB_OBJET: e.object ?? '',
    BUDGET_ANNEE: '',
    BUDGET_NOM: '',
    PREF_ID: act.transmission?.identifier ?? '',
    PREF_DATE: act.transmission?.receptionDate ?? '',
    VOTE_EFFECTIF: num(s?.membersInOffice),
    VOTE_REEL: num(voters),
    VOTE_POUR: num(pour),
    VOTE_CONTRE: num(v?.against ?? (v?.unanimous && pour != null ? 0 : null)),
    VOTE_ABSTENTION: num(v?.abstentions ?? (v?.unanimous && pour != null ? 0 : null)),
    DELIB_URL: '',
  };
  const warnings: string[] = [];
  const hints: Partial<Record<ScdlColumn, string>> = {
    COLL_NOM: 'ajoutez « nom » au profil (actes.json)',
    COLL_SIRET: 'ajoutez « siret » (14 chiffres) au profil (actes.json)',
    DELIB_ID: 'l’acte n’a pas de numéro lisible',
    DELIB_DATE: 'l’acte n’a pas de date de séance lisible',
    DELIB_MATIERE_CODE: 'ajoutez la classification (« Classification : 7.1 ») à l’acte',
    DELIB_MATIERE_NOM: 'libellé déduit de la classification, absente ou inconnue',
    DELIB_OBJET: 'l’acte n’a pas d’objet lisible',
  };
  for (const c of SCDL_REQUIRED) {
    if (!row[c]) warnings.push(`${where} : colonne obligatoire ${c} vide (${hints[c]}).`);
  }
  for (const [c, re] of Object.entries(SCDL_PATTERNS) as [ScdlColumn, RegExp][]) {
    if (row[c] && !re.test(row[c])) warnings.push(`${where} : ${c} « ${row[c]} » ne suit pas le format du schéma SCDL.`);
  }
  return { row, warnings };
}

function csvField(s: string): string {
  const clean = s.replace(/\r\n?|\n/g, ' ');
  return /[",]/.test(clean) || clean !== clean.trim() ? `"${clean.replace(/"/g, '""')}"` : clean;
}

/** The CSV file: UTF-8 (no BOM), comma, header line, CRLF line ends as RFC 4180 writes them. */
export function scdlCsv(rows: readonly ScdlRow[]): string {
  const lines = [SCDL_COLUMNS.join(','), ...rows.map((r) => SCDL_COLUMNS.map((c) => csvField(r[c])).join(','))];
  return lines.join('\r\n') + '\r\n';
}
