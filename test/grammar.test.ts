// TextMate grammar, language configuration and snippets of the `acte` language,
// checked with the engine VS Code itself uses (vscode-textmate + vscode-oniguruma).
// Run alone: node --import tsx --test test/grammar.test.ts

import { before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import * as vsctm from 'vscode-textmate';
import * as oniguruma from 'vscode-oniguruma';
import { expandSnippet, parseSnippet, type SnippetNode } from './helpers/snippets';

const ROOT = path.join(__dirname, '..');
const FIXTURES = path.join(__dirname, 'fixtures');
const SEEDS = path.join(FIXTURES, 'seeds');
const CORPUS = path.join(FIXTURES, 'corpus');
const GRAMMAR_PATH = path.join(ROOT, 'syntaxes', 'acte.tmLanguage.json');
const SNIPPETS_PATH = path.join(ROOT, 'snippets', 'acte.code-snippets');

// ---------------------------------------------------------------------------
// Tokenisation helpers
// ---------------------------------------------------------------------------

interface Token {
  line: number;
  start: number;
  end: number;
  scopes: string[];
}

interface Tokenized {
  lines: string[];
  tokens: Token[][];
  stoppedEarly: boolean;
}

let grammar: vsctm.IGrammar;

before(async () => {
  const wasm = fs.readFileSync(path.join(ROOT, 'node_modules', 'vscode-oniguruma', 'release', 'onig.wasm'));
  await oniguruma.loadWASM(wasm.buffer.slice(wasm.byteOffset, wasm.byteOffset + wasm.byteLength));
  const registry = new vsctm.Registry({
    onigLib: Promise.resolve({
      createOnigScanner: (patterns: string[]) => new oniguruma.OnigScanner(patterns),
      createOnigString: (s: string) => new oniguruma.OnigString(s),
    }),
    loadGrammar: async (scopeName: string) =>
      scopeName === 'source.acte' ? vsctm.parseRawGrammar(fs.readFileSync(GRAMMAR_PATH, 'utf8'), GRAMMAR_PATH) : null,
  });
  const loaded = await registry.loadGrammar('source.acte');
  assert.ok(loaded, 'the grammar source.acte loads');
  grammar = loaded;
});

/** Tokenises a whole document, line by line, as the editor does. The time limit only guards against a hang. */
function tokenize(text: string): Tokenized {
  const lines = text.split(/\r\n|\r|\n/);
  const tokens: Token[][] = [];
  let state = vsctm.INITIAL;
  let stoppedEarly = false;
  lines.forEach((line, index) => {
    const result = grammar.tokenizeLine(line, state, 10_000);
    stoppedEarly ||= result.stoppedEarly;
    state = result.ruleStack;
    tokens.push(
      result.tokens.map((t) => ({
        line: index,
        start: t.startIndex,
        end: Math.min(t.endIndex, line.length),
        scopes: t.scopes,
      })),
    );
  });
  return { lines, tokens, stoppedEarly };
}

const hasScope = (scopes: string[], scope: string): boolean =>
  scopes.some((s) => s === scope || s.startsWith(scope + '.'));

interface Where {
  /** Only look in lines matching this (string: line starts with it, after trimming). */
  line?: RegExp | string;
  /** Which occurrence in the document (0-based), default 0. */
  occurrence?: number;
}

function locate(doc: Tokenized, needle: string, where: Where = {}): { line: number; col: number } {
  let seen = 0;
  for (let i = 0; i < doc.lines.length; i++) {
    const text = doc.lines[i];
    if (where.line instanceof RegExp && !where.line.test(text)) continue;
    if (typeof where.line === 'string' && !text.trim().startsWith(where.line)) continue;
    let from = 0;
    // An empty needle would match everywhere, forever: refuse it.
    if (needle === '') throw new assert.AssertionError({ message: 'locate: empty needle' });
    for (;;) {
      const col = text.indexOf(needle, from);
      if (col < 0) break;
      if (seen === (where.occurrence ?? 0)) return { line: i, col };
      seen++;
      from = col + 1;
    }
  }
  throw new assert.AssertionError({ message: `« ${needle} » not found in the document` });
}

function tokensOver(doc: Tokenized, line: number, start: number, end: number): Token[] {
  return doc.tokens[line].filter((t) => t.end > start && t.start < end);
}

function describeTokens(doc: Tokenized, tokens: Token[]): string {
  return tokens
    .map((t) => `  [${doc.lines[t.line].slice(t.start, t.end)}] ${t.scopes.slice(1).join(' > ')}`)
    .join('\n');
}

/** Every token that covers `needle` carries `scope` (or a more specific scope under it). */
function expectScope(doc: Tokenized, needle: string, scope: string, where: Where = {}): void {
  const { line, col } = locate(doc, needle, where);
  const tokens = tokensOver(doc, line, col, col + needle.length);
  const bad = tokens.filter((t) => !hasScope(t.scopes, scope));
  assert.ok(
    tokens.length > 0 && bad.length === 0,
    `« ${needle} » (line ${line + 1}) should be ${scope}:\n${describeTokens(doc, tokens)}`,
  );
}

/** No token that covers `needle` carries `scope`. */
function expectNoScope(doc: Tokenized, needle: string, scope: string, where: Where = {}): void {
  const { line, col } = locate(doc, needle, where);
  const tokens = tokensOver(doc, line, col, col + needle.length);
  const bad = tokens.filter((t) => hasScope(t.scopes, scope));
  assert.ok(bad.length === 0, `« ${needle} » (line ${line + 1}) should not be ${scope}:\n${describeTokens(doc, tokens)}`);
}

const readSeed = (prefix: string): string => {
  const file = fs.readdirSync(SEEDS).find((f) => f.startsWith(prefix) && f.endsWith('.txt'));
  assert.ok(file, `seed ${prefix} exists in ${SEEDS}`);
  return fs.readFileSync(path.join(SEEDS, file), 'utf8');
};

// Scopes (kept in one place so that a rename is one edit).
const SC = {
  title: 'markup.heading.title.acte',
  visaKeyword: 'keyword.other.visa.acte',
  visa: 'meta.visa.acte',
  considerantKeyword: 'keyword.other.considerant.acte',
  considerant: 'meta.considerant.acte',
  dispositive: 'keyword.control.dispositive.acte',
  articleHeading: 'markup.heading.article.acte',
  articleNumber: 'constant.numeric.article.acte',
  reference: 'entity.name.reference',
  code: 'support.type.code.acte',
  date: 'constant.other.date.acte',
  number: 'constant.numeric.acte',
  placeDate: 'meta.place-date.acte',
  placeDateKeyword: 'keyword.other.place-date.acte',
  place: 'string.unquoted.place.acte',
  signature: 'entity.name.function.signature.acte',
  signatory: 'entity.name.function.signatory.acte',
  authority: 'entity.name.function.authority.acte',
  mention: 'markup.italic.mention',
  recours: 'markup.italic.mention.recours.acte',
  tribunal: 'entity.name.place.tribunal.acte',
  executoire: 'markup.italic.mention.executoire.acte',
  transmission: 'markup.italic.mention.transmission.acte',
  identifier: 'string.other.identifier.acte',
  label: 'variable.other.label.acte',
  vote: 'keyword.other.vote.acte',
  actNumber: 'string.other.act-number.acte',
  header: 'markup.bold.header.acte',
};

// ---------------------------------------------------------------------------
// Packaging: files, package.json, generator
// ---------------------------------------------------------------------------

describe('packaging', () => {
  test('package.json contributes the language, the grammar and the snippets', () => {
    const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
    const lang = pkg.contributes.languages.find((l: { id: string }) => l.id === 'acte');
    assert.ok(lang, 'language acte');
    assert.deepEqual(lang.extensions, ['.acte']);
    assert.ok(fs.existsSync(path.join(ROOT, lang.configuration)));
    const g = pkg.contributes.grammars.find((x: { language: string }) => x.language === 'acte');
    assert.equal(g.scopeName, 'source.acte');
    assert.ok(fs.existsSync(path.join(ROOT, g.path)));
    const s = pkg.contributes.snippets.find((x: { language: string }) => x.language === 'acte');
    assert.ok(fs.existsSync(path.join(ROOT, s.path)));
  });

  test('the committed grammar is the output of syntaxes/build-grammar.mjs', async () => {
    const generator = pathToFileURL(path.join(ROOT, 'syntaxes', 'build-grammar.mjs')).href;
    const mod = (await import(generator)) as { buildGrammarJson: () => string };
    assert.equal(
      fs.readFileSync(GRAMMAR_PATH, 'utf8'),
      mod.buildGrammarJson(),
      'run `node syntaxes/build-grammar.mjs` after editing the generator',
    );
    const raw = JSON.parse(fs.readFileSync(GRAMMAR_PATH, 'utf8'));
    assert.equal(raw.scopeName, 'source.acte');
  });

  test('every regex of the grammar compiles in Oniguruma', () => {
    const raw = JSON.parse(fs.readFileSync(GRAMMAR_PATH, 'utf8'));
    const regexes: string[] = [];
    const walk = (node: unknown): void => {
      if (Array.isArray(node)) node.forEach(walk);
      else if (node && typeof node === 'object') {
        for (const [key, value] of Object.entries(node)) {
          if ((key === 'match' || key === 'begin' || key === 'end') && typeof value === 'string') regexes.push(value);
          else walk(value);
        }
      }
    };
    walk(raw);
    assert.ok(regexes.length > 30);
    for (const re of regexes) {
      assert.doesNotThrow(() => new oniguruma.OnigScanner([re]).dispose(), `regex compiles: ${re.slice(0, 120)}`);
    }
  });

  test('language configuration: brackets, guillemets, word pattern', () => {
    const conf = JSON.parse(fs.readFileSync(path.join(ROOT, 'language-configuration.json'), 'utf8'));
    assert.ok(conf.brackets.some(([a, b]: string[]) => a === '«' && b === '»'));
    assert.ok(conf.autoClosingPairs.some((p: { open: string; close: string }) => p.open === '«' && p.close === '»'));
    assert.ok(conf.autoClosingPairs.some((p: { open: string }) => p.open === '"'));
    assert.ok(!conf.autoClosingPairs.some((p: { open: string }) => p.open === "'"), "no auto-closing of ' (l'article)");
    const word = new RegExp(conf.wordPattern, 'g');
    const words = 'Vu les articles L.2122-22, alinéa 4 et L. 2122-23 ; décision n° DDM-2025-075 ; BM2025/06/24/12 ; l’article ; 3°'.match(word);
    for (const w of ['L.2122-22', 'L. 2122-23', 'DDM-2025-075', 'BM2025/06/24/12', 'alinéa', 'article', '3°']) {
      assert.ok(words?.includes(w), `word « ${w} » in ${JSON.stringify(words)}`);
    }
    assert.ok(!word.test(''), 'the word pattern never matches the empty string');
  });
});

// ---------------------------------------------------------------------------
// Seeds
// ---------------------------------------------------------------------------

describe('seed 000: décision du maire de Chambéry', () => {
  let doc: Tokenized;
  before(() => {
    doc = tokenize(readSeed('000_'));
  });

  test('title and header', () => {
    expectScope(doc, 'DECISION DU MAIRE N°', SC.title);
    expectScope(doc, 'DDM-2025-075', SC.actNumber, { line: 'DECISION' });
    expectScope(doc, 'REPUBLIQUE FRANCAISE', SC.header);
    expectScope(doc, 'Département de la Savoie', SC.header);
  });

  test('dispositive verb and articles', () => {
    expectScope(doc, 'DECIDE', SC.dispositive, { line: /^DECIDE/ });
    expectScope(doc, 'ARTICLE 1^{er}', SC.articleHeading);
    expectScope(doc, '1^{er}', SC.articleNumber, { line: 'ARTICLE' });
    expectScope(doc, 'ARTICLE 2^o', SC.articleHeading);
    expectScope(doc, '2^o', SC.articleNumber);
    expectScope(doc, 'ARTICLE 4', SC.articleHeading);
    expectNoScope(doc, 'Approuve', SC.dispositive); // mixed case at the start of an article body
    expectScope(doc, 'EN CONSÉQUENCE', 'keyword.other.transition.acte');
  });

  test('visas and legal references', () => {
    expectScope(doc, 'Vu', SC.visaKeyword, { line: 'Vu les articles' });
    expectScope(doc, 'Vu les articles L.2122-22, alinéa 4 et L.2122-23 du code général', SC.visa);
    expectScope(doc, 'L.2122-22', SC.reference, { line: 'Vu les articles' });
    expectScope(doc, 'L.2122-23', SC.reference, { line: 'Vu les articles' });
    expectScope(doc, 'articles L. 2122-22', SC.reference, { line: 'En application' });
    expectScope(doc, 'code général des collectivités territoriales', SC.code);
    expectScope(doc, 'délibération n°DCM-2020-117 du 17 juillet 2020', 'entity.name.reference.deliberation.acte');
    expectScope(doc, '17 juillet 2020', SC.date);
    expectScope(doc, 'délibérations annuelles', SC.visa);
  });

  test('dates, place and recours', () => {
    expectScope(doc, '17 avril 2025', SC.date);
    expectScope(doc, '1er octobre 2016', SC.date);
    expectScope(doc, 'Fait à', SC.placeDateKeyword);
    expectScope(doc, 'Chambéry', SC.place, { line: 'Fait à' });
    expectScope(doc, 'Tribunal Administratif de Grenoble', SC.recours);
    expectScope(doc, 'Grenoble', SC.tribunal, { line: /Tribunal Administratif/ });
    expectScope(doc, 'www.telerecours.fr', SC.recours);
    expectScope(doc, 'recours gracieux', SC.recours);
    expectScope(doc, 'délai de 2 mois', SC.recours);
  });

  test('accusé de réception block and transmission identifier', () => {
    expectScope(doc, 'Accusé de réception - contrôle de légalité', SC.transmission);
    expectScope(doc, 'Identifiant de télétransmission :', SC.transmission);
    expectScope(doc, 'Identifiant de télétransmission :', 'variable.other.label');
    expectScope(doc, '073-217300656-20250417-lmc1H33587H1-AR', SC.identifier);
    expectScope(doc, '18 avril 2025', SC.date, { line: 'Date de transmission' });
  });
});

describe('seed 001: délibération du bureau de la Métropole du Grand Paris', () => {
  let doc: Tokenized;
  before(() => {
    doc = tokenize(readSeed('001_'));
  });

  test('séance block', () => {
    expectScope(doc, 'SÉANCE DU BUREAU', 'markup.heading.seance.acte');
    expectScope(doc, 'MARDI 24 JUN 2025', SC.date);
    expectScope(doc, 'BM2025/06/24/12', SC.actNumber);
    expectScope(doc, 'DATE DE LA CONVOCATION :', SC.label);
    expectScope(doc, '18 juin 2025', SC.date, { line: 'DATE DE LA CONVOCATION' });
    expectScope(doc, 'NOMBRE DE CONSEILLERS EN EXERCICE', SC.label);
    expectScope(doc, '43', SC.number);
    expectScope(doc, 'SECRÉTAIRE DE SÉANCE', SC.label);
    expectScope(doc, 'QUENTIN GESELL', SC.signatory);
    expectScope(doc, 'LE BUREAU DE LA MÉTROPOLE DU GRAND PARIS', SC.authority);
  });

  test('visas with Markdown artefacts, laws, décret, délibérations', () => {
    expectScope(doc, 'Vu', SC.visaKeyword, { line: '- Vu** la loi' });
    expectScope(doc, '**', 'punctuation.definition.bold.acte', { line: '- Vu** la loi' });
    expectScope(doc, 'loi n°2014-58 du 27 janvier 2014', SC.reference);
    expectScope(doc, '27 janvier 2014', SC.date);
    expectScope(doc, 'loi n°2015-991 du 7 août 2015', SC.reference);
    expectScope(doc, 'décret n°2015-1212 du 30 septembre 2015', SC.reference);
    expectScope(doc, 'article L.5219-1', SC.reference);
    expectScope(doc, 'article 12', SC.reference);
    expectScope(doc, 'délibération CM2025/04/07/19-1', SC.reference);
    expectScope(doc, 'Vu', SC.visaKeyword, { line: "Vu l'avis" });
    expectScope(doc, "Vu l'avis du comité d'examen", SC.visa);
  });

  test('considérants', () => {
    expectScope(doc, 'Considérant', SC.considerantKeyword);
    expectScope(doc, 'Considérant', SC.considerantKeyword, { occurrence: 6 });
    expectScope(doc, "la compétence de la Métropole en matière d'aménagement numérique", SC.considerant);
    expectScope(doc, 'délibération CM2025/04/07/19-2', SC.reference, { line: 'Considérant que par' });
  });

  test('dispositive, vote, signature, exécutoire and recours', () => {
    expectScope(doc, 'APRÈS EN AVOIR DÉLIBÉRÉ', SC.dispositive);
    expectScope(doc, 'APPROUVE', SC.dispositive);
    expectScope(doc, 'AUTORISE', SC.dispositive);
    expectScope(doc, 'ADOpte', SC.dispositive);
    expectScope(doc, "À L'UNANIMITÉ DES SUFFRAGES EXPRIMÉS", SC.vote);
    expectScope(doc, 'Le Président de la Métropole du Grand Paris', SC.signature);
    expectScope(doc, 'Patrick OLLIER', SC.signatory, { line: /^Patrick/ });
    expectScope(doc, 'certifie sous sa responsabilité le caractère exécutoire', SC.executoire);
    expectScope(doc, 'tribunal administratif de Paris', SC.mention);
    expectScope(doc, 'Paris', SC.tribunal, { line: /tribunal administratif de Paris/ });
    expectScope(doc, 'délai de deux mois', SC.recours);
    expectNoScope(doc, 'Le Président certifie', SC.signature);
  });
});

// ---------------------------------------------------------------------------
// Variants found in real acts, and things that must not match
// ---------------------------------------------------------------------------

describe('variants', () => {
  test('article headings', () => {
    const doc = tokenize(
      [
        'Article 1er',
        'Article premier',
        'Art. 2 - Stationnement',
        'Article unique',
        '**Article 3** : Exécution',
        'ARTICLE 1er : DESCRIPTIF DES TRAVAUX',
        '## Article 4 bis',
        "L'article 3 de la convention est modifié.",
        'Article L. 2122-22 du code général des collectivités territoriales',
      ].join('\n'),
    );
    expectScope(doc, 'Article 1er', SC.articleHeading);
    expectScope(doc, '1er', SC.articleNumber, { line: 'Article 1er' });
    expectScope(doc, 'premier', SC.articleNumber);
    expectScope(doc, 'Art. 2 -', SC.articleHeading);
    expectScope(doc, 'unique', SC.articleNumber);
    expectScope(doc, 'Article 3', SC.articleHeading);
    expectScope(doc, '1er', SC.articleNumber, { line: 'ARTICLE 1er' });
    expectScope(doc, '4 bis', SC.articleNumber);
    expectNoScope(doc, 'article 3', SC.articleHeading);
    expectNoScope(doc, 'Article L', SC.articleHeading);
    expectScope(doc, 'L. 2122-22', SC.reference, { line: 'Article L.' });
  });

  test('dispositive verbs', () => {
    const doc = tokenize(
      [
        'Arrête :',
        'ARRÊTONS :',
        '**DÉCIDE** :',
        'DÉLIBÈRE :',
        'Le conseil municipal, après en avoir délibéré, DÉCIDE :',
        'DIT que la dépense est inscrite au budget ;',
        'PREND ACTE du rapport ;',
        'ÉMET un avis favorable ;',
        'Le conseil décide de reporter le point.',
        'ARRÊTÉ N° 2025-112',
        'ARRETE DU MAIRE',
        'A R R E T O N S',
        'Le conseil, après délibération, DÉCIDE :',
      ].join('\n'),
    );
    expectScope(doc, 'A R R E T O N S', SC.dispositive);
    expectScope(doc, 'après délibération', SC.dispositive);
    expectScope(doc, 'Arrête', SC.dispositive);
    expectScope(doc, 'ARRÊTONS', SC.dispositive);
    expectScope(doc, 'DÉCIDE', SC.dispositive, { line: '**DÉCIDE' });
    expectScope(doc, 'DÉLIBÈRE', SC.dispositive);
    expectScope(doc, 'après en avoir délibéré', SC.dispositive);
    expectScope(doc, 'DÉCIDE', SC.dispositive, { line: 'Le conseil municipal' });
    expectScope(doc, 'Le conseil municipal', SC.authority);
    expectScope(doc, 'DIT', SC.dispositive);
    expectScope(doc, 'PREND ACTE', SC.dispositive);
    expectScope(doc, 'ÉMET', SC.dispositive);
    expectNoScope(doc, 'décide', SC.dispositive);
    expectScope(doc, 'ARRÊTÉ N° 2025-112', SC.title);
    expectNoScope(doc, 'ARRÊTÉ', SC.dispositive);
    expectScope(doc, 'ARRETE DU MAIRE', SC.title);
  });

  test('titles', () => {
    const doc = tokenize(
      [
        'EXTRAIT DU REGISTRE DES DÉLIBÉRATIONS DU CONSEIL MUNICIPAL',
        'Délibération n° DCM-2025-042',
        'Arrêté du maire portant interdiction temporaire de circulation',
        'DÉCISION N° DEC-2025-12',
        'Décision prise après avis du comité.',
      ].join('\n'),
    );
    expectScope(doc, 'EXTRAIT DU REGISTRE DES DÉLIBÉRATIONS', SC.title);
    expectScope(doc, 'Délibération n°', SC.title);
    expectScope(doc, 'DCM-2025-042', SC.actNumber);
    expectScope(doc, 'Arrêté du maire', SC.title);
    expectScope(doc, 'DÉCISION N° DEC-2025-12', SC.title);
    expectNoScope(doc, 'Décision prise', SC.title);
  });

  test('visa and considérant paragraphs end where they should', () => {
    const doc = tokenize(
      [
        'VU le code général des collectivités territoriales, notamment',
        'son article L. 2121-29 ;',
        '**Vu** le code de la route ;',
        'Vue la demande',
        'CONSIDERANT que la voie est étroite ;',
        'Considérant qu’il convient de réglementer le stationnement',
        '',
        'ARRÊTE :',
      ].join('\n'),
    );
    expectScope(doc, 'VU', SC.visaKeyword);
    expectScope(doc, 'son article L. 2121-29 ;', SC.visa);
    expectScope(doc, 'Vu', SC.visaKeyword, { line: '**Vu**' });
    expectNoScope(doc, 'Vue', SC.visaKeyword);
    expectNoScope(doc, 'Vue', SC.visa);
    expectScope(doc, 'CONSIDERANT', SC.considerantKeyword);
    expectNoScope(doc, 'CONSIDERANT', SC.visa);
    expectScope(doc, 'Considérant', SC.considerantKeyword, { line: 'Considérant qu’il' });
    expectNoScope(doc, 'ARRÊTE', SC.considerant);
    expectScope(doc, 'ARRÊTE', SC.dispositive);
  });

  test('references and dates', () => {
    const doc = tokenize(
      [
        'Vu le code de justice administrative, notamment son article R. 421-1 ;',
        'Vu le CGCT et le CRPA ;',
        'Vu la loi n° 82-213 du 2 mars 1982 ;',
        "Vu l'ordonnance n° 2021-1310 du 7 octobre 2021 ;",
        'Vu le décret du 1er juillet 2022 ;',
        'Vu la délibération n° DCM-2020-117 du 17 juillet 2020 ;',
        'Vu la délibération du 18/06/2025 ;',
        "Vu l'article LO 1112-1 ;",
        'La période 2025-2026 et le lot K10 ne sont pas des numéros d’acte.',
      ].join('\n'),
    );
    expectScope(doc, 'code de justice administrative', SC.code);
    expectScope(doc, 'article R. 421-1', SC.reference);
    expectScope(doc, 'CGCT', SC.code);
    expectScope(doc, 'CRPA', SC.code);
    expectScope(doc, 'loi n° 82-213 du 2 mars 1982', SC.reference);
    expectScope(doc, "ordonnance n° 2021-1310 du 7 octobre 2021", SC.reference);
    expectScope(doc, 'décret du 1er juillet 2022', SC.reference);
    expectScope(doc, '1er juillet 2022', SC.date);
    expectScope(doc, 'délibération n° DCM-2020-117 du 17 juillet 2020', SC.reference);
    expectScope(doc, '18/06/2025', SC.date);
    expectScope(doc, 'LO 1112-1', SC.reference);
    expectNoScope(doc, '2025-2026', SC.actNumber);
    expectNoScope(doc, 'K10', SC.actNumber);
  });

  test('séance labels, vote and signatures', () => {
    const doc = tokenize(
      [
        'Séance du mardi 24 juin 2025 à 19 h 00',
        'Date de convocation : 18 juin 2025',
        'Conseillers en exercice : 33',
        'Présents : 25',
        'Représentés : 5',
        'Votants : 30',
        'Pour : 28 - Contre : 1 - Abstentions : 1',
        'Secrétaire de séance : Sophie BERNARD',
        'Adoptée à la majorité des suffrages exprimés.',
        'Fait à Chambéry, le 17 avril 2025',
        'Fait et délibéré à Chambéry, les jour, mois et an que dessus.',
        'Pour le Maire et par délégation, L’Adjoint délégué,',
        'Paul MARTIN',
        'Le Maire,',
        'La secrétaire de séance,',
        'Le maire est autorisé à signer la convention.',
      ].join('\n'),
    );
    expectScope(doc, 'Séance du mardi 24 juin 2025', 'markup.heading.seance.acte');
    expectScope(doc, 'mardi 24 juin 2025', SC.date);
    expectScope(doc, 'Conseillers en exercice', SC.label);
    expectScope(doc, '33', SC.number);
    expectScope(doc, 'Présents', SC.label);
    expectScope(doc, '25', SC.number, { line: 'Présents' });
    expectScope(doc, 'Représentés', SC.label);
    expectScope(doc, 'Votants', SC.label);
    expectScope(doc, 'Pour', SC.label, { line: 'Pour :' });
    expectScope(doc, 'Contre', SC.label);
    expectScope(doc, 'Abstentions', SC.label);
    expectScope(doc, '28', SC.number);
    expectScope(doc, 'Sophie BERNARD', SC.signatory);
    expectScope(doc, 'Adoptée à la majorité des suffrages exprimés', SC.vote);
    expectScope(doc, 'Fait à Chambéry, le 17 avril 2025', SC.placeDate);
    expectScope(doc, 'Chambéry', SC.place, { line: 'Fait à' });
    expectScope(doc, '17 avril 2025', SC.date, { line: 'Fait à' });
    expectScope(doc, 'Fait et délibéré à', SC.placeDateKeyword);
    expectScope(doc, 'les jour, mois et an que dessus', SC.date);
    expectScope(doc, 'Pour le Maire et par délégation, L’Adjoint délégué', SC.signature);
    expectScope(doc, 'Paul MARTIN', SC.signatory);
    expectScope(doc, 'Le Maire', SC.signature, { line: 'Le Maire,' });
    expectScope(doc, 'La secrétaire de séance', SC.signature);
    expectNoScope(doc, 'Le maire est autorisé', SC.signature);
  });
});

// ---------------------------------------------------------------------------
// Robustness
// ---------------------------------------------------------------------------

describe('robustness', () => {
  test('the corpus tokenises to the end of every line', () => {
    const files = fs.existsSync(CORPUS) ? fs.readdirSync(CORPUS).filter((f) => f.endsWith('.txt')) : [];
    assert.ok(files.length > 0, `corpus found in ${CORPUS}`);
    for (const f of files) {
      const doc = tokenize(fs.readFileSync(path.join(CORPUS, f), 'utf8'));
      assert.equal(doc.stoppedEarly, false, f);
      doc.tokens.forEach((tokens, i) => {
        if (doc.lines[i].length === 0) return;
        assert.equal(tokens[0].start, 0, `${f}:${i + 1} starts at 0`);
        assert.equal(tokens[tokens.length - 1].end, doc.lines[i].length, `${f}:${i + 1} is covered to its end`);
      });
    }
  });

  test('adversarial lines do not make the tokenizer stop early', () => {
    const lines = [
      'Vu ' + 'a'.repeat(20_000),
      'Le Maire ' + 'de '.repeat(5_000),
      'L. ' + '2122-'.repeat(5_000),
      'Fait à ' + 'x '.repeat(10_000),
      'Marie ' + 'DUPONT '.repeat(5_000),
      '073-217300656-20250417-' + 'a '.repeat(10_000),
      'délibération n° ' + 'A1-'.repeat(5_000),
      ('ARTICLE 1 : ' + 'Vu le ').repeat(3_000),
      'Le Président' + ', Le Maire'.repeat(3_000),
      'tribunal administratif de ' + 'Aa-'.repeat(5_000),
      '**'.repeat(20_000),
      'Pour : '.repeat(5_000),
      '\u0000\uFFFD\uD800 \f\u00a0'.repeat(2_000),
    ];
    const doc = tokenize(lines.join('\n'));
    assert.equal(doc.stoppedEarly, false);
  });
});

// ---------------------------------------------------------------------------
// Snippets
// ---------------------------------------------------------------------------

interface Snippet {
  prefix: string | string[];
  description: string;
  body: string[] | string;
}

const snippets: Record<string, Snippet> = JSON.parse(fs.readFileSync(SNIPPETS_PATH, 'utf8'));
const prefixesOf = (s: Snippet): string[] => ([] as string[]).concat(s.prefix);
const byPrefix = (prefix: string): Snippet => {
  const found = Object.values(snippets).find((s) => prefixesOf(s).includes(prefix));
  assert.ok(found, `snippet ${prefix}`);
  return found;
};

/** Full skeletons: prefix → expected dispositive verb and title start. */
const SKELETONS: Record<string, { verb: RegExp; title: RegExp; seance: boolean }> = {
  'arrete-maire': { verb: /^ARRÊTE :$/, title: /^ARRÊTÉ N° /, seance: false },
  'arrete-maire-delegation': { verb: /^ARRÊTE :$/, title: /^ARRÊTÉ N° /, seance: false },
  'decision-maire': { verb: /^DÉCIDE :$/, title: /^DÉCISION DU MAIRE N° /, seance: false },
  'deliberation-cm': { verb: /^Le conseil municipal, après en avoir délibéré, DÉCIDE :$/, title: /^EXTRAIT DU REGISTRE DES DÉLIBÉRATIONS DU CONSEIL MUNICIPAL$/, seance: true },
  'deliberation-bureau-epci': { verb: /^Le bureau communautaire, après en avoir délibéré, DÉCIDE :$/, title: /^EXTRAIT DU REGISTRE DES DÉLIBÉRATIONS DU BUREAU/, seance: true },
  'deliberation-conseil-epci': { verb: /^Le conseil communautaire, après en avoir délibéré, DÉCIDE :$/, title: /^EXTRAIT DU REGISTRE DES DÉLIBÉRATIONS DU CONSEIL COMMUNAUTAIRE$/, seance: true },
  'arrete-president': { verb: /^ARRÊTE :$/, title: /^ARRÊTÉ DU PRÉSIDENT N° /, seance: false },
  'decision-president': { verb: /^DÉCIDE :$/, title: /^DÉCISION DU PRÉSIDENT N° /, seance: false },
};

const BLOCKS = ['visa-article', 'visa-deliberation', 'visa-texte', 'article-recours', 'signature', 'fait-a', 'seance', 'executoire', 'vote', 'considerant', 'article'];

const DATE_RE = /(?:1er|\d{1,2}) (?:janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre) \d{4}|\d{2}\/\d{2}\/\d{4}/;
const PERSON_RE = /^(?:M\.|Mme)?\s*[A-ZÉ][a-zéèï]+(?:-[A-ZÉ][a-zéèï]+)? [A-ZÉÈ]{2,}(?:[- ][A-ZÉÈ]{2,})*$/;

describe('snippets: file and helper', () => {
  test('every snippet has French prefix(es), a description and a body', () => {
    for (const [name, s] of Object.entries(snippets)) {
      assert.ok(prefixesOf(s).length > 0 && prefixesOf(s).every((p) => /^[a-z][a-z-]*$/.test(p)), `${name}: prefix`);
      assert.ok(s.description && s.description.length > 20, `${name}: description`);
      assert.ok(Array.isArray(s.body) && s.body.length > 0, `${name}: body`);
    }
    for (const p of [...Object.keys(SKELETONS), ...BLOCKS]) byPrefix(p);
  });

  test('every mirrored tabstop has a definition, and definitions do not conflict', () => {
    for (const [name, s] of Object.entries(snippets)) {
      const defined = new Map<number, string>();
      const used = new Set<number>();
      const walk = (nodes: SnippetNode[]): void => {
        for (const n of nodes) {
          if (n.kind === 'placeholder' || n.kind === 'choice') {
            assert.ok(!defined.has(n.index), `${name}: tabstop ${n.index} defined twice`);
            defined.set(n.index, n.kind);
            if (n.kind === 'placeholder') walk(n.children);
          } else if (n.kind === 'tabstop') used.add(n.index);
          else if (n.kind === 'variable' && n.children) walk(n.children);
        }
      };
      walk(parseSnippet(s.body));
      for (const i of used) assert.ok(i === 0 || defined.has(i), `${name}: $${i} mirrors nothing`);
    }
  });

  test('expansion leaves no snippet syntax behind', () => {
    for (const [name, s] of Object.entries(snippets)) {
      const text = expandSnippet(s.body);
      assert.ok(!/\$(?:\d|\{|[A-Z_])/.test(text), `${name}: ${text.match(/.{0,20}\$.{0,20}/)?.[0]}`);
      assert.ok(!text.includes('\\,') && !text.includes('\\}'), `${name}: escapes resolved`);
    }
  });

  test('expandSnippet: placeholders, choices, mirrors, variables, escapes', () => {
    assert.equal(expandSnippet('Fait à ${1:Chambéry}, le ${2:17 avril 2025}$0'), 'Fait à Chambéry, le 17 avril 2025');
    assert.equal(expandSnippet(['${1|Grenoble,Lyon|}', 'TA de $1']), 'Grenoble\nTA de Grenoble');
    assert.equal(expandSnippet('${1|Pour le Maire et par délégation\\, l’Adjoint,Le Maire|}'), 'Pour le Maire et par délégation, l’Adjoint');
    assert.equal(expandSnippet('$2 ${1:rue ${2:de Boigne}} ${3}'), 'de Boigne rue de Boigne ');
    assert.equal(expandSnippet('n° DCM-${CURRENT_YEAR}-$CURRENT_MONTH-$CURRENT_DATE'), 'n° DCM-2025-04-17');
    assert.equal(expandSnippet('$CURRENT_DAY_NAME $CURRENT_DATE $CURRENT_MONTH_NAME', { now: new Date(2025, 5, 24) }), 'mardi 24 juin');
    assert.equal(expandSnippet('${TM_SELECTED_TEXT:texte} $UNKNOWN ${UNKNOWN2:défaut}'), 'texte UNKNOWN défaut');
    assert.equal(expandSnippet('coût : 10 \\$ \\} \\\\ $ fin'), 'coût : 10 $ } \\ $ fin');
    assert.equal(expandSnippet('${1:a}${1/(a)/b/g}'), 'aa');
    assert.equal(expandSnippet('${1:non fermé'), '${1:non fermé');
    assert.equal(expandSnippet('$TM_FILENAME_BASE', { variables: { TM_FILENAME_BASE: 'DCM-2025-042' } }), 'DCM-2025-042');
  });
});

describe('snippets: complete skeletons', () => {
  for (const [prefix, expected] of Object.entries(SKELETONS)) {
    test(prefix, () => {
      const text = expandSnippet(byPrefix(prefix).body);
      const lines = text.split('\n');
      const doc = tokenize(text);
      assert.equal(doc.stoppedEarly, false);

      // Structure and typography of the filled skeleton.
      assert.equal(lines[0], 'RÉPUBLIQUE FRANÇAISE');
      const title = lines.find((l) => expected.title.test(l));
      assert.ok(title, `${prefix}: title ${expected.title}`);
      assert.ok(/ N° [A-Z]{2,4}-\d{4}-\d{3}$/.test(title) || lines.some((l) => /^Délibération n° [A-Z]{2,4}-\d{4}-\d{3}$/.test(l)), `${prefix}: number`);
      assert.ok(lines.some((l) => /^(?:Objet : |portant )\S/.test(l)), `${prefix}: object`);

      const visas = lines.filter((l) => l.startsWith('Vu '));
      assert.ok(visas.length >= 2, `${prefix}: visas`);
      for (const v of visas) {
        assert.ok(v.endsWith(' ;'), `visa ends with " ;": ${v}`);
        assert.ok(!/\b(?:CGCT|CRPA|CJA|MAPTAM|NOTRe)\b/.test(v), `no acronym in a visa: ${v}`);
      }
      assert.ok(visas[0].includes('code général') || visas.some((v) => v.includes('code général des collectivités territoriales')));
      for (const c of lines.filter((l) => l.startsWith('Considérant'))) assert.ok(c.endsWith(' ;'), c);
      assert.ok(!/\bn°\S/.test(text), 'a space after n°');
      assert.ok(!/\b[LRD]\.\d/.test(text), 'a space in « L. 2122-22 »');

      const verbIndex = lines.findIndex((l) => expected.verb.test(l));
      assert.ok(verbIndex > lines.lastIndexOf(visas[visas.length - 1]), `${prefix}: verb after the visas`);

      const articles = lines.filter((l) => /^Article /.test(l));
      assert.ok(articles.length >= 3, `${prefix}: articles`);
      assert.deepEqual(articles, articles.map((_, i) => (i === 0 ? 'Article 1er' : `Article ${i + 1}`)), `${prefix}: numbering`);

      assert.ok(/recours pour excès de pouvoir devant le tribunal administratif de [A-ZÉ]/.test(text), `${prefix}: tribunal`);
      assert.ok(/dans un délai de deux mois à compter de sa (publication|notification)/.test(text), `${prefix}: délai`);
      assert.ok(text.includes('www.telerecours.fr') && text.includes('recours gracieux'));
      const recoursArticle = lines.findIndex((l) => l.includes('tribunal administratif de'));
      assert.ok(/^Article /.test(lines[recoursArticle - 1]), `${prefix}: the recours is an article`);

      const faitA = lines.find((l) => l.startsWith('Fait à '));
      assert.ok(faitA && new RegExp(`^Fait à [A-ZÉ][\\wé-]+, le (?:${DATE_RE.source})$`).test(faitA), `${prefix}: ${faitA}`);
      const faitIndex = lines.indexOf(faitA!);
      const qualities = lines
        .map((l, i) => ({ l, i }))
        .filter(({ l, i }) => i > faitIndex && /^(?:Le Maire|Le Président|La secrétaire de séance|Le secrétaire de séance|Pour le Maire)/.test(l) && l.endsWith(','));
      assert.ok(qualities.length >= (expected.seance ? 2 : 1), `${prefix}: signatories`);
      for (const { i } of qualities) assert.ok(PERSON_RE.test(lines[i + 1]), `${prefix}: Prénom NOM after the quality: ${lines[i + 1]}`);
      if (expected.seance) {
        for (const label of ['Date de convocation : ', ' en exercice : ', 'Présents : ', 'Représentés : ', 'Votants : ', 'Président de séance : ', 'Secrétaire de séance : ', 'Pour : ', 'Contre : ', 'Abstentions : ']) {
          assert.ok(text.includes(label), `${prefix}: ${label}`);
        }
        assert.ok(lines.some((l) => l.startsWith('Séance du ')));
        assert.ok(lines.some((l) => qualities.some(({ l: q }) => q === l) && /secrétaire de séance/.test(l)), `${prefix}: signature of the secrétaire de séance`);
      }
      if (prefix === 'decision-maire') {
        assert.ok(/le \d{1,2}° de son article L\. 2122-22 et son article L\. 2122-23 ;/.test(text));
        assert.ok(/Vu la délibération n° \S+ du .+ portant délégation d['’]attributions du conseil municipal au maire ;/.test(text));
      }
      if (prefix === 'deliberation-cm') assert.ok(text.includes('L. 2121-29'));
      if (prefix === 'deliberation-bureau-epci') {
        assert.ok(text.includes('L. 5211-10'));
        assert.ok(/Vu la délibération n° \S+ du .+ portant délégation d['’]attributions du conseil communautaire au bureau ;/.test(text));
      }
      if (prefix === 'arrete-president') assert.ok(text.includes('L. 5211-9'));

      // Grammar scopes on the filled skeleton.
      expectScope(doc, title, SC.title);
      for (const v of visas) {
        expectScope(doc, 'Vu', SC.visaKeyword, { line: v });
        expectScope(doc, v, SC.visa);
      }
      for (const c of lines.filter((l) => l.startsWith('Considérant'))) {
        expectScope(doc, 'Considérant', SC.considerantKeyword, { line: c });
        expectScope(doc, c, SC.considerant);
      }
      const verbLine = lines[verbIndex];
      expectScope(doc, verbLine.includes('DÉCIDE') ? 'DÉCIDE' : 'ARRÊTE', SC.dispositive, { line: verbLine });
      if (expected.seance) expectScope(doc, 'après en avoir délibéré', SC.dispositive);
      for (const a of articles) {
        expectScope(doc, a, SC.articleHeading, { line: new RegExp(`^${a}$`) });
        expectScope(doc, a.slice('Article '.length), SC.articleNumber, { line: new RegExp(`^${a}$`) });
      }
      expectScope(doc, 'code général des collectivités territoriales', SC.code);
      expectScope(doc, 'tribunal administratif de', SC.recours);
      expectScope(doc, 'Grenoble', SC.tribunal, { line: /tribunal administratif de/ });
      expectScope(doc, 'Fait à', SC.placeDateKeyword);
      expectScope(doc, faitA, SC.placeDate);
      const faitDate = faitA.match(DATE_RE)![0];
      expectScope(doc, faitDate, SC.date, { line: 'Fait à' });
      for (const { l, i } of qualities) {
        expectScope(doc, l.slice(0, -1), SC.signature, { line: new RegExp(`^${l}$`) });
        expectScope(doc, lines[i + 1], SC.signatory, { line: new RegExp(`^${lines[i + 1]}$`) });
      }
      if (expected.seance) {
        expectScope(doc, 'Date de convocation', SC.label);
        expectScope(doc, 'Votants', SC.label);
        expectScope(doc, 'Pour', SC.label, { line: 'Pour :' });
      }
    });
  }
});

describe('snippets: blocks', () => {
  test('visa blocks', () => {
    for (const prefix of ['visa-article', 'visa-deliberation', 'visa-texte']) {
      const text = expandSnippet(byPrefix(prefix).body).trimEnd();
      assert.ok(text.startsWith('Vu ') && text.endsWith(' ;'), text);
      assert.ok(!/\bCGCT\b/.test(text));
      const doc = tokenize(text);
      expectScope(doc, 'Vu', SC.visaKeyword);
      expectScope(doc, text, SC.visa);
    }
    expectScope(tokenize(expandSnippet(byPrefix('visa-article').body)), 'article L. 2121-29', SC.reference);
    expectScope(tokenize(expandSnippet(byPrefix('visa-deliberation').body)), 'délibération n° DCM-2020-117 du 17 juillet 2020', SC.reference);
    expectScope(tokenize(expandSnippet(byPrefix('visa-texte').body)), 'ordonnance n° 2021-1310 du 7 octobre 2021', SC.reference);
  });

  test('recours article', () => {
    const text = expandSnippet(byPrefix('article-recours').body);
    assert.ok(/deux mois/.test(text) && /à compter de sa publication ou de sa notification/.test(text));
    assert.ok(/tribunal administratif de Grenoble/.test(text) && /Télérecours citoyens/.test(text) && /recours gracieux/.test(text));
    const doc = tokenize(text);
    expectScope(doc, 'Article 4', SC.articleHeading);
    expectScope(doc, 'tribunal administratif de Grenoble', SC.recours);
    expectScope(doc, 'délai de deux mois', SC.recours);
    expectScope(doc, 'Télérecours citoyens', SC.recours);
  });

  test('signature, fait à, exécutoire, séance, vote', () => {
    let doc = tokenize(expandSnippet(byPrefix('signature').body));
    expectScope(doc, 'Le Maire', SC.signature);
    expectScope(doc, 'Marie DUPONT', SC.signatory);

    const faitA = expandSnippet(byPrefix('fait-a').body, { now: new Date(2025, 3, 17) });
    assert.equal(faitA.trimEnd(), 'Fait à Chambéry, le 17/04/2025');
    doc = tokenize(faitA);
    expectScope(doc, 'Fait à', SC.placeDateKeyword);
    expectScope(doc, '17/04/2025', SC.date);

    doc = tokenize(expandSnippet(byPrefix('executoire').body));
    expectScope(doc, 'certifie sous sa responsabilité le caractère exécutoire', SC.executoire);

    doc = tokenize(expandSnippet(byPrefix('seance').body));
    for (const label of ['Date de convocation', 'Conseillers en exercice', 'Présents', 'Représentés', 'Votants', 'Président de séance', 'Secrétaire de séance']) {
      expectScope(doc, label, SC.label);
    }
    expectScope(doc, '33', SC.number);
    expectScope(doc, '24 juin 2025', SC.date);

    doc = tokenize(expandSnippet(byPrefix('vote').body));
    expectScope(doc, 'Abstentions', SC.label);
    expectScope(doc, 'Adoptée à la majorité des suffrages exprimés', SC.vote);
  });
});
