// Reading the workspace profile file from disk (CLI and server).
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseProfile, type ProfileResult } from './core/settings';
import { jsonSyntaxError } from './json-error';

export const PROFILE_FILE = 'actes.json';

/** Read `actes.json` (or the given file); a missing default file is not a problem. */
export function loadProfileFile(path: string | null, settings: { collectivite?: unknown; rules?: unknown; niveau?: unknown } = {}, label?: string): ProfileResult {
  const file = path ?? join(process.cwd(), PROFILE_FILE);
  const name = label ?? path ?? PROFILE_FILE;
  const layers: { value: unknown; where: string }[] = [{ value: settings.collectivite, where: 'réglage actes.collectivite' }];
  if (settings.niveau !== undefined && settings.niveau !== null) layers.push({ value: { niveau: settings.niveau }, where: 'réglage actes.niveau' });
  const problems: string[] = [];
  if (existsSync(file)) {
    let text: string | null = null;
    try {
      text = readFileSync(file, 'utf8').replace(/^\uFEFF/, '');
      layers.push({ value: JSON.parse(text), where: name });
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
  return { profile: r.profile, problems: [...problems, ...r.problems] };
}
