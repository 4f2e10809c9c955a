// Loads the compiled catalogue from disk, for the server, the CLI and the other shells.
// dist/catalogue.json is the small index read at start (codes, article numbers and
// headings, texts, départements…); the article texts of each code (dist/catalogue/<KEY>.json)
// and the register of communes (dist/catalogue/collectivites.json) are read the first
// time they are needed. The core never calls this: it receives the Catalogue.
import { isAscii } from 'node:buffer';
import { closeSync, existsSync, fstatSync, openSync, readFileSync, readSync, statSync } from 'node:fs';
import path from 'node:path';
import type { Catalogue } from '../core/catalogue';
import { COMPILED_VERSION, INDEX_RECORD, createCatalogue, keyHash, registerIndexFile, type SearchableText } from './create';
import { frenchDate } from '../core/text';
import type { CompiledCatalogue } from './schemas';

/**
 * Where the catalogue is: next to the bundled file (dist/server.js → dist/catalogue.json),
 * or, when running from the sources (server/src/catalogue/ through tsx), in <repo>/dist/.
 */
export function defaultCatalogueFile(): string {
  const here = typeof __dirname === 'string' ? __dirname : process.cwd();
  const candidates = [path.join(here, 'catalogue.json'), path.resolve(here, '..', '..', '..', 'dist', 'catalogue.json')];
  return candidates.find((file) => existsSync(file)) ?? candidates[0];
}

/**
 * A file of the catalogue as text. The build writes them in pure ASCII (accents as JSON or `\\u` escapes): read
 * as Latin-1, a copy without decoding UTF-8 (which costs 5–10 ms per megabyte at start); any other file is UTF-8.
 */
export function readCatalogueFile(file: string): string {
  const bytes = readFileSync(file);
  return typeof isAscii === 'function' && isAscii(bytes) ? bytes.toString('latin1') : bytes.toString('utf8');
}

/** A side file's bytes searched where they are (ASCII: one byte per character, offsets the same), or its text. */
function wholeFile(file: string): SearchableText {
  const bytes = readFileSync(file);
  if (typeof isAscii !== 'function' || !isAscii(bytes)) return bytes.toString('utf8');
  return {
    length: bytes.length,
    // Offsets as String's: a Buffer counts a negative one from the end, a string from 0.
    indexOf: (needle, from = 0) => (from >= bytes.length ? -1 : bytes.indexOf(needle, Math.max(0, from), 'latin1')),
    lastIndexOf: (needle, from = bytes.length) => (from < 0 ? (bytes.indexOf(needle, 0, 'latin1') === 0 ? 0 : -1) : bytes.lastIndexOf(needle, from, 'latin1')),
    slice: (start, end) => bytes.toString('latin1', start, end ?? bytes.length),
  };
}

/** `length` bytes of an open file from `position` (fewer at its end), as Latin-1 text. */
function readAt(fd: number, position: number, length: number): string {
  const buffer = Buffer.allocUnsafe(Math.max(0, length));
  return buffer.toString('latin1', 0, readSync(fd, buffer, 0, buffer.length, position));
}

/**
 * A side file searched where it is (the register, 2 MB). What the register asks for a SIREN (« \n<SIREN>| ») or a
 * name's key (« |K<key>| »), then the line around it, is answered from its index (create.ts `registerIndexText`) and
 * a few reads of the file: an analysis that looks up the profile's, the header's or an identifier's collectivité reads
 * a few kilobytes, not 2 MB (about 10 ms at start). Anything else reads the whole file once: its bytes when they are
 * ASCII, searched natively, a line made a string only when found; else its text. Without an index that fits the
 * file, the whole file at once.
 */
