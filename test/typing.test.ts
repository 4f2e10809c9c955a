// An act typed in the editor, from its title to its last line (the twentieth review): at each keystroke the editor
// passes where the person types (`caret`); what is said of the words there, or of the parts not typed yet after
// them, is no error nor warning until they move on (`settled` then gives the severity).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../server/src/core/service';
import { catalogue } from './helpers/acts';
import { caretOf } from '../server/src/lsp/analyses';

const ARRETE = `RÉPUBLIQUE FRANÇAISE
Département de l’Isère
Commune de Voiron

ARRÊTÉ N° 2026-412
portant réglementation temporaire de la circulation rue de Sermorens

Le Maire de la commune de Voiron,

Vu le code général des collectivités territoriales, notamment ses articles L. 2212-1, L. 2212-2 et L. 2213-1 ;
Vu le code de la route, notamment ses articles R. 411-8 et R. 417-10 ;
Vu le décret n° 92-1194 du 4 novembre 1992 ;
Vu l’arrêté n° 2026-300 du 2 octobre 2026 portant délégation de signature ;

Considérant que les travaux de réfection de la chaussée de la rue de Sermorens nécessitent l’interruption de la circulation ;

ARRÊTE :

Article 1er : Du lundi 14 décembre 2026 à 7 h 30 au vendredi 18 décembre 2026 à 17 h 30, la circulation est interdite rue de Sermorens.

Article 2 : Le présent arrêté peut faire l’objet d’un recours contentieux devant le tribunal administratif de Grenoble dans un délai de deux mois à compter de sa publication.

Article 3 : Le directeur général des services est chargé de l’exécution du présent arrêté.

Fait à Voiron, le 4 décembre 2026

Le Maire,
Claire DUMONTET
`;

const DELIBERATION = `RÉPUBLIQUE FRANÇAISE
Département du Cantal
Commune de Saint-Flour

EXTRAIT DU REGISTRE DES DÉLIBÉRATIONS DU CONSEIL MUNICIPAL

Séance du jeudi 26 novembre 2026

Délibération n° 2026-118
Objet : Budget principal 2026 – Décision modificative n° 2

Date de convocation : 20 novembre 2026
Nombre de conseillers en exercice : 29
Présents : 22
Représentés : 4
Votants : 26
Secrétaire de séance : Claire VIDAL

Vu le code général des collectivités territoriales, notamment ses articles L. 1612-11 et L. 2121-29 ;
Vu la délibération n° 2026-041 du 9 avril 2026 portant adoption du budget primitif 2026 ;

Considérant la nécessité d’abonder les crédits de la section de fonctionnement ;

Le Conseil municipal, après en avoir délibéré,

DÉCIDE :

Article 1er : La décision modificative n° 2 du budget principal de l’exercice 2026 est approuvée.

Adoptée à la majorité des suffrages exprimés.
Pour : 21
Contre : 4
Abstention : 1

Fait à Saint-Flour, le 26 novembre 2026.

Le Maire,
Frédéric BONAL

La secrétaire de séance,
Claire VIDAL

La présente délibération peut faire l’objet d’un recours contentieux devant le tribunal administratif de Clermont-Ferrand dans un délai de deux mois à compter de sa publication.
`;

const serious = (text: string, caret?: number) => analyze(text, { catalogue, draft: true, caret }).diagnostics
  .filter((d) => d.severity === 'error' || d.severity === 'warning');

test('typed from the title to the last line, an act shows no error nor warning about what is not typed yet, at the end of each line or inside it', () => {
  for (const text of [ARRETE, DELIBERATION]) {
    assert.deepEqual(serious(text).map((d) => d.code), [], 'the complete act is regular');
    for (let at = 1; at <= text.length; at++) {
      // After each line, each word, and each character of a figure (« L. 221 », « 199 », « Présents : 2 »).
      if (!(text[at - 1] === '\n' || (/\S/.test(text[at - 1]) && /\s/.test(text[at] ?? ' ')) || /\d/.test(text[at - 1]))) continue;
      const prefix = text.slice(0, at);
      assert.deepEqual(serious(prefix, at).map((d) => `${d.code} ${d.message}`), [], `tapé jusqu’à : ${JSON.stringify(prefix.slice(-60))}`);
    }
  }
});

test('what is softened while typing is settled once the person moves on: the same text, opened or checked, is judged in full', () => {
  // « Le Maire, » typed at the end: the name comes next.
  const signing = `${ARRETE.slice(0, ARRETE.indexOf('Claire DUMONTET'))}`;
  const typed = analyze(signing, { catalogue, draft: true, caret: signing.length }).diagnostics.find((d) => d.code === 'SIG-001');
  assert.equal(typed?.severity, 'information');
  assert.equal(typed?.settled, 'error');
  // The same text opened (no caret) or checked from the command line: an error, nothing to settle.
  for (const options of [{ catalogue, draft: true }, { catalogue }]) {
    const d = analyze(signing, options).diagnostics.find((x) => x.code === 'SIG-001');
    assert.equal(d?.severity, 'error');
    assert.equal(d?.settled, undefined);
  }
  // A year typed in part (« 199 ») is a hint while the caret is on it; a wrong year, once typed and left, a warning.
  const year = ARRETE.replace('du 4 novembre 1992', 'du 4 novembre 199');
  const at = year.indexOf('199 ;') + 3;
  const partial = analyze(year, { catalogue, draft: true, caret: at }).diagnostics.filter((d) => d.range.start.line === 11 && d.severity !== 'hint' && d.severity !== 'information');
  assert.deepEqual(partial, []);
  const left = analyze(year, { catalogue, draft: true, caret: year.length }).diagnostics.filter((d) => d.range.start.line === 11 && d.severity === 'warning');
  assert.ok(left.length > 0, 'the year left incomplete is warned once the caret is elsewhere');
});

test('the caret is just after what a keystroke changed; a paste or a replacement of a large part gives none', () => {
  assert.equal(caretOf('Le Maire,', 'Le Maire,\n'), 10);
  assert.equal(caretOf('Vu le code ;\nFait', 'Vu le code civil ;\nFait'), 'Vu le code civil '.length);
  assert.equal(caretOf('abc', 'abc'), undefined);
  assert.equal(caretOf('', 'x'.repeat(500)), undefined);
});
