// Looking up one code article as a person names it: the code by abbreviation or title
// ("CGCT", "code général des collectivités territoriales", "C. route"), the article as written
// ("L. 2122-22", "L2122-22", "l 2122-22", "article L. 2122-22"). Pure: the catalogue is passed in.
// Used by the agent tools (MCP server and VS Code language-model tools).
import type { ArticleInfo, Catalogue, CodeInfo } from '../catalogue';
import { displayArticle, normaliseArticle } from '../references';
import { REPEALED_CODES, catalogueCode, prettyHeading } from './legal-context';
import { frenchDate } from '../text';

const LEGIFRANCE = 'https://www.legifrance.gouv.fr';

export type ArticleLookup =
  | {
      readonly status: 'found';
      readonly code: CodeInfo;
      readonly article: ArticleInfo;
      /** Readable section path, most general first ("Deuxième partie : La commune", …). */
      readonly headings: readonly string[];
      /** ISO date of the copy held ("2023-12-06"), null when unknown. */
      readonly stateDate: string | null;
      /** The copy held is the official LEGI text (CGCT, CRPA, code rural), not an indicative copy. */
      readonly official: boolean;
      /** French sentence saying what the copy is worth. */
      readonly notice: string;
    }
  | { readonly status: 'unknown-code'; readonly query: string }
  | { readonly status: 'articles-not-held'; readonly code: CodeInfo; readonly article: string; readonly codeUrl: string | null; readonly notice: string | null }
  | { readonly status: 'unknown-article'; readonly code: CodeInfo; readonly article: string; readonly stateDate: string | null; readonly near: readonly ArticleInfo[] }
  | { readonly status: 'bad-article'; readonly query: string };

/** The code named by an abbreviation or a title, whatever its case, accents or apostrophes. */
export function findCode(catalogue: Catalogue, query: string): CodeInfo | null {
  const q = query.trim().replace(/[’‘]/g, "'").replace(/\s+/g, ' ');
  if (!q) return null;
  return catalogue.code(q) ?? catalogueCode(catalogue, q.toUpperCase()) ?? catalogue.code(q.replace(/^(?:le|du|au)\s+/i, ''));
}

/** "l 2122-22", "article L. 2122-22", "R.* 4433-24" → "L2122-22"; null when it is not an article number. */
export function articleNumber(query: string): string | null {
  const raw = query.trim().replace(/^(?:l['’]\s*)?(?:article|art\.?)\s+/i, '').replace(/\s+/g, ' ');
  const num = normaliseArticle(raw);
  return /^(?:LO|L|R\*?|D|A)?\d[\dA-Z-]*(?:BIS|TER|QUATER|[A-Z])?$/.test(num) ? num : null;
}

export function codeUrl(code: CodeInfo): string | null {
  return code.legitext ? `${LEGIFRANCE}/codes/id/${code.legitext}` : null;
}

/** French notice on the worth of the offline copy of `code` (and of this article, when later laws changed it). */
export function copyNotice(code: CodeInfo, article?: ArticleInfo): string {
  const date = code.textDate ? `état au ${frenchDate(code.textDate)}` : 'date de la copie inconnue';
  const later = (article?.amendments ?? []).map((a) => ` Texte antérieur à la ${a.law} (${a.object}) : vérifiez la rédaction en vigueur.`).join('');
  if (code.status === 'officiel') return `Texte officiel (Légifrance), ${date} ; les modifications postérieures à cette date n’y figurent pas : seul le texte publié sur Légifrance fait foi.${later}`;
  return `Copie indicative, non officielle (${date}) — vérifiez sur Légifrance.${later}`;
}

export function lookupArticle(catalogue: Catalogue, codeQuery: string, articleQuery: string): ArticleLookup {
  const code = findCode(catalogue, codeQuery);
  if (!code) return { status: 'unknown-code', query: codeQuery };
  const num = articleNumber(articleQuery);
  if (!num) return { status: 'bad-article', query: articleQuery };
  if (!code.hasArticles) {
    return { status: 'articles-not-held', code, article: displayArticle(num), codeUrl: codeUrl(code), notice: REPEALED_CODES[code.key]?.note ?? null };
  }
  const article = catalogue.article(code.key, num);
  if (!article) {
    // Neighbours: same number without its last part ("L2122-99" → "L2122-").
    const stem = num.replace(/[^-]*$/, '');
    const near = stem && stem !== num ? catalogue.articlesWithPrefix(code.key, stem, 5) : [];
    return { status: 'unknown-article', code, article: displayArticle(num), stateDate: code.textDate, near };
  }
  return {
    status: 'found',
    code,
    article,
    headings: article.path.map(prettyHeading),
    stateDate: code.textDate,
    official: code.status === 'officiel',
    notice: copyNotice(code, article),
  };
}
