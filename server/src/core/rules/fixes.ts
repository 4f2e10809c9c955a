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

/** The recours sentence naming the competent tribunal administratif. */
export function recoursSentence(ctx: RuleContext, seat: string): string {
  const noun = ACT_NOUN[ctx.act.kind] ?? 'Le présent acte';
  return `${noun} peut faire l’objet d’un recours pour excès de pouvoir devant le tribunal administratif ${tribunalOf(seat)} dans un délai de deux mois à compter de sa publication ou de sa notification. Le tribunal administratif peut être saisi par l’application Télérecours citoyens accessible sur le site www.telerecours.fr.`;
}

/**
 * Insert the recours article. With numbered articles: a new article written like the others,
 * before the execution article (renumbered) or after the last one; without articles: a paragraph
 * after the dispositif.
 */
export function recoursArticleFix(ctx: RuleContext): Fix | null {
  const t = expectedTribunal(ctx);
  if (!t) return null;
  const { act, text, index } = ctx;
  const eol = derived(ctx).eol;
  const sentence = recoursSentence(ctx, t.seat);
  const title = `Insérer l’article sur les voies et délais de recours (tribunal administratif ${tribunalOf(t.seat)})`;
  const arts = act.articles;
  const last = arts[arts.length - 1];
  if (last && last.number && last.number !== 'unique' && !derived(ctx).flattened) {
    const lastN = last.number === '1er' ? 1 : Number(last.number);
    if (!Number.isFinite(lastN)) return null;
    const isExec = arts.length >= 2 && mentionsOf(act, 'execution-clause').some((m) => m.start >= last.start && m.start < last.end);
    const target = isExec ? last : null;
    const n = isExec ? lastN : lastN + 1;
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
        title, preferred: true,
        edits: [insertAt(at, `${block}${eol}${eol}`), { range: target.numberRange, newText: String(n + 1) }],
      };
    }
    return { title, preferred: true, edits: [insertAt(index.positionAt(index.lineEnd(last.range.end.line)), `${eol}${eol}${block}`)] };
  }
  const end = endOfDispositif(act);
  const anchorLine = act.placeDate ? act.placeDate.range.start.line - 1 : end?.line;
  if (anchorLine === undefined || anchorLine < 0) return null;
  const at = index.positionAt(index.lineEnd(anchorLine));
  return { title, preferred: true, edits: [insertAt(at, `${eol}${eol}${sentence}`)] };
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
