// The act model: what `parse(text)` returns. Every element carries an LSP range
// (0-based line, UTF-16 character) and the offsets it was cut from, so features
// never need to parse again. The model is frozen: treat it as read-only.
import type { BodyType } from './lexicon';

export interface Position {
  readonly line: number;
  readonly character: number;
}

export interface Range {
  readonly start: Position;
  readonly end: Position;
}

/** A piece of the document: its text as written, where it is. */
export interface Span {
  readonly text: string;
  readonly range: Range;
  /** UTF-16 offsets in the document, end exclusive. */
  readonly start: number;
  readonly end: number;
}

export type ActKind =
  | 'arrete-maire'
  | 'decision-maire'
  | 'deliberation-cm'
  | 'deliberation-epci-conseil'
  | 'deliberation-epci-bureau'
  | 'arrete-president'
  | 'decision-president'
  | 'unknown';

export type CollectiviteType = 'commune' | 'epci' | 'metropole' | 'autre';

export interface Header {
  /** "RÉPUBLIQUE FRANÇAISE" line. */
  readonly republique: Span | null;
  /** "Ville de Chambéry", "MÉTROPOLE DU GRAND PARIS"… */
  readonly collectivite: (Span & { readonly name: string; readonly type: CollectiviteType }) | null;
  /** "Département de la Savoie" → name "Savoie". */
  readonly departement: (Span & { readonly name: string }) | null;
}

export interface NumberSpan extends Span {
  /** The number as written, without "n°": "DDM-2025-075", "BM2025/06/24/12". */
  readonly value: string;
}

export interface Seance {
  readonly range: Range;
  /** ISO date of the séance. */
  readonly date: string | null;
  readonly dateSpan: Span | null;
  /** Weekday as written ("mardi"), if any. */
  readonly weekday: string | null;
  readonly hour: string | null;
  readonly convocationDate: string | null;
  readonly convocationSpan: Span | null;
  readonly membersInOffice: number | null;
  readonly present: number | null;
  /** `present` is the count of a list of names (« Présents : M. X, Mme Y… »), not a number the act writes. */
  readonly presentListed?: boolean;
  readonly represented: number | null;
  readonly voters: number | null;
  readonly absent: number | null;
  readonly president: string | null;
  readonly secretary: string | null;
  /** Which assembly: "conseil municipal", "bureau", "conseil communautaire"… */
  readonly body: string | null;
  readonly urgency: boolean;
  readonly secondConvocation: boolean;
  /**
   * A point of a procès-verbal after members came or left (syntax/movements.ts): what they changed in the présents and
   * représentés read at the opening; `present`, `represented` and `voters` above are the point's, so changed.
   */
  readonly moved?: { readonly present: number; readonly represented: number; readonly from: { readonly present: number | null; readonly voters: number | null } };
}

export interface Recital extends Span {
  /** Text without the leading "Vu"/"Considérant" keyword, trimmed. */
  readonly body: string;
  /** Final punctuation as written: ";", ",", ":", "." or "". */
  readonly ending: string;
  /** What the reader saw in its words (syntax/recitals.ts). */
  readonly reading: RecitalReading;
}

/** What a visa designates, from its first words. */
export type VisaDesignation = 'loi' | 'ordonnance' | 'decret' | 'deliberation' | 'arrete' | 'convention' | 'code' | 'other';

/** A visa's category in the Guide de légistique's order of visas. */
export type VisaCategory =
  | 'constitution' | 'international' | 'eu-regulation' | 'directive' | 'loi-organique' | 'code' | 'loi' | 'decret'
  | 'arrete' | 'deliberation' | 'other' | 'avis';

/** What a recital's words say (a considérant's `designates` and `category` are « other »). */
export interface RecitalReading {
  readonly designates: VisaDesignation;
  readonly category: VisaCategory;
  /** Cites a délibération: « la délibération … », « les délibérations … », « une délibération … ». */
  readonly citesDeliberation: boolean;
  /** Its first 400 characters give a number (« n° … », « numéro … », « la délibération CM2017/12/08 »). */
  readonly numbered: boolean;
  /** Its first 400 characters give a date (« du 17 juillet 2020 », « 05/04/2022 », « de 2021 »). */
  readonly dated: boolean;
  /** A date in words followed by no intitulé (« Vu la loi n° 2014-58 du 27 janvier 2014 ; »). */
  readonly untitled: boolean;
  /** Names a code, a loi, a décret or an ordonnance. */
  readonly namesText: boolean;
  /** For a code visa: the code's title from its main word on (folded: « general des collectivites … », « route », « sante publique »), for the alphabetical order of codes as Légifrance lists them. */
  readonly codeTitle: string | null;
  /** For a visa of a code or of its articles: where a new code visa sorts (folded). */
  readonly codeOrderKey: string | null;
  /** A date written inside a number (« 2021/03/15 »). */
  readonly numberDate: string | null;
  /** « l'article … du code … » (the article before the code), the words as written. */
  readonly articleFirst: { readonly plural: boolean; readonly articles: string; readonly code: string } | null;
  /** Speaks of a délégation (« délégation », « délégué », « attributions »). */
  readonly delegation: boolean;
  /** States facts: a figure, a finding, a person (« constat », « rapport », « M. »…). */
  readonly factual: boolean;
  /** A considérant that names a délibération as delegating (« délibération n° X … délégué »): X as written. */
  readonly delegatingDeliberation: string | null;
  /** A visa of a request, the day it was made (« Vu la déclaration préalable présentée le 12 mai 2025 »): ISO date. */
  readonly filedOn: string | null;
}

