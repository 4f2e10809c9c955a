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
  /** Légifrance link to the article (or to the code when no article id is known). */
  readonly url: string;
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
});
