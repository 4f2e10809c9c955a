// REC: voies et délais de recours.
import type { Rule } from './rule';
import { anchorForMissing } from './util';

export const REC_001: Rule = {
  id: 'REC-001',
  title: 'L’acte mentionne le délai (deux mois) et la voie de recours contentieux, avec le tribunal administratif compétent.',
  kinds: 'all',
  severity: 'warning',
  source: { label: 'CJA, art. R. 421-1 et R. 421-5', url: 'https://www.legifrance.gouv.fr/codes/id/LEGITEXT000006070933' },
  status: 'confirmed',
  check({ act }) {
    if (act.kind === 'unknown' && !act.dispositive && act.articles.length === 0) return [];
    const individual = act.transmission?.identifier ? /-AI$/i.test(act.transmission.identifier) : false;
    const r = act.recours;
    if (!r) {
      return [{
        range: anchorForMissing(act),
        severity: individual ? 'error' : undefined,
        message: 'Les voies et délais de recours ne sont pas mentionnés : ajoutez que l’acte peut être déféré au tribunal administratif de <ville> dans un délai de deux mois à compter de sa publication ou de sa notification. Sans cette mention, le délai de recours n’est pas opposable (CJA, art. R. 421-5).',
      }];
    }
    const out = [];
    if (!r.tribunal) out.push({ range: r.range, message: 'La mention des recours ne nomme pas le tribunal administratif compétent : précisez « tribunal administratif de <ville> ».' });
    if (!r.delay) out.push({ range: r.range, message: 'La mention des recours ne donne pas le délai : précisez « dans un délai de deux mois à compter de sa publication ou de sa notification ».' });
    return out;
  },
};
