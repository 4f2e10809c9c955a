// Small pieces the readers share: dates and person names.
import { DATE_SRC, clean, isoFromGroups } from '../text';

export const DATE_RE = new RegExp(DATE_SRC);
export const DATE_RE_G = new RegExp(DATE_SRC, 'g');
export const NAME_RE =
  /(?:(?:M\.|Mme|MM\.|Monsieur|Madame)\s+)?(?:([A-ZÀ-Ý][a-zà-ÿ]+(?:[-'’][A-ZÀ-Ý]?[a-zà-ÿ]+)*(?:[- ][A-ZÀ-Ý][a-zà-ÿ]+)?)\s+((?:(?:DE|DU|LE|LA|DI|D'|DES)\s+)?[A-ZÀ-Ý][A-ZÀ-Ý'’-]+(?:[- ][A-ZÀ-Ý][A-ZÀ-Ý'’-]+)?)|([A-ZÀ-Ý]{2,}(?:-[A-ZÀ-Ý]{2,})?)\s+([A-ZÀ-Ý][a-zà-ÿ]+(?:-[A-ZÀ-Ý][a-zà-ÿ]+)?)|([A-ZÀ-Ý][A-ZÀ-Ý-]{1,})\s+([A-ZÀ-Ý][A-ZÀ-Ý'’-]{1,}))(?![\wà-ÿ])/;
export const NOT_NAMES = new Set([
  'LE', 'LA', 'LES', 'DE', 'DU', 'DES', 'MAIRE', 'PRESIDENT', 'PRÉSIDENT', 'CONSEIL', 'MUNICIPAL', 'VILLE', 'COMMUNE',
  'ARTICLE', 'ARRETE', 'ARRÊTE', 'DECIDE', 'DÉCIDE', 'REPUBLIQUE', 'RÉPUBLIQUE', 'FRANCAISE', 'FRANÇAISE', 'POUR',
  'EXTRAIT', 'CONFORME', 'SIGNE', 'SIGNÉ', 'ACCUSE', 'ACCUSÉ', 'RECEPTION', 'RÉCEPTION', 'METROPOLE', 'MÉTROPOLE',
  'ADJOINT', 'ADJOINTE', 'BUREAU', 'SEANCE', 'SÉANCE', 'DELIBERATION', 'DÉLIBÉRATION', 'AR', 'ID', 'PREFECTURE',
  'PRÉFECTURE', 'CERTIFIE', 'CERTIFIÉ', 'EXECUTOIRE', 'EXÉCUTOIRE', 'PUBLIE', 'PUBLIÉ', 'AFFICHE', 'AFFICHÉ', 'TRANSMIS',
  'GRAND', 'PARIS', 'DGS', 'SECRETAIRE', 'SECRÉTAIRE', 'DIRECTEUR', 'GENERAL', 'GÉNÉRAL', 'SERVICES', 'DIRECTION',
]);

export function firstDate(s: string): { iso: string | null; index: number; length: number } | null {
  const m = DATE_RE.exec(s);
  return m ? { iso: isoFromGroups(m.slice(1, 7)), index: m.index, length: m[0].length } : null;
}

/** The first "Prénom NOM" (or "NOM Prénom", "PRÉNOM NOM") in a short text, without its civility. */
export function personName(s: string): { name: string; end: number } | null {
  const m = NAME_RE.exec(s);
  if (!m) return null;
  const first = m[1] ?? m[3] ?? m[5];
  const last = m[2] ?? m[4] ?? m[6];
  if (NOT_NAMES.has(first.toUpperCase()) || NOT_NAMES.has(last.toUpperCase().split(/\s/).pop()!)) return null;
  // An upper-case label glued to the name ("BUFFAROT EXCUSÉS") is not part of it.
  const name = clean(m[0]).replace(/^(?:M\.|Mme|MM\.|Monsieur|Madame)\s+/, '').replace(/\s+(?:EXCUS[EÉ]S?|ABSENTS?|PR[EÉ]SENTS?|OBJET|NOMBRE|POUVOIRS?|VU)$/, '');
  return { name, end: m.index + m[0].length };
}

