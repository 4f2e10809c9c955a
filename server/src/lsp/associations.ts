// The files the user associated with the language `acte` (VS Code's `files.associations`: { "*.txt": "acte" }),
// as matchers over paths. VS Code's rule: a pattern with a `/` is matched against the whole path, one without
// against the file name. Bounded: at most MAX_PATTERNS patterns of MAX_PATTERN_LENGTH characters; a pattern this
// module cannot read is ignored. Never throws.

export const LANGUAGE_ID = 'acte';
export const MAX_PATTERNS = 32;
const MAX_PATTERN_LENGTH = 200;

/** The glob patterns mapped to `acte` in a `files.associations` value (an object), or given as a list. */
export function actePatterns(value: unknown): string[] {
  let patterns: unknown[] = [];
  if (Array.isArray(value)) patterns = value;
  else if (value && typeof value === 'object') patterns = Object.entries(value).filter(([, lang]) => lang === LANGUAGE_ID).map(([p]) => p);
  const out: string[] = [];
  for (const p of patterns) {
    if (typeof p !== 'string' || p.length === 0 || p.length > MAX_PATTERN_LENGTH || out.includes(p)) continue;
    out.push(p);
    if (out.length >= MAX_PATTERNS) break;
  }
  return out.sort();
}

/** A glob (`*`, `**`, `?`, `{a,b}`, `[abc]`) as an anchored regular expression over `/`-separated paths. */
/** Wildcard runs a pattern may hold; beyond, it is ignored like a malformed one. */
const MAX_WILDCARDS = 6;

export function globToRegExp(glob: string): RegExp | null {
  // Each wildcard may backtrack over the others: a pattern with many (« *a*a*a*a*a*a*b ») could freeze the scan.
  if ((glob.match(/\*+|\?/g)?.length ?? 0) > MAX_WILDCARDS) return null;
  glob = glob.replace(/\*{3,}/g, '**');
  let re = '';
  let braces = 0;
  for (let i = 0; i < glob.length; i++) {
    const c = glob[i];
    if (c === '*') {
      if (glob[i + 1] === '*') {
        i++;
        if (glob[i + 1] === '/') {
          i++;
          re += '(?:.*/)?';
        } else re += '.*';
      } else re += '[^/]*';
    } else if (c === '?') re += '[^/]';
    else if (c === '{' && braces < 4) {
      braces++;
      re += '(?:';
    } else if (c === '}' && braces > 0) {
      braces--;
      re += ')';
    } else if (c === ',' && braces > 0) re += '|';
    else if (c === '[') {
      const end = glob.indexOf(']', i + 2);
      if (end < 0) re += '\\[';
      else {
        const body = glob.slice(i + 1, end).replace(/^!/, '^').replace(/\\/g, '\\\\');
        re += `[${body}]`;
        i = end;
      }
    } else re += c.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
  }
  if (braces > 0) return null;
  try {
    return new RegExp(`^${re}$`, 'i');
  } catch {
    return null;
  }
}

export interface Associations {
  readonly patterns: readonly string[];
  /** Whether a file (absolute path, any separator) is associated with `acte`; `relative` is its path in a folder. */
  matches(file: string, relative?: string | null): boolean;
  /** Glob patterns for a file watcher (a file-name pattern is watched in every folder, with a leading double star). */
  watchGlobs(): string[];
}

export function associations(patterns: readonly string[]): Associations {
  const compiled = patterns.map((p) => ({ p, re: globToRegExp(p), path: p.includes('/') })).filter((x) => x.re);
  return {
    patterns,
    matches(file, relative) {
      if (compiled.length === 0) return false;
      const full = file.replace(/\\/g, '/');
      const name = full.slice(full.lastIndexOf('/') + 1);
      const rel = relative?.replace(/\\/g, '/') ?? null;
      return compiled.some((x) => (x.path ? x.re!.test(full) || (rel !== null && x.re!.test(rel)) : x.re!.test(name)));
    },
    watchGlobs() {
      return compiled.map((x) => (x.path || x.p.startsWith('**/') ? x.p : `**/${x.p}`));
    },
  };
}
