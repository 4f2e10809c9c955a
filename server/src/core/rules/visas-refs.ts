// VIS rules on what visas cite: a repealed code or a law cited for an article it codified
// (VIS-004), abbreviations (VIS-005), and the ambiguous "alinéa N" of an enumerated article (VIS-006).
import type { Act, Reference, Span } from '../model';
import type { Fix, Finding, Rule, RuleContext, TextEdit } from './rule';
import { displayArticle } from '../references';
import { alineaEvidence, mentionWithin, mentionsOf } from './support';
import { frenchDate, containing } from '../text';
import {
  ABBREVIATIONS, NATURE_LABEL, REPEALED_CODES, catalogueCode, excerpt, readAlinea, resolveArticleCode, wordingUnreliable,
  textOfRef,
} from '../features/legal-context';

import CODIFIED from '../../../../data/lois-codifiees.json';

/** Whole lois codified in a code (data/lois-codifiees.json): cite the code's articles instead (VIS-004). */
export const CODIFIED_LAWS: readonly { nature: string; number: string; title: string; code: string; since: string; by: string; extent: string }[] = CODIFIED.laws;

const GUIDE_315 = 'https://www.legifrance.gouv.fr/Droit-francais/Guide-de-legistique/III.-Redaction-des-textes/3.1.-Contexte/3.1.5.-Visas-d-une-ordonnance-d-un-decret-ou-d-un-arrete';

const edit = (ctx: RuleContext, start: number, end: number, newText: string): TextEdit => ({ range: ctx.index.range(start, end), newText });

/**
 * Articles of lois that created or rewrote code articles: cite the code article instead (VIS-004).
 * Adding a case is one line.
 */
export const CODIFYING_ARTICLES: readonly {
  readonly nature: 'loi' | 'ordonnance';
  readonly number: string;
  readonly article: string;
  readonly code: string;
  /** First code article concerned ("L5219-1"); the chapter follows it. */
  readonly first: string;
  /** What the article of the law did to them, in French ("a créé", "a réécrit"). */
  readonly did: string;
  readonly subject: string;
}[] = [
  { nature: 'loi', number: '2014-58', article: '12', code: 'CGCT', first: 'L5219-1', did: 'a créé', subject: 'métropole du Grand Paris' },
  { nature: 'loi', number: '2015-991', article: '59', code: 'CGCT', first: 'L5219-1', did: 'a réécrit', subject: 'métropole du Grand Paris' },
  { nature: 'loi', number: '2014-58', article: '43', code: 'CGCT', first: 'L5217-1', did: 'a réécrit', subject: 'métropoles' },
];

/** Visas and articles of the dispositif: where VIS-005 looks. */
const DRAFTED = new WeakMap<Act, readonly Span[]>();
function draftedSpans(act: Act): readonly Span[] {
  let spans = DRAFTED.get(act);
  if (!spans) DRAFTED.set(act, (spans = [...act.visas, ...act.articles].sort((a, b) => a.start - b.start)));
  return spans;
}
const inside = (spans: readonly Span[], r: { start: number; end: number }) => containing(spans, r.start, r.end);

