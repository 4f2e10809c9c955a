// REG: the register. The act is judged against the other acts of the folder (`ctx.register`, built by the
// shell); without a register these rules say nothing.
import type { Finding, RuleContext } from './rule';
import type { Reference } from '../model';
import { fold, frenchDate } from '../text';
import { shortQuote, theKind } from './util';
import { type DocumentedRule, looksLikeAct, mentionWithin } from './support';
import { collectiviteKey, countBefore, entryOf, normalizeNumber, sameCollectivite, seriesOf, yearAndRank, type Ranked, type RegisterEntry } from '../register';
import { compilePattern, familyOf, inferPattern, type NumberPattern } from '../register/numbering';
import { NUMBER_RULES } from './ctes';

const collectiviteOf = (ctx: RuleContext) => collectiviteKey(ctx.act);

/** The other acts of the register: not the document being judged. */
function others(ctx: RuleContext, list: readonly RegisterEntry[]): RegisterEntry[] {
  const coll = collectiviteOf(ctx);
  return list.filter((e) => e.uri !== ctx.registerUri && sameCollectivite(e, coll));
}

/** « la décision du maire n° DDM-2025-075 du 12 mai 2025 (dossier/autre.acte) » */
export function describeEntry(e: RegisterEntry): string {
  const parts = [theKind(e.kind)];
  if (e.number) parts.push(`n° ${e.number}`);
  if (e.date) parts.push(`du ${frenchDate(e.date)}`);
  return `${parts.join(' ')} (${e.name})`;
}

/** The acts cited with a number, with the range of the number in the document. */
function citations(ctx: RuleContext): { ref: Reference; number: string; range: Finding['range'] }[] {
  const out = [];
  for (let ri = 0, allRefs = ctx.act.references; ri < allRefs.length; ri++) {
    const ref = allRefs[ri];
    if ((ref.type !== 'deliberation' && ref.type !== 'arrete') || !ref.number) continue;
    const at = ref.text.indexOf(ref.number);
    const start = at >= 0 ? ref.start + at : ref.start;
    const end = at >= 0 ? start + ref.number.length : ref.end;
    out.push({ ref, number: ref.number, range: { start: ctx.index.positionAt(start), end: ctx.index.positionAt(end) } });
  }
  return out;
}

const REGISTER_SOURCE = { label: 'CGCT, art. R. 2121-9 (registre des délibérations) et R. 2122-7-1 (registre des arrêtés et décisions du maire)', url: null, code: 'CGCT', article: 'R2122-7-1' } as const;

export const REG_001: DocumentedRule = {
  id: 'REG-001',
  title: 'Le numéro de l’acte n’est pas déjà celui d’un autre acte de la collectivité.',
  kinds: 'all',
  severity: 'error',
  source: REGISTER_SOURCE,
  status: 'secondary',
  doc: { details: 'Les registres sont tenus par date et par numéro, et les tiers de télétransmission (S²LOW, Pastell) refusent un numéro déjà transmis. La règle compare l’acte aux autres actes du dossier de travail (dans l’éditeur) ou des fichiers donnés (`actes check`, `actes registre`) ; deux collectivités différentes peuvent avoir les mêmes numéros.' },
  check(ctx) {
    if (!looksLikeAct(ctx.act)) return []; // (a liste des délibérations, an ordre du jour: not an act of the register)
    const { act, register } = ctx;
    if (!register || !act.number) return [];
    const same = others(ctx, register.withNumber(act.number.value));
    if (same.length === 0) return [];
    const names = same.slice(0, 3).map(describeEntry).join(' ; ');
    return [{
      range: act.number.range,
      message: `Le numéro ${act.number.value} est déjà celui d’un autre acte : ${names}${same.length > 3 ? ` et ${same.length - 3} autre(s)` : ''}. Un numéro ne sert qu’une fois : les registres le veulent et les tiers de télétransmission refusent un numéro déjà transmis. Donnez à cet acte le numéro suivant de la série.`,
    }];
  },
};

