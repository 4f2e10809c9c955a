// Reader of the transmission block (@ctes accusé de réception, identifiant, dates).
import type { Span, Transmission } from '../model';
import { DATE_SRC, TextIndex, clean, isoDate, isoFromGroups } from '../text';
import { firstDate } from './common';
import { type Unit } from './scanner';
import { STAMP_HEADING_SOURCE, STAMP_LABEL_SOURCE, ctesNatureCode } from '../lexicon';

export const PUBLICATION_RE = new RegExp(`publication\\s*(?::\\s*)?\\**\\s*du\\s+${DATE_SRC}\\s+au\\s+${DATE_SRC}`);
/**
 * A line of the platforms' stamp (folded): a label (the lexicon's `STAMP_LABEL_SOURCE`) with a date after it, or left
 * blank (« Publié le »); or the accusé's heading alone on its line.
 */
const STAMP_LINE = new RegExp(String.raw`^[ \t]*(?:(?:${STAMP_LABEL_SOURCE})(?:\b[^\n]{0,60}?\d|[^\n\d]{0,30}\ble[ \t]*(?::[ \t]*)?$)|(?:${STAMP_HEADING_SOURCE})\b[^\n]{0,60}$)`);
export const IDENT_RE = /\b(\d{3}|02[ab])-(\d{9})-(\d{8})-([a-z0-9_][a-z0-9_ -]{0,30}?)-(de|ar|ai|cc|bf|au)\b/;

/**
 * A sentence that says when the act was sent to or received by the préfet, with no platform's block (folded): « Transmis
 * au représentant de l'État le 9 décembre 2025 », « Transmise à la préfecture de l'Isère le … », « Reçue en
 * sous-préfecture de Bayonne le … », « Transmis au contrôle de légalité le … », « Date de transmission : … ».
 */
const SENT_LINE = new RegExp(String.raw`\b(?:(transmise?s?|transmission|envoyee?s?|adressee?s?)|(recue?s?))\s+(?:(?:au|a\s+la|a\s+l'|en)\s+)?(?:representant\s+de\s+l'etat|prefet|sous-prefet|prefecture|sous-prefecture|controle\s+de\s+(?:la\s+)?legalite|services\s+de\s+l'etat)\b[^\n.;]{0,60}?\ble\s*(?::\s*)?${DATE_SRC}|\bdate\s+de\s+(?:tele)?(transmission)(?:\s+(?:en|a\s+la)\s+(?:sous-)?prefecture|\s+au\s+controle\s+de\s+(?:la\s+)?legalite|\s+au\s+(?:prefet|representant\s+de\s+l'etat))?\s*(?::\s*)?${DATE_SRC}`, 'g');

/** Another act named before a « transmis » in its clause: « le budget primitif 2025, voté le … et » (folded). */
const OTHER_ACT_SENT = /\b(?:vote|votee|adopte|adoptee|approuve|approuvee|pris|prise|signe|signee)\s+le\s\S[^,;]{1,38}?\set\s*$/;
/** « Transmise le 17 juin 2025. » opening its line or its sentence, after the act says it is transmitted (folded). */
const SENT_BARE = new RegExp(String.raw`(?:^|\n|\.)[ \t]*(?:[*-]+[ \t]*)?transmise?s?\s+le\s*(?::\s*)?${DATE_SRC}`, 'g');

