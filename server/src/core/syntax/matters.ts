// Readers of what a délibération decides when its matter has rules of its own: the list of powers it delegates to
// the maire (CGCT, art. L. 2122-22), and an election or a designation by the conseil (maire, adjoints,
// représentants). The words of the matters come from data/l2122-22.json and from this file's small lists.
import type { ActKind, DelegatedMatter, Delegation, Election } from '../model';
import { TextIndex } from '../text';
import L2122_22 from '../../../../data/l2122-22.json';
import { type Unit } from './scanner';
import { sentenceStart } from './common';
import { BALLOT_RESULTS, NO_BALLOT_WORDS, PROPORTIONAL, YOUNGEST_ELECTED, SECRET_BALLOT, SHOW_OF_HANDS, UNANIMOUS_OPEN_BALLOT, readBallots } from './ballot';

interface MatterWords { readonly n: number; readonly re: RegExp }

/** The matters of L. 2122-22 with the words that name them (folded text). */
export const MATTER_WORDS: readonly MatterWords[] = (L2122_22.items as { n: number; keywords: string }[]).map((i) => ({ n: i.n, re: new RegExp(i.keywords) }));

/**
 * The matter of L. 2122-22 a passage speaks of: the one named first (« D'intenter … des actions en justice …
 * notamment en matière … de préemption » is 16°). The fonds de commerce (21°) are a droit de préemption of their own.
 */
export function matterOf(folded: string): number | null {
  let best: { n: number; at: number } | null = null;
  for (const w of MATTER_WORDS) {
    const m = w.re.exec(folded);
    if (m && (!best || m.index < best.at)) best = { n: w.n, at: m.index };
  }
  if (best?.n === 15 && MATTER_WORDS[20].re.test(folded)) return 21;
  return best?.n ?? null;
}

const RELATED: readonly MatterWords[] = (L2122_22.items as { n: number; related: string }[]).map((i) => ({ n: i.n, re: new RegExp(i.related) }));

/**
 * Matters a passage may belong to: those it names, and those its broader words fit (« travaux » may be a marché,
 * « loyer » a louage). For an objet, which says little: what fits none of these fits no matter of the law.
 */
export function mattersNamed(folded: string, broad = false): number[] {
  return (broad ? RELATED : MATTER_WORDS).filter((w) => (w.re.test(folded) || (broad && MATTER_WORDS[w.n - 1].re.test(folded))) && !EXCLUDES[w.n - 1]?.test(folded)).map((w) => w.n);
}

/** Words that put an objet out of a matter its broad words fit (« cession de l'immeuble … » is no 10°): `excludes`. */
const EXCLUDES: readonly (RegExp | null)[] = (L2122_22.items as { n: number; excludes?: string }[]).map((i) => (i.excludes ? new RegExp(i.excludes) : null));

/**
 * The law's own words that leave the limit to the conseil: copying them sets no limit (CE 2 février 2000,
 * n° 117920). The fixed ceilings of the law (transactions of 16°: 1 000 € / 5 000 €) are not the conseil's limits.
 */
const PLACEHOLDERS = new RegExp([
  String.raw`dans\s+(?:les|la)\s+limites?\s+(?:fixees?|determinees?|definies?)\s+par\s+(?:le\s+)?conseil(?:\s+municipal)?`,
  String.raw`dans\s+les\s+conditions\s+(?:fixees\s+par|que\s+fixe|definies\s+par|prevues\s+par|determinees\s+par)\s+(?:le\s+)?conseil(?:\s+municipal)?`,
  String.raw`dans\s+les\s+cas\s+definis\s+par\s+(?:le\s+)?conseil(?:\s+municipal)?`,
  String.raw`sur\s+la\s+base\s+d'un\s+montant\s+maximum\s+autorise\s+par\s+(?:le\s+)?conseil(?:\s+municipal)?`,
  String.raw`transiger\s+avec\s+les\s+tiers\s+dans\s+la\s+limite\s+de\s+1\s?000\s*(?:€|euros?)[^;]{0,160}`,
].join('|'), 'g');

