// Hover on legal references: a code article (its text, section path, version, Légifrance link),
// "alinéa N" of an article (which paragraph or item it is, and the ambiguity, VIS-006), a loi /
// ordonnance / décret (full title, usual name, date, JORF link, number–date mismatch), a code or an
// abbreviation (what it stands for), and "tribunal administratif de X" (its ressort).
// Works from the model's reference spans and the catalogue; only the hovered line is read.
import type { Position, Range, Reference } from '../model';
import type { Analysis } from '../service';
import { legifranceArticleSearch, type ArticleInfo, type Catalogue, type CodeInfo, type TextInfo } from '../catalogue';
import { displayArticle } from '../references';
import { frenchDate, ordinalWord } from '../text';
import { ofPlace, tribunalOf } from '../collectivite';
import {
  ABBREVIATIONS, REPEALED_CODES, amendmentWarning, articleTextMarkdown, breadcrumb, capitalise, catalogueCode, compactTitle, escapeMarkdown, sourceLine,
  excerpt, firstRefFrom, NATURE_LABEL, natureSubject, numberYear, readAlinea, resolveArticleCode, textByDate, textOfRef, versionLine,
  visaDeterminer, writtenTitle,
} from './legal-context';

export interface HoverResult {
  /** Markdown, in French. */
  readonly markdown: string;
  readonly range: { readonly start: Position; readonly end: Position };
}

/**
 * The hover as plain text, for clients whose `hover.contentFormat` lacks Markdown: emphasis
 * dropped, links written « label : address », escapes removed. Only the Markdown this file writes
 * is handled (emphasis, links, list items, backslash escapes).
 */
