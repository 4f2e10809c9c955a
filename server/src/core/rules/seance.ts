// SEA: the séance and the vote of délibérations (convocation délai, quorum, pouvoirs, votes,
// secrétaire and président de séance, signatures, huis clos).
// The rules judge the model only: what the séance, vote, members and signature readers saw, and the mentions of
// syntax/deliberation.ts (`SeanceMentionKind` in model.ts).
import type { Mention } from '../model';
import { sameMember } from '../syntax/members';
import type { Finding } from './rule';
import { frenchDate, joursFrancs, weekdayOf } from '../text';
import { anchorForMissing, groupDigits } from './util';
import { type DocumentedRule, explanation as documented, derived, droitLocal, isEpci, mentionOf, mentionsOf, referenceDate } from './support';
import { seanceFiguresFix } from './fixes';
import { resolveCollectivite } from '../collectivite';

const DELIBS = ['deliberation-cm', 'deliberation-epci-conseil', 'deliberation-epci-bureau'] as const;
/** Explanation-only rules of this family apply to délibérations unless said otherwise. */
const explanation = (id: string, title: string, source: DocumentedRule['source'], status: DocumentedRule['status'], details: string, kinds: DocumentedRule['kinds'] = [...DELIBS]) =>
  documented(id, title, source, status, details, kinds);
const CONSEILS = ['deliberation-cm', 'deliberation-epci-conseil'] as const;

/**
 * The séance of a département's, a région's or an outre-mer assembly's délibération follows its own part of the CGCT
 * (convocation, secrétaire, signatures): the commune's articles the SEA rules cite do not apply to it.
 */
const otherAssembly = (act: { readonly kind: string; readonly authorBody: string | null }) =>
  act.kind.startsWith('deliberation') && (act.authorBody === 'departement' || act.authorBody === 'region' || act.authorBody === 'outre-mer' || act.authorBody === 'etablissement');
/**
 * A body whose statuts or own code set how its organ meets (a local public établissement that is no EPCI, a syndicat
 * mixte ouvert, L. 5721-2): the commune's quorum is only a reference (information).
 */
const ownStatutes = (act: Parameters<typeof mentionOf>[0] & { readonly authorBody: string | null }) =>
  act.authorBody === 'etablissement' || !!mentionOf(act, 'open-syndicat');

export const SEA_001_MISSING = 'La date de convocation n’est pas indiquée';

export const SEA_001: DocumentedRule = {
  id: 'SEA-001',
  missing: 'seance',
  display: 'essentiel',
  title: 'La convocation est envoyée au moins 3 jours francs avant la séance (communes de moins de 3 500 habitants) ou 5 jours francs (3 500 habitants et plus, et tout EPCI) ; 1 jour franc en cas d’urgence.',
  kinds: [...DELIBS],
  severity: 'error',
  source: { label: 'CGCT, art. L. 2121-11, L. 2121-12, L. 2121-7 et L. 5211-1', url: null, code: 'CGCT', article: 'L2121-12' },
  status: 'confirmed',
  doc: {
    details: 'Les jours francs se comptent entre l’envoi et la séance, ni l’un ni l’autre inclus (envoi le 18 juin, séance le 24 : 5 jours francs). La population vient du profil (`population`), sinon de l’en-tête de l’acte (« Commune de X — 640 habitants »), sinon du registre des collectivités (population totale, CGCT art. R. 2151-2, de la commune retrouvée par le SIREN du profil ou de l’identifiant, ou par le nom et le département de l’en-tête ; le message le dit) ; inconnue pour une commune, plus de 23 conseillers en exercice disent au moins 27 sièges, donc 3 500 habitants et plus (L. 2121-2) : 5 jours, en avertissement (une commune nouvelle peut réunir encore tous les conseillers des anciennes communes) ; sinon le minimum de 3 jours est appliqué et le message rappelle que 5 jours sont requis à partir de 3 500 habitants. Tout EPCI applique le régime des communes de 3 500 habitants et plus (L. 5211-1). Première réunion après un renouvellement général (installation du conseil, élection du maire, présidence du doyen d’âge, tenue un vendredi, samedi ou dimanche) : 3 jours (L. 2121-7) ; non pour une élection après une démission, un décès ou des élections partielles. Urgence : au moins 1 jour franc, le maire en rend compte à l’ouverture de la séance. Seconde convocation après une séance sans quorum : trois jours (L. 2121-17). Pour le bureau d’un EPCI, le délai vient du règlement intérieur : avertissement au lieu d’erreur. Avertissement si la date de convocation manque (conseil). Le traitement des jours fériés n’a pas été vérifié. Les assemblées des départements, des régions et des collectivités d’outre-mer suivent leur propre partie du CGCT, les établissements publics locaux qui ne sont pas des EPCI (CCAS, CIAS, caisse des écoles, régie dotée de la personnalité morale, office de tourisme) leurs statuts et leur code : la règle ne les juge pas ; pour un syndicat mixte ouvert, le délai vient de ses statuts (L. 5721-2) : information quand il est de moins de cinq jours francs. Communes de la Moselle, du Bas-Rhin et du Haut-Rhin (droit local, L. 2541-1 : L. 2121-11 ne s’y applique pas) : trois jours au moins avant la séance, la veille en cas d’urgence, quelle que soit la population (L. 2541-2).',
  },
  check(ctx) {
    const { act, profile } = ctx;
    if (otherAssembly(act)) return [];
    const s = act.seance;
    if (!s?.date) return [];
    const bureau = act.kind === 'deliberation-epci-bureau';
    const d = derived(ctx);
    if (!s.convocationDate) {
      if (bureau || mentionOf(act, 'convocation-word')) return [];
      return [{ range: s.dateSpan?.range ?? s.range, severity: 'warning', message: `${SEA_001_MISSING} : ajoutez « Date de la convocation : <date> » au bloc de la séance ; elle permet de vérifier le délai de convocation (CGCT, art. L. 2121-11 et L. 2121-12).` }];
    }
    // (A convocation of the séance's own day is 0 jours francs short, not « postérieure ».)
    const jf = s.convocationDate === s.date ? 0 : joursFrancs(s.convocationDate, s.date);
    const epci = isEpci(ctx);
    // The law holds that meeting on the Friday, Saturday or Sunday after the election (L. 2121-7).
    const firstMeeting = !epci && ['vendredi', 'samedi', 'dimanche'].includes(weekdayOf(s.date)) && !!mentionOf(act, 'first-meeting');
    // The profile's population, else the register's (the message then says it was assumed, and from where).
    const c = resolveCollectivite(act, profile, ctx.catalogue);
    const pop = c.population;
    // Population unknown: more than 23 members in office means a conseil of 27 seats or more, a commune of 3 500
    // inhabitants or more (L. 2121-2), unless a commune nouvelle still seats every former conseiller (a warning then).
    const bySeats = pop === null && !epci && s.membersInOffice !== null && s.membersInOffice > 23;
    // (A second convocation after a séance without quorum: three days at least, L. 2121-17.)
    const min = s.urgency ? 1 : s.secondConvocation ? 3 : epci ? 5 : firstMeeting ? 3 : (pop !== null && pop >= 3500) || bySeats ? 5 : 3;
    const why = s.urgency ? 'en cas d’urgence' : s.secondConvocation ? 'pour une seconde convocation après une séance sans quorum (L. 2121-17)' : epci ? 'pour un EPCI (L. 5211-1 : régime des communes de 3 500 habitants et plus)' : firstMeeting ? 'pour la première réunion après le renouvellement (L. 2121-7)' : pop !== null ? `pour une commune de ${groupDigits(pop)} habitants${c.populationNote ? ` (${c.populationNote})` : ''}`
      : bySeats ? `pour une commune de 3 500 habitants et plus, ce que disent ses ${s.membersInOffice} conseillers en exercice (au moins 27 sièges, CGCT, art. L. 2121-2 ; sauf commune nouvelle qui réunit encore tous les conseillers des anciennes communes)` : 'dans toute commune';
    const range = s.convocationSpan?.range ?? s.range;
    const sent = `convocation du ${frenchDate(s.convocationDate)}, séance du ${frenchDate(s.date)}`;
    if (jf < 0) {
      return [{ range, severity: d.flattened ? 'warning' : undefined, message: `La date de convocation est postérieure à la séance (${sent}) : vérifiez les dates.` }];
    }
    // A commune of the Moselle, the Bas-Rhin or the Haut-Rhin: the droit local replaces L. 2121-11 (L. 2541-1), the
    // convocation is made three days at least before the séance, the day before in an emergency (L. 2541-2).
    if (!epci && !bureau && droitLocal(ctx)) {
      const days = jf + 1;
      const need = s.urgency ? 1 : 3;
      if (days >= need) return [];
      return [{
        range,
        severity: d.flattened ? 'warning' : undefined,
        message: `${days} jour${days > 1 ? 's' : ''} seulement entre la convocation et la séance (${sent}) : en Alsace-Moselle, la convocation est faite trois jours au moins avant la séance et, en cas d’urgence, la veille (CGCT, art. L. 2541-2).`,
      }];
    }
    // A syndicat mixte ouvert is no EPCI: its statuts set the délai (CGCT, art. L. 5721-2).
    if (jf < min && mentionOf(act, 'open-syndicat') && !s.urgency) {
      return [{
        range,
        severity: 'information',
        message: `${jf === 0 ? 'Aucun jour franc' : `${jf} jour${jf > 1 ? 's' : ''} franc${jf > 1 ? 's' : ''}`} entre la convocation et la séance (${sent}) : un syndicat mixte ouvert n’est pas un EPCI, le délai de convocation de son comité est fixé par ses statuts ; vérifiez qu’il est respecté (CGCT, art. L. 5721-2).`,
      }];
    }
    if (jf < min && bureau && !s.urgency) {
      // The bureau's délai is its règlement intérieur's, not the conseil's: say so, without claiming another minimum.
      return [{
        range,
        severity: 'warning',
        message: `${jf === 0 ? 'Aucun jour franc' : `${jf} jour${jf > 1 ? 's' : ''} franc${jf > 1 ? 's' : ''} seulement`} entre la convocation et la séance (${sent}) : le délai de convocation du bureau est fixé par le règlement intérieur de l’EPCI, souvent aligné sur les 5 jours francs du conseil ; vérifiez qu’il est respecté (CGCT, art. L. 5211-1 et L. 5211-10).`,
      }];
    }
    if (jf < min) {
      const note = !epci && !s.urgency && pop === null && !bySeats ? ' (5 jours francs à partir de 3 500 habitants)' : '';
      return [{
        range,
        // (Fewer than 3 jours francs is short for every commune: an error whatever the seats say.)
        severity: bureau || d.flattened || (bySeats && jf >= 3 && !s.urgency && !firstMeeting) ? 'warning' : undefined,
        message: `${jf === 0 ? 'Aucun jour franc' : `${jf} jour${jf > 1 ? 's' : ''} franc${jf > 1 ? 's' : ''} seulement`} entre la convocation et la séance (${sent}) : il en faut au moins ${min} ${why}${note}${s.urgency ? '' : ', sauf urgence mentionnée'}. Une convocation irrégulière peut entacher d’illégalité les délibérations de la séance (CGCT, art. ${epci ? 'L. 2121-12 et L. 5211-1' : min >= 5 ? 'L. 2121-12' : 'L. 2121-11'}).`,
      }];
    }
    if (!epci && !s.urgency && !firstMeeting && pop === null && !bySeats && jf < 5) {
      return [{
        range,
        severity: 'information',
        message: `${jf} jours francs entre la convocation et la séance (${sent}) : suffisant pour une commune de moins de 3 500 habitants, mais 5 jours francs sont requis à partir de 3 500 habitants ; indiquez la population dans le profil de la collectivité (actes.json, « population ») pour que le délai soit vérifié.`,
      }];
    }
    return [];
  },
};


