// How the conseil votes on an appointment (CGCT, art. L. 2121-21): by secret ballot unless it decides unanimously not
// to, and without a ballot when there is one candidature a seat. The words are read by `matters.ts` (the election's
// ballot and the figures of its rounds), `vote.ts` (a unanimity that decides the ballot is not the vote's result) and
// `deliberation.ts` (the appointments made without a vote). All patterns run on the folded text.
import type { Ballot, Span } from '../model';
import { sentenceStart } from './common';

/** The ways of saying the vote is not secret: « ne pas procéder au scrutin secret », « voter à main levée », « au scrutin public », « renonce au scrutin secret ». */
const OPEN_BALLOT = String.raw`ne\s+pas\s+(?:proceder|recourir)|pas\s+(?:au|de)\s+scrutin\s+secret|renonc|(?:vote|voter|proceder)\s+a\s+main\s+levee|au\s+scrutin\s+public`;
const UNANIMOUS = String.raw`(?:unanimite|unanimement)`;

/** The conseil's unanimous decision not to vote by secret ballot, the unanimity before or after the decision. */
export const UNANIMOUS_OPEN_BALLOT = new RegExp(
  String.raw`${UNANIMOUS}[^.;]{0,160}(?:${OPEN_BALLOT})|(?:ne\s+pas\s+(?:proceder|recourir)|renonc[a-z]*)[^.;]{0,60}scrutin\s+secret[^.;]{0,120}${UNANIMOUS}`,
);

/**
 * What follows a unanimity when it decides the ballot and not the result: « à l'unanimité de ne pas procéder au scrutin
 * secret », « … de voter à main levée » (the result comes after: « Mme X est désignée par 42 voix pour »). The start of
 * the text after the unanimity, on its line, before a semicolon.
 */
export const BALLOT_MODE = new RegExp(
  String.raw`^[^;\n]{0,160}?\b(?:de\s+ne\s+pas\s+(?:proceder|recourir)|de\s+(?:voter|proceder)\s+(?:a\s+main\s+levee|au\s+scrutin\s+public)|pas\s+(?:au|de)\s+scrutin\s+secret)`,
);

/** A vote by show of hands or public ballot, however it was decided. */
export const SHOW_OF_HANDS = /main\s+levee|scrutin\s+public/;
/** A secret ballot. */
export const SECRET_BALLOT = /scrutin\s+secret|bulletins?\s+secrets?/;

/**
 * Appointments without a ballot: one candidature a seat, « les nominations prennent effet immédiatement » (L. 2121-21,
 * last paragraph), or a single candidature and the decision not to vote.
 */
export const NO_BALLOT = /\b(?:nominations?|designations?)\b[^.;]{0,40}\bprenn?ent\s+(?:[a-z]+\s+)?effet\s+immediatement\b|\bune\s+seule\s+candidature\b[^.]{0,160}\bne\s+pas\s+proceder\s+au\s+scrutin\s+secret\b/;
/** The words of an appointment without a ballot, wherever they stand. */
export const NO_BALLOT_WORDS = /\bune\s+seule\s+candidature\b|prenn?ent\s+(?:[a-z]+\s+)?effet\s+immediatement/;

/**
 * The figures of a ballot's last round before a proclamation (« Premier tour : votants 23, blancs 2, nuls 1, suffrages
 * exprimés 20, majorité absolue 11 ; M. X 12 voix, Mme Y 8 voix. M. X … est élu »), as the minutes write them, and where
 * the proclamation stands (offsets in the text).
 */
export type BallotFigures = Omit<Ballot, keyof Span> & { readonly at: number; readonly end: number };

const ROUND = /\b(?:(premier|1er|1\s?er|second|seconde|deuxieme|2e|2eme|2nd|2d|troisieme|3e|3eme)\s+(?:tour|scrutin)\b(?!\s+(?:secret|public|de\s+liste|uninominal))|(?:tour|scrutin)\s+(unique))\b/g;
/**
 * After a figure's label: a note in parentheses or brackets (« votants (enveloppes déposées) », « exprimés [b – c –
 * d] »), dotted leaders (« Suffrages exprimés ........ 21 ») or a table's cell (« | Votants | 23 | »), then « : ».
 */
