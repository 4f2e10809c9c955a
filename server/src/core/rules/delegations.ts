// DEL: décisions du maire prises par délégation du conseil municipal (CGCT L. 2122-22 / L. 2122-23).
import type { Range, Recital } from '../model';
import type { Finding, RuleContext } from './rule';
import { frenchDate, containing, containingIn, fold } from '../text';
import L2122_22 from '../../../../data/l2122-22.json';
import { type DocumentedRule, addMonths, alineaEvidence, isDeliberationVisa, isMayorDecision, mandateEnded, mentionOf, mentionsOf, preambleReferences, referenceDate, where } from './support';
import { groupDigits, shortQuote } from './util';
import { LOAN_RENEWALS } from '../renewals';
import { articleFix, objetItem } from './fixes';
import { resolveCollectivite } from '../collectivite';

export interface DelegableItem {
  readonly n: number;
  readonly label: string;
  /** A few words for messages (« emprunts »). */
  readonly short: string;
  /** The conseil must set limits or conditions (DEL-003). */
  readonly limits: boolean;
  readonly status: string;
}

/** The 31 matters of L. 2122-22 (data/l2122-22.json). */
export const L2122_22_ITEMS: readonly DelegableItem[] = L2122_22.items;

const DEC_M = ['decision-maire'] as const;

/** Items of L. 2122-22 the act relies on: "3°", "le 3° de l'article L. 2122-22", or "alinéa 4" (= 3°, Guide counting). */
export function delegationItems(ctx: RuleContext): { items: number[]; fromAlinea: boolean; cited: boolean; range: import('../model').Range | null } {
  const { act } = ctx;
  const refs = preambleReferences(ctx).filter((r) => r.article === 'L2122-22');
  const items = new Set<number>();
  let fromAlinea = false;
  for (const r of refs) {
    if (r.item && /^\d+$/.test(r.item)) items.add(+r.item);
    else if (r.alinea && /^\d+$/.test(r.alinea) && +r.alinea >= 2) {
      const decided = alineaEvidence(act, +r.alinea);
      if (decided !== null) items.add(decided.item);
      else {
        items.add(+r.alinea - 1);
        fromAlinea = true;
      }
    }
  }
  // As the preamble words them: "le 3° de l'article L. 2122-22", "L. 2122-22 (3°)", "L.2122-22-3°" (syntax/delegations.ts).
  for (const m of mentionsOf(act, 'delegation-item')) items.add(+m.value!);
  // Or the dispositif: « La présente décision est prise en application du 7° de l'article L. 2122-22 ».
  if (items.size === 0) for (const r of act.references) if (r.article === 'L2122-22' && r.item && /^\d+$/.test(r.item)) items.add(+r.item);
  const anchor = refs.find((r) => r.item || r.alinea) ?? refs.find((r) => containing(act.visas, r.start, r.end) !== null) ?? refs[0];
  return { items: [...items], fromAlinea, cited: refs.length > 0, range: anchor?.range ?? null };
}

export const DEL_001: DocumentedRule = {
  id: 'DEL-001',
  title: 'La décision précise la matière déléguée (le n° de l’article L. 2122-22, de 1° à 31°) et cette matière existe.',
  kinds: [...DEC_M],
  severity: 'warning',
  source: { label: 'CGCT, art. L. 2122-22', url: null, code: 'CGCT', article: 'L2122-22' },
  status: 'secondary',
  doc: { details: 'Avertissement si l’article L. 2122-22 est visé sans numéro de matière (information quand l’objet nomme la matière par ses propres mots : « Attribution du marché … ») ; erreur pour un numéro qui n’existe pas (au-delà de 31°). Un « alinéa N » est lu comme le (N − 1)° (décompte du Guide de légistique), sauf quand l’acte dit lequel des deux, le (N − 1)° ou le N° : la matière qu’il cite ailleurs (« les attributions mentionnées au 4° »), sinon celle que son objet nomme par ses propres mots (« marché ») ; il est signalé comme ambigu par VIS-006. La liste des 31 matières, avec leur libellé court, est dans `data/l2122-22.json`.' },
  check(ctx) {
    const { items, cited, range } = delegationItems(ctx);
    if (!cited || !range) return [];
    const bad = items.filter((n) => n < 1 || n > L2122_22_ITEMS.length);
    if (bad.length) {
      return [{ range, severity: 'error', message: `L’article L. 2122-22 ne compte que ${L2122_22_ITEMS.length} matières : le ${bad[0]}° n’existe pas. Vérifiez le numéro de la matière déléguée.` }];
    }
    if (items.length === 0) {
      // (The matter the objet names, after the article: « L. 2122-22 (4°) ».)
      // (Only in the visa of the code: not in a délibération's visa « prise en application de l'article L. 2122-22 ».)
      const at = ctx.index.offsetAt(range.start);
      const inCodeVisa = ctx.act.visas.some((v) => v.start <= at && at < v.end && v.reading.designates === 'code');
      // (An objet that names the matter by its own words, « Attribution du marché … »: the matter is plain, its number a
      // matter of drafting; an information.)
      const named = objetItem(ctx.act);
      const item = inCodeVisa ? named : null;
      return [{
        range,
        ...(named ? { severity: 'information' as const } : {}),
        message: 'Précisez la matière déléguée : « Vu le code général des collectivités territoriales, notamment le …° de son article L. 2122-22 », en donnant le numéro de la matière (par exemple « 4° ») : la décision n’est régulière que dans une matière que le conseil a déléguée.',
        fixes: item ? [{ title: `Écrire « L. 2122-22 (${item}°) » (la matière de l’objet)`, preferred: true, edits: [{ range: { start: range.end, end: range.end }, newText: ` (${item}°)` }] }] : [],
      }];
    }
    return [];
  },
};