export const VIS_004: Rule = {
  id: 'VIS-004',
  display: 'essentiel',
  title: 'Citer le code en vigueur, et l’article du code plutôt que la loi qui l’a créé ou modifié.',
  kinds: 'all',
  severity: 'information',
  source: { label: 'Guide de légistique, 3.1.5 (visas)', url: GUIDE_315 },
  status: 'confirmed',
  check(ctx) {
    const { act, catalogue } = ctx;
    const out: Finding[] = [];
    for (let ri = 0, allRefs = act.references; ri < allRefs.length; ri++) {
      const r = allRefs[ri];
      if (r.type === 'code') {
        const code = catalogueCode(catalogue, r.code);
        if (!code?.repealed) continue;
        const known = REPEALED_CODES[code.key];
        if (known?.since && act.date && act.date < known.since) continue; // in force when the act was taken
        const replacedBy = catalogueCode(catalogue, (code as { replacedBy?: string | null }).replacedBy ?? null);
        const replacement = known?.replacement ?? replacedBy?.name ?? null;
        const note = known?.note ?? `Le ${code.name} est abrogé${replacement ? ` ; il est remplacé par le ${replacement}` : ''}.`;
        // Renaming is safe only when the article numbers stay valid: the "code général des collectivités locales"
        // is a misnomer of the CGCT, whose numbers the act already uses.
        const fixes: Fix[] = code.key === 'code-general-collectivites-locales' && replacement
          ? [{ title: `Écrire « ${replacement} »`, preferred: true, edits: [edit(ctx, r.start, r.end, /^[A-ZÉ]/.test(r.text) && !/^Code\s+[a-zé]/.test(r.text) ? capitaliseWords(replacement) : replacement)] }]
          : [];
        out.push({ range: r.range, message: `${note} Citez le code en vigueur et vérifiez les numéros d’articles.`, fixes });
        continue;
      }
      if (r.type !== 'text' || !r.number) continue;
      const visa = inside(act.visas, r);
      if (!visa) continue;
      const codified = CODIFIED_LAWS.find((c) => c.number === r.number && (r.nature === c.nature || (c.nature === 'loi' && r.nature === 'loi-organique')));
      // (Not a law named in the title of the text the visa cites: « Vu le décret n° 91-875 … pris pour l'application de
      // l'article 88 de la loi n° 84-53 » visas the décret, whose title cannot be rewritten.)
      // (References are in the order of the text: a décret or an ordonnance before it in the same visa is the text visé,
      // whose title names the law; not a law coordinated with another, « la loi n° 83-634 … et la loi n° 84-53 ».)
      let inTitle = false;
      for (let k = ri - 1; k >= 0 && allRefs[k].start >= visa.start; k--) {
        if (allRefs[k].type === 'text' && (allRefs[k].nature === 'decret' || allRefs[k].nature === 'ordonnance')) inTitle = true;
      }
      if (codified && !inTitle && !(act.date && act.date < codified.since)) {
        out.push({
          range: r.range,
          message: `La ${codified.title} est codifiée ${codified.extent} dans le ${codified.code} (${codified.by}) : visez les articles du code qui fondent l’acte plutôt que la loi (Guide de légistique, 3.1.5).`,
        });
        continue;
      }
      // « …, notamment son article 12 » after the text, in the same visa (read by the mentions reader).
      const m = mentionWithin(act, 'law-articles', r.end, visa.end);
      if (!m?.value) continue;
      const cited = m.value.split(/\s*(?:,|et)\s*/).map((n) => n.replace(/er$/, ''));
      for (const c of CODIFYING_ARTICLES) {
        if (c.number !== r.number || (r.nature !== c.nature && !(c.nature === 'loi' && r.nature === 'loi-organique')) || !cited.includes(c.article)) continue;
        const code = catalogueCode(catalogue, c.code);
        const codeName = code?.name ?? 'code';
        const alreadyCited = act.references.some((x) => x.type === 'code-article' && x.article && x.article.replace(/-\d+$/, '') === c.first.replace(/-\d+$/, ''));
        const t = textOfRef(catalogue, r);
        const date = t?.date ?? r.date;
        const short = `${NATURE_LABEL[r.nature ?? 'loi']} n° ${r.number}${date ? ` du ${frenchDate(date)}` : ''}`;
        const citation = t?.citation ?? short;
        out.push({
          range: ctx.index.range(m.start, m.end),
          message:
            `L’article ${c.article} de la ${short} ${c.did} les articles ${displayArticle(c.first)} et suivants du ${codeName} (${c.subject}). ` +
            (alreadyCited
              ? `Ces articles du code sont déjà visés : le visa de la loi pour son article ${c.article} est superflu, `
              : `Citez plutôt l’article ${displayArticle(c.first)} du ${codeName}, `) +
            `au besoin « dans sa rédaction résultant de l’article ${c.article} de la ${citation} ».`,
        });
      }
    }
    return out;
  },
};

function capitaliseWords(s: string): string {
  return s.replace(/(^|\s)(\p{Ll})(\p{L}{3,})/gu, (_, sp: string, a: string, rest: string) => sp + a.toUpperCase() + rest);
}


