// PUB: publicity, transmission to the préfet, caractère exécutoire, the @CTES acknowledgement block.
import type { Finding } from './rule';
import { fold, frenchDate } from '../text';
import { groupDigits, isArrete, isDeliberation } from './util';
import { type DocumentedRule, explanation, addMonths, derived, identifierParts, isEpci, looksLikeAct, luhn, mentionOf, mentionsOf, referenceDate } from './support';
import { resolveCollectivite } from '../collectivite';
import type { CollectiviteInfo } from '../catalogue';

const L2131 = { label: 'CGCT, art. L. 2131-1', url: null, code: 'CGCT', article: 'L2131-1' };

export const PUB_001 = explanation(
  'PUB-001',
  'Caractère exécutoire : publication (actes réglementaires et autres) ou notification (décisions individuelles), et transmission au préfet pour les actes qui y sont soumis.',
  L2131,
  'secondary',
  'Depuis le 1er juillet 2022, les actes sont exécutoires de plein droit dès qu’ils ont été portés à la connaissance des intéressés (publication sous forme électronique, ou notification pour une décision individuelle) et, pour ceux de l’article L. 2131-2, transmis au représentant de l’État. Les communes de moins de 3 500 habitants choisissent par délibération entre affichage, publication papier ou publication électronique (à défaut : électronique).',
);

export const PUB_002: DocumentedRule = {
  id: 'PUB-002',
  title: 'Les dates de transmission, de publication et d’affichage que l’acte donne (certification, facultative depuis 2022, tampon, mentions) suivent sa signature ou sa séance ; un arrêté de police n’entre pas en vigueur avant sa publication.',
  kinds: 'all',
  severity: 'warning',
  source: L2131,
  status: 'secondary',
  doc: { details: 'L’absence de certification n’est pas signalée (le maire ou le président « peut » certifier). Avertissement quand une date de transmission, de publication, d’affichage ou de notification de la certification précède la date de l’acte, ou quand une ligne qui date la publication ou l’affichage (« Publié le … », tampon de la plateforme, « Publié sur le site internet … le … ») précède la signature ou la séance ; et quand un arrêté de police entre en vigueur (« entre en vigueur le … », « applicable à compter du … », ou le premier jour d’une période de ses articles : « du lundi 13 octobre 2025 au … », ou le jour qui ouvre un article ou une de ses phrases : « Le samedi 21 juin 2025, la circulation est interdite … ») avant le jour où il se dit publié, ou, sans date de publication, avant sa signature (L. 2131-1 : pas de rétroactivité).' },
  check(ctx) {
    const { act } = ctx;
    const x = act.executoire;
    const date = referenceDate(act);
    if (!date) return [];
    // A line that dates the publication or the affichage (a stamp's « Publié le », « Publié sur le site … le … »).
    const early = mentionsOf(act, 'published-on').find((m) => m.value !== null && m.value < date);
    if (early && !(x && x.publicityDates.some((d) => d.start <= early.start && d.end >= early.start))) {
      return [{
        range: ctx.index.range(early.start, early.end),
        message: `L’acte mentionne une publication ou un affichage le ${frenchDate(early.value!)}, avant ${isDeliberation(act.kind) ? 'la séance' : 'sa signature'} (${frenchDate(date)}) : la publication suit l’adoption ou la signature. Vérifiez les deux dates.`,
      }];
    }
    // A police arrêté (regulatory) said to take effect before the day it says it was published: it cannot take effect
    // before its publication (L. 2131-1), nor reach back.
    // (Or whose measures apply from a day before it was signed or published: « du lundi 13 octobre 2025 au … ».)
    const inForce = mentionOf(act, 'in-force-on');
    const from = mentionOf(act, 'measures-from');
    const publishedOn = mentionsOf(act, 'published-on').map((m) => m.value!).filter((v) => v >= date).sort()[0];
    const starts = [inForce, from].filter((m) => m?.value).sort((a, b) => (a!.value! < b!.value! ? -1 : 1))[0];
    if (act.police && starts && !isDeliberation(act.kind) && (publishedOn ? starts.value! < publishedOn : starts.value! < date)) {
      const said = starts === inForce ? `L’arrêté entre en vigueur le ${frenchDate(starts.value!)}` : `Les mesures de l’arrêté s’appliquent à compter du ${frenchDate(starts.value!)}`;
      return [{
        range: ctx.index.range(starts.start, starts.end),
        message: publishedOn
          ? `${said}, avant sa publication (${frenchDate(publishedOn)}) : un acte réglementaire n’est exécutoire qu’une fois publié (CGCT, art. L. 2131-1) et ne peut pas rétroagir. Reportez la date d’entrée en vigueur ou publiez plus tôt.`
          : `${said}, avant sa signature (${frenchDate(date)}) : un arrêté de police ne peut pas rétroagir, et il n’est exécutoire qu’une fois publié (CGCT, art. L. 2131-1). Vérifiez les dates, ou reportez le début des mesures.`,
      }];
    }
    if (!x) return [];
    // (The stamp's transmission and reception dates are PUB-009's.)
    const t = act.transmission;
    for (const d of x.publicityDates) {
      if (x.stamp && t && (d.iso === t.transmissionDate || d.iso === t.receptionDate)) continue;
      if (d.iso < date) {
        return [{
          range: ctx.index.range(d.start, d.end),
          message: x.stamp
            ? `Le tampon de la plateforme date la transmission ou la publication du ${frenchDate(d.iso)}, avant l’acte (${frenchDate(date)}) : l’acte est transmis et publié après son adoption ou sa signature. Vérifiez la date de l’acte et celle du tampon.`
            : `La certification porte une date (${frenchDate(d.iso)}) antérieure à l’acte (${frenchDate(date)}) : la transmission et la publication suivent l’adoption ou la signature.`,
        }];
      }
    }
    return [];
  },
};