export function plainText(markdown: string): string {
  return markdown
    .split('\n')
    .map((line) => line
      .replace(/\[((?:\\.|[^\]\\])*)\]\(([^)\s]+)\)/g, (_, label: string, url: string) => `${label} : ${url}`)
      .replace(/(?<!\\)\*\*/g, '')
      .replace(/\\([\\`*_[\]<>|#.+-])/g, '$1'))
    .join('\n');
}

const LEGIFRANCE = 'https://www.legifrance.gouv.fr';
/** Longer than any reference the recogniser makes (a text's title is cut at about 320 characters). */
const MAX_REF_LENGTH = 2000;
const TYPE_RANK: Record<Reference['type'], number> = { 'code-article': 0, text: 1, code: 2, deliberation: 3, arrete: 3, other: 4 };

export function hover(analysis: Analysis, position: Position, catalogue: Catalogue): HoverResult | null {
  try {
    return hoverUnsafe(analysis, position, catalogue);
  } catch {
    return null; // a hover must never take the server down
  }
}

function hoverUnsafe(analysis: Analysis, position: Position, catalogue: Catalogue): HoverResult | null {
  const { act, text, index } = analysis;
  if (position.line < 0 || position.line >= index.lineCount) return null;
  const offset = index.offsetAt(position);

  // The most specific reference under the cursor (references are sorted by start).
  let best: Reference | null = null;
  const refs = act.references;
  // References are sorted by start and span at most a few hundred characters.
  for (let i = firstRefFrom(refs, offset - MAX_REF_LENGTH); i < refs.length; i++) {
    const r = refs[i];
    if (r.start > offset) break;
    if (offset >= r.end) continue;
    if (!best || TYPE_RANK[r.type] < TYPE_RANK[best.type] || (TYPE_RANK[r.type] === TYPE_RANK[best.type] && r.end - r.start < best.end - best.start)) best = r;
  }
  if (best?.type === 'code-article' && best.article) {
    if (best.alineaSpan && offset >= best.alineaSpan.start && offset < best.alineaSpan.end) {
      return { markdown: alineaHover(analysis, best, catalogue), range: best.alineaSpan.range };
    }
    const end = best.alineaSpan ? best.start + best.label.length : best.end;
    return { markdown: articleHover(analysis, best, catalogue), range: index.range(best.start, end) };
  }
  if (best?.type === 'text') {
    // The usual name in brackets after a citation is outside its span; the citation itself is here.
    return { markdown: textHover(analysis, best, catalogue), range: best.range };
  }
  if (best?.type === 'code') {
    const code = catalogueCode(catalogue, best.code);
    if (code) return { markdown: codeHover(code, best.text, catalogue, act.date), range: best.range };
  }

  // The tribunal of the recours mention.
  const tribunal = tribunalAt(analysis, offset);
  if (tribunal) {
    const md = tribunalHover(analysis, tribunal.name, catalogue);
    if (md) return { markdown: md, range: tribunal.range };
  }

  // A word of the line: an abbreviation or a law's usual name.
  const word = wordAt(text, index.lineStarts[position.line], index.lineEnd(position.line), offset);
  if (word) {
    const md = abbreviationHover(word.text, catalogue, act.date);
    if (md) return { markdown: md, range: index.range(word.start, word.end) };
  }
  return null;
}

// ---------------------------------------------------------------------------------------------

function articleHover({ act, text }: Analysis, ref: Reference, catalogue: Catalogue): string {
  const num = ref.article!;
  const shown = displayArticle(num);
  const { code, how } = resolveArticleCode(act, ref, catalogue);
  const out: string[] = [];
  if (!code) {
    out.push(`**Article ${shown}**`, '', 'Code non reconnu : le catalogue hors ligne ne peut pas afficher cet article.');
    return out.join('\n');
  }
  const codeTitle = capitalise(code.name);
  const assumed =
    how === 'default'
      ? '*Aucun code n’est cité avec cet article : le code général des collectivités territoriales est supposé.*'
      : how === 'context'
        ? `*Code déduit du visa ou de la phrase : ${escapeMarkdown(code.name)}.*`
        : null;
  const article = code.hasArticles ? catalogue.article(code.key, num) : null;
  if (!article) {
    out.push(`**Article ${shown}** · ${escapeMarkdown(codeTitle)}`, '');
    if (assumed) out.push(assumed, '');
    if (code.hasArticles) {
      out.push(`⚠️ L’article ${shown} n’existe pas dans le ${escapeMarkdown(code.name)} (${versionLine(code).toLowerCase()}).`);
    } else {
      out.push('Texte non disponible hors ligne : le catalogue ne contient pas les articles de ce code.');
    }
    const repealed = REPEALED_CODES[code.key];
    if (repealed) out.push('', `⚠️ ${repealed.note}`);
    out.push('', `[Rechercher l’article ${shown} sur Légifrance](${legifranceArticleSearch(num)})${code.legitext ? ` · [Le code sur Légifrance](${LEGIFRANCE}/codes/id/${code.legitext})` : ''}`);
    return out.join('\n');
  }
  out.push(`**${escapeMarkdown(codeTitle)}** — **Article ${article.display}**`, '');
  if (article.path.length) out.push(`*${breadcrumb(article.path)}*`, '');
  if (code.status === 'indicatif') out.push(`*${sourceLine(code)}.*`, '');
  const stale = amendmentWarning(code, article);
  if (stale) out.push(stale, '');
  if (assumed) out.push(assumed, '');
  // The marked item is read from the text: not when the wording is a copy or predates a change.
  const marked = ref.item && !stale && code.status !== 'indicatif' ? readItem(article, ref.item) : null;
  if (ref.item && !stale && code.status !== 'indicatif') out.push(marked ? `Élément visé : **${ref.item}°**` : `⚠️ L’article n’a pas de ${ref.item}°.`, '');
  out.push('---', '', articleTextMarkdown(article, marked), '', '---', '');
  out.push(articleFooter(code, article));
  return out.join('\n');
}

/** "Texte officiel (Légifrance), version du 27 mars 2026 · [L’article sur Légifrance](…)". */
function articleFooter(code: CodeInfo, article: ArticleInfo): string {
  return `${sourceLine(code)} · [${article.legiarti ? 'L’article sur Légifrance' : 'Rechercher l’article sur Légifrance'}](${article.url})`;
}

function readItem(article: Parameters<typeof readAlinea>[0], item: string) {
  const reading = readAlinea(article, Number(item));
  return reading.confusable ?? (reading.alinea?.item === item ? reading.alinea : null);
}

function alineaHover({ act, text }: Analysis, ref: Reference, catalogue: Catalogue): string {
  const n = Number(ref.alinea);
  const shown = displayArticle(ref.article!);
  const { code } = resolveArticleCode(act, ref, catalogue);
  const article = code?.hasArticles ? catalogue.article(code.key, ref.article!) : null;
  const out: string[] = [`**Alinéa ${n} de l’article ${shown}**${code ? ` · ${escapeMarkdown(capitalise(code.name))}` : ''}`, ''];
  if (!article || !code) {
    out.push('Le texte de cet article n’est pas dans le catalogue hors ligne : impossible de dire quel alinéa est visé.');
    out.push('', 'Au sens du Guide de légistique, chaque paragraphe et chaque élément d’une énumération est un alinéa ; préférez la référence à l’élément numéroté (« le 3° de l’article … »).');
    return out.join('\n');
  }
  const stale = amendmentWarning(code, article);
  if (stale || code.status === 'indicatif') {
    // No reading of alinéas on a copy or an outdated wording.
    out.push(stale ?? `*${sourceLine(code)}.*`, '', 'Le décompte des alinéas n’est pas fait sur ce texte : vérifiez-le sur Légifrance.', '', articleFooter(code, article));
    return out.join('\n');
  }
  const reading = readAlinea(article, n);
  if (!reading.alinea) {
    out.push(`⚠️ L’article ${shown} ne compte que ${reading.count} alinéa${reading.count > 1 ? 's' : ''} (${versionLine(code).toLowerCase()}).`);
    return out.join('\n');
  }
  const a = reading.alinea;
  const what = a.item ? `le **${a.item}°**` : a.index === 1 ? 'la **phrase d’introduction**' : `le ${ordinalWord(a.index)} paragraphe`;
  out.push(
    `Au sens du Guide de légistique (chaque paragraphe et chaque élément d’une énumération compte pour un alinéa ; l’alinéa 1 est la phrase d’introduction), l’alinéa ${n} est ${what} :`,
    '',
    `> ${escapeMarkdown(a.text)}`,
  );
  if (reading.confusable) {
    const c = reading.confusable;
    out.push(
      '',
      `⚠️ **Référence ambiguë (VIS-006)** : un lecteur qui compte les éléments numérotés y lira le **${c.item}°** :`,
      '',
      `> ${escapeMarkdown(c.text)}`,
      '',
      `Écrivez « le ${a.item ?? c.item}° de l’article ${shown} »${a.item ? ` (ou « le ${c.item}° » si c’est cet élément qui est visé)` : ''}.`,
    );
  }
  out.push('', articleFooter(code, article));
  return out.join('\n');
}

// ---------------------------------------------------------------------------------------------

function textHover({ text }: Analysis, ref: Reference, catalogue: Catalogue): string {
  const out: string[] = [];
  let t: TextInfo | null = textOfRef(catalogue, ref);
  const subject = natureSubject(ref.nature);
  const warnings: string[] = [];
  if (!t && ref.date) {
    const same = textByDate(catalogue, ref.nature, ref.date);
    if (same && ref.number && same.number && same.number !== ref.number) {
      warnings.push(`⚠️ **Numéro et date ne correspondent pas** : ${subject.toLowerCase()} du ${frenchDate(ref.date)} est ${visaDeterminer(same)}${escapeMarkdown(same.citation)} ; aucun texte n° ${ref.number} n’est connu du catalogue.`);
      t = same;
    } else if (same && !ref.number) {
      warnings.push(same.number ? `Citée sans numéro : il s’agit sans doute de ${visaDeterminer(same)}${escapeMarkdown(same.citation)}.` : '');
      t = same;
    }
  }
  if (t) {
    out.push(`**${escapeMarkdown(capitalise(t.citation))}**`, '');
    if (t.title && t.number) out.push(`Intitulé : ${escapeMarkdown(`${NATURE_LABEL[t.nature]} ${t.title}`)}  `);
    if (t.usualNames.length) out.push(`Nom d’usage : ${t.usualNames.map(escapeMarkdown).join(', ')}  `);
    if (t.date) out.push(`Date : ${frenchDate(t.date)}  `);
    if (ref.number && t.number === ref.number && t.date && ref.date && t.date !== ref.date) {
      warnings.push(`⚠️ **Numéro et date ne correspondent pas** : ${subject.toLowerCase()} n° ${t.number} est du ${frenchDate(t.date)}, non du ${frenchDate(ref.date)}.`);
    }
    const written = writtenTitle(text, ref);
    if (written && t.title && (t as { titleConfirmed?: boolean }).titleConfirmed !== false) {
      const a = compactTitle(written.text);
      const b = compactTitle(t.title);
      if (a.length >= 8 && !b.startsWith(a) && !a.startsWith(b)) warnings.push(`⚠️ Le titre écrit diffère de celui du Journal officiel : « ${escapeMarkdown(excerpt(written.text, 100))} ».`);
    }
  } else {
    const label = `${ref.nature ? capitalise(natureSubject(ref.nature).replace(/^(La|Le|L’)\s?/, '').toLowerCase() || 'loi') : 'Texte'}${ref.number ? ` n° ${ref.number}` : ''}${ref.date ? ` du ${frenchDate(ref.date)}` : ''}${ref.usualName ? ` (${ref.usualName})` : ''}`;
    out.push(`**${escapeMarkdown(label)}**`, '', 'Texte absent du catalogue hors ligne : vérifiez sa citation (numéro, date, titre) au Journal officiel.');
  }
  const year = numberYear(ref.number);
  if (year && ref.date && Number(ref.date.slice(0, 4)) !== year && !warnings.some((w) => w.includes('ne correspondent pas'))) {
    warnings.push(`⚠️ **Numéro et date ne correspondent pas** : le numéro ${ref.number} est de ${year}, la date de ${ref.date.slice(0, 4)} (DAT-003).`);
  }
  for (const w of warnings.filter(Boolean)) out.push('', w);
  if (t?.url) out.push('', `[Journal officiel sur Légifrance](${t.url})`);
  return out.join('\n');
}

function codeHover(code: CodeInfo, written: string, catalogue: Catalogue, actDate: string | null): string {
  const out = [`**${escapeMarkdown(capitalise(code.name))}**${code.abbreviations.length ? ` (${code.abbreviations.map(escapeMarkdown).join(', ')})` : ''}`, ''];
  if (/^[A-Z0-9.]{2,8}$/.test(written.trim())) {
    out.push(`« ${escapeMarkdown(written.trim())} » est l’abréviation du ${escapeMarkdown(code.name)} ; dans un acte, écrivez le titre complet (VIS-005).`, '');
  }
  const repealed = REPEALED_CODES[code.key];
  if (code.repealed) {
    const inForce = repealed?.since && actDate && actDate < repealed.since;
    out.push(inForce ? `Ce code était en vigueur à la date de l’acte ; ${escapeMarkdown(repealed!.note.charAt(0).toLowerCase() + repealed!.note.slice(1))}` : `⚠️ ${escapeMarkdown(repealed?.note ?? 'Code abrogé.')}`, '');
    const by = catalogueCode(catalogue, (code as { replacedBy?: string | null }).replacedBy ?? null);
    if (by && !repealed) out.push(`Remplacé par le ${escapeMarkdown(by.name)}.`, '');
  } else if (code.hasArticles) {
    out.push(`Articles consultables hors ligne (survol d’un numéro d’article) — ${versionLine(code).toLowerCase()}${code.status === 'indicatif' ? ', non officielle : vérifiez sur Légifrance' : ''}.`, '');
  } else {
    out.push('Articles non disponibles hors ligne.', '');
  }
  if (code.legitext) out.push(`[Le code sur Légifrance](${LEGIFRANCE}/codes/id/${code.legitext})`);
  return out.join('\n').trim();
}

// ---------------------------------------------------------------------------------------------

function tribunalAt({ act, text, index }: Analysis, offset: number): { name: string; range: Range } | null {
  const span = act.recours?.tribunalSpan;
  if (span && act.recours?.tribunal && offset >= span.start && offset < span.end) return { name: act.recours.tribunal, range: span.range };
  // "tribunal administratif de X" on the hovered line.
  const line = index.positionAt(offset).line;
  const from = index.lineStarts[line];
  const to = index.lineEnd(line);
  const s = text.slice(from, to);
  const re = /(?:[Tt]ribunal|TRIBUNAL)\s+(?:[Aa]dministratif|ADMINISTRATIF)\s+(?:[Dd][Ee]\s+|[Dd]['’]\s?)(\p{Lu}\p{L}*(?:(?:-(?:(?:sur|en|la|le|de|d')-)?|\s(?:(?:sur|en)\s)?)\p{Lu}\p{L}*)*)/gu;
  for (let m = re.exec(s); m; m = re.exec(s)) {
    const start = from + m.index;
    const end = start + m[0].length;
    if (offset >= start && offset < end) return { name: m[1].trim(), range: index.range(start, end) };
  }
  return null;
}

function tribunalHover({ act }: Analysis, seat: string, catalogue: Catalogue): string | null {
  let t = catalogue.tribunal(seat);
  for (let name = seat; !t && /[\s-]/.test(name); ) {
    name = name.replace(/[\s-]+\S*$/, '');
    t = catalogue.tribunal(name);
  }
  if (!t) return null;
  const out = [`**Tribunal administratif ${escapeMarkdown(tribunalOf(t.seat))}**${tribunalOf(t.seat) === ofPlace(t.seat) ? '' : ` (siège : ${escapeMarkdown(t.seat)})`}`, '', `Ressort : ${escapeMarkdown(t.ressort)} (code de justice administrative, art. R. 221-3).`];
  const depName = act.header.departement?.name ?? null;
  const depCode = act.transmission?.identifier?.slice(0, 3) ?? null;
  const dep = (depName && catalogue.departement(depName)) || (depCode && catalogue.departement(depCode)) || null;
  if (dep) {
    if (t.departements.includes(dep.code)) out.push('', `✔ ${escapeMarkdown(dep.name)} (${dep.code}) relève bien de ce tribunal.`);
    else if (dep.tribunal) out.push('', `⚠️ ${escapeMarkdown(dep.name)} (${dep.code}) relève du tribunal administratif ${escapeMarkdown(tribunalOf(dep.tribunal))}.`);
  }
  return out.join('\n');
}

// ---------------------------------------------------------------------------------------------

function wordAt(text: string, lineStart: number, lineEnd: number, offset: number): { text: string; start: number; end: number } | null {
  const isWord = (c: string | undefined) => c !== undefined && /[\p{L}\p{N}.]/u.test(c);
  if (!isWord(text[offset])) return null;
  let start = offset;
  let end = offset;
  while (start > lineStart && isWord(text[start - 1])) start--;
  while (end < lineEnd && isWord(text[end])) end++;
  while (end > start && text[end - 1] === '.') end--;
  if (end - start < 2 || end - start > 24) return null;
  return { text: text.slice(start, end), start, end };
}

function abbreviationHover(word: string, catalogue: Catalogue, actDate: string | null): string | null {
  const known = ABBREVIATIONS[word];
  if (known) return `**${escapeMarkdown(word)}** : ${escapeMarkdown(known.full)}\n\nDans un acte, écrivez le terme en entier (Guide de légistique, 3.3.1 ; VIS-005).`;
  // Code abbreviations: CGCT, CRPA, CJA, CCH…
  if (/^[A-Z][A-Z0-9.]{1,7}$/.test(word)) {
    const code = catalogue.codes.find((c) => c.key === word || c.abbreviations.includes(word)) ?? null;
    if (code) return codeHover(code, word, catalogue, actDate);
  }
  // Usual names of laws: MAPTAM, NOTRe, ALUR, 3DS…
  const capitals = word.replace(/[^A-Z0-9]/g, '').length;
  if (capitals >= 2 && word.length >= 3) {
    const t = catalogue.textByUsualName(`loi ${word}`) ?? catalogue.textByUsualName(word);
    if (t && t.usualNames.some((n) => compactTitle(n).endsWith(compactTitle(word)))) {
      return [
        `**${escapeMarkdown(word)}** : nom d’usage de ${visaDeterminer(t)}${escapeMarkdown(t.citation)}`,
        '',
        t.date ? `Date : ${frenchDate(t.date)}` : '',
        '',
        'Dans un visa, citez le texte par son numéro, sa date et son titre, sans sigle (VIS-005).',
        t.url ? `\n[Journal officiel sur Légifrance](${t.url})` : '',
      ].filter((l, i, a) => l !== '' || a[i - 1] !== '').join('\n').trim();
    }
  }
  return null;
}
