// Reader of the members who come and go during a séance, as a procès-verbal writes it between its points: « Arrivée
// de M. Paul MARTIN à 20 h 25 », « Mme Anne DURAND quitte la séance et donne pouvoir à M. Louis PETIT », « MM. X et Y
// quittent définitivement la salle », « M. X regagne la salle ». Each is a movement at its offset, with how many
// members it moves and what becomes of their pouvoirs; document.ts turns them into each point's présents and votants.
// A member who steps out for one point only (« quitte la salle et ne prend pas part au vote ») moves nobody for the
// points after: that is the point's own « ne prend pas part » (vote.ts), and his coming back is no arrival.
import type { MemberName } from '../model';
import { frenchNumber, type TextIndex } from '../text';
import { namesIn, sameMember } from './members';
import { abbreviationDot } from './common';

export interface Movement {
  readonly start: number;
  readonly end: number;
  /**
   * Members in (a late arrival, or back after leaving), out (for the rest of the séance, as far as the text says), or
   * out for the next vote only (interested, « quitte la salle »): not votants of that point, back for the points after.
   */
  readonly way: 'in' | 'out' | 'point';
  /** How many members; 0 when the sentence does not say whom (« Des conseillers quittent la salle »). */
  readonly count: number;
  /**
   * The pouvoirs that go with it: given on leaving (+), or given before the séance and ended by the arrival (−); out for
   * a vote, those the members hold (their mandants are not votants of that point either).
   */
  readonly proxies: number;
}

