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
import { articleOrder, createCatalogue, displayNum, registerIndexFile, registerIndexText, TEXT_CHUNK, type CatalogueCodeInfo, type CatalogueTextInfo } from '../server/src/catalogue/create.ts';
import { searchableFile } from '../server/src/catalogue/load-node.ts';
import { compiledCatalogueSchema, frenchDate, SOURCE_SCHEMAS, validateSource, type SourceFile } from '../server/src/catalogue/schemas.ts';

const readData = (file: string) => JSON.parse(readFileSync(path.join(DATA_DIR, file), 'utf8'));

const sources = readSources();
if (!sources.ok) throw new Error(sources.errors.join('\n'));
const compiled = compileCatalogue(sources.value);
if (!compiled.ok) throw new Error(compiled.errors.join('\n'));
const sideFile = (file: string) => (compiled.value.files[file] as string | undefined) ?? null;
const catalogue = createCatalogue(compiled.value.index, sideFile);

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
    const checked = compiledCatalogueSchema.safeParse(compiled.value.index);
    assert.deepEqual(checked.success ? [] : checked.error.issues.slice(0, 3), []);
  });

  it('keeps the article texts out of the index, in one side file per code', () => {
    const index = JSON.stringify(compiled.value.index);
    assert.ok(!index.includes('Le maire peut, en outre, par délégation du conseil municipal'), 'CGCT text in the index');
    const cgct = compiled.value.index.codes.find((c) => c.key === 'CGCT')!;
    assert.equal(cgct.file, 'catalogue/CGCT');
    const side = JSON.parse(sideFile('catalogue/CGCT-0.json')!) as { texts: string[] };
    assert.equal(side.texts.length, TEXT_CHUNK);
  });

  it('reads a code’s side file only when a text is asked for, and once', () => {
    const asked: string[] = [];
    const lazy = createCatalogue(compiled.value.index, (file) => (asked.push(file), sideFile(file)));
    const article = lazy.article('CGCT', 'L2122-22')!;
    assert.equal(article.display, 'L. 2122-22');
    assert.deepEqual(asked, [], 'existence and headings come from the index');
    assert.match(article.text, /^Le maire peut/);
    assert.match(lazy.article('CGCT', 'L2122-23')!.text, /\S/);
    assert.equal(asked.length, 1);
    assert.match(asked[0], /^catalogue\/CGCT-\d+\.json$/);
  });

  it('reads a code’s plan (headings) only when an article’s path is asked for, and once per code', () => {
    const asked: string[] = [];
    const lazy = createCatalogue(compiled.value.index, (file) => (asked.push(file), sideFile(file)));
    const a = lazy.article('CGCT', 'L2122-22')!;
    const b = lazy.article('CGCT', 'L2122-23')!;
    assert.deepEqual(asked, []);
    assert.equal(a.path.at(-1), 'Sous-section 2 : Attributions exercées au nom de la commune.');
    assert.equal(b.path[0], 'Partie législative');
    assert.deepEqual(asked, ['catalogue/CGCT-plan.json']);
    const broken = createCatalogue(compiled.value.index, () => {
      throw new Error('ENOENT');
    });
    assert.deepEqual(broken.article('CGCT', 'L2122-22')!.path, [], 'no plan: no headings, the article is still found');
  });

  it('the register searched in its file’s bytes (the server’s way) answers as its text does', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'actes-register-'));
    try {
      const file = compiled.value.index.register!.file;
      const text = sideFile(file)!;
      assert.match(text, /^[\x00-\x7f]*$/, 'the build writes it in ASCII');
      writeFileSync(path.join(dir, 'register.txt'), text);
      const searched = searchableFile(path.join(dir, 'register.txt'));
      assert.equal(typeof searched, 'object', 'bytes, not a string');
      const fromBytes = createCatalogue(compiled.value.index, sideFile, () => searched);
      const sirens = ['217300656', '200069110', '213105554', '000000000'];
      for (const siren of sirens) assert.deepEqual(fromBytes.collectiviteBySiren!(siren), catalogue.collectiviteBySiren!(siren), siren);
      for (const insee of ['73065', '2A004', '01001', '99999']) assert.deepEqual(fromBytes.communeByInsee!(insee), catalogue.communeByInsee!(insee), insee);
      for (const name of ['Chambéry', 'Saint-Étienne', 'L’Abergement-Clémenciat', 'Sainte-Marie', 'Nulle-Part-sur-Mer']) {
        assert.deepEqual(fromBytes.collectivitesNamed!(name), catalogue.collectivitesNamed!(name), name);
      }
      assert.ok(fromBytes.collectivitesNamed!('Sainte-Marie').length > 1);
      assert.ok(fromBytes.collectiviteBySiren!('217300656') && fromBytes.communeByInsee!('73065'));
      assert.equal(fromBytes.communeByInsee!('01001')?.name, 'L’Abergement-Clémenciat'.replace('’', "'"));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('a SIREN or a name is found through the register’s index as in its text, before and after a search that reads it all; a stale index is not used', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'actes-register-'));
    try {
      const text = sideFile(compiled.value.index.register!.file)!;
      assert.ok(compiled.value.files[registerIndexFile(compiled.value.index.register!.file)], 'the build writes the index');
      const file = path.join(dir, 'register.txt');
      writeFileSync(file, text);
      const lines = text.split('\n').filter(Boolean);
      const sirens = [...lines.filter((_, i) => i % 97 === 0).map((l) => l.slice(0, 9)), lines[0].slice(0, 9), lines[lines.length - 1].slice(0, 9), '000000000', '999999999', '217300650'];
      const names = ['Sainte-Marie', 'Chambéry', 'Saint-Étienne', 'L’Abergement-Clémenciat', 'Nulle-Part-sur-Mer', 'Commune de Saint-Denis', 'Métropole de Lyon', 'Communauté de communes du Pays de Gex'];
      for (const index of [registerIndexText(text), registerIndexText(`${text}000000000|I|D|P|T|E|Kx|Nx\n`)]) {
        writeFileSync(registerIndexFile(file), index);
        const fromIndex = createCatalogue(compiled.value.index, sideFile, () => searchableFile(file));
        for (const siren of sirens) assert.deepEqual(fromIndex.collectiviteBySiren!(siren), catalogue.collectiviteBySiren!(siren), siren);
        for (const name of names) assert.deepEqual(fromIndex.collectivitesNamed!(name), catalogue.collectivitesNamed!(name), name);
        for (const name of names) assert.deepEqual(fromIndex.collectivitesNamed!(name, '73'), catalogue.collectivitesNamed!(name, '73'), name);
        assert.deepEqual(fromIndex.communeByInsee!('73065'), catalogue.communeByInsee!('73065'));
        for (const siren of sirens) assert.deepEqual(fromIndex.collectiviteBySiren!(siren), catalogue.collectiviteBySiren!(siren), siren);
      }
      assert.ok(catalogue.collectivitesNamed!('Sainte-Marie').length > 1);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('looks articles up in the order the build stored; without it (or with a wrong one), sorts them itself', () => {
    for (const code of compiled.value.index.codes.filter((c) => c.nums)) {
      assert.equal(code.order, articleOrder(code.nums.split('\n').map((n) => [n] as const)).join(','), code.key);
    }
    for (const order of ['', '0,1,2', 'x']) {
      const index = { ...compiled.value.index, codes: compiled.value.index.codes.map((c) => ({ ...c, order })) };
      const unsorted = createCatalogue(index, sideFile);
      for (const [code, num] of [['CGCT', 'L2122-22'], ['CGCT', 'R2122-7-1'], ['CRPA', 'L212-1'], ['CGCT', 'L9999-99']]) {
        assert.equal(unsorted.article(code, num)?.num ?? null, catalogue.article(code, num)?.num ?? null, `${code} ${num}`);
      }
      assert.deepEqual(unsorted.articlesWithPrefix('CGCT', 'L2122-2', 5).map((a) => a.num), catalogue.articlesWithPrefix('CGCT', 'L2122-2', 5).map((a) => a.num));
    }
  });

  it('survives a missing side file: the article exists, its text is empty, its link searches Légifrance', () => {
    const broken = createCatalogue(compiled.value.index, () => {
      throw new Error('ENOENT');
    });
    const article = broken.article('CRPA', 'L212-1')!;
    assert.equal(article.text, '');
    assert.match(article.url, /^https:\/\/www\.legifrance\.gouv\.fr\/search\/code\?.*query=L212-1/);
    assert.equal(broken.collectiviteBySiren?.('217300656'), null);
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
    // No article id in the CGCT source: a Légifrance search for the number, not the code's home page.
    assert.equal(article.url, 'https://www.legifrance.gouv.fr/search/code?tab_selection=code&searchField=NUM_ARTICLE&query=L2122-22&page=1&init=true');
    assert.equal(catalogue.article('CGCT', 'L. 2122-22'), article);
    assert.equal(catalogue.article('code général des collectivités territoriales', 'l 2122-22'), article);
  });

  it('knows when an article does not exist', () => {
    assert.equal(catalogue.article('CGCT', 'L. 2122-99'), null);
    assert.equal(catalogue.article('CJA', 'R221-99'), null);
    assert.equal(catalogue.article('CSP', 'L1311-1'), null, 'no text held for the code de la santé publique');
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

describe('catalogue: more codes, changes, register', () => {
  it('holds the code rural (official, with ids) and fifteen codes as indicative copies', () => {
    const rural = catalogue.code('code rural et de la pêche maritime')!;
    assert.equal(rural.status, 'officiel');
    assert.match(rural.textDate ?? '', /^2026-/);
    const l21111 = catalogue.article(rural.key, 'L. 211-11')!;
    assert.match(l21111.text, /animal/i);
    assert.match(l21111.url, /^https:\/\/www\.legifrance\.gouv\.fr\/codes\/article_lc\/LEGIARTI\d{12}$/);
    const indicative = ['code de la route', 'code de l’urbanisme', 'code pénal', 'code civil', 'code de la sécurité intérieure', 'code de la commande publique',
      'code général de la propriété des personnes publiques', 'code général de la fonction publique', 'code de justice administrative', 'code électoral',
      'code du sport', 'code de la voirie routière', 'code du patrimoine', 'code du tourisme', 'code de la consommation'];
    for (const name of indicative) {
      const code = catalogue.code(name);
      assert.equal(code?.status, 'indicatif', name);
      assert.equal(code?.hasArticles, true, name);
    }
    assert.match(catalogue.article('code de la route', 'R. 417-10')!.text, /stationnement/);
    assert.equal(catalogue.article('code de la route', 'R. 417-99'), null);
    assert.ok(catalogue.article('code pénal', '121-3'), 'numbers without a part letter');
    // The recogniser's keys find the codes too (document links pass them).
    assert.equal(catalogue.code('CROUTE')?.name, 'code de la route');
    assert.equal(catalogue.code('CPEN')?.name, 'code pénal');
    assert.match(catalogue.article('CROUTE', 'R417-10')?.url ?? '', /query=R417-10/);
  });

  it('knows the CGCT articles changed after its state date, and by which law', () => {
    const a = catalogue.article('CGCT', 'L2123-35')!;
    assert.deepEqual(a.amendments?.map((m) => m.law), ['loi n° 2024-247 du 21 mars 2024']);
    assert.equal(catalogue.article('CGCT', 'L2121-2-1')!.amendments?.[0].date, '2025-05-21');
    assert.equal(catalogue.article('CGCT', 'L2122-22')!.amendments, undefined);
  });

  it('finds communes and EPCI by SIREN, INSEE code and name', () => {
    const chambery = catalogue.collectiviteBySiren!('217300656')!;
    assert.equal(chambery.name, 'Chambéry');
    assert.equal(chambery.insee, '73065');
    assert.equal(chambery.departement, '73');
    assert.equal(chambery.populationKind, 'totale');
    assert.ok(chambery.population! > 50000);
    assert.equal(catalogue.communeByInsee!('73065'), chambery);
    assert.deepEqual(catalogue.collectivitesNamed!('CHAMBERY', 'Savoie'), [chambery]);
    assert.deepEqual(catalogue.collectivitesNamed!('Commune de Chambéry', '73'), [chambery]);
    assert.ok(catalogue.collectivitesNamed!('Saint-Denis').length > 1, 'homonyms without a département');
    assert.deepEqual(catalogue.collectivitesNamed!('BOEURS EN OTHE').map((c) => c.name), ['Bœurs-en-Othe'], 'œ kept in names');
    const epci = catalogue.collectiviteBySiren!('200069110')!;
    assert.equal(epci.kind, 'epci');
    assert.equal(epci.departement, '73');
    assert.equal(catalogue.collectiviteBySiren!('123456789'), null);
  });

  it('gives the data’s dates', () => {
    const dates = new Map(catalogue.dataDates);
    assert.equal(dates.get('code général des collectivités territoriales'), '2023-12-06');
    assert.match(dates.get('code de la route (copie indicative)') ?? '', /^2026-/);
    assert.ok(dates.has('communes et EPCI'));
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

describe('catalogue: data dates for the user', () => {
  it('`actes --version` gives the date of every code held and of the register', () => {
    const run = spawnSync(process.execPath, [path.join(DATA_DIR, '..', 'bin', 'actes.js'), '--version'], { encoding: 'utf8' });
    assert.equal(run.status, 0, run.stderr);
    assert.match(run.stdout, /^actes \S+\nDonnées juridiques :\n/);
    assert.match(run.stdout, /code général des collectivités territoriales\s: état du 6 décembre 2023/);
    assert.match(run.stdout, /code de la route \(copie indicative\)\s: état du 31 mars 2026/);
    assert.match(run.stdout, /code rural et de la pêche maritime\s: état du 27 mars 2026/);
    assert.match(run.stdout, /communes et EPCI\s: COG 2026/);
  });
});
