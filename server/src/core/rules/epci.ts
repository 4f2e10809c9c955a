// EPCI: établissements publics de coopération intercommunale and métropoles (bureau, président,
// matters the conseil cannot delegate, Métropole du Grand Paris).
import type { Finding } from './rule';
import { type DocumentedRule, explanation, citesArticle, isDeliberationVisa, isMGP, mentionOf, mentionsOf, preambleReferences, referenceDate } from './support';
import { EPCI_RENEWALS } from '../renewals';
import { containingIn, frenchDate } from '../text';
import { L2122_22_ITEMS } from './delegations';
import { cgctArticlesFix } from './fixes';
import { isEpciBody } from './util';

export const EPCI_001 = explanation(
  'EPCI-001',
  'Les règles de fonctionnement du conseil municipal s’appliquent à l’organe délibérant de l’EPCI (régime des communes de 3 500 habitants et plus pour la convocation).',
  { label: 'CGCT, art. L. 5211-1', url: null, code: 'CGCT', article: 'L5211-1' },
  'secondary',
  'Explication seulement. Pour les articles L. 2121-8, L. 2121-9, L. 2121-19, L. 2121-22 et L. 2121-27-1, les EPCI sont traités comme des communes de 1 000 habitants et plus ; pour L. 2121-11 et L. 2121-12 (convocation), comme des communes de 3 500 habitants et plus : SEA-001 applique 5 jours francs.',
);

export const EPCI_002 = explanation(
  'EPCI-002',
  'Les règles relatives au maire et aux adjoints s’appliquent au président et aux membres du bureau.',
  { label: 'CGCT, art. L. 5211-2', url: null, code: 'CGCT', article: 'L5211-2' },
  'secondary',
  'Explication seulement (sauf les deuxième à quatrième alinéas de L. 2122-4).',
);

export const EPCI_003 = explanation(
  'EPCI-003',
  'Le président est l’exécutif de l’EPCI : il prépare et exécute les délibérations, ordonnance les dépenses, dirige les services, représente l’EPCI en justice et délègue ses fonctions ou sa signature par arrêté.',
  { label: 'CGCT, art. L. 5211-9', url: null, code: 'CGCT', article: 'L5211-9' },
  'confirmed',
  'Explication seulement. Délégation de fonctions aux vice-présidents (à défaut à d’autres membres du bureau), de signature aux DGS, DGA, DGST et responsables de service ; le conseil peut lui déléguer l’exercice des droits de préemption, avec compte rendu à la réunion suivante. Le visa L. 5211-9 d’un arrêté du président est vérifié par VIS-001.',
);

/** Matters L. 5211-10 forbids delegating, by item (the reader tells which item the objet falls in). */
const EXCLUDED: Readonly<Record<string, string>> = {
  1: 'vote du budget, institution et fixation des taux ou tarifs des taxes et redevances (1°)',
  2: 'approbation du compte administratif (2°)',
  3: 'mesures budgétaires après mise en demeure (L. 1612-15) (3°)',
  4: 'modification des conditions initiales de composition, de fonctionnement et de durée (4°)',
  5: 'adhésion de l’établissement à un établissement public (5°)',
  6: 'délégation de la gestion d’un service public (6°)',
  7: 'dispositions portant orientation en matière d’aménagement de l’espace, d’équilibre social de l’habitat et de politique de la ville (7°)',
};

export const EPCI_004_MISSING_VISA = 'Le visa de l’article L. 5211-10';
export const EPCI_004_MISSING_DELIB = 'La délibération du conseil qui délègue';

