// Where a JSON text stops being JSON, said in French with a line and a column (for a broken
// actes.json): Node's own parse error is English and gives a raw offset. A scanner of RFC 8259
// syntax with an explicit stack (no recursion, so any nesting depth is fine).

export interface JsonSyntaxError {
  /** 1-based line and column (in characters) of the fault. */
  readonly line: number;
  readonly column: number;
  /** French description: what was expected, what was found. */
  readonly message: string;
}

const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
const LITERAL = /true|false|null/y;

function found(text: string, i: number): string {
  if (i >= text.length) return 'fin du fichier';
  const c = text.codePointAt(i)!;
  if (c === 0x0a || c === 0x0d) return 'fin de ligne';
  if (c < 0x20) return `caractère de contrôle U+${c.toString(16).toUpperCase().padStart(4, '0')}`;
  return `« ${String.fromCodePoint(c)} »`;
}

/** The first syntax error of `text` as JSON, or null when it is valid JSON. */
export function jsonSyntaxError(text: string): JsonSyntaxError | null {
  const n = text.length;
  let i = 0;
  const at = (offset: number, message: string): JsonSyntaxError => {
    let line = 1;
    let lineStart = 0;
    for (let k = 0; k < offset && k < n; k++) {
      if (text.charCodeAt(k) === 0x0a) {
        line++;
        lineStart = k + 1;
      }
    }
    return { line, column: offset - lineStart + 1, message };
  };
  const ws = () => {
    while (i < n) {
      const c = text.charCodeAt(i);
      if (c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d) i++;
      else break;
    }
  };
  /** Reads a string at `i` (on its opening quote); returns an error or null. */
  const string = (): JsonSyntaxError | null => {
    const start = i;
    i++;
    while (i < n) {
      const c = text.charCodeAt(i);
      if (c === 0x22) {
        i++;
        return null;
      }
      if (c < 0x20) return at(i, `${found(text, i)} dans une chaîne : fermez-la par « " » sur la même ligne`);
      if (c === 0x5c) {
        const e = text[i + 1];
        if (e === 'u') {
          if (!/^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6))) return at(i, 'séquence « \\u » invalide : quatre chiffres hexadécimaux attendus');
          i += 6;
          continue;
        }
        if (e === undefined || !'"\\/bfnrt'.includes(e)) return at(i, 'barre oblique inverse « \\ » invalide dans une chaîne (écrivez « \\\\ »)');
        i += 2;
        continue;
      }
      i++;
    }
    return at(start, 'chaîne non terminée : « " » fermant attendu');
  };
  /** After "{" or ",": a member name and its colon. */
  const member = (afterComma: boolean): JsonSyntaxError | null => {
    ws();
    if (text[i] !== '"') {
      return at(i, afterComma && text[i] === '}'
        ? 'virgule en trop avant « } »'
        : `nom de champ entre guillemets attendu, ${found(text, i)} trouvé`);
    }
    const e = string();
    if (e) return e;
    ws();
    if (text[i] !== ':') return at(i, `« : » attendu après le nom du champ, ${found(text, i)} trouvé`);
    i++;
    return null;
  };

  const stack: ('{' | '[')[] = [];
  let expectValue = true;
  for (;;) {
    ws();
    if (expectValue) {
      if (i >= n) return at(i, 'fin du fichier inattendue : une valeur est attendue');
      const c = text[i];
      if (c === '{') {
        i++;
        ws();
        if (text[i] === '}') {
          i++;
          expectValue = false;
          continue;
        }
        stack.push('{');
        const e = member(false);
        if (e) return e;
        continue;
      }
      if (c === '[') {
        i++;
        ws();
        if (text[i] === ']') {
          i++;
          expectValue = false;
          continue;
        }
        stack.push('[');
        continue;
      }
      if (c === '"') {
        const e = string();
        if (e) return e;
        expectValue = false;
        continue;
      }
      NUMBER.lastIndex = i;
      LITERAL.lastIndex = i;
      const m = NUMBER.exec(text) ?? LITERAL.exec(text);
      if (!m) {
        const inArray = stack[stack.length - 1] === '[';
        return at(i, inArray && c === ']' ? 'virgule en trop avant « ] »' : `valeur attendue (texte entre guillemets, nombre, true, false, null, objet ou liste), ${found(text, i)} trouvé`);
      }
      i += m[0].length;
      expectValue = false;
      continue;
    }
    if (stack.length === 0) return i < n ? at(i, `texte en trop après la fin du JSON : ${found(text, i)}`) : null;
    const top = stack[stack.length - 1];
    const close = top === '{' ? '}' : ']';
    if (i >= n) return at(i, `fin du fichier inattendue : « ${close} » attendu`);
    if (text[i] === ',') {
      i++;
      if (top === '{') {
        const e = member(true);
        if (e) return e;
      }
      expectValue = true;
      continue;
    }
    if (text[i] === close) {
      i++;
      stack.pop();
      continue;
    }
    return at(i, `« , » ou « ${close} » attendu, ${found(text, i)} trouvé`);
  }
}