export const REG_002: DocumentedRule = {
  id: 'REG-002',
  title: 'Les numéros d’une série se suivent dans l’année, sans trou ni retour en arrière.',
  kinds: 'all',
  severity: 'information',
  display: 'essentiel',
  source: { label: 'Usage (registres tenus par ordre de date, CGCT, art. R. 2122-7-1)', url: null },
  status: 'secondary',
  doc: { details: 'Une série est un numéro dont seul le rang final change (DDM-2025-074, DDM-2025-075…), dans une même année. Un trou est légal mais trahit souvent une faute de frappe ; un acte plus ancien portant un numéro plus élevé signale un retour en arrière.' },
  check(ctx) {
    if (!looksLikeAct(ctx.act)) return []; // (a liste des délibérations, an ordre du jour: not an act of the register)
    const { act, register } = ctx;
    if (!register || !act.number) return [];
    const own = seriesOf(act.number.value, act.date);
    if (!own) return [];
    const mine = normalizeNumber(act.number.value);
    const coll = collectiviteOf(ctx);
    // (Délibérations and the maire's or président's acts are kept in registers of their own: one numbering each.)
    const book = (kind: string) => (kind.startsWith('deliberation') ? 'deliberations' : kind === 'unknown' ? null : 'arretes');
    const mineBook = book(act.kind);
    const ok = (x: Ranked) => x.e.uri !== ctx.registerUri && sameCollectivite(x.e, coll) && normalizeNumber(x.e.number!) !== mine
      && (mineBook === null || book(x.e.kind) === null || book(x.e.kind) === mineBook);
    const view = register.seriesView(own.key);
    // The other acts of this document (the délibérations before it in a procès-verbal), as they read now.
    const near: Ranked[] = [];
    for (const s of ctx.siblings ?? []) {
      if (s === act || !s.number || normalizeNumber(s.number.value) === mine) continue;
      const series = seriesOf(s.number.value, s.date);
      if (series?.key !== own.key || (mineBook !== null && book(s.kind) !== null && book(s.kind) !== mineBook)) continue;
      near.push({ e: entryOf(s, ctx.text, ctx.registerUri ?? '', 'même document'), rank: series.rank });
    }
    if (act.date) {
      // The earlier act of highest rank; a scan only when that one is not a candidate (another collectivité…).
      const k = countBefore(view.byDate, (x) => x.e.date! < act.date!);
      let back: Ranked | null = k > 0 ? view.highestSoFar[k - 1] : null;
      if (back && back.rank <= own.rank) back = null;
      else if (back && !ok(back)) {
        back = null;
        for (let i = 0; i < k; i++) {
          const x = view.byDate[i];
          if (x.rank > own.rank && ok(x) && (!back || x.rank > back.rank)) back = x;
        }
      }
      for (const x of near) if (x.e.date && x.e.date < act.date && x.rank > own.rank && (!back || x.rank > back.rank)) back = x;
      if (back) {
        return [{
          range: act.number.range,
          message: `Le numéro ${act.number.value} revient en arrière : l’acte antérieur, ${describeEntry(back.e)}, porte un numéro plus élevé. Vérifiez la date ou le numéro de l’un des deux.`,
        }];
      }
    }
    let prev: Ranked | null = null;
    for (let i = countBefore(view.byRank, (x) => x.rank < own.rank) - 1; i >= 0 && !prev; i--) if (ok(view.byRank[i])) prev = view.byRank[i];
    for (const x of near) if (x.rank < own.rank && (!prev || x.rank > prev.rank)) prev = x;
    if (!prev || own.rank - prev.rank <= 1) return [];
    const missing = own.rank - prev.rank - 1;
    return [{
      range: act.number.range,
      message: `Numérotation : ${missing === 1 ? 'le rang' : `${missing} rangs`} ${missing === 1 ? prev.rank + 1 : `${prev.rank + 1} à ${own.rank - 1}`} de la série ${missing === 1 ? 'manque' : 'manquent'} entre ${describeEntry(prev.e)} et cet acte. Un trou est permis, mais c’est souvent une faute de frappe.`,
    }];
  },
};