export const EPCI_004: DocumentedRule = {
  id: 'EPCI-004',
  title: 'Le bureau ou le président agissant par délégation du conseil vise l’article L. 5211-10 et la délibération de délégation, et n’intervient pas dans les matières que cet article exclut.',
  kinds: ['deliberation-epci-bureau', 'decision-president'],
  severity: 'warning',
  source: { label: 'CGCT, art. L. 5211-10', url: null, code: 'CGCT', article: 'L5211-10' },
  status: 'secondary',
  doc: { details: 'Avertissement aussi quand la délibération de délégation visée précède le dernier renouvellement général des conseils (mars 2014, 2020, 2026) que l’acte suit, une fois les conseils communautaires installés : la délégation a pris fin avec le mandat de l’organe délibérant qui l’a votée. Erreur quand l’objet relève d’une matière exclue : budget, taux et tarifs des taxes et redevances ; compte administratif ; mesures après mise en demeure (L. 1612-15) ; statuts, composition, fonctionnement, durée ; adhésion à un établissement public ; délégation de service public ; orientations d’aménagement, d’habitat et de politique de la ville. Avertissement quand manque le visa de L. 5211-10 (correctif : l’ajouter ; pour la Métropole du Grand Paris, avec L. 5219-1) ou celui de la délibération du conseil portant délégation au bureau ou au président. Ni les présidents des départements et des régions, ni ceux des établissements publics locaux qui ne sont pas des EPCI (CCAS, CIAS, caisse des écoles, régie, office de tourisme) ne sont jugés. Une décision du président fondée sur ses pouvoirs propres (L. 5211-9 visé sans L. 5211-10) n’est pas concernée, sauf quand son objet est un emprunt, un marché, un bail, une vente ou une préemption sans délibération visée qui le délègue ou le décide : avertissement (la direction des services, le personnel, les délégations, la police transférée et l’exécution d’une délibération restent les siens).' },
  check(ctx) {
    const { act } = ctx;
    // (L. 5211-10 is an EPCI's: not a CCAS's président, who decides by délégation of his conseil d'administration under
    // his own code, nor a département's.)
    if (!isEpciBody(act.authorBody)) return [];
    const out: Finding[] = [];
    const objRange = act.object?.range ?? act.title?.range ?? act.number?.range ?? null;
    const matter = mentionOf(act, 'non-delegable-matter');
    const what = matter?.value ? EXCLUDED[matter.value] : undefined;
    if (what && objRange) {
      out.push({ range: objRange, severity: 'error', message: `L’objet relève d’une matière que le conseil ne peut pas déléguer ${act.kind === 'deliberation-epci-bureau' ? 'au bureau' : 'au président'} : ${what}. Seul l’organe délibérant peut en décider (CGCT, art. L. 5211-10).` });
    }
    const refs = preambleReferences(ctx);
    // (A décision that vises the délibération delegating to the président acts by that délégation: L. 5211-10, not its
    // own powers, whatever article it vises.)
    const delegating = act.visas.some((v) => isDeliberationVisa(v) && v.reading.delegation);
    const own = act.kind === 'decision-president' && citesArticle(refs, 'L5211-9') && !citesArticle(refs, 'L5211-10') && !delegating;
    if (own) {
      // Its own powers (L. 5211-9: the execution of the conseil's délibérations, the services, the police transferred)
      // do not reach a matter the conseil decides or delegates: a lease, a marché, a loan, a préemption…
      const delegable = mentionsOf(act, 'objet-matter').find((m) => m.value !== null && L2122_22_ITEMS[Number(m.value) - 1] !== undefined);
      if (delegable && !delegating && objRange) {
        out.push({ range: objRange, message: `L’objet relève d’une matière que le conseil décide ou délègue (${L2122_22_ITEMS[Number(delegable.value) - 1].short}) : l’article L. 5211-9 ne donne pas ce pouvoir au président, qui n’en décide que par délégation du conseil. Visez l’article L. 5211-10 et la délibération portant délégation au président (CGCT, art. L. 5211-9 et L. 5211-10).` });
      }
      return out;
    }
    const anchor = act.visas[0]?.range ?? act.authority?.range ?? act.title?.range ?? act.number?.range;
    if (!anchor) return out;
    // (The exercise of the EPCI's rights of préemption, which the conseil delegates to its président under L. 5211-9
    // itself, its last but one alinéa: that article, visé, is the délégation's basis.)
    const preemption = act.kind === 'decision-president' && citesArticle(refs, 'L5211-9') && mentionsOf(act, 'objet-matter').some((m) => m.value === '15');
    if (!citesArticle(refs, 'L5211-10') && !preemption) {
      const mgp = isMGP(ctx);
      const body = `le code général des collectivités territoriales, notamment ${mgp ? 'ses articles L. 5211-10 et L. 5219-1' : 'son article L. 5211-10'}`;
      const fix = cgctArticlesFix(ctx, mgp ? ['L. 5211-10', 'L. 5219-1'] : ['L. 5211-10'], `Viser l’article L. 5211-10 du CGCT${mgp ? ' (et L. 5219-1)' : ''}`, { preferred: true });
      out.push({
        range: anchor,
        message: `${EPCI_004_MISSING_VISA} du code général des collectivités territoriales manque : ${act.kind === 'deliberation-epci-bureau' ? 'le bureau' : 'le président'} ne décide que par délégation du conseil ; ajoutez « Vu ${body} ; ».`,
        fixes: fix ? [fix] : [],
      });
    }
    if (delegating) {
      // The délibération that delegates, voted before the general renewal the act follows, ended with that mandate
      // (the conseil communautaire elected since delegates anew).
      const date = referenceDate(act);
      const renewal = date ? [...EPCI_RENEWALS].reverse().find((r) => date > r.installedBy) : undefined;
      const inVisa = containingIn(act.visas.filter((v) => isDeliberationVisa(v) && v.reading.delegation));
      // (The latest délibération the visa cites is the one that delegates: « … du 16 avril 2026, qui reprend les délégations
      // consenties par la délibération du 16 juillet 2020 ».)
      const cited = renewal ? act.references.filter((r) => r.type === 'deliberation' && r.date !== null && inVisa(r.start, r.end) !== null) : [];
      const old = cited.length ? cited.reduce((a, b) => (b.date! > a.date! ? b : a)) : undefined;
      if (renewal && old && old.date! < renewal.firstRound) {
        out.push({ range: old.range, message: `La délibération de délégation (${frenchDate(old.date!)}) précède le renouvellement général des conseils de ${renewal.label} : la délégation a pris fin avec le mandat de l’organe délibérant qui l’a votée ; visez la délibération de délégation prise par le conseil installé depuis (CGCT, art. L. 5211-10).` });
      }
    }
    if (!delegating) {
      const cited = act.considerants.find((c) => c.reading.delegatingDeliberation)?.reading.delegatingDeliberation ?? null;
      out.push({
        range: anchor,
        message: `${EPCI_004_MISSING_DELIB} ${act.kind === 'deliberation-epci-bureau' ? 'au bureau' : 'au président'} n’est pas visée : ajoutez « Vu la délibération n° … du … portant délégation d’attributions du conseil ${act.kind === 'deliberation-epci-bureau' ? 'au bureau' : 'au président'} ; »${cited ? ` (un considérant cite la délibération ${cited} comme délégante : visez-la en précisant qu’elle porte délégation)` : ''} (CGCT, art. L. 5211-10).`,
      });
    }
    return out;
  },
};

