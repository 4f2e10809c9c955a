// Source of syntaxes/acte.tmLanguage.json (the TextMate grammar of the `acte`
// language). Edit this file, then run `node syntaxes/build-grammar.mjs`;
// test/grammar.test.ts fails when the JSON is out of date.
//
// Why a generator: the same regex fragments (months, dates, accent classes,
// the optional Markdown prefix of a line) appear in many rules; writing them
// once keeps the rules consistent and readable.
//
// Conventions
// - The grammar is line-oriented and tolerant: case- and accent-insensitive
//   where drafting varies (`(?i:...)` plus classes like [eé]), and it accepts
//   the artefacts of PDF conversion: `**` emphasis, `- Vu**`, `^{er}`, `2^o`.
// - Every regex is linear: no nested quantifiers over overlapping classes,
//   bounded repetitions for free text, alternations of literals.
// - Scope names: when a token carries two scopes ("a b"), the first is the
//   standard TextMate family that Dark+/Light+ colour (support.type,
//   constant.numeric…), the second the precise scope of this language
//   (entity.name.reference…, constant.other.date…). A scope without a theme
//   rule inherits the colour of its parent, so both are kept.

import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

// ---------------------------------------------------------------------------
// The lexicon (server/src/core/lexicon/lexicon.json): the same verbs and formulas the reader knows.
// ---------------------------------------------------------------------------

const LEXICON = JSON.parse(readFileSync(new URL('../server/src/core/lexicon/lexicon.json', import.meta.url), 'utf8'));

const ACCENTS = { e: 'eéèêë', a: 'aàâä', i: 'iîï', o: 'oôö', u: 'uùûü', c: 'cç' };
const escapeRe = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** A word with accent-tolerant vowels, in the case it is written ("ARRÊTE" → "ARR[EÊ]TE"). */
function tolerant(word, { upper = false, blank = '[ \\t\\u00a0\\u202f]+' } = {}) {
  const base = word.normalize('NFD').replace(/[\u0300-\u036f]/g, '');
  let out = '';
  for (let i = 0; i < word.length; i++) {
    const ch = word[i];
    const b = base[i] ?? ch;
    if (/\s/.test(ch)) out += blank;
    else if (ch === '’' || ch === "'") out += "['\u2019]";
    else if (ACCENTS[b.toLowerCase()] && (ch !== b || upper)) {
      const set = [...new Set([b, ch])].join('');
      out += set.length > 1 ? `[${set}]` : set;
    } else out += escapeRe(ch);
  }
  return out;
}
/** Alternation, longest first, of words in their written case. */
const alt = (words, opts) => [...new Set(words.map((w) => tolerant(w, opts)))].sort((a, b) => b.length - a.length).join('|');
/** The dispositive verbs in capitals, and letter-spaced ("A R R Ê T O N S"). */
const VERBS_UPPER = alt(LEXICON.dispositiveVerbs.filter((v) => !v.aloneOnly).map((v) => v.written));
const VERBS_SPACED = [...new Set(LEXICON.dispositiveVerbs.filter((v) => !v.aloneOnly).map((v) => [...v.written].map((c) => tolerant(c)).join('[ \\t]')))].join('|');
/** The same, case-insensitive (inside (?i:…)), with the misspelt forms allowed at a line start. */
const VERBS_ANY = alt(LEXICON.dispositiveVerbs.map((v) => v.written.toLowerCase()));
const FORMULAS = alt(LEXICON.deliberationFormulas, { blank: '[ \\t\\u00a0\\u202f]+' });

// ---------------------------------------------------------------------------
// Fragments
// ---------------------------------------------------------------------------

/** Horizontal blank: space, tab, no-break space, narrow no-break space. */
const B = '[ \\t\\u00a0\\u202f]';
/** Apostrophe, straight or typographic. */
const AP = "['\u2019]";
/** Apostrophes, for use inside a character class. */
const AP_CHARS = "'\u2019";
/** Optional Markdown bullet (needs a blank after it, so `**` is not a bullet). */
const BULLET = `(?:[-+\u2022\u2013][ \\t]+|\\*[ \\t]+)?`;
/** Optional Markdown heading marks. */
const HASHES = '(?:#{1,6}[ \\t]+)?';
/** Optional Markdown strong emphasis. */
const EMPH = '(?:\\*\\*|__)?';
/** Start of a structural line: indentation, bullet, heading marks, `**`. */
const LS = `^[ \\t]*${HASHES}${BULLET}${EMPH}[ \\t]*`;
/** Not preceded by a word character (a left word boundary that also works before `*`). */
const NWB = '(?<![\\w])';
/** Not followed by a word character. */
const NWA = '(?![\\w])';
/** Uppercase letter, accents included. */
const UP = '[A-Z\u00c0-\u00d6\u00d8-\u00de\u0152]';
/** Lowercase letter, accents included. */
const LOW = '[a-z\u00df-\u00f6\u00f8-\u00ff\u0153]';

