// Reader of the dates the DAT rules judge beyond the blocks: weekdays written with a date (« mardi 24 juin 2025 »,
// « L'an deux mil vingt-trois, le vendredi 06 février »), and a date line after the dispositif the place-and-date
// reader did not read (« Aucamville, le 14 décembre 2022 »).
import type { Act, Mention, WeekdayDate } from '../model';
import { DATE_SRC, WEEKDAYS, type TextIndex, isoFromGroups, scanDates } from '../text';
import { dispositifStartOf } from './mentions';

type Read = Pick<Act, 'dispositive' | 'articles' | 'placeDate' | 'transmission'>;

/** « …, le 14 décembre 2022 », « Fait en mairie, le … », or « le … » at the start of a line. */
const DATE_LINE = new RegExp(`(?:[a-z)]\\s*,\\s*|^\\s*|\\n[ \\t]*|fait\\s+(?:a|en)\\s[^,\\n]{1,60},?\\s*)le\\s+${DATE_SRC}`);
// Both tried (sticky) only where a weekday's name starts a word.
const WEEKDAY_DATE = new RegExp(`\\b(${WEEKDAYS.join('|')})\\s+(?:le\\s+)?${DATE_SRC}`, 'y');
const WEEKDAY_ALONE = new RegExp(`\\b(${WEEKDAYS.join('|')})\\s+(?:le\\s+)?(?=(?:\\d{1,2}|1er|premier|[a-z]+)\\s)`, 'y');
const WORD_CHAR = /\w/;
/** Where a weekday's name starts a word, in text order (each name's occurrences derived from the previous version's). */
function weekdayStarts(f: string, index: TextIndex): number[] {
  const starts: number[] = [];
  for (const w of WEEKDAYS) {
    for (const s of index.occurrences('folded', f, w)) if (s === 0 || !WORD_CHAR.test(f[s - 1])) starts.push(s);
  }
  return starts.sort((a, b) => a - b);
}
const DATE_WITH_YEAR = new RegExp(`^${DATE_SRC}`);
/** Weekdays kept per act (an act has a handful; a register of séances may have many). */
const MAX = 1000;

export function readDates(f: string, index: TextIndex, act: Read): { weekdays: WeekdayDate[]; mentions: Mention[] } {
  const mentions: Mention[] = [];
  if (!act.placeDate?.date) {
    const ds = dispositifStartOf(act, index, f.length);
    const to = act.transmission && act.transmission.start > ds ? act.transmission.start : f.length;
    const from = Math.min(ds, act.placeDate?.start ?? Infinity);
    const m = DATE_LINE.exec(f.slice(from, to));
    // The mention starts at its first word, not at the line break before it.
    if (m) mentions.push({ kind: 'date-line', start: from + m.index + m[0].length - m[0].trimStart().length, end: from + m.index + m[0].length, value: null, flag: false });
  }
  return { weekdays: readWeekdays(f, index), mentions };
}

/** Weekdays with the year beside the date first, then those whose year is read from « l'an … » or not at all. */
function readWeekdays(f: string, index: TextIndex): WeekdayDate[] {
  const out: WeekdayDate[] = [];
  // Each pattern is tried only where a weekday's name starts a word (found by a native substring search, far cheaper
  // than an alternation tried at every position), in text order, as a global search would (from the end of its last
  // match on).
  const starts = weekdayStarts(f, index);
  if (starts.length === 0) return out;
  function* matches(re: RegExp): Generator<RegExpExecArray> {
    let next = 0;
    for (const p of starts) {
      if (p < next) continue;
      re.lastIndex = p;
      const m = re.exec(f);
      if (!m) continue;
      next = p + m[0].length;
      yield m;
    }
  }
  for (const m of matches(WEEKDAY_DATE)) {
    if (out.length >= MAX) break;
    const iso = isoFromGroups(m.slice(2, 8));
    if (iso) out.push({ weekday: m[1], start: m.index, end: m.index + m[0].length, iso, yearless: null, yearWritten: true });
  }
  const withYear = out.length;
  for (const m of matches(WEEKDAY_ALONE)) {
    if (out.length - withYear >= MAX) break;
    const at = m.index + m[0].length;
    if (DATE_WITH_YEAR.test(f.slice(at, at + 40))) continue; // read above
    // (Far enough for a date all in words: « neuf février deux mille vingt-six », « vingt-huit septembre deux mille
    // vingt-quatre »; cut shorter, its year would be read « deux mille vingt ».)
    const found = scanDates(f, Math.max(0, m.index - 260), Math.min(f.length, at + 80), null).find((d) => d.start === at);
    const yearless = found ? null : scanDates(f, at, Math.min(f.length, at + 80), 2000).find((d) => d.start === at)?.iso ?? null;
    if (!found && !yearless) continue;
    const end = found?.end ?? at + (/^\S+\s+\S+/.exec(f.slice(at))?.[0].length ?? 0);
    out.push({ weekday: m[1], start: m.index, end, iso: found?.iso ?? null, yearless, yearWritten: false });
  }
  return out;
}