/** What a limit or a condition set by the conseil looks like: an amount, a ceiling, a list of cases, a perimeter. */
const LIMIT = new RegExp([
  String.raw`\d[\d\s.,]*\s*(?:€|euros?\b|eur\b|millions?\b|k€|m€|%|pour\s*cent)`,
  String.raw`dans\s+(?:la|les)\s+limites?\s+(?:de|des|du|d')`,
  String.raw`plafon`, String.raw`n'excedant\s+pas`, String.raw`n'exced(?:e|ent)\s+pas\s+(?:\d|un\s+montant|une\s+(?:surface|duree))`, String.raw`\d[\d\s.,]*(?:m²|m2|metres?\s+carres|hectares?|ha\b)`, String.raw`\binferieurs?\s+(?:ou\s+egale?s?\s+)?a\b`, String.raw`\bsuperieurs?\s+a\b`,
  String.raw`jusqu'a\s+(?:\d|un\s+montant|concurrence)`, String.raw`a\s+hauteur\s+de`, String.raw`\bmontant\s+(?:maximum|maximal|unitaire|annuel|total)\s+(?:de|d')\s`,
  String.raw`(?:conditions|cas|modalites|limites)\s+(?:suivant|ci-apres|ci-dessous|definie?s?\s+ci|fixee?s?\s+ci|precisee?s?\s+ci|enumeree?s?)`,
  String.raw`dans\s+tous\s+les\s+(?:autres\s+)?cas`, String.raw`en\s+toutes?\s+matieres?`, String.raw`en\s+matieres?\s*(?::\s*)?(?:de|d')`,
  String.raw`(?:devant|pour)\s+(?:toutes\s+les|l'ensemble\s+des)\s+(?:juridictions|contentieux|actions|instances)`,
  String.raw`tant\s+en\s+demande|en\s+demande\s+comme\s+en\s+defense|en\s+defense\s+comme`,
  String.raw`(?:inscrite?s?|votee?s?|ouverte?s?|prevue?s?)\s+(?:au|aux|dans\s+le|dans\s+les)\s+budgets?\s+(?:primitifs?|de\s+l'exercice|annuels?|communal)|(?:inscrite?s?|votee?s?|ouverte?s?)\s+(?:au|aux|dans\s+les?)\s+budgets?`,
  String.raw`limites?\s+(?:fixees?|definies?|determinees?)\s+(?:chaque\s+annee\s+)?(?:par|dans)\s+(?:le|les)\s+budget`,
  String.raw`quel(?:le)?s?\s+(?:que|qu'en)\s+soi(?:en)?t`, String.raw`pour\s+(?:tous|toutes)\s+(?:les\s+)?(?:projets?|operations?|contentieux|actions?|dossiers?|biens?|affaires?|litiges?)`,
  String.raw`(?:premiere\s+instance|en\s+appel|en\s+cassation|en\s+refere)`,
  String.raw`sans\s+limit`, String.raw`perimetre`, String.raw`\bzones?\b`, String.raw`ensemble\s+du\s+territoire`, String.raw`\bpour\s+les\s+(?:biens|operations|projets|dossiers)\b`,
].join('|'));

/** The act says the limits are set elsewhere (an annex, a table, the next article). */
const LIMITS_ELSEWHERE = /\bannexe|(?:limites|conditions|plafonds?|montants?)\s+(?:sont|seront|ainsi)\s+(?:fixe|defini|precise|determine)|(?:limites|conditions|plafonds?)\s+(?:suivant|ci-apres|ci-dessous)|fixe(?:nt)?\s+(?:comme\s+suit\s+)?les\s+(?:limites|conditions|plafonds)/;

