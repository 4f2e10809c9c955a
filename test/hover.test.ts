// Hover on legal references: code articles (text, path, version), "alinéa N" (VIS-006), lois and
// décrets (title, usual name, mismatch), codes, abbreviations, tribunals; never throws, ranges inside.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import fc from './helpers/fc';
import { analyze, type Analysis } from '../server/src/core/service';
import { hover } from '../server/src/core/features/hover';
import { loadCatalogue } from '../server/src/catalogue/load-node';
import { EMPTY_CATALOGUE } from '../server/src/core/catalogue';
import { corpusFiles, readSeed } from './helpers/corpus';

const catalogue = loadCatalogue();

/** Hover at the `nth` occurrence of `needle`, `shift` characters in. */
function hoverAt(a: Analysis, needle: string, shift = 1, nth = 0) {
  let at = -1;
  for (let i = 0; i <= nth; i++) at = a.text.indexOf(needle, at + 1);
  assert.ok(at >= 0, `« ${needle} » absent`);
  return hover(a, a.index.positionAt(at + shift), catalogue);
}
const slice = (a: Analysis, r: { start: { line: number; character: number }; end: { line: number; character: number } }) =>
  a.text.slice(a.index.offsetAt(r.start), a.index.offsetAt(r.end));

const seedA = analyze(readSeed(0), { catalogue });
const seedB = analyze(readSeed(1), { catalogue });

test('seed A: "L.2122-22" shows the article, its path, its version and a link', () => {
  const h = hoverAt(seedA, 'L.2122-22, alinéa', 3);
  assert.ok(h);
  assert.equal(slice(seedA, h.range), 'L.2122-22');
  assert.match(h.markdown, /Article L\. 2122-22/);
  assert.match(h.markdown, /Le maire peut, en outre, par délégation du conseil municipal/);
  assert.match(h.markdown, /Texte officiel \(Légifrance\), version du 6 décembre 2023/);
  assert.doesNotMatch(h.markdown, /copie indicative/i);
  // No article id in the CGCT source: the link searches the article's number, not the code's home page.
  assert.match(h.markdown, /\(https:\/\/www\.legifrance\.gouv\.fr\/search\/code\?[^)]*query=L2122-22[^)]*\)/);
  assert.doesNotMatch(h.markdown, /codes\/id\/LEGITEXT/);
  assert.match(h.markdown, /Sous-section 2 : Attributions exercées au nom de la commune/);
  assert.match(h.markdown, /Deuxième partie : La commune/, 'readable breadcrumb, not capitals');
  assert.match(h.markdown, /legifrance\.gouv\.fr/);
  // The enumeration in full, one item per line, the last item and the closing paragraph included.
  const items = h.markdown.split('\n').filter((l) => /^- \*\*\d+°\*\*/.test(l));
  assert.equal(items.length, 31);
  assert.match(h.markdown, /31°\*\* D'autoriser les mandats spéciaux/);
  assert.match(h.markdown, /prennent fin dès l'ouverture de la campagne électorale/);
});

test('seed A: "alinéa 4" designates the 3° under the Guide and names the 4° reading', () => {
  const h = hoverAt(seedA, 'alinéa 4', 2);
  assert.ok(h);
  assert.equal(slice(seedA, h.range), 'alinéa 4');
  assert.match(h.markdown, /l’alinéa 4 est le \*\*3°\*\*/);
  assert.match(h.markdown, /emprunts/);
  assert.match(h.markdown, /\*\*4°\*\*/);
  assert.match(h.markdown, /marchés/);
  assert.match(h.markdown, /VIS-006/);
});

