// parseDocument(text) → ActDocument: one act, an act cut off, or several acts, each read by `parse`.
// Each act of a collection is read from its own part of the text plus the shared header (collectivité, séance),
// the rest blanked out with spaces (line ends kept), so every range is a range of the document itself.
import type { Act, ActDocument } from './model';
import { actSegments, parse, type LineCaches, type Units } from './parse';
import { TextIndex, fold } from './text';
import { collectionCuts } from './syntax/collection';
import { recoursWords } from './syntax/recours';

/** Keep [0, header) and [start, end); every other character becomes a space, line terminators stay. */
function mask(text: string, header: number, start: number, end: number): string {
  const keep = (a: number, b: number) => text.slice(a, b);
  const blank = (a: number, b: number) => {
    // Spaces between the line breaks, each line's run made at once.
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
  };
  if (start <= header) return keep(0, end) + blank(end, text.length);
  return keep(0, header) + blank(header, start) + keep(start, end) + blank(end, text.length);
}

export function parseDocument(text: string, index?: TextIndex, folded?: string, lines?: LineCaches): ActDocument {
  const safe = typeof text === 'string' ? text : '';
  const idx = index ?? new TextIndex(safe);
  const f = folded !== undefined && folded.length === safe.length ? folded : fold(safe);
  // The document's lines, read once: the acts of a collection reuse those they keep whole.
  const caches: LineCaches = { reuse: lines?.reuse, record: lines?.record ?? [] };
  let segments: { start: number; end: number }[] = [{ start: 0, end: safe.length }];
  let header = 0;
  let units: Units | undefined;
  try {
    ({ header, segments, units } = actSegments(safe, f, idx, caches));
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
  const acts: Act[] = segments.map((s) => {
    const t = mask(safe, header, s.start, s.end);
    // Masking keeps line breaks and turns the rest into spaces, which fold to themselves: the folded copy of the
    // masked text is the masked folded text.
    const record = caches.record!;
    // A line wholly inside a kept part is the document's line (masking keeps every line break in place).
    const kept = (a: number, b: number) => (s.start <= header ? b <= s.end : b <= header || (a >= s.start && b <= s.end));
    const reuse = (line: number, from: number, to: number) => (kept(from, to) ? record[line] : undefined);
    return parse(t, new TextIndex(t), mask(f, header, s.start, s.end), undefined, { reuse });
  });
  // A collection may write the voies et délais de recours once for all its acts (at its end): an act with no
  // mention of its own takes the words the whole text holds.
  const words = recoursWords(f, null);
  if (words.length) {
    for (let k = 0; k < acts.length; k++) {
      const a = acts[k];
      if (!a.recours && !a.mentions.some((m) => m.kind === 'recours-words')) acts[k] = { ...a, mentions: [...a.mentions, ...words].sort((x, y) => x.start - y.start) };
    }
  }
  const parts = Object.freeze({ header: Object.freeze({ start: 0, end: Math.min(header, segments[0].start) }), acts: Object.freeze(segments.map((s) => Object.freeze({ ...s }))) });
  return Object.freeze({ shape: 'collection', acts: Object.freeze(acts), parts });
}