export const PUB_003 = explanation(
  'PUB-003',
  'Actes transmis au représentant de l’État (délibérations, décisions prises par délégation, arrêtés de police et réglementaires, certains contrats et actes individuels).',
  { label: 'CGCT, art. L. 2131-2', url: null, code: 'CGCT', article: 'L2131-2' },
  'secondary',
  'Explication seulement (la transmission a lieu après la rédaction). Sont notamment exclus de la transmission : les délibérations relatives aux tarifs des droits de voirie et de stationnement, au classement et déclassement des voies ; les arrêtés de police de la circulation et du stationnement ; les débits de boissons temporaires des associations. Les décisions individuelles sont transmises dans les quinze jours de leur signature (emplacement actuel de cette règle non confirmé). Une date de transmission antérieure à l’acte est signalée par PUB-009.',
);

export const PUB_004: DocumentedRule = {
  id: 'PUB-004',
  title: 'La version publiée en ligne y reste au moins deux mois, et sa publication ne précède pas l’acte.',
  kinds: 'all',
  severity: 'warning',
  source: { label: 'CGCT, art. R. 2131-1', url: null, code: 'CGCT', article: 'R2131-1' },
  status: 'secondary',
  doc: { details: 'Lit une période de publication (« Publication : du 18 avril 2025 au 20 juin 2025 », « publié en ligne du … au … ») et compare en mois civils. Le prénom, le nom et la qualité de l’auteur dans la version publiée relèvent de SIG-001. Pour les EPCI, l’article réglementaire correspondant n’a pas été vérifié.' },
  check(ctx) {
    const { act } = ctx;
    let start = act.transmission?.publicationStart ?? null;
    let end = act.transmission?.publicationEnd ?? null;
    let range = act.transmission?.range ?? null;
    if (!start || !end) {
      // A period written outside the block (« publié sur le site de la commune du … au … »).
      const p = act.publicationPeriod;
      if (!p) return [];
      start = p.from;
      end = p.to;
      range = p.range;
    }
    if (!start || !end || !range) return [];
    const out: Finding[] = [];
    if (end < addMonths(start, 2)) {
      out.push({ range, message: `La publication en ligne du ${frenchDate(start)} au ${frenchDate(end)} dure moins de deux mois : l’acte doit rester en ligne au moins deux mois (CGCT, art. R. 2131-1).` });
    }
    const date = referenceDate(act);
    if (date && start < date) {
      out.push({ range, message: `La publication commence le ${frenchDate(start)}, avant l’acte (${frenchDate(date)}) : vérifiez les dates.` });
    }
    return out;
  },
};

