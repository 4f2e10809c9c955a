// Reader of the fields of a model (modèle) left unfilled (STR-007): « [NOM DE LA COMMUNE] », « XX/XX/2025 »,
// « (préciser la voie) », « «NOM_AGENT» », « Présents : __ », « M./Mme …………… ». Each is a mention whose value is the
// placeholder as written. Blanks (dots, underscores) count only in the act itself, before its signature, and not on
// the lines a paper copy leaves to be filled by hand (« Publié le …… », « Notifié le ____ », « Signature : ____ »).
import type { Mention, PlaceDate, Signatory } from '../model';
import type { TextIndex } from '../text';

type Read = { readonly placeDate: PlaceDate | null; readonly signatories: readonly Signatory[] };

/** A bracketed field (« [NOM DE LA COMMUNE] », « [date de la séance] »); not a link, a footnote, a box or « […] ». */
const BRACKETED = /\[([^\][\n]{2,60})\](?!\()/g;
/** The words that name a field to fill, in brackets (folded): « [NOM DE LA COMMUNE] », « [date de la séance] », « [XX] ». */
const FIELD_WORDS = /\b(?:nom|prenoms?|commune|ville|date|adresse|montant|numero|preciser|completer|indiquer|qualite|intitule|lieu|departement|collectivite|service|fonction|grade|objet|societe|entreprise|beneficiaire|petitionnaire|agent|association|voie|rue|heure|periode|a\s+remplir)\b|^x{2,}$/;
/** What an export writes in brackets where a picture or a note was (« [Signature] », « [Cachet de la mairie] », « [Abrogé] »), and the data a published copy hides (« [nom occulté] », CRPA, art. L. 312-1-2). */
const NOT_A_FIELD = /\b(?:signature|signee?|cachet|sceau|logo|image|photo|illisible|annexe|abroge|page|nota|sic)\b|\b(?:occulte|anonymise|masque|supprime|retire)e?s?\b/;
/** A date to fill: « XX/XX/2025 », « __/05/2025 », « 12/XX/2025 », « XX mai 2025 » (folded). */
const DATE_FIELD = /\b(?:xx|\d{1,2}|__)[/.](?:xx|__)[/.](?:\d{4}|\d{2}|x{2,4}|_{2,4})(?!\w)|\b(?:xx|__)[/.]\d{1,2}[/.](?:\d{4}|x{4})\b|\bxx\s+(?:janvier|fevrier|mars|avril|mai|juin|juillet|aout|septembre|octobre|novembre|decembre)\b/g;
/** A number to fill: « n° ____ », « n° 2025-__ », « n° XXX » (folded). */
const NUMBER_FIELD = /\bn\s?°\s*(?:[a-z]{0,8}[-/_]?\d{2,4}[-/_])?(?:_{2,}|x{3,}(?![a-z])|…+|\.{3,})/g;
/** A number left to complete: « n° 2026- » at a line's end, the next line not going on with digits (folded). */
const UNFINISHED_NUMBER = /\bn\s?°\s*[a-z]{0,8}[-/_]?\d{2,4}[-/_][ \t]*(?=\r?\n[ \t]*(?![a-z]{0,3}\d))/;
/** An instruction in parentheses (« (préciser la voie) », « (à compléter) », « (Nom Prénom) », « (rayer la mention inutile) ») (folded). */
const INSTRUCTION = /\((?:a\s+)?(?:preciser|completer|indiquer|remplir|choisir|renseigner|rayer\s+la\s+mention|supprimer\s+la\s+mention)\b[^)\n]{0,80}\)|\((?:nom|prenom|nom\s+(?:et\s+)?prenom|prenom\s+(?:et\s+)?nom|qualite|date|adresse|montant|lieu|fonction|grade)\)/g;
/** A mail-merge field (« «NOM_AGENT» », « {{ date }} », « <<COMMUNE>> »). */
const MERGE_FIELD = /«\s*[A-Za-zÀ-ÿ]+(?:_[A-Za-zÀ-ÿ0-9]+)+\s*»|\{\{[^{}\n]{1,40}\}\}|<<[^<>\n]{1,40}>>/g;
/** A blank left for a value: a run of underscores, of dots or of « … » (not a table of contents' leaders). */
const BLANK = /_{2,}|…{2,}|\.{4,}/g;
/** The lines a paper copy leaves to fill by hand (folded). */
const BY_HAND = /publi|affich|notifi|transmis|recue?\b|executoire|signature|accuse|visa\s+de|lu\s+et\s+approuve|l'interesse|le\s+beneficiaire|date\s+de\s+(?:mise|reception|depot)|en\s+ligne|cachet/;

