// Quick-fix builders shared by the rules. Every fix is a list of insertions or small
// replacements computed from the model's offsets: the rest of the document is untouched.
import type { Position } from '../model';
import type { Fix, RuleContext, TextEdit } from './rule';
import { fold, frenchDate } from '../text';
import { codeSortKey } from '../syntax/recitals';
import { derived, expectedTribunal, mentionOf, mentionsOf, mentionWithin, referenceDate } from './support';
import { endOfDispositif } from './util';
import { tribunalOf } from '../collectivite';

const insertAt = (p: Position, newText: string): TextEdit => ({ range: { start: p, end: p }, newText });

/** End of the line holding `offset` (before its line break). */
function lineEndAt(ctx: RuleContext, offset: number): Position {
  const line = ctx.index.positionAt(offset).line;
  return ctx.index.positionAt(ctx.index.lineEnd(line));
}

/** Start of the line holding `offset`. */
function lineStartAt(ctx: RuleContext, offset: number): Position {
  return { line: ctx.index.positionAt(offset).line, character: 0 };
}

/** Visa endings normalised for insertion: " ;" or ",". */
function visaEnding(ending: string): string {
  return ending === ',' ? ',' : ' ;';
}

/** Separator between two visas as written (line breaks only), else a blank line. */
function visaSeparator(ctx: RuleContext): string {
  const eol = derived(ctx).eol;
  return mentionOf(ctx.act, 'visa-separator')?.value === 'line' ? eol : eol + eol;
}

/**
 * Insert a visa ("Vu <body><ending>"). Code visas go among the code visas (alphabetical order,
 * before laws and décrets); other visas after the last visa. With no visa at all, the visa goes
 * before the first considérant, the verb or the first article.
 */
export function insertVisaFix(ctx: RuleContext, body: string, title: string, opts: { code?: boolean; preferred?: boolean } = {}): Fix | null {
  const { act } = ctx;
  const eol = derived(ctx).eol;
  const visas = act.visas;
  if (visas.length === 0) {
    const anchor = act.considerants[0]?.start ?? (act.dispositive ? ctx.index.offsetAt(act.dispositive.range.start) : act.articles[0]?.start);
    if (anchor === undefined) return null;
    return { title, preferred: opts.preferred, edits: [insertAt(lineStartAt(ctx, anchor), `Vu ${body} ;${eol}${eol}`)] };
  }
  const sep = visaSeparator(ctx);
  const key = codeSortKey(fold(body));
  let after = -1;
  if (opts.code) {
    for (let i = 0; i < visas.length; i++) {
      const k = visas[i].reading.codeOrderKey;
      if (k !== null && k <= key) after = i;
    }
  } else {
    after = visas.length - 1;
  }
  // List marker written before "Vu" on the visas' lines ("- Vu** …" in converted documents).
  const lineStartOf = (offset: number) => ctx.index.offsetAt(lineStartAt(ctx, offset));
  const leadOf = (v: { start: number }) => {
    const m = mentionWithin(act, 'list-marker', lineStartOf(v.start), v.start);
    return m && m.end === v.start ? m.value ?? '' : '';
  };
  if (after >= 0) {
    const v = visas[after];
    // Keep what follows the visa's punctuation on its line (nothing, usually) and insert after it.
    const end = v.end;
    const ending = visaEnding(v.ending || (visas.some((x) => x.ending === ';') ? ';' : ','));
    // If the inserted visa becomes the last one and the previous last ended with ",", keep that style.
    const newEnding = after === visas.length - 1 ? visaEnding(v.ending) : ending;
    return { title, preferred: opts.preferred, edits: [insertAt(ctx.index.positionAt(end), `${sep}${leadOf(v)}Vu ${body}${newEnding}`)] };
  }
  const first = visas[0];
  const ending = visaEnding(visas.some((x) => x.ending === ';') ? ';' : first.ending);
  // Before the first visa: at the start of its line, keeping any list marker ("- ") of that line.
  const lineStart = lineStartOf(first.start);
  return { title, preferred: opts.preferred, edits: [insertAt(ctx.index.positionAt(lineStart), `${leadOf(first)}Vu ${body}${ending}${sep === eol ? eol : eol + eol}`)] };
}

