// TYP: typography and style (information only). TYP-002 ("L. 2122-22") and the spacing of "n°"
// inside law and décret citations are covered by CIT-001 / CIT-002 (references engineer).
import type { MentionKind } from '../model';
import type { Finding, TextEdit } from './rule';
import { type DocumentedRule, mentionOf, mentionsOf } from './support';

const GUIDE_331 = 'https://www.legifrance.gouv.fr/Droit-francais/Guide-de-legistique/III.-Redaction-des-textes/3.3.-Redaction-des-dispositions/3.3.1.-Syntaxe-vocabulaire-sigles-et-signes';
const GUIDE = 'https://www.legifrance.gouv.fr/Droit-francais/Guide-de-legistique';

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
    const edits: TextEdit[] = [];
    let first: Finding['range'] | null = null;
    for (const m of mentionsOf(ctx.act, 'numero-glued')) {
      const p = ctx.index.positionAt(m.end);
      edits.push({ range: { start: p, end: p }, newText: ' ' });
      first ??= ctx.index.range(m.start, m.end + 1);
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
    for (const m of mentionsOf(ctx.act, 'tribunal-capitalised')) {
      const newText = `${m.flag ? 'T' : 't'}ribunal${m.value ?? ' '}administratif`;
      const range = ctx.index.range(m.start, m.end);
      out.push({
        range,
        message: 'Écrivez « tribunal administratif » en minuscules dans le texte courant.',
        fixes: [{ title: `Remplacer par « ${newText} »`, preferred: true, edits: [{ range, newText }] }],
      });
    }
    return out;
  },
};

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
    for (const m of mentionsOf(ctx.act, 'first-of-month')) {
      const p = ctx.index.positionAt(m.start + 1);
      out.push({
        range: ctx.index.range(m.start, m.end),
        message: 'Écrivez « 1er » pour le premier jour du mois.',
        fixes: [{ title: 'Écrire « 1er »', preferred: true, edits: [{ range: { start: p, end: p }, newText: 'er' }] }],
      });
    }
    return out;
  },
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
    const edits: TextEdit[] = [];
    const words: string[] = [];
    for (const m of mentionsOf(ctx.act, 'unaccented-capital')) {
      edits.push({ range: ctx.index.range(m.start, m.end), newText: m.value! });
      words.push(m.value!);
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
    const out: Finding[] = [];
    const messages: [MentionKind, string][] = [
      ['future-tense', 'Écrivez au présent : « entre en vigueur » plutôt que « entrera en vigueur ».'],
      ['and-or', 'Évitez « et/ou » : choisissez « et » ou « ou », ou écrivez « l’un ou l’autre, ou les deux ».'],
      ['singular-plural', 'Évitez « le ou les » : le singulier vaut pour le pluriel dans un texte normatif.'],
    ];
    for (const [kind, message] of messages) {
      const m = mentionOf(ctx.act, kind);
      if (m) out.push({ range: ctx.index.range(m.start, m.end), message });
    }
    return out;
  },
};
