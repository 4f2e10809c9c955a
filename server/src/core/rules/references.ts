// CIT: citations of code articles and of lois, ordonnances and décrets — their normal form
// (CIT-001, CIT-002) and what the catalogue says of them (CIT-004 article unknown, CIT-005 date,
// number or title different from the Journal officiel's).
import type { Act, Mention, MentionKind, Reference } from '../model';
import type { Fix, Finding, Rule, RuleContext, Severity, TextEdit } from './rule';
import { displayArticle } from '../references';
import { frenchDate } from '../text';
import {
  alineasOf, cgctNamedLoosely, compactTitle, excerpt, natureSubject, NATURE_LABEL, resolveArticleCode, textByDate,
  textOfRef, versionLine, visaDeterminer, wordingUnreliable,
} from '../features/legal-context';
import type { ArticleInfo, Catalogue, CodeInfo } from '../catalogue';
import { mentionWithin } from './support';

const GUIDE_313 = 'https://www.legifrance.gouv.fr/Droit-francais/Guide-de-legistique/III.-Redaction-des-textes/3.1.-Contexte/3.1.3.-Intitule-d-un-texte';
const GUIDE_315 = 'https://www.legifrance.gouv.fr/Droit-francais/Guide-de-legistique/III.-Redaction-des-textes/3.1.-Contexte/3.1.5.-Visas-d-une-ordonnance-d-un-decret-ou-d-un-arrete';

const edit = (ctx: RuleContext, start: number, end: number, newText: string): TextEdit => ({ range: ctx.index.range(start, end), newText });

/** Offsets of the article number as written (without "alinéa N" or "3°"). */
function numberSpan(r: Reference): { start: number; end: number } {
  return { start: r.start, end: r.start + r.label.length };
}

export const CIT_001: Rule = {
  id: 'CIT-001',
  display: 'style',
  groupMessage: (n) => `${n} articles de code à écrire sous la forme « L. 2122-22 » (lettre de la partie, point, espace, numéro).`,
  title: 'Un article de code s’écrit « L. 2122-22 » : lettre de la partie, point, espace, numéro.',
  kinds: 'all',
  severity: 'information',
  source: { label: 'Guide de légistique, 3.4.2 (renvois) et usage du Journal officiel', url: null },
  status: 'confirmed',
  check(ctx) {
    const out: Finding[] = [];
    for (let ri = 0, allRefs = ctx.act.references; ri < allRefs.length; ri++) {
      const r = allRefs[ri];
      if (r.type !== 'code-article' || !r.article) continue;
      const normal = displayArticle(r.article);
      // (A no-break space after the point is the typography advised: « L.\u00a02212-2 » is « L. 2212-2 ».)
      // (A line break after the point, in a wrapped line, is a space too.)
      if (r.label.replace(/\s+/g, ' ') === normal || normal === r.article) continue;
      const { start, end } = numberSpan(r);
      const written = r.label.replace(/\s+/g, ' ');
      out.push({
        range: ctx.index.range(start, end),
        message: `« ${written} » s’écrit « ${normal} » : la lettre de la partie, un point, une espace, puis le numéro.`,
        fixes: [{ title: `Écrire « ${normal} »`, preferred: true, edits: [edit(ctx, start, end, normal)] }],
      });
    }
    return out;
  },
};

/**
 * A mention of the citations reader that belongs to the cited text `r` itself: a text cited inside it (« loi … modifiée
 * par le décret n° … portant … ») has its own number and title, which are not `r`'s.
 */
function ownMention(act: Act, kind: MentionKind, r: Reference, from = r.start): Mention | null {
  return mentionWithin(act, kind, from, ownEnds(act).get(r) ?? r.end);
}

/** Where each reference's own words end: at the first text cited inside it (references are in text order). */
const OWN_ENDS = new WeakMap<Act, WeakMap<Reference, number>>();
function ownEnds(act: Act): WeakMap<Reference, number> {
  let ends = OWN_ENDS.get(act);
  if (ends) return ends;
  ends = new WeakMap();
  const refs = act.references;
  for (let i = 0; i < refs.length; i++) {
    const r = refs[i];
    for (let j = i + 1; j < refs.length && refs[j].start < r.end; j++) {
      if (refs[j].type === 'text' && refs[j].start > r.start) {
        ends.set(r, refs[j].start);
        break;
      }
    }
  }
  OWN_ENDS.set(act, ends);
  return ends;
}

