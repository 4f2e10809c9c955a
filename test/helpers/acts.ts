// Small complete acts for the rule tests: each is clean (no diagnostic from the rules of issue 5),
// and tests mutate them to trigger one rule at a time.
import assert from 'node:assert/strict';
import { analyze } from '../../server/src/core/service';
import { loadCatalogue } from '../../server/src/catalogue/load-node';
import { DEFAULT_PROFILE, type Profile } from '../../server/src/core/profile';
import type { ActesDiagnostic } from '../../server/src/core/rules/rule';

export const catalogue = loadCatalogue();

/** A profile for rule tests: level « complet », so each rule shows its own severities (test/levels.test.ts covers « essentiel »). */
export const profileWith = (p: Partial<Profile>): Profile => Object.freeze({ ...DEFAULT_PROFILE, level: 'complet', ...p });

export function diagnostics(text: string, profile: Partial<Profile> = {}): readonly ActesDiagnostic[] {
  return analyze(text, { catalogue, profile: profileWith(profile) }).diagnostics;
}

/** Diagnostics of one rule. */
export function fired(text: string, id: string, profile: Partial<Profile> = {}): ActesDiagnostic[] {
  return diagnostics(text, profile).filter((d) => d.code === id);
}

/** Replace text that must be present (the test fails loudly if the model act changed). */
export function edit(text: string, from: string | RegExp, to: string): string {
  if (typeof from === 'string') assert.ok(text.includes(from), `texte absent : ${from}`);
  else assert.ok(from.test(text), `motif absent : ${from}`);
  return text.replace(from, to);
}

export const DELIB = `RÉPUBLIQUE FRANÇAISE
Département de la Savoie
Commune de Chambéry

EXTRAIT DU REGISTRE DES DÉLIBÉRATIONS DU CONSEIL MUNICIPAL

Séance du mardi 24 juin 2025
Date de la convocation : 18 juin 2025
Nombre de conseillers en exercice : 23
Présents : 15
Représentés : 3
Votants : 18
Président de séance : Jean DUPONT, maire
Secrétaire de séance : Claire MARTIN

Délibération n° DCM-2025-042
Objet : Tarifs de la piscine municipale

Le Conseil municipal,

Vu le code général des collectivités territoriales, notamment son article L. 2121-29 ;

Vu la délibération n° DCM-2024-101 du 12 décembre 2024 fixant les tarifs municipaux ;

Considérant qu'il y a lieu de réviser les tarifs au 1er juillet 2025 ;

Après en avoir délibéré,

DÉCIDE :

Article 1er : Les tarifs de la piscine sont fixés conformément à l'annexe.

Article 2 : La présente délibération peut faire l'objet d'un recours pour excès de pouvoir devant le tribunal administratif de Grenoble dans un délai de deux mois à compter de sa publication. Le tribunal administratif peut être saisi par l'application Télérecours citoyens accessible sur le site www.telerecours.fr.

Adoptée à l'unanimité : Pour : 18, Contre : 0, Abstentions : 0

Fait à Chambéry, le 24 juin 2025

Le Maire,
Jean DUPONT

Le secrétaire de séance,
Claire MARTIN
`;

export const DECISION = `RÉPUBLIQUE FRANÇAISE
Département de la Savoie
Ville de Chambéry

DÉCISION DU MAIRE N° DDM-2025-080

Objet : Contrat d'assurance de la flotte automobile

Le Maire de Chambéry,

Vu le code général des collectivités territoriales, notamment le 6° de son article L. 2122-22 et son article L. 2122-23 ;

Vu la délibération n° DCM-2020-117 du 17 juillet 2020 portant délégation d'attributions du conseil municipal au maire ;

Considérant qu'il y a lieu d'assurer les véhicules municipaux ;

DÉCIDE :

Article 1er : Le contrat d'assurance proposé par la société Assurances du Lac est accepté.

Article 2 : La présente décision peut faire l'objet d'un recours pour excès de pouvoir devant le tribunal administratif de Grenoble dans un délai de deux mois à compter de sa publication. Le tribunal administratif peut être saisi par l'application Télérecours citoyens accessible sur le site www.telerecours.fr.

Article 3 : Il sera rendu compte de la présente décision au conseil municipal lors de sa prochaine séance.

Article 4 : Le directeur général des services est chargé de l'exécution de la présente décision.

Fait à Chambéry, le 17 avril 2025

Le Maire,
Thierry REPENTIN
`;

export const ARRETE = `RÉPUBLIQUE FRANÇAISE
Département de la Savoie
Commune de Chambéry

ARRÊTÉ MUNICIPAL N° 2025-118
portant réglementation temporaire de la circulation rue de la Gare

Le Maire de Chambéry,

Vu le code général des collectivités territoriales, notamment ses articles L. 2212-1, L. 2212-2 et L. 2213-1 ;

Vu le code de la route ;

Considérant que des travaux de voirie auront lieu rue de la Gare du 2 au 6 juin 2025 et qu'il convient d'assurer la sécurité des usagers ;

ARRÊTE :

Article 1er : La circulation est interdite rue de la Gare du 2 au 6 juin 2025.

Article 2 : Le présent arrêté peut faire l'objet d'un recours pour excès de pouvoir devant le tribunal administratif de Grenoble dans un délai de deux mois à compter de sa publication. Le tribunal administratif peut être saisi par l'application Télérecours citoyens accessible sur le site www.telerecours.fr.

Article 3 : Le directeur général des services et le chef de la police municipale sont chargés, chacun en ce qui le concerne, de l'exécution du présent arrêté.

Fait à Chambéry, le 26 mai 2025

Le Maire,
Thierry REPENTIN
`;
