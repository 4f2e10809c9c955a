// STR: the shape of the act (dispositive verb, order of blocks, numbering of articles,
// enumerations, execution article, header).
import type { Mention, Range } from '../model';
import type { Finding, Fix, RuleContext, TextEdit } from './rule';
import { aKind, isArrete, isDecision, isDeliberation } from './util';
import { type DocumentedRule, departementOf, derived, looksLikeAct, mentionOf, mentionsOf } from './support';
import { articleFix, asWritten } from './fixes';
import { NO_BALLOT_VALUE } from '../syntax/deliberation';

const GUIDE_322 = 'https://www.legifrance.gouv.fr/Droit-francais/Guide-de-legistique/III.-Redaction-des-textes/3.2.-Structure-des-textes/3.2.2.-Division-du-texte';

/** The dispositive verb of a kind of act, or null when the kind is not known. */
const expectedVerb = (kind: string): string | null =>
  kind.startsWith('arrete') ? 'ARRÊTE :' : kind.startsWith('decision') || kind.startsWith('deliberation') ? 'DÉCIDE :' : null;

export const STR_001: DocumentedRule = {
  id: 'STR-001',
  missing: 'dispositive',
  title: 'Un verbe de dispositif (ARRÊTE, DÉCIDE, DÉLIBÈRE…) sépare les motifs du dispositif et correspond à la nature de l’acte.',
  kinds: 'all',
  severity: 'warning',
  source: { label: 'Usage rédactionnel (visas, considérants, puis dispositif)', url: null },
  status: 'unconfirmed',
  doc: { details: 'Avertissement si aucun verbe n’est trouvé ; information si le verbe ne correspond pas à la nature de l’acte (le nom d’une décision prise par délégation est libre : réponse ministérielle n° 84100).' },
  check(ctx) {
    const { act } = ctx;
    const d = act.dispositive;
    if (!d) {
      if (act.kind === 'unknown' && act.articles.length === 0) return [];
      // The parser may miss a verb in a flattened or unusual layout: look for one before speaking.
      if (mentionOf(act, 'verb-capitals')) return [];
      // A délibération whose vote is recorded (adopted, a tally, unanimity) was decided: a procès-verbal's summary of
      // it (« Une subvention de 1 500 € est attribuée au club. Pour : 14 — Contre : 1 ») has no formula to write.
      // (Or whose nominations take effect without a ballot, « les nominations prennent effet immédiatement », L. 2121-21.)
      if (isDeliberation(act.kind) && (mentionOf(act, 'adopting-sentence') || mentionOf(act, 'takes-note') || mentionOf(act, 'vote-word')?.value === NO_BALLOT_VALUE || act.vote?.adopted || act.vote?.for != null || act.vote?.unanimous)) return [];
      // An election proclaims its result (« est proclamé maire »): it has no dispositive verb to write.
      if (act.election) return [];
      const first = act.articles[0];
      const range = first ? first.headingRange : act.title?.range ?? { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };
      const verb = expectedVerb(act.kind);
      const advice = verb === null
        ? '« ARRÊTE : » pour un arrêté, « DÉCIDE : » pour une décision ou une délibération'
        : isDeliberation(act.kind) ? '« DÉCIDE : » (ou « DÉLIBÈRE : »)' : `« ${verb} »`;
      return [{
        range,
        message: `Aucun verbe de dispositif : ajoutez ${advice} avant le premier article, pour séparer les motifs du dispositif.`,
        fixes: first && verb ? () => {
          // (With the space before « : » the act writes: a non-breaking one, as French typography wants, if it does.)
          const written = asWritten(ctx, verb);
          return [{ title: `Insérer « ${written} » avant l’article ${first.numberText}`, edits: [{ range: { start: first.range.start, end: first.range.start }, newText: `${written}${derived(ctx).eol}${derived(ctx).eol}` }] }];
        } : [],
      }];
    }
    const v = d.verb;
    const ok = isArrete(act.kind) ? /^ARR/.test(v)
      : isDecision(act.kind) ? /^(DÉCID|ARR)/.test(v)
      : isDeliberation(act.kind) ? /^(DÉCID|DÉLIB|APRÈS|PREND ACTE|PRENNENT ACTE|DONNE ACTE)/.test(v)
      : true;
    if (ok) return [];
    return [{
      range: d.range,
      severity: 'information',
      message: `Le verbe « ${v} » ne correspond pas à ${aKind(act.kind)} : on attend « ${expectedVerb(act.kind) ?? 'ARRÊTE :'} ».`,
    }];
  },
};

