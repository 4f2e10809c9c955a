// Checking one entry and rendering it, the same in the main thread and in a worker: the result carries the
// exact text to write, so the main thread only writes strings in order.
import { analyze, readDocument } from '../core/service';
import { frenchSpacing } from '../core/french';
import { actToJson, diagnosticToJson, documentToJson } from '../core/json';
import type { Catalogue } from '../core/catalogue';
import type { Profile } from '../core/profile';
import type { Entry } from './discover';
import { readAct, type ReadResult } from './read';
import { realpathSync } from 'node:fs';
import { entriesOf, type ActRegister, type RegisterEntry } from '../core/register';

export type Format = 'text' | 'json';

export interface CheckContext {
  readonly catalogue: Catalogue;
  readonly profile: Profile;
  readonly format: Format;
  /** JSON indented for a person (the output is a terminal); otherwise one line per file, several times faster. */
  readonly pretty?: boolean;
  /** The register of all the files checked (REG rules); none for a single file. */
  readonly register?: ActRegister;
}

/** What the first pass learns of a file: its key in the register (its real path) and its acts' entries. */
export interface Indexed {
  readonly key: string;
  readonly entries: readonly RegisterEntry[];
}

/** The key of a file in the register: its real path, so that one file named two ways is one document. */
export function registerKey(path: string): string {
  try {
    return realpathSync(path);
  } catch {
    return path;
  }
}

/** First pass of `actes check` over several files: the register entries of one file (parse only, no rules). */
export function indexFile(path: string, read: ReadResult = readAct(path)): Indexed {
  const key = registerKey(path);
  if ('error' in read) return { key, entries: [] };
  try {
    const text = read.text;
    return { key, entries: entriesOf(readDocument(text).acts, text, key, path) };
  } catch {
    // The core must never throw; if it does, the second pass reports the file.
    return { key, entries: [] };
  }
}

export interface FileResult {
  /**
   * For JSON: this file's object, as it sits in `files`; for text: its diagnostic lines. Workers send it
   * as UTF-8 bytes (a transferred buffer: no copy, and the main thread has nothing left to encode).
   */
  readonly out: string | Uint8Array;
  /** A French line for stderr, or "". */
  readonly err: string;
  readonly errors: number;
  readonly warnings: number;
  /** 1 when the file was read and checked. */
  readonly checked: number;
  /** 1 when it could not be read (exit status 2). */
  readonly failed: number;
}

/**
 * `value` as an element of `files`: indented at its depth (4 spaces) for a terminal, else on one line (V8 writes
 * indented JSON several times slower, and three times longer: 6 MB instead of 2 for an act of 5,000 articles).
 */
const json = (value: unknown, pretty = false) => (pretty ? JSON.stringify([[value]], null, 2).slice(6, -6) : JSON.stringify(value));

export function errorResult(path: string, error: string, format: Format, pretty = false): FileResult {
  return {
    out: format === 'json' ? json({ path, error }, pretty) : '',
    err: `actes : ${path} : ${error}.\n`,
    errors: 0,
    warnings: 0,
    checked: 0,
    failed: 1,
  };
}

/**
 * Checks one entry. `key` is the file's key in `ctx.register` (`registerKey`); `read` is its text when the first
 * pass kept it (so it is read once).
 */
export function checkEntry(entry: Entry, ctx: CheckContext, key?: string, read?: ReadResult): FileResult {
  if (entry.kind === 'error') return errorResult(entry.path, entry.error, ctx.format, ctx.pretty);
  if (entry.kind === 'skipped') return { out: '', err: `actes : ${entry.path} : ${entry.reason}.\n`, errors: 0, warnings: 0, checked: 0, failed: 0 };
  return checkFile(entry.path, ctx, key, read);
}

export function checkFile(path: string, ctx: CheckContext, key?: string, given?: ReadResult): FileResult {
  const read = given ?? readAct(path);
  if ('error' in read) return errorResult(path, read.error, ctx.format, ctx.pretty);
  try {
    const register = ctx.register ? { register: ctx.register, registerUri: key ?? registerKey(path) } : {};
    const a = analyze(read.text, { catalogue: ctx.catalogue, profile: ctx.profile, ...register });
    let errors = 0;
    let warnings = 0;
    for (const d of a.diagnostics) {
      if (d.severity === 'error') errors++;
      else if (d.severity === 'warning') warnings++;
    }
    let out: string;
    if (ctx.format === 'json') {
      out = json({ path, act: actToJson(a.act), ...documentToJson(a.document), diagnostics: a.diagnostics.map(diagnosticToJson) }, ctx.pretty);
    } else {
      out = '';
      for (const d of a.diagnostics) {
        out += `${path}:${d.range.start.line + 1}:${d.range.start.character + 1}: ${d.severity} ${d.code} ${d.message}\n`;
      }
      // What the JSON says by its shape, said in words (a note, not a diagnostic: no position, no code).
      const act = a.document.acts[0];
      if (a.document.shape === 'empty') out += `${path}: ${frenchSpacing('note : fichier vide, rien à vérifier.')}\n`;
      else if (act && act.kind === 'unknown' && !act.dispositive && act.articles.length === 0 && act.visas.length === 0) out += `${path}: ${frenchSpacing('note : aucun acte reconnu (ni visas, ni dispositif, ni articles) : rien n’a été vérifié.')}\n`;
      else if (a.document.shape === 'truncated') out += `${path}: ${frenchSpacing('note : le texte s’arrête avant la fin de l’acte (copie tronquée ou acte en cours de rédaction) : ce qui manque n’est signalé qu’à titre d’information.')}\n`;
    }
    return { out, err: '', errors, warnings, checked: 1, failed: 0 };
  } catch (e) {
    // The core must never throw; if it does, this file is reported and the others are still checked.
    return errorResult(path, `erreur interne pendant l’analyse (${(e as Error)?.message ?? String(e)}) ; merci de la signaler`, ctx.format, ctx.pretty);
  }
}
