// VIS: the visas (legal basis, identification of each text, order, punctuation, "notamment").
// VIS-004, VIS-005, VIS-006 and the CIT family live in references.ts (references engineer).
import type { Recital, VisaCategory } from '../model';
import type { Finding, Fix, RuleContext } from './rule';
import { containing } from '../text';
import { isDeliberation, isEpciBody } from './util';
import { type DocumentedRule, agentAct, citesArticle, derived, isMayorDecision, looksLikeAct, mentionOf, mentionWithin, preambleReferences, where } from './support';
import { cgctArticlesFix, insertVisaFix, objetItem } from './fixes';
import { firstRefFrom } from '../features/legal-context';

const GUIDE_315 = 'https://www.legifrance.gouv.fr/Droit-francais/Guide-de-legistique/III.-Redaction-des-textes/3.1.-Contexte/3.1.5.-Visas-d-une-ordonnance-d-un-decret-ou-d-un-arrete';

const CGCT = 'code général des collectivités territoriales';

export const VIS_001: DocumentedRule = {
  id: 'VIS-001',
  missing: 'visas',
  title: 'Les visas citent le fondement de la compétence de l’auteur (L. 2122-22 et L. 2122-23 pour une décision du maire, L. 5211-9 ou L. 5211-10 pour un arrêté du président…).',
  kinds: ['arrete-maire', 'decision-maire', 'arrete-president', 'deliberation-cm', 'deliberation-epci-conseil'],
  severity: 'warning',
  source: { label: 'Guide de légistique, 3.1.5 (les visas justifient la compétence)', url: GUIDE_315 },
  status: 'confirmed',
  doc: {
    details: 'Décision du maire : L. 2122-22 et L. 2122-23 (la délibération de délégation relève de DEL-002, le numéro de l’alinéa de DEL-001). Arrêté du maire : au moins un visa (l’arrêté de police relève de POL-001) ; un arrêté de délégation vise l’article qui permet de déléguer (L. 2122-18 pour les fonctions, L. 2122-19 pour la signature, L. 2122-32 et R. 2122-10 pour l’état civil) ; une délégation de signature à un agent (directeur, responsable de service) qui ne vise que L. 2122-18 est signalée. Arrêté du président : L. 5211-9 ou L. 5211-10 (ou un texte de police, ou L. 5211-9-2 pour les polices que les maires lui ont transférées ; rien pour un arrêté sur un agent, pris en autorité territoriale sous le code général de la fonction publique) ; un arrêté par lequel il délègue ses fonctions ou sa signature vise L. 5211-9, et ne visant que L. 5211-10 il est signalé. Délibération : information si un bloc de visas (deux au moins) ne cite aucun code ni texte, ou si elle n’a aucun visa et que son exposé ne cite aucun code ni texte non plus. Bureau d’EPCI et décision du président : EPCI-004. Un visa omis n’entache pas la légalité (CE, Sect., 28 juin 1974, Charmasson) : avertissement. Correctif : ajouter le visa manquant.',
  },
  check(ctx) {
    const { act } = ctx;
    if (!looksLikeAct(act)) return [];
    const refs = preambleReferences(ctx);
    const anchor = act.visas[0]?.range ?? act.authority?.range ?? act.title?.range ?? act.dispositive?.range;
    if (!anchor) return [];
    const out: Finding[] = [];
    if (act.kind === 'decision-maire') {
      if (!isMayorDecision(ctx)) return [];
      const has22 = citesArticle(refs, 'L2122-22');
      // (L. 2122-23 cited where the décision says it will be reported to the conseil, « en application de l'article
      // L. 2122-23 », grounds that account as well as a visa does.)
      const has23 = citesArticle(refs, 'L2122-23') || act.references.some((r) => r.article === 'L2122-23' && (r.code === null || r.code === 'CGCT'));
      if (!has22 || !has23) {
        const missing = !has22 && !has23 ? 'L. 2122-22 et L. 2122-23' : !has22 ? 'L. 2122-22' : 'L. 2122-23';
        // (With the matter the objet names, « L. 2122-22 (4°) »: DEL-001 asks for it.)
        const item = objetItem(act);
        const fix = cgctArticlesFix(ctx, [...(has22 ? [] : [item ? `L. 2122-22 (${item}°)` : 'L. 2122-22']), ...(has23 ? [] : ['L. 2122-23'])], `Viser ${!has22 && !has23 ? 'les articles' : 'l’article'} ${missing} du CGCT`, { preferred: true });
        out.push({
          range: anchor,
          message: `Une décision prise par délégation du conseil municipal vise ${!has22 && !has23 ? 'les articles' : 'l’article'} ${missing} du code général des collectivités territoriales (${!has22 ? 'délégation et n° de la matière déléguée' : 'compte rendu au conseil et signature'}) : ajoutez « Vu le ${CGCT}, notamment ${!has22 && !has23 ? 'ses articles L. 2122-22 et L. 2122-23' : `son article ${missing}`} ; ».`,
          fixes: fix ? [fix] : [],
        });
      }
    } else if (act.kind === 'arrete-maire') {
      if (act.visas.length === 0 && !act.police && !derived(ctx).flattened) {
        out.push({ range: anchor, message: 'L’arrêté ne comporte aucun visa : visez le texte qui donne compétence au maire (« Vu le code général des collectivités territoriales, notamment son article … ; »).' });
      } else if (mentionOf(act, 'delegating-act')?.value === 'signature-agent' && act.visas.length > 0 && citesArticle(refs, 'L2122-18') && !citesArticle(refs, /^L2122-(?:19|20)$/)) {
        // A délégation de signature to an agent rests on L. 2122-19; L. 2122-18 is the adjoints' and conseillers'.
        // (Instead of L. 2122-18, when no adjoint nor conseiller is delegated too.)
        const fix = cgctArticlesFix(ctx, ['L. 2122-19'], 'Viser l’article L. 2122-19 du CGCT au lieu de L. 2122-18', { preferred: true, instead: ['L2122-18'] });
        out.push({
          range: act.visas[0].range,
          message: `Cet arrêté délègue la signature du maire à un agent : il se fonde sur l’article L. 2122-19 du ${CGCT} (l’article L. 2122-18, qu’il vise, concerne les adjoints et les conseillers municipaux). Ajoutez-le aux visas.`,
          fixes: fix ? [fix] : [],
        });
      } else if (mentionOf(act, 'delegating-act') && act.visas.length > 0 && !citesArticle(refs, DELEGATING_ARTICLES)) {
        // An arrêté that delegates: the maire delegates only what the law lets him (functions, signature, état civil).
        const what = mentionOf(act, 'delegating-act')!.value;
        const article = what === 'fonctions' ? 'L. 2122-18' : what === 'signature' || what === 'signature-agent' ? 'L. 2122-19' : null;
        const fix = article ? cgctArticlesFix(ctx, [article], `Viser l’article ${article} du CGCT`, { preferred: true }) : null;
        out.push({
          range: act.visas[0].range,
          message: `Cet arrêté délègue des fonctions ou la signature du maire, mais ne vise pas l’article qui le lui permet : L. 2122-18 (fonctions, à un adjoint ou à un conseiller municipal), L. 2122-19 (signature, au directeur général et aux responsables des services) ou, pour l’état civil, L. 2122-32 et R. 2122-10 du ${CGCT}. Ajoutez-le aux visas${article ? ` (« Vu le ${CGCT}, notamment son article ${article} ; »)` : ''}.`,
          fixes: fix ? [fix] : [],
        });
      }
    } else if (act.kind === 'arrete-president') {
      // L. 5211-9 and L. 5211-10 found an EPCI président's competence, not a département's or a collectivité d'outre-mer's.
      // (Nor an arrêté founded on the police the maires transferred to him, L. 5211-9-2, or one he takes as autorité
      // territoriale over his agents, under the code général de la fonction publique.)
      if (isEpciBody(act.authorBody) && !act.police && !citesArticle(refs, /^L5211-(?:9|9-2|10)$/) && !citesArticle(refs, /^L22(1[2-5])-/) && !agentAct(act)) {
        const fix = cgctArticlesFix(ctx, ['L. 5211-9'], 'Viser l’article L. 5211-9 du CGCT', { preferred: true });
        out.push({
          range: anchor,
          message: 'L’arrêté du président ne vise ni l’article L. 5211-9 (pouvoirs propres, délégations) ni l’article L. 5211-10 (délégation du conseil) du code général des collectivités territoriales : ajoutez le visa qui fonde sa compétence.',
          fixes: fix ? [fix] : [],
        });
      } else if (isEpciBody(act.authorBody) && mentionOf(act, 'delegating-act') && act.visas.length > 0 && citesArticle(refs, 'L5211-10') && !citesArticle(refs, 'L5211-9')) {
        // The président delegates his functions or his signature (to a vice-président, the directeur général) under
        // L. 5211-9; L. 5211-10 is the délégation of the conseil to him and to the bureau.
        const fix = cgctArticlesFix(ctx, ['L. 5211-9'], 'Viser l’article L. 5211-9 du CGCT', { preferred: true });
        out.push({
          range: act.visas[0].range,
          message: `Cet arrêté délègue des fonctions ou la signature du président : il se fonde sur l’article L. 5211-9 du ${CGCT} (l’article L. 5211-10, qu’il vise, concerne la délégation du conseil au président et au bureau). Ajoutez-le aux visas.`,
          fixes: fix ? [fix] : [],
        });
      }
    } else if (isDeliberation(act.kind) && act.visas.length === 0) {
      // No visa at all, and the exposé cites no code nor text either (« En application de l’article L. 2122-22… »).
      // Articles cited by the séance block (convocation, pouvoirs: « L. 2121-20 ») are not the matter's legal basis.
      const seance = act.seance ? { start: ctx.index.offsetAt(act.seance.range.start), end: ctx.index.offsetAt(act.seance.range.end) } : null;
      const cites = refs.some((r) => (r.type === 'code-article' || r.type === 'code' || r.type === 'text') && !(seance && r.start >= seance.start && r.end <= seance.end) && !/^L2121-(?:1[0-9]|20|21)$/.test(r.article ?? ''));
      if (!cites && act.dispositive) {
        const fix = insertVisaFix(ctx, `le ${CGCT}, notamment son article ${act.kind === 'deliberation-cm' ? 'L. 2121-29' : 'L. 5211-1'}`, 'Ajouter le visa du CGCT', { code: true });
        out.push({
          range: anchor,
          severity: 'information',
          message: `La délibération ne comporte aucun visa. Un visa omis n’entache pas la légalité de l’acte (CE, Sect., 28 juin 1974, Charmasson, n° 79473), mais les visas montrent sur quoi le conseil se fonde : visez au moins le ${CGCT}${act.kind === 'deliberation-cm' ? ' (article L. 2121-29 : le conseil municipal règle par ses délibérations les affaires de la commune)' : ''} et les textes de la matière.`,
          fixes: fix ? [fix] : [],
        });
      }
    } else if (isDeliberation(act.kind) && act.visas.length >= 2) {
      const cites = act.references.some((r) => (r.type === 'code-article' || r.type === 'code' || r.type === 'text') && containing(act.visas, r.start, r.end) !== null);
      if (!cites && !act.visas.some((v) => v.reading.namesText)) {
        const fix = insertVisaFix(ctx, `le ${CGCT}, notamment son article ${act.kind === 'deliberation-cm' ? 'L. 2121-29' : 'L. 5211-1'}`, 'Ajouter le visa du CGCT', { code: true });
        out.push({
          range: anchor,
          severity: 'information',
          message: `Les visas ne citent aucun code ni texte : visez au moins le ${CGCT}${act.kind === 'deliberation-cm' ? ' (article L. 2121-29 : le conseil municipal règle par ses délibérations les affaires de la commune)' : ''} et les textes de la matière.`,
          fixes: fix ? [fix] : [],
        });
      }
    }
    return out;
  },
};

