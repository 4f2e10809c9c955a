// Reader of the vote: unanimity, tallies, adoption.
import type { Vote } from '../model';
import { NUMBER_WORDS_SRC, TextIndex, clean, fold, frenchNumber } from '../text';
import { type Unit } from './scanner';
import { BALLOT_MODE } from './ballot';

/** A vote block written before the dispositif: only a unit that reads as a tally ("Pour : 30"). */
export function readVoteUnits(text: string, f: string, index: TextIndex, units: Unit[], from: number, to: number): Vote | null {
  const i = units.findIndex((x, k) => k >= from && k < to && x.type === 'vote');
  if (i < 0) return null;
  // Start at the labels just above ("Votants : 40") so the whole block is the vote's range.
  let k = i;
  while (k > from && units[k - 1].end - units[k - 1].start < 40 && /^(?:votants?|suffrages|nombre\s+de\s+votants)\b/.test(units[k - 1].f)) k--;
  return readVote(text, f, index, units, k);
}

export function readVote(text: string, f: string, index: TextIndex, units: Unit[], from: number): Vote | null {
  const ui = units.findIndex((x, i) => i >= from && x.type === 'vote');
  let u = ui >= 0 ? units[ui] : undefined;
  // « Votants : 31 – Pour : 26 – Contre : 4 » on the line above « Adoptée à la majorité … »: the tally is the vote's too.
  const above = ui > from ? units[ui - 1] : null;
  const tallyAbove = above !== null && above.end - above.start < 200 && TALLY_LINE.test(above.f);
  // OCR dumps: look for the words anywhere after the dispositif starts.
  const startOff = u ? (tallyAbove ? above!.start : u.start) : from < units.length ? units[from].start : 0;
  const raw = f.slice(startOff, Math.min(f.length, startOff + (u ? 600 : 20000)));
  // Figures in words before their label (« par onze voix pour et deux abstentions »): written as digits, padded to the
  // same length, so offsets hold.
  const inWords = /voix|abstention/.test(raw) ? raw.replace(COUNT_IN_WORDS, (m, words: string) => {
    const n = frenchNumber(words);
    return n === null ? m : String(n).padEnd(words.length);
  }) : raw;
  // (The vote on an amendment is not the act's: « l'amendement est rejeté par 25 voix contre et 7 voix pour. Le
  // règlement est adopté par 26 voix pour et 6 voix contre. » Its sentence is blanked, offsets kept.)
  const region = inWords.includes('amendement') ? withoutAmendments(inWords) : inWords;
  // Each pattern runs only when its words are in the region (a substring search costs far less than a regular
  // expression tried at every position, over up to 20,000 characters of an arrêté's dispositif).
  const has = (w: string) => region.includes(w);
  const unan = !has('unani') ? null : unanimity(region);
  // "Pour : 25", "25 voix pour", but not "pour 6 ans".
  const count = (m: RegExpExecArray | null) => (m ? +(m[1] ?? m[2] ?? m[3] ?? m[4] ?? m[5]) : null);
  // The number-first forms stay on one line and do not take the value of the previous label ("Pour : 40\nContre : 0").
  // (« Adopté à la majorité : 25 voix pour » counts; « Votants : 29 » before « 25 voix pour » is another label's value;
  // « 25 pour » without « voix » only in a tally, « contre » after it: « en 2014 pour … » is no vote.)
  const forM = !has('pour') ? null : FOR_TALLY.exec(region);
  let againstM = !has('contre') ? null : AGAINST_TALLY.exec(region);
  // « adoptée par 15 voix contre 4 », « par sept voix contre deux »: the votes for, then against.
  const versusM = forM || !has('contre') ? null : VERSUS.exec(region);
  const versus = versusM ? [Number(versusM[1]), /^\d/.test(versusM[2]) ? Number(versusM[2]) : frenchNumber(versusM[2])] as const : null;
  // « Abstentions : 2 », « 2 abstentions », « Se sont abstenus : 2 », « 2 abstenus ».
  let absM = !has('bst') ? null : ABSTENTION_TALLY.exec(region);
  // Two tallies on two lines (« … adoptés à l'unanimité (31 voix pour) » over « Subvention à l'Amicale : pour : 28 ;
  // contre : 0 ; abstentions : 2 »): the figures against and abstaining are read on the line of the votes for.
  if (forM) {
    const lineStart = region.lastIndexOf('\n', forM.index) + 1;
    const next = region.indexOf('\n', forM.index + forM[0].length);
    const lineEnd = next < 0 ? region.length : next;
    // (Not the labels one per line, « Pour : 16 » / « Contre : 2 »: their figures are each on its own line.)
    const alone = /^[\s*-]*pour\s*[:=]?\s*\d{1,4}\s*[.;,]?\s*$/.test(region.slice(lineStart, lineEnd));
    if (next >= 0 && !alone && FOR_TALLY.test(region.slice(lineEnd))) {
      const line = region.slice(lineStart, lineEnd);
      const onLine = (m: RegExpExecArray | null, re: RegExp) => {
        if (!m || (m.index >= lineStart && m.index < lineEnd)) return m;
        const x = re.exec(line);
        if (x) x.index += lineStart;
        return x;
      };
      againstM = onLine(againstM, AGAINST_TALLY);
      absM = onLine(absM, ABSTENTION_TALLY);
    }
  }
  // « POUR  CONTRE  ABSTENTION » over « 20  0  6 »: a table, whose figures stand under their labels.
  const table = forM ? null : tallyTable(region);
  // « Ne prend pas part au vote : 1 », « N'a pas pris part au vote : 1 », « N'ont pas pris part au vote : 2 ».
  // (Or « Non-votants : 2 » in the tally.)
  const npM = (!has('part au') ? null : /\bn(?:e\s+|')(?:prend\s+pas|prennent\s+pas|a\s+pas\s+pris|ont\s+pas\s+pris)\s+part\s+au\s+(?:vote|scrutin)\s*(?::\s*)?(\d{1,4})\b/.exec(region))
    ?? (!has('non') ? null : /\bnon[\s-]?votants?\s*(?:[:=]\s*)?(\d{1,4})\b/.exec(region));
  // Else the members named as not taking part (« M. Paul LEROUX ne prend part ni aux débats ni au vote », « Ne prend
  // pas part au vote : M. X, Mme Y »): one per person named in the sentence, one when none is.
  // (Said in the exposé too, before the vote: « M. X quitte la salle et ne prend part ni aux débats ni au vote ».)
  const sayings = f.slice(Math.max(0, startOff - 6000), startOff + region.length);
  const notVotingNamed = npM || !(sayings.includes(' part ') || sayings.includes(' vote')) ? 0 : countNotVoting(sayings);
  // The votants of this vote: « votants pour cette délibération : 22 » above it, « (22 votants) » in its words.
  // (The last one before the vote: the one above may be another item's.)
  // (And the count a member's arrival or departure during the séance updates: « M. X arrive à 19 h 40 et prend part au
  // vote à partir de la présente délibération (présents : 24, votants : 28) ».)
  const votersM = !sayings.includes('votants') ? null
    : [...sayings.matchAll(/\bvotants\s+(?:pour|sur|a)\s+(?:cette\s+(?:deliberation|question|affaire)|ce\s+(?:point|vote|dossier|scrutin))\s*(?::\s*)?(\d{1,4})\b/g)].pop()
      ?? /\((\d{1,4})\s+votants\)/.exec(region)
      ?? [...sayings.matchAll(/\b(?:arrive|arrivee|rejoint\s+la\s+seance|regagne\s+la\s+(?:seance|salle)|quitte\s+la\s+(?:seance|salle)|se\s+retire|prend\s+part\s+au\s+vote\s+a\s+partir)\b[^.;]{0,200}?\bvotants\s*[:=]?\s*(\d{1,4})\b/g)].pop();
  // Else « Votants : 10 » on the tally's own line or alone on the line above it (« Votants : 10 (le Maire ayant quitté la
  // salle) – Pour : 10 – Contre : 0 »): this point's votants, which may not be the séance's.
  const besideM = votersM || !forM || !sayings.includes('votants') ? null : votersBeside(f, startOff + forM.index);
  const majM = !has('jorit') ? null : /\ba\s+la\s+majorite\b/.exec(region);
  if (!u && !unan && !forM && !majM && !table && !versus) return null;
  const hits = [unan, forM, againstM, absM, majM, table?.match, versusM].filter((m): m is RegExpExecArray => !!m);
  const s = u ? startOff : startOff + Math.min(...hits.map((m) => m.index));
  const e = u ? u.end : startOff + Math.max(...hits.map((m) => m.index + m[0].length));
  const around = f.slice(Math.max(0, s - 60), s) + region.slice(0, 300);
  const adopted = /\b(?:adopte|approuve|accepte)/.test(around) ? true : /\brejete/.test(around) ? false : null;
  const range = index.range(s, e);
  const written = clean(text.slice(s, e));
  const words = fold(written);
  const lines = f.slice(index.offsetAt({ line: range.start.line, character: 0 }), index.offsetAt(range.end));
  return {
    range,
    text: written,
    unanimous: unan ? true : forM || majM || table || versus ? false : null,
    for: table ? table.for : versus ? versus[0] : count(forM),
    against: table ? table.against : versus && versus[1] !== null ? versus[1] : count(againstM),
    abstentions: table ? table.abstentions : count(absM) ?? fewerWords(region),
    notVoting: npM ? +npM[1] : notVotingNamed > 0 ? notVotingNamed : null,
    voters: votersM ? +votersM[1] : besideM,
    adopted,
    resultWords: /unanimit|majorite|\bpour\b|\bcontre\b/.test(words),
    adoptedOnLine: /\badopte/.test(lines) && !/\brejete/.test(lines),
    ofExpressed: /unanimite\s+des\s+suffrages\s+exprimes/.test(words),
  };
}


/** The region (folded) with each sentence that speaks of an amendment blanked, from its start (a line, « . », « ; ») to its end. */
function withoutAmendments(region: string): string {
  let out = region;
  for (let at = region.indexOf('amendement'); at >= 0; at = region.indexOf('amendement', at + 1)) {
    let a = at;
    while (a > 0 && !'.;\n'.includes(region[a - 1])) a--;
    let b = at;
    while (b < region.length && !'.;\n'.includes(region[b])) b++;
    out = out.slice(0, a) + ' '.repeat(b - a) + out.slice(b);
    at = b;
  }
  return out;
}

/** « Votants : N » on the line of the tally at `at` (folded text), or alone on the line just above it. */
function votersBeside(f: string, at: number): number | null {
  const lineStart = f.lastIndexOf('\n', at) + 1;
  const next = f.indexOf('\n', at);
  const line = f.slice(lineStart, next < 0 ? f.length : next);
  const on = line.length < 400 ? /(?<!\bnon[\s-]?)\bvotants\s*(?:[:=]\s*)?(\d{1,4})\b/.exec(line) : null;
  if (on) return +on[1];
  const above = lineStart > 0 ? f.slice(f.lastIndexOf('\n', lineStart - 2) + 1, lineStart - 1) : '';
  const alone = above.length < 120 ? /^[ \t*-]*(?:nombre\s+de\s+)?votants\s*(?:[:=]\s*)?(\d{1,4})\b[^\d\n]*$/.exec(above) : null;
  return alone ? +alone[1] : null;
}

/**
 * The votes for, against and abstaining of a tally (folded): « Pour : 25 », « 25 voix pour », « pour 20 contre 6 », « Ont
 * voté POUR (58) »; not the first item of a list after « pour : » and a blank line (« … délégation pour : » / « 1° … »).
 */
/** « par 15 voix contre 4 », « par 7 voix contre deux » (folded, figures in words before « voix » already written as digits). */
const VERSUS = /\bpar\s+(\d{1,4})\s+voix\s+contre\s+(\d{1,4}|(?:un|une|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze|treize|quatorze|quinze|seize|vingt|trente)(?:[\s-](?:et[\s-])?(?:un|une|deux|trois|quatre|cinq|six|sept|huit|neuf|dix))?)\b(?![ \t]*(?:voix[ \t]+)?pour\b)/;
const FOR_TALLY = /\bpour(?:\s*[:=][ \t]*(?:\n[ \t]*)?|[ \t]*\|[ \t]*(?=\d{1,4}[ \t]*\|)|[ \t]*\([ \t]*(?=\d{1,4}[ \t]*\))|[ \t]+(?=\d{1,4}(?:[ \t]*[,;/–-][ \t]*|[ \t]+)(?:voix[ \t]+)?(?:contre|abst)))(\d{1,4})\b(?![ \t]*°)|(?:^|\n)[ \t]*pour[ \t]+(\d{1,4})[ \t]*(?=\n|$)|(?<!(?:votants|pour|contre|abstentions?|exprimes|presents|exercice)\s*[:=]\s*)\b(\d{1,4})[ \t]+voix[ \t]+pour\b|\b(\d{1,3})[ \t]+pour\b(?=[ \t]*[,;/-][^.\n]{0,30}\b(?:contre|abstentions?)\b)|\b(\d{1,4})(?<=\b(?:vote|votes|resultat|scrutin)\s*:\s*\d{1,4})[ \t]+(?:voix[ \t]+)?pour\b/;
const AGAINST_TALLY = /\bcontre\s*(?:[:=]\s*|\|[ \t]*(?=\d{1,4}[ \t]*\|)|\([ \t]*(?=\d{1,4}[ \t]*\)))?(\d{1,4})\b(?!\s*(?:ans|mois|jours|euros|€|%))|(?<!(?:votants|pour|contre|abstentions?|exprimes|presents|exercice)[ \t]*(?:[:=][ \t]*)?)\b(\d{1,4})[ \t]+(?:voix[ \t]+)?contre\b/;
const ABSTENTION_TALLY = /\b(?:abstentions?|abst\.|(?:se\s+sont\s+|s'est\s+)?abstenu(?:e|s|es)?)\s*(?:[:=]\s*|\|[ \t]*(?=\d{1,4}[ \t]*\|)|\([ \t]*(?=\d{1,4}[ \t]*\)))?(\d{1,4})\b|(?<!(?:votants|pour|contre|abstentions?|exprimes|presents|exercice)[ \t]*(?:[:=][ \t]*)?)\b(\d{1,4})[ \t]+(?:abstentions?|abstenu(?:e|s|es)?)\b/;
/** A count in words before « voix », « pour », « contre », « abstention(s) » (folded): « onze voix pour », « deux abstentions ». */
const COUNT_IN_WORDS = new RegExp(`(?<![a-z-])(?!et\\b)(${NUMBER_WORDS_SRC})(?=\\s+(?:voix\\b|abstentions?\\b|bulletins?\\b))`, 'g');
/** A line that holds a tally (folded): « Pour : 26 », « contre 4 », « 26 voix pour ». */
const TALLY_LINE = /\b(?:pour|contre)\s*(?:[:=]\s*)?\d|\d\s+voix\s+(?:pour|contre)\b/;
/**
 * A row of tally labels, then a row of as many figures (folded); blanks, tabs or bars between them, and between the rows
 * perhaps a Markdown table's rule (« |---|---| »).
 */
const TALLY_LABEL = "pour|contre|abstentions?(?:\\(s\\))?|votants|exprimes|ne\\s+prend(?:nent)?\\s+pas\\s+part(?:\\s+au\\s+vote)?|n\\.?p\\.?p\\.?v\\.?";
const TALLY_LABEL_ALL = new RegExp(TALLY_LABEL, 'g');
// (The row may open with its heading, « VOTE  POUR  CONTRE  ABSTENTION(S)  NE PREND PAS PART ».)
const TALLY_TABLE = new RegExp(`(?:^|\\n)[ \\t|]*(?:(?:vote|votes|scrutin)[ \\t|:]+)?((?:(?:${TALLY_LABEL})[ \\t|]+){1,5}(?:${TALLY_LABEL}))[ \\t|]*\\n(?:[ \\t|]*[-:][-:| \\t]*\\n)?[ \\t|]*((?:\\d{1,4}[ \\t|]+){1,5}\\d{1,4})[ \\t|]*(?=\\n|$)`);

/** The tally of a table of labels over figures (folded region), or null. */
function tallyTable(region: string): { match: RegExpExecArray; for: number | null; against: number | null; abstentions: number | null } | null {
  if (!region.includes('\n')) return null;
  const m = TALLY_TABLE.exec(region);
  if (!m) return null;
  const labels: string[] = m[1].match(TALLY_LABEL_ALL) ?? [];
  const values = m[2].split(/[ \t|]+/).map(Number);
  if (labels.length !== values.length || !labels.includes('pour')) return null;
  const of = (l: string) => {
    const i = labels.findIndex((x) => x.startsWith(l));
    return i < 0 ? null : values[i];
  };
  return { match: m, for: of('pour'), against: of('contre'), abstentions: of('abstention') };
}

/** Not taking part in the vote, in prose (folded). */
const NOT_VOTING = /\bn(?:e\s+|')(?:(?:prend|prennent)\s+(?:pas\s+)?part|(?:a|ont|ayant)\s+(?:pas\s+)?pris\s+part)(?:\s+ni\s+(?:aux\s+debats|au\s+debat)\s+ni)?\s+au\s+(?:vote|scrutin)|\bne\s+prenant\s+pas\s+part\s+au\s+(?:vote|scrutin)|\b(?:s'est|se|s'etant|se\s+sont|s'etaient)\s+retire(?:e|s|es|nt)?\s+(?:au\s+moment\s+du|lors\s+du|pour\s+le)\s+vote|\b(?:a|ont|ayant)\s+quitte\s+la\s+(?:salle|seance)\s+(?:au\s+moment\s+du|lors\s+du|pour\s+le)\s+vote/g;
const SENTENCE_END = /(?<!\b(?:m|mm|mme|mlle))\.|[;\n()]/g;

/** How many members the sentences that say so name as not taking part in the vote (folded region). */
function countNotVoting(region: string): number {
  // Distinct persons: the same member may be named in the exposé and again beside the tally.
  const named = new Set<string>();
  let unnamed = 0;
  let done = -1;
  NOT_VOTING.lastIndex = 0;
  for (let m = NOT_VOTING.exec(region); m; m = NOT_VOTING.exec(region)) {
    // The sentence around it: ends are « . » (not the one of « M. », « Mme. », « MM. »), « ; », a line break, a parenthesis.
    let from = 0;
    SENTENCE_END.lastIndex = Math.max(0, m.index - 300);
    for (let e = SENTENCE_END.exec(region); e && e.index < m.index; e = SENTENCE_END.exec(region)) from = e.index + 1;
    if (from <= done) continue;
    SENTENCE_END.lastIndex = m.index + m[0].length;
    const end = SENTENCE_END.exec(region);
    const to = end ? end.index : region.length;
    // (« M. Paul LEROUX » or « Ne prend pas part au vote : M. X, Mme Y »; « MM. X et Y » names two.)
    const sentence = region.slice(from, to);
    let persons = 0;
    for (const p of sentence.matchAll(PERSON_NAME)) {
      named.add(p[1].split(/\s+/).pop()!);
      persons++;
    }
    // « MM. X et Y » names two; a sentence that names nobody (« Le Maire ne prend pas part au vote ») counts one, once.
    const mm = /\bmm\.?\s+([a-z'-]+)(?:\s*,\s*([a-z'-]+))*\s+et\s+([a-z'-]+)/.exec(sentence);
    if (mm) for (const x of [mm[1], mm[3]]) named.add(x);
    if (persons === 0 && !mm) unnamed = 1;
    // « … ne prend pas part au vote, ni en son nom ni au nom de Mme X dont il détient le pouvoir »: the mandant's vote is
    // not cast either (L. 2131-11), whether or not the mandant's name was read.
    const mandant = PROXY_NOT_CAST.exec(sentence);
    if (mandant) named.add(mandant[1]?.split(/\s+/).pop() ?? `mandant ${from}`);
    done = to;
  }
  return named.size + unnamed;
}
/** The pouvoir an interested member holds is not used either (folded): the mandant's name when written. */
const PROXY_NOT_CAST = /\bni\s+(?:au\s+nom\s+de|pour)\s+(?:(?:m|mme|monsieur|madame)\.?\s+((?:[a-z'-]+\s+){0,2}[a-z'-]{2,})(?=\s*(?:[,;:()]|\bdont\b|\bet\b|\bqui\b|$))|son\s+mandant|sa\s+mandante)|\bni\s+(?:pour\s+)?(?:le|son)\s+pouvoir\b/;
/** A civility and the name after it, in a sentence (folded): the last word of the name is the key. */
const PERSON_NAME = /(?:^|[\s(,:])(?:m|mme|mlle|monsieur|madame)\.?\s+((?:[a-z'-]+\s+){0,2}?[a-z'-]{2,})(?=\s*(?:[,;:()]|\bet\b|\bne\b|\bn'|\bqui\b|\bquitte|\bse\b|\bs'|$))/g;

/** « à l'unanimité moins deux abstentions », « moins 2 abstentions »: the abstentions a unanimity leaves out (folded). */
function fewerWords(region: string): number | null {
  if (!region.includes('moins')) return null;
  const m = FEWER.exec(region);
  return m ? (m[1] ? +m[1] : frenchNumber(m[2])) : null;
}
const FEWER = new RegExp(`\\bmoins\\s+(?:(\\d{1,3})|(${NUMBER_WORDS_SRC}))\\s+abstentions?\\b`);

/** « à l'unanimité », « unanimement », and « Vote : unanimité (12 voix) », the word alone after the label or opening its line, « Unanimité. » (folded). */
const UNANIMITY = /\b(?:a\s+l'unanimite|unanimement|unanimite(?<=\b(?:vote|votes|resultat|scrutin)\s*:\s*unanimite)|unanimite(?<=(?:^|\n)[ \t*•-]*unanimite)(?=[ \t]*(?:[.(\n]|$|des\s|moins\s)))(?:\s+des\s+(?:suffrages\s+exprimes|membres\s+presents|votants|presents))?/g;
/** A rule the text recalls, not the vote: « sauf si le conseil décide à l'unanimité de ne pas y procéder ». */
const RECALLED = /\b(?:sauf\s+si|si\s+(?:le|la|l')\s*(?:conseil|assemblee|comite|bureau)|lorsque|peut|peuvent|doit|doivent)\b[^.;]*$/;

/** The first words of unanimity in the region that say the vote, not a rule the text recalls. */
function unanimity(region: string): RegExpExecArray | null {
  UNANIMITY.lastIndex = 0;
  for (let m = UNANIMITY.exec(region); m; m = UNANIMITY.exec(region)) {
    if (RECALLED.test(region.slice(Math.max(0, m.index - 80), m.index))) continue;
    // (Nor the unanimity that decides how to vote, « Le conseil décide à l'unanimité de ne pas procéder au scrutin secret »,
    // whose result follows: « Mme X est désignée par 42 voix pour et 6 abstentions ».)
    if (BALLOT_MODE.test(region.slice(m.index + m[0].length, m.index + m[0].length + 200))) continue;
    return m;
  }
  return null;
}
