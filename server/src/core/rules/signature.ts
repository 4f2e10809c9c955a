// SIG: who signs, legibly.
import type { Rule } from './rule';
import { anchorForMissing } from './util';

export const SIG_001: Rule = {
  id: 'SIG-001',
  title: 'La signature est accompagnée du prénom, du nom et de la qualité de son auteur.',
  kinds: 'all',
  severity: 'error',
  source: { label: 'CRPA, art. L. 212-1', url: null, code: 'CRPA', article: 'L212-1' },
  status: 'confirmed',
  check({ act, profile, index }) {
    if (act.kind === 'unknown' && !act.dispositive && act.articles.length === 0) return [];
    const authors = act.signatories.filter((s) => s.role === 'author');
    const fixes = [];
    if (profile.signatory && act.placeDate) {
      const at = act.placeDate.range.end;
      const eol = { line: at.line, character: index.lineEnd(at.line) - index.lineStarts[at.line] };
      fixes.push({
        title: `Insérer la signature de ${profile.signatory.name} (${profile.signatory.quality})`,
        preferred: true,
        edits: [{ range: { start: eol, end: eol }, newText: `\n\n${profile.signatory.quality},\n\n${profile.signatory.name}` }],
      });
    }
    if (authors.length === 0) {
      return [{
        range: anchorForMissing(act),
        message: 'Signataire non identifié : indiquez sous « Fait à … » la qualité (« Le Maire », « Le Président »…), puis le prénom et le NOM du signataire (CRPA, art. L. 212-1).',
        fixes,
      }];
    }
    const out = [];
    for (const s of authors) {
      if (!s.name) out.push({ range: s.range, message: `Le prénom et le nom du signataire manquent après « ${s.quality} » (CRPA, art. L. 212-1).` });
      else if (!s.quality) out.push({ range: s.range, message: `La qualité du signataire ${s.name} manque (« Le Maire », « L’Adjoint délégué »…) (CRPA, art. L. 212-1).` });
    }
    return out;
  },
};