export const SEA_002 = explanation(
  'SEA-002',
  'La convocation, faite par le maire ou le président, indique l’ordre du jour, est inscrite au registre, affichée ou publiée, et envoyée par voie dématérialisée (ou par écrit à la demande du conseiller).',
  { label: 'CGCT, art. L. 2121-10', url: null, code: 'CGCT', article: 'L2121-10' },
  'secondary',
  'Explication seulement : ces formalités ne se lisent pas dans l’acte. L’envoi dématérialisé est la règle depuis la loi n° 2019-1461 du 27 décembre 2019.',
);

export const SEA_003_MISSING = 'Le nombre de membres présents n’est pas indiqué';

/**
 * The health emergency's regime (loi n° 2020-290 du 23 mars 2020, art. 10; loi n° 2020-1379 du 14 novembre 2020, art. 6,
 * extended to 30 September 2021; loi n° 2021-1465 du 10 novembre 2021, art. 10, to 31 July 2022): the quorum was a third
 * of the members in office, and a member could hold two pouvoirs. The séance's date tells whether it applied.
 */
const HEALTH_EMERGENCY: readonly (readonly [string, string, string])[] = [
  ['2020-03-24', '2020-08-30', 'loi n° 2020-290 du 23 mars 2020, art. 10'],
  ['2020-11-15', '2021-09-30', 'loi n° 2020-1379 du 14 novembre 2020, art. 6'],
  ['2021-11-11', '2022-07-31', 'loi n° 2021-1465 du 10 novembre 2021, art. 10'],
];
function healthEmergency(date: string | null): string | null {
  return date === null ? null : HEALTH_EMERGENCY.find(([a, b]) => date >= a && date <= b)?.[2] ?? null;
}

