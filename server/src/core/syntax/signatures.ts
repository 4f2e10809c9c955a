// Reader of the closing signatures: qualities, names, delegation, electronic stamps.
import type { Act, Mention, Signatory, Span } from '../model';
import { TextIndex, clean, fold } from '../text';
import { CIVILITY_SRC, MIXED_NAME_SRC, NAME_RE, NOT_NAMES } from './common';
import { dispositifStartOf } from './mentions';

/** A signatory as the block reads it, before what is around it is looked at. */
type Read = { -readonly [K in keyof Omit<Signatory, 'head' | 'delegate' | 'delegationNear' | 'opensLine' | 'surname'>]: Signatory[K] };

/** A delegate's quality (folded): adjoint, conseiller, vice-président, DGS, directeur, responsable, chef de service. */
const DELEGATE_QUALITY = /\b(?:adjointe?|conseillere?|vice-president(?:e)?|directeur|directrice|d\.?g\.?s\b|secretaire\s+general|responsable|chef\s+de\s+service)/;
const HEAD_FIRST = /^\s*(?:le|la)\s+(?:maire|president)(?![\s-]+adjoint)/;
/** A quality that says it signs by délégation (« Pour le Maire et par délégation », « P/le Maire », « adjoint délégué »). */
const DELEGATED_QUALITY = /delegation|par\s+del(?:eg)?\.|p\.\s?o\.|p\/?\s?le|delegue/;
const DELEGATION_NEAR = /delegation|delegue|p\/?\s?o\b|pour\s+le\s+(?:maire|president)|\bp\/\s?(?:le|la)\s+(?:maire|president)/;