const STOP = new Set(['entre', 'pour', 'dans', 'avec', 'conseil', 'municipal', 'municipale', 'municipaux', 'municipales', 'commune', 'ville', 'maire', 'relative', 'portant', 'objet', 'sous', 'cette', 'leurs']);

function words(s: string): string[] {
  return fold(s).split(/[^a-z0-9]+/).filter((w) => w.length >= 5 && !STOP.has(w));
}

export const REG_003: DocumentedRule = {
  id: 'REG-003',
  title: 'Un acte cité l’est avec sa date et son objet.',
  kinds: 'all',
  severity: 'warning',
  source: { label: 'Usage (citation exacte des actes visés)', url: null },
  status: 'secondary',
  doc: { details: 'Quand l’acte cité (« délibération n° DCM-2020-117 du 10 juillet 2020 ») est dans le dossier, sa date et son objet sont comparés à la citation. Correctif : la date réelle de l’acte cité.' },
  check(ctx) {
    if (!looksLikeAct(ctx.act)) return []; // (a liste des délibérations, an ordre du jour: not an act of the register)
    const { act, register } = ctx;
    if (!register) return [];
    const out: Finding[] = [];
    for (const c of citations(ctx)) {
      const target = others(ctx, register.withNumber(c.number))[0];
      if (!target) continue;
      if (c.ref.date && target.date && c.ref.date !== target.date) {
        const span = c.ref.dateSpan;
        const fixText = span ? span.text.replace(/^(\s*(?:en\s+date\s+)?du\s+)?.*$/is, (_m, lead: string | undefined) => `${lead ?? ''}${frenchDate(target.date!)}`) : null;
        out.push({
          range: span ? span.range : c.range,
          message: `L’acte n° ${c.number} cité ici est daté du ${frenchDate(target.date)} (${target.name}), pas du ${frenchDate(c.ref.date)}.`,
          fixes: span && fixText ? [{ title: `Dater la citation du ${frenchDate(target.date)}`, preferred: true, edits: [{ range: span.range, newText: fixText }] }] : undefined,
        });
        continue;
      }
      if (!target.object) continue;
      // The objet the citation gives after the number (« …, relative à … »: syntax/citations.ts).
      const after = mentionWithin(act, 'cited-object', c.ref.end, c.ref.end + 520);
      if (!after?.value || after.start !== c.ref.end) continue;
      const cited = words(after.value);
      const real = new Set(words(target.object));
      if (cited.length < 2 || real.size < 1 || cited.some((w) => real.has(w) || [...real].some((r) => r.slice(0, 6) === w.slice(0, 6)))) continue;
      out.push({
        range: c.range,
        message: `L’objet cité ne ressemble pas à celui de l’acte n° ${c.number} (${target.name}) : « ${shortQuote(target.object, 160)} ». Vérifiez le numéro ou l’objet.`,
      });
    }
    return out;
  },
};

export const REG_004: DocumentedRule = {
  id: 'REG-004',
  title: 'Un acte cité n’a pas été abrogé par un autre acte de la collectivité.',
  kinds: 'all',
  severity: 'warning',
  source: { label: 'Usage (un acte abrogé ne fonde plus une décision)', url: null },
  status: 'secondary',
  doc: { details: 'Un acte du dossier dont le dispositif abroge l’acte cité (« la délibération n° … est abrogée ») rend la citation caduque, s’il n’est pas postérieur à l’acte qui cite.' },
  check(ctx) {
    if (!looksLikeAct(ctx.act)) return []; // (a liste des délibérations, an ordre du jour: not an act of the register)
    const { act, register } = ctx;
    if (!register) return [];
    const out: Finding[] = [];
    for (const c of citations(ctx)) {
      const by = others(ctx, register.abrogatingNumber(c.number)).filter((e) => !e.date || !act.date || e.date <= act.date);
      if (by.length === 0) continue;
      out.push({
        range: c.range,
        message: `L’acte n° ${c.number} cité ici a été abrogé par ${describeEntry(by[0])}. Citez l’acte en vigueur.`,
      });
    }
    return out;
  },
};