export function searchableFile(file: string): SearchableText {
  let whole: SearchableText | null = null;
  const all = () => (whole ??= wholeFile(file));
  const indexFile = registerIndexFile(file);
  let size = -1;
  let sirenRecords = 0;
  let records = 0;
  try {
    const fd = openSync(indexFile, 'r');
    try {
      const head = readAt(fd, 0, 2 * INDEX_RECORD);
      const length = statSync(file).size;
      const bytes = fstatSync(fd).size;
      if (/^R\d{16}\nS\d{16}\n$/.test(head) && Number(head.slice(1, 17)) === length && bytes % INDEX_RECORD === 0) {
        size = length;
        sirenRecords = Number(head.slice(19, 35));
        records = bytes / INDEX_RECORD - 2;
      }
    } finally {
      closeSync(fd);
    }
  } catch {
    size = -1;
  }
  if (size < 0 || sirenRecords > records) return all();
  const withFile = <T>(name: string, run: (fd: number) => T): T => {
    const fd = openSync(name, 'r');
    try {
      return run(fd);
    } finally {
      closeSync(fd);
    }
  };
  /** Line starts of the records [from, to) whose first `key.length` characters (after `skip`) are `key`, in order. */
  const starts = (from: number, to: number, skip: number, key: string): number[] =>
    withFile(indexFile, (fd) => {
      const record = (i: number, length: number) => readAt(fd, (i + 2) * INDEX_RECORD, length);
      let lo = from;
      let hi = to;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (record(mid, skip + key.length).slice(skip) < key) lo = mid + 1;
        else hi = mid;
      }
      const out: number[] = [];
      for (let i = lo; i < to; i++) {
        const r = record(i, INDEX_RECORD);
        if (r.slice(skip, skip + key.length) !== key) break;
        out.push(Number(r.slice(skip + key.length, skip + key.length + 8)));
      }
      return out;
    });
  /** Where `needle` occurs, for a needle the index answers: a SIREN's or a name key's. */
  const found = new Map<string, number[]>();
  const occurrences = (needle: string): number[] | null => {
    const known = found.get(needle);
    if (known) return known;
    let out: number[] | null = null;
    if (/^\n\d{9}\|$/.test(needle)) out = starts(0, sirenRecords, 0, needle.slice(1, 10)).map((start) => start - 1);
    const key = /^\|K([^|\n]+)\|$/.exec(needle)?.[1];
    if (key !== undefined) {
      out = withFile(file, (fd) => {
        const at: number[] = [];
        for (const start of starts(sirenRecords, records, 1, keyHash(key))) {
          const line = readAt(fd, start, 1024).split('\n')[0];
          const i = line.indexOf(needle);
          if (i >= 0 && line.split('|')[6] === `K${key}`) at.push(start + i);
        }
        return at;
      });
    }
    if (out) found.set(needle, out);
    return out;
  };
  const WINDOW = 1024;
  return {
    length: size,
    indexOf(needle, from = 0) {
      if (whole) return whole.indexOf(needle, from);
      const at = Math.max(0, from);
      if (at >= size) return -1;
      const listed = occurrences(needle);
      if (listed) return listed.find((x) => x >= at) ?? -1;
      if (needle === '\n') {
        const i = withFile(file, (fd) => readAt(fd, at, WINDOW)).indexOf(needle);
        if (i >= 0) return at + i;
        if (at + WINDOW >= size) return -1;
      }
      return all().indexOf(needle, from);
    },
    lastIndexOf(needle, from = size) {
      if (whole) return whole.lastIndexOf(needle, from);
      if (needle === '\n' && from >= 0) {
        const end = Math.min(from, size - 1);
        const start = Math.max(0, end - WINDOW + 1);
        const i = withFile(file, (fd) => readAt(fd, start, end - start + 1)).lastIndexOf(needle);
        if (i >= 0) return start + i;
        if (start === 0) return -1;
      }
      return all().lastIndexOf(needle, from);
    },
    slice(start, end = size) {
      if (whole) return whole.slice(start, end);
      const a = Math.max(0, Math.min(start, size));
      const b = Math.max(a, Math.min(end, size));
      return withFile(file, (fd) => readAt(fd, a, b - a));
    },
  };
}

/** Reads and indexes the catalogue. Throws an Error with a French message when the file is missing or unusable. */
export function loadCatalogue(file: string = defaultCatalogueFile()): Catalogue {
  let data: CompiledCatalogue;
  try {
    data = JSON.parse(readCatalogueFile(file));
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'fichier introuvable' : (error as Error).message;
    throw new Error(`Catalogue juridique illisible (${file}) : ${reason}. Lancez « npm run build:catalogue ».`);
  }
  if (data?.version !== COMPILED_VERSION || !Array.isArray(data.codes) || !Array.isArray(data.texts)) {
    throw new Error(`Catalogue juridique ${file} : format inattendu (version ${String(data?.version)}, attendu ${COMPILED_VERSION}). Lancez « npm run build:catalogue ».`);
  }
  const dir = path.dirname(file);
  return createCatalogue(data, (side) => readCatalogueFile(path.join(dir, side)), (side) => searchableFile(path.join(dir, side)));
}

/**
 * The dates of the legal data, for `actes --version`: one French line per code held and for the
 * register. Never throws: a missing catalogue gives a line saying so.
 */
export function dataVersionText(file: string = defaultCatalogueFile()): string {
  let dates: readonly (readonly [string, string])[];
  try {
    dates = loadCatalogue(file).dataDates ?? [];
  } catch (error) {
    return `Données juridiques indisponibles : ${(error as Error).message}\n`;
  }
  const lines = dates.map(([what, when]) => `  ${what} : ${/^\d{4}-\d{2}-\d{2}$/.test(when) ? `état du ${frenchDate(when)}` : when}`);
  return `Données juridiques :\n${lines.join('\n')}\n`;
}
