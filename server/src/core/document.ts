// parseDocument(text) → ActDocument: one act, an act cut off, or several acts, each read by `parse`.
// Each act of a collection is read from its own part of the text after the shared header (collectivité, séance), and
// its ranges and offsets mapped back to the document's.
import type { Act, ActDocument, MentionKind, Position, SeanceMentionKind } from './model';
import { actSegments, parse, type LineCaches, type Units } from './parse';
import { TextIndex, commonPrefix, commonSuffix, fold } from './text';
import { collectionCuts } from './syntax/collection';
import { recoursWords } from './syntax/recours';
import { readSeanceMentions } from './syntax/deliberation';
import { SECRETARY } from './syntax/mentions';
import { MEMBERS_MOVING, namesIn, readProxyHolders } from './syntax/members';
import { readMovements } from './syntax/movements';
import { readIdentity } from './syntax/identity';
import { IDENT_RE, stampAround } from './syntax/transmission';
import { seenFields } from './syntax/seen';

/** The séance mentions of a compte rendu's text that hold for each of its acts (see parseDocument). */
const DOCUMENT_WIDE: ReadonlySet<SeanceMentionKind> = new Set<SeanceMentionKind>(['convocation-word', 'secretary-word', 'casting-vote', 'withdrawal', 'not-taking-part', 'huis-clos']);

/** A header that speaks of arrivals or departures during the séance (folded; MEMBERS_MOVING's and « à partir du point »). */
const HEADER_MOVES = new RegExp(`${MEMBERS_MOVING.source}|\\ba\\s+partir\\s+du\\s+point\\b|\\barrivee?s?\\s+au\\s+point\\b`);

/** The acts read times the document's characters, before the acts of a long collection are left unread (see parseDocument). */
const READ_BUDGET = 24_000_000;
/** The acts read in a collection however long it is. */
const MIN_ACTS_READ = 8;

/** Spaces for [a, b) of `text`, its line terminators kept (each line's run made at once). */
function blankOf(text: string, a: number, b: number): string {
  let out = '';
  let i = a;
  for (;;) {
    let j = i;
    while (j < b) {
      const c = text.charCodeAt(j);
      if (c === 10 || c === 13) break;
      j++;
    }
    out += ' '.repeat(j - i);
    if (j >= b) return out;
    out += text[j];
    i = j + 1;
  }
}

/**
 * The text one act of a collection is read from: the shared header [0, header) (`hole` in it blanked, see
 * parseDocument), then the act's own part [start, end), joined by a blank line (or a space when no line break lay
 * between them). `toDocument` maps an offset of that text to the document's.
 */
interface Piece {
  readonly text: string;
  readonly folded: string;
  readonly header: number;
  readonly joint: number;
  readonly start: number;
  toDocument(offset: number): number;
}

function pieceOf(text: string, f: string, header: number, start: number, end: number, hole: readonly [number, number] | null): Piece {
  if (start <= header) return { text: text.slice(0, end), folded: f.slice(0, end), header: end, joint: 0, start: end, toDocument: (o) => o };
  const cut = (t: string) => (hole && hole[1] <= header ? t.slice(0, hole[0]) + blankOf(t, hole[0], hole[1]) + t.slice(hole[1], header) : t.slice(0, header));
  const gap = text.slice(header, start);
  const br = gap.includes('\r\n') ? '\r\n' : gap.includes('\n') ? '\n' : gap.includes('\r') ? '\r' : '';
  const atLineStart = header === 0 || text[header - 1] === '\n' || text[header - 1] === '\r';
  const sep = header === 0 ? '' : br === '' ? ' ' : atLineStart ? br : br + br;
  const joint = sep.length;
  return {
    text: cut(text) + sep + text.slice(start, end),
    folded: cut(f) + sep + f.slice(start, end),
    header, joint, start,
    toDocument: (o) => (o <= header ? o : o < header + joint ? start : o - header - joint + start),
  };
}

/**
 * The act read from a piece, with the document's offsets and positions: every `start` and `end` offset and every
 * position of the model mapped (the model is plain frozen data, copied as such).
 */