export const STR_002: DocumentedRule = {
  id: 'STR-002',
  title: 'Les blocs se suivent dans l’ordre : en-tête, titre, autorité, visas, considérants, dispositif, articles, « Fait à », signature.',
  kinds: 'all',
  severity: 'information',
  source: { label: 'Usage (modèles d’actes) et squelettes du Guide de légistique', url: null },
  status: 'unconfirmed',
  doc: { details: 'Un exposé (« En application de … EN CONSÉQUENCE : ») avant l’autorité est accepté pour une décision, et avant les visas pour une délibération. Une seule remarque par acte : le premier bloc hors de sa place. Muet sur les textes dont la mise en page est perdue (OCR).' },
  check(ctx) {
    const { act, index } = ctx;
    if (!looksLikeAct(act) || derived(ctx).flattened) return [];
    const verbAt = act.dispositive ? index.offsetAt(act.dispositive.range.start) : null;
    const firstCons = act.considerants[0];
    const lastArticle = act.articles[act.articles.length - 1];
    const out: Finding[] = [];
    const say = (range: Range, message: string) => { if (out.length === 0) out.push({ range, message }); };
    if (act.authority && act.visas.length && act.authority.start > act.visas[0].start && act.authority.start < (verbAt ?? Infinity)) {
      say(act.authority.range, 'L’autorité (« Le Maire de … ») s’écrit avant les visas : déplacez cette ligne au-dessus du premier « Vu ».');
    }
    if (firstCons) {
      const late = act.visas.find((v) => v.start > firstCons.start && (verbAt === null || v.start < verbAt));
      if (late) say(late.range, 'Ce visa suit un considérant : les visas (« Vu … ») précèdent les considérants.');
    }
    if (verbAt !== null) {
      const lateRecital = lastArticle
        ? [...act.visas, ...act.considerants].find((r) => r.start > verbAt && r.start < lastArticle.start && !act.articles.some((a) => r.start >= a.start && r.end <= a.end))
        : undefined;
      if (lateRecital) say(lateRecital.range, 'Ce visa ou considérant suit le verbe du dispositif : il doit précéder « ARRÊTE : » / « DÉCIDE : ».');
      const early = act.articles.find((a) => a.end <= verbAt);
      if (early) say(early.headingRange, 'Cet article précède le verbe du dispositif : le verbe (« ARRÊTE : », « DÉCIDE : ») ouvre le dispositif, avant l’article 1er.');
    }
    if (act.placeDate && lastArticle && act.placeDate.start < lastArticle.start) {
      say(act.placeDate.range, '« Fait à … » se place après le dernier article, juste avant la signature.');
    }
    return out;
  },
};