export const SEA_003: DocumentedRule = {
  id: 'SEA-003',
  missing: 'seance',
  title: 'Le quorum est atteint : plus de la moitié des membres en exercice physiquement présents (les pouvoirs ne comptent pas), sauf seconde convocation.',
  kinds: [...DELIBS],
  severity: 'error',
  source: { label: 'CGCT, art. L. 2121-17 (et L. 5211-1 pour les EPCI)', url: null, code: 'CGCT', article: 'L2121-17' },
  status: 'confirmed',
  doc: { details: 'Erreur si le nombre de présents ne dépasse pas la moitié des membres en exercice sans mention d’une seconde convocation (« sans condition de quorum ») ; pour une séance tenue sous le régime de l’état d’urgence sanitaire (du 24 mars au 30 août 2020, du 15 novembre 2020 au 30 septembre 2021 et du 11 novembre 2021 au 31 juillet 2022 : lois n° 2020-290, art. 10, n° 2020-1379, art. 6, et n° 2021-1465, art. 10), le tiers suffisait ; avertissement si le nombre de présents n’est pas donné et qu’aucune liste des présents n’apparaît (correctif : insérer les lignes « Présents : », « Représentés : », « Votants : » à compléter). Une liste des présents sans leur nombre (« Présents : … », « Étaient présents les conseillers suivants : … », « Présent(e)s : … ») est comptée, un nom par membre (« M. et Mme X » en font deux) ; quand ses noms ne font pas le quorum, c’est un avertissement (une liste peut en oublier) ; une liste par exception (« tous, sauf … ») n’est pas comptée. Pour le bureau d’un EPCI, le quorum vient du règlement intérieur (EPCI-005, non confirmé) : avertissement seulement. Pour un conseil départemental ou régional, la majorité absolue des membres présents (L. 3121-14, L. 4132-13) ; pour leur commission permanente, présents ou représentés (L. 3121-14-1, L. 4132-13-1) ; rien pour les assemblées des collectivités d’outre-mer à statut propre. Pour un établissement public local qui n’est pas un EPCI (CCAS, CIAS, caisse des écoles, régie dotée de la personnalité morale, office de tourisme) et pour un syndicat mixte ouvert (L. 5721-2), le quorum vient des statuts ou du code de l’établissement : information seulement. Communes de la Moselle, du Bas-Rhin et du Haut-Rhin (droit local) : le conseil délibère sans quorum après une seconde convocation qui le rappelle, ou quand la moitié au moins des conseillers sont intéressés à l’affaire (L. 2541-4, qui remplace le second alinéa de L. 2121-17) ; rien quand l’acte vise cet article. Sur un texte issu d’OCR, l’erreur n’est levée que si un autre chiffre confirme la lecture. Dans un procès-verbal de plusieurs délibérations, le quorum est jugé à chaque vote : les présents de l’ouverture corrigés des arrivées et des départs écrits avant lui (« Arrivée de M. X à 20 h 25 », « Mme Y quitte la séance et donne pouvoir à M. Z » ; pas le membre qui sort pour un seul point) ; un quorum perdu ainsi est un avertissement.' },
  check(ctx) {
    const { act } = ctx;
    const s = act.seance;
    if (!s) return [];
    const bureau = act.kind === 'deliberation-epci-bureau';
    if (s.present === null) {
      // The act lists present members by name (« Présents : M. X, Mme Y… ») in a way the reader could not count (« tous,
      // sauf … »).
      if (mentionOf(act, 'present-list') || ownStatutes(act)) return [];
      const fix = seanceFiguresFix(ctx);
      return [{
        range: s.dateSpan?.range ?? s.range,
        severity: 'warning',
        message: `${SEA_003_MISSING} : le quorum (plus de la moitié des ${s.membersInOffice !== null ? `${s.membersInOffice} ` : ''}membres en exercice présents) ne peut pas être vérifié. Ajoutez les nombres de présents, de représentés et de votants (CGCT, art. L. 2121-17${bureau ? ' ; pour le bureau, règlement intérieur' : ''}).`,
        fixes: fix ? [fix] : [],
      }];
    }
    const inOffice = s.membersInOffice;
    if (inOffice === null || s.present > inOffice || s.secondConvocation) return [];
    // A département's or a région's assembly: its own articles; its commission permanente counts the members
    // represented too (« présente ou représentée », L. 3121-14-1, L. 4132-13-1).
    const assembly = act.authorBody === 'departement' || act.authorBody === 'region' ? act.authorBody : null;
    const permanente = assembly !== null && s.body === 'commission permanente';
    if ((permanente ? s.present + (s.represented ?? 0) : s.present) * 2 > inOffice) return [];
    if (act.authorBody === 'outre-mer') return [];
    if (ownStatutes(act)) {
      return [{
        range: s.range,
        severity: 'information',
        message: `${s.present} présent${s.present > 1 ? 's' : ''} pour ${inOffice} membres en exercice, moins de la majorité : vérifiez la règle de quorum que fixent les statuts de l’établissement ou le code qui le régit (le quorum de la commune, CGCT, art. L. 2121-17, ne s’applique pas à lui).`,
      }];
    }
    // During the health emergency, a third of the members in office sufficed.
    const emergency = healthEmergency(s.date);
    if (emergency && s.present * 3 >= inOffice) return [];
    if (derived(ctx).flattened) {
      const corroborated = (s.voters !== null && s.represented !== null && s.voters <= s.present + s.represented && s.voters >= s.present)
        || (s.absent !== null && s.present + s.absent === inOffice);
      if (!corroborated) return [];
    }
    // A point of a procès-verbal after departures: the quorum is judged at each vote, on the members still there.
    // (Not a quorum missing from the opening: that is the error below.)
    if (s.moved && !assembly && !droitLocal(ctx) && s.moved.from.present !== null && s.moved.from.present * 2 > inOffice) {
      return [{
        range: act.vote?.range ?? s.range,
        severity: 'warning',
        message: `Quorum perdu en cours de séance : d’après les arrivées et les départs écrits avant ce vote, ${s.present} présent${s.present > 1 ? 's' : ''} pour ${inOffice} membres en exercice (${s.moved.from.present ?? '?'} à l’ouverture ; il en faut au moins ${Math.floor(inOffice / 2) + 1}). Le quorum doit être atteint à chaque vote, sinon la question est renvoyée à une seconde convocation (CGCT, art. L. 2121-17) : vérifiez les présents au moment de ce vote.`,
      }];
    }
    if (assembly) {
      const article = assembly === 'departement' ? (permanente ? 'L. 3121-14-1' : 'L. 3121-14') : (permanente ? 'L. 4132-13-1' : 'L. 4132-13');
      const counted = permanente ? `${s.present} présent${s.present > 1 ? 's' : ''} et ${s.represented ?? 0} représenté${(s.represented ?? 0) > 1 ? 's' : ''}` : `${s.present} présent${s.present > 1 ? 's' : ''}`;
      return [{
        range: s.range,
        message: `Quorum non atteint : ${counted} pour ${inOffice} membres en exercice (il faut la majorité absolue, au moins ${Math.floor(inOffice / 2) + 1}). Sans quorum, la réunion se tient de plein droit trois jours plus tard, sans condition de quorum (CGCT, art. ${article}) : mentionnez-le, ou vérifiez les chiffres.`,
      }];
    }
    // The droit local (Moselle, Bas-Rhin, Haut-Rhin): L. 2541-4 replaces the second convocation of L. 2121-17 and adds
    // the case of a conseil where half its members or more are personally interested.
    if (droitLocal(ctx)) {
      if (act.references.some((r) => r.article === 'L2541-4')) return [];
      return [{
        range: s.range,
        message: `Quorum non atteint : ${s.present} présent${s.present > 1 ? 's' : ''} pour ${inOffice} membres en exercice (il en faut au moins ${Math.floor(inOffice / 2) + 1}). En Alsace-Moselle, le conseil ne délibère sans quorum qu’après une seconde convocation qui le rappelle, ou quand la moitié au moins de ses membres sont intéressés à l’affaire (CGCT, art. L. 2541-4) : mentionnez-le, ou vérifiez les chiffres.`,
      }];
    }
    // (A count of names, not a number the act writes: a list may name fewer members than were there.)
    if (s.presentListed) {
      return [{
        range: s.range,
        severity: 'warning',
        message: `La liste des présents ne nomme que ${s.present} membre${s.present > 1 ? 's' : ''} pour ${inOffice} en exercice : le quorum (au moins ${emergency ? Math.ceil(inOffice / 3) : Math.floor(inOffice / 2) + 1} présents) ne paraît pas atteint. Vérifiez la liste, et indiquez les nombres de présents, de représentés et de votants (CGCT, art. L. 2121-17).`,
      }];
    }
    return [{
      range: s.range,
      severity: bureau ? 'warning' : undefined,
      message: `Quorum non atteint : ${s.present} présent${s.present > 1 ? 's' : ''} pour ${inOffice} membres en exercice (il en faut au moins ${emergency ? Math.ceil(inOffice / 3) : Math.floor(inOffice / 2) + 1}${emergency ? `, le tiers sous le régime de l’état d’urgence sanitaire, ${emergency}` : ''}). Sans quorum, la délibération n’est valable qu’après une seconde convocation à trois jours au moins d’intervalle (CGCT, art. L. 2121-17) : mentionnez-la, ou vérifiez les chiffres.`,
    }];
  },
};

