// Reader of the members named by a séance block: who is listed present, who absent, who gave a pouvoir to whom,
// and who is named in the vote (« Contre : M. X, Mme Y »). Names are compared by their surname in capitals (and
// the first name when both lists give one).
import type { Members, MemberName } from '../model';
import { TextIndex, flat, fold as foldText } from '../text';
import { foldWord as fold } from '../lexicon';

const NAME = /(?:(?:M\.|Mme|Mmes|MM\.|Mrs?|Monsieur|Madame)\s+)?((?:[A-ZÀ-Ý][a-zà-ÿ'’]+(?:-[A-ZÀ-Ý][a-zà-ÿ'’]+)*\s+){0,2})((?:(?:DE|DU|LE|LA|D['’])\s*)?[A-ZÀ-Ý]{2}[A-ZÀ-Ý'’-]*(?:[ -](?:[A-ZÀ-Ý]{2}[A-ZÀ-Ý'’-]*))*)(?![a-zà-ÿ])/gu;
const NOT_A_NAME = /^(?:M|MM|MME|MMES|MRS?|ET|LE|LA|LES|DE|DU|DES|A|AU|POUR|CONTRE|PAR|ABSENTS?|EXCUSE(?:E|S|ES)?|PRESENTS?|POUVOIRS?|PROCURATIONS?|VOTANTS?|CONSEILLERS?|ADJOINTS?|ADJOINTES?|MAIRE|SECRETAIRE|SEANCE|OBJET|NOMBRE|DATE|CGCT|EXERCICE|REPRESENTES?|ABSTENTIONS?|UNANIMITE|VOIX)$/;


/**
 * A written surname or first name → its key (folded letters), null for a surname that is no name (« ABSENTS »).
 * The same council's members come back in every act of a séance: kept, bounded, as copies of the words.
 */
const KEYS = [new Map<string, string | null>(), new Map<string, string | null>()];
function nameKey(w: string, surname: boolean): string | null {
  const cache = KEYS[surname ? 0 : 1];
  let key = cache.get(w);
  if (key !== undefined) return key;
  const folded = fold(w);
  key = surname && (folded.toUpperCase().split(/[\s-]+/).every((x) => NOT_A_NAME.test(x)) || w.length < 3) ? null : folded.replace(/[^a-z]/g, '');
  if (cache.size >= 4096) cache.clear();
  cache.set(flat(w), key);
  return key;
}

/** The names of a list (« Denis FEGNE, Mme Gisèle VINCENT et M. COTI »). */
export function namesIn(text: string, offset: number, index: TextIndex): MemberName[] {
  const out: MemberName[] = [];
  NAME.lastIndex = 0;
  for (let m = NAME.exec(text); m && out.length < 200; m = NAME.exec(text)) {
    const surname = nameKey(m[2].trim(), true);
    if (surname === null) continue;
    const first = m[1].trim();
    const s = offset + m.index + (m[0].length - m[0].trimStart().length);
    const sp = index.span(s, offset + m.index + m[0].length);
    out.push({ text: sp.text, range: sp.range, start: sp.start, end: sp.end, surname, first: first ? nameKey(first, false) : null });
  }
  return out;
}

/** The same member: same surname, and same first name when both are written (`strict`: both must be written). */
export const sameMember = (a: MemberName, b: MemberName, strict = false) => a.surname === b.surname && (strict ? a.first !== null && a.first === b.first : a.first === null || b.first === null || a.first === b.first);

/**
 * A pouvoir given by one member to another: « X (pouvoir à Y) », « X à Y », « pouvoir de X à Y ». (« \s*(?:\(\s*)? »,
 * not « \s*\(?\s* »: the same matches, without trying every split of a long run of blanks, as a collection's acts have
 * where the other acts are blanked out.)
 */
const PROXY_PAIR = /((?:(?:M\.|Mme|Monsieur|Madame)\s+)?(?:[A-ZÀ-Ý][a-zà-ÿ'’-]+\s+)?[A-ZÀ-Ý]{2}[A-ZÀ-Ý'’-]*(?:\s+[A-ZÀ-Ý]{2}[A-ZÀ-Ý'’-]*)?)\s*(?:\(\s*)?(?:(?:a\s+donn[ée]\s+|donne\s+)?(?:pouvoir|procuration)\s+)?(?:à|a)\s+((?:(?:M\.|Mme|Monsieur|Madame)\s+)?(?:[A-ZÀ-Ý][a-zà-ÿ'’-]+\s+)?[A-ZÀ-Ý]{2}[A-ZÀ-Ý'’-]*(?:\s+[A-ZÀ-Ý]{2}[A-ZÀ-Ý'’-]*)?)/gu;

/** What comes before a mandataire's name (« (pouvoir à », « représenté par M. »): not an absent member (folded). */
const HOLDER_BEFORE = /(?:(?:pouvoir|procuration)\s+(?:donnee?\s+)?a|represente(?:e)?s?\s+par)\s*(?:(?:m\.|mme|monsieur|madame)\s*)?$/;
/** « Mme SOUDANT a donné pouvoir à M. VERDIER »: the mandant, then the mandataire (original text). */
const PROSE_PROXY = /((?:M\.|Mme|Monsieur|Madame)\s+(?=\S)[^.;,\n]{1,40}?)\s+(?:a|avait)\s+donn[ée]\s+(?:pouvoir|procuration)\s+(?:à|a)\s+((?:M\.|Mme|Monsieur|Madame)\s+(?=\S)[^.;,\n()]{1,40})/g;
const LABELS = /\b(?:etaient\s+present(?:\(e\))?(?:s|\(e?s\))?(?:\s+(?:(?:les\s+)?(?:conseillers|membres|delegues)(?:\s+(?:municipaux|communautaires|syndicaux|titulaires))?(?:\s+suivants)?|(?:mesdames|mmes)\s+et\s+(?:messieurs|mm\.?)))?|present(?:\(e\))?(?:s|\(e?s\))?(?:\s+(?:ou|et)\s+representes?|\s*\(\d{1,3}\))?|absents?(?:\s+(?:excuses?|representes?|ayant\s+(?:donne|vote\s+par)\s+(?:pouvoir|procuration)))?|excuses?|(?:a|ont)\s+donne\s+(?:pouvoir|procuration)|pouvoirs?|procurations?|secretaires?\s+de\s+seance|objet|ordre\s+du\s+jour|nombre\s+de|date\s+de\s+(?:la\s+)?convocation|votants?)\s*:/g;

/**
 * A member who arrives or leaves during the séance (folded): « Arrivée de M. X à 19 h 30 », « Mme Y quitte la séance »,
 * « M. Z, Président, quitte la salle au moment du vote », « M. W regagne la salle »: the présents and votants of the
 * points after are not those of the opening.
 */
export const MEMBERS_MOVING = /\barrive(?:e|s|es|nt)?\s+(?:a|en\s+cours|au\s+(?:point|cours))|\barrivee\s+de\s+(?:m|mme|monsieur|madame)\b|\bquitte(?:nt)?\s+(?:la\s+(?:seance|salle|reunion)|l'assemblee|definitivement)|\bprend(?:nent)?\s+conge\b|\bse\s+retire(?:nt)?\b[^.;\n]{0,60}\b(?:definitivement|ne\s+re(?:prend|vient|viendra)|ne\s+(?:prend|prennent|participe)|au\s+moment\s+du\s+vote)|\bentre(?:nt)?\s+en\s+seance|\brejoi(?:nt|gnent)\s+l'assemblee|\bprend(?:nent)?\s+place\s+a\s+\d|\bdoi(?:t|vent)\s+quitter\b|\bjusqu'a\s+son\s+arrivee|\bsort(?:ie)?\s+de\s+(?:la\s+)?(?:seance|salle)|\bdepart\s+de\s+(?:m|mme|monsieur|madame)\b|\bregagne(?:nt)?\s+la\s+(?:seance|salle)|\brejoin(?:t|nent)\s+la\s+seance/;

/**
 * The lists of the séance block (within `limit`): présents, absents (with their pouvoirs) and the pairs mandant →
 * mandataire; null when the block names nobody. A list labelled « présents ou représentés » is not a list of present
 * members; arrivals and departures during the séance (« arrivé à 19 h 30 », « quitte la séance ») make the lists
 * unreliable for this purpose.
 */
export function readMembers(text: string, f: string, index: TextIndex, limit: number): Members | null {
  const region = f.slice(0, Math.min(f.length, limit));
  const labels = [...region.matchAll(LABELS)];
  if (labels.length === 0) return null;
  const present: MemberName[] = [];
  const absent: MemberName[] = [];
  const proxies: { from: MemberName; to: MemberName }[] = [];
  for (let k = 0; k < labels.length; k++) {
    const l = labels[k];
    const from = l.index! + l[0].length;
    const to = Math.min(k + 1 < labels.length ? labels[k + 1].index! : region.length, from + 2500);
    const label = l[0];
    // A list ends with its line's full stop (« Absents excusés : M. Michel HENRY. » then « Mme X est désignée
    // secrétaire de séance »).
    const stop = /\.[ \t]*(?:\r?\n|\r)/.exec(text.slice(from, to));
    let chunk = text.slice(from, stop ? from + stop.index + 1 : to);
    // (« Présents : 22 »: a number, not a list; the line after it, « M. X a donné pouvoir à Mme Y. », is no présent.)
    const count = /^[ \t]*\d{1,4}(?:[ \t]*[.;,])?[ \t]*(?:\r?\n|\r|$)/.exec(chunk);
    if (count) chunk = chunk.slice(0, count[0].length);
    if (/^(?:etaient\s+)?present(?!\S*\s+(?:ou|et)\s+represente)/.test(label)) present.push(...namesIn(chunk, from, index));
    else if (/absents?|excuses?/.test(label) && !/representes?|pouvoir|procuration/.test(label)) absent.push(...namesIn(chunk, from, index).filter((n) => !/^[^,;\n]{0,30}?\b(?:pouvoir|procuration)\b/.test(f.slice(n.end, n.end + 40)) && !HOLDER_BEFORE.test(f.slice(Math.max(0, n.start - 40), n.start))));
    // Pairs « X (pouvoir à Y) », « X à Y », « pouvoir de X à Y ».
    if (/absents?|excuses?|pouvoir|procuration/.test(label)) {
      for (const m of chunk.matchAll(PROXY_PAIR)) {
        const a = namesIn(m[1], from + m.index!, index)[0];
        const b = namesIn(m[2], from + m.index! + m[0].length - m[2].length, index)[0];
        if (a && b && !sameMember(a, b)) proxies.push({ from: a, to: b });
      }
    }
  }
  // In prose: « Mme SOUDANT a donné pouvoir à M. VERDIER. »
  if (/donn[ée]\s+(?:pouvoir|procuration)/.test(region)) {
    for (const m of text.slice(0, region.length).matchAll(PROSE_PROXY)) {
      const a = namesIn(m[1], m.index!, index)[0];
      const b = namesIn(m[2], m.index! + m[0].length - m[2].length, index)[0];
      if (a && b && !sameMember(a, b) && !proxies.some((p) => sameMember(p.from, a) && sameMember(p.to, b))) proxies.push({ from: a, to: b });
    }
  }
  if (present.length + absent.length + proxies.length === 0) return null;
  const moving = /\barrive(?:e|s|es)?\s+(?:a|en\s+cours|au\s+(?:point|cours))|\bquitte(?:nt)?\s+la\s+(?:seance|salle)|\bjusqu'a\s+son\s+arrivee|\ba\s+partir\s+(?:du\s+point|de\s+la\s+(?:question|deliberation))|\bsort(?:ie)?\s+de\s+(?:la\s+)?(?:seance|salle)|\bpresents?\s+(?:ou|et)\s+representes?\s*:/.test(region);
  return { present, absent, proxies, moving };
}

// ---- The mandataires of the pouvoirs (SEA-004): who receives a pouvoir, as the séance block writes it.

const HOLDER = String.raw`((?:[A-ZÀ-Ý][a-zà-ÿ'’]+[\s-]+){1,3}[A-ZÀ-Ý][A-ZÀ-Ý'’-]+(?:\s+[A-ZÀ-Ý][A-ZÀ-Ý'’-]{2,})?)`;
// (« pouvoir à M. GUÉRIN »: a civility and a surname alone name a member too.)
const HOLDER_DIRECT = new RegExp(String.raw`(?:pouvoir|procuration|mandat)\s+(?:donn[ée]e?\s+)?(?:à|a)\s+(?:(?:(?:M\.|Mme|Monsieur|Madame)\s*)?` + HOLDER + String.raw`|(?:M\.|Mme|Monsieur|Madame)\s+([A-ZÀ-Ý][A-ZÀ-Ý'’-]{2,})(?![\p{L}])|(?:M\.|Mme|Monsieur|Madame)\s+([A-ZÀ-Ý][a-zà-ÿ'’]+(?:-[A-ZÀ-Ý][a-zà-ÿ'’]+)?(?:[ \t]+[A-ZÀ-Ý][a-zà-ÿ'’]+(?:-[A-ZÀ-Ý][a-zà-ÿ'’]+)?)?)(?![\p{L}])(?![ \t]+[A-ZÀ-Ý]))`, 'gu');
// (Or « Pouvoir de Mme X à M. Y » opening its line.)
const HOLDER_LABEL = /(?:procurations?|pouvoirs?|ayant\s+donne\s+(?:pouvoir|procuration|delegation\s+de\s+vote)|delegations?\s+de\s+vote|representee?s?)\s*:|(?:^|\n)[ \t*-]*(?:pouvoir|procuration)s?\s+de(?=\s)/g;
/**
 * In a list, a member as the software and the secrétaires write them: « Prénom NOM », « M. NOM », « NOM Prénom »
 * (the name only, without its civility).
 */
const LISTED = String.raw`(?:(?:M\.|Mme|Monsieur|Madame)\s+([A-ZÀ-Ý][a-zà-ÿ'’]+(?:-[A-ZÀ-Ý][a-zà-ÿ'’]+)?(?:[ \t]+[A-ZÀ-Ý][a-zà-ÿ'’]+(?:-[A-ZÀ-Ý][a-zà-ÿ'’]+)?)?)(?![\p{L}])(?![ \t]+[A-ZÀ-Ý])|(?:(?:M\.|Mme|Monsieur|Madame)\s+)?(` + HOLDER.slice(1, -1) + String.raw`|[A-ZÀ-Ý][A-ZÀ-Ý'’-]{2,}(?:\s+[A-ZÀ-Ý][A-ZÀ-Ý'’-]{2,})?(?:\s+[A-ZÀ-Ý][a-zà-ÿ'’]+(?:-[A-ZÀ-Ý][a-zà-ÿ'’]+)?)?)(?![\p{L}]))`;
/** « Mme Giraud est porteuse de deux pouvoirs » (original text). */
const CARRIES = /((?:M\.|Mme|Monsieur|Madame)\s+[A-ZÀ-Ý][\p{L}'’-]+(?:\s+[A-ZÀ-Ý][\p{L}'’-]+)?)(?:\s*,\s*|\s+)(?:est\s+)?porteu(?:r|se)\s+de\s+(deux|trois|2|3)\s+(?:pouvoirs|procurations)\b/gu;
/** « Mme BERTRAND à M. DAVID », « BERTRAND Anne à DAVID Paul », « Mme BERTRAND par M. DAVID » (after « Représentés : »). */
const HOLDER_PAIR = new RegExp(LISTED + String.raw`\s+(?:à|a|par)\s+` + LISTED, 'gu');

/** A mandataire's key: the letters of the name without its civility. */
const holderKey = (name: string) => foldText(name).replace(/\b(?:m|mme|monsieur|madame)\b\.?/g, '').replace(/[^a-z]/g, '');

/** Capitalised words around a mandant that are no name (folded). */
const MANDANT_NOT_NAME = /^(?:m|mm|mme|mmes|monsieur|madame|absents?|excuses?|excusees?|pouvoirs?|procurations?|representes?|representees?|presents?|mandats?|delegations?|de|vote|votants?|et|ayant|donne|a)$/;

/** The column of a table of pouvoirs that names who holds each (folded cell): « Mandataire », « Pouvoir donné à ». */
const HOLDER_COLUMN = /^\s*(?:mandataires?|(?:pouvoirs?|procurations?)\s+(?:donnee?s?\s+)?a|represente(?:e)?s?\s+par|porteur|porteuse)\s*$/;
/** A cell that names a person: a first name and a name, or a civility and a name. */
const PERSON_NAME_CELL = /^(?:(?:M|MM|Mme|Mlle|Monsieur|Madame)\.?\s+)?\p{Lu}[\p{L}'’-]+(?:\s+[\p{L}'’-]+){0,3}$/u;

/**
 * The members who receive a pouvoir in the first 12,000 characters: « pouvoir à Mme Prénom NOM », « procuration
 * donnée à … », and « Prénom NOM à Prénom NOM » in the list after « Procurations : » / « Pouvoirs : », or in a table of pouvoirs. One mention
 * per mandataire and mandant (a séance block repeated on each page counts once); the value is the mandataire's key
 * (folded letters, no civility), the span the name as written.
 */
export function readProxyHolders(text: string, f: string): { key: string; start: number; end: number }[] {
  const limit = Math.min(text.length, 12000);
  const out: { key: string; start: number; end: number }[] = [];
  const seenPairs = new Set<string>();
  const add = (name: string, at: number, mandant: string) => {
    const key = holderKey(name);
    if (key.length < 5) return;
    // (The mandant by his last name written with a capital: the same pouvoir written in two lists, « Pouvoirs : Mme
    // Annick Leray à M. Daniel Hervouet » and « Absents excusés : Mme Annick Leray (pouvoir à M. Daniel Hervouet) », is one.)
    const names = [...mandant.matchAll(/[A-ZÀ-Ý][\p{L}'’-]+/gu)].map((x) => x[0]).filter((w) => !MANDANT_NOT_NAME.test(foldText(w)));
    const pair = key + '|' + (names.length ? foldText(names[names.length - 1]).replace(/[^a-z]/g, '') : foldText(mandant).replace(/[^a-z]/g, '').slice(-20));
    if (seenPairs.has(pair)) return;
    seenPairs.add(pair);
    out.push({ key, start: at, end: at + name.length });
  };
  const head = text.slice(0, limit);
  const fh = f.slice(0, limit);
  // The patterns run only when their words are there (« pouvoir », « procuration », « mandat », « représentés »).
  if (!fh.includes('pouvoir') && !fh.includes('procuration') && !fh.includes('mandat') && !fh.includes('represente') && !fh.includes('de vote')) return out;
  HOLDER_DIRECT.lastIndex = 0;
  for (let m = HOLDER_DIRECT.exec(head); m; m = HOLDER_DIRECT.exec(head)) {
    const name = m[1] ?? m[2] ?? m[3];
    add(name, m.index + m[0].length - name.length, head.slice(Math.max(0, m.index - 60), m.index));
  }
  HOLDER_LABEL.lastIndex = 0;
  for (let l = HOLDER_LABEL.exec(fh); l; l = HOLDER_LABEL.exec(fh)) {
    const from = l.index + l[0].length;
    const region = text.slice(from, Math.min(limit, from + 2000));
    HOLDER_PAIR.lastIndex = 0;
    for (let m = HOLDER_PAIR.exec(region); m; m = HOLDER_PAIR.exec(region)) {
      const holder = m[3] ?? m[4];
      add(holder, from + m.index + m[0].length - holder.length, m[1] ?? m[2]);
    }
  }
  // A table of the pouvoirs, « | Absent ayant donné pouvoir | Mandataire | » over a row a pouvoir.
  if (fh.includes('|')) {
    let holder = -1;
    let at = 0;
    for (const line of fh.split('\n')) {
      const start = at;
      at += line.length + 1;
      const t = line.trim();
      if (!t.startsWith('|') || !t.endsWith('|')) {
        holder = -1;
        continue;
      }
      const cells = t.slice(1, -1).split('|');
      const column = cells.findIndex((c) => HOLDER_COLUMN.test(c));
      if (column >= 0 && cells.length >= 2) {
        holder = column;
        continue;
      }
      if (holder < 0 || /^[\s:|-]*$/.test(t)) continue;
      // (The row's cells, found again in the text as written: their offsets.)
      let from = start + line.indexOf('|') + 1;
      const written: { text: string; at: number }[] = [];
      for (const c of cells) {
        const lead = c.length - c.trimStart().length;
        written.push({ text: text.slice(from + lead, from + lead + c.trim().length), at: from + lead });
        from += c.length + 1;
      }
      const h = written[holder];
      const mandant = written.filter((_, k) => k !== holder).map((x) => x.text).join(' ');
      if (h && h.text && PERSON_NAME_CELL.test(h.text)) add(h.text, h.at, mandant);
    }
  }
  // « Mme Giraud est porteuse de deux pouvoirs »: said outright.
  if (fh.includes('porteu')) {
    CARRIES.lastIndex = 0;
    for (let m = CARRIES.exec(head); m; m = CARRIES.exec(head)) {
      const n = /^(?:deux|2)$/i.test(m[2]) ? 2 : 3;
      // (Only those the lists did not already give this member: the same pouvoirs, said twice.)
      const key = holderKey(m[1]);
      const known = out.filter((x) => x.key === key).length;
      for (let k = known; k < n; k++) add(m[1], m.index, `porteur ${'abc'[k]}`);
    }
  }
  return out;
}
