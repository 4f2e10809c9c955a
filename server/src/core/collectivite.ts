// The collectivité that issues the act, as far as the register of communes and EPCI knows it:
// from the profile (SIREN, then name and département), the header (« Mairie de Chambéry » and
// « Département de la Savoie »), an INSEE code written near the top, or the SIREN of the @ctes
// identifier. Rules read its legal population for their thresholds and say where the figure comes from.
import type { Act, MentionKind } from './model';
import type { Catalogue, CollectiviteInfo } from './catalogue';
import type { Profile } from './profile';
import { fold } from './text';

export interface ResolvedCollectivite {
  /** The register's entry, or null when none could be told apart. */
  readonly info: CollectiviteInfo | null;
  /** How it was found. */
  readonly from: 'profil' | 'en-tete' | 'insee' | 'identifiant' | 'nom-tribunal' | null;
  /** The collectivité named by the act or the profile (not read from the identifier), for PUB-009. */
  readonly named: CollectiviteInfo | null;
  /** Legal population for thresholds: the profile's, else the one the act states, else the register's; null when unknown. */
  readonly population: number | null;
  readonly populationFrom: 'profil' | 'acte' | 'registre' | null;
  /** French words saying where a register figure comes from: "population totale de Chambéry, registre des communes (COG 2026…)". */
  readonly populationNote: string | null;
}

const NONE: ResolvedCollectivite = Object.freeze({ info: null, from: null, named: null, population: null, populationFrom: null, populationNote: null });

const cache = new WeakMap<Act, WeakMap<Catalogue, ResolvedCollectivite>>();

/** The value of the first mention of a kind (an INSEE code, a commune's name: syntax/identity.ts). */
const mention = (act: Act, kind: MentionKind): string | null => act.mentions.find((m) => m.kind === kind)?.value ?? null;