export const DEL_002_MISSING = 'La délibération de délégation n’est pas visée';

export const DEL_002: DocumentedRule = {
  id: 'DEL-002',
  missing: 'visas',
  title: 'La décision vise la délibération du conseil municipal qui délègue la matière au maire, prise pendant le mandat en cours.',
  kinds: [...DEC_M],
  severity: 'warning',
  source: { label: 'CGCT, art. L. 2122-22 (« pour la durée de son mandat ») ; réponse ministérielle, JO Sénat 11 avril 2013', url: null, code: 'CGCT', article: 'L2122-22' },
  status: 'confirmed',
  doc: { details: 'Une décision du maire qui ne vise ni l’article L. 2122-22 ni une délibération de délégation, mais un fondement propre au maire (police, L. 2212-1 et suivants ; exécution des délibérations, L. 2122-21 ; virements de crédits, L. 5217-10-6 ; code général de la fonction publique ; code général de la propriété des personnes publiques ; ou tout autre texte que ses visas citent, hors des chapitres du conseil municipal et du maire, quand son objet ne nomme aucune matière de L. 2122-22 : un refus de communication de document fondé sur le code des relations entre le public et l’administration, la réponse à un recours préalable contre un forfait de post-stationnement), n’est pas jugée comme prise par délégation. Avertissement si aucun visa de délibération ne parle de délégation ; avertissement si la délibération est antérieure au début du mandat (profil : `debutMandat` ; sans lui, au premier tour du dernier renouvellement général des conseils municipaux que la décision suit — mars 2014, 2020, 2026 —, une fois les conseils installés), car la délégation prend fin avec le mandat du maire, ou postérieure à la décision. Quand plusieurs délibérations sont visées, celle qui délègue compte, non celle qui fixe seulement les limites d’une matière. Que la matière soit bien couverte par la délibération ne peut pas être vérifié.' },
  check(ctx) {
    const { act } = ctx;
    if (!isMayorDecision(ctx)) return [];
    const visas = delegatingVisas(ctx);
    const anchor = act.visas[act.visas.length - 1]?.range ?? act.authority?.range ?? act.title?.range;
    if (!anchor) return [];
    if (visas.length === 0) {
      // (Cited in a considérant, « en vertu de la délibération n° … , le maire a reçu délégation … »: the délégation is
      // there, its visa is a matter of drafting.)
      const cited = act.considerants.find((c) => c.reading.delegatingDeliberation)?.reading.delegatingDeliberation ?? null;
      if (cited) return [{ range: anchor, severity: 'information', message: `${DEL_002_MISSING} : un considérant cite la délibération n° ${cited} comme délégante ; visez-la (« Vu la délibération n° ${cited} du … portant délégation d’attributions du conseil municipal au maire ; »).` }];
      return [{ range: anchor, message: `${DEL_002_MISSING} : ajoutez « Vu la délibération n° … du … portant délégation d’attributions du conseil municipal au maire ; ». Sans délégation valable, le maire n’est pas compétent (CGCT, art. L. 2122-22).` }];
    }
    // The délibération that delegates, rather than one that only sets the limits of a matter (« Vu la délibération n° … du
    // 16 décembre 2024 fixant les limites … » beside the délégation of 2014): the délégation ends with the mandate.
    const limitsOnly = new Set(mentionsOf(act, 'limits-only-visa').map((m) => m.start));
    const delegatingOnly = visas.filter((v) => !limitsOnly.has(v.start));
    const dates = deliberationDatesIn(ctx, delegatingOnly.length ? delegatingOnly : visas);
    if (dates.length === 0) return [];
    const latest = dates.reduce((a, b) => (a.date >= b.date ? a : b));
    // A délégation voted before the current mandate (the profile's start, else the last general renewal the décision
    // follows, the conseils installed since) ended with the mandate before.
    const ended = mandateEnded(ctx, latest.date);
    if (ended && ended.renewal === null) {
      return [{ range: latest.range, message: `La délibération de délégation (${frenchDate(latest.date)}) précède le début du mandat en cours (${frenchDate(ended.since)}) : la délégation a pris fin avec le mandat précédent ; visez la délibération prise après l’installation du conseil.` }];
    }
    const date = referenceDate(act);
    // (A délibération that delegates cited without its date — « Vu la délibération n° 2026-018 portant délégation » —
    // may be the new one.)
    const cited = delegatingOnly.length ? delegatingOnly : visas;
    const dated = new Set(deliberationDatesIn(ctx, cited).map((d) => d.visa));
    const undated = cited.some((v) => !dated.has(v));
    if (ended && !undated) {
      return [{ range: latest.range, message: `La délibération de délégation (${frenchDate(latest.date)}) ${ended.outgoing ? `a été votée après le premier tour du renouvellement général des conseils municipaux de ${ended.renewal} et avant qu’un nouveau conseil puisse être installé (au plus tôt le ${frenchDate(ended.outgoing)}, CGCT, art. L. 2121-7), donc par le conseil sortant` : `précède le renouvellement général des conseils municipaux de ${ended.renewal}`} : la délégation a pris fin avec le mandat précédent ; visez la délibération prise après l’installation du conseil. Si le conseil a été élu depuis à une autre date (élections partielles intégrales), indiquez-la comme date de début du mandat dans le profil de la collectivité (fichier actes.json).` }];
    }
    const earliest = dates.reduce((a, b) => (a.date <= b.date ? a : b));
    if (date && earliest.date > date) {
      return [{ range: earliest.range, message: `La délibération de délégation (${frenchDate(earliest.date)}) est postérieure à la décision (${frenchDate(date)}) : le maire ne pouvait pas encore décider par délégation.` }];
    }
    return [];
  },
};

