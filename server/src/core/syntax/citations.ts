// Reader of how the act's citations are written, for the rules that judge their form or compare them with the
// catalogue and the register: the « n° » and the number of a loi, an ordonnance or a décret as written, the form
// of its date, its title as written, a code named by its abbreviation, the code of an article cited without it, the objet a citation of a délibération or an arrêté gives after its number, and a code of special
// police named in a visa. Each is a mention (model.ts, `MentionKind`); the words come from the lexicon (`ruleWords`).
import type { Act, Mention, MentionKind, Reference } from '../model';
import { containing, fold } from '../text';
import { RULE_WORDS } from '../lexicon';

type Fields = Omit<Act, 'complete' | 'seen' | 'mentions'>;

/** The title written after a cited text's date (« … du 27 janvier 2014 de modernisation de l'action publique … »). */
export function writtenTitle(text: string, ref: Reference): { start: number; end: number; text: string } | null {
  const from = ref.dateSpan?.end ?? null;
  if (from === null || from >= ref.end) return null;
  const m = /^[\s,]*(?:modifi[ée]e?s?\s*,?\s+)?/i.exec(text.slice(from, ref.end));
  const start = from + (m ? m[0].length : 0);
  const raw = text.slice(start, ref.end).replace(/[\s,]+$/, '');
  if (raw.length < 3) return null;
  return { start, end: start + raw.length, text: raw };
}

/** « loi n° 2014-58 », « Décret no 2020-1234 », « loi 2015 - 991 »: the nature, the « n° » and the number as written. */
const TEXT_HEAD = /^(loi\s+organique|loi|ordonnance|d[ée]cret)(\s*)(n\s?[°oº]\s?\.?|no\.?|num[ée]ro|)(\s*)(\d{2,4}\s?[-–]\s?\d{1,5})/i;
/** After a cited act's number: « …, relative à la tarification des cantines » (folded). */
const CITED_OBJECT = new RegExp(`^\\s*(?:,\\s*)?(?:${RULE_WORDS.citedObjectLeads})\\s+(?:l['’]|la\\s+|le\\s+|les\\s+)?([^;\\n]{8,240})`);
const SPECIAL_POLICE_CODE = new RegExp(RULE_WORDS.specialPoliceCodes);
/** The CGCT named loosely (OCR, misspelling): « Coude Général des Collectivités Territoriales » (accents stripped). */
const CGCT_LOOSELY = /coll?ectivit\S*\s+territor/i;

/** True when the text at `i` ends a clause: ";", a full stop before a capital, or a blank line. */
function endsClause(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c === 59 /* ; */) return true;
  if (c === 46 /* . */) return /^\.\s+[A-ZÀ-Ý]/.test(text.slice(i, i + 4)) && !/(?:^|[^\p{L}])(?:art|al|n|[A-Z]{1,2})$/u.test(text.slice(Math.max(0, i - 4), i));
  if (c === 10 /* \n */) return /^\n[ \t\f\r]*\n/.test(text.slice(i, i + 20));
  return false;
}

/** Start and end offsets of the visa holding `offset`, else of its sentence (at most 400 characters each way). */
export function clauseAround(act: Pick<Act, 'visas'>, text: string, offset: number): { start: number; end: number } {
  const v = containing(act.visas, offset);
  if (v) return { start: v.start, end: v.end };
  const lo = Math.max(0, offset - 400);
  const hi = Math.min(text.length, offset + 400);
  // Jump between the few characters that can end a clause (";", ".", line breaks) inside the ±400-character window.
  const before = text.slice(lo, offset);
  let start = lo;
  for (let i = before.length - 1; i >= 0; i--) {
    i = Math.max(before.lastIndexOf(';', i), before.lastIndexOf('.', i), before.lastIndexOf('\n', i));
    if (i < 0) break;
    if (endsClause(text, lo + i)) {
      start = lo + i + 1;
      break;
    }
  }
  const after = text.slice(offset, hi);
  let end = hi;
  const ENDS = /[;.\n]/g;
  for (let m = ENDS.exec(after); m; m = ENDS.exec(after)) {
    if (endsClause(text, offset + m.index)) {
      end = offset + m.index;
      break;
    }
  }
  return { start, end };
}

