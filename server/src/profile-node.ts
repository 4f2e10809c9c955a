// Reading the workspace profile file from disk (CLI and server), and the préfecture's classification file it names.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, isAbsolute, join, resolve } from 'node:path';
import { parseProfile, type ProfileResult } from './core/settings';
import { parseRetourClassification } from './core/classification';
import type { Profile } from './core/profile';
import { jsonSyntaxError } from './json-error';

export const PROFILE_FILE = 'actes.json';

/** Read `actes.json` (or the given file); a missing default file is not a problem. */
export function loadProfileFile(path: string | null, settings: { collectivite?: unknown; rules?: unknown; niveau?: unknown } = {}, label?: string, root?: string | null): ProfileResult {
  const file = path ?? join(process.cwd(), PROFILE_FILE);
  const name = label ?? path ?? PROFILE_FILE;
  const layers: { value: unknown; where: string }[] = [{ value: settings.collectivite, where: 'réglage actes.collectivite' }];
  if (settings.niveau !== undefined && settings.niveau !== null) layers.push({ value: { niveau: settings.niveau }, where: 'réglage actes.niveau' });
  const problems: string[] = [];
  /** Where a relative `classification` path starts: the folder of the file that names it. */
  let base = root ?? process.cwd();
  if (existsSync(file)) {
    let text: string | null = null;
    try {
      text = readFileSync(file, 'utf8').replace(/^\uFEFF/, '');
      const value: unknown = JSON.parse(text);
      layers.push({ value, where: name });
      if (value && typeof value === 'object' && 'classification' in value) base = dirname(resolve(file));
    } catch {
      // Where and what, in French (Node's parse error is English and gives a raw offset).
      const fault = text === null ? null : jsonSyntaxError(text);
      problems.push(text === null
        ? `${name} illisible ; profil par défaut utilisé.`
        : `${name} n’est pas un JSON valide${fault ? ` (ligne ${fault.line}, colonne ${fault.column} : ${fault.message})` : ''} ; profil par défaut utilisé.`);
    }
  } else if (path) {
    problems.push(`profil introuvable : ${path} ; profil par défaut utilisé.`);
  }
  const r = parseProfile(layers, [{ value: settings.rules, where: 'réglage actes.rules' }]);
  return withClassification({ profile: r.profile, problems: [...problems, ...r.problems] }, base);
}

/**
 * Reads the préfecture's classification file the profile names (relative to `base`) into `profile.nomenclature`.
 * Any failure is one French problem and the national nomenclature stays in force.
 */
export function withClassification(result: ProfileResult, base: string): ProfileResult {
  const given = result.profile.classification;
  if (!given) return result;
  const path = classificationPath(given, base);
  const fail = (why: string): ProfileResult => ({ profile: result.profile, problems: [...result.problems, `« classification » : ${why} ; nomenclature nationale utilisée.`] });
  let bytes: Uint8Array;
  try {
    const st = statSync(path);
    if (!st.isFile()) return fail(`${given} n’est pas un fichier`);
    if (st.size > 4 * 1024 * 1024) return fail(`${given} pèse plus de 4 Mo : ce n’est pas un fichier de classification`);
    bytes = readFileSync(path);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    return fail(code === 'ENOENT' ? `fichier introuvable : ${path}` : `${given} illisible (${code ?? 'erreur inconnue'})`);
  }
  const r = parseRetourClassification(bytes, given);
  const problems = [...result.problems, ...r.problems.map((p) => `« classification » : ${p}`)];
  if (!r.nomenclature) return { profile: result.profile, problems };
  const profile: Profile = Object.freeze({ ...result.profile, nomenclature: r.nomenclature });
  return { profile, problems };
}

/** The classification file's path on disk. */
export function classificationPath(given: string, base: string): string {
  return isAbsolute(given) ? given : resolve(base, given);
}
