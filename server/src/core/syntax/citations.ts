// Reader of how the act's citations are written, for the rules that judge their form or compare them with the
// catalogue and the register: the « n° » and the number of a loi, an ordonnance or a décret as written, the form
// of its date, its title as written, the objet a citation of a délibération or an arrêté gives after its number, and a code of special
// police named in a visa. Each is a mention (model.ts, `MentionKind`); the words come from the lexicon (`ruleWords`).
import type { Act, Mention, MentionKind, Reference } from '../model';
import { fold } from '../text';
import { RULE_WORDS } from '../lexicon';

type Fields = Omit<Act, 'complete' | 'seen' | 'mentions'>;

/** The title written after a cited text's date (« … du 27 janvier 2014 de modernisation de l'action publique … »). */
export function writtenTitle(text: string, ref: Reference): { start: number; end: number; text: string } | null {
  const from = ref.dateSpan?.end ?? null;
  if (from === null || from >= ref.end) return null;
  const m = /^[\s,]*(?:modifi[ée]e?s?\s+)?/i.exec(text.slice(from, ref.end));
  const start = from + (m ? m[0].length : 0);
  const raw = text.slice(start, ref.end).replace(/[\s,]+$/, '');
  if (raw.length < 3) return null;
  return { start, end: start + raw.length, text: raw };
}

/** « loi n° 2014-58 », « Décret no 2020-1234 », « loi 2015 - 991 »: the nature, the « n° » and the number as written. */
const TEXT_HEAD = /^(loi\s+organique|loi|ordonnance|d[ée]cret)(\s*)(n\s?[°oº]\s?\.?|no\.?|num[ée]ro|)(\s*)(\d{2,4}\s?[-–]\s?\d{1,5})/i;
/** After a cited act's number: « …, relative à la tarification des cantines » (folded). */
const CITED_OBJECT = new RegExp(`^\\s*,?\\s*(?:${RULE_WORDS.citedObjectLeads})\\s+(?:l['’]|la\\s+|le\\s+|les\\s+)?([^;\\n]{8,240})`);
const SPECIAL_POLICE_CODE = new RegExp(RULE_WORDS.specialPoliceCodes);

export function readCitationMentions(text: string, f: string, act: Fields): Mention[] {
  const out: Mention[] = [];
  const add = (kind: MentionKind, start: number, end: number, value: string | null = null, flag = false) =>
    out.push({ kind, start, end, value, flag });

  for (const r of act.references) {
    if (r.type === 'text') {
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
      if (m) add('cited-object', r.end, r.end + m[0].length, m[1]);
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