const MONTH =
  '(?:janvier|f[eé]vrier|mars|avril|mai|juin|juillet|ao[uû]t|septembre|octobre|novembre|d[eé]cembre' +
  '|janv\\.?|f[eé]vr?\\.?|avr\\.?|juil\\.?|jui?n|jul|sept?\\.?|oct\\.?|nov\\.?|d[eé]c\\.?)';
const WEEKDAY = '(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)';
/** Day of month: 1er, 1^{er}, 1°, 01, 17. */
const DAY = `(?:1${B}?(?:er|\\^\\{er\\}|\\^er|°|re)|[0-3]?[0-9])`;
/** "mardi 24 juin 2025", "1er juillet 2022", "24 JUN 2025" (no capture groups). */
const DATE_TEXT = `(?i:\\b(?:${WEEKDAY}${B}+)?${DAY}${B}+${MONTH}(?![\\w])${B}+[12][0-9]{3})(?![0-9])`;
/** "18/06/2025", "18/06/25", "17.04.2025". */
const DATE_NUM = `(?<![\\w/.])(?:[0-3]?[0-9]/[01]?[0-9]/(?:[12][0-9]{3}|[0-9]{2})|[0-3]?[0-9]\\.[01][0-9]\\.[12][0-9]{3})(?![\\w/])`;
const DATE = `(?:${DATE_TEXT}|${DATE_NUM})`;

/** "n°", "N°", "no", "n o", "numéro". */
const NUMERO = `(?i:n${B}?[°º]|no\\.?|n${B}o|num[eé]ro)`;

/** Part letter and number of a code article: L. 2122-22, L.2122-23, L2122-22, R. 421-1, LO 1112-1, D. 2131-1. */
const CODE_ARTICLE =
  `(?<![\\w.])(?:L${B}?\\.?${B}?O\\.?|L|R\\.?\\*?|D\\.)${B}?\\.?${B}?[0-9]{1,4}(?:${B}?[-\u2011\u2013]${B}?[0-9]{1,4}){1,4}(?![\\w])`;

const CODES = [
  'g[eé]n[eé]ral des collectivit[eé]s territoriales',
  'des relations entre le public et l[\'\u2019]administration',
  'de justice administrative',
  'de l[\'\u2019]urbanisme',
  'de la route',
  'de la voirie routi[eè]re',
  'de l[\'\u2019]environnement',
  'du patrimoine',
  'de la sant[eé] publique',
  'de la commande publique',
  'g[eé]n[eé]ral de la propri[eé]t[eé] des personnes publiques',
  'de la construction et de l[\'\u2019]habitation',
  'de l[\'\u2019]action sociale et des familles',
  'de la s[eé]curit[eé] int[eé]rieure',
  'g[eé]n[eé]ral de la fonction publique',
  'g[eé]n[eé]ral des imp[oô]ts',
  'rural et de la p[eê]che maritime',
  'rural',
  'civil',
  'p[eé]nal',
  '[eé]lectoral',
  'du travail',
  'de l[\'\u2019][eé]ducation',
  'du sport',
  'du tourisme',
  'des transports',
  'de l[\'\u2019][eé]nergie',
  'de commerce',
  'de la consommation',
  'forestier',
  'minier',
  'des communes',
].map((c) => c.replace(/ /g, `${B}+`));
const CODE_NAME = `(?i:\\bcode${B}+(?:${CODES.join('|')})(?![\\w])|\\b(?:du|le)${B}+(?:m[eê]me|pr[eé]sent)${B}+code(?![\\w]))`;
const CODE_ACRONYM = `${NWB}(?:CGCT|CRPA|CJA|CGPPP|CCH|CSP|CSI|CGFP|CGI)${NWA}`;

/** Local number of an act: DDM-2025-075, DCM-2020-117, CM2025/04/07/19-1, BM2025/06/24/12, DEL2023-001. */
const ACT_NUMBER =
  '(?<![\\w/-])[A-Z]{1,8}[-_]?(?:[0-9]{4,8}(?:[-/_][0-9A-Za-z]+){0,5}|[0-9]{2,3}(?:[-/_][0-9A-Za-z]+){1,5})(?![\\w/])';
/** Number after "délibération n°": letters optional, at least one digit. */
const DELIB_NUMBER = '(?:[A-Za-z]{1,8}[-_]?)?[0-9][0-9A-Za-z]*(?:[-/_.][0-9A-Za-z]+)*';

