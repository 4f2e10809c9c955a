// French typography for the text Actes shows (diagnostics, quick-fix titles): a no-break space inside « »,
// a narrow no-break space before : ; ? !, so a message never breaks a line between a word and its mark.
// Only what Actes writes goes through here; the edits a quick fix makes to the act are left as the rule wrote them.

const NBSP = '\u00a0';
const NNBSP = '\u202f';

export function frenchSpacing(s: string): string {
  if (!/[«» ]/.test(s)) return s;
  return s
    .replace(/« +/g, `«${NBSP}`)
    .replace(/ +»/g, `${NBSP}»`)
    .replace(/ +([:;?!])(?=\s|$|[»)])/g, `${NNBSP}$1`);
}
