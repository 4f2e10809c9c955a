// The nomenclature of matières (@ctes classification): the national one from the catalogue, or the one the
// préfecture sends each collectivité (an `actes:RetourClassification` XML, ACTES schema v1.1), set in the profile
// (`classification`). Pure: the shells read the file's bytes; this reads them. Never throws: a bad file gives a
// French problem and the national nomenclature stays in force.
import type { Catalogue } from './catalogue';
import type { Profile } from './profile';

export interface Matiere {
  /** « 7 », « 7.1 », « 7.1.2 ». */
  readonly code: string;
  readonly libelle: string;
}

export interface Nomenclature {
  /** DateClassification of the file (actes:ClassificationDateVersion of the acts classified with it). */
  readonly date: string | null;
  /** Every level the file gives, parents before children. */
  readonly matieres: readonly Matiere[];
  /** The file as the profile names it, for messages. */
  readonly file: string;
}

/** The nomenclature in force: the préfecture's when the profile gives one, else the national one. */
export interface ActiveNomenclature {
  readonly matieres: readonly Matiere[];
  readonly prefecture: boolean;
  readonly date: string | null;
  readonly file: string | null;
}

export function activeNomenclature(catalogue: Catalogue, profile: Profile): ActiveNomenclature {
  const n = profile.nomenclature;
  if (n && n.matieres.length > 0) return { matieres: n.matieres, prefecture: true, date: n.date, file: n.file };
  return { matieres: catalogue.matieres, prefecture: false, date: null, file: null };
}

/** Larger files are not classification files (a real one weighs a few dozen kilobytes). */
const MAX_BYTES = 4 * 1024 * 1024;

/** The nomenclature read (null: unusable, the national one applies) and the French problems met. */
export interface ClassificationResult {
  readonly nomenclature: Nomenclature | null;
  readonly problems: readonly string[];
}

const fail = (problem: string): ClassificationResult => ({ nomenclature: null, problems: [`${problem} ; nomenclature nationale utilisée.`] });

/** The XML's text, decoded with the encoding its declaration names (UTF-8 without one, or after a BOM). */
export function decodeXml(bytes: Uint8Array): { text: string } | { problem: string } {
  if (bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return decodeWith('utf-8', bytes.subarray(3));
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) return decodeWith('utf-16le', bytes.subarray(2));
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) return decodeWith('utf-16be', bytes.subarray(2));
  // The declaration is ASCII in every encoding an XML file may declare here.
  let head = '';
  for (let i = 0; i < Math.min(bytes.length, 200); i++) head += String.fromCharCode(bytes[i]);
  const declared = /^\s*<\?xml[^>]*?\bencoding\s*=\s*["']([A-Za-z0-9._-]{1,40})["']/.exec(head)?.[1] ?? 'utf-8';
  const label = declared.toLowerCase();
  const known: Record<string, string> = {
    'utf-8': 'utf-8', utf8: 'utf-8', 'iso-8859-1': 'iso-8859-1', 'iso8859-1': 'iso-8859-1', latin1: 'iso-8859-1', 'latin-1': 'iso-8859-1',
    'iso-8859-15': 'iso-8859-15', 'windows-1252': 'windows-1252', cp1252: 'windows-1252', 'us-ascii': 'utf-8', ascii: 'utf-8',
  };
  const encoding = known[label];
  if (!encoding) return { problem: `encodage « ${declared} » non pris en charge (UTF-8 ou ISO-8859-1 attendu)` };
  return decodeWith(encoding, bytes);
}

function decodeWith(encoding: string, bytes: Uint8Array): { text: string } | { problem: string } {
  try {
    return { text: new TextDecoder(encoding, { fatal: true }).decode(bytes) };
  } catch {
    return { problem: `le fichier n’est pas un texte ${encoding.toUpperCase()} valide, contrairement à ce que déclare son en-tête` };
  }
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: '\'' };

function unescapeXml(s: string): string {
  return s.replace(/&(#x[0-9a-fA-F]{1,6}|#\d{1,7}|amp|lt|gt|quot|apos);/g, (m, e: string) => {
    if (e[0] !== '#') return ENTITIES[e];
    const cp = e[1] === 'x' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
    return cp > 0 && cp <= 0x10ffff && !(cp >= 0xd800 && cp <= 0xdfff) ? String.fromCodePoint(cp) : m;
  });
}