export const PUB_005: DocumentedRule = {
  id: 'PUB-005',
  title: 'Un EPCI à fiscalité propre, ou une commune de 3 500 habitants et plus, publie ses actes sous forme électronique : l’affichage seul ne suffit pas.',
  kinds: ['deliberation-epci-conseil', 'deliberation-epci-bureau', 'arrete-president', 'decision-president', 'deliberation-cm', 'arrete-maire', 'decision-maire'],
  severity: 'warning',
  source: { label: 'CGCT, art. L. 5211-3 (renvoi à L. 2131-1 I, II, III, V et VI)', url: null, code: 'CGCT', article: 'L5211-3' },
  status: 'secondary',
  doc: { details: 'Les communautés et métropoles (Métropole du Grand Paris comprise) n’ont pas l’option de l’affichage ouverte aux communes de moins de 3 500 habitants ; les syndicats de communes l’ont. Pour une commune, la population vient du profil, sinon du registre des collectivités (population totale, CGCT art. R. 2151-2 ; le message dit alors que le chiffre est supposé) ; inconnue, la règle se tait. Ne s’applique qu’aux actes postérieurs au 1er juillet 2022, quand le profil n’indique pas un syndicat, et pas à une décision individuelle, qui prend effet par sa notification.' },
  check(ctx) {
    const { act, profile } = ctx;
    const epci = isEpci(ctx);
    if (profile.kind === 'syndicat' || /^syndicat/i.test(act.header.collectivite?.name ?? '')) return [];
    const date = referenceDate(act);
    if (date && date < '2022-07-01') return [];
    // The publicity mentions after the dispositif (certification, stamps), outside the starting points of the
    // recours mention (« à compter de sa publication ou de son affichage »): syntax/publicity.ts.
    const affiche = mentionOf(act, 'affichage');
    if (!affiche || mentionOf(act, 'publication-named')) return [];
    // An individual decision takes effect by its notification, not by a publication (L. 2131-1): its affichage (a
    // mise en sécurité on the building's façade, CCH L. 511-12) is no choice of publicity.
    // (Not a police arrêté that regulates, even when it names the company whose works it regulates: « … est interdit ».
    // A police measure addressed to a person — a mise en demeure, a closure, a prescription — is individual.)
    const against = mentionOf(act, 'unfavourable-measure');
    const individual = act.police
      ? !!against?.flag && /demeure|tenue?|ordonn|prescrit|enjoint|ferme|fourriere|refuge|suspen|retir|retrait|abrog|inflig|euthanasie|refus/.test(against.value ?? '')
      : !!mentionOf(act, 'notified-self') || !!against?.flag || !!mentionOf(act, 'individual-measure');
    if (individual) return [];
    // A commune: only from 3 500 inhabitants (the profile's figure, else the register's).
    const commune = epci ? null : resolveCollectivite(act, profile, ctx.catalogue);
    if (commune && (commune.population === null || commune.population < 3500)) return [];
    return [{
      range: ctx.index.range(affiche.start, affiche.end),
      message: commune
        ? `Seul l’affichage est mentionné : une commune de 3 500 habitants et plus (${groupDigits(commune.population!)} habitants${commune.populationNote ? ` : ${commune.populationNote}` : ''}) doit publier ses actes sous forme électronique (CGCT, art. L. 2131-1) ; indiquez la date de mise en ligne.`
        : 'Seul l’affichage est mentionné : un EPCI à fiscalité propre doit publier ses actes sous forme électronique (CGCT, art. L. 5211-3 et L. 2131-1) ; indiquez la date de mise en ligne.',
    }];
  },
};

