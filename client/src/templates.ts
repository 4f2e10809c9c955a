// The kinds offered by "Actes : nouvel acte…", each with the prefix of its skeleton in
// snippets/acte.code-snippets. No VS Code API here (tests import it).

export interface Template {
  readonly label: string;
  readonly description?: string;
  /** Prefix of the skeleton in snippets/acte.code-snippets. */
  readonly prefix: string;
}

export const TEMPLATES: readonly Template[] = [
  { label: 'Arrêté du maire', prefix: 'arrete-maire' },
  { label: 'Décision du maire par délégation', description: 'CGCT, art. L. 2122-22', prefix: 'decision-maire' },
  { label: 'Délibération du conseil municipal', prefix: 'deliberation-cm' },
  { label: 'Délibération du bureau d’un EPCI', prefix: 'deliberation-bureau-epci' },
  { label: 'Délibération du conseil communautaire', prefix: 'deliberation-conseil-epci' },
  { label: 'Arrêté du président', description: 'EPCI, métropole', prefix: 'arrete-president' },
];
