// The pure part of the view « Registre des actes »: the acts the server lists (request `actes/registre`)
// grouped by kind, then by year, in date order. No `vscode` here, so it is tested with node alone.

export interface RegisterAct {
  readonly uri: string;
  readonly path: string;
  readonly number: string | null;
  readonly kind: string;
  /** « Délibération du conseil municipal », as the server names the kind. */
  readonly kindLabel?: string;
  readonly date: string | null;
  readonly object: string | null;
  readonly status: string;
}

export interface YearGroup {
  readonly year: string;
  readonly acts: readonly RegisterAct[];
}

export interface KindGroup {
  readonly label: string;
  readonly years: readonly YearGroup[];
  readonly count: number;
}

/** Kinds in alphabetical order; years most recent first; acts in date order within a year. */
export function groupRegister(acts: readonly RegisterAct[]): KindGroup[] {
  const byKind = new Map<string, Map<string, RegisterAct[]>>();
  for (const act of acts) {
    const label = act.kindLabel ?? act.kind;
    const year = act.date?.slice(0, 4) ?? 'Sans date';
    const years = byKind.get(label) ?? new Map<string, RegisterAct[]>();
    byKind.set(label, years);
    const list = years.get(year) ?? [];
    years.set(year, list);
    list.push(act);
  }
  return [...byKind.entries()]
    .sort(([a], [b]) => a.localeCompare(b, 'fr'))
    .map(([label, years]) => ({
      label,
      count: [...years.values()].reduce((n, l) => n + l.length, 0),
      years: [...years.entries()]
        .sort(([a], [b]) => (a === 'Sans date' ? 1 : b === 'Sans date' ? -1 : b.localeCompare(a)))
        .map(([year, list]) => ({ year, acts: [...list].sort((x, y) => (x.date ?? '').localeCompare(y.date ?? '') || (x.number ?? '').localeCompare(y.number ?? '', 'fr', { numeric: true })) })),
    }));
}

/** The line of an act in the view: « DCM-2020-117 — Délégations du conseil municipal au maire ». */
export function actLabel(act: RegisterAct): string {
  return [act.number ?? 'Sans numéro', act.object].filter(Boolean).join(' — ');
}
