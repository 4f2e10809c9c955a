// Completion of legal references, from the text before the cursor on its line and the model:
// - after "article L. 21", "L.2122-", "articles R. 2131-": the article numbers of the code in context;
// - after "loi n°", "décret n°", "ordonnance n°": the texts by number (number, date and title inserted);
// - after "du code ": the code names;
// - at the start of a visa ("Vu ", or "Vu" alone): the visas that fit the kind of act, then the codes and the texts.
// Every item of one answer replaces from the same start, and its label and text begin with what was typed there
// (completion-text.ts says why: that is what lets Neovim's and Eglot's own filtering keep them).
import {
  CompletionItemKind, InsertTextFormat, MarkupKind, type CompletionItem, type Range as LspRange,
} from 'vscode-languageserver-types';
import type { Act, Position } from '../model';
import type { Analysis } from '../service';
import type { ArticleInfo, Catalogue, CodeInfo, TextInfo } from '../catalogue';
import { frenchDate } from '../text';
import {
  alineasOf, breadcrumb, capitalise, catalogueCode, clauseAround, escapeMarkdown, excerpt, firstRefFrom, prettyHeading, versionLine,
  visaDeterminer,
} from './legal-context';
import { VISA_SUGGESTIONS, suggestionRank, type VisaFacts, type VisaSuggestion } from './visa-suggestions';
import { completeTyped, insertion, settleFilterText, type CompletionOptions } from './completion-text';

const LEGIFRANCE = 'https://www.legifrance.gouv.fr';
/** Most article numbers offered at once; typing more digits asks again. */
const MAX_ARTICLES = 150;

export function referenceCompletions(
  analysis: Analysis, position: Position, catalogue: Catalogue, options: CompletionOptions = {},
): CompletionItem[] {
  try {
    return completionsUnsafe(analysis, position, catalogue, options);
  } catch {
    return [];
  }
}

function completionsUnsafe(analysis: Analysis, position: Position, catalogue: Catalogue, options: CompletionOptions): CompletionItem[] {
  const { text, index } = analysis;
  if (position.line < 0 || position.line >= index.lineCount) return [];
  const offset = index.offsetAt(position);
  const lineStart = index.lineStarts[position.line];
  const from = Math.max(lineStart, offset - 240);
  const prefix = text.slice(from, offset);
  const rangeFrom = (start: number): LspRange => ({ start: index.positionAt(from + start), end: position });

  return (
    articleCompletions(analysis, prefix, offset, rangeFrom, catalogue) ??
    textCompletions(prefix, rangeFrom, catalogue) ??
    codeCompletions(prefix, rangeFrom, catalogue) ??
    visaCompletions(analysis, prefix, from === lineStart, rangeFrom, catalogue, options) ??
    []
  );
}

// ---------------------------------------------------------------------------------------------
// Article numbers

const ARTICLE_TOKEN = /(^|[^\p{L}\p{N}*])((LO|L|R|D|A)(\s?\.\s?|\s)?(\d{1,4}(?:[-.]\d{0,4}){0,3})?)$/iu;
const ARTICLE_WORD = /\bart(?:icles?|\.)\s+(?:[^;]{0,120}?(?:,|\bet|\bà|\ba|\bou)\s+)?$/iu;