export interface DispositiveVerb {
  /** Normalised verb in capitals with accents: "ARRÊTE", "DÉCIDE", "APRÈS EN AVOIR DÉLIBÉRÉ"… */
  readonly verb: string;
  readonly range: Range;
  /** Verbs in capitals that open each dispositive item after "après en avoir délibéré" (APPROUVE, AUTORISE…). */
  readonly items: readonly { readonly verb: string; readonly range: Range }[];
}

export interface Article extends Span {
  /** Number as written: "1^{er}", "premier", "2^o", "3". */
  readonly numberText: string;
  /** Normalised: "1er", "2", "3", "unique"; null when unreadable. */
  readonly number: string | null;
  /** Range of the number as written (what a renumbering fix replaces). */
  readonly numberRange: Range;
  /** Range of the "Article 1er" heading. */
  readonly headingRange: Range;
  /** Title after the number ("Article 2 – Durée"), or null. */
  readonly heading: string | null;
  /** Body text (after the heading line). */
  readonly body: string;
}

export interface Vote {
  readonly range: Range;
  readonly text: string;
  readonly unanimous: boolean | null;
  readonly for: number | null;
  readonly against: number | null;
  readonly abstentions: number | null;
  readonly notVoting: number | null;
  /**
   * The votants of this vote, where the act states them for it: « Nombre de votants pour cette délibération : 22 »
   * (a member left the room), « (22 votants) » beside the tally. Null: the séance's count holds.
   */
  readonly voters: number | null;
  readonly adopted: boolean | null;
  // ---- What the vote reader saw in the vote's words (syntax/vote.ts), for SEA-005.
  /** The words give a result: unanimity, a majority, « pour » or « contre » (not a bare « adopte »). */
  readonly resultWords: boolean;
  /** The vote's lines, from the start of its first line, say « adopté » and not « rejeté ». */
  readonly adoptedOnLine: boolean;
  /** « à l'unanimité des suffrages exprimés » (abstentions or members not voting are implied). */
  readonly ofExpressed: boolean;
}

export interface PlaceDate extends Span {
  readonly place: string | null;
  readonly date: string | null;
  /** "les jour, mois et an que dessus" and the like. */
  readonly sameDayAsSeance: boolean;
  /** A date written that does not exist (« le 31 février 2025 »), as written; null otherwise. */
  readonly impossibleDate: string | null;
}

export interface Signatory extends Span {
  readonly name: string | null;
  readonly quality: string | null;
  readonly delegated: boolean;
  readonly electronic: boolean;
  /** Role in the act: the author (maire, président…) or the secrétaire de séance. */
  readonly role: 'author' | 'secretary';
  // ---- What the signature reader saw around the signatory (syntax/signatures.ts), for SIG and SEA rules.
  /** The quality names the maire or the président (« Le Maire », « Le Vice-Président », « L'adjoint au maire »). */
  readonly head: boolean;
  /** The quality is a delegate's (adjoint, conseiller délégué, vice-président, DGS, directeur…), not « Le Maire ». */
  readonly delegate: boolean;
  /** A délégation is written within 150 characters (« par délégation », « P/O », « Pour le Maire »). */
  readonly delegationNear: boolean;
  /** Only blanks precede the signatory on its line (the quality opens the line). */
  readonly opensLine: boolean;
  /** When no name was read: a surname written with its civility alone under the quality (« M. DUFFAU »), else null. */
  readonly surname: string | null;
}