export const STR_003: DocumentedRule = {
  id: 'STR-003',
  display: 'style',
  groupMessage: (n) => `${n} remarques sur la numérotation des articles (« 1er », « Article unique », suite des numéros).`,
  title: 'Les articles sont numérotés dans l’ordre à partir de « 1er », sans lacune ni doublon ; un article seul est l’« Article unique ».',
  kinds: 'all',
  severity: 'warning',
  source: { label: 'Guide de légistique, 3.2.2 (division du texte)', url: GUIDE_322 },
  status: 'confirmed',
  doc: { details: 'Avertissement pour une lacune ou un doublon, sur l’article mal numéroté seulement (dans 1er, 1er, 3, le second ; l’article qui suit à sa place n’est pas signalé) (correctif : renuméroter 1er, 2, 3…) ; information pour « Article 1 » / « Article premier » (→ « 1er »), « Article 2° » (→ « 2 ») et pour un article seul numéroté « 1er » (→ « Article unique »).' },
  check(ctx) {
    const { act } = ctx;
    const out: Finding[] = [];
    const arts = act.articles;
    if (arts.length === 0) {
      // A dispositif written as a numbered list: it holds articles, not numbered.
      const list = mentionOf(act, 'numbered-dispositif');
      return list ? [{
        range: ctx.index.range(list.start, list.end),
        severity: 'information',
        message: `Le dispositif est une liste numérotée (« 1. », « 2. ») : un ${act.kind.startsWith('arrete') ? 'arrêté' : 'acte'} se divise en articles, « Article 1er », « Article 2 »… (Guide de légistique).`,
      }] : [];
    }
    const first = arts[0];
    if (first.number === '1er' && first.numberText !== '1er' && !/^1\s*\^?\{?er\}?$/.test(first.numberText)) {
      out.push({
        range: first.numberRange,
        severity: 'information',
        message: `Écrivez « Article 1er » plutôt que « Article ${first.numberText} » (Guide de légistique).`,
        fixes: [{ title: 'Remplacer par « 1er »', preferred: true, edits: [{ range: first.numberRange, newText: '1er' }] }],
      });
    }
    if (arts.length === 1 && first.number === '1er') {
      out.push({
        range: first.numberRange,
        severity: 'information',
        message: 'L’acte ne compte qu’un article : intitulez-le « Article unique » (Guide de légistique).',
        fixes: [{ title: 'Remplacer par « unique »', preferred: true, edits: [{ range: first.numberRange, newText: 'unique' }] }],
      });
    }
    for (let ai = 0; ai < arts.length; ai++) {
      const a = arts[ai];
      if (a !== first && a.number && /^\d+$/.test(a.number) && /^\d+\s*(?:°|\^\{?[o°]\}?|o)$/.test(a.numberText)) {
        out.push({
          range: a.numberRange,
          severity: 'information',
          message: `Écrivez « Article ${a.number} » sans « ° » : le signe « ° » numérote les alinéas d’une énumération (1°, 2°…), pas les articles.`,
          fixes: [{ title: `Remplacer par « ${a.number} »`, preferred: true, edits: [{ range: a.numberRange, newText: a.number }] }],
        });
      }
    }
    // One renumbering for the whole act, built when the editor asks and shared by every misnumbered
    // article (one per article would be quadratic).
    let renumbering: readonly Fix[] | undefined;
    const renumber = () => (renumbering ??= [renumberFix(arts)]);
    let expected = 1;
    // An article numbered as its place says is right even after a misnumbered one: 1er, 1er, 3 flags the second
    // article only, not the third as well.
    let place = 0;
    for (let ai = 0; ai < arts.length; ai++) {
      const a = arts[ai];
      if (a.number === 'unique') {
        if (arts.length > 1) out.push({ range: a.numberRange, message: '« Article unique » alors que l’acte compte plusieurs articles : numérotez-les 1er, 2, 3…', fixes: renumber });
        continue;
      }
      const n = a.number === '1er' ? 1 : Number(a.number);
      if (!Number.isFinite(n)) continue;
      place++;
      if (n !== expected && n !== place) {
        const want = expected === 1 ? '1er' : String(expected);
        out.push({
          range: a.numberRange,
          message: n < expected
            ? `Article ${a.numberText} en double ou hors d’ordre : on attend l’article ${want}.`
            : `Numérotation interrompue : l’article ${a.numberText} suit l’article ${expected === 1 ? '—' : expected - 1 === 1 ? '1er' : expected - 1} ; on attend l’article ${want}.`,
          fixes: renumber,
        });
      }
      expected = n + 1;
    }
    return out;
  },
};

/** Renumber every article 1er, 2, 3… (only the numbers change). */
export function renumberFix(arts: readonly { number: string | null; numberText: string; numberRange: Range }[]): Fix {
  const edits = [];
  let i = 1;
  for (const a of arts) {
    const want = i === 1 ? '1er' : String(i);
    if (a.number === 'unique' && arts.length === 1) continue;
    if (a.numberText !== want) edits.push({ range: a.numberRange, newText: want });
    i++;
  }
  return { title: 'Renuméroter les articles (1er, 2, 3…)', preferred: true, edits };
}

