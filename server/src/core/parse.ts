// parse(text) → Act. Pure, total (never throws on any string), linear in the text.
//
// The reading in layers (see ARCHITECTURE.md): the lexicon (lexicon/) gives the words; the scanner
// (syntax/scanner.ts) cuts the folded text into units and types each one once; this file places the blocks
// (header, recitals, dispositif, articles, place and date) and hands each region to its reader (syntax/seance.ts,
// vote.ts, signatures.ts, recours.ts, executoire.ts, transmission.ts, kind.ts); syntax/seen.ts says how each field
// was seen.
import type { Act, Article, CollectiviteType, DispositiveVerb, Header, NumberSpan, PlaceDate, Recital, RecitalReading, Seance, Span, Vote } from './model';
import { ACT_FIELDS } from './model';
import { findReferences } from './references';
import { DATE_RE, DATE_RE_G } from './syntax/common';
import { readBlankDates, readExecutoire } from './syntax/executoire';
import { OTHER_MINUTES, assemblyBody, establishmentBody, inferKind, isPolice, presidentBody } from './syntax/kind';
import { EXTRACT_SOURCE, EXTRACT_WORDS } from './lexicon';
import { readMentions } from './syntax/mentions';
import { readCitationMentions } from './syntax/citations';
import { readDelegationMentions } from './syntax/delegations';
import { readRecital } from './syntax/recitals';
import { readRecours, recoursWords } from './syntax/recours';
import { readPublicity } from './syntax/publicity';
import { readPlaceholders } from './syntax/placeholders';
import { readDates } from './syntax/dates';
import { readIdentity } from './syntax/identity';
import { readItemHeading } from './syntax/items';
import {
  ARTICLE_HEAD, BULLETED, DECIDING, DISPOSITIVE_ITEM, DOCUMENT_TITLE, FORMULA_RE, ITEM_HEADING, VERB_WORDS, isSpace, isUpperWord, readUnits, verbDisplay, type Unit, type UnitType,
  type Units, type LineCaches,
} from './syntax/scanner';
import { readSeance } from './syntax/seance';
import { readDelegation, readElection } from './syntax/matters';
import { readMembers } from './syntax/members';
import { readSeanceMentions } from './syntax/deliberation';
import { isComplete, seenFields, textEnd } from './syntax/seen';
import { isNameOverQuality, readSignatories, readSignatureMentions } from './syntax/signatures';
import { readTransmission } from './syntax/transmission';
import { readVote, readVoteUnits } from './syntax/vote';
import { TextIndex, clean, flat, fold, isoFromGroups, ordinalNumber, pieces, scanDates, DATE_SRC } from './text';

export { actSegments, type LineCaches, type LineScan, type Units } from './syntax/scanner';

/** Freeze the act and its lists (elements are typed read-only; freezing every span would cost more than parsing). */
function freezeAct(act: Act): Act {
  for (const k in act) {
    const v = (act as unknown as Record<string, unknown>)[k];
    if (v && typeof v === 'object') Object.freeze(v);
  }
  return Object.freeze(act);
}