/** The « n° » and the number of a cited text as written (syntax/citations.ts). */
function numberOf(act: Act, r: Reference): { lead: Mention; number: Mention } | null {
  const lead = ownMention(act, 'text-number-lead', r);
  const number = lead && ownMention(act, 'text-number', r, lead.end);
  return lead && number?.value && lead.value !== null ? { lead, number } : null;
}

export const CIT_002: Rule = {
  id: 'CIT-002',
  display: 'style',
  groupMessage: (n) => `${n} citations de lois, d’ordonnances ou de décrets à écrire sous la forme « loi n° 2014-58 du 27 janvier 2014 ».`,
  title: 'Une loi, une ordonnance ou un décret se cite « loi n° 2014-58 du 27 janvier 2014 … ».',
  kinds: 'all',
  severity: 'information',
  source: { label: 'Guide de légistique, 3.1.3 (intitulé d’un texte)', url: GUIDE_313 },
  status: 'confirmed',
  check(ctx) {
    const out: Finding[] = [];
    for (let ri = 0, allRefs = ctx.act.references; ri < allRefs.length; ri++) {
      const r = allRefs[ri];
      if (r.type !== 'text' || !r.number) continue;
      const written = numberOf(ctx.act, r);
      if (!written) continue;
      const edits: TextEdit[] = [];
      const notes: string[] = [];
      // " n° " between the nature and the number
      const { lead } = written;
      const numStart = lead.end;
      const sep = lead.value!;
      if (sep !== ' n° ') {
        edits.push(edit(ctx, lead.start, lead.end, ' n° '));
        notes.push(!lead.flag ? '« n° » avant le numéro' : sep.trim() === 'n°' ? 'une espace de part et d’autre de « n° »' : `« ${sep.trim()} » → « n° »`);
      }
      // the number without spaces, with a hyphen
      const num = written.number.value!;
      const cleanNum = num.replace(/\s/g, '').replace('–', '-');
      if (num !== cleanNum) {
        edits.push(edit(ctx, numStart, numStart + num.length, cleanNum));
        notes.push(`« ${num} » → « ${cleanNum} »`);
      }
      // the date in words, "1er" for the first day
      // The date's form, as the reader saw it (syntax/citations.ts).
      const form = r.dateSpan && r.date ? mentionWithin(ctx.act, 'date-form', r.dateSpan.start, r.dateSpan.end) : null;
      if (r.dateSpan && r.date && form) {
        const d = r.dateSpan.text;
        const words = frenchDate(r.date);
        if (form.value === 'numeric') {
          edits.push(edit(ctx, form.start, form.end, words));
          notes.push(`date en lettres : « ${words} »`);
        } else if (form.value === 'first') {
          edits.push(edit(ctx, form.start, form.end, '1er'));
          notes.push('« 1er » pour le premier jour du mois');
        } else if (form.value === 'zero') {
          edits.push(edit(ctx, form.start, form.end, d.charAt(1)));
          notes.push(`« ${d.slice(0, 2)} » → « ${d.charAt(1)} »`);
        }
      }
      if (!edits.length) continue;
      const normal = `${NATURE_LABEL[r.nature ?? 'loi']} n° ${cleanNum}${r.date ? ` du ${frenchDate(r.date)}` : ''}`;
      out.push({
        range: ctx.index.range(r.start, r.dateSpan?.end ?? numStart + num.length),
        message: `Forme normale de la citation : « ${normal} » (${notes.join(' ; ')}).`,
        fixes: [{ title: `Écrire « ${normal} »`, preferred: true, edits }],
      });
    }
    return out;
  },
};

/** Edit distance ≤ 1 (one digit changed, added, removed, or two swapped). */
function near(a: string, b: string): boolean {
  if (a === b) return false;
  if (Math.abs(a.length - b.length) > 1) return false;
  if (a.length === b.length) {
    const diff: number[] = [];
    for (let i = 0; i < a.length && diff.length < 3; i++) if (a[i] !== b[i]) diff.push(i);
    if (diff.length === 1) return true;
    return diff.length === 2 && diff[1] === diff[0] + 1 && a[diff[0]] === b[diff[1]] && a[diff[1]] === b[diff[0]];
  }
  const [s, l] = a.length < b.length ? [a, b] : [b, a];
  let i = 0;
  while (i < s.length && s[i] === l[i]) i++;
  return s.slice(i) === l.slice(i + 1);
}