/** The words of a movement (folded text). A noun (« arrivée de », « départ de ») names its members after it. */
const MOVE = /\b(arrivee|depart)\s+(?:de|du|d')\s*|\b(?:((?:arrive(?:nt)?|(?:est|sont)\s+arrivee?s?|arrivee?s?)(?=\s*(?:[.,;)]|$)|\s+(?:a\s+\d|en\s+(?:cours|seance)|au\s+(?:point\s+(?:n|\d)|cours\s+de\s+la\s+seance|moment|debut)|pendant|lors\s+d|avant|apres|et\s))|rejoi(?:nt|gnent)\s+(?:la\s+seance|la\s+salle|l'assemblee|la\s+reunion|ses\s+collegues)|entre(?:nt)?\s+en\s+seance|prend(?:nent)?\s+(?:place|seance)(?=\s+(?:a\s+\d|en\s+cours|au\s+(?:point|cours|moment)|dans\s+la\s+salle|a\s+partir|pendant|lors\s+d))|(?:est|sont)\s+(?:desormais\s+)?presente?s?(?=\s+(?:a\s+partir|a\s+\d|pour\s+la\s+suite)))|(quitte(?:nt)?\s+(?:definitivement\s+)?(?:la\s+seance|la\s+salle|l'assemblee|la\s+reunion|le\s+conseil|definitivement)|sor(?:t|tent)\s+(?:definitivement\s+)?de\s+la\s+(?:salle|seance)|prend(?:nent)?\s+conge|se\s+retire(?:nt)?(?=[^.;\n]{0,60}\b(?:definitivement|ne\s+reprend|pour\s+la\s+(?:fin|suite)|jusqu'a\s+la\s+fin|ne\s+(?:prend|prennent|participe)|(?:pour|pendant|lors\s+d)\w*\s+(?:le|ce|du|l')\s*(?:vote|point|examen|debat)|au\s+moment\s+du\s+vote))|doi(?:t|vent)\s+quitter\s+(?:la\s+seance|la\s+salle|l'assemblee|la\s+reunion))|(regagne(?:nt)?\s+(?:la\s+seance|la\s+salle|sa\s+place|leur\s+place)|revien(?:t|nent)\s+(?:en\s+seance|dans\s+la\s+salle|sieger)|reintegre(?:nt)?\s+(?:la\s+seance|la\s+salle)))\b/g;
/** A step out for one point: the member is interested, or leaves during its examination or its vote. */
const FOR_A_POINT = /\bne\s+(?:prend|prennent|participe(?:nt)?)\s+(?:pas|ni|part)|\binteresse|\b(?:pendant|durant|lors\s+de|pour)\s+(?:le\s+|les\s+|la\s+|l')?(?:examen|discussion|debat|vote|presentation|ce\s+(?:point|dossier|vote)|cette\s+(?:question|affaire|deliberation))|\bau\s+moment\s+(?:du|de\s+l'|de\s+la)\s*(?:vote|debat|examen)|\ble\s+temps\s+d/;
const NOUN_CONTEXT = /\b\d{1,2}\s*h\b|\bheures?\b|\bseance\b|\bsalle\b/;
const NOT_THE_SEANCE = /retraite|mutation|demenag|\bposte\b|\bagents?\b|\bfonctions\b/;
const DEFINITELY = /\bdefinitivement\b/;
/** He is gone for the rest of the séance (folded). */
const GONE = /\bne\s+(?:revient|reviendra|reprend|reprendra|participe(?:ra)?)\s+(?:pas|plus)\b|\bjusqu'a\s+la\s+fin\b|\bpour\s+la\s+(?:fin|suite)\s+de\s+la\s+seance\b|\bn'assiste\s+(?:pas|plus)\b/;
/** Back in the same sentence: « … et la regagne à 21 h 25 », « puis revient » (folded). */
const BACK_SAME_SENTENCE = /\b(?:regagne|reintegre|revient|rejoint)\b/;
/** A titulaire replaced by his suppléant for the rest of the séance (folded). */
const REPLACED_BY_SUBSTITUTE = /\bremplacee?\s+par\s+(?:son|sa)\s+suppleant|\bsuppleante?\b[^.;]{0,80}\bsiege/;
/** A pouvoir given on leaving: « et donne pouvoir à M. X », « laissant procuration à … ». */
const PROXY_GIVEN = /\b(?:donne(?:nt)?|laisse(?:nt)?|laissant|donnant|confie(?:nt)?|remet(?:tent)?)\s+(?:son\s+|leur\s+|un\s+)?(?:pouvoir|procuration)|\(\s*(?:pouvoir|procuration)\s+(?:donnee?\s+)?a\s/;
/** A subject that is no member moving (folded): a sentence about something else, or a member of the staff. */
const NOT_A_MEMBER = /\bqu'(?:il|elle|ils|elles|on|un|une|au|aux|en|a)\b|\b(?:que|dont|lettre|courrier|dossier|document|travaux|projet|delai|contrat|convention|directeur|directrice|d\.?g\.?s\b|secretaire\s+(?:general|de\s+mairie)|agents?|public|journalistes?|consultant|cabinet)\b/;
/** The words of a subject without its civility (folded): « monsieur le maire » and « m. le maire » are one. */
const subjectWords = (s: string) => s.replace(/\b(?:m\.|mme|mlle|monsieur|madame)\s*/g, '').replace(/[^a-z ]/g, ' ').replace(/\s+/g, ' ').trim();
/** An arrival that ends a pouvoir given before: « M. X, qui avait donné pouvoir à M. Y, arrive ». */
const PROXY_ENDED = /\b(?:avait|avaient|ayant)\s+donne\s+(?:son\s+|leur\s+)?(?:pouvoir|procuration)|(?:pouvoir|procuration)\s+(?:donnee?\s+)?a\s|\brepresentee?s?\s+par\b/;
/** What comes before a mandataire's name: not a member who moves. */
const HOLDER_BEFORE = /(?:(?:pouvoir|procuration)\s+(?:donnee?\s+)?a|represente(?:e)?s?\s+par|pouvoir\s+de)\s*(?:(?:m\.|mme|monsieur|madame)\s*)?$/;
const CIVILITY = /\b(?:m\.|mme|mlle|monsieur|madame|mademoiselle)(?=\s)/g;
const CIVILITIES = /\b(?:mm\.|mmes|messieurs|mesdames)(?=\s)/;
/** A subject that is one member without a name: « Le maire quitte la séance », « Elle quitte la salle ». */
const ONE_WITHOUT_NAME = /^(?:(?:le|la)\s+(?:maire|president(?:e)?|vice-president(?:e)?|(?:premier(?:e)?\s+|\d+e?\s+)?adjoint(?:e)?|conseill(?:er|ere)|secretaire\s+de\s+seance|rapporteur|rapporteuse)\b[^,]*|il|elle)$/;
/** « Deux conseillers arrivent », « 3 membres quittent la salle ». */
const COUNTED = /^(\d{1,2}|un|une|deux|trois|quatre|cinq|six|sept|huit|neuf|dix)\s+(?:conseill(?:er|ere)s?|membres?|elue?s?|delegue(?:e)?s?)(?:\s+(?:municipaux|communautaires|titulaires))?(?:\s+(?:de\s+la|de\s+l'|du|des)\s*[a-z' -]{2,30})?$/;
const lineEnd = (f: string, at: number) => {
  const n = f.indexOf('\n', at);
  return n < 0 ? f.length : n;
};

/** Where the sentence around `at` starts (folded text): a line start, « ; », « : », « ( », or a full stop not after « M. ». */
function sentenceStart(f: string, at: number, floor = 0): number {
  for (let i = at - 1; i >= Math.max(floor, at - 300); i--) {
    const c = f[i];
    if (c === '\n' || c === ';' || c === ':' || c === '(' || c === '–') return i + 1;
    if (c === '.' && (f[i + 1] === ' ' || f[i + 1] === '\t') && !abbreviationDot(f, i)) return i + 1;
  }
  return Math.max(floor, at - 300, 0);
}

function sentenceEnd(f: string, from: number): number {
  for (let i = from; i < Math.min(f.length, from + 300); i++) {
    const c = f[i];
    if (c === '\n' || c === ';') return i;
    if (c === '.' && (i + 1 >= f.length || /\s/.test(f[i + 1])) && !abbreviationDot(f, i)) return i;
  }
  return Math.min(f.length, from + 300);
}

/** The members a stretch names: its names in capitals (not the mandataires of a pouvoir), or its civilities. */
function membersOf(text: string, f: string, from: number, to: number, index: TextIndex): { names: MemberName[]; count: number } {
  const names = namesIn(text.slice(from, to), from, index).filter((n) => !HOLDER_BEFORE.test(f.slice(Math.max(from, n.start - 40), n.start)));
  const words = f.slice(from, to);
  // (Without names in capitals: « Arrivée de Mme Martin », one civility a member, the mandataire's left aside.)
  let civilities = 0;
  for (const m of words.matchAll(CIVILITY)) if (!HOLDER_BEFORE.test(words.slice(Math.max(0, m.index! - 40), m.index!))) civilities++;
  // « MM. X et Y »: as many as the list names.
  const plural = CIVILITIES.exec(words);
  if (plural) civilities += words.slice(plural.index).split(/,|\bet\b/).length;
  const bare = words.trim().replace(/^(?:et|puis|alors|ensuite)\s+/, '').replace(/[,\s]+$/, '');
  const counted = COUNTED.exec(bare);
  // (With civilities, one a member: the capitals of « la SARL preneuse » name no member.)
  const count = Math.max(civilities > 0 ? civilities : names.length, ONE_WITHOUT_NAME.test(bare) ? 1 : 0, counted ? frenchNumber(counted[1]) ?? 0 : 0);
  return { names, count };
}

/** Take off `list` the entry of the members named (or, unnamed, said in the same words); whether there was one. */
function forget(list: { names: MemberName[]; words: string }[], names: readonly MemberName[], words: string): boolean {
  const k = list.findIndex((x) => names.some((n) => x.names.some((y) => sameMember(y, n))) || (names.length === 0 && x.names.length === 0 && x.words === words));
  if (k >= 0) list.splice(k, 1);
  return k >= 0;
}

/**
 * The movements written in [from, to) of the text, in order. A member who comes back (« regagne la salle ») is an
 * arrival only when his leaving was read as one; otherwise he had stepped out for a point.
 */
export function readMovements(text: string, f: string, index: TextIndex, from: number, to: number, holders: readonly MemberName[] = []): Movement[] {
  const out: Movement[] = [];
  // Who left (their names, else their words: « le maire »), for their coming back.
  const gone: { names: MemberName[]; words: string }[] = [];
  // Who stepped out for a point only, for their coming back in other words (« rejoint la salle »).
  const stepped: { names: MemberName[]; words: string }[] = [];
  const region = f.slice(0, to);
  let previous = from;
  MOVE.lastIndex = from;
  for (let m = MOVE.exec(region); m; previous = m.index + m[0].length, m = MOVE.exec(region)) {
    // (Each movement's sentence starts after the one before: « M. X arrive à 20 h 25, puis Mme Y arrive à 20 h 40 ».)
    const start = sentenceStart(f, m.index, previous);
    const end = sentenceEnd(f, m.index + m[0].length);
    const sentence = f.slice(start, end);
    const noun = m[1];
    // (« Départ de M. X à 21 h 10 » opens its sentence or gives the hour; not « le départ à la retraite de M. X ».)
    if (noun && !(/^[\s*•-]*$/.test(f.slice(start, m.index)) || NOUN_CONTEXT.test(sentence)) || noun && NOT_THE_SEANCE.test(sentence)) continue;
    const way: 'in' | 'out' | 'back' = noun ? (noun === 'arrivee' ? 'in' : 'out') : m[2] ? 'in' : m[3] ? 'out' : 'back';
    // Who: after the noun (up to « à 20 h 25 », « au point », the end of the sentence), before the verb.
    const who = noun
      ? membersOf(text, f, m.index + m[0].length, (() => {
        const stop = /\s(?:a\s+\d|a\s+l'|au\s|en\s+cours|pendant|lors|avant|apres|qui\s|,)/.exec(f.slice(m.index + m[0].length, end));
        return stop ? m.index + m[0].length + stop.index : end;
      })(), index)
      : membersOf(text, f, start, m.index, index);
    // (The subject of a verb is a member: not « la lettre de Mme X est arrivée », « les travaux arrivent », a staff member.)
    if (!noun && NOT_A_MEMBER.test(f.slice(start, m.index))) continue;
    const words = subjectWords(f.slice(start, m.index));
    // (Back, or gone for good: no more out for a point, whatever he does next.)
    if (way === 'back' || way === 'out') forget(stepped, who.names, words);
    if (way === 'back') {
      // Back after a leaving read as one: an arrival of those members (by name, by the same words, or the one unnamed).
      let back = 0;
      for (const n of who.names) {
        const g = gone.findIndex((x) => x.names.some((y) => sameMember(y, n)));
        if (g >= 0) {
          gone.splice(g, 1);
          back++;
        }
      }
      if (back === 0 && who.names.length === 0) {
        const unnamed = gone.filter((x) => x.names.length === 0);
        const g = gone.findIndex((x) => x.names.length === 0 && x.words === words);
        if (g >= 0 || unnamed.length === 1) {
          gone.splice(g >= 0 ? g : gone.indexOf(unnamed[0]), 1);
          back = 1;
        }
      }
      if (back) out.push({ start: m.index, end: m.index + m[0].length, way: 'in', count: back, proxies: 0 });
      continue;
    }
    // (Out and back in one sentence, « quitte la salle à 21 h 20 et la regagne à 21 h 25 »; a titulaire whose suppléant
    // sits in his place, L. 5211-6: nobody moves.)
    if (way === 'out' && (BACK_SAME_SENTENCE.test(f.slice(m.index + m[0].length, end)) || REPLACED_BY_SUBSTITUTE.test(f.slice(start, Math.min(lineEnd(f, m.index), m.index + 250))))) continue;
    // Out for the next vote only: interested, or « quitte la salle » / « sort de la salle » without more (« quitte la
    // séance », « définitivement », « ne revient pas » say he is gone).
    if (way === 'out' && !DEFINITELY.test(sentence) && (FOR_A_POINT.test(sentence) || (/\bsalle\b/.test(m[0]) && !GONE.test(sentence)))) {
      if (who.count > 0) {
        // (« … quitte la salle ; il ne prend pas part au vote, ni en son nom ni au titre du pouvoir qu'il détient ».)
        const held = holders.filter((h) => who.names.some((n) => sameMember(h, n))).length;
        out.push({ start: m.index, end: m.index + m[0].length, way: 'point', count: who.count, proxies: held });
        stepped.push({ names: who.names, words });
      }
      continue;
    }
    // (« Mme X rejoint la salle » after she stepped out for a point: back, as after « regagne la salle », not arriving.)
    if (way === 'in' && !noun && forget(stepped, who.names, words)) continue;
    const proxies = way === 'out' ? (PROXY_GIVEN.test(f.slice(m.index, end)) ? who.count : 0) : PROXY_ENDED.test(sentence) ? -who.count : 0;
    if (way === 'out') gone.push({ names: who.names, words });
    out.push({ start: m.index, end: m.index + m[0].length, way, count: who.count, proxies });
  }
  return out;
}
