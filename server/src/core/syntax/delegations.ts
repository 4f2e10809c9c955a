// Reader of what an act taken by délégation says of it (CGCT, art. L. 2122-22 and L. 2122-23), for the DEL rules:
// the matters of L. 2122-22 its preamble invokes in words (« le 3° de l'article L. 2122-22 »), the visas of the
// délibération that delegates (and of the one that sets the limits), the account to be given to the conseil, the
// matters its objet names, and a loan in the objet of an act of an EPCI's bureau or président. Each is a mention
// (model.ts, `MentionKind`); the words come from the lexicon (`ruleWords`) and data/l2122-22.json.
import type { Act, Mention, MentionKind } from '../model';
import { NUMBER_WORDS_SRC, clean, fold, frenchNumber, scanDates, type TextIndex } from '../text';
import { RULE_WORDS } from '../lexicon';
import { mattersNamed } from './matters';
import { dispositifStartOf } from './mentions';
import { DATED, numbered } from './recitals';
import { ITEM_OF_A_LIST_SRC } from '../references';

type Fields = Omit<Act, 'complete' | 'seen' | 'mentions'>;

/**
 * « le 3° de l'article L. 2122-22 », « les 3° et 4° de son article L. 2122-22 », « 3° de l'art. L. 2122-22 » (folded);
 * not the last of a range or a list, « aux 1° à 27° de l'article », « aux 4°, 5° et 10° de l'article », which names no one.
 */