/** Existing articles one keystroke away from `num` in the same chapter ("L2122-99" → "L2122-9"). */
function neighbours(catalogue: Catalogue, code: CodeInfo, num: string): ArticleInfo[] {
  const chapter = num.replace(/-[^-]*$/, '-');
  if (chapter === num) return [];
  return catalogue.articlesWithPrefix(code.key, chapter, 400).filter((a) => near(a.num, num)).slice(0, 3);
}

export const CIT_004: Rule = {
  id: 'CIT-004',
  display: 'essentiel',
  title: 'L’article cité existe dans le code (codes dont le catalogue contient les articles).',
  kinds: 'all',
  severity: 'warning',
  source: {
    label: 'Légifrance : CGCT (version du 6 décembre 2023), CRPA et code rural et de la pêche maritime (textes officiels) ; quinze autres codes en copie indicative (route, urbanisme, pénal, civil, commande publique…), à la date indiquée dans le message',
    url: null,
  },
  status: 'confirmed',
  check(ctx) {
    const { act, catalogue } = ctx;
    const out: Finding[] = [];
    for (let ri = 0, allRefs = act.references; ri < allRefs.length; ri++) {
      const r = allRefs[ri];
      if (r.type !== 'code-article' || !r.article) continue;
      const resolved = resolveArticleCode(act, r, catalogue);
      // Only a code written with the article, or a CGCT named loosely after it (OCR), is trusted:
      // a default or a code merely named elsewhere in the sentence could be the wrong one.
      let code = resolved.how === 'written' ? resolved.code : null;
      if (!code && resolved.how === 'default' && cgctNamedLoosely(act, r)) code = resolved.code;
      if (!code || !code.hasArticles || code.repealed) continue;
      const article = catalogue.article(code.key, r.article);
      // (The words of a message, built only for a finding: most articles cited exist.)
      const found = article && (!r.item && !r.alinea);
      if (found) continue;
      const version = code.textDate ? ` (${versionLine(code).toLowerCase()})` : '';
      const shown = displayArticle(r.article);
      if (!article) {
        const { start, end } = numberSpan(r);
        // « L 2211 »: a number with no hyphen was never an article of a code numbered « L. 2211-1 »: not abrogated since,
        // incomplete.
        const incomplete = !r.article.includes('-') && /^(?:LO|L|R|D)\d{4}$/.test(r.article);
        const old = !incomplete && act.date && code.textDate && act.date < shiftYears(code.textDate, -1);
        const fixes: Fix[] = neighbours(catalogue, code, r.article).map((a) => ({
          title: `Remplacer par « ${a.display} » (${a.path[a.path.length - 1]?.replace(/\.$/, '') ?? code!.name})`,
          edits: [edit(ctx, start, end, a.display)],
        }));
        out.push({
          range: ctx.index.range(start, end),
          severity: old ? 'information' : undefined,
          message:
            `L’article ${shown} n’existe pas dans le ${code.name}${version}.` +
            (old ? ' Il a pu être abrogé ou renuméroté depuis la date de l’acte.' : incomplete ? ` La référence semble incomplète${catalogue.article(code.key, `${r.article}-1`) ? ` (« ${shown}-1 » ?)` : ''} : vérifiez le numéro.` : ' Vérifiez le numéro.'),
          fixes,
        });
        continue;
      }
      // The item or alinéa written with it must exist too — read from an official, up-to-date wording only.
      if ((!r.item && !r.alinea) || wordingUnreliable(code, article)) continue;
      const alineas = alineasOf(article);
      const items = alineas.map((a) => Number(a.item ?? 0)).filter((n) => n > 0);
      if (r.item && items.length && !items.includes(Number(r.item))) {
        out.push({
          range: r.range,
          message: `L’article ${shown} du ${code.name}${version} n’a pas de ${r.item}° : ses éléments numérotés vont de 1° à ${Math.max(...items)}°.`,
        });
      } else if (r.alinea && r.alineaSpan && Number(r.alinea) > alineas.length) {
        out.push({
          range: r.alineaSpan.range,
          message: `L’article ${shown} du ${code.name}${version} ne compte que ${alineas.length} alinéa${alineas.length > 1 ? 's' : ''} : il n’a pas d’alinéa ${r.alinea}.`,
        });
      }
    }
    return out;
  },
};

