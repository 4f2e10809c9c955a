// REC: voies et délais de recours (mention, competent tribunal, Télérecours, recours gracieux).
import type { Finding } from './rule';
import type { Act, Recours } from '../model';
import { fold } from '../text';
import { tribunalOf, writtenTribunalOf } from '../collectivite';
import { anchorForMissing, isDeliberation } from './util';
import { type DocumentedRule, departementOf, expectedTribunal, agentAct, identifierParts, looksLikeAct, mentionOf, mentionsOf, publishedNotNotified, referenceDate } from './support';
import { asWritten, recoursArticleFix } from './fixes';

const CJA_URL = 'https://www.legifrance.gouv.fr/codes/id/LEGITEXT000006070933';

/** Beginning of REC-001's message when the mention is missing (used by the corpus test). */
/**
 * To whom the act speaks, for the délai of its recours: an individual decision (notified to the person it concerns), a
 * favourable one granted on its beneficiary's request, a regulatory act or a délibération (published), or a décision
 * by délégation of the conseil (notified to no one it concerns).
 */
export function addressees(act: Act): { individual: boolean; favourableOnRequest: boolean; published: boolean; delegated: boolean; nature: string | null } {
  const nature = identifierParts(act)?.nature ?? null;
  // An individual decision (the délai runs against its addressee only if the mention is in its notification,
  // R. 421-5): so the @ctes nature says (AI); or the act says it is notified to the person it concerns; or its
  // dispositif takes a measure against a person (a refusal, a withdrawal, a mise en demeure, the closure of their
  // establishment…) or grants one to a person named (« M. X est nommé », « … est accordée à Mme Y »), even a police
  // measure.
  const againstPerson = !!mentionOf(act, 'unfavourable-measure')?.flag;
  const granted = mentionOf(act, 'individual-measure');
  // A favourable decision granted on its beneficiary's request (an authorisation of inhumation, a permission de
  // voirie): the délai it fails to run is that of a beneficiary with little to contest. Not an agent's (the
  // conditions of a nomination, a temps partiel, are contested), nor a measure against a person.
  // (Nor a position of an agent the words give, « est placé en disponibilité », « est nommé », with no statute visé.)
  const career = /nomm|titularis|promu|reclass|detach|recrut|disponibilite|retraite|conge|\bposition\b|licenci|radi/.test(granted?.value ?? '');
  const favourableOnRequest = !!granted?.flag && !againstPerson && !agentAct(act) && !career;
  // A préemption (L. 2122-22, 15°) is notified to the owner, the notaire and the buyer (code de l'urbanisme, R. 213-8).
  const preemption = mentionsOf(act, 'objet-matter').some((m) => m.value === '15' && m.flag) || mentionsOf(act, 'delegation-item').some((m) => /^15\b/.test(m.value ?? ''));
  // A contract the décision concludes or attributes (a marché « attribué à la société … », a lease): its parties are
  // not addressees of an individual decision.
  const contract = (act.kind === 'decision-maire' || act.kind === 'decision-president') && !againstPerson
    && mentionsOf(act, 'objet-matter').some((m) => (m.value === '4' || m.value === '5' || m.value === '6') && m.flag);
  const individual = !favourableOnRequest && (nature === 'AI' || !!mentionOf(act, 'notified-self') || againstPerson || (!!granted && !contract) || preemption);
  // A police measure is a regulatory act, published, not notified.
  // So is an act that says it is published and not that it is notified (an article, its certification, a stamp).
  const published = !individual && (isDeliberation(act.kind) || act.police || nature === 'AR' || nature === 'DE' || publishedNotNotified(act));
  // A décision taken by délégation of the conseil (a contract, a marché, an action in justice) is notified to no
  // one it concerns, save a préemption (L. 2122-22, 15°), which is notified to the seller.
  const delegated = (act.kind === 'decision-maire' || act.kind === 'decision-president') && !individual && !published && !preemption;
  return { individual, favourableOnRequest, published, delegated, nature };
}

export const REC_001_MISSING = 'Les voies et délais de recours ne sont pas mentionnés';