/**
 * The articles that let the maire delegate: functions, signature, the état civil (and the adjoint's suppléance); a
 * maire d'arrondissement of Paris, Lyon or Marseille, L. 2511-27 and L. 2511-28.
 */
const DELEGATING_ARTICLES = /^(?:L2122-(?:1[7-9]|18-1|20|32)|R2122-(?:8|10)|L2511-2[5-9])$/;

export const VIS_002_MISSING = 'ne permet pas d’identifier le texte';

export const VIS_002: DocumentedRule = {
  id: 'VIS-002',
  title: 'Chaque visa identifie son texte sans ambiguïté (numéro, date et intitulé ; un code par son seul titre).',
  kinds: 'all',
  severity: 'warning',
  source: { label: 'Guide de légistique, 3.1.5 (désignation des textes visés)', url: GUIDE_315 },
  status: 'confirmed',
  doc: { details: 'Avertissement pour un visa de loi, d’ordonnance, de décret, de délibération, d’arrêté ou de convention qui ne donne ni numéro ni date (« Vu les délibérations annuelles … », « Vu la loi NOTRe ») ; pas pour les délibérations des conseils municipaux des communes membres citées ensemble, qu’aucun numéro n’identifie ; information pour une loi, une ordonnance ou un décret cité avec numéro et date mais sans intitulé. Une convention que l’acte approuve ou dont il autorise la signature n’est pas encore signée : information qui invite à viser le projet (« Vu le projet de convention … annexé »). Les codes se citent par leur titre seul ; les avis, règlements et documents sont laissés libres.' },
  check(ctx) {
    const out: Finding[] = [];
    for (let vi = 0, all = ctx.act.visas; vi < all.length; vi++) {
      const v = all[vi];
      const { designates: head, numbered: num, dated: date } = v.reading;
      if (head === 'code' || head === 'other') continue;
      const label = { loi: 'la loi', ordonnance: 'l’ordonnance', decret: 'le décret', deliberation: 'la délibération', arrete: 'l’arrêté', convention: 'la convention' }[head];
      // « de » + the article: « du décret », « de la loi », « de l’arrêté ».
      const ofLabel = label.startsWith('le ') ? `du ${label.slice(3)}` : `de ${label}`;
      if (!num && !date) {
        // (The convention the act approves is not signed yet: it is visée as a draft.)
        if (head === 'convention' && mentionOf(ctx.act, 'convention-approved')) {
          out.push({ range: v.range, severity: 'information', message: `Si c’est la convention que l’acte approuve, elle n’est pas encore signée : visez-la comme projet (« Vu le projet de convention … annexé ${isDeliberation(ctx.act.kind) ? 'à la présente délibération' : ctx.act.kind.startsWith('decision') ? 'à la présente décision' : 'au présent arrêté'} »). Sinon, donnez son intitulé et sa date de signature (Guide de légistique, 3.1.5).` });
          continue;
        }
        out.push({
          range: v.range,
          message: `Ce visa ${VIS_002_MISSING} : donnez ${head === 'convention' ? 'l’intitulé et la date de signature' : 'le numéro et la date'} ${ofLabel} (« Vu ${head === 'deliberation' ? 'la délibération n° … du … portant …' : head === 'convention' ? 'la convention … signée le …' : `${label} n° … du … relati${head === 'loi' || head === 'ordonnance' ? 've' : 'f'} à …`} »). Guide de légistique, 3.1.5.`,
        });
        continue;
      }
      if ((head === 'loi' || head === 'ordonnance' || head === 'decret') && num && date) {
        // "Vu la loi n° 2014-58 du 27 janvier 2014 ;": the intitulé is missing.
        if (v.reading.untitled) {
          out.push({ range: v.range, severity: 'information', message: `Ajoutez l’intitulé ${ofLabel} après sa date (« … relati${head === 'decret' ? 'f' : 've'} à … », « … portant … »), tel que publié au Journal officiel (Guide de légistique, 3.1.5).` });
        }
      }
    }
    return out;
  },
};