const NOTE = String.raw`(?:[ \t]*(?:\([^()\n]{0,40}\)|\[[^[\]\n]{0,40}\]))?[ \t.…_|]*(?:[:=][ \t]*)?`;
const VOTERS = new RegExp(String.raw`\bvotants${NOTE}(\d{1,4})\b(?![,.]\d)`, 'g');
const BLANK_AND_VOID = new RegExp(String.raw`\b(?:blancs?[ \t]+(?:et|ou)[ \t]+nuls?|nuls?[ \t]+(?:et|ou)[ \t]+blancs?)${NOTE}(\d{1,4})\b`);
// (« Blancs : 2 » after a separator or at a line's start, « bulletins blancs : 2 »: not the surname « Mme Julie BLANC : 10 voix ».)
const BLANK = new RegExp(String.raw`(?:\b(?:bulletins?|suffrages?)[ \t]+|(?:^|[\n;,:/|–—(]|\s-)[ \t]*(?:[a-z][.)][ \t]*)?(?:nombre[ \t]+de[ \t]+)?)blancs?${NOTE}(\d{1,4})\b`);
const VOID = new RegExp(String.raw`\bnuls?${NOTE}(\d{1,4})\b`);
const CAST = new RegExp(String.raw`\bexprimes${NOTE}(\d{1,4})\b(?![,.]\d)`, 'g');
const MAJORITY = new RegExp(String.raw`\bmajorite[ \t]+absolue${NOTE}(?:(?:est[ \t]+)?(?:de|fixee[ \t]+a)[ \t]+)?(\d{1,4})\b([,.]\d)?`);
/**
 * A ballot's result written (« Votants : 59 », « suffrages exprimés : 55 », « majorité absolue : 28 », « a obtenu 52
 * voix », « bulletins blancs », « Pour : 19 », « à l'unanimité », a table's column « | Votants | », a row of labels
 * « Votants  Blancs et nuls  Exprimés  Majorité absolue » over its figures), not the rule recalled (« au scrutin secret et à la majorité absolue des suffrages exprimés »).
 */
export const BALLOT_RESULTS = new RegExp(String.raw`\|[ \t]*(?:votants|exprimes|suffrages[ \t]+exprimes)[ \t]*\||\bvotants\b[^\n|]*\b(?:exprimes|majorite[ \t]+absolue)\b[^\n]*\n[^\n]*\d[ \t]{2,}\d|\b(?:(?:votants|exprimes|majorite[ \t]+absolue|blancs?|nuls?)${NOTE}\d|bulletins?[ \t]+(?:blancs?|nuls?)|a[ \t]+obtenu|ont[ \t]+obtenu|\d+[ \t]+voix|voix[ \t]*:[ \t]*\d|unanimite|(?:pour|contre)[ \t]*:[ \t]*\d)`);
/**
 * A tie given to the youngest candidate (« le plus jeune est déclaré élu »), where the law gives it to the eldest
 * (CGCT, art. L. 2122-7, L. 2121-21).
 */
export const YOUNGEST_ELECTED = /\b(?:le|la)\s+plus\s+jeune\b[^.;\n]{0,80}?\b(?:elue?|proclamee?)\b|\b(?:elue?|proclamee?)\b[^.;\n]{0,80}?\b(?:au\s+benefice\s+de\s+la\s+jeunesse|(?:en\s+tant\s+que|comme)\s+(?:le|la)\s+plus\s+jeune)\b/;
/** A candidate's or a list's votes (« M. X : 12 voix », « a obtenu 12 voix »), not a vote's (« 16 voix pour »). */
const VOTES = /\b(\d{1,4})[ \t]+voix\b(?![ \t]+(?:pour|contre)\b)/g;
/** An election by proportional representation (a commission d'appel d'offres, L. 1411-5; commissions, L. 2121-22): no majority. */
export const PROPORTIONAL = /\bproportionnelle\b|\bplus\s+forte?\s+reste\b|\bquotient\s+electoral\b/;

const figure = (re: RegExp, s: string): number | null => {
  re.lastIndex = 0;
  const m = re.exec(s);
  return m ? Number(m[1]) : null;
};

/**
 * The figures of the round before each proclamation of the folded text `f`, read from `from` on (`proclamations`: their
 * offsets, in order): one entry a proclamation whose round's figures were read (none where several elections' figures
 * stand before one proclamation). Nothing for an election by proportional representation.
 */