/** The mandataires the séance block names, each with the pouvoirs it receives (in the order of the text). */
function mandataires(mentions: readonly Mention[]): Map<string, Mention[]> {
  const out = new Map<string, Mention[]>();
  for (const m of mentions) {
    const list = out.get(m.value ?? '');
    if (list) list.push(m);
    else out.set(m.value ?? '', [m]);
  }
  return out;
}

export const SEA_004: DocumentedRule = {
  id: 'SEA-004',
  title: 'Pouvoirs : un membre ne détient qu’un pouvoir ; présents et représentés ne dépassent pas les membres en exercice.',
  kinds: [...DELIBS],
  severity: 'error',
  source: { label: 'CGCT, art. L. 2121-20', url: null, code: 'CGCT', article: 'L2121-20' },
  status: 'confirmed',
  doc: { details: 'Erreur quand un même mandataire reçoit deux pouvoirs, ou deux délégations de vote dans un conseil départemental ou régional (L. 3121-16, L. 4132-15) (trois sous le régime de l’état d’urgence sanitaire, qui en permettait deux : voir SEA-003) ; avertissement quand présents + représentés dépassent les membres en exercice. Un pouvoir est écrit, révocable, et vaut au plus pour trois séances consécutives sauf maladie dûment constatée. Le contrôle des votants relève de SEA-005.' },
  check(ctx) {
    const { act } = ctx;
    const s = act.seance;
    if (!s) return [];
    const out: Finding[] = [];
    // (Two during the health emergency.)
    const most = healthEmergency(s.date) ? 2 : 1;
    for (const [, list] of mandataires(mentionsOf(act, 'proxy-holder'))) {
      if (list.length <= most) continue;
      const second = list[1];
      out.push({
        range: ctx.index.range(second.start, second.end),
        message: act.authorBody === 'departement' || act.authorBody === 'region'
          ? `${ctx.text.slice(second.start, second.end)} reçoit ${list.length} délégations de vote : un membre ne peut en recevoir qu’une (CGCT, art. ${act.authorBody === 'departement' ? 'L. 3121-16' : 'L. 4132-15'}${most > 1 ? ` ; deux sous le régime de l’état d’urgence sanitaire, ${healthEmergency(s.date)}` : ''}).`
          : `${ctx.text.slice(second.start, second.end)} reçoit ${list.length} pouvoirs : un membre ne peut détenir qu’un seul pouvoir (CGCT, art. L. 2121-20${most > 1 ? ` ; deux sous le régime de l’état d’urgence sanitaire, ${healthEmergency(s.date)}` : ''}).`,
      });
      if (out.length >= 2) break;
    }
    if (!derived(ctx).flattened && s.present !== null && s.represented !== null && s.membersInOffice !== null && s.present + s.represented > s.membersInOffice) {
      out.push({
        range: s.range,
        severity: 'warning',
        message: `${s.present} présents et ${s.represented} représentés font ${s.present + s.represented}, plus que les ${s.membersInOffice} membres en exercice : vérifiez les chiffres.`,
      });
    }
    return out;
  },
};

export const SEA_005_MISSING = 'Le résultat du vote n’est pas indiqué';

const UNCOUNTED = 'Le résultat du vote n’est pas chiffré : « adopte » ne dit ni l’unanimité ni le décompte. Écrivez « Adoptée à l’unanimité » ou « Pour : …, Contre : …, Abstentions : … » : la majorité absolue des suffrages exprimés doit pouvoir être vérifiée (CGCT, art. L. 2121-20 ; le résultat figure au procès-verbal).';

export const SEA_005: DocumentedRule = {
  id: 'SEA-005',
  missing: 'vote',
  title: 'Le vote est rapporté et cohérent : pour + contre + abstentions = votants, votants ≤ présents + représentés, une délibération adoptée a plus de voix pour que contre.',
  kinds: [...DELIBS],
  severity: 'warning',
  source: { label: 'CGCT, art. L. 2121-20 (majorité absolue des suffrages exprimés, voix prépondérante du président)', url: null, code: 'CGCT', article: 'L2121-20' },
  status: 'confirmed',
  doc: { details: 'Erreur pour une délibération déclarée adoptée avec autant ou moins de voix pour que contre (sauf voix prépondérante du président) ; avertissement quand la somme des voix dépasse ou n’atteint pas les votants (sauf voix pondérées par les statuts d’un syndicat mixte, L. 5721-2 : « Votants : 9 délégués (82 voix) »), quand les votants dépassent présents + représentés, ou quand aucun résultat n’est écrit (sauf nominations sans scrutin, une seule candidature par poste : « les nominations prennent effet immédiatement », L. 2121-21 ; délibération qui ne fait que prendre acte, des décisions dont le maire rend compte (L. 2122-23) ou d’un rapport, hors débat d’orientation budgétaire, dont la prise d’acte est votée, et hors budget, décision modificative, compte administratif ou taux, que le conseil vote et dont il ne prend pas seulement acte) ; information pour « à l’unanimité des suffrages exprimés » sans le nombre d’abstentions. Les abstentions ne comptent pas comme suffrages exprimés. Contrôles arithmétiques muets sur les textes issus d’OCR. Quand des membres arrivent ou partent en cours de séance (« Arrivée de M. X », « quitte la salle ») et que le point ne donne pas ses propres votants, les votants du point sont ceux de l’ouverture corrigés des arrivées et des départs écrits avant son vote (dans un procès-verbal de plusieurs délibérations), et un écart avec eux est une information.' },
  check(ctx) {
    const { act } = ctx;
    const s = act.seance;
    const v = act.vote;
    const d = derived(ctx);
    if (!v) {
      if (!s || act.kind === 'deliberation-epci-bureau' && !s.date) return [];
      // (A prise d'acte decides nothing: there is no vote to report. An election reports its ballot: SEA-013 asks for it.)
      if (mentionOf(act, 'vote-word') || mentionOf(act, 'takes-note') || act.election) return [];
      if (mentionOf(act, 'adopted-word')) return [{ range: act.dispositive?.range ?? anchorForMissing(act), message: UNCOUNTED }];
      return [{ range: act.dispositive?.range ?? anchorForMissing(act), message: `${SEA_005_MISSING} : ajoutez « Adoptée à l’unanimité » ou le décompte « Pour : …, Contre : …, Abstentions : … » (CGCT, art. L. 2121-20 ; le résultat figure au procès-verbal).` }];
    }
    const out: Finding[] = [];
    // « Le Conseil adopte. »: adopted, but neither unanimity nor a count.
    if (v.unanimous === null && v.for === null && v.against === null && v.abstentions === null && !v.resultWords) {
      out.push({ range: v.range, message: UNCOUNTED });
    }
    if (!d.flattened) {
      const voters = v.voters ?? s?.voters ?? null;
      // (The séance's votants, when members arrived or left during it, may not be this point's: an information.)
      const changing = v.voters === null && (act.members?.moving === true || mentionOf(act, 'members-moving') !== null);
      const severity = changing ? 'information' as const : undefined;
      const during = !changing ? '' : s?.moved && s.moved.from.voters !== null
        ? ` (compte tenu des arrivées et des départs écrits avant ce vote ; ${s.moved.from.voters} à l’ouverture de la séance : vérifiez les votants de ce point)`
        : ' (des membres sont arrivés ou partis en cours de séance : vérifiez les votants de ce point)';
      // (Voices weighted by the statuts, L. 5721-2, are not counted against the members who vote.)
      if (v.for !== null && voters !== null && !mentionOf(act, 'weighted-votes')) {
        const sum = v.for + (v.against ?? 0) + (v.abstentions ?? 0);
        if (sum > voters) {
          out.push({ range: v.range, severity, message: `Pour (${v.for}) + contre (${v.against ?? 0}) + abstentions (${v.abstentions ?? 0}) = ${sum}, plus que les ${voters} votants${during} : corrigez le décompte.` });
        } else if (v.against !== null && v.abstentions !== null && sum + (v.notVoting ?? 0) < voters) {
          out.push({ range: v.range, severity, message: `Pour (${v.for}) + contre (${v.against}) + abstentions (${v.abstentions})${v.notVoting ? ` + ne prenant pas part (${v.notVoting})` : ''} = ${sum + (v.notVoting ?? 0)}, moins que les ${voters} votants${during} : complétez le décompte.` });
        }
      }
      // (Members arriving during the séance, « Présents : 14 à l'ouverture, 15 à partir du point n° 4 »: the séance's
      // figures may be of different moments; an information.)
      if (s && s.voters !== null && s.present !== null && s.represented !== null && s.voters > s.present + s.represented) {
        out.push({ range: s.range, ...(act.members?.moving || mentionOf(act, 'members-moving') ? { severity: 'information' as const } : {}), message: `${s.voters} votants pour ${s.present} présent${s.present > 1 ? 's' : ''} et ${s.represented} représenté${s.represented > 1 ? 's' : ''} : les votants ne peuvent pas dépasser présents + représentés (CGCT, art. L. 2121-20). Vérifiez le décompte.` });
      }
      // « Adopté à l'unanimité (pour : 21, contre : 4) »: the record contradicts itself (one tally on one line, not the
      // several votes of a procès-verbal).
      if (v.unanimous && v.against !== null && v.against > 0 && v.text.length < 200 && v.range.start.line === v.range.end.line) {
        out.push({ range: v.range, message: `« À l’unanimité » avec ${v.against} voix contre : le résultat se contredit. Écrivez « à la majorité » et le décompte exact (CGCT, art. L. 2121-20 ; le procès-verbal donne le résultat du scrutin).` });
      }
      const adopted = v.adopted ?? v.adoptedOnLine;
      if (adopted && v.for !== null && v.against !== null && v.for <= v.against && !mentionOf(act, 'casting-vote')) {
        out.push({ range: v.range, severity: 'error', message: `Délibération déclarée adoptée avec ${v.for} voix pour et ${v.against} contre : elle est adoptée à la majorité absolue des suffrages exprimés (en cas de partage, voix prépondérante du président, à mentionner) (CGCT, art. L. 2121-20).` });
      }
    }
    if (v.unanimous && v.abstentions === null && v.ofExpressed && !mentionOf(act, 'abstention-word')) {
      out.push({ range: v.range, severity: 'information', message: '« À l’unanimité des suffrages exprimés » laisse supposer des abstentions ou des membres ne prenant pas part au vote : indiquez leur nombre (le procès-verbal doit donner le résultat du scrutin).' });
    }
    return out;
  },
};

