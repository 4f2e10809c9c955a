// Reader of what a délibération says of its séance and its vote outside the séance block: the convocation spoken
// of, the first meeting after a renewal, the members listed present, who receives a pouvoir, the words of a vote
// the vote reader did not read, a casting vote, a secrétaire, the vote of the accounts (who presides, the maire who
// withdraws), an objet that concerns an association, a huis clos. Each is a mention (model.ts, `SeanceMentionKind`)
// the SEA rules judge; each is read only for a délibération, and only when the rule that judges it can speak.
import type { Act, Mention, SeanceMentionKind } from '../model';
import { NUMBER_WORDS_SRC, fold, frenchNumber, type TextIndex } from '../text';
import { SEANCE_MENTION as W, SEANCE_MENTION_ANCHORS, hasAny } from '../lexicon';
import { dispositifStartOf } from './mentions';
import { readProxyHolders } from './members';
import { isFirstMeetingAfterRenewal } from './seance';
import { NO_BALLOT } from './ballot';

type Fields = Omit<Act, 'complete' | 'seen' | 'mentions'>;

const CONVOCATION = new RegExp(`\\b(?:${W.convocation})`);
/** « Présents : », « Étaient présents », « Présent(e)s Madame … », a table column « PRESENT (Signature) »; not « présent arrêté ». */
const PRESENT_LIST = /\bpresent(?:\(e\))?s?\b(?!\s+(?:arrete|acte|decision|deliberation|reglement|document|rapport|projet|article|avenant|contrat|dossier))/;
const VOTE_WORD = /unanimit|majorite|\bpour\s*:|\bvote|\brejete|\bvoix\s+pour\b/;
const ADOPTED_WORD = /\badopte/;
/**
 * The assembly only takes note (« Le conseil municipal PREND ACTE de ces décisions », of a report, of the account
 * the maire renders, L. 2122-23): no decision, so no vote to report and nothing to appeal (folded).
 */
const TAKES_NOTE = /\b(?:prend|prennent|donne|donnent)\s+acte\b/;
/**
 * The assembly decides too, beside a prise d'acte (« … prend acte du rapport et l'approuve », « il émet un avis
 * défavorable », « maintient à cinq le nombre des adjoints »): a verb of decision in the present tense, in the text as
 * written (« approuve », not the participle « approuvé » nor « a approuvé », which tell what was decided before).
 */
const DECIDES = /(?<!\b(?:a|ont|avait|avaient|aura|auront)\s+)(?<![\p{L}])(?:d[ée]cide|approuve|autorise|adopte|d[ée]signe|fixe|[ée]lit|accorde|attribue|valide|sollicite|accepte|[ée]met|maintient|confie|opte|refuse|rejette|supprime|abroge|charge\s+(?:le|la|m\.|monsieur|madame))(?:nt)?(?![\p{L}])/iu;
/** The verbs that only open the dispositif of a délibération, or take note (folded): they decide nothing by themselves. */
const OPENING_VERB = /^(?:apres|ayant|prend|prennent|donne|donnent)\b/;
/**
 * What the conseil votes even when the text says it « prend acte » (folded): the débat d'orientation budgétaire (L. 2312-1:
 * « une délibération spécifique »), the budget and its amendments, the accounts, the rates of the taxes (L. 1612-1 ff.,
 * L. 1612-12, L. 2312-1; 1639 A of the code général des impôts).
 */