export const VIS_005: Rule = {
  id: 'VIS-005',
  display: 'style',
  groupMessage: (n) => `${n} abréviations ou sigles à écrire en toutes lettres dans les visas et le dispositif.`,
  title: 'Pas d’abréviation ni de sigle dans les visas et le dispositif : le titre complet.',
  kinds: 'all',
  severity: 'information',
  source: { label: 'Guide de légistique, 3.3.1 (sigles et abréviations proscrits), par analogie', url: null },
  status: 'confirmed',
  check(ctx) {
    const { act, catalogue } = ctx;
    const spans = draftedSpans(act);
    if (!spans.length) return [];
    const out: Finding[] = [];
    const seen = new Set<number>();
    for (let ri = 0, allRefs = act.references; ri < allRefs.length; ri++) {
      const r = allRefs[ri];
      if (!inside(spans, r)) continue;
      // A code written as an abbreviation: "du CGCT".
      if (r.type === 'code' && mentionWithin(act, 'code-abbreviated', r.start, r.end)) {
        const code = catalogueCode(catalogue, r.code);
        if (!code) continue;
        seen.add(r.start);
        out.push({
          range: r.range,
          message: `« ${r.text} » : pas de sigle dans un acte ; écrivez « ${code.name} ».`,
          fixes: [{ title: `Écrire « ${code.name} »`, preferred: true, edits: [edit(ctx, r.start, r.end, code.name)] }],
        });
        continue;
      }
      if (r.type !== 'text' || !r.usualName) continue;
      const name = r.usualName;
      if (r.number) {
        // "(MAPTAM)" after the full citation: the title is already there, the acronym can go.
        const holder = inside(spans, r)!;
        const paren = mentionWithin(act, 'parenthesised-name', r.end, holder.end + name.length + 2);
        if (!paren || paren.value !== name) continue;
        if (!paren) continue;
        const from = paren.start;
        const at = paren.end - name.length - 2;
        seen.add(at + 1);
        out.push({
          range: ctx.index.range(at + 1, at + 1 + name.length),
          message: `« ${name} » : pas de sigle dans un acte ; le titre complet est déjà cité, la parenthèse peut être supprimée.`,
          fixes: [{ title: `Supprimer « (${name}) »`, preferred: true, edits: [edit(ctx, from, at + name.length + 2, '')] }],
        });
      } else {
        // "loi NOTRe" alone: the full citation.
        const t = textOfRef(catalogue, r);
        const nameStart = r.end - name.length;
        seen.add(nameStart);
        const followedByNumber = mentionWithin(act, 'number-after-name', r.start, r.end) !== null;
        const fixes: Fix[] = !t
          ? []
          : followedByNumber
            ? [{ title: `Supprimer « ${name} »`, edits: [edit(ctx, r.start + 3, r.end, '')] }]
            : [{ title: `Écrire « ${t.citation} »`, preferred: true, edits: [edit(ctx, r.start, r.end, t.citation)] }];
        out.push({
          range: ctx.index.range(nameStart, r.end),
          message: t
            ? `« ${name} » : pas de sigle ni de nom d’usage dans un acte ; citez la ${t.citation}.`
            : `« ${name} » : pas de sigle ni de nom d’usage dans un acte ; citez la loi par son numéro, sa date et son titre.`,
          fixes,
        });
      }
    }
    // EPCI, DGS, TA…
    for (const m of mentionsOf(act, 'abbreviation')) {
      if (!m.value || seen.has(m.start)) continue;
      const info = ABBREVIATIONS[m.value];
      if (!info) continue;
      const full = m.flag && info.plural ? info.plural : info.full;
      out.push({
        range: ctx.index.range(m.start, m.end),
        message: `« ${m.value} » : pas de sigle dans un acte ; écrivez « ${full} ».`,
        fixes: [{ title: `Écrire « ${full} »`, preferred: true, edits: [edit(ctx, m.start, m.end, full)] }],
      });
    }
    return out;
  },
};