export const PUB_006 = explanation(
  'PUB-006',
  'Liste des délibérations examinées affichée à la mairie et mise en ligne dans la semaine qui suit la séance.',
  { label: 'CGCT, art. L. 2121-25', url: null, code: 'CGCT', article: 'L2121-25' },
  'secondary',
  'Explication seulement : l’obligation ne se vérifie pas dans l’acte. L’ancien « compte rendu affiché dans la huitaine » est supprimé depuis le 1er juillet 2022.',
);

export const PUB_007 = explanation(
  'PUB-007',
  'Procès-verbal de séance : rédigé par le ou les secrétaires, arrêté à la séance suivante, signé par le maire et le ou les secrétaires, publié en ligne dans la semaine.',
  { label: 'CGCT, art. L. 2121-15', url: null, code: 'CGCT', article: 'L2121-15' },
  'secondary',
  'Explication seulement. Le procès-verbal contient la date et l’heure, les noms du président, des présents et représentés et des secrétaires, le quorum, l’ordre du jour, les délibérations adoptées et les rapports, les demandes de scrutin particulier, le résultat des scrutins (avec, en scrutin public, le nom des votants et le sens de leur vote) et la teneur des discussions.',
);

export const PUB_008 = explanation(
  'PUB-008',
  'Registres : délibérations et décisions prises par délégation inscrites par ordre de date au registre des délibérations, arrêtés au registre des arrêtés.',
  { label: 'CGCT, art. L. 2121-23, R. 2122-7-1 et L. 2122-29', url: null, code: 'CGCT', article: 'R2122-7-1' },
  'secondary',
  'Explication seulement. Les feuillets mentionnent le nom de la commune et la nature de l’acte ; depuis 2022, le recueil des actes administratifs des communes de 3 500 habitants et plus est supprimé. C’est l’une des raisons pour lesquelles l’acte doit être daté (DAT-001).',
);

/** "la commune d’Aix-les-Bains (73)", "l’EPCI « CA du Grand Chambéry »"; with `siren`, "(SIREN 217300656)" instead of the département. */
function collectiviteLabel(c: CollectiviteInfo, siren = false): string {
  const extra = siren ? ` (SIREN ${c.siren})` : c.departement ? ` (${c.departement})` : '';
  if (c.kind === 'epci') return `l’EPCI « ${c.name} »${extra}`;
  return `la commune ${/^[AEIOUYÂÊÎÔÛÉÈHŒ]/i.test(c.name) ? 'd’' : 'de '}${c.name}${extra}`;
}

/** Two-digit or three-digit département code as in the identifier ("073", "02A", "974"). */
function code3(code: string): string {
  return /^\d$/.test(code) ? `00${code}` : /^\d\d$/.test(code) ? `0${code}` : /^2[AB]$/i.test(code) ? `0${code.toUpperCase()}` : code;
}