export function readPlaceholders(text: string, f: string, index: TextIndex, act: Read): Mention[] {
  const out: Mention[] = [];
  const add = (start: number, end: number) => {
    if (out.some((m) => start < m.end && end > m.start)) return;
    out.push({ kind: 'placeholder', start, end, value: text.slice(start, end), flag: false });
  };
  // (Each pattern runs only when the text holds the characters it needs; the index keeps, from one version of the
  // text to the next, whether it does.)
  const has = (w: string) => index.firstIndexOf('folded', f, w) >= 0;
  const hasText = (w: string) => index.firstIndexOf('text', text, w) >= 0;
  if (hasText('[')) {
    for (const m of text.matchAll(BRACKETED)) {
      const inner = f.slice(m.index! + 1, m.index! + m[0].length - 1).trim();
      if (NOT_A_FIELD.test(inner) || /^[.…\s]*$/.test(inner)) continue;
      // (A word in capitals alone is no field: « [ARRETE] », a site's label over a copied act.)
      if (FIELD_WORDS.test(inner)) add(m.index!, m.index! + m[0].length);
    }
  }
  // (A date to fill on a line that records what follows the signature, « Transmis au représentant de l'État le :
  // __/__/____ », is left for after it: PUB-010's concern.)
  const lineOf = (at: number) => {
    const nl = f.indexOf('\n', at);
    return f.slice(f.lastIndexOf('\n', at) + 1, nl < 0 ? f.length : nl);
  };
  if (has('xx') || has('__')) for (const m of f.matchAll(DATE_FIELD)) if (!BY_HAND.test(lineOf(m.index!))) add(m.index!, m.index! + m[0].length);
  const blanks = has('__') || has('…') || has('...') || has('xxx');
  if (blanks && (has('n°') || has('n °'))) for (const m of f.matchAll(NUMBER_FIELD)) add(m.index!, m.index! + m[0].length);
  // A number left to complete at the end of the title's line (« ARRÊTÉ N° 2026- », the next line not its end).
  const unfinished = UNFINISHED_NUMBER.exec(f.slice(0, 1500));
  if (unfinished) add(unfinished.index, unfinished.index + unfinished[0].length);
  if (has('(')) for (const m of f.matchAll(INSTRUCTION)) add(m.index!, m.index! + m[0].length);
  if (hasText('«') || hasText('{{') || hasText('<<')) for (const m of text.matchAll(MERGE_FIELD)) add(m.index!, m.index! + m[0].length);
  // Blanks: in the act, up to its place and date, or its first signature.
  const limit = Math.min(act.placeDate?.end ?? text.length, act.signatories[0]?.start ?? text.length);
  if (has('__') || has('…') || has('....')) {
    for (const m of f.slice(0, limit).matchAll(BLANK)) {
      const at = m.index!;
      const nl = f.indexOf('\n', at);
      const line = lineOf(at);
      if (BY_HAND.test(line)) continue;
      // Leaders before a value (« Comité des fêtes ........ 2 500 € », « Associations ........ gratuit », « Rapporteur
      // ........ Mme X », a table of contents' « …… p. 3 »), not before a connector (« Fait à ……, le …… », « né le …… à »).
      const rest = f.slice(at + m[0].length, nl < 0 ? f.length : nl);
      if (/^[.…\s]*(?:p(?:age)?\.?\s*)?[-–]?\s*\d/.test(rest) || /^[.…_\s]*(?!(?:a|au|aux|le|la|les|l'|de|du|des|d'|en|et|ou)\b)[a-z]/.test(rest)) continue;
      // Markdown's emphasis (« __gras__ », opening or closing), a name_with_underscores and a separator line are no blanks.
      if (m[0][0] === '_' && (/[\p{L}\d]/u.test(f.charAt(at + m[0].length)) || /[\p{L}\d]/u.test(f.charAt(at - 1)) || /^[\s_]*$/.test(line))) continue;
      if (/^[\s.…]*$/.test(line)) continue;
      add(at, at + m[0].length);
    }
  }
  return out.sort((a, b) => a.start - b.start).slice(0, 50);
}
