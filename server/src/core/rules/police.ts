// POL: arrêtés de police (legal basis, transmission, individual measures).
import { fold } from '../text';
import { isEpciBody } from './util';
import { type DocumentedRule, explanation, citesArticle, preambleReferences } from './support';
import { insertVisaFix } from './fixes';

const SPECIAL_POLICE_CODES = /code\s+de\s+la\s+route|code\s+de\s+la\s+sante\s+publique|code\s+de\s+la\s+construction|code\s+rural|code\s+de\s+l'environnement|code\s+de\s+la\s+securite\s+interieure|code\s+de\s+la\s+voirie\s+routiere|code\s+du\s+sport|code\s+du\s+tourisme/;

export const POL_001: DocumentedRule = {
  id: 'POL-001',
  title: 'Un arrêté de police vise les pouvoirs de police du maire (CGCT, art. L. 2212-1, L. 2212-2, L. 2213-1 et suivants) ou le texte de police spéciale applicable.',
  kinds: ['arrete-maire', 'arrete-president'],
  severity: 'warning',
  source: { label: 'CGCT, art. L. 2212-1, L. 2212-2, L. 2213-1 et L. 2122-28', url: null, code: 'CGCT', article: 'L2212-2' },
  status: 'confirmed',
  doc: { details: 'Déclenchée quand l’arrêté est reconnu comme arrêté de police : il vise les pouvoirs de police, ou ses articles interdisent, réglementent la circulation ou le stationnement, le bruit, un péril, une fermeture au public… Un arrêté de délégation (de signature, de fonctions) n’en est pas un, même si la liste des matières déléguées cite la circulation. Sont acceptés les visas des articles L. 2212-1 à L. 2215-x, L. 2122-28, L. 5211-9-2 (police transférée au président d’EPCI) et des codes de police spéciale (route, santé publique, construction et habitation, environnement, sécurité intérieure…). Correctif : ajouter « Vu le code général des collectivités territoriales, notamment ses articles L. 2212-1, L. 2212-2 et L. 2213-1 ; ».' },
  check(ctx) {
    const { act } = ctx;
    if (act.articles.length === 0 && !act.dispositive) return [];
    // The reader decides what a police arrêté is (syntax/kind.ts: visas of police powers, measures of its articles;
    // not an arrêté that delegates, whose list of matters may name circulation).
    if (!act.police) return [];
    const refs = preambleReferences(ctx);
    if (citesArticle(refs, /^L(?:22(?:1[2-5])-|2122-2[48]$|5211-9-2$|2542-)/)) return [];
    if (act.visas.some((v) => SPECIAL_POLICE_CODES.test(fold(v.body)))) return [];
    const anchor = act.visas[0]?.range ?? act.authority?.range ?? act.title?.range ?? act.dispositive?.range;
    if (!anchor) return [];
    // The président of a département, a région or a collectivité d'outre-mer holds police powers of his own
    // (CGCT, art. L. 3221-4, L. 4231-4, LO 6352-…): only an EPCI's président acts by transfer (L. 5211-9-2).
    if (act.kind === 'arrete-president' && !isEpciBody(act.authorBody)) return [];
    const president = act.kind === 'arrete-president';
    const body = president
      ? 'le code général des collectivités territoriales, notamment son article L. 5211-9-2'
      : 'le code général des collectivités territoriales, notamment ses articles L. 2212-1, L. 2212-2 et L. 2213-1';
    const fix = insertVisaFix(ctx, body, president ? 'Ajouter le visa de l’article L. 5211-9-2 du CGCT' : 'Ajouter le visa des articles L. 2212-1, L. 2212-2 et L. 2213-1 du CGCT', { code: true, preferred: true });
    return [{
      range: anchor,
      message: president
        ? 'Cet arrêté de police ne vise pas le fondement du pouvoir de police du président (CGCT, art. L. 5211-9-2 : pouvoirs transférés par les maires) ni un texte de police spéciale : ajoutez le visa.'
        : 'Cet arrêté de police ne vise pas les pouvoirs de police du maire : ajoutez « Vu le code général des collectivités territoriales, notamment ses articles L. 2212-1, L. 2212-2 et L. 2213-1 ; » (ou le texte de police spéciale applicable).',
      fixes: fix ? [fix] : [],
    }];
  },
};

export const POL_002 = explanation(
  'POL-002',
  'Transmission des arrêtés de police au préfet, sauf circulation et stationnement et débits de boissons temporaires des associations.',
  { label: 'CGCT, art. L. 2131-2, I, 2°', url: null, code: 'CGCT', article: 'L2131-2' },
  'secondary',
  'Explication seulement (voir PUB-003). Les sanctions prises en application de L. 2212-2-1 restent transmises.', ['arrete-maire', 'arrete-president'],
);

export const POL_003 = explanation(
  'POL-003',
  'Une mesure de police individuelle est motivée, précédée d’une procédure contradictoire sauf urgence, et mentionne les voies de recours.',
  { label: 'CRPA, art. L. 211-2 (1°), L. 121-1 ; CJA, art. R. 421-5', url: null, code: 'CRPA', article: 'L211-2' },
  'confirmed',
  'Renvoi : ces contrôles sont faits par MOT-001 (motivation), MOT-002 (procédure contradictoire) et REC-001 (voies et délais de recours).', ['arrete-maire', 'arrete-president'],
);
