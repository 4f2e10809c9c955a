// The kind of act, from its title, authority, verb and séance; and whether an arrêté is a police measure.
import type { ActKind, Article, DispositiveVerb, Header, Seance, Span } from '../model';
import { bodyType, type BodyType } from '../lexicon';
import { type Unit, isUpperWord } from './scanner';

/**
 * The head of a document that is not an act (folded): « LISTE DES DÉLIBÉRATIONS EXAMINÉES PAR LE CONSEIL » (L. 2121-25),
 * a convocation (« J'ai l'honneur de vous convoquer », « Objet : Convocation au conseil municipal »).
 */
const NOT_AN_ACT = /^[-*#\s]*liste\s+des\s+(?:deliberations|actes)\b|\bj'ai\s+l'honneur\s+de\s+vous\s+convoquer\b|\bobjet\s*:\s*convocation\b|^[-*#\s]*convocation\s+(?:au|du|a\s+la)\s+(?:conseil|seance|comite|bureau)\b/m;

/** A contract's title at the head of the text (folded): a convention, a contrat, an avenant, a bail. */
const CONTRACT_TITLE = /^[-*#\s]*(?:convention|contrat|avenant|bail|accord-cadre|protocole\s+d'accord)\b/m;
/** …and its parties or its formula (folded): « ENTRE LES SOUSSIGNÉS », « Entre : », « IL EST CONVENU CE QUI SUIT ». */
const CONTRACT_PARTIES = /^[-*#\s]*entre\s+(?:les\s+soussigne(?:e)?s|d'une\s+part)\b|^[-*#\s]*entre\s*:?[ \t]*$|\bil\s+(?:est|a\s+ete)\s+(?:convenu|arrete\s+et\s+convenu)\s+(?:et\s+arrete\s+)?ce\s+qui\s+suit\b/m;
/**
 * What only an act writes before its parties (folded): a visa or a considérant (bulleted or numbered too: « • Vu »,
 * « 1. Vu »), an act's title, a dispositive verb, an author, a délibération's formula. A contract annexed to an act
 * comes after them.
 */
const ACT_FORMULA = /\bapres\s+en\s+avoir\s+delibere\b|(?:^|\n)[^a-z\n]{0,6}(?:vu|considerant|attendu\s+que)\b|(?:^|\n)[^a-z\n]{0,6}(?:arrete|decision|deliberation|extrait\s+du\s+registre)\b|(?:^|\n)[^a-z\n]{0,6}(?:decide|arrete|decidons|arretons|delibere)[ \t]*:?[ \t]*(?=\n|$)|(?:^|\n)[^a-z\n]{0,6}(?:le|la|nous,?)\s+(?:maire|president(?:e)?)\b[^\n]{0,100},[ \t]*(?=\n|$)/;

/** A procès-verbal that records a finding, not a séance (folded title): read, not judged as a séance's. */
export const OTHER_MINUTES = /\bproces-verbal\s+(?:de\s+constat(?:ation)?|du\s+constat|d'infraction|de\s+carence|de\s+bornage|de\s+reception|de\s+recolement|de\s+remise|d'abandon|d'etat\s+des\s+lieux|de\s+visite|de\s+(?:police|gendarmerie)|d'audition|de\s+delimitation)\b/;

/**
 * The document is a contract (a convention d'occupation, a bail, an avenant, signed by its parties): no unilateral act
 * of the collectivité, no séance, no dispositive verb; it is read, not judged as an act.
 */
export function isContract(f: string): boolean {
  const head = f.slice(0, 400);
  const title = CONTRACT_TITLE.exec(head);
  if (!title) return false;
  const body = f.slice(0, 4000);
  const parties = CONTRACT_PARTIES.exec(body);
  return parties !== null && !ACT_FORMULA.test(body.slice(0, parties.index));
}

/** The conseil of an EPCI or a syndicat deliberating (folded): « Le conseil communautaire, après en avoir délibéré, ». */
const CONSEIL_DELIBERATES = /\ble\s+(?:conseil\s+(?:communautaire|metropolitain|d'agglomeration|de\s+(?:la\s+)?(?:communaute|metropole))|comite\s+syndical)\b[^.;:]{0,40}?\bapres\s+en\s+avoir\s+delibere\b/;

export function inferKind(
  original: string, f: string, units: Unit[], title: Span | null, authority: Span | null, collectivite: Header['collectivite'],
  seanceOf: () => Seance | null, dispositive: DispositiveVerb | null, references: readonly { article: string | null; item?: string | null }[],
  preambleEnd: number,
): ActKind {
  const pre = f.slice(0, Math.max(preambleEnd, Math.min(f.length, 1500)));
  const titleF = title ? f.slice(title.start, title.end) : '';
  const authF = authority ? f.slice(authority.start, authority.end) : '';
  // Which collectivité: the header line, else whichever is named first ("Commune de X … membre de la communauté de communes").
  const firstNamed = /\b(?:(commune|ville|mairie)\s+(?:de|d'|du)\s|(metropole|communaute\s+(?:de\s+communes|d'agglomeration|urbaine)|conseil\s+communautaire|conseil\s+d'agglomeration|conseil\s+metropolitain|intercommunal))/.exec(pre.slice(0, 1500));
  // The séance is read only when the kind depends on it (parse.ts reads it when first asked for).
  let epci: boolean | undefined;
  const isEpci = () => (epci ??= collectivite ? collectivite.type === 'epci' || collectivite.type === 'metropole'
    : seanceOf()?.body === 'conseil municipal' ? false : !!firstNamed?.[2]);
  const authText = authF || (!(pre.includes('maire') || pre.includes('president')) ? '' : /\b(?:le|nous,?)\s+(maire|president(?:e)?)\s+(?:de|d'|du)\s*[^,;]{1,80},\s*(?:vu|considerant)\b/.exec(pre)?.[0] ?? '');
  const mayorAuthor = /\bmaire\b/.test(authText);
  // "Le Président du Conseil départemental", glued by OCR ("LE PRESIDENTDU CONSEILDEPARTEMENTAL"): the president of a
  // body that is not a commune (lexicon `bodies`).
  const presidentOf = !pre.includes('president') ? null : /\b(?:le|la|nous,?)\s*(?:vice-)?president(?:e)?\s*(?:du|de\s+la|de\s+l'|de)\s*([a-z' -]{3,40})/.exec(pre.slice(0, 3000));
  const presidentBody = presidentOf ? bodyType(presidentOf[1].replace(/conseil(?=[a-z])/, 'conseil ')) : null;
  const president = /\bpresident(?:e)?\b/.test(authText) || (pre.includes('president') && /\ble\s+president\b/.test(pre) && isEpci() && !/\bmaire\b/.test(authF))
    || (!mayorAuthor && presidentBody !== null && presidentBody !== 'commune');
  // The bureau deliberates, not the bureau the conseil delegates to (« Objet : Délégations au Bureau communautaire »).
  // Nor the bureau an exposé speaks of (« l'avant-projet a été validé par le bureau communautaire »), and not under a
  // title that names the conseil (« … DES DÉLIBÉRATIONS DU CONSEIL COMMUNAUTAIRE »).
  // (Nor a bureau that is no assembly: « le bureau de poste », « les bureaux de vote », « un bureau d'études ».)
  // (Nor the bureau a délibération of the conseil composes or elects: « Composition du bureau communautaire », « Élection
  // des membres du bureau », L. 5211-10.)
  const toBureau = (x: string) => x.replace(/\b(?:a\s+son|au|aux|par\s+(?:le|son)|avec\s+(?:le|son)|en)\s+bureaux?\b/g, ' ')
    .replace(/\b(?:composition|election|constitution|installation|renouvellement|designation|nombre|fixation\s+du\s+nombre)\s+(?:des\s+(?:autres\s+)?membres\s+)?du\s+bureau\b/g, ' ').replace(/\bbureaux?\s+(?:de\s+(?:la\s+)?(?:poste|vote|tabac|controle|change|l'etat\s+civil)|d'(?:etudes|accueil|aide\s+sociale|information))\b/g, ' ');
  const conseilTitle = /\bconseil\b/.test(titleF) && !/\bbureau\b/.test(toBureau(titleF));
  // (Not when the conseil is the one that deliberates, « Le conseil communautaire, après en avoir délibéré, DÉCIDE que le
  // bureau communautaire est composé … ».)
  const bureau = /\bbureau\b/.test(toBureau(titleF)) || (!conseilTitle && pre.includes('bureau') && !CONSEIL_DELIBERATES.test(pre) && /\b(?:seance|reunion)\s+du\s+bureau\b|\ble\s+bureau\s+(?:communautaire|metropolitain|de\s+la)|\bbureau\s+(?:communautaire|metropolitain)\b|deliberation\s+du\s+bureau/.test(toBureau(pre))) || /bureau/.test(authF);
  const deliberation = () => {
    if (bureau) return 'deliberation-epci-bureau' as const;
    // A commune's header or a séance of the conseil municipal: its conseil, whatever the acts it speaks of (« les
    // statuts adoptés par le comité syndical »).
    if (collectivite?.type === 'commune' && seanceOf()?.body !== 'conseil communautaire') return 'deliberation-cm' as const;
    if (isEpci() || ((pre.includes('conseil') || pre.includes('comite')) && /conseil\s+(?:communautaire|metropolitain|d'agglomeration|de\s+(?:la\s+)?(?:metropole|communaute))|comite\s+syndical/.test(pre))) return 'deliberation-epci-conseil' as const;
    return 'deliberation-cm' as const;
  };
  // Not an act: the list of the délibérations examined (L. 2121-25), a convocation and its ordre du jour.
  if (NOT_AN_ACT.test(pre.slice(0, 800)) || isContract(f)) return 'unknown';
  // (Not a procès-verbal the maire draws up alone, on site: « PROCÈS-VERBAL DE CONSTAT D'ÉTAT D'ABANDON » (CGCT, R. 2223-13),
  // of an infraction, of carence, of bornage, of réception of works: no séance of any assembly.)
  if (OTHER_MINUTES.test(titleF)) return 'unknown';
  if (/\bdeliberations?\b|registre\s+des\s+deliberations|proces-verbal/.test(titleF)) return deliberation();
  // "ARRÊTÉ MUNICIPAL", "ARRÊTÉ DU MAIRE": the title names the author.
  const titleMayor = /\b(?:municipal|du\s+maire|communal)\b/.test(titleF);
  if (/^(?:\W*)arrete/.test(titleF)) {
    const byPresident = !titleMayor && (president || (isEpci() && !/maire/.test(pre)));
    // « ARRÊTÉ portant exercice du droit de préemption urbain » under L. 2122-22 (15°): a décision the maire takes by
    // délégation of the conseil, whatever its title (not an arrêté that delegates, to an adjoint or an agent).
    const titleAndObjet = title ? f.slice(title.start, Math.min(f.length, title.end + 200)).split(/\n\s*(?:le|la|nous|vu)\b/)[0] : '';
    // (Not an arrêté that delegates functions or signature; « pris en vertu de la délégation du conseil municipal »
    // says the opposite: a décision by délégation, whose name is free.)
    if (!byPresident && references.some((r) => r.article === 'L2122-22' && r.item) && !DELEGATION_RE.test(titleAndObjet)) return 'decision-maire';
    return byPresident ? 'arrete-president' : 'arrete-maire';
  }
  // « DÉCISION DU BUREAU » (L. 5211-10): the bureau deliberates by délégation of the conseil, a collegial act.
  if (/^(?:\W*)decision/.test(titleF) && /\bdu\s+bureau\b/.test(titleF)) return 'deliberation-epci-bureau';
  if (/^(?:\W*)decision/.test(titleF)) return president || (isEpci() && !/maire/.test(pre)) ? 'decision-president' : 'decision-maire';
  const verb = dispositive?.verb ?? '';
  // A séance with its figures or its convocation is a délibération's, whoever presides it.
  const seance = seanceOf();
  if (seance && (seance.membersInOffice !== null || seance.present !== null || seance.convocationDate) && !verb.startsWith('ARR')) return deliberation();
  // A title inside a flattened line: "… ARRETE DU MAIRE ARRÊTÉ TEMPORAIRE …", "DECISION DU MAIRE PRISE LE …".
  if (!title) {
    const head = pre.slice(0, 1500);
    const t = /\b(arrete|decision|deliberation)s?\s+(?:du\s+(maire|president)|municipal|n\s?[°o]|du\s+bureau|du\s+conseil)/.exec(head);
    // Only a title in capitals, as titles are written; "inscrite au registre des délibérations du conseil" is prose.
    if (t && isUpperWord(original.slice(t.index, t.index + t[1].length))) {
      if (t[1] === 'deliberation') return deliberation();
      const byPresident = t[2] === 'president' || (president && t[2] !== 'maire');
      if (t[1] === 'arrete') return byPresident ? 'arrete-president' : 'arrete-maire';
      return byPresident ? 'decision-president' : 'decision-maire';
    }
  }
  // No usable title: the author, the verb, the séance block and the visas decide.
  if (mayorAuthor && verb.startsWith('ARR')) return 'arrete-maire';
  if (mayorAuthor && verb.startsWith('DÉCID')) return 'decision-maire';
  if (mayorAuthor && !verb && references.some((r) => r.article === 'L2122-22')) return 'decision-maire';
  // A text cut before its verb: the maire (or a président) who acts alone, under visas, makes an arrêté.
  if (!verb && !seance && (authority !== null || authText) && references.length > 0) {
    if (mayorAuthor) return 'arrete-maire';
    if (president) return 'arrete-president';
  }
  if (verb.startsWith('ARR')) return president || isEpci() ? 'arrete-president' : 'arrete-maire';
  if (seance && (seance.date || seance.membersInOffice !== null || seance.convocationDate)) return deliberation();
  if (/APRÈS|DÉLIB/.test(verb)) return deliberation();
  if (verb.startsWith('DÉCID')) {
    if (references.some((r) => r.article === 'L2122-22')) return 'decision-maire';
    if (/\ble\s+conseil\b/.test(f.slice(0, 4000))) return deliberation();
    return president || isEpci() ? 'decision-president' : 'decision-maire';
  }
  if (/extrait\s+du\s+registre|conseil\s+municipal/.test(pre)) return deliberation();
  void units;
  return 'unknown';
}

/**
 * An arrêté that delegates (« délégation de signature », « la signature du maire est déléguée à … »): its list of
 * delegated matters may name circulation or closures, it orders no police measure itself.
 */
export const DELEGATION_RE = /\bdelegation\s+(?:de\s+(?:signature|fonctions?|pouvoirs?)|permanente)\b|\b(?:signature|fonctions?)\b[^.;]{0,80}?\b(?:est|sont)\s+deleguee?s?\b|\b(?:donne|consent)(?:e)?\s+delegation\b|\bdelegue\s+(?:sa\s+signature|ses\s+fonctions)\b/;

/** The objet of an act about an agent's career or pay (folded). */
const PERSONNEL_ACT = /\b(?:avancement|echelon|nomination|nomme(?:e)?|stagiaire|titularisation|sanction|disciplinaire|disponibilite|temps\s+partiel|recrutement|mutation|detachement|conge|regime\s+indemnitaire|indemnite|radiation|retraite|reintegration|exclusion\s+temporaire|avertissement|blame)\b/;

/** A title or objet that fixes tarifs, redevances or droits de place (folded). */
const TARIFS_TITLE = /\b(?:fix(?:ant|ation|e)|revision|revisant|actualis(?:ant|ation)|modif(?:iant|ication))\s+(?:des\s+|les\s+)?(?:tarifs?|redevances?|droits\s+de\s+(?:place|stationnement|voirie))\b|^\W*tarifs?\s/;

export function isPolice(f: string, references: readonly { article: string | null }[], title: Span | null, object: Span | null, articles: readonly Article[]): boolean {
  let t = [title, object].map((s) => (s ? f.slice(s.start, s.end) : '')).join(' ');
  // An act about an agent of the police municipale (« avancement d'échelon de M. X, brigadier-chef principal de police
  // municipale »): the grade names the police, the act is no police measure.
  if (PERSONNEL_ACT.test(t)) t = t.replace(/\b(?:de|des|du)\s+(?:la\s+)?police\s+municipale\b/g, ' ');
  const first = articles.length ? f.slice(articles[0].start, Math.min(articles[0].end, articles[0].start + 400)) : '';
  if (DELEGATION_RE.test(t) || DELEGATION_RE.test(first)) return false;
  // An arrêté that fixes tarifs or redevances (of the domain public, of the droits de place) manages, it orders no police
  // measure, whatever the police articles its visas cite.
  const orders = () => articles.some((a) => POLICE_MEASURE.test(f.slice(a.start, Math.min(a.end, a.start + 600))));
  if (TARIFS_TITLE.test(t) && !orders()) return false;
  if (references.some((r) => r.article && /^L22(1[2-5])-/.test(r.article))) return true;
  // (An animal dangerous or errant placed, the police of animals: code rural, L. 211-11 and after.)
  if (/\bpolice|circulation|stationnement|interdi|reglementa|bruit|peril|debit\s+de\s+boissons|\bchiens?\s+(?:dangereux|mordeur)|\bfourriere|\blieu\s+de\s+depot/.test(t)) return true;
  // The dispositif: measures, not the execution article that names the police municipale.
  return orders();
}
/** A police measure an article orders (folded). */
const POLICE_MEASURE = /\b(?:circulation|stationnement)\b[^.]{0,80}\b(?:interdit|reglemente|limite|autorise)|\binterdi(?:t|te|ts|tes|ction)\b|\b(?:bruits?|peril|debits?\s+de\s+boissons)\b|\bfermeture\s+(?:au\s+public|temporaire|(?:de\s+la|du|des)\s+(?:voie|route|rue|chemin|parc|jardin|aire|plage|site|salle|etablissement))/;


/**
 * The body a président heads, when the act names one that is not a commune (« Le Président de la Collectivité de
 * Saint-Martin », « Le Président du Conseil départemental »): it decides which powers a président's act rests on.
 */
export function presidentBody(f: string, preambleEnd: number): BodyType | null {
  const pre = f.slice(0, Math.min(f.length, Math.max(preambleEnd, 3000)));
  const of = /\b(?:le|la|nous,?)\s*(?:vice-)?president(?:e)?\s*(?:du|de\s+la|de\s+l'|de)\s*([a-z' -]{3,40})/.exec(pre);
  const named = of ? bodyType(of[1].replace(/conseil(?=[a-z])/, 'conseil ')) : null;
  if (named && named !== 'commune') return named;
  // « Le Président de la Collectivité, »: the body is the one the header names.
  // (An EPCI or a syndicat named beside a « Département de … » line is the author, the département its place, above or
  // under it: « Département de la Vendée » over « Terres de Montaigu, Communauté d'agglomération … ».)
  let place: BodyType | null = null;
  // (The header: before the first visa, where « Vu la demande de la communauté de communes … » names another body.)
  const firstVisa = pre.search(/(?:^|\n)[ \t*-]*vu\s/);
  for (const m of pre.slice(0, firstVisa > 0 ? Math.min(firstVisa, 1500) : 1500).matchAll(/\b(collectivite\s+(?:territoriale\s+)?de\s+saint|conseil\s+(?:territorial|departemental|regional)|departement\s+d|region\s+|syndicat\b|communaute\s+(?:de\s+communes|d'agglomeration|urbaine)|metropole\b)/g)) {
    const b = bodyType(m[1]);
    if (!b || b === 'commune') continue;
    if (/^(?:departement|region)\s/.test(m[1])) place ??= b;
    else return b;
  }
  return place;
}

/** A local public établissement that is no EPCI, named (folded): a CCAS or a CIAS, a caisse des écoles, an office de tourisme, an EPIC or an EPA, a régie. */
const ESTABLISHMENT = String.raw`(?:centre\s+(?:inter)?communal\s+d'action\s+sociale|c\.?[ci]\.?a\.?s\b\.?|caisse\s+(?:intercommunale\s+)?des\s+ecoles|office\s+(?:intercommunal\s+|municipal\s+|communautaire\s+)?(?:de|du)\s+tourisme|etablissement\s+public\s+(?:industriel\s+et\s+commercial|administratif)|regie\b)`;
/** Its organ deliberates (folded): the register of its conseil d'administration or comité, or that organ meeting or deliberating. */
const ESTABLISHMENT_ASSEMBLY = /\bregistre\s+des\s+deliberations\s+du\s+(?:conseil\s+d'administration|comite\s+de\s+direction|comite\b(?!\s+syndical))|\b(?:le|du)\s+(?:conseil\s+d'administration|comite\s+de\s+direction)\b[^;]{0,200}?\b(?:s'est\s+reuni|se\s+sont\s+reunis|s'est\s+assemble|apres\s+en\s+avoir\s+delibere|(?:dument|regulierement|legalement)\s+convoque)/;
/** …or its président or directeur decides (folded): « La Présidente du centre communal d'action sociale de Vertou », « Le Directeur de la régie … ». */
/** « Le comité de la caisse des écoles … s'est réuni », « le conseil d'administration du CCAS, régulièrement convoqué » (folded). */
const ESTABLISHMENT_ORGAN_MEETS = new RegExp(String.raw`\b(?:comite|conseil\s+d'administration)\s+(?:du|de\s+la|de\s+l')\s*${ESTABLISHMENT}[^;]{0,120}?\b(?:s'est\s+reuni|se\s+sont\s+reunis|apres\s+en\s+avoir\s+delibere|(?:dument|regulierement|legalement)\s+convoque)`);
const ESTABLISHMENT_HEAD_OF = new RegExp(String.raw`\b(?:le|la)\s+(?:vice-)?(?:president(?:e)?|directeur|directrice)\s+(?:du|de\s+la|de\s+l')\s*(?:conseil\s+d'administration\s+(?:du|de\s+la|de\s+l')\s*)?${ESTABLISHMENT}`);
const ESTABLISHMENT_NAMED = new RegExp(ESTABLISHMENT);
/** A régie is an établissement of its own only with a legal personality (CGCT, art. L. 2221-10): else the commune's. */
const REGIE_PERSON = /\bpersonnalite\s+morale\b|\bregie\s+personnalisee\b|\betablissement\s+public\b/;
/** A commune's or a groupement's assembly that meets or deliberates, or its register (folded). */
const COLLECTIVITE_DELIBERATES = /\bregistre\s+des\s+deliberations\s+du\s+(?:conseil\s+(?:municipal|communautaire|metropolitain|syndical)|comite\s+syndical|bureau)|\b(?:le|du|les\s+membres\s+du)\s+(?:conseil\s+(?:municipal|communautaire|metropolitain|syndical)|comite\s+syndical)\b[^;]{0,200}?\b(?:s'est\s+reuni|se\s+sont\s+reunis|s'est\s+assemble|apres\s+en\s+avoir\s+delibere|(?:dument|regulierement|legalement)\s+convoque)/;
/** A maire, or a groupement's président, who acts (folded). */
const COLLECTIVITE_HEAD_OF = /\b(?:le|la|nous,?)\s+maire\s+(?:de|d'|du)\b|\b(?:le|la)\s+president(?:e)?\s+(?:de\s+la\s+|du\s+)?(?:communaute|metropole|syndicat|conseil\s+(?:departemental|regional))\b/;

/**
 * A local public établissement that is no EPCI issues the act: its conseil d'administration or comité deliberates, or
 * its président or directeur decides — not a commune's or a groupement's assembly, maire or président, whatever
 * heading names the établissement (« CCAS – Élection des représentants du conseil municipal »). Its organs follow its
 * own code and its statuts (`etablissement`).
 */
export function establishmentBody(f: string, preambleEnd: number): BodyType | null {
  const pre = f.slice(0, Math.min(f.length, Math.max(preambleEnd, 3000)));
  if (!ESTABLISHMENT_NAMED.test(pre)) return null;
  if (COLLECTIVITE_DELIBERATES.test(pre) || COLLECTIVITE_HEAD_OF.test(pre)) return null;
  const own = ESTABLISHMENT_ASSEMBLY.test(pre) || ESTABLISHMENT_HEAD_OF.test(pre) || ESTABLISHMENT_ORGAN_MEETS.test(pre);
  if (!own) return null;
  // (A régie without a legal personality is the commune's: its acts are the maire's and the conseil municipal's.)
  const named = ESTABLISHMENT_NAMED.exec(pre)!;
  return /^regie/.test(named[0]) && !REGIE_PERSON.test(pre) ? null : 'etablissement';
}

/** A département's, a région's or an outre-mer assembly that deliberates (folded). */
const ASSEMBLY = /\b(?:la\s+commission\s+permanente(?:\s+du\s+conseil\s+(departemental|general|regional))?|(?:le|du)\s+conseil\s+(departemental|general|regional)\s*(?:,|s'est|reuni|apres\s+en\s+avoir|legalement|regulierement|dument|decide|delibere)|l'assemblee\s+(?:de\s+(guyane|martinique|corse)|pleniere))/g;

/**
 * The assembly of a département, a région or a collectivité d'outre-mer that deliberates (« La Commission permanente du
 * Conseil départemental … s'est réunie », « le Conseil régional, après en avoir délibéré »), or null: its séance
 * follows its own part of the CGCT, not the commune's articles. (Not a header « Département de l'Isère », which
 * communes write too.)
 */
export function assemblyBody(f: string, preambleEnd: number): BodyType | null {
  const pre = f.slice(0, Math.min(f.length, Math.max(preambleEnd, 3000)));
  // The header names a collectivité with its own statute: the Métropole de Lyon (run on the département's rules, L. 3611-3),
  // the collectivités of Saint-Martin, Saint-Barthélemy, Saint-Pierre-et-Miquelon, Guyane, Martinique, Corse.
  const head = pre.slice(0, 800);
  if (/\bmetropole\s+de\s+lyon\b/.test(head) && !/\b(?:ville|commune|mairie)\s+de\s+lyon\b/.test(head)) return 'departement';
  if (/\bcollectivite\s+(?:territoriale\s+)?(?:de\s+(?:saint-martin|saint-barthelemy|saint-pierre-et-miquelon|guyane|martinique|corse))\b/.test(head)
    && !/\b(?:ville|commune|mairie)\s+(?:de|d'|du)\s/.test(head) && !/\bmaire\b/.test(head)) return 'outre-mer';
  // (Not an act a visa cites: « Vu la délibération de la commission permanente du conseil départemental … ».)
  let m: RegExpExecArray | null = null;
  ASSEMBLY.lastIndex = 0;
  for (let x = ASSEMBLY.exec(pre); x; x = ASSEMBLY.exec(pre)) {
    const lineStart = pre.lastIndexOf('\n', x.index - 1) + 1;
    if (/^[^a-z\n]{0,6}vu\b/.test(pre.slice(lineStart, x.index))) continue;
    m = x;
    break;
  }
  if (!m) return null;
  // (A commission permanente without its conseil named is a département's; « l'assemblée plénière » a région's.)
  const which = m[1] ?? m[2];
  if (which) return which === 'regional' ? 'region' : 'departement';
  // (A commission permanente under « RÉGION NORMANDIE » is the région's.)
  return m[3] ? 'outre-mer' : m[0].includes('commission') ? (/(?:^|\n)[ \t]*(?:la\s+)?region\b/.test(head) ? 'region' : 'departement') : 'region';
}
