// A large, realistic act for benchmarks: a délibération of `lines` lines.
export function generateAct(lines = 2000): string {
  const out: string[] = [
    'RÉPUBLIQUE FRANÇAISE', '', 'Département de la Savoie', 'Commune de Chambéry', '',
    'EXTRAIT DU REGISTRE DES DÉLIBÉRATIONS DU CONSEIL MUNICIPAL', 'Délibération n° DCM-2025-117', '',
    'Objet : approbation du règlement intérieur des équipements sportifs', '',
    'Séance du mardi 24 juin 2025 à 18 h 30', 'Date de la convocation : 18 juin 2025',
    'Nombre de conseillers en exercice : 43', 'Présents : 30', 'Représentés : 5', 'Votants : 35',
    'Président de séance : Marie DUPONT, maire', 'Secrétaire de séance : Paul MARTIN', '',
  ];
  const body = Math.max(0, lines - 60);
  const visas = Math.floor(body * 0.25);
  const cons = Math.floor(body * 0.15);
  for (let i = 0; i < visas; i++) {
    out.push(i % 3 === 0
      ? `Vu le code général des collectivités territoriales, notamment ses articles L. 2121-29 et L. ${2122 + (i % 5)}-${(i % 30) + 1} ;`
      : i % 3 === 1
        ? `Vu la loi n° 2014-58 du 27 janvier 2014 de modernisation de l’action publique territoriale et d’affirmation des métropoles ;`
        : `Vu la délibération n° DCM-2024-${String(i).padStart(3, '0')} du ${(i % 27) + 1} mars 2024 relative aux équipements ;`);
  }
  for (let i = 0; i < cons; i++) out.push(`Considérant que l’équipement n° ${i} doit être ouvert au public dans des conditions de sécurité satisfaisantes ;`);
  out.push('', 'Le conseil municipal, après en avoir délibéré,', '', 'DÉCIDE :', '');
  let n = 1;
  while (out.length < lines - 16) {
    out.push(`Article ${n === 1 ? '1er' : n} – Disposition ${n}`);
    out.push(`Le règlement de l’équipement ${n} est approuvé tel qu’il est annexé à la présente délibération, conformément à l’article L. 2122-22 du code général des collectivités territoriales.`);
    out.push('');
    n++;
  }
  out.push(
    `Article ${n} – Recours`,
    'La présente délibération peut faire l’objet d’un recours devant le tribunal administratif de Grenoble dans un délai de deux mois à compter de sa publication.',
    '', 'Adoptée à l’unanimité.', 'Pour : 35', 'Contre : 0', 'Abstentions : 0', '',
    'Fait à Chambéry, le 24 juin 2025', '', 'La Maire,', 'Marie DUPONT', '', 'Le secrétaire de séance,', 'Paul MARTIN',
  );
  return out.slice(0, lines).join('\n') + '\n';
}

/** A procès-verbal of `count` délibérations of one séance (each with its visas, dispositif and eight articles). */
export function generateMinutes(count = 50): string {
  const out = [
    'COMMUNE DE CHAMBÉRY', '', 'PROCÈS-VERBAL DE LA SÉANCE DU CONSEIL MUNICIPAL DU 24 JUIN 2025', '',
    'Séance du mardi 24 juin 2025 à 18 h 30', 'Date de la convocation : 18 juin 2025', 'Nombre de conseillers en exercice : 43',
    'Présents : 30', 'Représentés : 5', 'Votants : 35', 'Secrétaire de séance : Paul MARTIN', '',
  ];
  for (let k = 1; k <= count; k++) {
    out.push(
      `Délibération n° 2025-${String(k).padStart(3, '0')}`, `Objet : approbation de la convention n° ${k}`, '',
      'Vu le code général des collectivités territoriales ;', `Vu la délibération n° 2024-${k} du 3 mars 2024 ;`, 'Considérant l’intérêt de la commune ;', '',
      'Le conseil municipal, après en avoir délibéré,', '', 'DÉCIDE :', '',
    );
    for (let a = 1; a <= 8; a++) out.push(`Article ${a === 1 ? '1er' : a} – Le maire est autorisé à signer la convention n° ${k}-${a} annexée à la présente délibération.`, '');
    out.push('Adoptée à l’unanimité.', '');
  }
  out.push('Fait à Chambéry, le 24 juin 2025', '', 'Le Maire,', 'Marie DUPONT', '');
  return out.join('\n');
}