/** Article number in a heading: 1er, 1^{er}, 2^o, 3, 4 bis, premier, unique, II. */
const ART_NUM =
  `(?:[0-9]{1,3}(?:${B}?(?:\\^\\{?(?:er|ER|re|o|e|ème|eme)\\}?|er|ER|re|°|ème|eme|e))?(?:${B}+(?:bis|ter|quater|BIS|TER|QUATER))?` +
  '|(?i:premier|unique)|[IVX]{1,5}(?![\\w]|\\.' + B + '?[0-9]))(?![\\w])';

/** Qualities of a signatory. */
const QUALITY =
  '(?i:pour' + B + '+l[ea]' + B + '+(?:maire|pr[eé]sidente?)(?:' + B + '+et)?' + B + '+par' + B + '+d[eé]l[eé]gation' +
  '|p/' + B + '*l[ea]' + B + '+(?:maire|pr[eé]sidente?)' +
  '|par' + B + '+d[eé]l[eé]gation' +
  '|(?:l[ea]' + B + '+|l' + AP + B + '*)(?:' +
  'maire(?:-adjointe?)?' +
  '|vice-?' + B + '?pr[eé]sidente?' +
  '|pr[eé]sidente?(?:' + B + '+de' + B + '+s[eé]ance)?' +
  '|(?:premi[eè]re?' + B + '+)?adjointe?(?:' + B + '+au' + B + '+maire)?(?:' + B + '+d[eé]l[eé]gu[eé]e?)?' +
  '|conseill[eè]re?(?:' + B + '+(?:municipale?|communautaire|m[eé]tropolitaine?))?' + B + '+d[eé]l[eé]gu[eé]e?' +
  '|secr[eé]taire' + B + '+de' + B + '+s[eé]ance' +
  '|directeur|directrice' +
  '))(?![\\w])';
/** Complement of a quality: "de la Ville de Chambéry", "délégué à l'urbanisme". */
const QUALITY_COMPLEMENT =
  `(?:${B}*,?${B}+(?i:de|du|des|d${AP}|à|a|aux|au|charg[eé]e?|d[eé]l[eé]gu[eé]e?|en${B}+charge)(?![\\w])[^.;:!?\\n]{0,120})?`;
/** "Marie DUPONT", "Jean-Pierre LE GOFF", "M. Paul MARTIN". */
const PERSON =
  `(?:(?:M\\.|Mme|Monsieur|Madame)${B}+)?${UP}${LOW}+(?:(?:-|${B})${UP}${LOW}+)?${B}+${UP}{2,}(?:[-'\u2019]${UP}+)*(?:${B}+${UP}{2,}(?:[-'\u2019]${UP}+)*){0,2}`;

/** Lookahead: a line that starts a new block, which ends a visa or considérant paragraph. */
const NEW_BLOCK =
  `(?=[ \\t]*${BULLET}${EMPH}(?:(?:Vu|VU|Consid[eé]rant|CONSID[EÉ]RANT|Article|ARTICLE|Art\\.|Fait|FAIT|Pour|POUR)(?![\\w])` +
  `|(?i:apr[eè]s${B}+en${B}+avoir|en${B}+cons[eé]quence|l[ea]${B}+(?:maire|pr[eé]sident|conseil|bureau))` +
  `|${UP}{2}))`;
/** End of a visa or considérant paragraph. */
const PARAGRAPH_END = `(?<=[;,.:])[ \\t*_]*$|^(?=[ \\t]*$)|^${NEW_BLOCK}`;

// ---------------------------------------------------------------------------
// Scopes
// ---------------------------------------------------------------------------

const S = {
  title: 'markup.heading.title.acte entity.name.section.title.acte',
  seanceHeading: 'markup.heading.seance.acte',
  header: 'markup.bold.header.acte',
  actNumber: 'string.other.act-number.acte',
  visaMeta: 'meta.visa.acte',
  visaKeyword: 'keyword.other.visa.acte',
  considerantMeta: 'meta.considerant.acte',
  considerantKeyword: 'keyword.other.considerant.acte',
  transition: 'keyword.other.transition.acte',
  dispositive: 'keyword.control.dispositive.acte',
  vote: 'keyword.other.vote.acte',
  articleHeading: 'markup.heading.article.acte',
  articleNumber: 'constant.numeric.article.acte',
  codeArticle: 'support.type.reference.acte entity.name.reference.code-article.acte',
  lawArticle: 'support.type.reference.acte entity.name.reference.article.acte',
  code: 'support.type.code.acte entity.name.reference.code.acte',
  text: 'support.type.reference.acte entity.name.reference.text.acte',
  deliberation: 'support.type.reference.acte entity.name.reference.deliberation.acte',
  date: 'constant.numeric.date.acte constant.other.date.acte',
  number: 'constant.numeric.acte',
  item: 'constant.numeric.item.acte',
  placeDateMeta: 'meta.place-date.acte',
  placeDateKeyword: 'keyword.other.place-date.acte',
  place: 'string.unquoted.place.acte',
  signature: 'entity.name.function.signature.acte',
  signatory: 'entity.name.function.signatory.acte',
  authority: 'entity.name.function.authority.acte',
  label: 'variable.other.label.acte',
  recours: 'markup.italic.mention.recours.acte',
  tribunal: 'entity.name.place.tribunal.acte',
  executoire: 'markup.italic.mention.executoire.acte',
  transmission: 'markup.italic.mention.transmission.acte',
  transmissionLabel: 'markup.italic.mention.transmission.acte variable.other.label.transmission.acte',
  identifier: 'string.other.identifier.acte',
  emphasis: 'punctuation.definition.bold.acte',
  bullet: 'punctuation.definition.list.acte',
};

