// Visas suggested first, per kind of act, when the user starts a visa ("Vu "). This is data:
// adding a suggestion is adding an entry. `insert` is the text after "Vu " in LSP snippet syntax;
// `{{items:L2122-22}}` becomes a choice of that CGCT article's numbered items (1°, 2°…).
import type { ActKind } from '../model';
import { fold } from '../text';
import { L2122_22_ITEMS, type DelegableItem } from '../rules/delegations';

export interface VisaSuggestion {
  readonly id: string;
  /** Kinds of act it fits. */
  readonly kinds: readonly ActKind[];
  /** Extra condition: ranked first when it holds, offered anyway otherwise (after the others). */
  readonly when?: 'police' | 'circulation' | 'grand-paris' | 'individual';
  /** Short label shown in the list. */
  readonly label: string;
  readonly insert: string;
  /** French Markdown: why this visa. */
  readonly documentation: string;
  /** CGCT / CRPA articles it cites, shown in the documentation with their first sentence. */
  readonly articles?: readonly { readonly code: string; readonly num: string }[];
}

const CGCT = (...nums: string[]) => nums.map((num) => ({ code: 'CGCT', num }));

export const VISA_SUGGESTIONS: readonly VisaSuggestion[] = [
  // Décision du maire prise par délégation du conseil municipal
  {
    id: 'decision-maire-cgct',
    kinds: ['decision-maire'],
    label: 'CGCT, L. 2122-22 (élément N°) et L. 2122-23 — délégation du conseil municipal au maire',
    insert: 'le code général des collectivités territoriales, notamment le {{items:L2122-22}} de son article L. 2122-22 et son article L. 2122-23 ;',
    documentation: 'Base légale d’une décision prise par délégation : l’élément de L. 2122-22 qui délègue la matière, et L. 2122-23 (régime des décisions, compte rendu au conseil).',
    articles: CGCT('L2122-22', 'L2122-23'),
  },
  {
    id: 'decision-maire-deliberation',
    kinds: ['decision-maire'],
    label: 'Délibération portant délégation d’attributions du conseil municipal au maire',
    insert: 'la délibération n° ${1:numéro} du ${2:date} portant délégation d’attributions du conseil municipal au maire ;',
    documentation: 'La délibération qui délègue la matière au maire, citée par son numéro et sa date (elle fixe les limites et conditions de la délégation).',
  },
  // Délibération du conseil municipal
  {
    id: 'deliberation-cm-cgct',
    kinds: ['deliberation-cm'],
    label: 'CGCT, L. 2121-29 — compétence générale du conseil municipal',
    insert: 'le code général des collectivités territoriales, notamment son article L. 2121-29 ;',
    documentation: 'Le conseil municipal règle par ses délibérations les affaires de la commune.',
    articles: CGCT('L2121-29'),
  },
  // Arrêté du maire : police
  {
    id: 'arrete-police-circulation',
    kinds: ['arrete-maire'],
    when: 'circulation',
    label: 'CGCT, L. 2212-1, L. 2212-2 et L. 2213-1 — police municipale et police de la circulation',
    insert: 'le code général des collectivités territoriales, notamment ses articles L. 2212-1, L. 2212-2 et L. 2213-1 ;',
    documentation: 'Pouvoirs de police générale du maire (L. 2212-1, L. 2212-2) et police de la circulation et du stationnement (L. 2213-1).',
    articles: CGCT('L2212-1', 'L2212-2', 'L2213-1'),
  },
  {
    id: 'arrete-police',
    kinds: ['arrete-maire'],
    when: 'police',
    label: 'CGCT, L. 2212-1 et L. 2212-2 — police municipale',
    insert: 'le code général des collectivités territoriales, notamment ses articles L. 2212-1 et L. 2212-2 ;',
    documentation: 'Pouvoirs de police générale du maire : bon ordre, sûreté, sécurité et salubrité publiques.',
    articles: CGCT('L2212-1', 'L2212-2'),
  },
  {
    id: 'arrete-delegation-fonctions',
    kinds: ['arrete-maire'],
    label: 'CGCT, L. 2122-18 — délégation de fonctions à un adjoint ou un conseiller',
    insert: 'le code général des collectivités territoriales, notamment son article L. 2122-18 ;',
    documentation: 'Arrêté par lequel le maire délègue une partie de ses fonctions.',
    articles: CGCT('L2122-18'),
  },
  // EPCI et métropoles
  {
    id: 'bureau-mgp',
    kinds: ['deliberation-epci-bureau'],
    when: 'grand-paris',
    label: 'CGCT, L. 5211-10 et L. 5219-1 — bureau de la métropole du Grand Paris',
    insert: 'le code général des collectivités territoriales, notamment ses articles L. 5211-10 et L. 5219-1 ;',
    documentation: 'Le bureau agit par délégation du conseil (L. 5211-10) ; L. 5219-1 crée la métropole du Grand Paris.',
    articles: CGCT('L5211-10', 'L5219-1'),
  },
  {
    id: 'bureau-cgct',
    kinds: ['deliberation-epci-bureau'],
    label: 'CGCT, L. 5211-10 — délégation d’attributions du conseil au bureau',
    insert: 'le code général des collectivités territoriales, notamment son article L. 5211-10 ;',
    documentation: 'Le bureau ne délibère que par délégation de l’organe délibérant, hors des matières que L. 5211-10 exclut.',
    articles: CGCT('L5211-10'),
  },
  {
    id: 'bureau-deliberation',
    kinds: ['deliberation-epci-bureau'],
    label: 'Délibération portant délégation d’attributions du conseil au bureau',
    insert: 'la délibération n° ${1:numéro} du ${2:date} portant délégation d’attributions du conseil au bureau ;',
    documentation: 'La délibération du conseil qui délègue la matière au bureau, citée par son numéro et sa date.',
  },
  {
    id: 'arrete-president',
    kinds: ['arrete-president'],
    label: 'CGCT, L. 5211-9 — pouvoirs du président de l’EPCI',
    insert: 'le code général des collectivités territoriales, notamment son article L. 5211-9 ;',
    documentation: 'Le président est l’organe exécutif de l’établissement ; il peut déléguer par arrêté une partie de ses fonctions.',
    articles: CGCT('L5211-9'),
  },
  {
    id: 'decision-president',
    kinds: ['decision-president'],
    label: 'CGCT, L. 5211-10 — délégation d’attributions du conseil au président',
    insert: 'le code général des collectivités territoriales, notamment son article L. 5211-10 ;',
    documentation: 'Le président décide par délégation de l’organe délibérant (L. 5211-10).',
    articles: CGCT('L5211-10'),
  },
  {
    id: 'decision-president-deliberation',
    kinds: ['decision-president'],
    label: 'Délibération portant délégation d’attributions du conseil au président',
    insert: 'la délibération n° ${1:numéro} du ${2:date} portant délégation d’attributions du conseil au président ;',
    documentation: 'La délibération du conseil qui délègue la matière au président, citée par son numéro et sa date.',
  },
  {
    id: 'epci-conseil',
    kinds: ['deliberation-epci-conseil'],
    label: 'CGCT, L. 5211-1 — fonctionnement de l’organe délibérant de l’EPCI',
    insert: 'le code général des collectivités territoriales, notamment son article L. 5211-1 ;',
    documentation: 'L. 5211-1 rend applicables à l’organe délibérant de l’EPCI les règles de fonctionnement du conseil municipal.',
    articles: CGCT('L5211-1'),
  },
  {
    id: 'epci-statuts',
    kinds: ['deliberation-epci-conseil', 'deliberation-epci-bureau', 'arrete-president', 'decision-president'],
    label: 'Arrêté préfectoral portant statuts de l’établissement',
    insert: 'l’arrêté préfectoral n° ${1:numéro} du ${2:date} portant ${3:statuts de l’établissement} ;',
    documentation: 'Les statuts fixent les compétences de l’établissement : l’acte doit relever de l’une d’elles.',
  },
  // Décisions individuelles défavorables
  {
    id: 'crpa-motivation',
    kinds: ['arrete-maire', 'decision-maire', 'arrete-president', 'decision-president'],
    when: 'individual',
    label: 'CRPA, L. 211-2 et L. 211-5 — motivation des décisions individuelles défavorables',
    insert: 'le code des relations entre le public et l’administration, notamment ses articles L. 211-2 et L. 211-5 ;',
    documentation: 'Pour une décision individuelle défavorable (refus, retrait, sanction, mesure de police) : elle doit être motivée en droit et en fait.',
    articles: [{ code: 'CRPA', num: 'L211-2' }, { code: 'CRPA', num: 'L211-5' }],
  },
];

