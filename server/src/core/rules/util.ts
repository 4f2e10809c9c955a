// Small helpers shared by rules.
import type { Act, ActKind, Range } from '../model';

export const isDeliberation = (k: ActKind) => k.startsWith('deliberation');

/**
 * « 12 345 » as `toLocaleString('fr-FR')` writes it (groups of three digits parted by U+202F). A safe integer, the
 * populations the rules write, is grouped here: the first `Intl.NumberFormat` of a process loads the locale's data,
 * about 35 ms, which the start would pay before its first diagnostics. Anything else goes through one formatter,
 * made on first use (a new one per call costs more than a rule).
 */
let frNumber: Intl.NumberFormat | null = null;
export const groupDigits = (n: number): string => {
  if (!Number.isSafeInteger(n)) return (frNumber ??= new Intl.NumberFormat('fr-FR')).format(n);
  const digits = String(Math.abs(n));
  let out = digits.slice(0, digits.length % 3 || 3);
  for (let i = out.length; i < digits.length; i += 3) out += `\u202f${digits.slice(i, i + 3)}`;
  return n < 0 || Object.is(n, -0) ? `-${out}` : out;
};
/** A text for a message: its blanks made one, cut at a word before `max` characters with « … » when longer. */
export function shortQuote(text: string, max: number): string {
  const one = text.trim().replace(/\s+/g, ' ');
  if (one.length <= max) return one;
  const cut = one.slice(0, max);
  const word = cut.lastIndexOf(' ');
  return `${(word > max / 2 ? cut.slice(0, word) : cut).replace(/[\s,;:–-]+$/, '')}…`;
}
export const isArrete = (k: ActKind) => k === 'arrete-maire' || k === 'arrete-president';
export const isDecision = (k: ActKind) => k === 'decision-maire' || k === 'decision-president';

/** Where to show a diagnostic about something missing: the place-and-date line, the last article, the verb, the title. */
export function anchorForMissing(act: Act): Range {
  if (act.placeDate) return act.placeDate.range;
  const last = act.articles[act.articles.length - 1];
  if (last) return last.headingRange;
  if (act.dispositive) return act.dispositive.range;
  if (act.title) return act.title.range;
  return { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };
}

/** Where the act's dispositif ends: after the last article, vote or dispositive item. */
export function endOfDispositif(act: Act): Range['end'] | null {
  const last = act.articles[act.articles.length - 1];
  if (last) return last.range.end;
  if (act.vote) return act.vote.range.end;
  const item = act.dispositive?.items[act.dispositive.items.length - 1];
  return item ? item.range.end : act.dispositive?.range.end ?? null;
}

export const KIND_LABEL: Record<ActKind, string> = {
  'arrete-maire': 'arrêté du maire',
  'decision-maire': 'décision du maire',
  'deliberation-cm': 'délibération du conseil municipal',
  'deliberation-epci-conseil': 'délibération du conseil communautaire ou métropolitain, ou du comité syndical',
  'deliberation-epci-bureau': 'délibération du bureau',
  'arrete-president': 'arrêté du président',
  'decision-president': 'décision du président',
  unknown: 'acte',
};

/** The kind of act with its indefinite article (« un arrêté du maire », « une délibération du bureau »). */
export const aKind = (kind: ActKind): string => `${kind.startsWith('arrete') || kind === 'unknown' ? 'un' : 'une'} ${KIND_LABEL[kind]}`;

/** The kind of act with its definite article (« l’arrêté du maire », « la délibération du bureau »). */
export const theKind = (kind: ActKind): string => `${kind.startsWith('arrete') || kind === 'unknown' ? 'l’' : 'la '}${KIND_LABEL[kind]}`;

/** A président's body is an EPCI (or not named, the common case of an arrêté du président). */
export const isEpciBody = (b: string | null) => b === null || b === 'epci' || b === 'metropole' || b === 'syndicat';
