// SIG: who signs, legibly, and with what delegation.
// The rules judge the model only: the signatories the signature reader saw (with their quality, a délégation near
// them, their place on the line) and its mentions (`named-signer`, `delegation-visa`).
import type { Finding, Fix } from './rule';
import type { Act } from '../model';
import { anchorForMissing, isDeliberation } from './util';
import { type DocumentedRule, explanation, derived, isEpci, looksLikeAct, mandateEnded, mentionOf } from './support';
import { frenchDate } from '../text';
import { signatureFix } from './fixes';

/** Beginning of SIG-001's message when no signatory is found (used by the corpus test). */
export const SIG_001_MISSING = 'Signataire non identifié';

export const SIG_001: DocumentedRule = {
  id: 'SIG-001',
  missing: 'signatories',
  title: 'La signature est accompagnée du prénom, du nom et de la qualité de son auteur.',
  kinds: 'all',
  severity: 'error',
  source: { label: 'CRPA, art. L. 212-1 ; CGCT, art. R. 2131-1 (version publiée)', url: null, code: 'CRPA', article: 'L212-1' },
  status: 'confirmed',
  doc: { details: 'Erreur si le prénom et le nom, ou la qualité, du signataire manquent. Pour une délibération, un secrétaire de séance identifié suffit à lever le doute sur l’identité des signataires (SEA-010 vérifie la double signature), de même qu’un « Le Président, » ou « Le Maire, » sans nom quand le bloc de la séance nomme son président. Avant de conclure à l’absence, la règle cherche un « Prénom NOM » près d’une qualité ou d’une mention « signé électroniquement par » : sur un texte issu d’OCR, elle préfère se taire. Correctif : insérer le bloc de signature du profil (`actes.collectivite.signataire`).' },
  check(ctx) {
    const { act } = ctx;
    if (!looksLikeAct(act)) return [];
    const authors = act.signatories.filter((s) => s.role === 'author');
    if (authors.some((s) => s.name && s.quality)) return [];
    if (isDeliberation(act.kind)) {
      if (act.signatories.some((s) => s.name && s.quality)) return [];
      // The séance block names the secrétaire de séance, who signs with the président (CGCT, art. L. 2121-23).
      if (act.seance?.secretary) return [];
      // « Le Président, » with no name under it, the président de séance named in the séance block: he signs.
      if (act.seance?.president && authors.length > 0 && authors.every((s) => s.name || s.head)) return [];
    }
    // A legible « Prénom NOM » near a quality or an e-signature stamp after the dispositif.
    if (mentionOf(act, 'named-signer')) return [];
    const fix = signatureFix(ctx);
    const fixes: Fix[] = fix ? [fix] : [];
    if (authors.length === 0) {
      return [{
        range: anchorForMissing(act),
        message: `${SIG_001_MISSING} : indiquez sous « Fait à … » la qualité (« Le Maire », « Le Président »…), puis le prénom et le NOM du signataire (CRPA, art. L. 212-1). Ces mentions doivent aussi figurer dans la version publiée (CGCT, art. R. 2131-1).`,
        fixes,
      }];
    }
    const out: Finding[] = [];
    for (const s of authors) {
      if (!s.name && s.surname) out.push({ range: s.range, message: `Le prénom du signataire manque sous « ${s.quality} » : écrivez « Prénom ${s.surname} » plutôt que la seule civilité et le nom (CRPA, art. L. 212-1).`, fixes });
      else if (!s.name) out.push({ range: s.range, message: `Le prénom et le nom du signataire manquent après « ${s.quality} » : écrivez-les en clair sous la qualité (CRPA, art. L. 212-1).`, fixes });
      else if (!s.quality) out.push({ range: s.range, message: `La qualité du signataire ${s.name} manque : précisez « Le Maire », « L’Adjoint délégué »… (CRPA, art. L. 212-1).`, fixes });
    }
    return out.slice(0, 1);
  },
};

export const SIG_002 = explanation(
  'SIG-002',
  'Signature électronique : procédé conforme au référentiel général de sécurité, qui identifie le signataire et garantit le lien avec l’acte.',
  { label: 'CRPA, art. L. 212-2 et L. 212-3 ; ordonnance n° 2005-1516 du 8 décembre 2005, art. 9', url: null, code: 'CRPA', article: 'L212-3' },
  'confirmed',
  'Explication seulement : l’outil ne peut pas vérifier la cryptographie. Une mention « signé électroniquement par … » ne dispense pas d’écrire le prénom, le nom et la qualité (SIG-001). Certaines décisions en sont dispensées (L. 212-2 : décisions notifiées par téléservice, actes RH produits par un système d’information…), cas rares pour ces actes.',
);