/** A pattern the platforms take, close to `pattern`: « DCM-{AAAA}-{NNN} » → « DCM_{AAAA}_{NNN} ». */
export function platformPattern(pattern: string): string {
  return pattern.split(/(\{(?:AAAA|AA|N+)\})/).map((part, i) => (i % 2 ? part
    : part.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toUpperCase().replace(/[^A-Z0-9]+/g, '_'))).join('')
    .replace(/^_+|_+$/g, '');
}

export const REG_005: DocumentedRule = {
  id: 'REG-005',
  title: 'La numérotation d’une série (modèle du profil ou série du dossier) peut passer la plateforme de télétransmission du profil.',
  kinds: 'all',
  severity: 'warning',
  source: { label: 'libriciel/s2low ActesTransaction (numéro : majuscules, chiffres, « _ », 15 caractères) ; libriciel/pastell actes-generique ; schéma ACTES v1.1 (NumeroInterne, 15 caractères)', url: null },
  status: 'secondary',
  doc: { details: 'Le modèle de numérotation d’une nature d’acte vient du profil (`"numerotation": { "deliberation": "DCM-{AAAA}-{NNN}" }`) ou, à défaut, de la série que forment les actes du dossier portant des numéros de même forme. Quand ce modèle ne peut pas passer la plateforme que nomme le profil (`"teletransmission"`), chaque numéro de la série sera refusé : la règle le dit une seule fois, sur le numéro du dernier acte de la série, et propose un modèle accepté. Sans plateforme dans le profil, elle ne dit rien (CTES-001 vérifie toujours le numéro de chaque acte).' },
  check(ctx) {
    if (!looksLikeAct(ctx.act)) return []; // (a liste des délibérations, an ordre du jour: not an act of the register)
    const { act, profile, register } = ctx;
    const platform = profile.teletransmission;
    if (!platform || !act.number) return [];
    const number = act.number.value;
    const family = familyOf(act.kind);
    const given = family ? profile.numerotation?.[family] : undefined;
    const inferred = inferPattern(number);
    const coll = collectiviteOf(ctx);
    const others = (inferred && register ? register.latestOfPattern(inferred) : []).filter((x) => x.e.uri !== ctx.registerUri && sameCollectivite(x.e, coll));
    let pattern: NumberPattern | null;
    let origin: string;
    if (given) {
      pattern = compilePattern(given);
      // An act numbered otherwise is not of this series (the profile's pattern is not this rule's to enforce).
      if (!pattern?.match(number)) return [];
      origin = `Le modèle de numérotation du profil pour cette nature d’acte, « ${given} »,`;
    } else {
      pattern = inferred ? compilePattern(inferred) : null;
      if (!pattern || others.length === 0) return [];
      origin = `La numérotation de cette série, « ${inferred} » (${others.length + 1} actes du dossier),`;
    }
    const rule = NUMBER_RULES[platform];
    const sample = pattern.format(act.date?.slice(0, 4) ?? '2025', 1);
    if (rule.test(sample)) return [];
    // Once per series: on its latest act (year, then rank; the same number twice: the first key).
    const own = yearAndRank(number, act.date);
    const later = others.find((x) => x.year > own.year || (x.year === own.year && (x.rank > own.rank || (x.rank === own.rank && x.e.uri < (ctx.registerUri ?? '')))));
    if (later) return [];
    const better = platformPattern(pattern.text);
    const betterOk = better && compilePattern(better) && rule.test(compilePattern(better)!.format('2025', 1));
    return [{
      range: act.number.range,
      message: `${origin} ne peut pas passer ${rule.label} : ${rule.expected} ; chaque numéro de la série sera refusé.${betterOk ? ` Adoptez par exemple le modèle « ${better} »` : ' Adoptez un modèle plus court'} et déclarez-le dans le profil (« numerotation »), pour les prochains actes.`,
    }];
  },
};

export const REGISTER_RULES = [REG_001, REG_002, REG_003, REG_004, REG_005] as const;
