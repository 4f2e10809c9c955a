// Helpers shared by the rule families: cached derived views of the text (folded copy,
// "flattened OCR dump" flag), where the preamble ends, which references sit in the visas,
// the collectivité's département and tribunal, small date arithmetic.
import type { Act, Mention, MentionKind, Range, Recital, Reference, Span } from '../model';
import type { Rule, RuleContext } from './rule';
import { fold, isoDate, containingIn } from '../text';
import { isDeliberation } from './util';
import { GENERAL_RENEWALS } from '../renewals';
import { communeName, ofPlace, resolveCollectivite, tribunalOf } from '../collectivite';

/** Extra documentation a rule may carry for the generated rules page (docs/regles.md). */
export interface RuleDoc {
  /** The rule never reports: its facts are given by the documentation and the hover only. */
  readonly explanationOnly?: boolean;
  /** Longer French explanation, Markdown. */
  readonly details?: string;
}

export interface DocumentedRule extends Rule {
  readonly doc?: RuleDoc;
}

interface Derived {
  /** Folded text (lower case, no accents, same offsets). */
  readonly f: string;
  /** The document lost its line structure (one-line OCR dumps): the parser's fields are less reliable. */
  readonly flattened: boolean;
  /** Offset where the dispositif starts (verb, else first article), else the end of the text. */
  readonly dispositifStart: number;
  readonly eol: string;
}

const CACHE = new WeakMap<Act, Derived>();

export function derived(ctx: RuleContext): Derived {
  const hit = CACHE.get(ctx.act);
  if (hit && hit.f.length === ctx.text.length) return hit;
  const { act, index, text } = ctx;
  let longest = 0;
  for (let i = 0; i < index.lineCount; i++) {
    const len = index.lineEnd(i) - index.lineStarts[i];
    if (len > longest) longest = len;
  }
  const flattened = longest > 1200 || (index.lineCount <= 3 && text.length > 1500);
  let dispositifStart = text.length;
  if (act.dispositive) dispositifStart = index.offsetAt(act.dispositive.range.start);
  else if (act.articles.length) dispositifStart = act.articles[0].start;
  const d: Derived = { f: ctx.folded ?? fold(text), flattened, dispositifStart, eol: lineBreakOf(text) };
  CACHE.set(act, d);
  return d;
}

/** The line break a fix writes: the text's first one (« \r\n », a lone « \r », or « \n » when there is none). */
function lineBreakOf(text: string): string {
  const cr = text.indexOf('\r');
  const lf = text.indexOf('\n');
  if (cr < 0 || (lf >= 0 && lf < cr)) return '\n';
  return text.charCodeAt(cr + 1) === 10 ? '\r\n' : '\r';
}

/**
 * The act says it is, or will be, published (by an article, its certification or a stamp) and nowhere that it
 * is notified: a regulatory act or a délibération, not a decision that must reach a person (CJA, art. R. 421-5).
 * Read by syntax/publicity.ts outside délibérations and police arrêtés (which are published anyway).
 */
export function publishedNotNotified(act: Act): boolean {
  return mentionOf(act, 'published-self') !== null && mentionOf(act, 'notified-self') === null;
}

const BY_KIND = new WeakMap<Act, Map<MentionKind, Mention[]>>();
/** Every mention of a kind, in document order (the act's mentions grouped by kind once). */
export function mentionsOf(act: Act, kind: MentionKind): readonly Mention[] {
  let map = BY_KIND.get(act);
  if (!map) {
    map = new Map();
    for (const m of act.mentions) {
      const list = map.get(m.kind);
      if (list) list.push(m);
      else map.set(m.kind, [m]);
    }
    BY_KIND.set(act, map);
  }
  return map.get(kind) ?? [];
}
/** The first mention of a kind the reader saw in the act, or null. */
export const mentionOf = (act: Act, kind: MentionKind): Mention | null => mentionsOf(act, kind)[0] ?? null;
/** The first mention of a kind that starts at or after `from` and ends by `to` (binary search), or null. */
export function mentionWithin(act: Act, kind: MentionKind, from: number, to: number): Mention | null {
  const list = mentionsOf(act, kind);
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (list[mid].start < from) lo = mid + 1;
    else hi = mid;
  }
  const m = list[lo];
  return m && m.end <= to ? m : null;
}

