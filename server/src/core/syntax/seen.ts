// How each field of an act was seen (model.ts `FieldStatus`), from the fields the readers filled in.
import { ACT_FIELDS, type Act, type ActField, type FieldStatus } from '../model';
import { CLOSING_CLAUSE_SOURCE } from '../lexicon';
import { fold } from '../text';

const CLOSING_CLAUSE = new RegExp(CLOSING_CLAUSE_SOURCE);

type Fields = Omit<Act, 'seen' | 'complete'>;

/** Where the text of the act stops, for `isComplete`: what follows an offset, and where the vote ends. */
export interface TextEnd {
  /** The text goes on after `offset` (a word, not only spaces, punctuation or a page number). */
  continuesAfter(offset: number): boolean;
  /** End offset of the vote when it follows the dispositif (« Adoptée à l'unanimité »), else -1. */
  readonly voteEnd: number;
}

/** A word of two letters or more: what is left after a place-and-date line or a vote when the text goes on. */
const WORD = /\p{L}{2}/u;

/** `TextEnd` over a text (an act of a collection is read with the other acts blanked: blanks are no text). */
export function textEnd(text: string, voteEnd: number): TextEnd {
  return { continuesAfter: (offset) => offset >= 0 && WORD.test(text.slice(offset, offset + 400)), voteEnd };
}

/**
 * The text holds the end of the act: something of the closing part comes after the dispositif. A copy that stops
 * at the last article, at the vote or at the « Fait à » line (the signature on the next page, or cut off by the
 * person who copied it) does not: what would come after is `beyond-end`, not missing.
 */
export function isComplete(a: Fields, end: TextEnd): boolean {
  const lastArticle = a.articles.length ? a.articles[a.articles.length - 1] : null;
  const last = lastArticle ? lastArticle.end : -1;
  if (a.signatories.length > 0) return true;
  if (a.transmission && a.transmission.start > last && last >= 0) return true;
  if (a.executoire && a.executoire.start > last && last >= 0) return true;
  // « Fait à …, le … » with nothing after it: the signature block is on a page the copy does not have.
  if (a.placeDate) return end.continuesAfter(a.placeDate.end);
  // The last article is the execution clause and something follows it (a signature the reader could not name).
  if (lastArticle && CLOSING_CLAUSE.test(fold(lastArticle.body.slice(0, 2000)))) return end.continuesAfter(lastArticle.end);
  // A délibération with no articles closes on its vote, when the text goes on after it (« Pour extrait conforme »…).
  return a.vote !== null && a.articles.length === 0 && a.dispositive !== null && end.continuesAfter(end.voteEnd);
}

function present(a: Fields, field: ActField): FieldStatus | null {
  switch (field) {
    case 'title': return a.title ? 'read' : null;
    case 'number': return a.number ? 'read' : null;
    case 'object': return a.object ? 'read' : null;
    case 'authority': return a.authority ? 'read' : null;
    case 'seance': {
      const s = a.seance;
      if (!s) return null;
      const figures = [s.membersInOffice, s.present, s.represented, s.voters].some((x) => x !== null);
      return figures || s.convocationDate ? 'read' : 'mentioned';
    }
    case 'visas': return a.visas.length ? 'read' : null;
    case 'considerants': return a.considerants.length ? 'read' : null;
    case 'dispositive': return a.dispositive ? 'read' : null;
    case 'articles': return a.articles.length ? 'read' : null;
    case 'vote': {
      const v = a.vote;
      if (!v) return null;
      return v.unanimous !== null || v.for !== null || v.against !== null ? 'read' : 'mentioned';
    }
    case 'placeDate': return a.placeDate ? (a.placeDate.date ? 'read' : 'mentioned') : null;
    case 'signatories': return a.signatories.length ? (a.signatories.some((s) => s.name) ? 'read' : 'mentioned') : null;
    case 'recours': return a.recours ? (a.recours.delay || a.recours.tribunal ? 'read' : 'mentioned') : null;
    case 'executoire': return a.executoire ? 'read' : null;
    case 'transmission': return a.transmission ? 'read' : null;
  }
}

/** Each field's status; fields missing after the last one read are `beyond-end` when the act is not complete. */
export function seenFields(a: Fields, complete: boolean): Record<ActField, FieldStatus> {
  const out = {} as Record<ActField, FieldStatus>;
  // The closing part may be read at the top (the @ctes header): only the body fields say where the text stops.
  const bodyEnd = ACT_FIELDS.indexOf('articles');
  let lastBody = -1;
  ACT_FIELDS.forEach((field, i) => {
    if (i <= bodyEnd && present(a, field)) lastBody = i;
  });
  const stop = complete ? Infinity : lastBody;
  ACT_FIELDS.forEach((field, i) => {
    const s = present(a, field);
    out[field] = s ?? (!complete && i > stop ? 'beyond-end' : 'absent');
  });
  return out;
}
