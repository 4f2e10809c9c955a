// Visas suggested first, per kind of act, when the user starts a visa ("Vu "). This is data:
// adding a suggestion is adding an entry. `insert` is the text after "Vu " in LSP snippet syntax;
// `{{items:L2122-22}}` becomes a choice of that CGCT article's numbered items (1°, 2°…).
import type { ActKind } from '../model';

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