function shiftYears(iso: string, years: number): string {
  return `${Number(iso.slice(0, 4)) + years}${iso.slice(4)}`;
}

export const CIT_005: Rule = {
  id: 'CIT-005',
  title: 'Numéro, date et titre d’une loi, d’une ordonnance ou d’un décret sont ceux du Journal officiel.',
  kinds: 'all',
  severity: 'warning',
  source: { label: 'Guide de légistique, 3.1.5 (visas : numéro, date et titre tels que publiés au Journal officiel)', url: GUIDE_315 },
  status: 'confirmed',
  check(ctx) {
    const { act, catalogue } = ctx;
    const out: Finding[] = [];
    for (let ri = 0, allRefs = act.references; ri < allRefs.length; ri++) {
      const r = allRefs[ri];
      if (r.type !== 'text' || !r.nature || !r.number) continue;
      const t = textOfRef(catalogue, r);
      const subject = natureSubject(r.nature);
      if (!t) {
        // Unknown number: a text of the catalogue bears this date → number and date do not match.
        const same = textByDate(catalogue, r.nature, r.date);
        if (!same?.number || same.number === r.number) continue;
        const m = numberOf(act, r)?.number;
        out.push({
          range: m ? ctx.index.range(m.start, m.end) : r.range,
          message: `Numéro et date ne correspondent pas : ${subject.toLowerCase()} du ${frenchDate(r.date!)} est ${visaDeterminer(same)}${same.citation}. Vérifiez le numéro ${r.number}.`,
          fixes: m ? [{ title: `Écrire le numéro « ${same.number} »`, edits: [edit(ctx, m.start, m.end, same.number)] }] : [],
        });
        continue;
      }
      if (t.date && r.date && t.date !== r.date) {
        const range = r.dateSpan ?? r;
        out.push({
          range: range.range,
          message: `${subject} n° ${t.number} est du ${frenchDate(t.date)}, non du ${frenchDate(r.date)}.`,
          fixes: r.dateSpan ? [{ title: `Dater du ${frenchDate(t.date)}`, preferred: true, edits: [edit(ctx, r.dateSpan.start, r.dateSpan.end, frenchDate(t.date))] }] : [],
        });
        continue;
      }
      // Title: the written one must be the Journal officiel's (or its beginning).
      const title = ownMention(act, 'text-title', r);
      const written = title?.value ? { start: title.start, end: title.end, text: title.value } : null;
      const confirmed = (t as { titleConfirmed?: boolean }).titleConfirmed !== false;
      if (!written || !confirmed || !t.title) continue;
      const a = compactTitle(written.text);
      const b = compactTitle(t.title);
      if (a.length < 8 || b.startsWith(a) || a.startsWith(b)) continue;
      const severity: Severity = overlap(written.text, t.title) < 0.5 ? 'warning' : 'information';
      out.push({
        range: ctx.index.range(written.start, written.end),
        severity,
        message: `Le titre ${subject === 'Le décret' ? 'du décret' : `de ${subject.toLowerCase()}`} n° ${t.number} au Journal officiel est « ${t.title} » (écrit ici : « ${excerpt(written.text, 90)} »).`,
        fixes: [{ title: 'Reprendre le titre du Journal officiel', edits: [edit(ctx, written.start, written.end, t.title)] }],
      });
    }
    return out;
  },
};

/** Share of the significant words of `a` found in `b`. */
function overlap(a: string, b: string): number {
  const words = (s: string) => compactWords(s).filter((w) => w.length > 3);
  const wa = words(a);
  const wb = new Set(words(b));
  if (!wa.length) return 1;
  return wa.filter((w) => wb.has(w)).length / wa.length;
}
function compactWords(s: string): string[] {
  return s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase().split(/[^a-z0-9]+/).filter(Boolean);
}

export const REFERENCE_RULES: readonly Rule[] = [CIT_001, CIT_002, CIT_004, CIT_005];