/** The sentences that date the act's transmission or its reception, when no platform's block does: a block of their span. */
function readSentLines(f: string, index: TextIndex): Transmission | null {
  let sent: string | null = null;
  let received: string | null = null;
  let s = -1;
  let e = -1;
  // (Where such a sentence stands: after its dispositif, in its last lines, or above the act; the last lines first, and
  // one region's sentences make the block.)
  const regions: [number, number][] = f.length <= 6500 ? [[0, f.length]] : [[f.length - 5000, f.length], [0, 1500]];
  for (const [from, to] of regions) {
    if (s >= 0) break;
    const part = f.slice(from, to);
    SENT_LINE.lastIndex = 0;
    for (let x = SENT_LINE.exec(part); x; x = SENT_LINE.exec(part)) {
      const at = from + x.index;
      // (Not another act's, cited in a visa, a considérant or a sentence: « Vu la délibération n° … reçue en préfecture le … ».)
      const lineStart = f.lastIndexOf('\n', at - 1) + 1;
      const before = f.slice(lineStart, at);
      if (/^[^a-z]{0,6}(?:vu|considerant|attendu)\b/.test(before) || /\b(?:deliberation|arrete|decision|convention|acte)s?\s+(?:n\s?[°o]|du\s+\d|en\s+date)/.test(before)) continue;
      // (Nor another act's the sentence speaks of, « le budget primitif 2025, voté le 7 avril 2025 et transmis au
      // représentant de l'État le 10 avril 2025 »: the act's own is said at the head of its sentence, or of the act.)
      // (A participle after another act's words: « voté le 7 avril 2025 et transmis au représentant de l'État ».)
      if (x[1] !== undefined && /^transmi/.test(x[1]) && OTHER_ACT_SENT.test(before.slice(Math.max(before.lastIndexOf('. '), before.lastIndexOf('; ') + 1, before.length - 200)))) continue;
      const date = x[3] !== undefined || x[6] !== undefined ? isoFromGroups(x.slice(3, 9)) : isoFromGroups(x.slice(10, 16));
      if (!date) continue;
      if (x[2] !== undefined) received ??= date;
      else sent ??= date;
      if (s < 0) s = at;
      e = at + x[0].length;
    }
  }
  // « La présente décision est transmise au représentant de l'État … Transmise le 17 juin 2025. »
  if (sent === null && /\btransmise?s?\s+(?:au|a\s+la|en)\s+(?:representant|prefe|sous-prefe|controle)/.test(f)) {
    SENT_BARE.lastIndex = 0;
    const x = SENT_BARE.exec(f);
    const date = x ? isoFromGroups(x.slice(1, 7)) : null;
    if (x && date) {
      const at = x.index + x[0].search(/t/);
      sent = date;
      if (s < 0 || at < s) s = at;
      e = Math.max(e, x.index + x[0].length);
    }
  }
  if (s < 0) return null;
  return {
    ...index.span(s, e),
    identifier: null, identifierSpan: null, actDate: null, actDateSpan: null, nature: null, natureCode: null, number: null,
    object: null, matiere: null, transmissionDate: sent, receptionDate: received, publicationStart: null, publicationEnd: null,
  };
}