const ITEM_HEAD = /^(?:[-•]\s*)?(\d{1,2})\s*(?:°|\^\{?o\}?)\s*(?:[-–—:.)]\s*)?/;
/** A dash item that delegates a power: an infinitive clause (« - d'exercer… », « • de fixer… »). */
const DASH_ITEM = /^[-•–—]\s*(?=(?:de\s+|d')\s*(?:[a-z]+(?:er|ir|re))\b)/;

/**
 * The powers a délibération delegates to the maire under L. 2122-22, when it lists them as numbered items
 * (« 1° D’arrêter … ; 2° De procéder … »). Each item is matched to the matter of the law it paraphrases (the
 * délibération's numbers may differ from the law's) and tells whether it states a limit of its own.
 */
export function readDelegation(text: string, f: string, index: TextIndex, units: readonly Unit[], kind: ActKind): Delegation | null {
  if (kind !== 'deliberation-cm' && kind !== 'unknown') return null;
  if (index.firstIndexOf('folded', f, '2122') < 0 || !/\bl\.?\s*2122\s?-\s?22\b/.test(f) || !/\bdelegu|\bdelegation/.test(f) || !/\bmaire\b/.test(f)) return null;
  const heads: { i: number; label: string; head: number }[] = [];
  for (let i = 0; i < units.length; i++) {
    const m = ITEM_HEAD.exec(units[i].f);
    if (m && units[i].end - units[i].start > 15) heads.push({ i, label: `${m[1]}°`, head: units[i].start + m[0].length });
  }
  // A list: numbers that follow one another (1°, 2°, 3°…), at least two of them; or that keep the law's numbers and skip
  // what the conseil does not delegate (1°, 2°, 4°, 16°, 20°…: up to the law's last, with nothing but text between).
  const run: typeof heads = [];
  const textBetween = (a: number, b: number) => units.slice(a + 1, b).every((u) => u.type === 'text');
  for (const h of heads) {
    const n = +h.label.slice(0, -1);
    const prev = run.length ? +run[run.length - 1].label.slice(0, -1) : null;
    if (prev === null ? n <= 2 : n === prev + 1 || (n > prev && n <= 31 && textBetween(run[run.length - 1].i, h.i))) run.push(h);
    else if (run.length < 2) run.splice(0, run.length, ...(n <= 2 ? [h] : []));
    else break;
  }
  // No numbered list: items written as dashes, each an infinitive clause (« - de procéder à la réalisation des emprunts… »).
  if (run.length < 2) {
    run.splice(0, run.length);
    for (let i = 0; i < units.length; i++) {
      const m = DASH_ITEM.exec(units[i].f);
      if (m) run.push({ i, label: run.length === 0 ? '1er tiret' : `${run.length + 1}e tiret`, head: units[i].start + m[0].length });
      else if (run.length >= 2 && units[i].type !== 'text') break;
      else if (run.length < 2 && units[i].type !== 'text') run.splice(0, run.length);
    }
  }
  if (run.length < 2) return null;
  const matters: DelegatedMatter[] = [];
  for (let k = 0; k < run.length; k++) {
    const from = run[k].i;
    let to = from;
    if (k + 1 < run.length) to = run[k + 1].i - 1;
    else {
      // The last item ends with its sentence.
      while (to + 1 < units.length && !/[.;]\s*$/.test(units[to].f) && units[to + 1].type === 'text' && !ITEM_HEAD.test(units[to + 1].f) && !DASH_ITEM.test(units[to + 1].f)) to++;
    }
    const start = units[from].start;
    const end = units[to].end;
    const body = f.slice(run[k].head, end);
    const own = body.replace(PLACEHOLDERS, (s) => ' '.repeat(s.length));
    const headEnd = Math.min(end, units[from].end);
    matters.push({
      ...index.span(start, headEnd),
      label: run[k].label,
      matter: matterOf(body.slice(0, 300)),
      limit: LIMIT.test(own),
      copiesLaw: own !== body,
    });
  }
  const listStart = units[run[0].i].start;
  const listEnd = matters.length ? units[run[run.length - 1].i].end : listStart;
  const outside = f.slice(0, listStart) + ' ' + f.slice(listEnd);
  return { range: index.range(listStart, listEnd), matters, limitsElsewhere: LIMITS_ELSEWHERE.test(outside) };
}

/** A proclamation (folded): « a été élue », « sont déclarés élus », « Élus : », « proclame M. X élu », « DÉSIGNE Mme X ». */
const ELECTED = /\b(?:a\s+ete|est|ont\s+ete|sont|sont\s+declare(?:e)?s|est\s+declaree?|ont\s+ete\s+declare(?:e)?s|a\s+ete\s+declaree?)\s+(?:elue?s?|designee?s?|proclamee?s?|installee?s?)\b|\b(?:elue?s?|proclamee?s?)\s*:|\b(?:proclame|declare)(?:nt)?\s+(?:(?:(?:m|mme|mmes|mm)\.?|monsieur|madame)\s+[^\s.;:][^.;:\n]{0,59}?\s+)?(?:elue?s?|designee?s?)\b|\b(?:designe|elit)(?:nt)?(?=\s+(?:m\.|mm\.|mme\b|mmes\b|monsieur\b|madame\b))/;
const ELECTED_ALL = new RegExp(ELECTED.source, 'g');

/** Words of a rule recalled, not of a result: « le maire rappelle que … », « nul n'est élu s'il … », « sera élu », « en cas d'élection d'un seul adjoint, celui-ci est élu selon les règles … ». */
const RULE_WORDS = /\b(?:rappel(?:le|lent|ant)?|conformement|nul\s+n'|s'il|si\s+(?:aucun|apres|un\s+candidat)|lorsqu|sera|seront|doit|doivent|peut|peuvent|selon\s+les\s+regles|dans\s+les\s+conditions|en\s+cas\s+d)\b/;
/** A subject that names nobody just before « est élu » (folded): « l'adjoint est élu », « les délégués sont élus ». */
const GENERIC_SUBJECT = /(?:^|[\s'])(?:celui-ci|celle-ci|ceux-ci|celles-ci|maire|adjointe?s?|president(?:e)?s?|vice-president(?:e)?s?|delegue(?:e)?s?|representant(?:e)?s?|candidat(?:e)?s?|membres?|conseillers?|titulaires?|suppleant(?:e)?s?)\s*$/;

/** A member named (original text): a civility before a name, not « M. le Maire »; or « Prénom NOM », « NOM Prénom ». */
const NAMED = /\b(?:M\.|MM\.|Mmes?\b|Monsieur\b|Madame\b)\s*(?!(?:le|la|les)\s)\p{Lu}|\p{Lu}\p{Ll}+[ \t]+\p{Lu}{2,}|\p{Lu}{2,}[ \t]+\p{Lu}\p{Ll}+/u;
/** A sentence that says nobody was elected (folded, before the verb): « Aucun candidat n'a été élu », « nul n'est élu ». */
const NEGATED = /\b(?:aucune?|personne|nul)\b|\bn'\s*$|\bne\s*$/;

/**
 * Whether the « est élu » at [at, end) of the folded text `f` (`text` as written) is a rule the act recalls or a
 * sentence that elects nobody, not a proclamation: « le maire rappelle que l'adjoint est élu … », « en cas d'égalité,
 * le plus âgé est déclaré élu », « aucun candidat n'a été élu au premier tour ». A member named before the verb, or
 * after « est élu : », is proclaimed.
 */
function recalled(text: string, f: string, at: number, end: number): boolean {
  const a = sentenceStart(f, at, 240);
  const before = f.slice(a, at);
  if (NEGATED.test(before) || /\bn'(?:a|ont)\s+ete\s*$/.test(before)) return true;
  if (/^\s*:/.test(f.slice(end, end + 3))) return false;
  if (NAMED.test(text.slice(a, at))) return false;
  return RULE_WORDS.test(before) || GENERIC_SUBJECT.test(before) || /\ble\s+plus\s+age\b/.test(before);
}

/** The votes of a ballot divided: two candidates or more given votes (« M. X : 25 voix ; Mme Y : 6 voix »), or votes against. */
function divided(rest: string): boolean {
  const head = rest.slice(0, 3000);
  // (Distinct figures: « élu par 25 voix (25 voix pour) » is one result written twice.)
  const voices = new Set(head.match(/\b\d{1,4}(?=\s+voix\b)/g) ?? []).size;
  return voices >= 2 || /\bcontre\s*(?::\s*)?[1-9]|\b[1-9]\d{0,3}\s+(?:voix\s+)?contre\b/.test(head);
}

/**
 * An election by the conseil (maire, adjoints: CGCT, art. L. 2122-7 and L. 2122-13) or a designation of its
 * members (représentants, délégués: L. 2121-21, L. 2121-33), from the objet (or title) and the proclamation; its
 * results are looked for after the séance block (which ends at `seanceEnd`).
 */
export function readElection(text: string, f: string, index: TextIndex, units: readonly Unit[], objet: { start: number; end: number } | null, title: { start: number; end: number } | null, kind: ActKind, seanceEnd = 0): Election | null {
  if (!kind.startsWith('deliberation') && kind !== 'unknown') return null;
  // The matter is named by the objet, the title, or a heading line (« Election d'un Adjoint au Maire », « PROCÈS-VERBAL DE
  // L'ÉLECTION DU MAIRE »).
  const parts = [objet, title].filter((x): x is { start: number; end: number } => x !== null).map((x) => f.slice(x.start, x.end));
  let after = Math.max(objet?.end ?? 0, title?.end ?? 0);
  // (Where the proclamations are looked for: after the objet, or the first heading without one; « Élection du
  // premier délégué » / … / « Élection du second délégué », each heading followed by its ballot.)
  let first = after;
  for (const u of units) {
    if (u.start > 6000) break;
    if (u.end - u.start < 120 && /^(?:[-•*\s]*)(?:(?:proces-verbal|pv)\s+(?:de\s+l'|des?\s+)?)?(?:election|designation)\b/.test(u.f)) {
      parts.push(u.f);
      if (first === 0) first = u.end;
      after = Math.max(after, u.end);
    }
  }
  const subject = parts.join(' ; ');
  const office = /\belection\s+(?:du|d'un|d'une|des|de\s+(?:la|l'))\s*(?:(?:premier|premiere|deuxieme|second|seconde|troisieme|quatrieme|cinquieme|sixieme|septieme|huitieme|neuvieme|dixieme|onzieme|douzieme|\d{1,2}(?:er|ere|e|eme))\s+)?(maire|adjoints?|adjointe|president(?:e)?|vice-presidents?(?:es)?|membres\s+du\s+bureau)\b/.exec(subject);
  const designation = /\b(?:designation|election)\s+(?:des?|du|d'un|d'une|de\s+(?:la|l'))\s*(?:\w+\s+){0,2}(?:representants?|delegues?|membres|conseillers)\b/.exec(subject);
  if (!office && !designation) return null;
  const rest = f.slice(after);
  // The proclamations, not the rule recalled (« l'adjoint est élu à la majorité absolue aux deux premiers tours »).
  const proclamations: [number, number][] = [];
  ELECTED_ALL.lastIndex = first;
  for (let m = ELECTED_ALL.exec(f); m && proclamations.length < 20; m = ELECTED_ALL.exec(f)) {
    if (!recalled(text, f, m.index, m.index + m[0].length)) proclamations.push([m.index, m.index + m[0].length]);
  }
  const proclaimed = proclamations.length ? { index: proclamations[0][0], 0: f.slice(proclamations[0][0], proclamations[0][1]) } : null;
  if (!proclaimed) return null;
  const role = office?.[1] ?? '';
  const which: Election['kind'] = /^maire/.test(role) ? 'maire' : /^adjoint/.test(role) ? 'adjoint' : /^president/.test(role) ? 'president'
    : /^vice|^membres/.test(role) ? 'vice-president' : 'representants';
  return {
    ...index.span(proclaimed.index, proclaimed.index + proclaimed[0].length),
    kind: which,
    // (The ballot's figures, not the séance's « Votants : 21 » above the election.)
    results: BALLOT_RESULTS.test(seanceEnd > after && seanceEnd < proclaimed.index ? f.slice(seanceEnd) : rest),
    secret: SECRET_BALLOT.test(f),
    publicBallot: SHOW_OF_HANDS.test(f) || UNANIMOUS_OPEN_BALLOT.test(f),
    // (Divided votes by show of hands, where the conseil had not waived the secret ballot unanimously, nor had one
    // candidature a seat.)
    openDivided: SHOW_OF_HANDS.test(rest) && !SECRET_BALLOT.test(rest) && !UNANIMOUS_OPEN_BALLOT.test(f) && !NO_BALLOT_WORDS.test(f) && divided(rest),
    proportional: PROPORTIONAL.test(f),
    noBallot: NO_BALLOT_WORDS.test(f),
    youngest: (() => {
      // (In the sentence that breaks a tie: not « Mme X, la plus jeune des conseillers, a été élue secrétaire de séance ».)
      const y = YOUNGEST_ELECTED.exec(rest);
      if (!y) return null;
      const from = Math.max(rest.lastIndexOf('.', y.index), rest.lastIndexOf('\n', y.index)) + 1;
      const stop = rest.slice(y.index).search(/[.\n]/);
      const sentence = rest.slice(from, stop < 0 ? rest.length : y.index + stop);
      return /\begalite\b|\bmeme\s+nombre\s+de\s+(?:voix|suffrages)|\bex\s+aequo\b/.test(sentence) && !/\bsecretaire\b/.test(sentence)
        ? index.span(after + y.index, after + y.index + y[0].length) : null;
    })(),
    ballots: readBallots(f, seanceEnd > first && seanceEnd < proclaimed.index ? seanceEnd : first, proclamations).map(({ at, end, ...figures }) => ({ ...figures, ...index.span(at, end) })),
  };
}
