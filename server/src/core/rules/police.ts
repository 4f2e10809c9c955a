// POL: arrêtés de police (legal basis, transmission, individual measures).
import { isEpciBody } from './util';
import { type DocumentedRule, explanation, citesArticle, departementOf, mentionOf, preambleReferences } from './support';
import { asWritten, cgctArticlesFix } from './fixes';
import { displayArticle } from '../references';
import { frenchDate } from '../text';

export const POL_001: DocumentedRule = {
  id: 'POL-001',
  title: 'Un arrêté de police vise les pouvoirs de police du maire (CGCT, art. L. 2212-1, L. 2212-2, L. 2213-1 et suivants) ou le texte de police spéciale applicable.',
  kinds: ['arrete-maire', 'arrete-president'],
  severity: 'warning',
  source: { label: 'CGCT, art. L. 2212-1, L. 2212-2, L. 2213-1 et L. 2122-28', url: null, code: 'CGCT', article: 'L2212-2' },
  status: 'confirmed',
  doc: { details: 'Déclenchée quand l’arrêté est reconnu comme arrêté de police : il vise les pouvoirs de police, ou ses articles interdisent, réglementent la circulation ou le stationnement, le bruit, un péril, une fermeture au public… Un arrêté de délégation (de signature, de fonctions) n’en est pas un, même si la liste des matières déléguées cite la circulation. Sont acceptés les visas des articles L. 2212-1 à L. 2215-x, L. 2122-28, L. 5211-9-2 (police transférée au président d’EPCI) et des codes de police spéciale (route, santé publique, construction et habitation, environnement, sécurité intérieure…). Correctif : viser les articles L. 2212-1 et L. 2212-2 du code général des collectivités territoriales, et L. 2213-1 pour un arrêté de circulation ou de stationnement (dans le visa du code quand il y en a un).' },
  check(ctx) {
    const { act } = ctx;
    if (act.articles.length === 0 && !act.dispositive) return [];
    // The reader decides what a police arrêté is (syntax/kind.ts: visas of police powers, measures of its articles;
    // not an arrêté that delegates, whose list of matters may name circulation).
    if (!act.police) return [];
    const refs = preambleReferences(ctx);
    if (citesArticle(refs, /^L(?:22(?:1[2-5])-|2122-2[48]$|5211-9-2$|2542-)/)) return [];
    // A visa names a code of special police (route, santé publique…: syntax/citations.ts).
    if (mentionOf(act, 'special-police-code')) return [];
    const anchor = act.visas[0]?.range ?? act.authority?.range ?? act.title?.range ?? act.dispositive?.range;
    if (!anchor) return [];
    // The président of a département, a région or a collectivité d'outre-mer holds police powers of his own
    // (CGCT, art. L. 3221-4, L. 4231-4, LO 6352-…): only an EPCI's président acts by transfer (L. 5211-9-2).
    if (act.kind === 'arrete-president' && !isEpciBody(act.authorBody)) return [];
    const president = act.kind === 'arrete-president';
    // (L. 2213-1 for an arrêté of circulation or stationnement only: not an alcohol ban or a noise rule.)
    const traffic = mentionOf(act, 'traffic-police') !== null;
    const articles = traffic ? 'L. 2212-1, L. 2212-2 et L. 2213-1' : 'L. 2212-1 et L. 2212-2';
    const fix = cgctArticlesFix(ctx, president ? ['L. 5211-9-2'] : traffic ? ['L. 2212-1', 'L. 2212-2', 'L. 2213-1'] : ['L. 2212-1', 'L. 2212-2'], president ? 'Viser l’article L. 5211-9-2 du CGCT' : `Viser les articles ${articles} du CGCT`, { preferred: true });
    return [{
      range: anchor,
      message: president
        ? 'Cet arrêté de police ne vise pas le fondement du pouvoir de police du président (CGCT, art. L. 5211-9-2 : pouvoirs transférés par les maires) ni un texte de police spéciale : ajoutez le visa.'
        : `Cet arrêté de police ne vise pas les pouvoirs de police du maire : ajoutez « Vu le code général des collectivités territoriales, notamment ses articles ${articles} ; » (ou le texte de police spéciale applicable).`,
      fixes: fix ? [fix] : [],
    }];
  },
};

/**
 * Police powers that belong to another authority than the maire, as a drafter may wrongly cite them as the basis of an
 * arrêté du maire. Keys are the catalogue's code and article keys. Sources: CGCT, art. L. 3221-3 (the président of the
 * conseil départemental heads its services), L. 3221-4 and L. 3221-5 (his police on the départemental roads, outside
 * agglomeration), L. 2215-1 (the préfet's police powers), L. 4231-4 (the président of the conseil régional);
 * code de la santé publique, art. L. 3131-1 (the minister of health), L. 3131-15 (the Premier ministre, état d'urgence
 * sanitaire), L. 3131-16 (the minister), L. 3131-17 (the préfet).
 */
