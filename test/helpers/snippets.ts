// Expands a VS Code snippet body the way the editor would if the user accepted
// every default: `${1:default}` → default, `${1|a,b|}` → a, `$1` → the value of
// tabstop 1 (mirror), `$0` → '', `$CURRENT_YEAR`… → values of a fixed, plausible
// date (17 April 2025, unless `now` is given). Used by the tests to check that a
// filled skeleton is a well-formed act.
//
// Grammar (https://code.visualstudio.com/docs/editor/userdefinedsnippets#_grammar):
//   any         ::= tabstop | placeholder | choice | variable | text
//   tabstop     ::= '$' int | '${' int '}' | '${' int transform '}'
//   placeholder ::= '${' int ':' any '}'
//   choice      ::= '${' int '|' text (',' text)* '|}'
//   variable    ::= '$' var | '${' var '}' | '${' var ':' any '}' | '${' var transform '}'
// Malformed constructs are kept as literal text, as VS Code does.

export interface ExpandOptions {
  /** Date used for the CURRENT_* variables. Default: 17 April 2025, 10:30. */
  now?: Date;
  /** Values for other variables (TM_FILENAME, CLIPBOARD…), overriding the defaults. */
  variables?: Record<string, string>;
}

type Node =
  | { kind: 'text'; value: string }
  | { kind: 'tabstop'; index: number }
  | { kind: 'placeholder'; index: number; children: Node[] }
  | { kind: 'choice'; index: number; options: string[] }
  | { kind: 'variable'; name: string; children: Node[] | null };

const MONTHS = [
  'janvier', 'février', 'mars', 'avril', 'mai', 'juin',
  'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre',
];
const MONTHS_SHORT = ['janv.', 'févr.', 'mars', 'avr.', 'mai', 'juin', 'juil.', 'août', 'sept.', 'oct.', 'nov.', 'déc.'];
const DAYS = ['dimanche', 'lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi'];
const DAYS_SHORT = ['dim.', 'lun.', 'mar.', 'mer.', 'jeu.', 'ven.', 'sam.'];

const pad = (n: number, width = 2): string => String(n).padStart(width, '0');

function defaultVariables(now: Date): Record<string, string> {
  const offset = -now.getTimezoneOffset();
  const sign = offset >= 0 ? '+' : '-';
  return {
    CURRENT_YEAR: String(now.getFullYear()),
    CURRENT_YEAR_SHORT: String(now.getFullYear()).slice(-2),
    CURRENT_MONTH: pad(now.getMonth() + 1),
    CURRENT_MONTH_NAME: MONTHS[now.getMonth()],
    CURRENT_MONTH_NAME_SHORT: MONTHS_SHORT[now.getMonth()],
    CURRENT_DATE: pad(now.getDate()),
    CURRENT_DAY_NAME: DAYS[now.getDay()],
    CURRENT_DAY_NAME_SHORT: DAYS_SHORT[now.getDay()],
    CURRENT_HOUR: pad(now.getHours()),
    CURRENT_MINUTE: pad(now.getMinutes()),
    CURRENT_SECOND: pad(now.getSeconds()),
    CURRENT_SECONDS_UNIX: String(Math.floor(now.getTime() / 1000)),
    CURRENT_TIMEZONE_OFFSET: `${sign}${pad(Math.floor(Math.abs(offset) / 60))}:${pad(Math.abs(offset) % 60)}`,
    TM_FILENAME: 'acte.acte',
    TM_FILENAME_BASE: 'acte',
    TM_DIRECTORY: '/actes',
    TM_FILEPATH: '/actes/acte.acte',
    RELATIVE_FILEPATH: 'acte.acte',
    WORKSPACE_NAME: 'actes',
    WORKSPACE_FOLDER: '/actes',
    TM_SELECTED_TEXT: '',
    TM_CURRENT_LINE: '',
    TM_CURRENT_WORD: '',
    TM_LINE_INDEX: '0',
    TM_LINE_NUMBER: '1',
    CLIPBOARD: '',
    RANDOM: '123456',
    RANDOM_HEX: '1a2b3c',
    UUID: '00000000-0000-4000-8000-000000000000',
    BLOCK_COMMENT_START: '',
    BLOCK_COMMENT_END: '',
    LINE_COMMENT: '',
  };
}

class Parser {
  private pos = 0;
  constructor(private readonly src: string) {}

  /** Parses until the end, or until an unescaped '}' when `nested`. */
  parse(nested: boolean): Node[] {
    const nodes: Node[] = [];
    let text = '';
    const flush = (): void => {
      if (text) nodes.push({ kind: 'text', value: text });
      text = '';
    };
    while (this.pos < this.src.length) {
      const ch = this.src[this.pos];
      if (ch === '\\' && this.pos + 1 < this.src.length && '$}\\'.includes(this.src[this.pos + 1])) {
        text += this.src[this.pos + 1];
        this.pos += 2;
        continue;
      }
      if (nested && ch === '}') break;
      if (ch === '$') {
        const start = this.pos;
        const node = this.parseDollar();
        if (node) {
          flush();
          nodes.push(node);
        } else {
          this.pos = start + 1;
          text += '$';
        }
        continue;
      }
      text += ch;
      this.pos++;
    }
    flush();
    return nodes;
  }

