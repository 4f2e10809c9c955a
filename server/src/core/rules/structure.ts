// STR: the shape of the act (dispositive verb, numbering of articles).
import type { Rule } from './rule';
import { KIND_LABEL, isArrete, isDecision, isDeliberation } from './util';

const expectedVerb = (kind: string): string =>
  kind.startsWith('arrete') ? 'ARRÊTE :' : kind.startsWith('decision') ? 'DÉCIDE :' : 'DÉCIDE :';

export const STR_001: Rule = {
  id: 'STR-001',
  title: 'Un verbe de dispositif (ARRÊTE, DÉCIDE, DÉLIBÈRE…) sépare les motifs du dispositif et correspond à la nature de l’acte.',
  kinds: 'all',
  severity: 'warning',
  source: { label: 'Usage rédactionnel (visas, considérants, puis dispositif)', url: null },
  status: 'unconfirmed',
  check({ act }) {
    const d = act.dispositive;
    if (!d) {
      if (act.kind === 'unknown' && act.articles.length === 0) return [];
      const first = act.articles[0];
      const range = first ? first.headingRange : act.title?.range ?? { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };
      const verb = expectedVerb(act.kind);
      return [{
        range,
        message: `Aucun verbe de dispositif : ajoutez « ${verb} » (ou « DÉLIBÈRE : » pour une délibération) avant le premier article, pour séparer les motifs du dispositif.`,
        fixes: first ? [{ title: `Insérer « ${verb} » avant l’article ${first.numberText}`, edits: [{ range: { start: first.range.start, end: first.range.start }, newText: `${verb}\n\n` }] }] : [],
      }];
    }
    const v = d.verb;
    const ok = isArrete(act.kind) ? /^ARR/.test(v)
      : isDecision(act.kind) ? /^(DÉCID|ARR)/.test(v)
      : isDeliberation(act.kind) ? /^(DÉCID|DÉLIB|APRÈS)/.test(v)
      : true;
    if (ok) return [];
    return [{
      range: d.range,
      severity: 'information',
      message: `Le verbe « ${v} » ne correspond pas à une ${KIND_LABEL[act.kind]} : on attend « ${expectedVerb(act.kind)} ».`,
    }];
  },
};

export const STR_003: Rule = {
  id: 'STR-003',
  title: 'Les articles sont numérotés dans l’ordre à partir de « 1er », sans lacune ni doublon ; un article seul est l’« Article unique ».',
  kinds: 'all',
  severity: 'warning',
  source: { label: 'Guide de légistique, 3.2.2 (division du texte)', url: 'https://www.legifrance.gouv.fr/Droit-francais/Guide-de-legistique/III.-Redaction-des-textes/3.2.-Structure-des-textes/3.2.2.-Division-du-texte' },
  status: 'confirmed',
  check({ act }) {
    const out = [];
    const arts = act.articles;
    if (arts.length === 0) return [];
    const first = arts[0];
    if (first.number === '1er' && first.numberText !== '1er' && !/^1\s*\^?\{?er\}?$/.test(first.numberText)) {
      out.push({
        range: first.numberRange,
        severity: 'information' as const,
        message: `Écrivez « Article 1er » plutôt que « Article ${first.numberText} » (Guide de légistique).`,
        fixes: [{ title: 'Remplacer par « 1er »', preferred: true, edits: [{ range: first.numberRange, newText: '1er' }] }],
      });
    }
    let expected = 1;
    for (const a of arts) {
      if (a.number === 'unique') {
        if (arts.length > 1) out.push({ range: a.numberRange, message: '« Article unique » alors que l’acte compte plusieurs articles : numérotez-les 1er, 2, 3…' });
        continue;
      }
      const n = a.number === '1er' ? 1 : Number(a.number);
      if (!Number.isFinite(n)) continue;
      if (n !== expected) {
        const want = expected === 1 ? '1er' : String(expected);
        out.push({
          range: a.numberRange,
          message: n < expected
            ? `Article ${a.numberText} en double ou hors d’ordre : on attend l’article ${want}.`
            : `Numérotation interrompue : l’article ${a.numberText} suit l’article ${expected === 1 ? '—' : expected - 1 === 1 ? '1er' : expected - 1} ; on attend l’article ${want}.`,
          fixes: [renumberFix(arts)],
        });
      }
      expected = n + 1;
    }
    return out;
  },
};

/** Renumber every article 1er, 2, 3… (only the numbers change). */
export function renumberFix(arts: readonly { number: string | null; numberText: string; numberRange: import('../model').Range }[]) {
  const edits = [];
  let i = 1;
  for (const a of arts) {
    if (a.number === 'unique') continue;
    const want = i === 1 ? '1er' : String(i);
    if (a.numberText !== want) edits.push({ range: a.numberRange, newText: want });
    i++;
  }
  return { title: 'Renuméroter les articles (1er, 2, 3…)', edits };
}
