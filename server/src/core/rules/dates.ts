// DAT: the act is dated; numbers and dates agree.
import type { Finding, Rule } from './rule';
import { frenchDate } from '../text';
import { isDeliberation } from './util';

export const DAT_001: Rule = {
  id: 'DAT-001',
  title: 'L’acte porte sa date (« Fait à …, le … », ou la date de séance pour une délibération).',
  kinds: 'all',
  severity: 'error',
  source: { label: 'CGCT, art. L. 2121-23, L. 2122-29 et R. 2122-7-1 (registres tenus par ordre de date)', url: null, code: 'CGCT', article: 'R2122-7-1' },
  status: 'secondary',
  check({ act, index }) {
    if (act.kind === 'unknown' && !act.dispositive && act.articles.length === 0) return [];
    if (act.placeDate?.date) return [];
    if (isDeliberation(act.kind) && act.seance?.date) return [];
    const known = act.transmission?.actDate ?? null;
    if (act.placeDate) {
      const fixes = [];
      if (known) {
        // "Fait à Chambéry," → "Fait à Chambéry, le 17 avril 2025"
        const end = act.placeDate.end;
        const trimmed = act.placeDate.text.replace(/[\s,]+$/, '');
        const at = index.positionAt(act.placeDate.start + trimmed.length);
        fixes.push({
          title: `Dater l’acte du ${frenchDate(known)} (date de l’acte dans l’accusé de réception)`,
          preferred: true,
          edits: [{ range: { start: at, end: index.positionAt(end) }, newText: `, le ${frenchDate(known)}` }],
        });
      }
      return [{
        range: act.placeDate.range,
        message: `« ${act.placeDate.text.trim()} » ne porte pas de date : complétez par « le <jour> <mois> <année> ». Les actes sont inscrits au registre par ordre de date.`,
        fixes,
      }];
    }
    const range = act.signatories[0]?.range ?? act.articles[act.articles.length - 1]?.headingRange ?? act.title?.range ?? { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };
    return [{ range, message: 'L’acte n’est pas daté : ajoutez « Fait à <commune>, le <date> » après le dispositif. Les actes sont inscrits au registre par ordre de date.' }];
  },
};

export const DAT_003: Rule = {
  id: 'DAT-003',
  title: 'L’année du numéro d’une loi, d’une ordonnance ou d’un décret est celle de sa date.',
  kinds: 'all',
  severity: 'warning',
  source: { label: 'Guide de légistique, 3.1.3 (numérotation des textes)', url: 'https://www.legifrance.gouv.fr/Droit-francais/Guide-de-legistique/III.-Redaction-des-textes/3.1.-Contexte/3.1.3.-Intitule-d-un-texte' },
  status: 'confirmed',
  check({ act }) {
    const out: Finding[] = [];
    for (const r of act.references) {
      if (r.type !== 'text' || !r.number || !r.date) continue;
      const head = r.number.split('-')[0];
      const year = head.length === 2 ? 1900 + Number(head) : Number(head);
      if (head.length !== 2 && head.length !== 4) continue;
      const dateYear = Number(r.date.slice(0, 4));
      if (year === dateYear) continue;
      const nature = r.nature === 'decret' ? 'Le décret' : r.nature === 'ordonnance' ? 'L’ordonnance' : 'La loi';
      out.push({
        range: r.dateSpan?.range ?? r.range,
        message: `${nature} n° ${r.number} porte un numéro de ${year} mais est datée du ${frenchDate(r.date)} : vérifiez le numéro ou la date.`,
      });
    }
    return out;
  },
};