// ---------------------------------------------------------------------------
// Rules
// ---------------------------------------------------------------------------

const inlineDate = { include: '#date' };

const repository = {
  // ----- inline pieces, usable anywhere --------------------------------------
  inline: {
    patterns: [
      { include: '#identifier' },
      { include: '#transmission-inline' },
      { include: '#executoire' },
      { include: '#recours' },
      { include: '#vote' },
      { include: '#reference' },
      inlineDate,
      { include: '#inline-keywords' },
      { include: '#seance-label' },
      { include: '#act-number' },
      { include: '#item' },
      { include: '#emphasis' },
    ],
  },

  identifier: {
    comment: 'Identifiant de télétransmission @CTES: DPT-SIREN-YYYYMMDD-NUMACTE-NATURE.',
    match: `(?<![\\w-])(?:[0-9]{3}|02[AB])-[0-9]{9}-[0-9]{8}-[A-Za-z0-9_ ]{1,30}?-(?:DE|AR|AI|CC|BF|AU)(?![\\w])`,
    name: S.identifier,
  },

  date: {
    patterns: [{ match: DATE, name: S.date }],
  },

  'act-number': {
    match: ACT_NUMBER,
    name: S.actNumber,
  },

  item: {
    comment: 'Enumerated item: 3°, 12°.',
    match: `(?<![\\w^])[0-9]{1,2}°`,
    name: S.item,
  },

  emphasis: {
    match: '\\*\\*|__',
    name: S.emphasis,
  },

  reference: {
    patterns: [
      {
        comment: 'Code article: "article L. 2122-22", "articles L.2122-22", "L2122-23", "R. 421-1".',
        match: `(?:(?i:\\barticles?|\\bart\\.)${B}*)?${CODE_ARTICLE}`,
        name: S.codeArticle,
      },
      {
        comment: 'Law, decree, ordinance or arrêté with number and/or date.',
        match:
          `(?i:\\b(?:loi(?:${B}+organique)?|d[eé]cret|ordonnance|arr[eê]t[eé](?:${B}+(?:minist[eé]riel|interminist[eé]riel|pr[eé]fectoral|municipal))?|circulaire|directive|r[eè]glement${B}+\\(?(?:UE|CE)\\)?))` +
          `${B}+(?:${NUMERO}${B}*([0-9]{2,4}(?:[-\u2011][0-9A-Za-z]+){1,3})(?:${B}+(?i:du)${B}+(${DATE}))?|(?i:du)${B}+(${DATE}))`,
        name: S.text,
        captures: {
          1: { name: S.actNumber },
          2: { name: S.date },
          3: { name: S.date },
        },
      },
      {
        comment: 'Délibération cited by number and/or date.',
        match:
          `(?i:\\bd[eé]lib[eé]rations?)${B}+(?:(?:${NUMERO}${B}*)?(${DELIB_NUMBER})(?:${B}+(?i:du|en${B}+date${B}+du)${B}+(${DATE}))?` +
          `|(?i:du|en${B}+date${B}+du)${B}+(${DATE}))`,
        name: S.deliberation,
        captures: {
          1: { name: S.actNumber },
          2: { name: S.date },
          3: { name: S.date },
        },
      },
      {
        comment: 'Article of a law or of the act itself: "son article 12", "l\'article 3".',
        match: `(?i:(?<=son${B}|ses${B}|l${AP}|les${B}|des${B}|aux${B})articles?${B}+[0-9]{1,3}(?:${B}?(?:er|bis|ter|quater))?(?:${B}*(?:,|et)${B}*[0-9]{1,3}(?:er)?){0,8})(?![\\w])`,
        name: S.lawArticle,
      },
      { match: CODE_NAME, name: S.code },
      { match: CODE_ACRONYM, name: S.code },
    ],
  },

  recours: {
    patterns: [
      {
        comment: 'Tribunal administratif de <ville>.',
        match: `(?i:\\btribunal${B}+administratif${B}+(?:de${B}+|d${AP}${B}*))((?:L[ae]s?${B}+)?${UP}[\\w${AP_CHARS}]*(?:-[\\w${AP_CHARS}]+)*)`,
        name: S.recours,
        captures: { 1: { name: S.tribunal } },
      },
      {
        match:
          `(?i:\\bvoies?${B}+et${B}+d[eé]lais?${B}+de${B}+recours` +
          `|\\brecours${B}+(?:gracieux|hi[eé]rarchique|contentieux|pour${B}+exc[eè]s${B}+de${B}+pouvoir|en${B}+annulation)` +
          `|\\bd[eé]lai${B}+de${B}+(?:deux|2)${B}+mois` +
          `|(?:\\bdans${B}+les${B}+)?\\b(?:deux|2)${B}+mois${B}+(?:[àa]${B}+compter|suivant)` +
          `|[àa]${B}+compter${B}+de${B}+(?:sa|son|la|leur|l${AP})${B}*(?:notification|publication|affichage|transmission|r[eé]ception|date${B}+de${B}+(?:publication|notification|r[eé]ception))` +
          `|\\bt[eé]l[eé]recours(?:${B}+citoyens?)?` +
          `|\\bwww\\.telerecours\\.fr)(?![\\w])`,
        name: S.recours,
      },
    ],
  },

  executoire: {
    match:
      `(?i:\\bcertifi[eé]e?s?(?:${B}+sous${B}+sa${B}+(?:seule${B}+)?responsabilit[eé])?${B}+(?:le${B}+caract[eè]re${B}+)?ex[eé]cutoire` +
      `|\\brendue?s?${B}+ex[eé]cutoires?|\\bacte${B}+(?:certifi[eé]${B}+)?ex[eé]cutoire|\\bcaract[eè]re${B}+ex[eé]cutoire` +
      `|\\bsign[eé]e?${B}+[eé]lectroniquement)(?![\\w])`,
    name: S.executoire,
  },

  'transmission-inline': {
    match:
      `(?i:\\baccus[eé]${B}+de${B}+r[eé]ception(?:${B}*[-\u2013]${B}*contr[oô]le${B}+de${B}+l[eé]galit[eé])?` +
      `|\\b(?:envoy[eé]|transmis|re[çc]u)${B}+(?:en${B}+|[àa]${B}+la${B}+)?pr[eé]fecture(?:${B}+le)?` +
      `|\\bar${B}+pr[eé]fecture` +
      `|\\bpubli[eé]e?${B}+le|\\baffich[eé]e?${B}+le|\\bre[çc]u${B}+le)(?![\\w])`,
    name: S.transmission,
  },

  vote: {
    match:
      `(?i:\\b(?:adopt[eé]e?s?${B}+)?[àa]${B}+l${AP}unanimit[eé](?:${B}+des${B}+(?:suffrages${B}+exprim[eé]s|membres${B}+pr[eé]sents(?:${B}+(?:et|ou)${B}+repr[eé]sent[eé]s)?|votants))?` +
      `|\\b(?:adopt[eé]e?s?${B}+)?[àa]${B}+la${B}+majorit[eé](?:${B}+(?:absolue|qualifi[eé]e|relative))?(?:${B}+des${B}+(?:suffrages${B}+exprim[eé]s|membres${B}+pr[eé]sents|votants))?)(?![\\w])`,
    name: S.vote,
  },

  'inline-keywords': {
    comment: 'Structural keywords found in the middle of a line (one-line OCR dumps, "…, DÉCIDE :").',
    patterns: [
      {
        match: `(?i:\\b(?:${FORMULAS}))(?![\\w])`,
        name: S.dispositive,
      },
      {
        match: `${NWB}(?:${VERBS_UPPER})(?![\\w])(?=[ \\t]*(?:\\*\\*)?[ \\t]*(?::|$)|${B}+(?:ARTICLE|Article)${NWA})`,
        name: S.dispositive,
      },
      {
        match: `(?<![\\w${AP}])(ARTICLE|Article|ART\\.)${B}+(${ART_NUM})(?=${B}*(?:\\*\\*)?${B}*(?:[:\u2013\u2014-]|$))`,
        name: S.articleHeading,
        captures: { 2: { name: S.articleNumber } },
      },
      {
        match: `(?<![\\w${AP}])(?:Vu|VU)(?=${B}+(?:le|la|les|l${AP}))`,
        name: S.visaKeyword,
      },
      {
        match: `(?<![\\w${AP}])(?:Consid[eé]rant|CONSID[EÉ]RANT)(?=${B}+(?:que|qu${AP}|le|la|les|l${AP}))`,
        name: S.considerantKeyword,
      },
      {
        match: `(?<![\\w${AP}])Fait${B}+(?:à|a)(?![\\w])`,
        name: S.placeDateKeyword,
      },
    ],
  },

  'seance-label': {
    patterns: [
      {
        comment: 'Labels followed by a count.',
        match:
          `(?i:\\b(?:nombre${B}+de${B}+)?(?:(?:conseillers|membres|d[eé]l[eé]gu[eé]s)(?:${B}+(?:municipaux|communautaires|m[eé]tropolitains|titulaires|du${B}+bureau))?${B}+en${B}+exercice` +
          `|(?:membres${B}+)?pr[eé]sents?|(?:membres${B}+)?repr[eé]sent[eé]e?s|pouvoirs|procurations|absents?(?:${B}+excus[eé]s)?|excus[eé]s` +
          `|votants|suffrages${B}+exprim[eé]s|pour|contre|abstentions?|blancs?(?:${B}+(?:ou|et)${B}+nuls)?|nuls` +
          `|ne${B}+prend(?:nent)?${B}+pas${B}+part${B}+au${B}+vote|quorum|en${B}+exercice))` +
          `(?:\\*\\*)?${B}*(:)${B}*(?:\\*\\*)?(?:([0-9]{1,4})(?![\\w/.,]|${B}+(?i:${MONTH})))?`,
        name: S.label,
        captures: { 2: { name: S.number } },
      },
      {
        comment: 'Other séance labels.',
        match:
          `(?i:\\b(?:date${B}+de${B}+(?:la${B}+)?convocation|date${B}+d${AP}affichage|pr[eé]sidence|objet|[eé]taient${B}+pr[eé]sents)` +
          `(?:\\*\\*)?${B}*:)`,
        name: S.label,
      },
      {
        comment: 'Labels followed by a person: "Secrétaire de séance : Paul MARTIN".',
        match:
          `(?i:\\b(?:secr[eé]taires?${B}+de${B}+s[eé]ance|pr[eé]sidente?${B}+de${B}+s[eé]ance|rapporteure?)(?:\\*\\*)?${B}*:)` +
          `(?:${B}*(?:\\*\\*)?${B}*([^,;()*\\n]{0,80}[^,;()*\\s]))?`,
        name: S.label,
        captures: { 1: { name: S.signatory } },
      },
      {
        match: `(?i:\\bsous${B}+la${B}+pr[eé]sidence${B}+de|\\bconvoqu[eé]e?s?${B}+le|\\b(?:a|ont)${B}+[eé]t[eé]${B}+(?:d[eé]sign[eé]e?s?|[eé]lue?s?)${B}+secr[eé]taires?(?:${B}+de${B}+s[eé]ance)?)(?![\\w])`,
        name: S.label,
      },
    ],
  },

  // ----- structural lines ------------------------------------------------------
  title: {
    comment: 'Title of the act: ARRÊTÉ, DÉCISION DU MAIRE, DÉLIBÉRATION, EXTRAIT DU REGISTRE…',
    begin:
      `^[ \\t]*${HASHES}${EMPH}[ \\t]*(?=` +
      `(?i:extrait${B}+d[ue]s?${B}+(?:registre|proc[eè]s)|registre${B}+des${B}+(?:d[eé]lib[eé]rations|arr[eê]t[eé]s|d[eé]cisions))` +
      `|(?:ARR[EÊ]T[EÉ]|D[EÉ]CISION|D[EÉ]LIB[EÉ]RATION)S?(?![\\w])(?![ \\t]*(?:\\*\\*)?[ \\t]*:)` +
      `|(?:Arr[eê]t[eé]|D[eé]cision|D[eé]lib[eé]ration)(?:${B}+(?:(?i:du${B}+(?:maire|pr[eé]sident|conseil|bureau)|municipal|temporaire|permanent|portant|relati(?:f|ve)|r[eé]glementant|valant)(?![\\w])|n${B}?[°º]|N${B}?[°º]|no\\.?${B}*[0-9])|[ \\t]*(?:\\*\\*)?[ \\t]*$)` +
      ')',
    end: '$',
    name: S.title,
    patterns: [{ include: '#date' }, { include: '#act-number' }, { include: '#emphasis' }],
  },

  'seance-heading': {
    begin: `^[ \\t]*${HASHES}${EMPH}[ \\t]*(?=(?i:s[eé]ance${B}+(?:du|de|ordinaire|extraordinaire|publique|pl[eé]ni[eè]re))(?![\\w]))`,
    end: '$',
    name: S.seanceHeading,
    patterns: [{ include: '#date' }, { include: '#emphasis' }],
  },

  header: {
    comment: 'Header lines: RÉPUBLIQUE FRANÇAISE, Département de…, Ville de…, Métropole…',
    match:
      `^[ \\t]*${HASHES}${EMPH}[ \\t]*((?i:r[eé]publique${B}+fran[cç]aise|libert[eé]${B}*[-\u2013,.]?${B}*[eé]galit[eé]${B}*[-\u2013,.]?${B}*fraternit[eé]` +
      `|(?:commune|ville|mairie|d[eé]partement|m[eé]tropole|communaut[eé]${B}+(?:de${B}+communes|d${AP}agglom[eé]ration|urbaine)|r[eé]gion|syndicat|pr[eé]fecture|arrondissement)(?![\\w])[^.;:!?\\n]{0,80}))` +
      `${EMPH}[ \\t]*$`,
    captures: { 1: { name: S.header } },
  },

  article: {
    comment: 'Article heading at the start of a line: "Article 1er", "ARTICLE 1^{er} :", "Art. 2 -", "Article unique".',
    match: `${LS}((?i:article${B}+|art\\.${B}*)(${ART_NUM})(?:\\*\\*|__)?(?:${B}*(?:[:.\u2013\u2014-]|\\*\\*)){0,2})`,
    captures: { 1: { name: S.articleHeading }, 2: { name: S.articleNumber } },
  },

  dispositive: {
    patterns: [
      {
        comment: 'Verb line: "ARRÊTE :", "Décide :", "DÉLIBÈRE :", "ARRÊTONS :".',
        match: `^([ \\t]*${BULLET})${EMPH}((?i:${VERBS_ANY}))(?=${EMPH}[ \\t]*(?:\\*\\*)?${B}*:)`,
        captures: { 2: { name: S.dispositive } },
      },
      {
        comment: 'Verb alone on its line, in capitals: "ARRETE", "DÉCIDE", "A R R E T O N S".',
        match: `^[ \\t]*${EMPH}(${VERBS_UPPER}|${VERBS_SPACED})${EMPH}[ \\t]*$`,
        captures: { 1: { name: S.dispositive } },
      },
      {
        comment: 'Capitalised verb at the start of a dispositive item: APPROUVE, AUTORISE, DIT, PREND ACTE, ADOPTE…',
        match:
          `^([ \\t]*${BULLET})${EMPH}(?=${UP}{2})((?i:approuvent|approuve|autorisent|autorise|dit|disent|prend${B}+acte|prennent${B}+acte|adoptent|adopt[eé]e?s?|[eé]met|[eé]mettent` +
          `|d[eé]cide|d[eé]signe|d[eé]l[eè]gue|fixe|accepte|sollicite|charge|attribue|abroge|valide|accorde|retire|confirme|rapporte|cr[eé]e|sollicitent|donne))(?![\\w])`,
        captures: { 2: { name: S.dispositive } },
      },
    ],
  },

  transition: {
    match: `^[ \\t]*${EMPH}((?i:en${B}+cons[eé]quence))(?![\\w])`,
    captures: { 1: { name: S.transition } },
  },

  visa: {
    begin: `^([ \\t]*${BULLET})(\\*\\*|__)?((?i:vu))(\\*\\*|__)?(?![\\w])`,
    beginCaptures: {
      2: { name: S.emphasis },
      3: { name: S.visaKeyword },
      4: { name: S.emphasis },
    },
    end: PARAGRAPH_END,
    name: S.visaMeta,
    patterns: [{ include: '#inline' }],
  },

  considerant: {
    begin: `^([ \\t]*${BULLET})(\\*\\*|__)?((?i:consid[eé]rant))(\\*\\*|__)?(?![\\w])`,
    beginCaptures: {
      2: { name: S.emphasis },
      3: { name: S.considerantKeyword },
      4: { name: S.emphasis },
    },
    end: PARAGRAPH_END,
    name: S.considerantMeta,
    patterns: [{ include: '#inline' }],
  },

  'place-date': {
    comment: '"Fait à Chambéry, le 17 avril 2025", "Fait et délibéré à …, les jour, mois et an que dessus".',
    begin: `^[ \\t]*${EMPH}[ \\t]*((?i:fait(?:${B}+et${B}+d[eé]lib[eé]r[eé])?${B}+(?:[àa]|en))(?![\\w]))(?:${B}+((?:[^,;\\s]|${B}(?!(?i:le|les)${B}))*[^,;\\s]))?`,
    beginCaptures: {
      1: { name: S.placeDateKeyword },
      2: { name: S.place },
    },
    end: '$',
    name: S.placeDateMeta,
    patterns: [
      { include: '#date' },
      {
        match: `(?i:\\bles?${B}+jours?,?${B}+mois${B}+et${B}+an${B}+(?:que${B}+)?(?:dessus|susdits)|\\ble${B}+m[eê]me${B}+jour)(?![\\w])`,
        name: S.date,
      },
      { include: '#emphasis' },
    ],
  },

  'transmission-label': {
    comment: 'Labels of the "Accusé de réception" block added by the télétransmission platform.',
    match:
      `^[ \\t]*${BULLET}${EMPH}((?i:nature${B}+de${B}+l${AP}acte|num[eé]ro${B}+attribu[eé]${B}+[àa]${B}+l${AP}acte|num[eé]ro${B}+de${B}+l${AP}acte|objet${B}+de${B}+l${AP}acte` +
      `|th[eè]me${B}+pr[eé]fecture|mati[eè]re|classification|date${B}+de${B}+l${AP}acte|date${B}+de${B}+d[eé]cision|annexes?|annexe\\(s\\)` +
      `|identifiant${B}+de${B}+t[eé]l[eé]transmission|identifiant${B}+unique${B}+de${B}+l${AP}acte|date${B}+de${B}+transmission(?:${B}+en${B}+pr[eé]fecture)?` +
      `|date${B}+de${B}+r[eé]ception(?:${B}+en${B}+pr[eé]fecture)?|date${B}+de${B}+publication|publication|date${B}+d${AP}affichage|affichage|id)` +
      `(?:\\*\\*)?${B}*:)`,
    captures: { 1: { name: S.transmissionLabel } },
  },

  signature: {
    comment: 'Quality of a signatory, alone on its line or followed by a name: "Le Maire,", "Pour le Maire et par délégation, L\'Adjoint délégué".',
    match:
      `^[ \\t]*${EMPH}[ \\t]*(${QUALITY}(?:${B}*,?${B}*${QUALITY}){0,2}${QUALITY_COMPLEMENT})` +
      `(?:${B}*,?${B}*(${PERSON}))?${EMPH}[ \\t]*,?[ \\t]*${EMPH}[ \\t]*$`,
    captures: { 1: { name: S.signature }, 2: { name: S.signatory } },
  },

  signatory: {
    comment: 'Prénom NOM alone on its line (below a quality).',
    match: `^[ \\t]*${EMPH}[ \\t]*(${PERSON})${EMPH}[ \\t]*,?[ \\t]*$`,
    captures: { 1: { name: S.signatory } },
  },

  authority: {
    comment: 'Deliberating body or author: "Le conseil municipal,", "LE BUREAU DE LA MÉTROPOLE…", "Nous, Maire de…".',
    match:
      `^[ \\t]*${EMPH}[ \\t]*((?i:l[ea]${B}+(?:conseil${B}+(?:municipal|communautaire|m[eé]tropolitain|de${B}+(?:la${B}+)?(?:m[eé]tropole|communaut[eé]))|bureau(?:${B}+(?:communautaire|m[eé]tropolitain))?)(?![\\w])(?:[^,.;:\\n]{0,80}(?=,|${B}*$))?` +
      `|nous${B}*,?${B}+maire${B}+de[^,.;:\\n]{0,60}))`,
    captures: { 1: { name: S.authority } },
  },
};