export const DEL_003: DocumentedRule = {
  id: 'DEL-003',
  title: 'Pour les matières déléguées « dans les limites fixées par le conseil » (2°, 3°, 15°, 16°, 17°, 20°, 21°, 22°, 26°, 27°), la décision vise la délibération qui fixe ces limites ; elle reste sous le plafond que le visa de la délibération de délégation écrit.',
  kinds: [...DEC_M],
  severity: 'warning',
  source: { label: 'CGCT, art. L. 2122-22 ; CE 2 février 2000, n° 117920', url: null, code: 'CGCT', article: 'L2122-22' },
  status: 'secondary',
  doc: { details: 'Quand le visa de la délibération de délégation écrit un plafond (« dans la limite de 1 000 000 € par exercice », « d’un montant inférieur à 90 000 € HT »), qu’il est le seul, que la décision invoque une seule matière (son numéro, sinon celle que son objet nomme) et que le visa nomme cette matière et aucune autre : avertissement si la première somme de ses articles (le marché ou le lot, l’emprunt, le prix ; non la valeur à neuf, le coût de l’opération, la somme réclamée) le dépasse (une somme qui n’est pas dite HT est divisée par 1,2 avant d’être comparée à un plafond HT). Une délégation qui recopie « dans les limites fixées par le conseil municipal » sans fixer de limites est irrégulière. L’outil cherche un visa de délibération, avec numéro ou date, qui parle de limites, de plafond ou de la matière (emprunts, tarifs, préemption…) ; il ne peut pas lire la délibération elle-même : avertissement ; information seulement quand la délibération de délégation est visée avec son numéro ou sa date et qu’aucun autre visa ne renvoie les limites ailleurs (elle peut les fixer). Rien quand aucune délibération n’est visée : DEL-002 demande celle qui délègue, qui fixe les limites.' },
  check(ctx) {
    const { items, range } = delegationItems(ctx);
    const over = beyondCeiling(ctx, items);
    if (over) return [over];
    if (!range) return [];
    const needing = items.filter((n) => L2122_22_ITEMS.find((i) => i.n === n)?.limits);
    if (needing.length === 0) return [];
    // A visa of a délibération, with its number or date, that speaks of limits or of the matter (syntax/delegations.ts).
    const limits = mentionsOf(ctx.act, 'limits-visa');
    if (limits.some((m) => m.flag)) return [];
    // (No délibération visée at all: DEL-002 asks for the one that delegates, which is where the limits are set.)
    if (limits.length === 0 && mentionsOf(ctx.act, 'delegating-visa').length === 0) return [];
    const n = needing[0];
    // The délibération of délégation is visée with its number or date and no other visa puts the limits elsewhere:
    // it may well fix them; the act cannot tell (information).
    if (limits.length === 0 && mentionsOf(ctx.act, 'delegating-visa').some((m) => m.flag)) {
      return [{
        range,
        severity: 'information',
        message: `Le ${n}° de l’article L. 2122-22 s’exerce dans les limites ou conditions fixées par le conseil municipal : vérifiez que la délibération de délégation visée les fixe réellement, ou visez celle qui les fixe (CE 2 février 2000, n° 117920).`,
      }];
    }
    return [{
      range,
      message: `Le ${n}° de l’article L. 2122-22 s’exerce dans les limites ou conditions fixées par le conseil municipal : visez la délibération (n° et date) qui fixe ces limites, ou vérifiez que la délibération de délégation les fixe réellement (CE 2 février 2000, n° 117920).`,
    }];
  },
};

/**
 * A sum of the décision above the ceiling the visa of the délibération of délégation writes (« dans la limite de
 * 1 000 000 € », « d'un montant inférieur à 90 000 € HT »): one ceiling in the visas, one matter invoked (the number
 * cited, else the objet's), and the visa names that matter or none. A ceiling « HT » is compared with a sum not said to
 * be HT divided by 1.2: taxes may be in it.
 */