export const STR_004: DocumentedRule = {
  id: 'STR-004',
  title: 'Les énumérations d’un article se suivent sans lacune (1°, 2°, 3° ; a), b), c)).',
  kinds: 'all',
  severity: 'information',
  source: { label: 'Guide de légistique, 3.2.2 (division du texte)', url: GUIDE_322 },
  status: 'confirmed',
  doc: { details: 'Vérifie, en début de ligne dans chaque article, que les éléments « 1° », « 2° »… et « a) », « b) »… se suivent. Le Guide prévoit : premier niveau 1°, 2° ; deuxième niveau a), b) ; troisième niveau un tiret ; « I, II » seulement pour diviser un article ; chaque élément se termine par « ; » sauf le dernier ; renvoyer au « 2° du II de l’article 3 ». Rien pour une délibération qui délègue au maire des matières de l’article L. 2122-22 : elle en garde les numéros. Correctif : renuméroter la liste à partir de l’élément fautif.' },
  check(ctx) {
    const { act } = ctx;
    if (derived(ctx).flattened) return [];
    const out: Finding[] = [];
    // (A délibération that delegates to the maire keeps the numbers of the matters of L. 2122-22 it delegates: 1°, 2°,
    // 4°… is no gap.)
    if (act.delegation && act.delegation.matters.length > 1) return [];
    const items = mentionsOf(act, 'enumeration');
    let i = 0;
    for (let vi = 0, all = act.articles; vi < all.length; vi++) {
      const a = all[vi];
      let lastNum = 0;
      let lastLetter = 0;
      for (; i < items.length && items[i].start < a.end; i++) {
        const m = items[i];
        if (m.start < a.start || !m.value) continue;
        if (m.flag) {
          const n = Number(m.value);
          if (lastNum > 0 && n !== lastNum + 1 && n !== 1) {
            out.push({ range: ctx.index.range(m.start, m.end), message: `Énumération interrompue : « ${n}° » suit « ${lastNum}° » ; on attend « ${lastNum + 1}° ».`, fixes: renumberFrom(ctx, items, i, a.end, lastNum + 1) });
          }
          lastNum = n;
          lastLetter = 0;
        } else {
          const n = m.value.charCodeAt(0) - 96;
          if (lastLetter > 0 && n !== lastLetter + 1 && n !== 1) {
            out.push({ range: ctx.index.range(m.start, m.end), message: `Énumération interrompue : « ${m.value}) » suit « ${String.fromCharCode(96 + lastLetter)}) » ; on attend « ${String.fromCharCode(97 + lastLetter)}) ».`, fixes: renumberFrom(ctx, items, i, a.end, lastLetter + 1) });
          }
          lastLetter = n;
        }
      }
    }
    return out.slice(0, 5);
  },
};

/**
 * Renumber an enumeration from its item `from` to the end of its list (the article's end, a list started again at 1° or
 * a), or, for letters, the next numbered item): « 4° » → « 3° », and each one after it.
 */
function renumberFrom(ctx: RuleContext, items: readonly Mention[], from: number, end: number, first: number): Fix[] {
  const numbered = items[from].flag;
  const edits: TextEdit[] = [];
  let expected = first;
  for (let k = from; k < items.length && items[k].start < end; k++) {
    const m = items[k];
    if (!m.value) continue;
    if (m.flag !== numbered) {
      if (numbered) continue;
      break;
    }
    if (k > from && (m.value === '1' || m.value === 'a')) break;
    const written = ctx.text.slice(m.start, m.end);
    const at = numbered ? /\d+/.exec(written) : /[a-z]/i.exec(written);
    const want = numbered ? String(expected) : String.fromCharCode(96 + expected);
    if (at && at[0] !== want) edits.push({ range: ctx.index.range(m.start + at.index, m.start + at.index + at[0].length), newText: want });
    expected++;
  }
  const label = numbered ? `${first}°` : `${String.fromCharCode(96 + first)})`;
  return edits.length ? [{ title: edits.length > 1 ? `Renuméroter à partir de « ${label} »` : `Écrire « ${label} »`, preferred: true, edits }] : [];
}