function articleCompletions(
  { act, text }: Analysis, prefix: string, offset: number, rangeFrom: (start: number) => LspRange, catalogue: Catalogue,
): CompletionItem[] | null {
  const m = ARTICLE_TOKEN.exec(prefix);
  if (!m) return null;
  const letter = m[3];
  const digits = m[5] ?? '';
  const tokenStart = m.index + m[1].length;
  const afterWord = ARTICLE_WORD.test(prefix.slice(0, tokenStart));
  // "L" alone is an article only after "article(s)"; digits need an upper-case letter or that word.
  if (!afterWord && (!digits || letter !== letter.toUpperCase())) return null;
  const code = codeInContext(act, text, offset, catalogue);
  if (!code?.hasArticles) return [];
  const part = letter.toUpperCase();
  const key = part + digits.replace(/\./g, '-');
  const articles = articlesFor(catalogue, code.key, key);
  const typed = m[2];
  const typedHead = typed.slice(0, letter.length + (m[4] ?? '').length);
  const range = rangeFrom(tokenStart);
  const version = versionLine(code);
  return articles.map((a, i): CompletionItem => {
    const heading = a.path.length ? prettyHeading(a.path[a.path.length - 1]) : capitalise(code.name);
    const nl = a.text.indexOf('\n');
    const first = a.text.slice(0, Math.min(nl < 0 ? a.text.length : nl, 600));
    // "L. 2122-2" completes to the normal form "L. 2122-22"; "L.2122-2" keeps its spelling ("L.2122-22").
    const asTyped = typedHead + a.num.slice(part.length);
    const text = a.display.startsWith(typed) ? a.display : asTyped.startsWith(typed) ? asTyped : a.display;
    return settleFilterText({
      label: text,
      kind: CompletionItemKind.Reference,
      detail: heading,
      documentation: {
        kind: MarkupKind.Markdown,
        value: [
          `**${escapeMarkdown(capitalise(code.name))}** — **Article ${a.display}**`,
          '',
          a.path.length ? `*${breadcrumb(a.path)}*` : '',
          '',
          escapeMarkdown(excerpt(first, 400)),
          '',
          `${version} · [Légifrance](${a.url})`,
        ].join('\n'),
      },
      sortText: String(i).padStart(4, '0'),
      filterText: asTyped,
      textEdit: { range, newText: text },
      insertTextFormat: InsertTextFormat.PlainText,
      preselect: a.num === key || undefined,
    }, typed);
  });
}

const articleCache = new WeakMap<Catalogue, Map<string, readonly ArticleInfo[]>>();
/** Prefix search, remembered: typing asks for the same prefixes again and again. */
function articlesFor(catalogue: Catalogue, codeKey: string, prefix: string): readonly ArticleInfo[] {
  let cache = articleCache.get(catalogue);
  if (!cache) articleCache.set(catalogue, (cache = new Map()));
  const k = `${codeKey}|${prefix}`;
  let hit = cache.get(k);
  if (!hit) {
    hit = catalogue.articlesWithPrefix(codeKey, prefix, MAX_ARTICLES);
    if (cache.size >= 256) cache.delete(cache.keys().next().value!);
    cache.set(k, hit);
  }
  return hit;
}

/** The code named in the visa or sentence: after the cursor first, else before, else the CGCT. */
function codeInContext(act: Act, text: string, offset: number, catalogue: Catalogue): CodeInfo | null {
  const clause = clauseAround(act, text, offset);
  let before: string | null = null;
  const refs = act.references;
  for (let i = firstRefFrom(refs, clause.start); i < refs.length; i++) {
    const r = refs[i];
    if (r.start >= clause.end) break;
    if (r.type !== 'code') continue;
    if (r.start >= offset) return catalogueCode(catalogue, r.code);
    before = r.code;
  }
  return catalogueCode(catalogue, before) ?? catalogue.code('CGCT');
}

// ---------------------------------------------------------------------------------------------
// Texts by number

const TEXT_TOKEN = /\b(loi\s+organique|loi|ordonnance|d[ée]cret)\s+((?:n\s?[°oº]?\.?|no\.?|num[ée]ro)\s*)(\d{0,4}(?:-\d{0,5})?)$/iu;

function textCompletions(prefix: string, rangeFrom: (start: number) => LspRange, catalogue: Catalogue): CompletionItem[] | null {
  const m = TEXT_TOKEN.exec(prefix);
  if (!m) return null;
  const word = m[1].toLowerCase().replace(/\s+/g, ' ');
  const natures: TextInfo['nature'][] = word === 'loi' ? ['loi', 'loi-organique'] : word === 'loi organique' ? ['loi-organique'] : word === 'ordonnance' ? ['ordonnance'] : ['decret'];
  const digits = m[3];
  const start = m.index + m[0].length - m[2].length - m[3].length;
  const range = rangeFrom(start);
  const texts = catalogue.textsWithPrefix(null, digits, 500).filter((t) => t.number && natures.includes(t.nature));
  const typed = m[2] + digits;
  return texts.map((t, i): CompletionItem => {
    const rest = `${t.date ? ` du ${frenchDate(t.date)}` : ''}${t.title ? ` ${t.title}` : ''}`;
    // "n° 2014-5" completes to "n° 2014-58 du …"; another spelling of "n°" ("n°", "no ") is kept as typed.
    const head = completeTyped(typed, `n° ${t.number}`) ?? `${m[2]}${t.number}`;
    return settleFilterText({
      label: head,
      kind: CompletionItemKind.Reference,
      detail: [t.date ? `du ${frenchDate(t.date)}` : '', t.usualNames[0] ?? ''].filter(Boolean).join(' — '),
      documentation: { kind: MarkupKind.Markdown, value: textDocumentation(t) },
      sortText: String(i).padStart(4, '0'),
      filterText: `${m[2]}${t.number} ${t.title}`,
      textEdit: { range, newText: head + rest },
      insertTextFormat: InsertTextFormat.PlainText,
    }, typed);
  });
}