/** True when the act has enough structure for the rules to speak (not an empty or foreign text). */
export function looksLikeAct(act: Act): boolean {
  return !(act.kind === 'unknown' && !act.dispositive && act.articles.length === 0);
}

export const ZERO: Range = { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };

export const within = (r: { start: number; end: number }, s: { start: number; end: number }) => r.start >= s.start && r.end <= s.end;

/**
 * `xs.filter(keep)`, by index: the model's arrays are frozen, and V8's `filter`, `find` and for…of are several times
 * slower on a frozen array; the rules that run this over every reference or visa run at every keystroke.
 */
export function where<T>(xs: readonly T[], keep: (x: T) => unknown): T[] {
  const out: T[] = [];
  for (let i = 0; i < xs.length; i++) if (keep(xs[i])) out.push(xs[i]);
  return out;
}

/** References written inside a visa. */
export function visaReferences(act: Act): Reference[] {
  const inVisa = containingIn(act.visas);
  return where(act.references, (r) => inVisa(r.start, r.end) !== null);
}

/** References written before the dispositif (visas, "En application de …" preamble); once per act, for every rule. */
export function preambleReferences(ctx: RuleContext): readonly Reference[] {
  let refs = PREAMBLE.get(ctx.act);
  if (!refs) {
    const end = derived(ctx).dispositifStart;
    const inVisa = containingIn(ctx.act.visas);
    refs = where(ctx.act.references, (r) => r.end <= end || inVisa(r.start, r.end) !== null);
    PREAMBLE.set(ctx.act, refs);
  }
  return refs;
}
const PREAMBLE = new WeakMap<Act, readonly Reference[]>();

export const citesArticle = (refs: readonly Reference[], article: string | RegExp) =>
  refs.some((r) => r.article !== null && (typeof article === 'string' ? r.article === article : article.test(r.article)));

/** Visas that cite a délibération ("Vu la délibération n° …", "Vu les délibérations …"). */
export const isDeliberationVisa = (v: Recital) => v.reading.citesDeliberation;

/**
 * Département of the collectivité: the profile, else the "Département de …" line, else the identifier's code, else the
 * register's (`from: 'register'`); for an EPCI's act, the register's for the commune where it is made, its seat as a rule
 * (`from: 'place'`).
 */