export interface Recours extends Span {
  readonly delay: string | null;
  /** Where the two months are written (« deux mois », « 2 mois », « soixante jours »), for a fix. */
  readonly delaySpan: Span | null;
  /** Where another délai is written, with its preposition (« d'un mois » in « dans un délai d'un mois », « quinze jours » after « sous »). */
  readonly otherDelaySpan: Span | null;
  /** Another délai written instead of two months (« dans un délai d'un mois »), as written; null when none. */
  readonly otherDelay: string | null;
  /**
   * The mention grounds its delay on a text it cites (« dans un délai d'un mois … en application de l'article R. 351-15
   * du code de l'action sociale et des familles »): a special regime the author invokes.
   */
  readonly delayBasis: boolean;
  /** The mention gives the five days of the electoral contest (« dans les cinq jours qui suivent »). */
  readonly electoralDelay: boolean;
  /** The mention is that of an election (« L'élection du maire peut être contestée … »): written once in a procès-verbal, it is no other point's. */
  readonly ofElection: boolean;
  /** The mention grounds its tribunal on a text of special jurisdiction (« désigné par l'article R. 312-10-1 du code de justice administrative »). */
  readonly tribunalBasis: boolean;
  readonly tribunal: string | null;
  readonly tribunalSpan: Span | null;
  readonly startingPoint: string | null;
  /**
   * Where the starting point is written after « à compter de », with what names the authority it is sent to
   * (« sa transmission au représentant de l'État »), for a fix.
   */
  readonly startingPointSpan: Span | null;
  readonly telerecours: boolean;
  readonly gracieux: boolean;
  // What the recours reader sees inside the mention (syntax/recours.ts), for REC-001…005.
  /** The mention names a tribunal administratif (« tribunal administratif de … »), even when its city is not read. */
  readonly tribunalNamed: boolean;
  /**
   * The mention sends to the judicial order and names no tribunal administratif (« ne peut être contestée que devant le
   * juge judiciaire », « le juge des libertés et de la détention du tribunal judiciaire de Nîmes »): an act of the maire
   * whose recours the law gives to that order (soins psychiatriques sans consentement, CSP L. 3216-1; the electoral list).
   */
  readonly judicial: boolean;
  /**
   * The mention sends to the specialised administrative jurisdiction the law gives the matter, not to a tribunal
   * administratif: the commission du contentieux du stationnement payant (forfait de post-stationnement, CGCT, art.
   * L. 2333-87-2; one month from the notification of the answer to the recours préalable).
   */
  readonly specialJurisdiction: boolean;
  /** The mention says where the délai runs from (« à compter de », « à partir de », « dès sa notification »). */
  readonly startStated: boolean;
  /**
   * What `startingPoint` is: a formality that runs for the préfet or for nobody (`transmission`, `certification`,
   * `signature`), the notification alone (« sa notification », « la présente notification »), or `other`.
   */
  readonly startingPointKind: 'transmission' | 'certification' | 'signature' | 'notification' | 'other' | null;
  /** The sentence that gives the starting point also names the publication, the affichage, the notification or the mise en ligne. */
  readonly startAlsoPublic: boolean;
  /** The mention speaks of the act's publication (« publication », « affichage », « mise en ligne », « publié »). */
  readonly publicationNamed: boolean;
  /** The address of Télérecours as written (« www.telerecours.fr », « www.tele-recours.gouv.fr »). */
  readonly telerecoursUrl: Span | null;
  /** The verb that says a recours gracieux « suspend » the délai (« suspend », « suspendra », « suspendre »). */
  readonly gracieuxSuspends: Span | null;
  /** The mention says the recours gracieux interrupts or extends the délai (« interrompt », « proroge », « un nouveau délai »). */
  readonly gracieuxInterrupts: boolean;
}

export interface Executoire extends Span {
  readonly dates: readonly string[];
  /** Dates given to a formality of publicity (« transmis le 18/04/2025 », « publié le … », « affiché du … »), in order. */
  readonly publicityDates: readonly DatedMention[];
  /** Read from the platforms' stamp (« Envoyé en préfecture le … Reçu en préfecture le … »), not a worded certification. */
  readonly stamp: boolean;
  /** The mention names the transmission to the préfet (or its reception, a stamp). */
  readonly transmissionNamed: boolean;
  /** The mention names the publication, the affichage or the notification. */
  readonly publicationNamed: boolean;
  /**
   * The words that make the act exécutoire by its publicity alone, ending their clause (« dès sa publication. »,
   * « à compter de sa publication, »): where a fix names the transmission too; `de` when they follow « à compter de ».
   */
  readonly publicityAlone: (Span & { readonly de: boolean }) | null;
}

/** A date read with what it dates (UTF-16 offsets of the whole phrase, end exclusive). */
export interface DatedMention {
  readonly iso: string;
  readonly start: number;
  readonly end: number;
  /** What the date is of, when a certification says it: its publication (or affichage, mise en ligne), or another formality. */
  readonly published?: boolean;
}

/** A period of publication written outside the transmission block (« publié sur le site du 3 mars 2025 au 3 mai 2025 »). */
export interface PublicationPeriod extends Span {
  readonly from: string | null;
  readonly to: string | null;
}

/** A weekday written with a date (« mardi 24 juin 2025 », « le vendredi 06 février » after « L'an deux mil vingt-trois »). */
export interface WeekdayDate {
  /** The weekday, folded (« mardi »), as in `WEEKDAYS`. */
  readonly weekday: string;
  /** From the weekday to the end of the date (UTF-16 offsets, end exclusive). */
  readonly start: number;
  readonly end: number;
  /** The date with its year, written beside the day or read from « l'an … » before it. */
  readonly iso: string | null;
  /** With no year anywhere near: the day and month, in the placeholder year 2000 (the rule puts it in the act's year). */
  readonly yearless: string | null;
  /** The year is written beside the day (« mardi 24 juin 2025 »). */
  readonly yearWritten: boolean;
}

export interface Transmission extends Span {
  readonly identifier: string | null;
  readonly identifierSpan: Span | null;
  readonly actDate: string | null;
  readonly actDateSpan: Span | null;
  readonly nature: string | null;
  /** The @ctes nature code the nature stands for (1 DE, 2 AR, 3 AI, 4 CC, 5 BF, 6 AU), from the lexicon. */
  readonly natureCode: number | null;
  readonly number: string | null;
  readonly object: string | null;
  readonly matiere: string | null;
  readonly transmissionDate: string | null;
  readonly receptionDate: string | null;
  readonly publicationStart: string | null;
  readonly publicationEnd: string | null;
}

