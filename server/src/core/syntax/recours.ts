// Reader of the mention of the voies et délais de recours.
import type { Mention, Recours, Span } from '../model';
import { TextIndex, clean, fold, joinCutWords } from '../text';
import { type Unit } from './scanner';
import { RECOURS_GRACIEUX_INTERRUPTS_SOURCE, RECOURS_STARTING_POINTS } from '../lexicon';

/** Where the mention of the voies et délais de recours begins (folded). */
const RECOURS_MENTION = /(?:voies?\s+et\s+delais?\s+de\s+recours|delais?\s+et\s+voies?\s+de\s+recours|reclamation\b[^.;\n]{0,60}?\b(?:devant|aupres\s+du|au\s+greffe\s+du)\s+(?:le\s+)?tribunal\s+administratif|recours\s+(?:pour\s+exces\s+de\s+pouvoir|contentieux|en\s+annulation)|peut\s+faire\s+l'objet\s+d'un\s+recours|(?:peut|pourra|peuvent)\s+etre\s+(?:contestee?s?|deferee?s?|attaquee?s?)|recours\s+(?:devant|aupres\s+du)\s+(?:le\s+)?tribunal\s+administratif|tribunal\s+administratif\s+(?:de|d')\s+\S+\s+(?:dans|sous)\s+un\s+delai|(?:^|\n)[ \t]*(?:voies\s+(?:et\s+delais\s+)?de\s+)?recours\s*:[^\n]{0,40}?\btribunal\s+administratif)/;

export function readRecours(text: string, f: string, index: TextIndex, units: Unit[], from: number): Recours | null {
  // (An election's: « Une réclamation peut être déposée devant le tribunal administratif … dans les cinq jours », code
  // électoral, art. R. 119; « Délais et voies de recours : … ».)
  if (!index.mayMatch('folded', f, RECOURS_MENTION)) return null;
  const m = RECOURS_MENTION.exec(f.slice(from));
  if (!m) return null;
  const at = from + m.index;
  // The mention runs to the end of its paragraph (and the next one when it speaks of recours too).
  let u = units.findIndex((x) => x.end > at);
  if (u < 0) return null;
  let s = Math.min(units[u].start, at);
  if (units[u].end - units[u].start > 1500) s = Math.max(units[u].start, at - 200);
  let e = Math.min(units[u].end, s + 1500);
  // (And the line a wrapped sentence goes on to: « … dans un délai de deux mois à » / « compter de sa publication. ».)
  while (u + 1 < units.length && units[u + 1].type === 'text' && (/recours|tribunal|delai|gracieux|telerecours/.test(units[u + 1].f) || (!units[u + 1].afterBlank && !/[.;:]\s*$/.test(units[u].f))) && units[u + 1].end - s < 2500) {
    u++;
    e = units[u].end;
  }
  const body = joinCutWords(f.slice(s, e), text.slice(s, e));
  // (« deux (2) mois », « soixante jours »: the same two months.)
  const delay = /\b(deux|2)(?:\s*\(2\))?\s*mois\b|\b(soixante|60)\s+jours\b/.exec(body);
  // (« tribunal admi-⏎nistratif de Montreuil »: a word cut at a line end by a hyphen.)
  const tr = /tribunal\s+admi(?:-\s*\n\s*)?nistratif\s+(?:de\s+la\s+|de\s+|d'|du\s+)([a-z][a-zœæ'-]*(?:[- ](?:sur|en|de|la|le|les|du|d')?[- ]?[a-z][a-zœæ'-]*){0,3})/.exec(body);
  let tribunal: string | null = null;
  let tribunalSpan: Span | null = null;
  if (tr) {
    // Keep the capitalised words of the name as written ("Grenoble", "Cergy-Pontoise", "Châlons-en-Champagne").
    const ts = s + tr.index + tr[0].length - tr[1].length;
    // (A name cut at a line end by a hyphen, « Mont- » / « pellier », « Cler- » / « mont-Ferrand »: read joined.)
    // (Across a page's furniture too, blanked with vertical tabulations.)
    const around = text.slice(ts, Math.min(text.length, ts + tr[1].length + 400));
    // (« Châlons-en- » / « Champagne »: a compound's own hyphen stays.)
    const cut = /-[ \t]*\r?\n(?:[ \t\v]*\r?\n)*[ \t\v]*(?=\p{L})/u.exec(around);
    const keep = cut && /\p{Lu}/u.test(around[cut.index + cut[0].length]) ? '-' : '';
    const raw = cut && cut.index <= tr[1].length ? around.slice(0, cut.index) + keep + around.slice(cut.index + cut[0].length) : text.slice(ts, ts + tr[1].length);
    const words = /^[A-ZÀ-Ýa-zà-ÿ][\p{L}'’]*(?:-[\p{L}'’]+)*(?:\s+(?:sur|en)-?\s*[A-ZÀ-Ý][\p{L}'’-]+)?/u.exec(raw);
    if (words) {
      tribunal = /^[A-ZÀ-Ý]/.test(words[0]) ? words[0] : words[0].replace(/^./, (c) => c.toUpperCase());
      const written = words[0].length + (cut && cut.index < words[0].length ? cut[0].length - keep.length : 0);
      tribunalSpan = index.span(ts, ts + written);
    }
  }
  if (!tr) {
    // The tribunal given by its address: « tribunal administratif (6, allée de l'Ile-Gloriette CS 24111 - 44041 Nantes
    // Cedex) », « tribunal administratif, sis …, 38022 Grenoble cedex ». The city follows the postal code.
    const ad = /tribunal\s+administratif\s*(?:\(|,|\bsis\b|\bsitue\b)[^)]{0,140}?\b\d{2}\s?\d{3}\s+([a-z][a-z'-]*(?:[- ](?:sur|en|de|la|le|les|du|d')?[- ]?[a-z][a-z'-]*){0,3}?)(?=\s+cedex\b|\s*[),.;]|\s*$)/.exec(body);
    if (ad) {
      const ts = s + ad.index + ad[0].length - ad[1].length;
      const raw = text.slice(ts, ts + ad[1].length);
      tribunal = /^[A-ZÀ-Ý]/.test(raw) && raw !== raw.toUpperCase() ? raw : titleCity(raw);
      tribunalSpan = index.span(ts, ts + ad[1].length);
    }
  }
  // « à compter de la date du « rendu exécutoire » mentionnée … »: quotation marks may stand in the phrase.
  const sp = /a\s+compter\s+de\s+((?:sa|la|leur|son)\s+[a-z'«»"\u00a0\u202f ]{3,80}?)(?=[,.;)]|\s+(?:et|ou|en|au|aupres|devant|dans)\b|$)/.exec(body);
  const startingPoint = sp ? clean(text.slice(s + sp.index + sp[0].length - sp[1].length, s + sp.index + sp[0].length)) : null;
  // (With the authority a transmission goes to: « sa transmission | au représentant de l'État ».)
  const spEnd = sp ? sp.index + sp[0].length : 0;
  const sentTo = sp ? SENT_TO.exec(body.slice(spEnd, spEnd + 120)) : null;
  // (A span for a fix only where the body, whose words cut at a line end are joined, is the text itself.)
  const spanIfSame = (a: number, b: number): Span | null => (body.slice(a, b) === f.slice(s + a, s + b) ? index.span(s + a, s + b) : null);
  const startingPointSpan = sp ? spanIfSame(spEnd - sp[1].length, spEnd + (sentTo ? sentTo[0].length : 0)) : null;
  const other = delay ? null : OTHER_DELAY.exec(body);
  // What the rules judge is read in the mention as its span holds it (no line break at its edges).
  const mention = index.span(s, e);
  const said = joinCutWords(f.slice(mention.start, mention.end), text.slice(mention.start, mention.end));
  // The sentence that gives the starting point (not the stamps around the mention: « Mis en ligne et/ou notifié le »).
  const startAt = said.search(/a\s+compter\s+de/);
  const sentence = startAt >= 0 ? said.slice(startAt, startAt + 300).split(/\.(?:\s|$)/)[0] : said;
  const url = TELERECOURS_URL.exec(said);
  const suspends = SUSPENDS.exec(said);
  const ms = mention.start;
  return {
    ...mention,
    delay: delay ? (delay[1] === '2' ? '2 mois' : 'deux mois') : null,
    delaySpan: delay ? spanIfSame(delay.index, delay.index + delay[0].length) : null,
    otherDelay: other ? clean(text.slice(s + other.index + other[0].length - other[2].length, s + other.index + other[0].length)) : null,
    otherDelaySpan: other ? spanIfSame(other.index + other[0].length - other[2].length - (other[1]?.length ?? 0), other.index + other[0].length) : null,
    delayBasis: /\b(?:en\s+application|conformement|en\s+vertu|prevu\s+par|fixe\s+par)\s+(?:de\s+l'article|des\s+articles|a\s+l'article|aux\s+articles|du\s+code|de\s+la\s+loi|du\s+decret|l'article|les\s+articles)/.test(said),
    electoralDelay: /\b(?:cinq|5)\s+jours\b/.test(body),
    ofElection: /\belections?\b[^.;]{0,80}\b(?:peut|peuvent|pourra|pourront)\s+(?:etre\s+contestee?s?|faire\s+l'objet)|\b(?:contestation|reclamations?)\s+(?:de\s+l'election|contre\s+(?:l'election|les\s+operations\s+electorales))/.test(said),
    tribunalBasis: TRIBUNAL_BASIS.test(said),
    tribunal,
    tribunalSpan,
    startingPoint,
    startingPointSpan,
    telerecours: /telerecours/.test(body),
    gracieux: /recours\s+gracieux|recours\s+hierarchique/.test(body),
    tribunalNamed: Boolean(tribunal) || /tribunal\s+admi(?:-\s*\n\s*)?nistr\s?a?tif\s+(?:de\s|d'|du\s)/.test(said),
    judicial: !tribunal && !/tribunal\s+administratif/.test(said) && /\b(?:tribunal\s+judiciaire|juge\s+judiciaire|juge\s+des\s+libertes|magistrat\s+du\s+siege|ordre\s+judiciaire)\b/.test(said),
    specialJurisdiction: !tribunal && /\bcommission\s+du\s+contentieux\s+du\s+stationnement\s+payant\b/.test(said),
    startStated: Boolean(startingPoint) || /a\s+compter\s+de|a\s+partir\s+de|a\s+dater\s+de|(?:suivant|qui\s+suivent)\s+(?:sa|la|leur)\s+(?:date\s+de\s+(?:sa\s+|la\s+)?)?(?:notification|publication|affichage)|des\s+(?:sa|la)\s+(?:notification|publication)|\bdeux\s+mois\s+(?:de|a\s+partir\s+de)\s+(?:sa|la|leur)\s+(?:notification|publication|affichage|mise\s+en\s+ligne|reception|transmission)/.test(said),
    startingPointKind: startingPoint ? startingPointKind(fold(startingPoint)) : null,
    startAlsoPublic: /publication|affichage|notification|mise\s+en\s+ligne|publie|notifie/.test(sentence),
    publicationNamed: /publication|affichage|mise\s+en\s+ligne|publie/.test(said),
    telerecoursUrl: url ? index.span(ms + url.index, ms + url.index + url[0].length) : null,
    gracieuxSuspends: suspends ? index.span(ms + suspends.index, ms + suspends.index + suspends[1].length) : null,
    gracieuxInterrupts: GRACIEUX_INTERRUPTS.test(said),
  };
}

/**
 * The mention grounds its tribunal on a text of special jurisdiction (folded): the nine tribunals the CJA designates for
 * the disputes of tarification sanitaire et sociale (R. 312-10-1), « compétent en matière de … ».
 */
const TRIBUNAL_BASIS = /\br\.?\s*312-1[0-9](?:-\d+)?\b|\bcompetent\s+en\s+matiere\b|\btarification\s+sanitaire\s+et\s+sociale\b|\bdesigne\s+par\s+l'article\b/;
const GRACIEUX_INTERRUPTS = new RegExp(RECOURS_GRACIEUX_INTERRUPTS_SOURCE);
/** « www.telerecours.fr », and the addresses people write for it (« tele-recours.gouv.fr »). */
const TELERECOURS_URL = /(?:https?:\/\/)?(?:www\.)?tele-?recours(?:\.[a-z]{2,})+/;
/** « suspend le délai » misstates the law (a recours gracieux interrupts it); « n'est pas suspensif » (of the act's execution) is right. */
const SUSPENDS = /\b(suspend(?:ent)?|suspendra(?:it)?|suspendre)\s+(?:le|les|ce|ces|ledit)\s+delais?\b/;

/** The kind of a starting point (folded), from the lexicon; quotation marks (« la date du « rendu exécutoire » ») are blanks. */
function startingPointKind(folded: string): NonNullable<Recours['startingPointKind']> {
  const s = folded.replace(/[«»"]/g, ' ');
  for (const [kind, re] of RECOURS_STARTING_POINTS) if (re.test(s)) return kind;
  return 'other';
}

/**
 * With no recours mention read, the words of one in a layout the reader does not follow (a flattened text):
 * « voies et délais de recours », or « tribunal administratif » and « deux mois » near each other.
 */
export function recoursWords(f: string, recours: Recours | null, index?: TextIndex): Mention[] {
  if (recours) return [];
  // Its words are « recours », or both « administratif » and « mois »: without them, no search over the whole text.
  // (`index`, when `f` is its folded text: each word's answer is kept from one version of the text to the next.)
  const has = (w: string) => (index ? index.firstIndexOf('folded', f, w) >= 0 : f.includes(w));
  if (!has('recours') && !(has('administratif') && has('mois'))) return [];
  const m = RECOURS_WORDS.exec(f);
  return m ? [{ kind: 'recours-words', start: m.index, end: m.index + m[0].length, value: null, flag: false }] : [];
}
const RECOURS_WORDS = /tribunal\s+administratif[\s\S]{0,300}\b(?:deux|2)\s*mois|\b(?:deux|2)\s*mois[\s\S]{0,300}tribunal\s+administratif|voies?\s+et\s+delais?\s+de\s+recours/;

/** « CHALONS-EN-CHAMPAGNE » → « Chalons-en-Champagne »: each word capitalised, the particles after the first word not. */
function titleCity(raw: string): string {
  return raw.toLowerCase().replace(/(^|[- ])([\p{L}']+)/gu, (all: string, sep: string, w: string) =>
    sep !== '' && /^(?:sur|en|de|la|le|les|du|d'|sous|lès|lez|aux?)$/.test(w) ? all : sep + w.charAt(0).toUpperCase() + w.slice(1));
}

/** « dans un délai d'un mois », « sous quinze jours »: a délai other than two months (folded), its preposition, its words. */
const OTHER_DELAY = /\b(?:delai\s+(de\s+|d')|sous\s+)((?:un|une|trois|quatre|cinq|six|huit|dix|quinze|trente|\d{1,3})\s+(?:mois|jours?|semaines?|ans?))\b/;
/** What a transmission is sent to, after « sa transmission » (folded). */
const SENT_TO = /^\s+(?:au|a\s+la|a\s+l'|aux|en)\s+(?:representant\s+de\s+l'etat|prefet|prefecture|sous-prefet|sous-prefecture|controle\s+de\s+(?:la\s+)?legalite|services\s+(?:de\s+l'etat|prefectoraux))(?:\s+(?:dans|du|de\s+la|de\s+l')\s+(?:le\s+)?(?:departement|region)\b(?:\s+(?:de|du|des|d')\s*[a-z'-]+)?)?/;
