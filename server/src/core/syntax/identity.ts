// Reader of what identifies the collectivité in the head of the text beyond the header block: an INSEE code
// (« Code INSEE de la commune : 73008 »), the commune of « Le Maire de la Ville de CHELLES, » in a flattened
// text where the authority was not cut out, and the population the header states. core/collectivite.ts finds the
// collectivité in the register with them.
import type { Mention } from '../model';

/** The head of the text where these are written. */
const HEAD = 3000;
const INSEE = /\bcode\s+insee\s*(?:de\s+la\s+commune\s*)?(?::\s*)?(\d{5}|2[AB]\d{3})\b/i;
const MAIRE_OF = /\b(?:Le|LE)\s+(?:Maire|MAIRE)\s+de\s+la\s+(?:Ville|VILLE|Commune|COMMUNE)\s+(?:de\s+|d['’])([A-ZÀ-Ý][\p{L}'’ -]{1,40}?)\s*,/u;

/**
 * The population the header states (« Commune de X (Dordogne) — 640 habitants », « (Oise — 12 400 habitants) »,
 * « Population : 948 habitants »): in
 * the first lines, after a dash, a comma or a parenthesis, not « les communes de 3 500 habitants et plus ».
 */
const POPULATION = /(?:^|[(—–,-][ \t]*|\b(?:[Pp]opulation|POPULATION)(?:[ \t]+(?:municipale|totale|légale|MUNICIPALE|TOTALE|LÉGALE))?[ \t]*:[ \t]*)(\d{1,3}(?:[ \u00a0\u202f.]\d{3})*|\d{1,7})[ \u00a0\u202f]+habitants\b(?![ \t]+(?:et|ou)\b)/m;
const POPULATION_HEAD = 400;

export function readIdentity(text: string): Mention[] {
  const head = text.slice(0, HEAD);
  const out: Mention[] = [];
  const insee = INSEE.exec(head);
  if (insee) out.push({ kind: 'insee-code', start: insee.index, end: insee.index + insee[0].length, value: insee[1], flag: false });
  const maire = MAIRE_OF.exec(head);
  if (maire) out.push({ kind: 'maire-of', start: maire.index, end: maire.index + maire[0].length, value: maire[1], flag: false });
  const population = POPULATION.exec(head.slice(0, POPULATION_HEAD));
  if (population) out.push({ kind: 'population-stated', start: population.index, end: population.index + population[0].length, value: population[1].replace(/\D/g, ''), flag: false });
  return out;
}