function rebased(act: Act, piece: Piece, own: TextIndex, doc: TextIndex): Act {
  if (piece.joint === 0 && piece.header === piece.start) return withLineCount(act, doc);
  const map = (v: unknown): unknown => {
    if (v === null || typeof v !== 'object') return v;
    if (Array.isArray(v)) {
      const out = new Array(v.length);
      for (let i = 0; i < v.length; i++) out[i] = map(v[i]);
      return Object.isFrozen(v) ? Object.freeze(out) : out;
    }
    const o = v as Record<string, unknown>;
    if (typeof o.line === 'number' && typeof o.character === 'number') return doc.positionAt(piece.toDocument(own.offsetAt(o as unknown as Position)));
    const out: Record<string, unknown> = {};
    for (const k in o) {
      const x = o[k];
      out[k] = (k === 'start' || k === 'end') && typeof x === 'number' ? piece.toDocument(x) : map(x);
    }
    return Object.isFrozen(v) ? Object.freeze(out) : out;
  };
  return Object.freeze({ ...(map(act) as Act), lineCount: doc.lineCount });
}

/** The act with the document's line count (an act read from a piece counts the piece's). */
const withLineCount = (act: Act, doc: TextIndex): Act => (act.lineCount === doc.lineCount ? act : Object.freeze({ ...act, lineCount: doc.lineCount }));

/**
 * The readings of a collection's acts (each from its piece of the text, see `pieceOf`): those of an earlier version
 * of the document, by rank (`prior`), and where to record this reading's. An act whose piece is the same text as the
 * earlier one of the same rank is not read again (only its offsets are mapped to the new document); an edited one gets
 * an index that knows the edit (`TextIndex.edited`), so its readers reuse what they read there.
 */
export interface ActReadings {
  readonly prior?: readonly ActReading[];
  readonly record?: ActReading[];
  /** How many first characters of the document the earlier version holds unchanged: an act that lies wholly there is the earlier one, offsets and all. */
  readonly unchanged?: number;
}

/** An act as read from its piece (the piece's offsets), the piece's index, and the act placed in the document. */
export interface ActReading {
  readonly index: TextIndex;
  readonly act: Act;
  readonly start: number;
  readonly placed: Act;
  /** Where the act's own part begins in its piece, in a procès-verbal cut at its headings or points. */
  readonly heading?: number;
}

/** The index of `t`, edited from `prior` when there is one. */
function actIndex(t: string, prior: TextIndex | undefined): TextIndex {
  if (!prior) return new TextIndex(t);
  const p = commonPrefix(prior.text, t);
  return TextIndex.edited(prior, t, p, commonSuffix(prior.text, t, Math.min(prior.text.length, t.length) - p));
}

/** The figures a séance read gives (its members in office, présents, représentés, votants, absents), those it gives. */
function ownFigures(s: NonNullable<Act['seance']>): Partial<NonNullable<Act['seance']>> {
  const out: Record<string, number> = {};
  for (const k of ['membersInOffice', 'present', 'represented', 'voters', 'absent'] as const) if (s[k] !== null) out[k] = s[k]!;
  return out;
}

/**
 * Where a point without a tally was decided (document offsets): the end of the last sentence that decides it, takes
 * note or says a nomination takes effect, in its part; else the part's end. A member who leaves after it leaves for
 * the next point (« … les nominations prennent effet immédiatement. » / « M. X quitte définitivement la séance. »).
 */
function decidedAt(a: Act, part: { start: number; end: number }): number {
  let at = -1;
  for (const m of a.mentions) if (DECIDED.has(m.kind) && m.start >= part.start && m.end <= part.end) at = Math.max(at, m.end);
  return at >= 0 ? at : part.end;
}
const DECIDED: ReadonlySet<MentionKind> = new Set<MentionKind>(['adopting-sentence', 'takes-note', 'vote-word', 'adopted-word']);

/**
 * The présents, représentés and votants of each délibération of a procès-verbal after members came or left: the
 * figures read (the opening's, or those a point writes of its own) changed by the movements written after them and
 * before the point's vote. Past a movement that does not say how many members it moves, the figures are left as read.
 */