export const REC_001: DocumentedRule = {
  id: 'REC-001',
  missing: 'recours',
  title: 'L’acte mentionne le délai (deux mois) et la voie de recours contentieux, avec le tribunal administratif compétent et le point de départ du délai.',
  kinds: 'all',
  severity: 'warning',
  source: { label: 'CJA, art. R. 421-1 et R. 421-5 ; CE Ass. 13 juillet 2016, Czabaj, n° 387763', url: CJA_URL },
  status: 'confirmed',
  doc: { details: 'Ce que l’absence de la mention produit dépend de l’acte. Décision individuelle (identifiant de nature AI ; acte qui se dit notifié à la personne qu’il concerne : « sera notifié à l’intéressé », « notifier la présente délibération à M. X » ; mesure prise contre une personne, même de police, ou accordée à une personne nommée : « M. X est nommé », « … est accordée à Mme Y ») : erreur, le délai de recours n’est pas opposable à son destinataire (CJA, art. R. 421-5), qui peut agir dans un « délai raisonnable » d’un an en principe (jurisprudence Czabaj). Arrêté ou décision dont la nature n’est pas connue : avertissement, l’acte pouvant être individuel. Délibération, acte réglementaire publié (arrêté de police), ou acte qui se dit publié (article « sera publié », certification « compte tenu de … la publication », tampon « Publié le ») sans se dire notifié : information, le délai court à compter de la publication même sans la mention, qui reste recommandée. Une décision favorable prise à la demande de son bénéficiaire (« Vu la demande … », « M. X est autorisé … ») : information, sauf pour un agent (statut visé, nomination, disponibilité, retraite…). Une décision prise par délégation du conseil qui conclut ou attribue un contrat (marché, bail, assurance), ou qui ne concerne personne à qui elle serait notifiée (action en justice) : information ; une préemption, notifiée au propriétaire (code de l’urbanisme, R. 213-8) : erreur. Rien pour une délibération qui ne fait que prendre acte (« PREND ACTE des décisions » dont le maire rend compte) ou qui adopte une motion ou un vœu (L. 2121-29) : elle ne décide rien. Quand le tribunal ou le délai manque : avertissement, ou information pour un acte dont l’absence de mention n’est qu’une information (une mention incomplète n’est pas pire que pas de mention) ; pour un autre délai que deux mois, avertissement pour tout acte (un délai faux trompe qui le lit) ; information pour un autre délai que la mention fonde sur le texte qu’elle cite (« en application de l’article R. 351-15 du code de l’action sociale et des familles »), et quand le point de départ n’est pas écrit. Acte que le maire prend au nom de l’État (liste électorale, attestation d’accueil, état civil, désignation des bureaux de vote) : ses voies de recours sont celles du texte qu’il applique ; pour la liste électorale, recours administratif préalable obligatoire devant la commission de contrôle dans les cinq jours, puis tribunal judiciaire (code électoral, art. L. 18 et L. 20) : erreur si une décision individuelle ne le mentionne pas, avertissement si la mention renvoie au tribunal administratif ; pour les autres, information. Rien non plus pour une mention qui renvoie au juge judiciaire sans nommer de tribunal administratif (« ne peut être contestée que devant le juge judiciaire » : soins psychiatriques sans consentement, CSP, art. L. 3216-1), ni pour une mention qui renvoie à la commission du contentieux du stationnement payant (forfait de post-stationnement, un mois, CGCT, art. L. 2333-87-2). Le message et le correctif nomment le tribunal administratif du département de la collectivité (profil, ligne « Département de … », ou code de l’identifiant de télétransmission). Correctif : l’article des voies et délais de recours, qui nomme le tribunal du département ; « de deux mois » à la place d’un autre délai ; « à compter de sa publication » (ou « de sa notification ») quand le point de départ manque.' },
  check(ctx) {
    const { act } = ctx;
    if (!looksLikeAct(act) || isElectoral(act)) return []; // the electoral contest: REC-006
    // A délibération that only takes note, or the procès-verbal of a séance, decides nothing a tribunal could annul:
    // whatever mention it carries (the five days of the elections that closed the séance) is not its own.
    if (mentionOf(act, 'takes-note') || act.minutes || mentionOf(act, 'wish')) return [];
    const { individual, favourableOnRequest, published, delegated } = addressees(act);
    // An act the maire takes in the name of the State: its voies de recours are those of the text it applies.
    const state = mentionOf(act, 'state-agent');
    const r = act.recours;
    if (!r) {
      // The reader may miss a mention in a flattened or unusual layout: it saw its words.
      if (mentionOf(act, 'recours-words')) return [];
      // A délibération that only takes note (of the décisions the maire reports, of a report), or the procès-verbal of
      // a séance, decides nothing a tribunal could annul.
      // An act in the name of the State: the route of the text it applies, not the tribunal administratif's two months.
      if (state) {
        return [{
          range: anchorForMissing(act),
          severity: state.value === 'liste-electorale' ? (individual ? 'error' : undefined) : 'information',
          message: state.value === 'liste-electorale'
            ? `${REC_001_MISSING} : une décision du maire sur la liste électorale se conteste par un recours administratif préalable obligatoire devant la commission de contrôle, dans les cinq jours de sa notification, puis devant le tribunal judiciaire (code électoral, art. L. 18 et L. 20) ; indiquez-le dans la décision notifiée.`
            : `${REC_001_MISSING} : l’acte est pris au nom de l’État ; indiquez les voies et délais de recours que prévoit le texte qu’il applique.`,
        }];
      }
      // (From what the délai runs for this act: its notification to the person it concerns, its publication, or either.)
      const from = individual || favourableOnRequest ? 'de sa notification' : published ? 'de sa publication' : 'de sa publication ou de sa notification';
      const fix = recoursArticleFix(ctx, from);
      const seat = expectedTribunal(ctx)?.seat;
      const add = `ajoutez que l’acte peut faire l’objet d’un recours contentieux devant le tribunal administratif ${seat ? tribunalOf(seat) : 'de <ville>'} dans un délai de deux mois à compter ${from}`;
      const effect = individual
        ? 'Sans cette mention, le délai de recours n’est pas opposable au destinataire de cette décision individuelle (CJA, art. R. 421-5) : il peut agir pendant un délai raisonnable, en principe un an.'
        : favourableOnRequest
          ? 'Pour une décision favorable prise à la demande de son bénéficiaire, l’absence de la mention ne fait que laisser ouvert le délai de ce bénéficiaire (CJA, art. R. 421-5) ; elle reste recommandée dans la notification.'
        : delegated
          ? 'Une décision prise par délégation du conseil (contrat, marché, action en justice) n’est notifiée à personne qu’elle concerne : le délai des tiers court de sa publication ; la mention reste recommandée.'
        : published
          ? 'Pour un acte réglementaire ou une délibération publiés, le délai court à compter de la publication même sans cette mention, qui reste recommandée ; elle est indispensable dans la notification d’une décision individuelle (CJA, art. R. 421-1 et R. 421-5).'
          : 'Si l’acte est individuel, le délai de recours n’est pas opposable à son destinataire sans cette mention (CJA, art. R. 421-5) ; s’il est réglementaire, le délai court dès sa publication, mais la mention reste recommandée.';
      return [{
        range: anchorForMissing(act),
        severity: individual ? 'error' : published || favourableOnRequest || delegated ? 'information' : undefined,
        message: `${REC_001_MISSING} : ${add}. ${effect}`,
        fixes: fix ? [fix] : [],
      }];
    }
    // The electoral list: a refusal of inscription or a radiation is contested before the commission de contrôle within
    // five days, then before the tribunal judiciaire (code électoral, art. L. 18 and L. 20), not the tribunal administratif.
    if (state?.value === 'liste-electorale') {
      if (!r.tribunalNamed) return [];
      return [{ range: r.range, message: 'Une décision du maire sur la liste électorale se conteste d’abord par un recours administratif préalable obligatoire devant la commission de contrôle, dans les cinq jours de sa notification, puis devant le tribunal judiciaire (code électoral, art. L. 18 et L. 20) : corrigez la mention des voies et délais de recours, qui renvoie au tribunal administratif.' }];
    }
    // A mention that sends to the judicial order, as the law the act applies does (the juge judiciaire of soins
    // psychiatriques sans consentement, CSP L. 3216-1): no tribunal administratif nor its two months to ask for.
    if (r.judicial) return [];
    // (Nor one that sends to the jurisdiction the law gives the matter: the commission du contentieux du stationnement
    // payant, within one month, CGCT L. 2333-87-2.)
    if (r.specialJurisdiction) return [];
    // Another act in the name of the State (an attestation d'accueil, the bureaux de vote, the état civil): a recours
    // préalable, a délai or a juge of its own text is no defect of the mention.
    if (state && (r.otherDelay || !r.tribunalNamed)) return [];
    // (A mention that sends to the tribunal de la tarification, abolished: REC-002 says what replaces it, délai included.)
    const refDate = referenceDate(act);
    if (mentionOf(act, 'titss') && refDate && refDate >= TARIFICATION_REFORM) return [];
    const out: Finding[] = [];
    // (A mention that lacks its tribunal or its délai is not worse than none: for an act whose délai runs from its
    // publication without the mention, an information too.)
    const lesser = !individual && (published || favourableOnRequest || delegated) ? 'information' as const : undefined;
    if (!r.tribunalNamed) {
      out.push({ range: r.range, severity: lesser, message: 'La mention des recours ne nomme pas le tribunal administratif compétent : précisez « devant le tribunal administratif de <ville> » (CJA, art. R. 421-5 ; la notification doit indiquer la juridiction).' });
    }
    // « un délai d’un mois », « un délai de quinze jours ».
    const other = r.otherDelay ? `un délai ${/^[aeiouyéh]/i.test(r.otherDelay) ? 'd’' : 'de '}${r.otherDelay}` : null;
    if (!r.delay && r.electoralDelay && (act.election || state?.value === 'elections' || r.ofElection)) {
      // An election or a designation by the conseil is contested as an election, within five days (code électoral,
      // art. R. 119; CGCT, art. L. 2122-13 and L. 5211-2 for the maire, the président and their adjoints or vice-présidents),
      // and so is what the maire decides to hold one (the bureaux de vote): with the election. (A mention that names the
      // election, written once at the end of a procès-verbal, is the election's, not that of the point it closes.)
    } else if (!r.delay && other && r.delayBasis) {
      // A special delay the mention grounds on a text (tarification, urbanisme, elections…): to be checked, not wrong.
      out.push({ range: r.range, severity: 'information', message: `La mention des recours donne ${other}, en application du texte qu’elle cite : vérifiez que ce texte déroge bien au délai de deux mois du droit commun (CJA, art. R. 421-1).` });
    } else if (!r.delay) {
      // (A délai written wrong misleads whoever reads it, whatever the act: a warning.)
      const at = r.otherDelaySpan;
      // (« d'un mois » → « de deux mois »; « sous quinze jours » → « sous deux mois ».)
      const two = at ? (/^d/i.test(ctx.text.slice(at.start, at.start + 1)) ? 'de deux mois' : 'deux mois') : null;
      out.push({
        range: r.range,
        severity: other ? undefined : lesser,
        message: other
          ? `La mention des recours donne ${other} : le délai du recours contentieux est de deux mois, écrivez « dans un délai de deux mois » (CJA, art. R. 421-1).`
          : 'La mention des recours ne donne pas le délai : précisez « dans un délai de deux mois » (CJA, art. R. 421-1).',
        fixes: at && two ? [{ title: `Écrire « ${two} »`, preferred: true, edits: [{ range: ctx.index.range(at.start, at.end), newText: two }] }] : [],
      });
    }
    if (!r.startStated) {
      // (After the délai, from what runs for this act: its notification, or its publication.)
      const after = r.delaySpan;
      const fixes = after ? (individual || favourableOnRequest ? ['sa notification'] : published || delegated ? ['sa publication'] : ['sa publication', 'sa notification']).map((what, k) => ({
        title: `Ajouter « à compter de ${what} »`, preferred: k === 0,
        edits: [{ range: ctx.index.range(after.end, after.end), newText: ` à compter de ${what}` }],
      })) : [];
      out.push({ range: r.range, severity: 'information', message: 'La mention des recours ne dit pas d’où court le délai : ajoutez « à compter de sa notification » ou « à compter de sa publication » (CJA, art. R. 421-1).', fixes });
    }
    return out;
  },
};

