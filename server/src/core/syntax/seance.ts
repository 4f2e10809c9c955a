// Reader of the séance block of a délibération: date, convocation, figures, président, secrétaire.
import type { Seance, Span } from '../model';
import { NUMBER_WORDS_SRC, TextIndex, WEEKDAYS, clean, frenchNumber, keptBefore, scanDates, type FoundDate } from '../text';
import { SEANCE_LABEL, SEANCE_LABEL_ANCHORS, hasAny } from '../lexicon';
import { CIVILITY_SRC, DatesNear, MIXED_NAME_SRC, NAME_RE, NOT_NAMES, personName } from './common';
import { type Unit } from './scanner';
import { FIRST_MEETING_DAYS } from '../renewals';
import { readProxyHolders } from './members';

/** "Secrétaire de séance : X", "Secrétariat de séance : X" (labels from the lexicon). */
export const SECRETARY_LABEL_RE = new RegExp(`\\b(?:${SEANCE_LABEL.secretary})(?!\\s*(?:a\\s+ete|est)\\b)\\s*(?::\\s*)?`);
/**
 * « Président de séance : X », « Présidence : X » (labels from the lexicon), and « Président : X », « Secrétaire : Y »
 * at the start of a line: a bare function word is a label only there, followed by a colon.
 */
// (« Président : M. X » opens a line, or follows another label's value on it: « Ouverture : 19 h 00. Président : M. X »,
// « Heure d'ouverture : 19 h 00          Président : M. X ».)
// (The word first, what stands before it looked at from there: a run of blanks is not tried at each of its positions.)
// (And « Séance publique ordinaire présidée par Mme X, Maire »: the séance, the conseil or the meeting presided, in the
// same sentence; not « l'association présidée par M. X » of an objet.)
const PRESIDENT_LABEL_RE = new RegExp(`\\b(?:${SEANCE_LABEL.president})\\s*(?::\\s*)?|(?:^|\\n)[ \\t]*president(?:e)?\\s*:\\s*|\\bpresidente?(?<=(?:[.;|][ \\t]|[ \\t]{3})presidente?)\\s*:\\s*|\\bpresidee?\\s+par(?<=\\b(?:seance|reunion|conseil|comite|bureau|assemblee)\\b[^.;\\n]{0,60}presidee?\\s+par)\\s+`);
const PRESIDENT_ANCHORS = [...SEANCE_LABEL_ANCHORS.president, 'presiden', 'preside'];
/** A member of the présents' list with the office that presides (folded): « … LABORIE (président), ». */
const LISTED_HEAD = /[ \t]\((?:presidente?|maire)\)(?=\s*[,;.\n])/;
/** A name in small letters right after a label, with or without a civility, alone up to a sentence end (original text). */
const MIXED_AFTER_LABEL = new RegExp(`^\\s*(?:${CIVILITY_SRC}\\s+)?(?!(?:Mme|Mlle|Monsieur|Madame|Mademoiselle)\\b)(${MIXED_NAME_SRC})(?=\\s*(?:[.;,)]|$))`);
const BARE_SECRETARY_RE = /(?:^|\n|[.;][ \t])[ \t]*secretaire\s*:\s*/;
export const WEEKDAY_END_RE = new RegExp(`(${WEEKDAYS.join('|')})\\s*(?:,\\s*)?$`);

/**
 * The first meeting after a general renewal of the council (CGCT, art. L. 2121-7): its installation, the election of
 * the maire and of the adjoints, presided by the oldest member (L. 2122-8). Not an election after a resignation, a
 * death or partial elections, which follows the ordinary délai.
 */
const FIRST_MEETING_RE = /\binstallation\s+(?:du\s+(?:nouveau\s+)?conseil|des\s+(?:nouveaux\s+)?(?:conseillers|elus))|\belection\s+du\s+maire\b|\brenouvellement\s+(?:general\s+)?(?:du\s+conseil|des\s+conseils)|\b(?:presidence|preside(?:e)?\s+par)\s+(?:de\s+)?(?:(?:monsieur|madame|m\.|mme)\s+)?(?:(?:le|la)\s+)?doyen(?:ne)?\s+d'age|\bplus\s+age(?:e)?\s+des\s+membres\s+(?:du\s+conseil\s+)?(?:present|preside)/;
const NOT_RENEWAL_RE = /\bdemission|\bdeces\b|\bvacance|\belections?\s+(?:municipales?\s+)?(?:partielles?|complementaires?)/;

/**
 * The number and the election of the adjoints (L. 2122-2, L. 2122-7-2), which the first meeting decides after the maire's
 * election, but a later séance may too.
 */
