// Reading one act from disk without ever hanging or throwing: stat before open (FIFOs, sockets and
// devices are never opened), open non-blocking, check again on the descriptor, decode strict UTF-8.
import { closeSync, constants, fstatSync, lstatSync, openSync, readFileSync, readlinkSync, statSync, type Stats } from 'node:fs';

/** Largest file we read: beyond it an act is certainly not an act, and memory must stay bounded. */
export const MAX_BYTES = 32 * 1024 * 1024;

const NBSP = '\u00a0';
export const quote = (s: string) => `«${NBSP}${s}${NBSP}»`;

export type ReadResult = { text: string } | { error: string };

/** What kind of special file this is, in French, or null for a regular file or a folder. */
export function specialKind(st: Stats): string | null {
  if (st.isFIFO()) return 'un tube nommé (FIFO)';
  if (st.isSocket()) return 'une socket';
  if (st.isCharacterDevice() || st.isBlockDevice()) return 'un périphérique';
  return null;
}

/** A French explanation of a failed `stat`/`open`/`read` on `path` (which may be a link). */
export function describeError(path: string, error: unknown, topLevel = false): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  if (code === 'ENOENT') {
    // A link whose target is gone, or the file itself gone.
    try {
      if (lstatSync(path).isSymbolicLink()) return `lien symbolique cassé : sa cible ${quote(readlinkSync(path))} n’existe pas`;
    } catch {
      /* the link itself is gone too */
    }
    return topLevel ? 'fichier ou dossier introuvable' : 'fichier introuvable : il a été supprimé ou déplacé pendant la vérification';
  }
  switch (code) {
    case 'ELOOP':
      return 'lien symbolique en boucle : il mène à lui-même, directement ou par d’autres liens';
    case 'EACCES':
    case 'EPERM':
      return 'lecture refusée : droits insuffisants';
    case 'EIO':
      return 'erreur d’entrée-sortie du disque';
    case 'ENAMETOOLONG':
      return 'chemin trop long';
    case 'ENOTDIR':
      return 'introuvable : un élément du chemin n’est pas un dossier';
    case 'EMFILE':
    case 'ENFILE':
      return 'trop de fichiers ouverts à la fois ; relancez avec moins de fichiers';
    case 'EISDIR':
      return 'c’est un dossier';
    case 'EAGAIN':
      return 'lecture impossible sans attendre (fichier spécial ?)';
    default:
      return `lecture impossible (${code ?? (error as Error | undefined)?.message ?? 'erreur inconnue'})`;
  }
}

const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });

/** Read a file that should be a UTF-8 act. Never throws, never blocks on a special file. */
export function readAct(path: string): ReadResult {
  let st: Stats;
  try {
    st = statSync(path);
  } catch (e) {
    return { error: describeError(path, e) };
  }
  if (st.isDirectory()) return { error: 'c’est un dossier, pas un fichier' };
  const special = specialKind(st);
  if (special) return { error: `ce n’est pas un fichier ordinaire mais ${special} : il n’est pas lu` };
  let fd: number;
  try {
    // O_NONBLOCK: if the file was swapped for a FIFO since the stat, opening still returns at once.
    fd = openSync(path, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
  } catch (e) {
    return { error: describeError(path, e) };
  }
  let buf: Buffer;
  try {
    const fst = fstatSync(fd);
    const kind = specialKind(fst);
    if (kind || !fst.isFile()) return { error: `ce n’est pas un fichier ordinaire mais ${kind ?? 'un fichier spécial'} : il n’est pas lu` };
    if (fst.size > MAX_BYTES) {
      return { error: `fichier trop volumineux (${Math.round(fst.size / 1048576)} Mo) : un acte fait au plus ${MAX_BYTES / 1048576} Mo` };
    }
    buf = readFileSync(fd);
  } catch (e) {
    return { error: describeError(path, e) };
  } finally {
    try {
      closeSync(fd);
    } catch {
      /* nothing to do */
    }
  }
  // UTF-16 with its byte order mark (Windows « Unicode » text) is unambiguous: decoded.
  if (buf.length >= 2 && ((buf[0] === 0xff && buf[1] === 0xfe) || (buf[0] === 0xfe && buf[1] === 0xff))) {
    try {
      return { text: new TextDecoder(buf[0] === 0xff ? 'utf-16le' : 'utf-16be', { fatal: true }).decode(buf) };
    } catch {
      /* not UTF-16 after all: judged below */
    }
  }
  try {
    return { text: utf8.decode(buf) };
  } catch {
    // A NUL byte, or a compressed or office file's signature: no text at all.
    const binary = buf.subarray(0, 8192).includes(0) || (buf[0] === 0x1f && buf[1] === 0x8b) || (buf[0] === 0x50 && buf[1] === 0x4b) || (buf[0] === 0x25 && buf[1] === 0x50 && buf[2] === 0x44 && buf[3] === 0x46);
    if (binary) return { error: 'fichier binaire (document Word, PDF, archive…), pas un texte : enregistrez l’acte en texte brut (.txt, UTF-8), ou copiez-en le texte' };
    return { error: `ce n’est pas un texte UTF-8 (sans doute Windows-1252 ou Latin-1) : enregistrez-le en UTF-8 (VS Code : ${quote('Enregistrer avec l’encodage')} ; Bloc-notes ou Word : ${quote('Enregistrer sous')}, codage UTF-8)` };
  }
}