test('seed A: an article written without its code falls back on the code of the visa, then the CGCT', () => {
  const a = analyze('Vu les articles L. 211-2 et L. 211-5 du code des relations entre le public et l’administration ;\n\nEn application de l’article L. 2122-22.\n', { catalogue });
  assert.match(hoverAt(a, 'L. 211-2')!.markdown, /Code des relations entre le public et l['’]administration\*\* — \*\*Article L\. 211-2/);
  const cgct = hoverAt(a, 'L. 2122-22')!.markdown;
  assert.match(cgct, /Aucun code n’est cité avec cet article/);
  assert.match(cgct, /Article L\. 2122-22/);
  const missing = hoverAt(analyze('Vu l’article L. 2122-99 du code général des collectivités territoriales ;', { catalogue }), 'L. 2122-99')!.markdown;
  assert.match(missing, /n’existe pas dans le code général des collectivités territoriales \(version du 6 décembre 2023\)/);
  const notHeld = hoverAt(analyze('Vu l’article L. 1311-1 du code de la santé publique ;', { catalogue }), 'L. 1311-1')!.markdown;
  assert.match(notHeld, /Texte non disponible hors ligne/);
  assert.match(notHeld, /\[Rechercher l’article L\. 1311-1 sur Légifrance\]\(https:\/\/www\.legifrance\.gouv\.fr\/search\/code\?[^)]*query=L1311-1/);
});

test('code de la route: « R. 417-10 » shows its text, labelled as an indicative copy with its date', () => {
  const a = analyze('Vu le code de la route, notamment son article R. 417-10 ;', { catalogue });
  const h = hoverAt(a, 'R. 417-10', 2)!;
  assert.equal(slice(a, h.range), 'R. 417-10');
  assert.match(h.markdown, /\*\*Code de la route\*\* — \*\*Article R\. 417-10\*\*/);
  assert.match(h.markdown, /Tout véhicule à l'arrêt ou en stationnement doit être placé/);
  assert.match(h.markdown, /copie indicative, non officielle — vérifiez sur Légifrance \(texte du 31 mars 2026\)/i);
  assert.match(h.markdown, /search\/code\?[^)]*query=R417-10/);
});

test('code rural: « L. 211-11 » shows its official text with its state date and the article’s Légifrance page', () => {
  const a = analyze('Vu le code rural et de la pêche maritime, notamment son article L. 211-11 ;', { catalogue });
  const h = hoverAt(a, 'L. 211-11', 2)!;
  assert.match(h.markdown, /\*\*Code rural et de la pêche maritime\*\* — \*\*Article L\. 211-11\*\*/);
  assert.match(h.markdown, /Si un animal est susceptible, compte tenu des modalités de sa garde/);
  assert.match(h.markdown, /Texte officiel \(Légifrance\), version du 27 mars 2026/);
  assert.doesNotMatch(h.markdown, /indicative/);
  assert.match(h.markdown, /\[L’article sur Légifrance\]\(https:\/\/www\.legifrance\.gouv\.fr\/codes\/article_lc\/LEGIARTI\d{12}\)/);
});

test('CGCT: « L. 2123-35 » warns that the text shown predates the loi n° 2024-247, and reads no item from it', () => {
  const a = analyze('Vu le code général des collectivités territoriales, notamment le 2° de l’article L. 2123-35 et l’article L. 2121-2-1 ;', { catalogue });
  const h = hoverAt(a, 'L. 2123-35', 2)!.markdown;
  assert.match(h, /Texte antérieur à la loi n° 2024-247 du 21 mars 2024\*\*/);
  assert.match(h, /version du 6 décembre 2023/);
  assert.doesNotMatch(h, /Élément visé|n’a pas de 2°/);
  assert.match(hoverAt(a, 'L. 2121-2-1', 2)!.markdown, /Texte antérieur à la loi n° 2025-444 du 21 mai 2025/);
  assert.doesNotMatch(hoverAt(seedA, 'L.2122-22, alinéa', 3)!.markdown, /Texte antérieur/);
});

test('seed B: "loi n°2014-58" shows the full title, usual name, date and the JORF link', () => {
  const h = hoverAt(seedB, 'loi n°2014-58', 5);
  assert.ok(h);
  assert.match(h.markdown, /loi de modernisation de l'action publique territoriale et d'affirmation des métropoles/);
  assert.match(h.markdown, /loi MAPTAM/);
  assert.match(h.markdown, /27 janvier 2014/);
  assert.match(h.markdown, /jorf\/id\/JORFTEXT000028526298/);
  assert.doesNotMatch(h.markdown, /ne correspondent pas/);
});

test('texts: number and date that do not match, the catalogue’s or each other', () => {
  const wrongDate = analyze('Vu la loi n° 2014-58 du 27 janvier 2015 ;', { catalogue });
  assert.match(hoverAt(wrongDate, 'loi')!.markdown, /numéro et date ne correspondent pas\*\* : la loi n° 2014-58 est du 27 janvier 2014, non du 27 janvier 2015/i);
  const wrongNumber = analyze('Vu la loi n° 2014-59 du 27 janvier 2014 ;', { catalogue });
  assert.match(hoverAt(wrongNumber, 'loi')!.markdown, /numéro et date ne correspondent pas/i);
  const unknown = analyze('Vu la loi n° 2030-12 du 3 mars 2031 ;', { catalogue });
  const u = hoverAt(unknown, 'loi')!.markdown;
  assert.match(u, /absent du catalogue/);
  assert.match(u, /numéro et date ne correspondent pas\*\* : le numéro 2030-12 est de 2030, la date de 2031/i);
  const noNumber = analyze('Vu la loi du 26 janvier 1984 modifiée ;', { catalogue });
  assert.match(hoverAt(noNumber, 'loi')!.markdown, /loi n° 84-53 du 26 janvier 1984/);
});

test('abbreviations, usual names and codes say what they stand for', () => {
  assert.match(hoverAt(seedB, 'MAPTAM', 2)!.markdown, /nom d’usage de la loi n° 2014-58 du 27 janvier 2014/);
  assert.match(hoverAt(seedB, 'NOTRe', 2)!.markdown, /loi n° 2015-991 du 7 août 2015 portant nouvelle organisation territoriale de la République/);
  const a = analyze('Vu le CGCT et le CRPA ; le CJA ; les EPCI ; la loi ALUR.', { catalogue });
  assert.match(hoverAt(a, 'CGCT')!.markdown, /Code général des collectivités territoriales/);
  assert.match(hoverAt(a, 'CRPA')!.markdown, /Code des relations entre le public et l['’]administration/);
  assert.match(hoverAt(a, 'CJA')!.markdown, /Code de justice administrative/);
  assert.match(hoverAt(a, 'EPCI')!.markdown, /établissement public de coopération intercommunale/);
  assert.match(hoverAt(a, 'ALUR')!.markdown, /oi n° 2014-366/);
  const code = hoverAt(seedA, 'code général des collectivités territoriales', 4)!.markdown;
  assert.match(code, /version du 6 décembre 2023/);
  const repealed = hoverAt(analyze('Vu le code des communes ;', { catalogue }), 'code des communes', 3)!.markdown;
  assert.match(repealed, /abrogé/);
});

test('"tribunal administratif de X": its ressort, and whether the département belongs to it', () => {
  const h = hoverAt(seedA, 'Grenoble', 2)!;
  assert.match(h.markdown, /Tribunal administratif de Grenoble/);
  assert.match(h.markdown, /Ressort : .*Savoie/);
  assert.match(h.markdown, /Savoie \(73\) relève bien de ce tribunal/);
  const wrong = analyze('Département de la Savoie\n\nRecours devant le tribunal administratif de Lyon dans un délai de deux mois.\n', { catalogue });
  assert.match(hoverAt(wrong, 'Lyon', 1)!.markdown, /Savoie \(73\) relève du tribunal administratif de Grenoble/);
  assert.match(hoverAt(seedB, 'Paris dans un délai', 1)!.markdown, /Tribunal administratif de Paris/);
});

test('nothing to say: plain words, blank lines, positions out of the document, empty catalogue', () => {
  assert.equal(hoverAt(seedA, 'Approuve la présente', 2), null);
  assert.equal(hover(seedA, { line: 2, character: 0 }, catalogue), null);
  assert.equal(hover(seedA, { line: 10_000, character: 3 }, catalogue), null);
  assert.equal(hover(seedA, { line: -1, character: -5 }, catalogue), null);
  const empty = hover(seedA, seedA.index.positionAt(seedA.text.indexOf('L.2122-22, alinéa') + 2), EMPTY_CATALOGUE);
  assert.ok(empty === null || typeof empty.markdown === 'string');
});

test('property: hover anywhere in the seeds and the corpus never throws and stays inside the document', () => {
  const docs = [readSeed(0), readSeed(1), ...corpusFiles().map((f) => readFileSync(f, 'utf8'))].map((t) => analyze(t, { catalogue }));
  fc.assert(
    fc.property(fc.nat(docs.length - 1), fc.nat(), (d, o) => {
      const a = docs[d];
      const pos = a.index.positionAt(o % (a.text.length + 1));
      const h = hover(a, pos, catalogue);
      if (!h) return;
      assert.equal(typeof h.markdown, 'string');
      const s = a.index.offsetAt(h.range.start);
      const e = a.index.offsetAt(h.range.end);
      assert.ok(s <= e && e <= a.text.length);
      assert.deepEqual(a.index.positionAt(s), h.range.start);
      assert.deepEqual(a.index.positionAt(e), h.range.end);
    }),
    { numRuns: 3000 },
  );
  // Every reference of every document can be hovered; code articles, texts and codes always say something.
  for (const a of docs) {
    for (const r of a.act.references) {
      const h = hover(a, a.index.positionAt(r.start), catalogue);
      if (r.type === 'code-article' || r.type === 'text' || r.type === 'code') assert.ok(h, `pas de survol sur « ${r.text} »`);
    }
  }
});
