// The offline legal catalogue: source schemas, the build, and the lookups of the
// compiled index. The index is compiled in memory from data/, so this test does not
// depend on a previous `npm run build:catalogue`.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, it } from 'node:test';
import { compileCatalogue, DATA_DIR, normalizeNum, readSources } from '../scripts/build-catalogue.ts';
import { createCatalogue, displayNum, type CatalogueCodeInfo, type CatalogueTextInfo } from '../server/src/catalogue/create.ts';
import { compiledCatalogueSchema, frenchDate, SOURCE_SCHEMAS, validateSource, type SourceFile } from '../server/src/catalogue/schemas.ts';

const readData = (file: string) => JSON.parse(readFileSync(path.join(DATA_DIR, file), 'utf8'));

const sources = readSources();
if (!sources.ok) throw new Error(sources.errors.join('\n'));
const compiled = compileCatalogue(sources.value);
if (!compiled.ok) throw new Error(compiled.errors.join('\n'));
const catalogue = createCatalogue(compiled.value);

describe('catalogue: source files', () => {
  for (const file of Object.keys(SOURCE_SCHEMAS) as SourceFile[]) {
    it(`accepts the shipped ${file}`, () => {
      const result = validateSource(file, readData(file));
      assert.deepEqual(result.ok ? [] : result.errors, []);
    });
  }

  it('keeps the source and licence of every file', () => {
    for (const file of Object.keys(SOURCE_SCHEMAS)) assert.ok(readData(file).source, `${file} sans source`);
    for (const file of ['cgct-articles.json', 'crpa-articles.json']) assert.match(readData(file).licence, /Licence Ouverte/);
  });

  it('rejects an impossible date, naming the file and the entry', () => {
    const data = readData('textes.json');
    data.textes[12].date = '2014-13-45';
    const result = validateSource('textes.json', data);
    assert.equal(result.ok, false);
    const errors = result.ok ? [] : result.errors;
    assert.ok(
      errors.some((e) => e.startsWith('textes.json: textes[12].date: ') && e.includes('date invalide') && e.includes('« 2014-13-45 »')),
      errors.join('\n'),
    );
  });

  it('rejects a code without a name', () => {
    const data = readData('codes.json');
    delete data.codes[3].nom;
    const result = validateSource('codes.json', data);
    assert.equal(result.ok, false);
    const errors = result.ok ? [] : result.errors;
    assert.ok(errors.some((e) => e.startsWith('codes.json: codes[3].nom: ')), errors.join('\n'));
  });

  it('rejects a title that does not match number and date, in French', () => {
    const data = readData('textes.json');
    const i = data.textes.findIndex((t: { numero: string }) => t.numero === '2014-58');
    data.textes[i].date_fr = '28 janvier 2014';
    const result = validateSource('textes.json', data);
    const errors = result.ok ? [] : result.errors;
    assert.ok(errors.some((e) => e.startsWith(`textes.json: textes[${i}].date_fr: `) && e.includes('27 janvier 2014')), errors.join('\n'));
  });

  it('rejects a département whose tribunal contradicts R. 221-3', () => {
    const data = readData('departements.json');
    const i = data.departements.findIndex((d: { code: string }) => d.code === '73');
    data.departements[i].tribunal_administratif_siege = 'Lyon';
    const result = validateSource('departements.json', data);
    const errors = result.ok ? [] : result.errors;
    assert.ok(errors.some((e) => e.startsWith(`departements.json: departements[${i}].tribunal_administratif_siege: `)), errors.join('\n'));
  });

  it('fails the build with status 1 and a French message on bad data', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'actes-catalogue-'));
    try {
      cpSync(DATA_DIR, path.join(dir, 'data'), { recursive: true });
      const data = readData('textes.json');
      data.textes[12].date = '2014-13-45';
      writeFileSync(path.join(dir, 'data', 'textes.json'), JSON.stringify(data));
      const out = path.join(dir, 'catalogue.json');
      const script = path.join(DATA_DIR, '..', 'scripts', 'build-catalogue.ts');
      const run = spawnSync(process.execPath, ['--import', 'tsx', script, '--data', path.join(dir, 'data'), '--out', out], { encoding: 'utf8' });
      assert.equal(run.status, 1, run.stderr);
      assert.match(run.stderr, /Catalogue non construit/);
      assert.match(run.stderr, /textes\.json: textes\[12\]\.date: /);
      assert.equal(existsSync(out), false);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('compiles to an index that matches its schema', () => {
    assert.equal(compiledCatalogueSchema.safeParse(compiled.value).success, true);
  });
});