/** Index of the first reference starting at or after `offset` (references are sorted by start). */
export function firstRefFrom(refs: readonly Reference[], offset: number): number {
  let lo = 0;
  let hi = refs.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (refs[mid].start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The mention of a kind that starts at `start` (mentions sorted by start), or null. */
export function mentionAt(act: Pick<Act, 'mentions'>, kind: MentionKind, start: number): Mention | null {
  const list = act.mentions;
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (list[mid].start < start) lo = mid + 1;
    else hi = mid;
  }
  for (let i = lo; i < list.length && list[i].start === start; i++) if (list[i].kind === kind) return list[i];
  return null;
}

export function readCitationMentions(text: string, f: string, act: Fields): Mention[] {
  const out: Mention[] = [];
  const add = (kind: MentionKind, start: number, end: number, value: string | null = null, flag = false) =>
    out.push({ kind, start, end, value, flag });

  const refs = act.references;
  for (const r of refs) {
    if (r.type === 'code-article' && !r.code) {
      // The code of an article cited without it: a code named in the same visa or sentence, the first after the
      // article, else the last before it; none, and the CGCT is assumed (its name may be garbled by OCR).
      const clause = clauseAround(act, text, r.start);
      let code: Reference | null = null;
      for (let i = firstRefFrom(refs, clause.start); i < refs.length; i++) {
        const x = refs[i];
        if (x.start >= clause.end) break;
        if (x.type !== 'code') continue;
        code = x;
        if (x.start >= r.end) break;
      }
      add('article-code', r.start, r.end, code?.code ?? null, code !== null);
      if (!code && CGCT_LOOSELY.test(text.slice(r.end, Math.min(clause.end, r.end + 160)).normalize('NFD').replace(/[\u0300-\u036f]/g, ''))) {
        add('cgct-named-loosely', r.start, r.end);
      }
    } else if (r.type === 'code') {
      // A code named by its abbreviation (« du CGCT »), which an act writes in full.
      if (/^[A-Z0-9.]{2,8}$/.test(r.text)) add('code-abbreviated', r.start, r.end, r.text);
    } else if (r.type === 'text') {
      // The « n° » between the nature and the number (as written, with its blanks), and the number as written.
      const m = r.number ? TEXT_HEAD.exec(r.text) : null;
      if (m) {
        const lead = r.start + m[1].length;
        const num = lead + m[2].length + m[3].length + m[4].length;
        add('text-number-lead', lead, num, m[2] + m[3] + m[4], m[3] !== '');
        add('text-number', num, num + m[5].length, m[5]);
      }
      // The title written after the date (CIT-005 compares it with the Journal officiel's).
      const title = r.nature && r.number ? writtenTitle(text, r) : null;
      if (title) add('text-title', title.start, title.end, title.text);
      // A date not written as the Journal officiel writes it: in figures, « 01 » or « 1 » for the first, « 05 ».
      const d = r.dateSpan;
      if (d) {
        const t = d.text;
        if (/^\d{1,2}\s*[/.]\s*\d{1,2}\s*[/.]\s*\d{4}$/.test(t.trim())) add('date-form', d.start, d.end, 'numeric');
        else if (/^0?1\s+\p{L}/u.test(t)) add('date-form', d.start, d.start + (t.startsWith('0') ? 2 : 1), 'first');
        else if (/^0\d\s/.test(t)) add('date-form', d.start, d.start + 2, 'zero');
      }
    } else if ((r.type === 'deliberation' || r.type === 'arrete') && r.number) {
      // The objet a citation gives after the cited act's number (REG-003 compares it with the act's own).
      const m = CITED_OBJECT.exec(f.slice(r.end, r.end + 260));
      if (m) {
        // The span stops before the blanks that end it (a line's CR among them).
        let end = r.end + m[0].length;
        while (end > r.end && f.charCodeAt(end - 1) <= 32) end--;
        add('cited-object', r.end, end, m[1]);
      }
    }
  }

  // A code of special police named in a visa of an arrêté de police (the span is the visa).
  if (act.police) {
    for (const v of act.visas) {
      const m = SPECIAL_POLICE_CODE.exec(fold(v.body));
      if (m) {
        add('special-police-code', v.start, v.end, m[0]);
        break;
      }
    }
  }
  return out;
}
