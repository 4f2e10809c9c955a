// The words a regular expression cannot match without: `anchorsOf(/recours\s+gracieux|voies\s+de\s+recours/)` is
// ["recours"] — every match holds one of them. A reader that runs a pattern over the whole text asks first whether one of
// its anchors is there (`TextIndex.mayMatch`, a substring search the next version of the text derives from this one's
// answer): none, and the pattern cannot match. An anchor only skips a pattern that cannot match; it never decides.
//
// Read from the pattern's source, conservatively: whatever the reader below does not know (a flag `i`, a class, a
// backreference, an escape it does not list) gives no anchor for that part, and a part without anchors makes the whole
// alternation give none (null: always run the pattern).

/** Shortest anchor worth a search: shorter ones are in every text. */
const MIN_LENGTH = 2;
/** At most this many anchors (each a search of the text). */
const MAX_ANCHORS = 24;

type Anchors = readonly string[] | null;

const CACHE = new WeakMap<RegExp, Anchors>();

/** The anchors of `re` (cached): every match of `re` contains one of them; null when none can be told. */
export function anchorsOf(re: RegExp): Anchors {
  let hit = CACHE.get(re);
  if (hit === undefined) {
    // (With « i », « v »: cases and classes this reader does not follow; with « u », a character beyond the BMP is
    // one atom that a quantifier makes optional whole, where this reader reads two halves.)
    const astral = re.flags.includes('u') && /[\ud800-\udfff]|\\u\{|\\u[dD][89a-fA-F]/.test(re.source);
    hit = re.flags.includes('i') || re.flags.includes('v') || astral ? null : anchorsOfSource(re.source);
    CACHE.set(re, hit);
  }
  return hit;
}

/** The anchors of a pattern's source (no flag `i`). */
export function anchorsOfSource(source: string): Anchors {
  const reader = new Reader(source);
  try {
    const found = reader.alternation();
    if (reader.at < source.length) return null; // an unbalanced « ) »: not understood
    return found && found.length <= MAX_ANCHORS ? found : null;
  } catch {
    return null;
  }
}

/** Escapes that stand for one character of their own. */
const SELF_ESCAPES = new Set([...'\\/.-^$*+?()[]{}|,:;!=<>#&%@\'"`~ ']);
const CONTROL_ESCAPES: Readonly<Record<string, string>> = { n: '\n', r: '\r', t: '\t', f: '\f', v: '\v' };

class Unknown extends Error {}

/** A term of a sequence: one character, or a part with its own anchors (null: none), and how often it must occur. */
interface Term {
  readonly char: string | null;
  readonly anchors: Anchors;
  /** The term matches at least once (a quantifier of minimum 0 makes it optional). */
  readonly required: boolean;
  /** Exactly once, no quantifier: its character joins the ones before and after it in one anchor. */
  readonly once: boolean;
}

class Reader {
  at = 0;
  constructor(private readonly s: string) {}

  /** a|b|c up to « ) » or the end: the union of the alternatives' anchors, null if one has none. */
  alternation(): Anchors {
    const all: string[] = [];
    let none = false;
    for (;;) {
      const one = this.sequence();
      if (one === null) none = true;
      else all.push(...one);
      if (this.s[this.at] === '|') {
        this.at++;
        continue;
      }
      break;
    }
    if (none || all.length === 0) return null;
    // (An anchor that holds another is implied by it: the shorter one is enough.)
    const sorted = [...new Set(all)].sort((a, b) => a.length - b.length);
    const kept: string[] = [];
    for (const w of sorted) if (!kept.some((k) => w.includes(k))) kept.push(w);
    return kept;
  }

  /** Terms up to « | », « ) » or the end: the best of its runs of characters and of its required parts' anchors. */
  private sequence(): Anchors {
    const terms: Term[] = [];
    while (this.at < this.s.length && this.s[this.at] !== '|' && this.s[this.at] !== ')') terms.push(this.term());
    let best: Anchors = null;
    const consider = (a: Anchors) => {
      if (a === null || a.length === 0) return;
      if (best === null || score(a) > score(best)) best = a;
    };
    let run = '';
    for (const t of terms) {
      if (t.char !== null && t.once) {
        run += t.char;
        continue;
      }
      if (run) consider([run]);
      run = '';
      // (« x+ », « x{2,} »: the character is there, the run stops with it.)
      if (t.char !== null && t.required) consider([t.char]);
      else if (t.required) consider(t.anchors);
    }
    if (run) consider([run]);
    return best !== null && Math.min(...(best as readonly string[]).map((w) => w.length)) >= MIN_LENGTH ? best : null;
  }

  private term(): Term {
    const s = this.s;
    const c = s[this.at];
    let char: string | null = null;
    let anchors: Anchors = null;
    let zeroWidth = false;
    if (c === '(') {
      this.at++;
      let look = false;
      if (s.startsWith('?:', this.at)) this.at += 2;
      else if (s.startsWith('?=', this.at) || s.startsWith('?!', this.at)) [this.at, look] = [this.at + 2, true];
      else if (s.startsWith('?<=', this.at) || s.startsWith('?<!', this.at)) [this.at, look] = [this.at + 3, true];
      else if (s.startsWith('?<', this.at)) {
        const end = s.indexOf('>', this.at);
        if (end < 0) throw new Unknown();
        this.at = end + 1;
      } else if (s[this.at] === '?') throw new Unknown();
      const inner = this.alternation();
      if (s[this.at] !== ')') throw new Unknown();
      this.at++;
      // (A lookaround matches no character of the match: it gives no anchor.)
      if (look) zeroWidth = true;
      else anchors = inner;
    } else if (c === '[') {
      this.skipClass();
    } else if (c === '\\') {
      const e = s[this.at + 1];
      if (e === undefined) throw new Unknown();
      if (SELF_ESCAPES.has(e)) [char, this.at] = [e, this.at + 2];
      else if (e in CONTROL_ESCAPES) [char, this.at] = [CONTROL_ESCAPES[e], this.at + 2];
      else if (e === 'u' && /^[0-9a-fA-F]{4}$/.test(s.slice(this.at + 2, this.at + 6))) [char, this.at] = [String.fromCharCode(parseInt(s.slice(this.at + 2, this.at + 6), 16)), this.at + 6];
      else if (e === 'x' && /^[0-9a-fA-F]{2}$/.test(s.slice(this.at + 2, this.at + 4))) [char, this.at] = [String.fromCharCode(parseInt(s.slice(this.at + 2, this.at + 4), 16)), this.at + 4];
      else if (e === 'b' || e === 'B') [zeroWidth, this.at] = [true, this.at + 2];
      else if ('sSdDwW'.includes(e)) this.at += 2;
      else if ((e === 'p' || e === 'P') && s[this.at + 2] === '{') {
        const end = s.indexOf('}', this.at);
        if (end < 0) throw new Unknown();
        this.at = end + 1;
      } else throw new Unknown(); // a backreference, \k<…>, \c…, \0…: not read here
    } else if (c === '^' || c === '$') {
      this.at++;
      zeroWidth = true;
    } else if (c === '.') {
      this.at++;
    } else if (c === '*' || c === '+' || c === '?' || c === '{') {
      throw new Unknown(); // a quantifier with nothing before it
    } else {
      char = c;
      this.at++;
    }
    // The quantifier, if any.
    let min = 1;
    let quantified = false;
    const q = s[this.at];
    if (q === '?' || q === '*') [min, quantified, this.at] = [0, true, this.at + 1];
    else if (q === '+') [min, quantified, this.at] = [1, true, this.at + 1];
    else if (q === '{') {
      const m = /^\{(\d+)(,\d*)?\}/.exec(s.slice(this.at));
      if (m) [min, quantified, this.at] = [Number(m[1]), true, this.at + m[0].length];
    }
    if (quantified && s[this.at] === '?') this.at++; // lazy
    if (zeroWidth) return { char: null, anchors: null, required: false, once: false };
    return { char, anchors, required: min >= 1, once: !quantified };
  }

  /** « [ … ] »: one character of a set, no anchor. */
  private skipClass(): void {
    const s = this.s;
    let i = this.at + 1;
    if (s[i] === '^') i++;
    while (i < s.length && s[i] !== ']') i += s[i] === '\\' ? 2 : 1;
    if (i >= s.length) throw new Unknown();
    this.at = i + 1;
  }
}

/** How selective a set of anchors is: a longer shortest one is rarer, each anchor is one more search. */
function score(a: readonly string[]): number {
  return Math.min(...a.map((w) => w.length)) * 100 - a.length * 30;
}