describe('catalogue: codes and articles', () => {
  it('finds the CGCT by abbreviation and by name', () => {
    for (const q of ['CGCT', 'cgct', 'C.G.C.T.', 'Code général des collectivités territoriales', 'code general des collectivites territoriales', 'du code général des collectivités territoriales']) {
      assert.equal(catalogue.code(q)?.key, 'CGCT', q);
    }
    const cgct = catalogue.code('CGCT')!;
    assert.equal(cgct.name, 'code général des collectivités territoriales');
    assert.equal(cgct.hasArticles, true);
    assert.equal(cgct.textDate, '2023-12-06');
    assert.equal(catalogue.code('CE'), null, 'ambiguous abbreviation');
    assert.equal(catalogue.code("Code de l’urbanisme")?.key, 'code-urbanisme');
  });

  it('flags repealed codes and what replaced them', () => {
    const communes = catalogue.code('code des communes') as CatalogueCodeInfo;
    assert.equal(communes.repealed, true);
    assert.equal(communes.replacedBy, 'CGCT');
    assert.equal(catalogue.code('Code général des collectivités locales')?.repealed, true);
    assert.equal((catalogue.code('CMP') as CatalogueCodeInfo).replacedBy, 'CCP');
    assert.equal(catalogue.code('CGCT')?.repealed, false);
  });

  it('gives CGCT L. 2122-22 with its text, path and link', () => {
    const article = catalogue.article('CGCT', 'L2122-22')!;
    assert.ok(article.text.startsWith('Le maire peut, en outre, par délégation du conseil municipal'));
    assert.equal(article.display, 'L. 2122-22');
    assert.deepEqual(article.path.slice(0, 2), ['Partie législative', 'DEUXIÈME PARTIE : LA COMMUNE']);
    assert.equal(article.path.at(-1), 'Sous-section 2 : Attributions exercées au nom de la commune.');
    assert.equal(article.legiarti, null);
    assert.equal(article.url, 'https://www.legifrance.gouv.fr/codes/id/LEGITEXT000006070633');
    assert.equal(catalogue.article('CGCT', 'L. 2122-22'), article);
    assert.equal(catalogue.article('code général des collectivités territoriales', 'l 2122-22'), article);
  });

  it('knows when an article does not exist', () => {
    assert.equal(catalogue.article('CGCT', 'L. 2122-99'), null);
    assert.equal(catalogue.article('CJA', 'R221-3'), null, 'no text held for the CJA');
    assert.equal(catalogue.article('XYZ', 'L2122-22'), null);
  });

  it('completes article numbers by prefix, in code order', () => {
    const nums = catalogue.articlesWithPrefix('CGCT', 'L2122-2', 50).map((a) => a.num);
    for (let n = 20; n <= 29; n++) assert.ok(nums.includes(`L2122-${n}`), `L2122-${n}`);
    assert.ok(nums.every((n) => n.startsWith('L2122-2')));
    assert.ok(nums.indexOf('L2122-22') < nums.indexOf('L2122-23'));
    assert.ok(nums.indexOf('L2122-2') < nums.indexOf('L2122-20'));
    assert.equal(catalogue.articlesWithPrefix('CGCT', 'L. 2122-2', 3).length, 3);
    assert.deepEqual(catalogue.articlesWithPrefix('CGCT', 'Z', 10), []);
  });

  it('normalises article numbers from the source', () => {
    assert.equal(normalizeNum('R 1424-59'), 'R1424-59');
    assert.equal(normalizeNum('D. 2335-23'), 'D2335-23');
    assert.equal(normalizeNum('L5211-5-1 A'), 'L5211-5-1 A');
    assert.equal(normalizeNum('R1111-1-A'), 'R1111-1-A');
    assert.equal(normalizeNum('Annexe I'), 'Annexe I');
    assert.ok(catalogue.article('CGCT', 'R. 1424-59'));
    assert.ok(catalogue.article('CGCT', 'R.* 4433-24'));
    assert.equal(displayNum('LO1112-1'), 'LO 1112-1');
    assert.equal(displayNum('R*4433-24'), 'R.* 4433-24');
  });

  it('holds the CRPA with LEGIARTI links', () => {
    const crpa = catalogue.code('CRPA')!;
    assert.equal(crpa.hasArticles, true);
    assert.equal(crpa.legitext, 'LEGITEXT000031366350');
    const article = catalogue.article('CRPA', 'L212-1')!;
    assert.match(article.text, /^Toute décision prise par une administration comporte la signature de son auteur/);
    assert.match(article.legiarti ?? '', /^LEGIARTI\d{12}$/);
    assert.equal(article.url, `https://www.legifrance.gouv.fr/codes/article_lc/${article.legiarti}`);
    assert.ok(article.path.length > 0);
  });
});