export const SEA_006: DocumentedRule = {
  id: 'SEA-006',
  title: 'Scrutin public à la demande du quart des membres présents ; scrutin secret à la demande du tiers, ou pour les nominations et présentations (sauf décision unanime contraire).',
  kinds: [...DELIBS],
  severity: 'information',
  source: { label: 'CGCT, art. L. 2121-21', url: null, code: 'CGCT', article: 'L2121-21' },
  status: 'confirmed',
  doc: { details: 'Information quand une désignation (représentants, délégués) est votée à main levée ou au scrutin public, les voix partagées entre plusieurs candidats ou avec des voix contre, sans que le texte dise que le conseil a décidé à l’unanimité de ne pas procéder au scrutin secret (ni qu’il n’y avait qu’une candidature par poste). En scrutin public, le nom des votants et le sens de leur vote figurent au procès-verbal (PUB-007).' },
  check(ctx) {
    const e = ctx.act.election;
    if (!e || e.kind !== 'representants' || !e.openDivided) return [];
    const epci = ctx.act.kind.startsWith('deliberation-epci') ? ', applicable aux EPCI par l’art. L. 5211-1' : '';
    return [{
      range: e.range,
      message: `La désignation est votée à main levée, les voix partagées, sans décision unanime de ne pas procéder au scrutin secret : les nominations se font au scrutin secret, sauf si le conseil décide à l’unanimité de ne pas y procéder (CGCT, art. L. 2121-21${epci}). Si cette décision a été prise, écrivez-la ; sinon la désignation est à refaire au scrutin secret.`,
    }];
  },
};

export const SEA_007_MISSING = 'Aucun secrétaire de séance';

export const SEA_007: DocumentedRule = {
  id: 'SEA-007',
  // Named in the séance block or under the act, where the secrétaire signs (L. 2121-23): a copy that stops before
  // the signatures may have lost the name.
  missing: 'signatories',
  title: 'Le secrétaire de séance, désigné parmi les membres au début de la séance, est nommé.',
  kinds: [...CONSEILS],
  severity: 'warning',
  source: { label: 'CGCT, art. L. 2121-15', url: null, code: 'CGCT', article: 'L2121-15' },
  status: 'confirmed',
  doc: { details: 'Avertissement quand le bloc de séance ne nomme pas de secrétaire et que le mot n’apparaît pas ailleurs (information sur une copie qui s’arrête avant les signatures, où le nom a pu se perdre). Non jugée pour les assemblées des départements, des régions et des collectivités d’outre-mer (leur partie du CGCT), ni pour les établissements publics locaux qui ne sont pas des EPCI (CCAS, caisse des écoles, régie, office de tourisme : leur code et leurs statuts).' },
  check(ctx) {
    if (otherAssembly(ctx.act)) return [];
    const s = ctx.act.seance;
    if (!s || s.secretary || mentionOf(ctx.act, 'secretary-word')) return [];
    return [{ range: s.dateSpan?.range ?? s.range, message: `${SEA_007_MISSING} : indiquez « Secrétaire de séance : <prénom NOM> » (le conseil désigne un ou plusieurs de ses membres au début de chaque séance, CGCT, art. L. 2121-15).` }];
  },
};

