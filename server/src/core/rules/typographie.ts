// TYP: typography and style (information only). TYP-002 ("L. 2122-22") and the spacing of "n°"
// inside law and décret citations are covered by CIT-001 / CIT-002 (references engineer).
import type { Finding, RuleContext, TextEdit } from './rule';
import { type DocumentedRule, derived, dispositifText } from './support';

const GUIDE_331 = 'https://www.legifrance.gouv.fr/Droit-francais/Guide-de-legistique/III.-Redaction-des-textes/3.3.-Redaction-des-dispositions/3.3.1.-Syntaxe-vocabulaire-sigles-et-signes';
const GUIDE = 'https://www.legifrance.gouv.fr/Droit-francais/Guide-de-legistique';

/**
 * Is an offset inside a law / décret / code citation (left to CIT-001 and CIT-002)? The returned test takes
 * offsets in increasing order and walks the references (sorted by start) once: linear, not matches × references.
 */
function citationTest(ctx: RuleContext): (at: number) => boolean {
  const refs = ctx.act.references;
  let i = 0;
  let maxEnd = -1;
  return (at) => {
    for (; i < refs.length && refs[i].start <= at; i++) {
      const r = refs[i];
      if ((r.type === 'text' || r.type === 'code-article') && r.end > maxEnd) maxEnd = r.end;
    }
    return at < maxEnd;
  };
}

export const TYP_001: DocumentedRule = {
  id: 'TYP-001',
  display: 'style',
  groupMessage: (n) => `${n} « n° » à faire suivre d’une espace (« n° DCM-2020-117 »).`,
  title: '« n° » est suivi d’une espace (« n° DCM-2020-117 »).',
  kinds: 'all',
  severity: 'information',
  source: { label: 'Guide de légistique (exemples)', url: GUIDE },
  status: 'confirmed',
  doc: { details: 'Une remarque par acte, avec un correctif qui ajoute l’espace partout. Les citations de lois, d’ordonnances et de décrets relèvent de CIT-002.' },
  check(ctx) {
    const { text } = ctx;
    const edits: TextEdit[] = [];
    let first: Finding['range'] | null = null;
    const inCitation = citationTest(ctx);
    for (const m of text.matchAll(/(?<![\p{L}\d])([nN]°)(?=[\p{L}\d])/gu)) {
      const at = m.index! + m[1].length;
      if (inCitation(m.index!)) continue;
      const p = ctx.index.positionAt(at);
      edits.push({ range: { start: p, end: p }, newText: ' ' });
      first ??= ctx.index.range(m.index!, at + 1);
      if (edits.length >= 50) break;
    }
    if (!first) return [];
    return [{
      range: first,
      message: `Écrivez « n° » suivi d’une espace (« n° 2025-075 »)${edits.length > 1 ? ` : ${edits.length} occurrences` : ''}.`,
      fixes: [{ title: 'Ajouter l’espace après « n° »', preferred: true, edits }],
    }];
  },
};

export const TYP_003: DocumentedRule = {
  id: 'TYP-003',
  display: 'style',
  groupMessage: (n) => `${n} noms d’institutions à écrire en minuscules dans le texte courant (« tribunal administratif »).`,
  title: 'Les noms communs des institutions s’écrivent en minuscules dans le texte courant (« tribunal administratif de Grenoble »).',
  kinds: 'all',
  severity: 'information',
  source: { label: 'Guide de légistique (exemples : « le code civil », « le tribunal judiciaire »)', url: GUIDE },
  status: 'confirmed',
  doc: { details: 'Vérifie « Tribunal Administratif ». La casse du titre des codes relève de CIT-001 ; « Conseil municipal » sujet d’une délibération est un usage admis.' },
  check(ctx) {
    const out: Finding[] = [];
    for (const m of ctx.text.matchAll(/\b([Tt])ribunal(\s+)Administratif\b/g)) {
      const at = m.index!;
      const before = ctx.text.slice(Math.max(0, at - 3), at);
      const sentenceStart = at === 0 || /(?:[.!?:]\s+|\n\s*)$/.test(before);
      const newText = `${sentenceStart ? 'T' : 't'}ribunal${m[2]}administratif`;
      out.push({
        range: ctx.index.range(at, at + m[0].length),
        message: 'Écrivez « tribunal administratif » en minuscules dans le texte courant.',
        fixes: [{ title: `Remplacer par « ${newText} »`, preferred: true, edits: [{ range: ctx.index.range(at, at + m[0].length), newText }] }],
      });
      if (out.length >= 3) break;
    }
    return out;
  },
};

const MONTHS = 'janvier|février|fevrier|mars|avril|mai|juin|juillet|août|aout|septembre|octobre|novembre|décembre|decembre';

