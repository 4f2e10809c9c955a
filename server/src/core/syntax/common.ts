// Small pieces the readers share: dates and person names.
import { DATE_SRC, clean, isoFromGroups, scanDates, type FoundDate } from '../text';

export const DATE_RE = new RegExp(DATE_SRC);
export const DATE_RE_G = new RegExp(DATE_SRC, 'g');
/** A civility before a name (original text). */
export const CIVILITY_SRC = String.raw`(?:M\.|Mme|Monsieur|Madame)`;
/**
 * A person's name written in small letters, first name first (« Jean Dupont », « Jean-Marie Le Goff », « Marie de La
 * Tour »), without its civility; blanks or tabs between the words (original text).
 */
export const MIXED_NAME_SRC = String.raw`[A-ZÀ-Ý][a-zà-ÿ]+(?:-[A-ZÀ-Ý][a-zà-ÿ]+)*(?:[ \t]+(?:(?:de|du|des|d['’]|De|Du|Le|La|Van|van|von)[ \t]*)?[A-ZÀ-Ý][a-zà-ÿ'’]+(?:-[A-ZÀ-Ý][a-zà-ÿ]+)*){1,3}`;
export const NAME_RE =
  /(?:(?:M\.|Mme|MME|MM\.|Monsieur|Madame|MONSIEUR|MADAME)\s+)?(?:([A-ZÀ-Ý][a-zà-ÿ]+(?:[-'’][A-ZÀ-Ý]?[a-zà-ÿ]+)*(?:[- ][A-ZÀ-Ý][a-zà-ÿ]+)?)\s+((?:(?:DE|DU|LE|LA|DI|D'|DES|de|du|des|di|da|van|von|de\s+la|de\s+l['’])\s+)?[A-ZÀ-Ý][A-ZÀ-Ý'’-]+(?:[- ](?:(?:du|de|des|de\s+la)\s+)?[A-ZÀ-Ý][A-ZÀ-Ý'’-]+)?)|([A-ZÀ-Ý]{2,}(?:-[A-ZÀ-Ý]{2,})?)\s+([A-ZÀ-Ý][a-zà-ÿ]+(?:-[A-ZÀ-Ý][a-zà-ÿ]+)?)|([A-ZÀ-Ý][A-ZÀ-Ý-]{1,}|(?!M\.)[A-ZÀ-Ý]\.(?:-?[A-ZÀ-Ý]\.?)?)\s+((?:(?:DE\s+LA|DE\s+L['’]|LE|LA|DE|DU|DES|DI|D['’])\s*(?<=\s|['’]))?[A-ZÀ-Ý][A-ZÀ-Ý'’-]{1,}))(?![\wà-ÿ])/;
export const NOT_NAMES = new Set([
  'LE', 'LA', 'LES', 'DE', 'DU', 'DES', 'MAIRE', 'PRESIDENT', 'PRÉSIDENT', 'CONSEIL', 'MUNICIPAL', 'VILLE', 'COMMUNE',
  'ARTICLE', 'ARRETE', 'ARRÊTE', 'DECIDE', 'DÉCIDE', 'REPUBLIQUE', 'RÉPUBLIQUE', 'FRANCAISE', 'FRANÇAISE', 'POUR',
  'EXTRAIT', 'CONFORME', 'SIGNE', 'SIGNÉ', 'ACCUSE', 'ACCUSÉ', 'RECEPTION', 'RÉCEPTION', 'METROPOLE', 'MÉTROPOLE',
  'ADJOINT', 'ADJOINTE', 'BUREAU', 'SEANCE', 'SÉANCE', 'DELIBERATION', 'DÉLIBÉRATION', 'AR', 'ID', 'PREFECTURE',
  'PRÉFECTURE', 'CERTIFIE', 'CERTIFIÉ', 'EXECUTOIRE', 'EXÉCUTOIRE', 'PUBLIE', 'PUBLIÉ', 'AFFICHE', 'AFFICHÉ', 'TRANSMIS',
  'GRAND', 'PARIS', 'DGS', 'SECRETAIRE', 'SECRÉTAIRE', 'DIRECTEUR', 'GENERAL', 'GÉNÉRAL', 'SERVICES', 'DIRECTION',
]);

/** Abbreviations whose full stop ends no sentence (folded): « M. », « Mme. », « art. », « n. ». */
const ABBREVIATIONS = new Set(['m', 'mm', 'mme', 'mmes', 'mlle', 'me', 'dr', 'st', 'ste', 'art', 'n', 'cf', 'ex']);

/** Whether the full stop at `at` in the folded text `f` closes an abbreviation (the word before it), not a sentence. */
export function abbreviationDot(f: string, at: number): boolean {
  let w = at;
  while (w > 0 && at - w < 5 && f.charCodeAt(w - 1) >= 97 && f.charCodeAt(w - 1) <= 122) w--;
  return (w === 0 || !(f.charCodeAt(w - 1) >= 97 && f.charCodeAt(w - 1) <= 122)) && ABBREVIATIONS.has(f.slice(w, at));
}

/**
 * Where the sentence around `at` starts in the folded text `f`, looking back at most `max` characters: after a line
 * break, a semicolon, or a full stop that ends a sentence (not that of « M. », « art. », nor of a letter, « L. 2122-7 »).
 */
export function sentenceStart(f: string, at: number, max: number): number {
  let a = at;
  while (a > 0 && at - a < max) {
    const c = f.charCodeAt(a - 1);
    if (c === 10 /* \n */ || c === 59 /* ; */) break;
    if (c === 46 /* . */ && !/(?:^|[^a-z])[a-z]$/.test(f.slice(Math.max(0, a - 3), a - 1)) && !abbreviationDot(f, a - 1)) break;
    a--;
  }
  return a;
}

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
  const name = clean(m[0]).replace(/^(?:M\.|Mme|MME|MM\.|Monsieur|Madame|MONSIEUR|MADAME)\s+/, '').replace(/\s+(?:EXCUS[EÉ]S?|ABSENTS?|PR[EÉ]SENTS?|OBJET|NOMBRE|POUVOIRS?|VU)$/, '');
  return { name, end: m.index + m[0].length };
}


const DATE_ANCHOR_RE = /\b(?:janv|fevr?|mars|avr|mai|juin|jun|juil|jul|aout|sept?|oct|nov|dec)[a-z]*\b|\d[/.]\d|l'an\b/g;

/**
 * `scanDates` over [from, to), only where a date can be: around month names, numeric dates and "l'an …" (the date
 * regex tries number words at every position, which is costly over a whole séance block), each window once (sorted,
 * one date per start). Read only as far as asked: the windows are scanned one by one, each once it is whole (the
 * next anchor's window does not reach it), so a reader that wants the first date after a keyword near the head does
 * not scan the whole region.
 */
export class DatesNear {
  private readonly found: FoundDate[] = [];
  private anchorAt: number;
  private window: [number, number] | null = null;
  private done = false;

  constructor(private readonly f: string, private readonly from: number, private readonly to: number, private readonly defaultYear: number | null = null) {
    this.anchorAt = from;
  }

  /** The first date that starts at or after `at`, or null. */
  firstFrom(at: number): FoundDate | null {
    for (;;) {
      const found = this.found;
      if (found.length && found[found.length - 1].start >= at) {
        for (const d of found) if (d.start >= at) return d;
      }
      if (this.done) return null;
      this.step();
    }
  }

  /** Read the next whole window (or the last one, at the end of the anchors). */
  private step(): void {
    const { f, from, to } = this;
    for (;;) {
      DATE_ANCHOR_RE.lastIndex = this.anchorAt;
      const m = DATE_ANCHOR_RE.exec(f);
      if (!m || m.index >= to) {
        this.done = true;
        if (this.window) this.scan(this.window);
        this.window = null;
        return;
      }
      this.anchorAt = DATE_ANCHOR_RE.lastIndex;
      const a = Math.max(from, m.index - 280);
      const b = Math.min(to, m.index + m[0].length + 60);
      const last = this.window;
      if (last && a <= last[1]) last[1] = Math.max(last[1], b);
      else {
        this.window = [a, b];
        if (last) {
          this.scan(last);
          return;
        }
      }
    }
  }

  private scan([a, b]: [number, number]): void {
    const { f, from, found } = this;
    let s = a;
    while (s > from && /[a-z0-9']/.test(f[s - 1])) s--;
    for (const d of scanDates(f, s, b, this.defaultYear)) if (!found.length || d.start > found[found.length - 1].start) found.push(d);
  }
}

/**
 * The clause before `at` (folded text, from the last « . », « ; », « : » or line start, not before `from`) speaks of
 * another act or a contract: « L'arrêté n° 2024-031 du 15 mars 2024, applicable à compter du … », « un abonnement
 * souscrit à compter du … ». A date there is that act's, not this one's (« le présent arrêté » is this one).
 */
export function otherActBefore(f: string, from: number, at: number): boolean {
  // (Within 300 characters: a clause is short, and a long run without a stop costs no more than that.)
  const floor = Math.max(from, at - 300);
  let s = at;
  const isEnd = (c: number) => c === 46 || c === 59 || c === 58 || c === 10; // . ; : \n
  while (s > floor && !isEnd(f.charCodeAt(s - 1))) s--;
  // (« M. » and « n° » are no clause ends: a full stop after one letter goes on.)
  while (s > floor + 2 && f[s - 1] === '.' && /\s[a-z]$/.test(f.slice(s - 3, s - 1))) {
    s--;
    while (s > floor && !isEnd(f.charCodeAt(s - 1))) s--;
  }
  return OTHER_ACT.test(f.slice(s, at));
}
const OTHER_ACT = /(?<!\b(?:presente?|cet(?:te)?|ce|ledit|ladite)\s)\b(?:arretes?|deliberations?|decisions?|decrets?|lois?|ordonnances?|circulaires?|conventions?|contrats?|abonnements?|baux|bail)\b(?!\s+(?:ci-dessus|susvise))/;