const grammar = {
  $schema: 'https://raw.githubusercontent.com/martinring/tmlanguage/master/tmlanguage.json',
  name: 'Acte administratif',
  scopeName: 'source.acte',
  fileTypes: ['acte'],
  comment: 'Generated by syntaxes/build-grammar.mjs: edit that file, not this one.',
  patterns: [
    { include: '#dispositive' },
    { include: '#title' },
    { include: '#seance-heading' },
    { include: '#article' },
    { include: '#transition' },
    { include: '#visa' },
    { include: '#considerant' },
    { include: '#place-date' },
    { include: '#transmission-label' },
    { include: '#header' },
    { include: '#signature' },
    { include: '#signatory' },
    { include: '#authority' },
    { include: '#inline' },
  ],
  repository,
};

/** The grammar as the JSON text that is committed (stable, escaped invisible spaces). */
export function buildGrammarJson() {
  return (
    JSON.stringify(grammar, null, 2)
      .replace(/\u00a0/g, '\\u00a0')
      .replace(/\u202f/g, '\\u202f')
      .replace(/\u2011/g, '\\u2011') + '\n'
  );
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const out = new URL('./acte.tmLanguage.json', import.meta.url);
  writeFileSync(out, buildGrammarJson());
  console.log(`wrote ${fileURLToPath(out)}`);
}