export const SEA_008: DocumentedRule = {
  id: 'SEA-008',
  title: 'Pour le compte administratif, le conseil élit son président de séance et le maire se retire au moment du vote.',
  kinds: [...DELIBS],
  severity: 'error',
  source: { label: 'CGCT, art. L. 2121-14', url: null, code: 'CGCT', article: 'L2121-14' },
  status: 'confirmed',
  doc: { details: 'Déclenchée par « compte administratif » ou « compte financier unique » dans l’objet ou le titre : le compte financier unique tient lieu de compte administratif et de compte de gestion, son vote suit les mêmes règles (erreur dans les deux cas).' },
  check(ctx) {
    const { act } = ctx;
    const accounts = mentionsOf(act, 'accounts');
    const ca = accounts.some((m) => m.value === 'administratif');
    const cfu = accounts.some((m) => m.value === 'financier');
    if (!ca && !cfu) return [];
    const s = act.seance;
    const range = act.object?.range ?? act.title?.range ?? s?.range;
    if (!range) return [];
    const president = s?.president ?? null;
    const out: Finding[] = [];
    // (An EPCI's président, not a maire, presides its conseil or bureau; the same rule by L. 5211-1.)
    const head = isEpci(ctx) ? { the: 'le président', The: 'Le président', of: 'du président' } : { the: 'le maire', The: 'Le maire', of: 'du maire' };
    // The président de séance is the maire: said so, or the same name as the maire who signs. Unless the text says
    // that the conseil elected a président for this vote (the séance block's président, the maire, is not that one).
    const elected = mentionOf(act, 'accounts-president') !== null;
    if (!elected && president && mentionOf(act, 'head-presides') && mentionOf(act, 'withdrawal')) {
      // (The maire withdrew, and another took the chair without the conseil electing him: « Mme X, doyenne d'âge, prend
      // la présidence ».)
      out.push({ range: s!.range, message: `${head.The} s’est retiré pour le vote du ${ca ? 'compte administratif' : 'compte financier unique'}, mais l’acte ne dit pas que le conseil a élu un président de séance pour ce vote : il l’élit (CGCT, art. L. 2121-14). S’il ne l’a pas fait, la délibération est irrégulière et le compte est à voter de nouveau ; sinon, mentionnez l’élection.` });
    } else if (!elected && president && mentionOf(act, 'head-presides')) {
      out.push({ range: s!.range, message: `Le ${ca ? 'compte administratif' : 'compte financier unique'} est voté sous la présidence ${head.of}, ${s!.president} : pour ce vote, le conseil élit un président de séance autre que ${head.the}, et ${head.the} se retire au moment du vote (CGCT, art. L. 2121-14). Si la séance s’est déroulée ainsi, la délibération est irrégulière : le compte est à voter de nouveau ; sinon, corrigez le procès-verbal.` });
    } else if (!elected && !president) {
      out.push({ range, severity: 'warning', message: `Vote du ${ca ? 'compte administratif' : 'compte financier unique'} : indiquez le président de séance élu par le conseil (${head.the} ne préside pas ce vote, CGCT, art. L. 2121-14).` });
    }
    // (Not on top of the error above: the act says the maire presided; telling it to write he withdrew would be untrue.)
    if (!mentionOf(act, 'withdrawal') && out.length === 0) {
      out.push({ range, severity: 'warning', message: `${head.The} doit se retirer au moment du vote du compte (CGCT, art. L. 2121-14) : s’il s’est retiré, mentionnez-le ; s’il a pris part au vote, la délibération est irrégulière.` });
    }
    return out;
  },
};

export const SEA_009: DocumentedRule = {
  id: 'SEA-009',
  title: 'Un conseiller intéressé à l’affaire ne prend part ni aux débats ni au vote.',
  kinds: [...DELIBS],
  severity: 'information',
  source: { label: 'CGCT, art. L. 2131-11', url: null, code: 'CGCT', article: 'L2131-11' },
  status: 'confirmed',
  doc: { details: 'Avertissement quand l’objet concerne une association ou une société, qu’un membre du conseil est nommé comme la dirigeant (« Mme X, conseillère municipale, présidente de l’association Y ») et qu’aucun membre n’est dit ne pas prendre part au vote ; sinon, simple suggestion (niveau « hint ») quand l’objet concerne une association ou une société. Les exemptions de la loi 3DS pour les élus représentant la collectivité ne sont pas confirmées.' },
  check(ctx) {
    const { act } = ctx;
    if (!act.object) return [];
    if (!mentionOf(act, 'association-object') || mentionOf(act, 'not-taking-part')) return [];
    // A member of the conseil the act names as heading the association: interested, and the act does not say he stood out.
    const interested = mentionOf(act, 'interested-member');
    if (interested) {
      return [{
        range: ctx.index.range(interested.start, interested.end),
        severity: 'warning',
        message: `${interested.value} dirige l’association ou la société que vise la délibération : un conseiller intéressé à l’affaire ne prend part ni aux débats ni au vote, sous peine d’illégalité de la délibération s’il a pu en influencer le sens (CGCT, art. L. 2131-11). Si ce membre s’est retiré, mentionnez qu’il n’a pris part ni aux débats ni au vote ; sinon, la délibération est à reprendre.`,
      }];
    }
    return [{ range: act.object.range, severity: 'hint', message: 'Si un conseiller est intéressé à l’affaire (membre du bureau de l’association, dirigeant de la société…), mentionnez qu’il n’a pris part ni aux débats ni au vote (CGCT, art. L. 2131-11).' }];
  },
};

export const SEA_010_MISSING = 'La signature du secrétaire de séance manque';

export const SEA_010: DocumentedRule = {
  id: 'SEA-010',
  missing: 'signatories',
  title: 'Une délibération est signée par le maire (ou le président) et par le ou les secrétaires de séance.',
  kinds: [...CONSEILS],
  severity: 'warning',
  source: { label: 'CGCT, art. L. 2121-23 (rédaction issue de l’ordonnance n° 2021-1310)', url: null, code: 'CGCT', article: 'L2121-23' },
  status: 'secondary',
  doc: { details: 'Règle en vigueur depuis le 1er juillet 2022 (auparavant, signature de tous les membres présents) : les délibérations antérieures ne sont pas contrôlées. Une signature manquante est un vice de forme sans effet sur le caractère exécutoire (réponse ministérielle du 2 février 2023). Non jugée pour les assemblées des départements, des régions et des collectivités d’outre-mer (leur partie du CGCT), ni pour les établissements publics locaux qui ne sont pas des EPCI (CCAS, caisse des écoles, régie, office de tourisme : leur code et leurs statuts).' },
  check(ctx) {
    const { act } = ctx;
    if (otherAssembly(act)) return [];
    if (!act.seance) return [];
    const date = referenceDate(act);
    if (!date || date < '2022-07-01') return [];
    if (act.signatories.some((s) => s.role === 'secretary')) return [];
    // After the séance block (where the secrétaire is designated), a signature line names the secrétaire.
    if (mentionOf(act, 'secretary-label')) return [];
    const range = act.signatories[act.signatories.length - 1]?.range ?? anchorForMissing(act);
    // An extract or a certified copy is signed by the maire who certifies it: the secrétaire signs the register.
    if (act.extract) {
      return [{ range, severity: 'information', message: `${SEA_010_MISSING} sur cet extrait : le secrétaire de séance signe la délibération au registre, l’extrait est certifié par ${isEpci(ctx) ? 'le président' : 'le maire'} ; vérifiez la signature au registre (CGCT, art. L. 2121-23${isEpci(ctx) ? ' et L. 5211-1' : ''}).` }];
    }
    // The procès-verbal of the séance is signed the same way, under its own article.
    if (act.minutes) {
      return [{ range, message: `${SEA_010_MISSING} : le procès-verbal de la séance est signé par le maire (ou le président) et par le ou les secrétaires de séance (CGCT, art. L. 2121-15). Ajoutez « Le secrétaire de séance, <prénom NOM> ».` }];
    }
    return [{
      range,
      message: `${SEA_010_MISSING} : une délibération est signée par le maire (ou le président) et par le ou les secrétaires de séance (CGCT, art. L. 2121-23). Ajoutez « Le secrétaire de séance, <prénom NOM> ».`,
    }];
  },
};

export const SEA_011 = explanation(
  'SEA-011',
  'Clause générale de compétence : le conseil municipal règle par ses délibérations les affaires de la commune (visa suggéré : L. 2121-29).',
  { label: 'CGCT, art. L. 2121-29', url: null, code: 'CGCT', article: 'L2121-29' },
  'confirmed',
  'Explication et suggestion de visa (« Vu le code général des collectivités territoriales, notamment son article L. 2121-29 ; ») proposée par la complétion ; le contrôle des visas d’une délibération relève de VIS-001.',
  ['deliberation-cm'],
);