const ITEM_BEFORE = new RegExp(String.raw`\b(\d{1,2})(?<!${ITEM_OF_A_LIST_SRC}\d{1,2})\s*(?:°|\^\{?o\}?)\s*(?:et\s+(\d{1,2})\s*°\s*)?(?:de\s+(?:l'|son\s+)article|de\s+l'art\.?)\s+l\.?\s*2122-22\b`, 'g');
/** « L. 2122-22 (3°) », « L. 2122-22, 3° », « L.2122-22-3° » (folded). */
const ITEM_AFTER = /\bl\.?\s*2122-22\s*(?:[,(-]|,?\s+)\s*(\d{1,2})\s*(?:°|\^\{?o\}?)/g;
/** A sum in euros (folded): « 38 500 euros », « 38 500,00 € », « 4.600 € ». */
const EUROS = /(?<![\d,.])(\d{1,3}(?:[\s\u00a0\u202f.]\d{3})*(?:,\d{1,2})?)\s*(?:euros?|€)(?!\s*(?:par|\/)\s*(?:mois|an|jour|m2|m²))/g;
/** A gift or a legacy (folded). */
const GIFT = /\b(?:dons?|legs|donations?|liberalites?)\b/;
/** A condition or a charge that burdens it (folded): « à charge pour la commune d'entretenir … », « sous la condition que … ». */
const CHARGED = /\ba\s+charge\s+(?:pour\s+(?:la\s+commune|la\s+ville|celle-ci)\s+)?(?:de\s+(?!la\s|l'|leur\s|son\s|sa\s)|d')[a-z]+|\ba\s+la\s+charge\s+pour\s+[^,;]{1,30}?\s(?:de\s+|d')[a-z]+|\bavec\s+(?:les?\s+)?charges?\b|\bgrevee?s?(?<!\b(?:non|ni|pas|aucunement|nullement|jamais)\sgrevee?s?)\s+(?:d'une?\s|de\s|des\s)\s*(?:charges?|conditions?|obligations?)|\b(?:a|sous)\s+(?:la\s+)?condition\s+(?:que\s+|qu'|de\s+|d')[a-z]+|\bmoyennant\s+l'obligation\b/;
/** Credits not yet in the budget (folded): « seront inscrits », « ne sont pas (encore) inscrits », « restent à inscrire ». */
const NO_CREDITS = /\bcredits\b[^.;]{0,60}?\b(?:seront\s+inscrits|ne\s+sont\s+pas\s+(?:encore\s+)?inscrits|restent\s+a\s+inscrire|a\s+inscrire\s+(?:au|lors))/;
/** A tax (folded): its rates are the conseil's, never delegated (L. 2122-22, 2°). */
const FISCAL = /\btaxes?\s+(?:de\s+sejour|locale\s+sur\s+la\s+publicite|d'amenagement|fonciere|d'habitation|d'enlevement\s+des\s+ordures|sur\s+les\s+(?:friches|logements|pylones|remontees))|\b(?:tlpe|teom)\b/;
/** The dispositif pre-empts (folded): « La commune exerce son droit de préemption urbain sur … », « décide de préempter ». */
const PREEMPTS = /\bexerce\w*\s+(?:son|le|ses|les|un)\s+droits?\s+de\s+preemption\b|\bpreempte\b|\bdecide\s+de\s+preempter\b/;
/** … or waives it: « renonce à exercer son droit de préemption », « n'exerce pas ». */
const WAIVES = /\brenonce\w*\s+a\s+(?:exercer|preempter|l'exercice|son\s+droit|ses\s+droits)|\bn'exerce\w*\s+pas\b|\bne\s+pas\s+exercer\b/;
/** Why it pre-empts, in the articles (folded): « en vue de la réalisation … », « afin de … », « pour la réalisation … ». */
const PURPOSE = /\ben\s+vue\s+(?:de|d')|\bafin\s+(?:de|d')|\bpour\s+(?:la\s+realisation|permettre|realiser)\b|\bobjet\b/;
/** A déclaration d'intention d'aliéner (folded). */
const DIA = /\bdeclaration\s+d'intention\s+d'aliener\b|\bdia\b/;
/** Where the day it was received follows (folded): « reçue en mairie le », « réceptionnée le », « reçue le ». */
const RECEIVED = /\b(?:recue?|receptionnee?|parvenue?|deposee?)\s+(?:(?:en\s+mairie|a\s+la\s+mairie)(?:\s+(?:de|d')\s*[^,;]{1,40}?)?\s+|au\s+siege\s+[^,;]{0,40}?|par\s+la\s+commune\s+)?le\s+/;
/** What suspends the two months (folded): a request for documents or a visit (C. urb., L. 213-2). */
const SUSPENDED = /\bdemande\s+(?:unique\s+)?(?:de\s+(?:communication|pieces|documents)|de\s+visite)|\bvisite\s+du\s+bien\b|\bsuspen(?:d|sion)\w*\b/;
/** « HT », « hors taxes » right after a sum (folded). */
const HORS_TAXES = /^\s*(?:ht\b|h\.t\.|hors\s+tax)/;
/**
 * A ceiling a délibération of délégation sets, as a visa quotes it (folded): « dans la limite (d'un montant total) de
 * 1 000 000 € », « d'un montant inférieur à 90 000 € HT », « jusqu'à 1,5 million d'euros », « n'excédant pas … »; the
 * amount, « million(s) », and « HT » or « TTC ».
 */
const CEILING = /\b(?:dans\s+la\s+limite\s+(?:d'un\s+montant\s+(?:total\s+|maximum\s+|maximal\s+|annuel\s+)?)?(?:de\s+|d')|inferieure?s?\s+(?:ou\s+egale?s?\s+)?a\s+|n'excedant\s+pas\s+|jusqu'a\s+|plafonnee?s?\s+a\s+|(?:montant|plafond)\s+(?:maximum|maximal)\s+(?:de\s+|d'))(\d{1,3}(?:[\s\u00a0\u202f.]\d{3})*(?:,\d{1,2})?)\s*(?:(millions?\s+d'euros|m€)|euros?\b|€)\s*(ht\b|hors\s+taxes|ttc\b|toutes\s+taxes)?/g;
/** A term in years (folded): « pour une durée de quinze ans », « d'une durée de 15 années ». */
const YEARS = new RegExp(`\\bduree\\s+(?:maximale\\s+)?(?:de\\s+|d')(\\d{1,3}|${NUMBER_WORDS_SRC})(?:\\s*\\(\\d{1,3}\\))?\\s+(?:ans|annees)\\b`, 'g');
/** More matters after the first: « L. 2122-22, 11° et 16° », « 4°, 5° et 7° » (folded, sticky after the first). */
const MORE_ITEMS = /\s*(?:,|et|ou)\s*(\d{1,2})\s*(?:°|\^\{?o\}?)/y;
/** The visa of the délibération that delegates names the matter: « … portant délégation au maire, et notamment son 5° » (folded). */
const ITEM_OF_DELIBERATION = /\b(?:notamment\s+(?:en\s+)?(?:son|ses|le|les|au|aux)|en\s+(?:son|ses))(?:\s+(?:points?|alineas?|items?))?\s+(\d{1,2})\s*(?:°|\^\{?o\}?)((?:\s*(?:,|et)\s*\d{1,2}\s*(?:°|\^\{?o\}?))*)|(?:\(|\b(?:au|du|le)\s+)(\d{1,2})\s*(?:°|\^\{?o\}?)\s*(?:de\s+(?:son\s+|l')article\s+(?:1er|premier|\d{1,2})\b|\))/g;
/** The numbers after the first in « notamment ses 11°, 12° et 16° ». */
const NEXT_ITEM = /\d{1,2}/g;
/** A visa speaks of a délégation: its words, or the article L. 2122-22 itself. */
const DELEGATING = new RegExp(`${RULE_WORDS.delegation}|\\bl\\.?\\s*2122-22\\b`);
const LIMITS = new RegExp(RULE_WORDS.delegationLimits);
/** A délibération that sets limits (« fixant les limites », « déterminant les plafonds ») … */
const LIMITS_ONLY = /\b(?:fixant|determinant|precisant|definissant)\s+(?:les\s+)?(?:limites|plafonds|montants|conditions)\b/;
/** … and one that delegates (folded). */
const DELEGATES = /\b(?:portant|donnant|accordant)\s+delegation|\bdelegation\s+(?:d'attributions|de\s+(?:pouvoirs|competences|fonctions))|\bdelegations?\s+(?:au|du\s+conseil\s+municipal\s+au)\s+maire|\bl\.?\s*2122-22\b/;
const LOAN = new RegExp(RULE_WORDS.loan);
/** The act will be reported to the conseil: its words, or the article L. 2122-23. */
const ACCOUNT = new RegExp(RULE_WORDS.accountToCouncil);
/** The article that says it (« conformément à l'article L. 2122-23 »), in the dispositif: a visa of it provides nothing. */
const ACCOUNT_ARTICLE = /\bl\.?\s*2122-23\b/;

/**
 * What a visa of a délibération says of a délégation, by visa: a visa the next version keeps (an edit elsewhere) is
 * the same object (read-only), and is not folded and read again at each keystroke.
 */
const VISA_WORDS = new WeakMap<object, { readonly delegating: string | null; readonly limits: string | null; readonly precise: boolean; readonly limitsOnly: boolean; readonly ceiling: string | null }>();

/** The one ceiling a visa writes, as « amount|ht or ttc|matters the visa names »; null when none or several (folded). */
function ceilingOf(b: string): string | null {
  const ceilings = [...b.matchAll(CEILING)];
  if (ceilings.length !== 1) return null;
  const c = ceilings[0];
  const amount = Number(c[1].replace(/[\s\u00a0\u202f.]/g, '').replace(',', '.')) * (c[2] ? 1_000_000 : 1);
  const basis = c[3] ? (/^t/.test(c[3]) ? 'ttc' : 'ht') : '';
  return Number.isFinite(amount) && amount > 0 ? `${amount}|${basis}|${mattersNamed(b).join(',')}` : null;
}

/** A délibération visée that decided the matter or authorised the président to sign (folded). */
const EXECUTED = /\b(?:autoris|habilit|charg)\w*\s+(?:le|son|monsieur\s+le|madame\s+la|la)\s+presidente?\b|\bpar\s+laquelle\s+le\s+(?:conseil|bureau)\b|\ba\s+decide\s+de\b|\bapprouvant\b/;
/** The matters of L. 2122-22 that no président decides on his own powers: loans (3°), marchés (4°), leases (5°), sales (10°), préemption (15°). */
const CONSEIL_MATTERS: ReadonlySet<number> = new Set([3, 4, 5, 10, 15]);
/** An objet about the staff, a délégation or the execution of a délibération: the président's own (folded). */
const PRESIDENT_OWN = /\b(?:agents?|personnel|recrutement|nomination|stagiaire|titularisation|avancement|astreinte|accident|conge|disponibilite|detachement|mise\s+a\s+disposition\s+d'(?:un|une)\s+agent|delegation|execution\s+de\s+la\s+deliberation|en\s+application\s+de\s+la\s+deliberation)\b/;

export function readDelegationMentions(text: string, f: string, index: TextIndex, act: Fields): Mention[] {
  const out: Mention[] = [];
  const add = (kind: MentionKind, start: number, end: number, value: string | null = null, flag = false) =>
    out.push({ kind, start, end, value, flag });

  if (act.kind === 'decision-maire') {
    // The matters of L. 2122-22 the preamble invokes in words (the references give « L. 2122-22, 3° » too).
    const pre = f.slice(0, dispositifStartOf(act, index, text.length));
    for (const re of [ITEM_BEFORE, ITEM_AFTER]) {
      for (const m of pre.matchAll(re)) {
        // The number is the match's first digits (before the article) or its last ones (after it).
        const at = m.index! + (re === ITEM_BEFORE ? 0 : m[0].lastIndexOf(m[1]));
        add('delegation-item', at, at + m[1].length, m[1]);
        if (re === ITEM_BEFORE && m[2]) {
          const second = m.index! + m[0].indexOf(m[2], m[0].indexOf('et'));
          add('delegation-item', second, second + m[2].length, m[2]);
        }
        if (re === ITEM_AFTER) {
          MORE_ITEMS.lastIndex = m.index! + m[0].length;
          for (let n = MORE_ITEMS.exec(pre); n; n = MORE_ITEMS.exec(pre)) {
            const nAt = n.index + n[0].lastIndexOf(n[1]);
            add('delegation-item', nAt, nAt + n[1].length, n[1]);
          }
        }
      }
    }
    // « Vu la délibération n° 2026-024 portant délégation au maire, et notamment son 5° ».
    for (const v of act.visas) {
      if (!v.reading.citesDeliberation) continue;
      const vf = f.slice(v.start, v.end);
      if (!DELEGATING.test(vf)) continue;
      // (« notamment ses 11° et 16° », « notamment en son 4° », « en ses points 11° (…) et 16° », « (20° de l'article 1er) ».)
      for (const m of vf.matchAll(ITEM_OF_DELIBERATION)) {
        const n = m[1] ?? m[3];
        const at = v.start + m.index! + m[0].search(/\d/);
        add('delegation-item', at, at + n.length, n);
        if (m[2]) {
          const from = v.start + m.index! + m[0].length - m[2].length;
          for (const x of m[2].matchAll(NEXT_ITEM)) add('delegation-item', from + x.index!, from + x.index! + x[0].length, x[0]);
        }
      }
    }
    // The visas of délibérations: the one that delegates, and one (numbered or dated) that sets limits or names a matter.
    for (const v of act.visas) {
      if (!v.reading.citesDeliberation) continue;
      let said = VISA_WORDS.get(v);
      if (!said) {
        const b = fold(v.body);
        const d = DELEGATING.exec(b);
        const l = LIMITS.exec(b);
        said = { delegating: d ? d[0] : null, limits: l ? l[0] : null, precise: numbered(b) || DATED.test(b), limitsOnly: LIMITS_ONLY.test(b) && !DELEGATES.test(b), ceiling: d ? ceilingOf(b) : null };
        VISA_WORDS.set(v, said);
      }
      // (Flag: the visa gives the délibération's number or date.)
      if (said.delegating !== null) add('delegating-visa', v.start, v.end, said.delegating, said.precise);
      // A ceiling the visa writes (« dans la limite de 1 000 000 € par exercice », « d'un montant inférieur à 90 000 € HT »):
      // its amount, whether it is HT or TTC, and the matters the visa names (DEL-003).
      if (said.delegating !== null && said.ceiling) add('delegation-limit', v.start, v.end, said.ceiling);
      if (said.limits !== null) add('limits-visa', v.start, v.end, said.limits, said.precise);
      if (said.limitsOnly) add('limits-only-visa', v.start, v.end);
    }
    // « il en sera rendu compte au conseil municipal » (L. 2122-23), anywhere in the act; or the article itself cited in
    // the dispositif (the visa of L. 2122-23 founds the décision, it does not provide the account).
    const account = index.mayMatch('folded', f, ACCOUNT) ? ACCOUNT.exec(f) : null;
    const afterVisas = act.visas.length ? act.visas[act.visas.length - 1].end : 0;
    const cited = account || f.indexOf('2122-23', afterVisas) < 0 ? null : ACCOUNT_ARTICLE.exec(f.slice(afterVisas));
    if (account) add('account-to-council', account.index, account.index + account[0].length);
    else if (cited) add('account-to-council', afterVisas + cited.index, afterVisas + cited.index + cited[0].length);
    // The matters the objet (and the first article's opening) names: by their own words, or only by broader ones.
    const objet = act.object ?? act.transmission;
    const objetText = act.object?.text ?? act.transmission?.object ?? null;
    if (objet && objetText !== null) {
      const said = fold(`${objetText} ${act.articles[0]?.body.slice(0, 600) ?? ''}`);
      const named = new Set(mattersNamed(said));
      for (const n of mattersNamed(said, true)) add('objet-matter', objet.start, objet.end, String(n), named.has(n));
    }
    // What the objet and the first two articles say that the law keeps from the délégation: a gift or a legacy burdened
    // with conditions or charges (9°: only those « qui ne sont grevés ni de conditions ni de charges »; L. 2242-1), a
    // tax's rate (2°: the droits « qui n'ont pas un caractère fiscal »).
    {
      const where = act.object ?? act.title;
      const named = act.object?.text ?? act.title?.text ?? '';
      // (The gift and its burden as the considérants tell them, and the articles that accept it.)
      const told = `${named} ${act.considerants.map((c) => c.text.slice(0, 800)).join(' ')} ${act.articles.slice(0, 2).map((a) => a.body.slice(0, 800)).join(' ')}`;
      const said = fold(told);
      const charged = GIFT.test(fold(named)) || GIFT.test(said) ? CHARGED.exec(said) : null;
      if (where && charged) add('gift-charged', where.start, where.end, clean(told.slice(charged.index, charged.index + charged[0].length)));
      // (What the objet fixes, not a tax the articles leave out, « par nuitée, taxe de séjour non comprise », nor one the
      // objet leaves out, « Tarifs du camping … hors taxe de séjour ».)
      const tax = FISCAL.exec(fold(named));
      const aside = tax ? /\b(?:hors|sans|non\s+compris|en\s+sus\s+de|exclusion\s+de)\s*(?:la\s+)?$/.test(fold(named).slice(Math.max(0, tax.index - 24), tax.index)) || /^[^,;.]{0,8}\b(?:non\s+comprise?|en\s+sus|exclue?)\b/.test(fold(named).slice(tax.index + tax[0].length)) : false;
      if (where && tax && !aside) add('fiscal-charge', where.start, where.end, clean(named.slice(tax.index, tax.index + tax[0].length)));
      // (Credits not in the budget yet, « les crédits nécessaires seront inscrits … »: the 4° holds « lorsque les crédits
      // sont inscrits au budget ».)
      const credits = NO_CREDITS.exec(said);
      // (Not the credits of the years after, a contract over several years whose first year's are in the budget.)
      if (credits && /\b(?:suivant|ulterieur|futur|prochaines?\s+annees|annees\s+suivantes)/.test(credits[0])) credits.index = -1;
      if (where && credits && credits.index >= 0) add('credits-not-in-budget', where.start, where.end, clean(told.slice(credits.index, credits.index + credits[0].length)));
    }
    // The sums its first two articles name, and the terms its first four name (DEL-009: the law's own limits of some
    // matters; the term of a lease may come after its parties and its rent).
    for (const [i, a] of act.articles.slice(0, 4).entries()) {
      const body = f.slice(a.start, Math.min(a.end, a.start + 1200));
      for (const m of i < 2 ? body.matchAll(EUROS) : []) {
        // (Not the total of several sales: the 10° limit holds item by item.)
        // (But « une indemnité transactionnelle, globale et forfaitaire de 3 500 euros » is one sum.)
        const before = body.slice(Math.max(0, m.index! - 40), m.index!);
        if (/\b(?:total|soit|ensemble|global(?:e)?|cumule(?:e)?)\b[^€\d]{0,30}$/.test(before) && !/\bindemnite\b[^€\d]{0,40}\bglobale\b[^€\d]{0,30}$/.test(body.slice(Math.max(0, m.index! - 100), m.index!))) continue;
        // (Not what the thing sold cost once, « acquis en 2009 au prix de 28 000 euros »: the sale's price is judged.)
        if (/\b(?:acquise?s?|achetee?s?|paye(?:e)?s?|d'une\s+valeur\s+d'achat)\b[^.;€]{0,40}$/.test(body.slice(Math.max(0, m.index! - 60), m.index!))) continue;
        // (Nor a value that is no price, « valeur à neuf : 95 000 € », nor what the whole operation or programme costs.)
        if (/\b(?:valeur\s+(?:a\s+neuf|d'origine|initiale|neuve|d'acquisition)|cout\s+(?:total\s+)?(?:de\s+l'operation|du\s+programme|des\s+travaux|de\s+l'investissement|previsionnel)|programme\s+d'investissement|montant\s+(?:total\s+)?de\s+l'operation|inscrite?s?\s+au\s+budget|reclam\w*|sollicit\w*|demand\w*)\b[^.;€]{0,40}$/.test(body.slice(Math.max(0, m.index! - 70), m.index!))) continue;
        const v = Number(m[1].replace(/[\s\u00a0\u202f.]/g, '').replace(',', '.'));
        // (Flag: not said to be « HT », taxes may be in it.)
        const ht = HORS_TAXES.test(body.slice(m.index! + m[0].length, m.index! + m[0].length + 20));
        if (Number.isFinite(v)) add('decision-amount', a.start + m.index!, a.start + m.index! + m[0].length, String(v), !ht);
      }
      for (const m of body.matchAll(YEARS)) {
        // (Not the period over which works are written off, « amortis sur une durée de 15 ans ».)
        if (/\bamorti\w*\b[^.;]{0,40}$/.test(body.slice(Math.max(0, m.index! - 50), m.index!))) continue;
        const v = /^\d/.test(m[1]) ? Number(m[1]) : frenchNumber(m[1]);
        if (v !== null) add('decision-years', a.start + m.index!, a.start + m.index! + m[0].length, String(v));
      }
    }
  }

  // A préemption exercised (C. urb., L. 210-1, L. 213-2; DEL-011): the déclaration d'intention d'aliéner its visas name,
  // the day it was received, and whether the act says why it pre-empts (its considérants, or the articles' « en vue de »).
  if (act.kind === 'decision-maire' || act.kind === 'decision-president' || act.kind === 'arrete-maire' || act.kind === 'arrete-president') {
    const opening = fold(act.articles.slice(0, 2).map((a) => a.body.slice(0, 600)).join(' '));
    const where = act.object ?? act.title ?? act.articles[0] ?? null;
    if (where && PREEMPTS.test(opening) && !WAIVES.test(opening)) {
      add('preemption-exercised', where.start, where.end, null, act.considerants.length > 0 || PURPOSE.test(opening));
      // (The last déclaration visée, a rectificative one after the first: the délai runs from it.)
      let last: { start: number; end: number; received: string | null } | null = null;
      for (const v of act.visas) {
        const vf = fold(v.text);
        if (!DIA.test(vf)) continue;
        const r = RECEIVED.exec(vf);
        const at = r ? r.index + r[0].length : -1;
        const received = at >= 0 ? scanDates(vf, at, Math.min(vf.length, at + 40)).find((d) => d.start === at)?.iso ?? null : null;
        if (!last || (received !== null && (last.received === null || received >= last.received))) last = { start: v.start, end: v.end, received };
      }
      // (Flag: the act speaks of what suspends the délai, a request for documents or a visit, L. 213-2.)
      if (last) add('dia-visa', last.start, last.end, last.received, SUSPENDED.test(f));
    }
  }

  // A décision of an EPCI's président: the matters of L. 2122-22 its objet names by their own words (a lease, a marché,
  // a loan…), which a président decides only by délégation of the conseil (EPCI-004).
  // Only the objet, by the matters' own words: a lease, a marché, a loan, a sale, a préemption; not an act about the
  // staff, a délégation or the execution of a délibération, which are the président's own (L. 5211-9).
  if (act.kind === 'decision-president') {
    const objet = act.object ?? act.transmission;
    const objetText = act.object?.text ?? act.transmission?.object ?? null;
    const said = objetText !== null ? fold(objetText) : '';
    // (Nor a décision that carries out what a délibération visée decided: « … par laquelle le conseil communautaire a
    // décidé de contracter un emprunt … et autorisé le président à signer le contrat ».)
    const executes = act.visas.some((v) => { const t = fold(v.text); return /\bdeliberation\b/.test(t) && EXECUTED.test(t); });
    if (objet && said && !PRESIDENT_OWN.test(said) && !executes) {
      const found = mattersNamed(said).filter((n) => CONSEIL_MATTERS.has(n));
      // (A commercial lease too, which L. 2122-22, 5° leaves out of the maire's délégation but no président signs alone.)
      if (!found.includes(5) && /\bbail\b|\bbaux\b/.test(said)) found.push(5);
      for (const n of found) add('objet-matter', objet.start, objet.end, String(n), true);
    }
  }
  // A loan in the objet or the title of an act of an EPCI's bureau or président (L. 5211-10).
  if (act.kind === 'decision-president' || act.kind === 'deliberation-epci-bureau') {
    const m = LOAN.exec(fold((act.object?.text ?? '') + ' ' + (act.title?.text ?? '')));
    const where = act.object ?? act.title;
    if (m && where) add('loan-objet', where.start, where.end, m[0]);
  }
  return out;
}