function textDocumentation(t: TextInfo): string {
  return [
    `**${escapeMarkdown(capitalise(t.citation))}**`,
    '',
    t.usualNames.length ? `Nom d’usage : ${t.usualNames.map(escapeMarkdown).join(', ')}` : '',
    '',
    t.url ? `[Journal officiel sur Légifrance](${t.url})` : '',
  ].filter((l, i, a) => l !== '' || (a[i - 1] ?? '') !== '').join('\n').trim();
}

// ---------------------------------------------------------------------------------------------
// Code names

const CODE_TOKEN = /\b(?:du|le|au|ce|un|même)\s+(code(?:\s[\p{L}'’ -]{0,80})?)$/iu;

function codeCompletions(prefix: string, rangeFrom: (start: number) => LspRange, catalogue: Catalogue): CompletionItem[] | null {
  const m = CODE_TOKEN.exec(prefix);
  if (!m) return null;
  const range = rangeFrom(m.index + m[0].length - m[1].length);
  const typed = m[1];
  return orderedCodes(catalogue).map((c, i): CompletionItem => {
    const name = completeTyped(typed, c.name) ?? c.name;
    return settleFilterText({
      label: name,
      kind: CompletionItemKind.Module,
      detail: c.abbreviations.length ? c.abbreviations.join(', ') : undefined,
      documentation: { kind: MarkupKind.Markdown, value: codeDocumentation(c) },
      sortText: String(i).padStart(4, '0'),
      filterText: c.name,
      textEdit: { range, newText: name },
      insertTextFormat: InsertTextFormat.PlainText,
    }, typed);
  });
}

/** Codes in force; the CGCT and the CRPA first, then by name. */
function orderedCodes(catalogue: Catalogue): CodeInfo[] {
  const rank = (c: CodeInfo) => (c.key === 'CGCT' ? 0 : c.key === 'CRPA' ? 1 : 2);
  return catalogue.codes.filter((c) => !c.repealed).sort((a, b) => rank(a) - rank(b) || a.name.localeCompare(b.name, 'fr'));
}

function codeDocumentation(c: CodeInfo): string {
  return [
    `**${escapeMarkdown(capitalise(c.name))}**`,
    '',
    c.hasArticles ? `Articles consultables hors ligne — ${versionLine(c).toLowerCase()}.` : 'Articles non disponibles hors ligne.',
    '',
    c.legitext ? `[Le code sur Légifrance](${LEGIFRANCE}/codes/id/${c.legitext})` : '',
  ].join('\n').trim();
}

// ---------------------------------------------------------------------------------------------
// Visas

const VISA_START = /^([ \t]*(?:[-•*][ \t]*)?(?:\*\*)?vu(?:\*\*)?[ \t]+)([^;:\d]{0,60})$/iu;
/** "Vu" alone at the start of a line: the items then insert "Vu " and the visa. */
const VISA_WORD = /^([ \t]*(?:[-•*][ \t]*)?)(vu)$/iu;

function visaCompletions(
  { act, text }: Analysis, prefix: string, atLineStart: boolean, rangeFrom: (start: number) => LspRange, catalogue: Catalogue,
  options: CompletionOptions,
): CompletionItem[] | null {
  if (!atLineStart) return null;
  let start: number;
  let typed: string;
  let lead = '';
  const m = VISA_START.exec(prefix);
  if (m) {
    start = m[1].length;
    typed = m[2];
  } else {
    const w = VISA_WORD.exec(prefix);
    if (!w) return null;
    start = w[1].length;
    typed = w[2];
    lead = 'Vu ';
  }
  const range = rangeFrom(start);
  const items: CompletionItem[] = [];
  const label = (plain: string) => plain.replace(/ ;$/, '');
  /** An item inserting `visa` (plain or snippet) from the start of the range. */
  const item = (visa: string, fields: Omit<CompletionItem, 'label' | 'textEdit' | 'insertTextFormat' | 'filterText'>): CompletionItem => {
    const ins = insertion(typed, lead + visa, options);
    return settleFilterText({
      label: label(ins.plain),
      ...fields,
      // Fuzzy-matching clients may still want an item that does not begin with what was typed.
      filterText: ins.plain,
      textEdit: { range, newText: ins.newText },
      insertTextFormat: ins.format,
    }, typed);
  };

  // 1. What fits this kind of act.
  const facts = visaFacts(act, text);
  const fitting = VISA_SUGGESTIONS.map((s, order) => ({ s, order, group: suggestionRank(s, act.kind, facts) }))
    .filter((x) => x.group >= 0)
    .sort((a, b) => a.group - b.group || a.order - b.order);
  fitting.forEach(({ s }, i) => {
    items.push(item(expandSnippet(s.insert, catalogue), {
      kind: CompletionItemKind.Snippet,
      detail: `Visa conseillé : ${s.label}`,
      documentation: { kind: MarkupKind.Markdown, value: suggestionDocumentation(s, catalogue) },
      sortText: `0-${String(i).padStart(3, '0')}`,
      preselect: i === 0 || undefined,
    }));
  });

  // 2. The codes, 3. the texts, most recent first.
  orderedCodes(catalogue).forEach((c, i) => {
    items.push(item(escapeLiteral(`le ${c.name} ;`), {
      kind: CompletionItemKind.Module,
      detail: 'Code',
      documentation: { kind: MarkupKind.Markdown, value: codeDocumentation(c) },
      sortText: `1-${String(i).padStart(3, '0')}`,
    }));
  });
  catalogue.textsWithPrefix(null, '', 1000).forEach((t, i) => {
    items.push(item(escapeLiteral(`${visaDeterminer(t)}${t.citation} ;`), {
      kind: CompletionItemKind.Reference,
      detail: t.usualNames[0] ?? undefined,
      documentation: { kind: MarkupKind.Markdown, value: textDocumentation(t) },
      sortText: `2-${String(i).padStart(3, '0')}`,
    }));
  });
  return items;
}

/** Catalogue text is literal: escaped, so that reading it as a snippet gives it back unchanged. */
const escapeLiteral = (text: string) => text.replace(/[\\$}]/g, (c) => `\\${c}`);

/** What decides the conditional visa suggestions, read once per completion. */
function visaFacts(act: Act, text: string): VisaFacts {
  return {
    police: act.police,
    topic: topic(act) || text.slice(0, 4000),
    grandParis: /grand\s+paris/i.test(act.header.collectivite?.name ?? '') || /m[ée]tropole\s+du\s+grand\s+paris/i.test(text.slice(0, 2000)),
  };
}

/** What the act is about: title, object and considérants; empty when the parser found none. */
function topic(act: Act): string {
  return [act.title?.text, act.object?.text, act.expose?.text, ...act.considerants.map((c) => c.body)].filter(Boolean).join(' ');
}

/** Expands `{{items:L2122-22}}` into a choice of the article's items ("${1|1°,2°,…|}"). */
function expandSnippet(insert: string, catalogue: Catalogue): string {
  let next = Math.max(0, ...[...insert.matchAll(/\$\{(\d+)/g)].map((m) => Number(m[1]))) + 1;
  return insert.replace(/\{\{items:([A-Z0-9-]+)\}\}/g, (_, num: string) => {
    const article = catalogue.article('CGCT', num);
    const items = article ? alineasOf(article).filter((a) => a.item).map((a) => `${a.item}°`) : [];
    const n = next++;
    return items.length ? `\${${n}|${items.join(',')}|}` : `\${${n}:N°}`;
  });
}

/** The text a snippet inserts, without its placeholders (for filtering). */
function plainOf(snippet: string, choice?: string): string {
  return snippet.replace(/\$\{\d+\|([^,|]*)[^}]*\}/g, (_, first: string) => choice ?? first).replace(/\$\{\d+:([^}]*)\}/g, '$1');
}

function suggestionDocumentation(s: VisaSuggestion, catalogue: Catalogue): string {
  const out = [escapeMarkdown(s.documentation), '', `*Vu ${escapeMarkdown(plainOf(expandSnippet(s.insert, catalogue), 'N°'))}*`];
  for (const a of s.articles ?? []) {
    const code = catalogueCode(catalogue, a.code);
    const article = code ? catalogue.article(code.key, a.num) : null;
    if (!article) continue;
    out.push('', `**${article.display}** — ${escapeMarkdown(excerpt(alineasOf(article)[0]?.text ?? '', 220))} [Légifrance](${article.url})`);
  }
  return out.join('\n');
}
