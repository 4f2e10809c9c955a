// Reader of what identifies the collectivité in the head of the text beyond the header block: an INSEE code
// (« Code INSEE de la commune : 73008 »), and the commune of « Le Maire de la Ville de CHELLES, » in a flattened
// text where the authority was not cut out. core/collectivite.ts finds the collectivité in the register with them.
import type { Mention } from '../model';

/** The head of the text where these are written. */
const HEAD = 3000;
const INSEE = /\bcode\s+insee\s*(?:de\s+la\s+commune\s*)?:?\s*(\d{5}|2[AB]\d{3})\b/i;
const MAIRE_OF = /\b(?:Le|LE)\s+(?:Maire|MAIRE)\s+de\s+la\s+(?:Ville|VILLE|Commune|COMMUNE)\s+(?:de\s+|d['’])([A-ZÀ-Ý][\p{L}'’ -]{1,40}?)\s*,/u;

export function readIdentity(text: string): Mention[] {
  const head = text.slice(0, HEAD);
  const out: Mention[] = [];
  const insee = INSEE.exec(head);
  if (insee) out.push({ kind: 'insee-code', start: insee.index, end: insee.index + insee[0].length, value: insee[1], flag: false });
  const maire = MAIRE_OF.exec(head);
  if (maire) out.push({ kind: 'maire-of', start: maire.index, end: maire.index + maire[0].length, value: maire[1], flag: false });
  return out;
}