export const TYP_004: DocumentedRule = {
  id: 'TYP-004',
  display: 'style',
  groupMessage: (n) => `${n} dates du premier jour du mois à écrire « 1er ».`,
  title: '« 1er » pour le premier jour du mois (« 1er juillet 2022 »).',
  kinds: 'all',
  severity: 'information',
  source: { label: 'Guide de légistique (exemples)', url: GUIDE },
  status: 'confirmed',
  doc: { details: '« Article 1er » relève de STR-003 ; les dates des citations de textes, de CIT-002.' },
  check(ctx) {
    const out: Finding[] = [];
    const inCitation = citationTest(ctx);
    for (const m of ctx.text.matchAll(new RegExp(`(?<![\\d/.])1(\\s+)(?:${MONTHS})\\s+\\d{4}`, 'gi'))) {
      const at = m.index!;
      if (inCitation(at)) continue;
      const p = ctx.index.positionAt(at + 1);
      out.push({
        range: ctx.index.range(at, at + m[0].length),
        message: 'Écrivez « 1er » pour le premier jour du mois.',
        fixes: [{ title: 'Écrire « 1er »', preferred: true, edits: [{ range: { start: p, end: p }, newText: 'er' }] }],
      });
      if (out.length >= 3) break;
    }
    return out;
  },
};

/** Words in capitals that should carry an accent, and their accented form. */
const ACCENTED: Record<string, string> = {
  ARRETE: 'ARRÊTE', ARRETONS: 'ARRÊTONS', DECIDE: 'DÉCIDE', DECIDONS: 'DÉCIDONS', DELIBERE: 'DÉLIBÈRE', DECISION: 'DÉCISION',
  DELIBERATION: 'DÉLIBÉRATION', REPUBLIQUE: 'RÉPUBLIQUE', FRANCAISE: 'FRANÇAISE', ARRETES: 'ARRÊTÉS',
};

export const TYP_005: DocumentedRule = {
  id: 'TYP-005',
  display: 'complet',
  title: 'Les capitales portent leurs accents (« DÉCIDE », « ARRÊTE », « RÉPUBLIQUE FRANÇAISE »).',
  kinds: 'all',
  severity: 'information',
  source: { label: 'Usage typographique ; le Journal officiel lui-même écrit « Conseil d’Etat »', url: null },
  status: 'unconfirmed',
  doc: { details: 'Une absence d’accent sur une capitale n’est jamais une erreur : simple information, limitée à l’en-tête, au titre et au verbe du dispositif, une remarque par acte (correctif : accentuer ces mots).' },
  check(ctx) {
    const { act, text } = ctx;
    const spans: { start: number; end: number }[] = [];
    if (act.header.republique) spans.push(act.header.republique);
    if (act.title) spans.push(act.title);
    if (act.dispositive) {
      const s = ctx.index.offsetAt(act.dispositive.range.start);
      spans.push({ start: s, end: ctx.index.offsetAt(act.dispositive.range.end) });
    }
    const edits: TextEdit[] = [];
    const words: string[] = [];
    for (const sp of spans) {
      for (const m of text.slice(sp.start, sp.end).matchAll(/\b[A-Z]{5,}\b/g)) {
        const want = ACCENTED[m[0]];
        if (!want) continue;
        const at = sp.start + m.index!;
        edits.push({ range: ctx.index.range(at, at + m[0].length), newText: want });
        words.push(want);
      }
    }
    if (edits.length === 0) return [];
    return [{
      range: edits[0].range,
      message: `Accentuez les capitales : ${[...new Set(words)].map((w) => `« ${w} »`).join(', ')} (usage ; une capitale sans accent n’est pas une faute).`,
      fixes: [{ title: 'Accentuer les capitales', preferred: true, edits }],
    }];
  },
};

export const TYP_006: DocumentedRule = {
  id: 'TYP-006',
  display: 'style',
  groupMessage: (n) => `${n} remarques de style dans le dispositif (présent plutôt que futur, ni « et/ou » ni « le ou les »).`,
  title: 'Style du dispositif : présent plutôt que futur (« entre en vigueur »), ni « et/ou » ni « le ou les ».',
  kinds: 'all',
  severity: 'information',
  source: { label: 'Guide de légistique, 3.3.1 (syntaxe, vocabulaire)', url: GUIDE_331 },
  status: 'confirmed',
  doc: { details: 'Conseil de rédaction du Guide pour les textes nationaux, appliqué aux actes locaux à titre indicatif. Les sigles relèvent de VIS-005.' },
  check(ctx) {
    const d = derived(ctx);
    const t = dispositifText(ctx);
    const out: Finding[] = [];
    const patterns: [RegExp, string][] = [
      [/\bentrera\s+en\s+vigueur\b/g, 'Écrivez au présent : « entre en vigueur » plutôt que « entrera en vigueur ».'],
      [/\bet\s*\/\s*ou\b/g, 'Évitez « et/ou » : choisissez « et » ou « ou », ou écrivez « l’un ou l’autre, ou les deux ».'],
      [/\b(?:le|la)\s+ou\s+les\b/g, 'Évitez « le ou les » : le singulier vaut pour le pluriel dans un texte normatif.'],
    ];
    for (const [re, message] of patterns) {
      for (const m of t.matchAll(re)) {
        const at = d.dispositifStart + m.index!;
        out.push({ range: ctx.index.range(at, at + m[0].length), message });
        break;
      }
    }
    return out;
  },
};
