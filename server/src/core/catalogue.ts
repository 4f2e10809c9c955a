// The offline legal catalogue as the core sees it. The data is compiled at build
// time (scripts/build-catalogue.mjs → dist/catalogue.json) and turned into this
// interface by `createCatalogue`; the core never reads files.

export interface CodeInfo {
  /** Key used in the model: usual abbreviation ("CGCT", "CRPA", "CJA") or a slug when none. */
  readonly key: string;
  /** Official title, lower-case first letter: "code général des collectivités territoriales". */
  readonly name: string;
  readonly abbreviations: readonly string[];
  readonly legitext: string | null;
  /** True when the catalogue holds the articles of this code. */
  readonly hasArticles: boolean;
  /** ISO date of the text held, when hasArticles ("2023-12-06" for the CGCT). */
  readonly textDate: string | null;
  /** True for repealed codes ("code des communes"). */
  readonly repealed: boolean;
  /**
   * officiel: the LEGI text (CGCT, CRPA, code rural); indicatif: a copy that may lag or have lost tables
   * (to be checked on Légifrance); null or absent when no article is held.
   */
  readonly status?: 'officiel' | 'indicatif' | null;
}

const LEGIFRANCE = 'https://www.legifrance.gouv.fr';

/** Légifrance search for an article number in the codes ("L2123-35"), for articles without a known id. */
export function legifranceArticleSearch(num: string): string {
  return `${LEGIFRANCE}/search/code?tab_selection=code&searchField=NUM_ARTICLE&query=${encodeURIComponent(num)}&page=1&init=true`;
}

/** A change to an article after the state date of the text held (the text shown predates it). */
export interface ArticleAmendment {
  /** "loi n° 2024-247 du 21 mars 2024" */
  readonly law: string;
  readonly date: string;
  /** What it changed, in a few words. */
  readonly object: string;
}

/** A commune or an EPCI à fiscalité propre of the register. */
export interface CollectiviteInfo {
  readonly kind: 'commune' | 'epci';
  readonly name: string;
  readonly siren: string;
  /** INSEE code of a commune; null for an EPCI. */
  readonly insee: string | null;
  /** Département code ("73"); for an EPCI, that of most of its member communes. */
  readonly departement: string | null;
  /** Legal population: population totale (CGCT, art. R. 2151-2) when known, else municipale (see populationKind). */
  readonly population: number | null;
  readonly populationKind: 'totale' | 'municipale' | null;
  /** EPCI type: CC, CA, CU, METRO, MET69; null for a commune. */
  readonly epciType: string | null;
}

export interface RegisterInfo {
  /** "COG 2026 ; EPCI au 1er janvier 2026" */
  readonly millesime: string;
  /** Which population figure is given, and its source. */
  readonly population: string;
}

export interface ArticleInfo {
  readonly code: string;
  /** "L2122-22" */
  readonly num: string;
  /** "L. 2122-22" */
  readonly display: string;
  /** Section path from the root, most general first. */
  readonly path: readonly string[];
  readonly text: string;
  readonly legiarti: string | null;
  /** Légifrance link to the article, or a Légifrance search for its number when no article id is known. */
  readonly url: string;
  /** Known changes after the text's state date: the text shown is older than them. */
  readonly amendments?: readonly ArticleAmendment[];
}

export interface TextInfo {
  readonly nature: 'loi' | 'loi-organique' | 'decret' | 'ordonnance' | 'constitution' | 'reglement-ue';
  readonly number: string | null;
  readonly date: string | null;
  /** Title after number and date: "de modernisation de l'action publique territoriale…". */
  readonly title: string;
  /** Full citation: "loi n° 2014-58 du 27 janvier 2014 de modernisation…". */
  readonly citation: string;
  readonly usualNames: readonly string[];
  readonly jorftext: string | null;
  readonly url: string | null;
}

export interface DepartementInfo {
  readonly code: string;
  readonly code3: string | null;
  readonly name: string;
  /** Seat of the competent tribunal administratif ("Grenoble"), null when unknown. */
  readonly tribunal: string | null;
}

export interface TribunalInfo {
  readonly seat: string;
  readonly departements: readonly string[];
  /** Ressort as written in CJA R. 221-3. */
  readonly ressort: string;
}

export interface Catalogue {
  readonly codes: readonly CodeInfo[];
  /** Code by abbreviation or name, matched case- and accent-insensitively ("CGCT", "code général des collectivités territoriales"). */
  code(nameOrAbbreviation: string): CodeInfo | null;
  article(codeKey: string, num: string): ArticleInfo | null;
  /** Articles whose number starts with `prefix` ("L2122-2"), in code order. */
  articlesWithPrefix(codeKey: string, prefix: string, limit: number): readonly ArticleInfo[];
  text(nature: TextInfo['nature'], number: string): TextInfo | null;
  textsWithPrefix(nature: TextInfo['nature'] | null, prefix: string, limit: number): readonly TextInfo[];
  textByUsualName(name: string): TextInfo | null;
  readonly texts: readonly TextInfo[];
  /** By code ("73", "073", "2A") or name ("Savoie", "la Savoie"). */
  departement(codeOrName: string): DepartementInfo | null;
  tribunal(seat: string): TribunalInfo | null;
  readonly natures: readonly { readonly code: number; readonly abrege: string; readonly libelle: string }[];
  readonly matieres: readonly { readonly code: string; readonly libelle: string }[];
  /** Dates of the data held: [what, ISO date or period] ("code de la route (copie indicative)", "2026-03-31"). */
  readonly dataDates?: readonly (readonly [string, string])[];
  /** The register of communes and EPCI (read on first use), when held. */
  readonly register?: RegisterInfo | null;
  /** Commune or EPCI by SIREN. */
  collectiviteBySiren?(siren: string): CollectiviteInfo | null;
  /** Commune by INSEE code ("73065"). */
  communeByInsee?(insee: string): CollectiviteInfo | null;
  /** Communes and EPCI with this name (case, accents, hyphens ignored), in the département when one is given. */
  collectivitesNamed?(name: string, departement?: string | null): readonly CollectiviteInfo[];
}

/** A catalogue that knows nothing: rules that need the law stay silent with it. */
export const EMPTY_CATALOGUE: Catalogue = Object.freeze({
  codes: [],
  code: () => null,
  article: () => null,
  articlesWithPrefix: () => [],
  text: () => null,
  textsWithPrefix: () => [],
  textByUsualName: () => null,
  texts: [],
  departement: () => null,
  tribunal: () => null,
  natures: [],
  matieres: [],
  dataDates: [],
  register: null,
  collectiviteBySiren: () => null,
  communeByInsee: () => null,
  collectivitesNamed: () => [],
});
