// Reader of what an act says of its own publicity outside the recours and exécutoire blocks: that it is published
// or notified (an article, its certification, a stamp), a period of publication, and whether the mentions after the
// dispositif speak of affichage or of publication. For REC-001, PUB-004 and PUB-005.
import type { Act, Mention, PublicationPeriod } from '../model';
import { DATE_SRC, type TextIndex, containing, isoFromGroups, linesOutside } from '../text';
import { dispositifStartOf } from './mentions';
import { otherActBefore } from './common';

type Read = Pick<Act, 'kind' | 'police' | 'dispositive' | 'articles' | 'placeDate' | 'recours' | 'visas' | 'considerants' | 'seance'>;

// The words must speak of the act itself: a list of delegated matters (« notifier les décisions … ») is not its
// notification.
const SELF = String.raw`(?:(?:le|la)\s+present(?:e)?\s+(?:arrete|decision|deliberation|acte)|(?:cet|cette)\s+(?:arrete|decision|deliberation|acte)|celui-ci|celle-ci)`;
/** « le présent arrêté sera publié au recueil des actes administratifs », « … inséré au recueil ». */
const SELF_PUBLISHED = new RegExp(`${SELF}[^.;]{0,160}?\\b(?:publiee?|affichee?|mise?\\s+en\\s+ligne|publication|affichage|insere(?:e)?\\s+au\\s+recueil)\\b`);
/** « Certifiée exécutoire compte tenu de … la publication », a stamp « Publié le 08/02/2023 », « Date de mise en ligne : 3 mars 2025 ». */
const STAMP_PUBLISHED = /\b(?:certifie(?:e)?\s+executoire|caractere\s+executoire)[^.;]{0,160}?\b(?:publication|affichage|mise\s+en\s+ligne)\b|\b(?:publie|affiche|mis\s+en\s+ligne)(?:e)?\s+le\s*(?::\s*)?\d|\bdate\s+de\s+(?:publication|mise\s+en\s+ligne|l'affichage)\s*(?::\s*)?(?:le\s+)?\d/;
/** « la présente décision sera notifiée à l'intéressé », « notifié le … », « notification aux intéressés », « … qui sera notifié à la SARL … ». */
const SELF_NOTIFIED = new RegExp(`${SELF}[^.;]{0,160}?\\bnotifi|\\bnotifie(?:e)?\\s+(?:le|a\\s+l'interesse|aux\\s+interesses)\\b|\\bnotification\\s+(?:a|aux)\\s+l?'?interesse|\\b(?:sera|seront)\\s+notifiee?s?\\s+(?:a|aux)\\s`);
/** A délibération notified to the person it concerns (« CHARGE le Maire de notifier la présente délibération à l'intéressé »). */
/** Who receives a copy for its execution or control, not the person the act concerns (folded). */
const SERVICES = 'commandant|gendarmerie|brigade|prefet|sous-prefet|prefecture|police|services?|directeur|directrice|chef|sdis|pompiers|procureur|comptable|tresorier|receveur|payeur';
/** The service right after « notifier … à Monsieur »: « le Trésorier », « le Préfet » (folded). */
const SERVICE_NAMED = new RegExp(`^\\s*(?:le|la|les|l')\\s*(?:${SERVICES})\\b`);
const SELF_NOTIFIED_PERSON = new RegExp(`(?:\\bnotifier\\s+${SELF}|${SELF}[^.;]{0,160}?\\bnotifiee?)\\s+(?:a|au|aux)\\s+(?:l'interessee?|interesses?|m\\.|mme|monsieur|madame|la\\s+societe|l'association|l'entreprise|demandeur|petitionnaire|proprietaire)`, 'g');
/** A service named within the next words (« notifié à M. le Commandant de la brigade … ») (folded). */
const TO_SERVICES = new RegExp(`^[^.;]{0,40}\\b(?:${SERVICES})\\b`);
/** « Publication : du 18 avril 2025 au 20 juin 2025 », « publié sur le site de la commune du … au … ». */
const PERIOD = new RegExp(`publi[a-z]{0,12}(?:\\s+(?:sur\\s+le\\s+site[^\\n]{0,40}?|en\\s+ligne))?\\s*(?::\\s*)?du\\s+${DATE_SRC}\\s+au\\s+${DATE_SRC}`, 'g');
/** Starting points of the délai in the recours mention (« à compter de sa publication ») speak of publicity in another sense. */
const STARTING_POINT = /(?:a\s+compter|a\s+partir|suivant|apres|des)\s+(?:de\s+)?(?:la\s+date\s+de\s+)?(?:sa|son|la|leur|l')\s*[^.;,]{0,80}/g;
const AFFICHAGE_G = /\baffich(?:e|ee|age)\b/g;
/** The affichage of a permit on the land (code de l'urbanisme, R. 424-15), by its beneficiary (folded). */
const ON_THE_LAND = /\bsur\s+(?:le\s+)?(?:terrain|chantier)\b|\bsur\s+les\s+lieux\b|\br\.?\s*424-15\b|\br\.?\s*600-2\b|par\s+les\s+soins\s+du\s+(?:beneficiaire|titulaire|petitionnaire)/;
const PUBLICATION = /\bpubli(?!(?:cs?|ques?)\b)|en\s+ligne|site\s+internet/;
/** A publication said to be made by affichage (folded, from the word « publi… »): « publiée par voie d'affichage ». */
const BY_AFFICHAGE = /^publi[a-z]*\s+(?:par\s+(?:voie\s+d')?affichage|sous\s+forme\s+d'affichage)/;
/** « entrera en vigueur le 1er juin 2026 », « prend effet à compter du 1er juin 2026 » (folded). */
const IN_FORCE = new RegExp(`\\b(?:entre(?:ra|nt|ront)?\\s+en\\s+vigueur|prend(?:ra|nent|ront)?\\s+effet|(?:est|sont|sera|seront)\\s+applicables?)\\s+(?:a\\s+(?:compter|partir)\\s+du|des\\s+le|le)\\s+(?:(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)\\s+)?${DATE_SRC}`);
const IN_FORCE_ALL = new RegExp(IN_FORCE.source, 'g');
/**
 * A line that dates the act's publication or affichage (folded): « Publié le 12/01/2026 », « Publication : 27/01/2026 »,
 * « Publié sur le site internet de la ville le 12 janvier 2026 », « Mise en ligne le … », « Affiché en mairie le … ».
 * The label opens its line (a stamp, a mention under the signature, « Acte publié sous forme électronique le … »), or follows the transmission's on it (« Transmis en
 * préfecture le 24 avril 2025 – Publié sur le site internet de la ville le 24 avril 2025 », « … et publié le … »): not a
 * visa's « délibération … publiée le … ». (The transmission's clause, a lookbehind, is tried only right after the
 * character that ends it, « . », « ; », « - » or the « t » of « et », and before a publication's words: each check
 * is cheap, and a long run of blanks is not scanned again from each of its positions.)
 */
const PUBLISHED_ON = new RegExp(`(?:^|\\n|(?<=[.;t-])(?![-*])(?=[ \\t*-]*(?:acte\\s|l[ea]\\s+present|cet|a\\s+ete|publi|mise?\\s+en\\s+ligne|affich|date\\s+d))(?<=(?:^|\\n)[ \\t*-]*(?:acte\\s+)?(?:transmise?|teletransmise?|envoyee?|recue?)\\b[^\\n]{0,120}?(?:[.;]|\\s-|\\set)))[ \\t*-]*(?:acte\\s+)?(?:(?:(?:le|la)\\s+present(?:e)?\\s+[a-z]+\\s+|cet\\s+[a-z]+\\s+|cette\\s+[a-z]+\\s+)?a\\s+ete\\s+)?(?:publiee?|publication|mise?\\s+en\\s+ligne|affichee?|affichage|date\\s+(?:de\\s+(?:la\\s+)?|d')(?:publication|mise\\s+en\\s+ligne|affichage))\\b[^\\n\\d]{0,120}?(?:\\ble|:|du)\\s*(?::\\s*)?(?:le\\s+)?(?:(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)\\s+)?${DATE_SRC}`, 'g');

export function readPublicity(f: string, index: TextIndex, act: Read): { period: PublicationPeriod | null; mentions: Mention[] } {
  const out: Mention[] = [];
  const add = (kind: Mention['kind'], start: number, end: number) => out.push({ kind, start, end, value: null, flag: false });

  // Published, not notified: read where REC-001 asks (a délibération or a police arrêté is published anyway; a police
  // arrêté may also be notified to a person).
  if (act.kind.startsWith('deliberation')) {
    // (Not the préfet, the trésorier or a service: « notifier la présente délibération à Monsieur le Trésorier ».)
    for (const n of index.mayMatch('folded', f, SELF_NOTIFIED_PERSON) ? f.matchAll(SELF_NOTIFIED_PERSON) : []) {
      if (SERVICE_NAMED.test(f.slice(n.index! + n[0].length, n.index! + n[0].length + 60))) continue;
      add('notified-self', n.index!, n.index! + n[0].length);
      break;
    }
  } else {
    if (!act.police) {
      const pub = (index.mayMatch('folded', f, SELF_PUBLISHED) ? SELF_PUBLISHED.exec(f) : null) ?? (index.mayMatch('folded', f, STAMP_PUBLISHED) ? STAMP_PUBLISHED.exec(f) : null);
      if (pub) add('published-self', pub.index, pub.index + pub[0].length);
    }
    // (Sent to the services that carry it out, « notifié à M. le Commandant de la brigade de gendarmerie », is no
    // notification to the person the act concerns.)
    const notified = index.mayMatch('folded', f, SELF_NOTIFIED) ? SELF_NOTIFIED.exec(f) : null;
    if (notified && !TO_SERVICES.test(f.slice(notified.index + notified[0].length, notified.index + notified[0].length + 80).replace(/\b(?:m|mme|mm)\./g, ' '))) add('notified-self', notified.index, notified.index + notified[0].length);
  }

  // The publicity mentions follow the dispositif (certification, stamps). Inside the recours mention, the phrases
  // that give the délai's starting point (« à compter de sa publication ou de son affichage ») are left out; on a
  // flattened text the recours range may also hold the stamps, so it is not cut whole. Elsewhere « entrera en
  // vigueur à compter de sa publication » is a publicity mention.
  const ds = dispositifStartOf(act, index, f.length);
  const lastArticle = act.articles[act.articles.length - 1];
  const from = Math.max(ds === f.length ? 0 : ds, lastArticle ? lastArticle.end : 0, act.placeDate?.start ?? 0);
  let tail = f.slice(from);
  const rec = act.recours;
  if (rec) {
    tail = tail.replace(STARTING_POINT, (x, at: number) => (from + at >= rec.start && from + at < rec.end ? ' '.repeat(x.length) : x));
  }
  // (Not the affichage of a permit on its land, which the beneficiary owes and which starts the tiers' délai — code de
  // l'urbanisme, R. 424-15 and R. 600-2 —: no publicity of the act.)
  for (const affiche of tail.matchAll(AFFICHAGE_G)) {
    const at = affiche.index!;
    const sentence = tail.slice(Math.max(0, tail.lastIndexOf('.', at) + 1), at + 200).split(/\.(?:\s|$)/)[0];
    if (ON_THE_LAND.test(sentence)) continue;
    // (Nor the affichage of the convocation, L. 2121-10, in a séance's header: « Date d'affichage de la convocation : … ».)
    // (Nor a label « Affichage : 12 novembre 2025 » under « Convocation : 12 novembre 2025 ».)
    const lineStart = tail.lastIndexOf('\n', at) + 1;
    if (/^\S*\s+(?:de\s+la\s+)?convocation\b/.test(tail.slice(at, at + 40)) || /convocation/.test(tail.slice(Math.max(0, tail.lastIndexOf('\n', lineStart - 2) + 1), at))) continue;
    add('affichage', from + at, from + at + affiche[0].length);
    break;
  }
  // (« Publiée par affichage au siège … » is an affichage, not a publication in electronic form.)
  let published: RegExpExecArray | null = null;
  const publications = new RegExp(PUBLICATION.source, 'g');
  for (let p = publications.exec(tail); p; p = publications.exec(tail)) {
    if (BY_AFFICHAGE.test(tail.slice(p.index, p.index + 60))) continue;
    published = p;
    break;
  }
  if (published) add('publication-named', from + published.index, from + published.index + published[0].length);

  // The dates the act says it was published or displayed (PUB-002 compares them with the act's date).
  const has = (w: string) => index.firstIndexOf('folded', f, w) >= 0;
  if (has('publi') || has('affich') || has('en ligne')) {
    // (Not inside a visa, a considérant, an article or the séance block, where « publié le … » dates another act, the
    // convocation or what the act orders: « Affichée le 8 janvier 2026 » under « Date de la convocation ».)
    const inside: [number, number][] = [...act.visas, ...act.considerants, ...act.articles].map((x) => [x.start, x.end]);
    if (act.seance) inside.push([index.offsetAt(act.seance.range.start), index.offsetAt(act.seance.range.end)]);
    // Each part outside them is searched with the lines that hold it: a line's label is looked for with what precedes
    // it on its line, and each line once.
    search: for (const group of linesOutside(f, inside)) {
      const lines = f.slice(group.start, group.end);
      for (const m of lines.matchAll(PUBLISHED_ON)) {
        const start = group.start + m.index! + m[0].length - m[0].trimStart().length;
        if (!group.parts.some(([a, b]) => start >= a && start < b)) continue;
        // (Not the convocation's affichage, « Affichage de la convocation : 3 mars 2026 », nor an avis or an enquête; nor
        // a line under the convocation's date.)
        if (/convoca|ordre\s+du\s+jour|avis|enquete|compte\s+rendu|liste/.test(m[0])) continue;
        if (/convoca/.test(f.slice(Math.max(0, f.lastIndexOf('\n', start - 2)), start))) continue;
        const iso = isoFromGroups(m.slice(1, 7));
        if (iso) out.push({ kind: 'published-on', start, end: group.start + m.index! + m[0].length, value: iso, flag: false });
        if (out.length > 40) break search;
      }
    }
  }
  // The day the dispositif says the act takes effect (« entrera en vigueur le 1er juin 2026 », « prend effet à compter
  // du … »), for PUB-002: a regulatory act takes effect once published.
  if (has('vigueur') || has('effet') || has('applicable')) {
    const ds2 = dispositifStartOf(act, index, f.length);
    const base = ds2 === f.length ? 0 : ds2;
    const re = IN_FORCE_ALL;
    re.lastIndex = 0;
    const part = f.slice(base);
    for (let m = re.exec(part); m; m = re.exec(part)) {
      const iso = isoFromGroups(m.slice(1, 7));
      const at = base + m.index;
      // (Not another act's: « L'arrêté n° 2021-040 du 3 juin 2021, entré en vigueur le 7 juin 2021, est complété ».)
      if (!iso || index.text[at + 4] === 'é' || otherActBefore(f, base, at)) continue;
      out.push({ kind: 'in-force-on', start: at, end: at + m[0].length, value: iso, flag: false });
      break;
    }
  }
  // (Not a period a visa or a considérant gives another document: « Vu l'avis de publicité publié sur le site de la
  // commune du 7 juillet 2025 au 8 septembre 2025 » is the call for candidates, not this act's publication.)
  let p: RegExpExecArray | null = null;
  PERIOD.lastIndex = 0;
  for (let m = PERIOD.exec(f); m; m = PERIOD.exec(f)) {
    if (containing(act.visas, m.index) || containing(act.considerants, m.index)) continue;
    p = m;
    break;
  }
  const period = p
    ? { ...index.span(p.index, p.index + p[0].length), from: isoFromGroups(p.slice(1, 7)), to: isoFromGroups(p.slice(7, 13)) }
    : null;
  return { period, mentions: out };
}