/** An item of a délibération that delegates powers to the maire (« 2° De procéder … à la réalisation des emprunts … »). */
export interface DelegatedMatter extends Span {
  /** The item's number as the délibération writes it (« 2° »); it may differ from the law's. */
  readonly label: string;
  /** The matter of CGCT art. L. 2122-22 it paraphrases (1 to 31), or null when none is recognised. */
  readonly matter: number | null;
  /** The item states a limit or a condition of its own (an amount, a ceiling, cases, a perimeter). */
  readonly limit: boolean;
  /** The item copies the law's « dans les limites fixées par le conseil municipal » (or the like). */
  readonly copiesLaw: boolean;
}

/** The list of powers a délibération delegates to the maire (CGCT, art. L. 2122-22). */
export interface Delegation {
  readonly range: Range;
  readonly matters: readonly DelegatedMatter[];
  /** The act says the limits are set elsewhere (an annex, a table, « les limites sont fixées comme suit »). */
  readonly limitsElsewhere: boolean;
}

/** An election or a designation by the conseil, read from its objet and its proclamation (« A été élue : … »). */
export interface Election extends Span {
  readonly kind: 'maire' | 'adjoint' | 'president' | 'vice-president' | 'representants';
  /** Ballot figures are written (votants, suffrages exprimés, voix obtenues, unanimité). */
  readonly results: boolean;
  /** A secret ballot is mentioned. */
  readonly secret: boolean;
  /** The conseil voted openly (« à main levée », « décide à l'unanimité de ne pas procéder au scrutin secret »). */
  readonly publicBallot: boolean;
  /**
   * Voted by a show of hands (or a public ballot) with the votes divided between candidates or against, and no
   * unanimous decision written not to vote by secret ballot (L. 2121-21).
   */
  readonly openDivided: boolean;
  /** A list ballot at the proportional representation (a commission d'appel d'offres, commissions): no majority to reach. */
  readonly proportional: boolean;
  /** One candidature a seat, no ballot (« les nominations prennent effet immédiatement », L. 2121-21): nothing to count. */
  readonly noBallot: boolean;
  /** A tie given to the youngest candidate (« le plus jeune est déclaré élu »): the law gives it to the eldest. */
  readonly youngest: Span | null;
  /**
   * The figures of the round before each proclamation (« M. X … est élu »), as written (null where not), the span
   * being the proclamation's: none for an election at the proportional representation, nor for a proclamation after
   * several elections' figures (which are not one round's).
   */
  readonly ballots: readonly Ballot[];
}

/** The figures of a round of a ballot (see `syntax/ballot.ts`). */
export interface Ballot extends Span {
  /** 1, 2 or 3; 1 for a single round; null where rounds are named but not this one's. */
  readonly round: number | null;
  readonly voters: number | null;
  /** Blank ballots, or blank and void ones when written together (`invalid` is then 0). */
  readonly blank: number | null;
  readonly invalid: number | null;
  /** Suffrages exprimés. */
  readonly cast: number | null;
  /** The absolute majority as written (« 10,5 » is 10.5), null if not written. */
  readonly majority: number | null;
  /** The most votes a candidate or a list obtained in the round. */
  readonly best: number | null;
}

/** A member named by the séance block or the vote. */
export interface MemberName extends Span {
  /** Surname, folded, letters only (« cotiaveclaudet »). */
  readonly surname: string;
  /** First name, folded, when written. */
  readonly first: string | null;
}

/** The members the séance block names: present, absent, and the pouvoirs (mandant → mandataire). */
export interface Members {
  readonly present: readonly MemberName[];
  readonly absent: readonly MemberName[];
  readonly proxies: readonly { readonly from: MemberName; readonly to: MemberName }[];
  /** Members arrive or leave during the séance, or the lists mix present and represented members. */
  readonly moving: boolean;
}

export type ReferenceType = 'code-article' | 'text' | 'deliberation' | 'arrete' | 'code' | 'other';
export type TextNature = 'loi' | 'loi-organique' | 'decret' | 'ordonnance';

export interface Reference extends Span {
  readonly type: ReferenceType;
  /** The words of the reference as written. */
  readonly label: string;
  /** Code abbreviation ("CGCT", "CRPA"…) when known, else null. */
  readonly code: string | null;
  /** Range of the code's name or abbreviation, when written. */
  readonly codeSpan: Span | null;
  /** Article number normalised without spaces or dots: "L2122-22", "R421-1". */
  readonly article: string | null;
  /** Item (3° → "3") or alinéa written with the article. */
  readonly item: string | null;
  readonly alinea: string | null;
  readonly alineaSpan: Span | null;
  readonly nature: TextNature | null;
  readonly number: string | null;
  readonly date: string | null;
  readonly dateSpan: Span | null;
  /** Usual name written with the reference (MAPTAM, NOTRe…). */
  readonly usualName: string | null;
}

