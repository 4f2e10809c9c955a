// MOT: motivation of individual unfavourable decisions and the prior contradictory procedure.
import type { RuleContext } from './rule';
import { type DocumentedRule, agentAct, derived, mentionOf } from './support';

const CRPA_URL = 'https://www.legifrance.gouv.fr/codes/id/LEGITEXT000031366350';

/** The unfavourable measure the reader saw in the dispositif, and whether it targets a person. */
function trigger(ctx: RuleContext): { word: string; shown: string; personal: boolean } | null {
  const m = mentionOf(ctx.act, 'unfavourable-measure');
  // `word` folded (what the rules test), `shown` as the act writes it (what the messages quote).
  // (The whole word: the reader matched a stem, « rejet » of « rejetée ».)
  const end = m ? m.end + (/^\p{L}*/u.exec(ctx.text.slice(m.end, m.end + 20))?.[0].length ?? 0) : 0;
  let shown = m ? ctx.text.slice(m.start, end).replace(/\s+/g, ' ') : '';
  // (A word alone says little, « fermé »: with the words after it, « fermé au public ».)
  if (m && shown.length < 12) shown = (shown + (/^(?:[ \t]+[\p{L}'’-]+){1,3}/u.exec(ctx.text.slice(end, end + 60))?.[0] ?? '')).replace(/\s+/g, ' ').replace(/(?:\s+(?:à|a|de|du|des|la|le|les|en|et|au|aux|pour|par|sur|d['’]|l['’]))+$/u, '');
  return m ? { word: m.value ?? '', shown, personal: m.flag } : null;
}

export const MOT_001_MISSING = 'Décision individuelle défavorable sans motivation';

export const MOT_001: DocumentedRule = {
  id: 'MOT-001',
  title: 'Une décision individuelle défavorable (refus, retrait, sanction, mise en demeure, mesure de police visant une personne…) énonce ses motifs de droit et de fait.',
  kinds: ['arrete-maire', 'arrete-president', 'decision-maire', 'decision-president'],
  severity: 'error',
  source: { label: 'CRPA, art. L. 211-2, L. 211-3, L. 211-5 et L. 211-6', url: CRPA_URL, code: 'CRPA', article: 'L211-2' },
  status: 'confirmed',
  doc: { details: 'Déclenchée quand le dispositif contient une mesure défavorable (refus, rejet, retrait, abrogation d’une autorisation, sanction, mise en demeure, suspension, interdiction, autorisation « sous réserve de ») visant une personne (M., Mme, société, exploitant…). Erreur sans aucun considérant ni motif écrit dans le dispositif (« est refusée, au motif que … », « en raison de … ») ; avertissement si les considérants ne contiennent aucun fait (date, chiffre, constat, personne). L’urgence absolue dispense de motivation (L. 211-6), mais les motifs doivent être communiqués sur demande.' },
  check(ctx) {
    const { act } = ctx;
    const t = trigger(ctx);
    if (!t || !t.personal || derived(ctx).flattened) return [];
    if (mentionOf(act, 'absolute-urgency')) return [];
    const anchor = act.dispositive?.range ?? act.articles[0]?.headingRange;
    if (!anchor) return [];
    // An agent's sanction is motivated under the statute too (CGFP, art. L. 532-5).
    const sources = agentAct(act) ? 'CRPA, art. L. 211-2 et L. 211-5 ; pour une sanction, CGFP, art. L. 532-5' : 'CRPA, art. L. 211-2 et L. 211-5';
    // (Grounds written in the dispositif, « est refusée, au motif que … », motivate it: L. 211-5 asks them written, not
    // in considérants.)
    if (act.considerants.length === 0 && !mentionOf(act, 'motive-stated')) {
      return [{
        range: anchor,
        message: `${MOT_001_MISSING} (« ${t.shown} ») : ajoutez des considérants qui énoncent les considérations de droit et de fait qui la fondent (${sources}).`,
      }];
    }
    if (!act.considerants.some((c) => c.reading.factual)) {
      return [{
        range: act.considerants[0].range,
        severity: 'warning',
        message: `Les considérants n’énoncent aucun fait précis : une décision individuelle défavorable (« ${t.shown} ») doit énoncer les faits qui la justifient (dates, constats, situation de la personne) (CRPA, art. L. 211-5).`,
      }];
    }
    return [];
  },
};

export const MOT_002: DocumentedRule = {
  id: 'MOT-002',
  title: 'Avant une décision individuelle défavorable prise d’office (sanction, retrait, mise en demeure…), la personne a été mise à même de présenter ses observations.',
  kinds: ['arrete-maire', 'arrete-president', 'decision-maire', 'decision-president'],
  severity: 'warning',
  source: { label: 'CRPA, art. L. 121-1, L. 121-2, L. 122-1 et L. 122-2', url: CRPA_URL, code: 'CRPA', article: 'L121-1' },
  status: 'confirmed',
  doc: { details: 'Ne s’applique pas aux décisions prises sur demande (refus d’une autorisation demandée), ni en cas d’urgence, de circonstances exceptionnelles ou de procédure contradictoire particulière. Pour une sanction, la personne doit aussi connaître les griefs et pouvoir demander la communication du dossier (L. 122-2). Pour un agent de la collectivité (l’acte vise le code général de la fonction publique), le CRPA cède au statut (L. 121-2, dernier alinéa) : le message rappelle la communication du dossier et l’assistance de défenseurs (CGFP, art. L. 532-4) ; pour une sanction, l’avertissement reste tant que l’acte ne dit pas que l’agent a été informé de son droit à la communication de son dossier, même s’il a été entendu.' },
  check(ctx) {
    const { act } = ctx;
    const t = trigger(ctx);
    if (!t || !t.personal || derived(ctx).flattened) return [];
    if (/^(?:refus|rejet|sous\s+reserve|ne\s+peut\s+pas\s+etre\s+utilise)/.test(t.word)) return [];
    // An agent's sanction: heard or not, he must have been told of his right to his file and to defenders (CGFP,
    // art. L. 532-4).
    const agentSanction = agentAct(act) && /sanction|blame|avertissement|exclusion|revoqu|retrograd|abaissement|deplacement\s+d'office|radiation/.test(t.word);
    if (agentSanction && !mentionOf(act, 'file-communicated')) {
      const anchor = act.dispositive?.range ?? act.articles[0]?.headingRange;
      return anchor ? [{
        range: anchor,
        message: `Sanction d’un agent (« ${t.shown} ») : indiquez dans les visas ou considérants que l’agent a été informé de son droit à la communication de son dossier et à l’assistance de défenseurs de son choix (CGFP, art. L. 532-4) ; la procédure contradictoire du CRPA ne s’applique pas entre l’administration et ses agents (art. L. 121-2), et l’avoir entendu ne suffit pas.`,
      }] : [];
    }
    if (mentionOf(act, 'own-request') || mentionOf(act, 'contradictory-procedure') || agentSanction) return [];
    const anchor = act.dispositive?.range ?? act.articles[0]?.headingRange;
    if (!anchor) return [];
    // Between the administration and its agents, the CRPA's procedure gives way (L. 121-2, last paragraph): a sanction
    // follows the statute's (communication of the file, defenders; CGFP, art. L. 532-4).
    if (agentAct(act)) {
      return [{
        range: anchor,
        message: `Mesure prise à l’égard d’un agent (« ${t.shown} ») : pour une sanction, indiquez dans les visas ou considérants que l’agent a été informé de son droit à la communication de son dossier et à l’assistance de défenseurs de son choix (CGFP, art. L. 532-4) ; la procédure contradictoire du CRPA ne s’applique pas entre l’administration et ses agents (art. L. 121-2).`,
      }];
    }
    return [{
      range: anchor,
      message: `Mesure défavorable prise d’office (« ${t.shown} ») : indiquez dans les visas ou considérants que la personne a été invitée à présenter ses observations (courrier du …) ou ce qui en dispensait (urgence, ordre public) (CRPA, art. L. 121-1 et L. 122-1).`,
    }];
  },
};

export const MOT_003: DocumentedRule = {
  id: 'MOT-003',
  title: 'Un arrêté de police réglementaire expose les circonstances (lieu, période, risque) qui justifient la mesure.',
  kinds: ['arrete-maire', 'arrete-president'],
  severity: 'information',
  source: { label: 'Usage ; proportionnalité des mesures de police (jurisprudence non recherchée)', url: null },
  status: 'unconfirmed',
  doc: { details: 'Information seulement : la motivation obligatoire (L. 211-2) vise les décisions individuelles ; l’exigence de mesures de police justifiées et proportionnées vient de la jurisprudence. Rien pour une autorisation accordée à la personne qui l’a demandée (inhumation, crémation, permis de stationnement).' },
  check(ctx) {
    const { act } = ctx;
    if (!act.police || act.considerants.length > 0 || act.articles.length === 0 || derived(ctx).flattened) return [];
    const t = trigger(ctx);
    if (t?.personal) return []; // individual measure: MOT-001
    // An authorisation granted to the person who asked for it (inhumation, crémation, a permis de stationnement) is
    // given on the request and its documents, not on circumstances that restrict a freedom.
    if (mentionOf(act, 'individual-measure')?.flag) return [];
    return [{
      range: act.dispositive?.range ?? act.articles[0].headingRange,
      message: 'Arrêté de police sans considérant : exposez les circonstances qui justifient la mesure (lieu, période, risque pour la sécurité ou la tranquillité publiques).',
    }];
  },
};
