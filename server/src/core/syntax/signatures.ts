// Reader of the closing signatures: qualities, names, delegation, electronic stamps.
import type { Signatory } from '../model';
import { TextIndex, clean } from '../text';
import { NAME_RE, NOT_NAMES } from './common';

export const QUALITY_RE =
  /(?:^|[\s,;.>])((?:pour\s+le\s+(?:maire|president(?:e)?)(?:\s+et)?(?:\s*,?\s*par\s+delegation)?|p\/?\s?le\s+(?:maire|president)|par\s+delegation|(?:(?:monsieur|madame)\s+(?:le|la)\s+|le|la|l')\s*(?:maire|president(?:e)?|vice-president(?:e)?|(?:premier|premiere|\d+e(?:me)?)\s+adjointe?|adjointe?|conseillere?\s+(?:municipale?\s+|communautaire\s+|metropolitaine?\s+)?delegue(?:e)?|secretaire\s+de\s+(?:la\s+)?seance|secretaire)|(?<=\n[ \t]{0,4})(?:maire|president(?:e)?)(?=\s+(?:de|du|d')\s*[a-z]))\b)/g;

/** A signature quality at the start of a line, with or without its article (« Maire de X », « La Présidente, »). */
const QUALITY_LINE = /^(?:(?:le|la|l')\s*)?(?:maire|president(?:e)?|vice-president(?:e)?|(?:premier|premiere|\d+e(?:me)?)\s+adjointe?|adjointe?\s+au\s+maire|conseillere?\s+(?:municipale?\s+)?delegue(?:e)?)\b/;

/**
 * The signature block written name first: a line that is only « Prénom NOM », then a line that begins with the
 * quality (« Franck LOUVRIER » / « Maire de la Baule-Escoublac »). The last article ends before it.
 */
export function isNameOverQuality(text: string, name: { start: number; end: number; f: string }, quality: { start: number; end: number; f: string }): boolean {
  if (name.end - name.start > 60 || quality.end - quality.start > 160 || !QUALITY_LINE.test(quality.f)) return false;
  const line = text.slice(name.start, name.end).trim();
  const nm = NAME_RE.exec(line);
  if (!nm || nm.index !== 0 || nm[0].length !== line.length) return false;
  const first = nm[1] ?? nm[3] ?? nm[5];
  const last = nm[2] ?? nm[4] ?? nm[6];
  return !NOT_NAMES.has(first.toUpperCase()) && !NOT_NAMES.has(last.toUpperCase().split(/\s/).pop()!);
}

export function readSignatories(text: string, f: string, index: TextIndex, from: number, to: number): Signatory[] {
  const out: Signatory[] = [];
  const region = f.slice(from, Math.min(to, from + 12000));
  QUALITY_RE.lastIndex = 0;
  const seen = new Set<number>();
  for (let m = QUALITY_RE.exec(region); m; m = QUALITY_RE.exec(region)) {
    const qStart = from + m.index + m[0].length - m[1].length;
    let qEnd = qStart + m[1].length;
    // Extend the quality over "de la Métropole du Grand Paris", "délégué aux finances"… up to the line end.
    const restLine = text.slice(qEnd, Math.min(to, qEnd + 120)).split(/[\r\n]/)[0];
    const restF = f.slice(qEnd, qEnd + restLine.length);
    // "Le Président certifie …": a sentence, not a signature block.
    if (/^\s*,?\s*(?:certifie|expose|rappelle|informe|propose|soussigne|peut|est|a\s|sera|donne|indique|precise|de\s+seance\s+certifie)/.test(restF)) continue;
    // A quality inside a sentence ("d'autoriser Monsieur le Maire ou l'adjoint délégué à signer…") is no signature.
    // The word before it is a lower-case word of prose (OCR noise is one letter; a name before it is capitalised).
    const lineHead = text.slice(Math.max(from, qStart - 60, f.lastIndexOf('\n', qStart - 1) + 1), qStart).replace(/\s*(?:Monsieur|Madame|monsieur|madame|M\.|Mme)\s*$/, '');
    // The word just before the quality (« D'autoriser le Président »: the elided article is not part of the word).
    const words = /(?:([\p{L}'’]+)\s+)?([\p{L}'’]+)\s*$/u.exec(lineHead.replace(/\p{L}{1,2}['’](?=\p{L})/gu, ''));
    const before = words?.[2] ?? '';
    if (before.length >= 2 && /^\p{Ll}/u.test(before) && !/^(?:pour|par|signé|signe|conforme|copie|extrait|ampliation)$/.test(before) && !(before === 'et' && /^par\s/.test(m[1]))) continue;
    // « pour signer … à Monsieur le Président »: a quality after « à » is the object of a sentence.
    if (before === 'à') continue;
    // « Certifiée exécutoire par M. le Maire », « transmis par le Président »: the agent of a participle, not a signature.
    const previous = words?.[1] ?? '';
    if (before === 'par' && previous.length >= 2 && /^\p{Ll}/u.test(previous) && previous !== 'et') continue;
    // A quality with no article ("Maire de X") under a signatory already read is that person's other office.
    if (out.length > 0 && /^(?:maire|president)/.test(m[1])) continue;
    const ext = /^(?:[ \t]+(?:de|du|des|d'|de\s+la|delegue(?:e)?|adjointe?|aux?|en\s+charge)\b[^,\n\r]*)?/.exec(restF);
    if (ext) qEnd += ext[0].length;
    // The name: on the same line after a comma, or on one of the next lines.
    const after = text.slice(qEnd, Math.min(to, qEnd + 160));
    const nm = NAME_RE.exec(after);
    let name: string | null = null;
    let end = qEnd;
    let start = qStart;
    // The name of the next signatory is not this one's (« Le Maire, » left without a name above « Le secrétaire de
    // séance, Claire MARTIN »).
    const nextQuality = /\n[ \t]*(?:(?:le|la|l')\s*(?:maire|president|vice-president|secretaire|adjoint|conseill)|pour\s+le\s+(?:maire|president)|par\s+delegation)/.exec(f.slice(qEnd, qEnd + after.length));
    if (nm && !(nextQuality && nextQuality.index < nm.index) && !/[.;]\s/.test(after.slice(0, nm.index)) && after.slice(0, nm.index).split(/\r\n?|\n/).length <= 4) {
      const first = nm[1] ?? nm[3] ?? nm[5];
      const last = nm[2] ?? nm[4] ?? nm[6];
      if (!NOT_NAMES.has(first.toUpperCase()) && !NOT_NAMES.has(last.toUpperCase().split(/\s/).pop()!)) {
        name = clean(nm[0]);
        end = qEnd + nm.index + nm[0].length;
      }
    }
    if (name === null) {
      // "Franck LOUVRIER\nMaire de la Baule-Escoublac": the name on the line just above a quality with no article.
      // Line breaks looked up in the folded text, where a lone CR is a LF.
      const lineStart = f.lastIndexOf('\n', qStart - 1);
      const prevStart = lineStart > from ? f.lastIndexOf('\n', lineStart - 1) + 1 : -1;
      const prev = prevStart >= from ? text.slice(prevStart, lineStart).trim() : '';
      const pm = prev.length < 60 ? NAME_RE.exec(prev) : null;
      if (pm && pm.index === 0 && pm[0].length === prev.length && !/^(?:le|la)\s/.test(f.slice(qStart, qStart + 3))) {
        const first = pm[1] ?? pm[3] ?? pm[5];
        const last = pm[2] ?? pm[4] ?? pm[6];
        if (!NOT_NAMES.has(first.toUpperCase()) && !NOT_NAMES.has(last.toUpperCase())) {
          name = clean(pm[0]);
          start = text.indexOf(prev, prevStart);
        }
      }
    }
    if (seen.has(qStart)) continue;
    seen.add(qStart);
    const quality = clean(text.slice(qStart, qEnd)).replace(/[,\s]+$/, '');
    const qf = f.slice(qStart, qEnd);
    out.push({
      ...index.span(start, end),
      name,
      quality,
      delegated: /delegation|p\/?\s?le|delegue/.test(qf),
      electronic: /signe\s+electroniquement|signature\s+electronique/.test(f.slice(qStart, Math.min(to, end + 200))),
      role: /secretaire/.test(qf) ? 'secretary' : 'author',
    });
    if (out.length >= 6) break;
  }
  // An e-signature stamp names the signer: "Signé électroniquement par : Gérard ANDRE", "Signé numériquement le 02/01/2023 Christian Couturier".
  const stamp = /sign[ée]\s+(?:electroniquement|numeriquement)(?:\s+par)?\s*:?\s*(?:le\s+\d{2}\/\d{2}\/\d{4}\s+)?/i.exec(f.slice(from, Math.min(to, from + 400)));
  if (stamp) {
    const s = from + stamp.index + stamp[0].length;
    const nm = /^((?:M\.|Mme|Monsieur|Madame)\s+)?[A-ZÀ-Ý][\p{L}'’-]+(?:\s+[A-ZÀ-Ý][\p{L}'’-]+){1,3}/u.exec(text.slice(s, s + 80));
    const fold2 = (x: string) => x.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
    let name = '';
    if (nm) {
      name = clean(nm[0]).replace(/\s+(?:Par|Pour|Le|La|L'|Affich\S*)(?:\s.*)?$/, '');
      // "Gerard ANDRE Gérard ANDRE": the stamp repeats the name with and without accents.
      const words = name.split(' ');
      if (words.length === 4 && fold2(words.slice(0, 2).join(' ')) === fold2(words.slice(2).join(' '))) name = words.slice(2).join(' ');
      const known = out.some((x) => x.name && (fold2(x.name) === fold2(name) || fold2(name).includes(fold2(x.name))));
      if (known) name = '';
    }
    if (nm && name !== '') {
      const withName = out.find((x) => x.name === null && x.role === 'author');
      if (withName) Object.assign(withName, { name, electronic: true });
      else if (!out.some((x) => x.name === name)) {
        const q = /(?:par\s+delegation[^,.;]{0,30},\s*)?(?:le|la|l')\s*(?:maire|president(?:e)?|adjointe?|vice-president(?:e)?|conseillere?\s+delegue(?:e)?)/.exec(f.slice(s + nm[0].length, s + nm[0].length + 80));
        const quality = q ? clean(text.slice(s + nm[0].length + q.index, s + nm[0].length + q.index + q[0].length)) : null;
        out.push({ ...index.span(s, s + nm[0].length), name, quality, delegated: !!q && /delegation|adjoint/.test(q[0]), electronic: true, role: 'author' });
      }
    }
  }
  // A lone "Prénom NOM" line after "Fait à …" with no quality still identifies someone (quality missing).
  if (out.length === 0) {
    const nm = NAME_RE.exec(text.slice(from, Math.min(to, from + 200)));
    if (nm && text.slice(from, from + nm.index).trim().length < 40) {
      const first = nm[1] ?? nm[3] ?? nm[5];
      const last = nm[2] ?? nm[4] ?? nm[6];
      if (!NOT_NAMES.has(first.toUpperCase()) && !NOT_NAMES.has(last.toUpperCase())) {
        const s = from + nm.index;
        out.push({ ...index.span(s, s + nm[0].length), name: clean(nm[0]), quality: null, delegated: false, electronic: false, role: 'author' });
      }
    }
  }
  return out;
}