/** A line that opens the acknowledgment of a notification under the signature (folded). */
const NOTIFICATION_RECEIPT = /(?:^|\n)[ \t]*(?:notifiee?\s+(?:le|a\s+l'interesse)|recue?\s+notification|(?:accuse\s+de\s+reception|recepisse)\s+de\s+(?:la\s+)?notification|pour\s+notification|date\s+(?:et\s+signature\s+)?de\s+(?:la\s+)?notification)\b/;
/** The heading of an annex (folded): « ANNEXE », « Annexe n° 2 », « ANNEXE 1 – Règlement intérieur du cimetière ». */
const ANNEX_HEADING = /^[-*#\s]*annexes?(?:\s+(?:n\s?[°o]\s*)?(?:\d{1,2}|[ivx]{1,4}|[a-e]))?\s*(?:[:.–-][^\n]{0,120})?$/;
/**
 * A line under the collectivité's that may name its département: « (Eure-et-Loir) », « Hérault », « CORSE-DU-SUD »
 * (one to four words, no digit, not a service).
 */
const DEPARTEMENT_LINE = /^\(?\s*((?!(?:Direction|Service|Pôle|Secrétariat|Cabinet|Mairie|Hôtel|Tél|Rue|Place|Avenue|Arrondissement|Canton|République|Liberté)\b)\p{Lu}[\p{L}'’-]+(?:[ -](?:de|du|des|et|la|le|sur|en|d['’])?[ -]?\p{L}[\p{L}'’-]*){0,3})\s*(?:\)\s*)?$/du;
/** A run of capitals inside a name in small letters: an acronym (« SIVOM du Val de Sully »), no département. */
const ACRONYM = /(?=.*\p{Ll})\b\p{Lu}{3,}\b/u;

/** Words no département's name holds: the body or the kind of act under the collectivité (« BUREAU COMMUNAUTAIRE »). */
const NOT_DEPARTEMENT = /\b(?:assemblee|collectivite|region|arrondissements?|cantons?|bureau|conseil|comite|syndicat|seance|extrait|registre|deliberations?|arretes?|decisions?|communaute|commune|ville|mairie|services?|direction|cabinet|secretariat|pole|police|municipale?|affaires|recueil|actes?|sommaire|administratifs?|ressources|urbanisme|voirie|etat\s+civil|population|technique|generale?)\b/;
/** A line's first column: what comes before a run of three blanks or a tab. */
const firstColumn = (line: string) => line.split(/ {3,}|\t/)[0];
/** The columns of a line [from, to) set apart by runs of three blanks or tabs: their [start, end), trimmed. */
function columnCells(text: string, from: number, to: number): [number, number][] {
  const out: [number, number][] = [];
  const gap = / {3,}|\t+/g;
  let at = from;
  const line = text.slice(from, to);
  for (let m = gap.exec(line); ; m = gap.exec(line)) {
    const end = m ? from + m.index : to;
    let a = at;
    let b = end;
    while (a < b && isSpace(text.charCodeAt(a))) a++;
    while (b > a && isSpace(text.charCodeAt(b - 1))) b--;
    if (b > a) out.push([a, b]);
    if (!m) break;
    at = from + m.index + m[0].length;
  }
  return out;
}
/** A column that names a commune or an EPCI (folded): « COMMUNE DE MILLAU », « Communauté de communes du … ». */
const COLUMN_COMMUNE = /^(?:(?:commune(?:\s+nouvelle)?|ville|mairie)\s+(?:de|d'|du|des)\b|(?:communaute\s+(?:de\s+communes|d'agglomeration|urbaine)|metropole|syndicat\s+(?:intercommunal|mixte))\s+(?:de|d'|du|des)\b)[^:;]{0,60}$/;
/** A line that ends on a noun of place, whose name follows (folded). */
const PLACE_NOUN_END = /\b(?:avenue|rue|place|boulevard|bd|allees?|chemin|impasse|quai|route|cours|square|parc|jardin|gymnase|salle|stade|quartier|ecole|groupe\s+scolaire|college|lycee|eglise|chapelle|lieu-dit|lotissement|residence|hameau|zone|centre|maison|espace|halles?|pont|port|plage|lac|bois|domaine|chateau|musee|mediatheque|bibliotheque|complexe|piscine|secteur|parking|cimetiere|foyer|theatre)\s*$/;
/** « (extrait du registre des délibérations) du conseil municipal de Cazères (Haute-Garonne) » (folded): the commune, the département. */
const CONSEIL_OF_COMMUNE = /^(?:extrait\s+du\s+registre\s+des\s+deliberations\s+)?du\s+conseil\s+municipal\s+(?:de\s+la\s+(?:ville|commune)\s+)?(de(?=\s)|d'|du(?=\s)|des(?=\s))\s*([a-z][a-z' -]{1,40}?)\s*(?:\(\s*([a-z][a-z' -]{1,40}?)\s*\))?\s*$/d;
/** « Département de l'Aveyron » in a column (folded), its name in group 1. */
const DEPARTEMENT_NAMED = /^(?:departement|dpt)\s+(?:de\s+la\s+|de\s+l'|du\s+|des\s+|de\s+|d')([a-z][a-z' -]{1,40}?)\s*$/d;
/** What a body is, in the column beside its name (« Communauté d'agglomération »). */
const COLUMN_BODY_KIND = /^(?:communaute\s+(?:de\s+communes|d'agglomeration|urbaine)|metropole)\s*$/;
/** « … – Département du Finistère » closing a line under the collectivité's name (folded). */
const DEPARTEMENT_AFTER_DASH = /\s[–—-]\s+(?:departement|dpt)\s+(?:de\s+la\s+|de\s+l'|du\s+|des\s+|de\s+|d')([a-z][a-z' -]{1,40}?)\s*$/d;
/** The département a line under the collectivité's names (DEPARTEMENT_LINE, not an acronym), or null. */
function departementLine(line: string): RegExpExecArray | null {
  const m = DEPARTEMENT_LINE.exec(line);
  return m && !ACRONYM.test(line) && !NOT_DEPARTEMENT.test(fold(line)) && !LOWER_WORD.test(m[1]) ? m : null;
}
/** A word in small letters other than a particle: no département's name has one (« Aménagement numérique du territoire »). */
const LOWER_WORD = /(?:^|[\s-])(?!(?:de|du|des|et|la|le|les|sur|en|d['’]|l['’])(?:[\s-]|\p{Lu}|$))\p{Ll}/u;

/**
 * The département a line under the collectivité's name gives (see `departementLine`): the whole line (« Hérault »,
 * « (Eure-et-Loir) »), its first part before a dash (« Haut-Rhin – Arrondissement de Colmar-Ribeauvillé »), or what
 * follows the postal code (and the commune) after a dash (« 33680 LACANAU – GIRONDE », « 38450 – Isère »). Offsets in the line.
 */
function departementIn(line: string): { start: number; end: number; name: string } | null {
  const whole = departementLine(line);
  if (whole) return { start: whole.indices![1][0], end: whole.indices![1][1], name: whole[1] };
  const first = /^(\S.*?)\s+[–—-]\s+\S/.exec(line);
  const head = first && !/^\d/.test(first[1]) ? departementLine(first[1]) : null;
  if (head) return { start: head.indices![1][0], end: head.indices![1][1], name: head[1] };
  const postal = /^(\d{2}\s?\d{3}(?:\s+\S.*?)?\s[–—-]\s+)(\S.*)$/.exec(line);
  const after = postal ? departementLine(postal[2]) : null;
  return after ? { start: postal![1].length + after.indices![1][0], end: postal![1].length + after.indices![1][1], name: after[1] } : null;
}
/** A letterhead's address line (folded): the postal code and the commune, the street, a box, the telephone. */
const ADDRESS_LINE = /^\s*(?:\d{2}\s?\d{3}\s+\S|\d{1,4}(?:\s*(?:bis|ter))?[\s,]+(?:rue|place|avenue|boulevard|bd|allee|chemin|route|quai|cours|impasse|square)\b|(?:rue|place|avenue|boulevard|allee|chemin|route|quai|cours|impasse|square|hotel\s+de\s+ville|b\.?\s?p\.?\s+\d|cs\s+\d|t[eé]l)\b)/;
/** The unit at `i` follows the collectivité's name, or the lines of its address under it (two at most). */
function underCollectivite(units: readonly Unit[], i: number, f: string): boolean {
  for (let j = i - 1; j >= Math.max(0, i - 3); j--) {
    if (units[j].type === 'collectivite') return true;
    if (units[j].type !== 'text' || !ADDRESS_LINE.test(f.slice(units[j].start, units[j].end))) return false;
  }
  return false;
}

/** The words that open an objet after a title (folded): « portant … », « relatif à … », « refusant un permis … ». */
const OBJET_OPENING = 'portant|relatif|relative|reglementant|autorisant|fixant|approuvant|concernant|refusant|accordant|delivrant|retirant|abrogeant|modifiant|nommant|prononcant|interdisant|instituant|instaurant|creant|designant|prolongeant|prorogeant|suspendant|limitant|levant|mettant|deleguant|prescrivant|ordonnant|attribuant|de\\s+non-opposition';
/** An objet under its rubric (« Finances – Budget primitif 2026 », « Ressources humaines – Tableau des effectifs ») (folded). */
const RUBRIC = /^(?:finances?|administration\s+generale|ressources\s+humaines|personnel|urbanisme|amenagement|voirie|travaux|affaires\s+(?:scolaires|sociales|culturelles|generales)|culture|sports?|education|environnement|patrimoine|foncier|intercommunalite|fiscalite(?:\s+directe\s+locale)?|commande\s+publique|marches\s+publics|domaine|eau|assainissement|economie|tourisme|jeunesse|social|solidarites?|mobilites?|transports?|habitat|logement|cimetieres?|etat\s+civil|elections?|institutions?|vie\s+associative)\s*[–—:-]\s+\S/;
/** A date opening a line, then more words (« 15 février 2026 portant … ») (folded). */
const DATE_THEN = new RegExp(`^${DATE_SRC}\\s+(?=\\S)`);
/** « Collectivité de Saint-Martin », « Collectivité territoriale de Martinique » (folded): a territory's name in a header. */
const TERRITORY_LINE = /^collectivite\b/;
/** « Vierzon, le 2 avril 2026 » closing a line of the letterhead (folded): the place, then the date. */
const LETTERHEAD_DATE = new RegExp(`(?:^[ \\t]*|\\n[ \\t]*|(?<=\\S)[ \\t]{3,})([a-z][a-z'’ -]{1,40}?),\\s+le\\s+${DATE_SRC}[ \\t.]*(?=\\n|$)`, 'd');
const OBJET_LINE = new RegExp(`^(?:${OBJET_OPENING})\\b`);
/** « prise par délégation du conseil municipal », « prise en application de l'article L. 2122-22 » under a décision's title (folded). */
const TAKEN_UNDER = /^[\s*-]*(?:prise?s?\s+(?:par\s+delegation|en\s+(?:application|vertu)\s+de)|par\s+delegation\s+du\s+conseil)\b[^.;]{0,120}$/;
/** « délivré par le Maire au nom de la commune / de l'État » under an urbanisme decision's title (folded). */
const ISSUED_BY = /^[\s*-]*(?:delivree?s?\s+(?:par|au\s+nom)|au\s+nom\s+de\s+(?:la\s+commune|l'etat))\b/;
/** A line that names the property an objet is about (folded): « Immeuble sis 17 rue … », « Parcelle cadastrée … ». */
const OBJET_PROPERTY = /^[\s*-]*(?:immeubles?|parcelles?|terrains?|proprietes?|batiments?|locaux|local|logements?|biens?|lots?|fonds)\b[^\n]{0,40}?\b(?:sise?s?|situee?s?|cadastree?s?|appartenant|au\s+\d|rue|avenue|chemin|route|lieu-dit)\b/;
/** The nouns an objet written as a subtitle opens with (folded): « Réglementation temporaire de la circulation … ». */
const OBJET_NOUN = /^(?:(?:de|d'|du)\s*(?=(?:mise|opposition|non-opposition|refus|sursis|retrait|reglementation|delegation|nomination|fermeture|interdiction|autorisation|permission|police|peril|prorogation|prolongation|abrogation|suspension|circulation|stationnement|alignement)\b))?(?:delivrance|octroi|reprise|exhumation|inhumation|certificat|permis|declaration|opposition|non-opposition|refus|sursis\s+a\s+statuer|conclusion|signature|passation|ligne\s+de\s+tresorerie|realisation|police|peril|suspension|reglementation|bail|location|louage|convention|contrat|marche|acquisition|cession|vente|alienation|subvention|tarifs?|regie|emprunt|defense|action\s+en\s+justice|preemption|concession|avenant|mise\s+(?:a|en)\s|adhesion|demande\s+de\s+subvention|instauration|institution|suppression|retrait|renouvellement|organisation|vide-greniers?|brocante|zone\s+(?:bleue|30|de\s+rencontre)|feu\s+d'artifice|travaux|interdiction|autorisation|permission|delegation|nomination|fermeture|ouverture|exercice\s+du\s+droit|occupation|alignement|designation|attribution|fixation|abrogation|prescription|creation|modification|approbation|limitation|restriction|prolongation|mesures?\s+de|avancement|titularisation|mutation|recrutement|deviation|stationnement|circulation|budget|decision\s+modificative|compte\s+(?:administratif|financier|de\s+gestion)|affectation\s+d[ue]s?\s+resultats?|garantie\s+d'emprunt|admission\s+en\s+non-valeur|tableau\s+des\s+effectifs|debat\s+d'orientation|rapport\s+(?:d'activite|annuel|sur)|reglement\s+interieur|election|indemnites?\s+de\s+fonction)\b/;
const OBJET_IN_TITLE = new RegExp(`\\s(?:${OBJET_OPENING})\\s`);

/**
 * « Le Conseil municipal, à l'unanimité, » above the visas, « Le conseil municipal, par 19 voix pour et 2 contre, »
 * above « DÉCIDE : »: the vote said where the assembly is named (an authority line before the dispositif, `to`), read
 * as the vote's own words.
 */
function openingVote(text: string, f: string, index: TextIndex, units: Unit[], to: number): Vote | null {
  for (let i = 0; i < to; i++) {
    const u = units[i];
    // (The line that opens the dispositif, « … par 19 voix pour et 2 contre, »: not a past vote the recitals tell, « Le
    // conseil municipal, par 12 voix contre 7, avait rejeté la hausse en 2024. ».)
    if (u.type === 'authority' && /^(?:le|la|l')\s*(?:conseil|bureau|comite|assemblee)\b/.test(u.f) && /\ba\s+(?:l'unanimite|la\s+majorite)\b|\bpar\s+\d{1,4}\s+voix\b/.test(u.f)
      && (/[,:]\s*$/.test(u.f) || (i + 1 === to && !/\.\s*$/.test(u.f))) && !/\bavai(?:t|ent)\b/.test(u.f)) {
      return readVote(text, f, index, [{ ...u, type: 'vote' }], 0);
    }
  }
  return null;
}

/** What a recital's words say: a function of its text alone, so a recital read once is not read again. */
interface RecitalWords {
  /** The recital as written (a copy: the cache's key). */
  readonly raw: string;
  readonly body: string;
  readonly ending: string;
  readonly reading: RecitalReading;
}
const RECITALS = [new Map<string, RecitalWords>(), new Map<string, RecitalWords>()];
/** A recital read at an offset, kept in the index's memo for the next version. */
interface RecitalRead {
  readonly visa: boolean;
  readonly words: RecitalWords;
  /** The recital as read there (reused as it is when the edit left its place and lines alone). */
  readonly recital: Recital;
}
/**
 * Recitals kept, bounded by the characters they hold (typing in a visa stores it again at each keystroke): enough for
 * the longest acts, for a server that reads for hours. Past the bound the cache starts again empty.
 */
const MAX_RECITALS_CHARS = 500_000;
let recitalsChars = 0;

function recitalWords(raw: string, visa: boolean): RecitalWords {
  const cache = RECITALS[visa ? 0 : 1];
  const hit = cache.get(raw);
  if (hit) return hit;
  // A copy, not a slice of the document: the cache must not keep old versions of the text alive.
  raw = flat(raw);
  const body = clean(raw.replace(/^(?:vu|considérant|considerant|attendu)\**\s*/i, ''));
  const endingMatch = /([;,:.])\s*(?:\*+\s*)?$/.exec(raw);
  const reading = readRecital(body, visa);
  // Shared by every act that holds the same recital: frozen, as the model's types say.
  if (reading.articleFirst) Object.freeze(reading.articleFirst);
  const words: RecitalWords = Object.freeze({ raw, body, ending: endingMatch ? endingMatch[1] : '', reading: Object.freeze(reading) });
  if (recitalsChars + raw.length > MAX_RECITALS_CHARS) {
    for (const c of RECITALS) c.clear();
    recitalsChars = 0;
  }
  cache.set(raw, words);
  recitalsChars += raw.length;
  return words;
}

/** What an article's text says (offsets relative to its first unit's start). */
interface ArticleHead {
  readonly lead: number;
  readonly headStart: number;
  readonly headEnd: number;
  readonly numIdx: number;
  readonly numberText: string;
  readonly number: string;
  readonly heading: string | null;
  readonly body: string;
}
interface ArticleRead {
  readonly nextText: boolean;
  /** Where its first unit ends, its second begins (-1: none), relative to its start. */
  readonly firstEnd: number;
  readonly second: number;
  /** Null when the unit is no article heading after all. */
  readonly head: ArticleHead | null;
  readonly article: Article | null;
}

/**
 * Read the article whose heading unit is `u` and which ends at `end`; `second` is its second unit (if any),
 * `nextText` whether the unit after the heading is text (a heading line, then its body).
 */
function readArticleHead(text: string, u: Unit, second: Unit | null, nextText: boolean, end: number): ArticleHead | null {
  // After the leading dashes, asterisks, hashes and spaces, the heading (no asterisk is left to strip).
  const lead = leadOf(u.f);
  ARTICLE_HEAD_AT.lastIndex = lead;
  const m = ARTICLE_HEAD_AT.exec(u.f);
  if (!m) return null;
  const headStart = u.start + lead;
  const numIdx = m[0].indexOf(m[2], m[1].length);
  const numberText = text.slice(headStart + numIdx, headStart + numIdx + m[2].length + (m[3]?.length ?? 0)).trim();
  const rawNum = m[2].replace(/\s/g, '');
  const ordinal = ordinalNumber(rawNum);
  const number = /^(1er|1\^\{er\}|premier|1|ler)$/.test(rawNum) ? '1er' : rawNum === 'unique' ? 'unique' : ordinal !== null ? String(ordinal) : String(+rawNum);
  let headEnd = headStart + m[0].length;
  const restRaw = text.slice(headEnd, u.end);
  const rest = clean(restRaw);
  let heading: string | null = null;
  const restLast = rest.charCodeAt(rest.length - 1);
  // (Not a sentence wrapped at the line's end, « Article 1er – Du samedi 22 août …, la circula- » / « tion de tous les
  // véhicules … »: the line after it goes on in small letters, or this one ends on a comma or a cut word.)
  const wrapped = restLast === 44 /* , */ || restLast === 45 /* - */ || (second !== null && /^[\s*]*[a-zà-ÿ(«]/.test(text.slice(second.start, second.start + 3)));
  if (rest && rest.length <= 100 && restLast !== 46 /* . */ && restLast !== 59 /* ; */ && nextText && !wrapped) {
    heading = rest.replace(/^[-–—:.\s]+/, '') || null;
    headEnd = u.end;
  }
  const bodyStart = heading ? (second ? second.start : end) : headEnd;
  // Copies: the prior version's reading is kept for the next one, never a slice of an old text.
  return {
    lead, headStart: headStart - u.start, headEnd: headEnd - u.start, numIdx, numberText: flat(numberText), number: flat(number),
    heading: heading === null ? null : flat(heading), body: flat(clean(text.slice(bodyStart, end))),
  };
}

/** The first of two offsets where a word was found (-1: neither). */
const firstOf = (a: number, b: number) => (a < 0 ? b : b < 0 ? a : Math.min(a, b));

/** `ARTICLE_HEAD` from `lastIndex` on (sticky): no slice of the unit. */
const ARTICLE_HEAD_AT = new RegExp(ARTICLE_HEAD.source.replace(/^\^/, ''), 'y');
const LEAD = /[-*#\s]*/y;
/** Length of the leading dashes, asterisks, hashes and spaces of `f` (`/^[-*#\s]+/`), without a copy. */
function leadOf(f: string): number {
  LEAD.lastIndex = 0;
  LEAD.test(f);
  return LEAD.lastIndex;
}

/** `/[;.:]\s*(\*\*)?$/.test(f)`, read from the end (an end-anchored pattern is tried at every offset). */
/** A point that ends an abbreviation, not a sentence (folded): the part of a code article (« L. », « R. », « D. »), « art. ». */
const ABBREVIATION_END = /(?:^|[\s(])(?:[lrd]|art|cf|al)\.$/;
/** A list item's mark at the start of a unit (folded): « - », « • », « 1° », « a) ». */
const LIST_ITEM = /^\s*(?:[-–—•*]\s|\d{1,2}\s*°|[a-z]\)\s)/;
function endsSentence(f: string): boolean {
  const stop = (e: number) => {
    while (e > 0 && isSpace(f.charCodeAt(e - 1))) e--;
    const c = f.charCodeAt(e - 1);
    // (Not the point of an abbreviation a line may end on, the next line going on: « articles L. » / « 2122-22 », « M. »,
    // « art. », « n° ».)
    if (c === 46 && ABBREVIATION_END.test(f.slice(Math.max(0, e - 6), e))) return false;
    return c === 59 /* ; */ || c === 46 /* . */ || c === 58 /* : */;
  };
  const n = f.length;
  return stop(n) || (n >= 2 && f.charCodeAt(n - 1) === 42 && f.charCodeAt(n - 2) === 42 && stop(n - 2));
}

/** The verb unit that completes the formula unit `i`: the next one, or the one after the vote lines between them; -1. */
function verbAfter(units: readonly Unit[], i: number): number {
  let k = i + 1;
  while (k < units.length && k - i <= 4 && (units[k].type === 'vote' || (units[k].type === 'text' && units[k].end - units[k].start < 200 && /\b(?:voix|unanimite|majorite|abstentions?)\b|\b(?:pour|contre)\s*:/.test(units[k].f)))) k++;
  return k < units.length && units[k].type === 'verb' ? k : -1;
}

/** Parse an act. Never throws: on any input it returns a model (possibly empty). `units` (from `actSegments`) are taken over. */
export function parse(text: string, index?: TextIndex, folded?: string, units?: Units, lines?: LineCaches, part?: OwnPart): Act {
  try {
    return freezeAct(parseUnsafe(typeof text === 'string' ? text : '', index, folded, units, lines, part));
  } catch {
    // Defensive: the parser is meant to be total; an internal bug must not take the editor down.
    return freezeAct(emptyAct(new TextIndex(typeof text === 'string' ? text : '')));
  }
}

const EXTRACT = new RegExp(EXTRACT_SOURCE);
/** « PROCÈS-VERBAL DE LA SÉANCE DU … » (folded): the title of the minutes of a séance. */
const MINUTES_TITLE = /^[-*#\s]*proces[-\s]verbal\b(?![^\n]{0,40}\b(?:d'election|de\s+l'election|des\s+elections|d'installation|de\s+l'installation))/;

function emptyAct(index: TextIndex): Act {
  return {
    kind: 'unknown', police: false, authorBody: null, extract: false, minutes: false, header: { republique: null, collectivite: null, departement: null },
    title: null, number: null, object: null, authority: null, seance: null, expose: null, visas: [], considerants: [],
    dispositive: null, articles: [], vote: null, placeDate: null, signatories: [], recours: null, executoire: null,
    transmission: null, references: [], delegation: null, election: null, members: null, blankDates: [], publicationPeriod: null, weekdayDates: [], mentions: [], date: null, lineCount: index.lineCount, complete: false,
    seen: Object.fromEntries(ACT_FIELDS.map((k) => [k, 'absent'])) as Act['seen'],
  };
}

/**
 * An act of a procès-verbal read with the document's shared header (see `parseDocument`): where its own part begins in
 * the text read, and whether it is a numbered point whose heading line gives its objet (`readItemHeading`).
 */
export interface OwnPart {
  readonly start: number;
  readonly item: boolean;
}

/** The parser without its safety net (tests use it to see real exceptions). `index` may be shared with the caller. */
export function parseUnsafe(text: string, index: TextIndex = new TextIndex(text), folded?: string, scanned?: Units, lines?: LineCaches, part?: OwnPart): Act {
  const heading = part && part.start < text.length ? part.start : undefined;
  const f = folded !== undefined && folded.length === text.length ? folded : fold(text);
  if (index.folded === null && index.text === text) index.folded = f;
  // Units are typed in place by the readers (a place-date found late): scanned ones are taken over (`parseDocument`
  // hands over the units it scanned and reads them no more).
  const units = scanned ? (scanned as unknown as Unit[]) : readUnits(text, f, index, lines);
  const span = (s: number, e: number): Span => index.span(s, e);
  const n = units.length;

  // ---- Dispositive verb: the first verb unit after a visa/considérant, else the first one.
  const firstRecital = units.findIndex((u) => u.type === 'visa' || u.type === 'considerant');
  let verbIdx = -1;
  for (let i = Math.max(0, firstRecital); i < n; i++) {
    if (units[i].type === 'verb') {
      verbIdx = i;
      break;
    }
  }
  if (verbIdx < 0) verbIdx = units.findIndex((u) => u.type === 'verb');
  // No verb line, but the recitals end on a verb in capitals (« Le Conseil municipal, à l'unanimité, / Vu … /
  // APPROUVE la dénomination … »): that item is the dispositif's verb.
  const itemVerb = verbIdx < 0 && firstRecital >= 0 ? units.findIndex((u, i) => i > firstRecital && u.type === 'item') : -1;
  if (itemVerb >= 0 && !units.slice(firstRecital, itemVerb).some((u) => u.type === 'article')) verbIdx = itemVerb;
  // A verb line may be "APRÈS EN AVOIR DÉLIBÉRÉ" followed by "DÉCIDE :" on the next unit.
  let dispositive: DispositiveVerb | null = null;
  const firstArticle = units.findIndex((u, i) => u.type === 'article' && (verbIdx < 0 || i > verbIdx));
  const dispoStart = verbIdx >= 0 ? verbIdx : firstArticle;
  if (verbIdx >= 0) {
    const u = units[verbIdx];
    let verb = 'APRÈS EN AVOIR DÉLIBÉRÉ';
    let vStart = u.start;
    let vEnd = u.end;
    // "après en avoir délibéré, DÉCIDE :": the verb is DÉCIDE, not the "délibéré" of the formula.
    const formula = FORMULA_RE.exec(u.f);
    const afterFormula = formula ? formula.index + formula[0].length : 0;
    const explicitRest = VERB_WORDS.exec(u.f.slice(afterFormula));
    const explicit = explicitRest && formula ? Object.assign(explicitRest, { index: explicitRest.index + afterFormula }) : explicitRest ?? (formula ? null : VERB_WORDS.exec(u.f));
    const completing = explicit ? -1 : verbAfter(units, verbIdx);
    if (u.type === 'item') {
      const lead = u.f.length - u.f.replace(/^[-•\s]+/, '').length;
      const m = DISPOSITIVE_ITEM.exec(u.f.slice(lead))!;
      vStart = u.start + lead;
      vEnd = vStart + m[1].length;
      verb = clean(text.slice(vStart, vEnd)).toUpperCase();
    } else if (explicit) {
      verb = verbDisplay(explicit[1], true);
      vStart = u.start + explicit.index;
      vEnd = vStart + explicit[1].length;
    } else if (completing >= 0) {
      // (The next unit, or the one after the tally written between them: « après en avoir délibéré, » / « Pour : 20 –
      // Contre : 3 » / « DÉCIDE : ».)
      const next = units[completing];
      const m = VERB_WORDS.exec(next.f);
      if (m) {
        verb = verbDisplay(m[1], true);
        vStart = next.start + m.index;
        vEnd = vStart + m[1].length;
      }
    } else {
      const m = FORMULA_RE.exec(u.f);
      if (m) {
        vStart = u.start + m.index;
        vEnd = vStart + m[0].length;
      }
    }
    const items: { verb: string; range: ReturnType<TextIndex['range']> }[] = [];
    for (let i = verbIdx + 1; i < n; i++) {
      const t = units[i].type;
      if (t === 'placeDate' || t === 'ar' || t === 'vote') break;
      if (t === 'item') {
        const m = DISPOSITIVE_ITEM.exec(units[i].f.replace(/^[-•\s]+/, ''))!;
        const off = units[i].f.length - units[i].f.replace(/^[-•\s]+/, '').length;
        const s = units[i].start + off;
        items.push({ verb: clean(text.slice(s, s + m[1].length)).toUpperCase(), range: index.range(s, s + m[1].length) });
      }
    }
    dispositive = { verb, range: index.range(vStart, vEnd), items };
  }

  // ---- Closing: where the dispositif ends (place-date, vote, signature, AR block).
  const arIdx = units.findIndex((u, i) => u.type === 'ar' && i > Math.max(dispoStart, 0));
  // "Aucamville, le 14 décembre 2022" counts as the place-and-date line only once the dispositif has begun.
  const placeIdx = units.findIndex((u, i) => (u.type === 'placeDate' && i > dispoStart) || (u.type === 'placeDateBare' && dispoStart >= 0 && i > dispoStart));

  // ---- Recitals: before the dispositif (or everywhere when there is none).
  const recitalLimit = dispoStart >= 0 ? dispoStart : (placeIdx >= 0 ? placeIdx : n);
  const visas: Recital[] = [];
  const considerants: Recital[] = [];
  const extendRecital = (i: number): number => {
    let j = i;
    while (
      // (A wrapped line that opens like a header, « Mairie du secteur Paris-Centre ; », goes on the recital too.)
      j + 1 < recitalLimit && (units[j + 1].type === 'text' || units[j + 1].type === 'collectivite' || units[j + 1].type === 'departement') && !units[j + 1].afterBlank &&
      !endsSentence(units[j].f)
    ) j++;
    // « Considérant que le compte fait apparaître : » then « - un excédent de … ; » / « - un besoin de … ; »: the list is
    // the recital's, up to its last item.
    if (/:\s*$/.test(units[j].f)) {
      let k = j;
      while (k + 1 < recitalLimit && !units[k + 1].afterBlank && (units[k + 1].type === 'text' || units[k + 1].type === 'item') && LIST_ITEM.test(units[k + 1].f)) k++;
      if (k > j) j = k;
    }
    return j;
  };
  const recitalsRead = pieces<RecitalRead>(index, text, 'recitals');
  for (let i = 0; i < recitalLimit; i++) {
    const u = units[i];
    if (u.type !== 'visa' && u.type !== 'considerant') continue;
    const j = extendRecital(i);
    const kw = u.type === 'visa' ? u.f.indexOf('vu') : firstOf(u.f.indexOf('considerant'), u.f.indexOf('attendu'));
    const start = u.start + Math.max(0, kw);
    const end = units[j].end;
    const visa = u.type === 'visa';
    // The same recital in the prior version (the edit left it whole): its words without looking them up, and the
    // recital itself when it lies at the same place and lines.
    const kept = recitalsRead.prior(start, end);
    const same = kept !== undefined && kept.visa === visa;
    const read = same ? kept.words : recitalWords(text.slice(start, end), visa);
    let r: Recital;
    if (same && index.priorSame(start, end)) r = kept.recital;
    else if (same && index.priorMoved(start, end)) {
      const k = kept.recital;
      r = { text: k.text, range: k.range, start, end, body: k.body, ending: k.ending, reading: k.reading };
    }
    else {
      const sp = span(start, end);
      // A copy of its text: a recital is kept for later versions, never a slice of an old text.
      // Its text is the words' copy when nothing was trimmed off it (a recital starts and ends inside its units).
      r = { text: sp.start === start && sp.end === end ? read.raw : flat(sp.text), range: sp.range, start, end, body: read.body, ending: read.ending, reading: read.reading };
    }
    recitalsRead.record(start, end, same && r === kept.recital ? kept : { visa, words: read, recital: r });
    (u.type === 'visa' ? visas : considerants).push(r);
    i = j;
  }

  // ---- Articles.
  const articles: Article[] = [];
  const stopTypes = new Set<UnitType>(['article', 'placeDate', 'ar', 'vote']);
  // An annex after the closing (« ANNEXE », « Annexe n° 1 – Règlement intérieur ») holds its own articles (a règlement
  // adopted by the délibération), not the act's.
  let articlesEnd = n;
  if (placeIdx >= 0) {
    for (let k = placeIdx + 1; k < n; k++) {
      if (ANNEX_HEADING.test(units[k].f) && /^[-*#\s]*(?:ANNEXE|Annexe)/.test(text.slice(units[k].start, units[k].end))) {
        articlesEnd = k;
        break;
      }
    }
  }
  let lastArticleUnit = -1;
  for (let k = articlesEnd - 1; k >= 0 && lastArticleUnit < 0; k--) if (units[k].type === 'article') lastArticleUnit = k;
  // An article is read from its text alone (and whether a text unit follows its heading line): what the prior
  // version read on the same characters is taken as it was, and the article itself when at the same place.
  const articlesRead = pieces<ArticleRead>(index, text, 'articles');
  for (let i = Math.max(0, dispoStart); i < articlesEnd; i++) {
    if (units[i].type !== 'article') continue;
    const u = units[i];
    let j = i;
    while (j + 1 < articlesEnd && !stopTypes.has(units[j + 1].type) && !(units[j + 1].type === 'item' && units[j].type !== 'text')) {
      // The place and date of the act ends the last article, written with « Fait » or not (« À Lexy, le … »).
      if (j + 1 === placeIdx) break;
      // A signature quality or an unrelated trailer ends the last article.
      // (Or the signature above « Fait à … »: « Le Maire, » / « Jean-Marie SCHWARTZ » / « Fait à Yutz, le … ».)
      if ((placeIdx < 0 || (placeIdx > j + 1 && placeIdx <= j + 4)) && /^(?:le|la)\s+(?:maire|president(?:e)?)\s*(?:,\s*)?$/.test(units[j + 1].f)) break;
      // « Franck LOUVRIER » on its own line, then « Maire de la Baule-Escoublac »: the signature block, under the
      // last article when no « Fait à » line comes later (a name and a quality inside an article stay in it).
      if (i === lastArticleUnit && (placeIdx < 0 || placeIdx < i) && j + 2 < n && isNameOverQuality(text, units[j + 1], units[j + 2])) break;
      // A signature block after a blank line under the last article, with no « Fait à » (« Le maire,      La secrétaire
      // de séance, » over the names).
      if (i === lastArticleUnit && placeIdx < 0 && units[j + 1].afterBlank && /^[|\s]*(?:le|la|l')\s*(?:maire|president(?:e)?|vice-president(?:e)?|adjointe?|secretaire)\b(?![^.;]*\b(?:est|sont|sera|seront|peut|a|ont)\b)[^.;]{0,80}$/.test(units[j + 1].f)) break;
      j++;
    }
    const end = units[j].end;
    const nextText = i + 1 < n && units[i + 1].type === 'text';
    // Besides its text: where its first unit ends and its second begins (a long line is cut by what follows it).
    const firstEnd = u.end - u.start;
    const second = j > i ? units[i + 1].start - u.start : -1;
    const prior = articlesRead.prior(u.start, end);
    const kept = prior && prior.nextText === nextText && prior.firstEnd === firstEnd && prior.second === second ? prior : undefined;
    if (kept && kept.article && index.priorSame(u.start, end)) {
      articlesRead.record(u.start, end, kept);
      articles.push(kept.article);
      i = j;
      continue;
    }
    if (kept && kept.article && index.priorMoved(u.start, end)) {
      // The same lines and columns, moved: only its offsets change.
      const shift = u.start - index.priorOffset(u.start, end);
      // (Literals, not spreads: the same fields in the same order, and much cheaper for the hundreds of articles
      // after a keystroke.)
      const a = kept.article;
      const article: Article = {
        text: a.text, range: a.range, start: a.start + shift, end: a.end + shift, numberText: a.numberText, number: a.number,
        numberRange: a.numberRange, headingRange: a.headingRange, heading: a.heading, body: a.body,
      };
      articlesRead.record(u.start, end, { nextText: kept.nextText, firstEnd: kept.firstEnd, second: kept.second, head: kept.head, article });
      articles.push(article);
      i = j;
      continue;
    }
    const head = kept ? kept.head : readArticleHead(text, u, j > i ? units[i + 1] : null, nextText, end);
    if (!head) {
      articlesRead.record(u.start, end, { nextText, firstEnd, second, head, article: null });
      continue;
    }
    const headStart = u.start + head.headStart;
    const headEnd = u.start + head.headEnd;
    const whole = span(u.start + head.lead, end);
    const article: Article = {
      // A copy of its text: an article is kept for later versions, never a slice of an old text.
      text: flat(whole.text),
      range: whole.range,
      start: whole.start,
      end: whole.end,
      numberText: head.numberText,
      number: head.number,
      numberRange: index.range(headStart + head.numIdx, headStart + head.numIdx + head.numberText.length),
      headingRange: index.range(headStart, headEnd),
      heading: head.heading,
      body: head.body,
    };
    articlesRead.record(u.start, end, { nextText, firstEnd, second, head, article });
    articles.push(article);
    i = j;
  }

  // ---- Header, title, number, objet, authority, exposé: the part before the recitals.
  // (Neither: a point of a procès-verbal, « Délibération n° 12 / Objet : … » then what was said and the vote or the
  // sentence that decides, read after the séance's long lists of names: its heading is before them.)
  // (The units of the act's own part, from `own`: none when the part is empty.)
  const own = heading === undefined ? 0 : ((i) => (i < 0 ? n : i))(units.findIndex((u) => u.start >= heading));
  const firstVote = firstRecital < 0 && dispoStart < 0 && heading !== undefined ? units.findIndex((u, i) => i >= own && (u.type === 'vote' || DECIDING.test(u.f))) : -1;
  const preambleEnd = firstRecital >= 0 ? firstRecital : dispoStart >= 0 ? dispoStart : firstVote >= 0 ? firstVote : Math.min(n, 25);
  let republique: Span | null = null;
  let collectivite: Header['collectivite'] = null;
  let territoryFirst = false;
  let departement: Header['departement'] = null;
  // (Read from a line under the collectivité's name that only looks like one, « Mas de Tassy – 1849 RD 19 – 83440
  // TOURRETTES »: a line « Département du Var » after it says which.)
  let guessed = false;
  let title: Span | null = null;
  let authority: Span | null = null;
  for (let i = 0; i < Math.min(n, Math.max(preambleEnd, 12)); i++) {
    const u = units[i];
    const lead = leadOf(u.f);
    const s = u.start + lead;
    if (u.type === 'republique' && !republique) {
      republique = span(s, u.start + lead + 'republique francaise'.length);
      // « RÉPUBLIQUE FRANÇAISE — DÉPARTEMENT DU FINISTÈRE »: the département after it, on its line.
      const m: RegExpExecArray | null = !departement ? DEPARTEMENT_AFTER_DASH.exec(f.slice(s, u.end)) : null;
      if (m) departement = { ...span(s + m.indices![0][0] + m[0].length - m[1].length, s + m.indices![1][1]), name: clean(text.slice(s + m.indices![1][0], s + m.indices![1][1])) };
    }
    // (Not an item of a list, « – Département du Lot : 5 délégués, 40 voix », a syndicat's members.)
    else if (u.type === 'departement' && (!departement || guessed) && !/^[\s*]*[–—•-]/.test(u.f)) {
      const m = /^(?:departement|dpt)\s+(?:de\s+la\s+|de\s+l'|du\s+|des\s+|de\s+|d')(.+)$/.exec(u.f.slice(lead));
      // « Département de l'Isère – Ville de Saint-Égrève »: the collectivité after it, on the same line.
      const then = m ? /\s[–—-]\s+(?=(?:ville|commune|mairie)\s+(?:de|d'|du)\b)/.exec(m[1]) : null;
      // (A second column on the line ends the name: « Département de la Dordogne      Accusé de réception préfecture ».)
      // (Nor what follows a dash: « Département de Maine-et-Loire — 12 540 habitants »; a département's own name has no
      // dash between blanks.)
      const column = m && !then ? /[ \t]{3,}|\t|\s[–—-]\s/.exec(m[1]) : null;
      const depEnd = then ? u.end - m![1].length + then.index : column ? u.end - m![1].length + column.index : u.end;
      if (m) [departement, guessed] = [{ ...span(s, depEnd), name: clean(text.slice(u.end - m[1].length, depEnd)).replace(/\*+$/, '') }, false];
      if (then && !collectivite) {
        const cs = depEnd + then[0].length;
        let ce = u.end;
        while (ce > cs && text.charCodeAt(ce - 1) === 42 /* * */) ce--;
        collectivite = { ...span(cs, ce), name: clean(text.slice(cs, ce)), type: 'commune' };
      }
    } else if (!departement && collectivite && u.type === 'text' && underCollectivite(units, i, f) && departementIn(firstColumn(text.slice(s, u.end)))) {
      // « COMMUNE DE VERNOUILLET » over « (Eure-et-Loir) » or « Hérault »: the département, as the rules will check it
      // against the list of départements (a service's name is not one). (In a letterhead's first column: « Pyrénées-
      // Atlantiques      et de l'Action foncière ».)
      const m = departementIn(firstColumn(text.slice(s, u.end)))!;
      departement = { ...span(s + m.start, s + m.end), name: m.name };
      guessed = true;
    } else if (!departement && collectivite && i > 0 && units[i - 1].type === 'collectivite' && (u.type === 'text' || u.type === 'collectivite') && DEPARTEMENT_AFTER_DASH.test(f.slice(s, u.end))) {
      // « QUIMPERLÉ COMMUNAUTÉ » over « Communauté d'agglomération – Département du Finistère ».
      const m = DEPARTEMENT_AFTER_DASH.exec(f.slice(s, u.end))!;
      departement = { ...span(s + m.indices![0][0] + m[0].length - m[1].length, s + m.indices![1][1]), name: clean(text.slice(s + m.indices![1][0], s + m.indices![1][1])) };
    } else if (u.type === 'collectivite' && (!collectivite || (territoryFirst && !TERRITORY_LINE.test(u.f))) && i < preambleEnd) {
      // (« COLLECTIVITÉ TERRITORIALE DE MARTINIQUE » over « COMMUNE DE MARIGOT »: the commune is the author.)
      territoryFirst = TERRITORY_LINE.test(u.f);
      // The name ends where a column or a service begins (« COMMUNE DE MONTRÉAL      Publié le 19/06/2025 », « Ville
      // de Brest – Direction de l'urbanisme »).
      // (Nor a running page header's act and page: « Commune de Foix – Délibération n° 2026-07-058 – Page 1/2 ».)
      const cut = /[ \t]{3,}|\t|\s[–—-]\s+(?=(?:direction|service|pole|secretariat|cabinet|mission|departement|deliberation|arrete|decision|extrait|page)\b)/.exec(f.slice(s, u.end));
      let e = cut ? s + cut.index : u.end;
      // (« Commune de Montreuil-sur-Loir (Maine-et-Loire) — 1 120 habitants »: the population, `identity.ts`'s, is no
      // part of the name.)
      const population = /\s*[–—,-]\s*\d{1,3}(?:[ \u00a0\u202f.]\d{3})*[ \u00a0\u202f]+habitants\s*$/.exec(f.slice(s, e));
      if (population) e = s + population.index;
      // « VILLE DE MÉRIGNAC — Département de la Gironde »: the département after the name, on the same line.
      const depAfter: RegExpExecArray | null = cut && !departement ? /^\s*(?:[–—-]\s*)?(?:departement|dpt)\s+(?:de\s+la\s+|de\s+l'|du\s+|des\s+|de\s+|d')([a-z][a-z' -]{1,40}?)\s*$/d.exec(f.slice(e, u.end)) : null;
      if (depAfter) departement = { ...span(e, u.end), name: clean(text.slice(e + depAfter.indices![1][0], e + depAfter.indices![1][1])) };
      // « Commune de Vaux-sur-Blaise - Haute-Marne »: a département's name after a dash (the rules check it against the
      // list of départements).
      const dashed: RegExpExecArray | null = !cut && !departement ? /\s[–—-]\s+([^–—\n]{3,40}?)\s*$/d.exec(text.slice(s, u.end)) : null;
      // (Not the second part of a body's name: « GOLFE DU MORBIHAN – VANNES AGGLOMÉRATION ».)
      if (dashed && departementLine(dashed[1]) && !/\b(?:agglomeration|agglo|metropole|communaute|communes|syndicat)\s*$/.test(fold(dashed[1]))) {
        departement = { ...span(s + dashed.indices![1][0], s + dashed.indices![1][1]), name: dashed[1] };
        e = s + dashed.index;
      }
      // « Commune de Montbrison (Loire) »: the département in parentheses, when no line names it.
      const dep = /\s*\(\s*(\p{Lu}[\p{L}'’ -]{2,40}?)\s*\)\s*$/du.exec(text.slice(s, e));
      // (« COMMUNAUTÉ D'AGGLOMÉRATION DU CENTRE DE LA MARTINIQUE (CACEM) »: a body's acronym, no département.)
      const acronymOfBody = dep !== null && /^\p{Lu}{3,}$/u.test(dep[1]) && /\b(?:communaute|metropole|syndicat|agglomeration|sivom|sivu|pays|pole)\b/.test(f.slice(s, e));
      if (dep && !ACRONYM.test(dep[1]) && !acronymOfBody) {
        if (!departement) departement = { ...span(s + dep.indices![1][0], s + dep.indices![1][1]), name: dep[1] };
        e = s + dep.index;
      }
      const name = clean(text.slice(s, e));
      const ff = u.f.slice(lead);
      const type: CollectiviteType = /^metropole|^eurometropole|\smetropole\s*$|^[^,]{3,40},\s+metropole\b/.test(ff) ? 'metropole'
        : /^(?:commune|ville|mairie)/.test(ff) ? 'commune' : /^(?:communaute|cc\s|ca\s|syndicat\s+intercommunal|sivom\b|sivu\b|sivos\b)|\sagglo(?:meration)?\s*$|^[^,]{3,40},\s+communaute\s+(?:de\s+communes|d'agglomeration|urbaine)\b/.test(ff) ? 'epci' : 'autre';
      collectivite = { ...span(s, e), name, type };
    } else if (u.type === 'title' && i < Math.max(preambleEnd, 1) && (!title || DOCUMENT_TITLE.test(f.slice(title.start, title.end)))) {
      // (The act's own title rather than that of the document that holds it, « PROCÈS-VERBAL DE LA SÉANCE … ».)
      title = span(s, u.end);
    }
    else if (u.type === 'authority' && !authority && i < preambleEnd + 1) authority = span(s, u.end);
  }
  // No letterhead but the title's second line, « DU CONSEIL MUNICIPAL DE CAZÈRES (HAUTE-GARONNE) » under « EXTRAIT DU
  // REGISTRE DES DÉLIBÉRATIONS »: the commune whose conseil it is, and its département in brackets.
  if (!collectivite) {
    for (let i = 0; i < Math.min(n, Math.max(preambleEnd, 1), 8); i++) {
      const u = units[i];
      const lead = leadOf(u.f);
      const m = CONSEIL_OF_COMMUNE.exec(u.f.slice(lead));
      if (!m) continue;
      const s = u.start + lead;
      const [cs, ce] = m.indices![2];
      const article = m[1] === 'du' ? 'Le ' : m[1] === 'des' ? 'Les ' : '';
      collectivite = { ...span(s + cs, s + ce), name: article + clean(text.slice(s + cs, s + ce)), type: 'commune' };
      const d = !departement && m.indices![3] ? departementIn(text.slice(s + m.indices![3][0], s + m.indices![3][1])) : null;
      if (d) departement = { ...span(s + m.indices![3][0] + d.start, s + m.indices![3][0] + d.end), name: clean(d.name) };
      break;
    }
  }
  // A letterhead set in columns, flattened on its lines (« RÉPUBLIQUE FRANÇAISE      COMMUNE DE MILLAU », « GRAND CAHORS
  // \t\t Communauté d'agglomération », « VILLE DE LONS-LE-SAUNIER   RÉPUBLIQUE FRANÇAISE   Département du Jura »): the
  // collectivité or the département in a column the line's first words do not type.
  if (!collectivite || !departement) {
    const head = Math.min(n, Math.max(preambleEnd, 1), 12);
    for (let i = 0; i < head && (!collectivite || !departement); i++) {
      const u = units[i];
      if (u.type === 'title' || u.type === 'authority') break;
      const cells = columnCells(text, u.start, u.end);
      if (cells.length < 2) continue;
      for (let c = 0; c < cells.length; c++) {
        const [cs, ce] = cells[c];
        const cf = f.slice(cs, ce);
        const next = cells[c + 1] ? f.slice(cells[c + 1][0], cells[c + 1][1]) : '';
        if (!collectivite && COLUMN_COMMUNE.test(cf)) {
          // (« COMMUNE DE FOIX (Ariège) »: the département in parentheses.)
          const dep = /\s*\(\s*(\p{Lu}[\p{L}'’ -]{2,40}?)\s*\)\s*$/du.exec(text.slice(cs, ce));
          const e = dep ? cs + dep.index : ce;
          collectivite = { ...span(cs, e), name: clean(text.slice(cs, e)), type: /^metropole|^eurometropole/.test(cf) ? 'metropole' : /^(?:commune|ville|mairie)/.test(cf) ? 'commune' : 'epci' };
          if (dep && !departement && !ACRONYM.test(dep[1])) departement = { ...span(cs + dep.indices![1][0], cs + dep.indices![1][1]), name: dep[1] };
        } else if (!collectivite && COLUMN_BODY_KIND.test(next) && isUpperWord(text.slice(cs, ce)) && !/^republique\b/.test(cf)) {
          // « GRAND CAHORS » beside « Communauté d'agglomération »: the name, then what it is.
          collectivite = { ...span(cs, ce), name: clean(text.slice(cs, ce)), type: /^metropole/.test(next) ? 'metropole' : 'epci' };
        } else if (!departement && /^(?:departement|dpt)\s*:?$/.test(cf) && i + 1 < head) {
          // « DÉPARTEMENT » over « HAUTE-GARONNE », in the same column of the next line.
          const at = cs - u.start;
          const below = columnCells(text, units[i + 1].start, units[i + 1].end).find(([bs]) => Math.abs(bs - units[i + 1].start - at) <= 3);
          const m = below ? departementLine(text.slice(below[0], below[1])) : null;
          if (m) departement = { ...span(below![0] + m.indices![1][0], below![0] + m.indices![1][1]), name: m[1] };
        } else if (!departement && c > 0) {
          const m = DEPARTEMENT_NAMED.exec(cf);
          if (m) departement = { ...span(cs, ce), name: clean(text.slice(cs + m.indices![1][0], cs + m.indices![1][1])) };
        }
      }
      // « VILLE DE SENS » over « (Yonne) » set in the same column.
      if (collectivite && !departement && i + 1 < head) {
        const below = columnCells(text, units[i + 1].start, units[i + 1].end);
        const last = below[below.length - 1];
        const beside = last && cells.length >= 2 && collectivite.start >= cells[1][0];
        const named = beside ? DEPARTEMENT_NAMED.exec(f.slice(last[0], last[1])) : null;
        const m = beside && !named ? departementLine(text.slice(last[0], last[1])) : null;
        if (named) departement = { ...span(last[0], last[1]), name: clean(text.slice(last[0] + named.indices![1][0], last[0] + named.indices![1][1])) };
        else if (m) departement = { ...span(last[0] + m.indices![1][0], last[0] + m.indices![1][1]), name: m[1] };
      }
    }
  }
  // A département named in the title line of a collectivité ("Commune de X (Savoie)") is left to the profile.

  const preambleText = (() => {
    const endOff = preambleEnd < n && preambleEnd >= 0 ? units[preambleEnd].start : text.length;
    return { start: 0, end: Math.min(endOff, text.length) };
  })();

  // Number: "N° DDM-2025-075" in the title, "Délibération n° 2023-020", or "BM2025/06/24/12 : OBJET".
  let number: NumberSpan | null = null;
  let object: Span | null = null;
  // (A permit's national number is written in groups: « PC 038 565 25 10012 », « DP 013 042 25 00021 ».)
  // (Paris numbers its acts by year, direction and rank: « 2025 DAE 118 », « 2025 P 20417 »; a letter of series may
  // stand before the number: « C 2026-02-014 ».)
  const NUM_RE = /\b(?:n\s?[°o]|numero)\s*(?::\s*)?((?:pc|dp|pa|pd|cu[ab]?)\s?\d{3}\s?\d{3}\s?\d{2}\s?[a-z0-9]{4,5}\b|\d{4}\s[a-z]{1,6}\s\d{1,6}\b|(?!(?:du|de|des|le|la|les|en|au|aux|et|sur|par)\s)[a-z]{1,3}\s\d{2,4}\s(?!(?:du|de|des|le|la|les|en|au|aux|et|sur|a|par|jan|fev|mar|avr|mai|jui|jun|jul|aou|sep|oct|nov|dec)\b)[a-z]{1,3}\s\d{2,6}\b|(?:(?!(?:du|de|des|le|la|les|en|au|aux|et|sur|a)\s)[a-z]{1,5}\s(?=\d{2}))?(?=[a-z0-9])[\w/.-]*\d[\w/.-]*(?:\s?\/\s?\d+)?)/;
  // The end of an objet that opens unit k and is cut at a line end (« … des manifes- » / « tations estivales pour l'année
  // 2025 », « … de la voie, » / « rue … »): the lines that go on with it, up to three, a blank line or a label.
  // Whether the line after unit e goes on with the phrase it holds: it opens in small letters, or unit e ends on a comma,
  // a dash or a word that cannot end it (« … Le Comptoir des » / « Halles, 4 place … »), or both are in capitals
  // (« INSTAURANT UNE ZONE BLEUE … » / « RUE DE LA REPUBLIQUE … »), or unit e a rubric in capitals (« MOBILITÉS » /
  // « Schéma directeur cyclable … »).
  const goesOn = (e: number): boolean => {
    const next = text.slice(units[e + 1].start, units[e + 1].end);
    const here = text.slice(units[e].start, units[e].end);
    // (Not « délivré par le Maire au nom de la commune », the urbanisme decision's line of competence.)
    if (ISSUED_BY.test(units[e + 1].f)) return false;
    return /^[\s*]*[a-zà-ÿ0-9(«"]/.test(next) || /[,–—-]\s*$/.test(here) || /\b(?:de|des|du|d'|la|le|les|l'|a|au|aux|et|en|pour|sur|par|dans|avec)\s*$/.test(units[e].f)
      || (isUpperWord(here) && (isUpperWord(next) || (here.trim().length <= 30 && !/[.:;,]$/.test(here.trim()))))
      // A long line wrapped before a name (« … auprès de la Caisse d'Épargne Aquitaine » / « Poitou-Charentes destiné au
      // financement … »): the next line goes on in small letters after its first word.
      || (here.trim().length >= 60 && !/[.:;]\s*$/.test(here) && /^[\s*]*[A-ZÀ-Ý][\p{L}'’-]*\s+[a-zà-ÿ]/u.test(next) && !isUpperWord(next))
      // The property the act is about, under it (« Immeuble sis 17 rue de la Coutellerie – parcelle … »).
      || OBJET_PROPERTY.test(units[e + 1].f)
      // A place whose name is on the next line (« … avenue » / « Jean Jaurès pendant les travaux », « … du gymnase » /
      // « Jean-Jacques Delmas », « Brocante du quartier » / « Saint-Pregts – dimanche 18 octobre 2026 »).
      || (PLACE_NOUN_END.test(units[e].f) && /^[\s*]*\p{Lu}/u.test(next));
  };
  const objetEnd = (k: number): number => {
    let e = k;
    while (e - k < 3 && e + 1 < preambleEnd && e + 1 < n && units[e + 1].type === 'text' && !units[e + 1].afterBlank && !/^[^:]{0,30}:/.test(units[e + 1].f) && goesOn(e)) e++;
    return units[e].end;
  };
  const numberFrom = (s: number, e: number): NumberSpan | null => {
    const m = NUM_RE.exec(f.slice(s, e));
    if (!m) return null;
    let v = m[1].replace(/[.-]+$/, '');
    const vs = s + m.index + m[0].length - m[1].length;
    return { ...span(vs, vs + v.length), value: (v = text.slice(vs, vs + v.length)) };
  };
  if (title) number = numberFrom(title.start, title.end);
  // A number cut by the end of the title's line (« ARRÊTÉ N° 2026- » / « 010 portant … », a PDF's layout): its end
  // opens the next line, and the objet may follow it there.
  if (title && number && /^[-/]\s*$/.test(f.slice(number.end, title.end))) {
    const next = units.find((u) => u.start >= title!.end);
    const cont = next && !next.afterBlank ? /^([a-z0-9]{1,8})(?=\s|$)/.exec(next.f) : null;
    if (next && cont && /\d/.test(cont[1])) {
      number = { ...span(number.start, next.start + cont[1].length), value: text.slice(number.start, title.end).trim() + text.slice(next.start, next.start + cont[1].length) };
      const rest = /^\s+(?=\S)/.exec(next.f.slice(cont[1].length));
      const from = next.start + cont[1].length + (rest?.[0].length ?? 0);
      if (rest && !object && OBJET_LINE.test(f.slice(from, next.end))) object = span(from, objetEnd(units.indexOf(next)));
    }
  }
  // « ARRÊTÉ N° 2026-011 DU » / « 15 février 2026 portant … »: the date, then the objet, on the next line.
  if (title && number && !object && /\bdu\s*$/.test(f.slice(number.end, title.end))) {
    const k = units.findIndex((u) => u.start >= title!.end);
    const next = k >= 0 ? units[k] : null;
    const dated = next && !next.afterBlank ? DATE_THEN.exec(next.f) : null;
    if (dated && OBJET_LINE.test(next!.f.slice(dated[0].length))) object = span(next!.start + dated[0].length, objetEnd(k));
  }
  for (let i = 0; i < preambleEnd && i < n; i++) {
    const u = units[i];
    const lead = leadOf(u.f);
    const ff = u.f.slice(lead);
    // (« DCM n°2026/15 », « AM n° 2026-041 »: the series' letters, then the number.)
    // (Not an item of a list, « - décision n° 2025-031 du 12 mai 2025 : achat … », which names another act.)
    if (!number && (u.type === 'title' || (!BULLETED.test(u.f) && /^(?:deliberation|decision|arrete|acte)\s+n/.test(ff)) || /^n\s?[°o]\s*\S/.test(ff) || /^(?!(?:loi|art|vu|point|item|lot|page|piece|annexe)\s)[a-z]{2,5}\s*n\s?[°o]\s*\d/.test(ff))) {
      number = numberFrom(u.start, u.end);
      // « N° 2025-014 – Tarifs … », « Délibération n° 2025-061 : Décision modificative n° 2 », « N° 2025-051 | Compte
      // administratif 2024 »: the objet after it.
      // (Not the séance's date: « Délibération n° 2026-020 – Séance du 27 mars 2026 ».)
      const rest = number && !object ? /^\s*[–—:|-]\s*(?=\S)(?!(?:seance|reunion|session|conseil\s+municipal)\s+du\b|(?:point|question|affaire|dossier|rapport)\s+(?:n\s?[°o]\s*)?\d)/.exec(f.slice(number.end, u.end)) : null;
      if (rest && number!.end + rest[0].length < u.end) object = span(number!.end + rest[0].length, u.end);
    }
    // « Séance du 22 juin 2026 – Délibération n° 2026-118 »: the number after the séance, on its line, or in its second
    // column; or in a running page header under the collectivité's name (« Commune de Foix – Délibération n° 2026-07-058
    // – Page 1/2 »).
    if (!number && (u.type === 'seance' || u.type === 'collectivite' || (i < 3 && /^(?:commune|ville|mairie|communaute|metropole)\b/.test(ff)))) {
      // (A run of blanks is matched once: `[ \t]{3,}` then `\s*` would try every split of a long one.)
      const d = ff.length > 600 ? null : /(?:[–—-]\s*|[ \t]{3,}|\t[ \t]*)(?:deliberation|decision|arrete)\s+(?=n\s?[°o]|numero)/.exec(ff);
      if (d) number = numberFrom(u.start + lead + d.index + d[0].length, u.end);
      // (On the séance's line, the number alone after a dash: « SÉANCE DU JEUDI 24 SEPTEMBRE 2026 – N° DEL2026_089 »; not
      // the number of a point, « – n° 3 ».)
      const alone = !d && u.type === 'seance' && ff.length <= 600 ? /[–—-]\s*(?=n\s?[°o]\s*[a-z0-9])/.exec(ff) : null;
      const read = alone ? numberFrom(u.start + lead + alone.index + alone[0].length, u.end) : null;
      if (read && /[a-z].*\d|\d[/_.-]|\d{4}/i.test(read.value)) number = read;
    }
    // "BM2025/06/24/12 : OUVERTURE …", « Délibération 2025-01 : Tarifs … »: number and objet on one line.
    // (« D2026-040 - RAPPORT ANNUEL … »: a dash too, after a number that holds a year.)
    const numObj = /^(?:(?:deliberation|decision|arrete)\s+)?([a-z]{0,6}\s?\d{2,4}[\w/-]*\d)(?:\s*:|(?<=\d{4}[-_/]\d{1,4})\s+[-–—])\s*(\S.{4,})$/d.exec(ff);
    if (numObj && !number && /[/-]/.test(numObj[1])) {
      const s = u.start + lead + numObj.indices![1][0];
      number = { ...span(s, s + numObj[1].length), value: text.slice(s, s + numObj[1].length) };
      if (!object) object = span(u.end - numObj[2].length, u.end);
      continue;
    }
    // « ARR/ST/2025/87 » alone on its line above the title: the act's number, written without « N° ».
    // (Or « 2025-DCM-054 », the year first.)
    const bare = !number && (title === null || u.start < title.start) ? /^([a-z]{2,8}(?:[/_-][a-z0-9]{1,10})*[/_-]\d{2,4}(?:[/_-][a-z0-9]{1,10})*|\d{4}[/_.-][a-z]{2,8}[/_.-]\d{1,6})\s*$/.exec(ff) : null;
    if (bare && /\d/.test(bare[1]) && /[/_-]\d{1,6}$/.test(bare[1])) {
      const s = u.start + lead;
      number = { ...span(s, s + bare[1].length), value: text.slice(s, s + bare[1].length) };
      continue;
    }
    const obj = /^objet\s*(?:(?:de\s+la\s+deliberation|de\s+l'acte)\s*)?:?\s*(\S.*)$/.exec(ff);
    if (obj && !object) object = span(u.end - obj[1].length, objetEnd(i));
  }
  // A flattened text (a PDF copied as one line): « … Séance du 30 janvier 2024 Délibération n° 2024-08 Objet : Garantie
  // d'emprunt … Nombre de conseillers en exercice : 29 … » — the number and the objet inside the line, up to the next
  // label.
  if ((!number || !object) && n > 0 && units[0].end - units[0].start > 300) {
    const head = f.slice(units[0].start, Math.min(units[0].end, units[0].start + 2000));
    const nm = number ? null : /\b(?:deliberation|decision|arrete)\s+(?=n\s?[°o])/.exec(head);
    if (nm) number = numberFrom(units[0].start + nm.index, units[0].start + Math.min(head.length, nm.index + 80));
    const ob = object ? null : /\bobjet\s*:\s*(\S.*?)\s+(?=(?:madame|monsieur|rapporteur)\s|(?:le\s+)?nombre\s+de|n\s?[°o]\s*\d|(?:conseillers|membres)\s+en\s+exercice|date\s+de\s+convocation|l'an\s|vu\s|considerant\s|le\s+conseil|seance\s+du|presents?\s*:)/d.exec(head);
    if (ob && ob[1].length <= 300) object = span(units[0].start + ob.indices![1][0], units[0].start + ob.indices![1][1]);
  }
  // « ARRÊTÉ N° 2024-233 portant interdiction … », « Délibération n° 2024-040 – Décision modificative n° 1 »: the objet
  // on the title's own line, after its number.
  if (!object && title) {
    const tf = f.slice(title.start, title.end);
    const m = OBJET_IN_TITLE.exec(tf);
    const dash = number && number.end <= title.end ? /^\s*(?:[–—-]\s+|:\s*)(?=\S)(?!(?:seance|reunion|session|conseil\s+municipal)\s+du\b|(?:point|question|affaire|dossier|rapport)\s+(?:n\s?[°o]\s*)?\d)/.exec(f.slice(number.end, title.end)) : null;
    if (m) object = span(title.start + m.index + 1, title.end);
    else if (dash && number) object = span(number.end + dash[0].length, title.end);
  }
  // A second title line that says the objet, « ARRÊTÉ PORTANT RÈGLEMENT DU CIMETIÈRE … » under « Arrêté n° 2026-0087 »
  // (and a service's label beside it, « Police des cimetières »): its objet.
  if (!object && title) {
    for (let i = 0; i < preambleEnd && i < n; i++) {
      const u = units[i];
      if (u.start < title.end || u.type !== 'title') continue;
      const m = OBJET_IN_TITLE.exec(u.f);
      if (m) {
        object = span(u.start + m.index + 1, u.end);
        break;
      }
    }
  }
  // An upper-case line after the title and before the exposé is the objet (seed 000 layout).
  if (!object && title) {
    let textAfterTitle = false;
    for (let i = 0; i < preambleEnd && i < n; i++) {
      const u = units[i];
      if (u.start <= title.start || u.type !== 'text') continue;
      // (« prise par délégation du conseil municipal », « délivré par le Maire au nom de l'État »: what the act rests on,
      // between the title and the objet.)
      if (TAKEN_UNDER.test(u.f) || ISSUED_BY.test(u.f)) continue;
      // (Not the line of the act's number, « N° 2025-HAB-0031 », which may stand between the title and the objet.)
      if (number && number.start >= u.start && number.end <= u.end) continue;
      // (Or the first after the number's own line, « Délibération n° 2026-031 » under the séance block.)
      const firstAfterTitle = !textAfterTitle || (number !== null && i > 0 && number.start >= units[i - 1].start && number.end <= units[i - 1].end);
      textAfterTitle = true;
      const raw = text.slice(u.start, u.end).replace(/\*/g, '');
      if (isUpperWord(raw) && raw.length >= 8 && raw.length <= 300 && !/^(?:EN CONS|LE |LA )/.test(raw)) {
        object = span(u.start, objetEnd(i));
        break;
      }
      // (Or the first line after the title when it opens as an objet does: « Réglementation temporaire de … ».)
      // (« **Portant … ** » in Markdown: the marks before the first word.)
      // (« Arrêté fixant les droits de place … » under « Arrêté n° 2026-DCA-0101 »: the objet after the kind's word.)
      const kindWord = /^[\s*]*(?:arrete|decision)\s+(?=(?:fixant|portant|relatif|relative|reglementant|autorisant|interdisant|instituant|approuvant|modifiant|abrogeant)\b)/.exec(u.f);
      const ul = kindWord ? kindWord[0].length : leadOf(u.f);
      const uf = ul ? u.f.slice(ul) : u.f;
      if (OBJET_LINE.test(uf) || (firstAfterTitle && (OBJET_NOUN.test(uf) || RUBRIC.test(uf)))) {
        // Written over several lines (« portant réglementation temporaire de la circulation » / « sur la route
        // départementale n° 817, » / « hors agglomération »): the lines that go on with the phrase, up to a blank line.
        let e = i;
        while (e + 1 < preambleEnd && e + 1 < n && units[e + 1].type === 'text' && !units[e + 1].afterBlank && goesOn(e)) e++;
        let oe = units[e].end;
        while (oe > u.start + ul && text.charCodeAt(oe - 1) === 42 /* * */) oe--;
        object = span(u.start + ul, oe);
        break;
      }
    }
  }

  // The objet's aside on the next line, in parentheses (« ARRÊTÉ PERMANENT RÉGLEMENTANT LE STATIONNEMENT RUE DE
  // KERFEUNTEUN » / « (création d'une zone bleue) »): the objet's too.
  if (object) {
    const k = units.findIndex((u) => u.start >= object!.end);
    const u = k >= 0 && k < preambleEnd ? units[k] : undefined;
    if (u && !u.afterBlank && u.type === 'text' && u.end - u.start < 200 && u.f.charCodeAt(0) === 40 /* ( */ && u.f.endsWith(')')
      && f.slice(object.end, u.start).trim() === '') object = span(object.start, u.end);
  }
  // A numbered item of a procès-verbal: its heading line gives its objet (an objet read on that line with the item's
  // number, « 3. EXTENSION DU … », is read again without it) and, when the act has none, its number.
  if (heading !== undefined && part?.item) {
    const end = index.lineEnd(index.lineOf(heading));
    const item = readItemHeading(text, f, heading, end);
    // (« N° 1 – Tarifs de la cantine »: the item's rank is no number of the act.)
    if (item && number && number.start >= heading && number.start < item.object[0] && !item.number) number = null;
    if (item && (!object || object.start < heading || (object.start < end && ITEM_HEADING.test(f.slice(object.start, end))))) {
      object = span(item.object[0], item.object[1]);
      if (!number && item.number) number = { ...span(item.number[0], item.number[1]), value: text.slice(item.number[0], item.number[1]) };
    }
  }

  // Exposé: prose units of the preamble after the title/objet (decisions, délibérations).
  let expose: Span | null = null;
  {
    let a = -1;
    let b = -1;
    const after = Math.max(object ? object.end : 0, title ? title.end : 0);
    for (let i = 0; i < preambleEnd && i < n; i++) {
      const u = units[i];
      if (u.start < after || u.type !== 'text') continue;
      if (u.end - u.start < 60 && a < 0) continue;
      if (a < 0) a = i;
      b = i;
    }
    if (a >= 0) expose = span(units[a].start, units[b].end);
  }

  // ---- Séance (délibérations): fields read over the preamble (and the whole text for OCR dumps). Read when first
  // asked for: an arrêté or a décision whose title and header give its kind never needs it (only a délibération,
  // or an act of unknown kind, keeps one).
  let seanceRead: Seance | null | undefined;
  const seanceOf = (): Seance | null => (seanceRead === undefined ? (seanceRead = readSeance(text, f, index, preambleText.end, units)) : seanceRead);

  // ---- Vote.
  // The tally is usually after the dispositif, but some acts give it between the considérants and the verb.
  // (A point of a procès-verbal votes in its own part: « Le procès-verbal de la séance du … est adopté à l'unanimité » in
  // the shared header is no point's vote.)
  const inOwn = (v: Vote | null) => (v && heading !== undefined && index.offsetAt(v.range.start) < heading ? null : v);
  const vote = inOwn(readVote(text, f, index, units, Math.max(0, dispoStart, own)))
    ?? inOwn(firstRecital >= 0 && dispoStart > firstRecital ? readVoteUnits(text, f, index, units, firstRecital, dispoStart) : null)
    ?? inOwn(openingVote(text, f, index, units, dispoStart > 0 ? dispoStart : firstRecital >= 0 ? firstRecital : Math.min(n, 20)));

  // ---- Place and date.
  let placeDate: PlaceDate | null = null;
  if (placeIdx >= 0 || units.some((u) => u.type === 'placeDate')) {
    const u = units[placeIdx >= 0 ? placeIdx : units.findIndex((x) => x.type === 'placeDate')];
    u.type = 'placeDate';
    const lead = u.f.length - u.f.replace(/^[-*\s]+/, '').length;
    const ff = u.f.slice(lead);
    const m = /^(?:ainsi\s+)?(?:fait\s+et\s+delibere\s+|fait\s+|delibere\s+)(?:a|en|au|aux)\s+([^,\n]{1,80}?)(?:\s*,|\s+le\b|\s+les\b|\s*$)/d.exec(ff) ?? /^(?:a\s+)?([^,\n]{1,60}?),?\s+le\s+(?=\d|1er)/d.exec(ff);
    let place: string | null = m?.indices?.[1] ? clean(text.slice(u.start + lead + m.indices[1][0], u.start + lead + m.indices[1][1])).replace(/[,\s]+$/, '') || null : null;
    // « Fait au Pellerin », « Fait aux Sorinières »: the article goes back into the name.
    const contracted = m?.indices?.[1] ? /\b(au|aux)\s+$/.exec(ff.slice(0, m.indices[1][0])) : null;
    if (place && contracted) place = `${contracted[1] === 'au' ? 'Le' : 'Les'} ${place}`;
    // "Fait et délibéré en séance, les jour, mois et an susdits": no place.
    if (place && /^(?:seance|la\s+seance|session)\b/i.test(place.normalize('NFD').replace(/[\u0300-\u036f]/g, ''))) place = null;
    // « Fait en mairie », « Fait à l'Hôtel de Ville de Lexy »: the building, not the place; its commune when named.
    const building = place ? /^(?:(?:le\s+|la\s+|l['’]\s*)?(?:mairie|hotel\s+de\s+ville|hotel\s+(?:de\s+la\s+)?(?:metropole|communaute|region|departement)|siege)\b)(?:\s+(de|du|des|d['’])\s*(.+))?$/i.exec(fold(place)) : null;
    if (place && building) {
      // (A proper name: « de Lexy », « de La Baule », not « de la Communauté ».)
      const named = building[2] ? place.slice(place.length - building[2].length) : '';
      const name = /^\p{Lu}/u.test(named) ? named : null;
      place = name && (building[1] === 'du' || building[1] === 'des') ? `${building[1] === 'du' ? 'Le' : 'Les'} ${name}` : name;
      // « Fait en l'Hôtel de Ville, à Montbrison, le … »: the commune after the building.
      const then = !place && m?.indices?.[1] ? /^\s*,\s*a\s+([^,\n]{1,60}?)\s*(?:,|\s+le\b)/d.exec(ff.slice(m.indices[1][1])) : null;
      if (then) place = clean(text.slice(u.start + lead + m!.indices![1][1] + then.indices![1][0], u.start + lead + m!.indices![1][1] + then.indices![1][1])) || null;
    }
    // The date may be on the same unit or the next one.
    let date: string | null = null;
    let end = u.end;
    DATE_RE_G.lastIndex = 0;
    const local = u.f.slice(0, 160);
    let dm = DATE_RE.exec(local);
    if (!dm && placeIdx + 1 < n && /^(?:le\s+)?(?:\d|1er)/.test(units[placeIdx + 1]?.f ?? '')) {
      dm = DATE_RE.exec(units[placeIdx + 1].f);
      if (dm) end = units[placeIdx + 1].end;
    }
    // "le 16 Novembre deux mille dix-huit": a date with its year in words.
    const worded = dm ? null : scanDates(f, u.start, Math.min(u.end, u.start + 160))[0] ?? null;
    if (dm) {
      date = isoFromGroups(dm.slice(1, 7));
      if (end === u.end) end = Math.min(u.end, u.start + dm.index + dm[0].length);
    } else if (worded) {
      date = worded.iso;
      if (end === u.end) end = Math.min(u.end, worded.end);
    } else if (u.end - u.start > 120) {
      // Flattened text: the line ends where the formula does.
      const formula = /^[^.]*?(?:que\s+dessus|susdits?|an\s+que\s+susdit)/.exec(u.f);
      end = u.start + (formula ? formula[0].length : Math.min(u.end - u.start, 80));
    }
    const same = /(?:jour|jours),?\s+mois\s+et\s+an|que\s+dessus|susdits?/.test(local);
    if (!date && same) date = seanceOf()?.date ?? null;
    const s = u.start + lead;
    const impossibleDate = dm && !date ? clean(text.slice(u.start + dm.index, u.start + dm.index + dm[0].length)) : null;
    placeDate = { ...span(s, Math.min(end, s + 200 > end ? end : end)), place, date, sameDayAsSeance: same, impossibleDate };
  }

  // ---- Transmission block.
  const transmission = readTransmission(text, f, index, units, arIdx);

  // ---- Signatories: after the dispositif, before the AR block.
  const lastArticleEnd = articles.length ? articles[articles.length - 1].end : -1;
  let sigFrom = placeDate ? placeDate.end : Math.max(lastArticleEnd, vote ? index.offsetAt(vote.range.end) : -1);
  if (sigFrom < 0 && dispoStart >= 0) sigFrom = units[dispoStart].end;
  // (A point of a procès-verbal with neither: after the sentence that decides it, « 5. Le conseil municipal prend acte
  // des décisions … », the signature of the minutes.)
  if (sigFrom < 0 && heading !== undefined) {
    for (let i = units.length - 1; i >= own; i--) {
      if (DECIDING.test(units[i].f)) {
        sigFrom = units[i].end;
        break;
      }
    }
  }
  const sigTo = transmission && transmission.start > sigFrom ? transmission.start : text.length;
  let signatories = sigFrom >= 0 ? readSignatories(text, f, index, sigFrom, sigTo) : [];
  // (Not who acknowledges the notification under the signature: « Notifié le : 9 juin 2026 / Le président de
  // l'association, Lionel DARBAS », « Reçu notification le … / L'intéressé ».)
  if (signatories.length > 1) {
    const first = signatories[0];
    const receipt = NOTIFICATION_RECEIPT.exec(f.slice(first.end, sigTo));
    if (receipt) signatories = signatories.filter((s) => s === first || s.start < first.end + receipt.index);
  }
  // The signature written above « Fait à … » (« Le Maire, » / « Jean DUPONT » / « Fait à Yutz, le … »).
  if (signatories.length === 0 && placeDate && lastArticleEnd >= 0 && lastArticleEnd < placeDate.start) {
    signatories = readSignatories(text, f, index, lastArticleEnd, placeDate.start);
  }

  // ---- Recours and exécutoire: mentions anywhere after the preamble.
  // Mentions live after the preamble; with no recital nor verb to mark it, look everywhere.
  const mentionFrom = firstRecital >= 0 || dispoStart >= 0 ? preambleText.end : 0;
  const recours = readRecours(text, f, index, units, mentionFrom);
  const executoire = readExecutoire(text, f, index, units, mentionFrom);

  // ---- Kind.
  const found = findReferences(text, f, index);
  // (Not the act's own number, nor its own title read as a délibération cited: « DÉLIBÉRATION DU CONSEIL MUNICIPAL N° … ».)
  const references = number ? found.filter((r) => !(r.start < number!.end && number!.start < r.end)) : found;
  const kind = inferKind(text, f, units, title, authority, collectivite, seanceOf, dispositive, references, preambleText.end);
  // Only a délibération has a séance: an arrêté that cites « la délibération du conseil municipal du … » has none.
  const seance = kind.startsWith('deliberation') || kind === 'unknown' ? seanceOf() : null;
  const police = (kind === 'arrete-maire' || kind === 'arrete-president') && isPolice(f, references, title, object, articles);
  // (A président under a header that names an EPCI or a métropole is theirs, whatever département line is near.)
  const headerBody = collectivite?.type === 'epci' || collectivite?.type === 'metropole' ? collectivite.type : null;
  const ofPresident = (): Act['authorBody'] => {
    const body = presidentBody(f, preambleText.end);
    return body === 'departement' && headerBody ? headerBody : body;
  };
  const authorBody = establishmentBody(f, preambleText.end)
    ?? (kind.endsWith('-president') ? ofPresident() : kind.startsWith('deliberation') ? assemblyBody(f, preambleText.end) : null);
  // (The pattern runs over the whole text at every keystroke: only when one of its words is there.)
  const extract = EXTRACT_WORDS.some((w) => index.firstIndexOf('folded', f, w) >= 0) && EXTRACT.test(f);
  const minutes = title !== null && MINUTES_TITLE.test(f.slice(title.start, title.end)) && !OTHER_MINUTES.test(f.slice(title.start, title.end));

  const delegation = readDelegation(text, f, index, units, kind);
  const election = readElection(text, f, index, units, object, title, kind, seance ? index.offsetAt(seance.range.end) : 0);
  const members = seance ? readMembers(text, f, index, Math.max(preambleText.end, index.offsetAt(seance.range.end) + 1)) : null;
  const blankDates = readBlankDates(text, f, index, dispoStart >= 0 ? units[dispoStart].start : mentionFrom);

  const header: Header = { republique, collectivite, departement };
  // A letter's layout: no place and date after the dispositif, but « Vierzon, le 2 avril 2026 » at the head of the page,
  // alone on its line or after the mairie's name and a run of blanks (read last: the signature is under the dispositif).
  // (Not a délibération's, dated by its séance; and the place the collectivité's own, when the header names it: not a
  // préfecture's letterhead above the mairie's.)
  if (!placeDate && !kind.startsWith('deliberation')) {
    // (Above the title and the authority: below them, the same words are a sentence of the exposé.)
    const head = f.slice(0, Math.min(title?.start ?? 600, authority?.start ?? 600, f.length));
    const lm = LETTERHEAD_DATE.exec(head);
    const date = lm ? isoFromGroups(lm.slice(2, 8)) : null;
    const own = !collectivite || fold(collectivite.text).replace(/[\s'’-]+/g, ' ').includes(lm?.[1].replace(/[\s'’-]+/g, ' ').trim() ?? '');
    if (lm && date && own && !/^(?:le|la)\s+(?:maire|president)/.test(lm[1])) {
      const s = lm.indices![1][0];
      placeDate = { ...span(s, lm.indices![0][1]), place: clean(text.slice(s, lm.indices![1][1])), date, sameDayAsSeance: false, impossibleDate: null };
    }
  }
  // A délibération is dated by its séance (an extrait's « Fait à …, le … » is the day it was certified).
  const date = (kind.startsWith('deliberation') ? seance?.date : null) ?? placeDate?.date ?? transmission?.actDate ?? seance?.date ?? null;
  // What the recours, publicity, dates and identity readers see beyond their blocks (rules REC, PUB, DAT; the collectivité).
  const publicity = readPublicity(f, index, { kind, police, dispositive, articles, placeDate, recours, visas, considerants, seance });
  const dated = readDates(f, index, { dispositive, articles, placeDate, transmission });
  const fields = {
    kind, police, authorBody, extract, minutes, header, title, number, object, authority, seance, expose, visas, considerants, dispositive, articles,
    vote, placeDate, signatories, recours, executoire, transmission, references, delegation, election, members, blankDates, date: date ?? null,
    lineCount: index.lineCount, publicationPeriod: publicity.period, weekdayDates: dated.weekdays,
  };
  const mentions = [
    ...readMentions(text, f, index, fields), ...readSeanceMentions(text, f, index, fields), ...readSignatureMentions(text, f, index, fields),
    ...recoursWords(f, recours, index), ...publicity.mentions, ...dated.mentions, ...readIdentity(text),
    ...readDelegationMentions(text, f, index, fields), ...readCitationMentions(text, f, fields), ...readPlaceholders(text, f, index, fields),
  ];
  const read = { ...fields, mentions: mentions.sort((a, b) => a.start - b.start) };
  // A vote read in the verb's formula (« à l'unanimité décide : ») comes before the dispositif, not after it.
  const voteAfterDispositif = vote !== null && (!dispositive || index.offsetAt(vote.range.start) >= index.offsetAt(dispositive.range.end));
  const complete = isComplete(read, textEnd(text, vote && voteAfterDispositif ? index.offsetAt(vote.range.end) : -1));
  return { ...read, complete, seen: seenFields(read, complete) };
}