function beyondCeiling(ctx: RuleContext, items: readonly number[]) {
  const { act } = ctx;
  if (!isMayorDecision(ctx)) return null;
  const ceilings = mentionsOf(act, 'delegation-limit');
  if (ceilings.length !== 1) return null;
  const [amount, basis, named] = ceilings[0].value!.split('|');
  const invoked = [...new Set(items.length ? items : mentionsOf(act, 'objet-matter').filter((m) => m.flag).map((m) => Number(m.value)))];
  if (invoked.length !== 1) return null;
  // (The visa names that matter and no other: a ceiling written for the loans is not the marchés'.)
  const matters = named ? named.split(',').map(Number) : [];
  if (matters.length !== 1 || matters[0] !== invoked[0]) return null;
  const limit = Number(amount);
  // The décision's own sum: the first its articles name (the marché or the lot, the loan, the price), not the
  // operation's cost cited after it.
  const sums = [...mentionsOf(act, 'decision-amount')].sort((a, b) => a.start - b.start);
  const worst = sums.length ? { m: sums[0], v: basis === 'ht' && sums[0].flag ? Number(sums[0].value) / 1.2 : Number(sums[0].value) } : null;
  if (!worst || worst.v <= limit) return null;
  const item = L2122_22_ITEMS[invoked[0] - 1];
  return {
    range: ctx.index.range(worst.m.start, worst.m.end),
    message: `La décision porte sur ${groupDigits(Number(worst.m.value))} euros${worst.m.flag ? '' : ' HT'}, au-delà de la limite de ${groupDigits(limit)} euros${basis === 'ht' ? ' HT' : basis === 'ttc' ? ' TTC' : ''} que fixe la délibération de délégation visée${item ? ` (${item.short}, ${item.n}°)` : ''} : hors de la délégation, la décision relève du conseil municipal (CGCT, art. L. 2122-22).`,
  };
}

export const DEL_004: DocumentedRule = {
  id: 'DEL-004',
  title: 'Les délégations en matière d’emprunts (3°) prennent fin à l’ouverture de la campagne électorale pour le renouvellement du conseil.',
  kinds: ['decision-maire', 'decision-president', 'deliberation-epci-bureau'],
  severity: 'error',
  source: { label: 'CGCT, art. L. 2122-22 (dernier alinéa) et L. 5211-10 ; code électoral, art. R. 26', url: null, code: 'CGCT', article: 'L2122-22' },
  status: 'confirmed',
  doc: { details: 'La campagne s’ouvre le deuxième lundi précédant le scrutin (R. 26 du code électoral). La date d’ouverture vient du profil (`debutCampagne`) ; sans elle, celle du renouvellement général de mars 2026 (premier tour le 15 mars, campagne ouverte le 2 mars 2026) : une décision d’emprunt prise depuis le 2 mars 2026 sur une délibération antérieure est signalée, et, quand la délibération visée n’est pas datée, une décision prise avant l’installation possible du nouveau conseil (20 mars 2026). Pour un EPCI, les délégations d’emprunt de L. 5211-10 prennent fin à l’ouverture de la campagne pour le renouvellement général des conseils municipaux.' },
  check(ctx) {
    const { act, profile } = ctx;
    const date = referenceDate(act);
    if (!date) return [];
    let start = profile.campaignStart;
    let renewal: (typeof LOAN_RENEWALS)[number] | null = null;
    if (!start) {
      // The last general renewal whose campaign had opened on the act's date; its délégation, if dated, must be older.
      renewal = LOAN_RENEWALS.filter((r) => r.campaign <= date).pop() ?? null;
      if (!renewal) return [];
      // (A décision du maire: the délibérations that delegate; a bureau or a président: any délibération visée.)
      const visas = act.kind === 'decision-maire' ? delegatingVisas(ctx) : where(act.visas, isDeliberationVisa);
      const delegated = deliberationDatesIn(ctx, visas).map((d) => d.date);
      if (delegated.length ? delegated.some((d) => d >= renewal!.campaign) : date >= renewal.installedFrom) return [];
      start = renewal.campaign;
    }
    if (date < start) return [];
    let loan = false;
    let range = act.object?.range ?? act.title?.range ?? null;
    if (act.kind === 'decision-maire') {
      const d = delegationItems(ctx);
      loan = d.items.includes(3);
      range = d.range ?? range;
    } else {
      loan = mentionOf(act, 'loan-objet') !== null;
    }
    if (!loan || !range) return [];
    const opened = renewal
      ? `l’ouverture de la campagne des élections municipales du ${frenchDate(renewal.firstRound)} (ouverte le ${frenchDate(start)}, code électoral, art. R. 26)`
      : `l’ouverture de la campagne électorale (${frenchDate(start)})`;
    return [{
      range,
      message: `Décision d’emprunt du ${frenchDate(date)}, après ${opened} : les délégations en matière d’emprunts ont pris fin à cette date ; l’emprunt relève du conseil${renewal ? ', jusqu’à ce que le conseil élu délègue à nouveau' : ' désormais'} (CGCT, art. L. 2122-22, dernier alinéa${act.kind === 'decision-maire' ? '' : ', et L. 5211-10'}).`,
    }];
  },
};

/** The visas of the délibération that delegates (a décision du maire: those the reader says delegate). */
function delegatingVisas(ctx: RuleContext) {
  const delegating = new Set(mentionsOf(ctx.act, 'delegating-visa').map((m) => m.start));
  return where(ctx.act.visas, (v) => isDeliberationVisa(v) && delegating.has(v.start));
}

/** The dates of the délibérations cited in `visas`, with where each is written. */
function deliberationDatesIn(ctx: RuleContext, visas: readonly Recital[]): { date: string; range: Range; visa: Recital }[] {
  const inVisa = containingIn(visas);
  const out: { date: string; range: Range; visa: Recital }[] = [];
  for (let i = 0, refs = ctx.act.references; i < refs.length; i++) {
    const r = refs[i];
    if (r.type !== 'deliberation' || r.date === null) continue;
    const visa = inVisa(r.start, r.end);
    if (visa) out.push({ date: r.date, range: r.range, visa });
  }
  return out;
}