/** A signatory's quality without the délégation written before it: « Pour le Maire et par délégation, Le premier adjoint » → « Le premier adjoint ». */
const qualityAlone = (quality: string) => quality.replace(/^\s*(?:pour|p\s*\/)\s*(?:l[ea]\s+|l['’]\s*)?\S+(?:\s+(?:empêchée?|absente?))?(?:\s+et)?(?:\s+par\s+délégation)?\s*,?\s*/iu, '') || quality;

export const SIG_003: DocumentedRule = {
  id: 'SIG-003',
  title: 'Un signataire autre que le maire ou le président fait apparaître sa délégation (« Pour le Maire et par délégation »).',
  kinds: ['arrete-maire', 'decision-maire', 'arrete-president', 'decision-president'],
  severity: 'warning',
  source: { label: 'CGCT, art. L. 2122-18, L. 2122-19, L. 2122-23 et L. 5211-9', url: null, code: 'CGCT', article: 'L2122-18' },
  status: 'confirmed',
  doc: { details: 'Adjoints et conseillers reçoivent une délégation de fonctions par arrêté (L. 2122-18), les DGS, DGA et chefs de service une délégation de signature (L. 2122-19) ; pour un EPCI, L. 5211-9. Une décision prise par délégation du conseil (L. 2122-22) peut être signée par un adjoint délégué sauf disposition contraire de la délibération (L. 2122-23). Viser l’arrêté de délégation (« Vu l’arrêté n° … portant délégation de fonction ») est recommandé. Avertissement aussi quand l’arrêté de délégation visé précède le début du mandat en cours (profil, « debutMandat ») ou, sans lui, le dernier renouvellement général des conseils municipaux : la délégation a pris fin avec le mandat au cours duquel le maire l’a donnée. Le directeur d’une régie dotée de la personnalité morale ou d’un office de tourisme signe en son nom propre (R. 2221-22, R. 2221-28 ; code du tourisme, R. 133-13) : non jugé.' },
  check(ctx) {
    const { act } = ctx;
    const out: Finding[] = [];
    const visaDelegation = !!mentionOf(act, 'delegation-visa');
    const president = act.kind.endsWith('-president');
    // (An adjoint who stands in for the prevented maire signs by suppléance, L. 2122-17: no délégation to write.)
    if (mentionOf(act, 'head-prevented')) return [];
    // The arrêté of délégation visé was signed by the maire of the mandate before: a délégation of functions or of
    // signature ends with the mandate of the maire who gave it (L. 2122-18, L. 2122-19).
    const visa = mentionOf(act, 'delegation-visa');
    const ended = visa?.value && !president ? mandateEnded(ctx, visa.value) : null;
    const before = ended ? (ended.outgoing ? `l’élection du maire par le conseil élu en ${ended.renewal} (au plus tôt le ${frenchDate(ended.outgoing)}, CGCT, art. L. 2121-7 et L. 2122-8)` : ended.renewal ? `le renouvellement général des conseils municipaux de ${ended.renewal}` : `le début du mandat en cours (${frenchDate(ended.since)})`) : null;
    // (Not an arrêté that delegates anew, which cites the délégation it replaces: SIG-006 judges who signs it.)
    if (visa && before && !mentionOf(act, 'delegating-act') && act.signatories.some((s) => s.role === 'author' && s.delegate)) {
      return [{
        range: ctx.index.range(visa.start, visa.end),
        message: `L’arrêté de délégation visé (${frenchDate(visa.value!)}) précède ${before} : la délégation de fonctions ou de signature a pris fin avec le mandat au cours duquel le maire l’a donnée, même réélu (CGCT, art. L. 2122-18 et L. 2122-19). Visez l’arrêté de délégation pris par le maire en fonctions.`,
      }];
    }
    for (const s of act.signatories) {
      if (s.role !== 'author' || !s.quality || !s.delegate) continue;
      // (The directeur of a régie dotée de la personnalité morale or of an office de tourisme is its legal representative
      // and acts in his own right, CGCT R. 2221-22 and R. 2221-28, code du tourisme R. 133-13: no one's délégation.)
      if (act.authorBody === 'etablissement' && /^(?:l[ea]\s+)?directeur|^(?:l[ea]\s+)?directrice/i.test(s.quality)) continue;
      if (s.delegated || visaDelegation || s.delegationNear) continue;
      out.push({
        range: s.range,
        message: president
          ? `« ${s.quality} » signe sans mention de délégation : s’il agit par délégation du président, écrivez « Pour le Président et par délégation, » au-dessus de la qualité et visez l’arrêté qui la lui donne (CGCT, art. ${delegatingArticle(act.authorBody)}) ; sans délégation, il n’est pas compétent pour signer cet acte.`
          : `« ${s.quality} » signe sans mention de délégation : s’il agit par délégation du maire, écrivez « Pour le Maire et par délégation, » au-dessus de la qualité et visez l’arrêté qui la lui donne (CGCT, art. ${/adjoint|conseill/i.test(s.quality) ? 'L. 2122-18' : 'L. 2122-18 pour un élu, L. 2122-19 pour un agent'}) ; s’il remplace le maire absent ou empêché, « Pour le Maire empêché » (L. 2122-17). Sans délégation ni empêchement, il n’est pas compétent pour signer cet acte.`,
      });
    }
    return out.slice(0, 1);
  },
};

export const SIG_004 = explanation(
  'SIG-004',
  'Signature des délibérations par le maire et le ou les secrétaires de séance : voir SEA-010.',
  { label: 'CGCT, art. L. 2121-23', url: null, code: 'CGCT', article: 'L2121-23' },
  'secondary',
  'Renvoi : la vérification est faite par SEA-010 (et EPCI-006 pour le bureau).', ['deliberation-cm', 'deliberation-epci-conseil', 'deliberation-epci-bureau'],
);

export const SIG_005: DocumentedRule = {
  id: 'SIG-005',
  missing: 'signatories',
  title: 'Une délibération porte la signature du maire (ou du président de séance), nommé, et non celle du seul secrétaire de séance.',
  kinds: ['deliberation-cm', 'deliberation-epci-conseil', 'deliberation-epci-bureau'],
  severity: 'warning',
  source: { label: 'CGCT, art. L. 2121-23 ; CRPA, art. L. 212-1', url: null, code: 'CGCT', article: 'L2121-23' },
  status: 'secondary',
  doc: { details: 'Deux cas que SIG-001 ne couvre pas (pour une délibération, un secrétaire de séance nommé lui suffit) : la délibération n’est signée que par le secrétaire de séance, sans le maire ou le président ; ou la qualité « Le Maire, » est écrite seule en début de ligne, sans prénom ni nom, à côté d’un secrétaire nommé. Avertissement : les délibérations sont signées par le maire et le ou les secrétaires (L. 2121-23, depuis le 1er juillet 2022 ; auparavant par les membres présents : les délibérations antérieures ne sont pas contrôlées), et le prénom, le nom et la qualité du signataire doivent se lire (CRPA, art. L. 212-1). Une signature manquante est un vice de forme sans effet sur le caractère exécutoire. Sur un extrait, c’est le maire qui certifie la copie : vérifier le registre.' },
  check(ctx) {
    const { act } = ctx;
    if (!act.complete || act.signatories.length === 0 || derived(ctx).flattened && act.signatories.every((s) => s.role === 'author')) return [];
    // Before 1 July 2022 the members present signed the register; the rule reads the current L. 2121-23.
    const date = act.date;
    if (date && date < '2022-07-01') return [];
    const authors = act.signatories.filter((s) => s.role === 'author');
    const secretaries = act.signatories.filter((s) => s.role === 'secretary');
    if (authors.length === 0 && secretaries.some((s) => s.name)) {
      const s = secretaries[0];
      const epci = isEpci(ctx);
      return [{
        range: s.range,
        message: epci
          ? `Seul le secrétaire de séance (${s.name}) signe${act.extract ? ' cette copie' : ''} : une délibération est signée par le président (ou le président de séance) et par le ou les secrétaires de séance (CGCT, art. L. 2121-23 et L. 5211-1)${act.extract ? ', et l’extrait est certifié par le président' : ''}. Ajoutez « Le Président, <prénom NOM> »${act.extract ? ', et vérifiez les signatures au registre' : ''}.`
          : `Seul le secrétaire de séance (${s.name}) signe${act.extract ? ' cette copie' : ''} : une délibération est signée par le maire (ou le président de séance) et par le ou les secrétaires de séance (CGCT, art. L. 2121-23)${act.extract ? ', et l’extrait est certifié par le maire' : ''}. Ajoutez « Le Maire, <prénom NOM> »${act.extract ? ', et vérifiez les signatures au registre' : ''}.`,
      }];
    }
    // « Le Maire, » alone on its line, no name, beside a named secrétaire (SIG-001 is silent then).
    if (!secretaries.some((s) => s.name)) return [];
    const bare = authors.find((s) => !s.name && s.quality && s.opensLine);
    if (!bare || authors.some((s) => s.name)) return [];
    return [{
      range: bare.range,
      message: `« ${bare.quality} » signe sans prénom ni nom : écrivez-les en clair sous la qualité (CRPA, art. L. 212-1 ; la délibération est signée par ${isEpci(ctx) ? 'le président' : 'le maire'} et le ou les secrétaires de séance, CGCT, art. L. 2121-23).`,
    }];
  },
};

/** The article that lets a président delegate his functions or his signature: a département's, a région's, an EPCI's. */
function delegatingArticle(body: Act['authorBody']): string {
  return body === 'departement' ? 'L. 3221-3' : body === 'region' ? 'L. 4231-3' : 'L. 5211-9';
}

export const SIG_006: DocumentedRule = {
  id: 'SIG-006',
  title: 'Un arrêté qui délègue des fonctions ou la signature est signé par le maire (ou le président) lui-même, pas par un délégué.',
  kinds: ['arrete-maire', 'arrete-president'],
  severity: 'error',
  source: { label: 'CGCT, art. L. 2122-18, L. 2122-19 et L. 5211-9', url: null, code: 'CGCT', article: 'L2122-18' },
  status: 'secondary',
  doc: { details: 'Seul le maire délègue une partie de ses fonctions (L. 2122-18) ou sa signature (L. 2122-19) ; pour un EPCI, le président (L. 5211-9) ; pour un département ou une région, le président du conseil (L. 3221-3, L. 4231-3). Un adjoint ou un agent qui signe « par délégation » l’arrêté qui délègue sous-délègue ce qu’il a reçu : l’arrêté est entaché d’incompétence. Un adjoint qui signe « pour le maire empêché » (suppléance, L. 2122-17) n’est pas signalé. Erreur aussi pour une délégation de signature à un membre du cabinet (directeur ou chef de cabinet), que L. 2122-19 et L. 5211-9 ne nomment pas.' },
  check(ctx) {
    const { act } = ctx;
    const delegating = mentionOf(act, 'delegating-act');
    if (!delegating) return [];
    const out: Finding[] = [];
    // The signature delegated to the cabinet: the law lists the directors of the services and the heads of service.
    const cabinet = mentionOf(act, 'cabinet-delegate');
    if (cabinet) {
      const article = act.kind === 'arrete-president' ? delegatingArticle(act.authorBody) : 'L. 2122-19';
      out.push({ range: ctx.index.range(cabinet.start, cabinet.end), message: `Délégation de signature ${/^(?:directrice|cheffe|collaboratrice)/.test(cabinet.value ?? '') ? 'à la' : 'au'} ${cabinet.value} : la loi ne la permet qu’au directeur général des services, à ses adjoints, au directeur général et au directeur des services techniques, et aux responsables de service (CGCT, art. ${article}) ; un membre du cabinet n’en fait pas partie.` });
    }
    if (mentionOf(act, 'head-prevented')) return out;
    const authors = act.signatories.filter((s) => s.role === 'author' && s.quality);
    if (authors.length === 0 || !authors.every((s) => s.delegated || (s.delegate && !s.head))) return out;
    const s = authors[0];
    const head = act.kind === 'arrete-president' ? 'le président' : 'le maire';
    return [...out, {
      range: s.range,
      message: `Cet arrêté délègue des fonctions ou la signature, et « ${qualityAlone(s.quality!)} » le signe par délégation : seul ${head} peut déléguer (CGCT, art. ${act.kind === 'arrete-president' ? delegatingArticle(act.authorBody) : 'L. 2122-18 et L. 2122-19'}) ; un délégué ne peut pas sous-déléguer. Faites signer l’arrêté par ${head}.`,
    }];
  },
};