export const STR_005: DocumentedRule = {
  id: 'STR-005',
  title: 'Un arrêté ou une décision se termine par un article d’exécution (« … sont chargés, chacun en ce qui le concerne, de l’exécution du présent arrêté »).',
  kinds: ['arrete-maire', 'arrete-president', 'decision-maire', 'decision-president'],
  severity: 'information',
  source: { label: 'Usage ; le Guide de légistique place l’article d’exécution en dernier pour les décrets et arrêtés', url: null },
  status: 'unconfirmed',
  doc: { details: 'Aucune obligation légale n’a été trouvée pour les actes locaux : simple information.' },
  check(ctx) {
    const { act } = ctx;
    if (act.articles.length === 0) return [];
    if (mentionOf(act, 'execution-clause')) return [];
    const last = act.articles[act.articles.length - 1];
    const noun = isArrete(act.kind) ? 'du présent arrêté' : 'de la présente décision';
    // (Who executes it is the author's choice: the fix names the directeur général des services, not preferred.)
    const fix = articleFix(ctx, `Le directeur général des services est chargé de l’exécution ${noun}.`, 'Insérer l’article d’exécution (le directeur général des services)', false);
    return [{
      range: last.headingRange,
      message: `Pas d’article d’exécution : terminez par « Le directeur général des services … est chargé de l’exécution ${noun} » (usage).`,
      fixes: fix ? [fix] : [],
    }];
  },
};

export const STR_006: DocumentedRule = {
  id: 'STR-006',
  display: 'complet',
  title: 'L’en-tête identifie la collectivité (et, pour une commune, son département).',
  kinds: 'all',
  severity: 'information',
  source: { label: 'Usage (modèles d’actes)', url: null },
  status: 'unconfirmed',
  doc: { details: 'L’absence de « RÉPUBLIQUE FRANÇAISE » n’est pas signalée. Le département sert à vérifier le tribunal administratif (REC-002) et l’identifiant de télétransmission (PUB-009) : il est signalé seulement s’il n’est connu ni par le profil, ni par l’en-tête, ni par l’identifiant ; simple suggestion quand le registre des collectivités le donne (une seule commune de ce nom). Rien pour l’acte d’un département, d’une région, d’une collectivité d’outre-mer ou d’un établissement public local qui se nomme ainsi.' },
  check(ctx) {
    const { act, profile } = ctx;
    if (!looksLikeAct(act) || derived(ctx).flattened) return [];
    // (A département, a région, an outre-mer collectivité or an établissement named as such by the act: its own header.)
    if (act.authorBody === 'departement' || act.authorBody === 'region' || act.authorBody === 'outre-mer' || act.authorBody === 'etablissement') return [];
    const named = act.header.collectivite || profile.name || act.authority || mentionOf(act, 'collectivite-named');
    const at = act.title?.range ?? act.header.republique?.range ?? { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };
    if (!named) {
      return [{ range: at, message: 'L’en-tête ne nomme pas la collectivité : ajoutez son nom en tête de l’acte (« Commune de … », le nom de l’EPCI ou du syndicat).' }];
    }
    const commune = act.header.collectivite?.type === 'commune' || profile.kind === 'commune' || act.kind.endsWith('-maire') || act.kind === 'deliberation-cm';
    const dep = departementOf(ctx);
    if (commune && (!dep || dep.from === 'register') && !mentionOf(act, 'departement-named')) {
      // (Known from the register of collectivités, where the commune's name is found once: a suggestion only.)
      if (dep) return [{ range: act.header.collectivite?.range ?? at, severity: 'hint', message: `Le département (${dep.name}, celui de la collectivité au registre des collectivités) n’est écrit ni dans l’en-tête ni dans le profil : ajoutez « Département de … » sous le nom de la collectivité.` }];
      return [{ range: act.header.collectivite?.range ?? at, message: 'Le département n’apparaît ni dans l’en-tête ni dans le profil : ajoutez « Département de … » sous le nom de la collectivité (il détermine le tribunal administratif compétent).' }];
    }
    return [];
  },
};

/** STR-007 shows the first twelve fields left unfilled; the last one says how many more. */
const MAX_SHOWN = 12;