export const VIS_006: Rule = {
  id: 'VIS-006',
  title: '« alinéa N » d’un article à énumération est ambigu : désigner l’élément (« le 3° de l’article L. 2122-22 »).',
  kinds: 'all',
  severity: 'warning',
  source: { label: 'Guide de légistique, 3.2.2 (décompte des alinéas ; préférer la référence à l’élément numéroté)', url: null },
  status: 'confirmed',
  check(ctx) {
    const { act, catalogue } = ctx;
    const out: Finding[] = [];
    for (let ri = 0, allRefs = act.references; ri < allRefs.length; ri++) {
      const r = allRefs[ri];
      if (r.type !== 'code-article' || !r.article || !r.alinea || !r.alineaSpan) continue;
      const { code } = resolveArticleCode(act, r, catalogue);
      if (!code?.hasArticles) continue;
      const article = catalogue.article(code.key, r.article);
      if (!article || wordingUnreliable(code, article)) continue;
      const n = Number(r.alinea);
      const reading = readAlinea(article, n);
      if (!reading.confusable || !reading.alinea) continue;
      const shown = displayArticle(r.article);
      const guide = reading.alinea;
      const guideLabel = guide.item ? `le ${guide.item}°` : guide.index === 1 ? 'la phrase d’introduction' : `l’alinéa non numéroté « ${excerpt(guide.text, 50)} »`;
      const fixes: Fix[] = [];
      // A décision under L. 2122-22 whose objet fits one of the two readings (« ester en justice »: the 16°, not the
      // 17°): that reading only.
      // (Or the item the act cites elsewhere, « la délibération … déléguant au maire les attributions du 4° … », and the
      // matters the objet names by their own words before those it names by broader ones: alineaEvidence.)
      const decided = r.article === 'L2122-22' ? alineaEvidence(act, n) : null;
      const fits = r.article === 'L2122-22' ? new Set(mentionsOf(act, 'objet-matter').map((m) => m.value)) : new Set<string | null>();
      const byObjet = decided !== null ? [String(decided.item)] : [guide.item, reading.confusable.item].filter((x) => x && fits.has(x));
      const readings = byObjet.length === 1
        ? [[byObjet[0], true, decided?.by === 'cited' ? ' (d’après la matière que l’acte cite ailleurs)' : ' (d’après l’objet)']] as const
        : [[guide.item, true, ' (lecture du Guide de légistique)'], [reading.confusable.item, false, ' (autre lecture)']] as const;
      for (const [item, preferred, why] of readings) {
        if (!item) continue;
        const f = itemFix(ctx, r, item, shown);
        if (f) fixes.push({ ...f, preferred, title: `${f.title}${why}` });
      }
      out.push({
        range: ctx.index.range(r.start, r.alineaSpan.end),
        message:
          `« alinéa ${n} » de l’article ${shown} est ambigu. Selon le Guide de légistique, chaque paragraphe et chaque élément d’une énumération est un alinéa : ` +
          `l’alinéa ${n} est ${guideLabel} (« ${excerpt(guide.text, 80)} »). Un lecteur peut y lire le ${reading.confusable.item}° ` +
          `(« ${excerpt(reading.confusable.text, 80)} »). Désignez l’élément : « le ${decided ? decided.item : guide.item ?? reading.confusable.item}° de l’article ${shown} »${decided ? (decided.by === 'cited' ? ', la matière que l’acte cite ailleurs' : ', la matière que nomme l’objet') : ''}.`,
        fixes,
      });
    }
    return out;
  },
};

/** "l'article L.2122-22, alinéa 4" → "le 3° de l'article L. 2122-22"; in a list, "L.2122-22, alinéa 4" → "L. 2122-22 (3°)". */
function itemFix(ctx: RuleContext, r: Reference, item: string, shown: string): Fix | null {
  if (!r.alineaSpan) return null;
  const end = alineaEnd(ctx, r);
  const lead = mentionWithin(ctx.act, 'article-lead', Math.max(0, r.start - 30), r.start);
  const single = lead && lead.end === r.start ? lead : null;
  if (single) {
    const prep = single.value;
    const lead = prep === 'de' ? 'du' : prep === 'à' || prep === 'a' ? 'au' : 'le';
    const start = single.start;
    return { title: `Écrire « ${lead} ${item}° de l’article ${shown} »`, edits: [edit(ctx, start, end, `${lead} ${item}° de l’article ${shown}`)] };
  }
  return { title: `Écrire « ${shown} (${item}°) »`, edits: [edit(ctx, r.start, end, `${shown} (${item}°)`)] };
}

/**
 * Where « alinéa N » ends for a fix that replaces it: with the comma that closes it when it was an incise (« L. 2122-22,
 * alinéa 17, et L. 2122-23 », « l'article L. 2122-22, alinéa 17, du code … »), not a list's comma before another
 * article (« L. 2122-22, alinéa 17, L. 2122-23 »).
 */
function alineaEnd(ctx: RuleContext, r: Reference): number {
  const end = r.alineaSpan!.end;
  const opened = ctx.text.slice(r.start + r.label.length, r.alineaSpan!.start).includes(',');
  return opened && /^,(?!\s*(?:(?:lo|l|r|d)\s?\.?\s*)?\d)/i.test(ctx.text.slice(end, end + 12)) ? end + 1 : end;
}

export const VISA_REFERENCE_RULES: readonly Rule[] = [VIS_004, VIS_005, VIS_006];