export const EPCI_005 = explanation(
  'EPCI-005',
  'Quorum et convocation du bureau : fixés par le règlement intérieur (aucun article du CGCT trouvé sur le quorum du bureau).',
  { label: 'Règlement intérieur de l’EPCI (non confirmé)', url: null },
  'unconfirmed',
  'Explication seulement : l’absence du nombre de présents dans une délibération du bureau est signalée par SEA-003 (avertissement), le délai de convocation par SEA-001 (avertissement pour le bureau).',
);

export const EPCI_006: DocumentedRule = {
  id: 'EPCI-006',
  missing: 'signatories',
  display: 'essentiel',
  title: 'Une délibération du bureau est signée par le président et le secrétaire de séance.',
  kinds: ['deliberation-epci-bureau'],
  severity: 'information',
  source: { label: 'CGCT, art. L. 2121-23 appliqué par L. 5211-1 (application au bureau non confirmée)', url: null, code: 'CGCT', article: 'L2121-23' },
  status: 'unconfirmed',
  doc: { details: 'L. 2121-23 s’applique aux conseils d’EPCI (L. 5211-1) ; son application aux délibérations du bureau n’est pas confirmée : information seulement (SEA-010 traite les conseils).' },
  check(ctx) {
    const { act } = ctx;
    if (!act.seance || act.signatories.some((s) => s.role === 'secretary')) return [];
    if (mentionOf(act, 'secretary-label')) return [];
    const range = act.signatories[act.signatories.length - 1]?.range ?? act.vote?.range ?? act.dispositive?.range;
    if (!range) return [];
    return [{ range, message: 'La signature du secrétaire de séance n’apparaît pas : pour les conseils, la délibération est signée par le président et le ou les secrétaires de séance (CGCT, art. L. 2121-23 et L. 5211-1) ; l’usage l’étend souvent au bureau.' }];
  },
};

export const EPCI_007 = explanation(
  'EPCI-007',
  'Métropole du Grand Paris : EPCI à fiscalité propre à statut particulier (siège à Paris, tribunal administratif de Paris).',
  { label: 'CGCT, art. L. 5219-1 ; décret n° 2015-1212 du 30 septembre 2015', url: null, code: 'CGCT', article: 'L5219-1' },
  'secondary',
  'Explication seulement. Créée le 1er janvier 2016, elle regroupe Paris, les communes des Hauts-de-Seine, de la Seine-Saint-Denis et du Val-de-Marne et certaines communes de la grande couronne ; elle relève du chapitre des métropoles sauf dispositions propres. Le décret n° 2015-1212 fixe son périmètre, son siège et son comptable public. Le tribunal administratif de Paris attendu dans ses actes est vérifié par REC-002.',
);