export const SEA_012: DocumentedRule = {
  id: 'SEA-012',
  title: 'Les séances sont publiques ; le huis clos est décidé sans débat, à la majorité absolue des présents ou représentés, sur demande de trois membres (cinq dans un EPCI) ou du maire (du président).',
  kinds: [...DELIBS],
  severity: 'information',
  source: { label: 'CGCT, art. L. 2121-18 et L. 5211-11', url: null, code: 'CGCT', article: 'L2121-18' },
  status: 'confirmed',
  check(ctx) {
    // A huis clos, with no word of how it was decided.
    const m = mentionOf(ctx.act, 'huis-clos');
    if (!m || m.flag) return [];
    return [{ range: ctx.index.range(m.start, m.end), message: `Huis clos : mentionnez qu’il a été décidé sans débat, à la majorité absolue des membres présents ou représentés, sur la demande de ${isEpci(ctx) ? 'cinq membres ou du président (L. 5211-11)' : 'trois membres ou du maire (L. 2121-18)'}.` }];
  },
};

/**
 * The articles an election by the assembly follows: L. 2121-21 for a designation, L. 2122-7 (and L. 2122-7-2 for
 * adjoints) for the maire and his adjoints; an EPCI's council works by the conseil municipal's rules (L. 5211-1) and
 * elects its président and bureau by the maire's and adjoints' (L. 5211-2).
 */
function electionLaw(ctx: Parameters<DocumentedRule['check']>[0], kind: string): string {
  const epci = ctx.act.kind.startsWith('deliberation-epci');
  return kind === 'representants'
    ? `CGCT, art. L. 2121-21${epci ? ', applicable aux EPCI par l’art. L. 5211-1' : ''}`
    : `CGCT, art. L. 2122-7${kind === 'adjoint' ? ' et L. 2122-7-2' : ''}${epci ? ', applicables aux EPCI par l’art. L. 5211-2' : ''}`;
}

const ELECTED_OFFICE: Record<string, string> = {
  maire: 'du maire', adjoint: 'd’adjoint', president: 'du président', 'vice-president': 'des membres du bureau',
};

export const SEA_013: DocumentedRule = {
  id: 'SEA-013',
  title: 'Une élection (maire, adjoints, président, bureau) ou une désignation par le conseil donne le mode et le résultat du scrutin.',
  kinds: [...DELIBS],
  severity: 'warning',
  source: { label: 'CGCT, art. L. 2122-7 (scrutin secret, majorité absolue) et L. 2121-21 (nominations)', url: null, code: 'CGCT', article: 'L2122-7' },
  status: 'confirmed',
  doc: { details: 'Le lecteur reconnaît l’élection par l’objet ou un intitulé (« Élection d’un adjoint au maire », « Désignation des représentants… ») et sa proclamation (« A été élue : … », « Ont été élus »). Avertissement quand aucun résultat n’est écrit (votants, bulletins, suffrages exprimés, majorité absolue, voix obtenues, unanimité) : sans lui, la majorité absolue requise (L. 2122-7) ne peut pas être vérifiée, et le procès-verbal doit le donner (L. 2121-15). Pour une désignation, le scrutin est secret sauf si le conseil décide à l’unanimité de ne pas y procéder (L. 2121-21) : le message demande aussi le mode de scrutin.' },
  check(ctx) {
    const e = ctx.act.election;
    if (!e || e.results || e.noBallot) return [];
    const cite = electionLaw(ctx, e.kind);
    if (e.kind === 'representants') {
      return [{
        range: e.range,
        message: e.publicBallot || e.secret || e.proportional
          ? `La désignation ne donne pas le résultat du scrutin : indiquez le nombre de votants et les voix obtenues par chaque candidat ou liste (${cite}).`
          : `La désignation ne dit ni le mode ni le résultat du scrutin : les nominations se font au scrutin secret, sauf si le conseil décide à l’unanimité de ne pas y procéder (${cite}) ; indiquez ce choix, le nombre de votants et les voix obtenues par chaque candidat ou liste.`,
      }];
    }
    return [{
      range: e.range,
      message: `Le résultat du scrutin de l’élection ${ELECTED_OFFICE[e.kind]} manque : l’élection se fait au scrutin secret et à la majorité absolue (${cite}). Indiquez le nombre de votants, de bulletins blancs et nuls, de suffrages exprimés, la majorité absolue et les voix obtenues par chaque candidat.`,
    }];
  },
};

export const SEA_014: DocumentedRule = {
  id: 'SEA-014',
  title: 'Un membre n’est pas à la fois listé présent et représenté (pouvoir donné à un autre membre), et le mandataire d’un pouvoir est présent.',
  kinds: [...DELIBS],
  severity: 'warning',
  source: { label: 'CGCT, art. L. 2121-20 (pouvoir donné par un conseiller empêché d’assister à la séance)', url: null, code: 'CGCT', article: 'L2121-20' },
  status: 'confirmed',
  doc: { details: 'Le lecteur relève les noms des listes de la séance (« Présents : », « Absents : », « X (pouvoir à Y) »). Avertissement quand un membre listé présent a aussi donné pouvoir : il serait compté deux fois, comme présent pour le quorum et comme représenté. Muette quand des membres arrivent ou partent en cours de séance (« arrivé à 19 h 30 », « quitte la séance »), ou quand la liste mêle présents et représentés. Les noms se comparent par le prénom et le nom de famille, que les deux listes doivent donner ; pour le mandataire absent, le nom de famille seul suffit quand aucune liste ne donne de prénom et qu’aucun présent ne porte ce nom. Les pouvoirs se lisent aussi dans une phrase (« Mme X a donné pouvoir à M. Y »). Avertissement aussi quand le mandataire d’un pouvoir figure parmi les absents et non parmi les présents : le pouvoir ne peut pas servir, le mandant n’est pas représenté (les nombres de représentés et de votants sont à revoir).' },
  check(ctx) {
    const { act } = ctx;
    const m = act.members;
    if (!m || m.moving || derived(ctx).flattened) return [];
    const out: Finding[] = [];
    for (const p of m.proxies) {
      const twice = m.present.find((x) => sameMember(x, p.from, true));
      if (twice) {
        out.push({ range: twice.range, message: `${twice.text.trim()} figure parmi les présents et a aussi donné pouvoir à ${p.to.text.trim()} : un membre présent ne se fait pas représenter (CGCT, art. L. 2121-20). Corrigez les listes et les nombres de présents et de représentés.` });
        break;
      }
    }
    // The mandataire is absent: the pouvoir cannot be used.
    for (const p of m.proxies) {
      // (« pouvoir à M. VERDIER » and « Absents : M. VERDIER »: without first names, the same surname named by no
      // présent is the same member.)
      const bare = p.to.first === null && !m.present.some((x) => x.surname === p.to.surname);
      const away = m.absent.find((x) => sameMember(x, p.to, true) || (bare && x.first === null && x.surname === p.to.surname));
      if (away && !m.present.some((x) => sameMember(x, p.to, true))) {
        out.push({ range: away.range, message: `${p.to.text.trim()} reçoit le pouvoir de ${p.from.text.trim()} mais figure parmi les absents : le mandataire vote pour le mandant en séance, un pouvoir donné à un absent ne peut pas servir (CGCT, art. L. 2121-20). Corrigez la liste, ou les nombres de représentés et de votants.` });
        break;
      }
    }
    return out;
  },
};

/**
 * Members of the conseil municipal by population (CGCT, art. L. 2121-2), from 1 000 inhabitants: [population from, members].
 * (Below 1 000 inhabitants the table is left out: the smallest councils' sizes are being revised.)
 */
const COUNCIL_SIZE: readonly (readonly [number, number])[] = [
  [1000, 15], [1500, 19], [2500, 23], [3500, 27], [5000, 29], [10000, 33], [20000, 35], [30000, 39], [40000, 43], [50000, 45], [60000, 49],
];

