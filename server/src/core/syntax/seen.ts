// How each field of an act was seen (model.ts `FieldStatus`), from the fields the readers filled in.
import { ACT_FIELDS, type Act, type ActField, type FieldStatus } from '../model';
import { CLOSING_CLAUSE_SOURCE } from '../lexicon';
import { fold } from '../text';

const CLOSING_CLAUSE = new RegExp(CLOSING_CLAUSE_SOURCE);

type Fields = Omit<Act, 'seen' | 'complete'>;

/** The text holds the end of the act: something of the closing part comes after the dispositif. */
export function isComplete(a: Fields): boolean {
  const last = Math.max(a.articles.length ? a.articles[a.articles.length - 1].end : -1, -1);
  if (a.placeDate || a.signatories.length > 0) return true;
  if (a.transmission && a.transmission.start > last && last >= 0) return true;
  if (a.executoire && a.executoire.start > last && last >= 0) return true;
  // The last article is the execution clause: the dispositif is whole, whatever follows it (or not).
  if (a.articles.length > 0 && CLOSING_CLAUSE.test(fold(a.articles[a.articles.length - 1].body.slice(0, 2000)))) return true;
  // A délibération with no articles closes on its vote.
  return a.vote !== null && a.articles.length === 0 && a.dispositive !== null;
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