export const PUB_009: DocumentedRule = {
  id: 'PUB-009',
  display: 'essentiel',
  title: 'L’identifiant de télétransmission (@CTES) est cohérent : département, SIREN (clé de Luhn), date de l’acte, nature, matière, dates de transmission.',
  kinds: 'all',
  severity: 'warning',
  source: { label: '@CTES : format de l’identifiant unique (DPT-SIREN-AAAAMMJJ-NUMÉRO-NATURE), codes de nature et matières', url: null },
  status: 'secondary',
  doc: { details: 'Avertissement : code département différent de celui de la collectivité (profil ou ligne « Département de … »), SIREN invalide (clé de Luhn), différent de celui du profil ou de celui de la collectivité nommée dans l’acte (registre des communes et EPCI : nom et département de l’en-tête ; le message nomme la collectivité à qui ce SIREN appartient), date de l’identifiant différente de la date de l’acte (« Date de l’acte », « Fait à …, le … » ou séance), transmission ou réception antérieures à l’acte. Information : nature (DE pour une délibération, ou BF quand son objet est un document budgétaire — budget, décision modificative, compte administratif ou financier unique, affectation du résultat, taux —, AR ou AI pour un arrêté ; libre pour une décision, la pratique variant), matière mal formée ou inconnue, numéro différent de celui de l’acte. Source : commentaires de code et schémas publics de la plateforme, non une spécification officielle.' },
  check(ctx) {
    const { act, profile, catalogue } = ctx;
    const t = act.transmission;
    const p = identifierParts(act);
    if (!t || !looksLikeAct(act) && !t.identifier) return [];
    const out: Finding[] = [];
    const idRange = t.identifierSpan?.range ?? t.range;
    const idStart = t.identifierSpan?.start ?? t.start;
    if (p) {
      // Département.
      const dptKey = profile.departement ?? act.header.departement?.name ?? null;
      const dpt = dptKey ? catalogue.departement(dptKey) : null;
      if (dpt && code3(dpt.code) !== p.dpt && dpt.code3 !== p.dpt) {
        out.push({ range: ctx.index.range(idStart, idStart + p.dpt.length), message: `L’identifiant commence par le code ${p.dpt}, mais la collectivité est dans le département ${code3(dpt.code)} (${dpt.name}) : vérifiez l’identifiant de télétransmission.` });
      }
      // SIREN.
      const sirenRange = ctx.index.range(idStart + p.dpt.length + 1, idStart + p.dpt.length + 10);
      if (!luhn(p.siren)) {
        out.push({ range: sirenRange, message: `Le SIREN ${p.siren} de l’identifiant n’est pas valide (clé de Luhn) : vérifiez l’identifiant de télétransmission.` });
      } else {
        // Whose SIREN it really is, from the register of communes and EPCI.
        const owner = catalogue.collectiviteBySiren?.(p.siren) ?? null;
        const ownerText = owner ? ` : c’est celui de ${collectiviteLabel(owner)}` : '';
        const resolved = resolveCollectivite(act, profile, catalogue);
        const named = resolved.named;
        if (profile.siren && profile.siren !== p.siren) {
          out.push({ range: sirenRange, message: `Le SIREN de l’identifiant (${p.siren}) n’est pas celui de la collectivité (${profile.siren}, profil)${ownerText}. Vérifiez l’identifiant de télétransmission.` });
        } else if (!profile.siren && named && named.siren !== p.siren) {
          out.push({
            range: sirenRange,
            message: `Le SIREN de l’identifiant (${p.siren}) n’est pas celui de ${collectiviteLabel(named, true)}, ${named.kind === 'epci' ? (resolved.from === 'profil' ? 'désigné par le profil' : 'nommé dans l’acte') : resolved.from === 'profil' ? 'désignée par le profil' : 'nommée dans l’acte'}${ownerText}. Vérifiez l’identifiant de télétransmission.`,
          });
        }
      }
      // Date of the act.
      const dateRange = ctx.index.range(idStart + p.dateAt, idStart + p.dateAt + 8);
      if (!p.date) {
        out.push({ range: dateRange, message: `« ${p.dateRaw} » n’est pas une date valide (AAAAMMJJ) : vérifiez l’identifiant de télétransmission.` });
      } else {
        // On a flattened OCR text the séance and place-and-date fields are less reliable: only the block's own date counts.
        const flattened = derived(ctx).flattened;
        const own = flattened ? null : isDeliberation(act.kind) ? act.seance?.date : act.placeDate?.date;
        const candidates: [string | null | undefined, string][] = [
          [t.actDate, '« Date de l’acte » du bloc d’accusé de réception'],
          [own, isDeliberation(act.kind) && act.seance?.date === own ? 'date de la séance' : 'date de l’acte'],
        ];
        for (const [d, what] of candidates) {
          if (d && d !== p.date) {
            out.push({ range: dateRange, message: `L’identifiant porte la date du ${frenchDate(p.date)}, différente de la ${what} (${frenchDate(d)}) : la date de l’identifiant doit être celle de l’acte.` });
            break;
          }
        }
      }
      // Nature.
      if (isDeliberation(act.kind) && p.nature !== 'DE' && !(p.nature === 'BF' && mentionOf(act, 'budget-objet'))) {
        out.push({ range: idRange, severity: 'information', message: `Nature « ${p.nature} » dans l’identifiant d’une délibération : on attend « DE » (délibérations)${mentionOf(act, 'budget-objet') ? ' ou « BF » (documents budgétaires et financiers)' : ''}.` });
      } else if (isArrete(act.kind) && !['AR', 'AI'].includes(p.nature)) {
        out.push({ range: idRange, severity: 'information', message: `Nature « ${p.nature} » dans l’identifiant d’un arrêté : on attend « AR » (actes réglementaires) ou « AI » (actes individuels).` });
      }
    }
    // Transmission and reception dates.
    const actDate = p?.date ?? t.actDate ?? referenceDate(act);
    if (actDate) {
      for (const [d, what] of [[t.transmissionDate, 'transmission'], [t.receptionDate, 'réception']] as const) {
        if (d && d < actDate) {
          out.push({ range: t.range, message: `La date de ${what} en préfecture (${frenchDate(d)}) précède ${isDeliberation(act.kind) ? 'la séance' : 'la date de l’acte'} (${frenchDate(actDate)}) : l’acte ne peut être transmis qu’une fois ${isDeliberation(act.kind) ? 'adopté' : 'signé'}. Vérifiez les dates.` });
          break;
        }
      }
    }
    // Matière.
    if (t.matiere) {
      const known = catalogue.matieres.length === 0 || catalogue.matieres.some((m) => m.code === t.matiere);
      if (!/^\d\.\d{1,2}$/.test(t.matiere) || !known) {
        out.push({ range: t.range, severity: 'information', message: `La matière « ${t.matiere} » n’est pas une matière @CTES connue (forme « 7.1 », de 1.1 à 9.4).` });
      }
    }
    // Number written in the block vs the act's number.
    if (t.number && act.number && fold(t.number).replace(/[^a-z0-9]/g, '') !== fold(act.number.value).replace(/[^a-z0-9]/g, '')) {
      out.push({ range: t.range, severity: 'information', message: `Le numéro transmis (« ${t.number} ») diffère du numéro de l’acte (« ${act.number.value} »).` });
    }
    return out;
  },
};

