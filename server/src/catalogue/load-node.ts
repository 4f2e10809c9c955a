// Loads the compiled catalogue from disk, for the server, the CLI and the other shells.
// dist/catalogue.json is the small index read at start (codes, article numbers and
// headings, texts, départements…); the article texts of each code (dist/catalogue/<KEY>.json)
// and the register of communes (dist/catalogue/collectivites.json) are read the first
// time they are needed. The core never calls this: it receives the Catalogue.
import { isAscii } from 'node:buffer';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Catalogue } from '../core/catalogue';
import { COMPILED_VERSION, createCatalogue, type SearchableText } from './create';
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

/**
 * A side file searched where it is (the register, 2 MB): its bytes when they are ASCII (one byte per character:
 * offsets are the same), searched natively, a line made a string only when found; else its text.
 */
export function searchableFile(file: string): SearchableText {
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