const ADJOINTS_RE = /\belection\s+des\s+adjoints\b|\bnombre\s+(?:des?\s+|d')adjoints\b/;

/** The members in office in words before their label (folded): « sur les dix-neuf conseillers en exercice ». */
const IN_OFFICE_IN_WORDS = new RegExp(`(\\bsur\\s+(?:les\\s+)?)(${NUMBER_WORDS_SRC})(?=\\s+(?:conseillers\\s+|membres\\s+)?en\\s+exercice\\b)`, 'g');
/** A séance's figure in words after its label and colon (folded): « présents : cinq », « en exercice : dix-neuf ». */
const FIGURE_IN_WORDS = new RegExp(`((?:exercice|fonction|presents?|votants?|representes?|pouvoirs?|procurations?|absents?|excuses?|suffrages\\s+exprimes)\\s*:\\s*)(${NUMBER_WORDS_SRC})(?=\\s*(?:[-–—,;.(/]|\\n|$|et\\b))`, 'g');


/**
 * The folded séance and objet text is that of the first meeting after a general renewal (L. 2121-7); `date`, the séance's,
 * lets the number or the election of the adjoints tell it when it falls on those days.
 */
export function isFirstMeetingAfterRenewal(f: string, date: string | null = null): boolean {
  if (NOT_RENEWAL_RE.test(f)) return false;
  if (FIRST_MEETING_RE.test(f)) return true;
  return date !== null && FIRST_MEETING_DAYS.some(([a, b]) => date >= a && date <= b) && ADJOINTS_RE.test(f);
}

const SEANCE_WORD = /\b(?:seance|reunion|session|reuni(?:e|s)?|assembles?|l'an)\b/g;
const BODY_WORD = /\b(?:conseil\s+(?:municipal|communautaire|metropolitain|de\s+la\s+metropole|departemental|regional|syndical|d'administration)|bureau\s+(?:communautaire|metropolitain|syndical)|comite\s+syndical|commission\s+permanente)\b/g;
/** What comes before « séance » in the label of the secrétaire de séance (folded). */
/** The conseil met (folded). */
const MET_RE = /\b(?:s'est\s+(?:reuni|assemble|tenue?)|se\s+sont\s+reunis|se\s+reunit|s'est\s+reunie)\b/;
/** A figure of présents after its label (folded). */
const PRESENT_FIGURE = /p(?<![a-z]p)resents?[ \t]*[:=][ \t]*\d/;
/** Présents, représentés and votants on one line (folded). */
const TRIPLE = /p(?<![a-z]p)resents?[ \t]*[:=][ \t]*(\d{1,4})(?!\d)[^\n]{0,60}?\b(?:representes?|pouvoirs?|procurations?)[ \t]*[:=][ \t]*(\d{1,4})(?!\d)[^\n]{0,60}?\bvotants?[ \t]*[:=][ \t]*\d{1,4}/;
/** The first day of a session of several days before its last (folded): « des 15 et », « du 15 au », « les 15-». */
const SESSION_DAYS = new RegExp(`\\b(?:des|les|du)\\s+(?:(?:${WEEKDAYS.join('|')})\\s+)?(\\d{1,2})(?:er)?\\s*(?:et|au|-)\\s*(?:(?:${WEEKDAYS.join('|')})\\s+)?$`);
/** « s'est réuni le », « s'est réunie le lundi » (folded): the day the body met follows. */
const MET_ON = /\b(?:s'est\s+(?:reunie?|assemblee?|tenue?)|se\s+sont\s+reunis)\s+(?:en\s+session\s+\S+\s+)?le\s+/;
/** What follows « séance » when a sentence tells its course, not its date (folded). */
const SEANCE_EVENT = /^\s+(?:est|a\s+ete|fut)\s+(?:levee|close|suspendue|ouverte|reprise|cloturee)\b/;
/** What comes before « séance » in the name of the minutes of another séance, with its article: not a document's own title (folded). */
const PREVIOUS_MINUTES_BEFORE = /\b(?:du|le|au|ledit)\s+(?:proces-verbal|pv|compte[\s-]rendu)\s+(?:de\s+(?:la\s+)?|des?\s+)?(?:precedente\s+)?$/;
const SECRETARY_BEFORE = /\bsecretaires?\s+(?:de\s+(?:la\s+)?)?$/;
const CONVOCATION_WORD = /\b(?:convocation|convoque(?:e|s|es)?)\b/g;
/** What follows « présents » or « représentés » counted at a point's vote, then its figure (folded, a pattern's source). */
const AT_VOTE = String.raw`\s+(?:au\s+moment\s+du\s+vote|lors\s+du\s+vote|pour\s+ce\s+(?:vote|point))(?:\s+(?:de|sur)\s+(?:la\s+presente|cette)\s+deliberation|\s+de\s+ce\s+point)?\s*(?::\s*|\()(\d{1,4})(?!\d)`;
const PRESENT_AT_VOTE = new RegExp(`p(?<![a-z]p)resents?${AT_VOTE}`);
const REPRESENTED_AT_VOTE = new RegExp(`(?<![a-z])representes?${AT_VOTE}`);
const SECOND_CONVOCATION_WORD = /\b(?:(?:deuxieme|seconde|2e|nouvelle)\s+convocation|convoquee?s?\s+(?:une\s+|pour\s+la\s+)?(?:deuxieme|seconde|2e|nouvelle)\s+fois|convoquee?s?\s+(?:a|de)\s+nouveau|(?:a|de)\s+nouveau\s+convoquee?s?|reconvoquee?s?)\b/g;

/** The start of a visa's or a considérant's line, up to a word in it (folded). */
const RECITAL_LINE = /^[ \t*-]*(?:vu|considerant|attendu)\b/;
const BLANK = /\s/;
const isDigit = (s: string, i: number) => {
  const c = s.charCodeAt(i);
  return c >= 48 && c <= 57;
};

/**
 * A figure can be written beside one of `words` (folded): « 12 présents » (a number, blanks or tabs, the word; unless
 * `before` is false) or « présents : 12 » (the word and an « s », blanks, one of `marks`, blanks, a number), or the
 * word is followed by one of the letters `more` (« présents ou ayant donné pouvoir : 12 », « absents excusés : 2 »).
 * A necessary condition of the figure patterns below, found by substring searches: « le présent arrêté » asks no more.
 */
function numberBeside(s: string, words: readonly string[], more = '', marks = ':=', before = true): boolean {
  for (const w of words) {
    for (let p = s.indexOf(w); p >= 0; p = s.indexOf(w, p + 1)) {
      let b = p - 1;
      while (before && b >= 0 && (s[b] === ' ' || s[b] === '\t')) b--;
      if (before && b < p - 1 && b >= 0 && isDigit(s, b)) return true;
      const end = p + w.length;
      for (const from of s[end] === 's' ? [end, end + 1] : [end]) {
        let i = from;
        while (i < s.length && BLANK.test(s[i])) i++;
        if (more.includes(s[i])) return true;
        if (i < s.length && marks.includes(s[i])) {
          i++;
          while (i < s.length && BLANK.test(s[i])) i++;
        }
        if (isDigit(s, i)) return true;
      }
    }
  }
  return false;
}

export function readSeance(text: string, f: string, index: TextIndex, preambleEnd: number, units: Unit[]): Seance | null {
  // OCR dumps put the séance block anywhere: look in the preamble, and at least the first 3,000 characters.
  const limit = Math.min(f.length, Math.max(preambleEnd, 3000));
  // (What is read there depends on those characters and the names written just after them: kept while typing below.)
  void units;
  return keptBefore(index, text, 'seance', Math.min(f.length, limit + READ_PAST), () => readSeanceIn(text, f, index, limit));
}
/** How far past the region a name or a figure after a label is read. */
const READ_PAST = 1000;

function readSeanceIn(text: string, f: string, index: TextIndex, limit: number): Seance | null {
  // A table of one label and one figure a row (« │ Conseillers en exercice │ 27 │ »): the bar before the figure reads
  // as the label's colon (same length, so offsets hold). (« [ \t]*(?:\|[ \t]*)? », not « [ \t]*\|?[ \t]* »: the same
  // matches, without trying every split of a long run of blanks, such as the other acts of a collection leave.)
  const head = f.slice(0, limit);
  const tabled = head.includes('|') ? head.replace(/^([ \t]*(?:\|[ \t]*)?[a-z][^|\n]*)\|(?=[ \t]*\d{1,4}[ \t]*(?:\|[ \t]*)?\r?$)/gm, '$1:') : head;
  // Figures written in words after their label (« En exercice : onze – Présents : cinq », a small commune's habit):
  // written as digits, padded to the same length, so offsets hold.
  const digits = (m: string, lead: string, words: string) => {
    const n = frenchNumber(words);
    return n === null ? m : lead + String(n).padEnd(words.length);
  };
  const inWords = /:\s*(?:un|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze|treize|quatorze|quinze|seize|vingt|trente|quarante|cinquante|soixante)/.test(tabled)
    ? tabled.replace(FIGURE_IN_WORDS, digits)
    : tabled;
  // (And the members in office in words before their label, « sur les dix-neuf conseillers en exercice ».)
  const region = inWords.includes('exercice') ? inWords.replace(IN_OFFICE_IN_WORDS, digits) : inWords;
  let lo = Infinity;
  let hi = -1;
  const mark = (s: number, e: number) => {
    lo = Math.min(lo, s);
    hi = Math.max(hi, e);
  };
  // Each pattern runs only when the words it needs are in the region (a substring search costs far less than a
  // regular expression tried at every position); `has` says whether one of them is. A substring search costs the
  // more, the more often the first letter of what it looks for occurs: « xerc » for « exercice », « bsent » for
  // « absent ».
  const has = (...words: string[]) => hasAny(region, words);
  /** `re` read only when `possible()` says a match can be there. */
  const num = (re: RegExp, possible: () => boolean): number | null => {
    if (!possible()) return null;
    const m = re.exec(region);
    if (!m) return null;
    mark(m.index, m.index + m[0].length);
    const v = +(m.slice(1).find((x) => x !== undefined) ?? NaN);
    return Number.isFinite(v) && v < 100000 ? v : null;
  };
  // Dates of the region (read as far as the keywords ask), then the first one after a séance keyword, and the first
  // one after a convocation keyword.
  let dates = new DatesNear(f, 0, limit);
  const dateAfter = (re: RegExp, window: number, avoid: RegExp | null): { d: FoundDate; kw: number } | null => {
    re.lastIndex = 0;
    for (let m = re.exec(region); m; m = re.exec(region)) {
      // « Secrétaire de séance : Mme X » names a person, not the séance's date.
      if (re === SEANCE_WORD && SECRETARY_BEFORE.test(region.slice(Math.max(0, m.index - 25), m.index))) continue;
      // (Nor the séance whose procès-verbal this one approves: « Le procès-verbal de la séance du 10 avril 2025 est soumis à
      // l'approbation de l'assemblée ».)
      if (re === SEANCE_WORD && PREVIOUS_MINUTES_BEFORE.test(region.slice(Math.max(0, m.index - 30), m.index))) continue;
      // « La séance est levée à 21 h 40 » (and opened, suspended, resumed) closes the séance: no date of it after that.
      if (re === SEANCE_WORD && SEANCE_EVENT.test(region.slice(m.index + m[0].length, m.index + m[0].length + 30))) continue;
      // (Nor a word of a visa or a considérant: « Vu la délibération du conseil communautaire n° 2020-154 du 15 septembre
      // 2020 … » dates the délibération it cites, not this séance.)
      if (RECITAL_LINE.test(region.slice(region.lastIndexOf('\n', m.index) + 1, m.index))) continue;
      const from = m.index + m[0].length;
      const first = dates.firstFrom(from);
      const d = first && first.start - from <= window ? first : null;
      if (d && !(avoid && avoid.test(region.slice(from, d.start)))) return { d, kw: m.index };
    }
    return null;
  };
  // « Le mardi 12 mars 2024 à 18 h 30, le Conseil municipal s'est réuni … »: the date opens the sentence that says the
  // conseil met.
  const dateBeforeMeeting = (): { d: FoundDate; kw: number } | null => {
    if (!has('reuni', 'assembl', 'tenu')) return null;
    const met = MET_RE.exec(region);
    if (!met) return null;
    const from = Math.max(region.lastIndexOf('\n', met.index) + 1, met.index - 160);
    // The date that opens the sentence, not one the sentence gives to the convocation (« dûment convoqué le … »).
    const d = scanDates(f, from, met.index).find((x) => !/convoqu|convocation|envoy|adress/.test(f.slice(Math.max(from, x.start - 40), x.start)));
    return d ? { d, kw: from } : null;
  };
  let date: string | null = null;
  let dateSpan: Span | null = null;
  let weekday: string | null = null;
  // (Not a date past a recital or the end of a sentence: « Vu la demande du 10 décembre 2023 ; » is no séance; nor the
  // date of a text the sentence cites: « la présente séance se tient en application de l'ordonnance du 1er avril 2020 ».)
  const bySeanceWord = dateAfter(SEANCE_WORD, 160, /convoc|envoy|adress|;|\n[ \t]*(?:vu|considerant)\b|\b(?:ordonnance|loi|decret|circulaire)\b[^,;]{0,60}\b(?:du|en\s+date\s+du)\s*$/);
  // A heading line « Conseil municipal du jeudi 16 octobre 2025 » above the first « séance … » with a date (which may be
  // another séance the exposé speaks of: « depuis la séance du 26 juin 2025 »).
  const byBody = has('onseil', 'bureau', 'comite', 'commission') ? dateAfter(BODY_WORD, 30, /convoqu|convoc|envoy|adress/) : null;
  const heading = byBody && (!bySeanceWord || (byBody.kw < bySeanceWord.kw && byBody.d.iso !== bySeanceWord.d.iso)) && /(?:^|\n)[ \t*#-]*$/.test(region.slice(Math.max(0, byBody.kw - 40), byBody.kw)) ? byBody : null;
  let sd = heading ?? bySeanceWord ?? byBody ?? dateBeforeMeeting();
  // A session of several days, « Session des 15 et 16 décembre 2025 », « du 15 au 17 décembre »: the day the act says
  // the body met, « s'est réuni le lundi 15 décembre 2025 », else the first day; not the last, which alone is a date.
  const days = sd ? SESSION_DAYS.exec(region.slice(Math.max(0, sd.d.start - 40), sd.d.start)) : null;
  if (sd && days) {
    const met = MET_ON.exec(region);
    const metDay = met ? dates.firstFrom(met.index + met[0].length) : null;
    const firstDay = `${sd.d.iso.slice(0, 8)}${days[1].padStart(2, '0')}`;
    if (metDay && metDay.start - (met!.index + met![0].length) <= 30 && metDay.iso >= firstDay && metDay.iso <= sd.d.iso) sd = { d: metDay, kw: met!.index };
    else if (+days[1] < +sd.d.iso.slice(8)) sd = { d: { ...sd.d, iso: firstDay }, kw: sd.kw };
  }
  if (sd) {
    date = sd.d.iso;
    dateSpan = index.span(sd.d.start, sd.d.end);
    const wdm = WEEKDAY_END_RE.exec(region.slice(Math.max(0, sd.d.start - 12), sd.d.start));
    weekday = wdm ? wdm[1] : null;
    if (weekday) dateSpan = index.span(sd.d.start - (region.slice(Math.max(0, sd.d.start - 12), sd.d.start).length - wdm!.index), sd.d.end);
    mark(sd.kw, sd.d.end);
  }
  let convocationDate: string | null = null;
  let convocationSpan: Span | null = null;
  const convoked = has('convo');
  // (After a first convocation without quorum, the séance's own is the second: « Seconde convocation : 16 octobre ».)
  let cd = convoked ? dateAfter(SECOND_CONVOCATION_WORD, 60, /[\n)]|premiere/) ?? dateAfter(CONVOCATION_WORD, 200, null) : null;
  if (!cd && date && convoked) {
    // "convoqués le dix février" with no year: the convocation precedes the séance, same year.
    dates = new DatesNear(f, 0, limit, +date.slice(0, 4));
    cd = dateAfter(CONVOCATION_WORD, 200, null);
    if (cd && cd.d.iso > date) cd = null;
  }
  if (cd) {
    convocationDate = cd.d.iso;
    convocationSpan = index.span(cd.d.start, cd.d.end);
    mark(cd.kw, cd.d.end);
  }
  const fromTable: Record<string, number> = {};
  // A pipe table (Markdown, a Word table pasted): a row of labels, perhaps a row of dashes, a row of figures; each
  // column read by its own label, a column of another label (« Composant le conseil », « Excusés ») left aside.
  if (region.includes('|') && /\|[ \t]*(?:(?:(?:nombre\s+de\s+)?(?:conseillers|membres|delegues)\s+)?en\s+exercice|presents?)[ \t]*\|/.test(region)) {
    const cellsOf = (row: string) => {
      const cells = row.split('|').map((c) => c.trim());
      if (cells[0] === '') cells.shift();
      if (cells[cells.length - 1] === '') cells.pop();
      return cells;
    };
    const rows = region.split('\n');
    let at = 0;
    for (let r = 0; r + 1 < rows.length; at += rows[r].length + 1, r++) {
      const labels = cellsOf(rows[r]);
      if (labels.length < 3 || !labels.some((c) => /^(?:(?:(?:nombre\s+de\s+)?(?:conseillers|membres|delegues)\s+)?en\s+exercice|presents?)$/.test(c))) continue;
      let v = r + 1;
      if (/^[\s|:-]+$/.test(rows[v]) && rows[v].includes('-')) v++;
      const values = v < rows.length ? cellsOf(rows[v]) : [];
      if (values.length !== labels.length || !values.every((x) => /^\d{1,4}$/.test(x))) continue;
      labels.forEach((c, k) => {
        const key = /^(?:(?:(?:nombre\s+de\s+)?(?:conseillers|membres|delegues)\s+)?(en\s+exercice)|(present|procuration|pouvoir|represente|votant|absent)s?)$/.exec(c);
        if (key) fromTable[key[1] ? 'en exercice' : key[2]] = Number(values[k]);
      });
      mark(at, at + rows.slice(r, v + 1).join('\n').length);
      break;
    }
  }
  // A figures table: "En exercice Présents Procurations Votants 27 20 3 23".
  // (Its last label is followed by its first number.)
  const table = Object.keys(fromTable).length || !numberBeside(region, ['exercice', 'present', 'procuration', 'pouvoir', 'represente', 'votant', 'absent'], '', ':|', false) ? null : /((?:(?:nombre\s+de\s+conseillers\s+)?en\s+exercice|presents?|procurations?|pouvoirs?|representes?|votants?|absents?)(?:\s*(?:[:|]\s*)?(?:en\s+exercice|presents?|procurations?|pouvoirs?|representes?|votants?|absents?|pour|contre|abstentions?|exprimes)){2,8})\s*(?:[:|]\s*)?(?:[|-][-|: \t]*\n[ \t]*)?(?:\|[ \t]*)?((?:\d{1,4}\s*(?:[|]\s*)?){3,9})/.exec(region);
  if (table) {
    const labels = table[1].match(/en\s+exercice|presents?|procurations?|pouvoirs?|representes?|votants?|absents?|pour|contre|abstentions?|exprimes/g) ?? [];
    const values = table[2].trim().split(/[\s|]+/).map(Number);
    if (values.length >= labels.length) {
      labels.forEach((l, i) => (fromTable[l.replace(/s$/, '').replace(/\s+/g, ' ')] = values[i]));
      mark(table.index, table.index + table[0].length);
    }
  }
  // (« \s*(?::\s*)?(\d », not « \s*:?\s*(\d »: the same matches, without trying every split of a long run of blanks.)
  const tab = (...keys: string[]) => keys.map((k) => fromTable[k]).find((v) => v !== undefined) ?? null;
  // (« Nombre de membres composant le conseil : 45 » when no « en exercice » says the members in office.)
  const membersInOffice = tab('en exercice') ?? num(/(?:en\s+exercice|membres\s+en\s+fonction|conseillers\s+en\s+fonction|membres\s+de\s+la\s+commission\s+permanente|nombre\s+de\s+(?:conseillers|membres|delegues)(?:\s+(?:municipaux|communautaires|metropolitains|titulaires))?)\s*(?::\s*)?(\d{1,4})(?!\d)|(\d{1,4})(?<=(?:^|\n|[,;:(|]\s?|\bdont\s|\bet\s|\bsur\s(?:les\s)?|\bcompose(?:e)?\s+de\s)\d{1,4})[ \t]+(?:conseillers\s+|membres\s+)?en\s+exercice(?!\s*:)/, () => has('xerc', 'fonction', 'nombre', 'commission permanente')) ?? num(/\bnombre\s+de\s+(?:conseillers|membres|delegues)\s+composant\s+(?:le\s+|l')?(?:conseil|bureau|comite|assemblee)(?:\s+(?:municipal|communautaire|metropolitain|syndical))?\s*(?::\s*)?(\d{1,4})(?!\d)/, () => has('composant'));
  // « Présents au moment du vote : 20 » (members came or left): the quorum is judged at the vote. « Présents en salle :
  // 38 — Présents par visioconférence : 7 » (L. 5211-11-1): both.
  // (« Présents lors du vote de la présente délibération : 28 », « Représentés lors du vote … : 7 »: so are its représentés.)
  const atVote = !has('resent') ? null : PRESENT_AT_VOTE.exec(region);
  const representedAtVote = !has('represent') ? null : REPRESENTED_AT_VOTE.exec(region);
  const inRoom = !has('visio') ? null : /p(?<![a-z]p)resents?\s+en\s+salle\s*:\s*(\d{1,4})(?!\d)[\s\S]{0,80}?p(?<![a-z]p)resents?\s+(?:par|en)\s+visio(?:conference)?\s*:\s*(\d{1,4})(?!\d)/.exec(region);
  // (A label opening its line first: « Présents : 14 » under the account of a first séance without quorum, « (12
  // présents sur 33 membres en exercice) », is this séance's. Else the first figure, before or after the word.)
  const presentBeside = () => numberBeside(region, ['present'], 'o(');
  let present = (atVote ? +atVote[1] : inRoom ? +inRoom[1] + +inRoom[2] : null) ?? tab('present')
    ?? num(/(?:^|\n)[ \t*-]*presents?[ \t]*[:=][ \t]*(\d{1,4})(?!\d)/, presentBeside)
    ?? num(/p(?<![a-z]p)resents?(?!\s+(?:ou|et)\s+represent)(?:\s+ou\s+ayant\s+donne\s+pouvoir)?\s*(?:[:=]\s*|\((?=\d{1,4}\)))?(\d{1,4})(?!\d)|(\d{1,4})(?<=(?:^|\n|[,;:(|]\s?|\bdont\s|\bet\s)\d{1,4})[ \t]+presents?\b(?!\s*:)/, presentBeside);
  // "présents titulaires : 45 - présents suppléants : 4", « Délégués titulaires présents : 22 – Délégués suppléants
  // présents avec voix délibérative : 3 » (a suppléant sits for an absent titulaire, L. 5211-6: present).
  const tit = !has('laires') ? null : /(?:p(?<![a-z]p)resents?\s+titulaires|titulaires\s+presents?)\s*(?::\s*)?(\d{1,4})(?!\d)[\s\S]{0,60}?\b(?:presents?\s+suppleants|suppleants\s+presents?(?:\s+avec\s+voix\s+deliberative)?)\s*(?::\s*)?(\d{1,4})(?!\d)/.exec(region);
  if (tit) present = +tit[1] + +tit[2];
  // « Présents : 15 délégués titulaires et 2 délégués suppléants ayant voix délibérative ».
  const both = tit || !has('laires') ? null : /p(?<![a-z]p)resents?\s*:\s*(\d{1,4})\s+(?:(?:delegues|membres|conseillers)\s+)?titulaires\s+et\s+(\d{1,4})\s+(?:(?:delegues|membres|conseillers)\s+)?suppleants/.exec(region);
  if (both) present = +both[1] + +both[2];
  // « Présents (titulaires et suppléants) : 28 ».
  if (present === null && has('resent')) {
    const m = /p(?<![a-z]p)resents?\s*\([^)\n]{0,40}\)\s*(?::\s*)?(\d{1,4})(?!\d)/.exec(region);
    if (m) present = +m[1];
  }
  // « Présents à l'ouverture (17) : … », « Nombre de présents à l'ouverture de la séance : 9 ».
  if (present === null && has('ouverture')) {
    const m = /p(?<![a-z]p)resents?\s+(?:a|lors\s+de)\s+l'ouverture(?:\s+de\s+(?:la\s+)?seance)?\s*(?:\(\s*(\d{1,4})\s*\)|[:=]\s*(\d{1,4})(?!\d))/.exec(region);
    if (m) present = +(m[1] ?? m[2]);
  }
  // (« Présents : », « Étaient présents les conseillers suivants : », « Étaient présent(e)s Mesdames et Messieurs : »,
  // « Membres présents : ».)
  const presentListed = present === null && has('resent') && (present = countNamesAfter(text, region, PRESENT_LIST_LABEL, mark)) !== null;
  // (« Présents ou représentés : 33 » is a total of both, not a number of représentés.)
  let represented = (representedAtVote ? +representedAtVote[1] : null) ?? tab('procuration', 'pouvoir', 'represente') ?? num(/(?<![a-z])(?<!presents?\s+(?:ou|et)\s+)(?:representes?|pouvoirs?|procurations?|absents?\s+(?:representes?|ayant\s+donne\s+pouvoir)|(?:ayant\s+donne\s+)?delegations?\s+de\s+vote)\s*(?::\s*|\((?=\d{1,4}\)))?(\d{1,4})(?!\d)|(\d{1,4})(?<=(?:^|\n|[,;:(|]\s?|\bdont\s|\bet\s)\d{1,4})[ \t]+(?:procurations?|pouvoirs?|representes?)\b(?!\s*:)/, () => numberBeside(region, ['procuration', 'pouvoir', 'represente', 'de vote'], '('));
  // (« Délégations de vote », « ont donné délégation de vote »: the words of départements and régions, L. 3121-16.)
  if (represented === null && has('procuration', 'pouvoir', 'represente', 'delegation de vote', 'delegations de vote')) {
    // "X (pouvoir à Y)", "procuration à Y": one per represented member.
    const proxies = region.match(/\b(?:pouvoir|procuration|procurations)\s+(?:donnee?\s+)?a\s+(?:(?:m\.|mme|monsieur|madame)\s*)?[a-z]/g);
    if (proxies && proxies.length) represented = proxies.length;
    else represented = proxiesGiven(text, region, limit, mark) ?? countNamesAfter(text, region, /\b(?:absents?\s+)?(?:ayant\s+(?:donne|vote\s+par)\s+(?:pouvoir|procuration)|representes?|procurations?\s*:|(?:(?:ayant|ont)\s+donne\s+)?delegations?\s+de\s+vote\s*:)[^:]{0,160}:/, mark);
  }
  if (represented === null && present !== null && has('ou represent', 'et represent')) {
    const both = /presents?\s+(?:ou|et)\s+representes?\s*(?::\s*)?(\d{1,4})(?!\d)/.exec(region);
    if (both && +both[1] >= present) represented = +both[1] - present;
  }
  // One line that gives the three figures of the vote, « Présents : 18    Représentés : 3    Votants : 21 » (after a member
  // left and gave a pouvoir during the séance): its présents and représentés go together, rather than a heading's
  // count of another moment (« REPRÉSENTÉS (2) » at the opening).
  // (Only when no figure of présents comes before it: in a procès-verbal, « Présents : 16 » at the opening is this
  // act's, and « Présents : 13 — Représentés : 6 — Votants : 19 » after a departure another point's.)
  const triple = !atVote && !representedAtVote && has('votant') && has('resent') ? TRIPLE.exec(region) : null;
  if (triple && PRESENT_FIGURE.exec(region)?.index === triple.index) {
    present = +triple[1];
    represented = +triple[2];
  }
  const voters = tab('votant') ?? num(/v(?<![a-z]v)otants?\s*(?::\s*)?(\d{1,4})(?!\d)|\bqui\s+ont\s+pris\s+part\s+(?:au\s+vote|a\s+la\s+deliberation)\s*:\s*(\d{1,4})(?!\d)|(\d{1,4})(?<=(?:^|\n|[,;:(|]\s?|\bdont\s|\bet\s)\d{1,4})[ \t]+votants\b(?!\s*:)/, () => numberBeside(region, ['votant']) || region.includes('pris part'));
  const absent = num(/(?<![a-z])absents?(?:\s+excuses?)?\s*(?::\s*)?(\d{1,4})(?!\d)/, () => numberBeside(region, ['absent'], 'e'));
  const hourM = sd ? /\b(?:a|des)\s+(\d{1,2})\s*(?:h|heures?)\s*(\d{2})?\b/.exec(region) : null;
  const hour = hourM && sd && Math.abs(hourM.index - sd.kw) < 300 ? `${hourM[1].padStart(2, '0')}:${hourM[2] ?? '00'}` : null;
  const listedHead = (): string | null => {
    const m = LISTED_HEAD.exec(region);
    if (!m) return null;
    const from = Math.max(region.lastIndexOf(',', m.index), region.lastIndexOf(':', m.index), region.lastIndexOf('\n', m.index)) + 1;
    const nm = personName(text.slice(from, m.index));
    return nm && text.slice(from + nm.end, m.index).trim() === '' ? nm.name : null;
  };
  const nameAt = (re: RegExp, words: readonly string[], several = false): string | null => {
    if (!hasAny(region, words)) return null;
    const m = re.exec(region);
    if (!m) return null;
    const s = m.index + m[0].length;
    // "Monsieur le Maire, Philippe SAUREL", "Madame Monique BUFFAROT EXCUSÉS : …": the name is the first Prénom NOM.
    const raw = text.slice(s, Math.min(s + 100, limit));
    let window = raw.split(/[\r\n;]/)[0];
    // (A name cut at the end of its line, « sous la présidence de Mme Hélène⏎MARCHAND, Maire. »: the surname in capitals
    // that opens the next line ends it; the line break read as blanks, so offsets hold.)
    const cut = /^\s*(?:M\.|Mme|Monsieur|Madame)\s+\p{Lu}[\p{Ll}'’-]+(?:[\s-]\p{Lu}[\p{Ll}'’-]+)?\s*$/u.test(window) ? /^(\r?\n|\r)([ \t]*\p{Lu}{2,}[\p{Lu}'’-]*(?:[ -]\p{Lu}{2,}[\p{Lu}'’-]*)?)(?![\p{L}])/u.exec(raw.slice(window.length)) : null;
    if (cut) window += ' '.repeat(cut[1].length) + cut[2];
    // (« Secrétaire de séance : M. ZANARDI. »: a civility and a surname in capitals, right after the label.)
    const civil = /^\s*(?:M\.|Mme|Monsieur|Madame)\s+([A-ZÀ-Ý][A-ZÀ-Ý'’-]+(?:\s+[A-ZÀ-Ý][A-ZÀ-Ý'’-]+)?)(?![\p{L}\d])/u.exec(window);
    // (« Secrétaire de séance : M. Cédric Bouchard. »: a name in small letters, up to the end of its sentence or line.)
    const mixed = civil ? null : MIXED_AFTER_LABEL.exec(window);
    const nm = personName(window) ?? (civil && !NOT_NAMES.has(civil[1].toUpperCase()) ? { name: civil[1], end: civil[0].length }
      : mixed && !mixed[1].split(/[\s-]+/).some((w) => NOT_NAMES.has(w.toUpperCase())) ? { name: mixed[1], end: mixed[0].length } : null);
    // The name follows the label closely ("Secrétaire de séance : X"); a sentence end means it is elsewhere.
    if (!nm || /^\s*[.,]/.test(window) || nm.end - nm.name.length > 45) return null;
    // « Secrétaires de séance : Mme Claire MARTIN et M. Paul DURAND »: each of them.
    const names = [nm.name];
    let end = nm.end;
    for (let and = several ? /^\s*(?:,|et)\s+/.exec(window.slice(end)) : null; and && names.length < 4; and = /^\s*(?:,|et)\s+/.exec(window.slice(end))) {
      const next = personName(window.slice(end + and[0].length));
      if (!next || next.end - next.name.length > 12) break;
      names.push(next.name);
      end += and[0].length + next.end;
    }
    mark(m.index, s + end);
    return names.length > 1 ? `${names.slice(0, -1).join(', ')} et ${names[names.length - 1]}` : nm.name;
  };
  // (Or named only in the présents' list with his office: « Présents : Jean-Claude LABORIE (président), Annie … ».)
  const president = nameAt(PRESIDENT_LABEL_RE, PRESIDENT_ANCHORS) ?? (region.includes('(presiden') || region.includes('(maire)') ? listedHead() : null);
  let secretary = nameAt(SECRETARY_LABEL_RE, SEANCE_LABEL_ANCHORS.secretary, true) ?? nameAt(BARE_SECRETARY_RE, ['cretaire'], true);
  if (!secretary && has('cretai')) {
    // "Madame Catherine DEBRAY est désignée secrétaire de séance": the name just before the formula.
    const m = /\s(?:a\s+ete|est)\s+(?:designee?|elue?|nommee?)\s+(?:pour\s+remplir\s+les\s+fonctions\s+de\s+|comme\s+|en\s+qualite\s+de\s+)?secretaire/.exec(region);
    // « A été nommée secrétaire : Mme CUENOT Amandine »: the name after the colon.
    const after = m ? /^(?:\s+de\s+(?:la\s+)?seance)?\s*:\s*/.exec(region.slice(m.index + m[0].length)) : null;
    const named = after ? personName(text.slice(m!.index + m![0].length + after[0].length, m!.index + m![0].length + after[0].length + 80)) : null;
    if (m && named && named.end - named.name.length < 12) {
      secretary = named.name;
      mark(m.index, m.index + m[0].length + after![0].length + named.end);
    } else if (m) {
      const before = text.slice(Math.max(0, m.index - 60), m.index);
      const names = [...before.matchAll(new RegExp(NAME_RE.source, 'g'))];
      const last = names.length ? personName(names[names.length - 1][0]) : null;
      if (last) {
        secretary = last.name;
        mark(m.index - 60, m.index + m[0].length);
      }
    }
  }
  if (!secretary && has('cretai')) {
    // « Le conseil municipal a désigné Mme Anne MARTIN en qualité de secrétaire de séance », « désigne M. X comme
    // secrétaire »: the name between the verb and the office.
    const m = /\b(?:a|ont|avons)\s+(?:designe|elu|nomme)\s+([^;:\n]{3,60}?)\s+(?:en\s+qualite\s+de|comme|pour\s+remplir\s+les\s+fonctions\s+de|aux\s+fonctions\s+de)\s+secretaire\b(?:\s+de\s+(?:la\s+)?seance\b|(?!\s+(?:de|du|des|d')\b))|\bdesigne\s+([^;:\n]{3,60}?)\s+(?:en\s+qualite\s+de|comme)\s+secretaire\b(?:\s+de\s+(?:la\s+)?seance\b|(?!\s+(?:de|du|des|d')\b))/.exec(region);
    const at = m ? m.index + m[0].indexOf(m[1] ?? m[2]) : -1;
    const named = m ? personName(text.slice(at, at + (m[1] ?? m[2]).length)) : null;
    if (m && named && named.end === (m[1] ?? m[2]).length) {
      secretary = named.name;
      mark(m.index, m.index + m[0].length);
    }
  }
  // (The commission permanente only where the act names its assembly, before its visas: « Vu la délibération de la
  // commission permanente … » in a plenary session's act names another body.)
  const firstVisa = region.search(/(?:^|\n)[ \t*-]*vu\b/);
  const bodyRegion = firstVisa > 0 ? region.slice(0, firstVisa) : region;
  const permanente = has('commission') ? /\b(commission\s+permanente)\b(?!\s+des?\s)/.exec(bodyRegion) : null;
  const otherBody = !has('onseil', 'bureau', 'comite') ? null : /\b(conseil\s+municipal|conseil\s+communautaire|conseil\s+metropolitain|conseil\s+de\s+(?:la\s+)?(?:metropole|communaute)|bureau(?:\s+(?:communautaire|metropolitain|de\s+la\s+metropole|de\s+la\s+communaute))?|comite\s+syndical)\b/.exec(region);
  // (The earlier of the two: « Séance du conseil municipal … Rapporteur : président de la commission permanente des
  // finances » is the conseil's.)
  const bodyM = permanente && (!otherBody || permanente.index < otherBody.index) ? permanente : otherBody;
  const urgency = has('gence') && /\burgence\b/.test(region);
  const secondConvocation = ((convoked && region.includes('convocation')) || has('quorum', 'plein droit', 'quel que soit', 'nouveau', 'reconvoqu', 'seconde fois', 'deuxieme fois')) && /(?:deuxieme|seconde|nouvelle)\s+convocation|convoquee?s?\s+(?:une\s+|pour\s+la\s+)?(?:deuxieme|seconde|2e)\s+fois|(?:a|de)\s+nouveau\s+convoquee?s?|convoquee?s?\s+(?:a|de)\s+nouveau|reconvoquee?s?|sans\s+condition\s+de\s+quorum|quel\s+que\s+soit\s+le\s+nombre\s+des?\s+(?:membres\s+)?presents|de\s+plein\s+droit\s+trois\s+jours\s+plus\s+tard/.test(region);
  const found = [date, convocationDate, membersInOffice, present, represented, voters, president, secretary].filter((x) => x !== null).length;
  if (found === 0) return null;
  return {
    range: index.range(lo === Infinity ? 0 : lo, Math.max(hi, 0)),
    date, dateSpan, weekday, hour, convocationDate, convocationSpan, membersInOffice, present, ...(presentListed ? { presentListed } : {}), represented, voters,
    absent, president, secretary, body: bodyM ? clean(text.slice(bodyM.index, bodyM.index + bodyM[1].length)).toLowerCase() : null, urgency, secondConvocation,
  };
}

/**
 * The pouvoirs the séance lists by name, one per mandant and mandataire (« Pouvoir : Mme X à M. Y. », « Pouvoirs : A à B ;
 * C à D » over several lines, « Pouvoir de Mme X à M. Y »: the pairs SEA-004's reader finds, `readProxyHolders`), within
 * the séance's region. Null when none.
 */
function proxiesGiven(text: string, region: string, limit: number, mark: (s: number, e: number) => void): number | null {
  const given = readProxyHolders(text.slice(0, limit), region);
  if (given.length === 0) return null;
  mark(Math.min(...given.map((g) => g.start)), Math.max(...given.map((g) => g.end)));
  return given.length;
}

// (Not « M. Gérard LE BIHAN, Président ; Mme … », a quality inside the list: the président's label, or a line he opens.)
// (« Délégués suppléants présents, sans voix délibérative : … » after the titulaires: another list, not of members present.)
export const LIST_END = /\b(?:(?:delegues\s+)?suppleants\s+presents?|absents?|excuses?|procurations?|pouvoirs?|representes?|ayant\s+donne|secretaires?\s+de|nombre\s+de|date\s+de|objet|ordre\s+du\s+jour|etaient\s+absents|a\s+donne|ont\s+donne|votants?|en\s+exercice|presidente?\s*(?:de\s+(?:la\s+)?seance\b|:)|(?:(?:le|la)\s+)?presidente?(?<=\n[ \t]*(?:(?:le|la)\s+)?presidente?)|le\s+conseil|le\s+maire\s+(?:expose|rapporte|informe)|rapporteur)\b/;

/** The label of a list of the members present (folded). */
const PRESENT_LIST_LABEL = /\b(?:etaient\s+)?present(?:\(e\))?(?:s|\(e?s\))?(?:\s+titulaires(?:\s*\/\s*suppleants)?|\s+(?:les\s+)?(?:conseillers|membres|delegues)(?:\s+(?:municipaux|communautaires|syndicaux|titulaires))?(?:\s+suivants)?|\s+(?:mesdames|mmes)\s+et\s+(?:messieurs|mm\.?))?\s*:/;

/**
 * Members listed by name after a label ("Présents : Denis FEGNE, Gisèle VINCENT…"): one per comma- or
 * semicolon-separated entry holding a name in capitals. When the label has no list after it (PDF text whose
 * reading order moved the label), the paragraph just before the label is counted.
 */
export function countNamesAfter(text: string, region: string, label: RegExp, mark: (s: number, e: number) => void): number | null {
  const m = label.exec(region);
  if (!m) return null;
  const count = (s: number, e: number): number => {
    // (« M. et Mme BERNARD », « Mme et M. Claire et Paul BERNARD »: two members.)
    const chunk = text.slice(s, e).replace(/\b(M\.|Mme|Monsieur|Madame)\s+et\s+(M\.|Mme|Monsieur|Madame)\s+(?:(\p{Lu}\p{Ll}+)\s+(?:et\s+(\p{Lu}\p{Ll}+)\s+)?)?(\p{Lu}{2}[\p{Lu}'’-]*)/gu,
      (_, a: string, b: string, x: string | undefined, y: string | undefined, name: string) => `${a} ${x ?? ''} ${name}, ${b} ${y ?? ''} ${name}`);
    // (« l'ensemble des conseillers, sauf … », « tous, à l'exception de … »: the names are those not there.)
    if (/\b(?:sauf|except[ée]s?|hormis|tous|toutes|l['’]ensemble)\b|(?:^|\s)à\s+l['’]exception\b/i.test(chunk)) return -1;
    // Names separated by commas may wrap across lines ("Cédric DE\nSAINT JOUAN"): lines separate names only in a list
    // without commas; in columns (« M. Gilbert FAURE, maire            Mme Odile CHAMBON »), lines and columns do.
    // (« MM. et Mmes MATHERON, ARNAUD… »: the civilities of the list are no name.)
    // (Names between dashes, « Jean DUPONT - Claire MARTIN - … », as between commas.)
    // (« M. le Maire », « Mme la Présidente »: a member named by his office.)
    return chunk.split(/\S[ \t]{3,}\S|\S\t/.test(chunk) ? /[,;\r\n]|\bet\b|[ \t]{3,}|\t/ : /[,;]|\s[-–—]\s/.test(chunk) ? /[,;]|\bet\b|\s[-–—]\s/ : /\bet\b|[\r\n]/).map((c) => c.replace(/\b(?:MM|Mmes|Mme|Mlle|M)\.?(?=\s|$)/g, ' '))
      .filter((c) => (/\b[A-ZÀ-Ý][A-ZÀ-Ý'’-]{1,}\b/.test(c) && /[A-Za-zÀ-ÿ]{2}/.test(c)) || /^\s*(?:le|la)\s+(?:maire|pr[ée]sidente?)\s*$/i.test(c)).length;
  };
  const from = m.index + m[0].length;
  const rest = region.slice(from, from + 2500);
  // (« l'ensemble des conseillers, sauf … », « les conseillers en exercice à l'exception de … » just after the label: the
  // names are those not there.)
  if (/^[^\n]{0,160}?(?:\b(?:sauf|excepte(?:e|s|es)?|hormis|tous|toutes|l'ensemble)\b|(?:^|\s)a\s+l'exception\b)/.test(rest)) return null;
  // (Not a word inside a name's parentheses: « M. Paul BERNARD (pouvoir de Mme Hélène MOREL), Mme Sylvie ROUX ».)
  const stop = LIST_END.exec(rest.replace(/\([^()\n]{0,80}\)/g, (x) => ' '.repeat(x.length)));
  const end = from + (stop ? stop.index : rest.length);
  let n = count(from, end);
  if (n < 0) return null;
  if (n === 0) {
    const before = region.slice(Math.max(0, m.index - 2500), m.index);
    const para = before.split(/\n\s*\n/).filter((p) => p.trim()).pop() ?? '';
    n = count(m.index - para.length - (before.length - before.trimEnd().length), m.index);
  }
  if (n <= 0) return null;
  mark(m.index, end);
  return n;
}


