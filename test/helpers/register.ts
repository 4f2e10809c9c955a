// A folder of acts for the register tests: seed 000 (décision DDM-2025-075 citing the délibération DCM-2020-117
// of 17 July 2020), that délibération, and a second act numbered DDM-2025-075.
import { mkdtempSync, mkdirSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { SEED_000, readText } from './lsp';

export const DELIBERATION_2020 = `RÉPUBLIQUE FRANÇAISE
MAIRIE DE CHAMBERY
Département de la Savoie

DÉLIBÉRATION DU CONSEIL MUNICIPAL N° DCM-2020-117

Objet : Délégations du conseil municipal au maire

Séance du 17 juillet 2020

Le Conseil municipal,

Vu le code général des collectivités territoriales, notamment ses articles L. 2122-22 et L. 2122-23,

Considérant qu’il y a intérêt, pour la bonne marche de l’administration communale, à déléguer au maire certaines attributions,

Après en avoir délibéré,

DÉCIDE :

Article 1er : Le maire est chargé, pour la durée de son mandat, des attributions prévues à l’article L. 2122-22 du code général des collectivités territoriales.

Article 2 : La présente délibération peut faire l’objet d’un recours devant le tribunal administratif de Grenoble dans un délai de deux mois à compter de sa publication.

Fait à Chambéry, le 17 juillet 2020

Le Maire,
Thierry REPENTIN
`;

export const SECOND_075 = `RÉPUBLIQUE FRANÇAISE
MAIRIE DE CHAMBERY
Département de la Savoie

DÉCISION DU MAIRE N° DDM-2025-075

Objet : Location d’un minibus pour le centre de loisirs

Le Maire de la Ville de Chambéry,

Vu le code général des collectivités territoriales, notamment son article L. 2122-22,

Vu la délibération n° DCM-2020-117 du 17 juillet 2020 relative aux délégations du conseil municipal au maire,

DÉCIDE :

Article 1er : Un minibus est loué pour le centre de loisirs du 1er au 31 juillet 2025.

Article 2 : La présente décision peut faire l’objet d’un recours devant le tribunal administratif de Grenoble dans un délai de deux mois à compter de sa publication.

Fait à Chambéry, le 2 juin 2025

Le Maire,
Thierry REPENTIN
`;

export interface RegisterFolder {
  readonly dir: string;
  readonly seed: string;
  readonly deliberation: string;
  readonly second: string;
  remove(): void;
}

/** Creates the folder (seed 000 copied as `.acte`); `extra` adds files (name → text). */
export function registerFolder(extra: Record<string, string> = {}): RegisterFolder {
  const dir = mkdtempSync(path.join(tmpdir(), 'actes-registre-'));
  mkdirSync(path.join(dir, 'deliberations'));
  const seed = path.join(dir, 'ddm-2025-075-mission-quebec.acte');
  const deliberation = path.join(dir, 'deliberations', 'dcm-2020-117.acte');
  const second = path.join(dir, 'ddm-2025-075-minibus.acte');
  writeFileSync(seed, readText(SEED_000));
  writeFileSync(deliberation, DELIBERATION_2020);
  writeFileSync(second, SECOND_075);
  for (const [name, text] of Object.entries(extra)) writeFileSync(path.join(dir, name), text);
  return { dir, seed, deliberation, second, remove: () => rmSync(dir, { recursive: true, force: true }) };
}
