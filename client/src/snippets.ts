// Reading a snippet body from a `.code-snippets` file (JSON with comments and trailing commas).
// No VS Code API here, so it can be tested in plain Node.

/** JSONC → JSON: drops line and block comments and trailing commas, leaving strings untouched. */
export function stripJsonc(text: string): string {
  let out = '';
  let i = 0;
  const n = text.length;
  while (i < n) {
    const c = text[i];
    if (c === '"') {
      const start = i++;
      while (i < n && text[i] !== '"') i += text[i] === '\\' ? 2 : 1;
      out += text.slice(start, ++i);
    } else if (c === '/' && text[i + 1] === '/') {
      while (i < n && text[i] !== '\n') i++;
    } else if (c === '/' && text[i + 1] === '*') {
      const end = text.indexOf('*/', i + 2);
      i = end < 0 ? n : end + 2;
    } else if (c === ',') {
      let j = i + 1;
      while (j < n && /\s/.test(text[j])) j++;
      if (text[j] !== '}' && text[j] !== ']') out += c;
      i++;
    } else {
      out += c;
      i++;
    }
  }
  return out;
}

interface SnippetEntry {
  readonly prefix?: string | readonly string[];
  readonly body?: string | readonly string[];
}

/** The body of the snippet whose prefix is `prefix`, lines joined; null when absent. */
export function snippetBody(fileText: string, prefix: string): string | null {
  let data: unknown;
  try {
    data = JSON.parse(stripJsonc(fileText.replace(/^\uFEFF/, '')));
  } catch {
    return null;
  }
  if (!data || typeof data !== 'object') return null;
  for (const entry of Object.values(data as Record<string, SnippetEntry>)) {
    if (!entry || typeof entry !== 'object') continue;
    const prefixes = typeof entry.prefix === 'string' ? [entry.prefix] : Array.isArray(entry.prefix) ? entry.prefix : [];
    if (!prefixes.includes(prefix)) continue;
    if (typeof entry.body === 'string') return entry.body;
    if (Array.isArray(entry.body)) return entry.body.join('\n');
  }
  return null;
}