/** The commune the header (« Ville d'Ajaccio ») or the authority (« Le Maire de la Ville de CHELLES, ») names, or null. */
export function communeName(act: Act): string | null {
  // (« Commune du Diamant » is Le Diamant, « Ville des Sables-d'Olonne » Les Sables-d'Olonne.)
  return act.header.collectivite?.type === 'commune' ? act.header.collectivite.name.replace(/^(?:commune|ville|mairie)\s+(?:(du)\s+|(des)\s+|de\s+|d['’]\s*)/i, (_m, du?: string, des?: string) => (du ? 'Le ' : des ? 'Les ' : ''))
    : /^(?:le|la)\s+maire\s+(?:de\s+la\s+(?:ville|commune)\s+(?:de\s+|d['’]\s*)|de\s+(?:la\s+ville\s+)?|d['’]\s*)([^,;:]{2,60}?)\s*(?:,\s*)?$/i.exec(act.authority?.text.trim() ?? '')?.[1]
      // A flattened text (OCR) where the authority was not cut out: « Le Maire de la Ville de CHELLES, Vu … ».
      ?? mention(act, 'maire-of');
}

/** The collectivité of the act (cached per act and catalogue; the profile is fixed for an analysis). It reads the model only. */
export function resolveCollectivite(act: Act, profile: Profile, catalogue: Catalogue): ResolvedCollectivite {
  let byCatalogue = cache.get(act);
  if (!byCatalogue) cache.set(act, (byCatalogue = new WeakMap()));
  let hit = byCatalogue.get(catalogue);
  if (!hit) {
    try {
      hit = resolve(act, profile, catalogue);
    } catch {
      hit = NONE; // a broken register must not take the rules down
    }
    byCatalogue.set(catalogue, hit);
  }
  return hit;
}

/** Only one candidate, or one commune among EPCI homonyms; else nothing. */
function single(list: readonly CollectiviteInfo[], kind: 'commune' | 'epci' | null): CollectiviteInfo | null {
  const fit = kind ? list.filter((c) => c.kind === kind) : list;
  return fit.length === 1 ? fit[0] : null;
}

/** The population the act states in its header (« Commune de X — 640 habitants »), with what was found besides; null. */
function statedPopulation(act: Act, found: Pick<ResolvedCollectivite, 'info' | 'from' | 'named'>): ResolvedCollectivite | null {
  const stated = Number(mention(act, 'population-stated') ?? NaN);
  return Number.isFinite(stated) && stated > 0 ? { ...found, population: stated, populationFrom: 'acte', populationNote: 'population indiquée en tête de l’acte' } : null;
}

function resolve(act: Act, profile: Profile, catalogue: Catalogue): ResolvedCollectivite {
  if (!catalogue.collectiviteBySiren || !catalogue.collectivitesNamed) {
    if (profile.population !== null) return { ...NONE, population: profile.population, populationFrom: 'profil' };
    return statedPopulation(act, NONE) ?? NONE;
  }
  const identifierSiren = /^(?:\d{3}|02[AB])-(\d{9})-/i.exec(act.transmission?.identifier?.trim() ?? '')?.[1] ?? null;
  const profileKind = profile.kind === 'commune' ? 'commune' : profile.kind === 'epci' || profile.kind === 'metropole' ? 'epci' : null;
  const headerKind = act.header.collectivite?.type === 'commune' ? 'commune' : null;
  const dep = profile.departement ?? act.header.departement?.name ?? (identifierSiren ? act.transmission!.identifier!.trim().slice(0, 3).replace(/^0(?=\d\d$|2[AB])/i, '') : null);

  let named: CollectiviteInfo | null = null;
  let from: ResolvedCollectivite['from'] = null;
  if (profile.siren) {
    named = catalogue.collectiviteBySiren(profile.siren);
    if (named) from = 'profil';
  }
  if (!named && profile.name && dep) {
    named = single(catalogue.collectivitesNamed(profile.name, dep), profileKind);
    if (named) from = 'profil';
  }
  if (!named && act.header.collectivite?.name && dep && act.header.collectivite.type === 'commune') {
    named = single(catalogue.collectivitesNamed(act.header.collectivite.name, dep), headerKind);
    if (named) from = 'en-tete';
  }
  // An EPCI's or a syndicat's own name (« NANTES MÉTROPOLE », « Clermont Auvergne Métropole ») is told apart by itself:
  // the one such body of that name in the register, département or not.
  if (!named && act.header.collectivite?.name && act.header.collectivite.type !== 'commune') {
    const fit = catalogue.collectivitesNamed(act.header.collectivite.name).filter((c) => c.kind !== 'commune');
    if (fit.length === 1 && (!dep || !fit[0].departement || catalogue.departement(dep)?.code === fit[0].departement)) {
      named = fit[0];
      from = 'en-tete';
    }
  }
  if (!named && catalogue.communeByInsee) {
    const insee = mention(act, 'insee-code');
    if (insee) {
      named = catalogue.communeByInsee(insee);
      if (named) from = 'insee';
    }
  }
  if (!named && !dep && catalogue.tribunal) {
    // No département written: the commune named by the header or the authority (« Le Maire de la Ville de CHELLES, »),
    // told apart from its homonyms by the ressort of the tribunal administratif the act names.
    const name = communeName(act);
    const ressort = act.recours?.tribunal ? catalogue.tribunal(act.recours.tribunal)?.departements ?? null : null;
    if (name && ressort) {
      const fit = catalogue.collectivitesNamed(name).filter((c) => c.kind === 'commune' && ressort.includes(c.departement ?? ''));
      if (fit.length === 1) {
        named = fit[0];
        from = 'nom-tribunal';
      }
    }
  }
  let info = named;
  if (!info && identifierSiren) {
    info = catalogue.collectiviteBySiren(identifierSiren);
    if (info) from = 'identifiant';
  }
  if (profile.population !== null) return { info, from, named, population: profile.population, populationFrom: 'profil', populationNote: null };
  const stated = statedPopulation(act, { info, from, named });
  if (stated) return stated;
  if (!info || info.population === null) return { info, from, named, population: null, populationFrom: null, populationNote: null };
  const figure = info.populationKind === 'totale' ? 'population totale' : 'population municipale';
  const how = from === 'identifiant' ? 'SIREN de l’identifiant de télétransmission' : from === 'en-tete' ? 'nom et le département de l’en-tête' : from === 'insee' ? 'code INSEE de l’acte'
    : from === 'nom-tribunal' ? 'nom de la commune et le ressort du tribunal administratif nommé dans l’acte' : 'profil';
  const year = /\d{4}/.exec(catalogue.register?.millesime ?? '')?.[0];
  return {
    info,
    from,
    named,
    population: info.population,
    populationFrom: 'registre',
    populationNote: `${figure} ${ofPlace(info.name)} au registre des collectivités${year ? ` de ${year}` : ''}, retrouvée par le ${how} ; indiquez « population » dans le profil pour la fixer`,
  };
}

/**
 * Overseas, a tribunal administratif is named after its territory, not its seat: « tribunal administratif de la
 * Martinique » sits at Schœlcher (CJA, art. R. 221-3 names the tribunaux of overseas by their territory). Seat → the name after « de ».
 */
const TERRITORY_TRIBUNALS: Readonly<Record<string, string>> = {
  'Basse-Terre': 'la Guadeloupe', Cayenne: 'la Guyane', Schœlcher: 'la Martinique', 'Saint-Denis': 'La Réunion',
  Mamoudzou: 'Mayotte', Nouméa: 'la Nouvelle-Calédonie', Papeete: 'la Polynésie française', 'Mata-Utu': 'Wallis-et-Futuna',
  'Saint-Barthélemy': 'Saint-Barthélemy', 'Saint-Martin': 'Saint-Martin', 'Saint-Pierre': 'Saint-Pierre-et-Miquelon',
};

/** What follows « tribunal administratif » for the tribunal of `seat`: « de Grenoble », « de la Martinique ». */
export function tribunalOf(seat: string): string {
  const territory = TERRITORY_TRIBUNALS[seat];
  return territory ? `de ${territory}` : ofPlace(seat);
}

/** A tribunal as written (« Guadeloupe », « Fort-de-France »), named as `tribunalOf` names it when it is a territory. */
export function writtenTribunalOf(written: string): string {
  const w = fold(written).replace(/^(?:la|l')\s*/, '');
  for (const territory of Object.values(TERRITORY_TRIBUNALS)) {
    if (fold(territory).replace(/^la\s+/, '') === w) return `de ${territory}`;
  }
  return ofPlace(written);
}

/** « de Vertou », « d’Annecy », « du Mans », « des Sables-d’Olonne »: a place name after « de », as French contracts it. */
export function ofPlace(name: string): string {
  if (/^Le\s/.test(name)) return `du ${name.slice(3)}`;
  if (/^Les\s/.test(name)) return `des ${name.slice(4)}`;
  // (Before a vowel only: an « h » may be aspirated, « de Hazebrouck ».)
  if (/^[AEIOUYÀÂÉÈÊÎÔ]/i.test(name)) return `d’${name}`;
  return `de ${name}`;
}