describe('catalogue: texts', () => {
  it('gives loi 2014-58 (MAPTAM) with its title and citation', () => {
    const loi = catalogue.text('loi', '2014-58') as CatalogueTextInfo;
    assert.ok(loi.title.includes("modernisation de l'action publique territoriale et d'affirmation des métropoles"));
    assert.ok(loi.citation.startsWith('loi n° 2014-58 du 27 janvier 2014 de modernisation'));
    assert.ok(loi.usualNames.some((n) => n.includes('MAPTAM')));
    assert.equal(loi.url, 'https://www.legifrance.gouv.fr/jorf/id/JORFTEXT000028526298');
    assert.equal(loi.titleConfirmed, true);
    assert.equal(catalogue.textByUsualName('MAPTAM'), loi);
    assert.equal(catalogue.textByUsualName('loi Maptam'), loi);
  });

  it('writes "1er" for the first day of a month', () => {
    assert.equal(frenchDate('2001-08-01'), '1er août 2001');
    assert.equal(catalogue.text('loi-organique', '2001-692')?.citation, 'loi organique n° 2001-692 du 1er août 2001 relative aux lois de finances');
  });

  it('keeps unconfirmed titles flagged and missing ids null', () => {
    const decret = catalogue.text('decret', '2021-1311') as CatalogueTextInfo;
    assert.equal(decret.titleConfirmed, false);
    assert.equal(decret.jorftext, null);
    assert.equal(decret.url, null);
  });

  it('completes text numbers by prefix', () => {
    const numbers = catalogue.textsWithPrefix('loi', '2019-', 20).map((t) => t.number);
    assert.ok(numbers.includes('2019-1461') && numbers.every((n) => n?.startsWith('2019-')));
    assert.equal(catalogue.textsWithPrefix(null, '', 5).length, 5);
  });
});

describe('catalogue: départements, tribunals, @ctes tables', () => {
  it('finds a département by code or by name', () => {
    assert.equal(catalogue.departement('73')?.tribunal, 'Grenoble');
    for (const q of ['073', 'Savoie', 'la Savoie', 'de la Savoie', 'SAVOIE']) assert.equal(catalogue.departement(q)?.code, '73', q);
    assert.equal(catalogue.departement('75')?.tribunal, 'Paris');
    assert.equal(catalogue.departement('2A')?.name, 'Corse-du-Sud');
    assert.equal(catalogue.departement("d'Ille-et-Vilaine")?.code, '35');
    assert.equal(catalogue.departement('Haute-Savoie')?.code, '74');
    assert.equal(catalogue.departement('Atlantide'), null);
  });

  it('finds a tribunal by seat', () => {
    const grenoble = catalogue.tribunal('Grenoble')!;
    assert.deepEqual([...grenoble.departements], ['26', '38', '73', '74']);
    assert.match(grenoble.ressort, /Savoie/);
    assert.equal(catalogue.tribunal('tribunal administratif de Cergy-Pontoise')?.seat, 'Cergy-Pontoise');
  });

  it('lists the natures and matières of @ctes', () => {
    assert.deepEqual(
      catalogue.natures.map((n) => n.abrege),
      ['DE', 'AR', 'AI', 'CC', 'BF', 'AU'],
    );
    assert.equal(catalogue.matieres.find((m) => m.code === '7.1')?.libelle, 'Décisions budgétaires');
    assert.equal(catalogue.matieres.find((m) => m.code === '7.3')?.libelle, 'Emprunts');
  });
});