export function departementOf(ctx: RuleContext): { code: string; name: string; tribunal: string | null; from: 'profile' | 'header' | 'identifier' | 'register' | 'place' } | null {
  const { profile, catalogue, act } = ctx;
  const tries: [string | null | undefined, 'profile' | 'header' | 'identifier'][] = [
    [profile.departement, 'profile'],
    [act.header.departement?.name, 'header'],
    [identifierParts(act)?.dpt, 'identifier'],
    // (A collectivité d'outre-mer named in the header, « Collectivité de Saint-Martin »: its own code, 978.)
    [act.authorBody === 'outre-mer' ? /^collectivit[ée]\s+(?:territoriale\s+|unique\s+)?(?:de\s+|d['’]\s*|du\s+)(.+)$/i.exec(act.header.collectivite?.name ?? '')?.[1] : null, 'header'],
  ];
  for (const [key, from] of tries) {
    if (!key) continue;
    const d = catalogue.departement(key);
    if (d) return { code: d.code, name: d.name, tribunal: d.tribunal, from };
  }
  // None written: the département of the commune the register finds (« Ville d'Ajaccio », « Commune de Kourou » under
  // « Collectivité territoriale de Guyane »: the one commune of that name), looked up once per act. (Not a commune told
  // apart from its homonyms by the tribunal the act names: that tribunal is what this département checks.)
  let byCatalogue = REGISTER_DEPARTEMENT.get(act);
  if (!byCatalogue) REGISTER_DEPARTEMENT.set(act, (byCatalogue = new WeakMap()));
  let code = byCatalogue.get(catalogue);
  if (code === undefined) {
    const c = resolveCollectivite(act, profile, catalogue);
    code = (c.from !== null && c.from !== 'nom-tribunal' ? c.info?.departement : communeNamedOnce(act, catalogue)?.departement) ?? null;
    // An EPCI's act « Fait à Guéret »: the seat, as a rule, where its président signs.
    if (!code && isEpci(ctx) && act.placeDate?.place && catalogue.collectivitesNamed) {
      const fit = catalogue.collectivitesNamed(act.placeDate.place).filter((x) => x.kind === 'commune');
      if (fit.length === 1 && fit[0].departement) code = `place:${fit[0].departement}`;
    }
    byCatalogue.set(catalogue, code);
  }
  const place = code?.startsWith('place:') ?? false;
  const d = code ? catalogue.departement(place ? code!.slice(6) : code) : null;
  return d ? { code: d.code, name: d.name, tribunal: d.tribunal, from: place ? 'place' : 'register' } : null;
}
const REGISTER_DEPARTEMENT = new WeakMap<Act, WeakMap<object, string | null>>();

/** The commune the header or the authority names, when the register has exactly one commune of that name. */
function communeNamedOnce(act: Act, catalogue: RuleContext['catalogue']) {
  if (!catalogue.collectivitesNamed) return null;
  const name = communeName(act);
  if (!name) return null;
  const fit = catalogue.collectivitesNamed(name).filter((x) => x.kind === 'commune');
  return fit.length === 1 ? fit[0] : null;
}

/** The act belongs to the Métropole du Grand Paris (seat in Paris 15e: tribunal administratif de Paris). */
export function isMGP(ctx: RuleContext): boolean {
  const name = ctx.profile.name ?? ctx.act.header.collectivite?.name ?? '';
  if (/grand\s+paris/.test(fold(name)) && /metropole/.test(fold(name))) return true;
  return mentionOf(ctx.act, 'metropole-grand-paris') !== null;
}

/** Seat of the competent tribunal administratif, and why. Null when unknown. */
export function expectedTribunal(ctx: RuleContext): { seat: string; why: string } | null {
  if (ctx.profile.tribunal) return { seat: ctx.profile.tribunal, why: 'tribunal indiqué dans le profil de la collectivité' };
  if (isMGP(ctx)) return { seat: 'Paris', why: 'siège de la Métropole du Grand Paris à Paris' };
  const d = departementOf(ctx);
  if (d?.tribunal) {
    const from = d.from === 'profile' ? 'd’après le profil de la collectivité' : d.from === 'header' ? 'd’après l’en-tête de l’acte' : d.from === 'register' ? 'celui de la collectivité au registre des collectivités'
      : d.from === 'place' ? `celui ${ctx.act.placeDate?.place ? ofPlace(ctx.act.placeDate.place) : 'de la commune'} où l’acte est fait (le siège, en règle générale)` : 'd’après l’identifiant de télétransmission';
    return { seat: d.tribunal, why: `le département ${d.code} (${d.name}), ${from}, relève du tribunal administratif ${tribunalOf(d.tribunal)}` };
  }
  return null;
}

/**
 * A décision du maire really taken by a maire: the act names the maire or cites L. 2122-22. Guards the
 * DEC-M rules against documents the parser classified as decisions by default (an annexed State decision…).
 */
export function isMayorDecision(ctx: RuleContext): boolean {
  if (ctx.act.kind !== 'decision-maire') return false;
  // A convened séance with members in office is a délibération (or minutes) the parser took for a decision.
  const s = ctx.act.seance;
  if (s && (s.membersInOffice !== null || s.convocationDate !== null)) return false;
  if (ctx.act.references.some((r) => r.article === 'L2122-22' || r.article === 'L2122-23')) return true;
  // The délibération that delegates, visée: a décision by délégation, whatever else it cites.
  if (mentionOf(ctx.act, 'delegating-visa')) return true;
  // A « décision » the maire takes in the name of the State (the electoral list, an attestation d'accueil): no délégation.
  if (mentionOf(ctx.act, 'state-agent')) return false;
  // A « décision » the maire takes on his own powers, which it cites (L. 2122-24, police: L. 2212-1 and after; in the
  // name of the State, L. 2122-27 to L. 2122-34: the légalisation of a signature, the état civil…; the execution of the
  // conseil's délibérations, L. 2122-21; the moves of credits between chapters the budget allows, L. 5217-10-6).
  if (ctx.act.references.some((r) => r.article !== null && (r.code === null || r.code === 'CGCT') && /^L2122-(?:21|2[4-9]|3[0-4])(?:-|$)|^L221[2-5]-|^L5217-10-6$/.test(r.article))) return false;
  // Or as the autorité territoriale (code général de la fonction publique: recruiting, appointing, the career of an
  // agent), or as the manager of the public domain (code général de la propriété des personnes publiques: an
  // authorisation to occupy it), a code its visas name.
  if (visaReferences(ctx.act).some((r) => r.type === 'code' && (r.code === 'CGFP' || r.code === 'CG3P'))) return false;
  // Neither L. 2122-22 nor a délibération that delegates visée, an objet that names none of its matters by their own
  // words, and visas that give another basis than the chapters of the conseil and the maire (L. 2121-x, L. 2122-x): a
  // décision on the maire's own powers (a refusal to communicate a document, CRPA L. 311-1; the answer to a recours
  // préalable against a forfait de post-stationnement, L. 2333-87), not one he took by délégation and forgot to say so.
  // (Broader words, « la demande … est rejetée », are no matter: 26° is a demande de subvention. A décision that vises
  // the CGCT alone, « portant acquisition d'isoloirs », is still judged as delegated.)
  if (!mentionsOf(ctx.act, 'objet-matter').some((m) => m.flag) && visaReferences(ctx.act).some((r) =>
    (r.type === 'code' && r.code !== null && r.code !== 'CGCT') || (r.type === 'code-article' && r.article !== null && !((r.code === null || r.code === 'CGCT') && /^L212[12]-/.test(r.article))))) return false;
  return mentionOf(ctx.act, 'maire-named') !== null;
}

/** The départements of the droit local (Moselle, Bas-Rhin, Haut-Rhin): CGCT, art. L. 2541-1 and after. */
const ALSACE_MOSELLE = new Set(['57', '67', '68']);

/** Is the act a commune's of the Moselle, the Bas-Rhin or the Haut-Rhin, under the droit local (CGCT, art. L. 2541-1 and after)? */
export function droitLocal(ctx: RuleContext): boolean {
  if (isEpci(ctx) || (ctx.act.authorBody !== null && ctx.act.authorBody !== 'commune')) return false;
  return ALSACE_MOSELLE.has(departementOf(ctx)?.code ?? resolveCollectivite(ctx.act, ctx.profile, ctx.catalogue).info?.departement ?? '');
}

/** Is the author an EPCI (communauté, métropole, syndicat)? The profile decides, then the act. */
export function isEpci(ctx: RuleContext): boolean {
  const k = ctx.profile.kind;
  if (k === 'commune') return false;
  if (k === 'epci' || k === 'metropole' || k === 'syndicat') return true;
  const { act } = ctx;
  // (A CCAS, a caisse des écoles, a régie or an office de tourisme is no EPCI, even when intercommunal: a CIAS.)
  if (act.authorBody === 'etablissement') return false;
  if (act.header.collectivite?.type === 'commune') return false;
  if (act.seance?.body && /conseil\s+municipal/.test(fold(act.seance.body))) return false;
  return act.kind.startsWith('deliberation-epci') || act.kind.endsWith('-president');
}

export interface IdentifierParts {
  readonly dpt: string;
  readonly siren: string;
  readonly date: string | null;
  readonly dateRaw: string;
  readonly num: string;
  readonly nature: string;
  /** Offsets of the date inside the identifier. */
  readonly dateAt: number;
}

/** "073-217300656-20250417-lmc1H33587H1-AR" → its parts. */
export function identifierParts(act: Act): IdentifierParts | null {
  const id = act.transmission?.identifier;
  if (!id) return null;
  const m = /^(\d{3}|02[AB])-(\d{9})-(\d{8})-(.+)-([A-Za-z]{2})$/i.exec(id.trim());
  if (!m) return null;
  const raw = m[3];
  return {
    dpt: m[1].toUpperCase(), siren: m[2], dateRaw: raw, date: isoDate(+raw.slice(0, 4), +raw.slice(4, 6), +raw.slice(6, 8)),
    num: m[4], nature: m[5].toUpperCase(), dateAt: m[1].length + 1 + m[2].length + 1,
  };
}

/** Luhn check of a SIREN. */
export function luhn(digits: string): boolean {
  if (!/^\d+$/.test(digits)) return false;
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let d = digits.charCodeAt(digits.length - 1 - i) - 48;
    if (i % 2 === 1) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return sum % 10 === 0;
}

/** ISO date plus n calendar months (clamped to the month's last day). */
export function addMonths(iso: string, n: number): string {
  const [y, m, d] = iso.split('-').map(Number);
  const t = new Date(Date.UTC(y, m - 1 + n, 1));
  const last = new Date(Date.UTC(t.getUTCFullYear(), t.getUTCMonth() + 1, 0)).getUTCDate();
  return `${t.getUTCFullYear()}-${String(t.getUTCMonth() + 1).padStart(2, '0')}-${String(Math.min(d, last)).padStart(2, '0')}`;
}

/** The date the act bears for comparisons: séance for délibérations, else the place-and-date line, else the AR block. */
/**
 * The mandate a délégation dated `iso` ended with, when the act comes after it: the start of the current mandate the
 * profile gives (« debutMandat »; `renewal` null), else the last general renewal the act follows, its conseils installed
 * since (`renewal`: its label, « mars 2026 »). Null when the délégation is of the current mandate, or the act undated.
 * (DEL-002 for the délibération that delegates to the maire, SIG-003 for the arrêté that delegates to a signatory.)
 */
export function mandateEnded(ctx: RuleContext, iso: string): { readonly since: string; readonly renewal: string | null; readonly outgoing?: string } | null {
  const start = ctx.profile.mandateStart;
  if (start) return iso < start ? { since: start, renewal: null } : null;
  const date = referenceDate(ctx.act);
  const r = date ? [...GENERAL_RENEWALS].reverse().find((x) => date > x.installedBy) : undefined;
  if (!r || iso >= r.installedFrom) return null;
  // (Between the first round and the first installation: the outgoing conseil, or its maire, still in office.)
  return { since: r.firstRound, renewal: r.label, outgoing: iso >= r.firstRound ? r.installedFrom : undefined };
}

export function referenceDate(act: Act): string | null {
  if (isDeliberation(act.kind) && act.seance?.date) return act.seance.date;
  return act.placeDate?.date ?? act.transmission?.actDate ?? act.seance?.date ?? act.date ?? null;
}

/** Range of a span (helper for spans built from offsets). */
export const rangeOf = (ctx: RuleContext, start: number, end: number): Range => ctx.index.range(start, end);

export const spanRange = (s: Span | null | undefined, fallback: Range): Range => (s ? s.range : fallback);

/** A rule that only documents (hover, rules page): it never reports. */
export const explanation = (id: string, title: string, source: DocumentedRule['source'], status: DocumentedRule['status'], details: string, kinds: DocumentedRule['kinds'] = 'all'): DocumentedRule => ({
  id, title, kinds, severity: 'information', source, status, doc: { explanationOnly: true, details }, check: () => [],
});

/** An act about an agent of the collectivité: it cites the code général de la fonction publique or the statute's laws (84-53, 83-634). */
export function agentAct(act: Act): boolean {
  return act.references.some((r) => r.code === 'CGFP' || (r.nature === 'loi' && (r.number === '84-53' || r.number === '83-634')));
}

/**
 * « alinéa N » of L. 2122-22 read as one matter when the act says which of its two readings, the (N − 1)° or the N°
 * (VIS-006), and what says it: the item cited elsewhere in the act (« … a délégué au maire les attributions mentionnées
 * au 4° de l'article L. 2122-22 »), else the matter the objet names by its own words (« attribution du marché … »: the
 * 4°). Else null.
 */
export function alineaEvidence(act: RuleContext['act'], n: number): { readonly item: number; readonly by: 'cited' | 'objet' } | null {
  const cited = new Set<number>();
  for (const r of act.references) if (r.article === 'L2122-22' && r.item && /^\d+$/.test(r.item)) cited.add(+r.item);
  for (const m of mentionsOf(act, 'delegation-item')) cited.add(+m.value!);
  const named = new Set(mentionsOf(act, 'objet-matter').filter((m) => m.flag).map((m) => +m.value!));
  for (const [evidence, by] of [[cited, 'cited'], [named, 'objet']] as const) {
    const fits = [n - 1, n].filter((x) => evidence.has(x));
    if (fits.length === 1) return { item: fits[0], by };
  }
  return null;
}