const OTHER_AUTHORITY_POWERS: Readonly<Record<string, string>> = {
  'CGCT L3221-3': 'du président du conseil départemental',
  'CGCT L3221-4': 'du président du conseil départemental',
  'CGCT L3221-5': 'du président du conseil départemental',
  'CGCT L2215-1': 'du préfet',
  'CGCT L4231-4': 'du président du conseil régional',
  'CSP L3131-1': 'du ministre chargé de la santé',
  'CSP L3131-15': 'du Premier ministre',
  'CSP L3131-16': 'du ministre chargé de la santé',
  'CSP L3131-17': 'du préfet',
  // (The administrative closure of a débit de boissons: the représentant de l'État.)
  'CSP L3332-15': 'du préfet',
};

/** The maire's own police powers (CGCT, art. L. 2212-1 to L. 2215-x, L. 2122-28 (jurisdiction), L. 2542-x in Alsace-Moselle). */
const MAIRE_POLICE = /^L(?:221[2-4]-|2122-2[48]$|2542-)/;

export const POL_004: DocumentedRule = {
  id: 'POL-004',
  title: 'Un arrêté de police du maire ne se fonde pas sur les pouvoirs d’une autre autorité (président du conseil départemental, préfet, ministre) sans viser les siens.',
  kinds: ['arrete-maire'],
  severity: 'warning',
  source: { label: 'CGCT, art. L. 2212-2 et L. 2213-1 ; art. L. 3221-4 et L. 2215-1 (pouvoirs d’autres autorités)', url: null, code: 'CGCT', article: 'L2212-2' },
  status: 'confirmed',
  doc: { details: 'Déclenchée quand un arrêté de police du maire vise, comme fondement, un article qui donne le pouvoir de police à une autre autorité (CGCT, art. L. 3221-3 à L. 3221-5 pour le président du conseil départemental, L. 2215-1 pour le préfet, L. 4231-4 pour le président du conseil régional ; code de la santé publique, art. L. 3131-1, L. 3131-15 à L. 3131-17 pour le ministre, le Premier ministre et le préfet, L. 3332-15 pour le préfet, fermeture administrative d’un débit de boissons) et ne vise aucun des articles des pouvoirs de police du maire (L. 2212-1 à L. 2214-x, L. 2122-28). Un fondement erroné expose l’arrêté à l’annulation pour erreur de base légale ou incompétence. Avertissement aussi pour un arrêté du maire qui règle la circulation sur une route départementale « hors agglomération » (« hors agglo », « en dehors de l’agglomération », « CD 14 », ou une route départementale que l’arrêté règle et qu’un considérant dit hors agglomération : pouvoir du président du conseil départemental, L. 3221-4 ; dans le Bas-Rhin et le Haut-Rhin, du président de la Collectivité européenne d’Alsace), sauf arrêté conjoint. Correctif : ajouter le visa des articles L. 2212-1, L. 2212-2 et L. 2213-1 du CGCT.' },
  check(ctx) {
    const { act } = ctx;
    if (!act.police || (act.articles.length === 0 && !act.dispositive)) return [];
    // Outside the agglomération, the police of circulation on a route départementale is the président du conseil
    // départemental's (L. 3221-4); the maire's stops at the agglomération (L. 2213-1).
    const rd = mentionOf(act, 'rd-outside-agglomeration');
    if (rd) {
      // (In the Bas-Rhin and the Haut-Rhin, the Collectivité européenne d'Alsace holds the départements' roads and its
      // président the powers of a président du conseil départemental: loi n° 2019-816 du 2 août 2019.)
      const code = departementOf(ctx)?.code;
      const alsace = code === '67' || code === '68';
      const short = alsace ? 'président de la Collectivité européenne d’Alsace' : 'président du conseil départemental';
      const who = alsace ? `${short}, qui exerce dans le Bas-Rhin et le Haut-Rhin les pouvoirs du président du conseil départemental` : short;
      return [{
        range: ctx.index.range(rd.start, rd.end),
        message: `Hors agglomération, la police de la circulation sur une route départementale appartient au ${who} (CGCT, art. L. 3221-4) ; le maire ne l’exerce qu’en agglomération (art. L. 2213-1). Faites prendre l’arrêté par le ${short}, ou un arrêté conjoint.`,
      }];
    }
    const refs = preambleReferences(ctx);
    if (citesArticle(refs, MAIRE_POLICE)) return [];
    const wrong = refs.filter((r) => r.code !== null && r.article !== null && OTHER_AUTHORITY_POWERS[`${r.code} ${r.article}`] !== undefined);
    if (wrong.length === 0) return [];
    const owners = [...new Set(wrong.map((r) => OTHER_AUTHORITY_POWERS[`${r.code} ${r.article}`]))];
    const byCode = new Map<string, string[]>();
    for (const r of wrong) {
      const list = byCode.get(r.code!) ?? [];
      const label = displayArticle(r.article!);
      if (!list.includes(label)) list.push(label);
      byCode.set(r.code!, list);
    }
    const and = (xs: string[]) => (xs.length > 1 ? `${xs.slice(0, -1).join(', ')} et ${xs[xs.length - 1]}` : xs[0]);
    const count = [...byCode.values()].reduce((n, l) => n + l.length, 0);
    const cited = and([...byCode].map(([code, labels]) => `${and(labels)} ${code === 'CGCT' ? 'du CGCT' : 'du code de la santé publique'}`));
    const subject = count > 1 ? `Les articles ${cited} portent` : `L’article ${cited} porte`;
    // (The other authority's CGCT articles leave the visa's list: the maire's take their place.)
    const insteadOf = [...new Set(wrong.filter((r) => r.code === 'CGCT').map((r) => r.article!))];
    const fix = cgctArticlesFix(ctx, ['L. 2212-1', 'L. 2212-2', 'L. 2213-1'], `Viser les articles L. 2212-1, L. 2212-2 et L. 2213-1 du CGCT${insteadOf.length ? ` au lieu de ${and(insteadOf.map(displayArticle))}` : ''}`, { preferred: true, instead: insteadOf });
    return [{
      range: ctx.index.range(wrong[0].start, wrong[wrong.length - 1].end),
      message: `${subject} sur les pouvoirs ${and(owners)}, non sur ceux du maire : visez les pouvoirs de police du maire (CGCT, art. L. 2212-2, L. 2213-1 et suivants).`,
      fixes: fix ? [fix] : [],
    }];
  },
};