const norm = (s: string) => fold(s).replace(/[^a-z]/g, '');

export const REC_002: DocumentedRule = {
  id: 'REC-002',
  title: 'Le tribunal administratif nommé est celui du ressort où l’auteur de l’acte a son siège.',
  kinds: 'all',
  severity: 'warning',
  source: { label: 'CJA, art. R. 312-1 et R. 221-3', url: CJA_URL },
  status: 'confirmed',
  doc: { details: 'Le tribunal attendu est, dans l’ordre : celui du profil (`tribunal`), Paris pour la Métropole du Grand Paris (siège à Paris), sinon celui du département de la collectivité (profil, ligne « Département de … », code de l’identifiant de télétransmission), d’après le tableau de l’article R. 221-3 du code de justice administrative. Des exceptions existent (immeubles : R. 312-7…) : avertissement seulement. Correctif : remplacer le nom du tribunal. La tarification des établissements et services sociaux et médico-sociaux (objet, ou visa des articles L. 314-x et R. 314-x du code de l’action sociale et des familles) relève depuis le 1er janvier 2025 de neuf tribunaux administratifs désignés (décret n° 2024-1168 du 6 décembre 2024) : information seulement quand le tribunal nommé n’est pas celui du département ; avertissement quand la mention renvoie encore au tribunal interrégional de la tarification sanitaire et sociale, supprimé (loi n° 2023-1059 du 20 novembre 2023, art. 56).' },
  check(ctx) {
    const r = ctx.act.recours;
    // The tribunaux interrégionaux de la tarification sanitaire et sociale judged the tarification until 31 December 2024.
    const titss = mentionOf(ctx.act, 'titss');
    const date = referenceDate(ctx.act);
    if (titss && date && date >= TARIFICATION_REFORM) {
      return [{
        range: ctx.index.range(titss.start, titss.end),
        message: 'Les tribunaux interrégionaux de la tarification sanitaire et sociale sont supprimés depuis le 1er janvier 2025 (loi n° 2023-1059 du 20 novembre 2023, art. 56) : le recours se porte devant le tribunal administratif que désigne le code de justice administrative pour la région (décret n° 2024-1168 du 6 décembre 2024), dans un délai de deux mois.',
      }];
    }
    if (!r?.tribunal) return [];
    // (A tribunal the mention grounds on a text of special jurisdiction, the tarification's R. 312-10-1: not the seat's.)
    if (r.tribunalBasis) return [];
    // The tarification of a social or medico-social établissement: one of the tribunaux the CJA designates since 2025, not
    // always the département's.
    if (mentionOf(ctx.act, 'tarification-act') && (!date || date >= TARIFICATION_REFORM)) {
      const exp = expectedTribunal(ctx);
      if (exp && norm(r.tribunal) === norm(exp.seat)) return [];
      return [{
        range: r.tribunalSpan?.range ?? r.range,
        severity: 'information',
        message: `Le contentieux de la tarification des établissements et services sociaux et médico-sociaux relève, depuis le 1er janvier 2025, d’un des tribunaux administratifs que désigne le code de justice administrative (décret n° 2024-1168 du 6 décembre 2024) : vérifiez que le tribunal ${writtenTribunalOf(r.tribunal)} est celui que désigne ce décret pour la région.`,
      }];
    }
    const exp = expectedTribunal(ctx);
    if (!exp) return [];
    const written = norm(r.tribunal);
    const want = norm(exp.seat);
    if (!written || written === want || written.startsWith(want) || want.startsWith(written)) return [];
    // Overseas, the tribunal is named after its territory (« tribunal administratif de la Guadeloupe », « de La
    // Réunion », « de Mayotte »), not its seat.
    const d = departementOf(ctx);
    if (d && /^97/.test(d.code) && norm(d.name).endsWith(written)) return [];
    let range = r.tribunalSpan?.range ?? r.range;
    const asWritten = r.tribunalSpan?.text ?? r.tribunal;
    // The fix replaces the name with its « de » (« de Dijon » → « de Besançon », « de la Guadeloupe » → « de la
    // Martinique », « de Fort-de-France » → « de la Martinique »), in capitals when it was written so.
    let newText = exp.seat;
    if (r.tribunalSpan) {
      const at = ctx.index.offsetAt(range.start);
      const de = /(?:\bd['’]|\bde[ \t]+(?:la[ \t]+|l['’])?|\bdu[ \t]+)$/i.exec(ctx.text.slice(Math.max(0, at - 8), at));
      if (de) {
        range = { start: ctx.index.positionAt(at - de[0].length), end: range.end };
        newText = tribunalOf(exp.seat);
      }
    }
    if (asWritten === asWritten.toUpperCase()) newText = newText.toUpperCase();
    return [{
      range,
      // (From the commune where an EPCI's act is made, its seat as a rule but not always: to check, not a warning.)
      severity: departementOf(ctx)?.from === 'place' ? 'information' : undefined,
      message: `Le tribunal administratif compétent est celui ${tribunalOf(exp.seat)}, pas celui ${writtenTribunalOf(r.tribunal)} : ${exp.why} (CJA, art. R. 312-1 et R. 221-3).`,
      fixes: r.tribunalSpan ? [{ title: `Remplacer par « ${newText} »`, preferred: true, edits: [{ range, newText }] }] : [],
    }];
  },
};