/**
 * Text a fix inserts, written as the act writes: straight apostrophes in an act that uses no typographic one, and the
 * act's space before « : » (a non-breaking one if it writes one).
 */
export function asWritten(ctx: RuleContext, s: string): string {
  const how = writingOf(ctx);
  let out = s;
  if (how.straight) out = out.replace(/’/g, "'");
  if (how.space) out = out.replace(/ (?=[:;?!])/g, how.space);
  return out;
}

/** How a text writes apostrophes and the space before « : », read once per text (each fix asks). */
const WRITING = new WeakMap<object, { readonly text: string; readonly straight: boolean; readonly space: string | undefined }>();
function writingOf(ctx: RuleContext) {
  const text = ctx.text;
  let how = WRITING.get(ctx.index);
  if (!how || how.text !== text) {
    // (Asked at each keystroke: the index derives each first occurrence from the previous version's when it can.)
    const first = (w: string) => (ctx.index.text === text ? ctx.index.firstIndexOf('text', text, w) : text.indexOf(w));
    let space: string | undefined;
    let at = Infinity;
    for (const nb of ['\u00a0', '\u202f']) {
      for (const p of ':;?!') {
        const i = first(nb + p);
        if (i >= 0 && i < at) [at, space] = [i, nb];
      }
    }
    how = { text, straight: first('’') < 0 && first("'") >= 0, space };
    WRITING.set(ctx.index, how);
  }
  return how;
}

/** An article number's parts for ordering (« L2122-18 » → L, 2122, 18). */
function articleOrder(a: string, b: string): number {
  const pa = /^([A-Z]*)(.*)$/.exec(a.replace(/[\s.]/g, ''))!;
  const pb = /^([A-Z]*)(.*)$/.exec(b.replace(/[\s.]/g, ''))!;
  if (pa[1] !== pb[1]) return pa[1] < pb[1] ? -1 : 1;
  const na = pa[2].split('-').map(Number);
  const nb = pb[2].split('-').map(Number);
  for (let i = 0; i < Math.max(na.length, nb.length); i++) {
    const d = (na[i] ?? -1) - (nb[i] ?? -1);
    if (d !== 0 && Number.isFinite(d)) return d;
  }
  return 0;
}

/**
 * Cite CGCT articles in the visas (« L. 2122-18 »…, as written in a visa): the visa of the code, when there is one, is
 * completed (« Vu le code général des collectivités territoriales ; » → « …, notamment son article L. 2122-18 ; »;
 * « notamment son article L. 2122-22 » → « notamment ses articles L. 2122-22 et L. 2122-23 »), with the articles of
 * `instead` (« L2122-18 ») taken out of its list; else a new visa of the code goes among the code visas. The
 * code is visé once.
 */
