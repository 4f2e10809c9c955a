// Reader of the mentions the rules judge: words and marks the act carries in a known place, each read once in
// the region where it matters (the dispositif, the articles, the visas, the head of the text), so that no rule
// scans the text. Each mention is a span with a kind, and sometimes a value (the word, the accented form, the
// classification code) and a flag (the measure targets a person, the word opens a sentence, the abbreviation
// is plural). Most kinds are read only for the acts whose rules look at them, and only their first occurrence
// unless several are reported.
import type { Act, Mention, MentionKind, Span } from '../model';
import { containing, flat, fold, pieces, scanDates, type TextIndex } from '../text';
import { ACCENTED_CAPITALS, ABBREVIATION_ENTRIES, PLURAL_DETERMINER_SOURCE, VERB_CAPITALS_SOURCE } from '../lexicon';
import { DELIBERATION_SENTENCE, isSpace } from './scanner';
import { DELEGATION_RE, isContract } from './kind';
import { otherActBefore } from './common';

type Fields = Omit<Act, 'complete' | 'seen' | 'mentions'>;

/**
 * Unfavourable measures of L. 211-2 CRPA, as written in a dispositif (folded). (A certificat d'urbanisme négatif, « le
 * terrain ne peut pas être utilisé pour la réalisation de l'opération », is a refusal: C. urb., art. R. 410-14.)
 */