/** The day the tarification's disputes went to the tribunaux administratifs (loi n° 2023-1059, art. 56; décret n° 2024-1168). */
const TARIFICATION_REFORM = '2025-01-01';

export const REC_003: DocumentedRule = {
  id: 'REC-003',
  title: 'Mention facultative de l’application Télérecours citoyens (www.telerecours.fr), correctement nommée.',
  kinds: 'all',
  severity: 'information',
  source: { label: 'CJA, art. R. 414-2 (téléservice pour les personnes non représentées)', url: CJA_URL },
  status: 'secondary',
  doc: { details: 'Information si la mention existe mais donne une autre adresse que www.telerecours.fr ; simple suggestion (niveau « hint ») quand la mention des recours ne la cite pas, puisqu’elle est facultative. Correctif : la phrase sur Télérecours citoyens, après la mention.' },
  check(ctx) {
    const r = ctx.act.recours;
    if (!r) return [];
    if (r.telerecours) {
      const url = r.telerecoursUrl;
      const written = url ? fold(url.text) : '';
      if (url && !/^(?:https?:\/\/)?(?:www\.)?telerecours\.fr$/.test(written)) {
        return [{ range: url.range, message: `L’adresse de Télérecours citoyens est www.telerecours.fr (et non « ${written} »).` }];
      }
      return [];
    }
    // (Not a mention that sends to the juge judiciaire, nor one of the electoral list, which goes there: Télérecours
    // citoyens serves the administrative courts.)
    if (r.judicial || r.specialJurisdiction || mentionOf(ctx.act, 'state-agent')?.value === 'liste-electorale') return [];
    // (The sentence after the mention's last one, in the act's apostrophes.)
    const end = ctx.index.offsetAt(r.range.end);
    const last = ctx.text[end - 1];
    const sentence = asWritten(ctx, `${last === ';' ? 'l' : 'L'}e tribunal administratif peut être saisi par l’application Télérecours citoyens accessible sur le site www.telerecours.fr${last === ';' ? ' ;' : '.'}`);
    return [{
      range: r.range, severity: 'hint',
      message: 'Facultatif : le tribunal administratif peut aussi être saisi par l’application Télérecours citoyens accessible sur le site www.telerecours.fr (CJA, art. R. 414-2).',
      fixes: () => [{ title: 'Ajouter la phrase sur Télérecours citoyens', edits: [{ range: ctx.index.range(end, end), newText: (last === '.' || last === ';' ? ' ' : '. ') + sentence }] }],
    }];
  },
};

