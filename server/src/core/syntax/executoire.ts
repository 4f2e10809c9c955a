// Reader of the certification that the act is exécutoire (or the platform stamp that stands for it).
import type { DatedMention, Executoire, Span } from '../model';
import { DATE_SRC, TextIndex, isoFromGroups } from '../text';
import { STAMP, STAMP_ANCHORS } from '../lexicon';
import { DATE_RE, DATE_RE_G } from './common';
import { type Unit } from './scanner';

export const STAMP_RE = new RegExp(`(?:${STAMP.sent})\\s*(?::\\s*)?\\d{1,2}/\\d{1,2}/\\d{4}[\\s\\S]{0,80}?(?:${STAMP.received})\\s*(?::\\s*)?\\d{1,2}/\\d{1,2}/\\d{4}`);
/** The stamp's words are there (and a numeric date): else no search for it. */
const stampPossible = (f: string, index: TextIndex) => {
  // (Each word looked for through the index: its answer is kept from one version of the text to the next.)
  const any = (words: readonly string[]) => words.some((w) => index.firstIndexOf('folded', f, w) >= 0);
  return index.firstIndexOf('folded', f, '/') >= 0 && any(STAMP_ANCHORS.sent) && any(STAMP_ANCHORS.received);
};

/**
 * The words that certify the act exécutoire (folded); `EXECUTOIRE_ALL` to search past one in a visa. (Not « les certificats
 * de caractère exécutoire des actes » a délégation de signature lists.)
 */
const EXECUTOIRE = /certifi(?:e|ee|ons)\b[^.;\n]{0,120}?executoire|certifie\s+que\s+(?:cette|la\s+presente|le\s+present)\s+[a-z]+\s+a\s+ete\s*(?::\s*)?(?:\d\)\s*)?(?:affichee?|publiee?|transmise?|recue?)\b|(?<!\bcertificats?\s+(?:de\s+|du\s+)?)caractere\s+executoire|rendue?s?\s+executoires?|acte\s+(?:certifie\s+)?executoire|executoire\s+(?:le|a\s+compter|des\s+(?:sa|le))/;
const EXECUTOIRE_ALL = new RegExp(EXECUTOIRE.source, 'g');

export function readExecutoire(text: string, f: string, index: TextIndex, units: Unit[], from: number): Executoire | null {
  // The @ctes header of some acts puts "Acte certifié exécutoire" at the very top: look everywhere. (Every formula
  // holds « executoire » or « certifi »: without them, no search.)
  const worded = index.firstIndexOf('folded', f, 'xecutoire') >= 0 || index.firstIndexOf('folded', f, 'certifi') >= 0;
  // (Not in a visa or a considérant: « Vu la délibération n° 2025-040 …, rendue exécutoire compte tenu de la transmission
  // en préfecture le 18 juin 2025 » certifies another act.)
  const own = (part: string, offset: number): RegExpExecArray | null => {
    const g = EXECUTOIRE_ALL;
    g.lastIndex = 0;
    for (let m = g.exec(part); m; m = g.exec(part)) {
      const at = offset + m.index;
      const unit = units.find((x) => x.start <= at && x.end > at);
      if (unit?.type !== 'visa' && unit?.type !== 'considerant') return m;
    }
    return null;
  };
  const after = worded ? own(f.slice(from), from) : null;
  // The platforms' stamp ("Envoyé en préfecture le … Reçu en préfecture le …") certifies the transmission.
  const before = after ?? (worded ? own(f.slice(0, from), 0) : null);
  const stamp = before ? null : stampPossible(f, index) ? STAMP_RE.exec(f) : null;
  const m = before ?? stamp;
  if (!m) return null;
  const at = (after ? from : 0) + m.index;
  const u = units.findIndex((x) => x.end > at);
  if (u < 0) return null;
  const s = units[u].end - units[u].start > 800 ? at : units[u].start;
  // (« Certifié exécutoire » alone on its line, without a date: its formalities and their dates on the lines under it.)
  let last = u;
  const dated = DATE_RE.test(f.slice(s, Math.min(units[u].end, s + 800)));
  // (Or a sentence wrapped at the line's end: « … exécutoire à compter de sa publication sur le » / « site internet de la
  // commune et de sa transmission au représentant de l'État ».)
  const wraps = (k: number) => !/[.;:]\s*$/.test(units[k].f) && /^[\s*]*[a-zà-ÿ]/.test(text.slice(units[k + 1].start, units[k + 1].start + 3));
  while (last + 1 < units.length && !units[last + 1].afterBlank && units[last + 1].start - s < 800
    && ((!dated && /^[-*\s]*(?:transmise?|envoyee?|recue?|publiee?|affichee?|notifiee?|mise?\s+en\s+ligne|date\s+de|reception|publication)\b/.test(units[last + 1].f)) || wraps(last))) last++;
  const e = Math.min(units[last].end, s + 800);
  const dates: string[] = [];
  const re2 = DATE_RE_G;
  re2.lastIndex = 0;
  const body = f.slice(s, e);
  for (let d = re2.exec(body); d; d = re2.exec(body)) {
    // (Not the date of an act the sentence cites: « modalités fixées par la délibération n° 2022-19 du 23 juin 2022 ».)
    if (CITED_ACT_BEFORE.test(body.slice(Math.max(0, d.index - 60), d.index))) continue;
    const iso = isoFromGroups(d.slice(1, 7));
    if (iso) dates.push(iso);
  }
  const span = index.span(s, e);
  const said = f.slice(span.start, span.end);
  return {
    ...span, dates, publicityDates: publicityDates(said, span.start), stamp: m === stamp,
    // What the mention makes the act exécutoire by: its transmission (or reception) named, its publication named.
    // (Whole words: « recueil » is no reception, « publique » no publication.)
    transmissionNamed: m === stamp || /transmi|\benvo[iy]|\brecue?s?\b|\breception\b|\bprefe(?:t|cture)|controle\s+de\s+legalite|representant\s+de\s+l'etat|\bdepot/.test(said),
    publicationNamed: /\bpubli(?:e|ee|es|ees|cation|cations|er)\b|affich|en\s+ligne|notifi/.test(said),
    publicityAlone: (() => {
      const p = PUBLICITY_ALONE.exec(said);
      return p ? { ...index.span(span.start + p.index + p[0].length - p[2].length, span.start + p.index + p[0].length), de: /^a\s+(?:compter|partir)/.test(p[1]) } : null;
    })(),
  };
}

