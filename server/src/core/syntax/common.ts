// Small pieces the readers share: dates and person names.
import { DATE_SRC, clean, isoFromGroups, scanDates, type FoundDate } from '../text';

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


const DATE_ANCHOR_RE = /\b(?:janv|fevr?|mars|avr|mai|juin|jun|juil|jul|aout|sept?|oct|nov|dec)[a-z]*\b|\d[/.]\d|l'an\b/g;

/**
 * `scanDates` over the places where a date can be: around month names, numeric dates and "l'an …" (the date regex
 * tries number words at every position, which is costly over a whole séance block). Same results, sorted.
 */
export function scanDatesNear(f: string, from: number, to: number, defaultYear: number | null = null): FoundDate[] {
  const windows: [number, number][] = [];
  DATE_ANCHOR_RE.lastIndex = from;
  for (let m = DATE_ANCHOR_RE.exec(f); m && m.index < to; m = DATE_ANCHOR_RE.exec(f)) {
    // A day in words and "l'an deux mille …" come before the month; a year in words after it.
    const a = Math.max(from, m.index - 280);
    const b = Math.min(to, m.index + m[0].length + 60);
    const last = windows[windows.length - 1];
    if (last && a <= last[1]) last[1] = Math.max(last[1], b);
    else windows.push([a, b]);
  }
  const out: FoundDate[] = [];
  for (const [a, b] of windows) {
    // Start a window at a word boundary so a number word is not cut.
    let s = a;
    while (s > from && /[a-z0-9']/.test(f[s - 1])) s--;
    for (const d of scanDates(f, s, b, defaultYear)) if (!out.length || d.start > out[out.length - 1].start) out.push(d);
  }
  return out;
}