/** What a mention is (syntax/mentions.ts, or the reader named before the kind, says where each kind is read). */
export type MentionKind =
  // Read by the recours, publicity, dates and identity readers (syntax/recours.ts, publicity.ts, dates.ts, identity.ts).
  /** With no recours mention read: « voies et délais de recours », or « tribunal administratif » and « deux mois » near each other. */
  | 'recours-words'
  /** The act says it is or will be published: « le présent arrêté sera publié », « certifié exécutoire … publication », « Publié le 08/02/2023 » (read outside délibérations and police arrêtés). */
  | 'published-self'
  /** The act says it is or will be notified (« la présente décision sera notifiée », « notifié à l'intéressé ») (read with `published-self`). */
  | 'notified-self'
  /** After the dispositif, outside the recours mention's starting points: the first « affiché », « affichage ». */
  | 'affichage'
  /** After the dispositif, outside the recours mention's starting points: « publi… », « en ligne », « site internet ». */
  | 'publication-named'
  /** A date line after the dispositif the place-and-date reader did not read (« Aucamville, le 14 décembre 2022 »), read when the act has no dated place-and-date line. */
  | 'date-line'
  /** « Code INSEE : 73008 » in the first 3,000 characters (value: the code) (syntax/identity.ts). */
  | 'insee-code'
  /** « Le Maire de la Ville de CHELLES, » in the first 3,000 characters (value: the name as written) (syntax/identity.ts). */
  | 'maire-of'
  /** The population the head of the act states (« Commune de X — 640 habitants »), in its value. */
  | 'population-stated'
  /** A field of a model left unfilled (« [NOM DE LA COMMUNE] », « XX/XX/2025 », « (préciser) », « Présents : __ »), as written in its value (syntax/placeholders.ts). */
  | 'placeholder'
  /** An arrêté or a décision without articles whose dispositif is a numbered list (« 1. », « 2) »): its first item. */
  | 'numbered-dispositif'
  /** A period of the dispositif that ends before it starts (« du 16 juin 2025 au 13 juin 2025 »): value « start|end » (ISO). */
  | 'reversed-period'
  /** The first day the articles' measures apply (« du 13 octobre 2025 au … », « à compter du … »), ISO (PUB-002). */
  | 'measures-from'
  /** An arrêté or a décision of the maire whose title or objet fixes tarifs (« fixant les tarifs de la piscine »), for DEL-010. */
  | 'tarif-objet'
  /** A décision by délégation: a sum in euros its first articles name (value, in euros; flag: not said HT), for DEL-009, DEL-003. */
  | 'decision-amount'
  /** A décision by délégation accepts a gift or legacy burdened with a condition or a charge (9°): value, the words. */
  | 'gift-charged'
  /** A décision by délégation about a tax (« taxe de séjour »), which the 2° does not delegate: value, the words. */
  | 'fiscal-charge'
  /** A préemption the dispositif exercises (C. urb., L. 210-1): flag, the act says why (considérants, « en vue de … »). */
  | 'preemption-exercised'
  /** The visa of the déclaration d'intention d'aliéner: value, the day it was received (ISO) when written; flag, the act speaks of a suspension of the délai. */
  | 'dia-visa'
  /** A décision by délégation whose credits are not in the budget yet (« seront inscrits … »), for the 4° (DEL-009): value, the words. */
  | 'credits-not-in-budget'
  /** A ceiling the visa of the délibération of délégation writes (« dans la limite de 1 000 000 € »): « amount|ht or ttc|matters it names ». */
  | 'delegation-limit'
  /** A décision by délégation: the longest term in years its first articles name (« pour une durée de quinze ans »), for DEL-009. */
  | 'decision-years'
  /** HTML pasted as text (« <p> », « <br> », « &eacute; », « &nbsp; »): its first tag or entity; value, how many. */
  | 'html-markup'
  /** A collection too long to read act by act: where its unread acts begin (document.ts); value, how many. */
  | 'unread-acts'
  /**
   * The act withdraws an earlier one (« L'arrêté n° … du 12 mai 2025 est retiré », « portant retrait de l'arrêté … »): value, the
   * withdrawn act's date (ISO); flag, the text gives a ground that lifts the four months (fraude, the beneficiary's request).
   */
  | 'withdrawal'
  // Read by syntax/mentions.ts.
  /** A measure of L. 211-2 CRPA in the dispositif (value: the word; flag: in a sentence that names a person). */
  | 'unfavourable-measure'
  /** The grounds of that measure written in the dispositif (« …, au motif que … », « en raison de … »), MOT-001. */
  | 'motive-stated'
  /** A favourable measure granted to a person named in the dispositif (« M. X est nommé », « … est accordée à Mme Y »; value: the words, folded); flag: on the request the recitals speak of. */
  | 'individual-measure'
  /** The last date the article of an authorisation names (« … l'exhumation le lundi 26 janvier 2026 »): value, the ISO date. */
  | 'authorised-until'
  /** A line that dates the act's publication or affichage (« Publié le 12/01/2026 », « Publication : 27/01/2026 »): value, the ISO date. */
  | 'published-on'
  /** The day the dispositif says the act takes effect (« entrera en vigueur le 1er juin 2026 »): value, the ISO date. */
  | 'in-force-on'
  /** « urgence absolue » (read when the measure targets a person). */
  | 'absolute-urgency'
  /** « sa demande », « leur demande » before the dispositif (the measure answers a request). */
  | 'own-request'
  /** The person was heard or invited to present observations, or urgency dispensed with it. */
  | 'contradictory-procedure'
  /** An agent was told of his right to see his file, or saw it (« informé de son droit à la communication de son dossier »): CGFP, art. L. 532-4. */
  | 'file-communicated'
  /** A dispositive verb in capitals the units did not type (read when there is no dispositive verb). */
  | 'verb-capitals'
  /** « après en avoir délibéré », « le conseil … approuve » (a délibération with no dispositive verb). */
  | 'adopting-sentence'
  /** « … chargé de l’exécution … »: the first from the first article on, and the first in the last article. */
  | 'execution-clause'
  /** « Commune de … », « métropole », « syndicat »… in the first 2,000 characters. */
  | 'collectivite-named'
  /** « Département de … » in the first 2,000 characters. */
  | 'departement-named'
  /** « Métropole du Grand Paris » in the first 1,500 characters. */
  | 'metropole-grand-paris'
  /** « maire » before the end of the dispositif's first line (décisions du maire). */
  | 'maire-named'
  /** « secrétaire de séance » after the séance block. */
  | 'secretary-label'
  | SeanceMentionKind
  /** « n° » glued to what follows, outside citations (up to 50). */
  | 'numero-glued'
  /** « Tribunal Administratif » (value: the blank between the words; flag: it opens a sentence). */
  | 'tribunal-capitalised'
  /** « 1 janvier 2024 » outside citations. */
  | 'first-of-month'
  /** A capital word without its accents in the header, title or verb (value: the accented word). */
  | 'unaccented-capital'
  /** In the dispositif: « entrera en vigueur », « et/ou », « le ou les ». */
  | 'future-tense' | 'and-or' | 'singular-plural'
  /** « 3° » or « b) » at the start of a line in an article (value: « 3 » or « b »; flag: a number). */
  | 'enumeration'
  /** In a visa, « notamment son article 12 », « ses articles 12 et 43 » (value: the numbers as written). */
  | 'law-articles'
  /** An abbreviation to write in full in a visa or an article (value: as written; flag: plural). */
  | 'abbreviation'
  /** The objet of an act of the bureau or the président falls in a matter L. 5211-10 keeps to the conseil (value: its item, « 1 » to « 7 »). */
  | 'non-delegable-matter'
  // ---- Read by syntax/delegations.ts (DEL rules), for a décision du maire unless said otherwise.
  /** « le 3° de l'article L. 2122-22 », « L. 2122-22 (3°) » before the dispositif (value: the number as written). */
  | 'delegation-item'
  /** A visa of a délibération that speaks of a délégation or cites L. 2122-22 (the span is the visa; value: the word). */
  | 'delegating-visa'
  /** A visa of a délibération, numbered or dated, that speaks of limits, conditions or a delegated matter (the span is the visa; value: the word). */
  | 'limits-visa'
  /** A délibération visée that only sets the limits of a delegated matter (« fixant les limites … ») and delegates nothing. */
  | 'limits-only-visa'
  /** The act says it will be reported to the conseil (« il en sera rendu compte », L. 2122-23), anywhere. */
  | 'account-to-council'
  /** A matter of L. 2122-22 the objet and the first article's opening fit (the span is the objet; value: its number; flag: named by its own words, not only by broader ones). */
  | 'objet-matter'
  /** A loan in the objet or title of an act of an EPCI's bureau or président (the span is the objet, else the title; value: the word). */
  | 'loan-objet'
  // ---- Read by syntax/citations.ts.
  /** Between the nature and the number of a loi, ordonnance or décret cited (value: as written, « n° » and blanks; flag: a « n° » is written). */
  | 'text-number-lead'
  /** The number of a loi, ordonnance or décret cited, as written (value: as written). */
  | 'text-number'
  /** The date of a cited text not in the Journal officiel's form (value: « numeric » for the whole date, « first » for « 1 » or « 01 », « zero » for « 05 »: the span is what to rewrite). */
  | 'date-form'
  /** For an article cited without its code: the code named in the same visa or sentence (the span is the article reference; value: the code's key, null when unknown; flag: a code is named — without it, the CGCT is assumed). */
  | 'article-code'
  /** After an article cited without its code, the CGCT named loosely (« Coude Général des Collectivités Territoriales »: the span is the article reference). */
  | 'cgct-named-loosely'
  /** A code named by its abbreviation (« CGCT »; the span is the reference; value: as written). */
  | 'code-abbreviated'
  /** The title written after the date of a loi, ordonnance or décret cited (value: as written). */
  | 'text-title'
  /** The objet a citation of a délibération or an arrêté gives after its number (« …, relative à … ») (value: its words, folded; the span starts where the reference ends). */
  | 'cited-object'
  /** A code of special police named in a visa of an arrêté de police (the span is the visa; value: the code's name, folded). */
  | 'special-police-code'
  /** A loi named by its usual name, then its number or date (« loi NOTRe n° 2015-991 ») (the span is the reference). */
  | 'number-after-name'
  /** A recital's final punctuation and the blanks before it, or where it goes when there is none (value: as written). */
  | 'recital-ending'
  /** « (MAPTAM) » after a full citation, with the blanks before it (value: the name). */
  | 'parenthesised-name'
  /** « de l’article », « à l’article », « l’article » just before an article cited with its alinéa (value: « de », « à » or « »). */
  | 'article-lead'
  /** A list marker written before « Vu » on a visa's line (value: as written). */
  | 'list-marker'
  /** The first break between two visas (value: « line » or « blank-line »). */
  | 'visa-separator'
  /** What follows the last article's heading (value: « space », « line » or « blank-line »). */
  | 'heading-break'
  /** The séance block's last line is written in capitals. */
  | 'seance-capitals'
  /** « Classification : 7.1 » outside the platform's block (value: the code). */
  | 'classification'
  /** The annexes the transmission block lists (value: the list as written; the span is the block). */
  | 'annexes-declared'
  /** The first article that refers to an annexed piece (« ci-annexé ») (the span is the article). */
  | 'annexed-piece'
  | 'state-agent'
  | 'members-moving';