export const STR_007: DocumentedRule = {
  id: 'STR-007',
  title: 'Un champ du modèle n’est pas rempli (« [NOM DE LA COMMUNE] », « XX/XX/2025 », « (préciser) », « Présents : __ »).',
  kinds: 'all',
  severity: 'warning',
  source: { label: 'Usage : un acte signé et publié ne garde aucun champ de modèle (CRPA, art. L. 212-1 pour la signature et la mention du signataire)', url: null, code: 'CRPA', article: 'L212-1' },
  status: 'unconfirmed',
  doc: { details: 'Les champs d’un modèle laissés tels quels : un texte entre crochets qui nomme ce qu’il faut écrire (« [NOM] », « [VILLE] », « [date de la séance] »), une date ou un numéro en « XX » ou en « __ », une consigne entre parenthèses (« (préciser la voie) », « (Nom Prénom) », « (rayer la mention inutile) »), un champ de fusion (« «NOM_AGENT» », « {{date}} »), et avant la signature des blancs (« Présents : __ », « M./Mme …………… »). Les blancs qu’une copie papier laisse à remplir à la main (« Publié le …… », « Notifié le ____ », « Signature : ____ ») les points de conduite avant une valeur (« Associations ........ gratuit »), les notes d’un export (« [Signature] », « [Cachet] ») et les données occultées d’une version publiée (« [nom occulté] ») ne sont pas signalés. Un acte ainsi laissé se lit mal : les autres règles prennent le champ pour une valeur (« Commune de [NOM] ») ou pour une absence.' },
  check(ctx) {
    const found = mentionsOf(ctx.act, 'placeholder');
    return found.slice(0, MAX_SHOWN).map((m, i) => ({
      range: ctx.index.range(m.start, m.end),
      message: i === MAX_SHOWN - 1 && found.length > MAX_SHOWN
        ? `Champ du modèle non rempli : « ${m.value} » (et ${found.length - MAX_SHOWN} autre${found.length - MAX_SHOWN > 1 ? 's' : ''}) ; remplacez chacun par sa valeur avant de signer et de publier l’acte.`
        : `Champ du modèle non rempli : « ${m.value} » ; remplacez-le par sa valeur avant de signer et de publier l’acte.`,
    }));
  },
};

export const STR_008: DocumentedRule = {
  id: 'STR-008',
  title: 'Un document trop long pour être lu acte par acte n’est vérifié qu’en partie.',
  kinds: 'all',
  severity: 'warning',
  source: { label: 'Limite de l’outil (lecture)', url: null },
  status: 'secondary',
  doc: { details: 'Chaque acte d’un recueil ou d’un compte rendu est vérifié par toutes les règles, dont certaines regardent le document entier : au-delà d’environ 24 millions de caractères (le nombre d’actes multiplié par la longueur du document ; par exemple plus de douze actes dans un fichier de 2 Mo, plus de cent vingt dans un fichier de 200 ko), les actes suivants ne sont ni lus ni vérifiés. Avertissement sur le premier acte non lu : découpez le fichier (un acte, ou une séance, par fichier), ou vérifiez un dossier de fichiers.' },
  check(ctx) {
    const m = mentionOf(ctx.act, 'unread-acts');
    if (!m) return [];
    const n = Number(m.value);
    return [{
      range: ctx.index.range(m.start, m.end),
      message: `Ce document contient trop d’actes pour être lu acte par acte : à partir d’ici, ${n} acte${n > 1 ? 's ne sont' : ' n’est'} ni lu${n > 1 ? 's' : ''} ni vérifié${n > 1 ? 's' : ''}. Découpez-le en plusieurs fichiers (un acte ou une séance par fichier), que la vérification d’un dossier lira tous.`,
    }];
  },
};

export const STR_009: DocumentedRule = {
  id: 'STR-009',
  title: 'Le texte est du texte brut, non du HTML collé (balises « <p> », entités « &eacute; »).',
  kinds: 'all',
  severity: 'warning',
  source: { label: 'Limite de l’outil (lecture)', url: null },
  status: 'secondary',
  doc: { details: 'Deux balises ou entités HTML au moins (« <p> », « <br> », « &nbsp; », « &eacute; »…) : le lecteur ne les décode pas, et les champs qu’elles coupent (numéro, objet, articles) ne sont pas lus, donc pas vérifiés. Avertissement sur la première : collez le texte brut (depuis le navigateur, « Coller sans mise en forme »).' },
  check(ctx) {
    const m = mentionOf(ctx.act, 'html-markup');
    if (!m) return [];
    return [{
      range: ctx.index.range(m.start, m.end),
      message: `Le texte contient du HTML (${m.value} balises ou entités, dont « ${ctx.text.slice(m.start, m.end)} ») : l’acte n’est lu qu’en partie et ce qui n’est pas lu n’est pas vérifié. Collez le texte brut (« Coller sans mise en forme »).`,
    }];
  },
};