/** « dès sa publication », « à compter de sa publication », ending their clause (folded). */
const PUBLICITY_ALONE = /\b(des|apres|par|a\s+compter\s+de|a\s+partir\s+de)\s+((?:sa|leur)\s+(?:publication|affichage|notification))(?=\s*(?:[.,;]|$))/m;

/** An act cited just before a date (folded): « … par la délibération n° 2022-19 du », « l'arrêté du ». */
const CITED_ACT_BEFORE = /\b(?:deliberation|arrete|decision|decret|loi|ordonnance|circulaire|convention)\b[^;,()]{0,40}?\b(?:du|en\s+date\s+du)\s*$/;
/** « transmis le 18/04/2025 », « publié le … », « affiché du … »: a formality of publicity and its date. */
const PUBLICITY_DATE = new RegExp(`(?:transmis|transmission|recu|reception|envoi|envoye|publi\\w*|affich\\w*|notifi\\w*|mis\\s+en\\s+ligne|en\\s+ligne)[^\\n;]{0,40}?${DATE_SRC}`, 'g');

const DATE_AT_END = new RegExp(`${DATE_SRC}$`);

function publicityDates(body: string, at: number): DatedMention[] {
  const out: DatedMention[] = [];
  PUBLICITY_DATE.lastIndex = 0;
  for (let m = PUBLICITY_DATE.exec(body); m; m = PUBLICITY_DATE.exec(body)) {
    const iso = isoFromGroups(m.slice(1, 7));
    // (Not the date of an act the formality cites: « publiée selon la délibération du 23 juin 2022 ».)
    const dateAt = DATE_AT_END.exec(m[0])?.index ?? m[0].length;
    if (iso && !CITED_ACT_BEFORE.test(m[0].slice(0, dateAt).slice(-60))) out.push({ iso, start: at + m.index, end: at + m.index + m[0].length, published: /^(?:publi|affich|mis\s+en\s+ligne|en\s+ligne)/.test(m[0]) });
  }
  return out;
}


/** A publicity or certification label: « Publié le », « Mis en ligne le », « Transmis en préfecture le », « Certifié exécutoire le »… */
const BLANK_LABEL = /\b(?:publiee?s?|affichee?s?|mise?s?\s+en\s+ligne|transmise?s?(?:\s+(?:en|a\s+la)\s+(?:prefecture|sous-prefecture)|\s+au\s+(?:prefet|representant\s+de\s+l'etat))?|notifiee?s?|recue?s?\s+en\s+(?:sous-)?prefecture|certifiee?s?\s+executoire|rendue?s?\s+executoire|date\s+de\s+(?:publication|mise\s+en\s+ligne|l'affichage|affichage|transmission|notification))(?:\s+(?:sur\s+le\s+site(?:\s+internet)?(?:\s+de\s+la\s+(?:commune|ville|collectivite))?|en\s+mairie|au\s+public))?\s*(?:le|du|:)[ \t]*(?::[ \t]*)?/g;
const BLANK_LABEL_AT_START = new RegExp(`^(?:${BLANK_LABEL.source})`);
/** What stands for a date not written yet: dots, underscores, « …/…/… », « __/__/____ », « XX/XX/XXXX ». */
const PLACEHOLDER = /^(?:[._…\s]{3,}|[._…x\s]{1,4}\/[._…x\s]{1,4}\/[._…x\s]{2,6}|\[\s*(?:date|\.{0,3})\s*\]|<\s*date\s*>)(?=\s|$|[;,)])/;

/**
 * Mentions of publicity or certification whose date is left blank (« Publié le : …… », « Mis en ligne le __/__/____ »,
 * or a label that ends its line with nothing after it, followed by another label or the end of the text).
 */
export function readBlankDates(text: string, f: string, index: TextIndex, from: number): Span[] {
  const out: Span[] = [];
  BLANK_LABEL.lastIndex = from;
  for (let m = index.mayMatch('folded', f, BLANK_LABEL) ? BLANK_LABEL.exec(f) : null; m && out.length < 10; m = BLANK_LABEL.exec(f)) {
    const after = m.index + m[0].length;
    const lineEnd = (() => { const n = f.indexOf('\n', after); return n < 0 ? f.length : n; })();
    const rest = f.slice(after, lineEnd);
    const ph = PLACEHOLDER.exec(rest);
    let blank = ph !== null && /\S/.test(ph[0]);
    if (!blank && rest.trim() === '' && /(?:le|:)\s*(?::[ \t]*)?$/.test(m[0])) {
      // Nothing after the label on its line: blank only when what follows is another label or nothing (a date on the
      // next line, as PDF layouts put it, is the label's date).
      const next = f.slice(lineEnd, lineEnd + 400).replace(/^\s+/, '');
      blank = next === '' || (!/^(?:\d|le\s+\d|1er)/.test(next) && BLANK_LABEL_AT_START.test(next.slice(0, 200)));
    }
    if (blank) out.push(index.span(m.index, Math.min(lineEnd, after + (ph ? ph[0].trimEnd().length : 0))));
  }
  void text;
  return out;
}