/**
 * The mentions of a délibération's séance and vote read outside the séance block (syntax/deliberation.ts), and of
 * its signature block (syntax/signatures.ts). Read for délibérations only, except the two signature kinds.
 */
export type SeanceMentionKind =
  /** A budget document the objet names, with its year (DAT-007): value « primitif:2025 », « taux:2025 », « compte:2024 ». */
  | 'budget-year'
  /** The number of adjoints the délibération fixes (« Le nombre des adjoints est fixé à neuf »): value, the number. */
  | 'adjoints-number'
  /** « convocation », « convoqué » anywhere (read when the séance has a date and no convocation date). */
  | 'convocation-word'
  /** The first meeting after a general renewal (L. 2121-7): installation, election of the maire, the doyen d'âge presides (head or objet). */
  | 'first-meeting'
  /** Present members listed by name: « Présents : », « Étaient présents », « Présent(e)s » (read when the séance gives no number). */
  | 'present-list'
  /** A member who receives a pouvoir (« pouvoir à Mme X », « Y à X » after « Procurations : »), once per pair (value: the name's key). */
  | 'proxy-holder'
  /** Unanimity, a majority, « pour : », « vote », « rejeté » after the dispositif's start (read when no vote was read). */
  | 'vote-word'
  /** « adopté » after the dispositif's start (read when no vote was read). */
  | 'adopted-word'
  /** The assembly only takes note (« PREND ACTE de ces décisions »), deciding nothing: no vote, no recours (read when no vote was read). */
  | 'takes-note'
  /** « abstention » after the dispositif's start (read for a vote « à l'unanimité des suffrages exprimés »). */
  | 'abstention-word'
  /** « voix prépondérante » anywhere. */
  | 'casting-vote'
  /** A président elected or designated for the vote of the accounts (« M. X est élu président de séance », « le conseil élit M. X pour présider »). */
  | 'accounts-president'
  /** « secrétaire » anywhere, not « secrétaire général(e) » (read when the séance block names no secrétaire). */
  | 'secretary-word'
  /** The objet, title or transmission objet names « compte administratif » or « compte financier unique » (value: « administratif » or « financier »). */
  | 'accounts'
  /** The président de séance is the maire or the président: so called, or the author who signs (read with « accounts »). */
  | 'head-presides'
  /** The maire withdraws, leaves the room or does not take part in the vote (read with « accounts »). */
  | 'withdrawal'
  /** The objet names an association or a company (value: the word as folded). */
  | 'association-object'
  /** A member does not take part, withdraws, or is « intéressé » (read with « association-object »). */
  | 'not-taking-part'
  /** The members vote with weighted voices (a syndicat mixte's statuts, L. 5721-2: « représentant 76 voix », « pondération des voix »). */
  | 'weighted-votes'
  /** A member of the conseil named as heading the association or company of the objet (value: the name as written). */
  | 'interested-member'
  /** « huis clos » (flag: the same sentence says it was decided by a vote or a majority). */
  | 'huis-clos'
  /** A legible « Prénom NOM » near a signature quality or an e-signature stamp after the dispositif (read when no author has both). */
  | 'named-signer'
  /** A visa of an arrêté « portant délégation de fonction(s) ou de signature » (value: the date of the arrêté it cites, or null). */
  | 'delegation-visa'
  /** A signatory who stands in for the prevented head (« Pour le Maire empêché, Le Premier Adjoint »), its quality in the value (syntax/signatures.ts). */
  | 'head-prevented'
  /** An arrêté whose title or objet delegates functions or signature (« portant délégation de fonction à … ») (syntax/mentions.ts). */
  | 'delegating-act'
  /** A délibération whose objet is a motion or a vœu (L. 2121-29): an opinion, no decision (syntax/mentions.ts). */
  | 'wish'
  /**
   * The tarification of a social or medico-social établissement or service (its objet, or a visa of CASF L. 314-x /
   * R. 314-x): contested since 1 January 2025 before the tribunaux administratifs the CJA designates (REC-002).
   */
  | 'tarification-act'
  /** The recours mention names the tribunal interrégional de la tarification sanitaire et sociale (abolished on 1 January 2025). */
  | 'titss'
  /** That délégation gives the signature to the cabinet (value: « directeur de cabinet » folded), whom L. 2122-19 and L. 5211-9 do not list. */
  | 'cabinet-delegate'
  /** A maire's police arrêté on a route départementale « hors agglomération » (the président du conseil départemental's, L. 3221-4). */
  | 'rd-outside-agglomeration'
  /** A police arrêté that regulates circulation or stationnement (its title, objet or first articles say so): L. 2213-1. */
  | 'traffic-police'
  /** A délibération whose objet is a budget document: budget, décision modificative, compte administratif or financier unique, affectation du résultat, taux (syntax/mentions.ts). */
  | 'budget-objet'
  /** The document is a contract signed by its parties (« CONVENTION … ENTRE LES SOUSSIGNÉS … IL EST CONVENU CE QUI SUIT »): not an act, no rule judges it (syntax/kind.ts). */
  | 'contract'
  /** The act approves a convention or authorises its signature (objet or dispositif): it is not signed yet (syntax/mentions.ts, VIS-002). */
  | 'convention-approved'
  /** « Syndicat mixte ouvert » in the head of the act: no EPCI, its statuts set how its comité meets (L. 5721-2) (syntax/mentions.ts). */
  | 'open-syndicat';

