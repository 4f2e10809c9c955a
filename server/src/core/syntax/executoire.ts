// Reader of the certification that the act is exécutoire (or the platform stamp that stands for it).
import type { Executoire } from '../model';
import { TextIndex, isoFromGroups } from '../text';
import { STAMP } from '../lexicon';
import { DATE_RE_G } from './common';
import { type Unit } from './scanner';

export const STAMP_RE = new RegExp(`(?:${STAMP.sent})\\s*:?\\s*\\d{1,2}/\\d{1,2}/\\d{4}[\\s\\S]{0,80}?(?:${STAMP.received})\\s*:?\\s*\\d{1,2}/\\d{1,2}/\\d{4}`);

export function readExecutoire(text: string, f: string, index: TextIndex, units: Unit[], from: number): Executoire | null {
  const re = /certifi(?:e|ee|ons)\b[^.;]{0,120}?executoire|certifie\s+que\s+(?:cette|la\s+presente|le\s+present)\s+[a-z]+\s+a\s+ete\s*:?\s*(?:\d\)\s*)?(?:affichee?|publiee?|transmise?|recue?)\b|caractere\s+executoire|rendue?s?\s+executoires?|acte\s+(?:certifie\s+)?executoire|executoire\s+(?:le|a\s+compter|des\s+(?:sa|le))/;
  // The @ctes header of some acts puts "Acte certifié exécutoire" at the very top: look everywhere.
  const after = re.exec(f.slice(from));
  // The platforms' stamp ("Envoyé en préfecture le … Reçu en préfecture le …") certifies the transmission.
  const m = after ?? re.exec(f.slice(0, from)) ?? STAMP_RE.exec(f);
  if (!m) return null;
  const at = (after ? from : 0) + m.index;
  const u = units.findIndex((x) => x.end > at);
  if (u < 0) return null;
  const s = units[u].end - units[u].start > 800 ? at : units[u].start;
  const e = Math.min(units[u].end, s + 800);
  const dates: string[] = [];
  const re2 = DATE_RE_G;
  re2.lastIndex = 0;
  const body = f.slice(s, e);
  for (let d = re2.exec(body); d; d = re2.exec(body)) {
    const iso = isoFromGroups(d.slice(1, 7));
    if (iso) dates.push(iso);
  }
  void text;
  return { ...index.span(s, e), dates };
}

