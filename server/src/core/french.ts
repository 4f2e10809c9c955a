// French typography for the text Actes shows (diagnostics, quick-fix titles): a no-break space inside « »,
// a narrow no-break space before : ; ? !, so a message never breaks a line between a word and its mark.
// Only what Actes writes goes through here; the edits a quick fix makes to the act are left as the rule wrote them.

import { flat } from './text';

const NBSP = '\u00a0';
const NNBSP = '\u202f';

/** Messages already spaced: the same few hundred come back at every analysis (bounded: cleared when full). */
const SPACED = new Map<string, string>();

export function frenchSpacing(s: string): string {
  if (!/[«» ]/.test(s)) return s;
  let out = SPACED.get(s);
  if (out !== undefined) return out;
  out = s
    .replace(/« +/g, `«${NBSP}`)
    .replace(/ +»/g, `${NBSP}»`)
    .replace(/ +([:;?!])(?=\s|$|[»)])/g, `${NNBSP}$1`);
  if (SPACED.size >= 2000) SPACED.clear();
  // Copies: a message may quote the act, and the cache must not keep a version of its text alive.
  out = flat(out);
  SPACED.set(flat(s), out);
  return out;
}