const UNFAVOURABLE = /\b(refus(?:e|ee|ees)?|rejet(?:te|tee)?|ne\s+peut\s+pas\s+etre\s+utilise\s+pour\s+la\s+realisation|(?<!\bpas\s+(?:fait\s+)?|\bnon[\s-]?|\bpas\s+d'|\bsans\s+)opposition\s+a\s+(?:la|le|l')\s*(?:declaration|demande|projet|permis|travaux)|(?:il\s+est\s+)?sursis\s+a\s+statuer|retir(?:e|ee)\b|retrait\s+de\s+l'(?:autorisation|agrement|arrete)|abroge(?:e)?\s+l'(?:autorisation|agrement)|sanction|(?:est|sont)\s+resiliee?s?\b|(?:un\s+|d'un\s+)?(?:blame|avertissement)\s+(?:est\s+)?(?:inflige|prononce)e?\b|(?:est|sont)\s+(?:inflige|prononce)e?s?\s+(?:a|au|aux)\s+(?:l'encontre\s+de\s+)?(?:m\.|mme|monsieur|madame)|mise?s?\s+en\s+demeure|met\s+en\s+demeure|abrogee?\b|fermee?(?=\s+(?:pour\s+une\s+duree|au\s+public|du\s+\d|(?:a\s+titre\s+)?(?:provisoire|temporaire)(?:ment)?|jusqu))|tenue?s?\s+de\s+(?:fermer|cesser|proceder|realiser|executer|demolir|maintenir|museler|tenir|evacuer|faire|prendre|suivre|remettre|supprimer|deplacer|enlever)|(?:il\s+est\s+)?(?:ordonne|prescrit|enjoint)e?\s+a\s+(?:m\.|mme|monsieur|madame|la\s+societe|l'entreprise|l'exploitant|la\s+sarl|la\s+sas)|\b(?:evacuation|demolition|interruption)\b[^.;]{0,80}?\best\s+ordonnee|assortie?s?\s+de\s+prescriptions|suspension|suspendu(?:e)?|interdi(?:t|te|ction)|fermeture\s+administrative|sous\s+reserve\s+(?:de|du|des)\b(?!\s*(?:droits?\s+des\s+tiers|l'application\s+des|respect\s+d|la\s+reglementation|reglements?\b|dispositions|l'obtention|autres\s+autorisations|autorisations|l'accord|l'avis))|declar(?:e|ee)\s+en\s+(?:etat\s+de\s+)?peril|(?<!\bles\s)exclusion\b(?!s)|deche(?:ance|u)|retire\s+le|revoqu|placee?\s+(?:sans\s+delai\s+)?(?:a\s+la\s+|en\s+|dans\s+(?:un|une|la|le)\s+|au\s+)(?:refuge[\s-]?)?(?:fourriere|lieu\s+de\s+depot|refuge)|euthanasie\s+(?:de\s+l'animal\s+)?est\s+(?:ordonnee|prescrite))/;
const UNFAVOURABLE_ALL = new RegExp(UNFAVOURABLE.source, 'g');
/**
 * A condition before the measure's word, in its clause (folded): « en cas d'absence, de suspension, de révocation ou de
 * tout autre empêchement » (L. 2122-17) names the maire's own suspension, no measure the act takes; « à l'exclusion des
 * arrêtés de nomination » bounds a délégation; « L'autorisation peut être retirée à tout moment » is the clause of
 * précarité of every permit (CG3P, art. L. 2122-3), a possibility, no measure.
 */
const CONDITION_BEFORE = /\ben\s+cas\s+(?:d'|de\s|du\s)[^.;:]{0,80}$|\b(?:a\s+l'|sans\s+)$|\ba\s+l'exclusion\s+(?:de|des|du|d')\b[^.;:]{0,80}$|\b(?:peut|peuvent|pourra|pourront|pourrait|pourraient|susceptibles?\s+d')\s+(?:a\s+tout\s+moment\s+)?(?:etre\s+(?:[a-z]+\s+(?:ou|et)\s+)?|faire\s+l'objet\s+d'une?\s+(?:[a-z]+\s+(?:ou|et)\s+(?:d'une?\s+)?)?)?$/;
/** What a withdrawal withdraws, before « est retiré » in its sentence (folded): a decision, a permit, a right. */
const WITHDRAWN_DECISION = /\b(?:autorisations?|agrements?|arretes?|decisions?|permis|permissions?|licences?|habilitations?|cartes?|concessions?|subventions?|delegations?|attributions?|titres?|droits?|aides?|allocations?|avantages?|logements?)\b/;
/** The act withdraws another (folded): « est retiré », « portant retrait de l'arrêté ». */
const WITHDRAWN = /\b(?:est|sont)\s+retire(?:e|s|es)?\b|\bretrait\s+(?:de\s+l'|du\s+|de\s+la\s+|des\s+)(?:arrete|decision|autorisation|permis|permission|deliberation|agrement)/;
/**
 * A withdrawal that favours the person (folded): asked for by the beneficiary (CRPA, art. L. 242-4), or of a sanction
 * (L. 243-4). Neither is a measure against the person (MOT), nor late after four months (DAT-006).
 */
const WITHDRAWAL_FAVOURS = /\b(?:a|sur)\s+(?:sa|leur)\s+demande|\b(?:a\s+la|sur)\s+demande\s+(?:du|de\s+la|de\s+l'|de\s+son|de\s+sa|de|des)\b[^.;]{0,60}?\b(?:beneficiaire|titulaire|interesse|agent|petitionnaire)|\b(?:sollicite|demande)e?\s+par\s+(?:le|la|son|sa|l')\s*(?:beneficiaire|titulaire|interesse|agent|petitionnaire)|\bl\.?\s*24[23]-4\b|\bretrait\s+(?:d'un|du|de\s+la)\s+(?:blame|avertissement|sanction)|\b(?:blame|avertissement|sanction)\b[^.;]{0,80}\b(?:est|sont)\s+retire|\binfligeant\s+(?:un|une)\s+(?:blame|avertissement|sanction|exclusion)/;
/**
 * What a withdrawal may take back at any time, named in its sentence or in the act's title (folded): a permit to occupy
 * the domain public, précaire et révocable (CG3P, art. L. 2122-3); a taxi's autorisation de stationnement (code des
 * transports, art. L. 3124-1).
 */
const DOMAIN_PERMIT = /\b(?:terrasses?|etalages?|kiosques?|emplacements?|permis\s+de\s+stationnement|permissions?\s+de\s+voirie|autorisations?\s+(?:d'occupation|de\s+stationnement)|(?:occupation|utilisation)\s+(?:temporaire\s+)?du\s+domaine\s+public)\b/;
/** A subvention withdrawn when the conditions of its grant were not respected (CRPA, art. L. 242-2, 2°): its sentence… */
const SUBVENTION = /\bsubventions?\b/;
/** …and the breach the act states (folded). */
const BREACH = /\b(?:non[\s-]respect|manquements?|inobservation|ne\s+respecte\s+pas|n'a\s+pas\s+respecte|n'ont\s+pas\s+ete\s+respectees?|n'a\s+pas\s+ete\s+affectee?)\b/;
/** A withdrawal that runs from a day (« est retirée à compter du 15 juillet »), or from its notification (folded). */
const FROM_A_DAY = /\b(?:a\s+compter\s+d|a\s+partir\s+d|a\s+l'expiration|a\s+l'issue)[a-z']*\s*(?:(?:la\s+|sa\s+)?(notification|publication|reception)\b)?/;
/** Grounds that allow a withdrawal after four months: those, or fraud (L. 241-2). */
const WITHDRAWAL_EXCEPTION = new RegExp(`\\bfraud|\\bmanoeuvres?\\s+frauduleuses|${WITHDRAWAL_FAVOURS.source}`);
/** HTML tags and entities (original text). */
const HTML_MARKUP = /<\/?(?:p|br|div|span|b|i|u|strong|em|table|tr|td|th|li|ul|ol|h[1-6]|font|body|html)\b[^<>\n]{0,200}>|&(?:nbsp|eacute|egrave|ecirc|agrave|acirc|ccedil|ocirc|ucirc|icirc|amp|quot|rsquo|lsquo|laquo|raquo|#\d{2,5}|#x[0-9a-f]{2,4});/gi;
/** An objet that fixes tarifs (folded): « fixant les tarifs de la piscine », « Tarifs municipaux 2026 », « révision des droits de place ». */
const TARIFS = /\b(?:fix(?:ant|ation|e)|modif(?:iant|ication)|revision|revisant|actualis(?:ant|ation)|creation|creant)\s+(?:des\s+|les\s+|de\s+nouveaux\s+)?(?:tarifs?|droits\s+de\s+(?:place|stationnement|voirie))\b|^\W*(?:objet\s*:\s*)?tarifs?\s+(?:municipaux|communaux|des?\s)/;
/** The act approves a convention, or lets it be signed or concluded (folded objet and dispositif). */
const CONVENTION_APPROVED = /\b(?:approuve|approbation|adopte|valide|autoris\w*\s[^.;]{0,80}?\b(?:signer|conclure|passer|signature))\b[^.;]{0,80}?\b(?:conventions?|avenants?|contrats?\s+de\s+partenariat)\b/;
/** What opens a period before its first date (folded): « du », « à compter du », « à partir du ». */
const PERIOD_START = /\b(?:du|a\s+compter\s+du|a\s+partir\s+du|depuis\s+le)\s+(?:(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)\s+)?$/;
/** The objet of a motion or a vœu (folded): « Motion relative à … », « Vœu pour le maintien … », « Adoption d'une motion ». */
const WISH = /^[\s\W]*(?:motion|v(?:œ|oe)u)\b|\b(?:adoption\s+d'une|une)\s+(?:motion|v(?:œ|oe)u)\b|\bemet(?:tre)?\s+un\s+v(?:œ|oe)u\b/;
/** An objet that sets the tarification of an établissement or a service social or médico-social (folded). */
const TARIFICATION = /\btarification\b|\b(?:tarifs?|prix)\s+(?:de\s+journee|journaliers?|hebergement|dependance|horaires?\s+(?:de\s+l'aide|du\s+service))|\bdotation\s+globale\b|\bforfait\s+global\b|\betat\s+previsionnel\s+des\s+recettes\s+et\s+des\s+depenses\b/;
/** A visa of the CASF's articles on tarification (L. 314-1 et s., R. 314-1 et s.) (folded). */
const TARIFICATION_VISA = /\b[lr]\.?\s*314-\d/;
/** The tribunal interrégional de la tarification sanitaire et sociale (folded). */
const TITSS = /\btribunal\s+interregional\s+de\s+la\s+tarification(?:\s+sanitaire\s+et\s+sociale)?|\btitss\b/;
/** What is withdrawn is a délégation (folded, the clause before « est retirée »): « La délégation de fonctions consentie à M. X … ». */
const WITHDRAWN_DELEGATION = /^[\s*-]*(?:article\s+[\w°]+\s*[:.–—-]\s*)?(?:la|les|cette|ces|ladite)\s+delegations?\b/;
/**
 * A verb that decides something at the head of a clause of the dispositif (folded): « AUTORISE le Maire à signer »,
 * « décide d'attribuer une subvention »; not « DÉCIDE : », « décide d'adopter », « ADOPTE », which a motion opens with too.
 */
const WISH_DECIDES = /(?:^|\n|[,;:]\s*|\bet\s+)(?:le\s+conseil\s+municipal\s+)?(?:autorise|approuve|s'oppose|fixe|attribue|accorde|designe|decide\s+(?!d'adopter|d'emettre|de\s+soutenir|d'apporter|de\s+demander|de\s+s'associer|de\s+transmettre|d'adresser))\b/;
/** An agent of the collectivité named as the one a délégation de signature goes to (folded). */
const AGENT_DELEGATE = /\b(?:directeur|directrice|d\.?g\.?s\b|d\.?g\.?a\b|secretaire\s+generale?|responsable|chef|cheffe|agents?|attachee?|redacteur|redactrice|ingenieur)\b/;
/** A start that needs no end (folded): « à compter du », « à partir du ». */
const FROM_ON = /\b(?:a\s+compter\s+du|a\s+partir\s+du)\s+(?:(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)\s+)?$/;
/** The day a clause opens on (folded): « Article 1er – Le samedi 21 juin 2025, », « … interdite. Le 22 juin 2025, ». */
const ON_THE_DAY = /(?:^|\n|[.;:]\s+|\barticle\s+(?:1er|premier|unique|\d+)\s*(?:er\s*)?(?:[-–—:.)]\s*)?)le\s+(?:(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)\s+)?$/;
/** What joins its two dates (folded): « au », « jusqu'au », a time between (« 8 h au vendredi »). */
const PERIOD_END = /^(?:\s*(?:a\s+)?(?:\d{1,2}\s*(?:h|heures?)(?:\s*\d{2})?(?:\s*min(?:utes)?)?|\d{1,2}[:.]\d{2}|midi|minuit))?\s*(?:,\s*)?(?:au|jusqu'au|jusqu'a\s+la\s+date\s+du)\s+(?:(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)\s+)?$/;
/** An item of a numbered list at the start of a line: « 1. », « 2) », « 3 - » (folded). */
const NUMBERED_ITEM = /(?<=^|\n)[ \t]*(\d{1,2})[ \t]*[.)–-][ \t]/g;
/** Ends of sentences in folded text (not the dot of "M." or "Mme.", nor a decimal point). */
const SENTENCE_END = /(?<!\bmm?|\bmme)\.(?!\d)|;|\n/g;
/** The measure targets a person or a company. */
const PERSONAL = /\bm\.(?=\s)|\b(?:mme|monsieur|madame|la\s+societe|l'entreprise|l'etablissement|le\s+gerant|la\s+gerante|le\s+proprietaire|la\s+proprietaire|son\s+detenteur|sa\s+detentrice|detenue?\s+par|l'exploitant|le\s+petitionnaire|l'interesse(?:e)?|l'agent|sarl|sas|sasu|eurl|sci|l'association)\b/;
/** A refusal or a withdrawal (as UNFAVOURABLE reads them)… */
const INDIVIDUAL_MEASURE = /^(?:refus|rejet|ne\s+peut\s+pas|opposition|(?:il\s+est\s+)?sursis|retir|retrait|abroge|deche|revoqu|sous\s+reserve|assorti|est\s+resili|sont\s+resili)/;
/** An exception clause to the end of its sentence (folded). */
const EXCEPTED = /\b(?:sauf|excepte|hormis|a\s+l'exception|exception\s+faite|autres?\s+que)\b[^]*$/;
/**
 * A clause that names whom the measure serves, to its next comma (folded): not its target (« le stationnement est
 * interdit au droit du 45 rue …, afin de permettre le stationnement du véhicule de la société X »).
 */
const BENEFICIARY = /\b(?:afin\s+(?:de|d'|que)|pour\s+permettre|permettant|au\s+(?:profit|benefice)\s+(?:de|du|des)|a\s+la\s+demande\s+(?:de|du|des)|pour\s+le\s+compte\s+(?:de|du|des))[^,;]*/g;
/** A favourable individual measure: a person named, granted, authorised (folded sentence of an article). */
const GRANTED = /\b(?:est|sont)\s+(?:nommee?s?|titularisee?s?|promue?s?|reclassee?s?|detachee?s?|recrutee?s?|admise?s?|radiee?s?|licenciee?s?|autorisee?s?|(?:mise?s?|placee?s?)\s+(?:en\s+disponibilite|a\s+disposition|en\s+conge|en\s+position|a\s+la\s+retraite|en\s+retraite))\b|\b(?:est|sont)\s+(?:accordee?s?|delivree?s?|attribuee?s?|concedee?s?|octroyee?s?)\s+(?:a|au|aux)\s/;
/** A non-opposition to a déclaration préalable, a permit granted (folded): « Il n'est pas fait opposition à la déclaration préalable », « Le permis de construire est accordé ». */
const NON_OPPOSITION = /\b(?:il\s+)?n'est\s+pas\s+fait\s+opposition\b|\bne\s+fait\s+pas\s+opposition\b|\bne\s+s'oppose\s+pas\b|\bdecision\s+de\s+non-opposition\b|\b(?:le\s+)?permis\s+(?:de\s+(?:construire|demolir|amenager)\s+)?(?:(?:modificatif|de\s+regularisation)\s+)?(?:est|sont)\s+(?:accorde|delivre)s?\b/;
/** What a police arrêté of circulation or stationnement regulates (folded). */
const TRAFFIC = /\b(?:circulation|stationnement|stationner|circuler|vitesse|sens\s+unique|zone\s+(?:bleue|30|de\s+rencontre)|poids\s+lourds|vehicules?|chaussee|deviation)\b/;
/** A route départementale named with « hors agglomération » in the same clause (folded). */
const RD_ROAD = String.raw`\b(?:route\s+departementale|chemin\s+departemental|[rc]\.?\s?d\.?)\s*(?:n\s?[°o]\s*)?\d{1,4}`;
const RD_AWAY = String.raw`\b(?:hors\s+agglo(?:meration)?|en\s+dehors\s+(?:de\s+l'|des\s+limites\s+de\s+l')agglomeration)\b`;
const RD_OUTSIDE = new RegExp(`${RD_ROAD}[^.;:]{0,80}?${RD_AWAY}|${RD_AWAY}[^.;:]{0,80}?${RD_ROAD}`);
const RD_NAMED = new RegExp(RD_ROAD);
/** A clause that places its measure inside the agglomération (folded). */
const INSIDE_AGGLOMERATION = /\b(?:en\s+|dans\s+l'|a\s+l'interieur\s+de\s+l')agglomeration\b/;
/** Words before the date of an authorised operation (folded): « aura lieu le lundi », « à compter du », « jusqu'au ». */
// (Not « à compter du … », « du … » alone: an authorisation that starts earlier and runs on is no past operation.)
const OPERATION_DATE = /(?:(?:aura|auront|a|ont)\s+lieu|se\s+deroulera|prevue?s?|(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)|jusqu'au|pour\s+la\s+journee\s+du|\bau)\s*(?:le\s+)?$/;
/** …not a birth, a death, a burial or a cited act's date. */
const NOT_OPERATION_DATE = /\b(?:nee?|decedee?|inhumee?|date|arrete|deliberation|demande|courrier|decision|concession)\b[^,;]{0,25}$/;
/** …of what a person asks for or holds: an individual decision even when the article does not name the person. */
const INDIVIDUAL_OBJECT = /\b(?:demande|requete|autorisation|permis|permission|agrement|licence|habilitation|subvention|candidature|declaration\s+prealable)\b/;
/** The rule of silence a recours mention recalls, wherever it is written. */
const IMPLICIT_REJECTION = /\bvaut\s+(?:decision\s+(?:implicite\s+)?de\s+)?rejet|\bdecision\s+implicite\s+de\s+rejet|\brecours\s+gracieux/;
const ON_REQUEST = /\b(?:demande|requete|sollicit)/;
/** « suspendu de ses fonctions », « suspension de fonctions » (folded). */
const SUSPENDED_FROM_DUTY = /\bsuspen(?:du|due|dus|dues|sion)\s+(?:de\s+(?:ses\s+|leurs\s+)?|des\s+)fonctions\b/;
/** A title or an objet that grants an authorisation (folded): « portant autorisation d'ouverture », « autorisant M. X à … ». */
const AUTHORISATION_NAMED = /\b(?:portant\s+autorisation|autorisant)\b/;
const OWN_REQUEST = /\b(?:sa|leur)\s+demande\b/;
/** An agent's right to his file, said or used (folded; CGFP, art. L. 532-4). */
const FILE_COMMUNICATED = /\b(?:communication\s+(?:integrale\s+)?(?:de\s+l'integralite\s+)?de\s+son\s+dossier|(?:consulte|consulter|consultation\s+de|acces\s+a|pris\s+connaissance\s+de|prendre\s+connaissance\s+de)\s+(?:l'integralite\s+de\s+)?son\s+dossier|son\s+dossier(?:\s+individuel)?\s+(?:lui\s+)?a\s+ete\s+communique|droit\s+a\s+(?:la\s+)?communication)/;
const CONTRADICTOIRE = /observations?\s+(?:ecrites|orales|presentees|formulees|transmises|produites)|presenter\s+(?:ses|leurs)\s+observations|communication\s+de\s+son\s+dossier|mise?\s+a\s+meme\s+de|procedure\s+contradictoire|contradictoire|invitant\b|a\s+ete\s+(?:entendu|invitee?)/;
/**
 * An urgency the recitals state as the measure's ground (folded; CRPA, art. L. 121-2: no contradictory procedure):
 * « Vu l'urgence », « Considérant l'urgence », « en urgence », « péril imminent »; not « le directeur des urgences ».
 */
const URGENCY = /\b(?:l'|en\s+|d'extreme\s+|caractere\s+d'|situation\s+d'|raison\s+de\s+l')urgence\b|\burgence\s+(?:absolue|imperieuse|caracterisee)\b|\bcirconstances\s+exceptionnelles\b|\b(?:peril|danger)\s+(?:grave\s+et\s+)?(?:imminent|immediat)\b/;
/** The grounds of a measure written in the dispositif (folded): « … est refusée, au motif que … », « en raison de … ». */
const MOTIVE_STATED = /\b(?:aux?\s+motifs?\s+(?:que|qu'|de|du|des|suivants?)|motif\s+pris\s+d[eu']|pour\s+les\s+motifs?\s+suivants?|en\s+raison\s+d(?:e|u|es|')|compte\s+tenu\s+d(?:e|u|es|')|des\s+lors\s+qu(?:e|'))\s*[^.;]{20,}/;
const VERB_CAPITALS = new RegExp(`\\b(?:${VERB_CAPITALS_SOURCE})\\b`);
// (« tout document relatif à l'exécution de la présente délibération » is what the maire may sign, not who executes.)
const EXECUTION = /charg[ee]s?\b[^.]{0,120}\bexecution\b|(?<!\b(?:relati[fv]e?s?|necessaires?|afferente?s?|utiles?|indispensables?|liee?s?)\s+a\s+l['’])\bexecution\s+(?:du\s+present|de\s+la\s+presente)/;
const COLLECTIVITE_NAMED = /\b(?:commune|ville|mairie)\s+(?:de|d'|du)\s|\b(?:metropole|communaute\s+(?:de\s+communes|d'agglomeration|urbaine)|syndicat)\b/;
const DEPARTEMENT_NAMED = /\bdepartement\s+(?:de|du|des|d')/;
export const SECRETARY = /\bsecretaires?\s+de\s+(?:la\s+)?seance\b/;
/** « n° » glued to what follows, tried only at each « ° » (sticky). */
/** The maire's authority in the name of the State (folded): « agissant au nom de l'État », « en qualité d'agent de l'État », « officier de l'état civil ». */
const STATE_AGENT = /\bau\s+nom\s+(?:et\s+pour\s+le\s+compte\s+)?de\s+l'etat\b|\b(?:qualite\s+d'|tant\s+qu')(?:agent|representant)\s+de\s+l'etat\b|\bofficier\s+de\s+l'etat[\s-]civil\b/;
/** A contract, a purchase, a tarif or works for these services: the commune's own act (folded). */
const NOT_STATE_MATTER = /\b(?:marches?|contrats?|conventions?|acquisitions?|achats?|logiciels?|fournitures?|prestations?|baux|bail|locations?|tarifs?|travaux|subventions?)\b/;
/**
 * The matters the maire decides in the name of the State, read in the title or objet (folded): the electoral list
 * (code électoral, art. L. 18), the attestation d'accueil (CESEDA, art. L. 313-1 and after), the état civil (code civil;
 * CGCT, art. L. 2122-32), the bureaux de vote (code électoral, art. R. 43 and after), the recensement, the légalisation.
 */
const STATE_MATTERS: readonly [RegExp, string][] = [
  [/\blistes?\s+electorales?\b|\b(?:radiation|inscription|radie)\b[^.;]{0,40}\belecteurs?\b/, 'liste-electorale'],
  [/\battestations?\s+d'accueil\b/, 'attestation-accueil'],
  [/\betat[\s-]civil\b/, 'etat-civil'],
  [/\b(?:presidents?|assesseurs?|secretaires?|composition|designation)\b[^.;]{0,60}\bbureaux?\s+de\s+vote\b/, 'elections'],
  // (The recensement de la population, loi n° 2002-276, art. 156: the maire names its agents for the State; the
  // légalisation of a signature, CGCT, art. L. 2122-30.)
  [/\brecensement\s+de\s+la\s+population\b|\bagents?\s+recenseurs?\b|\bcoordonnat(?:eur|rice)s?\s+(?:communale?s?\s+)?(?:du|de\s+l'enquete\s+de)\s+recensement\b/, 'recensement'],
  [/\blegalisation\s+de\s+(?:la\s+)?signatures?\b/, 'legalisation'],
];
const NUMERO_GLUED = /(?<![\p{L}\d])([nN]°)(?=[\p{L}\d])/uy;
const TRIBUNAL = /\b([Tt])ribunal(\s+)Administratif\b/g;
const MONTHS = 'janvier|février|fevrier|mars|avril|mai|juin|juillet|août|aout|septembre|octobre|novembre|décembre|decembre';
const FIRST_OF_MONTH = new RegExp(`(?<![\\d/.])1(\\s+)(?:${MONTHS})\\s+\\d{4}`, 'gi');
const CAPITALS = /\b[A-Z]{5,}\b/g;
const STYLE: readonly [RegExp, MentionKind][] = [
  [/\bentrera\s+en\s+vigueur\b/, 'future-tense'],
  [/\bet\s*\/\s*ou\b/, 'and-or'],
  [/\b(?:le|la)\s+ou\s+les\b/, 'singular-plural'],
];
const CLASSIFICATION = /^[ \t*_-]*(?:classification|mati[eè]re|th[eè]me)(?:\s+(?:@?ctes|pr[ée]fecture|actes))?\s*:\s*\**\s*(\d{1,2}(?:\.\d{1,2}){0,4})\b/im;
const ANNEXES_DECLARED = /Annexe\(?s?\)?\s*:\s*\**([^*\n]+)/i;
const ANNEXED_PIECE = /\b(?:ci-annex[ée]e?s?|annex[ée]e?s? (?:à|au) (?:la )?pr[ée]sente?)/i;
const ENUMERATION = /(?:^|\n)[ \t]*(?:[-•]\s*)?(?:(\d{1,2})\s*(?:°|\^\{?[o°]\}?)|([a-h])\))/g;
const LAW_ARTICLES = /\b(?:notamment\s+)?(?:son|ses|l['’]\s?|les)\s*articles?\s+(\d+(?:er)?(?:\s*(?:,|et)\s*\d+(?:er)?)*)/gi;
const FLAGGED = Object.keys(ABBREVIATION_ENTRIES).filter((k) => ABBREVIATION_ENTRIES[k].flagged);
// (Not a part of a number, « arrêté n° 2025-DGS-0210 », « ARR/DGS/2025 »: the number is cited as it is.)
const ABBREVIATION = new RegExp(`(?<![\\p{L}\\d]|[\\d\\p{L}][-/_])(${FLAGGED.join('|')})(?![\\p{L}\\d]|[-/_][\\d\\p{L}])`, 'gu');
const PLURAL_BEFORE = new RegExp(`(?:^|[^\\p{L}])(?:${PLURAL_DETERMINER_SOURCE})\\s+$`, 'iu');

/** Matters L. 5211-10 CGCT forbids the conseil to delegate, by item (1° to 7°), as the objet words them (folded). */
const NON_DELEGABLE: readonly [RegExp, string][] = [
  // (The accounts first: « Budget annexe de l'eau – compte administratif 2025 » is 2°, not 1°.)
  [/compte\s+administratif|compte\s+financier\s+unique/, '2'],
  // (A budget annexe named as the line of an operation — « Admission en non-valeur – budget annexe assainissement » — is
  // no vote of that budget.)
  [/\bbudgets?\s+(?:primitifs?|supplementaires?)|\bbudgets?\s+annexes?\b[^.;]{0,40}\b(?:primitifs?|supplementaires?|vote|adoption|approbation)\b|\b(?:vote|adoption|approbation)\s+(?:du|des)\s+budgets?|decision\s+modificative|\bfixation\s+des\s+taux|\btaux\s+(?:de\s+la|des|d'imposition)|tarifs?\s+(?:(?:\d{4}|annuels?)\s+)?(?:de\s+la|des|du)\s+(?:taxes?|redevances?)|\bredevances?\b[^.;]{0,60}\btarifs?\b|\binstitution\s+de\s+la\s+(?:taxe|redevance)|\bfixation\s+du\s+produit\b|\bproduit\s+(?:attendu\s+)?(?:de\s+la\s+taxe|fiscal|de\s+l'imposition)/, '1'],
  [/l\.?\s*1612-15|inscription\s+d'office|mise\s+en\s+demeure\s+de\s+la\s+chambre/, '3'],
  [/\bstatuts\b(?!\s+(?:de\s+l'association|de\s+la\s+(?:societe|spl|sem|scic|fondation)|d'une?\b|de\s+l'(?:office|agence)|du\s+(?:gip|groupement)|des\s+(?:associations|societes)))|modification\s+(?:du\s+perimetre|de\s+la\s+composition)|\bduree\s+de\s+l'(?:epci|etablissement)|\bdissolution\b/, '4'],
  // (Of the communauté, the métropole or the syndicat; to an établissement public: a syndicat, an EPTB, an agence
  // départementale d'ingénierie, L. 5511-1.)
  [/\badhesion\s+(?:(?:de\s+la|du|de\s+l')\s*(?:communaute|metropole|syndicat|etablissement)(?:\s+(?:de\s+communes|d'agglomeration|urbaine|mixte|intercommunal))?(?:\s+[^\s]+){0,5}?\s+)?(?:a|au|aux)\s+(?:(?:un|une|le|la|l')\s*)?(?:syndicat|etablissement|epci|pole|groupement\s+de\s+collectivites|agence\s+(?:technique\s+)?departementale)/, '5'],
  // (Not an avenant to the contract, which is debatable; the choice of the délégataire is the délégation itself.)
  [/^(?!\s*avenant)[^]*?(?:delegation\s+de\s+service\s+public|\bdsp\b|choix\s+du\s+delegataire)/, '6'],
  [/\bplui?\b\s*(?::\s*)?(?:approbation|arret)|programme\s+local\s+de\s+l'habitat|\bplh\b|politique\s+de\s+la\s+ville\s*(?::\s*)?(?:orientations|contrat)|schema\s+de\s+coherence\s+territoriale/, '7'],
];

/** A mention found in a piece of text: start and end relative to the piece, value, flag. */
type Found = readonly [number, number, string, boolean];

/**
 * What is read in a piece of the text alone (an article, a visa), kept by offset in the index's memo: the next
 * version reads again only the pieces its edit touched (see `TextIndex.prior`). Pieces come in text order. What
 * is kept holds copies (`flat`), never slices of a version's text, which it would keep alive.
 */
function kept<T>(text: string, index: TextIndex, key: string): (start: number, end: number, read: () => T) => T {
  const memo = pieces<T>(index, text, key);
  return (start, end, read) => {
    const value = memo.prior(start, end) ?? read();
    memo.record(start, end, value);
    return value;
  };
}

/** Where the dispositif starts: the verb, else the first article, else the end of the text. */
export function dispositifStartOf(act: Pick<Fields, 'dispositive' | 'articles'>, index: TextIndex, length: number): number {
  if (act.dispositive) return index.offsetAt(act.dispositive.range.start);
  return act.articles.length ? act.articles[0].start : length;
}

/**
 * The sentence of `t` that holds [at, at + length) (ends as SENTENCE_END reads them: not the dot of « M. »), without
 * its exception clause and the clauses that name whom it serves: those they name are not the measure's target
 * (« … interdit, sauf aux véhicules de l'entreprise chargée des travaux », « … afin de permettre le déménagement de la
 * société X »).
 */
function sentenceOf(t: string, at: number, length: number, original?: string): string {
  let from = 0;
  let to = t.length;
  SENTENCE_END.lastIndex = 0;
  for (let e = SENTENCE_END.exec(t); e; e = SENTENCE_END.exec(t)) {
    if (original !== undefined && e[0] === '\n' && wrapped(t, original, e.index)) continue;
    if (e.index < at) from = e.index + 1;
    else if (e.index >= at + length) {
      to = e.index;
      break;
    }
  }
  return t.slice(from, to).replace(EXCEPTED, '').replace(BENEFICIARY, '');
}

/**
 * A line break inside a sentence, as PDF copies and hard-wrapped texts have them: the line is long, does not end on a
 * stop, and the next one goes on in small letters (`t` folded, `original` as written, same offsets).
 */
function wrapped(t: string, original: string, at: number): boolean {
  const lineStart = t.lastIndexOf('\n', at - 1) + 1;
  if (at - lineStart < 50 || /[.;:!?]\s*$/.test(t.slice(Math.max(lineStart, at - 4), at))) return false;
  return /^[ \t]*[a-zà-ÿ0-9(«]/.test(original.slice(at + 1, at + 8));
}

export function readMentions(text: string, f: string, index: TextIndex, act: Fields): Mention[] {
  const out: Mention[] = [];
  const add = (kind: MentionKind, start: number, end: number, value: string | null = null, flag = false) =>
    out.push({ kind, start, end, value, flag });
  const first = (re: RegExp, kind: MentionKind, from: number, to: number, s: string = f) => {
    if (!index.mayMatch(s === text ? 'text' : 'folded', s, re)) return null;
    const m = re.exec(from === 0 && to >= s.length ? s : s.slice(from, to));
    if (m) add(kind, from + m.index, from + m.index + m[0].length);
    return m;
  };
  const ds = dispositifStartOf(act, index, text.length);
  const de = Math.max(ds, act.placeDate?.start ?? act.transmission?.start ?? text.length);
  const arreteOrDecision = act.kind.startsWith('arrete') || act.kind.startsWith('decision');
  // A withdrawal (DAT-006): the withdrawn act's date, read in the sentence that withdraws it (dispositif, else title or objet).
  {
    const spans: [number, number][] = [[ds, de], ...[act.title, act.object].filter((x): x is NonNullable<typeof x> => x !== null).map((x) => [x.start, x.end] as [number, number])];
    for (const [a, b] of spans) {
      const t = f.slice(a, b);
      const w = WITHDRAWN.exec(t);
      if (!w) continue;
      // The sentence around the word, in the text's offsets.
      let from = a + w.index;
      while (from > a && !/[.;\n]/.test(f[from - 1])) from--;
      let to = a + w.index + w[0].length;
      while (to < b && !/[.;\n]/.test(f[to])) to++;
      // (The act cited there, or the first date of the sentence: « La décision n° 2025-RH-033 du 1er mars 2025 est retirée ».)
      const cited = act.references.find((r) => (r.type === 'arrete' || r.type === 'deliberation' || r.type === 'other') && r.date !== null && r.start >= from && r.end <= to)?.date
        ?? scanDates(f, from, to)[0]?.iso ?? null;
      if (!cited) continue;
      // No retrait under L. 242-1 (DAT-006): what runs from a later day or from its notification is an abrogation, for the
      // future; a domain permit is précaire; a subvention whose conditions were not respected may be withdrawn at any time.
      const sentence = f.slice(from, to);
      const day = FROM_A_DAY.exec(sentence);
      const later = day !== null && (day[1] !== undefined || (scanDates(f, from + day.index, to)[0]?.iso ?? '') > (act.date ?? '9999'));
      const named = [act.title, act.object].map((x) => (x ? f.slice(x.start, x.end) : '')).join(' ');
      // (Nor a délégation of functions or signature, which creates no right: it may be withdrawn at any time.)
      const anyTime = DOMAIN_PERMIT.test(sentence) || DOMAIN_PERMIT.test(named) || (SUBVENTION.test(sentence) && BREACH.test(f)) || WITHDRAWN_DELEGATION.test(f.slice(f.lastIndexOf('\n', a + w.index) + 1, a + w.index));
      add('withdrawal', a + w.index, a + w.index + w[0].length, cited, WITHDRAWAL_EXCEPTION.test(f) || anyTime || later);
      break;
    }
  }
  // The maire acting in the name of the State (CGCT, art. L. 2122-27 and L. 2122-32): his authority says so, or the
  // matter in the title or the objet is one of the State's (value: the matter, else « etat »).
  // (Not a décision by délégation of the conseil, which cites L. 2122-22, nor a police measure, nor a contract or a purchase
  // for the service: « logiciel d'état civil », « isoloirs des bureaux de vote ».)
  const delegated = act.references.some((r) => r.article === 'L2122-22');
  if ((act.kind === 'arrete-maire' || act.kind === 'decision-maire') && !act.police && !delegated) {
    const where = [act.authority, act.title, act.object].filter((x): x is NonNullable<typeof x> => x !== null);
    let found: { start: number; end: number; matter: string } | null = null;
    for (const x of where) {
      const words = f.slice(x.start, x.end);
      const matter = (NOT_STATE_MATTER.test(words) ? null : STATE_MATTERS.find(([re]) => re.test(words))?.[1]) ?? (STATE_AGENT.test(words) ? 'etat' : null);
      if (matter && (!found || found.matter === 'etat')) found = { start: x.start, end: x.end, matter };
    }
    if (found) add('state-agent', found.start, found.end, found.matter);
  }
  // HTML pasted as text (STR-009): tags and entities the reader does not decode.
  if (index.firstIndexOf('text', text, '<') >= 0 || index.firstIndexOf('text', text, '&') >= 0) {
    HTML_MARKUP.lastIndex = 0;
    const found = [...text.matchAll(HTML_MARKUP)];
    if (found.length >= 2) add('html-markup', found[0].index!, found[0].index! + found[0][0].length, String(found.length));
  }
  // A period of the articles that ends before it starts (DAT-008): « du lundi 16 juin 2025 au vendredi 13 juin 2025 ».
  // (Read in each article alone: kept for the next version of the text, where the edit left the article whole.)
  // And the first day a measure applies (PUB-002): « du 13 octobre 2025 au 24 octobre 2025 », « à compter du … ».
  type Periods = { readonly reversed: readonly [number, number, string] | null; readonly from: readonly [number, number, string] | null };
  const periods = pieces<Periods>(index, text, 'reversed-period');
  let firstDay: readonly [number, number, string] | null = null;
  for (const a of act.articles) {
    const end = Math.min(a.end, a.start + 3000);
    let read = periods.prior(a.start, end);
    if (read === undefined) {
      let reversed: Periods['reversed'] = null;
      let from: Periods['from'] = null;
      const dates = scanDates(f, a.start, end);
      for (let k = 0; k < dates.length; k++) {
        const d1 = dates[k];
        const before = f.slice(Math.max(a.start, d1.start - 40), d1.start);
        // (Or the day that opens the article or one of its sentences: « Article 1er – Le samedi 21 juin 2025, la
        // circulation est interdite … ».)
        if (!PERIOD_START.test(before)) {
          if (ON_THE_DAY.test(f.slice(Math.max(a.start, d1.start - 80), d1.start)) && (!from || d1.iso < from[2]) && !otherActBefore(f, a.start, d1.start)) from = [d1.start - a.start, d1.end - a.start, d1.iso];
          continue;
        }
        const d2 = dates[k + 1];
        const joined = d2 !== undefined && PERIOD_END.test(f.slice(d1.end, d2.start));
        // (« du » alone dates a text cited, « l'arrêté du 3 mars 2024 »: a period only with its end.)
        // (Not a date of another act or of a contract the clause speaks of: « l'arrêté n° … du …, applicable à compter du … ».)
        if ((joined || FROM_ON.test(before)) && (!from || d1.iso < from[2]) && !otherActBefore(f, a.start, d1.start)) from = [d1.start - a.start, d1.end - a.start, d1.iso];
        if (!reversed && joined && d2.iso < d1.iso) reversed = [d1.start - a.start, d2.end - a.start, `${d1.iso}|${d2.iso}`];
      }
      read = { reversed, from };
    }
    periods.record(a.start, end, read);
    if (read.reversed) add('reversed-period', a.start + read.reversed[0], a.start + read.reversed[1], read.reversed[2]);
    if (read.from && (!firstDay || read.from[2] < firstDay[2])) firstDay = [a.start + read.from[0], a.start + read.from[1], read.from[2]];
  }
  if (firstDay) add('measures-from', firstDay[0], firstDay[1], firstDay[2]);
  // No articles, the dispositif a numbered list (« ARRÊTONS » / « 1. La circulation est interdite… » / « 2. … »).
  if (arreteOrDecision && act.dispositive && act.articles.length === 0 && ds < de) {
    NUMBERED_ITEM.lastIndex = 0;
    const items = [...f.slice(ds, de).matchAll(NUMBERED_ITEM)];
    if (items.length >= 2 && items[0][1] === '1' && items[1][1] === '2') add('numbered-dispositif', ds + items[0].index!, ds + items[0].index! + items[0][0].length);
  }

  // The measure the dispositif takes against a person (MOT), and what the text says of the procedure.
  if (arreteOrDecision) {
    const t = f.slice(ds, de);
    const o = text.slice(ds, de);
    let m: RegExpExecArray | null = null;
    UNFAVOURABLE_ALL.lastIndex = 0;
    // (Not a withdrawal the person asked for, or of a sanction: it favours the person, CRPA L. 242-4, L. 243-4.)
    // (Asked only of a withdrawal or a sanction found.)
    let favours: boolean | undefined;
    const favourableWithdrawal = () => (favours ??= index.mayMatch('folded', f, WITHDRAWAL_FAVOURS) && WITHDRAWAL_FAVOURS.test(f));
    // (Nor what the holder of an authorisation or an agrément granted on his request is bound to do, « L'exploitant est
    // tenu de maintenir l'établissement en conformité … », « L'intéressée est tenue de suivre la formation
    // obligatoire … »: the obligations that go with what he asked for. An act « portant autorisation … » grants what
    // was asked, whether or not its visas name the request.)
    let granted: boolean | undefined;
    const asked = () => ON_REQUEST.test(f.slice(0, ds)) || [act.title, act.object].some((x) => x !== null && AUTHORISATION_NAMED.test(f.slice(x.start, x.end)));
    const grantedOnRequest = () => (granted ??= asked() && act.articles.slice(0, 2).some((a) => /\b(?:est|sont)\s+(?:autorisee?s?|agreee?s?|accordee?s?|delivree?s?|habilitee?s?)\b/.test(f.slice(a.start, Math.min(a.end, a.start + 800)))));
    for (let x = index.mayMatch('folded', f, UNFAVOURABLE_ALL) ? UNFAVOURABLE_ALL.exec(t) : null; x && !m; x = UNFAVOURABLE_ALL.exec(t)) {
      if (CONDITION_BEFORE.test(t.slice(Math.max(0, x.index - 80), x.index))) continue;
      if (/^tenue?s?\s+de\b/.test(x[1]) && grantedOnRequest()) continue;
      // (Nor an abrogation the holder asked for, « À la demande de sa titulaire, l'autorisation … est abrogée ».)
      if (/^(?:retir|retrait|sanction|abrog)/.test(x[1]) && favourableWithdrawal()) continue;
      // (An agent suspended from his functions, CGFP L. 531-1: a conservatory measure in the interest of the service,
      // no sanction; neither motivated nor preceded by the communication of his file.)
      // (« Pendant la durée de la suspension … » is the same measure.)
      if (/^suspen/.test(x[1]) && SUSPENDED_FROM_DUTY.test(t)) continue;
      // « est retiré » withdraws a decision, not a thing (« Le mobilier est retiré chaque soir »).
      if (/^retir/.test(x[1])) {
        // (What is withdrawn, and from whom, is written before the word: « L'emplacement attribué à M. X est retiré ».)
        const sentence = sentenceOf(t, x.index, x[0].length, o);
        const subject = sentence.slice(0, Math.max(0, sentence.indexOf(x[0])));
        if (!WITHDRAWN_DECISION.test(sentence) && !PERSONAL.test(subject) && !/\blui\s+(?:est|sont)\s+$/.test(subject)) continue;
        // (A délégation withdrawn from an adjoint or an agent: taken for the good running of the services, no sanction,
        // neither motivated nor preceded by observations; L. 2122-18 has the conseil vote on the adjoint's office.)
        if (/\bdelegations?\b/.test(subject)) continue;
      }
      m = x;
    }
    if (m) {
      const sentence = sentenceOf(t, m.index, m[0].length, o);
      // It targets a person when it names one, or when it refuses or withdraws what a person asked for or was granted
      // (« La demande susvisée est rejetée », « L'autorisation délivrée par l'arrêté n° … est retirée »).
      // (Not in the recours mention: « le silence gardé sur cette demande vaut rejet » is no measure of the act.)
      const inRecours = act.recours !== null && ds + m.index >= act.recours.start && ds + m.index < act.recours.end;
      // (An abrogation is individual by what it abrogates, an authorisation, a permit…, not by a name in the title of
      // the act it abrogates: « L'arrêté … portant délégation de fonction à M. X est abrogé ».)
      const personal = (PERSONAL.test(sentence) && !m[1].startsWith('abroge')) || (!inRecours && INDIVIDUAL_MEASURE.test(m[1]) && INDIVIDUAL_OBJECT.test(sentence) && !IMPLICIT_REJECTION.test(sentence));
      add('unfavourable-measure', ds + m.index, ds + m.index + m[0].length, m[1], personal);
      if (personal) {
        // Its grounds written in the dispositif, « La demande … est refusée, au motif que le trottoir … ».
        const motive = MOTIVE_STATED.exec(t);
        if (motive) add('motive-stated', ds + motive.index, ds + motive.index + motive[0].length);
        first(/urgence\s+absolue/, 'absolute-urgency', 0, f.length);
        if (ON_REQUEST.test(f.slice(0, ds))) first(OWN_REQUEST, 'own-request', 0, ds);
        // (An opposition to a déclaration préalable, a sursis à statuer: an answer to the applicant's déclaration or demande.)
        if (/^(?:opposition|(?:il\s+est\s+)?sursis)/.test(m[1])) add('own-request', ds + m.index, ds + m.index + m[0].length);
        if (!first(CONTRADICTOIRE, 'contradictory-procedure', 0, f.length)) first(URGENCY, 'contradictory-procedure', 0, ds);
        first(FILE_COMMUNICATED, 'file-communicated', 0, f.length);
      }
    }
  }

  // A police arrêté of circulation or stationnement (L. 2213-1), by its title, objet or first articles.
  if (act.police) {
    const at = [act.title, act.object, ...act.articles.slice(0, 3)].find((x) => x && TRAFFIC.test(f.slice(x.start, Math.min(x.end, x.start + 600))));
    if (at) add('traffic-police', at.start, at.end);
  }

  // A maire's police of circulation on a route départementale outside the agglomération (POL-004): the président du
  // conseil départemental's power (L. 3221-4). Not an arrêté the président signs too (« arrêté conjoint »).
  if (act.kind === 'arrete-maire' && act.police && ds < f.length) {
    // (In its title or objet too: « Réglementation de la circulation sur la RD 14 hors agglomération ».)
    // (Or a considérant says the road runs outside the agglomération, « la route départementale n° 14 sur 2,4 km hors
    // agglomération », and an article regulates a route départementale.)
    const outsideSaid = act.considerants.some((c) => RD_OUTSIDE.test(f.slice(c.start, Math.min(c.end, c.start + 1200))));
    for (const a of [act.title, act.object, ...act.articles.slice(0, 3)]) {
      if (!a) continue;
      const t = f.slice(a.start, Math.min(a.end, a.start + 1200));
      const m = RD_OUTSIDE.exec(t) ?? (outsideSaid && a !== act.title && a !== act.object && !INSIDE_AGGLOMERATION.test(t) ? RD_NAMED.exec(t) : null);
      // (Not a joint arrêté, or one the président signs or takes too: his quality at a line's start; a copy sent to him
      // is no signature.)
      if (m && !/\bconjoint|\barretent\b|(?:^|\n|\t|[ ]{3})[ \t*]*(?:(?:le|la|pour\s+le|pour\s+la|p\/\s*le|p\/\s*la)\s*)?presidente?\s+du\s+conseil\s+departemental/.test(f)) {
        add('rd-outside-agglomeration', a.start + m.index, a.start + m.index + m[0].length);
        break;
      }
    }
  }

  // A dispositive verb the units did not type, or a délibération's adopting sentence (STR-001).
  if (!act.dispositive) {
    first(VERB_CAPITALS, 'verb-capitals', 0, text.length, text);
    if (act.kind.startsWith('deliberation')) first(DELIBERATION_SENTENCE, 'adopting-sentence', 0, f.length);
  }

  // A favourable measure granted to a person (REC-001: an individual decision), in the first articles.
  // (« Il n'est pas fait opposition à la déclaration préalable » answers the applicant who filed it: granted on request.)
  const nonOpposition = arreteOrDecision && ds < de && index.mayMatch('folded', f, NON_OPPOSITION) ? NON_OPPOSITION.exec(f.slice(ds, de)) : null;
  if (nonOpposition) add('individual-measure', ds + nonOpposition.index, ds + nonOpposition.index + nonOpposition[0].length, 'non-opposition', true);
  if (arreteOrDecision && !nonOpposition && !out.some((x) => x.kind === 'unfavourable-measure' && x.flag)) {
    for (const a of act.articles.slice(0, 2)) {
      const t = f.slice(a.start, Math.min(a.end, a.start + 800));
      const g = GRANTED.exec(t);
      if (!g) continue;
      // (Or a name the recitals' demande comes from: « Vu la demande présentée par ENEDIS » / « ENEDIS est autorisée à … ».)
      const subject = text.slice(a.start, a.start + g.index).replace(/^[\s\S]*?(?:article\s+[\p{L}\d]+(?:\s*(?:er|°))?\s*[:.–—-]\s*)/iu, '').trim();
      const named = /^[A-ZÀ-Ý][\p{L}'’&.-]*(?:\s+[A-ZÀ-Ý0-9][\p{L}'’&.-]*){0,3}$/u.test(subject) && !/^(?:Le|La|Les|L['’]|Un|Une|Des|Ce|Cette|Ces|Il|Elle|Tout|Toute)\b/u.test(subject) && ON_REQUEST.test(f.slice(0, ds));
      if (PERSONAL.test(sentenceOf(t, g.index, g[0].length)) || named) {
        // (Flag: granted on the request the recitals speak of, « Vu la demande présentée par … ».)
        add('individual-measure', a.start + g.index, a.start + g.index + g[0].length, g[0].replace(/\s+/g, ' '), ON_REQUEST.test(f.slice(0, ds)));
        // An authorisation's operation and its dates (« est autorisé à procéder à l'exhumation … le lundi 26 janvier
        // 2026 »): the last of them, which DAT-008 compares with the act's date.
        // Only the dates of the operation (« aura lieu le lundi 26 janvier 2026 », « à compter du … », « jusqu'au … »),
        // not a birth, a death or a cited act's.
        if (/autoris/.test(g[0])) {
          let last: { start: number; end: number; iso: string } | null = null;
          for (const b of act.articles.slice(0, 4)) {
            for (const d of scanDates(f, b.start, Math.min(b.end, b.start + 1200))) {
              const before = f.slice(Math.max(b.start, d.start - 40), d.start);
              if (!OPERATION_DATE.test(before) || NOT_OPERATION_DATE.test(before)) continue;
              if (!last || d.iso > last.iso) last = d;
            }
          }
          if (last) add('authorised-until', last.start, last.end, last.iso);
        }
        break;
      }
    }
  }

  // The execution clause (STR-005, the recours fix).
  // The first one from the first article on, and the first one in the last article when it comes later.
  if (act.articles.length) {
    const last = act.articles[act.articles.length - 1];
    const m = f.includes('xecution', act.articles[0].start) ? first(EXECUTION, 'execution-clause', act.articles[0].start, f.length) : null;
    if (m && act.articles[0].start + m.index < last.start) first(EXECUTION, 'execution-clause', last.start, f.length);
  }

  // The tarification of an établissement or service social or médico-social (REC-002), and the tribunal that judged it
  // until 2024.
  if (index.firstIndexOf('folded', f, 'tarif') >= 0 || index.firstIndexOf('folded', f, '314-') >= 0) {
    const where = [act.object, act.title].find((x) => x && TARIFICATION.test(f.slice(x.start, x.end)))
      ?? act.visas.find((v) => TARIFICATION_VISA.test(f.slice(v.start, v.end)));
    if (where) add('tarification-act', where.start, where.end);
  }
  if (act.recours && index.firstIndexOf('folded', f, 'tarification') >= 0) {
    const m = TITSS.exec(f.slice(act.recours.start, act.recours.end));
    if (m) add('titss', act.recours.start + m.index, act.recours.start + m.index + m[0].length);
  }

  // What the title and the objet name, read once: a budget document (the @ctes nature « BF », PUB-009: budget, décision
  // modificative, compte administratif or financier, affectation du résultat, taux) for a délibération; for an arrêté,
  // a délégation of functions or signature (L. 2122-18, L. 2122-19, L. 5211-9; SIG-006).
  const named = act.title || act.object ? [act.title, act.object].map((x) => (x ? f.slice(x.start, x.end) : '')).join(' ') : '';
  if (named) {
    const where = (act.object ?? act.title)!;
    // A motion or a vœu (L. 2121-29, last paragraph): an opinion the conseil gives, no decision (REC-001).
    // (Not one whose dispositif also decides: « S'OPPOSE au transfert de la compétence », « AUTORISE le Maire à signer ».)
    if (act.kind.startsWith('deliberation') && [act.object, act.title].some((x) => x && WISH.test(f.slice(x.start, x.end))) && !WISH_DECIDES.test(f.slice(ds, de))) add('wish', where.start, where.end);
    if (act.kind.startsWith('deliberation') && (NON_DELEGABLE[0][0].test(named) || NON_DELEGABLE[1][0].test(named) || /\baffectation\s+(?:du|des)\s+resultats?|\bcompte\s+de\s+gestion/.test(named))) add('budget-objet', where.start, where.end);
    if (act.kind.startsWith('arrete') && DELEGATION_RE.test(named)) {
      // (What it delegates, for the visa of the article that permits it, VIS-001.)
      // (A délégation de signature to an agent, L. 2122-19: « au directeur général des services », « à Mme X, responsable du
      // service … ».)
      add('delegating-act', where.start, where.end, /\bfonctions?\b/.test(named) ? 'fonctions' : /\betat\s+civil\b/.test(named) ? 'etat-civil' : /\bsignature\b/.test(named) ? (AGENT_DELEGATE.test(named) ? 'signature-agent' : 'signature') : null);
      // A délégation de signature to the cabinet, whom the law does not list (L. 2122-19, L. 5211-9: the directors of
      // the services and the heads of service): in the objet or the first articles.
      const said = named + ' ' + act.articles.slice(0, 2).map((a) => f.slice(a.start, Math.min(a.end, a.start + 800))).join(' ');
      // (The one the délégation is given to: « … est donnée à M. X, directeur de cabinet », « au chef de cabinet »; not a
      // cabinet named further in the sentence, « à Mme Y, directrice générale adjointe, en lien avec le directeur de cabinet ».)
      const cabinet = /\b(?:delegation\s+(?:permanente\s+)?(?:de\s+|a\s+l'effet\s+de\s+)signature?|(?:la\s+meme|cette)\s+delegation)(?:\s+(?:est|sera)\s+(?:donnee|accordee|consentie|conferee))?\s+(?:a|au)\s+(?:(?:m\.|mme\.?|monsieur|madame)\s+[^,;.]{2,60}?,\s*(?:en\s+qualite\s+de\s+)?)?((?:directeur|directrice|chef|cheffe|collaborat(?:eur|rice))\s+(?:adjointe?\s+)?(?:de|du)\s+cabinet)\b/.exec(said);
      if (cabinet) add('cabinet-delegate', where.start, where.end, cabinet[1]);
    }
    // (The title and the objet each, « Tarifs municipaux 2026 » opening either.)
    if ((act.kind === 'arrete-maire' || act.kind === 'decision-maire') && [act.title, act.object].some((x) => x !== null && TARIFS.test(f.slice(x.start, x.end)))) add('tarif-objet', where.start, where.end);
  }
  if (act.kind === 'unknown' && isContract(f)) add('contract', act.title?.start ?? 0, act.title?.end ?? 0);
  // A convention the act approves or lets be signed (« APPROUVE la convention … », « autorise le Maire à signer la
  // convention »): not signed yet, so a visa cannot give its date (VIS-002).
  const approving = CONVENTION_APPROVED.exec(named + '\n' + f.slice(ds, Math.min(de, ds + 4000)));
  if (approving) add('convention-approved', act.object?.start ?? ds, act.object?.end ?? ds);

  // The head of the text: the collectivité and its département named (STR-006), the Métropole du Grand Paris.
  const head = f.slice(0, 2000);
  first(COLLECTIVITE_NAMED, 'collectivite-named', 0, 2000, head);
  first(DEPARTEMENT_NAMED, 'departement-named', 0, 2000, head);
  first(/metropole\s+du\s+grand\s+paris/, 'metropole-grand-paris', 0, 1500, head);
  first(/\bsyndicat\s+mixte\s+ouvert\b/, 'open-syndicat', 0, 1500, head);
  // The maire named before (or just after) the dispositif of a décision du maire.
  if (act.kind === 'decision-maire') first(/\bmaire\b/, 'maire-named', 0, Math.min(ds + 200, 6000));

  // The objet of an act of the bureau or of the président: a matter the conseil cannot delegate (EPCI-004). The
  // span is the objet (else the title); the value, the item of L. 5211-10.
  if (act.kind === 'deliberation-epci-bureau' || act.kind === 'decision-president') {
    const where = act.object ?? act.title;
    const obj = fold((act.object?.text ?? '') + ' ' + (act.title?.text ?? '') + ' ' + (act.transmission?.object ?? ''));
    const hit = NON_DELEGABLE.find(([re]) => re.test(obj));
    if (hit) add('non-delegable-matter', where?.start ?? 0, where?.end ?? 0, hit[1]);
  }

  // A loi cited by its usual name and followed by its number or date (« la loi NOTRe n° 2015-991 », VIS-005).
  for (let ri = 0, allRefs = act.references; ri < allRefs.length; ri++) {
    const r = allRefs[ri];
    if (r.type === 'text' && r.usualName && !r.number && /^\s*(?:n\s?[°oº]|du\s+\d)/i.test(text.slice(r.end, r.end + 8))) {
      add('number-after-name', r.start, r.end);
    }
  }

  // The secrétaire de séance named after the séance (EPCI-006).
  if (act.seance) {
    const from = index.offsetAt(act.seance.range.end);
    first(SECRETARY, 'secretary-label', from, f.length);
  }

  // Typography: « n°2025 », « Tribunal Administratif », « 1 janvier 2024 » (outside citations: CIT-002), capitals
  // without accents in the header, title and verb, and the style of the dispositif.
  const inCitation = citationTest(act);
  let k = 0;
  for (let p = text.indexOf('°', 1); p >= 0; p = text.indexOf('°', p + 1)) {
    NUMERO_GLUED.lastIndex = p - 1;
    const m = NUMERO_GLUED.exec(text);
    if (!m || inCitation(m.index)) continue;
    add('numero-glued', m.index, m.index + m[1].length);
    if (++k >= 50) break;
  }
  k = 0;
  for (const m of index.firstIndexOf('text', text, 'Administratif') >= 0 ? text.matchAll(TRIBUNAL) : []) {
    const at = m.index!;
    const before = text.slice(Math.max(0, at - 3), at);
    add('tribunal-capitalised', at, at + m[0].length, m[2], at === 0 || /(?:[.!?:]\s+|\n\s*)$/.test(before));
    if (++k >= 3) break;
  }
  const inCitation2 = citationTest(act);
  k = 0;
  for (const m of text.matchAll(FIRST_OF_MONTH)) {
    if (inCitation2(m.index!)) continue;
    add('first-of-month', m.index!, m.index! + m[0].length);
    if (++k >= 3) break;
  }
  const capitalSpans: { start: number; end: number }[] = [];
  if (act.header.republique) capitalSpans.push(act.header.republique);
  if (act.title) capitalSpans.push(act.title);
  if (act.dispositive) capitalSpans.push({ start: ds, end: index.offsetAt(act.dispositive.range.end) });
  for (const sp of capitalSpans) {
    for (const m of text.slice(sp.start, sp.end).matchAll(CAPITALS)) {
      const want = ACCENTED_CAPITALS[m[0]];
      if (want) add('unaccented-capital', sp.start + m.index!, sp.start + m.index! + m[0].length, want);
    }
  }
  for (const [re, kind] of STYLE) first(re, kind, ds, de);

  // (Loops by index here: they run over every article and visa at every keystroke, and for…of allocated there.)
  const addFound = (kind: MentionKind, base: number, found: readonly Found[]) => {
    for (let i = 0; i < found.length; i++) {
      const x = found[i];
      add(kind, base + x[0], base + x[1], x[2], x[3]);
    }
  };

  // Enumerations at the start of a line in each article (STR-004): « 3° », « b) ».
  const enumerations = kept<Found[]>(text, index, 'mentions:enumerations');
  for (let i = 0; i < act.articles.length; i++) {
    const a = act.articles[i];
    addFound('enumeration', a.start, enumerations(a.start, a.end, () => {
      const body = text.slice(a.start, a.end);
      const found: Found[] = [];
      ENUMERATION.lastIndex = 0;
      for (let m = ENUMERATION.exec(body); m; m = ENUMERATION.exec(body)) {
        found.push([m.index + (m[0].length - m[0].replace(/^\s*(?:[-•]\s*)?/, '').length), m.index + m[0].length, flat(m[1] ?? m[2]), m[1] !== undefined]);
      }
      return found;
    }));
  }

  // Visas: the articles of a loi they cite (« …, notamment son article 12 », VIS-004), and the abbreviations of
  // visas and articles (VIS-005).
  const lawArticles = kept<Found[]>(text, index, 'mentions:law-articles');
  for (let i = 0; i < act.visas.length; i++) {
    const v = act.visas[i];
    addFound('law-articles', v.start, lawArticles(v.start, v.end, () => {
      const body = text.slice(v.start, v.end);
      const found: Found[] = [];
      LAW_ARTICLES.lastIndex = 0;
      for (let m = LAW_ARTICLES.exec(body); m; m = LAW_ARTICLES.exec(body)) found.push([m.index, m.index + m[0].length, flat(m[1]), false]);
      return found;
    }));
  }
  const abbreviations = kept<Found[]>(text, index, 'mentions:abbreviations');
  const drafted = inTextOrder<Span>(act.visas, act.articles);
  for (let i = 0; i < drafted.length; i++) {
    const sp = drafted[i];
    addFound('abbreviation', sp.start, abbreviations(sp.start, sp.end, () => {
      const body = text.slice(sp.start, sp.end);
      const found: Found[] = [];
      ABBREVIATION.lastIndex = 0;
      for (let m = ABBREVIATION.exec(body); m; m = ABBREVIATION.exec(body)) {
        found.push([m.index, m.index + m[1].length, flat(m[1]), PLURAL_BEFORE.test(body.slice(Math.max(0, m.index - 20), m.index))]);
      }
      return found;
    }));
  }

  // Where each recital's final punctuation is (with the blanks before it), or where it would go (VIS-007's fix).
  const recitals = [...act.visas, ...act.considerants];
  // (By character code: this runs over every recital at every keystroke.)
  for (let i = 0; i < recitals.length; i++) {
    const r = recitals[i];
    let e = r.end;
    for (let c = text.charCodeAt(e - 1); e > r.start && (c === 42 /* * */ || isSpace(c)); c = text.charCodeAt(e - 1)) e--;
    if (e <= r.start) continue;
    let b = e;
    const last = text.charCodeAt(e - 1);
    if (last === 59 /* ; */ || last === 44 /* , */ || last === 46 /* . */ || last === 58 /* : */) {
      b = e - 1;
      for (let c = text.charCodeAt(b - 1); b > r.start && (c === 32 || c === 0xa0 || c === 0x202f); c = text.charCodeAt(b - 1)) b--;
    }
    add('recital-ending', b, e, text.slice(b, e));
  }

  // The layout a fix copies: a list marker before « Vu » (« - Vu … »), the break between two visas, the break
  // after the last article's heading, a séance block written in capitals.
  for (let i = 0; i < act.visas.length; i++) {
    const v = act.visas[i];
    const ls = index.lineStarts[index.lineOf(v.start)];
    const lead = text.slice(ls, v.start);
    if (/^[ \t]*[-•][ \t]*$/.test(lead)) add('list-marker', ls, v.start, lead);
  }
  for (let i = 0; i + 1 < act.visas.length; i++) {
    const ws = /^[ \t]*((?:(?:\r\n?|\n)[ \t]*)+)/.exec(text.slice(act.visas[i].end, act.visas[i + 1].start));
    if (ws) {
      add('visa-separator', act.visas[i].end, act.visas[i].end + ws[0].length, (ws[1].match(/\r\n?|\n/g)?.length ?? 1) >= 2 ? 'blank-line' : 'line');
      break;
    }
  }
  const lastArticle = act.articles[act.articles.length - 1];
  if (lastArticle) {
    const he = index.offsetAt(lastArticle.headingRange.end);
    const gap = /^[ \t]*(?:(?:\r\n?|\n)[ \t]*)*/.exec(text.slice(he, lastArticle.end))?.[0] ?? ' ';
    add('heading-break', he, he + gap.length, /[\r\n]/.test(gap) ? (gap.split(/\r\n?|\n/).length > 2 ? 'blank-line' : 'line') : 'space');
  }
  if (act.seance) {
    const line = act.seance.range.end.line;
    const ls = index.lineStarts[line];
    const lineText = text.slice(ls, index.lineEnd(line));
    // (A lower-case ASCII letter settles it at once: a flattened text's line may be the whole séance block.)
    if (!/[a-z]/.test(lineText) && lineText === lineText.toUpperCase() && lineText.replace(/[^A-Za-zÀ-ÿ]/g, '').length > 3) add('seance-capitals', ls, index.lineEnd(line));
  }

  // Around references in visas and articles: « (MAPTAM) » after a full citation (VIS-005), and « de l’article »
  // before an article cited with an alinéa (VIS-006's fix writes « du 3° de l’article … »).
  for (let ri = 0, allRefs = act.references; ri < allRefs.length; ri++) {
    const r = allRefs[ri];
    if (r.type === 'text' && r.usualName && r.number) {
      const holder = containing(drafted, r.start, r.end);
      if (!holder) continue;
      const at = text.indexOf(`(${r.usualName})`, r.end);
      if (at < 0 || at > holder.end) continue;
      let from = at;
      while (from > r.end && /[ \t\u00a0]/.test(text[from - 1])) from--;
      add('parenthesised-name', from, at + r.usualName.length + 2, r.usualName);
    } else if (r.type === 'code-article' && r.alineaSpan) {
      const single = /(?:(?<prep>de|à|a)\s+)?l['’]\s?article\s+$/iu.exec(text.slice(Math.max(0, r.start - 30), r.start));
      if (single) add('article-lead', r.start - single[0].length, r.start, single.groups?.prep?.toLowerCase() ?? '');
    }
  }

  // The classification the act declares outside the platform's block (« Classification : 7.1 »), the annexes the
  // block lists, and an article that refers to an annexed piece (CTES-003, CTES-005).
  // (Its words folded: « Matière », « THÈME » are « matiere », « theme » in the folded text.)
  const has = (w: string) => index.firstIndexOf('folded', f, w) >= 0;
  if (!act.transmission?.matiere && (has('classification') || has('tiere') || has('heme'))) {
    const m = CLASSIFICATION.exec(text.length > 2_000_000 ? text.slice(0, 2_000_000) : text);
    if (m) add('classification', m.index, m.index + m[0].length, m[1]);
  }
  if (act.transmission) {
    const m = ANNEXES_DECLARED.exec(act.transmission.text);
    if (m) add('annexes-declared', act.transmission.start, act.transmission.end, m[1].trim());
  }
  // (Every article's text at every keystroke: only those where the word is, « annex » in the folded text.)
  const annex = index.firstIndexOf('folded', f, 'annex') >= 0 ? index.occurrences('folded', f, 'annex') : [];
  let next = 0;
  for (const a of annex.length ? act.articles : []) {
    while (next < annex.length && annex[next] < a.start) next++;
    if (next >= annex.length) break;
    if (annex[next] > a.end - 5) continue;
    const m = ANNEXED_PIECE.exec(a.text);
    if (m) {
      add('annexed-piece', a.start, a.end);
      break;
    }
  }
  // In the order they were read: the parser sorts every reader's mentions together (a stable sort).
  return out;
}

/**
 * `[...a, ...b]` sorted by start (a stable sort): merged when each is in text order, as visas and articles are.
 */
function inTextOrder<T extends { readonly start: number }>(a: readonly T[], b: readonly T[]): T[] {
  const ordered = (xs: readonly T[]) => xs.every((x, i) => i === 0 || xs[i - 1].start <= x.start);
  if (!ordered(a) || !ordered(b)) return [...a, ...b].sort((x, y) => x.start - y.start);
  const out: T[] = [];
  let i = 0;
  let j = 0;
  // On equal starts the element of `a` first, as the stable sort of the concatenation puts it.
  while (i < a.length || j < b.length) out.push(j >= b.length || (i < a.length && a[i].start <= b[j].start) ? a[i++] : b[j++]);
  return out;
}

/**
 * Is an offset inside a law / décret / code-article citation? Offsets must come in increasing order: the test walks
 * the references (sorted by start) once.
 */
function citationTest(act: Pick<Fields, 'references'>): (at: number) => boolean {
  const refs = act.references;
  let i = 0;
  let maxEnd = -1;
  return (at) => {
    for (; i < refs.length && refs[i].start <= at; i++) {
      const r = refs[i];
      if ((r.type === 'text' || r.type === 'code-article') && r.end > maxEnd) maxEnd = r.end;
    }
    return at < maxEnd;
  };
}