/** « Pour le Maire et par délégation, », « P/le Président, », « Par délégation, » (folded): for the head, by another. */
/** The head is prevented or absent and another stands in (L. 2122-17): « Pour le Maire empêché », « P/le Maire absent », « suppléant le Maire » (folded). */
const STANDS_IN = /\b(?:pour|p\/)\s?(?:le|la)\s+(?:maire|president(?:e)?)\s+(?:empechee?|absente?)\b|\bsuppleante?\s+(?:le|la)\s+(?:maire|president(?:e)?)\b|\ben\s+(?:l'absence|remplacement)\s+(?:du|de\s+la)\s+(?:maire|president(?:e)?)\b|\b(?:en\s+application|en\s+vertu|au\s+titre)\s+de\s+l'article\s+l\.?\s*2122-17\b|\(\s*(?:article|art\.)\s+l\.?\s*2122-17\b/;
const FOR_HEAD = /^(?:pour\s+(?:le|la)\s+(?:maire|president(?:e)?)(?:\s+(?:empechee?|absente?))?(?:\s+et)?(?:\s*(?:,\s*)?par\s+del(?:egation|eg(?=\.)|(?=\.)))?|par\s+delegation|(?:p\/|p\.\s?o\.)\s?(?:le|la)\s+(?:maire|president(?:e)?)(?:\s+(?:empechee?|absente?))?)[\s,]*/;

/**
 * A civility and a surname in capitals alone on a line (« M. DUFFAU », « Madame LE GOFF »), after at most three blank
 * lines (original text, from the end of a quality): a name without its first name.
 */
const SURNAME_LINE = /^[ \t]*,?[ \t]*(?:\r?\n[ \t]*){1,4}(?:M\.|Mme|Monsieur|Madame|MONSIEUR|MADAME)\s+([A-ZÀ-Ý][A-ZÀ-Ý'’-]+(?:[ \t][A-ZÀ-Ý][A-ZÀ-Ý'’-]+)?)[ \t]*,?[ \t]*(?=\r?\n|$)/;

/** What is around a signatory: its quality names the head or a delegate, a délégation is written near it, it opens its line. */
function around(text: string, f: string, index: TextIndex, s: Read): Signatory {
  const q = f.slice(s.start, s.end);
  const lineStart = index.offsetAt({ line: s.range.start.line, character: 0 });
  // (« Pour le Maire et par délégation, L'adjoint délégué »: the adjoint, not the maire. « Le président de séance » of
  // a compte administratif is elected for the vote: not the head either.)
  const quality = fold(s.quality ?? '');
  return {
    ...s,
    head: /\b(?:maire|president)/.test(quality.replace(FOR_HEAD, '')) && !/\bpresidente?\s+de\s+(?:la\s+)?seance\b|\bmaire[\s-]+adjointe?\b/.test(quality),
    delegate: !!s.quality && DELEGATE_QUALITY.test(q) && !HEAD_FIRST.test(q),
    delegationNear: DELEGATION_NEAR.test(f.slice(Math.max(0, s.start - 150), Math.min(f.length, s.end + 150))),
    opensLine: /^[ \t]*$/.test(text.slice(lineStart, s.start)),
    surname: s.name === null ? surnameAfter(text, s.end) : null,
  };
}

/** The surname written alone with its civility under a quality whose name was not read (« Le Maire, » / « M. DUFFAU »). */
function surnameAfter(text: string, end: number): string | null {
  const m = SURNAME_LINE.exec(text.slice(end, end + 200));
  return m && !NOT_NAMES.has(m[1].toUpperCase().split(/[ \t]/)[0]) ? m[1] : null;
}

export const QUALITY_RE =
  /(?:^|[\s,;.>])((?:pour\s+(?:le|la)\s+(?:maire|president(?:e)?)(?:\s+(?:empechee?|absente?))?(?:\s+et)?(?:\s*(?:,\s*)?par\s+del(?:egation|eg(?=\.)|(?=\.)))?|(?:p\/?|p\.\s?o\.)\s?(?:le|la)\s+(?:maire|president(?:e)?)(?:\s+(?:empechee?|absente?))?|par\s+delegation|(?:(?:monsieur|madame)\s+(?:le|la)\s+|le|la|l')\s*(?:maire[\s-]+adjointe?|maire|president(?:e)?|(?:(?:premier|premiere|deuxieme|second|seconde|troisieme|quatrieme|cinquieme|sixieme|septieme|huitieme|neuvieme|dixieme|\d+(?:er|ere|re|eme|e))\s+)?vice-president(?:e)?|(?:premier|premiere|deuxieme|second|seconde|troisieme|quatrieme|cinquieme|sixieme|septieme|huitieme|neuvieme|dixieme|\d+(?:er|ere|re|eme|e))\s+adjointe?|adjointe?|conseillere?\s+(?:municipale?\s+|communautaire\s+|metropolitaine?\s+)?delegue(?:e)?|secretaire\s+de\s+(?:la\s+)?seance|secretaire|doyen(?:ne)?\s+d'age|directeur|directrice|responsable|chef\s+de\s+service)|(?<=\n[ \t]{0,4})(?:maire|president(?:e)?)(?=\s+(?:de|du|d')\s*[a-z]))\b)/g;

/**
 * A signature quality at the start of a line, with or without its article (« Maire de X », « La Présidente, »), or
 * after a name and a comma (« Jean DUPONT, Maire », « Paul MARTIN, adjoint délégué à la voirie »).
 */
const QUALITY_LINE = /^(?:(?:le|la|l')\s*)?(?:maire|president(?:e)?|(?:(?:premier|premiere|deuxieme|second|seconde|troisieme|quatrieme|cinquieme|sixieme|septieme|huitieme|neuvieme|dixieme|\d+(?:er|ere|re|eme|e))\s+)?vice-president(?:e)?|(?:premier|premiere|deuxieme|second|seconde|troisieme|quatrieme|cinquieme|sixieme|septieme|huitieme|neuvieme|dixieme|\d+(?:er|ere|re|eme|e))\s+adjointe?|adjointe?|conseillere?\s+(?:municipale?\s+|communautaire\s+|metropolitaine?\s+)?delegue(?:e)?)\b/;

/**
 * A person's name written in small letters, alone on the line under a quality (what follows the quality on its line
 * is only blanks or a comma): « Jean Dupont », « Jean-Marie Le Goff », « Anne Le Floch-Martin », « Marie de La Tour ».
 */
const MIXED_NAME = `(?:${CIVILITY_SRC}\\s+)?${MIXED_NAME_SRC}`;
/** A line of a page's furniture: its number (« Page 2/3 », « 2/3 »), a form feed, the @ctes stamp of each page, or what `syntax/pages.ts` blanked. */
const PAGE_FURNITURE = /^[ \t\f\v]*(?:(?:page\s+\d+\s*(?:\/|sur)\s*\d+|\d+\s*\/\s*\d+|envoy[ée]e?\s+en\s+(?:sous-)?pr[ée]fecture\b.*|re[çc]ue?\s+en\s+(?:sous-)?pr[ée]fecture\b.*|publi[ée]e?\s+le\b.*|affich[ée]e?\s+le\b.*|id\s*:.*|accus[ée]\s+de\s+r[ée]ception\b.*)[ \t\f\v]*)?$/i;

/**
 * Where the text goes on after a page break that follows [.., from): the start of the first line that is not blank nor
 * a page's furniture, when the lines skipped hold a page break (a form feed or « Page n/m »); else null.
 */
function pastPageBreak(text: string, from: number, to: number): number | null {
  let at = text.indexOf('\n', from);
  let broke = false;
  for (let k = 0; at >= 0 && at < to && k < 14; k++) {
    const start = at + 1;
    const nl = text.indexOf('\n', start);
    const line = text.slice(start, nl < 0 ? to : Math.min(nl, to)).replace(/\r$/, '');
    if (!PAGE_FURNITURE.test(line)) return broke ? start : null;
    // (A line of vertical tabulations is a page's furniture the reading blanked, `syntax/pages.ts`.)
    if (/[\f\v]|page\s+\d+\s*(?:\/|sur)\s*\d+/i.test(line)) broke = true;
    at = nl;
  }
  return null;
}

/** After a quality, what it says of a stand-in and the line of its legal ground, up to the name's line (original text). */
const STAND_IN_ASIDE = /^[ \t]*(?:,[ \t]*)?(?:suppl[ée]ante?\s+(?:le|la)\s+(?:maire|pr[ée]sidente?)(?:\s+emp[êe]ch[ée]e?)?|en\s+remplacement\s+(?:du|de\s+la)\s+(?:maire|pr[ée]sidente?)(?:\s+(?:absente?|emp[êe]ch[ée]e?))?|(?:en\s+application|en\s+vertu)\s+de\s+l['’]article\s+L\.?\s*2122-17[^\n]{0,80}?|\(\s*(?:article|art\.)\s+L\.?\s*2122-17[^)\n]{0,80}\))[ \t]*,?(?:\r?\n[ \t]*\([^)\n]{0,100}\)[ \t]*,?)?[ \t]*(?=\r?\n)/i;
/** What stands where the hand signs, between the quality and the name: « (signé) », « Signé : », « [Signature] ». */
const SIGNED_MARK = /(?:^|\n)[ \t]*(?:\(\s*sign[ée]e?\s*\)|sign[ée]e?\s*:?|\[\s*signature\s*\]|\(\s*signature\s*\))[ \t]*(?=\r?\n|$)/gi;
// (Each blank line taken whole: « [ \t]*(?:mark[ \t]*)? », never two blank runs side by side, which would try every
// split of each line's blanks, and multiply them over ten lines.)
const MIXED_NAME_LINE = new RegExp(String.raw`^[ \t]*(?:,[ \t]*)?(?:\r\n?|\n)(?:[ \t]*(?:(?:\(\s*[Ss]ign[ée]e?\s*\)|[Ss]ign[ée]e?(?:[ \t]*:)?|\[\s*[Ss]ignature\s*\]|\(\s*[Ss]ignature\s*\))[ \t]*)?(?:\r\n?|\n)){0,10}[ \t]*(${MIXED_NAME})[ \t]*(?:,[ \t]*)?(?=[\r\n]|$)`);
/** After a quality on its line, a comma and a name in small letters, alone to the line's end: « Le Maire, Claire Dumontet ». */
const MIXED_NAME_AFTER_COMMA = new RegExp(String.raw`^[ \t]*,[ \t]*(${MIXED_NAME})[ \t]*[.,]?[ \t]*$`);
/** A cell that is only a name in small letters (« Bertrand Veau »), under a quality in its column. */
const MIXED_NAME_CELL = new RegExp(String.raw`^${MIXED_NAME}$`);


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

/** A gap between two columns of a signature block: three blanks or more, a tab, or a table's bar. */
// (The blanks before a bar are taken from the start of their run only: tried from inside a long run, they would be read
// again from each blank.)
const COLUMN_GAP = /[ \u00a0]{3,}|\t+|(?:(?<![ \t])[ \t]+)?\|[ \t]*/g;

/** The cells of a line [from, to): start and end of each run of text between column gaps. */
function cells(text: string, from: number, to: number): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  const line = text.slice(from, to);
  // A table's row (« | Le Président, | Notifié le … | »): every cell between bars, empty ones too (start = end).
  if (/^\s*\|.*\|\s*$/.test(line)) {
    const bars = [...line.matchAll(/\|/g)].map((m) => m.index!);
    for (let k = 0; k + 1 < bars.length; k++) {
      const piece = line.slice(bars[k] + 1, bars[k + 1]);
      const lead = piece.length - piece.trimStart().length;
      out.push({ start: from + bars[k] + 1 + lead, end: from + bars[k] + 1 + lead + piece.trim().length });
    }
    return out;
  }
  let at = 0;
  COLUMN_GAP.lastIndex = 0;
  for (let m = COLUMN_GAP.exec(line); ; m = COLUMN_GAP.exec(line)) {
    const e = m ? m.index : line.length;
    const piece = line.slice(at, e);
    if (piece.trim()) out.push({ start: from + at + (piece.length - piece.trimStart().length), end: from + at + piece.trimEnd().length });
    if (!m) break;
    at = m.index + m[0].length;
  }
  return out;
}

/**
 * The name under a quality that shares its line with another column (« Le Maire,      La secrétaire de séance, »): the
 * cell of the same rank on the next line that holds text, when it is a person's name. Null when the line has one
 * column, or the cell is no name.
 */
function columnName(text: string, index: TextIndex, qStart: number, to: number): { name: string | null; end: number } | null {
  const line = index.lineOf(qStart);
  const own = cells(text, index.lineStarts[line], index.lineEnd(line));
  if (own.length < 2) return null;
  const rank = own.findIndex((c) => qStart >= c.start && qStart < c.end);
  if (rank < 0) return null;
  // (The two lines under it that hold something: blank lines left for the signature by hand are passed over.)
  let rows = 0;
  for (let next = line + 1; next < index.lineCount && next <= line + 12 && rows < 2; next++) {
    const ls = index.lineStarts[next];
    if (ls >= to) return null;
    const row = cells(text, ls, Math.min(to, index.lineEnd(next)));
    if (row.length === 0) continue;
    rows++;
    // (A Markdown table's rule « |---|---| », or an empty cell in this column.)
    if (row.every((c) => /^:?-{2,}:?$/.test(text.slice(c.start, c.end)))) continue;
    if (row.length === own.length && row[rank] && row[rank].start === row[rank].end) continue;
    const cell = row[rank];
    if (!cell || row.length !== own.length) return null;
    const written = text.slice(cell.start, cell.end).replace(/\s*,$/, '');
    // A blank left for the name (« …………… », « ______ »): no name in this column, not the next column's.
    if (/^[.…_\s]{3,}$/.test(written)) return { name: null, end: cell.start };
    const nm = NAME_RE.exec(written);
    if (!nm || nm.index !== 0 || nm[0].length !== written.length) {
      // « Bertrand Veau      Cédric Bouchard »: names in small letters, none of their words a quality.
      if (MIXED_NAME_CELL.test(written) && !written.split(/[\s-]+/).some((w) => NOT_NAMES.has(w.toUpperCase()))) return { name: clean(written), end: cell.end };
      return null;
    }
    const first = nm[1] ?? nm[3] ?? nm[5];
    if (NOT_NAMES.has(first.toUpperCase())) return null;
    return { name: clean(nm[0]), end: cell.start + nm[0].length };
  }
  return null;
}

export function readSignatories(text: string, f: string, index: TextIndex, from: number, to: number): Signatory[] {
  // A signature block set in a Markdown table of one column of text (« | Pour le Maire et par délégation, | | », « |
  // **Yannick RAYNAL** | [cachet de la mairie] | »): its rows read as lines, the bars blanked (same length: offsets
  // hold). (A table of two signatures, « | Le maire | La secrétaire de séance | », is read by its columns.)
  const region = text.slice(from, to);
  if (/(?:^|\n)[ \t]*\|/.test(region)) {
    // (Each table, its lines in a row, all or none: a rule, or rows whose other cells are empty or a bracketed note. Read
    // line by line, each row's cells by splitting: no pattern tries the splits of a long row.)
    const rule = (row: string) => /^\|[-:|\s]*$/.test(row) && row.includes('-');
    const oneColumn = (row: string) => {
      const cells = row.split('|');
      return cells.length >= 4 && cells[0] === '' && cells[cells.length - 1] === '' && cells.slice(2, -1).every((c) => /^\s*(?:\[[^\]]*\])?\s*$/.test(c));
    };
    const blank = (s: string) => {
      const rows = s.split('\n');
      for (let i = 0; i < rows.length;) {
        if (!rows[i].trimStart().startsWith('|')) {
          i++;
          continue;
        }
        let j = i;
        while (j < rows.length && rows[j].trimStart().startsWith('|')) j++;
        const table = rows.slice(i, j).map((r) => r.trim());
        if (table.every((r) => r.length <= 400 && r.endsWith('|') && (rule(r) || oneColumn(r)))) {
          for (let k = i; k < j; k++) rows[k] = rule(rows[k].trim()) ? ' '.repeat(rows[k].length) : rows[k].replace(/\|/g, ' ');
        }
        i = j;
      }
      return rows.join('\n');
    };
    const t = text.slice(0, from) + blank(region) + text.slice(to);
    const g = f.slice(0, from) + blank(f.slice(from, to)) + f.slice(to);
    return readBlock(t, g, index, from, to).map((s) => around(t, g, index, s));
  }
  return readBlock(text, f, index, from, to).map((s) => around(text, f, index, s));
}

function readBlock(text: string, f: string, index: TextIndex, from: number, to: number): Read[] {
  const out: Read[] = [];
  // Without its trailing blanks, where no quality can be (a collection's act is followed by the other acts blanked out).
  const region = f.slice(from, Math.min(to, from + 12000)).trimEnd();
  QUALITY_RE.lastIndex = 0;
  const seen = new Set<number>();
  let lastEnd = -1;
  for (let m = QUALITY_RE.exec(region); m; m = QUALITY_RE.exec(region)) {
    const qStart = from + m.index + m[0].length - m[1].length;
    let qEnd = qStart + m[1].length;
    // Extend the quality over "de la Métropole du Grand Paris", "délégué aux finances"… up to the line end.
    const restLine = text.slice(qEnd, Math.min(to, qEnd + 120)).split(/[\r\n]/)[0];
    const restF = f.slice(qEnd, qEnd + restLine.length);
    // "Le Président certifie …": a sentence, not a signature block.
    // (« Le conseiller municipal délégué à l'espace public », « L'Adjointe à l'aménagement urbain »: « à » after « délégué »
    // or « adjoint » is the delegation's field, not the verb « a ».)
    if (/^\s*(?:,\s*)?(?:certifie|expose|rappelle|informe|propose|soussigne|peut|est|a\s|sera|donne|indique|precise|de\s+seance\s+certifie|regagne|reprend|quitte|ayant|etant|s'etant|apres\s+avoir|sort|rejoint|arrive|ouvre|leve|suspend|se\s+retire|remercie|presente|soumet|demande|constate|declare|annonce|fait\s+(?:savoir|part|lecture)|prend|invite|met\s+aux\s+voix|procede)\b/.test(restF) && !(/delegue(?:e)?$/.test(m[1]) && /^\s+a\s/.test(restF)) && !(/adjointe?$/.test(m[1]) && /^\s+à\s/.test(restLine))) continue;
    // (Inside the quality read before: « Pour le Président du Conseil départemental et par délégation, ».)
    if (qStart < lastEnd) continue;
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
    const ext = (/delegue(?:e)?$/.test(m[1]) ? /^[ \t]+a\s[^,\n\r]*/.exec(restF) : null) ?? /^(?:[ \t]+(?:de|du|des|d'|de\s+la|delegue(?:e)?|adjointe?|aux?|a(?=\s)|en\s+charge|chargee?|generale?)\b[^,\n\r]*)?/.exec(restF);
    if (ext) qEnd += ext[0].length;
    // (A délégation's fields listed with commas, « L'Adjoint délégué à l'urbanisme, à la voirie et aux travaux, »: each
    // field opens in small letters with « à », « au », « aux » or « et »; a name after the comma opens with a capital.)
    if (ext && /(?:^|\s)(?:a|aux?|delegue(?:e)?\s+a)\s/.test(ext[0])) {
      const more = /^(?:,[ \t]*(?:à|a|au|aux|et)[ \t][^,\n\r]*)+/.exec(text.slice(qEnd, Math.min(to, qEnd + 200)));
      if (more) qEnd += more[0].length;
    }
    lastEnd = qEnd;
    // The name: on the same line after a comma, or on one of the next lines. (A page's furniture in between, blanked
    // by the reading with vertical tabulations, `syntax/pages.ts`, counts for nothing.)
    let reach = 160;
    const v = text.indexOf('\v', qEnd);
    if (v >= 0 && v < qEnd + reach) for (let i = v; i < Math.min(to, qEnd + 1500); i++) if (text.charCodeAt(i) === 11) reach++;
    const after = text.slice(qEnd, Math.min(to, qEnd + reach));
    // Two signatures side by side (« Le Maire,      La secrétaire de séance, » over « Philippe BUISSON      Claire
    // DUPONT »): each quality takes the name in its own column.
    const column = columnName(text, index, qStart, to);
    const nm = column ? null : NAME_RE.exec(after);
    let name: string | null = column ? column.name : null;
    let end = column ? column.end : qEnd;
    let start = qStart;
    // The name of the next signatory is not this one's (« Le Maire, » left without a name above « Le secrétaire de
    // séance, Claire MARTIN »).
    const nextQuality = /\n[ \t]*(?:(?:le|la|l')\s*(?:(?:premier|premiere|\d+(?:er|ere|re|eme|e))\s+)?(?:maire|president|vice-president|secretaire|adjoint|conseill|directeur|directrice|responsable|chef\s+de\s+service)|pour\s+le\s+(?:maire|president)|par\s+delegation)/.exec(f.slice(qEnd, qEnd + after.length));
    // (What a stand-in's quality says of its legal ground, « en application de l'article L. 2122-17 du CGCT », is no sentence end.)
    const asideLength = STAND_IN_ASIDE.exec(after)?.[0].length ?? 0;
    if (nm && !(nextQuality && nextQuality.index < nm.index) && !/[.;]\s/.test(after.slice(Math.min(asideLength, nm.index), nm.index)) && (after.slice(0, nm.index).split(/\r\n?|\n/).length <= 4 || (!/\S/.test(after.slice(0, nm.index).replace(/^\s*,/, '').replace(SIGNED_MARK, '')) && after.slice(0, nm.index).split(/\r\n?|\n/).length <= 12))) {
      const first = nm[1] ?? nm[3] ?? nm[5];
      const last = nm[2] ?? nm[4] ?? nm[6];
      if (!NOT_NAMES.has(first.toUpperCase()) && !NOT_NAMES.has(last.toUpperCase().split(/\s/).pop()!)) {
        name = clean(nm[0]);
        end = qEnd + nm.index + nm[0].length;
      }
    }
    if (name === null && !column && !(nextQuality && nextQuality.index === 0)) {
      // « Le Maire, » then « Jean-Marie Le Goff »: a name in small letters alone on the line under the quality.
      // (After what the quality line says of a stand-in, and a line of its legal ground: « Le Premier Adjoint, suppléant
      // le Maire empêché » / « (article L. 2122-17 du CGCT), » / « Jean-François Dauré ».)
      const aside = STAND_IN_ASIDE.exec(after)?.[0].length ?? 0;
      const mixed = MIXED_NAME_LINE.exec(after.slice(aside));
      if (mixed && !NOT_SIGNER.test(mixed[1].replace(/^(?:M\.|Mme|Monsieur|Madame)\s+/, ''))) {
        name = clean(mixed[1]);
        end = qEnd + aside + mixed.index + mixed[0].length;
      }
    }
    if (name === null && !column) {
      // « Le Maire, Claire Dumontet »: the name in small letters after the comma, on the quality's line.
      const lineRest = text.slice(qEnd, Math.min(to, qEnd + 120)).split(/[\r\n]/)[0];
      const same = MIXED_NAME_AFTER_COMMA.exec(lineRest);
      if (same && !NOT_SIGNER.test(same[1].replace(/^(?:M\.|Mme|Monsieur|Madame)\s+/, '')) && !same[1].split(/[\s-]+/).some((w) => NOT_NAMES.has(w.toUpperCase()))) {
        name = clean(same[1]);
        end = qEnd + lineRest.trimEnd().length;
      }
    }
    if (name === null && !column && !(nextQuality && nextQuality.index === 0)) {
      // A page break between the quality and the name (« Le maire, » / « Page 2/3 », a form feed, the @ctes stamp the
      // platform prints on each page / « Marie LEROY »): the name on the first line after the page's furniture.
      const past = pastPageBreak(text, qEnd, to);
      if (past !== null) {
        const line = text.slice(past, Math.min(to, past + 120)).split(/\r?\n/)[0];
        const lead = line.length - line.trimStart().length;
        const written = line.trim().replace(/,$/, '');
        const full = NAME_RE.exec(written);
        const ok = full && full.index === 0 && full[0].length === written.length && !NOT_NAMES.has((full[1] ?? full[3] ?? full[5]).toUpperCase());
        if (ok || (MIXED_NAME_CELL.test(written) && !written.split(/[\s-]+/).some((w) => NOT_NAMES.has(w.toUpperCase())))) {
          name = clean(written);
          end = past + lead + written.length;
        }
      }
    }
    if (name === null && !column) {
      // "Franck LOUVRIER\nMaire de la Baule-Escoublac": the name on the line just above a quality with no article.
      // Line breaks looked up in the folded text, where a lone CR is a LF.
      const lineStart = f.lastIndexOf('\n', qStart - 1);
      const prevStart = lineStart > from ? f.lastIndexOf('\n', lineStart - 1) + 1 : -1;
      // (« Jean DUPONT, » above « Maire de Sète »: the comma is no part of the name.)
      const prev = prevStart >= from ? text.slice(prevStart, lineStart).trim().replace(/\s*,$/, '') : '';
      const pm = prev.length < 60 ? NAME_RE.exec(prev) : null;
      // Not a name another signatory above already holds (« La secrétaire de séance, » / « Claire MARTIN » / « Le Maire, »).
      const taken = out.some((x) => x.name !== null && index.offsetAt(x.range.end) > prevStart);
      if (pm && pm.index === 0 && pm[0].length === prev.length && !taken) {
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
    // (Inside the name just read: « Sophie LEMAIRE » holds no « Le Maire ».)
    const prev = out[out.length - 1];
    if (prev?.name && qStart >= prev.end - prev.name.length && qStart < prev.end) continue;
    const quality = clean(text.slice(qStart, qEnd)).replace(/[,\s]+$/, '');
    const qf = f.slice(qStart, qEnd);
    out.push({
      ...index.span(start, end),
      name,
      quality,
      delegated: DELEGATED_QUALITY.test(qf),
      electronic: /signe\s+electroniquement|signature\s+electronique/.test(f.slice(qStart, Math.min(to, end + 200))),
      role: /secretaire/.test(qf) ? 'secretary' : 'author',
    });
    if (out.length >= 6) break;
  }
  // « Pour le Maire et par délégation, » over « L'adjoint délégué, » and a name: one signatory, who signs for the head.
  // (So on one line, « Pour le Maire empêché, l'Adjointe déléguée, » over the name, which both qualities then read.)
  for (let i = out.length - 2; i >= 0; i--) {
    const a = out[i];
    const b = out[i + 1];
    const between = text.slice(a.end, b.start);
    if ((a.name !== null && a.name !== b.name) || a.role !== 'author' || b.role !== 'author' || !FOR_HEAD.test(fold(a.quality ?? ''))) continue;
    if (!/^[\s,.]*(?:et\b[\s,.]*)?$/.test(between) || between.split(/\r\n?|\n/).length > 3) continue;
    // (« Pour le Maire empêché, » over « Le Premier Adjoint, »: the adjoint stands in for the maire, L. 2122-17; no délégation.)
    out.splice(i, 2, { ...b, ...index.span(a.start, b.end), quality: `${a.quality}, ${b.quality}`, delegated: !STANDS_IN.test(fold(a.quality ?? '')) || /delegation/.test(fold(a.quality ?? '')) });
  }
  // An e-signature stamp names the signer: "Signé électroniquement par : Gérard ANDRE", "Signé numériquement le 02/01/2023 Christian Couturier".
  const stamp = /sign[ée]\s+(?:electroniquement|numeriquement)(?:\s+par)?\s*(?::\s*)?(?:le\s+\d{2}\/\d{2}\/\d{4}\s+)?/i.exec(f.slice(from, Math.min(to, from + 400)));
  if (stamp) {
    const s = from + stamp.index + stamp[0].length;
    const nm = /^((?:M\.|Mme|Monsieur|Madame)\s+)?[A-ZÀ-Ý][\p{L}'’-]+(?:\s+[A-ZÀ-Ý][\p{L}'’-]+){1,3}/u.exec(text.slice(s, s + 80));
    const fold2 = (x: string) => x.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
    let name = '';
    if (nm) {
      // (Not the label of the stamp's next line: « Date de signature : … », « Qualité : … ».)
      name = clean(nm[0]).replace(/\s+(?:Par|Pour|Le|La|L'|Affich\S*|Date|Qualit\S*|Sign\S*)(?:\s.*)?$/, '');
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
        // « Le Maire » after the name, or the stamp's « Qualité : Maire de Yutz ».
        const after = f.slice(s + nm[0].length, s + nm[0].length + 120);
        const q = /(?:par\s+delegation[^,.;]{0,30},\s*)?(?:le|la|l')\s*(?:maire|president(?:e)?|adjointe?|vice-president(?:e)?|conseillere?\s+delegue(?:e)?)/.exec(after)
          ?? /(?<=qualite\s*:\s*|^\s*,\s*)(?:(?:le|la|l')\s*)?(?:maire|president(?:e)?|adjointe?|vice-president(?:e)?|conseillere?\s+delegue(?:e)?)(?:\s+(?:de|du|des|d')\b[^\n,;]*)?/.exec(after);
        // (Or on the stamp's next line, which the name read above ran into: « Hélène MARCHAND⏎Qualité : Maire de Cazères ».)
        const own = q ? null : STAMP_QUALITY.exec(f.slice(s, s + 200));
        const quality = q ? clean(text.slice(s + nm[0].length + q.index, s + nm[0].length + q.index + q[0].length))
          : own ? clean(text.slice(s + own.index + own[0].length - own[1].length, s + own.index + own[0].length)) : null;
        // (The span is the name's, not the label it ran into.)
        const nameEnd = /\s+(?:Par|Pour|Le|La|L'|Affich\S*|Date|Qualit\S*|Sign\S*)(?:\s[\s\S]*)?$/.exec(nm[0])?.index ?? nm[0].length;
        out.push({ ...index.span(s, s + nameEnd), name, quality, delegated: !!q && /delegation|adjoint/.test(q[0]), electronic: true, role: 'author' });
      }
    }
  }
  // A lone "Prénom NOM" line after "Fait à …" with no quality still identifies someone (quality missing), and the
  // quality may follow the name: « Signé : Jean DUPONT, Maire de Saint-Martin », « Jean DUPONT » / « Maire ».
  if (out.length === 0) {
    const nm = NAME_RE.exec(text.slice(from, Math.min(to, from + 200)));
    // The name opens its line (« Signé : » may come first), not a sentence's object (« … DÉSIGNE M. Thierry VIDAL »).
    const before = nm ? text.slice(from, from + nm.index) : '';
    const lineHead = before.slice(Math.max(before.lastIndexOf('\n'), before.lastIndexOf('\r')) + 1);
    // (Nor the subject of a sentence: « M. Olivier MOUGIN quitte la séance à 20 h 45. » between two points.)
    const sentence = nm ? /^[ \t]+\p{Ll}/u.test(text.slice(from + nm.index + nm[0].length, Math.min(to, from + nm.index + nm[0].length + 40))) : false;
    if (nm && !sentence && before.trim().length < 40 && /^[\s,.;:]*(?:sign[ée]e?\s*(?::\s*)?)?$/i.test(lineHead)) {
      const first = nm[1] ?? nm[3] ?? nm[5];
      const last = nm[2] ?? nm[4] ?? nm[6];
      if (!NOT_NAMES.has(first.toUpperCase()) && !NOT_NAMES.has(last.toUpperCase())) {
        const s = from + nm.index;
        let e = s + nm[0].length;
        let quality: string | null = null;
        let qf = '';
        // On its line after a comma, or alone on the next line (« Jean DUPONT » / « Maire »).
        const comma = /^[ \t]*,[ \t]*|^[ \t]*(?:,[ \t]*)?\n[ \t]*/.exec(f.slice(e, Math.min(to, e + 12)));
        const q = comma ? QUALITY_LINE.exec(f.slice(e + comma[0].length, Math.min(to, e + comma[0].length + 160))) : null;
        if (comma && q) {
          const qs = e + comma[0].length;
          // Up to the end of its line (« Maire de Saint-Martin-des-Champs »), without a final comma or full stop.
          const line = /^[^\n\r]*/.exec(text.slice(qs, Math.min(to, qs + 160)))![0].replace(/[\s,.;]+$/, '');
          quality = clean(line);
          qf = f.slice(qs, qs + line.length);
          e = qs + line.length;
        }
        out.push({ ...index.span(s, e), name: clean(nm[0]), quality, delegated: DELEGATED_QUALITY.test(qf), electronic: false, role: 'author' });
      }
    }
  }
  return out;
}


// ---- Mentions of the signature block the rules judge (SIG-001, SIG-003).

const SIGNER_NAME_SRC = String.raw`(?:[A-ZÀ-Ý][a-zà-ÿ]+(?:[-'’][A-ZÀ-Ý]?[a-zà-ÿ]+)*(?:[ -][A-ZÀ-Ý][a-zà-ÿ]+)?\s+(?:(?:DE|DU|LE|LA|D')\s*)?[A-ZÀ-Ý][A-ZÀ-Ý'’-]+|[A-ZÀ-Ý][A-ZÀ-Ý'’-]{2,}\s+[A-ZÀ-Ý][a-zà-ÿ]+(?:-[A-ZÀ-Ý][a-zà-ÿ]+)?|[A-ZÀ-Ý][a-zà-ÿ]+\s+[A-ZÀ-Ý][a-zà-ÿ]{2,})`;
const NOT_SIGNER = /^(?:Le|La|Les|Pour|Par|Monsieur|Madame|Maire|Président|Présidente|Adjoint|Adjointe|Conseiller|Conseillère|Vice|Fait|Signé|Accusé|Date|Reçu|Envoyé|Publié|Affiché|Certifié|Acte|Extrait|Ville|Commune|Mairie|Délibération|Décision|Arrêté|Article|Conseil|Bureau|Séance|Secrétaire|Direction|Directeur|Directrice|Service|Tribunal|Préfecture|Sous|Copie|Ancien|Ministre|Vu|Considérant|Objet)\b/;
const QUALITY_NEAR = /\b(?:maire|president(?:e)?|vice-president(?:e)?|adjointe?|conseillere?\s+(?:municipale?\s+|communautaire\s+)?delegue(?:e)?|secretaire\s+de\s+seance)\b/g;
/** The quality an e-signature stamp writes on its own line (folded): « Qualité : Maire de Cazères ». */
const STAMP_QUALITY = /^[^\n]*\n[ \t]*qualite\s*:\s*((?:(?:le|la|l')\s*)?(?:maire|president(?:e)?|adjointe?|vice-president(?:e)?|conseillere?\s+delegue(?:e)?)(?:\s+(?:de|du|des|d')\b[^\n,;]*)?)/;
const SIGNED_BY = /sign[ée]e?\s+(?:(?:[ée]lectroniquement|num[ée]riquement)\s*)?(?:par|le)\b/gi;
const NAME_BEFORE_DELEGATION = /([A-ZÀ-Ý][\p{L}'’-]+\s+[A-ZÀ-Ý][\p{L}'’-]+)\s+(?:Par\s+d[ée]l[ée]gation|Pour\s+le|P\/)[^]*$/u;
const VISA_DELEGATION = /arrete[^;]{0,80}delegation\s+de\s+(?:fonctions?|signature)/;

/**
 * A legible « Prénom NOM » after the dispositif (from the place-and-date line, else the last article, else the
 * dispositif, up to the transmission block, 6,000 characters at most): after an e-signature stamp (« Signé
 * électroniquement par »), after a signature quality (« Le Maire, Denis FEGNE »), or before « Par délégation » /
 * « Pour le » (« Christian Couturier Par délégation du Maire »). The name's span, or null.
 */
function namedSigner(text: string, f: string, from: number, to: number): { start: number; end: number } | null {
  if (to <= from) return null;
  const fs = f.slice(from, Math.min(to, from + 6000));
  const original = text.slice(from, from + fs.length);
  const name = new RegExp(SIGNER_NAME_SRC, 'g');
  const nameIn = (s: string): { index: number; length: number } | null => {
    name.lastIndex = 0;
    for (let m = name.exec(s); m; m = name.exec(s)) if (!NOT_SIGNER.test(m[0]) && !/\b(?:Maire|Président|Adjoint)\b/.test(m[0])) return { index: m.index, length: m[0].length };
    return null;
  };
  SIGNED_BY.lastIndex = 0;
  for (let m = SIGNED_BY.exec(original); m; m = SIGNED_BY.exec(original)) {
    const n = nameIn(original.slice(m.index, m.index + 120));
    if (n) return { start: from + m.index + n.index, end: from + m.index + n.index + n.length };
  }
  QUALITY_NEAR.lastIndex = 0;
  for (let m = QUALITY_NEAR.exec(fs); m; m = QUALITY_NEAR.exec(fs)) {
    const at = m.index + m[0].length;
    const n = nameIn(original.slice(at, at + 70));
    if (n) return { start: from + at + n.index, end: from + at + n.index + n.length };
    const bs = Math.max(0, m.index - 70);
    const b = NAME_BEFORE_DELEGATION.exec(original.slice(bs, m.index));
    if (b && !NOT_SIGNER.test(b[1])) return { start: from + bs + b.index, end: from + bs + b.index + b[1].length };
  }
  return null;
}

type Fields = Omit<Act, 'complete' | 'seen' | 'mentions'>;

/**
 * The signature block's mentions: a legible signer's name when no author was read with both a name and a quality
 * (`named-signer`), and a visa of the arrêté that delegates functions or signature (`delegation-visa`).
 */
export function readSignatureMentions(text: string, f: string, index: TextIndex, act: Fields): Mention[] {
  const out: Mention[] = [];
  if (!act.signatories.some((s) => s.role === 'author' && s.name && s.quality)) {
    const from = act.placeDate?.start ?? (act.articles.length ? act.articles[act.articles.length - 1].start : dispositifStartOf(act, index, text.length));
    const to = act.transmission && act.transmission.start > from ? act.transmission.start : text.length;
    const n = namedSigner(text, f, from, to);
    if (n) out.push({ kind: 'named-signer', start: n.start, end: n.end, value: null, flag: false });
  }
  // (Its value: the date of the arrêté it cites, « Vu l'arrêté n° 2020-117 du 6 juillet 2020 portant délégation … »; the
  // latest, of all the visas of a délégation: « …, abrogé par l'arrêté n° AR2026-042 du 23 mars 2026 portant délégation
  // de fonctions … » cites the délégation in force after the one it replaced.)
  let visa: Span | null = null;
  let cited: string | null = null;
  for (const v of act.visas) {
    if (!VISA_DELEGATION.test(f.slice(v.start, v.end))) continue;
    let latest: string | null = null;
    for (const r of act.references) if (r.type === 'arrete' && r.date && r.start >= v.start && r.end <= v.end && (!latest || r.date > latest)) latest = r.date;
    if (!visa || (latest && (!cited || latest > cited))) {
      visa = v;
      cited = latest;
    }
  }
  if (visa) out.push({ kind: 'delegation-visa', start: visa.start, end: visa.end, value: cited, flag: false });
  // « Pour le Maire empêché, Le Premier Adjoint »: the head is prevented and another stands in (L. 2122-17).
  // (Flag: a visa or a considérant says what the délibération provides when the maire is prevented.)
  // (Before the quality, « Pour le Maire empêché, », or after it, « Le Premier Adjoint, suppléant le Maire empêché ».)
  const standIn = act.signatories.find((x) => x.role === 'author' && STANDS_IN.test(fold(text.slice(Math.max(0, x.start - 80), Math.min(text.length, x.end + 40)))));
  if (standIn) {
    const provided = [...act.visas, ...act.considerants].some((r) => /\bempechement\b|\bsuppleance\b/.test(f.slice(r.start, r.end)));
    out.push({ kind: 'head-prevented', start: standIn.start, end: standIn.end, value: standIn.quality, flag: provided });
  }
  return out;
}
