// DAT: the act is dated; numbers and dates agree; weekdays are right.
import type { Finding, Fix } from './rule';
import { containingIn, fold, frenchDate, isoDate, weekdayOf } from '../text';
import { isDeliberation } from './util';
import { type DocumentedRule, addMonths, agentAct, derived, droitLocal, looksLikeAct, mentionOf, mentionsOf, referenceDate } from './support';
import { placeDateFix } from './fixes';
import { RENEWAL_YEARS } from '../renewals';

/** Beginning of DAT-001's messages when the act carries no date (used by the corpus test). */
/**
 * Why an act is dated: its register is kept by order of date (délibérations: L. 2121-23; arrêtés of the maire:
 * L. 2122-29; décisions taken by délégation, in the register of délibérations: R. 2122-7-1).
 */
const registerByDate = (kind: string): string => kind.startsWith('deliberation')
  ? 'Les délibérations sont inscrites au registre par ordre de date (CGCT, art. L. 2121-23).'
  : kind.startsWith('decision')
    ? 'Les décisions prises par délégation sont inscrites au registre des délibérations par ordre de date (CGCT, art. R. 2122-7-1).'
    : 'Les arrêtés sont inscrits au registre par ordre de date (CGCT, art. L. 2122-29).';

export const DAT_001_MISSING = ['L’acte n’est pas daté', 'ne porte pas de date'];