// ---------------------------------------------------------------------------------------------
// Ranking and plain text (completion, and the agent tools' `suggest_visas`)

/** What decides the conditional suggestions (`when`). */
export interface VisaFacts {
  /** The act concerns police powers. */
  readonly police: boolean;
  /** What the act is about (title, object, considérants, or a subject given by the user). */
  readonly topic: string;
  /** The act comes from the métropole du Grand Paris. */
  readonly grandParis: boolean;
}

/** 0: fits and its condition holds; 1: fits; 2: fits but its condition does not hold; -1: another kind. */
export function suggestionRank(s: VisaSuggestion, kind: ActKind, facts: VisaFacts): number {
  if (!s.kinds.includes(kind)) return -1;
  if (!s.when) return 1;
  const holds =
    s.when === 'police'
      ? facts.police
      : s.when === 'circulation'
        ? /circulation|stationnement/i.test(facts.topic)
        : s.when === 'grand-paris'
          ? facts.grandParis
          : false;
  if (holds) return 0;
  return s.when === 'police' ? 1 : 2;
}

/** The suggestions that fit `kind`, best first. */
export function visaSuggestionsFor(kind: ActKind, facts: VisaFacts): VisaSuggestion[] {
  return VISA_SUGGESTIONS.map((s, order) => ({ s, order, rank: suggestionRank(s, kind, facts) }))
    .filter((x) => x.rank >= 0)
    .sort((a, b) => a.rank - b.rank || a.order - b.order)
    .map((x) => x.s);
}