export function readTransmission(text: string, f: string, index: TextIndex, units: Unit[], arIdx: number): Transmission | null {
  const idm = IDENT_RE.exec(f);
  // (Its regions are short: no whole-text word gate is needed, which would cost more than the search.)
  if (arIdx < 0 && !idm) return readSentLines(f, index);
  let s: number;
  let e: number;
  if (arIdx >= 0) {
    s = units[arIdx].start;
    let j = arIdx;
    while (j + 1 < units.length && (units[j + 1].end - units[j + 1].start < 200 || /^(?:publication|date|identifiant|nature|numero|objet|theme|annexe)/.test(units[j + 1].f))) j++;
    e = units[j].end;
  } else {
    s = idm!.index;
    e = idm!.index + idm![0].length;
    [s, e] = stampAround(f, s, e);
  }
  const region = f.slice(s, e);
  const label = (re: RegExp): { value: string; start: number; end: number } | null => {
    const m = (re.hasIndices ? re : new RegExp(re.source, 'd')).exec(region);
    if (!m || !m.indices?.[1]) return null;
    const [a, b] = m.indices[1];
    return { value: clean(text.slice(s + a, s + b)), start: s + a, end: s + b };
  };
  // The first label followed by a date (« Accusé de réception en préfecture » heads the block with no date after it;
  // « Date de réception préfecture : 11/03/2024 » comes later).
  const dateAfter = (re: RegExp): { iso: string | null; span: Span } | null => {
    const g = new RegExp(re.source, 'g');
    for (let m = g.exec(region); m; m = g.exec(region)) {
      const d = firstDate(region.slice(m.index + m[0].length, m.index + m[0].length + 40));
      if (!d) continue;
      const ds = s + m.index + m[0].length + d.index;
      return { iso: d.iso, span: index.span(ds, ds + d.length) };
    }
    return null;
  };
  let identifier: string | null = null;
  let identifierSpan: Span | null = null;
  const im = IDENT_RE.exec(region) ?? idm;
  if (im) {
    const is = im === idm && IDENT_RE.exec(region) === null ? im.index : s + im.index;
    identifier = text.slice(is, is + im[0].length);
    identifierSpan = index.span(is, is + im[0].length);
  }
  const actDate = dateAfter(/date\s+(?:de\s+l'acte|de\s+la\s+decision|de\s+decision)\s*:?/);
  const nature = label(/nature\s+(?:de\s+l'acte\s*)?:\s*\**([^\n*]+?)\**\s*(?:\n|$)/d);
  const number = label(/numero\s+(?:(?:attribue\s+a\s+l'acte|de\s+l'acte)\s*)?:\s*\**([^\n*]+?)\**\s*(?:\n|$)/d);
  const object = label(/objet\s+(?:de\s+l'acte\s*)?:\s*\**([^\n*]+?)\**\s*(?:\n|$)/d);
  const theme = /(?:theme|matiere)[^:\n]{0,20}:\s*\**\s*(\d)(?:\.(\d{1,2})|\s*-\s*[^\d\n]{2,60}?\s(\d{1,2})\s*-)/.exec(region);
  const matiere = theme ? `${theme[1]}.${theme[2] ?? theme[3]}` : null;
  const trans = dateAfter(/(?:date\s+de\s+(?:tele)?transmission|transmis(?:e)?\s+(?:en\s+prefecture\s+)?le|envoi\s+prefecture|envoyee?\s+en\s+(?:sous-)?prefecture\s+le)\s*(?:en\s+prefecture\s*)?:?/);
  const recep = dateAfter(/(?:date\s+de\s+reception|recu(?:e)?\s+(?:en\s+prefecture\s+)?le|reception\s+(?:en\s+)?prefecture|reception\s+par\s+le\s+prefet)\s*(?:en\s+prefecture\s*)?:?/);
  const pub = PUBLICATION_RE.exec(region);
  // The identifier holds the act's date and its nature (« 035-213502388-20260312-2026_014-DE »): what no line labels is
  // read there. (The act's own date, from its « Fait à » line or its séance, comes first: see parse.ts.)
  const fromId = identifier ? /-(\d{4})(\d{2})(\d{2})-.+-([a-z]{2})\s*$/i.exec(identifier) : null;
  const actIso = actDate?.iso ?? (fromId ? isoDate(+fromId[1], +fromId[2], +fromId[3]) : null);
  const natureCode = nature?.value ? ctesNatureCode(nature.value) : fromId ? ctesNatureCode(fromId[4]) : null;
  return {
    ...index.span(s, e),
    identifier,
    identifierSpan,
    actDate: actIso,
    actDateSpan: actDate?.span ?? null,
    nature: nature?.value ?? (fromId && natureCode !== null ? fromId[4].toUpperCase() : null),
    natureCode,
    number: number?.value ?? null,
    object: object?.value ?? null,
    matiere,
    // (A block without the sending's date, beside a sentence that gives it: « Transmis au contrôle de légalité le … ».)
    transmissionDate: trans?.iso ?? (recep === null ? readSentLines(f, index)?.transmissionDate ?? null : null),
    receptionDate: recep?.iso ?? null,
    publicationStart: pub ? isoFromGroups(pub.slice(1, 7)) : null,
    publicationEnd: pub ? isoFromGroups(pub.slice(7, 13)) : null,
  };
}

/**
 * The platforms' stamp around an identifier [s, e) of the folded text: « Envoyé en préfecture le … », « Reçu en
 * préfecture le … », « Publié le … », « ID : … », a line each, above or below it. Only whole short lines: in a
 * flattened text the stamp runs into the header.
 */
export function stampAround(f: string, s: number, e: number): [number, number] {
  const lineStart = f.lastIndexOf('\n', s - 1) + 1;
  if (s - lineStart > 12 || !/^[ \t]*(?:id\s*(?::[ \t]*)?)?$/.test(f.slice(lineStart, s))) return [s, e];
  s = lineStart;
  for (let k = 0; k < 4 && s > 0; k++) {
    const prevStart = f.lastIndexOf('\n', s - 2) + 1;
    if (s - 1 - prevStart > 80 || !STAMP_LINE.test(f.slice(prevStart, s - 1))) break;
    s = prevStart;
  }
  for (let k = 0; k < 4; k++) {
    const next = f.indexOf('\n', e);
    if (next < 0 || /\S/.test(f.slice(e, next))) break;
    const nextEnd = f.indexOf('\n', next + 1);
    const line = f.slice(next + 1, nextEnd < 0 ? f.length : nextEnd);
    if (line.length > 80 || !STAMP_LINE.test(line)) break;
    e = next + 1 + line.length;
  }
  return [s, e];
}