/** A code's name as a visa writes it (« code de l’éducation »), without what the visa says of its articles. */
function codeName(visa: string): string | null {
  const m = /\bcode\s+[^,;()]+?(?=\s*(?:[,;(]|(?:\bet\s+)?\bnotamment\b|\bet\s+(?:son|ses|en)\b|\bson\s+article|\bses\s+articles|\barticles?\b|$))/i.exec(visa);
  return m ? m[0].replace(/\s+/g, ' ').trim() : null;
}

/** Rank and label of each category of visa in the Guide's order (texts by hierarchy, then other documents, then avis). */
const VISA_RANK: Record<VisaCategory, { rank: number; label: string }> = {
  constitution: { rank: 1, label: 'la Constitution' },
  international: { rank: 2, label: 'une convention internationale' },
  'eu-regulation': { rank: 3, label: 'un règlement européen' },
  directive: { rank: 4, label: 'une directive' },
  'loi-organique': { rank: 5, label: 'une loi organique' },
  code: { rank: 6, label: 'un code' },
  loi: { rank: 7, label: 'une loi ou une ordonnance' },
  decret: { rank: 8, label: 'un décret' },
  arrete: { rank: 9, label: 'un arrêté' },
  deliberation: { rank: 10, label: 'une délibération' },
  other: { rank: 11, label: 'un autre document' },
  avis: { rank: 12, label: 'un avis' },
};

/** Date of a visa for the chronological check: the first date written, or one embedded in a délibération number. */
function visaDate(v: Recital, ctx: RuleContext): string | null {
  // References are sorted by start: only those starting inside the visa are looked at (not all of them per visa).
  const refs = ctx.act.references;
  for (let i = firstRefFrom(refs, v.start); i < refs.length && refs[i].start < v.end; i++) {
    if (refs[i].end <= v.end && refs[i].date) return refs[i].date;
  }
  return v.reading.numberDate;
}

export const VIS_003: DocumentedRule = {
  id: 'VIS-003',
  title: 'Les visas suivent l’ordre du Guide : textes par rang (Constitution, engagements internationaux, droit de l’Union, lois organiques, codes par ordre alphabétique, lois et ordonnances, décrets, puis arrêtés, délibérations et autres documents), puis les avis ; chaque catégorie par ordre chronologique.',
  kinds: 'all',
  severity: 'information',
  source: { label: 'Guide de légistique, 3.1.5 (ordre des visas)', url: GUIDE_315 },
  status: 'confirmed',
  doc: { details: 'Une seule remarque par acte : le premier visa hors de sa place. Les codes se rangent par le mot principal de leur titre, sans « de la », « de l’ », « des », « du » (code civil, code de la construction et de l’habitation, code de l’environnement, code général des collectivités territoriales, code de la route, code de la santé publique, code de l’urbanisme) ; le code général des collectivités territoriales n’a pas de préséance parmi les codes. Les arrêtés et délibérations de la collectivité viennent après les textes nationaux ; entre eux, et pour les pièces de la procédure (demande, rapport, avis), l’ordre est un usage local : rien n’est signalé.' },
  check(ctx) {
    const visas = ctx.act.visas;
    if (visas.length < 2 || derived(ctx).flattened) return [];
    // Only texts are ranked: a request, a report, an avis (« Vu la demande de permis … », « Vu l'avis de la commission »)
    // follow the procedure's order, which local practice sets (an application first in an urbanisme act). Between an
    // arrêté and a délibération of the collectivité, the order is a usage too: neither goes before the other.
    let prev = { rank: 0, label: '', date: null as string | null, code: '', title: null as string | null, line: 0 };
    // Each ranked visa read so far, to find where one out of place goes: before the first that should follow it.
    const read: { v: (typeof visas)[number]; rank: number; code: string; date: string | null }[] = [];
    const fixFor = (v: (typeof visas)[number], goesBefore: (r: (typeof read)[number]) => boolean) => {
      const target = read.find(goesBefore);
      return target ? moveVisaFix(ctx, v, target.v) : null;
    };
    for (const v of visas) {
      const { rank, label } = VISA_RANK[v.reading.category];
      if (rank >= 11) continue;
      const date = visaDate(v, ctx);
      // (Compared by their distinctive words: « général collectivités territoriales » before « général propriété personnes
      // publiques ».)
      const code = (v.reading.codeTitle ?? '').replace(/(?:^|\s)(?:de|du|des|la|le|les|l['’]|d['’])(?=\s|$)|(?:^|\s)[ld]['’]/gi, ' ').replace(/\s+/g, ' ').trim();
      const local = (r: number) => r === 9 || r === 10;
      if (rank < prev.rank && !(local(rank) && local(prev.rank))) {
        const fix = fixFor(v, (r) => r.rank > rank && !(local(rank) && local(r.rank)));
        return [{ range: v.range, message: `Ce visa (${label}) devrait précéder le visa de la ligne ${prev.line + 1} (${prev.label}) : les textes se visent par rang, du plus élevé au moins élevé (Guide de légistique).`, fixes: fix ? [fix] : [] }];
      }
      if (rank === prev.rank) {
        if (rank === 6 && code && prev.code && code.slice(0, 20) < prev.code.slice(0, 20) && !code.startsWith(prev.code.slice(0, 12))) {
          const named = codeName(v.text) && prev.title ? ` : le ${codeName(v.text)} vient avant le ${prev.title}` : '';
          // (The CGCT's precedence, a common habit, said only when the CGCT is the one visé first out of its place.)
          const cgct = /collectivites territoriales/.test(prev.code.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase()) ? ' ; le code général des collectivités territoriales n’a pas de préséance' : '';
          const fix = fixFor(v, (r) => r.rank > rank || (r.rank === rank && r.code.slice(0, 20) > code.slice(0, 20) && !code.startsWith(r.code.slice(0, 12))));
          return [{ range: v.range, message: `Les codes se visent par ordre alphabétique du titre qui les distingue, sans « de la », « de l’ », « des », « du »${named}${cgct}. Placez ce visa avant le précédent (ligne ${prev.line + 1}).`, fixes: fix ? [fix] : [] }];
        }
        if (date && prev.date && date < prev.date && !local(rank)) {
          const fix = fixFor(v, (r) => (r.rank > rank && !(local(rank) && local(r.rank))) || (r.rank === rank && r.date !== null && r.date > date));
          return [{ range: v.range, message: `Ce visa (${label}) est antérieur au précédent : dans une même catégorie, les textes se visent par ordre chronologique.`, fixes: fix ? [fix] : [] }];
        }
      }
      read.push({ v, rank, code, date });
      if (rank >= prev.rank || !(local(rank) && local(prev.rank))) prev = { rank, label, date: date ?? (rank === prev.rank ? prev.date : null), code, title: codeName(v.text), line: v.range.start.line };
    }
    return [];
  },
};

/**
 * Move a visa (its lines, with the blank line that sets it apart when the visas are so set) to just before another one.
 * Nothing when the visa shares a line with another part of the act (a flattened text).
 */
function moveVisaFix(ctx: RuleContext, v: Recital, before: Recital): Fix | null {
  const { index, text } = ctx;
  const lineStart = (line: number) => (line < index.lineCount ? index.lineStarts[line] : text.length);
  const first = v.range.start.line;
  const last = v.range.end.line;
  const blank = (line: number) => line >= 0 && line < index.lineCount && !/\S/.test(text.slice(lineStart(line), index.lineEnd(line)));
  // The visa alone on its lines (no other part of the act before or after it on them).
  if (/\S/.test(text.slice(lineStart(first), v.start).replace(/^[\s*•-]*/, '')) || /\S/.test(text.slice(v.end, index.lineEnd(last)))) return null;
  if (/\S/.test(text.slice(lineStart(before.range.start.line), before.start).replace(/^[\s*•-]*/, ''))) return null;
  const spaced = blank(last + 1) && blank(first - 1);
  const from = lineStart(first);
  const to = lineStart(spaced ? last + 2 : last + 1);
  let moved = text.slice(from, to);
  // (The last line of the text, without its line break: one is added.)
  if (!/\n$/.test(moved)) moved += derived(ctx).eol + (spaced ? derived(ctx).eol : '');
  const at = index.positionAt(lineStart(before.range.start.line));
  return {
    title: `Placer ce visa avant celui de la ligne ${before.range.start.line + 1}`,
    preferred: true,
    edits: [{ range: { start: at, end: at }, newText: moved }, { range: index.range(from, to), newText: '' }],
  };
}

export const VIS_007: DocumentedRule = {
  id: 'VIS-007',
  display: 'style',
  groupMessage: (n) => `${n} visas ou considérants dont la ponctuation est à reprendre (« Vu … ; »).`,
  title: 'Chaque visa commence par « Vu » et se termine par « ; », chaque considérant par « ; » ou « , » (le dernier élément avant le verbe peut finir par une virgule).',
  kinds: 'all',
  severity: 'information',
  source: { label: 'Guide de légistique, 3.1.5 (exemples de visas)', url: GUIDE_315 },
  status: 'confirmed',
  doc: { details: 'Une seule remarque pour les visas et une pour les considérants, avec un correctif qui remplace la ponctuation finale de chacun (et rien d’autre). La ponctuation des considérants est un usage (non confirmé). Muet sur les textes dont la mise en page est perdue (OCR).' },
  check(ctx) {
    const { act } = ctx;
    if (derived(ctx).flattened) return [];
    const out: Finding[] = [];
    const recitals = [...act.visas, ...act.considerants].sort((a, b) => a.start - b.start);
    const lastRecital = recitals[recitals.length - 1];
    // Visas: " ;" except the very last recital before the verb, which may end with ",".
    const badVisas = where(act.visas, (v) => v.ending !== ';' && !(v === lastRecital && v.ending === ','));
    if (badVisas.length) {
      const edits = badVisas.map((v) => endingEdit(ctx, v, ' ;')).filter((e): e is NonNullable<typeof e> => e !== null);
      out.push({
        range: badVisas[0].range,
        message: `${badVisas.length === 1 ? 'Ce visa ne se termine' : `${badVisas.length} visas ne se terminent`} pas par « ; » : chaque visa finit par un point-virgule (le dernier élément avant le verbe peut finir par une virgule).`,
        fixes: edits.length ? [{ title: 'Terminer les visas par « ; »', preferred: true, edits }] : [],
      });
    }
    const badCons = act.considerants.filter((c) => c.ending !== ';' && c.ending !== ',');
    if (badCons.length) {
      const edits = badCons.map((c) => endingEdit(ctx, c, c === lastRecital ? ',' : ' ;')).filter((e): e is NonNullable<typeof e> => e !== null);
      out.push({
        range: badCons[0].range,
        message: `${badCons.length === 1 ? 'Ce considérant ne se termine' : `${badCons.length} considérants ne se terminent`} ni par « ; » ni par « , » : terminez chaque considérant par un point-virgule (une virgule pour le dernier avant le verbe).`,
        fixes: edits.length ? [{ title: 'Terminer les considérants par « ; »', edits }] : [],
      });
    }
    return out;
  },
};

/** Replace the final punctuation of a recital (or add it) with `ending`: where the reader saw it. */
function endingEdit(ctx: RuleContext, r: Recital, ending: string) {
  const m = mentionWithin(ctx.act, 'recital-ending', r.start, r.end);
  if (!m || m.value === ending) return null;
  return { range: ctx.index.range(m.start, m.end), newText: ending };
}

export const VIS_008: DocumentedRule = {
  id: 'VIS-008',
  display: 'style',
  groupMessage: (n) => `${n} visas à écrire « Vu le code …, notamment son article … ».`,
  title: 'Un visa désigne le texte puis la disposition : « Vu le code …, notamment son article … », « Vu le décret n° … du … modifié relatif à … ».',
  kinds: 'all',
  severity: 'information',
  source: { label: 'Guide de légistique, 3.1.5 (« modifié », « notamment »)', url: GUIDE_315 },
  status: 'confirmed',
  doc: { details: 'Signale les visas qui commencent par l’article (« Vu les articles L. 2122-22 et L. 2122-23 du code … ») et propose la forme du Guide (« Vu le code …, notamment ses articles … »). La mention « modifié » ne peut pas être vérifiée sans l’historique des textes : elle n’est pas signalée.' },
  check(ctx) {
    const out: Finding[] = [];
    for (let vi = 0, all = ctx.act.visas; vi < all.length; vi++) {
      const v = all[vi];
      const first = v.reading.articleFirst;
      if (!first) continue;
      const { plural, code, articles: arts } = first;
      out.push({
        range: v.range,
        message: `Citez le code puis l’article : « Vu le ${code}, notamment ${plural ? 'ses articles' : 'son article'} ${arts} ; » (Guide de légistique, 3.1.5).`,
      });
      if (out.length >= 2) break;
    }
    return out;
  },
};