export const DEL_005: DocumentedRule = {
  id: 'DEL-005',
  display: 'essentiel',
  title: 'La décision prévoit d’en rendre compte au conseil municipal (L. 2122-23).',
  kinds: [...DEC_M],
  severity: 'information',
  source: { label: 'CGCT, art. L. 2122-23', url: null, code: 'CGCT', article: 'L2122-23' },
  status: 'secondary',
  doc: { details: 'Les décisions prises par délégation suivent les règles des délibérations portant sur les mêmes objets (transmission, publicité) ; le maire en rend compte à chacune des réunions obligatoires du conseil ; le conseil peut mettre fin à la délégation à tout moment. Correctif : l’article « Il sera rendu compte de la présente décision au conseil municipal lors de sa prochaine séance. », avant l’article d’exécution.' },
  check(ctx) {
    if (!isMayorDecision(ctx)) return [];
    if (mentionOf(ctx.act, 'account-to-council')) return [];
    const last = ctx.act.articles[ctx.act.articles.length - 1];
    const range = last?.headingRange ?? ctx.act.dispositive?.range;
    if (!range) return [];
    const fix = articleFix(ctx, 'Il sera rendu compte de la présente décision au conseil municipal lors de sa prochaine séance.', 'Insérer l’article « Il sera rendu compte de la présente décision au conseil municipal… »');
    return [{ range, message: 'Ajoutez un article prévoyant qu’il sera rendu compte de la décision au conseil municipal lors de sa prochaine séance (CGCT, art. L. 2122-23).', fixes: fix ? [fix] : [] }];
  },
};

export const DEL_006: DocumentedRule = {
  id: 'DEL-006',
  display: 'essentiel',
  title: 'Une délibération qui délègue au maire des matières « dans les limites (ou conditions) fixées par le conseil municipal » fixe réellement ces limites.',
  kinds: ['deliberation-cm'],
  severity: 'warning',
  source: { label: 'CGCT, art. L. 2122-22 ; CE 2 février 2000, n° 117920', url: null, code: 'CGCT', article: 'L2122-22' },
  status: 'secondary',
  doc: { details: 'Le lecteur relève les points numérotés de la délibération (« 1° », « 2° »…, ou les numéros de la loi qu’elle reprend en sautant les matières qu’elle ne délègue pas : « 1° », « 2° », « 16° », « 20° »), reconnaît pour chacun la matière de l’article L. 2122-22 qu’il reprend (par ses mots, la numérotation de la délibération pouvant différer de celle de la loi : `data/l2122-22.json`) et dit s’il fixe une limite ou des conditions propres : un montant, un plafond, des cas, un périmètre. Recopier « dans les limites fixées par le conseil municipal » n’en fixe aucune. Avertissement, un seul par délibération, qui nomme les points concernés (2°, 3°, 15°, 16°, 17°, 20°, 21°, 22°, 26°, 27° et 30° de la loi ; le 22° seulement depuis 2017). Muette quand la délibération renvoie à une annexe ou fixe les limites ailleurs (« les limites sont fixées comme suit »), et sur une liste qu’elle ne sait pas lire (texte aplati par l’OCR).' },
  check(ctx) {
    const { act } = ctx;
    const d = act.delegation;
    if (!d || d.limitsElsewhere) return [];
    const date = referenceDate(act);
    const missing = d.matters.filter((m) => {
      if (m.matter === null || m.limit) return false;
      const item = L2122_22_ITEMS.find((i) => i.n === m.matter) as (DelegableItem & { limitsSince?: string }) | undefined;
      if (!item?.limits) return false;
      return !(item.limitsSince && date && date < item.limitsSince);
    });
    if (missing.length === 0) return [];
    const named = missing.map((m) => `le ${m.matter}° (${L2122_22_ITEMS[m.matter! - 1].short}${m.label === `${m.matter}°` ? '' : `, ${m.label.endsWith('°') ? `point ${m.label}` : m.label} de la délibération`})`);
    const list = named.length > 1 ? `${named.slice(0, -1).join(', ')} et ${named[named.length - 1]}` : named[0];
    return [{
      range: missing[0].range,
      message: `La délégation au maire ne fixe pas les limites ou conditions que l’article L. 2122-22 laisse au conseil municipal pour ${list} : précisez-les (montant maximal, plafond, cas ou périmètre). Recopier « dans les limites fixées par le conseil municipal » n’en fixe aucune ; une délégation sans limites est irrégulière, et les décisions prises sur ce fondement aussi (CE 2 février 2000, n° 117920).`,
    }];
  },
};

