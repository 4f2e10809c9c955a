// Settings (`actes.rules`, `actes.collectivite`) and the workspace file `actes.json`, validated by
// the core (settings.ts): each bad field gives one French message and its default is used.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseProfile, type ProfileResult } from '../core/settings';
import { PROFILE_FILE, classificationPath, loadProfileFile, withClassification } from '../profile-node';

/** The `actes` section as the client sends it (anything: it is validated here). */
export type RawSettings = unknown;

/** File-system path of a workspace folder URI (null for non-file schemes). */
export function uriToPath(uri: string | null | undefined): string | null {
  if (!uri) return null;
  try {
    return uri.startsWith('file:') ? fileURLToPath(uri) : null;
  } catch {
    return null;
  }
}

/** Where the workspace profile file lives, or null without a workspace folder. */
export function profileFile(root: string | null): string | null {
  return root ? path.join(root, PROFILE_FILE) : null;
}

/** Profile and problems from the client's settings and the workspace's actes.json. */
export function resolveProfile(settings: RawSettings, root: string | null): ProfileResult {
  const problems: string[] = [];
  let section: Record<string, unknown> = {};
  if (settings !== undefined && settings !== null) {
    if (typeof settings === 'object' && !Array.isArray(settings)) section = settings as Record<string, unknown>;
    else problems.push('les réglages « actes » doivent former un objet ; réglages par défaut utilisés.');
  }
  const layers = { collectivite: section.collectivite, rules: section.rules, niveau: section.niveau };
  const file = profileFile(root);
  const result = file && existsSync(file)
    ? loadProfileFile(file, layers, PROFILE_FILE, root)
    : withClassification(parseProfile(
      [
        { value: layers.collectivite, where: 'réglage actes.collectivite' },
        ...(layers.niveau !== undefined ? [{ value: { niveau: layers.niveau }, where: 'réglage actes.niveau' }] : []),
      ],
      [{ value: layers.rules, where: 'réglage actes.rules' }],
    ), root ?? process.cwd());
  return { profile: result.profile, problems: [...problems, ...result.problems] };
}

/** True when a watched-file event concerns the profile file of this workspace. */
export function isProfileFile(uri: string, root: string | null): boolean {
  const file = profileFile(root);
  const p = uriToPath(uri);
  return !!file && !!p && path.resolve(p) === path.resolve(file);
}

/** The content of the workspace's actes.json (or a mark for "absent" / "unreadable"), to tell when it changed. */
export function profileFingerprint(root: string | null): string | null {
  const file = profileFile(root);
  if (!file) return null;
  try {
    return `=${readFileSync(file, 'utf8')}`;
  } catch (e) {
    return `!${(e as NodeJS.ErrnoException).code ?? 'erreur'}`;
  }
}

/** True when a watched-file event concerns the préfecture's classification file the profile names. */
export function isClassificationFile(uri: string, classification: string | null | undefined, root: string | null): boolean {
  const p = uriToPath(uri);
  if (!classification || !p) return false;
  return path.resolve(p) === classificationPath(classification, root ?? process.cwd());
}
