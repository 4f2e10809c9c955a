// @ctes: the `actes:Acte` XML of the ACTES v1.1 schema (data/actes-xsd/actesv1_1.xsd) and the fields of Pastell's
// « actes » form, from an act read by the core. Pure functions.
import type { ExportAct } from './document';
import { NATURES } from './document';
import type { Teletransmission } from '../core/profile';
import { NUMBER_RULES, platformNumber } from '../core/rules/ctes';

export const ACTES_NS = 'http://www.interieur.gouv.fr/ACTES#v1.1-20040216';
/** Date of the national nomenclature (actes:RetourClassification, DateClassification) kept in data/actes-matieres.json. */
export const NATIONAL_CLASSIFICATION_DATE = '2004-04-01';

export type Platform = Teletransmission;
export { NUMBER_RULES, platformNumber };

export interface CtesProblem {
  readonly level: 'error' | 'warning';
  readonly message: string;
}

/** What stops the act from being described in @ctes (errors) or from passing the platform (warnings). */
export function ctesProblems(a: ExportAct, platform: Platform | null): CtesProblem[] {
  const out: CtesProblem[] = [];
  if (!a.number) out.push({ level: 'error', message: 'l’acte n’a pas de numéro lisible (NumeroInterne est obligatoire).' });
  else if (a.number.length > 15) out.push({ level: 'error', message: `le numéro « ${a.number} » dépasse 15 caractères (schéma ACTES).` });
  else if (platform && !NUMBER_RULES[platform].test(a.number)) {
    const suggestion = platformNumber(a.number);
    out.push({ level: 'warning', message: `${NUMBER_RULES[platform].label} refusera le numéro « ${a.number} » (${NUMBER_RULES[platform].expected})${suggestion ? ` ; par exemple « ${suggestion} »` : ''}.` });
  }
  if (!a.date) out.push({ level: 'error', message: 'l’acte n’a pas de date lisible (attribut Date obligatoire).' });
  if (a.matiere.length < 2) out.push({ level: 'error', message: 'classification absente ou sur un seul niveau : les deux premiers niveaux (« 7.1 ») sont obligatoires ; ajoutez une ligne « Classification : 7.1 » à l’acte.' });
  if (!a.object) out.push({ level: 'error', message: 'l’acte n’a pas d’objet lisible.' });
  else if (a.object.length > 499) out.push({ level: 'warning', message: `l’objet compte ${a.object.length} caractères ; les plateformes en acceptent 499.` });
  if (a.annexes.length > 0) out.push({ level: 'warning', message: `${a.annexes.length} annexe${a.annexes.length > 1 ? 's' : ''} annoncée${a.annexes.length > 1 ? 's' : ''} (${a.annexes.join(', ')}) : joignez leur fichier (PDF, XML, PNG ou JPEG) lors de l’envoi.` });
  return out;
}

function escapeXml(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;')
    // ISO-8859-1 document: anything beyond Latin-1 (’, « with U+202F, œ…) as a character reference.
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/g, '')
    .replace(/[^\u0000-\u00ff]/gu, (c) => `&#${c.codePointAt(0)};`);
}

/**
 * The `actes:Acte` document, ISO-8859-1 like the schema. Call only when `ctesProblems` reports no error
 * (the fields it needs are then present).
 */
export function acteXml(a: ExportAct, opts: { classificationDate?: string; documentName?: string } = {}): Buffer {
  const q = (v: string) => escapeXml(v);
  const lines = [
    '<?xml version="1.0" encoding="ISO-8859-1"?>',
    `<actes:Acte xmlns:actes="${ACTES_NS}" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" actes:Date="${q(a.date ?? '')}" actes:NumeroInterne="${q(a.number ?? '')}" actes:CodeNatureActe="${a.natureCode}">`,
    ...a.matiere.slice(0, 5).map((c, i) => `  <actes:CodeMatiere${i + 1} actes:CodeMatiere="${q(c)}"/>`),
    `  <actes:Objet>${q((a.object ?? '').slice(0, 500))}</actes:Objet>`,
    `  <actes:ClassificationDateVersion>${q(opts.classificationDate ?? NATIONAL_CLASSIFICATION_DATE)}</actes:ClassificationDateVersion>`,
    '  <actes:Document>',
    `    <actes:NomFichier>${q(opts.documentName ?? `${a.fileName}.pdf`)}</actes:NomFichier>`,
    '  </actes:Document>',
    '  <actes:Annexes actes:Nombre="0"/>',
    '  <actes:DocumentPapier xsi:nil="true"/>',
    '</actes:Acte>',
    '',
  ];
  return Buffer.from(lines.join('\n'), 'latin1');
}

/** The fields of Pastell's « actes » form (module actes-generique), ready to fill it or to send through its API. */
export function pastellFields(a: ExportAct, labels: (code: string) => string | null = () => null): Record<string, unknown> {
  const nature = NATURES[a.natureCode];
  const code = a.matiere.join('.');
  return {
    acte_nature: String(a.natureCode),
    acte_nature_libelle: nature?.libelle ?? null,
    acte_nature_abrege: nature?.abrege ?? null,
    numero_de_lacte: a.number,
    objet: a.object,
    date_de_lacte: a.date,
    classification: code || null,
    classification_libelle: code ? labels(code) : null,
    arrete: `${a.fileName}.pdf`,
    autre_document_attache: a.annexes,
  };
}