  private parseDollar(): Node | null {
    const src = this.src;
    this.pos++; // '$'
    const simple = /^(\d+|[A-Za-z_][A-Za-z_0-9]*)/.exec(src.slice(this.pos));
    if (simple) {
      this.pos += simple[1].length;
      return /^\d/.test(simple[1])
        ? { kind: 'tabstop', index: Number(simple[1]) }
        : { kind: 'variable', name: simple[1], children: null };
    }
    if (src[this.pos] !== '{') return null;
    this.pos++;
    const head = /^(\d+|[A-Za-z_][A-Za-z_0-9]*)/.exec(src.slice(this.pos));
    if (!head) return null;
    this.pos += head[1].length;
    const isTabstop = /^\d/.test(head[1]);
    const next = src[this.pos];
    if (next === '}') {
      this.pos++;
      return isTabstop ? { kind: 'tabstop', index: Number(head[1]) } : { kind: 'variable', name: head[1], children: null };
    }
    if (next === ':') {
      this.pos++;
      const children = this.parse(true);
      if (src[this.pos] !== '}') return null;
      this.pos++;
      return isTabstop
        ? { kind: 'placeholder', index: Number(head[1]), children }
        : { kind: 'variable', name: head[1], children };
    }
    if (next === '|' && isTabstop) {
      this.pos++;
      const options: string[] = [];
      let current = '';
      while (this.pos < src.length) {
        const ch = src[this.pos];
        if (ch === '\\' && this.pos + 1 < src.length && '$}\\,|'.includes(src[this.pos + 1])) {
          current += src[this.pos + 1];
          this.pos += 2;
        } else if (ch === ',') {
          options.push(current);
          current = '';
          this.pos++;
        } else if (ch === '|' && src[this.pos + 1] === '}') {
          options.push(current);
          this.pos += 2;
          return { kind: 'choice', index: Number(head[1]), options };
        } else {
          current += ch;
          this.pos++;
        }
      }
      return null;
    }
    if (next === '/') {
      // Transform: skip `/regex/format/options}`; the value is the plain tabstop or variable.
      let slashes = 0;
      while (this.pos < src.length && slashes < 3) {
        if (src[this.pos] === '\\') this.pos += 2;
        else {
          if (src[this.pos] === '/') slashes++;
          this.pos++;
        }
      }
      const close = src.indexOf('}', this.pos);
      if (slashes < 3 || close < 0) return null;
      this.pos = close + 1;
      return isTabstop ? { kind: 'tabstop', index: Number(head[1]) } : { kind: 'variable', name: head[1], children: null };
    }
    return null;
  }
}

/** Parses a snippet body into nodes (exported for tests that inspect tabstops). */
export function parseSnippet(body: string[] | string): Node[] {
  const src = Array.isArray(body) ? body.join('\n') : body;
  return new Parser(src).parse(false);
}

export type SnippetNode = Node;

/** The body with every placeholder replaced by its default, as if the user pressed Tab through it. */
export function expandSnippet(body: string[] | string, options: ExpandOptions = {}): string {
  const nodes = parseSnippet(body);
  const variables = { ...defaultVariables(options.now ?? new Date(2025, 3, 17, 10, 30, 0)), ...options.variables };

  // First definition of each tabstop (placeholder or choice) gives the value of its mirrors.
  const definitions = new Map<number, Node>();
  const collect = (list: Node[]): void => {
    for (const node of list) {
      if ((node.kind === 'placeholder' || node.kind === 'choice') && !definitions.has(node.index)) {
        definitions.set(node.index, node);
      }
      if (node.kind === 'placeholder' || (node.kind === 'variable' && node.children)) {
        collect(node.kind === 'placeholder' ? node.children : node.children ?? []);
      }
    }
  };
  collect(nodes);

  const render = (list: Node[], depth: number): string => {
    if (depth > 50) return '';
    let out = '';
    for (const node of list) {
      switch (node.kind) {
        case 'text':
          out += node.value;
          break;
        case 'tabstop': {
          const def = definitions.get(node.index);
          out += def ? render([def], depth + 1) : '';
          break;
        }
        case 'placeholder':
          out += render(node.children, depth + 1);
          break;
        case 'choice':
          out += node.options[0] ?? '';
          break;
        case 'variable':
          if (Object.prototype.hasOwnProperty.call(variables, node.name)) {
            const value = variables[node.name];
            out += value === '' && node.children ? render(node.children, depth + 1) : value;
          } else {
            // Unknown variable: VS Code inserts its name (or its default) as a placeholder.
            out += node.children ? render(node.children, depth + 1) : node.name;
          }
          break;
      }
    }
    return out;
  };
  return render(nodes, 0);
}