export const DEL_007: DocumentedRule = {
  id: 'DEL-007',
  display: 'essentiel',
  title: 'L’objet de la décision relève d’une des matières de l’article L. 2122-22 qu’elle invoque.',
  kinds: [...DEC_M],
  severity: 'warning',
  source: { label: 'CGCT, art. L. 2122-22 et L. 2122-23', url: null, code: 'CGCT', article: 'L2122-22' },
  status: 'secondary',
  doc: { details: 'Le maire ne décide par délégation que dans les matières que le conseil lui a déléguées ; hors de celles-ci, l’acte relève du conseil municipal (incompétence). La règle ne parle que lorsque la décision invoque des matières précises (« le 3° », « alinéa 4 ») et que ni son objet ni son premier article n’emploient un mot de ces matières, même large (« travaux » pour un marché, « loyer » pour un louage : `data/l2122-22.json`, champs `keywords` et `related` ; un mot du champ `excludes` l’en écarte : une cession d’immeuble n’est pas l’aliénation de biens mobiliers du 10°). Avertissement : vérifier la matière, ou viser la bonne.' },
  check(ctx) {
    const { act } = ctx;
    if (!isMayorDecision(ctx)) return [];
    const { items, range, fromAlinea } = delegationItems(ctx);
    // « alinéa N » is read as (N − 1)° (VIS-006 says it is ambiguous): N° is the other reading, both are invoked.
    const invoked = [...new Set([...items, ...(fromAlinea ? items.map((n) => n + 1) : [])])].filter((n) => n >= 1 && n <= L2122_22_ITEMS.length).sort((a, b) => a - b);
    const objet = act.object?.text ?? act.transmission?.object ?? null;
    if (!range || invoked.length === 0 || !objet || objet.trim().length < 8) return [];
    // The matters the objet and the first article's opening fit, by their own words or broader ones (syntax/delegations.ts).
    const fitting = mentionsOf(act, 'objet-matter');
    const fits = fitting.map((m) => +m.value!);
    if (invoked.some((n) => fits.includes(n))) return [];
    const names = invoked.map((n) => `${n}° (${L2122_22_ITEMS[n - 1].short})`).join(fromAlinea ? ' ou ' : ', ');
    const other = fitting.filter((m) => m.flag).map((m) => +m.value!).filter((n) => !invoked.includes(n));
    const hint = other.length ? ` ; il paraît relever du ${other[0]}° (${L2122_22_ITEMS[other[0] - 1].short})` : '';
    return [{
      range,
      message: `L’objet de la décision (« ${shortQuote(objet, 120)} ») ne relève pas de la matière invoquée de l’article L. 2122-22 : ${names}${fromAlinea ? ', selon la façon de compter l’alinéa cité' : ''}${hint}. Le maire ne décide par délégation que dans les matières que le conseil lui a déléguées ; visez la bonne matière, ou soumettez l’acte au conseil municipal.`,
    }];
  },
};

export const DEL_008: DocumentedRule = {
  id: 'DEL-008',
  title: 'Une décision prise par délégation du conseil n’est pas signée « pour le maire empêché » : les matières déléguées reviennent alors au conseil, sauf si la délibération en dispose autrement.',
  kinds: ['decision-maire'],
  severity: 'warning',
  source: { label: 'CGCT, art. L. 2122-23', url: null, code: 'CGCT', article: 'L2122-23' },
  status: 'confirmed',
  doc: { details: 'L. 2122-23 : « sauf disposition contraire dans la délibération, les décisions relatives aux matières ayant fait l’objet de la délégation sont prises, en cas d’empêchement du maire, par le conseil municipal ». La suppléance de l’adjoint (L. 2122-17) ne s’étend donc pas aux matières déléguées, à moins que la délibération de délégation ne le prévoie. Avertissement : la délibération peut le prévoir, ce que l’acte ne dit pas toujours. Un adjoint qui signe « par délégation » du maire (L. 2122-18), le maire n’étant pas empêché, n’est pas concerné, ni une décision qui ne dit pas être prise par délégation (ni L. 2122-22 ni délibération de délégation visés), ni celle dont un visa ou un considérant dit ce que la délibération prévoit en cas d’empêchement. Formules lues : « Pour le Maire empêché », « P/le Maire absent », « suppléant le Maire empêché », « en l’absence du Maire ».' },
  check(ctx) {
    const { act } = ctx;
    const prevented = mentionOf(act, 'head-prevented');
    // (Not when a visa or a considérant says what the délibération provides then; and only for a decision the act says
    // is taken by délégation: L. 2122-22 cited, or the délibération that delegates visée.)
    if (!prevented || prevented.flag) return [];
    if (!act.references.some((r) => r.article === 'L2122-22') && !mentionOf(act, 'delegating-visa')) return [];
    return [{
      range: ctx.index.range(prevented.start, prevented.end),
      message: 'Décision prise par délégation du conseil municipal, signée « pour le maire empêché » : en cas d’empêchement du maire, les matières déléguées reviennent au conseil municipal, sauf si la délibération de délégation prévoit la suppléance (CGCT, art. L. 2122-23). Vérifiez la délibération, sinon faites délibérer le conseil.',
    }];
  },
};

/** The limits the law itself sets to a matter of L. 2122-22, whatever the délibération says. */
const LAW_LIMITS: Readonly<Record<number, { readonly euros?: number; readonly years?: number; readonly said: string }>> = {
  5: { years: 12, said: 'le louage de choses pour une durée n’excédant pas douze ans' },
  10: { euros: 4600, said: 'l’aliénation de gré à gré de biens mobiliers jusqu’à 4 600 euros' },
};

/** A transaction (L. 2122-22, 16°: « transiger avec les tiers »), in the objet or the first articles (folded). */
const TRANSACTION = /\btransactions?\b|\btransactionnel(?:le)?s?\b|\btransiger\b/;

