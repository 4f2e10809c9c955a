// How the conseil votes on an appointment (CGCT, art. L. 2121-21): by secret ballot unless it decides unanimously not
// to, and without a ballot when there is one candidature a seat. The words are read by `matters.ts` (the election's
// ballot), `vote.ts` (a unanimity that decides the ballot is not the vote's result) and `deliberation.ts` (the
// appointments made without a vote). All patterns run on the folded text.

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