export const REC_004: DocumentedRule = {
  id: 'REC-004',
  title: 'Une mention du recours gracieux précise qu’il interrompt le délai de recours contentieux (et non qu’il le suspend).',
  kinds: 'all',
  severity: 'information',
  source: { label: 'CRPA, art. L. 411-2 ; CJA, art. R. 421-2', url: null, code: 'CRPA', article: 'L411-2' },
  status: 'secondary',
  doc: { details: 'La mention d’un recours gracieux ou hiérarchique est facultative, mais ne doit pas induire en erreur : le recours gracieux interrompt le délai contentieux, qui repart en entier de la décision de rejet, explicite ou implicite (silence de deux mois, R. 421-2). Écrire qu’il le « suspend » (le délai reprendrait là où il s’était arrêté) trompe le lecteur sur le temps dont il dispose : avertissement, avec la correction « interrompt ».' },
  check(ctx) {
    const r = ctx.act.recours;
    if (!r?.gracieux) return [];
    // « suspend le délai » misstates the law; « n’est pas suspensif » (of the act's execution) is right.
    const wrong = r.gracieuxSuspends;
    if (wrong) {
      const verb = fold(wrong.text);
      const replacement = verb === 'suspendre' ? 'interrompre' : verb === 'suspendent' ? 'interrompent' : verb.startsWith('suspendrait') ? 'interromprait' : verb.startsWith('suspendra') ? 'interrompra' : 'interrompt';
      const range = wrong.range;
      return [{
        range,
        severity: 'warning',
        message: `Le recours gracieux ne « suspend » pas le délai de recours contentieux : il l’interrompt, et un nouveau délai de deux mois court en entier à compter de la réponse (un silence de deux mois vaut rejet) (CRPA, art. L. 411-2 ; CJA, art. R. 421-2). Écrivez « ${replacement} ».`,
        fixes: [{ title: `Écrire « ${replacement} »`, preferred: true, edits: [{ range, newText: replacement }] }],
      }];
    }
    if (r.gracieuxInterrupts) return [];
    return [{ range: r.range, message: 'Précisez que le recours gracieux interrompt le délai de recours contentieux, qui repart de la réponse (un silence de deux mois vaut rejet) : sans cette précision, l’auteur du recours peut croire le délai écoulé (CRPA, art. L. 411-2 ; CJA, art. R. 421-2).' }];
  },
};