export const DEL_009: DocumentedRule = {
  id: 'DEL-009',
  title: 'Une décision prise par délégation reste dans les limites que la loi fixe à la matière (2° : pas de droit fiscal ; 4° : crédits inscrits au budget ; 5° : louage de douze ans au plus ; 9° : dons et legs sans condition ni charge ; 10° : biens mobiliers jusqu’à 4 600 euros ; 16° : transaction jusqu’à 1 000 euros, 5 000 euros dans une commune de 50 000 habitants et plus).',
  kinds: ['decision-maire'],
  severity: 'error',
  source: { label: 'CGCT, art. L. 2122-22 (5° et 10°)', url: null, code: 'CGCT', article: 'L2122-22' },
  status: 'confirmed',
  doc: { details: 'Erreur aussi pour un don ou un legs accepté au titre du 9° alors que l’objet, les considérants ou les premiers articles disent une condition ou une charge (« à charge pour la commune d’entretenir … », « à la condition que … ») : son acceptation relève du conseil municipal (L. 2242-1) ; et pour une imposition que l’objet nomme (taxe de séjour, TLPE…) sous le 2°, qui ne délègue que les droits sans caractère fiscal ; avertissement pour un marché sous le 4° dont les crédits « seront inscrits » au budget, le 4° ne valant que lorsqu’ils le sont. Quand la décision invoque le 5°, le 10° ou le 16° (une transaction) et qu’elle seule (sans autre matière) les invoque, compare la durée la plus longue (« pour une durée de quinze ans ») ou la somme la plus élevée (« au prix de 38 500 euros ») de ses deux premiers articles à la limite que la loi fixe (pour une transaction, la plus faible de ses sommes, car la somme réclamée peut y figurer, à 1 000 euros dans une commune de moins de 50 000 habitants, 5 000 euros au-delà, selon la population du profil, de l’acte ou du registre des communes ; un avertissement) : au-delà, la délégation ne couvre pas l’acte, qui relève du conseil municipal (incompétence). Les limites que fixe la délibération elle-même relèvent de DEL-003.' },
  check(ctx) {
    const { act } = ctx;
    if (!isMayorDecision(ctx)) return [];
    const { items } = delegationItems(ctx);
    const invoked = [...new Set(items)];
    if (invoked.length === 1 && invoked[0] === 16) return transactionOver(ctx);
    // The 9° and the 2° keep from the délégation what the law gives the conseil alone.
    const gift = invoked.includes(9) ? mentionOf(act, 'gift-charged') : null;
    if (gift) return [{ range: ctx.index.range(gift.start, gift.end), message: `Le don ou legs est grevé d’une condition ou d’une charge (« ${gift.value} ») : le 9° de l’article L. 2122-22 ne délègue que l’acceptation des dons et legs « qui ne sont grevés ni de conditions ni de charges » ; son acceptation relève du conseil municipal (CGCT, art. L. 2242-1).` }];
    const credits = invoked.includes(4) ? mentionOf(act, 'credits-not-in-budget') : null;
    if (credits) return [{ range: ctx.index.range(credits.start, credits.end), severity: 'warning', message: `« ${credits.value} » : le 4° de l’article L. 2122-22 ne délègue les décisions sur les marchés que « lorsque les crédits sont inscrits au budget » ; tant qu’ils ne le sont pas, la décision relève du conseil municipal.` }];
    const tax = invoked.includes(2) ? mentionOf(act, 'fiscal-charge') : null;
    if (tax) return [{ range: ctx.index.range(tax.start, tax.end), message: `« ${tax.value} » est une imposition : le 2° de l’article L. 2122-22 ne délègue que les droits « qui n’ont pas un caractère fiscal » ; ses tarifs relèvent du conseil municipal.` }];
    if (invoked.length !== 1 || !LAW_LIMITS[invoked[0]]) return [];
    const n = invoked[0];
    const limit = LAW_LIMITS[n];
    const biggest = (kind: 'decision-amount' | 'decision-years') => mentionsOf(act, kind).reduce<import('../model').Mention | null>((best, m) => (!best || Number(m.value) > Number(best.value) ? m : best), null);
    const over = limit.euros !== undefined ? biggest('decision-amount') : biggest('decision-years');
    const max = limit.euros ?? limit.years!;
    if (!over || Number(over.value) <= max) return [];
    const what = limit.euros !== undefined ? `Une aliénation de ${groupDigits(Number(over.value))} euros` : `Un louage de ${over.value} ans`;
    return [{
      range: ctx.index.range(over.start, over.end),
      message: `${what} dépasse ce que la loi permet de déléguer au ${n}° (${limit.said}) : la décision relève du conseil municipal (CGCT, art. L. 2122-22, ${n}°).`,
    }];
  },
};

/**
 * The 16°: a transaction above what the law lets the conseil delegate (1 000 euros in a commune of fewer than 50 000
 * inhabitants, 5 000 euros from 50 000), when the décision transacts (not an action en justice, which has no cap) and
 * the commune's population is known.
 */
function transactionOver(ctx: RuleContext) {
  const { act } = ctx;
  const said = fold(`${act.object?.text ?? act.title?.text ?? ''} ${act.articles.slice(0, 2).map((a) => a.body.slice(0, 600)).join(' ')}`);
  if (!TRANSACTION.test(said)) return [];
  const population = resolveCollectivite(act, ctx.profile, ctx.catalogue).population;
  if (population === null) return [];
  const max = population < 50_000 ? 1000 : 5000;
  // (Every sum above the cap: the claim a transaction settles may be written beside what it pays.)
  const over = mentionsOf(act, 'decision-amount').reduce<import('../model').Mention | null>((least, m) => (!least || Number(m.value) < Number(least.value) ? m : least), null);
  if (!over || Number(over.value) <= max) return [];
  // (A warning: the sum read may be the claim the transaction settles rather than what it pays.)
  return [{
    range: ctx.index.range(over.start, over.end),
    severity: 'warning' as const,
    message: `Une transaction de ${groupDigits(Number(over.value))} euros dépasse ce que la loi permet de déléguer au 16° (transiger avec les tiers dans la limite de ${groupDigits(max)} euros pour une commune ${population < 50_000 ? 'de moins de' : 'd’au moins'} 50 000 habitants ; population retenue : ${groupDigits(population)}) : si c’est la somme dont la commune transige, la décision relève du conseil municipal (CGCT, art. L. 2122-22, 16°).`,
  }];
}