export const PUB_010: DocumentedRule = {
  id: 'PUB-010',
  display: 'essentiel',
  missing: 'executoire',
  title: 'Une mention de publication, de mise en ligne, de transmission ou de certification porte sa date (pas de « Publié le : …… » laissé en blanc).',
  kinds: 'all',
  severity: 'information',
  source: { label: 'CGCT, art. L. 2131-1 et R. 2131-1', url: null, code: 'CGCT', article: 'L2131-1' },
  status: 'secondary',
  doc: { details: 'L’acte devient exécutoire par sa publication (ou sa notification) et, s’il y est soumis, sa transmission ; la version publiée en ligne indique la date de sa mise en ligne (R. 2131-1), qui fait aussi courir le délai de recours des tiers. Une mention dont la date est restée en blanc (points, tirets bas, « __/__/____ ») ne l’établit pas. Information : la date se complète après la publication ; dans un acte en cours d’écriture, rien n’est signalé.' },
  check(ctx) {
    const { act } = ctx;
    if (!looksLikeAct(act) || ctx.draft) return [];
    return act.blankDates.slice(0, 3).map((s) => ({
      range: s.range,
      message: `« ${s.text.replace(/\s+/g, ' ').trim()} » : la date est restée en blanc. Complétez-la une fois l’acte publié, transmis ou certifié : elle permet de prouver quand l’acte est devenu exécutoire et, pour la publication, d’où court le délai de recours des tiers (CGCT, art. L. 2131-1 ; la version en ligne indique sa date de mise en ligne, art. R. 2131-1).`,
    }));
  },
};
