// Which files `actes check` looks at, in a stable order: each argument in the order given; inside a folder,
// names sorted, recursively, skipping hidden entries and node_modules. Lazy (a generator), so 100,000 files
// never sit in one array, and it never throws: every problem becomes an entry with an error.
import { readdirSync, statSync, type Dirent, type Stats } from 'node:fs';
import { extname, sep } from 'node:path';
import { describeError, specialKind } from './read';

/** Extensions of the files taken as acts inside a folder (a file named directly is always read). */
export const ACT_EXTENSIONS = new Set(['.acte', '.txt']);

export type Entry =
  /** A file to read and check; `path` is as the user wrote it (or the folder as written joined with the name). */
  | { readonly kind: 'file'; readonly path: string }
  /** Something that could not be read: reported in the output, exit status 2. */
  | { readonly kind: 'error'; readonly path: string; readonly error: string }
  /** A special file (FIFO, socket, device) with an act's name inside a folder: skipped with a note. */
  | { readonly kind: 'skipped'; readonly path: string; readonly reason: string };

const isAct = (name: string) => ACT_EXTENSIONS.has(extname(name).toLowerCase());
const key = (st: Stats) => `${st.dev}:${st.ino}`;

/** Join a folder as the user wrote it with a name, without normalising what they wrote. */
export function joinAsWritten(dir: string, name: string): string {
  return dir.endsWith('/') || dir.endsWith(sep) ? dir + name : dir + sep + name;
}

export function* discover(args: readonly string[]): Generator<Entry> {
  for (const arg of args) yield* discoverArg(arg);
}

function* discoverArg(arg: string): Generator<Entry> {
  let st: Stats;
  try {
    st = statSync(arg);
  } catch (e) {
    yield { kind: 'error', path: arg, error: describeError(arg, e, true) };
    return;
  }
  if (st.isDirectory()) {
    let found = false;
    for (const entry of walk(arg, [key(st)])) {
      found = true;
      yield entry;
    }
    if (!found) yield { kind: 'error', path: arg, error: 'aucun acte (.acte ou .txt) dans ce dossier' };
    return;
  }
  const special = specialKind(st);
  if (special) yield { kind: 'error', path: arg, error: `ce n’est pas un fichier ordinaire mais ${special} : il n’est pas lu` };
  else yield { kind: 'file', path: arg };
}

function* walk(dir: string, ancestors: string[]): Generator<Entry> {
  let dirents: Dirent[];
  try {
    dirents = readdirSync(dir, { withFileTypes: true });
  } catch (e) {
    yield { kind: 'error', path: dir, error: `dossier illisible : ${describeError(dir, e)}` };
    return;
  }
  const names = dirents.filter((d) => !d.name.startsWith('.') && d.name !== 'node_modules');
  names.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const d of names) {
    const path = joinAsWritten(dir, d.name);
    if (d.isFile()) {
      if (isAct(d.name)) yield { kind: 'file', path };
      continue;
    }
    let st: Stats | null = null;
    if (d.isDirectory() || d.isSymbolicLink() || !(d.isFIFO() || d.isSocket() || d.isBlockDevice() || d.isCharacterDevice())) {
      // Directories (for their identity), links (to follow them) and unknown types need a stat.
      try {
        st = statSync(path);
      } catch (e) {
        // A dangling or looping link (or a file gone meanwhile): reported when its name is an act's.
        if (isAct(d.name)) yield { kind: 'error', path, error: describeError(path, e) };
        continue;
      }
    }
    if (st?.isDirectory()) {
      const k = key(st);
      if (ancestors.includes(k)) {
        yield { kind: 'error', path, error: 'lien symbolique en boucle : il ramène à un dossier parent, qui n’est pas parcouru deux fois' };
        continue;
      }
      ancestors.push(k);
      yield* walk(path, ancestors);
      ancestors.pop();
    } else if (st?.isFile()) {
      if (isAct(d.name)) yield { kind: 'file', path };
    } else if (isAct(d.name)) {
      const special = st ? specialKind(st) : d.isFIFO() ? 'un tube nommé (FIFO)' : d.isSocket() ? 'une socket' : 'un périphérique';
      yield { kind: 'skipped', path, reason: `ce n’est pas un fichier ordinaire mais ${special ?? 'un fichier spécial'} : ignoré` };
    }
  }
}

/**
 * The files `discover` finds, as a list, for the commands that need them all before they start (`actes registre`,
 * `actes export`); the problems (a missing path, a looping link…) come back as French lines « chemin : problème ».
 */
export function filesOf(args: readonly string[]): { files: string[]; problems: string[] } {
  const files: string[] = [];
  const problems: string[] = [];
  for (const e of discover(args)) {
    if (e.kind === 'file') files.push(e.path);
    else if (e.kind === 'error') problems.push(`${e.path} : ${e.error}`);
  }
  return { files, problems };
}