export const DEL_011: DocumentedRule = {
  id: 'DEL-011',
  display: 'essentiel',
  title: 'Une décision de préemption vise la déclaration d’intention d’aliéner, est prise dans les deux mois de sa réception et mentionne l’objet pour lequel le droit est exercé.',
  kinds: ['decision-maire', 'decision-president', 'arrete-maire', 'arrete-president'],
  severity: 'warning',
  source: { label: 'Code de l’urbanisme, art. L. 210-1 et L. 213-2', url: null },
  status: 'confirmed',
  doc: { details: 'Quand le dispositif exerce un droit de préemption (« exerce son droit de préemption urbain sur … ») : avertissement si aucun visa ne cite la déclaration d’intention d’aliéner (DIA) ; erreur si l’acte est daté plus de deux mois après le jour où le visa dit la DIA reçue (le silence gardé deux mois vaut renonciation, L. 213-2), information quand l’acte parle d’une demande de pièces ou d’une visite, qui suspend le délai ; avertissement quand l’acte ne dit pas pourquoi il préempte (ni considérant, ni « en vue de … »), car toute décision de préemption mentionne l’objet pour lequel le droit est exercé (L. 210-1). Une décision qui renonce à préempter n’est pas concernée.' },
  check(ctx) {
    const { act } = ctx;
    const exercised = mentionOf(act, 'preemption-exercised');
    if (!exercised) return [];
    const where = ctx.index.range(exercised.start, exercised.end);
    const out: Finding[] = [];
    const dia = mentionOf(act, 'dia-visa');
    if (!dia) {
      out.push({ range: where, message: 'La décision de préemption ne vise pas la déclaration d’intention d’aliéner : ajoutez « Vu la déclaration d’intention d’aliéner reçue en mairie le …, relative à … » ; elle fonde la décision et fait courir le délai de deux mois (code de l’urbanisme, art. L. 213-2).' });
    } else {
      const date = referenceDate(act);
      const deadline = dia.value ? addMonths(dia.value, 2) : null;
      if (date && deadline && date > deadline) {
        out.push({
          range: ctx.index.range(dia.start, dia.end),
          severity: dia.flag ? 'information' : 'error',
          message: `La déclaration d’intention d’aliéner a été reçue le ${frenchDate(dia.value!)} : le délai de deux mois pour préempter expirait le ${frenchDate(deadline)}, et la décision est du ${frenchDate(date)}. Le silence gardé deux mois vaut renonciation à préempter (code de l’urbanisme, art. L. 213-2)${dia.flag ? ', sauf suspension par une demande de pièces ou de visite : vérifiez-la.' : '.'}`,
        });
      }
    }
    if (!exercised.flag) {
      out.push({ range: where, message: 'La décision de préemption ne dit pas pourquoi le droit est exercé : toute décision de préemption mentionne l’objet pour lequel le droit est exercé (code de l’urbanisme, art. L. 210-1), un projet d’action ou d’opération d’aménagement (L. 300-1) ; ajoutez les considérants qui le disent.' });
    }
    return out;
  },
};

export const DEL_010: DocumentedRule = {
  id: 'DEL-010',
  title: 'Le maire ne fixe des tarifs que par délégation du conseil municipal (L. 2122-22, 2°), dans les limites que celui-ci a déterminées.',
  kinds: ['arrete-maire', 'decision-maire'],
  severity: 'warning',
  source: { label: 'CGCT, art. L. 2121-29 et L. 2122-22 (2°)', url: null, code: 'CGCT', article: 'L2122-22' },
  status: 'confirmed',
  doc: { details: 'Quand le titre ou l’objet d’un arrêté ou d’une décision du maire fixe des tarifs (« fixant les tarifs de la piscine », « Tarifs municipaux 2026 », « révision des droits de place ») et que l’acte ne vise ni l’article L. 2122-22 ni une délibération de délégation : les tarifs des services publics locaux relèvent du conseil municipal (L. 2121-29), le maire ne les fixe que par délégation (2°). Avertissement : visez la délibération de délégation, ou soumettez les tarifs au conseil.' },
  check(ctx) {
    const { act } = ctx;
    const m = mentionOf(act, 'tarif-objet');
    if (!m) return [];
    if (act.references.some((r) => r.article === 'L2122-22') || act.visas.some(isDeliberationVisa)) return [];
    return [{
      range: ctx.index.range(m.start, m.end),
      message: 'Les tarifs sont fixés par le conseil municipal (CGCT, art. L. 2121-29) ; le maire ne les fixe que par délégation, dans les limites que le conseil a déterminées (L. 2122-22, 2°). Visez la délibération de délégation (« Vu la délibération n° … du … portant délégation au maire ») et l’article L. 2122-22, ou soumettez les tarifs au conseil.',
    }];
  },
};