/** A mention read in the act: its kind, where (UTF-16 offsets), and what it holds. */
export interface Mention {
  readonly kind: MentionKind;
  readonly start: number;
  readonly end: number;
  readonly value: string | null;
  readonly flag: boolean;
}

/**
 * How the reader saw a field: `read` (found, with its range in the model), `mentioned` (only mentioned: a quality
 * with no name, a vote « adopté » with no count, a séance with no figures, an exécutoire known only from the
 * platform's stamp, a recours with neither délai nor tribunal), `absent` (not in a text that holds its end),
 * `beyond-end` (not in the text, but the text stops before the place where it would be: a truncated copy, or an
 * act still being typed).
 */
export type FieldStatus = 'read' | 'mentioned' | 'absent' | 'beyond-end';

/** The fields of an act, in the order they come in an act. */
export const ACT_FIELDS = [
  'title', 'number', 'object', 'authority', 'seance', 'visas', 'considerants', 'dispositive', 'articles', 'vote',
  'placeDate', 'signatories', 'recours', 'executoire', 'transmission',
] as const;
export type ActField = (typeof ACT_FIELDS)[number];

export interface Act {
  readonly kind: ActKind;
  /** Arrêté whose visas or dispositif concern police powers. */
  readonly police: boolean;
  /**
   * For an act of a président: the body he or she heads when the act names it (« epci », « metropole »,
   * « syndicat », « departement », « region », « outre-mer »); for a délibération, « departement », « region » or
   * « outre-mer » when such an assembly deliberates (« La Commission permanente du Conseil départemental »); null
   * when unnamed or for other authors.
   */
  readonly authorBody: BodyType | null;
  /** The document is an extract or a certified copy of the register (« Pour extrait conforme »), not the minute. */
  readonly extract: boolean;
  /** The document is the procès-verbal of a séance (its title says so), read as one act: it reports, it decides nothing of its own. */
  readonly minutes: boolean;
  readonly header: Header;
  readonly title: Span | null;
  readonly number: NumberSpan | null;
  readonly object: Span | null;
  /** "Le Maire de la Ville de Chambéry," / "Le Bureau de la Métropole…" */
  readonly authority: Span | null;
  readonly seance: Seance | null;
  readonly expose: Span | null;
  readonly visas: readonly Recital[];
  readonly considerants: readonly Recital[];
  readonly dispositive: DispositiveVerb | null;
  readonly articles: readonly Article[];
  readonly vote: Vote | null;
  readonly placeDate: PlaceDate | null;
  readonly signatories: readonly Signatory[];
  readonly recours: Recours | null;
  readonly executoire: Executoire | null;
  readonly transmission: Transmission | null;
  readonly references: readonly Reference[];
  /** For a délibération that delegates powers to the maire: the items it lists. */
  readonly delegation: Delegation | null;
  /** For a délibération that elects or designates members: the election. */
  readonly election: Election | null;
  /** For a délibération: the members its séance block names. */
  readonly members: Members | null;
  /** Publicity or certification mentions whose date is left blank (« Publié le : …… »). */
  readonly blankDates: readonly Span[];
  /** A period of publication written anywhere in the act (syntax/publicity.ts), the first one. */
  readonly publicationPeriod: PublicationPeriod | null;
  /** Weekdays written with a date (syntax/dates.ts): those with their year beside them first, then the others. */
  readonly weekdayDates: readonly WeekdayDate[];
  /** The mentions the rules judge, sorted by start (syntax/mentions.ts). */
  readonly mentions: readonly Mention[];
  /** Best-known date of the act: place-and-date line, séance, then transmission block. */
  readonly date: string | null;
  /** Number of lines of the document. */
  readonly lineCount: number;
  /** The text holds the end of the act (a closing after the dispositif: place and date, signature, stamp). */
  readonly complete: boolean;
  /** How each field was seen. */
  readonly seen: Readonly<Record<ActField, FieldStatus>>;
}

/**
 * What a document holds: one act (`act`), an act whose text stops before its end (`truncated`), several acts
 * (`collection`: a compte rendu, a procès-verbal, a recueil), or nothing readable (`empty`).
 */
export interface ActDocument {
  readonly shape: 'act' | 'truncated' | 'collection' | 'empty';
  /** The acts in document order; never empty (an empty text gives one empty act). */
  readonly acts: readonly Act[];
  /** For a collection: the shared header and each act's own part of the text (document offsets, end exclusive). */
  readonly parts?: { readonly header: { readonly start: number; readonly end: number }; readonly acts: readonly { readonly start: number; readonly end: number }[] };
}