/** Attributes of a start tag, by local name (the prefix dropped: `actes:CodeMatiere` → `CodeMatiere`). */
function attributes(s: string): Map<string, string> {
  const out = new Map<string, string>();
  const re = /([A-Za-z_][\w.-]{0,60}:)?([A-Za-z_][\w.-]{0,60})\s*=\s*(?:"([^"]*)"|'([^']*)')/g;
  for (let m = re.exec(s); m; m = re.exec(s)) {
    if (!out.has(m[2])) out.set(m[2], unescapeXml(m[3] ?? m[4] ?? ''));
  }
  return out;
}

/**
 * Reads an `actes:RetourClassification`: DateClassification and the tree Matiere1 … Matiere5, each with its
 * CodeMatiere (the code within its parent) and Libelle. `file` names the file in the messages.
 */
export function parseRetourClassification(bytes: Uint8Array, file: string): ClassificationResult {
  try {
    if (bytes.length > MAX_BYTES) return fail(`${file} pèse plus de 4 Mo : ce n’est pas un fichier de classification de la préfecture`);
    const decoded = decodeXml(bytes);
    if ('problem' in decoded) return fail(`${file} : ${decoded.problem}`);
    const text = decoded.text.replace(/<!--[\s\S]*?-->/g, '');
    if (!/<(?:[A-Za-z_][\w.-]*:)?RetourClassification[\s>/]/.test(text)) {
      return fail(`${file} n’est pas un fichier de classification de la préfecture (élément actes:RetourClassification absent)`);
    }
    const date = /<(?:[A-Za-z_][\w.-]*:)?DateClassification\s*>\s*(\d{4}-\d{2}-\d{2})\s*</.exec(text)?.[1] ?? null;
    const matieres: Matiere[] = [];
    const seen = new Set<string>();
    const stack: string[] = [];
    const bad: string[] = [];
    // Start tags (possibly self-closing) and end tags of Matiere1…Matiere5, in document order.
    const re = /<(\/?)(?:[A-Za-z_][\w.-]{0,60}:)?Matiere([1-5])\b([^<>]*?)(\/?)>/g;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      const level = Number(m[2]);
      if (m[1]) {
        if (stack.length === level) stack.pop();
        continue;
      }
      // A level opened where its parent is not: the file is malformed; read it as far as it makes sense.
      while (stack.length >= level) stack.pop();
      if (stack.length !== level - 1) {
        bad.push(`Matiere${level}`);
        continue;
      }
      const attrs = attributes(m[3]);
      const own = attrs.get('CodeMatiere')?.trim() ?? '';
      const libelle = (attrs.get('Libelle') ?? '').replace(/\s+/g, ' ').trim();
      if (!/^\d{1,3}$/.test(own) || !libelle) {
        bad.push(own ? `${[...stack, own].join('.')}` : `Matiere${level}`);
        if (!m[4]) stack.push('?');
        continue;
      }
      const code = [...stack, String(Number(own))].join('.');
      if (!stack.includes('?') && !seen.has(code)) {
        seen.add(code);
        matieres.push({ code, libelle });
      }
      if (!m[4]) stack.push(String(Number(own)));
    }
    if (!matieres.some((x) => !x.code.includes('.'))) return fail(`${file} ne contient aucune matière (éléments actes:Matiere1)`);
    if (!matieres.some((x) => x.code.includes('.'))) return fail(`${file} ne contient aucune sous-matière (éléments actes:Matiere2)`);
    // Malformed entries are skipped (and said); the rest of the file still classifies.
    const problems = bad.length
      ? [`${file} : ${bad.length === 1 ? 'une matière illisible ignorée' : `${bad.length} matières illisibles ignorées`} (${bad.slice(0, 5).join(', ')}${bad.length > 5 ? '…' : ''}) : CodeMatiere (nombre) et Libelle sont obligatoires.`]
      : [];
    return { nomenclature: Object.freeze({ date, matieres: Object.freeze(matieres), file }), problems };
  } catch {
    return fail(`${file} illisible comme fichier de classification`);
  }
}

/** « Finances locales › Décisions budgétaires »: the labels of a code's levels. */
export function matierePath(matieres: readonly Matiere[], code: string): string | null {
  const parts = code.split('.');
  const labels: string[] = [];
  for (let i = 1; i <= parts.length; i++) {
    const m = matieres.find((x) => x.code === parts.slice(0, i).join('.'));
    if (!m) return null;
    labels.push(m.libelle);
  }
  return labels.join(' › ');
}