/** Starting points that run for nobody but the préfet, or for nobody at all (the recours reader says which). */
const WRONG_START: Readonly<Partial<Record<NonNullable<Recours['startingPointKind']>, string>>> = {
  transmission: 'sa transmission au représentant de l’État, qui fait courir le délai du seul préfet',
  certification: 'sa certification (le « rendu exécutoire »), qui n’est qu’une attestation de l’auteur',
  signature: 'sa signature, que le public ne connaît pas',
};

export const REC_005: DocumentedRule = {
  id: 'REC-005',
  title: 'Le délai de recours court à compter de la publication (acte réglementaire, délibération) ou de la notification (décision individuelle), non de la transmission, de la certification ou de la signature.',
  kinds: 'all',
  severity: 'warning',
  source: { label: 'CJA, art. R. 421-1 et R. 421-5 ; CGCT, art. L. 2131-1', url: CJA_URL },
  status: 'secondary',
  doc: { details: 'Avertissement quand la mention des recours fait courir le délai de la seule transmission au préfet, de la certification ou de la signature, sans nommer la publication ni la notification : le délai des tiers ne court pas de ces formalités, et la mention trompe sur la date limite. « À compter de sa transmission au représentant de l’État et de sa publication » reste correct. Information quand une délibération ne fait courir le délai que de sa notification : publiée, elle fait courir le délai des tiers à compter de sa publication. Correctif : « sa publication » ou « sa notification » à la place du point de départ.' },
  check(ctx) {
    const r = ctx.act.recours;
    const start = r?.startingPointKind;
    if (!r || !start) return [];
    // « à compter de sa transmission au représentant de l’État et de sa publication » is right.
    const why = WRONG_START[start];
    if (why && !r.startAlsoPublic) {
      // (Publication for a délibération, a police arrêté or a décision by délégation, notification for an act notified
      // to the person it concerns.)
      const at = r.startingPointSpan;
      const act = ctx.act;
      const to = addressees(act);
      const notified = to.individual || to.favourableOnRequest;
      // (One choice when the act's addressees say it; both when they do not.)
      const order = notified ? ['sa notification'] : to.published || to.delegated ? ['sa publication'] : ['sa publication', 'sa notification'];
      return [{
        range: r.range,
        message: `Le délai de recours ne court pas à compter de ${why} : écrivez « à compter de sa publication » (acte réglementaire, délibération) ou « à compter de sa notification » (décision individuelle) (CJA, art. R. 421-1).`,
        fixes: at ? order.map((what, k) => ({ title: `Écrire « à compter de ${what} »${what === 'sa publication' ? ' (acte réglementaire, délibération)' : ' (décision individuelle)'}`, preferred: k === 0, edits: [{ range: ctx.index.range(at.start, at.end), newText: what }] })) : [],
      }];
    }
    if (isDeliberation(ctx.act.kind) && start === 'notification' && !r.publicationNamed) {
      return [{
        range: r.range,
        severity: 'information',
        message: 'Une délibération publiée fait courir le délai de recours des tiers à compter de sa publication : écrivez « à compter de sa publication ou de sa notification » (la notification ne vaut que pour les personnes à qui elle est adressée) (CJA, art. R. 421-1).',
      }];
    }
    return [];
  },
};