const VOTED_NOTE = /orientations?\s+budgetaires?|\bdob\b|\brob\b|\bbudgets?\s+(?:primitifs?|supplementaires?|annexes?|principal)\b|\bcomptes?\s+administratifs?\b|\bcompte\s+financier\s+unique\b|\bdecisions?\s+modificatives?\b|\btaux\s+(?:des\s+|d')?(?:impositions?|impots|fiscalite|taxes?)\b/;
/** The value of the vote-word mention of NO_BALLOT. */
export const NO_BALLOT_VALUE = 'sans scrutin';
const ABSTENTION_WORD = /abstention/;
const CASTING_VOTE = new RegExp(W.castingVote);
/** « secrétaire » of the séance, not the secrétaire général (a civil servant who attends the séance). */
const SECRETARY_WORDS = /\bsecretaires?\b(?!\s+generale?s?\b)/g;
/** A budget document and its year, in an objet (folded). */
const BUDGET_YEAR: readonly (readonly [RegExp, string])[] = [
  [/\bcompte\s+(?:administratif|financier\s+unique)\b[^.;]{0,40}?\b(20\d{2})\b/, 'compte'],
  [/\bbudget\s+primitif\b[^.;]{0,40}?\b(20\d{2})\b/, 'primitif'],
  [/\b(?:vote|fixation)\s+des\s+taux\b(?!\s+(?:de\s+)?(?:promotion|avancement|remuneration|vacation|prise\s+en\s+charge|participation|subvention|occupation|fréquentation|frequentation))(?=[^.;]{0,120}?\b(?:impo|fiscal|taxe\s+fonciere|taxes?\s+locales|foncier|cotisation\s+fonciere|cfe|taxe\s+d'habitation|directes))[^.;]{0,120}?\b(20\d{2})\b/, 'taux'],
];
/**
 * What amends a budget, before the budget it amends (folded): « décision modificative n° 2 au », « budget supplémentaire
 * du », « virement de crédits sur le »; a modification or an ajustement only when it governs it (« ajustement du »).
 */
const AMENDS_BUDGET = /\b(?:(?:decisions?\s+modificatives?|budgets?\s+supplementaires?|virements?\s+de\s+credits?)\b[^.;]{0,60}|(?:modifications?|ajustements?|rectificati\w*)\s+(?:n\s?°\s*\d+\s+)?(?:du|au|sur\s+le)\s*)$/;
/** « Le nombre des adjoints au maire est fixé à neuf (9) » (folded). */
const ADJOINTS_FIXED = new RegExp(`\\bnombre\\s+(?:des?\\s+|d')adjoints(?:\\s+au\\s+maire)?\\s+(?:est\\s+|a\\s+)?(?:fixe|porte|arrete|determine)e?\\s+a\\s+(\\d{1,2}|${NUMBER_WORDS_SRC})\\b`);
/** « fixe à neuf (9) le nombre des adjoints » (folded). */
const ADJOINTS_FIXED_BEFORE = new RegExp(`\\b(?:fixe|fixer|porte|porter)\\s+a\\s+(\\d{1,2}|${NUMBER_WORDS_SRC})(?:\\s*\\(\\d{1,2}\\))?\\s+le\\s+nombre\\s+(?:des?\\s+|d')adjoints\\b`);
/** The text says no secrétaire was designated: before the word (folded)… */
const NO_SECRETARY_BEFORE = /\b(?:sans|aucun|aucune|pas\s+(?:de|d')|ni)\b[^.;\n]{0,60}$/;
/** …or after it (« Secrétaire de séance : néant »). */
const NO_SECRETARY_AFTER = /^(?:\s+de\s+(?:la\s+)?seance)?\s*(?::\s*)?(?:neant|aucun|personne|non\s+designe)\b/;
const ACCOUNTS: readonly [RegExp, string][] = [[new RegExp(W.accountsAdministratif), 'administratif'], [new RegExp(W.accountsFinancier), 'financier']];
const WITHDRAWAL = new RegExp(W.withdrawal);
/** The président the conseil elects for the vote of the accounts, as the text says it (folded). */
const ACCOUNTS_PRESIDENT = /\best\s+(?:elue?|designee?)\s+(?:pour\s+presider|presidente?\b|a\s+la\s+presidence)|\b(?:elit|designe)\s+(?:[^.;:\n]|(?<=\b(?:m|mm|mme))\.){0,120}?\b(?:presidente?\s+de\s+(?:la\s+)?seance\b|pour\s+presider\b)|\belue?\s+presidente?\s+de\s+(?:la\s+)?seance|\b(?:(?:conseil(?:\s+municipal|\s+communautaire)?|assemblee|comite(?:\s+syndical)?)\s+(?:elit|designe)|(?:a|ont)\s+(?:elue?s?|designee?s?))[\s,]+(?:[^.;]|(?<=\b(?:m|mm|mme))\.){0,160}?\b(?:pour\s+presider|presidente?\b)|\bpresidence\s+(?:de\s+(?:la\s+)?seance\s+)?(?:est\s+)?(?:confiee|assuree)\s+(?:a|par)\b|\bpresidence\s+de\s+(?:la\s+)?seance\b[^:\n]{0,40}:[^.;\n]{0,120}?\belue?\b|\bsous\s+la\s+presidence\s+de\s+(?:[^.;]|(?<=\b(?:m|mm|mme))\.){0,80}?(?:s'etant\s+retire|se\s+retire|quitte)/;
const ASSOCIATION = /\bassociation|\bsociete\b|\bsem\b|\bspl\b|\bsarl\b|\bsas\b|\bclub\b|\bcomite\s+des\s+fetes\b|\bamicale\b|\bfoyer\s+rural\b|\bunion\s+sportive\b|\bcomite\s+de\s+jumelage\b/;
const NOT_TAKING_PART = new RegExp(W.notTakingPart);
/**
 * A member named with the office he holds in an association or a company (folded): « Mme Ainhoa ELISSALDE, conseillère
 * municipale, présidente de l'association Ikas Bidea »; ELECTED says he sits in the conseil.
 */
const HEADS_ASSOCIATION = /\b(?:m\.|mme|monsieur|madame)\s+([^,;.\n()]{2,50}?)(?:,\s*(?:[^,;.\n]{0,60},\s*)?|\s+(?=est\s|etait\s))(?:(?:est|etait)\s+(?:la\s+|le\s+|l')?)?(?:president(?:e)?|vice-president(?:e)?|tresorier(?:e)?|secretaire\s+general(?:e)?|gerant(?:e)?|directeur|directrice|administrat(?:eur|rice))\s+(?:de\s+l'|du\s+|de\s+la\s+)(?:association|club|amicale|comite|societe|union|federation|sem|spl|foyer)\b[^,;.\n]{0,60}(?:,\s*[^,;.\n]{0,60})?/g;
const ELECTED = /\b(?:maire\b|conseill(?:er|ere)s?\s+(?:municipale?|communautaire|delegue)|adjointe?\s+(?:au\s+maire|delegue)|\d+(?:e|er|ere)\s+adjointe?|(?:premier|premiere)\s+adjointe?|maire[\s-]+adjointe?|elue?\s+(?:municipale?|communautaire))/;
/** « l'association « Les Amis de l'orgue », présidée par Mme Françoise Blanc » (folded; group 1: the name). */
const PRESIDED_BY = /\b(?:association|club|amicale|comite|societe|sem|spl|foyer|union|federation)\b[^.;\n]{0,100}?\bpresidee?\s+par\s+(?:m\.|mme|monsieur|madame)\s+([^,;.\n()]{2,50}?)(?=\s*[,;.\n)]|\s+(?:et|qui)\b|$)/g;
/** Whether the sentence before `at` (folded) grants something: « Le conseil municipal attribue les subventions suivantes : … ». */
function grants(f: string, at: number): boolean {
  const from = Math.max(f.lastIndexOf('.', at), f.lastIndexOf('\n', at), at - 300);
  return /\b(?:attribue|accorde|alloue|verse|octroie|consent)(?:nt)?\b/.test(f.slice(from, at));
}
/** Whether the objet (folded) names the association: a distinctive word of its name. */
function namedBy(name: string, objet: string): boolean {
  return name.split(/[^a-z0-9]+/).some((w) => w.length >= 4 && !/^(?:association|comite|club|amicale|societe|union|federation|foyer|des|les|pour)$/.test(w) && new RegExp(`\\b${w}\\b`).test(objet));
}
/** « Comité des fêtes, dont Mme Martine COLLET, adjointe au maire, est la présidente » (folded; group 1: the name). */
const WHOSE_HEAD = /\b(?:association|club|amicale|comite|societe|sem|spl|foyer|union|federation)\b[^.;\n]{0,100}?\bdont\s+(?:m\.|mme|monsieur|madame)\s+([^,;.\n()]{2,50}?)(?:,\s*[^,;.\n]{0,60},)?\s+est\s+(?:la\s+|le\s+|l')?(?:president(?:e)?|vice-president(?:e)?|tresorier(?:e)?|secretaire|gerant(?:e)?|directeur|directrice|administrat(?:eur|rice))\b/g;
const HUIS_CLOS = new RegExp(W.huisClos);
const HUIS_CLOS_DECIDED = new RegExp(`(?:${W.huisClos})[^.]{0,200}(?:${W.huisClosDecided})|(?:${W.huisClosDecided})[^.]{0,200}(?:${W.huisClos})`);
const CIVILITY = /^(?:m\.|mme|monsieur|madame)\s+/;
/** A président de séance named by a quality of the head, not a doyen, an adjoint, a vice-président or an élu. */
const HEAD_NAMED = /\bmaire\b|\bpresident\b/;
const NOT_HEAD = /doyen|adjoint|vice|elu/;
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const letters = (s: string) => s.replace(/[^a-z]/g, '');

/** `only`: the kinds wanted (a compte rendu's whole text read again for each act: see document.ts); all by default. */
/** Members who vote with weighted voices (folded): « pondération des voix », « voix pondérées », « 8 (représentant 76 voix) », « 9 délégués (82 voix) ». */
const WEIGHTED_VOTES = /\bponderation\s+des\s+voix\b|\bvoix\s+ponderees?\b|\bvote\s+pondere\b|\brepresentant\s+\d{1,4}\s+voix\b|\b\d{1,4}\s+delegues?\s*\(\s*\d{1,4}\s+voix\s*\)/;

export function readSeanceMentions(text: string, f: string, index: TextIndex, act: Fields, only?: ReadonlySet<SeanceMentionKind>, found?: Map<unknown, unknown>): Mention[] {
  if (!act.kind.startsWith('deliberation')) return [];
  const out: Mention[] = [];
  const add = (kind: SeanceMentionKind, start: number, end: number, value: string | null = null, flag = false) =>
    out.push({ kind, start, end, value, flag });
  // What is searched in the whole text, searched once for all the acts of a collection (`found`, kept by the caller).
  const whole = <T>(key: unknown, read: () => T): T => {
    if (!found) return read();
    if (found.has(key)) return found.get(key) as T;
    const v = read();
    found.set(key, v);
    return v;
  };
  const first = (re: RegExp, kind: SeanceMentionKind, from: number, to: number = f.length) => {
    const m = from === 0 && to >= f.length ? whole(re, () => re.exec(f)) : re.exec(f.slice(from, to));
    if (m) add(kind, from + m.index, from + m.index + m[0].length);
    return m;
  };
  const s = act.seance;
  const seanceSpan = s ? [index.offsetAt(s.range.start), index.offsetAt(s.range.end)] as const : null;
  const ds = dispositifStartOf(act, index, text.length);

  // Weighted voices (SEA-005 then counts no votants against the voices): « Votants : 9 délégués (82 voix) ».
  if (s && (!only || only.has('weighted-votes')) && f.includes('voix')) first(WEIGHTED_VOTES, 'weighted-votes', 0, Math.min(f.length, 6000));
  // The convocation (SEA-001): spoken of with no date read; the first meeting after a general renewal (L. 2121-7),
  // from the head of the text and the objet.
  if (s?.date && !s.convocationDate) first(CONVOCATION, 'convocation-word', 0);
  if (s?.date && s.convocationDate && seanceSpan && (!only || only.has('first-meeting'))) {
    const head = f.slice(0, Math.min(f.length, 3000)) + ' ' + (act.object ? fold(act.object.text) : '');
    if (isFirstMeetingAfterRenewal(head, s.date)) add('first-meeting', seanceSpan[0], seanceSpan[1]);
  }

  // The members (SEA-003, SEA-004): listed present with no number; who receives a pouvoir.
  if (s && s.present === null && (!only || only.has('present-list'))) first(PRESENT_LIST, 'present-list', 0, Math.min(f.length, 12000));
  if (s && (!only || only.has('proxy-holder'))) for (const h of readProxyHolders(text, f)) add('proxy-holder', h.start, h.end, h.key);

  // The vote (SEA-005): words of a result when the vote reader read none (after the dispositif's start, anywhere
  // without a dispositif); a casting vote for an adoption without a majority; abstentions after « à l'unanimité des
  // suffrages exprimés ».
  const v = act.vote;
  const wanted = (...kinds: SeanceMentionKind[]) => !only || kinds.some((k) => only.has(k));
  if (!v && wanted('vote-word', 'adopted-word', 'takes-note')) {
    const from = ds === f.length ? 0 : ds;
    // (One candidature a seat and no ballot asked for: « les nominations prennent effet immédiatement », L. 2121-21.)
    // (Its value says so: a nomination without a ballot has no dispositive formula either, STR-001.)
    const noBallot = f.includes('effet') || f.includes('seule candidature') ? NO_BALLOT.exec(f) : null;
    if (noBallot) add('vote-word', noBallot.index, noBallot.index + noBallot[0].length, NO_BALLOT_VALUE);
    else first(VOTE_WORD, 'vote-word', from);
    first(ADOPTED_WORD, 'adopted-word', from);
    // Where the assembly speaks: from the dispositif, or (none read) from the sentence that takes note.
    const note = f.includes(' acte', from) ? TAKES_NOTE.exec(f.slice(from)) : null;
    const opening = !act.dispositive || OPENING_VERB.test(fold(act.dispositive.verb));
    if (note && opening && !VOTED_NOTE.test(fold((act.object?.text ?? '') + ' ' + (act.title?.text ?? '')))) {
      const at = from + note.index;
      const sentence = ds === f.length ? Math.max(f.lastIndexOf('.', at) + 1, f.lastIndexOf('\n\n', at) + 1, 0) : from;
      // (The closing « Fait et délibéré … » and what follows the act are no decision.)
      const said = text.slice(sentence, act.placeDate ? Math.max(act.placeDate.start, at) : text.length);
      if (!DECIDES.test(said.slice(0, at - sentence)) && !DECIDES.test(said.slice(at - sentence + note[0].length))) add('takes-note', at, at + note[0].length);
    }
  } else if (v) {
    if (v.for !== null && v.against !== null && v.for <= v.against) first(CASTING_VOTE, 'casting-vote', 0);
    if (v.unanimous && v.abstentions === null && v.ofExpressed && wanted('abstention-word')) first(ABSTENTION_WORD, 'abstention-word', ds);
  }

  // The budget documents and their year (DAT-007): « Budget primitif 2025 », « Vote des taux 2025 », « Compte administratif 2024 ».
  if (act.object && (!only || only.has('budget-year'))) {
    const o = fold(act.object.text);
    for (const [re, what] of BUDGET_YEAR) {
      const m = re.exec(o);
      // (« Décision modificative n° 2 au budget primitif 2025 », « Budget supplémentaire … du budget primitif »: an
      // amendment of the budget, which has no such limit, L. 1612-11.)
      if (m && what === 'primitif' && AMENDS_BUDGET.test(o.slice(0, m.index))) continue;
      if (m) {
        add('budget-year', act.object.start, act.object.end, `${what}:${m[1]}`);
        break;
      }
    }
  }

  // The number of adjoints fixed (SEA-015): « Le nombre des adjoints est fixé à neuf », « fixe à 9 le nombre des adjoints ».
  if ((!only || only.has('adjoints-number')) && index.firstIndexOf('folded', f, 'adjoints') >= 0) {
    const m = ADJOINTS_FIXED.exec(f) ?? ADJOINTS_FIXED_BEFORE.exec(f);
    const n = m ? (/^\d/.test(m[1]) ? Number(m[1]) : frenchNumber(m[1])) : null;
    if (m && n !== null) add('adjoints-number', m.index, m.index + m[0].length, String(n));
  }

  // The secrétaire (SEA-007): the word anywhere when the séance block names none; not where the text says there was none
  // (« Secrétaire de séance : néant », « sans qu'il soit procédé à la nomination d'un secrétaire »).
  if (s && !s.secretary) {
    const said = whole(SECRETARY_WORDS, () => {
      SECRETARY_WORDS.lastIndex = 0;
      for (let m = SECRETARY_WORDS.exec(f); m; m = SECRETARY_WORDS.exec(f)) {
        const after = m.index + m[0].length;
        if (NO_SECRETARY_BEFORE.test(f.slice(Math.max(0, m.index - 80), m.index)) || NO_SECRETARY_AFTER.test(f.slice(after, after + 40))) continue;
        return [m.index, after] as const;
      }
      return null;
    });
    if (said) add('secretary-word', said[0], said[1]);
  }

  // The vote of the accounts (SEA-008): the objet says so; who presides; the maire withdraws.
  const objet = fold((act.object?.text ?? '') + ' ' + (act.title?.text ?? '') + ' ' + (act.transmission?.object ?? ''));
  const where = act.object ?? act.title ?? act.transmission;
  let accounts = false;
  for (const [re, value] of ACCOUNTS) {
    if (re.test(objet)) {
      add('accounts', where?.start ?? 0, where?.end ?? 0, value);
      accounts = true;
    }
  }
  if (accounts) {
    first(WITHDRAWAL, 'withdrawal', 0);
    first(ACCOUNTS_PRESIDENT, 'accounts-president', 0);
    const president = s?.president ? fold(s.president) : null;
    if (president && seanceSpan) {
      // The same person as the maire (or président) who signs, a line « X, maire », or a quality for a name.
      const head = act.signatories.find((x) => x.role === 'author' && x.name && x.head);
      const samePerson = !!head?.name && letters(fold(head.name)) === letters(president.replace(CIVILITY, ''));
      const named = new RegExp(`${escape(president)}\\s*(?:,\\s*)?(maire|president)`).test(f);
      if (samePerson || named || (HEAD_NAMED.test(president) && !NOT_HEAD.test(president))) add('head-presides', seanceSpan[0], seanceSpan[1]);
    }
  }

  // An interested member (SEA-009): the objet concerns an association or a company; a member takes no part.
  if (act.object) {
    const m = ASSOCIATION.exec(fold(act.object.text));
    if (m) {
      add('association-object', act.object.start, act.object.end, m[0]);
      first(NOT_TAKING_PART, 'not-taking-part', 0);
      // A member of the conseil who heads the association or the company (« Mme X, conseillère municipale, présidente
      // de l'association Y », « …, est présidente de l'association Y »): interested (value: the name as written).
      // (Or « l'association …, présidée par Mme X » when X is listed present: a member of the conseil.)
      if ((!only || only.has('interested-member')) && (f.includes('president') || f.includes('tresorier') || f.includes('administrat'))) {
        const presentList = [...f.slice(0, Math.min(f.length, 6000)).matchAll(/\bpresents?\s*:[^\n]*/g)].map((x) => x[0]).join(' ');
        // (The whole name, as words: « Jean ROY » is not « Pierre LEROY », nor « Louis MARTIN » « Claire MARTIN ».)
        const listed = (name: string) => {
          const words = fold(name).trim().replace(/\s+/g, ' ');
          return words.length >= 5 && words.includes(' ') && new RegExp(`(?:^|[^a-z])${words.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![a-z])`).test(presentList);
        };
        for (const re of [HEADS_ASSOCIATION, PRESIDED_BY, WHOSE_HEAD]) {
          re.lastIndex = 0;
          let found = false;
          for (let h = re.exec(f); h; h = re.exec(f)) {
            // (The office said of the member between his name and the association's: « Mme X, conseillère municipale, présidente de … ».)
            // (Found after « dont » in « Comité des fêtes Perrin, dont Mme Perrin … »: not inside the association's name.)
            const nameAt = h[0].indexOf(h[1], re === WHOSE_HEAD ? h[0].indexOf(' dont ') : 0);
            const nameEnd = h.index + nameAt + h[1].length;
            const office = re === PRESIDED_BY ? -1 : h[0].slice(nameEnd - h.index).search(re === WHOSE_HEAD ? /\best\s+(?:la\s+|le\s+|l')?(?:president|vice-president|tresorier|secretaire|gerant|directeur|directrice|administrat)/ : /\b(?:president|vice-president|tresorier|secretaire\s+general|gerant|directeur|directrice|administrat)/);
            const apposition = office >= 0 ? f.slice(nameEnd, nameEnd + office) : '';
            if (!ELECTED.test(apposition) && !listed(h[1])) continue;
            // (« … dont Mme X est la présidente »: the association the act decides on, named by the objet or in the
            // sentence that grants it something; not another one an exposé recalls, « le matériel prêté par le comité
            // des fêtes, dont Mme X, conseillère municipale, est la présidente ».)
            if (re === WHOSE_HEAD && !grants(f, h.index) && !namedBy(f.slice(h.index, h.index + h[0].indexOf(' dont ')), fold(act.object.text))) continue;
            const nameStart = h.index + nameAt;
            const civility = re !== HEADS_ASSOCIATION ? nameStart - (/(?:m\.|mme|monsieur|madame)\s+$/.exec(f.slice(Math.max(0, nameStart - 12), nameStart))?.[0].length ?? 0) : h.index;
            add('interested-member', h.index, h.index + h[0].length, text.slice(civility, nameStart + h[1].length).trim());
            found = true;
            break;
          }
          if (found) break;
        }
      }
    }
  }

  // A huis clos (SEA-012), and whether the same sentence says how it was decided.
  const hc = whole(HUIS_CLOS, () => {
    const m = hasAny(f, SEANCE_MENTION_ANCHORS.huisClos) ? HUIS_CLOS.exec(f) : null;
    return m ? [m.index, m.index + m[0].length, HUIS_CLOS_DECIDED.test(f)] as const : null;
  });
  if (hc) add('huis-clos', hc[0], hc[1], null, hc[2]);

  return out;
}