export function cgctArticlesFix(ctx: RuleContext, articles: readonly string[], title: string, opts: { preferred?: boolean; instead?: readonly string[] } = {}): Fix | null {
  const { act, text, index } = ctx;
  const wording = (list: readonly string[]) => (list.length === 1 ? `son article ${list[0]}` : `ses articles ${list.slice(0, -1).join(', ')} et ${list[list.length - 1]}`);
  const inVisa = (v: { start: number; end: number }) => act.references.filter((r) => r.start >= v.start && r.end <= v.end);
  // The visa of the code itself (« Vu le code général … », « Vu les articles … du CGCT », « Vu le CGCT, … »), not a
  // délibération's or a loi's that cites one of its articles.
  const visa = act.visas.find((v) => {
    const refs = inVisa(v);
    return refs.some((r) => r.code === 'CGCT') && (v.reading.designates === 'code' || (v.reading.designates === 'other' && refs.every((r) => r.code === 'CGCT' && (r.type === 'code' || r.type === 'code-article'))));
  });
  const fallback = () => insertVisaFix(ctx, `le code général des collectivités territoriales, notamment ${wording(articles)}`, title, { code: true, preferred: opts.preferred });
  if (!visa || derived(ctx).flattened) return fallback();
  const refs = inVisa(visa);
  const cited = refs.filter((r) => r.type === 'code-article' && r.code === 'CGCT' && r.article);
  if (cited.length === 0) {
    // The code named alone: the articles go after its name, when nothing but the visa's punctuation follows it.
    const code = refs.find((r) => r.type === 'code' && r.code === 'CGCT');
    if (!code) return fallback();
    const rest = text.slice(code.end, visa.end);
    if (!/^[\s*]*[;,.:]?[\s*]*$/.test(rest)) return fallback();
    return { title, preferred: opts.preferred, edits: [insertAt(index.positionAt(code.end), `, notamment ${wording(articles)}`)] };
  }
  // Articles listed: one list (« L. 2122-22 et L. 2122-23 », « L. 2122-18, L. 2122-19 et L. 2122-20 »), rewritten with
  // the new articles in their order. Anything else between two of them (another code, words): a new visa instead.
  for (let i = 1; i < cited.length; i++) if (!/^\s*(?:,\s*(?:et\s+)?|et\s+)$/.test(text.slice(cited[i - 1].end, cited[i].start))) return fallback();
  const first = cited[0];
  const last = cited[cited.length - 1];
  const lead = /(?:\b(son|ses)|(?:\b(les)|\b(l)['’]))\s*articles?\s+$/i.exec(text.slice(Math.max(visa.start, first.start - 20), first.start));
  // An item of the article before it (« le 6° de son article L. 2122-22 »): the list is that item's; the new articles
  // follow it (« … et son article L. 2122-23 »).
  const keyOf = (a: string) => a.replace(/\s*\(.*\)$/, '').replace(/[\s.]/g, '');
  const added = articles.filter((a) => !cited.some((r) => r.article === keyOf(a)));
  if (/(?:°|\balin[ée]a\s+\d+|\bpremier)\s+(?:de|du)\s*$/i.test(text.slice(Math.max(visa.start, first.start - (lead?.[0].length ?? 0) - 30), first.start - (lead?.[0].length ?? 0)))) {
    return added.length ? { title, preferred: opts.preferred, edits: [insertAt(index.positionAt(last.end), ` et ${wording(added)}`)] } : null;
  }
  const pieces = cited.filter((r) => !opts.instead?.includes(r.article!)).map((r) => ({ key: r.article!, written: text.slice(r.start, r.end) }));
  for (const a of articles) {
    const key = keyOf(a);
    if (pieces.some((p) => p.key === key)) continue;
    const at = pieces.findIndex((p) => articleOrder(p.key, key) > 0);
    pieces.splice(at < 0 ? pieces.length : at, 0, { key, written: a });
  }
  const list = pieces.map((p) => p.written);
  const joined = list.length === 1 ? list[0] : `${list.slice(0, -1).join(', ')} et ${list[list.length - 1]}`;
  // The word that leads the list agrees with its number (« son article » → « ses articles », « l’article » → « les articles »).
  const edits: TextEdit[] = [];
  if (lead) {
    const from = first.start - lead[0].length;
    const poss = lead[1] !== undefined;
    const upper = /^[A-Z]/.test(lead[0]);
    const apostrophe = /['’]/.exec(lead[0])?.[0] ?? '’';
    const word = list.length === 1 ? (poss ? 'son article ' : `l${apostrophe}article `) : poss ? 'ses articles ' : 'les articles ';
    edits.push({ range: index.range(from, last.end), newText: (upper ? word[0].toUpperCase() + word.slice(1) : word) + joined });
  } else {
    edits.push({ range: index.range(first.start, last.end), newText: joined });
  }
  return { title, preferred: opts.preferred, edits };
}

/**
 * The one matter of L. 2122-22 a décision's objet names by its own words (« Marché de fourniture … »: the 4°), or null
 * when it names none or several.
 */
export function objetItem(act: RuleContext['act']): string | null {
  const items = new Set(mentionsOf(act, 'objet-matter').filter((m) => m.flag && m.value).map((m) => m.value!));
  return items.size === 1 ? [...items][0] : null;
}

/** Name of the commune for "Fait à …": the profile, else the header ("Mairie de Chambéry"), else the authority. */
export function communeName(ctx: RuleContext): string | null {
  const raw = ctx.profile.name ?? ctx.act.header.collectivite?.name ?? null;
  if (!raw) return null;
  const m = /^(?:commune|ville|mairie)\s+(?:de\s+la\s+|de\s+l['’]\s*|du\s+|de\s+|d['’]\s*)?(.+)$/i.exec(raw.trim());
  let name = (m ? m[1] : raw).trim();
  if (!m && /^(?:m[ée]tropole|communaut|syndicat|eurom)/i.test(name)) return null;
  if (name === name.toUpperCase()) name = name.toLowerCase().replace(/(^|[\s-])(\p{L})/gu, (_, a, b) => a + b.toUpperCase()).replace(/-(Sur|Sous|Le|La|Les|En|De|Du|Des|Lès)-/g, (s) => s.toLowerCase());
  return name || null;
}

/** Insert "Fait à <commune>, le <date>" after the dispositif (when both are known). */
export function placeDateFix(ctx: RuleContext): Fix | null {
  const place = communeName(ctx);
  const date = referenceDate(ctx.act);
  const end = endOfDispositif(ctx.act);
  if (!place || !date || !end || derived(ctx).flattened) return null;
  const eol = derived(ctx).eol;
  const at = ctx.index.positionAt(ctx.index.lineEnd(end.line));
  return {
    title: `Insérer « Fait à ${place}, le ${frenchDate(date)} »`,
    preferred: true,
    edits: [insertAt(at, `${eol}${eol}Fait à ${place}, le ${frenchDate(date)}`)],
  };
}

/** Insert the profile's signatory after the place-and-date line (or after the dispositif). */
export function signatureFix(ctx: RuleContext): Fix | null {
  const s = ctx.profile.signatory;
  // On a one-line OCR dump there is no line to insert after: no fix.
  if (!s || derived(ctx).flattened) return null;
  const anchor = ctx.act.placeDate ? ctx.act.placeDate.range.end : endOfDispositif(ctx.act);
  if (!anchor) return null;
  const eol = derived(ctx).eol;
  const at = ctx.index.positionAt(ctx.index.lineEnd(anchor.line));
  const quality = s.quality.replace(/[,\s]+$/, '');
  return {
    title: `Insérer la signature de ${s.name} (${quality})`,
    preferred: true,
    edits: [insertAt(at, `${eol}${eol}${quality},${eol}${eol}${s.name}`)],
  };
}

const ACT_NOUN: Record<string, string> = {
  'arrete-maire': 'Le présent arrêté', 'arrete-president': 'Le présent arrêté',
  'decision-maire': 'La présente décision', 'decision-president': 'La présente décision',
  'deliberation-cm': 'La présente délibération', 'deliberation-epci-conseil': 'La présente délibération',
  'deliberation-epci-bureau': 'La présente délibération', unknown: 'Le présent acte',
};

/** The recours sentence naming the competent tribunal administratif; the délai runs `from` (« de sa notification »…). */
export function recoursSentence(ctx: RuleContext, seat: string, from = 'de sa publication ou de sa notification'): string {
  const noun = ACT_NOUN[ctx.act.kind] ?? 'Le présent acte';
  return `${noun} peut faire l’objet d’un recours pour excès de pouvoir devant le tribunal administratif ${tribunalOf(seat)} dans un délai de deux mois à compter ${from}. Le tribunal administratif peut être saisi par l’application Télérecours citoyens accessible sur le site www.telerecours.fr.`;
}

/** Insert the recours article (`articleFix`), naming the département's tribunal. */
export function recoursArticleFix(ctx: RuleContext, from?: string): Fix | null {
  const t = expectedTribunal(ctx);
  if (!t) return null;
  return articleFix(ctx, recoursSentence(ctx, t.seat, from), `Insérer l’article sur les voies et délais de recours (tribunal administratif ${tribunalOf(t.seat)})`);
}

/**
 * Insert an article saying `said` (written as the act writes): with numbered articles, a new article headed like the
 * others, before the execution article (renumbered) or after the last one; without articles, a paragraph after the
 * dispositif.
 */
export function articleFix(ctx: RuleContext, said: string, title: string, preferred = true): Fix | null {
  const { act, text, index } = ctx;
  const eol = derived(ctx).eol;
  const sentence = asWritten(ctx, said);
  const arts = act.articles;
  const last = arts[arts.length - 1];
  if (last && last.number && last.number !== 'unique' && !derived(ctx).flattened) {
    const lastN = last.number === '1er' ? 1 : Number(last.number);
    if (!Number.isFinite(lastN)) return null;
    const isExec = arts.length >= 2 && mentionsOf(act, 'execution-clause').some((m) => m.start >= last.start && m.start < last.end);
    const target = isExec ? last : null;
    // Before the execution article, the number after the article above it (« 1er, 2, 2 »: the new one is 3, the
    // execution article 4), never one the act already gives.
    const before = isExec ? arts[arts.length - 2] : null;
    const beforeN = before?.number === '1er' ? 1 : Number(before?.number);
    const n = isExec ? Math.max(lastN, Number.isFinite(beforeN) ? beforeN + 1 : lastN) : lastN + 1;
    const model = last;
    // The heading as written, with its number replaced ("ARTICLE 4 :" → "ARTICLE 5 :").
    const hs = index.offsetAt(model.headingRange.start);
    const he = index.offsetAt(model.headingRange.end);
    const ns = index.offsetAt(model.numberRange.start);
    const ne = index.offsetAt(model.numberRange.end);
    if (!(hs <= ns && ne <= he)) return null;
    const heading = text.slice(hs, ns) + String(n === 1 ? '1er' : n) + text.slice(ne, he);
    // Separator between heading and body as written.
    const gap = mentionOf(act, 'heading-break')?.value;
    const bodySep = gap === 'blank-line' ? eol + eol : gap === 'line' ? eol : ' ';
    const block = `${heading}${bodySep}${sentence}`;
    if (target) {
      // New article before the execution article; the execution article takes the next number.
      const at = index.positionAt(hs);
      return {
        title, preferred,
        edits: [insertAt(at, `${block}${eol}${eol}`), { range: target.numberRange, newText: String(n + 1) }],
      };
    }
    return { title, preferred, edits: [insertAt(index.positionAt(index.lineEnd(last.range.end.line)), `${eol}${eol}${block}`)] };
  }
  const end = endOfDispositif(act);
  const anchorLine = act.placeDate ? act.placeDate.range.start.line - 1 : end?.line;
  if (anchorLine === undefined || anchorLine < 0) return null;
  const at = index.positionAt(index.lineEnd(anchorLine));
  return { title, preferred, edits: [insertAt(at, `${eol}${eol}${sentence}`)] };
}

/** Insert the séance figures (présents, représentés, votants) after the séance block, to be completed. */
export function seanceFiguresFix(ctx: RuleContext): Fix | null {
  const s = ctx.act.seance;
  if (!s || derived(ctx).flattened) return null;
  const eol = derived(ctx).eol;
  const endLine = s.range.end.line;
  const upper = mentionOf(ctx.act, 'seance-capitals') !== null;
  const labels = upper
    ? ['NOMBRE DE MEMBRES PRÉSENTS : ', 'NOMBRE DE MEMBRES REPRÉSENTÉS : ', 'NOMBRE DE VOTANTS : ']
    : ['Présents : ', 'Représentés : ', 'Votants : '];
  const missing = [s.present === null, s.represented === null, s.voters === null];
  const lines = labels.filter((_, i) => missing[i]);
  if (lines.length === 0) return null;
  const at = ctx.index.positionAt(ctx.index.lineEnd(endLine));
  return {
    title: 'Insérer les nombres de présents, représentés et votants (à compléter)',
    edits: [insertAt(at, eol + lines.map((l) => l.trimEnd()).join(eol))],
  };
}

/** Replace a range with new text. */
export function replaceFix(title: string, range: TextEdit['range'], newText: string, preferred = true): Fix {
  return { title, preferred, edits: [{ range, newText }] };
}

export { lineEndAt };