function withMovements(acts: Act[], segments: readonly { start: number; end: number }[], movements: readonly ReturnType<typeof readMovements>[number][], idx: TextIndex, ownAt: ReadonlyMap<number, number>): void {
  if (movements.length === 0) return;
  let base: NonNullable<Act['seance']> | null = null;
  let e = 0;
  let present = 0;
  let represented = 0;
  // (The opening's figures, as the first délibération that writes none of its own read them.)
  const opening = acts.find((x, k) => x.seance && x.kind.startsWith('deliberation') && !ownAt.has(k))?.seance ?? null;
  const differs = (s: NonNullable<Act['seance']>) => !!opening && (s.present !== opening.present || s.represented !== opening.represented || s.voters !== opening.voters);
  for (let k = 0; k < acts.length; k++) {
    const a = acts[k];
    const s = a.seance;
    if (!s || !a.kind.startsWith('deliberation')) continue;
    // Figures of its own (its séance block, « Présents : … – Votants : … » in its part, or figures read that are not the
    // opening's): they count from where they are written; the points after, that give none, go on from them.
    const blockEnd = idx.offsetAt(s.range.end);
    const own = ownAt.get(k) ?? (idx.offsetAt(s.range.start) >= segments[k].start ? blockEnd : undefined);
    // (Figures read in its part that are not the opening's, « Nombre de présents pour ce point : 3 », are this point's
    // alone: kept as read, and the points after go on from the opening's and the movements.)
    const pointOnly = own === undefined && !!base && differs(s);
    // (Nor those a point writes after a member withdrew for its vote alone, « M. le Maire quitte la salle au moment du
    // vote » then « Présents : 20 — Votants : 24 »: he is back for the next point.)
    const known: NonNullable<Act['seance']> | null = base ?? opening;
    const withdrawnFor = own !== undefined && !!known && s.date === known.date && movements.some((m) => m.way === 'point' && m.start >= segments[k].start && m.start < own);
    if (withdrawnFor) {
      if (!base) {
        base = known;
        while (e < movements.length && movements[e].start < segments[k].start) e++;
      }
      const voteAt = a.vote ? idx.offsetAt(a.vote.range.start) : decidedAt(a, segments[k]);
      for (; e < movements.length && movements[e].start < voteAt; e++) {
        const m = movements[e];
        if (m.way === 'point') continue;
        if (m.count === 0) return;
        present += m.way === 'in' ? m.count : -m.count;
        represented += m.proxies;
      }
      continue;
    }
    if (!base || own !== undefined || s.date !== base.date) {
      base = s;
      const from = own ?? segments[k].start;
      while (e < movements.length && movements[e].start < from) e++;
      present = 0;
      represented = 0;
    }
    const until = a.vote ? idx.offsetAt(a.vote.range.start) : decidedAt(a, segments[k]);
    // (Members out for this vote only: not its votants; back for the next.)
    let outForThis = 0;
    for (; e < movements.length && movements[e].start < until; e++) {
      const m = movements[e];
      if (m.way === 'point') {
        outForThis += m.count + m.proxies;
        continue;
      }
      if (m.count === 0) return;
      present += m.way === 'in' ? m.count : -m.count;
      represented += m.proxies;
    }
    if (pointOnly || (base === s && present === 0 && represented === 0 && outForThis === 0)) continue;
    if (base.present === null || base.present + present < 0 || (base.represented ?? 0) + represented < 0) return;
    const moved = present !== 0 || represented !== 0 || outForThis !== 0;
    acts[k] = Object.freeze({
      ...a,
      seance: Object.freeze({
        ...s,
        present: base.present + present,
        represented: base.represented === null ? (represented > 0 ? represented : null) : base.represented + represented,
        voters: base.voters === null ? null : Math.max(0, base.voters + present + represented - outForThis),
        ...(moved ? { moved: Object.freeze({ present, represented, from: Object.freeze({ present: base.present, voters: base.voters }) }) } : {}),
      }),
    });
  }
}

const FIGURES_GAP = String.raw`(?:[^\n\d]|\n(?![ \t]*\n)){0,40}?`;
const POINT_FIGURES = new RegExp(String.raw`(?:^|\n)[ \t*-]*presents?\s*:\s*(\d{1,4})\b(?:${FIGURES_GAP}(?:representes?|pouvoirs?|procurations?)\s*:\s*(\d{1,4})\b)?${FIGURES_GAP}votants?\s*:\s*(\d{1,4})\b(?![^\n]*\bpour\b)`);

/**
 * « Présents : 11 – Représentés : 4 – Votants : 15 » (on one line, or on consecutive lines) in [from, to) of the
 * folded text: the figures a point writes of its own; null unless it gives both présents and votants (a tally's
 * « Votants : 55 – Pour : 55 » is the vote's).
 */