export function readBallots(f: string, from: number, proclamations: readonly (readonly [number, number])[]): BallotFigures[] {
  if (!proclamations.length || PROPORTIONAL.test(f)) return [];
  const out: BallotFigures[] = [];
  let floor = from;
  // (No round named anywhere: one round, the first.)
  ROUND.lastIndex = from;
  const single = ROUND.exec(f) === null;
  for (const [at, end] of proclamations) {
    // The round: the last marker between the previous proclamation and this one, its figures up to the proclamation.
    const span = f.slice(floor, at);
    // (A round named in the proclamation's own sentence, « ayant obtenu la majorité relative au second tour, est
    // proclamée … », says the round; the figures stand before that sentence.)
    const own = sentenceStart(span, span.length, 300);
    let start = 0;
    // (« ayant obtenu la majorité relative »: a third round, whether or not the act names it.)
    let round: number | null = single && !/\bmajorite\s+relative\b/.test(span.slice(own)) ? 1 : null;
    ROUND.lastIndex = 0;
    for (let m = ROUND.exec(span); m; m = ROUND.exec(span)) {
      if (m.index < own) start = m.index;
      const w = m[1] ?? '';
      round = m[2] ? 1 : /^(?:premier|1)/.test(w) ? 1 : /^(?:troisieme|3)/.test(w) ? 3 : 2;
    }
    const s = span.slice(start);
    // (Several elections' figures before one proclamation, « Élection du premier vice-président : votants : 16 ; … ;
    // Élection du deuxième … », are not one round's: they are left unread.)
    const voters = s.match(VOTERS);
    const cast = s.match(CAST);
    if ((voters?.length ?? 0) > 1 || (cast?.length ?? 0) > 1) {
      floor = end;
      continue;
    }
    // (A table of a round a row, its figures in columns: « | Tour | Votants | Blancs | … | FROGER | COUSIN | ».)
    const table = !voters && !cast ? tableRound(span) : null;
    if (table) {
      out.push({ ...table, round: table.round ?? round, at, end });
      floor = end;
      continue;
    }
    const together = BLANK_AND_VOID.exec(s);
    const majority = MAJORITY.exec(s);
    let best: number | null = null;
    VOTES.lastIndex = 0;
    for (let m = VOTES.exec(s); m; m = VOTES.exec(s)) {
      // (Not the majority written in votes: « majorité absolue : 11 voix ».)
      if (/majorite\s+absolue\s*(?:[:=]|\best\s+de|\bde)?\s*$/.test(s.slice(Math.max(0, m.index - 30), m.index))) continue;
      best = Math.max(best ?? 0, Number(m[1]));
    }
    out.push({
      round,
      voters: voters ? figure(VOTERS, voters[0]) : null,
      blank: together ? Number(together[1]) : figure(BLANK, s),
      invalid: together ? 0 : figure(VOID, s),
      cast: cast ? figure(CAST, cast[0]) : null,
      majority: majority ? Number(majority[1]) + (majority[2] ? Number(`0.${majority[2].slice(1)}`) : 0) : null,
      best,
      at,
      end,
    });
    floor = end;
  }
  return out;
}

const roundOf = (w: string): number | null => {
  const m = new RegExp(ROUND.source).exec(`${w} tour`) ?? new RegExp(ROUND.source).exec(w);
  if (!m) return null;
  const x = m[1] ?? '';
  return m[2] ? 1 : /^(?:premier|1)/.test(x) ? 1 : /^(?:troisieme|3)/.test(x) ? 3 : 2;
};

/**
 * The last row of a table whose columns are a round's figures (folded text): « | Tour | Votants | Blancs | Nuls |
 * Exprimés | Majorité absolue | FROGER | COUSIN | » over « | 2e tour | 39 | 2 | 1 | 36 | 19 | 18 | 16 | »; the columns
 * that are not figures of the ballot are the candidates' votes. Null without such a table.
 */
function tableRound(span: string): Omit<BallotFigures, 'at' | 'end'> | null {
  const rows = span.split('\n').map((l) => l.trim()).filter((l) => l.startsWith('|') && l.endsWith('|') && !/^\|[\s:|-]*$/.test(l))
    .map((l) => l.slice(1, -1).split('|').map((c) => c.trim()));
  const h = rows.findIndex((r) => r.some((c) => /^(?:nombre\s+de\s+)?votants$|^(?:suffrages\s+)?exprimes$/.test(c)));
  if (h < 0) return null;
  const header = rows[h];
  const last = rows.slice(h + 1).filter((r) => r.length === header.length).pop();
  if (!last) return null;
  const value = (c: string) => (/^\d{1,4}$/.test(c) ? Number(c) : null);
  const figures = { round: null as number | null, voters: null as number | null, blank: null as number | null, invalid: null as number | null, cast: null as number | null, majority: null as number | null, best: null as number | null };
  header.forEach((label, i) => {
    const c = last[i];
    if (/^tours?$|^scrutin$/.test(label) || i === 0 && value(c) === null) figures.round = roundOf(c);
    else if (/votants$/.test(label)) figures.voters = value(c);
    else if (/blancs?\s+(?:et|ou)\s+nuls?|nuls?\s+(?:et|ou)\s+blancs?/.test(label)) { figures.blank = value(c); figures.invalid = 0; }
    else if (/blancs?$/.test(label)) figures.blank = value(c);
    else if (/nuls?$/.test(label)) figures.invalid = value(c);
    else if (/exprimes$/.test(label)) figures.cast = value(c);
    else if (/^majorite\s+absolue$/.test(label)) figures.majority = value(c);
    else if (value(c) !== null) figures.best = Math.max(figures.best ?? 0, value(c)!);
  });
  return figures;
}