export const SEA_015: DocumentedRule = {
  id: 'SEA-015',
  title: 'Le nombre des adjoints ne dépasse pas 30 % de l’effectif légal du conseil municipal.',
  kinds: ['deliberation-cm'],
  severity: 'error',
  source: { label: 'CGCT, art. L. 2122-2 et L. 2121-2', url: null, code: 'CGCT', article: 'L2122-2' },
  status: 'confirmed',
  doc: { details: 'Lit le nombre fixé (« Le nombre des adjoints est fixé à neuf », « fixe à 9 le nombre des adjoints ») et le compare à 30 % de l’effectif légal du conseil, arrondi à l’entier inférieur, que donne la population (profil, sinon registre des collectivités) selon le tableau de l’article L. 2121-2. Vérifiée de 1 000 à 79 999 habitants : au-delà, des adjoints de quartier peuvent s’ajouter (L. 2122-2-1) ; en deçà, l’effectif des plus petits conseils est en cours de révision. Une commune nouvelle (l’acte vise les articles L. 2113-…) a, au premier renouvellement qui suit sa création, l’effectif de la strate démographique supérieure (L. 2113-8) : l’effectif de la strate supérieure, ou les membres en exercice que l’acte indique s’ils sont plus nombreux.' },
  check(ctx) {
    const { act } = ctx;
    const m = mentionOf(act, 'adjoints-number');
    if (!m?.value) return [];
    const c = resolveCollectivite(act, ctx.profile, ctx.catalogue);
    const pop = c.population;
    if (pop === null || pop < 1000 || pop >= 80000) return [];
    // (A commune nouvelle's conseil, at the first renewal after its creation, has the size of the stratum above, L. 2113-8:
    // the members in office the act states, when it cites the articles of the communes nouvelles.)
    const stratum = COUNCIL_SIZE.length - 1 - [...COUNCIL_SIZE].reverse().findIndex(([from]) => pop >= from);
    const nouvelle = act.references.some((r) => r.article !== null && r.article.startsWith('L2113-'));
    const above = nouvelle ? (COUNCIL_SIZE[stratum + 1]?.[1] ?? 0) : 0;
    const size = Math.max(nouvelle ? act.seance?.membersInOffice ?? 0 : 0, above, COUNCIL_SIZE[stratum][1]);
    const max = Math.floor(size * 0.3);
    const n = Number(m.value);
    if (n <= max) return [];
    return [{
      range: ctx.index.range(m.start, m.end),
      message: `${n} adjoints pour un conseil de ${size} membres (commune de ${groupDigits(pop)} habitants${c.populationNote ? `, ${c.populationNote}` : ''}) : il ne peut y en avoir plus de ${max}, 30 % de l’effectif légal (CGCT, art. L. 2122-2 et L. 2121-2).`,
    }];
  },
};

const ROUND_NAME = ['', 'au premier tour', 'au second tour'];

export const SEA_016: DocumentedRule = {
  id: 'SEA-016',
  title: 'Les résultats d’une élection ou d’une désignation par le conseil sont cohérents ; l’élu a la majorité absolue s’il l’est au premier ou au second tour, et l’égalité va au plus âgé.',
  kinds: [...DELIBS],
  severity: 'warning',
  source: { label: 'CGCT, art. L. 2122-7 et L. 2121-21 (majorité absolue aux deux premiers tours, relative au troisième)', url: null, code: 'CGCT', article: 'L2122-7' },
  status: 'confirmed',
  doc: { details: 'Lit, pour chaque proclamation (« M. X, ayant obtenu la majorité absolue, est élu »), les chiffres du tour qui la précède tels que l’acte les écrit : le tour (« premier tour », « second tour », « troisième tour », « tour unique » ; un seul tour quand aucun n’est nommé), les votants, les bulletins blancs et nuls, les suffrages exprimés, la majorité absolue et les voix obtenues, en ligne, en colonnes ou dans un tableau (la dernière ligne d’un tableau des tours, une colonne par candidat). Erreur quand l’élu l’est au premier ou au second tour avec moins de voix que la majorité absolue des suffrages exprimés (plus de la moitié) : l’élection à la majorité relative n’a lieu qu’au troisième tour (L. 2122-7, L. 2122-7-2, L. 2121-21). Avertissement quand le scrutin compte plus de votants que de membres présents et représentés à la séance, quand les suffrages exprimés ne sont pas les votants moins les blancs et les nuls, quand la majorité absolue écrite n’est pas le premier entier au-dessus de la moitié des exprimés, ou quand un candidat obtient plus de voix qu’il n’y a de suffrages exprimés. Erreur aussi quand l’égalité de suffrages est tranchée en faveur du plus jeune : la loi déclare élu le plus âgé. Muette pour une élection à la représentation proportionnelle (commission d’appel d’offres, commissions municipales) et pour un chiffre que l’acte n’écrit pas.' },
  check(ctx) {
    const e = ctx.act.election;
    if (!e) return [];
    const out: Finding[] = [];
    const law = electionLaw(ctx, e.kind);
    if (e.youngest && !e.proportional) {
      out.push({ range: e.youngest.range, severity: 'error', message: `En cas d’égalité de suffrages, c’est le plus âgé qui est déclaré élu, non le plus jeune (${law}).` });
    }
    // The séance's members who may vote: its présents and représentés when both are written, or its votants, the fewer
    // (not when members arrive or leave during it).
    const s = ctx.act.seance;
    const moving = ctx.act.members?.moving === true || !!s?.moved || mentionOf(ctx.act, 'members-moving') !== null;
    const counts = !s || moving ? [] : [s.voters, s.present !== null && s.represented !== null ? s.present + s.represented : null].filter((x): x is number => x !== null);
    const members = counts.length ? Math.min(...counts) : null;
    for (const b of e.ballots) {
      const range = b.range;
      if (b.voters !== null && members !== null && b.voters > members) {
        out.push({ range, message: `Le scrutin compte ${b.voters} votants, pour ${members} membres présents ou représentés à la séance : il ne peut y avoir plus de votants que de membres présents ou représentés (CGCT, art. L. 2121-20).` });
      }
      if (b.cast !== null && b.voters !== null && b.blank !== null && b.invalid !== null && b.voters - b.blank - b.invalid !== b.cast) {
        const n = (k: number, one: string, many: string) => `${k} ${k > 1 ? many : one}`;
        out.push({ range, message: `Résultats incohérents : ${n(b.voters, 'votant', 'votants')}, ${n(b.blank, 'bulletin blanc', 'bulletins blancs')}${b.invalid ? ` et ${n(b.invalid, 'nul', 'nuls')}` : ''} laissent ${n(b.voters - b.blank - b.invalid, 'suffrage exprimé', 'suffrages exprimés')}, l’acte en écrit ${b.cast}.` });
      }
      if (b.cast === null || b.cast <= 0) continue;
      const needed = Math.floor(b.cast / 2) + 1;
      if (b.majority !== null && b.majority !== needed) {
        out.push({ range, message: `La majorité absolue de ${b.cast} suffrages exprimés est ${needed} (plus de la moitié), l’acte écrit ${String(b.majority).replace('.', ',')}.` });
      }
      if (b.best !== null && b.best > b.cast) {
        out.push({ range, message: `Un candidat obtient ${b.best} voix pour ${b.cast} suffrages exprimés : revoyez les résultats du scrutin.` });
      } else if (b.best !== null && (b.round === 1 || b.round === 2) && b.best < needed) {
        out.push({
          range,
          severity: 'error',
          message: `Élu ${ROUND_NAME[b.round]} avec ${b.best} voix sur ${b.cast} suffrages exprimés, sans la majorité absolue (${needed}) : l’élection à la majorité relative n’a lieu qu’au troisième tour (${law}).`,
        });
      }
    }
    return out;
  },
};