/** An election of the maire, the adjoints, the président or the bureau: the electoral contest applies (REC-006). */
/**
 * The election of the maire, an adjoint, the président or a vice-président of a commune or an EPCI (L. 2122-13,
 * L. 5211-2): contested as an election. Not one inside an établissement that is no EPCI (a CCAS's vice-président).
 */
export const isElectoral = (act: import('../model').Act) => act.election !== null && act.election.kind !== 'representants' && act.authorBody !== 'etablissement';

export const REC_006: DocumentedRule = {
  id: 'REC-006',
  display: 'essentiel',
  title: 'L’élection du maire, des adjoints, du président ou des membres du bureau se conteste dans les cinq jours (contentieux électoral), non dans le délai de deux mois.',
  kinds: ['deliberation-cm', 'deliberation-epci-conseil', 'deliberation-epci-bureau'],
  severity: 'warning',
  source: { label: 'CGCT, art. L. 2122-13 ; code électoral, art. R. 119', url: null, code: 'CGCT', article: 'L2122-13' },
  status: 'secondary',
  doc: { details: 'L’élection du maire et des adjoints peut être arguée de nullité dans les conditions, formes et délais des réclamations contre l’élection des conseillers municipaux (L. 2122-13) : réclamation devant le tribunal administratif dans les cinq jours qui suivent l’élection (code électoral, art. R. 119) ; les EPCI appliquent ces règles à leur président et à leur bureau (L. 5211-2). Avertissement quand l’acte annonce le délai de deux mois du recours pour excès de pouvoir ; information quand il ne mentionne aucun recours (le délai électoral court sans mention). REC-001 se tait sur ces actes. Correctif : « cinq jours à compter de l’élection ».' },
  check(ctx) {
    const { act } = ctx;
    if (!isElectoral(act)) return [];
    const r = act.recours;
    // An EPCI applies the maire's rules to its président and bureau (L. 5211-2): the message says by which article.
    const cite = act.kind.startsWith('deliberation-epci') ? 'CGCT, art. L. 2122-13, applicable aux EPCI par l’art. L. 5211-2 ; code électoral, art. R. 119' : 'CGCT, art. L. 2122-13 ; code électoral, art. R. 119';
    // (The five days stated for the election, and two months for the rest of the délibération, is right.)
    if (r?.delay && !r.electoralDelay) {
      // « deux mois à compter de sa publication » → « cinq jours à compter de l'élection ».
      const edits = r.delaySpan ? [{ range: ctx.index.range(r.delaySpan.start, r.delaySpan.end), newText: 'cinq jours' }] : [];
      if (edits.length && r.startingPointSpan) edits.push({ range: ctx.index.range(r.startingPointSpan.start, r.startingPointSpan.end), newText: asWritten(ctx, 'l’élection') });
      return [{
        range: r.range,
        message: `La mention des recours annonce un délai de ${r.delay} : l’élection se conteste devant le tribunal administratif dans les cinq jours qui suivent l’élection (${cite}). Corrigez le délai : la mention actuelle induit en erreur sur la date limite.`,
        fixes: edits.length ? [{ title: r.startingPointSpan ? 'Écrire « cinq jours à compter de l’élection »' : 'Écrire « cinq jours »', preferred: true, edits }] : [],
      }];
    }
    if (r) return [];
    return [{
      range: act.election!.range,
      severity: 'information',
      message: `L’élection peut être contestée devant le tribunal administratif dans les cinq jours qui suivent l’élection (${cite}) : si l’acte mentionne les voies de recours, c’est ce délai qu’il indique, non celui de deux mois.`,
    }];
  },
};
