// Reader of one recital (a visa or a considérant): what its words say, read once from its body so that the rules
// judge the model, not the text. A visa says what it designates (a loi, a code, a délibération…), its place in
// the Guide de légistique's order, whether it identifies its text (number, date, intitulé), and how a code is
// cited; a considérant says whether it states facts and which délibération it names as delegating.
import type { RecitalReading, VisaCategory, VisaDesignation } from '../model';
import { fold, scanDates } from '../text';

/** What a visa designates, from its first words (folded, « vu » stripped). */
/** A judge's ordonnance, no text of legislative rank (folded): « l'ordonnance n° 2504417 du 4 juin 2025 du président du tribunal administratif », « de référé ». */
const COURT_ORDER = /^(?:l'|les)?\s*ordonnances?\b[^;]{0,80}?\b(?:du\s+(?:president|vice-president|juge|magistrat)|du\s+tribunal|de\s+la\s+cour|de\s+refere|en\s+refere|du\s+conseil\s+d'etat|du\s+juge\s+des\s+referes)\b/;

/** « les délibérations des conseils municipaux (des communes membres) », « … concordantes des communes membres » (folded). */
const MEMBERS_DELIBERATIONS = /^les\s+deliberations\s+(?:concordantes\s+)?(?:des\s+conseils\s+municipaux|des\s+communes\s+membres|des\s+(?:assemblees|organes)\s+deliberant(?:e)?s\s+des\s+(?:communes|membres))\b/;