/**
 * The visa as text ready to paste, "Vu " included. Snippet placeholders become bracketed blanks
 * ("n° [numéro] du [date]"); the L. 2122-22 item is `item` ("4" → "le 4° de son article") or "[N°]".
 */
export function visaPlainText(s: VisaSuggestion, item: number | null = null): string {
  const body = s.insert
    .replace(/\{\{items:[A-Z0-9-]+\}\}/g, item ? `${item}°` : '[N°]')
    .replace(/\$\{\d+\|([^,|}]*)[^}]*\}/g, '[$1]')
    .replace(/\$\{\d+:([^}]*)\}/g, '[$1]')
    .replace(/\$\d+/g, '');
  return `Vu ${body}`;
}

const STOP = new Set(['dans', 'pour', 'avec', 'sans', 'leur', 'leurs', 'elle', 'dont', 'commune', 'communale', 'communales', 'conseil', 'municipal',
  'limites', 'limite', 'fixees', 'fixee', 'conditions', 'nom', 'aux', 'des', 'les', 'une', 'sur', 'par', 'cette', 'decision', 'decider', 'maire', 'relative', 'relatif', 'portant',
  'public', 'publics', 'publique', 'publiques', 'services', 'convention', 'conventions', 'contrat', 'contrats']);
const stems = (s: string) =>
  (fold(s).match(/[a-z]{4,}/g) ?? []).filter((w) => !STOP.has(w)).map((w) => w.replace(/[sx]$/, '').slice(0, 7));

const ITEM_STEMS = L2122_22_ITEMS.map((item) => ({ item, stems: new Set(stems(item.label)) }));
/** In how many matters each word appears: a word shared by few matters says more. */
const STEM_COUNT = new Map<string, number>();
for (const { stems: set } of ITEM_STEMS) for (const w of set) STEM_COUNT.set(w, (STEM_COUNT.get(w) ?? 0) + 1);

function scoredItems(subject: string): { item: DelegableItem; score: number }[] {
  const wanted = new Set(stems(subject));
  if (wanted.size === 0) return [];
  return ITEM_STEMS.map(({ item, stems: set }) => ({ item, score: [...wanted].reduce((sum, w) => sum + (set.has(w) ? 1 / STEM_COUNT.get(w)! : 0), 0) }))
    .filter((x) => x.score > 0)
    .sort((a, b) => b.score - a.score || a.item.n - b.item.n);
}

/** Matters of L. 2122-22 whose label shares words with `subject` ("marché de travaux" → 4°), best first. */
export function delegationItemsFor(subject: string, max = 3): DelegableItem[] {
  return scoredItems(subject).slice(0, max).map((x) => x.item);
}

/** The one matter `subject` points to, when one scores above all others; else null. */
export function bestDelegationItem(subject: string): DelegableItem | null {
  const [first, second] = scoredItems(subject);
  return first && (!second || first.score > second.score) ? first.item : null;
}