/** The police of circulation and stationnement (L. 2213-1 to L. 2213-6-1), and the associations' temporary débits (CSP, L. 3334-2): not transmitted. */
const NOT_TRANSMITTED_POLICE = /^L(?:2213-[1-6](?:-1)?|3334-2)$/;

export const POL_002: DocumentedRule = {
  id: 'POL-002',
  title: 'Un arrêté de police est transmis au préfet, sauf circulation et stationnement et débits de boissons temporaires des associations : il ne se dit pas exécutoire par sa seule publication.',
  kinds: ['arrete-maire', 'arrete-president'],
  severity: 'warning',
  source: { label: 'CGCT, art. L. 2131-1 et L. 2131-2, I, 2°', url: null, code: 'CGCT', article: 'L2131-2' },
  status: 'secondary',
  doc: { details: 'Avertissement quand un arrêté de police qui ne vise ni la police de la circulation et du stationnement (L. 2213-1 à L. 2213-6-1) ni un débit de boissons temporaire (code de la santé publique, art. L. 3334-2) se dit exécutoire, ou est certifié exécutoire, par sa publication sans que sa transmission soit nommée : il n’est exécutoire qu’après sa publication et sa transmission au représentant de l’État (voir aussi PUB-003). Les sanctions prises en application de L. 2212-2-1 restent transmises. Information seulement quand le tampon de la plateforme de télétransmission montre que l’acte a été transmis : il est exécutoire, seule la mention est inexacte. Correctif : « et sa transmission au représentant de l’État » après « dès sa publication ».' },
  check(ctx) {
    const { act } = ctx;
    const x = act.executoire;
    if (!act.police || !x || x.stamp || x.transmissionNamed || !x.publicationNamed) return [];
    const refs = preambleReferences(ctx);
    if (refs.some((r) => r.article !== null && NOT_TRANSMITTED_POLICE.test(r.article))) return [];
    const alone = x.publicityAlone;
    const added = asWritten(ctx, ` et ${alone?.de ? 'de ' : ''}sa transmission au représentant de l’État`);
    // (The platform's stamp says the préfecture received it: transmitted, and so executory once published; only the
    // mention is inexact.)
    const received = act.transmission?.receptionDate ?? act.transmission?.transmissionDate ?? null;
    return [{
      range: x.range,
      ...(received ? { severity: 'information' as const } : {}),
      fixes: alone ? [{ title: `Ajouter « ${added.trim()} »`, preferred: true, edits: [{ range: ctx.index.range(alone.end, alone.end), newText: added }] }] : [],
      message: received
        ? `Cet arrêté de police se dit exécutoire par sa publication seule, alors qu’il doit aussi être transmis au représentant de l’État (CGCT, art. L. 2131-1 et L. 2131-2, I, 2°) : le tampon de la plateforme dit qu’il l’a été le ${frenchDate(received)}, la mention seule est inexacte. Mentionnez la transmission.`
        : `Cet arrêté de police se dit exécutoire par sa publication seule : hors circulation et stationnement et débits de boissons temporaires des associations, un arrêté de police est transmis au représentant de l’État et n’est exécutoire qu’une fois publié et transmis (CGCT, art. L. 2131-1 et L. 2131-2, I, 2°${act.kind === 'arrete-president' && isEpciBody(act.authorBody) ? ', applicables au président d’un EPCI par l’article L. 5211-3' : ''}). Mentionnez la transmission.`,
    }];
  },
};

export const POL_003 = explanation(
  'POL-003',
  'Une mesure de police individuelle est motivée, précédée d’une procédure contradictoire sauf urgence, et mentionne les voies de recours.',
  { label: 'CRPA, art. L. 211-2 (1°), L. 121-1 ; CJA, art. R. 421-5', url: null, code: 'CRPA', article: 'L211-2' },
  'confirmed',
  'Renvoi : ces contrôles sont faits par MOT-001 (motivation), MOT-002 (procédure contradictoire) et REC-001 (voies et délais de recours).', ['arrete-maire', 'arrete-president'],
);