function designation(s: string): VisaDesignation {
  if (COURT_ORDER.test(s)) return 'other';
  if (/^(?:la|les|l')?\s*lois?\b/.test(s)) return 'loi';
  if (/^(?:l'|les)?\s*ordonnances?\b/.test(s)) return 'ordonnance';
  if (/^(?:le|les)?\s*decrets?\b/.test(s)) return 'decret';
  // (The délibérations of the member communes, cited together: « les délibérations des conseils municipaux des communes
  // membres approuvant ce rapport »; no one number and date identifies them.)
  if (MEMBERS_DELIBERATIONS.test(s)) return 'other';
  if (/^(?:la|les)?\s*deliberations?\b/.test(s)) return 'deliberation';
  if (/^(?:l'|les)?\s*arretes?\b/.test(s)) return 'arrete';
  // (A convention not yet signed, that the act approves: « la convention proposée par … », « à intervenir », « annexée ».)
  if (/^(?:la|les)\s+conventions?\b/.test(s)) return /^(?:la|les)\s+conventions?\b[^;]{0,100}?\b(?:proposee|a\s+intervenir|a\s+conclure|a\s+passer|a\s+signer|ci-annexee|annexee|jointe|soumise)\b/.test(s) ? 'other' : 'convention';
  if (/^(?:le|les)\s+codes?\b|^(?:l'|les)\s*articles?\b/.test(s)) return 'code';
  return 'other';
}

/** The visa's category in the Guide's order of visas (texts by rank, then other documents, then avis). */
function category(s: string): VisaCategory {
  if (/^la\s+constitution\b/.test(s)) return 'constitution';
  if (/^(?:la|les)\s+(?:convention|charte|traite)s?\s+(?:europeenne|internationale|de\s+sauvegarde|relative\s+aux\s+droits)/.test(s)) return 'international';
  if (/^(?:le|les)\s+reglements?\s+\(?(?:ue|ce|cee)\)?|^(?:le|les)\s+reglements?\s+(?:europeen|du\s+parlement\s+europeen)/.test(s)) return 'eu-regulation';
  if (/^(?:la|les)\s+directives?\b/.test(s)) return 'directive';
  if (/^(?:la|les)\s+lois?\s+organiques?\b/.test(s)) return 'loi-organique';
  if (/^(?:le|les)\s+codes?\b|^(?:l'|les)\s*articles?\b[^;]{0,200}\bcode\b/.test(s)) return 'code';
  if (/^(?:la|les)\s+lois?\b|^(?:l'|les)\s*ordonnances?\b/.test(s) && !COURT_ORDER.test(s)) return 'loi';
  if (/^(?:le|les)\s+decrets?\b/.test(s)) return 'decret';
  if (/^(?:l'|les)\s*arretes?\b/.test(s)) return 'arrete';
  if (/^(?:la|les)\s+deliberations?\b/.test(s)) return 'deliberation';
  if (/^(?:l'|les)\s*avis\b|^(?:la|les)\s+consultations?\b|^(?:le|les)\s+rapports?\s+de\s+la\s+commission/.test(s)) return 'avis';
  return 'other';
}

/** A recital carries a number ("n° …", or a code such as "CM2017/12/08/05"). */
export function numbered(folded: string): boolean {
  return /\bn\s?[°o]\s*(?:\.\s*)?\S*\d/.test(folded) || /\bnumero\s+\S*\d/.test(folded)
    || /^(?:la|les|l')?\s*(?:deliberations?|arretes?|decisions?|decrets?|lois?|ordonnances?|conventions?)\s+(?:[a-z]{0,8}\s?)?\d[\w/.-]*\d/.test(folded);
}

const MONTHS = '(?:janv|fevr?|mars|avr|mai|juin|juil|aout|sept?|oct|nov|dec)';
export const DATED = new RegExp(`\\b\\d{1,2}(?:er)?\\s+${MONTHS}[a-z]*\\.?\\s+\\d{4}\\b|\\b\\d{1,2}[/.]\\d{1,2}[/.]\\d{2,4}\\b|\\b(?:du|de|en)\\s+(?:19|20)\\d{2}\\b|\\b(?:annee|exercice)\\s+(?:19|20)\\d{2}\\b`);

/** After "du 27 janvier 2014", no intitulé: only « modifiée », « notamment son article … ». */
function untitled(folded: string): boolean {
  const m = /\bdu\s+\d{1,2}(?:er)?\s+[a-z]+\.?\s+\d{4}\s*(.*)$/.exec(folded);
  return m !== null && !/[a-z]{3}/.test(m[1].replace(/\b(?:modifiee?s?|et|notamment|son|ses|article|articles)\b/g, ''));
}

/** "Vu l'article L. 2122-22 du code …" (article before code): the words as written. */
function articleFirst(body: string, folded: string): RecitalReading['articleFirst'] {
  const m = /^(l'article|les\s+articles)\s+(.{3,160}?)\s+du\s+(code\s+[a-z' -]{4,80}?)(?=\s*[,;.]|\s+(?:et|relatif|modifie)\b|$)/.exec(folded);
  if (!m) return null;
  return {
    plural: m[1] !== "l'article",
    articles: body.slice(m.index + m[1].length + 1, m.index + m[1].length + 1 + m[2].length).trim().replace(/[\s,;]+$/, ''),
    code: body.slice(m.index + m[0].length - m[3].length, m.index + m[0].length),
  };
}

/**
 * A considérant states facts (dates, figures, findings, the person), not only the law: it names one, or it neither
 * cites a text nor only says what must be done (« que l'emplacement sollicité est situé sur l'itinéraire des secours »
 * is a fact; « qu'aux termes de l'article L. 2212-2 … », « qu'il appartient au maire de … » are not).
 */
function factual(b: string): boolean {
  // (« Considérant les faits reprochés à M. X » names the person and no fact: a stereotyped motive.)
  if (b.length < 100 && STEREOTYPED.test(b) && !/\d/.test(b)) return false;
  // (A figure is a fact, except the numbers and dates of the texts cited.)
  // (A harm the text it cites speaks of is the law's word, not a fact: « il appartient au maire, en application de
  // l'article L. 211-11 du code rural, de prescrire … à un animal susceptible de présenter un danger ».)
  return /\d/.test(b.replace(CITED_NUMBERS, ' ')) || /\b(?:constat|rapport|courrier|plainte|signalement|visite|controle|proces-verbal|releve|m\.|mme|monsieur|madame|societe|entreprise|l'interesse)/.test(b) ||
    (/\b(?:nuisances?|bruit|degradation|danger|risque|accident|incident|etat\s+de)/.test(b) && !CITES_TEXT.test(b)) || !LAW_OR_DUTY.test(b);
}
/** A considérant that cites a text (folded). */
const CITES_TEXT = /\b(?:articles?|code|loi|decret|ordonnance|aux\s+termes|en\s+vertu|en\s+application|conformement)\b/;
/**
 * A motive that names no fact (folded): « les faits reprochés à M. X », « la gravité des faits », « les éléments du
 * dossier », « l'intérêt général », « l'intérêt du service », « les nécessités de service », « la demande ne répond
 * pas aux conditions requises », « le dossier est incomplet », « il n'y a pas lieu d'y faire droit ».
 */
const STEREOTYPED = /^[\s,]*(?:que\s+)?(?:les\s+faits\s+(?:reproches|commis|en\s+cause)|la\s+gravite\s+des\s+faits|les\s+elements\s+(?:du|de\s+son)\s+dossier|l'ensemble\s+des\s+elements\s+du\s+dossier|la\s+maniere\s+de\s+servir)\b[^;]{0,60};?\s*$|^[\s,]*(?:que\s+|qu')?(?:(?:un\s+|des\s+)?(?:l'|les\s+)?(?:motifs?\s+d')?interets?\s+(?:general|du\s+service)|les\s+necessites\s+(?:du|de)\s+(?:service|l'ordre\s+public)|la\s+demande\s+(?:ne\s+repond\s+pas\s+aux\s+conditions(?:\s+(?:requises|reglementaires|fixees|exigees))?|n'est\s+pas\s+conforme\s+a\s+la\s+reglementation(?:\s+en\s+vigueur)?)|les\s+conditions\s+(?:requises\s+|reglementaires\s+)?ne\s+sont\s+pas\s+(?:remplies|reunies)|le\s+dossier\s+(?:est|etant)\s+incomplet|il\s+n'y\s+a\s+pas\s+lieu\s+d'y\s+faire\s+droit)\s*[,;.]?\s*$/;
/** Article numbers and the number and date of a text, as a considérant cites them (folded). */
const CITED_NUMBERS = /\b(?:articles?|art\.)\s+(?:[lrd]\.?\s*)?\d[\d-]*(?:\s*(?:,|et|a)\s*(?:[lrd]\.?\s*)?\d[\d-]*)*|\b(?:loi|decret|ordonnance|arrete|deliberation)\s+(?:n\s?°\s*)?[\w/-]*\d[\w/-]*(?:\s+du\s+\d{1,2}(?:er)?\s+[a-z]+\s+\d{4})?/g;
/** What a considérant that only recalls the law says (folded). */
const LAW_OR_DUTY = /\b(?:articles?|code|loi|decret|ordonnance|reglement|dispos\w*|prevoi\w*|aux\s+termes|en\s+vertu|en\s+application|conformement|il\s+(?:y\s+a\s+lieu|convient|appartient|incombe|importe)|jurisprudence|principe|competen\w*|pouvoirs?\s+de\s+police)\b/;

/** "… la délibération n° 2020-45 du … portant délégation …": the number as written. */
function delegatingNumber(body: string, folded: string): string | null {
  // (« … a délégué au maire … », « … le maire a reçu délégation pour … »; not a délégation de service public.)
  const m = /deliberation\s+(?:n\s?°\s*)?(\S*\d\S*)[^;]{0,120}\bdeleg(?:u|ation\b(?!\s+(?:de\s+)?service))/.exec(folded);
  if (!m) return null;
  const at = m.index + m[0].indexOf(m[1]);
  return body.slice(at, at + m[1].length).replace(/[,;.]+$/, '');
}

/**
 * Where a code's visa sorts among the codes (folded): its title without « code » nor the article before the main word,
 * as Légifrance lists them (« général des collectivités territoriales » before « de la route » and « de la santé
 * publique »: « général », « route », « santé »).
 */
export function codeSortKey(folded: string): string {
  return folded.replace(/^(?:vu\s+)?(?:l(?:es?\s+|')articles?\s.*?\bdu\s+)?(?:le\s+)?code\s+/, '').replace(/^(?:de\s+la\s+|de\s+l'|des\s+|du\s+|de\s+|d')/, '');
}

/**
 * Read a recital's body (the text after « Vu » / « Considérant », cleaned): a few regular expressions over a
 * few hundred characters, once per recital.
 */
export function readRecital(body: string, visa: boolean): RecitalReading {
  const b = fold(body);
  const s = b.replace(/^(?:vu\s+)?/, '');
  const head = b.slice(0, 400);
  const cat = visa ? category(s) : 'other';
  return {
    designates: visa ? designation(head.replace(/^(?:vu\s+)?/, '')) : 'other',
    category: cat,
    citesDeliberation: /^(?:la|les|une|des)?\s*deliberations?\b/.test(b),
    numbered: numbered(head),
    dated: DATED.test(head),
    untitled: untitled(head),
    namesText: /\b(?:code|loi|decret|ordonnance)\b/.test(b),
    codeTitle: cat === 'code' ? codeSortKey(b.replace(/^(?:l'|les)\s*articles?\b.*?\bdu\s+code\s+/, 'code ')) : null,
    codeOrderKey: /^(?:le\s+code|les?\s+articles?|l'article)\b/.test(b) ? codeSortKey(b) : null,
    numberDate: numberDate(body),
    articleFirst: visa ? articleFirst(body, b) : null,
    delegation: /delegation|delegu|attributions/.test(b),
    factual: factual(b),
    delegatingDeliberation: visa ? null : delegatingNumber(body, b),
    filedOn: visa ? filedOn(head) : null,
  };
}

/**
 * The day a request the visa cites was made (folded head): « Vu la déclaration préalable présentée le 12 mai 2025 par
 * M. X », « Vu la demande déposée le … », « Vu le courrier du … ».
 */
function filedOn(head: string): string | null {
  const m = FILED.exec(head);
  if (!m) return null;
  const d = scanDates(head, m.index + m[0].length, Math.min(head.length, m.index + m[0].length + 40))[0];
  return d && d.start <= m.index + m[0].length + 3 ? d.iso : null;
}
const FILED = /^(?:la|le|les|l')\s*(?:demande|declaration|requete|dossier|courrier|lettre|petition|candidature)\b[^;]{0,120}?\b(?:presentee?|deposee?|recue?|enregistree?|adressee?|formulee?|datee?|en\s+date)\s+(?:du|le)\s+|^(?:la|le|l')\s*(?:demande|courrier|lettre|requete)\s+(?:du|en\s+date\s+du)\s+/;

/** A date embedded in a number: "2021/03/15" → 2021-03-15. */
function numberDate(body: string): string | null {
  const m = /(?<!\d)((?:19|20)\d{2})\/(\d{2})\/(\d{2})(?!\d)/.exec(body);
  return m ? `${m[1]}-${m[2]}-${m[3]}` : null;
}