export const DAT_001: DocumentedRule = {
  id: 'DAT-001',
  missing: 'placeDate',
  title: 'L’acte porte sa date (« Fait à …, le … », ou la date de séance pour une délibération).',
  kinds: 'all',
  severity: 'error',
  source: { label: 'CGCT, art. L. 2121-23, L. 2122-29 et R. 2122-7-1 (registres tenus par ordre de date)', url: null, code: 'CGCT', article: 'R2122-7-1' },
  status: 'secondary',
  doc: { details: 'Aucun texte ne dit littéralement « l’acte est daté », mais les registres sont tenus par ordre de date et l’identifiant @CTES porte la date de l’acte. Une délibération est datée par sa séance (« les jour, mois et an que dessus ») : avertissement quand « Fait à …, le … » précède la séance. Correctifs : compléter « Fait à …, » avec la date connue (bloc d’accusé de réception ou séance), ou insérer « Fait à <commune>, le <date> ».' },
  check(ctx) {
    const { act, index } = ctx;
    if (!looksLikeAct(act)) return [];
    if (act.placeDate?.date) {
      // A délibération is dated by its séance: signed before it, the date is wrong (the act of a collection is read with
      // its own séance; an OCR dump may join another's).
      // (The séance's date as a séance block writes it, near its line's start and before the recitals: not a séance an
      // exposé speaks of, « … sera soumis au conseil municipal lors de sa séance du 30 juin 2025 ».)
      const seance = act.seance?.date;
      const span = act.seance?.dateSpan ?? null;
      const recitals = act.visas[0]?.start ?? act.considerants[0]?.start ?? Infinity;
      const inHead = span !== null && span.start < recitals && (span.range.start.character <= 60 || /^l['’]an\b/i.test(span.text));
      if (isDeliberation(act.kind) && seance && inHead && act.placeDate.date < seance && !derived(ctx).flattened) {
        return [{ range: act.placeDate.range, severity: 'warning', message: `« ${act.placeDate.text.trim()} » précède la séance du ${frenchDate(seance)} : une délibération est signée après la séance qui l’adopte, et porte sa date. Corrigez l’une des deux dates. ${registerByDate(act.kind)}` }];
      }
      return [];
    }
    // « le 31 février 2025 »: a date that does not exist dates nothing.
    if (act.placeDate?.impossibleDate) {
      return [{ range: act.placeDate.range, message: `La date « ${act.placeDate.impossibleDate} » n’existe pas : corrigez la date de l’acte. ${registerByDate(act.kind)}` }];
    }
    if (isDeliberation(act.kind) && (act.seance?.date || act.placeDate?.sameDayAsSeance)) return [];
    // The place-and-date reader may miss a bare "Aucamville, le 14 décembre 2022": the dates reader saw it.
    if (mentionOf(act, 'date-line')) return [];
    const known = act.transmission?.actDate ?? act.seance?.date ?? null;
    if (act.placeDate) {
      const fixes: Fix[] = [];
      if (known) {
        // "Fait à Chambéry," → "Fait à Chambéry, le 17 avril 2025"
        const trimmed = act.placeDate.text.replace(/[\s,]+$/, '');
        const at = index.positionAt(act.placeDate.start + trimmed.length);
        fixes.push({
          title: `Dater l’acte du ${frenchDate(known)} (${act.transmission?.actDate ? 'date de l’acte dans l’accusé de réception' : 'date de la séance'})`,
          preferred: true,
          edits: [{ range: { start: at, end: index.positionAt(act.placeDate.end) }, newText: `, le ${frenchDate(known)}` }],
        });
      }
      // « Fait à Voiron, le 4 décembre »: a day and a month, the year missing.
      const dayMonth = /\ble\s+((?:\d{1,2}|1er)\s+(?:janvier|fevrier|mars|avril|mai|juin|juillet|aout|septembre|octobre|novembre|decembre))\s*[.,]?\s*$/.exec(fold(act.placeDate.text));
      return [{
        range: act.placeDate.range,
        message: dayMonth
          ? `« ${act.placeDate.text.trim()} » ne donne pas l’année : complétez par « le ${writtenAt(act.placeDate.text, dayMonth)} <année> ». ${registerByDate(act.kind)}`
          : `« ${act.placeDate.text.trim()} » ${DAT_001_MISSING[1]} : complétez par « le <jour> <mois> <année> ». ${registerByDate(act.kind)}`,
        fixes,
      }];
    }
    const range = act.signatories[0]?.range ?? act.articles[act.articles.length - 1]?.headingRange ?? act.title?.range ?? { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };
    const fix = placeDateFix(ctx);
    return [{
      range,
      message: `${DAT_001_MISSING[0]} : ajoutez « Fait à <commune>, le <date> » après le dispositif. ${registerByDate(act.kind)}`,
      fixes: fix ? [fix] : [],
    }];
  },
};

/** What the first group of a match on the folded copy of `text` reads in `text` itself (same offsets). */
function writtenAt(text: string, m: RegExpExecArray): string {
  const start = m.index + m[0].indexOf(m[1]);
  return text.slice(start, start + m[1].length);
}

/** Full date embedded in a number ("BM2025/06/24/12", "20250417-03", "2025-06-24"). */
function embeddedDate(s: string): string | null {
  // « BM2025/06/24/12 » holds a date followed by its order number; a bare « 2003/10/01 » is as often year, séance
  // and order number as a date: only the year is compared then. So is a bare « 20250412 », as often the year and a
  // serial (« 2025 » and « 0412 ») as a date; « 20250417-03 » is a date and its order number.
  const m = /(?<!\d)((?:19|20)\d{2})([/-])(\d{2})\2(\d{2})(?=[/_.-]?[A-Za-z0-9])(?!\d)/.exec(s) ?? /(?<![\d])((?:19|20)\d{2})()(\d{2})(\d{2})(?=[/_.-][A-Za-z0-9])/.exec(s);
  if (!m) return null;
  const y = +m[1];
  const mo = +m[3];
  const d = +m[4];
  if (!(mo >= 1 && mo <= 12 && d >= 1 && d <= 31)) return null;
  const dt = new Date(Date.UTC(y, mo - 1, d));
  if (dt.getUTCDate() !== d) return null;
  return `${m[1]}-${m[3]}-${m[4]}`;
}

/** The distinct years (19xx/20xx) written in a number. */
function embeddedYears(s: string): number[] {
  const ys = new Set<number>();
  for (const m of s.matchAll(/(?<!\d)((?:19|20)\d{2})(?!\d)/g)) ys.add(+m[1]);
  return [...ys];
}

export const DAT_002: DocumentedRule = {
  id: 'DAT-002',
  title: 'Le numéro de l’acte (ou d’une délibération citée) et sa date concordent (année, ou date complète quand le numéro l’inclut).',
  kinds: 'all',
  severity: 'warning',
  source: { label: 'Conventions locales de numérotation (contrôle de cohérence)', url: null },
  status: 'unconfirmed',
  doc: { details: 'Compare l’année contenue dans le numéro (« DDM-2025-075 ») avec la date de l’acte (séance pour une délibération, « Fait à …, le … », « Date de l’acte » du bloc d’accusé de réception), et la date complète quand le numéro l’inclut (« BM2025/06/24/12 »). Même contrôle pour les délibérations citées (« Vu la délibération n° CM2025/04/07/19-1 du 7 avril 2025 »), et une délibération citée ne peut pas être postérieure à l’acte.' },
  check(ctx) {
    const { act } = ctx;
    const out: Finding[] = [];
    const date = referenceDate(act);
    const known = [date, act.placeDate?.date, act.transmission?.actDate, act.seance?.date].filter((x): x is string => !!x);
    if (act.number && known.length) {
      const v = act.number.value;
      const full = embeddedDate(v);
      if (full && date && full !== date && !known.includes(full)) {
        out.push({ range: act.number.range, message: `Le numéro « ${v} » contient la date du ${frenchDate(full)}, mais l’acte est du ${frenchDate(date)} : corrigez le numéro ou la date.` });
      } else if (!full) {
        const years = embeddedYears(v);
        const knownYears = new Set(known.map((k) => +k.slice(0, 4)));
        if (years.length === 1 && !knownYears.has(years[0])) {
          out.push({ range: act.number.range, message: `Le numéro « ${v} » porte l’année ${years[0]}, mais l’acte est daté de ${[...knownYears].join(' / ')} : vérifiez le numéro ou la date.` });
        }
      }
    }
    // (Each a visa: spans that do not overlap, searched in text order.)
    const inDelegatingVisa = act.kind === 'decision-maire' ? containingIn([...mentionsOf(act, 'delegating-visa')].sort((a, b) => a.start - b.start)) : null;
    for (let ri = 0, allRefs = act.references; ri < allRefs.length; ri++) {
      const r = allRefs[ri];
      if (r.type !== 'deliberation') continue;
      const full = r.number ? embeddedDate(r.number) : null;
      if (r.number && r.date) {
        if (full && full !== r.date) {
          out.push({ range: r.dateSpan?.range ?? r.range, message: `La délibération n° ${r.number} contient la date du ${frenchDate(full)}, mais elle est citée « du ${frenchDate(r.date)} » : corrigez le numéro ou la date.` });
          continue;
        }
        const years = embeddedYears(r.number!);
        if (!full && years.length === 1 && years[0] !== +r.date.slice(0, 4)) {
          out.push({ range: r.dateSpan?.range ?? r.range, message: `La délibération n° ${r.number} porte l’année ${years[0]}, mais elle est citée « du ${frenchDate(r.date)} » : vérifiez le numéro ou la date.` });
          continue;
        }
      }
      const citedDate = r.date ?? full;
      // (The délibération that delegates, cited by a décision: DEL-002 says it, as a matter of competence.)
      const delegating = inDelegatingVisa !== null && inDelegatingVisa(r.start, r.end) !== null;
      if (citedDate && date && citedDate > date && !derived(ctx).flattened && !delegating) {
        out.push({ range: r.range, message: `La délibération ${r.number ? `n° ${r.number} (${frenchDate(citedDate)})` : `du ${frenchDate(citedDate)}`} est postérieure à l’acte (${frenchDate(date)}) : un acte ne peut viser qu’une délibération déjà adoptée.` });
      }
    }
    return out.slice(0, 5);
  },
};

export const DAT_003: DocumentedRule = {
  id: 'DAT-003',
  title: 'L’année du numéro d’une loi, d’une ordonnance ou d’un décret est celle de sa date.',
  kinds: 'all',
  severity: 'warning',
  source: { label: 'Guide de légistique, 3.1.3 (numérotation des textes)', url: 'https://www.legifrance.gouv.fr/Droit-francais/Guide-de-legistique/III.-Redaction-des-textes/3.1.-Contexte/3.1.3.-Intitule-d-un-texte' },
  status: 'confirmed',
  doc: { details: 'Le premier nombre est l’année de parution et la date celle de la signature : un texte de fin décembre pourrait en théorie porter l’année suivante, d’où un avertissement et non une erreur. Les textes antérieurs à 1940 n’ont pas de numéro ; les arrêtés ministériels ne sont pas numérotés.' },
  check({ act }) {
    const out: Finding[] = [];
    for (let ri = 0, allRefs = act.references; ri < allRefs.length; ri++) {
      const r = allRefs[ri];
      if (r.type !== 'text' || !r.number || !r.date) continue;
      const head = r.number.split('-')[0];
      if (head.length !== 2 && head.length !== 4) continue;
      const year = head.length === 2 ? 1900 + Number(head) : Number(head);
      const dateYear = Number(r.date.slice(0, 4));
      if (year === dateYear) continue;
      // A text signed in late December may carry the next year's number.
      if (year === dateYear + 1 && r.date.slice(5, 7) === '12') continue;
      const nature = r.nature === 'decret' ? 'Le décret' : r.nature === 'ordonnance' ? 'L’ordonnance' : 'La loi';
      out.push({
        range: r.dateSpan?.range ?? r.range,
        message: `${nature} n° ${r.number} porte un numéro de ${year} mais est daté${r.nature === 'decret' ? '' : 'e'} du ${frenchDate(r.date)} : vérifiez le numéro ou la date.`,
      });
    }
    return out;
  },
};

export const DAT_004: DocumentedRule = {
  id: 'DAT-004',
  title: 'Le jour de la semaine écrit avec une date est le bon (« mardi 24 juin 2025 »).',
  kinds: 'all',
  severity: 'warning',
  source: { label: 'Contrôle de cohérence (calendrier)', url: null },
  status: 'unconfirmed',
  doc: { details: 'Vérifie chaque « <jour> <date> » du texte, à commencer par la date de séance d’une délibération. Sans année à côté du jour (« L’an deux mil vingt-trois, le vendredi 06 février »), l’année est celle de « l’an … » qui précède, sinon celle de la date de l’acte la plus proche. La spécification le prévoit pour les délibérations ; l’outil l’applique à tous les actes, car une date fausse l’est partout.' },
  check(ctx) {
    const out: Finding[] = [];
    // The year beside the day first; then « L'an deux mil vingt-trois, le vendredi 06 février », « le lundi 3 mars
    // à 18 h » in a séance of 2025: the year comes from « l'an … » before it or from the act's date (the nearest year).
    const actDate = ctx.act.date ?? ctx.act.seance?.date ?? null;
    for (const w of ctx.act.weekdayDates) {
      if (out.length >= 3) break;
      const iso = w.iso ?? nearestYear(w.yearless, actDate);
      if (!iso) continue;
      const real = weekdayOf(iso);
      if (real === w.weekday) continue;
      const day = ctx.text.slice(w.start, w.start + w.weekday.length);
      const dayRange = ctx.index.range(w.start, w.start + w.weekday.length);
      out.push({
        range: ctx.index.range(w.start, w.end),
        message: `Le ${frenchDate(iso)} est un ${real}, pas un ${w.weekday} : corrigez le jour ou la date.`,
        fixes: [{ title: `Remplacer « ${day} » par « ${real} »`, edits: [{ range: dayRange, newText: matchCase(day, real) }] }],
      });
    }
    return out;
  },
};

/** A month and day read with a placeholder year, put in the year that brings it nearest to the act's date. */
function nearestYear(iso: string | null, actDate: string | null): string | null {
  if (!iso || !actDate) return null;
  const y = +actDate.slice(0, 4);
  const md = iso.slice(4);
  const at = Date.parse(actDate + 'T00:00:00Z');
  let best: string | null = null;
  let gap = Infinity;
  for (const c of [y - 1, y, y + 1]) {
    const t = Date.parse(`${c}${md}T00:00:00Z`);
    if (Number.isNaN(t) || !isoDate(c, +md.slice(1, 3), +md.slice(4, 6))) continue;
    if (Math.abs(t - at) < gap) {
      gap = Math.abs(t - at);
      best = `${c}${md}`;
    }
  }
  return best;
}

/** Write `word` in the case of `model` ("MARDI", "Mardi", "mardi"). */
function matchCase(model: string, word: string): string {
  if (model === model.toUpperCase()) return word.toUpperCase();
  if (model[0] === model[0].toUpperCase()) return word[0].toUpperCase() + word.slice(1);
  return word;
}

export const DAT_005: DocumentedRule = {
  id: 'DAT-005',
  title: 'Un visa ne cite pas un texte ou un acte daté d’après l’acte.',
  kinds: 'all',
  severity: 'warning',
  source: { label: 'Principe de non-rétroactivité ; un acte se fonde sur des textes et des actes existants', url: null },
  status: 'secondary',
  doc: { details: 'Compare la date de chaque loi, ordonnance, décret, délibération ou arrêté cité dans les visas à la date de l’acte (« Fait à …, le … », ou la séance d’une délibération) : un acte ne peut pas se fonder sur un texte ou un acte qui n’existe pas encore. De même pour la demande à laquelle l’acte répond, quand le visa la date (« Vu la déclaration préalable présentée le … », « Vu la demande déposée le … »). Avertissement : l’une des deux dates est fausse, ou le visa cite un autre document. Muette quand la date de l’acte n’est pas lue, et sur un texte aplati par l’OCR.' },
  check(ctx) {
    const { act } = ctx;
    const date = referenceDate(act);
    if (!date || derived(ctx).flattened) return [];
    const inVisa = containingIn(act.visas);
    const out: Finding[] = [];
    for (const r of act.references) {
      if (!r.date || r.date <= date || (r.type !== 'text' && r.type !== 'deliberation' && r.type !== 'arrete') || !inVisa(r.start, r.end)) continue;
      const what = r.type === 'deliberation' ? 'la délibération' : r.type === 'arrete' ? 'l’arrêté' : r.nature === 'decret' ? 'le décret' : r.nature === 'ordonnance' ? 'l’ordonnance' : 'la loi';
      const feminine = what.startsWith('la ') || what === 'l’ordonnance';
      out.push({
        range: r.dateSpan?.range ?? r.range,
        message: `Ce visa cite ${what} du ${frenchDate(r.date)}, postérieur${feminine ? 'e' : ''} à l’acte, daté du ${frenchDate(date)} : un acte ne se fonde pas sur un texte qui n’existe pas encore ; vérifiez l’une ou l’autre date.`,
      });
      if (out.length >= 3) break;
    }
    // A request the act answers, made after it (« Vu la déclaration préalable présentée le 12 mai 2025 » in an act of
    // 28 April).
    for (const v of act.visas) {
      const filed = v.reading.filedOn;
      if (!filed || filed <= date || out.length >= 3) continue;
      out.push({ range: v.range, message: `Ce visa cite une demande du ${frenchDate(filed)}, postérieure à l’acte, daté du ${frenchDate(date)} : un acte ne répond pas à une demande qui n’existe pas encore ; vérifiez l’une ou l’autre date.` });
    }
    return out;
  },
};


export const DAT_006: DocumentedRule = {
  id: 'DAT-006',
  title: 'Un acte n’est retiré que dans les quatre mois qui suivent son édiction (au-delà, il ne peut qu’être abrogé).',
  kinds: 'all',
  severity: 'warning',
  source: { label: 'CRPA, art. L. 242-1, L. 242-4 et L. 243-3', url: null, code: 'CRPA', article: 'L242-1' },
  status: 'secondary',
  doc: { details: 'Lit la date de l’acte retiré dans la phrase qui le retire (« L’arrêté n° … du 12 mai 2025 est retiré », « portant retrait de l’arrêté … du … ») et la compare à celle de l’acte : une décision créatrice de droits illégale ne se retire que dans les quatre mois (L. 242-1), un acte réglementaire ou non créateur de droits aussi (L. 243-3) ; au-delà, seule l’abrogation est possible. Muette quand le texte invoque la fraude (L. 241-2), la demande du bénéficiaire (L. 242-4, sous réserve des droits des tiers) ou le retrait d’une sanction (L. 243-4) ; quand le retrait court d’un jour à venir (« à compter du … » : une abrogation pour l’avenir) ; pour une autorisation d’occupation du domaine public, précaire et révocable (CG3P, art. L. 2122-3 ; autorisation de stationnement d’un taxi, code des transports, art. L. 3124-1) ; pour une subvention dont le bénéficiaire n’a pas respecté les conditions (L. 242-2, 2° ; les autres décisions dont les conditions ne sont plus remplies s’abrogent, L. 242-2, 1°, et ne se retirent pas). Avertissement : les sanctions et certaines décisions suivent des règles propres.' },
  check(ctx) {
    const { act } = ctx;
    const m = mentionOf(act, 'withdrawal');
    const date = referenceDate(act);
    if (!m || !m.value || m.flag || !date) return [];
    const limit = addMonths(m.value, 4);
    if (date <= limit) return [];
    return [{
      range: ctx.index.range(m.start, m.end),
      message: `Retrait le ${frenchDate(date)} d’un acte du ${frenchDate(m.value)}, plus de quatre mois après (jusqu’au ${frenchDate(limit)}) : passé ce délai, un acte ne peut plus être retiré, seulement abrogé pour l’avenir, sauf fraude ou demande du bénéficiaire (CRPA, art. L. 242-1, L. 242-4 et L. 243-3).`,
    }];
  },
};

/**
 * The latest dates of the budget calendar, by year when the law moved them: the budget and the taxes' rates by 15 April
 * (30 April in the year of a general renewal; 31 July and 3 July 2020, ordonnance n° 2020-330), the accounts of year Y by
 * 30 June of Y + 1 (31 July 2020 for 2019's).
 */
/** The years the conseils départementaux and régionaux were renewed (the budget's 30 April, L. 1612-2). */
const ASSEMBLY_RENEWAL_YEARS: readonly number[] = [2015, 2021, 2028];

function budgetDeadline(what: string, year: number, assembly = false): string {
  if (what === 'compte') return year === 2019 ? '2020-07-31' : `${year + 1}-06-30`;
  if (year === 2020) return what === 'taux' ? '2020-07-03' : '2020-07-31';
  return `${year}-04-${(assembly ? ASSEMBLY_RENEWAL_YEARS : RENEWAL_YEARS).includes(year) ? '30' : '15'}`;
}

export const DAT_007: DocumentedRule = {
  id: 'DAT-007',
  title: 'Le budget primitif et les taux sont votés avant le 15 avril de l’exercice, le compte avant le 30 juin de l’année qui suit.',
  kinds: ['deliberation-cm', 'deliberation-epci-conseil'],
  severity: 'warning',
  source: { label: 'CGCT, art. L. 1612-2 et L. 1612-12 ; CGI, art. 1639 A', url: null, code: 'CGCT', article: 'L1612-2' },
  status: 'secondary',
  doc: { details: 'Lit l’objet (« Budget primitif 2025 », « Vote des taux 2025 », « Compte administratif 2024 », « Compte financier unique 2025 ») et la date de la séance. Le budget et les taux de l’exercice N se votent au plus tard le 15 avril de N (le 30 avril l’année du renouvellement de l’assemblée : des conseils municipaux pour une commune ou un EPCI, des conseils départementaux ou régionaux pour un département ou une région ; en 2020, 31 juillet et 3 juillet, ordonnance n° 2020-330), le compte de N au plus tard le 30 juin de N + 1 (L. 1612-12). Avertissement : passé ce délai, le préfet saisit la chambre régionale des comptes (pour les taux, ceux de l’année précédente s’appliquent) ; la date limite du budget est reportée quand les informations fiscales indispensables ont été communiquées tard (L. 1612-2, al. 2), ce que l’acte ne dit pas toujours. Rien pour le compte d’une commune de la Moselle, du Bas-Rhin ou du Haut-Rhin, où l’article L. 1612-12 ne s’applique pas (L. 2543-1).' },
  check(ctx) {
    const { act } = ctx;
    const m = mentionOf(act, 'budget-year');
    const date = referenceDate(act);
    if (!m?.value || !date) return [];
    const [what, y] = m.value.split(':');
    // (L. 1612-12, the compte voted by 30 June, does not apply to the communes of the droit local: L. 2543-1.)
    if (what === 'compte' && droitLocal(ctx)) return [];
    const year = Number(y);
    // (A département's or a région's budget: the year its own assembly is renewed, not the conseils municipaux's.)
    const limit = budgetDeadline(what, year, act.authorBody === 'departement' || act.authorBody === 'region');
    if (date <= limit) return [];
    const named = what === 'compte' ? `Le compte de l’exercice ${year}` : what === 'taux' ? `Les taux d’imposition de ${year}` : `Le budget primitif ${year}`;
    const rule = what === 'compte' ? 'CGCT, art. L. 1612-12' : what === 'taux' ? 'CGI, art. 1639 A' : 'CGCT, art. L. 1612-2';
    return [{
      range: ctx.index.range(m.start, m.end),
      message: what === 'taux'
        ? `${named} sont votés le ${frenchDate(date)}, après la date limite du ${frenchDate(limit)} : à défaut d’une décision notifiée dans ce délai, les taux de l’année précédente s’appliquent (${rule}). Vérifiez la date, ou ce qui la reportait.`
        : `${named} est voté le ${frenchDate(date)}, après la date limite du ${frenchDate(limit)} : le préfet saisit alors la chambre régionale des comptes (${rule}). Vérifiez la date, ou ce qui la reportait.`,
    }];
  },
};

export const DAT_008: DocumentedRule = {
  id: 'DAT-008',
  title: 'Une période du dispositif ne finit pas avant de commencer, et une autorisation ne porte pas sur une opération déjà passée.',
  kinds: 'all',
  severity: 'warning',
  source: { label: 'Sécurité juridique : une mesure dont la période est impossible ne s’applique pas', url: null },
  status: 'secondary',
  doc: { details: 'Lit dans les articles une période « du <date> au <date> » (« à compter du … jusqu’au … », un jour de la semaine ou une heure entre les deux) dont la seconde date précède la première : une faute de frappe, le plus souvent dans un arrêté de circulation, qui rend la mesure inapplicable. Avertissement aussi quand toutes les dates de l’article qui autorise (« M. X est autorisé à … le 26 janvier 2026 ») précèdent l’acte : l’autorisation ne vaut que pour l’avenir (sauf acte concernant un agent).' },
  check(ctx) {
    // An authorisation whose every date is past when it is signed: it authorises nothing (an exhumation on the 26th
    // authorised on the 27th). Not an agent's act, which may take effect earlier.
    const until = mentionOf(ctx.act, 'authorised-until');
    const date = referenceDate(ctx.act);
    if (until?.value && date && until.value < date && !agentAct(ctx.act)) {
      return [{
        range: ctx.index.range(until.start, until.end),
        message: `L’autorisation porte sur une opération du ${frenchDate(until.value)}, antérieure à l’acte (${frenchDate(date)}) : une autorisation ne vaut que pour l’avenir. Vérifiez les dates.`,
      }];
    }
    const m = mentionOf(ctx.act, 'reversed-period');
    if (!m?.value) return [];
    const [from, to] = m.value.split('|');
    return [{
      range: ctx.index.range(m.start, m.end),
      message: `La période finit le ${frenchDate(to)}, avant de commencer le ${frenchDate(from)} : corrigez l’une des deux dates, la mesure ne peut pas s’appliquer ainsi.`,
    }];
  },
};