function pointFigures(f: string, from: number, to: number): { figures: { present: number; represented?: number; voters: number }; end: number } | null {
  const part = f.slice(from, to);
  if (!part.includes('votant') || !part.includes('present')) return null;
  const m = POINT_FIGURES.exec(part);
  if (!m) return null;
  return { figures: { present: +m[1], ...(m[2] !== undefined ? { represented: +m[2] } : {}), voters: +m[3] }, end: from + m.index + m[0].length };
}

export function parseDocument(text: string, index?: TextIndex, folded?: string, lines?: LineCaches, readings?: ActReadings): ActDocument {
  const safe = typeof text === 'string' ? text : '';
  const idx = index ?? new TextIndex(safe);
  const f = folded !== undefined && folded.length === safe.length ? folded : fold(safe);
  if (idx.folded === null && idx.text === safe) idx.folded = f;
  // The document's lines, read once: the acts of a collection reuse those they keep whole.
  const caches: LineCaches = { reuse: lines?.reuse, record: lines?.record ?? [] };
  let segments: { start: number; end: number }[] = [{ start: 0, end: safe.length }];
  let header = 0;
  let units: Units | undefined;
  let by: 'headings' | 'items' | undefined;
  try {
    ({ header, segments, units, by } = actSegments(safe, f, idx, caches));
    if (segments.length < 2) {
      // A compte rendu lists its délibérations by rapporteur and vote, with no dispositive verb to cut at.
      const c = collectionCuts(f);
      if (c.cuts.length) {
        header = c.header;
        const starts = [c.header, ...c.cuts];
        segments = starts.map((s, k) => ({ start: s, end: k + 1 < starts.length ? starts[k + 1] : safe.length }));
      }
    }
  } catch {
    // The reader is total; a failure to find boundaries leaves the document as one act.
  }
  if (segments.length < 2) {
    const act = parse(safe, idx, f, units, caches);
    const empty = act.visas.length + act.articles.length + act.considerants.length === 0 && !act.dispositive && !act.title && !act.seance;
    return Object.freeze({ shape: empty && safe.trim() === '' ? 'empty' : act.complete || empty ? 'act' : 'truncated', acts: Object.freeze([act]) });
  }
  // Each act of a collection is read from its own part (after the shared header), then judged by every rule, some of
  // which look at the whole text: the work grows with the number of acts, and with the length for those rules. Past
  // READ_BUDGET (acts times characters), the acts after are left unread, and the last one read says so (STR-008): a
  // year's register in one file is read in seconds, not minutes.
  const readable = Math.max(MIN_ACTS_READ, Math.floor(READ_BUDGET / Math.max(1, safe.length)));
  let unread: { count: number; from: number } | null = null;
  if (segments.length > readable) {
    unread = { count: segments.length - readable, from: segments[readable].start };
    segments = segments.slice(0, readable);
  }
  // A recueil whose acts each come with their platforms' stamp: the one in the header is the first act's.
  const headerId = IDENT_RE.exec(f.slice(0, header));
  const ownStamps = headerId !== null && segments.slice(1).some((s) => IDENT_RE.test(f.slice(s.start, s.end)));
  const hole = ownStamps ? stampAround(f, headerId.index, headerId.index + headerId[0].length) : null;
  const acts: Act[] = segments.map((s, k) => {
    const piece = pieceOf(safe, f, header, s.start, s.end, hole);
    // (In a procès-verbal cut at its headings or points, where the act's own part begins in the piece: its vote is
    // there, not in the shared header; the heading of a numbered point, « POINT N° 1 – Budget primitif 2025 », gives its
    // objet.)
    const part = by ? { start: s.start <= header ? s.start : piece.header + piece.joint, item: by === 'items' } : undefined;
    const heading = part?.start;
    const prior = readings?.prior?.[k];
    if (prior && prior.index.text === piece.text && prior.heading === heading) {
      const placed = prior.start === s.start && s.end <= (readings?.unchanged ?? 0) ? withLineCount(prior.placed, idx) : rebased(prior.act, piece, prior.index, idx);
      readings?.record?.push({ ...prior, start: s.start, placed });
      return placed;
    }
    const ai = actIndex(piece.text, prior?.index);
    const record = caches.record!;
    const reuse = (line: number, from: number, to: number) => {
      if (from < piece.header + piece.joint && to > piece.header) return undefined;
      const a = piece.toDocument(from);
      const b = piece.toDocument(to);
      if (hole !== null && s.start > header && a < header && a <= hole[1] && b >= hole[0]) return undefined;
      const l = idx.lineOf(a);
      return idx.lineStarts[l] === a && idx.lineEnd(l) === b ? record[l] : undefined;
    };
    const read = parse(piece.text, ai, piece.folded, undefined, { reuse }, part);
    const placed = rebased(read, piece, ai, idx);
    readings?.record?.push({ index: ai, act: read, start: s.start, placed, heading });
    return placed;
  });
  if (unread) {
    const last = acts[acts.length - 1];
    const lineEnd = idx.lineEnd(idx.lineOf(unread.from));
    acts[acts.length - 1] = Object.freeze({ ...last, mentions: Object.freeze([...last.mentions, { kind: 'unread-acts' as const, start: unread.from, end: Math.max(unread.from, lineEnd), value: String(unread.count), flag: false }]) });
  }
  // The closing written once for the whole document (« Fait à …, le … » and the signature after the last act: an
  // extrait, a procès-verbal signed once) closes each act before it that has none of its own. An act followed by
  // another is not cut off: the text goes on after it.
  let closingAt = acts.length - 1;
  while (closingAt >= 0 && acts[closingAt].placeDate === null && acts[closingAt].signatories.length === 0) closingAt--;
  for (let k = 0; k < acts.length - 1; k++) {
    const a = acts[k];
    const own = a.placeDate !== null || a.signatories.length > 0;
    if (!own && k < closingAt) {
      const c = acts[closingAt];
      // (And « Pour extrait certifié conforme » above that closing: the copy of every act it closes is an extract.)
      const read = { ...a, placeDate: c.placeDate, signatories: c.signatories, date: a.date ?? c.placeDate?.date ?? null, extract: a.extract || c.extract };
      acts[k] = Object.freeze({ ...read, complete: true, seen: Object.freeze(seenFields(read, true)) });
    } else if (own && !a.complete) {
      acts[k] = Object.freeze({ ...a, complete: true, seen: Object.freeze(seenFields(a, true)) });
    }
  }
  // A procès-verbal read as several acts: each is a délibération, not the minutes (its title is the document's).
  if (acts.length > 1) for (let k = 0; k < acts.length; k++) if (acts[k].minutes) acts[k] = Object.freeze({ ...acts[k], minutes: false });
  // What holds for the whole document is given to every act that has none of its own. The acts' fields have the
  // document's offsets (masking keeps them), so these readers run over the whole text.
  // - The collectivité: its INSEE code or « Le Maire de … » at the head (possibly inside the first act's part).
  // - The voies et délais de recours written once for all the acts (at the end of a recueil or compte rendu).
  const identity = readIdentity(safe);
  const words = recoursWords(f, null);
  const found = new Map<unknown, unknown>();
  // (A member who arrives or leaves during the séance: the votants of a point may not be the opening's.)
  const moving = MEMBERS_MOVING.exec(f);
  // (Where « secrétaire de séance » is written, for the first one after each act's séance.)
  const secretaries: number[][] = [];
  for (const m of f.matchAll(new RegExp(SECRETARY.source, 'g'))) secretaries.push([m.index, m.index + m[0].length]);
  // (Where a point's own figures end, for the movements after them.)
  const ownFiguresAt = new Map<number, number>();
  for (let k = 0; k < acts.length; k++) {
    const a = acts[k];
    const has = (kind: MentionKind) => a.mentions.some((x) => x.kind === kind);
    const shared = identity.filter((m) => !has(m.kind));
    if (!a.recours && !has('recours-words')) shared.push(...words);
    // - A séance is one for all the acts of its compte rendu: what is said of it anywhere (the secrétaire designated,
    //   the convocation, a casting vote, a member withdrawing or taking no part, a huis clos) holds for every act.
    if (a.kind.startsWith('deliberation')) {
      if (moving && !has('members-moving')) shared.push({ kind: 'members-moving', start: moving.index, end: moving.index + moving[0].length, value: null, flag: false });
      shared.push(...readSeanceMentions(safe, f, idx, a, DOCUMENT_WIDE, found).filter((m) => DOCUMENT_WIDE.has(m.kind as SeanceMentionKind) && !has(m.kind)));
      // The secrétaire de séance named after the séance block, in another act's part (EPCI-006, SEA-010).
      const after = a.seance && !has('secretary-label') ? idx.offsetAt(a.seance.range.end) : -1;
      const m = after >= 0 ? secretaries.find(([start]) => start >= after) : undefined;
      if (m) shared.push({ kind: 'secretary-label', start: m[0], end: m[1], value: null, flag: false });
    }
    // - A délibération of the same séance as an act before it, written without the figures (« Séance du 22 mai 2025
    //   (mêmes présences) »), has that séance's members, présents, représentés, votants, président and secrétaire.
    let seance = a.seance;
    // - A délibération with no séance of its own, after another act of the document, belongs to that act's séance (a
    //   recueil grouped by séance writes it once above its first délibération).
    //   Read in its own part with no date (« Le bureau communautaire, », « Votants : 26 » at this point of the séance),
    //   it has that séance, with the figures it gives of its own.
    const earlier = (!seance || seance.date === null) && k > 0 && a.kind.startsWith('deliberation') ? acts.slice(0, k).reverse().find((b) => b.seance?.date)?.seance ?? null : null;
    const inherited = earlier && seance ? Object.freeze({ ...earlier, ...ownFigures(seance) }) : earlier;
    if (inherited) seance = inherited;
    const before = !inherited && seance && seance.date && seance.membersInOffice === null && seance.present === null && seance.voters === null
      ? acts.slice(0, k).reverse().find((b) => b.seance?.date === seance!.date && (b.seance.present !== null || b.seance.membersInOffice !== null))?.seance
      : undefined;
    if (seance && before) {
      seance = Object.freeze({
        ...seance,
        membersInOffice: before.membersInOffice, present: before.present, presentListed: before.presentListed, represented: before.represented, voters: before.voters, absent: before.absent,
        president: seance.president ?? before.president, secretary: seance.secretary ?? before.secretary, ...(seance.convocationDate === null ? { convocationDate: before.convocationDate, convocationSpan: before.convocationSpan } : {}),
      });
    }
    // - A point of a procès-verbal that writes its own figures (« Présents : 11 – Représentés : 4 – Votants : 15 ») in its
    //   part, the séance's being the header's: those are its présents, représentés and votants.
    if (seance && a.kind.startsWith('deliberation') && idx.offsetAt(seance.range.start) < segments[k].start) {
      const until = a.vote ? Math.max(segments[k].start, idx.offsetAt(a.vote.range.start)) : segments[k].end;
      const own = pointFigures(f, segments[k].start, until);
      if (own) {
        seance = Object.freeze({ ...seance, ...own.figures });
        ownFiguresAt.set(k, own.end);
      }
    }
    // (A délibération is dated by its séance.)
    if (shared.length || seance !== a.seance) acts[k] = { ...a, seance, date: a.date ?? (inherited ? inherited.date : null), mentions: [...a.mentions, ...shared].sort((x, y) => x.start - y.start) };
  }
  // (Members who come and go between the points; a header that says one arrives later, « jusqu'à son arrivée », does
  // not stop it: the points' own sentences say when.)
  // A header that announces movements itself (« 11 à partir du point 3 », « M. X (arrivé au point 3) »): its figures are
  // not the opening's alone, and the points' sentences are not all there is; left as read.
  // (Nor a member listed among the absents with the point he came at, « Absent : M. X (arrivé au point 2) »: the opening's
  // figures do not count him, the point's sentence « Arrivée de M. X » does.)
  const headerMoves = HEADER_MOVES.test(f.slice(0, segments[0].start).replace(/jusqu'a\s+son\s+arrivee|(?:^|\n)[ \t*-]*absents?\b(?:\s+excuses?)?\s*:[^\n]*/g, ''));
  if (moving && !headerMoves && MEMBERS_MOVING.test(f.slice(segments[0].start))) {
    // (The mandataires of the opening's pouvoirs: one who steps out for a vote takes his mandant's vote with him.)
    const holders = readProxyHolders(safe, f).flatMap((h) => namesIn(safe.slice(h.start, h.end), h.start, idx).slice(0, 1));
    withMovements(acts, segments, readMovements(safe, f, idx, segments[0].start, safe.length, holders), idx, ownFiguresAt);
  }
  const parts = Object.freeze({ header: Object.freeze({ start: 0, end: Math.min(header, segments[0].start) }), acts: Object.freeze(segments.map((s) => Object.freeze({ ...s }))) });
  return Object.freeze({ shape: 'collection', acts: Object.freeze(acts), parts });
}
