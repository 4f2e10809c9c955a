// Loads the compiled catalogue from disk, for the server, the CLI and the other shells.
// dist/catalogue.json is the small index read at start (codes, article numbers and
// headings, texts, départements…); the article texts of each code (dist/catalogue/<KEY>.json)
// and the register of communes (dist/catalogue/collectivites.json) are read the first
// time they are needed. The core never calls this: it receives the Catalogue.
import { isAscii } from 'node:buffer';
import { closeSync, existsSync, fstatSync, openSync, readFileSync, readSync, statSync } from 'node:fs';
import path from 'node:path';
import type { Catalogue } from '../core/catalogue';
import { COMPILED_VERSION, SIREN_RECORD, createCatalogue, sirenIndexFile, type SearchableText } from './create';
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
 * A side file searched where it is (the register, 2 MB). What the register asks for a SIREN (« \n<SIREN>| », then the
 * line around it) is answered from its SIREN index (create.ts `sirenIndexText`) and a few reads of the file: an
 * analysis that looks up only the profile's or an identifier's SIREN reads a few kilobytes, not 2 MB (about 10 ms
 * at start). Anything else reads the whole file once: its bytes when they are ASCII, searched natively, a line made a
 * string only when found; else its text. Without an index that fits the file, the whole file at once.
 */
export function searchableFile(file: string): SearchableText {
  let whole: SearchableText | null = null;
  const all = () => (whole ??= wholeFile(file));
  const indexFile = sirenIndexFile(file);
  let size = -1;
  try {
    const fd = openSync(indexFile, 'r');
    try {
      const head = readAt(fd, 0, SIREN_RECORD);
      const length = statSync(file).size;
      if (/^R\d{16}\n$/.test(head) && Number(head.slice(1, 17)) === length && fstatSync(fd).size % SIREN_RECORD === 0) size = length;
    } finally {
      closeSync(fd);
    }
  } catch {
    size = -1;
  }
  if (size < 0) return all();
  /** Where the lines of `siren` start, in the order of the file. */
  const linesOf = (siren: string): number[] => {
    const fd = openSync(indexFile, 'r');
    try {
      const records = fstatSync(fd).size / SIREN_RECORD - 1;
      let lo = 0;
      let hi = records;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (readAt(fd, (mid + 1) * SIREN_RECORD, 9) < siren) lo = mid + 1;
        else hi = mid;
      }
      const out: number[] = [];
      for (let i = lo; i < records; i++) {
        const record = readAt(fd, (i + 1) * SIREN_RECORD, SIREN_RECORD);
        if (record.slice(0, 9) !== siren) break;
        out.push(Number(record.slice(9, 17)));
      }
      return out;
    } finally {
      closeSync(fd);
    }
  };
  /** A search in a window of the file, or null when the answer may lie outside it. */
  const windowed = (run: (fd: number) => number | null): number | null => {
    const fd = openSync(file, 'r');
    try {
      return run(fd);
    } finally {
      closeSync(fd);
    }
  };
  const WINDOW = 1024;
  return {
    length: size,
    indexOf(needle, from = 0) {
      if (whole) return whole.indexOf(needle, from);
      const at = Math.max(0, from);
      if (at >= size) return -1;
      if (/^\n\d{9}\|$/.test(needle)) return linesOf(needle.slice(1, 10)).map((start) => start - 1).find((x) => x >= at) ?? -1;
      if (needle === '\n') {
        const found = windowed((fd) => {
          const i = readAt(fd, at, WINDOW).indexOf(needle);
          return i >= 0 ? at + i : at + WINDOW >= size ? -1 : null;
        });
        if (found !== null) return found;
      }
      return all().indexOf(needle, from);
    },
    lastIndexOf(needle, from = size) {
      if (whole) return whole.lastIndexOf(needle, from);
      if (needle === '\n' && from >= 0) {
        const end = Math.min(from, size - 1);
        const start = Math.max(0, end - WINDOW + 1);
        const found = windowed((fd) => {
          const i = readAt(fd, start, end - start + 1).lastIndexOf(needle);
          return i >= 0 ? start + i : start === 0 ? -1 : null;
        });
        if (found !== null) return found;
      }
      return all().lastIndexOf(needle, from);
    },
    slice(start, end = size) {
      if (whole) return whole.slice(start, end);
      const a = Math.max(0, Math.min(start, size));
      const b = Math.max(a, Math.min(end, size));
      const fd = openSync(file, 'r');
      try {
        return readAt(fd, a, b - a);
      } finally {
        closeSync(fd);
      }
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
